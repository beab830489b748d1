"""Class 4: near misses. "Did X sell?" when the only dispositions were shares withheld for taxes (F), gifts
(G), conversions or other codes: answer the strict question first (no open-market sales), then the closest
dispositions that did happen, each with its code. Never call them sales."""

from __future__ import annotations

from suite import NOT_BOUGHT, family, table

NO_SALES = ("no open-market sales", "no sales", "did not sell", "didn't sell", "no open market sales")
NO_BUYS = ("no open-market purchases", "no purchases", "did not buy", "didn't buy", "no open market purchases")

CASES = table(
    # MVIS GC: F 77,905 at $0.3621 on Jun 10, 2026 (sell-to-cover by the issuer), no S.
    family("mvis-gc-sell", [
        "did the mvis gc sell in june 2026?",
        "did the MicroVision general counsel sell any stock in June 2026?",
        "did markham dump mvis stock",
        "markham unloaded mvis?",
        "did drew markham sell",
    ], [NO_SALES, "77,905", "code F"], ["sold 77,905"]),
    # Snowflake director McMahon: G 61,386 on Dec 23, 2021 (Form 5).
    family("mcmahon-sell", [
        "did snowflake's director mcmahon sell in dec 2021?",
        "did john mcmahon dump snow shares",
        "Did John McMahon sell Snowflake stock in 2021?",
    ], [NO_SALES, "61,386", "code G"], ["sold 61,386"]),
    # Lam Research director Ahmed: G 3,690 to the family trust on Nov 4, 2024 (4/A).
    family("ahmed-sell", [
        "did lam research director sohail ahmed sell in nov 2024",
        "sohail ahmed sold lrcx?",
        "Did the Lam Research director sell in November 2024?",
    ], [NO_SALES, "3,690", "code G"], ["sold 3,690"]),
    # ZipRecruiter President: F 33,148 at $5.96 on Mar 15, 2025.
    family("zip-president-sell", [
        "did zip's president sell in march 2025?",
        "did david travers dump zip stock",
        "Did the ZipRecruiter president sell shares in March 2025?",
    ], [NO_SALES, "33,148", "code F"], ["sold 33,148"]),
    # Arrow CLO: F 1,009 at $106.82 on Feb 12, 2025.
    family("arrow-clo-sell", [
        "did arrow's clo sell any stock in feb 2025",
        "did the arw clo unload shares",
    ], [NO_SALES, "1,009", "code F"], ["sold 1,009"]),
    # Musk, Nov 19-29, 2021: five gifts from the trust (2,234,000 the first), no sales.
    family("musk-late-nov-sell", [
        "did musk sell tsla between nov 19 and nov 30 2021",
        "did elon dump any tesla in late november 2021",
        "musk sales nov 15 thru nov 30 2021",
    ], [NO_SALES, "2,234,000", "code G"], ["sold 2,234,000", "sold 1,100"]),
    # Samples: EXBT CFO: F 1,850 at $21.40 on Mar 1, 2024, and an RSU conversion (M).
    family("exbt-cfo-sell", [
        "did the exbt cfo sell in march 2024",
        "did alex smith dump any example biotech",
        "Did Example Biotech's CFO sell stock?",
    ], [NO_SALES, "1,850", "code F"], ["sold 1,850"], db="samples"),
    # Jessica Snow (2seventy bio): only grants (A).
    family("tsvt-snow-sell", [
        "did jessica snow sell",
        "did the 2seventy svp dump shares in jan 2025",
    ], [NO_SALES], ["sold 106,150", "sold 70,750"]),
    # MicroVision: no open-market purchases; RSUs vested (M) and were granted (A).
    family("mvis-buys", [
        "any open market buys at mvis",
        "did anyone buy microvision stock",
        "did the mvis gc pick up shares in june 2026",
    ], [NO_BUYS], ["bought 150,000", "bought 118,800"] + list(NOT_BOUGHT)),
    # Samples: Whiting was granted options; no purchase.
    family("whiting-buy", [
        "did whiting buy tgen stock",
        "did the tecogen gc load up on shares",
    ], [NO_BUYS], ["bought 37,500"], db="samples"),
    # Zynga, Dec 15, 2011: RSUs converted (M), nothing sold.
    family("hoffman-zynga-sell", [
        "did reid hoffman sell zynga in dec 2011",
        "did hoffman dump znga",
    ], [NO_SALES], ["sold 1,412,997", "sold 1,474,432"]),
    # Yelp, Mar 7, 2012: preferred converted into Class B (C), nothing sold.
    family("levchin-yelp-sell", [
        "did levchin sell yelp in 2012",
        "max levchin unloaded yelp?",
    ], [NO_SALES, ("code C", "conversion")], ["sold 3,232,153", "sold 3,911,937"]),
    # Better Home: Class B converted into Class A (C) by the SoftBank entities.
    family("softbank-sell", [
        "did the softbank entities sell betr shares",
        "did softbank dump better home & finance",
    ], [NO_SALES, "628,553", ("code C", "conversion")], ["sold 628,553"]),
    # MongoDB director Botha: G 1,057 (Jul 17, 2020) to estate-planning vehicles, plus grants.
    family("botha-mdb-sell", [
        "did roelof botha sell mongodb",
        "did the mdb director dump shares",
    ], [NO_SALES, "1,057", "code G"], ["sold 1,057"]),
    # Square, Nov 16, 2018: Class A received as merger consideration (J), acquired.
    family("botha-sq-sell", [
        "did roelof botha sell square stock in 2018",
        "botha dumped sq in nov 2018?",
    ], [NO_SALES, "3,465"], ["sold 3,465", "sold 152"]),
    # American Resources: coded P (purchase) but marked D (disposed of): say what was filed.
    family("arec-sell", [
        "golden properties sold arec?",
        "did golden properties dump american resources",
    ], ["800,000", ("code P", "coded as a purchase")], ["sold 800,000 shares"]),
    # Tesla, Jul 2, 2010: a real sale (S 1,415,167 at $17.00) beside the F 21,728: the strict answer is yes.
    family("musk-2010-sell", [
        "did musk sell tsla in july 2010",
        "elon dumped tesla in 2010?",
    ], ["1,415,167", "$17.00"], ["sold 21,728"]),
    # Wave: sales that followed exercises (same day) are sales.
    family("moran-exercise-and-sell", [
        "did kyle moran sell in dec 2025",
        "did the wave cfo dump shares after exercising",
    ], ["60,000", "$13.20"], ["sold 296,000"]),
    # Palantir Feb 2021: sales (S) and distributions (J, not sales).
    family("thiel-feb-2021-sell", [
        "did thiel sell pltr in feb 2021",
        "peter thiel dumped palantir in february 2021?",
    ], ["15,653,541"], ["sold 596,466", "sold 294,208"]),
    # Tax withholding is not a sale anywhere.
    family("withholding-not-sales", [
        "were any shares sold for taxes at zip",
        "tax withholding at ziprecruiter in march 2025",
    ], ["33,148", "code F"], ["sold 33,148"]),
    family("exbt-ceo-none", [
        "did example biotech's ceo sell",
        "exbt ceo dumping?",
    ], [NO_SALES], ["sold 1,850", "Jane A. Doe"], db="samples"),
    # Stop 17: a sale asked about on a day without its year, when only shares were withheld that day of an
    # earlier year: that year, the strict no, then the withholding.
    family("smith-march-1-no-year", [
        "alex smith dumped exbt march 1?",
        "did the exbt cfo sell on march 1",
    ], ["No open-market sales (S)", "1,850", "Mar 1, 2024"], [], db="samples"),
    # "was X's CFO a buyer": a question about trades, not a yes/no about the role (Scarpelli, Dec 2022: only the
    # exercise of 200,000 options, code M); "ever sell, or only buy?": the side with none said first (Morgan Lee).
    family("role-holder-a-buyer", [
        "Was Snowflake's CFO a buyer of the stock in December 2022?",
        "was the snow cfo a buyer in dec 2022",
    ], ["No open-market purchases", "200,000"], ["is the CFO."]),
    family("ever-sell-or-only-buy", [
        "did exbt director lee morgan ever sell, or only buy?",
        "has morgan lee sold any exbt or only bought",
    ], ["No open-market sales (S) found; only purchases (P)", "200,000"], db="samples"),
    # A named insider who acquired nothing: what their Form 3 reported holding, after the "no".
    family("no-purchase-but-a-form-3-holding", [
        "berkshire scoop up snow at the ipo?",
        "Did Reid Hoffman purchase LinkedIn shares in May 2011?",
    ], ["No open-market purchases", "What the filings report holding instead", ("6,125,376", "17,037,090")]),
    # A share count in words stated as a premise is checked (Adams sold 25,000 in May 2022, not 500,000).
    family("premise-in-words", [
        "did apples gc offload half a million shares in may 22??",
    ], ["No: the filings show 25,000 shares", "not 500,000"]),
    # A named insider with no trades at all (a Form 3 only): the "no", then what the Form 3 reported holding.
    family("no-sale-only-a-form-3", [
        "buffett ever sell any snow?",
        "did berkshire dump snowflake shares",
    ], ["No open-market sales", "6,125,376", "Form 3"]),
    # Asked as a yes/no, a named insider whose only trades went the other way: the "no", then those trades, said
    # not to be what was asked (McGuirk bought 275.634, Rabois sold 17,286); a list ("garascia air buys") never.
    family("yes-no-answered-with-the-other-way", [
        "Did Richard McGuirk sell any Isabella Bank shares?",
        "mcguirk ever sell isba?",
    ], ["No open-market sales", "275.634", "not an open-market sale"]),
    family("a-buy-question-answered-with-his-sale", [
        "rabois buy afrm in apr 23?",
    ], ["No open-market purchases", "17,286", "not an open-market purchase"]),
    # "did X exercise ... yet?": no, and the grant that did happen (Whiting's 37,500 options; Clements's 110,474
    # RSUs when asked about options she never had); "Tecogen options exercised", a list, says only no.
    family("exercised-yet-answered-with-the-grant", [
        "did whiting exercise his tgen options yet",
        "melkote exercise any scwo options yet?",
    ], ["No exercises", "it is not an exercise", "was granted"]),
    family("exercised-options-she-never-had", [
        "Did Carol Clements exercise any JetBlue options?",
    ], ["No exercises", "110,474 restricted stock units"]),
    # A vehicle named with no company: the positions held through it across the market (a GRAT: Scarpelli's
    # 577,218; a minor child: McGuirk's).
    family("vehicle-across-the-market", [
        "is there a GRAT anywhere in the data? whose + how many shs",
        "Across the whole database, which insiders reported shares held by a minor child?",
    ], [("577,218", "McGuirk")]),
    # A list asked with a question mark ("roe sales?") is still a list: no trades the other way shown.
    family("a-list-with-a-question-mark", [
        "Richard Roe sales?",
    ], ["No sales (S) found for Richard Roe"], ["10,000"], db="samples"),
    # A "did" left out before a bare verb is still a yes/no: what did happen follows the no ("dodge exercise any
    # dkng options": his sales, said not to be exercises); a list ("roe sales") stays a bare no.
    family("did-left-out", [
        "dodge exercise any dkng options",
        "stanton dodge exercise anything at draftkings",
    ], ["No exercises", "52,777", "they are not exercises"]),
    # An insider whose only filing is a Form 3 reporting no securities: said, after the no (was the bare no).
    family("only-a-form-3-owning-nothing", [
        "hegde sell spwr",
        "Did Vinayak Hegde buy any SunPower stock?",
    ], ["the Form 3 for Dec 31, 2021", "reports owning no securities"]),
    # No grant: the closest acquisitions that did happen (an RSU vesting, code M), said not to be grants.
    family("no-grant-but-a-vesting", [
        "any juicy grants at exbt",
        "did example biotech give out any grants",
    ], ["No grants", "they are not grants", "5,000"], ["was granted"]),
    # No shares withheld for taxes: the award itself is what did happen; an exercise asked of a role (the CFO):
    # the RSU vesting.
    family("no-withholding-but-the-award", [
        "did clements sell to cover taxes on her jblu rsus",
    ], ["No tax withholding", "110,474", "not shares withheld for taxes"]),
    family("an-exercise-asked-of-a-role", [
        "Did Example Biotech's CFO exercise stock options in March 2024?",
    ], ["No exercises", "restricted stock units vest", "they are not exercises"]),
)

"""Class 9: comparisons and multi-part questions: answer each part, then the comparison, with both figures."""

from __future__ import annotations

from suite import family, table

CASES = table(
    # 2021 sales: Tesla $1,102,342,478.72 (934,091 shares); Palantir $504,783,221.27 (20,003,915 shares).
    family("tsla-vs-pltr-2021", [
        "TSLA vs PLTR sales in 2021",
        "tsla vs pltr sales 2021",
        "$TSLA vs $PLTR insider selling in 2021",
        "Compare insider sales at Tesla and Palantir in 2021",
        "tesla or palantir, where was more insider selling in 2021",
    ], ["$1,102,342,478.72", "$504,783,221.27"], []),
    # All sales: Musk $1,126,400,317.72 vs Thiel $679,399,220.54.
    family("musk-or-thiel", [
        "musk or thiel, whose sales were bigger",
        "who sold more, musk or thiel",
        "Musk vs Thiel: total sales",
        "elon vs peter thiel sales $",
        "did thiel or musk dump more stock",
    ], ["$1,126,400,317.72", "$679,399,220.54", "Elon Musk"], []),
    family("thiel-2021-vs-2024", [
        "thiel 2021 sales vs 2024",
        "Peter Thiel's 2021 sales vs his 2024 sales",
        "pltr sales 2021 & 2024, which was bigger",
    ], ["$504,783,221.27", "$174,615,999.27"], []),
    family("musk-2010-vs-2021", [
        "musk 2010 sales vs 2021",
        "Elon Musk's sales in 2010 compared with 2021",
    ], ["$24,057,839.00", "$1,102,342,478.72"], []),
    # No purchases at Tesla in Nov 2021 while the CEO sold.
    family("buys-during-selling", [
        "were there insider purchases at tsla during the ceo's selling",
        "did anyone buy tesla while musk was selling in nov 2021",
        "any tsla buying during elons nov 2021 sales?",
    ], [("no purchases", "no open-market purchases", "no insider purchases")], ["bought"]),
    # Apple GC $4,042,887.94 (25,000 sh) vs DraftKings CLO $4,043,811.93 (105,554 sh): DraftKings is bigger.
    family("apple-vs-dkng", [
        "apple gc vs dkng clo sales",
        "who sold more: katherine adams or stanton dodge",
        "Compare the Apple GC's sales with the DraftKings CLO's",
    ], ["$4,042,887.94", "$4,043,811.93"], []),
    family("scarpelli-vs-moran", [
        "who sold more, scarpelli or moran",
        "snow cfo vs wave cfo sales",
        "Scarpelli vs Moran: whose sales were bigger?",
    ], ["$30,351,309.77", "$4,103,979.00", "Michael Scarpelli"], []),
    family("scty-vs-adgi", [
        "compare musk's solarcity purchase with thiel's adagio purchase",
        "musk scty buy vs thiel adgi buy, which was bigger",
    ], ["$15,000,000.00", "$33,949,000.00"], []),
    # No year: Musk's Tesla sales on record, 2,349,258 shares; Jane Roe never filed.
    family("jane-roe-vs-musk", [
        "jane roe vs musk sales at tsla",
        "Jane Roe or Elon Musk: who sold more Tesla?",
    ], [("jane roe",), "2,349,258"], ["Richard Roe"]),
    family("hoffman-grants", [
        "msft vs zynga hoffman grants",
        "reid hoffman rsus at microsoft vs zynga",
    ], ["289.408", "1,474,432"], ["bought"]),
    family("whiting-vs-melkote", [
        "whiting vs the 374water cto options",
        "who got more options, john whiting or rajesh melkote",
    ], ["37,500", "757,576"], ["bought"]),
    # DraftKings: Mar 14, 2025 52,777 shares ($1,985,508.93) vs Mar 17 52,777 shares ($2,058,303.00).
    family("dkng-days", [
        "dkng march 14 vs march 17 2025 sales",
        "draftkings sales 3/14/2025 vs 3/17/2025",
    ], ["$1,985,508.93", "$2,058,303.00"], []),
    family("three-way", [
        "tsla vs pltr vs aapl sales",
        "Compare insider sales at Tesla, Palantir and Apple",
    ], ["$1,126,400,317.72", "$679,399,220.54", "$4,042,887.94"], []),
    family("wave-days", [
        "moran dec 8 vs dec 9 2025 sales",
        "wave cfo sales on 12/8 vs 12/9/2025",
    ], ["$3,102,000.00", "$1,001,979.00"], []),
    family("gifts-vs-sales-musk", [
        "musk gifts vs sales in nov 2021",
        "did elon give away more tsla than he sold in november 2021",
    ], ["5,044,000", "934,091"], []),
    family("buy-vs-sell-exrb", [
        "jane doe sales vs richard roe buys",
        "exrb: ceo selling vs director buying",
        "Compare the EXRB CEO's sales with the director's purchases",
    ], ["$1,269,587.50", "$385,000.00"], [], db="samples"),
    family("exrb-vs-exbt", [
        "exrb vs exbt purchases",
        "which bought more, example robotics or example biotech insiders",
    ], ["$385,000.00", "$4,010,000.00"], [], db="samples"),
    family("doe-may15-vs-may16", [
        "jane doe may 15 vs may 16 2024 sales",
        "doe sales 5/15 vs 5/16/2024",
    ], ["$1,054,337.50", "$215,250.00"], [], db="samples"),
    family("buys-during-doe-selling", [
        "were there insider purchases at exrb during the ceo's selling",
        "did anyone buy exrb while jane doe was selling in may 2024",
    ], [("no purchases", "no open-market purchases", "no insider purchases")], ["bought 10,000"], db="samples"),
    # Stop 17: "totals", "lower", "sizes" are no reason to give up on a comparison.
    family("buys-vs-sells-totals", [
        "exrb insiders: buys vs sells 2024 totals",
    ], ["$1,269,587.50", "$385,000.00"], ["could not compare"], db="samples"),
    family("strikes-lower", [
        "Whose option strike is lower, John Whiting's at Tecogen or Rajesh Melkote's at 374Water?",
    ], ["$0.88", "$0.33"], ["could not compare"]),
    # Two days with no year (Dodge, DraftKings, 2025): Mar 14 52,777 for $1,985,508.93, Mar 17 52,777 for
    # $2,058,303.00; "receive more for his shares" is the proceeds of sales.
    family("two-days-without-a-year", [
        "dodge 3/14 vs 3/17 sells - which got more $",
        "dkng 3/14 vs 3/17 which day dodge sold more $",
        "On which day did Stanton Dodge receive more for his DraftKings shares: March 14 or March 17, 2025?",
    ], ["$1,985,508.93", "$2,058,303.00"], ["2014", "2017", "grants"]),
    # Each side says what it measures: Melkote's 757,756 RSUs vs Clements's 110,474; Mithril's ADGI buy
    # $33,949,000 vs Musk's SCTY buy $15,000,000.
    family("sides-with-their-own-measure", [
        "who got more: clements rsus or melkote rsus",
    ], ["757,756", "110,474"], ["Did you mean"]),
    family("sides-with-their-own-measure-usd", [
        "Which was the bigger purchase in dollars: Musk's SolarCity buy or Mithril's Adagio buy?",
    ], ["$33,949,000.00", "$15,000,000.00"], ["Did you mean"]),
    # Two surnames joined by "and" or "&" are two people (Adams's AAPL sales, Dodge's DKNG sales).
    family("two-surnames-joined", [
        "what did adams & dodge sell",
        "what did adams and dodge sell",
    ], ["R. Stanton Dodge", "Katherine L. Adams"], ["could not find"]),
    # "who got more per share": the average prices compared (Feld's BDX sale $196.08; Garascia's AIR sale
    # $66.903, $66.90 on average; Musk's 2021 TSLA sales $1,180.12 on average, Thiel's PLTR $25.23).
    family("more-per-share", [
        "Garascia at AAR vs Feld at Becton Dickinson: who got more per share?",
        "feld or garascia, who sold at the higher price per share",
    ], ["Michael Feld were at the higher price", "$196.08", "$66.90"]),
    family("better-average-price", [
        "musk or thiel: who got a better price per share on their 2021 sales?",
    ], ["Elon Musk were at the higher price", "$1,180.12", "$25.23"]),
    # "how many shares ... vs ...": compared in shares (Thiel's PLTR sales 27,048,671 against Musk's TSLA 2,349,258).
    family("how-many-shares-versus", [
        "how many shares did musk sell vs thiel",
    ], ["Sales by Peter Thiel were bigger: 27,048,671 shares", "a difference of 24,699,413 shares"]),
    # A side that is only another object with its preposition ("for Adagio and for Fractyl stock") takes the
    # place of the other side's object; "paid" / "pay more per share" are purchases (Mithril: $17.00 at ADGI,
    # $15.00 at GUTS; Roe $38.50 vs the fund's $20.05; Musk sold TSLA at $17.00 in 2010, paid $8.00 for SCTY).
    family("object-sides-with-their-preposition", [
        "Compare the prices Mithril paid per share for Adagio and for Fractyl stock.",
        "compare what mithril paid per share at adagio and at fractyl",
    ], ["$17.00", "$15.00"], ["Which company do you mean"]),
    family("pay-more-per-share", [
        "Did Richard Roe pay more per share than Example Ventures Fund II did?",
    ], ["$38.50", "$20.05"], ["called"], db="samples"),
    family("sold-at-vs-paid-for", [
        "Compare the price Musk sold Tesla at in July 2010 with the price he paid for SolarCity in December 2012.",
    ], ["$17.00", "$8.00"], ["Which company do you mean"]),
    # Two sides named with no measure word the cue can lend ("which was larger: musk's 2010 tesla tax withholding
    # or travers's 2025 withholding at ziprecruiter"): each side asked as written (21,728 vs 33,148), never one
    # name "Musk Travers".
    family("sides-without-a-measure-word", [
        "Which was larger: Musk's 2010 Tesla tax withholding or Travers's 2025 withholding at ZipRecruiter?",
        "which was bigger - musks 2010 tsla tax withholding or travers 2025 withholding at zip",
    ], ["21,728", "33,148"], ["Which insider do you mean"]),
    # "take in more from their sales": the proceeds compared ($30,351,309.77 vs $4,043,811.93).
    family("take-in-more", [
        "Did Scarpelli or Dodge take in more from their sales?",
        "who took in more selling, scarpelli or dodge",
    ], ["$30,351,309.77", "$4,043,811.93"]),
    # "more stock options or more RSUs": the two kinds of security compared (Jessica Snow: 106,150 RSU shares vs
    # 70,750 options).
    family("more-options-or-more-rsus", [
        "Did Jessica Snow receive more stock options or more RSUs from 2seventy bio?",
        "jessica snow tsvt: more options or rsus?",
    ], ["106,150", "70,750", ("for RSUs were bigger", "for rsus were bigger")]),
    # Holdings compared (bot/answers/held_compare.py): what each side holds after its latest filings, never a count
    # of their trades (Adams 452,334 directly; Scarpelli 101,097 directly, 894,585 in all).
    family("who-held-more", [
        "After selling, who held more stock directly: Katherine Adams or Michael Scarpelli?",
        "who held more stock directly, katherine adams or michael scarpelli",
    ], ["Holdings by Katherine L. Adams were bigger", "452,334", "101,097"], ["Sales by", "transactions"]),
    family("who-holds-more-in-all", [
        "who holds more shares: adams or scarpelli",
    ], ["Holdings by Michael Scarpelli were bigger", "894,585", "452,334"], ["Transactions by"]),
    # The direct positions against a vehicle's ("direct vs the 4 trusts": Garrett's options 383,594 vs 383,592).
    family("direct-vs-vehicle", [
        "garrett options: direct vs the 4 trusts combined",
        "mark garrett snow options held directly or through the trusts?",
    ], ["383,594", "383,592", "a difference of 2 options"]),
    # Sides that each carry their own time, split at ", or" ("David Travers in March 2025, or Drew Markham in June 2026").
    family("sides-with-their-own-times", [
        "Who had more shares withheld for taxes: David Travers in March 2025, or Drew Markham in June 2026?",
        "more shares withheld: travers in march 2025, or markham in june 2026?",
    ], ["77,905", "33,148"], ["called “June”"]),
    # "In dollars," said first: the sides compared by their dollar values, whatever the kind (withholding: $197,562.08
    # vs $28,209.40), each side with its own time.
    family("in-dollars-whose-was-larger", [
        "In dollars, whose tax withholding was larger: Drew Markham's in June 2026 or David Travers's in March 2025?",
    ], ["by David Travers were bigger: $197,562.08", "$28,209.40"], ["called"]),
    # A sign-off after the question is not a side ("musk or thiel? both #s pls"); "more shs" compares shares.
    family("sign-off-after-a-comparison", [
        "who dumped more shs in 2021, musk or thiel? both #s pls",
        "who sold more shares in 2021, musk or thiel? thx",
    ], ["Sales by Peter Thiel were bigger: 20,003,915 shares", "934,091"], ["Which insider do you mean"]),
    # A second clause that names no one takes the first's names ("..., and how many turned into Class B stock that
    # same day": Hoffman's Zynga RSUs, converted on Dec 15, 2011), and "that same day" is the first's time.
    family("second-clause-takes-the-first-clauses-names", [
        "Reid Hoffman got handed how many Zynga RSUs in December 2011, and how many turned into Class B stock that same day?",
    ], ["1,474,432", "1,412,997"], ["No conversions (C) in December 2011 found for all companies"]),
)

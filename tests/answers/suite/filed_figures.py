"""Figures the filings give that a question asks for in other words: the dollar value of shares withheld for
taxes, an exercise's cost, the filing date against the trade date, a Form 3 among a person's filings, what
is held after a trade, and "trades" when someone has no open-market ones. Each family is a bug a blind set
found (stop 17)."""

from __future__ import annotations

from suite import family, table

CASES = table(
    # Samples: Alex J. Smith (EXBT CFO) had 1,850 shares withheld at $21.40 on Mar 1, 2024: $39,590.
    family("exbt-withheld-value", [
        "exbt cfo tax withholding $ value",
        "how much were alex smith's withheld shares worth",
        "What was the dollar value of the shares Example Biotech's CFO had withheld for taxes?",
    ], ["1,850", "$21.40", "$39,590.00"], ["bought"], db="samples"),
    # Corpus: Michael Scarpelli (SNOW CFO) exercised 200,000 options at $8.88 on Dec 13, 2022: $1,776,000.
    family("snow-exercise-cost", [
        "What was the total exercise cost of Michael Scarpelli's December 2022 option exercise?",
        "scarpelli snow exercise cost dec 2022",
        "how much did it cost scarpelli to exercise his options in december 2022",
    ], ["200,000", "$8.88", "$1,776,000.00"]),
    # Corpus: Kyle Moran (WVE) held 222,700 options at $4.75 and 75,000 at $3.14 after the Dec 8, 2025 filing.
    family("wve-options-left", [
        "moran wve options left after exercising",
        "how many options does kyle moran still hold after the exercise",
        "What options did Kyle Moran have left following his December 2025 exercise?",
    ], ["222,700", "75,000"], ["No holdings"]),
    # Corpus: SoftBank's BETR conversion of Dec 9, 2024, reported late: signed Mar 7, 2025.
    family("betr-filed-vs-traded", [
        "softbank betr filing date vs trade date",
        "softbank betr trade date versus filing date",
    ], [("Dec 9, 2024",), ("Mar 7, 2025",)], ["none on file", "only one side"]),
    # Corpus: Reid Hoffman filed a Form 3 at LinkedIn (May 18, 2011) and Form 4s at Zynga and Microsoft.
    family("hoffman-filings", [
        "reid hoffman filings",
        "What has Reid Hoffman filed?",
    ], ["LINKEDIN", "ZYNGA", "MICROSOFT"]),
    # Corpus: Mithril's BlackSky Form 3 (Sep 9, 2021) holds 10,386,626 and 8,241,400 shares: no grant.
    family("bksy-holdings-reported", [
        "When did Mithril's BlackSky holdings get reported?",
        "when did mithril's bksy position get filed",
    ], [("10,386,626", "8,241,400"), "Sep 9, 2021"], ["No holdings (grants"]),
    # Corpus: Max Levchin has no open-market trades; asked whether he traded, that is said first, then his Yahoo
    # option grant (774) and Yelp conversions; "max levchin trades" lists everything he filed.
    family("levchin-trades", [
        "any trades by max levchin?",
    ], ["No open-market", "774", "3,232,153"]),
    family("a-persons-trades-are-everything-filed", [
        "max levchin trades",
        "What were Michael Scarpelli's trades in 2022?",
    ], [("774", "200,000 stock options"), ("3,232,153", "sold 73,170")], ["No open-market"]),
    # A date typed without its year, with nothing that day this year: the latest year with filings that day.
    family("doe-may-16-no-year", [
        "doe exrb sale may 16 price",
        "what did jane doe sell on may 16",
    ], ["5,000", "$43.05", "May 16, 2024", "has no year"], ["25,000"], db="samples"),
    family("roe-june-no-year", [
        "did roe add to his exrb position in june",
        "richard roe buys in june?",
    ], ["10,000", "$38.50", "Jun 3, 2024"], ["Jane A. Doe"], db="samples"),
    # Two days of one month compared: neither day is read as the other's year.
    family("pdex-two-days", [
        "pdex sales jan 23 vs jan 24",
        "pdex: sales on jan 23 vs jan 24",
    ], ["835", "1,436", "$59,507.84"], ["jan 23 23", "jan 24 23"]),
    # Words that are not names: "a buck", "shows up", "Series G preferred", "pref", "remaining", "ratio".
    family("not-names", [
        "which person shows up on the most filings",
        "guts pref conversion ratio",
        "How many SolarCity common shares did the Series G preferred convert into?",
    ], [], ["could not find a company or insider called", "No filings by"]),
    # The lowest and highest price over every row selected, not only the rows shown.
    family("musk-price-range", [
        "What was the price range of Elon Musk's November 8, 2021 Tesla sales?",
        "musk tsla nov 8 2021 sales high and low price",
    ], ["$1,135.05", "$1,196.236"]),
    # "the two largest": a number before the superlative is how many.
    family("two-largest-buys", [
        "What are the two largest insider purchases by dollar value?",
        "the 2 biggest insider buys",
    ], ["$33,949,000.00", "$15,000,000.00"], ["$385,000", "$5,000.00"]),
    # What exercising cost in all: each exercise's shares times its price.
    family("moran-total-exercise-cost", [
        "What did Kyle Moran pay in total to exercise his Wave options?",
        "total cost of moran's wve option exercises",
    ], ["$1,539,420.00"]),
    # A holder named only in the nature of ownership, no longer in the latest filing: its last position.
    family("thiel-capital-holding", [
        "How many Palantir shares does Thiel Capital LLC hold?",
        "pltr shares held by thiel capital",
    ], ["3,506,771"], ["No filings by"]),
    # "more purchases or sales": both sums and the balance.
    family("buys-or-sales-2024", [
        "In 2024, were there more insider purchases or sales by dollar value?",
        "2024: more insider buying or selling?",
    ], ["$9,399,995.00", "$175,885,586.77"]),
    # "what px did X get": the price of that day's trades, not a grant.
    family("dodge-price-got", [
        "what px did the dkng clo get on 3/17/25",
        "what price did stanton dodge get on march 17 2025",
    ], ["$39.00", "52,777"], ["No grants"]),
    # What is left: "rsus left after dec 2011", "options remained under his grant", "series e preferred how many".
    family("what-is-left", [
        "hoffman znga rsus left after dec 2011",
        "how many zynga rsus does hoffman still have",
    ], ["61,435"], ["No RSUs"]),
    family("musk-options-remained", [
        "How many options remained under Musk's 2012 Tesla grant after the November 2021 exercise?",
    ], ["23,344,933"], ["No grants"]),
    family("garrett-preferred-position", [
        "garrett snow series e preferred how many",
    ], ["134,018"], ["No preferred"]),
    # "had not vested" asks about vesting; it leaves nothing out.
    family("not-vested-is-no-exclusion", [
        "How many shares of Musk's 2012 Tesla option had not vested as of November 2021?",
        "musk tsla options not yet vested",
    ], [], ["I can't leave things out"]),
    # Conversions of RSUs are filed as code M: a count finds them under that code.
    family("znga-rsus-converted", [
        "How many Zynga RSUs did Reid Hoffman convert into Class B shares in December 2011?",
    ], ["1,412,997", "filed as code M"]),
    # "+" joins two kinds like "and": the vesting and the shares sold to cover the tax.
    family("markham-vest-plus-cover", [
        "markham mvis rsus vested + sell to cover?",
    ], ["268,800", "77,905"]),
    # "activity in a period": everything in the window, not only its newest filing.
    family("q2-2024-activity", [
        "What insider activity happened in Q2 2024?",
        "q2 2024 insider activity",
    ], ["200,000", "275.634", "10,000"]),
    # What a Form 3 reports in total: its positions added up (a title cut short is the same stock).
    family("oscr-form3-total", [
        "How many Oscar Health shares did the Form 3 report in total?",
    ], ["Together: 21,601,879"]),
    # "dec 22" with nothing on any Dec 22: December 2022.
    family("scarpelli-dec-22", [
        "scarpelli snow avg sell px dec 22",
        "scarpelli sales dec 22",
    ], ["73,170", "December 2022"]),
    # A figure stated as a premise is checked, never used as a filter (Musk's Nov 8, 2021 sales 934,091 shares;
    # Thiel's 2021 PLTR sales 20,003,915; Whiting's grant 37,500 options; Scarpelli's Dec 13, 2022 row 73,170).
    family("premise-wrong", [
        "musk sold 1 million tsla shares on nov 8 2021, right?",
        "did whiting get 50,000 options at tecogen?",
    ], [("No: the filings show 934,091 shares", "No: the filings show 37,500 options")]),
    family("premise-about-right", [
        "is it true thiel sold 20 million pltr shares in 2021?",
    ], ["About: the filings show 20,003,915 shares"]),
    family("premise-right", [
        "scarpelli sold 73,170 snow shares on dec 13 2022 correct?",
        "did whiting get 37,500 options at tecogen?",
    ], [("Yes: the filings show 73,170", "Yes: the filings show 37,500")]),
    # What footnotes tell of, asked as a topic (bot/answers/noted.py): the rows citing a footnote that states it,
    # whatever row it hangs on (Travers's ESPP shares in F2 of his tax-withholding row; Moran's in F7).
    family("espp-purchases-told-in-footnotes", [
        "In the whole database, who reported shares bought under an employee stock purchase plan?",
        "any espp buys on file?",
    ], ["Travers", "3,019", "Moran", "1,147"], ["No purchases (P)"]),
    family("espp-of-one-insider", [
        "david travirs espp shs bought in feb 2025",
    ], ["3,019", "February 14, 2025"], ["No purchases (P)"]),
    # Dividends reinvested (any code: McGuirk's is a P row), stock splits (a footnote or the filing's remarks),
    # Rule 16a exemptions, one event over two Form 4s (the remarks say so).
    family("dividend-reinvestment", [
        "any1 across the db get shs from dividend reinvestment",
        "who bought stock through a drip",
    ], ["McGuirk", "275.634"], ["called", "No grants"]),
    family("stock-splits-mentioned", [
        "Throughout the database, which issuers had a stock split mentioned in a filing?",
    ], ["LAM RESEARCH", "Better Home"], ["Also filed, with holdings"]),
    family("rule-16a-exemptions", [
        "Across all issuers, which filings cite an exemption under Rule 16a-9 or Rule 16a-13?",
    ], ["Better Home", "Palantir"], ["is not a company"]),
    family("one-event-over-two-form-4s", [
        "Across the whole database, which filings had to be split into two Form 4s because of EDGAR's transaction limit?",
    ], ["Tesla"], ["called “Because”"]),
    family("vesting-on-performance", [
        "Which stock options in the data vest on performance milestones rather than on a time schedule?",
        "any performance-based vesting options on file",
    ], ["Elon Musk", "838,996"], ["No filings by"]),
    family("rule-16b-3-exemption", [
        "Across all filings, which Form 4 cites a Rule 16b-3 exemption for the shares disposed of, and how many shares were involved?",
        "which filings cite rule 16b-3?",
    ], ["Travers", "33,148"], ["called"]),
    family("vested-under-a-bonus-plan", [
        "markham 150k rsus vested under which bonus plan?",
    ], ["2025 Executive Bonus Plan"]),
    family("shares-from-a-merger", [
        "Across all the companies on file, who received shares as consideration in a merger or reorganization?",
    ], ["Roelof Botha", "3,465"], ["called", "No grants"]),
)

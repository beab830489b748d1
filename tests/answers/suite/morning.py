"""The morning after a busy filing day (stop 19, blind set 10's findings): scope said as "sitewide",
"universe-wide", "throughout the database", "across all issuers"; amounts written "50k+" or "over half a
million bucks"; a strike written without its dollar sign ("the 3.14 options"); a wrong premise about a title
corrected from the filing ("is Jessica Snow the CFO"); and what the filings cannot tell (a price now, money made
so far, timing the top, what the stock will do) answered with the short can't-answer."""

from __future__ import annotations

from suite import family, table

CANT = ("I can't", "I don't have")

CASES = table(
    # 12 sales under a 10b5-1 plan in 2025 across the corpus; Feld's 74 BDX shares the newest.
    family("scope-said-otherwise", [
        "throughout the database, who sold under a 10b5-1 plan in 2025?",
        "sitewide: who sold under a 10b5-1 plan in 2025?",
        "universe-wide: 10b5-1 sales in 2025",
    ], ["Michael Feld", "74"], ["called “"]),
    family("across-all-issuers", [
        "Who are the top three sellers across all issuers, by dollars?",
        "top 3 sellers across all the filers",
    ], ["Elon Musk", "Peter Thiel"], ["called “"]),
    # Sales of 50,000 shares or more in a day: Thiel, Musk, Scarpelli, Dodge, Moran.
    family("plus-amount", [
        "which insiders sold 50k+ shares in a single day?",
        "who sold 50k+ shares in one day",
    ], ["Peter Thiel", "Elon Musk"], ["called “50K”", "Jessica A. Garascia"]),
    # 2025 sales worth more than $500,000: Moran's and Dodge's.
    family("bound-in-words", [
        "insider sales over half a million bucks in 2025?",
        "2025 sales of more than half a million dollars",
    ], ["Kyle Moran", "$2,058,303.00"], ["Half Million", "Michael Feld"]),
    # Moran's $3.14 options (Wave), exercised Dec 8, 2025, expiring Jan 1, 2032.
    family("strike-without-dollar-sign", [
        "the 3.14 wave options, done vesting?",
        "moran's 3.14 options at wave",
    ], ["$3.14", "Jan 1, 2032"], ["No filings by 3.14"]),
    # Wrong premises about a title, corrected from the filing.
    family("title-premise", [
        "Is Jessica Snow the CFO of 2seventy bio?",
        "was kyle moran the ceo of wave?",
    ], ["is not the", "(no stored filing says so)"], ["No transactions found"]),
    family("cant-price-now", [
        "Adams sold Apple at about $160. Is Apple trading higher or lower now?",
        "did moran time the top on wve?",
    ], [CANT], ["sold 9,136"]),
    family("cant-made-so-far", [
        "How much has Richard Roe made on his Example Robotics purchase so far?",
    ], [CANT], ["In total for Richard Roe"], db="samples"),
    family("cant-what-will-it-do", [
        "What will Tesla stock do after Musk's charity gifts?",
    ], ["I can't predict"], []),
    # A bound with "a" before its amount and "strike" after it: Moran's $10.48 exercise at Wave, not the $2.83 one.
    family("strike-bound-after", [
        "any exercises at wave above a $10 strike?",
        "wave exercises over a $10 strike",
    ], ["$10.48"], ["$2.83"]),
    # "raised", "total $ and how many forms": totals, with the filings they sum.
    family("raised-is-a-total", [
        "$ moran raised selling wve on 12/8/25",
        "how much did moran raise selling wave on dec 8 2025",
    ], ["$3,102,000.00"], []),
    family("total-and-how-many-forms", [
        "tsla nov 8 '21, all musk sells: total $ and how many forms was it on",
    ], ["$1,102,342,478.72", "2 filings"], []),
    # Blind set 11's findings: everyday words that are no names ("irrespective", "calendar", "units", "money",
    # "issuers"); "totalled"; conversions said with "got ... by converting"; strikes in the plural; timing the
    # top and following an insider's trade are declined.
    family("everyday-words-of-set-11", [
        "Who made open-market purchases during calendar 2021?",
        "largest rsu award anyone got, by units",
    ], [("1,997,000", "1,474,432")], ["called “"]),
    family("totalled", [
        "moran's wve sales on dec 8 totalled?",
    ], ["210,000", "$3,102,000.00"], []),
    family("got-by-converting", [
        "How many Class A shares did Thiel get by converting Class B at Palantir in February 2021?",
        "total common musk got from tesla preferred converting in july 2010",
    ], ["conversions (C)"], ["No grants and awards"]),
    family("strikes-plural", [
        "Which option exercises happened at strikes under $4?",
    ], ["$3.14", "$2.83"], ["worth less than"]),
    family("timing-and-following", [
        "did musk sell tsla at the top?",
        "would it be smart to follow mcguirk and buy isba?",
    ], [CANT], []),
    # "u got filings" is no grant; "going up" is a prediction; "made on its stake" a profit.
    family("got-filings-going-up-made-on", [
        "how many companies u got filings for",
    ], ["37 companies"], ["grants and awards"]),
    family("going-up", [
        "is pltr going up after thiel's sales lol",
        "How much has Berkshire made on its Snowflake stake?",
    ], [CANT], []),
)

"""Readings added in stop 24: what has vested as of today and what is left (from more footnote shapes), a second
time in a question read as a time (never a name), ordinary words that are not names (a capital that only opens a
sentence, three-letter verbs, a verb's -ing or -ed form, hyphened words), owners' addresses in a US state, desk
shorthand ("tot", "ex'd", "vwap", "ex $wve"), a role asked with its "is" left out, and forecasts and motives asked
in passing."""

from __future__ import annotations

import datetime as dt

from suite import family, table

DEC_7_2026 = dt.date(2026, 12, 7)

CASES = table(
    family("vesting-left-as-of-today", [
        "As of today, which of Carol Clements's March 2025 RSU installments are still to vest?",
        "clements jblu rsus - whats left to vest",
        "when do carol clements's rsus finish vesting?",
    ], ["36,824 on Mar 10, 2027", "36,825 on Mar 10, 2028", "not yet fully vested"], today=DEC_7_2026),
    family("vesting-done-as-of-today", [
        "are alex smith's exbt rsus fully vested yet?",
        "has smith's example biotech rsu award finished vesting",
    ], ["fully vested since Mar 1, 2026"], ["not yet fully vested"], db="samples", today=DEC_7_2026),
    family("vesting-ratably-and-monthly", [
        "tsvt jessica snow rsus - when are they all vested",
        "when is jessica snow's 2seventy rsu award fully vested",
    ], ["Jan 2, 2029"], today=DEC_7_2026),
    family("vesting-a-first-share-then-quarterly", [
        "morans 4.75 options - fully vested yet or nah",
        "is kyle moran's $4.75 wave option fully vested?",
    ], ["not yet fully vested", "Feb 17, 2027"], today=DEC_7_2026),
    family("as-of-today-and-another-time", [
        "As of today, have the RSUs MicroVision granted Drew Markham in June 2025 finished vesting?",
    ], ["not yet fully vested", "Jun 6, 2028"], ["Nothing is stored for"], today=DEC_7_2026),
    family("two-times-joined", [
        "Compare the shares withheld or sold to cover taxes by Drew Markham in June 2026 and by Alex Smith in March 2024.",
    ], ["77,905", "1,850"], ["could not find"]),
    family("two-quarters-joined", [
        "all tickers any sells in q3 or q4 2023",
    ], ["No open-market sales (S) between Jul 1, 2023 and Dec 31, 2023"]),
    family("words-opening-a-sentence", [
        "Leaving out Golden Properties, how many open-market purchases are on file?",
        "Counting every company, how many option exercises are on file?",
    ], [], ["could not find a company or insider called", "Nothing is stored for"]),
    family("ordinary-words-not-names", [
        "Which options on file had already expired by the end of 2020?",
        "Which option or warrant exercises were reported by someone who also sat on the company's board?",
        "Which option grants on file have a ten-year term?",
        "any options in the db still unexpired w strike > $5",
        "Which outstanding stock options on file expire soonest after today?",
        "How many shares in total were acquired through stock option exercises across all filings?",
        "Which awards on file vested in full on a single date rather than in installments?",
    ], [], ["could not find a company or insider called", "Nothing is stored for"]),
    family("addresses-in-a-state", [
        "Across all the filings on record, which reporting persons give an address in Massachusetts?",
        "which insiders are based in massachusetts",
    ], ["Kyle Moran", "R. Stanton Dodge", "Cambridge, MA"], ["Michael Scarpelli", "could not find"]),
    family("addresses-in-texas", [
        "Database-wide, which reporting owners give an address in Texas?",
    ], ["Mithril", "Austin, TX"], ["Cambridge, MA"]),
    family("desk-total", [
        "tot shs withheld for tax in 2025, all cos",
    ], ["34,157"], ["could not find"]),
    family("desk-exercised", [
        "tot $ spent on option exercises all time, whole db",
        "how many shares did anyone ex'd options for, whole db",
    ], ["2,650,572"], ["could not find"]),
    family("desk-leaving-out-a-ticker", [
        "2025 insider sells ex $wve",
        "vwap of all 2025 insider sells ex $wve, all tickers pooled",
    ], ["Leaving out Wave Life Sciences Ltd. (WVE)", "52,777"], ["can't leave things out", "Kyle Moran"]),
    family("desk-vwap", [
        "vwap of every 2025 insider sale ex $wve, pooled",
    ], ["$38.88 a share"]),
    family("a-role-asked-without-is", [
        "cabillot an officer at pdex?",
        "singerman an officer at oscar?",
    ], ["is not an officer", "10% owner"]),
    family("on-the-board-asked-without-is", [
        "feld on the bdx board?",
    ], ["is not a director", "EVP"]),
    family("a-list-opening-with-a-role-is-not-a-role-ask", [
        "first time a 10% owner bought on the open market in here?",
    ], ["purchase"], ["The roles of"]),
    family("forecasts-in-passing", [
        "pltr gonna dip after thiels sells?",
        "when's the next insider sale at wve",
        "will clements jblu rsus be worth > 500k when they vest",
    ], ["can't predict"]),
    family("motives-in-passing", [
        "rabois why sell afrm",
        "Did Michael Feld sell because of weak earnings?",
    ], [("Filings don't say why", "I don't have news")], ["could not find"]),
    family("company-facts-the-filings-lack", [
        "For the segment, how many employees does Pro-Dex have?",
        "How much stock-compensation expense did Snowflake book for Michael Scarpelli's options?",
        "How much tax will Scarpelli owe on his December 2022 option exercise?",
    ], ["filings don't say"]),
    family("judging-someone's-job", [
        "Is Jane Doe doing a good job as CEO?",
        "is jane doe a good ceo",
    ], ["can't judge how someone does their job"]),
    family("who-signed-it-asked-tersely", [
        "raid hoffman lnkd form 3 sign by who",
        "yelp levchin form sign by",
    ], [("Blum", "Hammer")], ["shares of Common Stock"]),
    family("the-city-on-a-filing", [
        "What city is given for Ajay Royann on the BlackSky Form 3?",
        "what city is on ajay royan's bksy form 3",
    ], ["Austin"]),
    family("a-city-and-state", [
        "Across all companies in the data, which insiders give an address in Cambridge, Massachusetts?",
        "which reporting owners are based in Santa Monica, California?",
    ], [("Cambridge, MA", "Santa Monica, CA")], ["Boston, MA", "could not find", "No filings by"]),
    family("a-state-before-address", [
        "anyone in the db w/ a massachusetts address? list em",
    ], ["Cambridge, MA", "R. Stanton Dodge"], ["No filings by"]),
    family("a-role-asked-as-a-statement", [
        "jane doe is director of example robotics",
        "david travers is ceo of zip",
    ], [("is a director", "is not the CEO")]),
    family("a-month-of-any-year-said-apart", [
        "all ticker any year who sell in march",
    ], ["in March of any year", "Dodge"]),
    family("ranked-by-rows", [
        "who have most sale rows",
        "which insider has the most sale rows on file",
    ], ["ranked by number of transactions", "Elon Musk", "50 transactions"]),
    family("ranked-by-shares-said-singular", [
        "who sell most share in whole db",
    ], ["ranked by shares", "27,048,671"]),
    family("held-right-after-a-row", [
        "How many Tesla shares did Elon Musk hold directly right after his 33,171-share sale on November 8, 2021?",
        "musk tsla shs held right after the 33,171 sale on 11/8/21",
    ], ["1,835,886", "right after"]),
    family("held-right-before-a-row", [
        "How many AAR shares did Jessica Garascia hold before her January 2025 sale?",
        "garascia air shares held just before she sold in jan 2025",
    ], ["39,065", "plus the 1,500 shares it disposed of"]),
    family("held-before-a-vesting", [
        "How many MicroVision shares did Drew Markham hold directly before his June 2026 RSUs vested?",
    ], ["472,308"]),
    family("held-after-an-exercise-at-a-price", [
        "How many Wave shares did Kyle Moran hold directly right after exercising his $8.17 options on December 9, 2025?",
    ], ["125,218", "36,000"], ["shares of Ordinary Shares"]),
    family("a-month-and-two-digit-year-after-the", [
        "what strike did elon pay on the nov 21 exercise",
    ], ["$6.24", "November 2021"]),
    family("a-deal-named-by-its-target", [
        "How many Square Class A shares did Roelof Botha hold directly after the Weebly transaction?",
        "botha sq class a held directly after the weebly deal",
    ], ["49,322"], ["Nothing is stored for"]),
    family("a-second-stored-party-is-not-unknown", [
        "Is Warren Buffett planning to add to Berkshire's Snowflake stake?",
    ], ["can't predict", "6,125,376"], ["Nothing is stored for"]),
    family("forecasts-of-plans", [
        "what will softbank do w betr next",
    ], ["can't predict"]),
    family("a-fund-named-in-the-footnotes-that-did-not-sell", [
        "did founders fund sell oscr",
        "did sequoia cash out of square",
    ], ["held through", "What is filed for it", "indirectly"], ["No filings by"]),
    family("coded-by-letter", [
        "which Form 4s report transactions coded J",
        "Across all issuers, which Form 4s report transactions coded J (other acquisition or disposition)?",
    ], ["(J)", "596,466"], ["code S, sale"]),
    family("an-address-asked-alone", [
        "Overall, which reporting persons give an address in Colorado?",
        "Across every filing, which reporting persons list an address in Washington State?",
    ], ["with an address in"], ["I could not tell what you are asking", "could not find"]),
    family("chat-shorthand-more", [
        "ttl shs sold by every insider combined during 2024",
    ], ["7,074,756"], ["could not find"]),
    family("whatd-is-what-did", [
        "whatd musk pay to exercise the 2.15m tsla options",
    ], ["2,154,572"], ["Nothing is stored for"]),
    family("n-is-and", [
        "musk loaded up on scty at the ipo how many shs n what px",
    ], ["1,875,000", "$8.00"]),
    family("as-part-of", [
        "Across all tickers, which directors received equity as part of their director compensation?",
    ], ["for the directors"], ["could not find"]),
    family("most-insider-shares-by-shares", [
        "Which single day saw the most insider shares sold across the whole database?",
    ], ["ranked by shares"]),
    family("who-verb-more-a-or-b", [
        "who sold more shs feld at bdx or garascia at aar",
        "who sold more $$ adams at aapl or dodge at dkng",
    ], [("Garascia were bigger", "Dodge were bigger"), ("1,500", "$4,043,811.93")]),
    family("top-n-insiders-by", [
        "yo top 3 insiders by total $$ sold ever",
        "top 3 insiders by dollars sold",
    ], ["Insiders ranked by dollar value", "Elon Musk"]),
)

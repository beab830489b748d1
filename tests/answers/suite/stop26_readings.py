"""Readings added in stop 26: the filings a person signed, found by the name in the signature blocks (an
attorney-in-fact or a fund's authorised person is often no reporting owner), with the capacity each block
states; the relationship boxes a filing checks, when asked which; vesting counted to a day the question names
("by the end of 2026"), each later installment's size ("how many vest per quarter"), on the grant's total as a
footnote states it or as held before an exercise that came before any installment; a holder of record named with
no company or insider (read in the companies whose footnotes name it), with each security's last position that
names it; a row asked as a percentage of the position it changed, and the shares sold on an exercise's day as a
percentage of what the exercise gave; whether any of one kind of row was another ("were any of the J lines
open-market sales": a plain no first); options listed by the latest expiration first; two names compared between the words both sides share ("compare the
direct holdings Katherine Adams and Stanton Dodge reported after their sales"); two digits ending a side as its
year ("net buy/sell pltr 24"); calendar quarters ranked, and "peak yr"; a named insider's (or company's) share of every insider's dollars; vesting asked of today ("vested so far",
"still unvested today", "after today, how many vests are left") counted to today, never a filter on the grant's
date, with how many installments are left; addresses compared from filing to filing (every filing's, whatever
dates or form the question names, and whether they differ), never split into two questions; chatty words that
name no one: a dictionary noun after an article, the asker's possessive or a number ("a friend says", "my son",
"two hats"), a past tense that is also a surname ("came"), "pre-" and "non-" compounds, "thing", "im"; shares
"given to charity" are gifts; "is X in trouble" is a judgment; a name cut short ("isabel bank" for Isabella Bank);
"all together" and "all told" ask a total; a "+" set apart from a number is no bound ("form 3 anywhere + who
filed it"); "first transaction of 2025" is the earliest; "since the start of 2024"; purchases and sales added
together when both are totalled; shares "left" after a trade compared as holdings, with "n how many each" as a
sign-off; the days from a Rule 10b5-1 plan's adoption to the filing's first sale under it, and the longest; can'ts: a share of
the whole company (no shares outstanding), "lost faith", "trading above", "will X convert"; advice refused, then
what the filings show of the company or insider named (never the asker's own "buy" as a filter); filings ranked by
what they hold (rows of Table I or II, holding rows, codes, dates, the span of their transactions, footnotes,
signatures, reporting owners); sales a footnote says were made to cover taxes, "employee stock or share purchase
plan" (never a holder: a plan is how, not who), plans "adopted sometime in 2021"; can'ts: "well timed", "copy X's buy", "px target", "rise or fall", "up or down on";
"the largest number of sale rows on a single Form 4"."""

from __future__ import annotations

from suite import family, table
from suite.stop25_readings import NOT_A_NAME

CASES = table(
    family("filings-an-attorney-in-fact-signed", [
        "which filings did travis shrout sign",
        "What has Travis Shrout signed?",
        "shrout signatures on snow filings",
    ], ["3 filings carry a signature by", "Michael Scarpelli", "Mark Garrett", "John Dennis McMahon",
        "Attorney-in-Fact"], NOT_A_NAME),
    family("capacity-signed-in", [
        "In what capacity did Ajay Royan sign for Mithril LP on the Fractyl Health Form 4?",
        "royan signed the guts form 4 as what",
    ], ["Authorized Person", "Fractyl Health", "Feb 8, 2024"], ["BlackSky"]),
    family("capacity-of-a-named-owner-among-others", [
        "In what capacity did Warren Buffett sign the Berkshire Hathaway Form 3 for Snowflake?",
    ], ["on behalf of himself and each other reporting person", "Sep 28, 2020"]),
    family("did-an-owner-sign-their-own-filings", [
        "did musk sign his own tesla form 4s",
        "what dates were levchin's form 4s signed",
    ], ["The signatures on the filings for"], ["carry a signature by"]),
    family("a-sign-as-a-noun-asks-no-signature", [
        "is there any sign musk is selling tesla?",
    ], ["Elon Musk"], ["carry a signature by", "The signatures on the filings"]),
    family("who-signed-an-owners-filing-is-still-the-owners", [
        "who signed dodge's form 4",
    ], ["Faisal Hasan", "R. Stanton Dodge"], ["carry a signature by"]),
    family("relationship-boxes-checked", [
        "Which relationship box did Carine Lamercie check on her Arrow Electronics Form 4?",
        "which box did the arw clo tick",
    ], ["Relationship boxes checked: Officer.", "SVP, CLO & Secretary"]),
    family("relationship-boxes-of-a-joint-filing", [
        "which boxes are checked on the pdex form 4",
    ], ["Relationship boxes checked: Director, 10% Owner.", "Relationship boxes checked: 10% Owner."]),
    family("a-plans-checkbox-is-no-relationship-box", [
        "was the 10b5-1 box checked on cabillot's form 4",
    ], ["Rule 10b5-1 checkbox"], ["Relationship boxes checked"]),
    family("vested-by-a-day-asked", [
        "By the end of 2026, how many of Rajesh Melkote's 374Water options will have vested?",
        "how many of melkote's scwo options will have vested by dec 2026",
    ], ["As of Dec 31, 2026 (the day asked): 10 of 37 installments vested (331,440 shares)"], ["(today)"]),
    family("vested-by-a-day-asked-monthly", [
        "jessica snow tsvt options vested by end of 2026?",
    ], ["As of Dec 31, 2026 (the day asked): 12 of 37 installments vested (33,901 shares)"]),
    family("installment-size-per-quarter-from-the-footnotes-total", [
        "how many of morans 4.75 opts vest each quarter",
        "Kyle Moran's $4.75 option: how many shares vest per quarter?",
    ], ["then 17,012 or 17,013 each quarter", "17,012.5 exactly"], ["272,700"]),
    family("installment-size-of-a-grant-settling-its-first-tranche", [
        "travers zip rsus granted 2025, how many per qtr",
    ], ["then 20,443 or 20,444 each quarter", "20,443.75 exactly", "Dec 15, 2028",
        "counted on the 327,100 held before this row"]),
    family("no-size-claimed-for-a-grant-settling-a-later-tranche", [
        "how do travers's 2022 zip rsus vest",
    ], ["the first 6.25% on Mar 15, 2022; fully vested Dec 15, 2025"], ["18,750 held before"]),
    family("holder-of-record-named-alone", [
        "what does ff-iie hold",
        "what does FF-IIE hold now",
    ], ["596,466 shares of Class A Common Stock", "Palantir Technologies Inc. (PLTR)", "is not a reporting owner"],
        NOT_A_NAME),
    family("holder-of-record-whose-latest-filing-is-older", [
        "what's in rivendell 25 these days (pltr)",
    ], ["53,487 shares of Class A Common Stock"], ["2,962,961"]),
    family("a-purchase-as-a-share-of-the-holding", [
        "mcguirk april 2024 purchase as a percentage of his direct isba holding",
        "isba director's buy was what % of his shares",
    ], ["1.8% of the 15,711.8844 ISBA shares held afterwards", "1.8% of the 15,436.2504 held before."]),
    family("an-exercise-as-a-share-of-the-options", [
        "what fraction of scarpelli's 8.88 options did his dec 2022 exercise use up",
    ], ["8.3% of the 2,419,299 options held before (2,219,299 left)"], ["9.0% of the 2,219,299"]),
    family("sold-on-the-exercise-day-as-a-share", [
        "on nov 8 2021 what percent of the shares musk got by exercising did he sell the same day",
    ], ["Elon Musk sold 934,091 of the 2,154,572 TSLA shares the exercises of Nov 8, 2021 gave, that day: 43.4%."]),
    family("were-any-of-one-kind-another", [
        "For our review: were any of the code J lines on Thiel's February 2021 Palantir Form 4 open-market sales?",
        "were any of thiel's feb 2021 code j rows sales",
    ], ["No: these rows are distributions and other transactions (code J), not", "596,466"]),
    family("were-any-sales-gifts", [
        "were any of musk's nov 2021 sales gifts",
    ], ["No: these rows are sales (code S), not gifts (code G)"]),
    family("latest-expiration-first", [
        "Database-wide, which option or warrant carries the latest expiration date?",
        "which options expire last",
        "longest dated option in the db",
    ], ["Rajesh Ramaswamy Melkote held 757,756 stock options", "expires Apr 29, 2035",
        "Listed by expiration date, the latest first."], NOT_A_NAME),
    family("two-names-between-shared-words", [
        "Compare the direct holdings Katherine Adams and Stanton Dodge reported after their sales.",
        "compare the shares Katherine Adams and Stanton Dodge held after selling",
    ], ["653,843", "452,334", "R. Stanton Dodge", "Katherine L. Adams"], ["could not compare"]),
    family("two-digit-year-ending-a-side", [
        "net insider buy vs sell pltr 24",
        "pltr net selling 24?",
    ], ["sold 7,044,756 shares for $174,615,999.27", "in 2024"], ["27,048,671"]),
    family("two-digit-years-of-two-sides", [
        "snow 22 vs pltr 24 insider $ sold",
    ], ["$174,615,999.27", "$30,351,309.77"], ["$679,399,220.54"]),
    family("calendar-quarters-ranked", [
        "Which calendar quarter saw the most insider selling in dollars?",
        "busiest qtr for insider selling",
    ], ["Calendar quarters ranked by dollar value", "1. Q4 2021 (TSLA): $1,102,342,478.72"], NOT_A_NAME),
    family("peak-year", [
        "peak yr for insider selling by $",
    ], ["Years ranked by dollar value", "1. 2021 (PLTR, TSLA): $1,607,125,699.99"], NOT_A_NAME),
    family("share-of-every-insiders-dollars", [
        "what percent of all insider sale dollars in the database are elon musk's",
        "musk as a % of all selling $ market-wide",
    ], ["Of sales (S) by every insider in the database ($1,850,013,267.90), Elon Musk's come to $1,126,400,317.72: "
        "60.9%."]),
    family("share-of-every-insiders-dollars-in-a-year", [
        "what share of all 2021 insider selling dollars was elon musk's",
    ], ["Of sales (S) in 2021 by every insider in the database ($1,607,125,699.99)", "68.6%"]),
    family("vested-so-far-today", [
        "how many of carol clements's jetblue rsus have vested so far",
        "clements rsus vested to date as of today?",
    ], ["As of Nov 29, 2026 (today): 1 of 3 installments vested (36,825 shares)"], ["No exercises"]),
    family("still-unvested-today", [
        "moran 4.75 options still unvested today?",
    ], ["1 installment (17,012 shares) still to vest (17,012 on Feb 17, 2027), the last"], ["No options"]),
    family("vests-left-after-today", [
        "after today how many quarterly vests are left on travers's 2023 zip rsus",
    ], ["15 of 16 installments vested; not yet fully vested: 1 installment still to vest (Dec 15, 2026), the last"]),
    family("addresses-compared-across-companies", [
        "Did Max Levchin give the same address on his Yelp and Yahoo Form 4s?",
        "levchin yelp vs yahoo address - same?",
    ], ["The addresses differ from filing to filing", "701 FIRST AVENUE", "706 MISSION ST."], ["could not compare"]),
    family("addresses-compared-across-years", [
        "thiel pltr address on the 2021 form vs the 2024 form - same?",
        "did peter thiel's palantir address change between 2021 and 2024",
    ], ["The addresses differ from filing to filing", "1555 BLAKE STREET", "1200 17TH STREET"], ["could not compare"]),
    family("chatty-nouns-name-no-one", [
        "a friend says the arrow electronics lawyer bought 2,193 shares in feb 2025, is that true",
        "my son says the snowflake cfo paid cash to exercise his options, how much",
        "across everyone here who is both an officer and a director? i want to know who wears two hats",
    ], [], NOT_A_NAME),
    family("a-past-tense-and-prefixed-words-name-no-one", [
        "Which option exercise in the database came closest to the option's expiration date?",
        "which filings show a code M exercise in Table I at a non-zero price",
        "im new to this slack thing - who sold the most tsla",
    ], [], NOT_A_NAME),
    family("given-to-charity-is-a-gift", [
        "has anybody in here given shares to charity",
    ], ["gifts (G)"], ["grants and awards"]),
    family("in-trouble-is-a-judgment", [
        "is jetblue in trouble since they pay their digital officer in stock units",
    ], ["I can't give investment advice"], NOT_A_NAME),
    family("a-name-cut-short", [
        "isabel bank director address",
        "who files at isabel bank",
    ], ["ISABELLA BANK Corp (ISBA)", "Richard L. McGuirk"], NOT_A_NAME),
    family("all-together-is-a-total", [
        "kyle moran at wave, what did he sell on dec 8 all together",
        "moran wve dec 8 sells all told",
    ], ["210,000 shares", "$3,102,000.00 in total"]),
    family("a-plus-apart-from-its-number-is-no-bound", [
        "most recent form 3 anywhere + who filed it",
    ], ["filings for all companies (on Form 3)", "Dec 31, 2021"], ["at least 3 shares"]),
    family("first-transaction-of-a-year", [
        "first insider transaction of 2025 anywhere",
        "the first insider filing transaction in 2025?",
    ], ["Earliest stored activity for all companies (in 2025)", "Jan 6, 2025"]),
    family("since-the-start-of-a-year", [
        "Since the start of 2024, what is the total dollar value of shares withheld for taxes across all filers?",
    ], ["since Jan 1, 2024"], ["(tax withholding (F) in 2024)"]),
    family("purchases-and-sales-together", [
        "exrb - total shs traded by insiders in 2024, buys + sells",
        "total shares bought and sold by example robotics insiders in 2024",
    ], ["Purchases and sales together: 40,000 shares in 3 transactions ($1,654,587.50 traded)."]),
    family("shares-left-compared-as-holdings", [
        "lamercie vs travers - who had more shs left after the tax withholding, n how many each",
        "lamercie or travers: more shs left after the tax withholding?",
    ], ["Holdings by David Travers were bigger: 1,138,960 shares", "20,869 shares"], ["were bigger: 33,148"]),
    family("plan-adoption-to-first-sale", [
        "feld bdx plan adoption to the sale - how long",
        "michael feld: how long from adopting his 10b5-1 plan to the sale?",
    ], ["Feb 7, 2025", "the filing's first sale under it Dec 26, 2025, 322 days after adoption"]),
    family("longest-wait-from-plan-to-sale", [
        "out of everyone, who waited the longest between setting up one of those pre-planned selling plans and actually selling?",
    ], ["The longest from adoption to a first sale: Michael Feld, 322 days."], NOT_A_NAME),
    family("two-peoples-addresses-side-by-side", [
        "compare musk's address vs thiel's address",
    ], ["Each side, as filed:", "13101 TESLA ROAD", "Peter Thiel"], ["were bigger"]),
    family("several-owners-from-several-addresses", [
        "do the snowflake insiders all file from the same address?",
    ], ["The addresses differ from filing to filing"], ["The same address"]),
    family("any-of-a-kind-the-rows-are-not", [
        "were any of thiel's purchases sales?",
        "were any of musk's exercises in 2021 sold the same day?",
    ], [], ["No: these rows are", "Yes: "]),
    family("a-percentage-of-ones-own-stake-is-not-of-the-market", [
        "what % of all his tsla shares did musk sell in nov 2021",
    ], ["33.0% of that stake"], ["by every insider"]),
    family("a-percentage-of-one-companys-insiders", [
        "what % of all tesla insider selling came from musk",
    ], ["by every insider at the company asked", "100.0%"], ["in the database ($1,850,013,267.90)"]),
    family("several-rows-as-a-share-of-the-stake", [
        "what % of his stake did musk gift in nov 2021",
    ], ["Elon Musk's 5 rows (5,044,000", "2.8% of the 177,652,251 TSLA shares held before"]),
    family("vesting-events-asked-by-date-stay-events", [
        "how many rsus vested by travers in 2025",
        "how many rsus have vested at mvis in 2026",
    ], [], ["Terms of"]),
    family("a-price-going-under-is-a-bound", [
        "which insiders sold with the price going under $25",
    ], ["less than $25.00"], ["investment advice"]),
    family("other-boxes-are-no-relationship-boxes", [
        "was the rule 10b5-1(c) box checked on thiel's 2024 form 4",
        "was the exit box checked on scarpelli's form 4",
    ], [], ["Relationship boxes checked"]),
    family("a-share-of-the-whole-company-is-a-cant", [
        "What percentage of Tesla does Elon Musk own?",
        "how much of palantir does the founder fellow still own, like what slice of the whole company is his",
    ], ["shares outstanding", "What the filings show"]),
    family("lost-faith-is-sentiment", [
        "Was Peter Thiel's March 2024 Palantir sale a sign that he has lost faith in the company?",
    ], ["The filings don't say what insiders think of the stock", "6,914,475"]),
    family("trading-above-is-a-market-price", [
        "Is Fractyl Health trading above the $15 IPO price Mithril paid?",
    ], ["I don't have market prices"]),
    family("advice-then-the-filings", [
        "should i buy tsla",
        "Should I follow Richard McGuirk and buy Isabella Bank stock at $18.14?",
    ], ["I can't give investment advice", "What the filings show"], ["no open-market purchases (P) found for Tesla"]),
    family("filings-ranked-by-table-ii-rows", [
        "Which filing has the most rows in Table II?",
        "which form has the most derivative rows",
    ], ["Filings ranked by rows in Table II", "Form 3 for Sep 22, 2020 (Peter Thiel", "21 Table II rows."], NOT_A_NAME),
    family("filings-ranked-by-codes", [
        "which filing has the most different transaction codes on it",
    ], ["Form 4 for Jul 2, 2010 (Elon Musk at Tesla, Inc. (TSLA)): 4 codes."]),
    family("filings-ranked-by-span", [
        "Which filing's transactions span the longest stretch of time?",
    ], ["Form 4 for Jun 29, 2021 (Roelof Botha at MongoDB, Inc. (MDB)): 347 days."], ["Which company or insider"]),
    family("filings-ranked-by-owners", [
        "top 3 filings by number of reporting owners",
    ], ["Filings ranked by their number of reporting owners", "1. Form 4 of Better Home & Finance Holding Co (BETR)",
        "2. Form 3 of BlackSky"], ["Which company or insider"]),
    family("a-form-3-ranked-by-holding-rows", [
        "Which Form 3 in the database lists the most holding rows?",
    ], ["38 holding rows."]),
    family("sold-to-cover-taxes", [
        "market wide which sales were done only to cover taxes",
        "anywhere, sales done just to pay the taxes?",
    ], ["made to cover taxes (per a footnote)", "934,091"], NOT_A_NAME),
    family("a-plan-is-no-holder", [
        "Database-wide, whose filings mention shares acquired through an employee stock or share purchase plan?",
    ], ["under an employee stock purchase plan (per a footnote)", "Kyle Moran"], ["Holdings of all companies"]),
    family("plans-adopted-sometime-in-a-year", [
        "overall which insiders adopted their 10b5-1 plan sometime in 2021",
    ], ["Aug 16, 2021 (Katherine L. Adams", "Sep 14, 2021 (Elon Musk"], ["Dec 12, 2023"]),
    family("more-cants-said", [
        "wve px target after the cfo sells",
        "How much money is Mithril up or down on the Adagio shares it bought at the IPO?",
    ], ["What the filings show"], NOT_A_NAME + ["No filings"]),
    family("a-stock-rising-or-falling-is-a-market-price", [
        "Did Tesla stock rise or fall in the days after Musk's November 8, 2021 sales?",
    ], ["I don't have market prices, so I can't say how the stock has moved."]),
    family("more-cants-said-first", [
        "Was Peter Thiel's March 2024 Palantir sale well timed?",
        "copy mithril's guts buy y/n",
    ], ["I can't give investment advice"]),
    family("sale-rows-on-a-single-form", [
        "What is the largest number of sale rows on a single Form 4, and whose filing is it?",
    ], ["Filings ranked by sale rows", "Elon Musk at Tesla, Inc. (TSLA)"]),
)

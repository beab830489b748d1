"""The thirty-fourth blind question set: questions from two new askers — a quantitative analyst building a screen
(plain, careful and sometimes terse: precise filters combined — date windows "between" two dates or "on or after ... and
before", thresholds such as "over 10,000 shares" and "under $20", "more than 50,000 shares each", "priced between $100
and $200", "under $15", "20,000 shares or more", sort orders "oldest first", "largest first", "top 3 by dollars", "top 2
by count", counts by code, year, month, day and filing, share-weighted averages and medians of prices, figures "per
filing" and "per insider", percentages of a holding or of a vesting, and exact fields — price per share, shares owned
following a given row, signature dates and lags) and a new employee at one of the companies in the data who heard
rumours in the office (informal Slack, hedged and second-hand — "someone said our cfo at wave dumped everything in
december?", "heard our cfo at wave bought like 346k shares", "someone at pro-dex said our director's fund sold way over 10k",
"someone said buffett personally owns a bunch of our stock", "heard feld at bd dumped a huge block", "someone at aar told
me garascia is the cfo" —, titles instead of names, mixed-up facts that the answer must correct rather than agree with,
and questions that need a motive, a prediction or advice: the can't-answer, then what the filings show). The employee
always names the company ("our cfo at wave"), so no question depends on earlier context. Relative dates count from
today, December 7, 2026 ("last month" is November 2026, "this year" 2026, "last yr" 2025, "as of today" December 7,
2026). Spread over the 13 failure classes — scope, neg, verb, near, ex, vest, role, sum, cmp, mkt, cant, typo, hold —
58% Slack-style.

About a third of the set (the cases whose ``note`` starts with "everyday") are the ordinary shapes a demanding user
expects to just work: "did X sell / buy / exercise", "what's X's title", "who signs X's forms", "when / how much vests",
"who sold the most", "latest sale", "should I sell too", "why did X sell"; they are spread over the classes, negatives,
near misses, rumours and typos included.

Shapes and facts new to this set: two-condition screens (sale rows over 10,000 shares and under $20 — Rabois, Musk 2010
and Moran's four December 8 lots; rows between $100 and $200, 13 of them, Adams, Scarpelli and Feld; sellers under $15;
Musk's rows over 50,000 shares each, six for 418,153, and price bands on his November 8, 2021 filings — over $1,170,
66,507; $1,160 up to $1,170, 154,723 for $180,358,282.59; 20,000 shares or more, 93,872 for $109,489,930.97; under
$1,150, 24,800 for $28,381,690.70; under $1,140, 4,000; $1,175 to $1,180 across both filings, 34,256 for
$40,345,408.82; $1,180 to $1,185, 269,861; the second filing's rows under 10,000 shares, 27,166 for $32,153,759.79;
Adams's lots between $160 and $163, 10,222 for $1,650,103.70, above her own weighted average, 6,542 for $1,078,065.40,
and under 2,000 shares, 4,250 for $697,708; Scarpelli's lots above $152, 51,923 for $7,942,342.50; the window January 15
to March 31, 2025, $4,138,389.77); medians and weighted averages (Adams $162.77 against Scarpelli $152.655; 2022's median
$160.38 against its weighted $152.8631; Moran's December 8 median $14.10 and median strike $4.75; every option
exercise's weighted strike $6.3231; 2024's weighted sale price $24.8610 or, as a simple mean, $33.8849; the two lawyers'
$161.7155 and $38.3104; FF Pathfinder's $25.2275); per filing, per insider, per day and per weekday (6 sale rows per
filing with a sale; Musk's 29 and 20 rows and 8,871.69 and 33,840.6 shares a row; average lots of 3,571.43 for Adams and
35,184.67 for Dodge; exercise rows per year; seven distinct strikes exercised; sale rows per insider, Musk 50 then Adams
7; 14 Table I M rows, 7 of them at $0; 14 sale rows without a price footnote; Monday the busiest weekday with 55 rows;
2025's 13 sale rows on 8 days, 12 of them under a plan, the busiest day by dollars December 8; 2021's rows per company,
49 and 4); rankings (2025's five largest sale rows; 2021's three largest by shares; the largest row under $50; the
widest 2025 price range, Dodge's; the oldest and newest filings with the 10b5-1 box; Garascia the only 2025 seller
without a disclosed plan; the Form 4s signed more than 30 days late); percentages never asked (Dodge sold 13.90% and
Adams 5.24% of what they held; Scarpelli cashed out 66.42%; Feld 0.45%; Thiel's 2024 trim 9.05% of Rivendell 7; Musk
sold 43.35% of what he exercised, Scarpelli 100%; Musk exercised 8.17% of his 2012 grant, Moran 57.14% of his $3.14
grant and 18.37% of his $4.75 grant; Hoffman's RSUs 95.83% settled; withholding took 54.58% of Travers's vesting, 46.01%
of Lamercie's, 37% of Smith's, 28.98% of Markham's; the new grant was 37.46% of Clements's RSU balance; Mithril II LP
bought 26.63% of its Fractyl position; McGuirk holds 3.92% directly and Roe 68.57% through his trust; SoftBank converted
82.05% of its Class B; Scarpelli's and Musk's sales brought in 17.09 and 22.29 times their exercise cost); "shares owned"
fields never asked before (Dodge 759,397 before selling and 710,145 / 706,620 / 653,843 after each lot; Scarpelli
227,927 / 153,020 / 111,034 / 105,538 / 101,097; Musk 1,897,293 at the end of the first filing, 2,005,289 after its
largest lot and 1,889,091 after the second filing's first row; his trust 173,358,251 after the November 23 gift; Adams
454,626 after her $165.06 lot; Doe 335,250 and Feld 16,580 before selling; Botha's vehicles 240,677 before the 2020
transfer; SolarCity 10,609,976 / 13,986,189 / 16,266,015 after the Series A, C and D conversions; Palantir's FF-IIP,
FF-IIIE and FF-IVP on the 2020 Form 3); vesting counted to dates (Melkote's RSUs 189,439 at the cliff, 378,878 by March
31, 2027 and 315,731.67 today, eight monthly dates passed, the last of 2026 on December 31, half his option by March 31,
2027; half of Snow's option by January 2, 2027 and 17,687.5 option shares in 2027, three RSU installments still to come;
Travers's 2024 grant 227,601 vested today and his 2025 grant 81,776 in 2027; Moran's $3.14 grant 164,062.5 vested at his
exercise; Clements 73,649.33 unvested today and 93 days to her next vesting; Garrett 42 installments still to come at
his Form 3; the awards finishing in 2028; Smith's March 2024 vesting the second of four); rumours corrected (the Wave
CFO did not dump everything — 90,365 left; exercised 296,000, not bought 346k; five exercises, not ten; the Snowflake
CFO exercised 200,000, not 2 million, sold in five lots, not twenty, and ended where he started, 101,097; the DraftKings
lawyer's two sale days were a Friday and a Monday and he kept 653,843; Feld's "huge block" was 74 shares; the Pro-Dex
fund sold 2,271, not over 10k; the MicroVision GC holds more, not fewer, after June; Garascia is GC and CAO, Lamercie
CLO, Feld president of Life Sciences only; Buffett's Snowflake shares are Columbia Insurance's); near misses on
entities (Mithril LP converted while Mithril II LP bought; the Scarpelli Family Trust, McGuirk's LLC, the Roe Family
Trust and Sequoia's seed fund only held; Garascia's row a sale, not a withholding); negatives that must not leak another
filer's rows (Wave's CEO "last month", Brad Smith who must not pull in the sample's Alex Smith, Alexander Karp who appears
only in a footnote, Mark Pincus who must not pull in Mark Garrett, company heads never on file — Tim Archer, Jeremy
Stoppelman, Jeff Weiner, Sean Kerins, Chris Gannon, Mario Schlosser, Vishal Garg, Travis VanderZanden —, MicroVision's
CFO, Example Biotech's CEO, JetBlue's digital chief "selling everything"). Typos not used before: "kyle mroan", "stantn
dodge", "Draftkinds", "garsia", "carol klements", "rajesh mellkote", "Mike Scarrpelli", "tezla", "micro vison", "Zip
Recuiter", "beckton dickerson", "wave lifesciences", "izabella bank", "jett blue", "Sohail Ahmedd", "roelef botha",
"Michael Fled", "adagio theraputic", "Oscar Helth".

Every expected fact was computed by hand from the filings' XML (a throwaway xml.etree table under /tmp/b34 — rows.py
parses each filing's issuer with CIK, owners with CIKs, addresses, relationship boxes and titles, every Table I/II
transaction and holding with code, shares, price, A/D, dates, deemed dates, shares owned after, direct/indirect, nature
of ownership, exercise/expiration dates, underlying security and shares, conversion price, the footnotes attached to each
field, remarks and signatures with dates; table.py prints it; flat.py flattens the rows and calc*.py filter, sort, sum,
average and take medians and ratios with Decimal, rounding only at the end, and count signature lags, weekdays and
vesting installments), never from the bot's output; the questions were written without reading the engine, and checked
against sets 1-33 by normalised text, by fuzzy similarity and by the facts each earlier case requires, so that no
question repeats an earlier one — in a 50-file corpus asked some 8,800 questions before, many facts necessarily recur in
another form, and more than a hundred first drafts were rewritten because an earlier set had asked the same thing. The notation
is ``blind_cases``'s (see ``compile_fact``); ``NONE`` here also accepts "has never filed" and "is not a reporting
person"; ``AGREES`` (in ``must_not``) catches an answer that opens by confirming a rumour whose premise is wrong, and
``CORRECTS`` asks for the correction; a percentage is accepted to two decimals or rounded. ``SURFACE_CASES`` are asked
with ``surface="slack"``: the answer names no CLI command, and a no-match says what an admin can do.

Corpus quirks the expectations avoid: Kyle Moran's December 9, 2025 sale row is filed as "36.000" shares, so nothing
depends on that row's shares or dollars (no Moran or 2025 share or dollar total, no smallest sale, no median of row
sizes, no quarter-by-dollars ranking — 2025's five largest rows and its busiest day by dollars hold even if that row
were 36,000 shares; the December 9 questions read the M rows and the 50,000-share $20.025 row; row and
day counts, which the quirk does not change, are used); Moran's Table II exercise rows are coded A, so nothing counts or
lists option grants (exercise questions read Table I M rows, grant sizes from footnotes F3/F5 and Table II "after"
figures); the Tecogen filing is stored twice, so no count or total includes Tecogen (the filing count is 2025's, the
code-F and code-M counts have no Tecogen row; the Whiting question reads the one grant); Tesla is filed under two issuer
names, so nothing counts companies that include it (the 2021 per-company rows are all "Tesla, Inc.", and "two or more
companies" holds for Musk either way); Golden Properties' code P row is marked D, so no purchase total, count, average,
median, latest or lowest purchase includes it (the IPO-price buyers and the same-day conversion-and-purchase filings do
not depend on it); Musk and Thiel tie on filings, so nothing asks who filed most; the Travers 2022 grant's filed balance
(12,500, two tranches) disagrees with its footnote (three tranches left), so only the filed figure is asked, never a
count derived from that footnote, and Markham's and the sample's remaining RSUs, which also disagree with their
footnotes, are not asked; Garrett's option is split between him and four trusts, so no vested share count is asked for
one part of it; the samples are part of the corpus db, so market-wide figures include them (Doe in 2024's average sale
price, in the sale rows per filing and in the 10b5-1 box filings; Smith among the "Chief" titles, the M rows and the
withholding rows; Doe in the weekday and president-title questions).
"""

from __future__ import annotations

from blind_cases import (
    CANT,
    CONV,
    NO_BUY,
    NO_SALE,
    NOT_A_NAME,
    TAX,
    TEN,
    Case,
    _c,
    all_of,
)
from blind_cases import (
    NONE_OR_NOT_KNOWN as NONE_BASE,
)

# Nothing matched, also worded "X has never filed / reported ..." or "X is not a reporting person".
NONE = (*NONE_BASE,
        r"re:\b(never|has not|hasn'?t|have not|haven'?t|did not|didn'?t|does not|doesn'?t)\b[^.\n]{0,40}\b(filed?|reported|report)\b",
        r"re:\bnot (a |an )?(listed as (a |an )?)?(reporting (person|owner)|filer)\b")
# What a near miss must name, with what it is.
EXER = (r"re:exercis", r"re:\bM\b", r"re:\bX\b", "re:settle", "re:RSU|restricted stock", "re:vest")
FORM3 = (r"re:Form 3", r"re:initial (statement|holdings?)", r"re:holding")
GIFT = (r"re:gift", r"re:\bG\b", r"re:transferr?(ed)?", "re:estate planning", "re:charit")
RSU = (r"re:RSU|restricted stock", r"re:\bgrant", r"re:\baward")
# The strict "no" for a question about one specific row.
LOOSE_NO = (*NO_SALE, r"re:\b(no|not)\b")
# The strict "no exercise" that leads a near miss about exercising.
NO_EXER = (*NONE, r"re:\b(did not|didn'?t|has not|hasn'?t|have not|haven'?t|never|not yet|not)\b[^.\n]{0,40}\bexercis",
           r"re:\bno\b[^.\n]{0,60}\bexercis")
# A rumour with a wrong premise: the answer corrects it rather than agreeing.
CORRECTS = (r"re:\b(no|not|didn'?t|did not|isn'?t|wasn'?t|doesn'?t|does not|actually|rather|only|still|instead)\b",)
AGREES = (r"re:^\W*(yes|yep|yeah|correct|true|that'?s (right|true|correct))\b",)
# "The same" in a comparison.
SAME = (r"re:\b(same|equal|identical|both|matched|exactly|all of)\b",)

S, P = "slack", "plain"

CASES: list[Case] = [
    # ------------------------------------------------------------------ 1. scope words are not names
    _c("b34-scope-h1-2025-sales-oldest-first-plain",
       "Across the whole database, list every open-market sale dated between January 1 and June 30, 2025, oldest first, "
       "with the shares and price per share of each.", "scope", P,
       ["1,500", "835", "1,436", "49,252", "52,777"], [NOT_A_NAME, "$196.08", "$13.20"],
       note="everyday: S rows 2025-01-01..06-30: air 2025-01-10 1,500 @ $66.903; pdex 01-23 835 @ $42, 01-24 1,436 @ $41.44; "
            "dkng 03-14 49,252 @ $37.59 and 3,525 @ $38.05, 03-17 52,777 @ $39; Feld ($196.08) and Moran ($13.20) sold in December"),
    _c("b34-scope-over-10k-under-20-slack", "anywhere in the db - sells over 10,000 shs at under $20/sh", "scope", S,
       ["17,286", "1,415,167", r"re:Moran|WVE|Wave"], [NOT_A_NAME, "52,777", "15,653,541"],
       note="S rows with shares > 10,000 and price < $20: afrm 17,286 @ $11.1484; tsla 2010 1,415,167 @ $17.00; wve Dec 8 "
            "60,000 @ $13.20, 50,000 @ $15, 50,000 @ $13.20, 50,000 @ $18 (Dodge's $39 lot and Thiel's $25 lots are above $20)"),
    _c("b34-scope-dec-2025-sellers-employee-slack",
       "i work at wave and people are talking about our cfo selling. was it just him or did anybody anywhere else sell "
       "stock in december 2025?", "scope", S, ["re:Moran", "re:Feld"], [NOT_A_NAME],
       note="everyday: December 2025 S rows: wve Moran 2025-12-08/09; bdx Feld 2025-12-26 (74 @ $196.08)"),
    _c("b34-scope-form4-signed-30-days-late-plain",
       "Across all issuers, which Form 4s were signed more than 30 days after their transaction dates?", "scope", P,
       [r"re:Tesla|TSLA|Musk", r"re:Better|BETR|SoftBank"], [NOT_A_NAME],
       note="signature date minus transaction date: tsla-musk-4-2009-12-04 417 days (2009-12-04 -> 2011-01-25); betr 88 "
            "days (2024-12-09 -> 2025-03-07); the lrcx 4/A 36 days (2024-11-04 -> 2024-12-10) may be included; so may the mdb "
            "Form 4 (signed 2021-07-01, 349 days after its 2020-07-17 gift rows, 2 days after its 2021-06-29 rows); every other "
            "Form 4 at most 7 days (Form 5s excluded by the question)"),
    _c("b34-scope-2024-avg-sale-px-slack", "market-wide avg sale px per share in 2024", "scope", S,
       [("$24.8610", "$24.86", "$33.8849", "$33.88")], [NOT_A_NAME],
       note="2024 S rows: pltr 6,914,475 @ $24.7724 and 130,281 @ $25.5437, sample exrb 25,000 @ $42.1735 and 5,000 @ $43.05; "
            "share-weighted $175,885,586.77 / 7,074,756 = $24.8610; simple mean of the four prices $33.8849 (either reading)"),
    _c("b34-scope-gifts-2020-2022-slack", "across everyone, gifts between 2020 and 2022 - who n how many shs", "scope", S,
       ["1,057", "61,386", "5,044,000"], [NOT_A_NAME, "3,690"],
       note="G rows 2020-2022: mdb Botha 2020-07-17 1,057 (to estate planning vehicles); snow McMahon 2021-12-23 61,386; "
            "tsla Form 5 Musk Nov 19-29, 2021 5,044,000; Ahmed's 3,690 is November 2024"),
    _c("b34-scope-nj-nc-addresses-plain",
       "In the whole dataset, which reporting owners give an address in New Jersey or North Carolina?", "scope", P,
       ["re:Feld", "re:Melkote"], [NOT_A_NAME],
       note="bdx: Feld c/o Becton, Dickinson and Company, 1 Becton Drive, Franklin Lakes NJ; scwo: Melkote c/o 374Water, 100 "
            "Southcenter Court, Morrisville NC"),
    _c("b34-scope-2025-seller-no-plan-plain",
       "Overall, which insiders sold shares in 2025 without any Rule 10b5-1 plan being disclosed on the filing?", "scope", P,
       ["re:Garascia"], [NOT_A_NAME],
       note="2025 S rows: air (aff10b5One 0, F1 is only the weighted-average note); pdex F1 plan Sep 20, 2024; dkng F1 plan "
            "Dec 13, 2024; bdx remarks plan Feb 7, 2025; wve F1 plan Mar 13, 2025"),
    _c("b34-scope-weekday-most-sale-rows-slack", "across the whole db, which day of the week had the most sale rows", "scope", S,
       [r"re:Monday"], [NOT_A_NAME],
       note="S rows by weekday: Monday 55 (Musk's 49 on 2021-11-08, Moran's four on 2025-12-08, Dodge's 2025-03-17, "
            "Rabois's 2023-04-03), Tuesday 9, Wednesday 8, Thursday 6, Friday 6"),
    _c("b34-scope-conversion-and-purchase-same-day-plain",
       "Across the board, which Form 4s report both a conversion and an open-market purchase on the same day?", "scope", P,
       [r"re:Adagio|ADGI", r"re:Fractyl|GUTS", r"re:SolarCity|SCTY"], [NOT_A_NAME],
       note="C and P rows on one date: adgi 2021-08-10 (C 9,244,580, P 1,997,000); guts 2024-02-06 (C rows, P 333,333); scty "
            "2012-12-18 (C rows, P 1,875,000)"),
    _c("b34-scope-own-money-buyers-employee-slack",
       "new here, does anybody at any of these companies actually buy stock with their own money? like ever", "scope", S,
       ["re:McGuirk", "re:Musk", r"re:Mithril|Thiel"], [NOT_A_NAME],
       note="everyday: P rows: adgi and guts (Mithril II LP), scty (Musk), isba (McGuirk), arec (Golden Properties), samples "
            "(Example Ventures Fund II / Morgan Lee, Roe)"),
    _c("b34-scope-exercise-cost-over-1m-plain",
       "Across all filers, which option exercises cost more than $1 million in total at the exercise price?", "scope", P,
       ["re:Musk", "re:Scarpelli"], [NOT_A_NAME],
       note="Table I M rows shares x price: tsla 2021 2,154,572 x $6.24 = $13,444,529.28; snow 200,000 x $8.88 = $1,776,000; "
            "Moran's largest is 50,000 x $10.48 = $524,000; the $0 RSU settlements cost nothing"),
    _c("b34-scope-2025-sale-rows-under-plan-plain",
       "Across all filers, how many of the sale rows dated in 2025 were made under a disclosed 10b5-1 plan, out of how many?",
       "scope", P, [r"re:\b12\b", r"re:\b13\b"], [NOT_A_NAME],
       note="2025 S rows: air 1 (no plan), pdex 2, dkng 3, bdx 1, wve 6 (plan) = 12 of 13"),
    _c("b34-scope-company-sold-shares-for-taxes-employee-slack",
       "is it normal for the company itself to sell your shares to pay the taxes when stock vests? has that happened to "
       "anyone anywhere in here", "scope", S, ["77,905", r"re:Markham|MicroVision|MVIS"], [NOT_A_NAME],
       note="mvis F row 2026-06-10: 77,905 at $0.3621, F2 'nondiscretionary sell-to-cover transaction completed by the "
            "Issuer'; the other F rows (zip, arw, tsla 2010, sample exbt) are shares withheld or relinquished"),
    _c("b34-scope-2025-filings-count-slack", "how many filings r there with 2025 transaction dates, across everybody", "scope",
       S, [r"re:\b(10|ten)\b"], [NOT_A_NAME],
       note="transaction dates in 2025: tsvt, air, pdex, arw, jblu, dkng, zip, scwo, wve, bdx = 10 (betr was signed in 2025 "
            "but its transactions are 2024-12-09)"),
    _c("b34-scope-three-year-rsu-grants-plain",
       "Across all the companies, which RSU grants vest in annual installments over three years?", "scope", P,
       ["re:Clements", "re:Markham"], [NOT_A_NAME],
       note="jblu F2: equal annual installments on the three anniversaries of March 10, 2025; mvis F7: June 6, 2025 grant "
            "vesting 33% on each anniversary until June 6, 2028 (Snow and Smith vest over four years, Travers quarterly)"),
    _c("b34-scope-direct-over-1m-after-last-sale-plain",
       "Market-wide, which insiders still held more than 1,000,000 shares directly after their last reported sale?", "scope",
       P, ["re:Musk", "1,220,481"], [NOT_A_NAME],
       note="last S row per seller, direct holding after: Musk 1,220,481 (tsla trust filing last row, marked D); Adams "
            "452,334; Dodge 653,843; Doe 305,250; Scarpelli 101,097; Moran 90,365; Garascia 37,565; Feld 16,506; Rabois 0; "
            "Thiel's and Farnam's sales were of indirect holdings (Thiel's 2021 Form 4 also lists a direct 3,844,639, so naming him "
            "as well is not wrong)"),
    _c("b34-scope-founders-fund-filings-plain", "Anywhere in the data, which filings mention the Founders Fund?", "scope", P,
       [r"re:Oscar|OSCR", r"re:Palantir|PLTR", r"re:Affirm|AFRM|Rabois"], [NOT_A_NAME],
       note="oscr F1-F10 (FF-IV ... FF-GP); pltr-3 F6-F15 and pltr 2021 F3-F13 (FF-I ... FF Pathfinder); afrm F3 (Founders "
            "Fund VI, Growth, FF Affirm Growth)"),
    _c("b34-scope-exercise-strike-avg-everyone-slack",
       "overall avg strike paid on every option exercise in the db, weighted by shs", "scope", S,
       [("$6.3231", "$6.32")], [NOT_A_NAME],
       note="Table I M rows with a price (option exercises; the $0 RSU settlements are not option exercises): Musk "
            "2,154,572 x $6.24 = $13,444,529.28; Scarpelli 200,000 x $8.88 = $1,776,000; Moran five rows 296,000 for "
            "$1,539,420; total $16,759,949.28 / 2,650,572 = $6.3231"),
]

CASES += [
    # ------------------------------------------------------------------ 2. nothing matches: say so, show no one else's rows
    _c("b34-neg-wave-ceo-last-month-employee-slack",
       "someone in the office said our ceo at wave sold a ton of stock last month, is that right?", "neg", S, [NONE],
       ["$13.20", "60,000", "$20.025"],
       note="everyday: last month is November 2026; Wave's only filer is the CFO Moran (December 2025), whose rows must not "
            "be passed off as the CEO's"),
    _c("b34-neg-tim-archer-lam-employee-slack", 'someone at lam said our ceo tim archer sold a bunch after the stock split, is that right?', "neg", S, [NONE], ['3,690', '30,630'],
       note="everyday: Archer never filed; Lam Research's only filing is the director Ahmed's 4/A (gift of 3,690, trust after 30,630)"),
    _c("b34-neg-brad-smith-msft-slack", "did brad smith sell any msft stock in 2022", "neg", S, [NONE],
       ["289.408", "15,905", "1,850"],
       note="everyday: Microsoft's only filer is Reid Hoffman (RSU 289.408, Living Trust 15,905); Brad Smith never filed, and "
            "the sample CFO Alex J. Smith (F row 1,850) must not be pulled in by the surname"),
    _c("b34-neg-karp-pltr-2024-plain", "Did Alexander Karp sell Palantir shares in March 2024?", "neg", P, [NONE],
       ["6,914,475", "$24.7724"],
       note="Karp appears only inside pltr-3 F19 (Voting Trust Agreement); the March 2024 sales are Thiel's Rivendell 7 rows"),
    _c("b34-neg-stoppelman-yelp-plain", 'Did Jeremy Stoppelman sell any Yelp stock in 2012?', "neg", P, [NONE], ['3,911,937', '3,232,153'],
       note="everyday: Stoppelman never filed; Yelp's filer is Levchin (C rows: Class B 3,232,153 and 3,911,937)"),
    _c("b34-neg-jane-doe-gifts-plain", "Did Jane Doe give away any Example Robotics shares in 2024?", "neg", P, [NONE],
       ["1,057", "61,386"], db="samples",
       note="everyday: sample exrb: Doe's two S rows (May 15-16, 2024) only, no G; the corpus gifts (Botha 1,057, McMahon "
            "61,386) must not leak (and are not in the samples db)"),
    _c("b34-neg-pincus-zynga-slack", 'mark pincus znga rsus?', "neg", S, [NONE], ['1,474,432', '1,412,997'],
       note="everyday: Pincus never filed; Zynga's filer is Hoffman (RSU 1,474,432, settled 1,412,997); the first name must not pull in Mark Garrett"),
    _c("b34-neg-weiner-linkedin-plain", 'What LinkedIn shares did Jeff Weiner report holding?', "neg", P, [NONE], ['17,037,090', '2,028,942'],
       note="everyday: Weiner never filed; LinkedIn's filer is Hoffman and his Living Trust (17,037,090 common, 2,028,942 preferred)"),
    _c("b34-neg-kerins-arrow-slack", 'sean kerins arw sells 2025', "neg", S, [NONE], ['2,193', '1,009'],
       note="everyday: Kerins never filed; Arrow's filer is Lamercie (A 2,193, F 1,009)"),
    _c("b34-neg-gannon-374water-employee-slack", 'heard our ceo at 374water chris gannon got a huge grant this year too?', "neg", S, [NONE], ['757,756', '757,576'],
       note="everyday: Gannon never filed; 374Water's filer is the CTO Melkote (April 2025: 757,756 RSUs, option on 757,576)"),
    _c("b34-neg-schlosser-oscar-plain", 'Did Mario Schlosser report any Oscar Health holdings?', "neg", P, [NONE], ['7,778,012', '3,755,954'],
       note="everyday: Schlosser never filed; Oscar's Form 3 is Thiel's and Singerman's (FF-IV 7,778,012, FF-VI 3,755,954 ...)"),
    _c("b34-neg-vanderzanden-bird-slack", "did travis vanderzanden sell any bird stock", "neg", S, [NONE], ["1,500", "52,777"],
       note="everyday: VanderZanden never filed; Bird Global's only filing is Sacks's Form 3 with no securities; other "
            "insiders' sales must not leak"),
    _c("b34-neg-dkng-buys-2024-2026-plain", "Were there any insider purchases at DraftKings between 2024 and 2026?", "neg",
       P, [NO_BUY], ["275.634", "$18.14"], note="everyday: dkng: three S rows in March 2025 only"),
    _c("b34-neg-adams-bought-2023-slack", "adams buy any aapl in 2023", "neg", S, [NONE], ["1,875,000", "10,000"],
       note="Adams: the May 2022 S rows only; other insiders' purchases must not leak"),
    _c("b34-neg-rabois-2024-plain", "Did Keith Rabois report any Affirm sales in 2024?", "neg", P, [NONE],
       ["52,777", "$41.44"], note="everyday: afrm: the single S row of 2023-04-03; 2025 sellers must not leak"),
    _c("b34-neg-mvis-cfo-grant-employee-slack", "heard the microvision cfo got a big stock grant this year, how big?", "neg",
       S, [NONE], ["118,800", "268,800"],
       note="MicroVision's only filer is the GC, Drew Markham; no CFO filing; his RSU rows must not be passed off as a CFO grant"),
    _c("b34-neg-exbt-ceo-plain", "Has Example Biotech's CEO filed anything?", "neg", P, [NONE], ["1,850", "200,000"],
       db="samples", note="sample exbt filers: the CFO Smith and Example Ventures Fund II / Morgan Lee; no CEO"),
    _c("b34-neg-garg-better-plain", 'Did Vishal Garg sell any Better Home & Finance stock in 2024?', "neg", P, [NONE], ['628,553', '137,545'],
       note="everyday: Garg never filed; Better's filing is SoftBank's C conversion (628,553, Class B after 137,545)"),
    _c("b34-neg-jblu-digital-chief-sold-all-employee-slack",
       "rumor at jetblue is our digital chief sold all her stock, anyone know if thats true?", "neg", S, [NO_SALE],
       ["52,777", "$39"], note="everyday: jblu: the RSU grant only (110,474, 2025-03-10); no sale"),
]

CASES += [
    # ------------------------------------------------------------------ 3. casual verbs
    _c("b34-verb-wave-cfo-dumped-everything-employee-slack",
       "someone at wave said our cfo dumped everything in december?", "verb", S, [CORRECTS, "90,365"], [AGREES],
       note="everyday: wve: after the last S row (2025-12-09, 50,000 @ $20.025) Moran still held 90,365 ordinary shares "
            "directly (F7: including 1,147 ESPP shares)"),
    _c("b34-verb-adams-small-lots-plain",
       "How many shares did Katherine Adams let go of in lots of fewer than 2,000 shares on May 4, 2022, and for how much?",
       "verb", P, ["4,250", "$697,708"],
       note="aapl S rows < 2,000: 900 @ $162.77 ($146,493) + 1,550 @ $163.94 ($254,107) + 1,800 @ $165.06 ($297,108)"),
    _c("b34-verb-thiel-trimmed-pct-slack", "what share of rivendell 7's pltr stake did thiel trim in mar 24", "verb", S,
       [("9.05", "9.0%", "9%")],
       note="pltr: Rivendell 7 held 77,851,188 after the 2021 sales; the 2024 S rows 6,914,475 + 130,281 = 7,044,756 = 9.05% "
            "(after 70,806,432; 70,806,432 + 7,044,756 = 77,851,188)"),
    _c("b34-verb-snow-cfo-cashed-out-30m-employee-slack",
       "did our cfo at snowflake really cash out like 30 million in one day back in 2022?", "verb", S,
       ["$30,351,309.77", "200,000"],
       note="everyday: snow 2022-12-13: five S rows 200,000 shares for $30,351,309.77 (after exercising 200,000 at $8.88)"),
    _c("b34-verb-ipo-picked-up-plain",
       "Which insiders picked up shares at an IPO price, and what did each pay per share?", "verb", P, ["$17", "$15", "$8"],
       note="everyday: P rows at the IPO: adgi 1,997,000 @ $17.00 (Mithril II LP); guts 333,333 @ $15.00 (Mithril II LP); scty "
            "1,875,000 @ $8.00 (Musk's trust)"),
    _c("b34-verb-snow-cfo-peeled-off-lots-employee-slack",
       "someone at snowflake said our cfo peeled off his shares in like 20 separate sales, how many lots was it really?",
       "verb", S, [r"re:\b(5|five)\b"], [AGREES],
       note="snow 2022-12-13: five S rows (73,170, 74,907, 41,986, 5,496, 4,441)"),
    _c("b34-verb-mvis-gc-ended-up-with-employee-slack",
       "our gc at microvision had a bunch of stock vest in june and then some got sold off for taxes. how many shares did "
       "he end up with?", "verb", S, ["663,203"],
       note="everyday: mvis M rows 2026-06-08 (after 622,308, 741,108), F row 2026-06-10 77,905 after 663,203"),
    _c("b34-verb-musk-offloaded-big-lots-plain",
       "On November 8, 2021, how many Tesla shares did Musk offload in sale rows of more than 50,000 shares each, and how "
       "many such rows were there?", "verb", P, ["418,153", r"re:\b(6|six)\b"],
       note="tsla trust filing S rows > 50,000: 78,191 + 72,241 + 58,512 + 101,589 + 56,428 + 51,192 = 418,153 (none in the "
            "first filing)"),
    _c("b34-verb-isba-scooped-2024-slack", "anyone scoop up isba in 2024? how much $ did they put in", "verb", S,
       ["275.634", "$5,000"], note="everyday: isba P row 2024-04-29: 275.634 x $18.14 = $5,000.00"),
    _c("b34-verb-farnam-shed-per-day-slack", "how many pdex shs did farnam shed each day and at what px", "verb", S,
       ["835", "1,436", "$42", "$41.44"], note="everyday: pdex S rows 2025-01-23 835 @ $42.00, 2025-01-24 1,436 @ $41.44"),
    _c("b34-verb-feld-huge-block-employee-slack", "heard feld at bd dumped a huge block of stock in december?", "verb", S,
       ["74", CORRECTS], [AGREES], note="everyday: bdx S row 2025-12-26: 74 shares @ $196.08 = $14,509.92 (after 16,506)"),
    _c("b34-verb-ff-pathfinder-unloaded-avg-slack", "ff pathfinder unloaded its pltr shs in feb 21 - how many n at what avg px",
       "verb", S, ["3,915", ("$25.2275", "$25.23")],
       note="pltr 2021 S rows (F13 FF Pathfinder VI): 3,315 @ $25.1001 + 600 @ $25.9317 = $98,765.85 / 3,915 = $25.2275"),
    _c("b34-verb-dkng-two-days-in-a-row-employee-slack",
       "did the legal chief here at draftkings dump shares 2 days in a row in march 2025?", "verb", S,
       ["d:2025-03-14", "d:2025-03-17"], [AGREES],
       note="dkng S rows: Friday 2025-03-14 (49,252 and 3,525) and Monday 2025-03-17 (52,777): not consecutive days"),
    _c("b34-verb-mithril-ipo-share-of-position-plain",
       "How much of Mithril II LP's Fractyl Health position after the IPO did it actually pick up in the open-market "
       "purchase?", "verb", P, ["333,333", ("26.63", "26.6%", "27%", "1,251,900")],
       note="guts P 333,333 of 1,251,900 after = 26.63% (the rest, 918,567, came from conversions); '333,333 of its "
            "1,251,900' answers 'how much of' as well as the percentage"),
    _c("b34-verb-musk-avg-per-gift-slack", "on average how many tsla shs did musk's trust hand to charity per gift in nov 21",
       "verb", S, ["1,008,800"], note="tsla Form 5: five G rows 5,044,000 / 5"),
    _c("b34-verb-scarpelli-cashed-out-share-slack", "what share of his snow position did scarpelli cash out on 12/13/22", "verb",
       S, [("66.42", "66.4%", "66%")], note="snow: M after 301,097; S rows 200,000 = 66.42% (after 101,097)"),
    _c("b34-verb-musk-unloaded-1180-1185-slack", "how many tsla shs did musk unload between $1,180 and $1,185 a share on nov 8 21",
       "verb", S, ["269,861"],
       note="tsla trust filing S rows $1,180.811-$1,184.681: 33,171 + 43,643 + 42,615 + 78,191 + 72,241 = 269,861 "
            "($319,281,798.33)"),
    _c("b34-verb-musk-offloaded-under-1140-slack", "how many tsla shs did musk offload at under $1,140 on nov 8 21", "verb", S,
       ["4,000"], note="tsla S rows < $1,140: 1,100 @ $1,135.05, 600 @ $1,138, 2,300 @ $1,139.487 (all in the first filing)"),
    _c("b34-verb-scarpelli-offloaded-above-152-slack", "scarpelli lots offloaded above $152/sh - total shs n $", "verb", S,
       ["51,923", "$7,942,342.50"],
       note="snow S rows > $152: 41,986 @ $152.655 + 5,496 @ $153.872 + 4,441 @ $154.76 = 51,923; $6,409,372.83 + "
            "$845,680.51 + $687,289.16"),
]

CASES += [
    # ------------------------------------------------------------------ 4. near misses: strict no first, then what happened
    _c("b34-near-doe-exercised-before-selling-slack", "did the exrb ceo exercise any options before her may 24 sales", "near", S,
       [NO_EXER, r"re:10b5-1|\bsold\b|\bsales?\b"], db="samples",
       note="sample exrb: two S rows (25,000 @ $42.1735, 5,000 @ $43.05) under a 10b5-1 plan adopted December 1, 2023; no M row"),
    _c("b34-near-jblu-digital-chief-sold-rsus-employee-slack",
       "heard our digital chief at jetblue sold her rsus right after she got them?", "near", S, [NO_SALE, "110,474"],
       [AGREES], note="everyday: jblu Table II A row 2025-03-10: 110,474 RSUs granted (after 294,910); no S or F"),
    _c("b34-near-mithril-lp-bought-guts-plain", "Did Mithril LP buy Fractyl Health shares at the February 2024 IPO?", "near",
       P, [LOOSE_NO, CONV, ("5,160,301", "333,333")],
       note="guts: Mithril LP's 5,160,301 came from C rows (Series C-1, C-2, D preferred at 0.466, F2); the P row 333,333 @ "
            "$15 was Mithril II LP's (F3); either figure shows what happened"),
    _c("b34-near-mcmahon-bought-for-trusts-slack", "did mcmahon buy snow shs for his family trusts in 2021", "near", S,
       [NO_BUY, GIFT],
       note="snow Form 5: G row 2021-12-23 61,386 transferred for no consideration (F1); the two trusts are holding rows "
            "(151,188 and 125,737); no P"),
    _c("b34-near-botha-129-at-309-plain",
       "Roelof Botha received 129 MongoDB shares at $309.81 in June 2021. Was that an open-market purchase?", "near", P,
       [LOOSE_NO, r"re:in lieu|director fees|cash fees|\bfees\b"],
       note="mdb A row 2021-06-29 (F3): fully vested shares issued in lieu of cash director fees, priced on the 60-day VWAP"),
    _c("b34-near-scarpelli-family-trust-sold-plain",
       "Did the Scarpelli Family Trust sell Snowflake shares on December 13, 2022?", "near", P,
       [NO_SALE, ("178,947", "200,000")],
       note="snow: the five S rows are D (direct, 200,000 in all); the Scarpelli Family Trust is a holding row 178,947 (F9) "
            "with no transaction; either figure shows what happened"),
    _c("b34-near-arw-clo-sold-1009-plain", "Did Arrow's chief legal officer sell 1,009 shares on February 12, 2025?", "near",
       P, [LOOSE_NO, TAX], note="everyday: arw F row 1,009 @ $106.82 (F2: withheld for taxes on the PSU vesting)"),
    _c("b34-near-thiel-sold-class-b-slack", "did thiel's funds sell any pltr class b in feb 2021", "near", S, [NO_SALE, CONV],
       note="pltr 2021 Table II: ten C rows convert Class B into Class A 1-for-1 (F29) on 2021-02-17; the S rows on "
            "2021-02-18 are Class A"),
    _c("b34-near-seed-fund-sold-square-slack", "did the sequoia 2010 seed fund sell any sq in nov 2018", "near", S,
       [NO_SALE, ("899,976", "3,465")],
       note="everyday: sq: the Venture 2010-Seed Fund is a holding row 899,976 (F1); the J rows (3,465, 152) are acquisitions by the "
            "Growth Fund IV funds; either figure shows what happened"),
    _c("b34-near-garascia-withheld-slack", "were garascia's 1,500 aar shs withheld for taxes", "near", S,
       [LOOSE_NO, r"re:\bS\b|open[- ]market|\bsale\b|\bsold\b", "$66.903"],
       note="everyday: air: the row is code S, an open-market sale at $66.903 (weighted average, F1), not an F withholding"),
    _c("b34-near-mcguirk-llc-bought-plain", "Did Richard McGuirk's LLC buy Isabella Bank shares in April 2024?", "near", P,
       [LOOSE_NO, ("275.634", "383,262.5326")],
       note="isba: the P row 275.634 @ $18.14 is direct (D, after 15,711.8844); 'Held by LLC' 383,262.5326 is a holding row "
            "with no transaction; either figure shows what happened"),
    _c("b34-near-roe-trust-bought-plain", "Did the Roe Family Trust buy Example Robotics shares in June 2024?", "near", P,
       [LOOSE_NO, ("55,000", "10,000", "120,000")], db="samples",
       note="sample exrb: the P row 10,000 @ $38.50 is direct (D, after 55,000); 'By Roe Family Trust' 120,000 is a holding row; "
            "any of the three shows what happened"),
    _c("b34-near-whiting-paid-33000-slack", "did the tecogen gc pay $33,000 for his options", "near", S,
       [LOOSE_NO, r"re:grant|award|\bA\b"],
       note="tecogen Table II A row 2023-09-20: option on 37,500 at $0.88 granted; $33,000 is only what exercising all of it "
            "would cost; nothing paid on the grant"),
    _c("b34-near-example-ventures-sold-plain", "Did Example Ventures Fund II sell any Example Biotech shares in April 2024?",
       "near", P, [NO_SALE, "200,000"], db="samples",
       note="sample exbt joint filing: P row 2024-04-10 200,000 @ $20.05 (a purchase, after 4,200,000); no S"),
    _c("b34-near-rivendell7-bought-2024-plain", "Did Rivendell 7 LLC buy Palantir shares in March 2024?", "near", P,
       [NO_BUY, ("7,044,756", all_of("6,914,475", "130,281"))],
       note="everyday: pltr 2024: two S rows 6,914,475 + 130,281 = 7,044,756 by Rivendell 7 (F3); no P (the total or both rows)"),
    _c("b34-near-oscar-sold-ipo-plain",
       "Did any of Peter Thiel's entities sell Oscar Health shares around its March 2021 IPO?", "near", P, [NO_SALE, FORM3],
       note="oscr: Form 3 with ten holding rows (By Fund), no transactions"),
    _c("b34-near-tsla-form3-common-bought-plain",
       "Did Musk's trust buy the 2,666,666 Tesla common shares shown on his June 2010 Form 3?", "near", P,
       [LOOSE_NO, FORM3], note="everyday: tsla-3: a holding row 'By Trust' 2,666,666 on the initial statement; no transaction"),
    _c("b34-near-moran-bought-346k-employee-slack",
       "heard our cfo at wave bought like 346k shares in december, thats bullish right?", "near", S,
       [NO_BUY, EXER, "296,000"], [AGREES],
       note="everyday: wve M rows (option exercises) 60,000 + 100,000 + 50,000 + 36,000 + 50,000 = 296,000; no P"),
    _c("b34-near-scty-bought-preferred-plain", "Did Musk's trust buy SolarCity preferred stock in December 2012?", "near", P,
       [NO_BUY, CONV],
       note="scty Table II C rows 2012-12-18: Series A, B, C, D, F (1:1, F1) and G (2.47, F2) preferred converted into "
            "common; the P row 1,875,000 @ $8 is common stock"),
]

CASES += [
    # ------------------------------------------------------------------ 5. exercises (Table I M rows, Table II)
    _c("b34-ex-musk-first-lot-spread-plain",
       "What was the spread between Musk's $6.24 exercise price and the price of his first sale row on November 8, 2021?",
       "ex", P, ["$1,128.81"], note="tsla ms filing: M @ $6.24; first S 1,100 @ $1,135.05: $1,128.81 a share"),
    _c("b34-ex-moran-share-of-grants-plain",
       "What share of his $3.14 and $4.75 option grants did Kyle Moran exercise in December 2025?", "ex", P,
       [("57.14", "57.1%", "57%"), ("18.37", "18.4%", "18%")],
       note="wve: $3.14 grant 175,000 (F3), exercised 100,000 = 57.14%; $4.75 grant 272,200 (F5), exercised 50,000 = 18.37%"),
    _c("b34-ex-snow-cfo-2m-options-employee-slack",
       "someone at snowflake said our cfo exercised 2 million options in dec 2022?", "ex", S, ["200,000", "2,219,299"],
       [AGREES], note="everyday: snow M row 2022-12-13: 200,000 @ $8.88; Table II M row after 2,219,299 options left"),
    _c("b34-ex-musk-unvested-2012-grant-slack",
       "musk nov 21 exercise - how many shs, n how many of that 2012 grant were still unvested per the form", "ex", S,
       ["2,154,572", "2,637,455"],
       note="tsla ms filing: M 2,154,572 @ $6.24; F27: 23,737,050 vested and 2,637,455 not vested as of the filing"),
    _c("b34-ex-moran-cheapest-first-slack", "did moran exercise his cheapest options first in december", "ex", S,
       [r"re:\byes\b|ascending|lowest|cheapest|increasing", "$2.83", "$10.48"],
       note="wve M rows in order: 2025-12-08 $2.83, $3.14, $4.75; 2025-12-09 $8.17, $10.48: ascending strikes"),
    _c("b34-ex-hoffman-settled-pct-slack", "what % of hoffman's znga rsus got settled in dec 2011", "ex", S,
       [("95.83", "95.8%", "96%")], note="znga: M 1,412,997 of 1,474,432 RSUs (61,435 left) = 95.83%"),
    _c("b34-ex-musk-first-filing-proceeds-multiple-plain",
       "How many times the cost of his November 8, 2021 option exercise did the sales on Musk's first Form 4 of that day "
       "bring in?", "ex", P, [("22.29", "22.3", "22 times", "22x")],
       note="tsla ms filing: 29 S rows $299,717,449.38 / M 2,154,572 x $6.24 = $13,444,529.28 = 22.29 (both filings together "
            "$1,102,342,478.72, 81.99 times)"),
    _c("b34-ex-travers-fewest-left-slack",
       "travers zip rsu grants - which one had the fewest units left after the march 2025 settlement", "ex", S,
       ["12,500", r"re:2022|6,250"],
       note="zip Table II M rows after: 12,500 (2022 grant, F4, 6,250 tranche), 93,427, 227,595, 306,656"),
    _c("b34-ex-scarpelli-proceeds-multiple-plain",
       "How many times his exercise cost did Michael Scarpelli's same-day sales on December 13, 2022 bring in?", "ex", P,
       [("17.09", "17.1", "17 times", "17x")], note="snow: S rows $30,351,309.77 / M 200,000 x $8.88 = $1,776,000 = 17.09"),
    _c("b34-ex-wave-cfo-plan-employee-slack",
       "heard our cfo at wave did his option exercises under some automatic plan, is that right?", "ex", S,
       [r"re:10b5-1", "d:2025-03-13"],
       note="wve F1 (on every Table I row, M and S): 'effected pursuant to a Rule 10b5-1 trading plan adopted by the "
            "reporting person on March 13, 2025' (the footnote speaks of the sales)"),
    _c("b34-ex-wave-cfo-ten-exercises-employee-slack",
       "someone said our cfo at wave exercised options like 10 times in december, how many exercises were there really?",
       "ex", S, [r"re:\b(5|five)\b"], [AGREES],
       note="everyday: wve Table I M rows: three on 2025-12-08 ($2.83, $3.14, $4.75), two on 2025-12-09 ($8.17, $10.48)"),
    _c("b34-ex-distinct-strikes-slack", "how many different strike prices got exercised across the whole db", "ex", S,
       [r"re:\b(7|seven)\b"],
       note="Table I M rows with a price: $6.24 (Musk), $8.88 (Scarpelli), $2.83, $3.14, $4.75, $8.17, $10.48 (Moran)"),
    _c("b34-ex-moran-median-strike-plain",
       "What is the median exercise price across Kyle Moran's five December 2025 option exercises?", "ex", P, ["$4.75"],
       note="wve M prices $2.83, $3.14, $4.75, $8.17, $10.48: median $4.75"),
    _c("b34-ex-table1-m-rows-count-plain",
       "How many Table I rows in the database are coded M, and how many of those were filed at a price of $0?", "ex", P,
       [r"re:\b14\b", r"re:\b(7|seven)\b"],
       note="Table I M rows: tsla 2021 1, snow 1, wve 5 (priced); zip 4, mvis 2, sample exbt 1 (at $0) = 14, 7 at $0; "
            "Hoffman's Zynga M rows are Table II"),
    _c("b34-ex-mvis-rsu-conversion-price-slack", "mvis rsus settled in june - what conversion or exercise price is on the form",
       "ex", S, [r"re:\$0(\.00)?\b|\bzero\b|no (cost|price|payment)|without payment|\b0\.00\b"],
       note="mvis Table II rows conversionOrExercisePrice 0.00 (F6 unit-for-share); Table I M rows price 0.00 (F1 without "
            "payment)"),
    _c("b34-ex-musk-pct-of-2012-grant-plain",
       "What share of his 2012 option grant did Musk exercise on November 8, 2021?", "ex", P,
       [("8.17", "8.2%", "8.45", "8.4%", "8%")],
       note="tsla ms: M 2,154,572; F26 grant 26,374,505 (split-adjusted) = 8.17%; of the 25,499,505 outstanding before the "
            "exercise (after 23,344,933 + 2,154,572) = 8.45% (either reading)"),
    _c("b34-ex-exercise-rows-per-year-slack", "option exercise rows per year, whole db", "ex", S,
       [r"re:2021", r"re:2022", r"re:2025", r"re:\b(5|five)\b"],
       note="Table I M rows with a strike: 2021 one (Musk), 2022 one (Scarpelli), 2025 five (Moran); RSU settlements at $0 "
            "are not option exercises"),
    _c("b34-ex-musk-after-first-filing-plain",
       "After exercising 2,154,572 options on November 8, 2021, how many Tesla shares did Musk still hold directly at the "
       "end of his first Form 4 of that day?", "ex", P, ["1,897,293"],
       note="tsla ms filing: M 2,154,572 then 29 S rows (257,279); last row 6,020 @ $1,175.654 after 1,897,293"),
]

CASES += [
    # ------------------------------------------------------------------ 6. vesting, expiry, terms from footnotes and dates
    _c("b34-vest-snow-rsu-installments-left-slack", "snow tsvt rsus - how many annual installments still to come after today",
       "vest", S, [r"re:\b(3|three)\b"],
       note="everyday: tsvt F1: four annual installments January 2, 2026, 2027, 2028, 2029; one vested, three to come"),
    _c("b34-vest-melkote-installments-passed-slack", "melkote - how many monthly vest dates have passed as of today since the cliff",
       "vest", S, [r"re:\b(8|eight)\b"],
       note="scwo F1: cliff March 31, 2026, then the last day of each month: April 30 ... November 30, 2026 = 8 by December 7"),
    _c("b34-vest-melkote-rsus-by-mar-2027-plain",
       "How many of Rajesh Melkote's 757,756 RSUs will have vested by March 31, 2027?", "vest", P,
       [("378,878", r"re:\b50\s?%|\bhalf\b")],
       note="scwo F1 (on both rows): 25% (189,439) on March 31, 2026, then 568,317 / 36 = 15,786.58 on the last day of each "
            "month: April 2026-March 2027 (12) = 189,439; total 378,878 (50%)"),
    _c("b34-vest-melkote-last-2026-installment-slack", "melkote scwo - date of his last monthly vest in 2026", "vest", S,
       ["d:2026-12-31"],
       note="scwo F1: after the March 31, 2026 cliff, equal installments on the last day of every month: December 31, 2026"),
    _c("b34-vest-snow-option-2027-plain", "How many of Jessica Snow's 2seventy bio option shares are scheduled to vest during 2027?",
       "vest", P, [("17,687.5", "17,688", "17,687")],
       note="everyday: tsvt F2: after the 25% cliff on January 2, 2026, 36 equal monthly installments of 53,062.5 / 36 = "
            "1,473.96; January 2 ... December 2, 2027 = 12 = 17,687.5"),
    _c("b34-vest-moran-314-vested-at-exercise-slack",
       "moran 3.14 grant - how many had vested by the time he exercised on dec 8 2025", "vest", S,
       [("164,062.5", "164,063", "164,062")],
       note="wve F3: 175,000; 25% January 1, 2023, then 6.25% quarterly April 1, 2023 ... October 1, 2025 (11) = 93.75% = "
            "164,062.5; he exercised 100,000 (75,000 left)"),
    _c("b34-vest-clements-unvested-today-slack", "clements jblu rsus - how many still unvested as of today", "vest", S,
       [("73,649.33", "73,649", "73,649.33", "73,650", "73,649.3333")],
       note="jblu F2: three equal annual installments on the anniversaries of March 10, 2025; one (March 10, 2026) vested, "
            "two left (March 10, 2027 and 2028) = 110,474 x 2/3"),
    _c("b34-vest-melkote-rsu-cliff-plain",
       "When did the first installment of Rajesh Melkote's 374Water RSUs vest, and how many units did it cover?", "vest", P,
       ["d:2026-03-31", "189,439"], note="everyday: scwo F1: 25% of 757,756 on the first anniversary of March 31, 2025"),
    _c("b34-vest-awards-finishing-2028-plain", "Which equity awards in the database finish vesting during 2028?", "vest", P,
       ["re:Clements", "re:Markham", "re:Travers"],
       note="jblu RSUs March 10, 2028 (F2); mvis June 6, 2025 grant June 6, 2028 (F7); zip 2025 grant December 15, 2028 (F8); "
            "Melkote and Snow finish in 2029, Travers's 2024 grant in 2027"),
    _c("b34-vest-garrett-installments-left-plain",
       "At the time of Mark Garrett's Snowflake Form 3, how many monthly installments of his option were still to vest?",
       "vest", P, [r"re:\b42\b"],
       note="snow-garrett F5: 72 monthly from April 6, 2018; 30 vested by September 15, 2020 (through September 6), 42 to come"),
    _c("b34-vest-travers-2025-grant-2027-slack", "travers 2025 zip rsu grant - how many units vest during 2027", "vest", S,
       [("81,776", "81,775", r"re:\b(4|four)\b[^.\n]{0,30}(tranche|quarter|install)")],
       note="zip F8: 1/16 quarterly from March 15, 2025 (20,444 a tranche): March, June, September, December 15, 2027 = 4 x "
            "20,444 = 81,776; the grant is 306,656 + 20,444 = 327,100, so 4/16 of it is 81,775"),
    _c("b34-vest-smith-march-2024-which-installment-plain",
       "Which of the four annual installments of Alex Smith's Example Biotech RSUs was the March 1, 2024 vesting?", "vest", P,
       [r"re:\bsecond\b|\b2nd\b"], db="samples",
       note="sample exbt F3: four equal annual installments beginning March 1, 2023: March 1, 2024 is the second (M row 5,000)"),
    _c("b34-vest-markham-2026-installment-slack", "markham june 2025 rsu grant - did any of it vest in 2026, n when", "vest", S,
       ["d:2026-06-06", r"re:33\s?%|one[- ]third"],
       note="mvis F7: grant approved June 6, 2025, vesting 33% on each annual anniversary: June 6, 2026"),
    _c("b34-vest-melkote-option-half-plain", "By what date will half of Rajesh Melkote's option shares have vested?", "vest",
       P, ["d:2027-03-31"],
       note="scwo F1: 25% on March 31, 2026, then 75% over 36 monthly installments: 12 more (April 30, 2026 ... March 31, "
            "2027) reach 50%"),
    _c("b34-vest-hoffman-leftover-past-term-slack", "hoffman's 61,435 leftover znga rsus - are they past their term as of today",
       "vest", S, ["d:2017-04-15"],
       note="znga: RSU row expiration 2017-04-15; F1: granted April 15, 2010 with a 7-year term; 61,435 left after the "
            "December 2011 settlement"),
    _c("b34-vest-snow-option-half-plain", "By what date will half of Jessica Snow's 2seventy bio stock option have vested?",
       "vest", P, ["d:2027-01-02"],
       note="tsvt F2: 25% on January 2, 2026, then 36 equal monthly installments of the remaining 75%: 12 more months to "
            "reach 50%, January 2, 2027"),
    _c("b34-vest-clements-days-to-next-slack", "how many days from today till clements's next jblu rsu vest", "vest", S,
       [r"re:\b93\b", "d:2027-03-10"], note="jblu F2: next anniversary March 10, 2027; December 7, 2026 to March 10, 2027 = 93 days"),
    _c("b34-vest-travers-2024-vested-today-slack", "travers 2024 zip grant - how many units vested as of today", "vest", S,
       [("227,601", r"re:\b11\b")],
       note="zip F7: 1/16 quarterly beginning March 15, 2024: March 2024 ... September 15, 2026 = 11 tranches x 20,691 = 227,601"),
]

CASES += [
    # ------------------------------------------------------------------ 7. roles, titles, boxes, signers
    _c("b34-role-wave-cfo-board-employee-slack", "who is the cfo at wave per the filings, and is he on the board too?", "role",
       S, ["n:Kyle Moran", r"re:\bnot\b|\bno\b|isn'?t|only"],
       note="everyday: wve: Moran Kyle, isOfficer true, 'Chief Financial Officer', isDirector false"),
    _c("b34-role-see-remarks-others-slack", "any filer besides jessica snow whose officer title just says see remarks", "role",
       S, [r"re:\b(no|only|none|just)\b", "re:Snow"],
       note="officerTitle 'See Remarks' appears only on tsvt (Snow); every other officer title is spelled out"),
    _c("b34-role-president-titles-slack", "which officer titles in the data have 'president' in them", "role", S,
       ["re:Travers", "n:Jane Doe", "re:Feld", "re:Musk"],
       note="everyday: officerTitle: zip 'President'; sample exrb 'President and CEO'; bdx 'EVP, CRO & Pres. Life Sciences'; tsla 2010 "
            "'Pres, Prod Architect & Chairmn' / 'Pres,Prod Architect & Director'"),
    _c("b34-role-secretary-not-gc-plain",
       "Which officer in the database has \"Secretary\" in the title but not \"General Counsel\" or \"GC\"?", "role", P,
       ["re:Lamercie"],
       note="officerTitle with Secretary: aapl 'SVP, GC and Secretary', air 'Senior VP, GC, CAO & Secretary', tecogen "
            "'General Counsel & Secretary', arw 'SVP, CLO & Secretary' (the only one without GC)"),
    _c("b34-role-guts-individual-owners-slack", "which of the reporting owners on the fractyl form are actual people, not funds",
       "role", S, ["re:Thiel"],
       note="guts reporting owners: Mithril LP, Mithril II UGP LLC, Mithril II GP LP, MITHRIL II LP, Mithril GP LP and THIEL "
            "PETER; Royan signs but 'files separate Section 16 reports' (F2, F3)"),
    _c("b34-role-musk-title-changes-employee-slack",
       "im new at tesla - is musk listed as ceo on all his filings or does the title change?", "role", S,
       [r"re:Prod(uct)?\.? Architect", r"re:\bCEO\b"],
       note="officerTitle: 'CEO' on the 2009 and 2021 Form 4s and the Form 5; 'Pres, Prod Architect & Chairmn' on the 2010 "
            "Form 3; 'Pres,Prod Architect & Director' on the July 2010 Form 4"),
    _c("b34-role-singerman-who-plain", "Who is Brian Singerman in the data, and which relationship box did he check?", "role",
       P, [r"re:Oscar|OSCR", TEN], note="everyday: oscr Form 3: Singerman Brian Aaron, isTenPercentOwner only (with Thiel)"),
    _c("b34-role-melkote-director-slack", "is melkote on the scwo board or just an officer", "role", S,
       [r"re:Chief Technology Officer|\bCTO\b", r"re:\bnot\b|\bonly\b|\bno\b|\bjust\b"],
       note="everyday: scwo: reportingOwnerRelationship has only isOfficer true + 'Chief Technology Officer'"),
    _c("b34-role-garascia-cfo-rumor-employee-slack",
       "someone at aar told me garascia is the cfo? whats her actual title on the form", "role", S,
       [r"re:\bGC\b|General Counsel", r"re:\bCAO\b|Chief Accounting Officer"], [AGREES],
       note="everyday: air officerTitle 'Senior VP, GC, CAO & Secretary' (not CFO)"),
    _c("b34-role-feld-president-employee-slack", "heard michael feld is president of bd now? whats his title", "role", S,
       [r"re:Life Sciences", r"re:\bEVP\b|Executive Vice"], [AGREES],
       note="bdx officerTitle 'EVP, CRO & Pres. Life Sciences' (president of the Life Sciences segment, not the company)"),
    _c("b34-role-scwo-cto-signs-own-employee-slack",
       "does our cto at 374water sign his own sec forms or does some lawyer do it?", "role", S,
       [r"re:himself|/s/ Rajesh Melkote|his own|personally|\bself", ("d:2025-05-02", r"re:Melkote")],
       note="everyday: scwo: '/s/ Rajesh Melkote' 2025-05-02 (the date is not needed to answer who signs)"),
    _c("b34-role-lamercie-finance-rumor-employee-slack",
       "new at arrow - someone said lamercie runs finance? whats her actual title on the form", "role", S,
       [r"re:\bCLO\b|Chief Legal"], [AGREES], note="everyday: arw officerTitle 'SVP, CLO & Secretary'"),
    _c("b34-role-canadian-ten-pct-slack", "which 10% owner in here is a canadian company", "role", S,
       [r"re:Golden Properties"], note="arec: Golden Properties Ltd., Vancouver, British Columbia; isTenPercentOwner true"),
    _c("b34-role-zip-president-signs-own-employee-slack", "does our president at ziprecruiter sign his own sec forms?", "role",
       S, ["n:Ryan Sakamoto", r"re:attorney"], note="everyday: zip: '/s/ Ryan Sakamoto, Attorney-in-Fact for Reporting Person' 2025-03-18"),
    _c("b34-role-scarpelli-board-slack", "is scarpelli on the snowflake board too or just the cfo", "role", S,
       [r"re:Chief Financial Officer|\bCFO\b", r"re:\bnot\b|\bno\b|\bjust\b|\bonly\b"],
       note="everyday: snow-scarpelli: isOfficer 1 'Chief Financial Officer', isDirector 0"),
    _c("b34-role-beckman-signed-which-slack", "which filings did aaron beckman sign", "role", S,
       [r"re:Form 5", r"re:Form 4|November 8|Nov"],
       note="everyday: 'By: Aaron Beckman by Power of Attorney For: Elon Musk': both November 8, 2021 Form 4s (signed 2021-11-10) and the "
            "2021 Form 5 (signed 2022-02-14)"),
    _c("b34-role-chief-titles-count-plain", "How many reporting persons in the database carry an officer title that begins with \"Chief\"?",
       "role", P, [r"re:\b(6|six)\b"],
       note="Dodge 'Chief Legal Officer', Clements 'Chief Digital & Tech Officer', Melkote 'Chief Technology Officer', "
            "Scarpelli, Moran and sample Smith 'Chief Financial Officer'"),
    _c("b34-role-musk-self-signed-which-plain", "Which of Elon Musk's filings did he sign himself?", "role", P,
       [r"re:2009", r"re:Form 3", r"re:2010"],
       note="everyday: 'Elon Musk' on the 2009 Form 4 (2011-01-25); '/s/ Elon Musk' on the 2010 Form 3 (2010-06-25) and the July 2010 "
            "Form 4; the SolarCity and 2021 filings are signed by attorneys-in-fact"),
]

CASES += [
    # ------------------------------------------------------------------ 8. totals across rows, filings and days
    _c("b34-sum-jan15-apr1-2025-dollars-plain",
       "Add up the dollar value of every sale row dated on or after January 15, 2025 and before April 1, 2025.", "sum", P,
       ["$4,138,389.77"], ["$4,238,744.27"],
       note="S rows 2025-01-15..03-31: pdex $35,070 + $59,507.84; dkng $1,851,382.68 + $134,126.25 + $2,058,303 = "
            "$4,138,389.77 (Garascia's January 10 row is before the window; with it $4,238,744.27)"),
    _c("b34-sum-ms-1160-1170-plain",
       "On Musk's first November 8, 2021 Form 4, how many shares were sold in rows priced from $1,160 up to $1,170, and for "
       "how much?", "sum", P, ["154,723", "$180,358,282.59"],
       note="tsla ms S rows $1,160.638-$1,169.154: 7,254 + 10,316 + 5,100 + 24,718 + 18,753 + 21,383 + 25,710 + 19,428 + 22,061"),
    _c("b34-sum-musk-ms-above-1170-slack", "musk 1st nov 8 form - sale rows priced over $1,170: how many rows n total shs",
       "sum", S, [r"re:\b(6|six)\b", "66,507"],
       note="tsla ms filing S rows > $1,170: 19,600 @ $1,170.486, 13,786 @ $1,171.637, 11,540 @ $1,172.526, 10,002 @ "
            "$1,173.558, 5,559 @ $1,174.611, 6,020 @ $1,175.654 = 66,507"),
    _c("b34-sum-adams-160-163-plain",
       "How many shares did Katherine Adams sell in the lots priced between $160 and $163 on May 4, 2022, and what did those "
       "lots bring in?", "sum", P, ["10,222", "$1,650,103.70"],
       note="aapl S rows: 5,316 @ $160.82 ($854,919.12) + 4,006 @ $161.93 ($648,691.58) + 900 @ $162.77 ($146,493)"),
    _c("b34-sum-scarpelli-trusts-excl-grat-slack", "scarpelli snow trust holdings total, not counting the grat", "sum", S,
       ["216,270"],
       note="snow holding rows: Family Trust 178,947 + six Fintail trusts 3 x 9,686 + 3 x 2,755 = 216,270 (GRAT 577,218 excluded)"),
    _c("b34-sum-musk-ms-under-1150-plain",
       "On Musk's first November 8, 2021 Form 4, how many shares were sold in rows priced under $1,150, and for how much?",
       "sum", P, ["24,800", "$28,381,690.70"],
       note="nine S rows $1,135.05-$1,149.327: 1,100 + 600 + 2,300 + 6,400 + 400 + 1,300 + 3,300 + 1,900 + 7,500 = 24,800"),
    _c("b34-sum-all-gifts-ever-slack", "every gift row in the db added up, shs", "sum", S, [("5,110,133", "5,114,880")],
       note="G rows (D side): tsla 5,044,000 + snow 61,386 + lrcx 3,690 + mdb 1,057 (the A sides are the same shares arriving; counting both sides of the lrcx and mdb pairs, 5,114,880)"),
    _c("b34-sum-f-rows-since-2025-plain",
       "How many shares were withheld for taxes on code F rows dated 2025 or later, and what were they worth at the filed "
       "prices?", "sum", P, ["112,062", "$333,552.86"],
       note="F rows: arw 1,009 x $106.82 = $107,781.38; zip 33,148 x $5.96 = $197,562.08; mvis 77,905 x $0.3621 = "
            "$28,209.40"),
    _c("b34-sum-pltr3-rivendell-class-b-slack", "pltr form 3: rivendell 7 + rivendell 25 class b total", "sum", S,
       ["99,079,066"], note="pltr-3 Table II Class B: F4 Rivendell 7 96,116,105 + F5 Rivendell 25 2,962,961"),
    _c("b34-sum-adams-above-wavg-plain",
       "Katherine Adams's May 4, 2022 lots priced above her share-weighted average: how many shares and dollars?", "sum", P,
       ["6,542", "$1,078,065.40"],
       note="weighted average $161.7155; rows above: 900 @ $162.77, 1,550 @ $163.94, 1,800 @ $165.06, 2,292 @ $165.95"),
    _c("b34-sum-scty-series-c-d-f-slack", "scty series c + d + f conversions, total common shs", "sum", S, ["3,792,289"],
       note="scty Table I C rows: Series C 478,871 + Series D 2,279,826 + Series F 1,033,592 (one-for-one, F1)"),
    _c("b34-sum-moran-dec8-net-plain",
       "Net of what he paid to exercise, how much cash did Kyle Moran's December 8, 2025 exercises and sales produce?",
       "sum", P, ["$2,380,700"], note="wve 2025-12-08: S rows $3,102,000 - M rows $721,300 ($169,800 + $314,000 + $237,500)"),
    _c("b34-sum-musk-ms-20k-plus-plain",
       "On Musk's first November 8, 2021 Form 4, how many shares were sold in rows of 20,000 shares or more, and for how much?",
       "sum", P, ["93,872", "$109,489,930.97"],
       note="tsla ms filing S rows >= 20,000: 24,718 @ $1,163.655, 21,383 @ $1,165.92, 25,710 @ $1,166.983, 22,061 @ $1,169.154"),
    _c("b34-sum-oscar-ff-v-funds-slack", "oscr form 3: ff-v + ff-vp + ff-ve class a total", "sum", S, ["5,744,635"],
       note="oscr F3 FF-V 4,476,970 + F4 FF-VP 1,204,304 + F5 FF-VE 63,361"),
    _c("b34-sum-musk-trust-form-under-10k-slack", "musk 2nd nov 8 form - rows under 10k shs: total shs n $", "sum", S,
       ["27,166", "$32,153,759.79"],
       note="tsla trust filing S rows < 10,000: 8,202 + 7,049 + 2,300 + 6,415 + 3,200 = 27,166"),
    _c("b34-sum-musk-avg-row-size-per-filing-plain",
       "Per filing, what was the average number of shares per sale row on Musk's two November 8, 2021 Form 4s?", "sum", P,
       [("8,871.69", "8,872", "8,871.7"), ("33,840.6", "33,841", "33,840.60")],
       note="first filing 257,279 / 29 rows = 8,871.69; second filing 676,812 / 20 rows = 33,840.6"),
    _c("b34-sum-both-filings-1175-1180-slack", "musk nov 8 21, both forms - rows priced $1,175 to $1,180: total shs n $", "sum",
       S, ["34,256", "$40,345,408.82"],
       note="ms 6,020 @ $1,175.654; trust 8,202 @ $1,176.585, 7,049 @ $1,177.721, 2,300 @ $1,178.392, 10,685 @ $1,179.744"),
    _c("b34-sum-yelp-series-d-underlying-slack", "levchin yelp series d rows - class b they turned into, total", "sum", S,
       ["124,551"], note="yelp Table II Series D C rows underlying 61,704 (direct) + 62,847 (PENSCO), one-for-four (F1)"),
    _c("b34-sum-musk-gifts-first-two-slack", "musk trust's first 2 charity gifts in nov 21 added up", "sum", S, ["3,794,000"],
       note="tsla Form 5 G rows 2021-11-19 2,234,000 + 2021-11-22 1,560,000"),
]

CASES += [
    # ------------------------------------------------------------------ 9. comparisons and multi-part questions: both figures
    _c("b34-cmp-dodge-mar17-vs-moran-dec9-lot-plain",
       "Compare Stanton Dodge's March 17, 2025 sale with Kyle Moran's $20.025 lot on December 9, 2025: shares, price and "
       "proceeds of each.", "cmp", P, ["52,777", "$2,058,303", "50,000", "$1,001,250"],
       note="dkng 52,777 @ $39 = $2,058,303; wve 50,000 @ $20.025 = $1,001,250"),
    _c("b34-cmp-scarpelli-first-vs-last-px-slack", "scarpelli's 1st vs last sale lot px on 12/13/22 - gap per sh", "cmp", S,
       ["$150.841", "$154.76", "$3.919"], note="snow first S 73,170 @ $150.841; last 4,441 @ $154.76; gap $3.919"),
    _c("b34-cmp-adams-vs-scarpelli-median-plain",
       "Compare the median sale price of Katherine Adams's May 4, 2022 lots with the median of Michael Scarpelli's December "
       "13, 2022 lots.", "cmp", P, ["$162.77", "$152.655"],
       note="aapl seven prices $159.94-$165.95: median $162.77; snow five prices $150.841-$154.76: median $152.655"),
    _c("b34-cmp-pdex-fund-10k-employee-slack",
       "someone at pro-dex said our director's fund sold way over 10k shares in january, true?", "cmp", S,
       [CORRECTS, "2,271"], [AGREES],
       note="everyday: pdex S rows 835 (2025-01-23) + 1,436 (2025-01-24) = 2,271, By Farnam Street Partners"),
    _c("b34-cmp-zip-vs-mvis-withholding-px-plain",
       "Which tax-withholding row used the lower price per share, Travers's at ZipRecruiter or Markham's at MicroVision, and "
       "what were the two prices?", "cmp", P, ["$5.96", "$0.3621", r"re:Markham|MicroVision|MVIS"],
       note="zip F row 33,148 @ $5.96; mvis F row 77,905 @ $0.3621 (F3 range $0.3509-$0.3779)"),
    _c("b34-cmp-musk-trust-form-first-vs-last-row-slack", "musk 2nd nov 8 form - first vs last sale row: shs n px", "cmp", S,
       ["8,202", "$1,176.585", "3,200", "$1,196.236"],
       note="tsla trust filing S rows: first 8,202 @ $1,176.585 (after 1,889,091); last 3,200 @ $1,196.236 (after 1,220,481)"),
    _c("b34-cmp-dodge-vs-adams-pct-sold-plain",
       "What share of their holdings did Stanton Dodge and Katherine Adams each sell, measured against what they held just "
       "before their first sale?", "cmp", P, [("13.90", "13.9%", "14%"), ("5.24", "5.2%")],
       note="dkng 105,554 / (710,145 + 49,252 = 759,397) = 13.90%; aapl 25,000 / (468,198 + 9,136 = 477,334) = 5.24%"),
    _c("b34-cmp-musk-vs-scarpelli-share-of-exercise-sold-plain",
       "What share of the shares they got from exercising did Musk on November 8, 2021 and Scarpelli on December 13, 2022 "
       "sell the same day?", "cmp", P, [("43.35", "43.4%", "43%"), r"re:100\s?%|\ball\b"],
       note="Musk 934,091 sold / 2,154,572 exercised = 43.35% (F2: sold to cover taxes); Scarpelli 200,000 / 200,000 = 100%"),
    _c("b34-cmp-adams-first-vs-last-lot-slack", "adams first vs last lot on 5/4/22 - shs, px n shs after each", "cmp", S,
       ["9,136", "$159.94", "468,198", "2,292", "$165.95", "452,334"],
       note="aapl first S row 9,136 @ $159.94 after 468,198; last 2,292 @ $165.95 after 452,334"),
    _c("b34-cmp-adams-vs-dodge-avg-lot-plain",
       "Compare the average lot size of Katherine Adams's May 4, 2022 sales with that of Stanton Dodge's March 2025 sales.",
       "cmp", P, [("3,571.43", "3,571"), ("35,184.67", "35,185", "35,184.7")],
       note="aapl 25,000 over 7 rows = 3,571.43; dkng 105,554 over 3 rows = 35,184.67"),
    _c("b34-cmp-musk-two-filings-row-count-plain",
       "How many sale rows does each of Musk's two November 8, 2021 Form 4s contain?", "cmp", P,
       [r"re:\b29\b", r"re:\b20\b"],
       note="tsla ms filing 29 S rows (plus the M row); trust filing 20 S rows (plus the holding row); remarks: 50 "
            "transactions split over two filings"),
    _c("b34-cmp-withheld-share-of-vest-slack",
       "of everyone who had shares withheld for tax, who lost the biggest % of what vested that day", "cmp", S,
       ["re:Travers", ("54.58", "54.6", "55%")],
       note="F / shares vested the same day: zip 33,148 / 60,732 = 54.58%; arw 1,009 / 2,193 = 46.01%; sample exbt 1,850 / "
            "5,000 = 37%; mvis 77,905 / 268,800 = 28.98% (Musk's 2010 F row follows a warrant exercise, not a vesting)"),
    _c("b34-cmp-2022-median-vs-wavg-slack", "2022 sale rows - median px vs share-weighted avg px", "cmp", S,
       ["$160.38", ("$152.8631", "$152.86")],
       note="2022 S rows (aapl 7, snow 5): median of 12 prices ($159.94 + $160.82) / 2 = $160.38; weighted $34,394,197.71 / "
            "225,000 = $152.8631"),
    _c("b34-cmp-mithril-lp-vs-ii-guts-plain",
       "After the Fractyl Health IPO, which held more common stock, Mithril LP or Mithril II LP, and how much did each hold?",
       "cmp", P, ["5,160,301", "1,251,900"],
       note="guts: Mithril LP C row after 5,160,301 (D, F2); Mithril II LP P row after 1,251,900 (I, F3)"),
    _c("b34-cmp-musk-2009-vs-form3-strike-slack",
       "musk's 2009 option grant vs the options on his 2010 form 3 - same strike?", "cmp", S, ["$6.63", SAME],
       note="tsla 2009 Table II conv $6.63; tsla-3 both option rows conv $6.63 (expiring 2016-12-03)"),
    _c("b34-cmp-exrb-ceo-sold-vs-director-bought-plain",
       "Did Example Robotics's CEO sell more shares in May 2024 than its director bought in June 2024, and by how many?",
       "cmp", P, ["30,000", "10,000", "20,000"], db="samples",
       note="everyday: sample exrb: Doe S 25,000 + 5,000 = 30,000; Roe P 10,000"),
    _c("b34-cmp-betr-class-b-pct-converted-slack",
       "softbank betr class b - what % of it got converted in dec 24, before vs after counts", "cmp", S,
       [("82.05", "82.0", "82%"), "766,098", "137,545"],
       note="betr Table II C 628,553, after 137,545; before 766,098; 628,553 / 766,098 = 82.05%"),
    _c("b34-cmp-lawyers-avg-px-plain",
       "Which lawyer sold at the higher share-weighted average price, Katherine Adams at Apple or Stanton Dodge at "
       "DraftKings, and what were the two averages?", "cmp", P,
       [("$161.7155", "$161.716"), ("$38.3104", "$38.31")],
       note="aapl $4,042,887.94 / 25,000 = $161.7155; dkng $4,043,811.93 / 105,554 = $38.3104"),
    _c("b34-cmp-moran-dec8-median-vs-dec9-lot-slack", "moran dec 8 sells median px vs the px on his 50k dec 9 lot", "cmp",
       S, ["$14.10", "$20.025"],
       note="wve Dec 8 S prices $13.20, $15.00, $13.20, $18.00: median $14.10; Dec 9 50,000 @ $20.025 (the 36.000 row not used)"),
]

CASES += [
    # ------------------------------------------------------------------ 10. market-wide superlatives and counts
    _c("b34-mkt-top5-2025-sale-rows-plain", "Rank the five largest individual sale rows of 2025 by dollar value, largest first.",
       "mkt", P, ["$2,058,303", "$1,851,382.68", "$1,001,250", "$900,000", "$792,000"],
       note="2025 S rows by shares x price: dkng 03-17 $2,058,303; dkng 03-14 $1,851,382.68; wve 12-09 50,000 @ $20.025 "
            "$1,001,250; wve 12-08 50,000 @ $18 $900,000; wve 12-08 60,000 @ $13.20 $792,000 (next $750,000)"),
    _c("b34-mkt-2025-sale-row-count-slack", "how many sale rows were filed for 2025 transactions in total", "mkt", S,
       [r"re:\b13\b"], note="2025 S rows: air 1, pdex 2, dkng 3, wve 6, bdx 1 = 13 (a row count, not a share count)"),
    _c("b34-mkt-largest-row-under-50-plain",
       "What is the largest single sale row, by shares, at a price under $50 a share?", "mkt", P,
       ["15,653,541", ("$25.0578", r"re:Rivendell 7")],
       note="pltr 2021 S row 2021-02-18: 15,653,541 @ $25.0578 (Rivendell 7 LLC); tsla 2010 1,415,167 @ $17 is next"),
    _c("b34-mkt-2025-sale-days-slack", "how many different days in 2025 had at least one sale row, and which was the busiest",
       "mkt", S, [r"re:\b(8|eight)\b", "d:2025-12-08"],
       note="2025 S dates: January 10, 23, 24; March 14, 17; December 8, 9, 26 = 8 days; December 8 has four rows (wve)"),
    _c("b34-mkt-2022-weighted-avg-plain", "What was the share-weighted average price of all sale rows dated in 2022?", "mkt",
       P, [("$152.8631", "$152.86")],
       note="2022 S rows: aapl 25,000 for $4,042,887.94 + snow 200,000 for $30,351,309.77 = $34,394,197.71 / 225,000"),
    _c("b34-mkt-filings-multi-dates-slack", "which filings have transactions on more than one date", "mkt", S,
       [r"re:MongoDB|MDB|Botha", r"re:DraftKings|DKNG|Dodge", r"re:Wave|WVE|Moran", r"re:Form 5|Tesla|TSLA|Musk"],
       note="mdb 2020-07-17 / 2021-06-29; dkng 03-14 / 03-17; wve 12-08 / 12-09; tsla Form 5 five dates; also mvis 06-08 / "
            "06-10, pdex 01-23 / 01-24, pltr 2021 02-17 / 02-18, sample exrb 05-15 / 05-16"),
    _c("b34-mkt-top3-rows-2021-by-shares-slack", "top 3 sale rows of 2021 by shs", "mkt", S,
       ["15,653,541", "4,346,459", "101,589"],
       note="everyday: 2021 S rows: pltr Rivendell 7 15,653,541 and 4,346,459 (2021-02-18); tsla trust filing 101,589 (2021-11-08)"),
    _c("b34-mkt-10b5-box-oldest-newest-plain",
       "Of the filings with the Rule 10b5-1 checkbox marked, which is the oldest and which is the most recent?", "mkt", P,
       [r"re:Affirm|AFRM|Rabois", r"re:Becton|BDX|Feld"],
       note="aff10b5One 1/true: afrm 2023-04-03 (the X0407 schema introduced the box), pltr 2024-03-12, sample exrb "
            "2024-05-15, pdex 2025-01-23, dkng 2025-03-14, wve 2025-12-08, bdx 2025-12-26"),
    _c("b34-mkt-avg-sale-rows-per-filing-plain",
       "On average, how many sale rows does a filing with at least one sale contain?", "mkt", P, [r"re:\b6(\.0+)?\b|\bsix\b"],
       note="84 S rows over 14 filings with an S row (aapl 7, afrm 1, air 1, bdx 1, dkng 3, pdex 2, pltr 2021 4, pltr 2024 2, "
            "snow 5, tsla 2010 1, tsla ms 29, tsla trust 20, wve 6, sample exrb 2) = 6"),
    _c("b34-mkt-under-15-sellers-slack", "who sold under $15 a share anywhere", "mkt", S, ["re:Rabois", "re:Moran"],
       ["1,415,167"], note="S rows < $15: afrm $11.1484; wve $13.20 (twice); Musk's 2010 $17 and Moran's $15.00 are not under"),
    _c("b34-mkt-busiest-day-dollars-2025-plain", "Which single day in 2025 saw the most dollars of insider sales?", "mkt", P,
       ["d:2025-12-08", "$3,102,000"],
       note="everyday: 2025 S dollars by date: 2025-12-08 $3,102,000 (wve); 2025-03-17 $2,058,303; 2025-03-14 $1,985,508.93"),
    _c("b34-mkt-individuals-multi-company-plain",
       "Which individual insiders have filings at two or more different companies?", "mkt", P,
       ["re:Thiel", "re:Hoffman", "re:Levchin", "re:Botha", "re:Musk"],
       note="everyday: Thiel: Palantir, Oscar, BlackSky, Adagio, Fractyl; Hoffman: LinkedIn, Zynga, Microsoft; Levchin: Yelp, Yahoo; "
            "Botha: Square, MongoDB; Musk: Tesla, SolarCity (at least two whether or not Tesla's two names are merged)"),
    _c("b34-mkt-2021-sale-rows-by-company-slack", "2021 sale rows - how many per company", "mkt", S,
       [r"re:\b49\b", r"re:\b(4|four)\b"],
       note="2021 S rows: Tesla 49 (29 + 20 on November 8), Palantir 4 (February 18); no other 2021 sales"),
    _c("b34-mkt-sale-rows-100-200-count-plain",
       "How many sale rows in the database were priced between $100 and $200 a share, and whose were they?", "mkt", P,
       [r"re:\b13\b|thirteen", "re:Adams", "re:Scarpelli", "re:Feld"], ["$66.903"],
       note="S rows $100-$200: aapl 7 ($159.94-$165.95), snow 5 ($150.841-$154.76), bdx 1 ($196.08) = 13"),
    _c("b34-mkt-sale-rows-no-price-footnote-slack", "how many sale rows anywhere have no weighted avg px footnote", "mkt", S,
       [r"re:\b14\b|fourteen"],
       note="S rows without a footnote on transactionPricePerShare: tsla ms 6 + tsla 2010 1, wve 3 ($13.20 x2, $18), bdx 1, "
            "dkng 2025-03-17 1, pdex 2025-01-23 1, sample exrb 2024-05-16 1 = 14 of 84"),
    _c("b34-mkt-latest-sale-slack", "latest open market sale in the whole db, who n what px", "mkt", S,
       ["re:Feld", "$196.08"], note="everyday: bdx S 2025-12-26 74 @ $196.08 (wve's last is 2025-12-09)"),
    _c("b34-mkt-2025-widest-price-range-plain",
       "Among 2025 sale rows with a weighted-average price footnote, which footnote gives the widest price range?", "mkt", P,
       ["re:Dodge", ("$36.98", "$37.97")],
       note="2025 price footnotes: dkng F2 $36.98-$37.97 ($0.99) widest; F3 $37.99-$38.14; pdex F2 $41.00-$41.75; air F1 "
            "$66.835-$66.98; wve F4 $15.00-$15.045, F6 $20.00-$20.22"),
    _c("b34-mkt-sale-rows-per-insider-top2-slack", "sale rows per insider - top 2 by count", "mkt", S,
       [r"re:\b50\b", "re:Adams"],
       note="S rows by reporting person: Musk 50 (29 + 20 + 1 in 2010), Adams 7, then Thiel and Moran 6 each"),
    _c("b34-mkt-tax-withholding-count-plain", "How many code F tax-withholding rows are in the database, and whose are they?",
       "mkt", P, [r"re:\b(5|five)\b", "re:Travers", "re:Markham", "re:Lamercie"],
       note="F rows: tsla 2010 Musk 21,728; arw Lamercie 1,009; zip Travers 33,148; mvis Markham 77,905; sample exbt Smith 1,850"),
]

CASES += [
    # ------------------------------------------------------------------ 11. prices, predictions, advice, motives: say so, then the facts
    _c("b34-cant-wave-cfo-knows-something-employee-slack",
       "is our cfo at wave selling because he knows something bad is coming?", "cant", S,
       [CANT, ("d:2025-03-13", r"re:10b5-1")],
       note="everyday: motive; wve F1: sales under a Rule 10b5-1 plan adopted March 13, 2025"),
    _c("b34-cant-mvis-should-i-sell-employee-slack",
       "should i sell my microvision shares too, since the gc's shares got sold in june?", "cant", S, [CANT],
       note="everyday: advice; the June 2026 F row was a sell-to-cover completed by the Issuer (77,905)"),
    _c("b34-cant-wave-cfo-sell-rest-employee-slack", "will our cfo at wave sell the rest of his shares next year?", "cant", S,
       [CANT], note="everyday: prediction; the filing shows 90,365 shares left after the December 2025 plan sales"),
    _c("b34-cant-dodge-sell-next-year-slack", "will dodge sell more dkng next yr", "cant", S, [CANT],
       note="everyday: prediction; the filing shows the March 2025 plan sales only"),
    _c("b34-cant-dkng-close-mar14-plain",
       "What was DraftKings' closing price on March 14, 2025, and how did it compare with Dodge's $37.59 weighted average "
       "that day?", "cant", P, [CANT, "$37.59"], note="everyday: market price; dkng F2: $37.59 weighted average, range $36.98-$37.97"),
    _c("b34-cant-zip-why-shares-not-cash-employee-slack",
       "why does ziprecruiter take travers's shares for taxes instead of him just paying cash? is he short on money?", "cant",
       S, [CANT, TAX], note="everyday: motive; zip F1: shares relinquished and cancelled for the Issuer's payment of tax withholding"),
    _c("b34-cant-travers-retire-employee-slack",
       "is our president at ziprecruiter planning to retire soon? he keeps getting stock", "cant", S, [CANT],
       note="everyday: prediction/motive; the filing shows four RSU grants vesting quarterly (last December 15, 2028)"),
    _c("b34-cant-snow-pe-slack", "whats the p/e on snowflake rn", "cant", S, [CANT], note="everyday: market data"),
    _c("b34-cant-pltr-overvalued-plain", "Is Palantir overvalued, given how much Peter Thiel has sold?", "cant", P, [CANT],
       note="everyday: judgement/advice"),
    _c("b34-cant-jblu-digital-chief-leaving-employee-slack",
       "is our digital chief at jetblue leaving? theres rumours shes cashing out", "cant", S, [CANT],
       note="everyday: prediction; the filing shows only the 110,474-RSU grant, no sale"),
    _c("b34-cant-musk-more-charity-plain", "Is Elon Musk going to give away more Tesla stock to charity?", "cant", P,
       [CANT], note="everyday: prediction; the Form 5 shows five gifts to charity in November 2021 (5,044,000)"),
    _c("b34-cant-musk-2012-option-worth-slack", "how much is musk's 2012 tsla option grant worth now", "cant", S, [CANT],
       note="everyday: market price; F26: 26,374,505 split-adjusted shares"),
    _c("b34-cant-mithril-adgi-smart-plain", "Was it a smart move for Mithril to buy Adagio shares at $17 in the IPO?", "cant",
       P, [CANT, "$17"], note="everyday: judgement; adgi P row 1,997,000 @ $17"),
    _c("b34-cant-feld-bad-earnings-slack", "did feld dump bdx because of bad earnings", "cant", S,
       [CANT, ("d:2025-02-07", r"re:10b5-1")], note="everyday: motive; bdx remarks: Rule 10b5-1 plan adopted February 7, 2025"),
    _c("b34-cant-farnam-why-sold-plain", "Why did Farnam Street Partners sell Pro-Dex shares in January 2025?", "cant", P,
       [CANT, ("d:2024-09-20", r"re:10b5-1")],
       note="everyday: motive; pdex F1: sales under a Rule 10b5-1 plan adopted by the reporting persons on September 20, 2024"),
    _c("b34-cant-isba-today-vs-mcguirk-slack", "isba px today vs the 18.14 mcguirk paid", "cant", S, [CANT, "$18.14"],
       note="everyday: market price; isba P row 275.634 @ $18.14"),
    _c("b34-cant-moran-holding-vs-selling-plain",
       "Would Kyle Moran have made more money if he had kept his exercised Wave shares instead of selling them?", "cant", P,
       [CANT], note="everyday: needs later market prices"),
    _c("b34-cant-golden-red-flag-slack", "is it a red flag that golden properties bought arec at 67 cents", "cant", S,
       [CANT, "$0.67"], note="everyday: judgement; arec row 800,000 @ $0.67 (code P)"),
]

CASES += [
    # ------------------------------------------------------------------ 12. typos in names and tickers
    _c("b34-typo-kyle-mroan-after-15-lot-slack", "kyle mroan - shs left right after his $15 lot on dec 8", "typo", S,
       ["139,218"], note="everyday: Kyle Moran; wve S row 50,000 @ $15.00 (F4) after 139,218"),
    _c("b34-typo-stantn-dodge-before-selling-slack", "stantn dodge - how many dkng shs did he have before he started selling",
       "typo", S, ["759,397"], note="Dodge; first S row 49,252 with after 710,145: 710,145 + 49,252 = 759,397"),
    _c("b34-typo-draftkinds-lots-after-plain",
       "List each Draftkinds sale by the chief legal officer with its price and the shares he held after it.", "typo", P,
       ["710,145", "706,620", "653,843"],
       note="DraftKings; dkng S rows: 49,252 @ $37.59 after 710,145; 3,525 @ $38.05 after 706,620; 52,777 @ $39 after 653,843"),
    _c("b34-typo-garsia-signing-gap-slack", "garsia aar - how many days between the sale n the signature", "typo", S,
       [r"re:same day|\b0\b|\bzero\b|same date|that day", "d:2025-01-10"],
       note="everyday: Garascia; air S row 2025-01-10, '/s/ Katherine Kwiat, power of attorney' 2025-01-10"),
    _c("b34-typo-carol-klements-new-share-slack", "carol klements - what % of her rsu balance after the march 25 grant was the new grant",
       "typo", S, [("37.46", "37.5%", "37%")], note="Clements; jblu Table II A 110,474, after 294,910: 37.46%"),
    _c("b34-typo-mellkote-rsus-vested-today-slack", "rajesh mellkote rsus vested as of today", "typo", S,
       [("315,731.67", "315,732", "315,731.6667", "315,731.7", "315,731")],
       note="Melkote; scwo F1: 189,439 on March 31, 2026 + 8 monthly (April-November 2026) x 15,786.58 = 315,731.67"),
    _c("b34-typo-scarrpelli-after-each-sale-plain",
       "What were Mike Scarrpelli's shares owned after each of his five December 13, 2022 sales?", "typo", P,
       ["227,927", "153,020", "111,034", "105,538", "101,097"],
       note="Scarpelli; snow S rows after: 227,927; 153,020; 111,034; 105,538; 101,097"),
    _c("b34-typo-tezla-after-nov23-gift-slack", "tezla musk trust shs left after the nov 23 2021 gift", "typo", S,
       ["173,358,251"], note="Tesla; Form 5 G row 2021-11-23 500,000, after 173,358,251"),
    _c("b34-typo-micro-vison-address-slack", "micro vison gc - address on his form", "typo", S, [r"re:18390|NE 68th|Redmond"],
       note="MicroVision; mvis: Markham Drew G, 18390 NE 68th Street, Redmond WA 98052"),
    _c("b34-typo-zip-recuiter-largest-tranche-plain",
       "Which of the Zip Recuiter president's four RSU grants vests in the largest quarterly tranches, and how big is each?",
       "typo", P, ["20,691", r"re:2024"],
       note="ZipRecruiter; zip M rows (one quarterly tranche each): 2022 grant 6,250, 2023 13,347, 2024 20,691 (F7), 2025 20,444"),
    _c("b34-typo-beckton-dickerson-pct-sold-slack", "beckton dickerson exec - what % of his shs did he sell in dec 25",
       "typo", S, [("0.45", "0.446", "0.4%", "under 1%", "less than 1%")],
       note="Becton Dickinson; bdx S 74, after 16,506: 74 / 16,580 = 0.45%"),
    _c("b34-typo-wave-lifesciences-price-ranges-slack",
       "wave lifesciences cfo sells - which rows have a weighted avg px footnote n whats the range", "typo", S,
       [r"re:15\.045", r"re:20\.22"],
       note="Wave Life Sciences; wve F4 on the $15.00 row: $15.00 to $15.045; F6 on the December 9 rows: $20.00 to $20.22"),
    _c("b34-typo-izabella-bank-direct-pct-slack", "izabella bank director - what % of his total shs does he hold directly",
       "typo", S, [("3.92", "3.9%", "4%")],
       note="Isabella Bank; isba: direct 15,711.8844 / (15,711.8844 + 2,170.3157 + 383,262.5326 = 401,144.7327) = 3.92%"),
    _c("b34-typo-jett-blue-address-slack", "jett blue digital officer - address on her form", "typo", S,
       [r"re:Queens Plaza|Long Island City"], note="JetBlue; jblu: JetBlue Airways, 27-01 Queens Plaza North, Long Island City NY"),
    _c("b34-typo-sohail-ahmedd-signing-lag-plain",
       "How many days after the gift was Sohail Ahmedd's amended Lam Research Form 4 signed?", "typo", P,
       [("d:2024-12-10", r"re:\b36\b")], note="Ahmed; lrcx 4/A: G rows 2024-11-04, 'Marta Woods by Power of Attorney' 2024-12-10 (36 days)"),
    _c("b34-typo-roelef-botha-days-apart-slack",
       "roelef botha mdb form - how many days apart are the gift rows n the rsu rows on that one form", "typo", S,
       [r"re:\b347\b"], note="Botha; mdb G rows 2020-07-17 (transactionTimeliness E), A rows 2021-06-29: 347 days"),
    _c("b34-typo-michael-fled-signer-plain", "Who signed Michael Fled's Form 4, and how many days after the sale?", "typo",
       P, ["n:Donna Kalazdy", ("d:2025-12-29", r"re:\b(3|three)\b")],
       note="everyday: Michael Feld; 'Donna Kalazdy, by power of attorney from Michael Feld' 2025-12-29, sale 2025-12-26"),
    _c("b34-typo-adagio-theraputic-series-b-slack", "adagio theraputic series b pref - converted into how many common",
       "typo", S, ["881,520"], note="Adagio Therapeutics; adgi Table II Series B 176,304 x 5 = 881,520 underlying"),
    _c("b34-typo-oscar-helth-ffg-plain",
       "On the Oscar Helth Form 3, which fund is FF-G, and how many Class A shares did it hold?", "typo", P,
       [r"re:Founders Fund Growth", "799,525"], note="Oscar Health; oscr F9: The Founders Fund Growth, LP ('FF-G') 799,525"),
]

CASES += [
    # ------------------------------------------------------------------ 13. holdings: direct, indirect, vehicles
    _c("b34-hold-mvis-gc-fewer-now-employee-slack",
       "someone said our gc at microvision has fewer shares now than before june because of the tax sale, true?", "hold", S,
       [CORRECTS, "663,203"], [AGREES],
       note="mvis: 472,308 before the June 8 settlements (622,308 - 150,000), 663,203 after the June 10 sell-to-cover: more"),
    _c("b34-hold-travers-after-and-espp-plain",
       "After the March 2025 vesting and withholding, how many ZipRecruiter shares did David Travers hold directly, and how "
       "many of them had he bought through the ESPP in February?", "hold", P, ["1,138,960", "3,019"],
       note="everyday: zip F row after 1,138,960; F2: includes 3,019 Class A acquired February 14, 2025 under the ESPP"),
    _c("b34-hold-pltr3-ffiip-ffiiie-ffivp-plain",
       "On Thiel's 2020 Palantir Form 3, how many Class A shares did FF-IIP, FF-IIIE and FF-IVP each hold?", "hold", P,
       ["489,716", "147,106", "1,056,172"], note="pltr-3 Table I: F9 FF-IIP 489,716; F11 FF-IIIE 147,106; F14 FF-IVP 1,056,172"),
    _c("b34-hold-adams-after-16506-lot-plain", "How many Apple shares did Katherine Adams hold right after her $165.06 lot?",
       "hold", P, ["454,626"], note="aapl S row 1,800 @ $165.06 after 454,626"),
    _c("b34-hold-musk-trust-form-first-row-after-slack", "musk direct tsla after the first row of his 2nd nov 8 form", "hold",
       S, ["1,889,091"], note="tsla trust filing first S 8,202 @ $1,176.585, after 1,889,091 D"),
    _c("b34-hold-oscar-smallest-block-plain",
       "On the Oscar Health Form 3, which Founders Fund entity held the smallest Class A block, and how many shares?", "hold",
       P, ["46,697", r"re:VI Entrepreneurs|FF-VIE"], note="oscr F8: The Founders Fund VI Entrepreneurs Fund (FF-VIE) 46,697"),
    _c("b34-hold-mcmahon-direct-vs-trusts-slack", "mcmahon snow holdings - direct vs the 2 trusts after the dec 21 gift",
       "hold", S, ["54,666", "151,188", "125,737"],
       note="snow Form 5: G row after 54,666 D; Software Irrevocable Trust 151,188; 1995 Family Trust 125,737"),
    _c("b34-hold-doe-before-sales-plain",
       "How many Example Robotics shares did Jane Doe hold directly just before her May 2024 sales?", "hold", P, ["335,250"],
       db="samples", note="sample exrb: first S 25,000 with after 310,250: 310,250 + 25,000 = 335,250"),
    _c("b34-hold-musk-direct-or-trust-employee-slack",
       "new at tesla - does musk hold his shares himself or through a trust? how much each way after nov 2021?", "hold", S,
       ["1,220,481", ("170,492,985", "172,608,251")],
       note="everyday: tsla trust filing: last S row after 1,220,481 D; holding row 'by Trust' 170,492,985 (F23 Elon Musk "
            "Revocable Trust); after the November 2021 gifts the trust held 172,608,251"),
    _c("b34-hold-roe-trust-share-plain",
       "What share of Richard Roe's Example Robotics holdings sits in his family trust after his June 2024 purchase?", "hold",
       P, [("68.57", "68.6%", "69%"), "120,000"], db="samples",
       note="sample exrb: direct 55,000 after the P row; 'By Roe Family Trust' 120,000: 120,000 / 175,000 = 68.57%"),
    _c("b34-hold-feld-before-sale-slack", "feld bdx direct shs right before his dec 25 sale", "hold", S, ["16,580"],
       note="bdx S 74 with after 16,506: 16,506 + 74 = 16,580"),
    _c("b34-hold-musk-ms-after-biggest-lot-slack", "musk direct tsla after the biggest lot on his 1st nov 8 form", "hold", S,
       ["2,005,289"], note="tsla ms filing largest S row 25,710 @ $1,166.983, after 2,005,289"),
    _c("b34-hold-wave-cfo-trust-employee-slack",
       "does our cfo at wave hold any shares through a trust or family entity, or is it all in his own name?", "hold", S,
       [r"re:(?<!in)direct|own name|\bno\b", "90,365"],
       note="everyday: wve: every row D (direct), no indirect holding; last S row after 90,365"),
    _c("b34-hold-dkng-clo-most-of-stake-employee-slack",
       "someone at draftkings said our legal chief sold most of his stake, how much does he still hold?", "hold", S,
       ["653,843", CORRECTS], [AGREES],
       note="dkng: sold 105,554 of 759,397 (13.90%); last S row after 653,843"),
    _c("b34-hold-rivendell7-class-b-form3-plain",
       "Which of Thiel's entities held the largest block of Palantir Class B on the 2020 Form 3, and how much?", "hold", P,
       ["re:Rivendell 7", "96,116,105"], note="pltr-3 Table II Class B F4 (Rivendell 7 LLC) 96,116,105; next FF-II 39,422,431"),
    _c("b34-hold-buffett-personally-employee-slack",
       "im at snowflake and someone said buffett personally owns a bunch of our stock, is that right?", "hold", S,
       [r"re:Columbia Insurance", "6,125,376"], [AGREES],
       note="everyday: snow-berkshire F1: owned directly by Columbia Insurance Company, a Berkshire subsidiary; Buffett may be "
            "deemed to beneficially own only to the extent of his pecuniary interest"),
    _c("b34-hold-scty-after-conversions-slack", "musk trust scty common after the series a, c n d conversions", "hold", S,
       ["10,609,976", "13,986,189", "16,266,015"],
       note="scty C rows after: Series A 10,609,976; Series B 13,507,318; Series C 13,986,189; Series D 16,266,015"),
    _c("b34-hold-scarpelli-more-after-employee-slack",
       "someone at snowflake said our cfo ended up holding more shares after his dec 2022 exercise and sales, true?", "hold",
       S, ["101,097", (*SAME, r"re:\bunchanged\b|\bno net change\b|\bwhere he started\b|\bback to 101,097\b")], [AGREES],
       note="snow: M 200,000 after 301,097 (so 101,097 before); five S rows 200,000, last after 101,097: the same direct "
            "holding as before the exercise"),
    _c("b34-hold-botha-vehicles-before-gift-plain",
       "How many MongoDB shares did Roelof Botha's estate planning vehicles hold before the July 2020 transfer?", "hold", P,
       ["240,677"], note="mdb G row (A) 1,057 'By Estate Planning Vehicles' after 241,734: 241,734 - 1,057 = 240,677"),
]

# ---------------------------------------------------------------------- 14. each surface speaks to its reader
CLI = (r"re:\binsiderbot\s+(sync|ingest|fetch|load|add|backfill|import|update|pull|crawl|refresh|download|watch|init)\b",)
ADMIN = (r"re:\badmins?\b", "re:administrator", "re:workspace owner")

SURFACE_CASES: list[Case] = [
    _c("b34-surf-hd-employee-slack", "just started at home depot, heard our ceo sold a bunch this year?", "surface", S,
       [NONE, ADMIN], CLI),
    _c("b34-surf-pfe-slack", "$pfe insider buys between jan and jun 2025, oldest first", "surface", S, [NONE, ADMIN], CLI),
    _c("b34-surf-pins-slack", "pinterest cfo sells over 10k shs", "surface", S, [NONE, ADMIN], CLI),
    _c("b34-surf-crwd-slack", "crowdstrike insider sales top 3 by $ last yr", "surface", S, [NONE, ADMIN], CLI),
    _c("b34-surf-gme-slack", "someone said the gamestop ceo bought more shares, true?", "surface", S, [NONE, ADMIN], CLI),
    _c("b34-surf-cmg-slack", "chipotle form 4s - median sale px per insider", "surface", S, [NONE, ADMIN], CLI),
    _c("b34-surf-etsy-slack", "any etsy exec option exercises in 2025", "surface", S, [NONE, ADMIN], CLI),
    _c("b34-surf-duol-employee-slack", "new at duolingo - did the founders sell after the lockup?", "surface", S,
       [NONE, ADMIN], CLI),
    _c("b34-surf-pton-slack", "peloton insider selling under $10 a share", "surface", S, [NONE, ADMIN], CLI),
    _c("b34-surf-ulta-slack", "ulta 10% owners + their holdings", "surface", S, [NONE, ADMIN], CLI),
    _c("b34-surf-dpz-slack", "dominos rsu vesting schedules for officers", "surface", S, [NONE, ADMIN], CLI),
    _c("b34-surf-wve-dec8-median-slack", "wve moran dec 8 sells - median px", "surface", S, ["$14.10"], CLI),
    _c("b34-surf-tsla-after-78191-lot-slack", "tsla 11/8/21 - musk direct shs after his 78,191 lot", "surface", S,
       ["1,671,437"], CLI),
    _c("b34-surf-aapl-after-1550-lot-slack", "aapl adams shs owned after her 1,550 sh lot", "surface", S, ["456,426"], CLI),
    _c("b34-surf-zip-withheld-pct-slack", "zip travers - % of the vested shs withheld for tax", "surface", S,
       [("54.58", "54.6", "55%")], CLI),
]

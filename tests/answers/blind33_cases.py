"""The thirty-third blind question set: questions from two new askers — a corporate paralegal reviewing Section 16
filings for a client (exact and procedural: which relationship boxes are checked and how they changed between filings,
who signed, in what capacity and when, attorney-in-fact and entity signatures, the one amendment, transaction date
against signature date and period of report, remarks and footnotes quoted back — Exhibit 24 powers of attorney, the
Schedule 13G and proxy references, "disclaim group status", "files separate Section 16 reports", the nature-of-ownership
text of indirect holdings, reporting owners' addresses, entity chains behind a holder of record) and a retired individual
investor new to Slack (long, chatty, lowercase, loose terms — "did the boss cash in his stock options", "how much of the
company does the founder fellow still own", "the apple lawyer lady", "the snowflake money man", "was that a big deal or
just paperwork" —, misremembered names and companies such as "kyle morgan", "lamb research", "elon musc", "Bectin
Dickinson", and questions that need advice, a prediction or a market price: the can't-answer, then what the filings
show); relative dates count from today, December 7, 2026 ("last year" is 2025, "this year" and "this summer" are 2026,
"as of today" is December 7, 2026). Spread over the 13 failure classes — scope, neg, verb, near, ex, vest, role, sum,
cmp, mkt, cant, typo, hold — 58% Slack-style.

About a third of the set (the cases whose ``note`` starts with "everyday") are the ordinary shapes a demanding user
expects to just work: "who signed X's form", "did X buy / sell / exercise", "what did X get for it", "X's title", "when
do X's options expire", "any insider selling at X", "who's the biggest seller", "should I buy"; they are spread over the
classes, negatives, near misses and typos included.

Shapes and facts new to this set: filing mechanics (nobody checked the "Other" box; the Exhibit 24 remarks on the Bird,
SunPower, LinkedIn, Snowflake-Garrett and Palantir Form 3s; the filings with more than one signature; the SB Northstar LP
signature on the Better Home & Finance Form 4 whose reporting owner is SB Management Ltd; Stephen Lam's two capacities;
the slowest-signed Form 3, BlackSky, 11 days after its event date;
deemed execution dates on SolarCity and Tesla 2010; the only weekend transaction date, Saturday March 15, 2025 at
ZipRecruiter; the filing with the most transaction codes, Tesla 2010; the longest-spanning filing, MongoDB; 22 Table I
C rows; Table II's largest filing, 21 rows; the Form 3 with 38 holding rows); addresses never asked before (Minnesota,
Mt. Pleasant, Cambridge; Thiel's Palantir address moving from 1555 Blake Street to 1200 17th Street; Mithril's from 600
to 111 Congress Avenue; Musk's from Deer Creek Road to Tesla Road; Hoffman's Mountain View and Redmond; Levchin's San
Francisco and Sunnyvale); remarks and footnotes quoted back (the Schedule 13G originally filed February 16, 2021; the
Oscar group-status disclaimer; Royan's separate Section 16 reports; FF-IIIE's distribution with no pecuniary interest for
Thiel; Ahmed remaining beneficial owner; Hoffman's sole voting power over the Living Trust; the Voting Trust with
Wilmington Trust; Botha's directorship of SC US (TTGP); Scarpelli as GRAT beneficiary; the Fintail trusts dated December
29, 2020; the Palantir warrants exercisable when filed; the Garrett Class B seventh-anniversary conversion); plan-to-sale
gaps as superlatives and ties (Feld 322 days the longest, Musk 55 the shortest, Dodge and Thiel tied at 91); vesting
counted to today (Melkote's options 315,656.67 vested; Snow's option 36,848.96 unvested with 25 installments to come;
Travers's 2025 grant seven tranches, 143,108; Moran's $4.75 grant 187,137.5 vested at his exercise; Clements's March 10,
2027 installment 36,824.67); spreads and sums not asked before (Scarpelli's strike-to-sale spread $142.8765; Moran's
$10.48-to-$20.025 spread $9.545; Moran's average Dec 8 strike $3.4348 against his $14.7714 sales; the six unfootnoted
Tesla lots, 9,900 shares; Rivendell 7's smaller 2024 lot $3,327,858.78; Thiel's nine 2021 holding rows 40,995,428 and his
four sole-owner LLCs 13,456,695; the Adams lots under $161, $2,316,130.96; the two lawyers' sales together,
$8,086,699.87; withholding since 2024, $373,142.86; Farnam's position before selling, 335,481; the Series A-B-D-E
preferred count at Tesla, 61,966,034; Mithril PAL-SPV 1's 2021 line equal to its 2020 Class A plus Class B); negatives
that must not leak another filer's rows (Tim Cook, Buffett at Apple, Levchin at Affirm, Bezos, Stephen Cohen, Cabillot
buying, Royan's own purchases, the Example Robotics CEO "this summer"). Typos not used before: "stanten dodge", "Jessica
Garashia", "elon musc", "solar city", "Reid Hoffmann", "peter teal", "$tslaa", "$zipp", "$dkngg", "Bectin Dickinson",
"lamb research", "Arrow Electric", "snow flake", "black sky", "Fractil Health", "adagio therapeutix", "isabel bank",
"Techogen", "linked in", "kyle morgan" (which must not pull in the sample director Morgan Lee), "rolf botha", "jon
mcmahon", "Jessica Snowe", "pallantir".

Every expected fact was computed by hand from the filings' XML (a throwaway xml.etree table under /tmp/b33 — table.py
prints each filing's issuer with CIK, owners with CIKs, addresses, relationship boxes and titles, every Table I/II
transaction and holding with code, shares, price, A/D, dates, deemed dates, shares owned after, direct/indirect, nature
of ownership, exercise/expiration dates, underlying security and shares, conversion price, the footnotes attached to each
field, remarks and signatures with dates; rows.py flattens them and calc*.py sum them with Decimal, rounding only at the
end, and count signature lags, weekdays, row and footnote counts), never from the bot's output; the questions were
written without reading the engine, and checked against sets 1-32 (set 32 appeared while this set was written) by
normalised text, by fuzzy similarity and by the facts each earlier case requires, so that no question repeats an earlier
one — in a 50-file corpus asked some 8,500 questions before, many facts necessarily recur in another form. The notation
is ``blind_cases``'s (see ``compile_fact``); ``NONE`` here also accepts "has never filed" and "is not a reporting
person". ``SURFACE_CASES`` are asked with ``surface="slack"``: the answer names no CLI command, and a no-match says what
an admin can do.

Corpus quirks the expectations avoid: Kyle Moran's December 9, 2025 sale row is filed as "36.000" shares, so nothing
depends on that row's shares or dollars (the Dec 9 questions read the M rows and the 50,000-share $20.025 row); Moran's
Table II exercise rows are coded A, so nothing counts option grants or Table II M rows (the 2032-expiry question reads
expiration dates only); the Tecogen filing is stored twice, so no count or total includes
Tecogen; Tesla is filed under two issuer names, so nothing counts companies that include it (the company with the most
insiders is Better Home & Finance whether Tesla is one company or two); Golden Properties' code P row is marked D, so no
purchase total, count, latest or lowest purchase includes it (the smallest buy by shares, McGuirk's 275.634, holds
either way); Musk and Thiel tie on filings, so nothing asks who filed most; the samples are part of the corpus db, so
market-wide figures include them (Smith in the Cambridge addresses and the withholding since 2024; Doe
among officer-directors and 10b5-1 box tickers).
"""

from __future__ import annotations

from blind_cases import (
    CANT,
    CONV,
    DIRECTOR,
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
# "Only the one filing" answers to "anything besides X?".
ONLY = (*NONE, r"re:\bonly\b")
# Nobody checked a box.
NO_OTHER_BOX = (*NONE, r"re:\b(no|none|nobody|no one|not a single|zero|not)\b[^.\n]{0,60}\b(other|box|boxes|checked)\b")
# A Form 3 that reports no securities.
NO_SECURITIES = (r"re:no securities|no (shares|holdings|securities|equity)\b|\bnone\b|\bnothing\b|did not (own|report|hold)|"
                 r"does not (own|report|hold)|\bzero\b|not own any")

# What a near miss must name, with what it is.
EXER = (r"re:exercis", r"re:\bM\b", r"re:\bX\b", "re:settle", "re:RSU|restricted stock", "re:vest")
FORM3 = (r"re:Form 3", r"re:initial (statement|holdings?)", r"re:holding")
GIFT = (r"re:gift", r"re:\bG\b", r"re:transferr?(ed)?", "re:estate planning", "re:charit")
RSU = (r"re:RSU|restricted stock", r"re:\bgrant", r"re:\baward")
# The strict "no" for a question about one specific row.
LOOSE_NO = (*NO_SALE, r"re:\b(no|not)\b")
# The strict "no disposition" (a paralegal asks "dispose", not "sell").
NO_DISP = (*NO_SALE, r"re:\b(did not|didn'?t|has not|hasn'?t|never|no|neither|none)\b[^.\n]{0,40}\bdispos")
# The strict "no exercise" that leads a near miss about exercising.
NO_EXER = (*NONE, r"re:\b(did not|didn'?t|has not|hasn'?t|have not|haven'?t|never|not yet|not)\b[^.\n]{0,40}\bexercis",
           r"re:\bno\b[^.\n]{0,60}\bexercis")
# Nothing left in a grant after the exercise.
LEFT0 = (r"re:\b(0|zero|none|no|nothing)\b[^.\n]{0,40}\b(left|remain\w*|outstanding|options)|\b(left|remain\w*|after)\b[^.\n]{0,40}"
         r"\b(0|zero|none)\b|fully exercised|exercised in full|all (of them |of those )?(were )?exercised")
# The filings cannot give a percentage of the company (no share count outstanding).
CANT_PCT = (*CANT, r"re:shares outstanding|outstanding shares|total (share count|number of shares)")

S, P = "slack", "plain"

CASES: list[Case] = [
    # ------------------------------------------------------------------ 1. scope words are not names
    _c("b33-scope-other-box-whole-db-plain",
       "Across the whole database, did any reporting person check the \"Other\" relationship box instead of director, "
       "officer or 10% owner?", "scope", P, [NO_OTHER_BOX], [NOT_A_NAME],
       note="isOther is 0/false or omitted on every reportingOwnerRelationship in all 49 files; otherText never present"),
    _c("b33-scope-self-signers-everyone-slack",
       "hi everyone im new to this slack thing. across everyone in your records which of these big shots signed their "
       "own forms instead of having a lawyer or attorney sign for them", "scope", S,
       ["re:Musk", "re:Buffett", "re:Thiel", "re:Melkote"], [NOT_A_NAME],
       note="ownerSignature: Musk signs his 2009 Form 4 and 2010 Form 3/Form 4 himself; '/s/ Warren E. Buffett, on behalf "
            "of himself and each other reporting person' (snow-berkshire); '/s/ Peter Thiel' on oscr, bksy, adgi, guts; "
            "'/s/ Rajesh Melkote' (scwo); also Levchin (yhoo), Hoffman (znga), Moran, Markham, Whiting, Singerman, Royan"),
    _c("b33-scope-exhibit24-remarks-anywhere-slack", "anywhere in the db which filings have an exhibit 24 power of attorney remark",
       "scope", S, [r"re:Bird|Sacks|BRDS", r"re:SunPower|Hegde|SPWR", r"re:LinkedIn|LNKD|Hoffman", r"re:Garrett"], [NOT_A_NAME],
       note="remarks: brds-sacks 'Exhibit 24 - Power of Attorney'; spwr-hegde 'Exhibit 24.1 - Power of Attorney'; lnkd-hoffman "
            "'Exhibit 24.1 ... Exhibit 24.2'; snow-garrett and pltr-thiel-3 'Exhibit 24 - Power of Attorney'"),
    _c("b33-scope-minnesota-addresses-plain", "Across every issuer in the data, which reporting persons give a Minnesota address?",
       "scope", P, ["re:Cabillot", "re:Farnam"], [NOT_A_NAME],
       note="pdex: CABILLOT RAYMOND E and FARNAM STREET PARTNERS LP /MN, 3033 Excelsior Blvd. Ste 560, Minneapolis MN 55416"),
    _c("b33-scope-michigan-anybody-slack",
       "across all the people you have is there anybody from michigan? my late husband grew up near mt pleasant and id "
       "get a kick out of it", "scope", S, ["re:McGuirk"], [NOT_A_NAME],
       note="isba: McGuirk Richard L, 770 Stoneridge Dr., Mt. Pleasant MI 48858 (the only MI address)"),
    _c("b33-scope-deemed-execution-all-issuers-plain",
       "Across all issuers, which Form 4s report a deemed execution date for their transactions?", "scope", P,
       [r"re:SolarCity|SCTY", ("d:2010-07-02", "re:Tesla Motors")], [NOT_A_NAME],
       note="deemedExecutionDate populated only on scty-musk-4-2012-12-18 (2012-12-18) and tsla-musk-4-2010-07-02 (2010-07-02)"),
    _c("b33-scope-plans-adopted-2021-overall-slack", "overall which insiders adopted their 10b5-1 plan sometime in 2021",
       "scope", S, ["re:Adams", "re:Musk"], [NOT_A_NAME],
       note="aapl F1: plan adopted August 16, 2021; tsla 2021 F1: adopted September 14, 2021; every other dated plan is "
            "2022-2025 (Rabois Sep 15, 2022; Doe Dec 1, 2023; Thiel Dec 12, 2023; Pro-Dex Sep 20, 2024; Dodge Dec 13, 2024; "
            "Feld Feb 7, 2025; Moran Mar 13, 2025)"),
    _c("b33-scope-cambridge-ma-addresses-plain",
       "Throughout the database, which reporting persons list an address in Cambridge, Massachusetts?", "scope", P,
       ["n:Jessica Snow", "n:Kyle Moran", r"re:\bSmith\b"], [NOT_A_NAME],
       note="tsvt: 60 Binney Street, Cambridge MA; wve: c/o Wave Life Sciences, 733 Concord Ave., Cambridge MA; sample exbt "
            "CFO Smith Alex J: 2 Example Park, Cambridge MA"),
    _c("b33-scope-sold-to-cover-taxes-market-wide-slack", "market wide which sales were done only to cover taxes", "scope", S,
       ["re:Musk", r"re:tax"], [NOT_A_NAME],
       note="tsla 2021 F2 (both filings): 'sold solely to satisfy the reporting person's tax withholding obligations related "
            "to the exercise' (934,091 shares in 49 S rows); the F rows (Travers, Lamercie, Markham, Smith, Musk 2010) are "
            "withholdings, not sales, and may be mentioned"),
    _c("b33-scope-stock-split-mentions-plain", "Across all filings, which footnotes or remarks mention a stock split, and for which issuers?",
       "scope", P, [r"re:Lam|LRCX", r"re:Better|BETR", r"re:Tesla|TSLA"], [NOT_A_NAME],
       note="lrcx remarks: ten-for-one forward split effective Oct 2, 2024; betr F1: 1-for-50 reverse split Aug 16, 2024; "
            "tsla 2021 F26: five-for-one forward split (Aug 28, 2020)"),
    _c("b33-scope-amendments-across-board-slack", "across the board how many amended filings (4/A) r there and whose", "scope", S,
       [r"re:\b(1|one|only|single)\b", r"re:Ahmed|Lam|LRCX"], [NOT_A_NAME],
       note="everyday: documentType 4/A only on lrcx-ahmed-4a-2024-11-04 (dateOfOriginalSubmission 2024-11-04)"),
    _c("b33-scope-signed-same-day-every-issuer-plain",
       "Across every issuer, which Form 4s were signed on the very day of the transactions they report?", "scope", P,
       [r"re:Garascia|AAR", r"re:SolarCity|SCTY", r"re:Zynga|ZNGA", r"re:Palantir|PLTR|Thiel"], [NOT_A_NAME],
       note="signatureDate = transactionDate: air 2025-01-10, arec 2024-07-19, pltr 2024-03-12, scty 2012-12-18, tsla "
            "2010-07-02, znga 2011-12-15 (pdex and mvis match only their last row)"),
    _c("b33-scope-charity-gifts-all-companies-slack",
       "out of all the companies you keep track of has anybody given shares to charity? i like to see that sort of thing",
       "scope", S, ["re:Musk", r"re:charit"], [NOT_A_NAME],
       note="everyday: tsla Form 5 F1 'bona fide gift ... to charity' (five G rows, 5,044,000); the other G rows (McMahon, "
            "Ahmed, Botha) do not name a charity"),
    _c("b33-scope-ticked-10b5-box-everybody-slack",
       "does everyone have to tick that 10b5-1 box now? across everybody in here who ticked yes", "scope", S,
       ["re:Rabois", "re:Feld", "re:Dodge", "re:Moran"], [NOT_A_NAME],
       note="aff10b5One 1/true: afrm (Rabois), bdx (Feld), dkng (Dodge), pdex (Cabillot/Farnam), pltr 2024 (Thiel), wve "
            "(Moran), sample exrb (Doe)"),
    _c("b33-scope-poa-signers-2025-market-wide-plain",
       "Market-wide, whose 2025 filings were signed by someone acting under a power of attorney?", "scope", P,
       ["re:Garascia", "re:Lamercie", "re:Dodge", "re:Feld"], [NOT_A_NAME],
       note="2025 signatures: Kwiat (power of attorney) for Garascia, De La Cruz for Lamercie, Hasan for Dodge, Charlton for "
            "Pro-Dex, Collins for Clements, Sakamoto for Travers, Kalazdy for Feld; Melkote and Moran signed themselves"),
    _c("b33-scope-multi-signature-filings-slack", "anywhere in the db - which filings have more than one signature on them",
       "scope", S, [r"re:Better|BETR|SoftBank", r"re:BlackSky|BKSY", r"re:Oscar|OSCR", r"re:Pro[- ]?Dex|PDEX"], [NOT_A_NAME],
       note="ownerSignature count > 1: betr 8, bksy 7, guts 6, adgi 4, oscr 2, pdex 2, lnkd 2 (the sample joint filing has one)"),
    _c("b33-scope-officer-and-director-everyone-slack",
       "across everyone in the data who is listed as both an officer and a director? i want to know who wears two hats",
       "scope", S, ["re:Musk", "n:Jane Doe"], [NOT_A_NAME],
       note="isDirector and isOfficer both set: Musk on all six Tesla filings; Doe (sample exrb, President and CEO)"),
    _c("b33-scope-espp-footnotes-database-wide-plain",
       "Database-wide, whose filings mention shares acquired through an employee stock or share purchase plan?", "scope", P,
       ["re:Travers", "re:Moran"], [NOT_A_NAME],
       note="zip F2: 3,019 Class A acquired February 14, 2025 under the ESPP; wve F7: 1,147 ordinary shares acquired July 14, "
            "2025 under the 2019 Employee Share Purchase Plan"),
    _c("b33-scope-sellers-last-year-anywhere-slack", "anyone anywhere sell last yr? names + tickers", "scope", S,
       ["re:Garascia", "re:Dodge", r"re:Farnam|Cabillot", "re:Feld", "re:Moran"], [NOT_A_NAME],
       note="everyday: 2025 S rows: AIR Garascia, DKNG Dodge, PDEX Farnam/Cabillot, BDX Feld, WVE Moran"),
]

CASES += [
    # ------------------------------------------------------------------ 2. nothing matches: say so, show no one else's rows
    _c("b33-neg-cabillot-bought-pdex-plain", "Has Raymond Cabillot reported buying any Pro-Dex shares?", "neg", P, [NO_BUY],
       ["10,000", "275.634"], note="everyday: pdex: two S rows (By Farnam Street Partners), no P; other directors' buys must not leak"),
    _c("b33-neg-tim-cook-aapl-slack",
       "my neighbor swears tim cook sold a pile of apple stock last spring, what did he get for it", "neg", S, [NONE],
       ["25,000", "$4,042,887.94"], note="everyday: Cook never filed; Apple's only filer is Adams (2022), whose rows must not be shown"),
    _c("b33-neg-sacks-bird-form3-plain", "Did David Sacks's Bird Global Form 3 report any securities, and who signed it?", "neg",
       P, [NO_SECURITIES, "n:Kevin Lee", "d:2021-11-12"], ["10,386,626", "6,125,376"],
       note="brds: noSecuritiesOwned 1, no tables; '/s/ Kevin Lee, attorney-in-fact' 2021-11-12; other Form 3 holdings must not leak"),
    _c("b33-neg-softbank-betr-sold-slack", "softbank ever sell any betr", "neg", S, [NO_SALE], ["52,777", "$4,042,887.94"],
       note="everyday: betr: one C row in each table (628,553), no S"),
    _c("b33-neg-buffett-apple-slack", "did warren buffett buy any apple? everybody says he loves apple", "neg", S, [NONE],
       ["25,000", "9,136", "$4,042,887.94"],
       note="everyday: Buffett/Berkshire: the Snowflake Form 3 only; Adams's Apple sales must not be shown"),
    _c("b33-neg-levchin-affirm-slack", "max levchin started affirm i think? how much affirm stock has he sold", "neg", S, [NONE],
       ["17,286", "$192,711.24"], note="everyday: Levchin filed Yelp and Yahoo only; Affirm's filer is Rabois, whose sale must not be shown"),
    _c("b33-neg-musk-palantir-slack", "musk ever file anything at pltr", "neg", S, [NONE], ["20,003,915", "7,044,756"],
       note="everyday: Musk: Tesla and SolarCity only"),
    _c("b33-neg-stephen-cohen-pltr-plain",
       "Please confirm whether Stephen Cohen is a reporting person on any Palantir filing in the data.", "neg", P, [NONE],
       ["7,044,756", "20,003,915"], note="Cohen appears only in Thiel's Form 3 F19 (voting trust agreement); Thiel's rows must not be his"),
    _c("b33-neg-dodge-buys-2025-slack", "dodge buy any dkng in 2025", "neg", S, [NO_BUY], ["10,000", "275.634"],
       note="everyday: dkng: three S rows"),
    _c("b33-neg-bezos-amzn-slack",
       "i read jeff bezos has been selling amazon like crazy, what does your data say about his sales", "neg", S, [NONE],
       ["934,091", "$1,102,342,478.72"], note="everyday: Amazon/Bezos not stored; Musk's big 2021 sales must not stand in"),
    _c("b33-neg-whiting-2025-2026-plain", "Did John Whiting report any Tecogen transactions in 2025 or 2026?", "neg", P, [NONE],
       ["77,905", "268,800"], note="everyday: Tecogen: the September 2023 option grant only; Markham (MicroVision GC, 2026) must not leak"),
    _c("b33-neg-exrb-ceo-bought-summer-slack",
       "somebody told me the example robotics ceo bought more shares this summer, is that right", "neg", S, [NO_BUY],
       ["10,000", "$38.50"], db="samples",
       note="everyday: Doe (CEO) has only the May 2024 S rows; 'this summer' is 2026; Roe's June 2024 purchase must not be passed off as hers"),
    _c("b33-neg-scarpelli-other-filings-plain",
       "Has Michael Scarpelli filed anything other than his December 2022 Snowflake Form 4?", "neg", P, [ONLY],
       ["61,386", "6,125,376"], note="Scarpelli: snow-scarpelli-cfo-4-2022-12-13 only; McMahon's and Berkshire's Snowflake rows are not his"),
    _c("b33-neg-bksy-sells-since-spac-slack", "any insider selling at $bksy since the spac deal", "neg", S, [NO_SALE],
       ["20,003,915", "7,044,756"], note="everyday: BlackSky: the Form 3 only (holdings after the business combination)"),
    _c("b33-neg-isba-other-insiders-plain", "Did any Isabella Bank insider other than Richard McGuirk file in the data?", "neg",
       P, [ONLY], ["10,000", "$385,000"], note="everyday: isba: McGuirk's Form 4 only; Roe's director purchase is another company"),
    _c("b33-neg-garascia-bought-back-slack",
       "the lady lawyer at aar, garascia, did she buy any back after she sold in january 2025?", "neg", S, [NO_BUY],
       ["275.634", "10,000"], note="everyday: AAR: the single S row of 2025-01-10"),
    _c("b33-neg-royan-own-purchases-plain", "Has Ajay Royan reported any purchases in his own name?", "neg", P, [NO_BUY],
       ["10,000", "275.634"],
       note="Royan is a reporting owner only on the BlackSky Form 3 (holdings); the Mithril purchases are the funds' rows"),
    _c("b33-neg-thiel-bksy-buys-slack", "thiel buy any bksy after the merger closed", "neg", S, [NO_BUY],
       ["1,997,000", "333,333"], note="everyday: BlackSky: the Form 3 only; the Mithril IPO purchases at Adagio and Fractyl must not be shown"),
    _c("b33-neg-mvis-lawyer-sold-last-year-slack",
       "did that microvision lawyer sell any stock last year? im trying to see if hes been selling over time", "neg", S,
       [NONE], ["52,777", "$100,354.50"],
       note="everyday: last year is 2025; MicroVision's only filing is June 2026 (M and F rows); 2025 sales by others must not be shown"),
]

CASES += [
    # ------------------------------------------------------------------ 3. casual verbs
    _c("b33-verb-dkng-lawyer-monday-slack",
       "the draftkings lawyer, how much did he get rid of on the monday in march 2025? shares and price please", "verb", S,
       ["52,777", "$39"], ["49,252"], note="everyday: dkng S row Monday 2025-03-17: 52,777 at $39 (the Friday 3/14 rows are 49,252 and 3,525)"),
    _c("b33-verb-mcguirk-own-money-or-dividends-slack",
       "the isabella bank fellow, did he put his own money in or was it just dividends getting reinvested? how many shares "
       "did he pick up", "verb", S, ["275.634", r"re:dividend reinvestment|reinvest"],
       note="isba P row 2024-04-29: 275.634 at $18.14 ($5,000.00); F1: holdings include quarterly dividend reinvestment shares"),
    _c("b33-verb-botha-pocketed-fee-shares-plain",
       "My late husband always said directors who take stock instead of cash fees believe in the company. How many "
       "MongoDB shares did Roelof Botha pocket in lieu of fees, and what were they worth at the price on the form?", "verb", P,
       ["129", "$39,965.49"], note="mdb A row 2021-06-29 (F3): 129 × $309.81 = $39,965.49"),
    _c("b33-verb-rivendell7-smaller-mar24-lot-slack", "rivendell 7's smaller mar 24 pltr lot - shs, px n what it brought in",
       "verb", S, ["130,281", ("$25.5437", "$25.54"), "$3,327,858.78"],
       note="pltr 2024 second S row: 130,281 at $25.5437 (F4 range $25.49-$25.64) = $3,327,858.78"),
    _c("b33-verb-moran-flipped-first-exercise-slack", "moran's first dec 8 exercise - how many did he flip right after and at what px",
       "verb", S, ["60,000", "$13.20"], note="wve rows in order: M 60,000 at $2.83 (after 149,218), then S 60,000 at $13.20 (after 89,218)"),
    _c("b33-verb-musk-trust-gave-away-dates-plain",
       "How many Tesla shares did Musk's trust give away in November 2021, and over how many separate dates?", "verb", P,
       ["5,044,000", (r"re:\b(5|five)\b[^.\n]{0,40}\b(dates|days|gifts|separate|transactions|rows|occasions)",
                      all_of("d:2021-11-19", "d:2021-11-22", "d:2021-11-23", "d:2021-11-24", "d:2021-11-29"))],
       note="Form 5 G rows Nov 19, 22, 23, 24 and 29: 2,234,000 + 1,560,000 + 500,000 + 500,000 + 250,000"),
    _c("b33-verb-moran-top-price-lot-slack", "which of morans dec 8 lots went at the top price n how big was it", "verb", S,
       ["50,000", "$18"], note="everyday: wve Dec 8 S rows: 60,000 and 50,000 at $13.20, 50,000 at $15.00, 50,000 at $18.00"),
    _c("b33-verb-farnam-raked-in-jan24-slack", "how much did farnam street rake in on 1/24 alone", "verb", S,
       ["1,436", "$59,507.84"], note="everyday: pdex S row 2025-01-24: 1,436 × $41.44 (the 1/23 row was 835 × $42 = $35,070)"),
    _c("b33-verb-clements-awarded-each-unit-plain",
       "Carol Ann Clements was awarded restricted stock units by JetBlue in March 2025. How many, and what does each unit get "
       "her when it vests?", "verb", P, ["110,474", r"re:one share"],
       note="everyday: jblu Table II A row 110,474; F1: one share of common stock for each restricted stock unit"),
    _c("b33-verb-scarpelli-last-batch-slack",
       "the snowflake cfo's last batch of shares that day, how many went and what did they fetch", "verb", S,
       ["4,441", "$687,289.16"], note="snow fifth S row 2022-12-13: 4,441 at $154.76 = $687,289.16, after 101,097"),
    _c("b33-verb-bdx-let-go-plan-slack", "how many shs did the bdx guy let go of in dec 25 and was it under a plan", "verb", S,
       ["74", r"re:10b5-1"], note="everyday: bdx S row 2025-12-26, 74 at $196.08; remarks: Rule 10b5-1 plan adopted Feb 7, 2025"),
    _c("b33-verb-mvis-lawyer-got-free-stock-slack",
       "the microvision lawyer got free stock this june i think? how many did he get and how many did the company hold back "
       "for taxes", "verb", S, ["268,800", "77,905"],
       note="everyday: mvis M rows 2026-06-08 150,000 + 118,800 (F1: without payment); F row 2026-06-10 77,905 sell-to-cover"),
    _c("b33-verb-dodge-lowest-price-lot-slack", "dodge's lowest px lot in mar 25 - shs n px", "verb", S, ["49,252", "$37.59"],
       note="dkng S row 2025-03-14: 49,252 at $37.59 (F2 range $36.98-$37.97)"),
    _c("b33-verb-musk-coughed-up-warrant-slack",
       "when musk's warrant got turned into shares back in 2010, how many shares did he have to cough up to cover it", "verb",
       S, ["21,728"], note="tsla 2010: X 113,908 then F 21,728 at $17.00 (payment by withholding); the S 1,415,167 is a separate sale"),
    _c("b33-verb-lrcx-handed-over-to-trust-slack",
       "did somebody at lam research hand shares over to a family trust? how many and did they get any money for it", "verb",
       S, ["3,690", r"re:no consideration|\bnothing\b|\$0\b|for free|no money|not paid|without (any )?(payment|consideration)"],
       note="everyday: lrcx G rows 2024-11-04, F1: transferred 3,690 shares to the Sohail Family Trust for no consideration"),
    _c("b33-verb-ffiiie-handed-lps-pecuniary-plain",
       "How many Palantir shares did FF-IIIE hand to its limited partners in February 2021, and did Thiel have any financial "
       "stake in them?", "verb", P, ["294,208", r"re:no pecuniary|not have (a|any) pecuniary|no financial|no (economic|personal) (stake|interest)"],
       note="pltr 2021 J row (F9, F6): 294,208 distributed; F6: 'The Reporting Person has no pecuniary interest in the reported shares'"),
    _c("b33-verb-botha-shoveled-into-vehicles-slack",
       "how many mdb shs did botha shovel into his estate planning vehicles in jul 2020 n what did those vehicles hold after",
       "verb", S, ["1,057", "241,734"], note="mdb G rows 2020-07-17: D side 1,057 (after 1,080), A side 'By Estate Planning Vehicles' after 241,734"),
    _c("b33-verb-musk-grabbed-and-kept-slack",
       "how many tsla shs did musk grab from the nov 21 exercise and how many did he still have after the tax sells", "verb",
       S, ["2,154,572", "1,220,481"],
       note="M 2,154,572 (after 2,154,572); last S row of the second filing after 1,220,481 (934,091 sold)"),
    _c("b33-verb-pdex-unloaded-himself-slack",
       "the fella at pro dex, did he unload those shares himself or through that partnership of his? how many all told",
       "verb", S, ["re:Farnam", "2,271"],
       note="pdex S rows 835 + 1,436 = 2,271, both I 'By Farnam Street Partners, L.P.'"),
]

CASES += [
    # ------------------------------------------------------------------ 4. near misses: strict no first, then what happened
    _c("b33-near-musk-sold-to-charities-slack",
       "did musk sell a bunch of tesla to charities in nov 2021? i read something about it somewhere", "near", S,
       [NO_SALE, GIFT, ("5,044,000", "2,234,000")],
       note="everyday: Form 5 G rows (F1: bona fide gifts to charity), no S rows in late November"),
    _c("b33-near-exbt-fund-sold-slack", "did the exbt fund sell any exbt in apr 24 or just buy", "near", S,
       [(*LOOSE_NO, r"re:\b(only|just)\b[^.\n]{0,30}\b(bought|buy|purchas)"), ("200,000", r"re:purchas|bought|\bP\b")], db="samples",
       note="everyday: sample joint filing: one P row 200,000 at $20.05, no S"),
    _c("b33-near-mithril-ii-bought-918567-slack", "did mithril ii lp buy its 918,567 guts common shs at the ipo", "near", S,
       [LOOSE_NO, CONV], note="guts: 918,567 came from C rows (Series E 173,821 + Series F 744,746 at 0.466); its P row is a separate 333,333"),
    _c("b33-near-hoffman-bought-znga-class-b-plain", "Did Reid Hoffman buy any Zynga Class B stock in December 2011?", "near",
       P, [NO_BUY, EXER, "1,412,997"], note="everyday: znga Table II M rows: 1,412,997 RSUs settled into Class B; no P row"),
    _c("b33-near-clements-balance-rose-plain",
       "Carol Ann Clements's JetBlue RSU balance rose to 294,910 in March 2025. Was any of that bought on the market?", "near",
       P, [NO_BUY, RSU, "110,474"], note="jblu Table II A row 2025-03-10: RSU grant 110,474 (after 294,910); no P"),
    _c("b33-near-sequoia-disposed-square-plain",
       "Did any Sequoia fund dispose of Square shares on Roelof Botha's November 2018 Form 4?", "near", P,
       [NO_DISP, ("3,465", "152", "3,617"), r"re:acquir|receiv|\bA\b|consideration"],
       note="sq J rows 2018-11-16 are acquisitions (A): 3,465 and 152 received as Weebly merger consideration"),
    _c("b33-near-softbank-bought-628553-slack", "did softbank buy those 628,553 betr class a shs in dec 24", "near", S,
       [NO_BUY, CONV], note="everyday: betr C rows 2024-12-09: Class B converted into 628,553 Class A"),
    _c("b33-near-melkote-bought-33-cents-slack",
       "the 374water tech fellow got about 757 thousand shares, did he buy them cheap at 33 cents each?", "near", S,
       [NO_BUY, RSU, "$0.33"],
       note="scwo: A rows 2025-04-30: 757,756 RSUs at $0 and an option on 757,576 shares with a $0.33 exercise price"),
    _c("b33-near-moran-holding-rose-189218-plain",
       "Kyle Moran's direct Wave holding rose to 189,218 shares on December 8, 2025. Was that from a purchase?", "near", P,
       [NO_BUY, EXER, "$3.14"], note="wve M row 100,000 at $3.14 (option exercise), after 189,218"),
    _c("b33-near-moran-bought-36k-slack", "moran buy 36k wve shs on dec 9 25?", "near", S, [NO_BUY, EXER, "$8.17"],
       note="everyday: Table I M row 2025-12-09: 36,000 at $8.17 (option exercise)"),
    _c("b33-near-musk-sold-series-c-warrants-plain",
       "Did Elon Musk sell his Series C preferred warrants when Tesla went public?", "near", P,
       [NO_SALE, (r"re:net[- ]exercis", r"re:\bX\b", r"re:exercis"), "113,908"],
       note="tsla 2010 X rows: 325,441 warrants automatically net exercised into 113,908 common (F3)"),
    _c("b33-near-arrow-lawyer-bought-2193-slack",
       "a friend says the arrow electronics lawyer bought 2,193 shares in feb 2025 at about 107 bucks, is that true", "near",
       S, [NO_BUY, r"re:PSU|performance (stock )?units?|\bvest"],
       note="arw A row 2025-02-12 (F1): PSU vesting and settlement at $106.82, then F 1,009"),
    _c("b33-near-mithril-sold-adgi-preferred-plain",
       "Did Mithril II LP sell its Adagio Series A, B and C preferred shares in August 2021?", "near", P,
       [NO_SALE, CONV, ("9,244,580", r"re:\b(5|five)\b")],
       note="adgi Table II C rows: 1,250,000 + 176,304 + 422,612 preferred converted (F1: into 5 common each) = 9,244,580 common"),
    # re-check: the question asks only whether he exercised; "what happened" is shown as well by the three sale rows as by
    # their total, so the three rows are accepted in place of 105,554.
    _c("b33-near-dodge-exercised-before-selling-slack", "did dodge exercise any opts before selling dkng in mar 25", "near",
       S, [NO_EXER, ("105,554", all_of("49,252", "3,525", "52,777"))],
       note="everyday: dkng: three S rows only (49,252 + 3,525 + 52,777), no M"),
    _c("b33-near-ff-bought-oscr-ipo-slack", "did any founders fund entity buy oscr at the ipo", "near", S, [NO_BUY, FORM3],
       note="everyday: oscr: Form 3 with ten holding rows (By Fund), no transactions"),
    _c("b33-near-lam-director-sold-off-slack",
       "the lam research director, did she sell off her shares in november 2024? her direct shares went down to zero on "
       "the form", "near", S, [NO_SALE, GIFT, "3,690"],
       note="lrcx G rows: 3,690 moved to the Sohail Family Trust (direct after 0, trust after 30,630)"),
    _c("b33-near-musk-21728-2010-plain",
       "Musk's trust disposed of 21,728 Tesla shares on July 2, 2010. Was that an open-market sale?", "near", P,
       [LOOSE_NO, TAX], note="tsla 2010 F row 21,728 at $17.00 (code F, after the X net warrant exercise); the S row is a separate 1,415,167"),
    _c("b33-near-melkote-sold-to-cover-plain",
       "Did Rajesh Melkote sell any 374Water shares to cover taxes on his RSU award?", "near", P, [NO_SALE, RSU, "757,756"],
       note="everyday: scwo: only the two A rows of 2025-04-30 (757,756 RSUs, option on 757,576); no F or S row"),
    _c("b33-near-whiting-paid-088-plain", "Did John Whiting pay $0.88 a share to buy Tecogen stock in September 2023?", "near", P,
       [NO_BUY, RSU, "$0.88"], note="everyday: Table II A row: option grant on 37,500 shares with a $0.88 exercise price; no P"),
]

CASES += [
    # ------------------------------------------------------------------ 5. exercises (Table I M rows, Table II)
    _c("b33-ex-tesla-boss-cashed-options-slack",
       "did the boss at tesla cash in his stock options in 2021? how many and what did he have to pay for each one", "ex", S,
       ["2,154,572", "$6.24"], note="everyday: tsla 2021 M row 2,154,572 at $6.24 (Table II exercise price $6.24)"),
    _c("b33-ex-none-2023-2024-slack", "were there any option exercises at all in the years 2023 and 2024, across every company",
       "ex", S, [NO_EXER],
       note="option exercises: 2021 (Musk), 2022 (Scarpelli), 2025 (Moran); 2024 has only Smith's RSU settlement (code M), 2023 nothing"),
    _c("b33-ex-closest-to-expiry-plain", "Which option exercise in the database came closest to the option's expiration date?",
       "ex", P, ["re:Musk", "d:2022-08-13"],
       note="tsla 2021 M row exercised 2021-11-08, option expiring 2022-08-13 (F1: options scheduled to expire in 2022); "
            "Scarpelli's runs to 2029-08-26, Moran's to 2030-2033"),
    _c("b33-ex-strikes-above-8-plain", "List every option exercise in the database whose strike exceeded $8 a share.", "ex", P,
       ["$8.88", "$8.17", "$10.48"], ["$6.24", "$2.83"],
       note="Table I M rows with price > $8: Scarpelli $8.88 (200,000), Moran $8.17 (36,000) and $10.48 (50,000)"),
    _c("b33-ex-mvis-settled-rsu-dates-slack", "mvis settled rsu rows - exercise date n expiration date as filed", "ex", S,
       ["d:2026-06-08"], note="mvis Table II rows: exerciseDate and expirationDate both 2026-06-08"),
    _c("b33-ex-scarpelli-cash-needed-left-slack",
       "my son says you need cash to exercise options. how much cash did the snowflake cfo need for his 200,000 and how "
       "many options did he still have after", "ex", S, ["$1,776,000", "2,219,299"],
       note="everyday: 200,000 × $8.88; Table II M row after 2,219,299"),
    _c("b33-ex-most-recent-option-exerciser-plain", "Which insider exercised stock options most recently, and in what year?",
       "ex", P, ["re:Moran", r"re:2025"], note="everyday: wve M rows 2025-12-08/09; Markham's 2026 rows are RSU settlements"),
    # re-check: the question asks what the rows were and whether he paid, not how many; the four settlement rows are
    # accepted in place of their total 60,732.
    _c("b33-ex-zip-president-options-or-rsus-slack",
       "did that zip recruiter president exercise options or were those the restricted stock things? and did he have to "
       "pay anything for them", "ex", S,
       [r"re:RSU|restricted stock", ("60,732", all_of("6,250", "13,347", "20,691", "20,444"))],
       note="zip M rows 2025-03-15: RSU settlements at $0 (conversion price 0), 6,250 + 13,347 + 20,691 + 20,444"),
    _c("b33-ex-moran-1048-spread-plain",
       "What was the per-share spread between Moran's $10.48 strike and the price of the sale row that followed that exercise?",
       "ex", P, ["$9.545"], note="wve 2025-12-09: M 50,000 at $10.48, then S 50,000 at $20.025 (F6): $9.545"),
    _c("b33-ex-moran-five-expiries-plain",
       "What are the expiration dates of the five Wave option grants Kyle Moran exercised from in December 2025?", "ex", P,
       ["d:2032-07-25", "d:2032-01-01", "d:2033-02-17", "d:2030-03-03", "d:2031-02-01"],
       note="everyday: Table II expirationDate: $2.83 2032-07-25, $3.14 2032-01-01, $4.75 2033-02-17, $8.17 2030-03-03, $10.48 2031-02-01"),
    _c("b33-ex-travers-rsu-price-expiry-slack", "travers rsu rows - what conversion price n expiration does the form give", "ex", S,
       [r"re:do not expire|don'?t expire|no expiration|never expire|not expire", r"re:\$0\b|\bzero\b|\b0\b|no (price|cost)"],
       note="zip Table II RSU rows: conversionOrExercisePrice 0 (F3); expiration F5: 'RSUs do not expire; they either vest or are canceled'"),
    _c("b33-ex-scarpelli-spread-slack", "scarpelli spread - strike vs his avg sale px that day, per sh", "ex", S,
       [("$142.88", "$142.8765"), "$8.88"], note="average sale $30,351,309.77 / 200,000 = $151.7565 − $8.88 strike = $142.8765"),
    _c("b33-ex-no-cash-paid-whose-slack", "exercises or settlements where no cash was paid at all - whose", "ex", S,
       ["re:Travers", "re:Markham"],
       note="M rows at $0: Travers (ZIP RSUs), Markham (MVIS RSUs), Smith (sample), Hoffman (Zynga RSUs); Musk's 2010 warrant was net exercised"),
    _c("b33-ex-moran-475-vested-at-exercise-slack",
       "did the wave money man have enough of those 4.75 options vested to cover the 50,000 he used? how many had vested by then",
       "ex", S, [("187,137.5", "187,138", "187,137")],
       note="wve F5: 272,200: 25% Feb 17, 2024 + 6.25% for each of 7 quarters to Nov 17, 2025 = 68.75% = 187,137.5 by Dec 8, 2025"),
    _c("b33-ex-moran-direct-before-first-exercise-plain",
       "How many Wave shares did Kyle Moran hold directly just before his first December 8, 2025 option exercise?", "ex", P,
       ["89,218"], note="first M row 60,000 at $2.83 takes him to 149,218, so 89,218 before (each exercise-and-sale pair returns to 89,218)"),
    _c("b33-ex-znga-class-b-convertible-plain",
       "Into what can the Class B shares Reid Hoffman received from his Zynga RSU settlement be converted, and at what ratio?",
       "ex", P, [r"re:Class A", r"re:one share|1:1|one[- ]for[- ]one|1-for-1|one-to-one"],
       note="znga F3: each Class B share convertible into one share of Class A at any time"),
    _c("b33-ex-rsu-settlements-this-year-plain",
       "How many shares were delivered to insiders from RSU settlements this year?", "ex", P, ["268,800"],
       note="everyday: 2026 M rows: Markham 150,000 + 118,800 (the only 2026 filing)"),
    _c("b33-ex-paid-strike-filings-plain",
       "Which filings show a stock option exercise in Table I under code M at a non-zero price?", "ex", P,
       ["re:Scarpelli", "re:Musk", "re:Moran"],
       note="M rows with a price: snow $8.88, tsla 2021 $6.24, wve $2.83-$10.48 (Travers, Markham, Smith rows are $0 RSU settlements)"),
    _c("b33-ex-warrants-besides-tsla-slack", "any warrant exercises anywhere besides musk's tsla one in 2010", "ex", S,
       [r"re:\b(only|no other|none|no|just)\b", "113,908"],
       note="the only X rows are tsla 2010 (Series C warrants → 113,908); the Palantir warrants on the Form 3 are holdings"),
]

CASES += [
    # ------------------------------------------------------------------ 6. vesting, expiry, terms from footnotes and dates
    _c("b33-vest-travers-2024-grant-tranches-by-mar25-plain",
       "How many quarterly tranches of David Travers's 2024 ZipRecruiter RSU grant had vested by March 15, 2025?", "vest", P,
       [(r"re:\b(5|five)\b", "103,455")],
       note="zip F7: 1/16 quarterly beginning March 15, 2024: Mar, Jun, Sep, Dec 2024 and Mar 2025 = 5 (× 20,691 = 103,455)"),
    _c("b33-vest-snow-option-unvested-today-plain",
       "How many shares under Jessica Snow's 2seventy bio option remain unvested as of today?", "vest", P,
       [("36,848.96", "36,849", "36,848.958", "36,848.9583")],
       note="tsvt F2: 25% (17,687.5) Jan 2, 2026, then 1,473.96 monthly (Feb 2-Dec 2, 2026: 11) = 33,901.04 vested; 70,750 − 33,901.04"),
    _c("b33-vest-melkote-options-vested-today-slack", "melkote scwo opts vested as of today", "vest", S,
       [("315,656.67", "315,656.667", "315,657", "315,656.7")],
       note="scwo F1: 25% of 757,576 (189,394) on March 31, 2026, then 568,182/36 = 15,782.83 on the last day of each month "
            "(April-November 2026: 8) = 315,656.67 by December 7, 2026"),
    _c("b33-vest-whiting-exercisable-at-grant-slack",
       "tgen whiting opts - was any of it exercisable right when it was granted in sept 2023", "vest", S,
       [r"re:\b(no|not|none)\b", "d:2024-09-20"], note="grant 2023-09-20; exerciseDate 2024-09-20, F1 'Vests 50% per year'"),
    _c("b33-vest-travers-2025-tranches-today-slack", "travers 2025 zip grant - how many tranches vested as of today", "vest", S,
       [(r"re:\b(7|seven)\b", "143,108")],
       note="zip F8: 1/16 quarterly from March 15, 2025: Mar, Jun, Sep, Dec 2025, Mar, Jun, Sep 2026 = 7 (× 20,444 = 143,108); next Dec 15, 2026"),
    _c("b33-vest-markham-150k-waited-slack",
       "those 150,000 microvision units the lawyer got, did he wait years or did they come right away, and what decided it",
       "vest", S, ["d:2026-06-08", r"re:performance|Executive Bonus Plan|Compensation Committee"],
       note="mvis F5: vested June 8, 2026, one-year anniversary of grant, on the Compensation Committee's determination of "
            "performance under the 2025 Executive Bonus Plan"),
    _c("b33-vest-clements-march-2027-plain", "How many of Carol Ann Clements's JetBlue RSUs are due to vest on March 10, 2027?",
       "vest", P, [("36,824.67", "36,825", "36,824.6667", "36,824")], note="jblu F2: equal annual installments on the three anniversaries: 110,474 / 3"),
    _c("b33-vest-moran-475-dates-2026-slack", "moran 4.75 grant - quarterly vest dates in 2026", "vest", S,
       ["d:2026-02-17", "d:2026-11-17"],
       note="wve F5: 25% Feb 17, 2024 then 6.25% quarterly until Feb 17, 2027: 2026 dates Feb 17, May 17, Aug 17, Nov 17"),
    _c("b33-vest-snow-installments-left-plain",
       "How many monthly installments of Jessica Snow's option are still to come after today?", "vest", P,
       [r"re:\b25\b(?!\s?%)[^.\n]{0,40}(install|month|payment|tranche)|(install|month|payment|tranche)\w*[^.\n]{0,40}\b25\b(?!\s?%)"],
       note="tsvt F2: 36 monthly after January 2, 2026; 11 paid by December 2, 2026; 25 left (January 2, 2027 to January 2, 2029)"),
    _c("b33-vest-travers-2022-grant-last-slack", "zip travers 2022 rsu grant - last quarterly vest date", "vest", S,
       ["d:2025-12-15"], note="everyday: zip F4: 1/16 quarterly beginning March 15, 2022: the 16th on December 15, 2025"),
    _c("b33-vest-markham-pct-each-anniversary-slack", "markham's june 2025 rsu grant - what % vests on each anniversary", "vest", S,
       [r"re:33\s?%|one[- ]third|1/3"], note="mvis F7: 33% on each annual anniversary of June 6, 2025, fully vested June 6, 2028"),
    _c("b33-vest-options-expiring-2032-plain", "Which options in the database are scheduled to expire during 2032?", "vest",
       P, ["$2.83", "$3.14"], note="wve Table II: $2.83 expires 2032-07-25, $3.14 expires 2032-01-01 (Moran)"),
    _c("b33-vest-garrett-class-b-final-conversion-plain",
       "On the Snowflake Form 3, what can trigger the automatic conversion of Mark Garrett's Class B shares on the final "
       "conversion date?", "vest", P, [r"re:seventh anniversary|seven(th)? years?"],
       note="snow-garrett F3: earliest of nine months after Class B falls below 10%, the seventh anniversary of the IPO "
            "registration statement's effectiveness, or a majority Class B vote"),
    _c("b33-vest-pltr-warrants-exercisable-plain",
       "Were the Palantir warrants on Thiel's 2020 Form 3 already exercisable when the form was filed?", "vest", P,
       [r"re:fully vested|exercisable"], note="pltr-3 F20: 'All of the shares underlying the warrant are fully vested and exercisable as of the date hereof.'"),
    _c("b33-vest-botha-mdb-rsus-expire-slack", "botha mdb rsus - do they expire", "vest", S,
       [r"re:no expiration|do not expire|don'?t expire|never expire|no expiry|not expire"],
       note="everyday: mdb F2: each RSU 'has no expiration date'"),
    _c("b33-vest-smith-final-installment-slack", "exbt smith rsus - final installment date", "vest", S, ["d:2026-03-01"],
       db="samples", note="everyday: sample F3: four equal annual installments beginning March 1, 2023: last March 1, 2026"),
    _c("b33-vest-smith-third-installment-slack", "smith exbt rsus - when was the 3rd annual installment due", "vest", S,
       ["d:2025-03-01"], db="samples", note="sample F3: four equal annual installments beginning March 1, 2023: third on March 1, 2025"),
    _c("b33-vest-musk-2012-tranche-size-slack",
       "musk's 2012 tsla option vests in 10 slices right? how many shs in each slice", "vest", S,
       [("2,637,450.5", "2,637,451", "2,637,450")], note="tsla 2021 F26: 1/10 of 26,374,505 per tranche"),
    _c("b33-vest-snow-options-run-out-plain",
       "Could you tell me when the stock options that 2seventy bio gave Jessica Snow run out, and what she would pay per share?",
       "vest", P, ["d:2035-01-06", "$2.64"], note="everyday: tsvt Table II option: exercise price $2.64, expiration 2035-01-06"),
    _c("b33-vest-melkote-options-expire-plain", "When do Rajesh Melkote's 374Water stock options expire, and at what strike?",
       "vest", P, ["d:2035-04-29", "$0.33"], note="everyday: scwo Table II option: $0.33, expiration 2035-04-29"),
]

CASES += [
    # ------------------------------------------------------------------ 7. roles, titles, boxes, signers
    _c("b33-role-pdex-boxes-each-owner-plain",
       "On the Pro-Dex Form 4, which relationship boxes are checked for each of the two reporting persons?", "role", P,
       ["re:Cabillot", DIRECTOR, TEN], note="everyday: pdex: Cabillot isDirector + isTenPercentOwner; Farnam Street Partners isTenPercentOwner only"),
    _c("b33-role-betr-signature-mismatch-slack",
       "betr form 4 sigs - does every reporting owner have its own signature? one looks off to me", "role", S,
       ["re:SB Northstar", "re:SB Management"],
       note="betr: eight reporting owners end with SB Management Ltd, but the eighth signature is 'SB Northstar LP By: /s/ "
            "Stephen Lam, Director'; no signature names SB Management"),
    _c("b33-role-stephen-lam-capacity-plain",
       "In what capacity does Stephen Lam sign the Better Home & Finance Form 4, and for which entities?", "role", P,
       [r"re:General Counsel", r"re:SB Global Advisers"],
       note="betr: 'SB Global Advisers Limited, By: /s/ Stephen Lam, General Counsel' (also as its Manager for SoftBank Vision "
            "Fund II-2) and 'SB Northstar LP By: /s/ Stephen Lam, Director'"),
    _c("b33-role-palantir-founder-ceo-or-board-slack",
       "who is the founder fellow at palantir in your records, is he the ceo or just on the board?", "role", S,
       ["re:Thiel", DIRECTOR], note="everyday: pltr filings: isDirector (10% owner in 2020/2021), no officer box or title"),
    _c("b33-role-levchin-yelp-vs-yahoo-boxes-plain",
       "Which relationship box did Max Levchin check on his Yelp Form 4 that he did not check on his Yahoo Form 4?", "role", P,
       [TEN], note="yelp: isDirector + isTenPercentOwner; yhoo: isDirector only"),
    _c("b33-role-golden-signer-slack", "who signed for golden properties on the arec form, a lawyer or what", "role", S,
       ["n:Alex Lau"], note="everyday: arec: '/s/ Alex Lau', 2024-07-19, no capacity stated"),
    _c("b33-role-bksy-owner-count-individuals-plain",
       "How many reporting persons are on the BlackSky Form 3, and which of them are individuals?", "role", P,
       [r"re:\b(7|seven)\b", "re:Royan", "re:Thiel"],
       note="bksy: Mithril GP LP, Mithril LP, Mithril II UGP LLC, Mithril II GP LP, MITHRIL II LP, Royan Ajay, THIEL PETER"),
    _c("b33-role-mcguirk-box-signer-slack", "mcguirk isba - director or officer? who signed n when", "role", S,
       [DIRECTOR, "n:Jennifer Gill", "d:2024-05-01"],
       note="everyday: isba: isDirector; '/s/ Jennifer L. Gill, By Power of Attorney' 2024-05-01"),
    _c("b33-role-thiel-2024-remark-13g-plain",
       "Which Schedule 13G does the remark on Thiel's March 2024 Palantir Form 4 point to, and when was it originally filed?",
       "role", P, [r"re:13G", "d:2021-02-16"],
       note="pltr 2024 remarks: the Reporting Person's Schedule 13G 'originally filed ... on February 16, 2021'"),
    _c("b33-role-garrett-employee-or-board-slack",
       "is the garrett fellow at snowflake an employee or one of those outside board people?", "role", S,
       [DIRECTOR, "re:Garrett"], note="everyday: snow-garrett Form 3: isDirector only, no officer title"),
    _c("b33-role-yelp-signer-slack", "who signed the yelp form 4 for levchin + date", "role", S,
       ["n:Donna Hammer", "d:2012-03-09"], note="everyday: yelp: '/s/ Donna Hammer, Attorney-in-fact' 2012-03-09"),
    _c("b33-role-smith-exbt-relationship-plain",
       "What relationship does Alex J. Smith have to Example Biotech, and when did he sign his Form 4?", "role", P,
       [r"re:Chief Financial Officer|\bCFO\b", "d:2024-03-04"], db="samples",
       note="sample exbt: isOfficer, 'Chief Financial Officer'; '/s/ Alex J. Smith' 2024-03-04"),
    _c("b33-role-square-signer-slack", "square botha form - who signed, in what capacity, what date", "role", S,
       ["n:Jung Yeon Son", r"re:attorney", "d:2018-11-20"], note="everyday: sq: '/s/ Jung Yeon Son, Attorney-In-Fact' 2018-11-20"),
    _c("b33-role-exrb-ceo-on-board-slack", "who runs example robotics, and is the ceo also on the board?", "role", S,
       ["n:Jane Doe", r"re:President and CEO|chief executive", DIRECTOR], db="samples",
       note="everyday: sample exrb: Doe Jane A, isDirector + isOfficer, 'President and CEO'"),
    _c("b33-role-tgen-title-as-filed-slack", "tgen whiting title exactly as filed", "role", S,
       [r"re:General Counsel (&|&amp;|and) Secretary"], note="everyday: officerTitle 'General Counsel & Secretary'"),
    _c("b33-role-royan-not-on-guts-plain", "Why isn't Ajay Royan a reporting person on the Fractyl Health Form 4?", "role", P,
       [r"re:separate", r"re:director"], note="guts F2/F3: 'Mr. Royan is a director of the Issuer and files separate Section 16 reports.'"),
    _c("b33-role-who-signs-for-musk-slack",
       "who signs all these forms for elon musk, is it always the same person?", "role", S,
       ["n:Aaron Beckman", "n:Seth Weissman", r"re:himself|his own|/s/ Elon Musk|personally|\bself"],
       note="everyday: 2021 Form 4s and Form 5: 'By: Aaron Beckman by Power of Attorney'; scty: '/s/ Seth R. Weissman, "
            "Atty-in-Fact'; 2009-2010 Tesla filings signed by Musk himself"),
    _c("b33-role-oscar-group-remark-plain", "What does the remark on the Oscar Health Form 3 say about the two reporting persons?",
       "role", P, [r"re:group"], note="oscr remarks: 'The Reporting Persons disclaim group status ...'"),
    _c("b33-role-apple-gc-signer-title-slack", "apple gc form - signed by who, when, and whats her title", "role", S,
       ["n:Sam Whittington", "d:2022-05-06", r"re:SVP, GC (&|and) Secretary"],
       note="everyday: aapl: '/s/ Sam Whittington, Attorney-in-Fact for Katherine L. Adams' 2022-05-06; title 'SVP, GC and Secretary'"),
]

CASES += [
    # ------------------------------------------------------------------ 8. totals across rows, filings and days
    _c("b33-sum-thiel-feb21-holding-rows-slack", "thiel feb 21 pltr form - total class a across the 9 holding rows", "sum", S,
       ["40,995,428"], note="pltr 2021 holding rows: 3,844,639 + 1,083,408 + 12,050,960 + 53,487 + 268,840 + 1,954,631 + "
                            "3,702,272 + 3,506,771 + 14,530,420"),
    _c("b33-sum-zip-mvis-withheld-shares-slack", "zip and mvis sell to cover shs added up", "sum", S, ["111,053"],
       note="F rows: zip 33,148 + mvis 77,905"),
    _c("b33-sum-adams-lots-under-161-plain",
       "What did Katherine Adams receive in total for the lots she sold below $161 a share on May 4, 2022?", "sum", P,
       [("$2,316,130.96", all_of("9,136", "5,316"))],
       note="aapl S rows 9,136 × $159.94 = $1,461,211.84 and 5,316 × $160.82 = $854,919.12"),
    _c("b33-sum-musk-gifts-nov22-24-plain",
       "How many Tesla shares did Musk's trust gift from November 22 through November 24, 2021?", "sum", P, ["2,560,000"],
       note="Form 5 G rows: Nov 22 1,560,000 + Nov 23 500,000 + Nov 24 500,000"),
    _c("b33-sum-thiel-four-llcs-2021-plain",
       "On Thiel's February 2021 Palantir Form 4, how many Class A shares did the four LLCs he owns outright (FF4 Investment, "
       "PLTR Holdings, Rivendell 25 and STS Holdings II) hold together?", "sum", P, ["13,456,695"],
       note="pltr 2021 holding rows: FF4 Investment 1,083,408 (F14) + PLTR Holdings 12,050,960 (F15) + Rivendell 25 53,487 (F17) "
            "+ STS Holdings II 268,840 (F18)"),
    _c("b33-sum-moran-15-and-18-rows-plain",
       "What were the combined proceeds of Kyle Moran's two December 8, 2025 sale rows priced at $15 and $18?", "sum", P,
       ["$1,650,000"], note="wve S rows 2025-12-08: 50,000 × $15.00 = $750,000 and 50,000 × $18.00 = $900,000"),
    _c("b33-sum-yelp-preferred-converted-plain",
       "How many Yelp preferred shares in total did Levchin convert, before the one-for-four ratio?", "sum", P, ["28,576,367"],
       note="yelp Table II C rows: Series A 12,681,798 + 15,396,360, Series D 246,819 + 251,390"),
    _c("b33-sum-mcguirk-indirect-only-slack", "isba mcguirk indirect only - llc + minor child added up", "sum", S,
       ["385,432.8483"], note="isba holding rows: Held by LLC 383,262.5326 + Held by minor child 2,170.3157"),
    _c("b33-sum-farnam-before-sales-plain",
       "Before Farnam Street Partners started selling in January 2025, what was its Pro-Dex position?", "sum", P, ["335,481"],
       note="pdex first S row 835 with after 334,646: 334,646 + 835 = 335,481 (= 333,210 + 2,271)"),
    _c("b33-sum-withheld-dollars-since-2024-plain",
       "Since the start of 2024, what is the total dollar value of shares withheld for taxes across all filers?", "sum", P,
       ["$373,142.86"], ["$742,518.86"],
       note="F rows 2024-2026: Smith $39,590 + Lamercie $107,781.38 + Travers $197,562.08 + Markham 77,905 × $0.3621 = "
            "$28,209.40; all years (with Musk 2010) is $742,518.86"),
    _c("b33-sum-musk-unfootnoted-lots-slack",
       "musk's first 11/8/21 form - shs sold in the lots that have no avg px footnote", "sum", S, ["9,900"],
       note="ms filing S rows without a price footnote: 1,100 @ $1,135.05, 600 @ $1,138, 6,400 @ $1,141.05, 400 @ $1,142.05, "
            "800 @ $1,152.05, 600 @ $1,156.55"),
    # re-check: dropped the alternative 1,093,180: 118,800 is not the size of Markham's June 6, 2025 grant (mvis F7: it
    # vests 33% a year to 2028, so 118,800 is one installment of ~360,000), and his 150,000 RSUs were also granted in June
    # 2025 (F5), so no reading gives 1,093,180; only the 2025 grant rows give a definite total.
    _c("b33-sum-rsu-grants-2025-plain",
       "In total, how many restricted stock units were granted during 2025 across the database?", "sum", P, ["974,380"],
       note="everyday: 2025 RSU awards reported on 2025 rows: Melkote 757,756 + Clements 110,474 + Snow 106,150 = 974,380; "
            "Markham's 2025 grants appear only in the footnotes of his 2026 filing (F5, F7) without a grant size for the "
            "June 6, 2025 one; Lamercie's PSU settlement is not a grant"),
    _c("b33-sum-scty-series-a-b-plain",
       "How many common shares did Musk's trust get from the SolarCity Series A and Series B conversions together?", "sum", P,
       ["13,389,062"], note="scty C rows 10,491,720 (Series A) + 2,897,342 (Series B)"),
    _c("b33-sum-apple-dkng-lawyers-dollars-slack",
       "how much did the apple and draftkings lawyers sell put together, in dollars", "sum", S, ["$8,086,699.87"],
       note="everyday: Adams $4,042,887.94 + Dodge $4,043,811.93"),
    _c("b33-sum-pltr-warrants-underlying-plain",
       "What is the total number of Class B shares underlying the three warrants on Thiel's 2020 Palantir Form 3?", "sum", P,
       ["5,211,093"], note="warrant rows: 4,502,447 (Mithril) + 536,445 (FF-IV) + 172,201 (FF-IVP)"),
    _c("b33-sum-tsla-2010-preferred-count-slack", "tsla 2010 - series a + b + d + e preferred shs converted, before the .333333 ratio",
       "sum", S, ["61,966,034"], note="tsla 2010 Table II C rows: 4,880,343 + 12,162,167 + 4,097,877 + 40,825,647 (Series C separately 10,572,687)"),
    _c("b33-sum-moran-1320-dollars-plain", "What is the total dollar value of Moran's December 8 sales at $13.20?", "sum", P,
       ["$1,452,000"], note="wve S rows 2025-12-08 at $13.20: 60,000 + 50,000 = 110,000 × $13.20"),
    _c("b33-sum-garrett-direct-plus-pref-slack", "garrett snow - direct opts + the pref underlying, total", "sum", S, ["517,612"],
       note="snow-garrett: direct option 383,594 + Series E preferred (partnership) underlying 134,018"),
    _c("b33-sum-exrb-2024-shares-traded-slack", "exrb - total shs traded by insiders in 2024, buys + sells", "sum", S,
       ["40,000"], db="samples", note="everyday: Doe S 25,000 + 5,000, Roe P 10,000"),
]

CASES += [
    # ------------------------------------------------------------------ 9. comparisons and multi-part questions: both figures
    _c("b33-cmp-pal-spv-2020-vs-2021-plain",
       "Did Mithril PAL-SPV 1's February 2021 Palantir Class A holding equal the Class A plus Class B it reported on the 2020 "
       "Form 3?", "cmp", P, ["14,530,420", r"re:\byes\b|same|equal|match"],
       note="pltr-3: 43,296 Class A + 14,487,124 Class B = 14,530,420 = pltr 2021 holding row (F22)"),
    _c("b33-cmp-sts-holdings-2021-vs-2024-plain",
       "Thiel has a company called STS Holdings II that holds Palantir for him. How much did it hold on the 2021 filing compared "
       "with the 2024 one?", "cmp", P, ["268,840", "20,733,625"],
       note="pltr 2021 holding F18: 268,840; pltr 2024 holding F8: 20,733,625"),
    _c("b33-cmp-rivendell7-2021-vs-2024-plain",
       "Did Rivendell 7 LLC sell more Palantir Class A shares in February 2021 or in March 2024, and by how many?", "cmp", P,
       ["20,000,000", "7,044,756", "12,955,244"], note="Rivendell 7 S rows: 2021 15,653,541 + 4,346,459; 2024 6,914,475 + 130,281"),
    _c("b33-cmp-lamercie-vs-travers-left-slack",
       "lamercie vs travers - who had more shs left after the tax withholding, n how many each", "cmp", S,
       ["20,869", "1,138,960", "re:Travers"], note="everyday: arw F row after 20,869; zip F row after 1,138,960"),
    _c("b33-cmp-mithril-address-adgi-vs-guts-plain",
       "Did the Mithril entities give the same address on the Adagio Form 4 and the Fractyl Health Form 4?", "cmp", P,
       [r"re:600 Congress", r"re:111 Congress"],
       note="adgi (2021): c/o Mithril Capital Management, 600 Congress Avenue Suite 3100, Austin; guts (2024): 111 Congress Avenue, Suite 500"),
    _c("b33-cmp-hoffman-address-lnkd-vs-msft-slack",
       "reid hoffman's address on his linkedin form vs his microsoft form, different places?", "cmp", S,
       [r"re:Mountain View|Stierlin", r"re:Redmond|One Microsoft Way"],
       note="lnkd: c/o LinkedIn, 2029 Stierlin Court, Mountain View; msft: c/o Microsoft, One Microsoft Way, Redmond"),
    _c("b33-cmp-two-gc-signing-lag-plain",
       "How many days after the grant or vesting date did the Tecogen and MicroVision general counsels sign their Form 4s?",
       "cmp", P, ["d:2023-09-27", "d:2026-06-10"],
       note="Whiting: grant 2023-09-20, signed 2023-09-27 (7 days); Markham: M rows 2026-06-08, signed 2026-06-10 (2 days)"),
    _c("b33-cmp-moran-exercise-vs-sale-avg-slack", "moran avg exercise px vs avg sale px on dec 8", "cmp", S,
       [("$3.43", "$3.4348"), ("$14.77", "$14.7714")],
       note="Dec 8 M rows $721,300 / 210,000 = $3.4348; Dec 8 S rows $3,102,000 / 210,000 = $14.7714"),
    _c("b33-cmp-thiel-oscar-vs-blacksky-address-plain",
       "Did Peter Thiel give the same address on his Oscar Health Form 3 and on the BlackSky Form 3?", "cmp", P,
       [r"re:Letterman|San Francisco", r"re:600 Congress|Austin"],
       note="oscr: One Letterman Drive, Building D, 5th Floor, San Francisco; bksy: c/o Mithril Capital Management, 600 "
            "Congress Avenue Suite 3100, Austin"),
    _c("b33-cmp-hoffman-boxes-lnkd-vs-msft-plain",
       "Compare the relationship boxes Reid Hoffman checked on his LinkedIn Form 3 and on his Microsoft Form 4.", "cmp", P,
       [TEN, DIRECTOR, r"re:LinkedIn|LNKD", r"re:Microsoft|MSFT"],
       note="lnkd: isDirector + isTenPercentOwner; msft: isDirector only"),
    _c("b33-cmp-musk-two-filings-shares-diff-slack",
       "between the two tesla filings on nov 8 2021 which one sold more shares, and by how much", "cmp", S,
       ["676,812", "257,279", "419,533"], note="everyday: second filing 676,812 − first filing 257,279"),
    _c("b33-cmp-levchin-address-yelp-vs-yahoo-plain", "Did Max Levchin give the same address on his Yelp and Yahoo Form 4s?",
       "cmp", P, [r"re:706 Mission|San Francisco", r"re:701 First|Sunnyvale"],
       note="yelp: c/o Yelp Inc., 706 Mission St., 7th Floor, San Francisco; yhoo: c/o Yahoo! Inc., 701 First Avenue, Sunnyvale"),
    _c("b33-cmp-thiel-address-2021-vs-2024-slack", "thiel pltr address on the 2021 form vs the 2024 form - same?", "cmp", S,
       [r"re:1555 Blake|Blake Street", r"re:1200 17th|17th Street"],
       note="pltr 2021: c/o Palantir, 1555 Blake Street, Suite 250, Denver; pltr 2024: 1200 17th Street, Floor 15, Denver"),
    _c("b33-cmp-musk-address-2021-form4-vs-form5-plain",
       "Did Musk's address change between his November 2021 Tesla Form 4s and his 2021 Form 5?", "cmp", P,
       [r"re:Deer Creek|Palo Alto", r"re:Tesla Road|Austin"],
       note="Form 4s: c/o Tesla, 3500 Deer Creek Road, Palo Alto CA; Form 5: c/o Tesla, 13101 Tesla Road, Austin TX"),
    _c("b33-cmp-feld-plan-to-sale-slack", "feld bdx plan adoption to the sale - how long", "cmp", S,
       ["d:2025-02-07", r"re:\b322\b|\b(10|10\.5|10\.6|ten|eleven|11|nearly eleven|almost eleven) months"],
       note="bdx remarks: adopted February 7, 2025; sale December 26, 2025: 322 days"),
    _c("b33-cmp-berkshire-vs-scarpelli-family-slack",
       "who owns more of snowflake, buffett's company or the cfo counting all his family trusts?", "cmp", S,
       ["6,125,376", ("894,585", "793,488"), "re:Berkshire"],
       note="everyday: Berkshire (via Columbia) 6,125,376; Scarpelli trusts 793,488 (+ 101,097 direct = 894,585)"),
    _c("b33-cmp-musk-2009-vs-2021-strike-plain",
       "Which of Musk's two Tesla options carried the lower strike: the 2009 grant or the option he exercised in November 2021?",
       "cmp", P, ["$6.63", "$6.24"], note="tsla 2009 grant $6.63 (exp 2016-12-03); 2021 exercised option $6.24 (exp 2022-08-13)"),
    _c("b33-cmp-doe-sell-vs-roe-buy-px-slack", "exrb doe avg sell px vs roe buy px", "cmp", S,
       [("$42.32", "$42.3196"), "$38.50"], db="samples",
       note="Doe $1,269,587.50 / 30,000 = $42.3196; Roe P at $38.50"),
    _c("b33-cmp-dodge-vs-thiel24-plan-gap-slack", "dodge vs thiel 2024 - days from plan adoption to first sale", "cmp", S,
       [r"re:\b91\b", r"re:same|both|equal|tie|identical"],
       note="Dodge: December 13, 2024 → March 14, 2025 = 91 days; Thiel: December 12, 2023 → March 12, 2024 = 91 days"),
]

CASES += [
    # ------------------------------------------------------------------ 10. market-wide superlatives and counts
    _c("b33-mkt-longest-signing-lag-plain", "Which Form 4 in the database was signed the longest after its transaction date?",
       "mkt", P, ["d:2011-01-25", ("838,996", "d:2009-12-04")],
       note="tsla-musk-4-2009-12-04: option grant 2009-12-04 signed 2011-01-25 (417 days); next BETR 88 days"),
    _c("b33-mkt-top3-filings-by-owner-count-slack", "top 3 filings by number of reporting owners", "mkt", S,
       [r"re:Better|BETR|SoftBank", r"re:BlackSky|BKSY", r"re:Fractyl|GUTS"],
       note="everyday: betr 8, bksy 7, guts 6 reporting owners (adgi 4 next)"),
    _c("b33-mkt-longest-plan-to-sale-gap-slack",
       "out of everyone, who waited the longest between setting up one of those pre-planned selling plans and actually selling?",
       "mkt", S, ["re:Feld", (r"re:\b322\b", "d:2025-02-07")],
       note="adoption → first sale: Feld 322 days (Feb 7 → Dec 26, 2025); Moran 270; Adams 261; Rabois 200; Doe 166; "
            "Pro-Dex 125; Dodge 91; Thiel 2024 91; Musk 55"),
    _c("b33-mkt-shortest-plan-to-sale-gap-slack", "shortest gap between a 10b5-1 plan adoption and the first sale anywhere", "mkt",
       S, ["re:Musk", (r"re:\b55\b", "d:2021-09-14")], note="tsla 2021 F1: adopted September 14, 2021; sales November 8, 2021: 55 days"),
    _c("b33-mkt-most-table2-rows-plain", "Which filing has the most rows in Table II?", "mkt", P,
       [r"re:Palantir|PLTR", r"re:\b21\b"], note="pltr-3: 21 derivative holdings; pltr 2021: 10 derivative transactions"),
    _c("b33-mkt-form3-most-holding-rows-plain", "Which Form 3 in the database lists the most holding rows?", "mkt", P,
       [r"re:Palantir|PLTR|Thiel", r"re:\b38\b"], note="pltr-3: 17 Table I + 21 Table II holdings; oscr 10 next"),
    _c("b33-mkt-most-recent-form3-slack", "most recent form 3 anywhere + who filed it", "mkt", S,
       [r"re:Hegde|SunPower|SPWR", "d:2021-12-31"], note="everyday: spwr-hegde-3: period 2021-12-31 (brds 2021-11-04 next)"),
    _c("b33-mkt-c-rows-table1-plain", "How many Table I rows in the database are coded C?", "mkt", P, [r"re:\b22\b"],
       note="Table I C rows: pltr 2021 10, scty 6, guts 2, tsla 2010 2, adgi 1, betr 1 = 22 (Table II has 36 more)"),
    _c("b33-mkt-smallest-buy-by-shares-slack", "smallest open mkt buy anywhere by shs", "mkt", S, ["275.634", "re:McGuirk"],
       note="everyday: P rows: isba 275.634 is the smallest (Golden's 800,000 does not affect this)"),
    _c("b33-mkt-company-most-insiders-slack",
       "which company in your records has the most insiders filing forms? my guess is tesla", "mkt", S,
       [r"re:Better|BETR"], note="distinct reporting owners per issuer: Better Home & Finance 8, BlackSky 7, Fractyl 6, "
                                 "Snowflake 5; Tesla 1 (Musk)"),
    _c("b33-mkt-weekend-transactions-plain", "Which transactions in the database are dated on a weekend?", "mkt", P,
       [r"re:Travers|ZipRecruiter|\bZIP\b", "d:2025-03-15"],
       note="zip rows dated Saturday 2025-03-15 (four M settlements and the F withholding); every other transaction date is a weekday"),
    _c("b33-mkt-most-codes-one-filing-slack", "which filing has the most different transaction codes on it", "mkt", S,
       [r"re:Tesla|Musk", r"re:2010"], note="tsla-musk-4-2010-07-02: C, X, F and S (four codes); mvis M, F, A; mdb G, A"),
    _c("b33-mkt-gift-givers-count-slack", "how many different insiders reported gifts across the whole db", "mkt", S,
       [r"re:\b(4|four)\b", "re:Musk", "re:McMahon", "re:Ahmed", "re:Botha"],
       note="everyday: G rows: Musk (Tesla), McMahon (Snowflake), Ahmed (Lam), Botha (MongoDB)"),
    _c("b33-mkt-biggest-seller-dollars-slack", "whos the biggest seller in dollars in the whole thing? i assume its musk", "mkt",
       S, ["re:Musk", ("$1,126,400,317.72", "$1,102,342,478.72")],
       note="everyday: Musk S rows $24,057,839 (2010) + $1,102,342,478.72 (2021) = $1,126,400,317.72; Thiel $679,399,220.54 next"),
    _c("b33-mkt-longest-span-one-filing-plain", "Which filing's transactions span the longest stretch of time?", "mkt", P,
       [r"re:MongoDB|MDB|Botha"], note="mdb: G rows 2020-07-17 and A rows 2021-06-29 on one Form 4; every other filing spans at most 10 days"),
    _c("b33-mkt-first-2025-transaction-slack", "first insider transaction of 2025 anywhere", "mkt", S,
       [r"re:Snow|2seventy|TSVT", "d:2025-01-06"], note="everyday: tsvt A rows 2025-01-06; next air 2025-01-10"),
    _c("b33-mkt-form3-slowest-signed-plain", "Among the Form 3s in the database, which was signed the longest after its event date?",
       "mkt", P, [r"re:BlackSky|BKSY|Mithril", "d:2021-09-20"],
       note="bksy period 2021-09-09 signed 2021-09-20 (11 days); snow-berkshire 10 days; brds 8; spwr 7"),
    _c("b33-mkt-filing-most-dates-plain", "Which filing reports transactions on the greatest number of different dates?", "mkt", P,
       [r"re:Form 5|Musk|Tesla", r"re:\b(5|five)\b"],
       note="tsla Form 5: G rows on Nov 19, 22, 23, 24 and 29, 2021; no other filing has more than two dates"),
    _c("b33-mkt-most-trusts-one-form-slack", "which filer lists the most trusts on one form anywhere", "mkt", S,
       ["re:Scarpelli", r"re:\b(8|eight)\b"],
       note="snow-scarpelli: eight 'Trust' holding rows (GRAT, family trust, six Fintail trusts); Garrett four, McMahon two"),
]

CASES += [
    # ------------------------------------------------------------------ 11. prices, predictions, advice, motives: say so, then the facts
    _c("b33-cant-buy-tesla-fixed-income-slack",
       "is it smart for me to buy tesla now that musk gave so much of it away? im 72 and on a fixed income", "cant", S,
       [CANT, ("5,044,000", r"re:gift")], note="everyday: advice; the filings show the November 2021 gifts (5,044,000)"),
    _c("b33-cant-musk-pct-of-tesla-plain", "What percentage of Tesla does Elon Musk own?", "cant", P,
       [CANT_PCT, ("170,492,985", "172,608,251", "1,220,481")],
       note="everyday: no shares-outstanding figure in the filings; trust 170,492,985 (Nov 8, 2021) / 172,608,251 after the "
            "last gift, direct 1,220,481"),
    _c("b33-cant-palantir-founder-slice-slack",
       "how much of palantir does the founder fellow still own, like what slice of the whole company is his", "cant", S,
       [CANT_PCT, ("70,806,432", "20,823,993", "20,733,625", "53,487")],
       note="percent of company needs shares outstanding; 2024 Form 4: Rivendell 7 70,806,432, PLTR Holdings 20,823,993, STS "
            "Holdings II 20,733,625, Rivendell 25 53,487 (remark: not all holdings)"),
    _c("b33-cant-thiel-lost-faith-plain",
       "Was Peter Thiel's March 2024 Palantir sale a sign that he has lost faith in the company?", "cant", P,
       [CANT, ("d:2023-12-12", r"re:10b5-1")], note="everyday: motive; the filing shows the sales were under a plan adopted December 12, 2023"),
    _c("b33-cant-apple-up-or-down-slack",
       "if id bought apple back when the lawyer lady sold in 2022 would i be up or down now", "cant", S, [CANT],
       note="everyday: needs today's market price; the filing shows only her May 4, 2022 prices ($159.94-$165.95)"),
    _c("b33-cant-wve-next-quarter-slack", "wve going up or down next qtr", "cant", S, [CANT], note="everyday: prediction"),
    _c("b33-cant-follow-mcguirk-plain", "Should I follow Richard McGuirk and buy Isabella Bank stock at $18.14?", "cant", P,
       [CANT, "$18.14"], note="everyday: advice; his P row was at $18.14"),
    _c("b33-cant-scarpelli-bad-sign-slack",
       "was the snowflake cfo's selling a bad sign or just paperwork? i see something about tax planning", "cant", S,
       [CANT, r"re:tax planning|financial and tax"], note="judgement; F2: 'effected for financial and tax planning purposes'"),
    _c("b33-cant-fractyl-above-ipo-plain", "Is Fractyl Health trading above the $15 IPO price Mithril paid?", "cant", P,
       [CANT, "$15"], note="everyday: market price; guts P row 333,333 at $15.00"),
    _c("b33-cant-dkng-price-vs-dodge-slack", "dkng px today vs dodge's $39 sale", "cant", S, [CANT, "$39"],
       note="everyday: market price; the March 17, 2025 row was at $39"),
    _c("b33-cant-hoffman-sell-after-board-plain",
       "Do you expect Reid Hoffman to sell his Microsoft shares once he leaves the board?", "cant", P, [CANT],
       note="prediction; F2 only says delivery follows his separation from the board"),
    _c("b33-cant-lam-cheaper-after-split-slack",
       "lam research split their stock 10 for 1, does that mean i should buy more now that its cheaper?", "cant", S,
       [CANT], note="advice; the 4/A remark notes the ten-for-one split effective October 2, 2024"),
    _c("b33-cant-snow-close-berkshire-day-plain",
       "What was Snowflake's closing price on September 18, 2020, the date of Berkshire's Form 3?", "cant", P, [CANT],
       note="everyday: market price"),
    _c("b33-cant-jetblue-in-trouble-slack",
       "my grandson wants to know if jetblue is in trouble since they pay the digital officer in stock units instead of cash",
       "cant", S, [CANT], note="judgement/prediction; the filing shows only the 110,474-RSU grant"),
    _c("b33-cant-softbank-convert-rest-plain",
       "Will SoftBank convert its remaining 137,545 Better Home & Finance Class B shares?", "cant", P, [CANT],
       note="prediction; the filing shows 137,545 Class B left after the December 2024 conversion"),
    _c("b33-cant-mvis-buy-36-cents-slack", "is mvis a buy at 36 cents", "cant", S, [CANT], note="everyday: advice"),
    _c("b33-cant-snow-options-worth-vested-plain",
       "What will Jessica Snow's 2seventy bio options be worth once they are fully vested?", "cant", P, [CANT, "$2.64"],
       note="prediction; 70,750 at $2.64"),
    _c("b33-cant-musk-late-form-trouble-slack",
       "why did musk sign his 2009 tesla option form more than a year late, was he in some kind of trouble?", "cant", S,
       [CANT, "d:2011-01-25"],
       note="motive/legal judgement; the filing was signed 2011-01-25 and F1 says the first performance objective was "
            "certified January 21, 2011"),
    _c("b33-cant-pltr-up-since-2021-slack", "how much has pltr gone up since thiel's 2021 sells", "cant", S, [CANT],
       note="everyday: market prices"),
    _c("b33-cant-exrb-good-buy-plain",
       "Is Example Robotics a good buy, given that a director bought shares in June 2024?", "cant", P, [CANT], db="samples",
       note="everyday: advice; the filing shows Roe's 10,000-share purchase at $38.50"),
]

CASES += [
    # ------------------------------------------------------------------ 12. typos in names and tickers
    _c("b33-typo-stanten-dodge-slack", "stanten dodge dkng sells total shs n $", "typo", S, ["105,554", "$4,043,811.93"],
       note="everyday: Stanton Dodge; three S rows"),
    _c("b33-typo-jessica-garashia-plain", "What did Jessica Garashia sell at AAR, and at what price?", "typo", P,
       ["1,500", "$66.903"], note="everyday: Garascia; S row 2025-01-10"),
    _c("b33-typo-elon-musc-solar-city-slack",
       "that elon musc fellow, did he buy any solar city stock when it went public?", "typo", S, ["1,875,000", "$8"],
       note="everyday: Elon Musk, SolarCity; P row 2012-12-18 at $8.00"),
    _c("b33-typo-reid-hoffmann-zynga-address-plain", "What address did Reid Hoffmann give on his Zynga Form 4?", "typo", P,
       [r"re:2029 Stierlin|Mountain View|LinkedIn"], note="Hoffman; znga reporting owner address c/o LinkedIn Corporation, "
                                                         "2029 Stierlin Court, Mountain View CA"),
    _c("b33-typo-peter-teal-guts-address-slack", "peter teal address on the guts form", "typo", S, [r"re:111 Congress|Austin"],
       note="Thiel; guts: c/o Mithril Capital Management LLC, 111 Congress Avenue, Suite 500, Austin TX"),
    _c("b33-typo-tslaa-gifts-slack", "$tslaa musk gifts nov 21 total", "typo", S, ["5,044,000"], note="everyday: TSLA; Form 5 G rows"),
    _c("b33-typo-zipp-espp-slack", "$zipp president espp shs", "typo", S, ["3,019"],
       note="ZIP; F2: 3,019 Class A acquired February 14, 2025 under the employee stock purchase plan"),
    _c("b33-typo-dkngg-clo-address-slack", "$dkngg clo address on the form", "typo", S, [r"re:222 Berkeley|Boston"],
       note="DKNG; Dodge c/o DraftKings Inc., 222 Berkeley Street, 5th Floor, Boston MA"),
    _c("b33-typo-bectin-dickinson-plain", "Who is the Bectin Dickinson insider in your data, and what did he sell?", "typo", P,
       ["re:Feld", "74"], note="everyday: Becton Dickinson; Feld S row 74 at $196.08"),
    _c("b33-typo-lamb-research-director-address-slack",
       "lamb research - the director who moved shares to a trust, whats her name and address", "typo", S,
       ["re:Ahmed", r"re:4650 Cushing|Fremont"], note="Lam Research; Ahmed Sohail U, c/o Lam Research, 4650 Cushing Parkway, Fremont"),
    _c("b33-typo-arrow-electric-psu-plain",
       "What did the Arrow Electric chief legal officer receive when her PSUs vested?", "typo", P, ["2,193"],
       note="everyday: Arrow Electronics; A row 2,193 (F1 PSU vesting)"),
    _c("b33-typo-snow-flake-cfo-address-slack", "snow flake cfo address on his form", "typo", S,
       [r"re:106 East Babcock|Bozeman"], note="Snowflake; Scarpelli c/o Snowflake, 106 East Babcock Street, Suite 3A, Bozeman MT"),
    _c("b33-typo-black-sky-holdings-slack", "black sky form 3 - class a held by mithril lp vs mithril ii lp", "typo", S,
       ["10,386,626", "8,241,400"], note="BlackSky; F2 (Mithril LP) 10,386,626, F4 (Mithril II LP) 8,241,400"),
    _c("b33-typo-fractil-owners-address-plain", "What address do the reporting owners give on the Fractil Health Form 4?", "typo",
       P, [r"re:111 Congress|Austin"], note="Fractyl; all six owners c/o Mithril Capital Management LLC, 111 Congress Avenue, Suite 500, Austin TX"),
    _c("b33-typo-adagio-therapeutix-ipo-slack",
       "the adagio therapeutix ipo, what did thiel's group pay per share and how many did they get", "typo", S,
       ["1,997,000", "$17"], note="everyday: Adagio Therapeutics; P row 2021-08-10"),
    _c("b33-typo-isabel-bank-director-address-slack", "isabel bank director address", "typo", S,
       [r"re:770 Stoneridge|Mt\.? Pleasant|Mount Pleasant"], note="Isabella Bank; McGuirk, 770 Stoneridge Dr., Mt. Pleasant MI"),
    _c("b33-typo-techogen-gc-address-plain", "What address does the Techogen general counsel give on his Form 4?", "typo", P,
       [r"re:45 First|Waltham"], note="Tecogen; Whiting, 45 First Ave., Waltham MA"),
    _c("b33-typo-linked-in-pref-ratio-slack", "linked in hoffman pref shs convert at what ratio n into how many", "typo", S,
       [r"re:1:1|one[- ]for[- ]one|1-for-1|one share|one-to-one", "2,028,942"],
       note="LinkedIn; F3: Series A convertible preferred converts 1:1; underlying 2,028,942"),
    _c("b33-typo-kyle-morgan-dec8-slack", "kyle morgan at wave, what did he sell on dec 8 all together", "typo", S,
       [("210,000", "$3,102,000")], ["n:Morgan Lee"],
       note="everyday: Kyle Moran; four Dec 8 S rows (60,000 + 50,000 + 50,000 + 50,000 = 210,000, $3,102,000); Morgan Lee is the sample fund director"),
    _c("b33-typo-rolf-botha-address-slack", "rolf botha mdb address", "typo", S, [r"re:2800 Sand Hill|Menlo Park"],
       note="Roelof Botha; c/o Sequoia Capital, 2800 Sand Hill Road, Suite 101, Menlo Park"),
    _c("b33-typo-jon-mcmahon-1995-trust-slack", "jon mcmahon snow 1995 family trust shs, n is he trustee", "typo", S,
       ["125,737", r"re:trustee"], note="John McMahon; Form 5 holding row F4: John McMahon 1995 Family Trust 125,737, he is a trustee"),
    _c("b33-typo-jessica-snowe-signer-plain", "Who signed Jessica Snowe's 2seventy bio Form 4?", "typo", P, ["n:Iya Kessler"],
       note="Jessica Snow; '/s/ Iya Kessler, Attorney-in-Fact' 2025-01-08"),
    _c("b33-typo-pallantir-2024-total-slack", "pallantir thiel 2024 sells total $", "typo", S, ["$174,615,999.27"],
       note="everyday: Palantir; two S rows 2024-03-12"),
]

CASES += [
    # ------------------------------------------------------------------ 13. holdings: direct, indirect, vehicles
    _c("b33-hold-levchin-pensco-say-slack", "the yelp fellow levchin, who has the say over the shares in that pensco account",
       "hold", S, [r"re:voting (and|&) dispositive|voting power|dispositive power"],
       note="yelp F4: 'Shares are held by PENSCO Trust Company FBO Max Levchin. The Reporting Person holds voting and dispositive power'"),
    _c("b33-hold-apple-lawyer-trust-or-own-name-slack",
       "how many apple shares does the lawyer lady still have, and is any of it in a trust or is it all in her own name", "hold",
       S, ["452,334", r"re:direct"], note="everyday: aapl: all seven rows D (direct), after 452,334; no indirect rows"),
    _c("b33-hold-mcguirk-minor-child-in-direct-slack", "isba minor child shs - r they counted in mcguirk's direct 15.7k", "hold", S,
       ["2,170.3157", "15,711.8844"], note="everyday: isba: direct after 15,711.8844; separate indirect row 'Held by minor child' 2,170.3157"),
    _c("b33-hold-pltr-class-f-voting-trust-plain",
       "On Thiel's 2020 Palantir Form 3, who holds the 335,000 Class F shares of record, and who are the parties to that arrangement?",
       "hold", P, ["335,000", r"re:Voting Trust", r"re:Wilmington"],
       note="pltr-3 F19: held by the Voting Trust under an agreement among Alexander Karp, Stephen Cohen, Thiel and Wilmington "
            "Trust, National Association"),
    _c("b33-hold-softbank-entity-chain-plain",
       "Through which chain of entities does SoftBank Group hold its Better Home & Finance shares, according to footnote 3?",
       "hold", P, [r"re:SVF II Beaver", r"re:Aggregator", r"re:SVF II Holdings"],
       note="betr F3: SoftBank Vision Fund II-2 is sole LP of SVF II Aggregator (Jersey), sole member of SVF II Holdings (DE), "
            "sole member of SVF II Beaver (DE), the holder of record; SB Global Advisers is manager"),
    _c("b33-hold-botha-ttgp-role-slack", "botha's role above the sequoia funds on the sq form", "hold", S, [r"re:TTGP"],
       note="sq F1/F3: Botha is a Director of SC US (TTGP), Ltd., general partner of the funds' general partners"),
    _c("b33-hold-musk-form3-direct-vs-trust-plain",
       "Which of Musk's Tesla holdings on his 2010 Form 3 were held directly rather than by trust?", "hold", P,
       [r"re:option", "$6.63"], note="tsla-3: the two 'Option to Buy (Common Stock)' rows at $6.63 are D; common, preferred and warrants 'By Trust'"),
    _c("b33-hold-ahmed-still-beneficial-owner-plain",
       "After moving 3,690 shares to the Sohail Family Trust, does Sohail Ahmed still count as the beneficial owner of them?",
       "hold", P, [r"re:(remains?|still|continues to be)[^.\n]{0,30}beneficial owner|\byes\b"],
       note="lrcx F1: trustee; she and her immediate family are sole beneficiaries; 'remains the beneficial owner of the securities held by the trust'"),
    _c("b33-hold-hoffman-controls-trust-votes-slack",
       "does reid hoffman himself control the votes on the linkedin shares in that living trust or is it shared with his wife",
       "hold", S, [r"re:sole voting|sole (voting and )?dispositive|retains sole"],
       note="lnkd F2: Hoffman and his spouse are trustees; 'Mr. Hoffman retains sole voting and dispositive power'"),
    _c("b33-hold-scarpelli-grat-role-plain",
       "Is Michael Scarpelli a trustee or a beneficiary of the 2019 Grantor Retained Annuity Trust, and what does that trust hold?",
       "hold", P, [r"re:beneficiary", "577,218"], note="snow F8: GRAT 'for which the Reporting Person is a beneficiary', 577,218"),
    _c("b33-hold-musk-revocable-trust-plain",
       "How is the Elon Musk Revocable Trust holding described on the second November 8, 2021 Form 4, and how many shares "
       "does it hold?", "hold", P, ["170,492,985", "d:2003-07-22"],
       note="trust filing holding row 'by Trust' 170,492,985, F23: Elon Musk Revocable Trust dated July 22, 2003, Musk trustee"),
    _c("b33-hold-mithril-pal-spv-form3-slack", "mithril pal-spv 1 - class a, class b and the warrant on thiel's 2020 form 3",
       "hold", S, ["43,296", "14,487,124", "4,502,447"],
       note="pltr-3: Class A holding F16 43,296; Class B F16 14,487,124; warrant F21 4,502,447 at $6.13"),
    _c("b33-hold-fintail-dated-slack", "when were scarpelli's fintail trusts dated", "hold", S, ["d:2020-12-29"],
       note="snow F10-F15: 2020 Fintail Irrevocable trusts f/b/o Child 1-3 dated 12/29/2020"),
    _c("b33-hold-pdex-left-direct-or-not-slack", "pdex shs left w farnam after the jan sells, and is that cabillot's direct",
       "hold", S, ["333,210", r"re:indirect|Farnam Street Partners"],
       note="everyday: S row 2025-01-24 after 333,210, I 'By Farnam Street Partners, L.P.'"),
    _c("b33-hold-mcguirk-footnote-plain",
       "What does footnote 1 on Richard McGuirk's Isabella Bank Form 4 say his share counts include?", "hold", P,
       [r"re:dividend reinvestment"], note="everyday: isba F1: 'Includes shares acquired through quarterly dividend reinvestment.'"),
    _c("b33-hold-oscar-largest-block-plain",
       "Per the Oscar Health Form 3, which fund holds the largest block of Class A shares, and how many?", "hold", P,
       ["7,778,012", r"re:Founders Fund IV|FF-IV"], note="oscr F1: The Founders Fund IV, LP 7,778,012 (FF-V 4,476,970 next)"),
    _c("b33-hold-hoffman-living-trust-trustees-slack",
       "does the reid hoffman living trust hold linkedin shares directly, and who are the trustees of it?", "hold", S,
       ["17,037,090", r"re:spouse|wife|Michelle Yee|Hoffman and his"],
       note="lnkd F2: held directly by the Reid Hoffman and Michelle Yee Living Trust dated October 27, 2009; Hoffman and his "
            "spouse are trustees"),
    _c("b33-hold-pt-ventures-role-slack", "what is thiel to pt ventures llc, and how many pltr class a did it have on the 2020 form 3",
       "hold", S, [r"re:Managing Member", "641,400"], note="pltr-3 F1: PT Ventures, LLC, of which the Reporting Person is the Managing Member; Class A 641,400 (Class B 2,565,601)"),
    _c("b33-hold-garrett-trusts-dated-slack", "garrett's 4 snow option trusts - when were they set up n what is he to them",
       "hold", S, [("d:2011-07-21", r"re:7/21/11|2011"), r"re:trustee"],
       note="snow-garrett F6-F9: 2011 Irrevocable Trusts U/T/D 7/21/11, for which the Reporting Person is a trustee"),
]

# ---------------------------------------------------------------------- 14. each surface speaks to its reader
CLI = (r"re:\binsiderbot\s+(sync|ingest|fetch|load|add|backfill|import|update|pull|crawl|refresh|download|watch|init)\b",)
ADMIN = (r"re:\badmins?\b", "re:administrator", "re:workspace owner")

SURFACE_CASES: list[Case] = [
    _c("b33-surf-wmt-retiree-slack",
       "hi there, new to slack. anything on walmart insiders selling? my husband held walmart for 40 years", "surface", S,
       [NONE, ADMIN], CLI),
    _c("b33-surf-pypl-slack", "$pypl insider sells last yr", "surface", S, [NONE, ADMIN], CLI),
    _c("b33-surf-dis-slack", "did disney's ceo sell any shares this year", "surface", S, [NONE, ADMIN], CLI),
    _c("b33-surf-amd-slack", "amd form 4s w/ 10b5-1 plans", "surface", S, [NONE, ADMIN], CLI),
    _c("b33-surf-cost-retiree-slack", "hi does anyone know if costco's insiders have been selling lately? my son works there",
       "surface", S, [NONE, ADMIN], CLI),
    _c("b33-surf-nke-slack", "nike insider gifts 2025", "surface", S, [NONE, ADMIN], CLI),
    _c("b33-surf-ba-slack", "boeing exec option exercises, who and how many", "surface", S, [NONE, ADMIN], CLI),
    _c("b33-surf-lulu-slack", "lulu sell to cover rows", "surface", S, [NONE, ADMIN], CLI),
    _c("b33-surf-abnb-slack", "any form 3s at abnb", "surface", S, [NONE, ADMIN], CLI),
    _c("b33-surf-spot-slack", "who are the 10% owners at spotify", "surface", S, [NONE, ADMIN], CLI),
    _c("b33-surf-isba-indirect-slack", "isba mcguirk indirect holdings", "surface", S, ["2,170.3157", "383,262.5326"], CLI),
    _c("b33-surf-pltr-proxy-date-slack", "thiel pltr 2024 remark - which proxy statement date", "surface", S, ["d:2023-04-26"], CLI),
    _c("b33-surf-bksy-former-name-slack", "bksy used to be called what, per the form 3", "surface", S, [r"re:Osprey"], CLI),
    _c("b33-surf-oscr-holding-rows-slack", "oscr form 3 - how many holding rows", "surface", S, [r"re:\b(10|ten)\b"], CLI),
]

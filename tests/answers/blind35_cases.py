"""The thirty-fifth blind question set: questions from two new askers — a compliance officer at a fund checking
insiders' trading around events (exact and skeptical, plain sentences, often two-part: what happened in a given week,
month or quarter, transactions on or near a date, Rule 10b5-1 plan adoption dates and the days from adoption to the
first sale, late filings measured in days from transaction to signature, business days around weekends, the one
amendment and its 36 days from the original submission, gifts and transfers to family trusts and estate-planning
vehicles, whether a disposition was a discretionary open-market sale, restricted-list and blackout-log wording) and a
hedge fund intern typing fast in the same Slack between tasks (lowercase, no punctuation, $tickers and bare tickers,
"y/y", "qtd", "avg px", "shs", "mgmt", "dir", "opts", "rsu", "pls"/"thx", the odd emoji, typos in names and tickers, and
quick comparisons such as "musk vs thiel # filings" and "who sold more tsla or pltr insiders 2024"); relative dates
count from today, December 7, 2026 ("last year" is 2025, "this year" and "this yr" are 2026, "qtd" is the fourth quarter
of 2026, "the last 2 yrs" starts December 7, 2024, "as of today" is December 7, 2026). Spread over the 13 failure
classes — scope, neg, verb, near, ex, vest, role, sum, cmp, mkt, cant, typo, hold — 54% Slack-style.

About a third of the set (the cases whose ``note`` starts with "everyday") are the ordinary shapes a demanding user
expects to just work: "did X buy / sell / exercise this year", "was X under a 10b5-1 plan", "who's the president at X
and when did he last file", "X's title and who signed", "any insider selling at X in Q1", "who's the largest holder",
"what does X still own", "pltr selling all-time", "musk vs thiel # filings", "should we load up on X", "did he know
something"; they are spread over the classes, negatives, near misses and typos included.

Shapes and facts new to this set (checked against sets 1-33): calendar windows across the whole market (Monday March 10
to Friday March 14, 2025; the first full week of January 2025; Christmas to New Year in any year — Feld's December 26,
2025 sale and Levchin's December 31, 2012 Yahoo option; July in any year — Tesla 2010, MongoDB 2020, American Resources
2024; the first quarter of 2024; three days either side of December 10, 2025; Friday trades signed the next Monday, Feld
and the sample CFO Smith); signature lags in days (Botha's 2020 gift 349, the longest after Musk's 2009 grant; Better
Home & Finance 88 against the Lam Research amendment 36; the Tesla Form 5 87 days after the first gift; the two Form 5s
45 and 39 days after their periods; the Bird and SunPower Form 3s 8 and 7; Berkshire's Form 3 10; Dodge 4 and Travers 3,
both signed March 18, 2025; Feld 3, Square 4, Yelp, Wave and 2seventy 2, American Resources 0; Dodge the slowest among
2025 transactions; Snow and Melkote tied at 2); plan timing (Rabois 200 days from adoption to sale, Doe 166, Pro-Dex
125, Moran 270; the sellers inside 100 days — Musk, Dodge, Thiel; nine dated adoptions; Doe's and Thiel's adoptions 11
days apart; the sales with no plan — Garascia, Scarpelli, Musk 2010; plan sales in Q1 2025, $4,138,389.77; the plan with
the most dollars, Musk's of September 14, 2021; the earliest plan sale, Thiel's of February 18, 2021); vesting counted
at an event or a date (Moran's $3.14 grant 164,062.5 vested when he exercised, his $4.75 grant 255,187.5 vested today;
Melkote's RSUs 15,786.58 a month after the cliff, 236,798.75 still unvested at the end of 2027, 378,878 by March 31,
2027, and his options 378,788 by the same date; Snow's RSUs 79,612.5 by January 2, 2028 with three installments left;
Clements 73,649.33 unvested today; three of Travers's grants vesting on December 15, 2026 and five tranches left on the
2024 grant; 46 of 48 Zynga service installments by the IPO; nine of ten Tesla 2012 tranches; Garrett's 72 months the
longest schedule; the immediately exercisable options; Melkote's RSUs the most units unvested today, 442,024.33); shares
of a position (Dodge sold 13.90%, Adams 5.24%, Farnam 0.677%, McMahon gave away 52.90%, Scarpelli sold 66.42% of his
post-exercise direct shares, Markham gave up 28.98% to the sell-to-cover; Musk's exercise used 8.45% of his remaining
grant and Scarpelli's 8.27%; 53.14% of Moran's exercise cost fell on December 9; Thiel sold 64.78% fewer shares in 2024
than in 2021; SoftBank kept 17.95% of its Class B; Rivendell 7 held 62.99% of Thiel's listed 2024 Palantir stake,
Mithril LP 55.76% of the BlackSky position, McGuirk's LLC 95.54% of his, the Series A preferred 10.64% of the LinkedIn
trust's); sums, most not asked before (Travers's tranches at the withholding price $361,962.72; 2024 purchases other
than American Resources 543,608.634; Adams's lots over $162 6,542 shares, under $163 19,358 shares and $3,111,315.54,
her two middle lots 4,906 and $795,184.58; Musk's six lots over 50,000, 418,153; Scarpelli's $151-$153 lots 116,893 and
$17,781,304.13; the Palantir Class B of Thiel's sole-owner LLCs 101,829,116; Moran's $13.20 and $15 rows $2,202,000, his
sub-$4 exercises $483,800, his $4.75 pair $662,500; PT Ventures and Thiel Capital 7,209,043; BlackSky without the
private placement 18,128,026; charity 5,044,000 against family vehicles 4,747; Musk's 2010 disposals at $17,
$24,427,215; ZipRecruiter plus MicroVision withholding $225,771.48); positions before a trade (Sequoia Growth Fund IV
854,616, Example Ventures Fund II 4,000,000, McMahon 116,052) and totals that did not change (Scarpelli 894,585, Ahmed
30,630); other superlatives (the filing with the most distinct signers, Better Home & Finance, five people; the year
with the most selling issuers, 2025 with five; Thiel with the most addresses and the most self-signed filings; Botha's
1,057 the smallest gift; Levchin's 774 the smallest option grant; the Snowflake holder of most shares, Berkshire). Typos
not used before: "garaskia", "Melkotay", "klements", "Michael Felt", "374 watter", "$wev", "Finanse", "tesler",
"Singermen", "berkshire hathway", "Oscar Helth", "solar citi", "Yelpp", "squre", "sequioa", "American Resorces",
"tecogenn", "Lam Reseach", "proodex", "2 seventy", "$mvsi", "kyle morn", "wave life sciense", "snowfalke" (and
"Garascio" reused in a new question).

Every expected fact was computed by hand from the filings' XML (a throwaway xml.etree table under /tmp/b35 — table.py
prints each filing's issuer with CIK, owners with CIKs, addresses, relationship boxes and titles, every Table I/II
transaction and holding with code, shares, price, A/D, dates, deemed dates, timeliness, shares owned after,
direct/indirect, nature of ownership, exercise/expiration dates, underlying security and shares, conversion price, the
footnotes attached to each row, remarks and signatures with dates; rows.py flattens the rows with weekday and signature
lag, and calc.py / calc2.py sum them with Decimal, rounding only at the end, and count days and vesting installments),
never from the bot's output; the questions were written without reading the engine, and checked against sets 1-33 by
normalised text, by fuzzy similarity and by the facts each earlier case requires, so that no question repeats an earlier
one — in a 50-file corpus asked some 8,800 questions before, many facts necessarily recur in another form. The notation
is ``blind_cases``'s (see ``compile_fact``); ``NONE`` here also accepts "has never filed" and "is not a reporting
person". ``SURFACE_CASES`` are asked with ``surface="slack"``: the answer names no CLI command, and a no-match says what
an admin can do.

Corpus quirks the expectations avoid: Kyle Moran's December 9, 2025 sale row is filed as "36.000" shares, so nothing
depends on that row's shares or dollars (Wave out-sells DraftKings over the last two years under either reading —
$4,103,979 or $4,832,250 against $4,043,811.93; Moran's December 9 proceeds top $1 million either way; the rows counted
at $15 or more and the strike-to-sale comparison read that row's price only); Moran's Table II exercise rows are coded
A, so nothing counts option grants or Table II exercise rows (the Wave questions read Table I, footnotes and the "owned
after" column; the smallest option grant, Levchin's 774, is smaller than any of them either way); the Tecogen filing is
stored twice, so no count or total includes Tecogen (it appears only in a 10b5-1 negative, a term comparison and a typo,
and Whiting's two identical self-signed copies stay below Thiel's four); Tesla is filed under two issuer names, so
nothing counts companies that include it (the year with the most selling issuers is 2025, which has no Tesla row);
Golden Properties' code P row is marked D, so no purchase total, count, latest or lowest price includes it (the 2024
purchase total leaves it out by name; it is named only as an entity buyer, in the July activity, by its relationship
box, its signature date and its holding as filed); Musk and Thiel tie on filings, so nothing asks who filed most (the
intern's "musk vs thiel # filings" expects the tie, seven each); the samples are part of the corpus db, so market-wide
figures include them (Smith in the first quarter of 2024 and among the Monday signers, Doe among the 2023 plan adoptions
and the nine adoption dates, the sample fund and Roe in the 2024 purchase total). Two inconsistencies in the filings are
avoided as well: Musk's 2009 option is described one way on the 2010 Form 3 (time vesting, F3) and another on the 2009
Form 4 (four performance installments, F1), and the 12,500 units "owned after" on Travers's 2022 RSU grant do not match
its 1/16-quarterly schedule (18,750), so no question asks how the first vests or what is left of the second.
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
# What a near miss must name, with what it is.
EXER = (r"re:exercis", r"re:\bM\b", r"re:\bX\b", "re:settle", "re:RSU|restricted stock", "re:vest")
GIFT = (r"re:gift", r"re:\bG\b", r"re:transferr?(ed)?", "re:estate planning", "re:charit")
DISTRIB = (r"re:distribut", r"re:\bJ\b", r"re:limited partners")
# The strict "no" for a question about one specific row.
LOOSE_NO = (*NO_SALE, r"re:\b(no|not)\b")
# The strict "no exercise" that leads a near miss about exercising.
NO_EXER = (*NONE, r"re:\b(did not|didn'?t|has not|hasn'?t|have not|haven'?t|never|not yet|not)\b[^.\n]{0,40}\bexercis",
           r"re:\bno\b[^.\n]{0,60}\bexercis")
# No Rule 10b5-1 plan behind a trade.
NO_PLAN = (*NONE, r"re:\b(no|not|none|never|without|wasn'?t|weren'?t|isn'?t|doesn'?t|didn'?t)\b[^.\n]{0,60}"
                  r"\b(10b5-1|trading plan|plan)\b")
# The filings cannot give a percentage of the company (no share count outstanding).
CANT_PCT = (*CANT, r"re:shares outstanding|outstanding shares|total (share count|number of shares)")
# A tie between two counts.
TIE = (r"re:\btie[ds]?\b|\bsame\b|\bequal|\beach\b|\bapiece\b|\bboth\b[^.\n]{0,40}\b(7|seven)\b|\bneither\b",)
# Zero left.
ZERO = (r"re:\b(0|zero|none|nothing|no shares|no longer)\b(?![.,]\d)",)

S, P = "slack", "plain"

CASES: list[Case] = [
    # ------------------------------------------------------------------ 1. scope words are not names
    _c("b35-scope-xmas-to-new-year-any-year-slack", "anything anywhere between xmas and new yrs? any yr", "scope", S,
       [r"re:Feld|Becton|BDX", r"re:Levchin|Yahoo|YHOO"], [NOT_A_NAME],
       note="transaction dates Dec 25-Jan 1 in any year: bdx S 2025-12-26 (74 at $196.08); yhoo A 2012-12-31 (774 director "
            "options); McMahon's G of 2021-12-23 falls just before"),
    _c("b35-scope-week-mar10-14-2025-plain",
       "Across all issuers, what insider transactions took place from Monday March 10 through Friday March 14, 2025?",
       "scope", P, ["re:Clements", "re:Dodge"], [NOT_A_NAME],
       note="jblu Table II A 2025-03-10 (110,474 RSUs); dkng S 2025-03-14 (49,252 at $37.59, 3,525 at $38.05); Travers's "
            "rows are Saturday March 15 and Dodge's third lot Monday March 17, both outside"),
    _c("b35-scope-july-any-year-slack", "overall any insider activity in july? which yrs", "scope", S,
       [r"re:Musk|Tesla|TSLA", r"re:Botha|MongoDB|MDB", r"re:Golden|American Resources|AREC"], [NOT_A_NAME],
       note="July transaction dates: tsla 2010-07-02 (C, X, F, S), mdb G 2020-07-17 (reported on the June 2021 Form 4), "
            "arec P 2024-07-19"),
    _c("b35-scope-plans-adopted-2023-plain",
       "Across the whole database, which trades were made under a Rule 10b5-1 plan adopted during 2023?", "scope", P,
       [r"re:\bDoe\b|Example Robotics|EXRB", r"re:Thiel|Palantir|PLTR"], [NOT_A_NAME],
       note="everyday: sample exrb F1: plan adopted December 1, 2023 (May 2024 sales); pltr 2024 F1: adopted December 12, "
            "2023 (March 12, 2024 sales)"),
    _c("b35-scope-days-original-to-amendment-plain",
       "Across every filing on record, how many days passed between an original submission and its amendment?", "scope", P,
       [r"re:\b36\b", r"re:Ahmed|Lam|LRCX"], [NOT_A_NAME],
       note="lrcx-ahmed-4a: documentType 4/A, dateOfOriginalSubmission 2024-11-04, signature 2024-12-10 = 36 days; the "
            "only amendment"),
    _c("b35-scope-friday-trade-monday-signature-plain",
       "Across all issuers, which Form 4s reporting a Friday transaction were signed on the following Monday?", "scope", P,
       ["re:Feld", r"re:\bSmith\b|Example Biotech|EXBT"], [NOT_A_NAME],
       note="bdx S Friday 2025-12-26, signed Monday 2025-12-29; sample exbt M/F Friday 2024-03-01, signed Monday 2024-03-04; "
            "Dodge's Friday lots and the Square rows were signed on a Tuesday, AAR and Golden the same Friday"),
    _c("b35-scope-signed-over-two-months-plain",
       "Market-wide, which filings were signed more than two months after the transactions they report?", "scope", P,
       [r"re:Musk|Tesla|TSLA", r"re:Botha|MongoDB|MDB", r"re:SoftBank|Better Home|BETR", r"re:McMahon|Snowflake|SNOW"],
       [NOT_A_NAME],
       note="signature lag in days: tsla 2009 grant 417 (2009-12-04 to 2011-01-25), mdb G rows 349 (2020-07-17 to "
            "2021-07-01), betr 88 (2024-12-09 to 2025-03-07), tsla Form 5 77-87 (gifts Nov 19-29, 2021, signed 2022-02-14), "
            "snow-mcmahon Form 5 78 (2021-12-23 to 2022-03-11); the Lam 4/A is 36"),
    _c("b35-scope-open-mkt-buys-last-2-yrs-slack", "anybody buy on the open mkt in the last 2 yrs, any co", "scope", S,
       [NONE], [NOT_A_NAME],
       note="everyday: P rows after 2024-12-07: none (the last are 2024: guts Feb, sample exbt Apr, isba Apr, sample exrb "
            "Jun, arec Jul)"),
    _c("b35-scope-first-quarter-2024-plain",
       "Across all companies, which insiders reported transactions in the first quarter of 2024?", "scope", P,
       [r"re:Fractyl|GUTS|Mithril", r"re:Palantir|PLTR|Thiel", r"re:\bSmith\b|Example Biotech|EXBT"], [NOT_A_NAME],
       note="everyday: guts C/P 2024-02-06; sample exbt M/F 2024-03-01; pltr S 2024-03-12; the next is the sample fund's "
            "April 10 purchase"),
    _c("b35-scope-form4s-several-dates-plain",
       "Throughout the data, which Form 4s report transactions on more than one date?", "scope", P,
       [r"re:DraftKings|Dodge|DKNG", r"re:Pro-?Dex|Farnam|Cabillot|PDEX", r"re:Wave|Moran|WVE",
        r"re:MicroVision|Markham|MVIS"], [NOT_A_NAME],
       note="dkng Mar 14/17, pdex Jan 23/24, wve Dec 8/9, mvis Jun 8/10, mdb 2020-07-17/2021-06-29, pltr 2021 Feb 17/18, "
            "sample exrb CEO May 15/16 (the Tesla Form 5 is a Form 5)"),
    _c("b35-scope-sold-within-100-days-of-plan-slack",
       "across every issuer who sold within 100 days of adopting their 10b5-1 plan", "scope", S,
       ["re:Musk", "re:Dodge", "re:Thiel"], [NOT_A_NAME],
       note="adoption to first sale: Musk 2021-09-14 to 2021-11-08 = 55 days; Dodge 2024-12-13 to 2025-03-14 = 91; Thiel "
            "2023-12-12 to 2024-03-12 = 91; next Pro-Dex 125, Doe 166, Rabois 200, Adams 261, Moran 270, Feld 322"),
    _c("b35-scope-week-of-dec8-2025-slack", "any1 anywhere trade the week of dec 8 2025", "scope", S,
       [r"re:Moran|Wave|WVE"], [NOT_A_NAME],
       note="everyday: wve M/S rows 2025-12-08 and 2025-12-09 only; bdx's sale is 2025-12-26"),
    _c("b35-scope-conversions-2024-on-slack", "everybody who reported a conversion in 2024 or later", "scope", S,
       [r"re:Mithril|Fractyl|GUTS", r"re:SoftBank|Better Home|BETR|SVF"], [NOT_A_NAME],
       note="C rows: guts 2024-02-06 (preferred into common, 0.466), betr 2024-12-09 (Class B into 628,553 Class A); "
            "nothing later"),
    _c("b35-scope-first-full-week-jan-2025-plain",
       "Across all issuers, what was reported for the first full week of January 2025, Monday the 6th through Friday the "
       "10th?", "scope", P, [r"re:\bSnow\b|2seventy|TSVT", r"re:Garascia|AAR"], [NOT_A_NAME],
       note="everyday: tsvt A rows 2025-01-06 (106,150 RSUs, 70,750 options); air S 2025-01-10 (1,500 at $66.903); Pro-Dex "
            "sold on the 23rd-24th"),
    _c("b35-scope-sales-under-20-dollars-slack", "market wide pls - every sale under $20/sh", "scope", S,
       ["re:Rabois", "re:Moran"], [NOT_A_NAME, "$196.08"],
       note="S rows priced below $20: afrm $11.1484 (17,286); wve Dec 8 $13.20 (60,000 and 50,000), $15.00, $18.00; the "
            "Dec 9 rows are $20.25 and $20.025; Golden's $0.67 row is a purchase"),
    _c("b35-scope-entity-buyers-plain",
       "Database-wide, which open-market purchases were made by funds or companies rather than by individuals?", "scope",
       P, ["re:Mithril", "re:Golden", "re:Example Ventures"], [NOT_A_NAME],
       note="P rows held by entities: adgi (Mithril II LP, 1,997,000), guts (Mithril II LP, 333,333), arec (Golden "
            "Properties Ltd., 800,000), sample exbt (Example Ventures Fund II, 200,000); McGuirk and Roe bought in their own "
            "names, Musk's SolarCity buy went to his trust"),
    _c("b35-scope-over-1m-day-2025-plain",
       "Across every filer, who had sale proceeds of more than $1 million on a single day in 2025?", "scope", P,
       ["re:Dodge", "re:Moran"], [NOT_A_NAME],
       note="dkng 2025-03-14 $1,985,508.93 and 2025-03-17 $2,058,303; wve 2025-12-08 $3,102,000 (and Dec 9 over $1m under "
            "either reading of the 36.000 row); Garascia $100,354.50, Pro-Dex $35,070 and $59,507.84, Feld $14,509.92"),
    _c("b35-scope-within-3-days-dec10-plain",
       "Across the board, were any insider transactions dated within three days of December 10, 2025?", "scope", P,
       [r"re:Moran|Wave|WVE", ("d:2025-12-08", "d:2025-12-09")], [NOT_A_NAME],
       note="wve rows 2025-12-08 and 2025-12-09 (signed 2025-12-10); nothing else between Dec 7 and Dec 13"),
    _c("b35-scope-sales-no-plan-disclosed-everyone-slack",
       "for everyone in here, which sells had no 10b5-1 plan mentioned at all", "scope", S,
       ["re:Garascia", "re:Scarpelli", ("1,415,167", "d:2010-07-02", r"re:2010")], [NOT_A_NAME],
       note="S rows without a plan: air (aff10b5One 0, F1 price only), snow (F2 'financial and tax planning'), tsla 2010 "
            "IPO sale 1,415,167; every other S row cites a plan (aapl, afrm, pltr 2021 F23 and 2024, tsla 2021, dkng, pdex, "
            "bdx remarks, wve, sample exrb)"),
]

CASES += [
    # ------------------------------------------------------------------ 2. nothing matches: say so, show no one else's rows
    _c("b35-neg-lamercie-plan-plain", "Did Carine Lamercie trade Arrow Electronics stock under a Rule 10b5-1 plan?", "neg", P,
       [NO_PLAN], ["d:2024-12-13", "d:2025-02-07", "d:2025-03-13"],
       note="everyday: arw: aff10b5One 0, no plan footnote or remark; her rows are a PSU settlement (A 2,193) and withholding (F "
            "1,009); other filers' plan dates must not be passed off as hers"),
    _c("b35-neg-adams-gifts-trust-plain",
       "For our gift review, did Katherine Adams report any gifts or transfers of Apple stock to a trust?", "neg", P,
       [NONE], ["3,690", "61,386"],
       note="aapl: seven S rows, all direct; Ahmed's 3,690 trust transfer and McMahon's 61,386 gift are other issuers"),
    _c("b35-neg-garascia-gifts-slack", "garascia any gifts or trust transfers at air", "neg", S, [NONE],
       ["3,690", "5,044,000"], note="everyday: air: one S row 2025-01-10; no G rows"),
    _c("b35-neg-markham-gifts-slack", "markham gift any mvis shs to family?", "neg", S, [NONE], ["3,690", "1,057"],
       note="mvis: M, F and Table II A/M rows only; no G"),
    _c("b35-neg-dodge-amended-plain", "Did Stanton Dodge ever file an amended Form 4 for his DraftKings sales?", "neg", P,
       [NONE], ["3,690"],
       note="dkng: documentType 4, no dateOfOriginalSubmission; the only 4/A is Ahmed's Lam Research filing"),
    _c("b35-neg-thiel-amendments-slack", "thiel ever amend any of his forms", "neg", S, [NONE], ["3,690"],
       note="everyday: Thiel's seven filings are Forms 3 and 4, none an amendment (the Lam 4/A is Ahmed's)"),
    _c("b35-neg-melkote-2026-sells-slack", "melkote sold any scwo this yr now that stuff is vesting?", "neg", S, [NONE],
       ["77,905", "268,800"],
       note="everyday: scwo: the April 2025 grant filing only; 2026's only rows are Markham's at MicroVision"),
    _c("b35-neg-jblu-q1-2025-sells-slack", "any insider sells at jblu q1 25", "neg", S, [NONE],
       ["52,777", "1,500", "835"],
       note="everyday: jblu: one Table II A row (RSU grant 110,474); Q1 2025 sales were at DraftKings, AAR and Pro-Dex"),
    _c("b35-neg-snow-tsvt-2026-tax-sale-plain",
       "Is there a filing showing Jessica Snow selling or having shares withheld when her first 2seventy bio RSU installment "
       "vested in January 2026?", "neg", P, [NONE], ["1,850", "33,148", "77,905"],
       note="tsvt: only the 2025-01-06 grant filing; the Jan 2, 2026 vesting is not reported; other filers' F rows must not leak"),
    _c("b35-neg-exbt-2025-plain", "Were any Example Biotech insider transactions reported in 2025?", "neg", P, [NONE],
       ["1,009", "33,148"], db="samples",
       note="everyday: the samples' Example Biotech filings are March and April 2024 only"),
    _c("b35-neg-royan-pltr-holdings-slack", "ajay royan pltr stake?", "neg", S, [NONE], ["70,806,432", "20,823,993"],
       note="everyday: Royan is a reporting person only on the BlackSky Form 3 (and signs for the Mithril entities); Thiel's "
            "Palantir holdings are not his"),
    _c("b35-neg-clements-other-filings-slack", "clements file anything at jblu besides the mar 25 rsu grant?", "neg", S,
       [ONLY], ["52,777", "77,905"],
       note="everyday: jblu: one filing, one Table II A row (110,474 RSUs); no sale or withholding rows"),
    _c("b35-neg-lrcx-2025-sells-plain", "Did any Lam Research insider sell shares in 2025?", "neg", P, [NONE],
       ["52,777", "74", "1,500"],
       note="everyday: lrcx: the 4/A for the November 2024 gift only; 2025 sellers were at other issuers"),
    _c("b35-neg-buffett-other-cos-slack", "buffett file anything besides snow? aapl?", "neg", S, [ONLY],
       ["25,000", "$4,042,887.94"],
       note="Buffett/Berkshire: the Snowflake Form 3 only; Adams's Apple sales must not be attributed to him"),
    _c("b35-neg-travers-plan-plain", "Was David Travers operating under a Rule 10b5-1 trading plan at ZipRecruiter?", "neg",
       P, [NO_PLAN], ["d:2024-12-13", "d:2025-03-13"],
       note="everyday: zip: aff10b5One 0, no plan footnote; F1: shares relinquished only to cover taxes"),
    _c("b35-neg-hoffman-sales-any-co-slack", "reid hoffman ever sell anything in here, any co", "neg", S, [NONE],
       ["17,286", "$192,711.24"],
       note="everyday: Hoffman: LinkedIn Form 3, Zynga grant and settlement, Microsoft RSU grant; no S rows; Rabois's "
            "Affirm sale is not his"),
    _c("b35-neg-whiting-10b5-1-plain", "Has John Whiting adopted a Rule 10b5-1 plan according to his Tecogen filing?",
       "neg", P, [NO_PLAN], ["d:2025-02-07"],
       note="tgen: aff10b5One 0, the F1 footnote only says 'Vests 50% per year'"),
    _c("b35-neg-doe-gifts-slack", "jane doe exrb gifts?", "neg", S, [NONE], ["3,690", "61,386"], db="samples",
       note="everyday: sample exrb CEO: two S rows (25,000 and 5,000), no G"),
    _c("b35-neg-scarpelli-purchases-plain", "Has Michael Scarpelli ever bought Snowflake shares on the open market?", "neg",
       P, [NO_BUY], ["275.634", "10,000"],
       note="everyday: snow: M (option exercise) and five S rows; no P; other filers' buys must not leak"),
]

CASES += [
    # ------------------------------------------------------------------ 3. casual verbs
    _c("b35-verb-musk-fattest-lot-slack", "musk's fattest single lot dumped on 11/8/21 - shs, px n $", "verb", S,
       ["101,589", ("$1,186.779", "$1,186.78"), "$120,563,691.83"],
       note="tsla trust filing S row 11: 101,589 at $1,186.779 (F13) = $120,563,691.83; the largest of the 49 S rows "
            "(next 78,191 and 72,241)"),
    _c("b35-verb-thiel-biggest-lot-plain",
       "What was the single biggest block of Palantir stock Thiel's vehicles unloaded, and what did it fetch?", "verb", P,
       ["15,653,541", "$392,243,299.67"],
       note="pltr 2021 S row 2021-02-18: Rivendell 7 (F25) 15,653,541 at $25.0578 (F24) = $392,243,299.67; 2024's "
            "largest is 6,914,475"),
    _c("b35-verb-moran-475-flip-net-slack", "moran flipped the 4.75 opts at 18 - what did he clear on that pair", "verb", S,
       ["$662,500"],
       note="wve Dec 8: M 50,000 at $4.75 ($237,500) then S 50,000 at $18.00 ($900,000): $662,500"),
    _c("b35-verb-musk-ms-filing-biggest-lot-plain",
       "On the first of Musk's two November 8, 2021 Form 4s, which single lot got rid of the most shares, and at what price?",
       "verb", P, ["25,710", ("$1,166.983", "$1,166.98")],
       note="tsla ms S row 25,710 at $1,166.983 (F17); next 24,718 at $1,163.655"),
    _c("b35-verb-thiel-unload-this-yr-slack", "thiel unload any pltr this yr", "verb", S, [NONE],
       note="everyday: this year is 2026; Thiel's latest Palantir sales are 2024-03-12"),
    _c("b35-verb-pathfinder-smaller-lot-slack", "thiel's ff pathfinder bailed on how many pltr in its smaller lot n at what px",
       "verb", S, ["600", ("$25.9317", "$25.93")],
       note="pltr 2021 S row 2021-02-18 (F13 FF Pathfinder VI, F28 range $25.79-$26.04): 600 at $25.9317, after 0; the other "
            "lot was 3,315 at $25.1001"),
    _c("b35-verb-dodge-pct-unloaded-plain",
       "What share of his DraftKings holding did Stanton Dodge unload over his March 2025 sales?", "verb", P,
       [r"re:13\.9\d*\s?%|\b14\s?%"],
       note="everyday: dkng: 759,397 before the first row (710,145 + 49,252); 105,554 sold = 13.90%, leaving 653,843"),
    _c("b35-verb-scarpelli-opening-lot-slack", "scarpelli's opening lot on 12/13/22 - shs, avg px, $", "verb", S,
       ["73,170", ("$150.841", "$150.84"), "$11,037,035.97"],
       note="snow first S row: 73,170 at $150.841 (F3 range $150.300-$151.295) = $11,037,035.97, after 227,927"),
    _c("b35-verb-musk-trust-top-price-lot-slack", "musk's last n priciest lot on 11/8/21, how many shs went", "verb", S,
       ["3,200", ("$1,196.236", "$1,196.24")],
       note="tsla trust filing last S row: 3,200 at $1,196.236 (F22 range $1,196.000-$1,196.600), after 1,220,481"),
    _c("b35-verb-aar-dump-this-yr-slack", "anyone at aar dump shs this yr?", "verb", S, [NONE],
       note="everyday: this year is 2026; air's only row is the S of 2025-01-10"),
    _c("b35-verb-snow-cash-out-2024-on-plain", "Did anyone at Snowflake cash out shares in 2024 or later?", "verb", P,
       [NONE], ["$30,351,309.77"],
       note="everyday: Snowflake filings: Garrett and Berkshire Form 3s (2020), McMahon Form 5 (2021 gift), Scarpelli "
            "(December 2022); nothing from 2024 on"),
    _c("b35-verb-mcmahon-gave-away-pct-slack", "mcmahon gave away what % of his direct snow shs in dec 21", "verb", S,
       [r"re:52\.9\d*\s?%|\b53\s?%"],
       note="snow-mcmahon G row 61,386, direct after 54,666: 61,386 / 116,052 = 52.90%"),
    _c("b35-verb-markham-gave-up-pct-plain",
       "What share of his vested MicroVision shares did Drew Markham give up in the June 2026 sell-to-cover?", "verb", P,
       [r"re:28\.9\d*\s?%|\b29\s?%"],
       note="mvis M rows 150,000 + 118,800 = 268,800; F row 77,905: 28.98%"),
    _c("b35-verb-adams-middle-lots-plain",
       "How many Apple shares did Katherine Adams let go of in her two middle-priced lots, at $161.93 and $162.77, and for "
       "how much?", "verb", P, ["4,906", "$795,184.58"],
       note="aapl S rows 4,006 × $161.93 = $648,691.58 and 900 × $162.77 = $146,493"),
    _c("b35-verb-musk-thanksgiving-monday-slack", "musk's trust handed out how many tsla shs on the monday after thanksgiving 21",
       "verb", S, ["250,000"],
       note="tsla Form 5 G row 2021-11-29 (Monday after Thanksgiving, Nov 25): 250,000, after 172,608,251 (F1 charity)"),
    _c("b35-verb-scarpelli-shed-pct-plain",
       "After exercising on December 13, 2022, what share of his direct Snowflake shares did Michael Scarpelli sell off "
       "the same day?", "verb", P, [r"re:66\.4\d*\s?%|\b66\s?%"],
       note="snow M row after 301,097; S rows total 200,000, last after 101,097: 200,000 / 301,097 = 66.42%"),
    _c("b35-verb-adams-trimmed-pct-plain", "What share of her Apple holding did Katherine Adams trim on May 4, 2022?", "verb", P,
       [r"re:5\.2\d*\s?%|\b5\s?%"],
       note="everyday: aapl: 477,334 before (468,198 + 9,136); 25,000 sold = 5.24%, leaving 452,334"),
    _c("b35-verb-farnam-trimmed-pct-slack", "farnam trimmed what % of its pdex stake in jan 25", "verb", S,
       [r"re:0\.68\s?%|0\.677|0\.7\s?%"],
       note="pdex: 335,481 before (334,646 + 835); 2,271 sold = 0.677%"),
    _c("b35-verb-levchin-swapped-preferred-slack", "levchin swapped how much yelp preferred for class b in his own name",
       "verb", S, [("12,928,617", all_of("12,681,798", "246,819")), "3,232,153"],
       note="yelp direct C rows 2012-03-07: Series A 12,681,798 + Series D 246,819 = 12,928,617 preferred (one-for-four, F1) "
            "into 3,232,153 Class B; the PENSCO rows are 15,396,360 + 251,390 into 3,911,937"),
]

CASES += [
    # ------------------------------------------------------------------ 4. near misses: strict no first, then what happened
    _c("b35-near-markham-discretionary-sale-plain",
       "For our blackout log, should Drew Markham's June 10, 2026 disposition of 77,905 MicroVision shares be recorded as a "
       "discretionary open-market sale?", "near", P, [LOOSE_NO, TAX],
       note="mvis F row 2026-06-10, F2: 'withholding tax-related nondiscretionary sell-to-cover transaction completed by "
            "the Issuer'"),
    _c("b35-near-rivendell25-sold-2024-slack", "did thiel's rivendell 25 sell any pltr in mar 24", "near", S,
       [NO_SALE, "re:Rivendell 7"],
       note="pltr 2024: Rivendell 25 is a holding row (F5, F7) of 53,487; both S rows (6,914,475 and 130,281) are Rivendell 7's"),
    _c("b35-near-mithril-lp-paid-cash-guts-plain",
       "Did Mithril LP pay cash for the 5,160,301 Fractyl Health common shares it held after the IPO?", "near", P,
       [LOOSE_NO, CONV],
       note="guts Table I C row (F1, F2): preferred C-1, C-2 and D converted at 0.466 into 5,160,301; the only P row is "
            "Mithril II LP's 333,333"),
    _c("b35-near-musk-scty-preferred-sold-slack", "musk scty preferred - sold at the ipo or converted", "near", S,
       [LOOSE_NO, CONV],
       note="scty Table II C rows 2012-12-18: Series A, B, C, D, F one-for-one and Series G at 2.47 into common; the only "
            "other row is the 1,875,000 P"),
    _c("b35-near-moran-bought-1048-block-plain",
       "Did Kyle Moran purchase the 50,000 Wave shares he acquired at $10.48 on December 9, 2025?", "near", P,
       [NO_BUY, EXER],
       note="everyday: wve Table I M row 2025-12-09: 50,000 at $10.48 (option exercise; Table II expiry 2031-02-01); sold "
            "the same day at $20.025"),
    _c("b35-near-exbt-cfo-sold-1850-slack", "exbt cfo sold 1,850 shs in mar 24 right?", "near", S, [LOOSE_NO, TAX],
       db="samples", note="everyday: sample exbt F row 2024-03-01: 1,850 at $21.40 withheld for tax (F2)"),
    _c("b35-near-travers-sold-espp-shares-plain",
       "Did David Travers sell the ZipRecruiter shares he bought through the employee stock purchase plan in February 2025?",
       "near", P, [LOOSE_NO, TAX],
       note="zip F2: 3,019 ESPP shares acquired February 14, 2025 are included in his holdings; F1: the only disposition "
            "(33,148, code F) was relinquished to cover taxes, 'did not sell or otherwise dispose ... for any reason other "
            "than to cover required taxes'"),
    _c("b35-near-musk-sold-to-pay-warrant-tax-plain",
       "Did Elon Musk sell Tesla stock to cover his July 2010 warrant exercise?", "near", P,
       [LOOSE_NO, "21,728", (r"re:withh", r"re:\bF\b", r"re:net[- ]exercis")],
       note="tsla 2010: X 113,908 (F3 automatic net exercise), F 21,728 at $17.00 (payment by withheld shares); the S "
            "1,415,167 at $17.00 is the separate IPO sale"),
    _c("b35-near-travers-saturday-dump-slack", "travers zip 33k shs out the door on a saturday - open mkt sale?", "near", S,
       [LOOSE_NO, TAX],
       note="everyday: zip F row 2025-03-15 (Saturday): 33,148 at $5.96, F1: relinquished and cancelled to pay tax withholding; 'did "
            "not sell'"),
    _c("b35-near-mcmahon-got-paid-gift-slack", "mcmahon get paid anything for the 61,386 snow shs he gave away", "near", S,
       [r"re:no consideration|\bnothing\b|\$0\b|for free|no (money|payment|cash)|not paid|without (any )?(payment|consideration)",
        GIFT],
       note="snow-mcmahon Form 5 G row 2021-12-23 at $0, F1: 'transferred for no consideration'"),
    _c("b35-near-adams-exercised-before-selling-plain",
       "Did Katherine Adams exercise any options on the Form 4 that reports her May 4, 2022 sales?", "near", P,
       [NO_EXER, ("25,000", all_of("9,136", "5,316", "4,006"))],
       note="everyday: aapl: seven S rows (9,136 + 5,316 + 4,006 + 900 + 1,550 + 1,800 + 2,292 = 25,000), no M, no Table II"),
    _c("b35-near-lee-bought-himself-slack", "morgan lee buy exbt in his own name in apr 24 or was it the fund", "near", S,
       [r"re:\b(no|not)\b|fund", "re:Example Ventures", "200,000"], db="samples",
       note="sample exbt P row 200,000 at $20.05, I 'By Example Ventures Fund II, L.P.'; F1: Lee is a managing member of its "
            "general partner and disclaims beneficial ownership"),
    _c("b35-near-melkote-exercised-2025-plain", "Did Rajesh Melkote exercise 374Water stock options during 2025?", "near", P,
       [NO_EXER, ("757,576", "$0.33")],
       note="everyday: scwo Table II A row 2025-04-30: option on 757,576 at $0.33 granted; 25% first vests March 31, 2026"),
    _c("b35-near-isba-llc-bought-slack", "did mcguirk's llc buy isba in apr 24 too or just him", "near", S,
       [LOOSE_NO, "275.634"],
       note="everyday: isba: the only P row is direct (275.634 at $18.14); 'Held by LLC' 383,262.5326 is a holding row"),
    _c("b35-near-cabillot-own-name-sale-plain",
       "Did Raymond Cabillot sell any Pro-Dex shares in his own name in January 2025?", "near", P,
       [LOOSE_NO, "re:Farnam"],
       note="pdex S rows 835 and 1,436 are I, 'By Farnam Street Partners, L.P.'; no direct row"),
    _c("b35-near-scarpelli-trust-sales-slack", "scarpelli sell out of any of his snow trusts in dec 22", "near", S,
       [LOOSE_NO, r"re:direct"],
       note="snow: all five S rows are D (after 227,927 down to 101,097); the eight trust rows are holdings only"),
    _c("b35-near-moran-espp-december-plain",
       "Did Kyle Moran buy Wave shares through the employee share purchase plan in December 2025?", "near", P,
       [LOOSE_NO, "1,147", ("d:2025-07-14", r"re:July 14")],
       note="wve F7: 1,147 ordinary shares acquired July 14, 2025 under the 2019 Employee Share Purchase Plan; the December "
            "rows are M and S"),
    _c("b35-near-softbank-sold-class-b-plain",
       "SoftBank's Better Home & Finance Class B position fell by 628,553 shares in December 2024. Was that a sale?",
       "near", P, [LOOSE_NO, CONV],
       note="betr Table II C row 2024-12-09 (F2): Class B converted into 628,553 Class A; after 137,545"),
    _c("b35-near-ffiiie-sold-294k-slack", "ff-iiie 294k pltr shs feb 17 21 - sold?", "near", S, [LOOSE_NO, DISTRIB],
       note="pltr 2021 J row (F6, F9): 294,208 distributed to limited partners; Thiel has no pecuniary interest"),
]

CASES += [
    # ------------------------------------------------------------------ 5. exercises (Table I M rows, Table II)
    _c("b35-ex-moran-314-vested-at-exercise-plain",
       "When Kyle Moran exercised 100,000 of his $3.14 Wave options on December 8, 2025, how many shares of that grant had "
       "vested?", "ex", P, [("164,062.5", "164,063", "164,062")],
       note="wve F3: 175,000 vesting 25% on January 1, 2023 then 6.25% quarterly to January 1, 2026: 11 quarterly dates "
            "April 1, 2023 - October 1, 2025 → 93.75% = 164,062.5 by December 8, 2025"),
    _c("b35-ex-scarpelli-plan-or-not-slack", "scarpelli opt exercise n sells - under a 10b5-1 or not", "ex", S,
       [NO_PLAN, r"re:financial and tax planning|tax planning"],
       note="snow: no aff10b5One element, no plan footnote; F2 'effected for financial and tax planning purposes'"),
    _c("b35-ex-moran-dec9-cost-share-plain",
       "What share of Kyle Moran's total December 2025 exercise cost went on the two December 9 exercises?", "ex", P,
       [r"re:53\.1\d*\s?%|\b53\s?%"],
       note="wve M rows: Dec 9 36,000 × $8.17 + 50,000 × $10.48 = $818,120 of $1,539,420 (with Dec 8's $721,300) = 53.14%"),
    _c("b35-ex-botha-exercised-plain", "Has Roelof Botha exercised any options at MongoDB or Square?", "ex", P, [NO_EXER],
       ["$8.88", "$6.24"],
       note="everyday: mdb rows G and A (RSUs, fee shares); sq rows J and holdings; no M or X"),
    _c("b35-ex-moran-fattest-spread-dec8-slack", "moran dec 8 - which exercise had the fattest spread to the sale right after",
       "ex", S, ["$4.75", "$18", "$13.25"],
       note="wve Dec 8 pairs: $2.83 → $13.20 ($10.37), $3.14 → $15.00 / $13.20, $4.75 → $18.00 ($13.25)"),
    _c("b35-ex-tsla-since-2021-slack", "any opt exercises at tsla since 2021", "ex", S, [(*NO_EXER, "2,154,572")],
       note="everyday: Tesla exercises: the 2010 warrant (X) and the 2021-11-08 M row; nothing after (\"since 2021\" "
            "read as including 2021 makes Musk's 2,154,572-option exercise of November 8, 2021 the answer)"),
    _c("b35-ex-scarpelli-share-of-grant-slack", "scarpelli exercised what % of the opts he had on that grant", "ex", S,
       [r"re:8\.2\d*\s?%|8\.3\s?%"],
       note="snow Table II M row: 200,000 exercised, 2,219,299 left → 200,000 / 2,419,299 = 8.27%"),
    _c("b35-ex-2025-outside-december-slack", "any stock opt exercises in 2025 outside of december?", "ex", S,
       [r"re:\b(no|none|only)\b", r"re:Moran|Wave|WVE"],
       note="everyday: 2025 option exercises are Moran's M rows on December 8-9 only; Travers's March 15 M rows are RSU "
            "settlements"),
    _c("b35-ex-this-year-slack", "any opt exercises this yr? 🙏", "ex", S,
       [("268,800", all_of("150,000", "118,800")), r"re:RSU|restricted stock"],
       note="everyday: 2026: only mvis M rows 2026-06-08 (RSU settlements at $0); no stock option exercised this year"),
    _c("b35-ex-travers-grant-years-slack", "zip travers mar 15 25 settlements - came from grants starting which yrs", "ex", S,
       [r"re:2022", r"re:2023", r"re:2024", r"re:2025"],
       note="zip Table II footnotes: F4 vesting from March 15, 2022 (6,250), F6 2023 (13,347), F7 2024 (20,691), F8 2025 (20,444)"),
    _c("b35-ex-musk-share-of-grant-used-plain",
       "What share of the options Musk still held on his 2012 grant did the November 2021 exercise use up?", "ex", P,
       [r"re:8\.4\d*\s?%|8\.5\s?%"],
       note="tsla ms Table II M row: 2,154,572 exercised, 23,344,933 left → 2,154,572 / 25,499,505 = 8.45%"),
    _c("b35-ex-rsu-settlers-by-year-plain",
       "Which insiders settled restricted stock units through Table I code M rows, and in which years?", "ex", P,
       ["re:Travers", "re:Markham", r"re:\bSmith\b|Example Biotech"],
       note="Table I M rows at $0: sample exbt 2024-03-01 (Smith, 5,000), zip 2025-03-15 (Travers, 60,732), mvis 2026-06-08 "
            "(Markham, 268,800); Hoffman's 2011 Zynga settlement is in Table II only"),
    _c("b35-ex-hoffman-unsettled-expiry-slack", "hoffman znga rsus left unsettled after ipo day n when they lapse", "ex", S,
       ["61,435", "d:2017-04-15"],
       note="znga Table II: M 1,412,997 leaves 61,435; A row expiration 2017-04-15 (F1: seven-year term from April 15, 2010)"),
    _c("b35-ex-moran-dec8-exercise-count-slack", "how many separate exercises did moran do on dec 8 alone", "ex", S,
       [r"re:\b(3|three)\b", ("210,000", all_of("60,000", "100,000", "50,000"))],
       note="wve Table I M rows 2025-12-08: 60,000 at $2.83, 100,000 at $3.14, 50,000 at $4.75"),
    _c("b35-ex-warrant-automatic-plain",
       "Which exercise in the data happened automatically rather than at the holder's choice, and what came out of it?",
       "ex", P, [r"re:warrant", "113,908"],
       note="tsla-3 F5 / tsla 2010 F3: the Series C preferred warrant was automatically net exercised on the IPO effective "
            "date: X 325,441 warrants into 113,908 common"),
    _c("b35-ex-musk-exercise-reason-slack", "musk nov 21 exercise - why those opts, what does the form say", "ex", S,
       [r"re:expire in 2022|scheduled to expire|expir"],
       note="tsla 2021 F1: plan 'for the purpose of an orderly sale of shares related to the exercises of options scheduled "
            "to expire in 2022'; the option expired 2022-08-13"),
    _c("b35-ex-strike-closest-to-sale-px-plain",
       "Which option exercise had a strike closest to the price of the sale that followed it, measured as a share of that "
       "sale price?", "ex", P, ["$10.48", ("$20.025", "$20.03")],
       note="strike / following sale price: Moran $10.48 / $20.025 = 52.3%; $8.17 / $20.25 = 40.3%; $4.75 / $18 = 26.4%; "
            "Scarpelli $8.88 / ~$151.76 = 5.9%; Musk $6.24 / ~$1,180 = 0.5%"),
    _c("b35-ex-jblu-cdo-exercised-slack", "jblu digital chief exercised anything yet?", "ex", S, [NO_EXER],
       note="everyday: jblu: one Table II A row (110,474 RSUs granted 2025-03-10); no M rows"),
    _c("b35-ex-warrant-only-x-row-plain",
       "Apart from stock options and RSUs, was any other kind of derivative exercised in the data, and by whom?", "ex", P,
       [r"re:warrant", "re:Musk"],
       note="tsla 2010: Series C Warrants (right to buy) X 325,441 into 113,908 common (F3, net exercise); the Palantir "
            "warrants on Thiel's Form 3 were only held"),
]

CASES += [
    # ------------------------------------------------------------------ 6. vesting, expiry, terms from footnotes and dates
    _c("b35-vest-melkote-rsu-monthly-slack", "melkote rsus - how many vest each month after the 1yr cliff", "vest", S,
       [("15,786.58", "15,786.583", "15,787", "15,786.5833", "15,786.6")],
       note="scwo F1: 25% of 757,756 on March 31, 2026, the balance (568,317) equally over 36 months: 15,786.58 a month"),
    _c("b35-vest-moran-475-vested-today-plain", "As of today, how many of Kyle Moran's $4.75 Wave options have vested?",
       "vest", P, [("255,187.5", "255,188", "255,187")],
       note="everyday: wve F5: 272,200, 25% on February 17, 2024 then 6.25% quarterly to February 17, 2027: 11 quarterly dates "
            "May 17, 2024 - November 17, 2026 → 93.75% = 255,187.5 by December 7, 2026"),
    _c("b35-vest-longest-schedule-slack", "longest vesting schedule on any award in here", "vest", S,
       ["re:Garrett", r"re:\b72\b|six years|6 years"],
       note="snow-garrett F5: 72 monthly installments from April 6, 2018 (six years); next are four-year schedules (Scarpelli "
            "48 months, Melkote, Snow, Travers 16 quarters)"),
    _c("b35-vest-travers-2024-tranches-left-plain",
       "As of today, how many quarterly tranches of David Travers's 2024 ZipRecruiter RSU grant are still to vest?", "vest",
       P, [(r"re:\b(5|five)\b", "103,455")],
       note="zip F7: 1/16 quarterly from March 15, 2024 to December 15, 2027; 11 vested through September 15, 2026, so 5 "
            "remain (December 15, 2026 - December 15, 2027), 5 × 20,691 = 103,455"),
    _c("b35-vest-immediately-exercisable-plain",
       "Which stock options in the data were exercisable immediately, before they had vested?", "vest", P,
       ["re:Garrett", "re:Scarpelli"],
       note="snow-garrett F5 and snow-scarpelli F16: 'The shares subject to the option are immediately exercisable and vest "
            "in 72 / 48 equal monthly installments'"),
    _c("b35-vest-melkote-rsus-unvested-end-2027-plain",
       "How many of Rajesh Melkote's 374Water RSUs will still be unvested at the end of 2027?", "vest", P,
       [("236,798.75", "236,799", "236,798.8", "236,798")],
       note="scwo F1: 25% of 757,756 (189,439) on March 31, 2026, then 15,786.58 a month: April 2026 - December 2027 = 21 "
            "months → 520,957.25 vested, 236,798.75 unvested"),
    _c("b35-vest-musk-2012-tranches-vested-slack", "musk 2012 tsla opt - how many of the 10 tranches had vested by the 11/21 filing",
       "vest", S, [r"re:\b(9|nine)\b", ("23,737,050", "2,637,455")],
       note="tsla ms F26: 1/10 of 26,374,505 per milestone; F27: 23,737,050 vested and 2,637,455 not = 9 tranches of "
            "2,637,450.5"),
    _c("b35-vest-melkote-options-mar-2027-plain",
       "By March 31, 2027, how many of Rajesh Melkote's 374Water options will have vested under the filed schedule?",
       "vest", P, [("378,788", r"re:\bhalf\b|50\s?%")],
       note="scwo F1: 25% of 757,576 (189,394) on March 31, 2026, then 15,782.83 on the last day of each month for 36 months; "
            "April 2026 - March 2027 is 12 months → 189,394 + 189,394 = 378,788, half the grant"),
    _c("b35-vest-hoffman-znga-48ths-slack", "hoffman znga rsus - how many 48ths had service-vested by the ipo", "vest", S,
       [r"re:\b46\b", "1,412,997"],
       note="znga F2: 1/48 on March 1, 2008, then monthly: March 2008 - December 1, 2011 = 46 installments; 46/48 of "
            "1,474,432 = 1,412,997.33, matching the 1,412,997 settled on December 15, 2011"),
    _c("b35-vest-travers-dec-15-2026-tranches-plain",
       "How many of David Travers's ZipRecruiter RSU grants have a quarterly tranche scheduled for December 15, 2026?",
       "vest", P, [r"re:\b(3|three)\b"],
       note="zip F6 (2023 grant, its 16th and last), F7 (2024) and F8 (2025); the 2022 grant (F4) finished December 15, 2025"),
    _c("b35-vest-snow-rsus-by-2028-plain",
       "How many of Jessica Snow's 2seventy bio RSUs will have vested by January 2, 2028?", "vest", P,
       [("79,612.5", "79,613", "79,612")],
       note="tsvt F1: 106,150 ratably over four years in annual installments from January 2, 2026: 2026, 2027, 2028 = 3 × "
            "26,537.5"),
    _c("b35-vest-melkote-first-exercisable-slack", "melkote opts - when can he first exercise any n how many", "vest", S,
       ["d:2026-03-31", "189,394"],
       note="everyday: scwo F1: 25% of 757,576 (189,394) vest and become exercisable March 31, 2026"),
    _c("b35-vest-markham-installments-left-plain",
       "How many annual installments remain on Drew Markham's June 2025 MicroVision RSU grant after today, and when is the "
       "next one?", "vest", P, [r"re:\b(2|two)\b", "d:2027-06-06"],
       note="mvis F7: 33% on each anniversary of June 6, 2025 until fully vested June 6, 2028; the June 2026 tranche "
            "(118,800) settled, leaving June 6, 2027 and June 6, 2028"),
    _c("b35-vest-moran-475-grant-start-slack", "moran 4.75 grant - orig size n first vest date", "vest", S,
       ["272,200", "d:2024-02-17"],
       note="everyday: wve F5: right to purchase 272,200, 25% vesting February 17, 2024"),
    _c("b35-vest-musk-2012-milestone-conditions-plain",
       "What share of Musk's 2012 Tesla option vests at each milestone, and which two things have to happen for a tranche "
       "to vest?", "vest", P, [r"re:1/10|one[- ]tenth|10\s?%", r"re:market cap"],
       note="tsla ms F26: 1/10 of 26,374,505 vests each time (i) market capitalization rises by $4.0 billion above the "
            "initial $3.2 billion and (ii) one of 10 performance milestones (Model X, Model 3, production) is attained"),
    _c("b35-vest-snow-rsu-installments-left-slack", "tsvt snow rsus - how many annual installments left after today", "vest",
       S, [r"re:\b(3|three)\b", ("79,612.5", "d:2029-01-02")],
       note="tsvt F1: four annual installments from January 2, 2026; one vested, three left (January 2, 2027, 2028, 2029), "
            "3 × 26,537.5 = 79,612.5"),
    _c("b35-vest-melkote-vs-snow-monthly-plain",
       "After their cliffs, whose option vests more shares each month, Rajesh Melkote's or Jessica Snow's, and how many each?",
       "vest", P, ["re:Melkote", ("15,782.83", "15,783", "15,782.8"), ("1,473.96", "1,474", "1,473.958")],
       note="scwo F1: 757,576 × 75% / 36 = 15,782.83; tsvt F2: 70,750 × 75% / 36 = 1,473.96"),
    _c("b35-vest-markham-dates-to-come-slack", "markham mvis - dates of the rsus still to come", "vest", S,
       ["d:2027-06-06", "d:2028-06-06"],
       note="everyday: mvis F7: 33% on each anniversary of June 6, 2025 until fully vested June 6, 2028; the 2026 tranche "
            "settled"),
    _c("b35-vest-all-award-types-in-performance-slack", "which awards in here vest on performance not just time",
       "vest", S, ["re:Musk", "re:Markham", "re:Lamercie"],
       note="tsla 2012 option F26 (milestones), mvis 150,000 RSUs F5 (2025 Executive Bonus Plan), arw PSUs F1 (three-year "
            "performance period); Zynga's liquidity-event condition and Musk's 2009 option (F1) may also be named"),
]

CASES += [
    # ------------------------------------------------------------------ 7. roles, titles, boxes, signers
    _c("b35-role-lrcx-insider-box-slack", "lrcx insider in here - dir or officer, n what kind of form did she file", "role", S,
       ["re:Ahmed", DIRECTOR, r"re:4/A|amend"],
       note="everyday: lrcx-ahmed-4a: Ahmed Sohail U, isDirector 1; documentType 4/A (original 2024-11-04)"),
    _c("b35-role-plan-sellers-titles-plain",
       "For each officer who sold under a Rule 10b5-1 plan, what officer title does the filing give?", "role", P,
       [r"re:SVP, GC and Secretary", r"re:Chief Legal Officer", r"re:EVP, CRO (&|&amp;|and) Pres\. Life Sciences",
        r"re:Chief Financial Officer"],
       note="aapl Adams 'SVP, GC and Secretary'; dkng Dodge 'Chief Legal Officer'; bdx Feld 'EVP, CRO & Pres. Life "
            "Sciences'; wve Moran 'Chief Financial Officer'; also Musk 'CEO' (2021) and sample Doe 'President and CEO'"),
    _c("b35-role-mgmt-sellers-2025-slack", "mgmt who sold in 25 - names n titles pls", "role", S,
       ["re:Garascia", "re:Dodge", "re:Moran", "re:Feld"],
       note="everyday: 2025 S rows by officers: Garascia (Senior VP, GC, CAO & Secretary), Dodge (Chief Legal Officer), "
            "Moran (CFO), Feld (EVP, CRO & Pres. Life Sciences); Cabillot and Farnam are director / 10% owners"),
    _c("b35-role-royan-adgi-board-and-signature-slack", "royan - on the adgi board per the form? n how did he sign", "role",
       S, [r"re:board|director", r"re:Managing Member"],
       note="adgi F2: 'Ajay Royan, a member of the Issuer's board of directors, is the sole managing member of UGP II'; "
            "signatures '/s/ Ajay Royan, Managing Member, Mithril II UGP LLC ...'"),
    _c("b35-role-sample-officers-titles-plain", "Who are the officers in the sample companies' filings, and what are their titles?",
       "role", P, ["n:Jane Doe", r"re:President and CEO", "n:Alex Smith", r"re:Chief Financial Officer"], db="samples",
       note="everyday: sample exrb Doe Jane A 'President and CEO' (also director); sample exbt Smith Alex J 'Chief Financial "
            "Officer'; Roe and Lee are directors"),
    _c("b35-role-lee-link-to-fund-slack", "morgan lee exbt - boxes n whats his link to the fund that bought", "role", S,
       [DIRECTOR, TEN, r"re:managing member"], db="samples",
       note="sample exbt joint filing: LEE MORGAN isDirector 1, isTenPercentOwner 1; F1: managing member of the general "
            "partner of Example Ventures Fund II, L.P."),
    _c("b35-role-form3-ten-pct-only-plain",
       "Which Form 3 filers reported as 10% owners only, without a director or officer box?", "role", P,
       [r"re:Berkshire|Buffett", "re:Singerman", r"re:BlackSky|Mithril|Royan"],
       note="snow-berkshire (Berkshire, Buffett), oscr (Thiel, Singerman), bksy (five Mithril entities, Royan, Thiel), "
            "lnkd's Living Trust; Garrett, Sacks, Hegde are directors, Hoffman director and 10%, Thiel at Palantir director "
            "and 10%, Musk officer, director and 10%"),
    _c("b35-role-botha-boxes-two-cos-slack", "botha boxes at mdb vs sq - same?", "role", S,
       [DIRECTOR, r"re:same|both|only|each"],
       note="everyday: mdb and sq: BOTHA ROELOF isDirector 1, no other box, on both filings"),
    _c("b35-role-markham-self-signed-slack", "who signed markhams mvis form, a lawyer or him", "role", S,
       [r"re:himself|his own|/s/ Drew|personally|\bself|Markham signed|signed by (Drew )?(G\. )?Markham"],
       note="everyday: mvis: '/s/ Drew G. Markham', 2026-06-10"),
    _c("b35-role-golden-relationship-slack", "golden props relationship to arec per the form", "role", S, [TEN],
       note="everyday: arec: GOLDEN PROPERTIES LTD. isTenPercentOwner true, the other boxes false"),
    _c("b35-role-lamercie-title-and-signer-slack", "arw clo - exact title n who signed for her", "role", S,
       [r"re:SVP, CLO (&|&amp;|and) Secretary", "n:Nicholas De La Cruz"],
       note="everyday: arw: officerTitle 'SVP, CLO & Secretary'; '/s/ Nicholas De La Cruz, Attorney-in-Fact' 2025-02-13"),
    _c("b35-role-travers-board-seat-slack", "zip pres on the board too or just mgmt", "role", S,
       [r"re:\b(no|not|only|just)\b", r"re:President"],
       note="everyday: zip: TRAVERS DAVID isDirector 0, isOfficer 1, officerTitle 'President'"),
    _c("b35-role-three-officers-titles-plain",
       "For our watch list, what titles do the filings give the Section 16 officers on file at Becton Dickinson, AAR and "
       "Arrow Electronics?", "role", P,
       [r"re:EVP, CRO (&|&amp;|and) Pres\. Life Sciences", r"re:Senior VP, GC, CAO (&|&amp;|and) Secretary",
        r"re:SVP, CLO (&|&amp;|and) Secretary"],
       note="everyday: bdx Feld 'EVP, CRO & Pres. Life Sciences'; air Garascia 'Senior VP, GC, CAO & Secretary'; arw "
            "Lamercie 'SVP, CLO & Secretary'"),
    _c("b35-role-zip-pres-last-signed-slack", "who's the pres at zip n when did he last sign a form", "role", S,
       ["n:David Travers", "d:2025-03-18"],
       note="everyday: zip: TRAVERS DAVID, officerTitle 'President'; '/s/ Ryan Sakamoto, Attorney-in-Fact' 2025-03-18"),
    _c("b35-role-buffett-capacity-plain",
       "Is Warren Buffett a reporting person in his own right on the Snowflake Form 3, and on what basis is he listed?",
       "role", P, [TEN, r"re:controlling (stock|share)holder"],
       note="snow-berkshire: BUFFETT WARREN E isTenPercentOwner 1; F1: 'as the controlling stockholder of Berkshire, may be "
            "deemed presently to beneficially own'"),
    _c("b35-role-exbt-cfo-signer-slack", "whos the cfo at exbt n did he sign his own form", "role", S,
       ["n:Alex Smith", r"re:himself|his own|/s/ Alex|personally|\bself|Smith signed|signed by (Alex )?(J\. )?Smith"],
       db="samples", note="everyday: sample exbt: Smith Alex J, 'Chief Financial Officer'; '/s/ Alex J. Smith' 2024-03-04"),
    _c("b35-role-softbank-group-signer-title-plain",
       "On the Better Home & Finance Form 4, who signed for SoftBank Group Corp. itself, and with what title?", "role", P,
       ["n:Yuko Yamamoto", r"re:Head of Corporate Legal"],
       note="betr first signature: 'SoftBank Group Corp., By : /s/ Yuko Yamamoto, Head of Corporate Legal Department', 2025-03-07"),
    _c("b35-role-wave-cfo-plan-and-box-slack", "wve cfo - boxes ticked n was the 10b5-1 box checked", "role", S,
       [r"re:Chief Financial Officer|\bCFO\b", r"re:\byes\b|checked|ticked|true|10b5-1"],
       note="everyday: wve: isOfficer true (Chief Financial Officer), others false; aff10b5One true; F1 plan adopted March "
            "13, 2025"),
    _c("b35-role-hegde-sacks-signers-plain",
       "Who signed the SunPower and Bird Global Form 3s, and in what capacity?", "role", P,
       ["n:Lauren Walz", "n:Kevin Lee", r"re:attorney"],
       note="spwr: '/s/ Lauren Walz, as attorney-in-fact for Vinayak Hegde' 2022-01-07; brds: '/s/ Kevin Lee, attorney-in-fact' "
            "2021-11-12"),
]

CASES += [
    # ------------------------------------------------------------------ 8. totals across rows, filings and days
    _c("b35-sum-travers-tranches-at-withholding-px-plain",
       "Valued at the $5.96 price used for the withholding, what were David Travers's four March 15, 2025 RSU tranches "
       "worth in total?", "sum", P, ["$361,962.72"],
       note="zip M rows 6,250 + 13,347 + 20,691 + 20,444 = 60,732 × $5.96 (the F row price) = $361,962.72"),
    _c("b35-sum-2024-buys-ex-arec-plain",
       "Leaving the American Resources row aside, how many shares were bought on the open market in 2024 in total?", "sum",
       P, ["543,608.634"],
       note="2024 P rows: guts 333,333 + sample exbt 200,000 + isba 275.634 + sample exrb 10,000 = 543,608.634 (arec's "
            "800,000 P row is marked D and excluded by the question)"),
    _c("b35-sum-adams-over-162-slack", "adams lots over $162 - shs n $ added up", "sum", S, ["6,542", "$1,078,065.40"],
       note="aapl S rows 900 × $162.77 + 1,550 × $163.94 + 1,800 × $165.06 + 2,292 × $165.95 = 6,542 shares, $1,078,065.40"),
    _c("b35-sum-musk-lots-over-50k-slack", "musk 11/8/21 - how many lots were 50k+ shs n what do they add up to", "sum", S,
       [r"re:\b(6|six)\b", "418,153"],
       note="S rows over 50,000 (all in the trust filing): 101,589 + 78,191 + 72,241 + 58,512 + 56,428 + 51,192 = 418,153; "
            "the largest in the first filing is 25,710"),
    _c("b35-sum-scarpelli-151-153-plain",
       "How many shares did Michael Scarpelli sell in the lots priced between $151 and $153, and for how much?", "sum", P,
       ["116,893", "$17,781,304.13"],
       note="snow S rows 74,907 × $151.814 = $11,371,931.30 and 41,986 × $152.655 = $6,409,372.83"),
    _c("b35-sum-pltr-sole-llcs-class-b-2020-plain",
       "On Thiel's 2020 Palantir Form 3, how much Class B stock did the LLCs he solely owns hold in total?", "sum", P,
       ["101,829,116"],
       note="pltr-3 Class B rows for 'sole beneficial owner' LLCs: STS Holdings II (F3) 2,750,050 + Rivendell 7 (F4) "
            "96,116,105 + Rivendell 25 (F5) 2,962,961 = 101,829,116"),
    _c("b35-sum-moran-1320-and-15-rows-plain",
       "What did Kyle Moran's three December 8, 2025 sale rows priced at $13.20 and $15 come to, in shares and dollars?",
       "sum", P, ["160,000", "$2,202,000"],
       note="wve S rows: 60,000 × $13.20 = $792,000, 50,000 × $15.00 = $750,000, 50,000 × $13.20 = $660,000"),
    _c("b35-sum-adams-under-163-slack", "adams aapl lots under 163 - total shs + $", "sum", S, ["19,358", "$3,111,315.54"],
       note="aapl S rows 9,136 × $159.94 + 5,316 × $160.82 + 4,006 × $161.93 + 900 × $162.77 = 19,358 shares, "
            "$3,111,315.54"),
    _c("b35-sum-ptv-thiel-capital-2021-slack", "pltr feb 21 form - pt ventures + thiel capital class a combined", "sum", S,
       ["7,209,043"],
       note="pltr 2021 holding rows: PT Ventures (F20) 3,702,272 + Thiel Capital (F21) 3,506,771 = 7,209,043"),
    _c("b35-sum-pltr-all-time-slack", "pltr insider selling all-time, $ n shs", "sum", S,
       ["27,048,671", "$679,399,220.54"],
       note="everyday: pltr S rows: 2021 20,003,915 ($504,783,221.27) + 2024 7,044,756 ($174,615,999.27)"),
    _c("b35-sum-bksy-ex-private-placement-plain",
       "Leaving out the private placement shares, how many BlackSky Class A shares did the two Mithril funds receive in the "
       "business combination?", "sum", P, ["18,128,026"],
       note="bksy: Mithril LP 10,386,626 (F1, F2) + Mithril II LP 7,741,400 received in the business combination (F3; "
            "500,000 more from the private placement) = 18,128,026"),
    _c("b35-sum-moran-cheap-strikes-cost-slack", "moran's exercises under $4 strike - shs n total cost", "sum", S,
       ["160,000", "$483,800"],
       note="wve M rows 2025-12-08: 60,000 × $2.83 = $169,800 + 100,000 × $3.14 = $314,000"),
    _c("b35-sum-wve-dec8-net-shares-slack", "wve dec 8 - shs exercised minus shs sold, net", "sum", S,
       ["210,000", r"re:\b(0|zero|none|nothing|no net|flat|same|equal|unchanged|all of)\b"],
       note="everyday: wve Dec 8: M 60,000 + 100,000 + 50,000 = 210,000; S 60,000 + 50,000 + 50,000 + 50,000 = 210,000; "
            "direct ends at 89,218 where it started"),
    _c("b35-sum-gifts-to-charity-vs-family-plain",
       "How many shares went to charity in total, and how many to family trusts or estate-planning vehicles?", "sum", P,
       ["5,044,000", ("4,747", all_of("3,690", "1,057"))],
       note="charity: tsla Form 5 G rows 5,044,000 (F1); family: lrcx 3,690 to the Sohail Family Trust + mdb 1,057 to estate "
            "planning vehicles = 4,747; McMahon's 61,386 names no recipient"),
    _c("b35-sum-q1-2025-plan-sales-plain",
       "What was the dollar total of Rule 10b5-1 plan sales in the first quarter of 2025?", "sum", P, ["$4,138,389.77"],
       note="Q1 2025 S rows under plans: dkng $4,043,811.93 + pdex $94,577.84 = $4,138,389.77; Garascia's $100,354.50 had "
            "no plan (all Q1 sales $4,238,744.27)"),
    _c("b35-sum-mvis-sells-this-yr-slack", "mvis insider sells total this yr?", "sum", S,
       [r"re:\b(no|none|0|zero|not)\b", "77,905"],
       note="everyday: 2026: no open-market sale; the F row of 2026-06-10 (77,905 at $0.3621) is a tax sell-to-cover"),
    _c("b35-sum-musk-2010-out-at-17-slack", "tsla 7/2/10 - sold + withheld shs valued at the $17 px, total $", "sum", S,
       ["$24,427,215"],
       note="tsla 2010: S 1,415,167 + F 21,728 = 1,436,895 × $17.00 = $24,427,215"),
    _c("b35-sum-musk-all-sales-plain", "All told, what has Elon Musk sold in the data, in shares and dollars?", "sum", P,
       ["2,349,258", "$1,126,400,317.72"],
       note="everyday: tsla 2010 S 1,415,167 × $17 = $24,057,839; 2021 two filings 934,091 for $1,102,342,478.72; no "
            "SolarCity sales"),
    _c("b35-sum-zip-mvis-withheld-dollars-slack", "zip + mvis sell to cover $ combined", "sum", S, ["$225,771.48"],
       note="zip F 33,148 × $5.96 = $197,562.08; mvis F 77,905 × $0.3621 = $28,209.40 (exact $28,209.4005); total "
            "$225,771.48"),
]

CASES += [
    # ------------------------------------------------------------------ 9. comparisons and two-part questions
    _c("b35-cmp-musk-vs-thiel-filings-slack", "musk vs thiel # filings", "cmp", S, [r"re:\b(7|seven)\b", TIE],
       note="everyday: Musk: tsla Form 3 2010, Form 4s 2009, 2010, 2021 ×2, Form 5 2021, scty 2012 = 7; Thiel: pltr Form 3 "
            "2020, Form 4s 2021 and 2024, oscr Form 3, bksy Form 3, adgi and guts Form 4s = 7 — a tie"),
    _c("b35-cmp-tsla-or-pltr-2024-slack", "who sold more tsla or pltr insiders 2024", "cmp", S,
       [r"re:Palantir|PLTR|Thiel", ("7,044,756", "$174,615,999.27")],
       note="everyday: 2024 S rows: pltr 6,914,475 + 130,281 = 7,044,756 ($174,615,999.27); no Tesla row in 2024 (its "
            "last sales are November 2021)"),
    _c("b35-cmp-betr-vs-lrcx-lag-plain",
       "Which was signed longer after its transactions: SoftBank's Better Home & Finance Form 4 or Sohail Ahmed's Lam "
       "Research amendment? Give the days for each.", "cmp", P, [r"re:\b88\b", r"re:\b36\b"],
       note="betr 2024-12-09 → signed 2025-03-07 = 88 days; lrcx 4/A 2024-11-04 → signed 2024-12-10 = 36 days"),
    _c("b35-cmp-rabois-vs-adams-plan-days-slack", "rabois vs adams - days from 10b5-1 adoption to the sale", "cmp", S,
       [r"re:\b200\b", r"re:\b261\b"],
       note="afrm F1 adopted 2022-09-15, sale 2023-04-03 = 200 days; aapl F1 adopted 2021-08-16, sales 2022-05-04 = 261 days"),
    _c("b35-cmp-doe-vs-pdex-plan-days-plain",
       "Who waited longer between adopting a Rule 10b5-1 plan and the first sale under it: Jane Doe at Example Robotics or "
       "the Pro-Dex reporting persons? How many days each?", "cmp", P, [r"re:\b166\b", r"re:\b125\b"],
       note="sample exrb F1 adopted 2023-12-01, first sale 2024-05-15 = 166 days; pdex F1 adopted 2024-09-20, first sale "
            "2025-01-23 = 125 days"),
    _c("b35-cmp-zip-vs-mvis-withheld-gap-slack", "zip vs mvis shs withheld for tax - who more n by how many", "cmp", S,
       ["44,757", r"re:MicroVision|MVIS|Markham"],
       note="mvis F 77,905 vs zip F 33,148: 44,757 more at MicroVision"),
    _c("b35-cmp-thiel-yy-drop-slack", "thiel pltr shs sold y/y 21 vs 24 - % drop", "cmp", S,
       [r"re:64\.78|64\.8\s?%|\b65\s?%"],
       note="pltr S rows: 2021 20,003,915 vs 2024 7,044,756: (20,003,915 − 7,044,756) / 20,003,915 = 64.78% fewer shares "
            "(dollars $504,783,221.27 vs $174,615,999.27, 65.41% less)"),
    _c("b35-cmp-dkng-vs-pdex-left-after-slack", "dkng vs pdex sellers - who had more shs left after the q1 25 sells", "cmp",
       S, ["653,843", "333,210"],
       note="dkng last S row after 653,843 (Dodge, direct); pdex last S row after 333,210 (Farnam Street Partners)"),
    _c("b35-cmp-whiting-vs-levchin-term-plain",
       "Which option had the longer term from grant to expiration: John Whiting's Tecogen option or Max Levchin's Yahoo "
       "option?", "cmp", P, [r"re:Whiting|Tecogen", r"re:\b(10|ten)[- ]years?", r"re:\b(7|seven)[- ]years?"],
       note="tgen granted 2023-09-20, expires 2033-09-20 (10 years); yhoo granted 2012-12-31, expires 2019-12-31 (7 years)"),
    _c("b35-cmp-q1-24-vs-q1-25-slack", "q1 24 vs q1 25 insider sells $, all cos", "cmp", S,
       ["$174,615,999.27", "$4,238,744.27"],
       note="everyday: Q1 2024 S rows: pltr 2024-03-12 only ($174,615,999.27); Q1 2025: air $100,354.50 + pdex $94,577.84 + dkng "
            "$4,043,811.93 = $4,238,744.27"),
    _c("b35-cmp-bird-vs-sunpower-form3-lag-plain",
       "Which Form 3 was signed sooner after its event date, David Sacks's at Bird Global or Vinayak Hegde's at SunPower, "
       "and by how many days each?", "cmp", P, [r"re:SunPower|Hegde", r"re:\b8\b", r"re:\b7\b"],
       note="brds event 2021-11-04, signed 2021-11-12 = 8 days; spwr event 2021-12-31, signed 2022-01-07 = 7 days"),
    _c("b35-cmp-moran-vs-dodge-plan-days-slack", "moran vs dodge - plan adopted → first sale, days each", "cmp", S,
       [r"re:\b270\b", r"re:\b91\b"],
       note="wve F1 adopted 2025-03-13, first sale 2025-12-08 = 270 days; dkng F1 adopted 2024-12-13, first sale 2025-03-14 "
            "= 91 days"),
    _c("b35-cmp-biggest-row-musk-vs-thiel-plain",
       "Whose single largest sale row was bigger in dollars, Elon Musk's or Peter Thiel's, and what was each?", "cmp", P,
       ["re:Thiel", "$392,243,299.67", "$120,563,691.83"],
       note="pltr 2021 Rivendell 7 15,653,541 × $25.0578 = $392,243,299.67; tsla trust filing 101,589 × $1,186.779 = "
            "$120,563,691.83"),
    _c("b35-cmp-dodge-vs-travers-sign-lag-plain",
       "Stanton Dodge and David Travers both signed their Form 4s on the same day in March 2025. What was that date, and "
       "how many days after each one's earliest transaction was it?", "cmp", P,
       ["d:2025-03-18", r"re:\b4\b", r"re:\b3\b"],
       note="dkng first S 2025-03-14 → signed 2025-03-18 (4 days; 1 after the 3/17 row); zip rows 2025-03-15 → signed "
            "2025-03-18 (3 days)"),
    _c("b35-cmp-adams-vs-dodge-lot-size-slack", "adams vs dodge - # of sale lots n avg lot size", "cmp", S,
       [r"re:\b(7|seven)\b", r"re:\b(3|three)\b", ("3,571.43", "3,571", "3,571.4"), ("35,184.67", "35,185", "35,184.7")],
       note="aapl 7 S rows, 25,000 / 7 = 3,571.43; dkng 3 S rows, 105,554 / 3 = 35,184.67"),
    _c("b35-cmp-thiel-vs-musk-2021-dollars-slack", "2021 sells $ - thiel vs musk, both #s", "cmp", S,
       ["$504,783,221.27", "$1,102,342,478.72"],
       note="everyday: pltr 2021-02-18 S rows $504,783,221.27; tsla 2021-11-08 S rows (two filings) $1,102,342,478.72"),
    _c("b35-cmp-doe-vs-thiel-adoption-plain",
       "Jane Doe and Peter Thiel both sold in 2024 under plans adopted late in 2023. Whose plan came first, and how many "
       "days apart were the two adoptions?", "cmp", P, ["d:2023-12-01", "d:2023-12-12", r"re:\b11\b"],
       note="sample exrb F1 December 1, 2023; pltr 2024 F1 December 12, 2023: 11 days apart, Doe first"),
    _c("b35-cmp-snow-vs-melkote-sign-lag-slack", "tsvt snow vs scwo melkote - which form got signed faster after the grant",
       "cmp", S, [r"re:\b(2|two)\b", (*TIE, r"re:\bboth\b")],
       note="tsvt grant 2025-01-06, signed 2025-01-08; scwo grant 2025-04-30, signed 2025-05-02: two days each"),
    _c("b35-cmp-form5-sign-speed-plain",
       "Measured from the end of the period each one covers, which Form 5 was signed sooner, Musk's or McMahon's, and by "
       "how many days?", "cmp", P, ["re:McMahon", r"re:\b39\b", r"re:\b45\b"],
       note="tsla Form 5 period 2021-12-31, signed 2022-02-14 = 45 days; snow-mcmahon Form 5 period 2022-01-31, signed "
            "2022-03-11 = 39 days"),
]

CASES += [
    # ------------------------------------------------------------------ 10. market-wide superlatives and counts
    _c("b35-mkt-longest-lag-besides-tsla-2009-plain",
       "Setting aside Musk's 2009 option filing, which Form 4 has the longest gap between one of its reported transactions "
       "and the signature, and how many days was it?", "mkt", P, [r"re:Botha|MongoDB|MDB", r"re:\b349\b"],
       note="mdb G rows 2020-07-17 (transactionTimeliness E) signed 2021-07-01 = 349 days; next betr 88 days"),
    _c("b35-mkt-count-plan-adoption-dates-slack", "how many diff 10b5-1 adoption dates r disclosed across all filings",
       "mkt", S, [r"re:\b(9|nine)\b"],
       note="dated plans: Adams 2021-08-16, Musk 2021-09-14, Rabois 2022-09-15, Doe 2023-12-01 (sample), Thiel 2023-12-12, "
            "Pro-Dex 2024-09-20, Dodge 2024-12-13, Feld 2025-02-07, Moran 2025-03-13 = 9 (Thiel's 2021 plan is undated)"),
    _c("b35-mkt-most-distinct-signers-plain",
       "Which filing in the database carries signatures from the largest number of different people?", "mkt", P,
       [r"re:Better|BETR|SoftBank"],
       note="betr: eight signatures by Yamamoto, Lam (three), Johnson, Duckles (two) and Aramaki = five people; bksy's seven "
            "signatures are Royan's six and Thiel's"),
    _c("b35-mkt-earliest-plan-sale-slack", "earliest sale under a 10b5-1 plan anywhere in here", "mkt", S,
       [r"re:Thiel|Palantir|PLTR", "d:2021-02-18"],
       note="pltr 2021 S rows 2021-02-18 (F23 preexisting 10b5-1 plan); next Musk 2021-11-08; Musk's 2010 sale had no plan"),
    _c("b35-mkt-year-most-issuers-selling-plain",
       "In which year did insiders at the largest number of different companies report sales, and how many companies was "
       "it?", "mkt", P, [r"re:2025", r"re:\b(5|five)\b"],
       note="2025 S rows at AAR, Pro-Dex, DraftKings, Wave, Becton Dickinson = 5; 2021, 2022 and 2024 have two each"),
    _c("b35-mkt-top-seller-each-co-2025-slack", "top seller at each co in 2025, names pls", "mkt", S,
       ["re:Garascia", "re:Dodge", "re:Moran", "re:Feld", r"re:Farnam|Cabillot"],
       note="everyday: 2025 S rows by issuer: AAR Garascia, Pro-Dex Farnam Street Partners (Cabillot), DraftKings Dodge, "
            "Wave Moran, Becton Dickinson Feld (one seller each)"),
    _c("b35-mkt-most-addresses-plain", "Which reporting person gave the largest number of different addresses across their "
       "filings?", "mkt", P, ["re:Thiel"],
       note="Thiel: 1555 Blake Street and 1200 17th Street (Denver), 600 and 111 Congress Avenue (Austin), One Letterman "
            "Drive (San Francisco); Musk three (Deer Creek Road, SolarCity San Mateo, Tesla Road), Hoffman and Levchin two"),
    _c("b35-mkt-latest-plan-sale-plain", "Who made the most recent sale under a Rule 10b5-1 plan, and on what date?", "mkt",
       P, ["re:Feld", "d:2025-12-26"],
       note="everyday: bdx S 2025-12-26 (remarks: plan adopted February 7, 2025); nothing sold in 2026"),
    _c("b35-mkt-smallest-gift-slack", "smallest gift anywhere in the db", "mkt", S, ["1,057", r"re:Botha|MongoDB|MDB"],
       note="everyday: G rows: mdb 1,057 (2020-07-17), lrcx 3,690, snow 61,386, tsla 250,000 up to 2,234,000"),
    _c("b35-mkt-slowest-signed-2025-plain",
       "Among Form 4s reporting 2025 transactions, which was signed the longest after its earliest transaction, and how "
       "many days?", "mkt", P, [r"re:Dodge|DraftKings|DKNG", r"re:\b4\b"],
       note="dkng first S 2025-03-14 → signed 2025-03-18 = 4 days; zip 3 (Saturday 3/15 → 3/18), bdx 3 (12/26 → 12/29); "
            "others 0-2"),
    _c("b35-mkt-largest-plan-sale-row-slack", "biggest single sale row done under a 10b5-1 plan, by shs", "mkt", S,
       ["15,653,541"],
       note="pltr 2021 Rivendell 7 S 2021-02-18 (F23 preexisting plan): 15,653,541; next 6,914,475 (2024)"),
    _c("b35-mkt-most-shares-one-week-slack", "most shs sold by one insider in a single week", "mkt", S,
       ["re:Thiel", "20,003,915"],
       note="pltr 2021: four S rows on 2021-02-18 = 20,003,915; Musk's week of 2021-11-08 is 934,091"),
    _c("b35-mkt-most-unvested-rsus-today-plain",
       "Which RSU award in the data has the most units still unvested as of today, and roughly how many?", "mkt", P,
       ["re:Melkote", ("442,024.33", "442,024", "442,024.3", "442,000", r"re:\b442\s?(k|thousand)\b")],
       note="scwo F1: 757,756 − (189,439 + 8 × 15,786.58 for April-November 2026) = 442,024.33; next Markham's June 2025 "
            "grant (two installments left), Travers's 2025 grant 9 × 20,444 = 183,996, Snow 79,612.5, Clements 73,649.33"),
    _c("b35-mkt-top-seller-last-2-years-slack", "who's sold the most $ in the last 2 yrs", "mkt", S,
       [r"re:Moran|Wave|WVE"],
       note="everyday: sales since 2024-12-07 are all 2025: Wave over $4.1 million under either reading of the Dec 9 "
            "36.000 row ($3,102,000 on Dec 8 + $1,001,250 + at least $729 on Dec 9) vs DraftKings $4,043,811.93"),
    _c("b35-mkt-largest-snow-holder-plain", "Who is the largest holder of Snowflake stock in the filings, and how many shares?",
       "mkt", P, [r"re:Berkshire|Buffett|Columbia", "6,125,376"],
       note="everyday: snow-berkshire 6,125,376 Class A (Columbia Insurance); Scarpelli 894,585 direct and in trusts, "
            "McMahon 331,591, Garrett options and preferred"),
    _c("b35-mkt-smallest-option-grant-plain", "What is the smallest stock option grant in the data, and whose was it?",
       "mkt", P, ["774", r"re:Levchin|Yahoo|YHOO"],
       note="everyday: yhoo Director Stock Option 774 at $19.90 (2012-12-31); next Whiting 37,500"),
    _c("b35-mkt-plan-biggest-dollars-slack", "which 10b5-1 plan covered the most $ of sales", "mkt", S,
       ["re:Musk", ("d:2021-09-14", "$1,102,342,478.72")],
       note="tsla 2021 F1 plan adopted September 14, 2021: 49 S rows $1,102,342,478.72; Thiel's 2021 plan $504,783,221.27"),
    _c("b35-mkt-same-day-signed-biggest-sale-plain",
       "Of the filings signed on the very day of the sale they report, which covered the largest sale in dollars?", "mkt",
       P, [r"re:Thiel|Palantir|PLTR", ("$174,615,999.27", "d:2024-03-12")],
       note="same-day signatures with S rows: pltr 2024 ($174,615,999.27, signed 2024-03-12), tsla 2010 ($24,057,839), air "
            "($100,354.50), pdex's Jan 24 row ($59,507.84)"),
    _c("b35-mkt-signed-own-filings-most-slack", "who signed the most of their own filings, no attorney", "mkt", S,
       ["re:Thiel"],
       note="'/s/ Peter Thiel' on oscr, bksy, adgi and guts = 4; Musk signed three (2009 Form 4, 2010 Form 3 and Form 4); "
            "Royan signs bksy in his own name once (his other signatures are for the Mithril entities)"),
]

CASES += [
    # ------------------------------------------------------------------ 11. prices, predictions, advice, motives: say so
    _c("b35-cant-moran-mnpi-slack", "moran have mnpi when he sold wve in dec 25?", "cant", S, [CANT, "d:2025-03-13"],
       note="everyday: legal/motive judgement; wve F1: sales under a Rule 10b5-1 plan adopted March 13, 2025"),
    _c("b35-cant-ahmed-amendment-trouble-slack", "did ahmed get in trouble w the sec over the original lrcx form, is that why the 4/a",
       "cant", S, [CANT, ("d:2024-11-04", "d:2024-12-10")],
       note="regulatory outcome/motive not in the filings; the 4/A (signed 2024-12-10) cites an original submitted "
            "2024-11-04 and a remark on the ten-for-one split adjustment"),
    _c("b35-cant-moran-475-before-expiry-plain",
       "Will Kyle Moran exercise the rest of his $4.75 Wave options before they expire?", "cant", P,
       [CANT, ("222,700", "d:2033-02-17")],
       note="prediction; wve Table II $4.75 row: 222,700 left after December 8, 2025, expiring 2033-02-17"),
    _c("b35-cant-pltr-close-vs-thiel-avg-slack", "pltr close on 3/12/24 vs thiel's avg px that day", "cant", S,
       [CANT, ("$24.7724", "$25.5437", "$24.7867")],
       note="everyday: market price not filed; the filing gives weighted averages $24.7724 and $25.5437 (overall $24.7867)"),
    _c("b35-cant-pdex-restricted-plain",
       "Should our fund put Pro-Dex on its restricted list because a 10% holder was selling in January 2025?", "cant", P,
       [CANT], note="everyday: advice; the filing shows Farnam Street Partners' 835 and 1,436-share plan sales"),
    _c("b35-cant-mvis-buy-after-gc-slack", "is $mvis a buy after the gc got 268k shs 🚀", "cant", S, [CANT],
       note="everyday: advice; mvis M rows 150,000 + 118,800 (RSU settlements) and the F 77,905 sell-to-cover"),
    _c("b35-cant-ahmed-estate-tax-plain",
       "Was Sohail Ahmed's November 2024 transfer to her family trust an estate-tax move?", "cant", P,
       [CANT, r"re:no consideration|remains? the beneficial owner|trustee"],
       note="motive; lrcx F1: 3,690 transferred for no consideration, she is trustee and remains the beneficial owner"),
    _c("b35-cant-dkng-day-after-dodge-slack", "what did dkng trade at the day after dodge's last sale", "cant", S, [CANT],
       note="everyday: market price; the filing's last row is 52,777 at $39 on 2025-03-17"),
    _c("b35-cant-tsvt-rise-before-vest-plain",
       "Is 2seventy bio's stock likely to rise before Jessica Snow's next RSU installment vests?", "cant", P,
       [CANT, ("d:2027-01-02", "26,537.5")],
       note="prediction; tsvt F1: annual installments of 26,537.5 from January 2, 2026, the next on January 2, 2027"),
    _c("b35-cant-scarpelli-next-exercise-slack", "predict when scarpelli exercises the rest of his snow opts", "cant", S,
       [CANT, ("2,219,299", "d:2029-08-26")],
       note="prediction; snow Table II: 2,219,299 options left after the exercise, expiring 2029-08-26"),
    _c("b35-cant-snow-price-mcmahon-gift-plain",
       "What was Snowflake's share price on the day John McMahon made his December 2021 gift?", "cant", P,
       [CANT, "d:2021-12-23"],
       note="everyday: market price; the Form 5 G row is dated 2021-12-23 at $0 (no consideration)"),
    _c("b35-cant-adams-knew-something-slack", "was the apple gc selling bc she knew something? pls", "cant", S,
       [CANT, "d:2021-08-16"],
       note="everyday: motive; aapl F1: sales under a Rule 10b5-1 plan adopted August 16, 2021"),
    _c("b35-cant-travers-income-tax-plain",
       "How much income tax did David Travers owe on the RSUs that vested on March 15, 2025?", "cant", P,
       [CANT, ("33,148", "$197,562.08")],
       note="tax liability not filed; zip F row: 33,148 shares at $5.96 ($197,562.08) relinquished to cover withholding"),
    _c("b35-cant-snow-stay-to-vest-slack", "will jessica snow stick around at tsvt long enough to vest all her opts", "cant",
       S, [CANT], note="prediction; tsvt F2: option vests to January 2, 2029 subject to continued service"),
    _c("b35-cant-markham-px-vs-close-plain",
       "Was the $0.3621 sell-to-cover price on Drew Markham's filing above or below MicroVision's closing price that day?",
       "cant", P, [CANT, ("$0.3621", r"re:0\.3509|0\.3779")],
       note="market close not filed; mvis F3: weighted average $0.3621 from $0.3509 to $0.3779"),
    _c("b35-cant-wve-pct-outstanding-slack", "wve % of shs outstanding moran dumped in dec 25", "cant", S, [CANT_PCT],
       note="shares outstanding are not in a Form 4"),
    _c("b35-cant-buy-pdex-after-fund-sold-slack", "should we load up on $pdex now that the 10% holder trimmed?", "cant", S,
       [CANT], note="everyday: advice; pdex: Farnam Street Partners sold 835 and 1,436 in January 2025"),
    _c("b35-cant-copy-roe-exrb-buy-slack", "expected return if we copied the exrb director's buy", "cant", S, [CANT],
       db="samples", note="everyday: prediction/advice; sample Roe P 10,000 at $38.50 on 2024-06-03"),
    _c("b35-cant-hoffman-znga-profit-plain", "Did Reid Hoffman make money on his Zynga shares after the IPO?", "cant", P,
       [CANT],
       note="everyday: market prices and later sales are not in the data; the filing shows RSUs settled into 1,412,997 Class B shares"),
]

CASES += [
    # ------------------------------------------------------------------ 12. typos in names and tickers
    _c("b35-typo-garaskia-signed-same-day-slack", "jessica garaskia aar form - signed same day as the sale?", "typo", S,
       ["d:2025-01-10", r"re:same[- ]day|same date|\byes\b|\b0 days\b|zero days"],
       note="everyday: Garascia; air S row 2025-01-10, '/s/ Katherine Kwiat, power of attorney' 2025-01-10"),
    _c("b35-typo-melkotay-title-signer-plain", "What is Rajesh Melkotay's title at 374Water, and who signed his Form 4?",
       "typo", P, [r"re:Chief Technology Officer|\bCTO\b", r"re:Melkote"],
       note="everyday: Melkote; scwo officerTitle 'Chief Technology Officer', signed '/s/ Rajesh Melkote' 2025-05-02"),
    _c("b35-typo-klements-unvested-today-slack", "carol klements jblu rsus still unvested as of today", "typo", S,
       [("73,649.33", "73,649", "73,649.3333", "73,649.3")],
       note="everyday: Clements; jblu F2: three equal annual installments on March 10, 2026, 2027 and 2028; one vested by today → 2/3 "
            "of 110,474 = 73,649.33"),
    _c("b35-typo-michael-felt-sign-lag-plain",
       "How many days after his December 2025 sale was Michael Felt's Becton Dickinson Form 4 signed?", "typo", P,
       [r"re:\b3\b|\bthree\b", "d:2025-12-29"],
       note="Feld; bdx S Friday 2025-12-26, signed Monday 2025-12-29 (one business day)"),
    _c("b35-typo-374-watter-rsus-half-slack", "374 watter cto rsus - how many vested by 3/31/27", "typo", S,
       [("378,878", r"re:\bhalf\b|50\s?%")],
       note="374Water; scwo F1: 25% of 757,756 (189,439) on March 31, 2026 + 12 monthly × 15,786.58 through March 31, 2027 = "
            "378,878, half the award"),
    _c("b35-typo-wev-sign-lag-slack", "$wev cfo form signed how many days after the dec 8 trades", "typo", S,
       [r"re:\b2\b|\btwo\b", "d:2025-12-10"],
       note="WVE; first rows 2025-12-08, '/s/ Kyle Moran' 2025-12-10 (one day after the Dec 9 rows)"),
    _c("b35-typo-finanse-class-b-left-pct-plain",
       "What share of its Better Home and Finanse Class B stock did SoftBank's vehicle still hold after the December 2024 "
       "conversion?", "typo", P, [r"re:17\.9\d*\s?%|\b18\s?%", "137,545"],
       note="Better Home & Finance; betr Table II C 628,553 converted, after 137,545: 137,545 / 766,098 = 17.95%"),
    _c("b35-typo-tesler-form5-lag-slack", "tesler musk form 5 signed how many days after his 1st nov 21 gift", "typo", S,
       [r"re:\b87\b", "d:2022-02-14"],
       note="Tesla; Form 5 G row 2021-11-19, signature 2022-02-14 = 87 days (45 after the 2021-12-31 period end)"),
    _c("b35-typo-singermen-disclaim-plain",
       "On what basis does Brian Singermen report the Oscar Health shares, and does he claim them as his own?", "typo", P,
       [r"re:shared voting|voting and investment power", r"re:disclaim"],
       note="Singerman; oscr F1-F10: Thiel and Singerman have shared voting and investment power over each fund's shares; "
            "each disclaims beneficial ownership except to the extent of his pecuniary interest"),
    _c("b35-typo-berkshire-hathway-sign-lag-slack", "berkshire hathway snow form 3 - signed how many days after the event",
       "typo", S, [r"re:\b10\b|\bten\b", "d:2020-09-28"],
       note="Berkshire Hathaway; snow-berkshire period 2020-09-18, '/s/ Warren E. Buffett' 2020-09-28"),
    _c("b35-typo-oscar-helth-smallest-fund-plain", "Which Founders Fund entity holds the fewest Oscar Helth shares, and how many?",
       "typo", P, ["46,697", r"re:Entrepreneurs|FF-VIE"],
       note="Oscar Health; oscr F8 The Founders Fund VI Entrepreneurs Fund, LP 46,697 (next FF-GP 51,567)"),
    _c("b35-typo-solar-citi-preferred-series-slack", "solar citi musk - how many pref series converted n which ratio was different",
       "typo", S, [r"re:\b(6|six)\b", r"re:2\.47|Series G"],
       note="SolarCity; scty Table II C rows Series A, B, C, D, F (one-for-one, F1) and G (2.47 common each, F2)"),
    _c("b35-typo-yelpp-sign-lag-plain", "How many days after the Yelpp IPO conversions did Max Levchin's Form 4 get signed?",
       "typo", P, [r"re:\b2\b|\btwo\b", "d:2012-03-09"],
       note="Yelp; C rows 2012-03-07, '/s/ Donna Hammer, Attorney-in-fact' 2012-03-09"),
    _c("b35-typo-squre-sign-lag-slack", "squre botha form - days from the weebly deal to signing", "typo", S,
       [r"re:\b4\b|\bfour\b", "d:2018-11-20"],
       note="Square; J rows Friday 2018-11-16, '/s/ Jung Yeon Son' Tuesday 2018-11-20 (two business days)"),
    _c("b35-typo-sequioa-growth-iv-before-slack", "sequioa growth fund iv sq shs before the weebly shs came in", "typo", S,
       ["854,616"],
       note="Sequoia; sq J row 3,465 (A) after 858,081 → 854,616 before"),
    _c("b35-typo-american-resorces-sign-lag-plain",
       "How many days passed between Golden Properties' American Resorces trade and the signature on its Form 4?", "typo",
       P, [r"re:same day|same date|\b0 days\b|\bzero days\b|\bno days\b|\bno gap\b", "d:2024-07-19"],
       note="American Resources; transaction and signature both 2024-07-19 (filed with a -05:00 suffix)"),
    _c("b35-typo-tecogenn-per-tranche-slack", "tecogenn gc opts - how many shs per vest date", "typo", S, ["18,750"],
       note="Tecogen; F1 'Vests 50% per year' on 37,500: 18,750 on September 20, 2024 and 18,750 on September 20, 2025"),
    _c("b35-typo-lam-reseach-total-unchanged-plain",
       "Did the Lam Reseach director's total holding change with her November 2024 trust transfer? Give the totals.", "typo",
       P, ["30,630", r"re:\b(no|not|unchanged|same|didn'?t)\b"],
       note="Lam Research; before: 3,690 direct + 26,940 in trust = 30,630; after: 0 direct + 30,630 in trust"),
    _c("b35-typo-proodex-pct-sold-slack", "proodex farnam - shs b4 the jan sells n % sold", "typo", S,
       ["335,481", r"re:0\.68\s?%|0\.677|0\.7\s?%"],
       note="Pro-Dex; 334,646 + 835 = 335,481 before; 2,271 sold = 0.677%"),
    _c("b35-typo-2-seventy-sign-lag-slack", "2 seventy bio svp form signed how many days after the grant", "typo", S,
       [r"re:\b2\b|\btwo\b", "d:2025-01-08"],
       note="2seventy bio; A rows 2025-01-06, '/s/ Iya Kessler, Attorney-in-Fact' 2025-01-08"),
    _c("b35-typo-mvsi-gc-street-slack", "$mvsi gc street address on the form", "typo", S, [r"re:18390|68th"],
       note="MVIS; Markham Drew G, 18390 NE 68th Street, Redmond WA 98052"),
    _c("b35-typo-snowfalke-cfo-dec22-slack", "snowfalke cfo sold how much in dec 22, shs n $", "typo", S,
       ["200,000", "$30,351,309.77"], note="everyday: Snowflake; five S rows 2022-12-13"),
    _c("b35-typo-garascio-this-year-plain", "Did Jessica Garascio sell any AAR stock this year?", "typo", P, [NONE],
       note="everyday: Garascia; this year is 2026; her only sale is 2025-01-10 (1,500)"),
    _c("b35-typo-kyle-morn-rows-at-15-plus-slack", "kyle morn wve - how many of his dec 25 sell rows were at $15 or more",
       "typo", S, [r"re:\b(4|four)\b"],
       note="Kyle Moran; S rows at $15.00 and $18.00 (Dec 8), $20.25 and $20.025 (Dec 9); the two $13.20 rows are below"),
    _c("b35-typo-wave-life-sciense-dec8-dollars-slack", "wave life sciense cfo - total $ from the dec 8 sells", "typo", S,
       ["$3,102,000"],
       note="everyday: Wave Life Sciences; Dec 8 S rows 60,000 × $13.20 + 50,000 × $15.00 + 50,000 × $13.20 + 50,000 × $18.00"),
]

CASES += [
    # ------------------------------------------------------------------ 13. holdings: direct, indirect, vehicles
    _c("b35-hold-rivendell7-share-2024-slack", "thiel mar 24 form - rivendell 7's % of all the pltr listed after the sells",
       "hold", S, [r"re:63(\.0)?\s?%|62\.9\d*\s?%"],
       note="pltr 2024: Rivendell 7 after 70,806,432 of 70,806,432 + 20,823,993 + 53,487 + 20,733,625 = 112,417,537 → 62.99%"),
    _c("b35-hold-bksy-mithril-lp-share-plain",
       "On the BlackSky Form 3, what share of the two Mithril funds' combined Class A position does Mithril LP hold?", "hold",
       P, [r"re:55\.7\d*\s?%|55\.8\s?%|\b56\s?%", "10,386,626"],
       note="bksy: Mithril LP 10,386,626 of 10,386,626 + 8,241,400 = 18,628,026 → 55.76%"),
    _c("b35-hold-scarpelli-total-unchanged-slack", "scarpelli total snow (direct + trusts) b4 vs after 12/13/22 - did it change",
       "hold", S, ["894,585", r"re:\b(no|not|unchanged|same|didn'?t)\b"],
       note="snow: direct 101,097 before the M row and 101,097 after the last S row, trusts 793,488 unchanged → 894,585 both"),
    _c("b35-hold-golden-direct-or-vehicle-slack", "golden props arec stake - held direct or thru a vehicle", "hold", S,
       ["14,389,960", r"re:direct"],
       note="everyday: arec row D, after 14,389,960; no nature-of-ownership text"),
    _c("b35-hold-exbt-fund-before-purchase-plain",
       "Before the April 2024 buy, what was Example Ventures Fund II's Example Biotech position?", "hold", P,
       ["4,000,000"], db="samples",
       note="sample exbt P row 200,000, after 4,200,000 (I, by Example Ventures Fund II) → 4,000,000 before"),
    _c("b35-hold-rabois-direct-vs-indirect-plain",
       "After his April 2023 sale, how were Keith Rabois's Affirm holdings split between direct and indirect?", "hold", P,
       [ZERO, ("1,622,338", all_of("75,000", "1,486,909", "60,429"))],
       note="everyday: afrm S row after 0 (D); holding rows I: FF Affirm Growth 75,000, Founders Fund Growth 1,486,909, Growth "
            "Principals 60,429 = 1,622,338"),
    _c("b35-hold-travers-all-direct-slack", "zip travers - any indirect holdings or all in his name", "hold", S,
       [r"re:direct", "1,138,960"],
       note="everyday: zip: every row D; direct after the F row 1,138,960; no indirect rows"),
    _c("b35-hold-lnkd-preferred-share-slack", "hoffman lnkd trust - what % of its position was the series a pref", "hold", S,
       [r"re:10\.6\d*\s?%|\b11\s?%"],
       note="lnkd: common 17,037,090 + Series A preferred underlying 2,028,942 (1:1, F3) = 19,066,032; preferred 10.64%"),
    _c("b35-hold-thiel-direct-any-filing-plain",
       "Across all of Peter Thiel's filings, which report shares he holds directly in his own name?", "hold", P,
       [r"re:Palantir|PLTR", ("3,257,826", "3,844,639")],
       note="direct (D) rows: pltr-3 Class A 3,257,826 and Class B 13,031,306; pltr 2021 Class A 3,844,639; oscr, bksy "
            "and pltr 2024 are indirect, and the D rows on adgi and guts are the Mithril funds' own holdings"),
    _c("b35-hold-smith-indirect-slack", "exbt smith cfo - any shs held thru a trust or entity, or all direct", "hold", S,
       [r"re:direct|\b(no|none|not)\b", "46,350"], db="samples",
       note="everyday: sample exbt: both Table I rows D; after the F row 46,350; RSUs 15,000 left (Table II, D)"),
    _c("b35-hold-thiel-2024-any-direct-plain",
       "On Thiel's March 2024 Palantir Form 4, is any Palantir stock reported as held directly by him?", "hold", P,
       [r"re:\b(no|none|not|all indirect)\b"],
       note="pltr 2024: all five rows I (Rivendell 7, PLTR Holdings, Rivendell 25, STS Holdings II); the remarks point to "
            "the proxy and 13G for overall holdings"),
    _c("b35-hold-mcguirk-llc-share-of-total-slack", "isba mcguirk - what % of his total sits in the llc", "hold", S,
       [r"re:95\.5\d*\s?%|96\s?%"],
       note="isba: LLC 383,262.5326 of 15,711.8844 + 2,170.3157 + 383,262.5326 = 401,144.7327 → 95.54%"),
    _c("b35-hold-rabois-power-over-ff-plain",
       "What power does Keith Rabois have over the Founders Fund Growth shares listed on his Affirm Form 4, and does he claim "
       "them as his own?", "hold", P, [r"re:shared voting|voting and investment power", r"re:disclaim"],
       note="afrm F3: 'shared voting and investment power' over the Founders Fund entities' shares; he disclaims beneficial "
            "ownership except to the extent of his pecuniary interest"),
    _c("b35-hold-mithril-ii-guts-breakdown-slack", "mithril ii lp guts shs after ipo - how much from the buy vs conversion",
       "hold", S, ["1,251,900", "333,333", "918,567"],
       note="guts: Mithril II LP C row 918,567 (Series E 173,821 + F 744,746), P 333,333, after 1,251,900"),
    _c("b35-hold-musk-scty-direct-any-plain", "Did Elon Musk hold any SolarCity shares directly after the IPO, or only through "
       "his trust?", "hold", P, [r"re:trust", "20,724,991"],
       note="scty: every row I 'By Trust'; after the P row 20,724,991; no direct row"),
    _c("b35-hold-farnam-after-each-day-slack", "farnam pdex shs left after 1/23 n after 1/24", "hold", S,
       ["334,646", "333,210"], note="everyday: pdex S rows: after 334,646 (2025-01-23) and 333,210 (2025-01-24), both I"),
    _c("b35-hold-mcmahon-direct-before-gift-plain",
       "Before John McMahon gave away 61,386 Snowflake shares in December 2021, how many did he hold in his own name?",
       "hold", P,
       ["116,052"],
       note="snow-mcmahon G row 61,386, direct after 54,666 → 116,052 before (F2: includes shares to be issued on RSU vesting)"),
    _c("b35-hold-musk-tsla-latest-slack", "musk's tsla position per his latest form", "hold", S, ["172,608,251"],
       note="everyday: tsla Form 5 (period 2021-12-31): trust after the last gift 172,608,251; the direct 1,220,481 from the "
            "November 8 trust filing may also be named"),
    _c("b35-hold-dodge-still-owns-plain", "How many DraftKings shares does Stanton Dodge still own, per his latest filing?",
       "hold", P, ["653,843"], note="everyday: dkng last S row 2025-03-17 after 653,843 (D)"),
]

# ---------------------------------------------------------------------- 14. each surface speaks to its reader
CLI = (r"re:\binsiderbot\s+(sync|ingest|fetch|load|add|backfill|import|update|pull|crawl|refresh|download|watch|init)\b",)
ADMIN = (r"re:\badmins?\b", "re:administrator", "re:workspace owner")

SURFACE_CASES: list[Case] = [
    _c("b35-surf-avgo-qtd-slack", "$avgo insider sells qtd", "surface", S, [NONE, ADMIN], CLI),
    _c("b35-surf-meta-dir-buys-slack", "meta dir buys in 24? thx", "surface", S, [NONE, ADMIN], CLI),
    _c("b35-surf-jpm-plans-slack", "jpm 10b5-1 adoptions last yr - dates pls", "surface", S, [NONE, ADMIN], CLI),
    _c("b35-surf-orcl-late-slack", "any late form 4s at $orcl", "surface", S, [NONE, ADMIN], CLI),
    _c("b35-surf-crm-trust-gifts-slack", "$crm ceo gifts to a family trust?", "surface", S, [NONE, ADMIN], CLI),
    _c("b35-surf-nflx-exercises-slack", "netflix opt exercises 2025 pls", "surface", S, [NONE, ADMIN], CLI),
    _c("b35-surf-coin-yy-slack", "coinbase mgmt sells y/y", "surface", S, [NONE, ADMIN], CLI),
    _c("b35-surf-gamestop-avg-px-slack", "gamestop cohen buys - avg px?", "surface", S, [NONE, ADMIN], CLI),
    _c("b35-surf-pfe-month-slack", "$pfe insider buying this month", "surface", S, [NONE, ADMIN], CLI),
    _c("b35-surf-ko-rsu-slack", "$ko dir rsu grants 2026", "surface", S, [NONE, ADMIN], CLI),
    _c("b35-surf-lrcx-amendment-dates-slack", "lrcx 4/a - orig submission date vs amendment signed", "surface", S,
       ["d:2024-11-04", "d:2024-12-10"], CLI),
    _c("b35-surf-betr-lag-days-slack", "betr form 4 - days from the conversion to signing", "surface", S, [r"re:\b88\b"], CLI),
    _c("b35-surf-dkng-plan-to-sale-slack", "dkng clo plan adopted when + days to first sale", "surface", S,
       ["d:2024-12-13", r"re:\b91\b"], CLI),
    _c("b35-surf-tsvt-title-slack", "tsvt snow actual title from the remarks", "surface", S,
       [r"re:Quality and Enabling Functions"], CLI),
]

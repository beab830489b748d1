"""The twenty-eighth blind question set: questions from two new askers — a securities lawyer checking Section 16
compliance (formal and exact: which transaction codes were used and what they mean — C, G, J, M, X, F, A, P, S —, Form
4 against Form 5 reporting and the early-reported Form 5 gifts, the Form 4/A and what its remark says changed, late
signatures, the Rule 10b5-1 checkbox and the plan adoption dates in footnotes and remarks, the exemptions the footnotes
cite (Rules 16a-9, 16a-13, 16b-3(e)), indirect ownership and disclaimers of beneficial ownership, joint filers, who
signed and on whose behalf) and a startup's #random Slack channel asking about the big-name investors and executives in
the data (lowercase, typos, nicknames — "elon", "zuck", "thiel's funds", "the softbank guys", "sequoia", "founders
fund", "buffett", "a16z" —, "did sequoia cash out", "what did founders fund get", two questions in one message);
relative dates count from today, December 7, 2026 ("last year" is 2025, "this year" is 2026) — spread over the 13
failure classes: scope, neg, verb, near, ex, vest, role, sum, cmp, mkt, cant, typo and hold, a little over half
Slack-style.

A third of the set (the cases whose ``note`` starts with "everyday") are the ordinary shapes a demanding user expects
to just work: "what did X sell", "X's holdings at Y", "who signed X's form 4", "any insider buying at X", "X's latest
filing", "what options does X have", "what's X's title"; they are spread over the classes, negatives, near misses and
typos included.

Shapes new to this set: venture firms named by their brand rather than by a filer (Sequoia for Botha's Square funds,
Founders Fund for Thiel's Oscar and Palantir vehicles and Rabois's Affirm ones, "the softbank guys" for the eight
SoftBank reporting persons, a16z / Tiger Global / Y Combinator, which never filed); footnoted exemptions across the whole
database (Rule 16a-9 at Better, Rule 16a-13 at Palantir, Rule 16b-3(e) at ZipRecruiter); code J across the database
(Thiel's distributions to limited partners and Botha's Weebly consideration) and what FF-IIE and FF-IIIE each passed
out and kept;
code X (Musk's 2010 warrant net exercise) set against code M; Form 3s that report no securities; the Oscar Health
remark disclaiming group status; plan adoption dates of 2024 and the earliest dated plan (Adams, August 16, 2021);
reporting persons with a Colorado or a Washington State address; Form 4s with more than one reporting person
(five); the issuer with the most reporting persons (Better, eight); the most footnotes on one filing (Palantir,
February 2021, 29); the largest single conversion by common shares delivered (39,422,431) and the company with the most
common shares from preferred converted at its IPO (Tesla, 24,355,917); the highest Table I price on an option exercise
row ($10.48); the most shares sold in one day of 2025 (Moran, 210,000 on December 8); the most recent Form 5 (McMahon); the largest
single sale row by an officer who is not a director (Scarpelli, 74,907); totals not asked before — the Founders Fund
entities' Class A at Oscar (21,601,879), Mithril II's preferred converted at Adagio (1,848,916), the two Sequoia Growth
Fund IV vehicles' Square shares (893,738), Musk's common from the 2010 IPO conversions
(24,355,917) and from the SolarCity conversions (18,731,735), the Class A Thiel's entities received by conversion in
February 2021 (111,139,130), the proceeds of each of Musk's two November 8, 2021 Form 4s, Scarpelli's direct plus
trust holdings (894,585), the Founders Fund VI entities at Oscar (4,731,371), Garrett's trust-held options (383,592),
the shares Moran exercised from options described as fully vested (146,000); the cost of Musk's November 2021
exercise ($13,444,529.28) and of Moran's December 9, 2025 exercises ($818,120); the full-vesting dates implied by the
vesting footnotes (Melkote March 31, 2029; Clements March 10, 2028); the two conditions on Hoffman's Zynga RSUs; typos not used before ("muks", "theil", "Reed Hoffmann", "rolof",
"Warrne", "kieth", "masx", "sachs", "Stantin", "softbnak", "fractal health", "Garacsia", "zip recruter", "Thiell",
"mithrill", "bectn", "Clemments", "lam resarch").

Every expected fact was computed by hand from the filings' XML (a throwaway lxml table under /tmp/b28 — table.py
prints each filing's owners, relationship boxes, titles, every Table I/II transaction and holding with code, the
footnotes attached to its transaction coding (added for this set: the Rule 10b5-1 footnotes of DraftKings, Pro-Dex,
Tesla, Wave and Palantir hang there), shares, price, A/D, dates, shares owned after, direct/indirect, nature of
ownership, exercise/expiration dates, underlying shares, footnotes, remarks and signatures; rows.py flattens them and
calc28.py sums them with Decimal, rounding only at the end), never from the bot's output; the questions were written
without reading the engine, and checked against sets 17-27 so that no question repeats an earlier one (many facts of a
50-file corpus were necessarily asked before in another form). The notation is ``blind_cases``'s (see
``compile_fact``). ``topic`` is the failure class; ``SURFACE_CASES`` are asked with ``surface="slack"``: the answer
names no CLI command, and a no-match says what an admin can do.

Corpus quirks the expectations avoid: Kyle Moran's December 9, 2025 sale row is filed as "36.000" shares, so no
question depends on Wave's December 9 sale shares or dollars, nor on the smallest sale; Moran's Table II exercise rows
are coded A, so nothing counts option grants and the exercise questions read Table I; the Tecogen filing is stored
twice in the corpus db, so no count or total includes Tecogen; Tesla is filed under two issuer names, so nothing counts
companies by name; Golden Properties' code P row is marked D, so no purchase total or count includes it; Musk and Thiel
tie on filings, so nothing asks who filed most; the samples are part of the corpus db, so market-wide figures include
them.
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
    NONE_OR_NOT_KNOWN as NONE,
)

# What a near miss must name, with what it is.
EXER = (r"re:exercis", r"re:\bM\b", r"re:\bX\b", "re:settle", "re:RSU|restricted stock", "re:vest")
FORM3 = (r"re:Form 3", r"re:initial (statement|holdings?)", r"re:holding")
# The strict "no exercise" that leads a near miss about exercising.
NO_EXER = (*NONE, r"re:\b(did not|didn'?t|has not|hasn'?t|have not|haven'?t|never|not yet|not)\b[^.\n]{0,40}\bexercis",
           r"re:\bno\b[^.\n]{0,60}\bexercis")
# Musk's November 8, 2021 sales across both Form 4s, and Thiel's February 18, 2021 sales, in dollars (exact or rounded).
MUSK_NOV21_USD = ("$1,102,342,478.72", "$1,102,342,479", r"re:\$?1\.10\d* ?(billion|bn|B)\b")
THIEL_FEB21_USD = ("$504,783,221.27", "$504,783,221", r"re:\$?504\.78\d* ?(million|mm|M)\b", r"re:\$?504\.8 ?(million|mm|M)\b")

S, P = "slack", "plain"

CASES: list[Case] = [
    # ------------------------------------------------------------------ 1. scope words are not names
    _c("b28-scope-gifts-whole-db-slack", "did anybody in the whole db give stock away as a gift", "scope", S,
       ["re:Musk", "re:McMahon", "re:Botha", r"re:Ahmed|Sohail"], [NOT_A_NAME],
       note="code G rows: Musk (five 2021 gifts, Form 5), McMahon (Dec 2021, Form 5), Botha (July 2020 to estate "
            "planning vehicles), Ahmed (Nov 2024 to the Sohail Family Trust, 4/A)"),
    _c("b28-scope-code-j-all-issuers-plain",
       "Across all issuers, which Form 4s report transactions coded J (other acquisition or disposition)?", "scope", P,
       [r"re:Thiel|Palantir|PLTR", r"re:Botha|Square|\bSQ\b"], [NOT_A_NAME],
       note="J rows: Thiel's two February 17, 2021 distributions to limited partners (596,466 and 294,208) and Botha's "
            "Sequoia funds' Weebly consideration (3,465 and 152, November 16, 2018)"),
    _c("b28-scope-plans-2024-everywhere-plain",
       "Across the entire database, which Rule 10b5-1 trading plans were adopted during 2024, and by whom?", "scope", P,
       ["d:2024-12-13", "d:2024-09-20", "re:Dodge", r"re:Cabillot|Farnam"], [NOT_A_NAME, "d:2025-02-07"],
       note="plan dates in footnotes: Dodge December 13, 2024 (DraftKings F1), Cabillot/Farnam September 20, 2024 "
            "(Pro-Dex F1); Thiel's (Dec 12, 2023), Doe's (Dec 1, 2023), Feld's (Feb 7, 2025) are outside 2024"),
    _c("b28-scope-in-lieu-of-fees-slack", "anyone anywhere take stock or options instead of cash director fees",
       "scope", S, ["re:Botha", "re:Levchin"], [NOT_A_NAME],
       note="Botha's 129 MongoDB shares in lieu of cash fees (F3); Levchin's 774 Yahoo options under the 1996 "
            "Directors' Stock Plan in place of quarterly fees"),
    _c("b28-scope-exemption-rules-plain",
       "Across all filers, which filings cite a specific SEC exemption rule (such as Rule 16a-9, 16a-13 or 16b-3) in "
       "their footnotes?", "scope", P,
       [r"re:Better|BETR|SoftBank|SVF", r"re:Palantir|PLTR|Thiel", r"re:ZipRecruiter|\bZIP\b|Travers"], [NOT_A_NAME],
       note="Better F1: reverse split exempt under Rule 16a-9; Palantir Feb 2021 F2: transfers exempt under Rule "
            "16a-13; ZipRecruiter F1: Rule 16b-3(e) withholding"),
    _c("b28-scope-splits-all-cos-slack", "any1 report a stock split or reverse split all cos", "scope", S,
       [r"re:Better|BETR|SoftBank", r"re:Lam|LRCX|Ahmed"], [NOT_A_NAME],
       note="Better's 1-for-50 reverse split of August 16, 2024 (F1); Lam's ten-for-one forward split of October 2, "
            "2024 (the 4/A's remark); Tesla's 2020 five-for-one split in Musk's F26 may be named too"),
    _c("b28-scope-no-securities-form3-plain",
       "Across the whole data set, which Form 3s state that the reporting person owns no securities of the issuer?",
       "scope", P, ["re:Sacks", "re:Hegde"], [NOT_A_NAME, "re:Berkshire"],
       note="noSecuritiesOwned=1: David Sacks (Bird, Nov 2021) and Vinayak Hegde (SunPower, Dec 2021)"),
    _c("b28-scope-split-form4-30-limit-slack", "any filing anywhere split into two form 4s bc of the 30 txn limit",
       "scope", S, [r"re:Musk|Tesla|TSLA", "d:2021-11-08"], [NOT_A_NAME],
       note="both Musk November 8, 2021 Form 4s say in their remarks that the 50 transactions were split in two"),
    _c("b28-scope-colorado-address-plain", "Overall, which reporting persons give an address in Colorado?", "scope",
       P, ["re:Thiel", "re:Lamercie"], [NOT_A_NAME],
       note="Denver, CO on Thiel's Palantir filings; Centennial, CO on Lamercie's Arrow Form 4"),
    _c("b28-scope-2023-everything-slack", "what got filed in 2023 at all every company", "scope", S,
       ["re:Rabois", "re:Whiting"], [NOT_A_NAME],
       note="everyday: activity in YEAR — Rabois's Affirm sale (April 3, 2023) and Whiting's Tecogen grant (Sep 2023)"),
    _c("b28-scope-grat-anywhere-plain",
       "Across all companies, does any insider hold stock through a grantor retained annuity trust?", "scope", P,
       ["re:Scarpelli", "577,218"], [NOT_A_NAME],
       note="the Michael P. Scarpelli 2019 Grantor Retained Annuity Trust, 577,218 Snowflake Class A"),
    _c("b28-scope-warrants-anyone-slack", "who anywhere in here has warrants", "scope", S,
       ["re:Thiel", "re:Musk"], [NOT_A_NAME],
       note="Thiel's Palantir Class B warrants at $6.13 (2020 Form 3); Musk's Tesla Series C warrants (2010 Form 3, "
            "net exercised at the IPO)"),
    _c("b28-scope-group-disclaimer-plain",
       "Throughout the database, which filing contains a disclaimer that the reporting persons have formed a group?",
       "scope", P, [r"re:Oscar|OSCR"], [NOT_A_NAME],
       note="the Oscar Health Form 3 remarks (Thiel and Singerman disclaim group status)"),
    _c("b28-scope-exercises-2022-slack", "all tickers - did any1 exercise options in 2022", "scope", S,
       ["re:Scarpelli", "200,000", "$8.88"], [NOT_A_NAME],
       note="everyday: the only 2022 exercise is Scarpelli's 200,000 Snowflake options at $8.88 (Dec 13, 2022)"),
    _c("b28-scope-washington-address-plain",
       "Across every filing, which reporting persons list an address in Washington State?", "scope", P,
       ["re:Hoffman", "re:Markham"], [NOT_A_NAME],
       note="Redmond, WA: Hoffman on the Microsoft Form 4, Markham on the MicroVision Form 4"),
    _c("b28-scope-rsus-2025-every-co-slack", "across every co who got rsus in 2025", "scope", S,
       ["re:Clements", "re:Melkote", r"re:Jessica Snow|\bSnow, Jessica|SNOW JESSICA"], [NOT_A_NAME],
       note="everyday: RSU awards dated 2025 — Clements 110,474 (JetBlue), Melkote 757,756 (374Water), Jessica Snow "
            "106,150 (2seventy bio); Lamercie's is a PSU settlement, Travers's are vestings"),
    _c("b28-scope-drip-anywhere-plain",
       "In the whole database, does any insider report shares acquired through a dividend reinvestment plan?", "scope", P,
       [r"re:McGuirk|Isabella"], [NOT_A_NAME], note="Isabella Bank F1: includes shares acquired through quarterly "
                                                    "dividend reinvestment"),
    _c("b28-scope-minor-child-slack", "any insider anywhere hold shs for a minor child", "scope", S,
       ["re:McGuirk", "2,170.3157"], [NOT_A_NAME], note="Isabella Bank: 2,170.3157 held by minor child"),

    # ------------------------------------------------------------------ 2. never filed / filter matches nothing
    _c("b28-neg-zuck-sell-slack", "what did zuck sell this yr", "neg", S, [NONE], ["re:Musk", "re:Thiel"],
       note="everyday: 'what did X sell' — Mark Zuckerberg / Meta never filed here"),
    _c("b28-neg-a16z-buys-slack", "what did a16z buy", "neg", S, [NONE],
       ["re:Mithril", "re:Example Ventures", "1,997,000"], note="everyday: 'what did X buy' — Andreessen Horowitz never filed here"),
    _c("b28-neg-tiger-global-slack", "tiger global trades in here", "neg", S, [NONE], ["re:Mithril", "re:SoftBank"],
       note="Tiger Global never filed here"),
    _c("b28-neg-andreessen-form4s-plain", "What Form 4s has Marc Andreessen filed?", "neg", P, [NONE],
       ["re:Hoffman", "re:Thiel"], note="everyday: 'X's latest filing' — never filed"),
    _c("b28-neg-altman-buys-slack", "sam altman insider buys", "neg", S, [NONE], ["re:Mithril", "re:Roe"],
       note="everyday: 'any insider buying' — never filed"),
    _c("b28-neg-thiel-pltr-2025-slack", "did thiel sell any pltr last yr", "neg", S, [NO_SALE],
       note="everyday: Thiel's Palantir sales are February 2021 and March 2024; none in 2025"),
    _c("b28-neg-snow-2023-plain", "Did any Snowflake insider file a Form 4 in 2023?", "neg", P, [NONE],
       note="everyday: Snowflake filings: three 2020 Form 3s, Scarpelli's December 2022 Form 4, McMahon's Form 5 for Jan 2022"),
    _c("b28-neg-softbank-2025-slack", "softbank buy anything in 2025", "neg", S, [NO_BUY],
       note="SoftBank's only filing is the December 2024 conversion (signed March 2025); no purchases"),
    _c("b28-neg-barra-gm-plain", "Has Mary Barra reported any insider transactions at General Motors?", "neg", P,
       [NONE], ["re:Musk"], note="everyday: never filed"),
    _c("b28-neg-10b5-box-2026-slack", "any form 4s w the 10b5-1 box ticked this yr", "neg", S, [NONE],
       note="the only 2026 filing (Markham, June) has aff10b5One=0"),
    _c("b28-neg-dorsey-sq-slack", "jack dorsey sq sells", "neg", S, [NONE],
       note="everyday: 'what did X sell' — only Botha filed at Square (J rows)"),
    _c("b28-neg-under-10-2022-plain", "Did any insider sell shares for less than $10 a share in 2022?", "neg", P, [NO_SALE],
       note="2022 sales: Adams ($159.94-$165.95) and Scarpelli ($150.841-$154.76)"),
    _c("b28-neg-yc-pg-slack", "any y combinator or paul graham filings", "neg", S, [NONE], ["re:Mithril"],
       note="never filed"),
    _c("b28-neg-armstrong-coin-plain", "Did Brian Armstrong file any Form 4s for Coinbase?", "neg", P, [NONE],
       note="everyday: 'X's latest filing' — never filed"),
    _c("b28-neg-4a-2025-slack", "any 4/a amendments filed in 2025", "neg", S, [NONE],
       note="the only 4/A (Lam Research) was signed December 10, 2024"),
    _c("b28-neg-aapl-exercises-plain", "Were any stock option exercises reported at Apple?", "neg", P, [NO_EXER],
       note="everyday: Adams's May 2022 Form 4 has seven code S rows only"),
    _c("b28-neg-houston-dbx-slack", "drew houston dbx sells", "neg", S, [NONE], note="everyday: 'what did X sell' — never filed"),
    _c("b28-neg-thiel-oscr-later-plain",
       "Did Peter Thiel report any Oscar Health transactions after his initial Form 3?", "neg", P, [NONE],
       note="everyday: only the March 2021 Form 3 is on file for Oscar Health"),

    # ------------------------------------------------------------------ 3. casual verbs
    _c("b28-verb-elon-billion-slack", "did elon really unload like a billion of tsla in one day", "verb", S,
       ["934,091", (*MUSK_NOV21_USD, r"re:\$?1\.1 ?(billion|bn|B)\b")],
       note="everyday: 49 code S rows on Nov 8, 2021 across both Form 4s: 257,279 + 676,812 shares; $299,717,449.38 + "
            "$802,625,029.35"),
    _c("b28-verb-softbank-convert-slack", "how much did the softbank guys convert at betr", "verb", S,
       ["628,553", CONV], note="everyday: code C, Class B into Class A, Dec 9, 2024 (post 1-for-50 split)"),
    _c("b28-verb-sequoia-pick-up-slack", "what did sequoia pick up at square", "verb", S, ["3,465", "152"],
       note="everyday: 'what did X get' — Botha's Sequoia Growth Fund IV (3,465) and USGF Principals Fund IV (152) received Weebly consideration, "
            "code J, Nov 16, 2018"),
    _c("b28-verb-adams-offload-plain",
       "How many Apple shares did Katherine Adams offload on May 4, 2022, and what did they fetch in total?", "verb", P,
       ["25,000", "$4,042,887.94"], note="everyday: 'what did X sell' — seven S rows"),
    _c("b28-verb-rivendell-dump-feb21-slack", "how much pltr did rivendell 7 dump in feb 21 all in", "verb", S,
       ["20,000,000", ("$504,684,455.42", "$504,684,455", r"re:\$?504\.68\d* ?(million|mm|M)\b")],
       note="15,653,541 at $25.0578 + 4,346,459 at $25.8696 (Feb 18, 2021)"),
    _c("b28-verb-ff-j-each-plain",
       "Under code J in February 2021, how many Palantir Class A shares did each of FF-IIE and FF-IIIE pass out to its "
       "limited partners, and how many did each keep?", "verb", P, ["596,466", "294,208"],
       note="J distributions of half of each fund's converted shares: FF-IIE 596,466 (596,466 left), FF-IIIE 294,208 "
            "(294,208 left); 890,674 in all"),
    _c("b28-verb-markham-walk-away-slack", "how many mvis shs did markham actually keep after the sell to cover",
       "verb", S, ["190,895"], note="268,800 RSU shares (M) less 77,905 (F)"),
    _c("b28-verb-mithril2-guts-end-up-plain",
       "Counting both its preferred conversion and its cash purchase, how many Fractyl Health shares did Mithril II LP "
       "end up with at the IPO?", "verb", P, ["1,251,900"],
       note="C 918,567 (Series E and F) + P 333,333 = 1,251,900 after"),
    _c("b28-verb-farnam-unloaded-px-slack", "cabillots fund unloaded pdex at what px each day", "verb", S,
       ["$42", "$41.44"], note="everyday: 835 at $42.00 (Jan 23) and 1,436 at $41.44 (Jan 24, 2025)"),
    _c("b28-verb-smith-give-up-plain",
       "What did Example Biotech's CFO give up to the tax man when his RSUs vested, in shares and in dollars?", "verb",
       P, ["1,850", "$39,590"], note="sample: code F 1,850 at $21.40"),
    _c("b28-verb-exventures-drop-slack", "how much did ex ventures drop on exbt", "verb", S,
       [("$4,010,000", r"re:\$4\.01 ?(million|mm|M)\b")],
       note="everyday: 'what did X buy' — 200,000 at $20.05"),
    _c("b28-verb-dodge-dumped-314-slack", "dodge dumped how much dkng on 3/14 alone", "verb", S,
       ["52,777", "$1,985,508.93"], note="everyday: 'what did X sell' — 49,252 at $37.59 + 3,525 at $38.05"),
    _c("b28-verb-musk-first-gift-slack", "how many tsla did elon give away in his first nov 21 gift", "verb", S,
       ["2,234,000", "d:2021-11-19"], note="Form 5: the first G row, November 19, 2021"),
    _c("b28-verb-lamercie-keep-slack", "lamercie got how many arw shs from the psu and how many did she keep",
       "verb", S, ["2,193", "1,184"], note="everyday: A 2,193 less F 1,009"),
    _c("b28-verb-scty-converted-get-plain",
       "What did Elon Musk's trust get in SolarCity common stock when its preferred converted at the IPO?", "verb", P,
       ["18,731,735"], note="everyday: six C rows, Dec 18, 2012"),
    _c("b28-verb-thiel-convert-feb21-slack", "how many class a did thiel convert into at pltr in feb 21", "verb", S,
       ["111,139,130"], note="ten Table I C rows, Feb 17, 2021"),
    _c("b28-verb-moran-bag-18-slack", "what did moran bag on the 12/8/25 sale at $18", "verb", S,
       ["50,000", "$900,000"], note="everyday: S 50,000 at $18.00 on Dec 8, 2025"),
    _c("b28-verb-mithril-snap-bksy-plain",
       "How many BlackSky shares did Mithril II LP snap up in the private placement alongside the merger?", "verb", P,
       ["500,000"], note="BlackSky F3: 7,741,400 from the merger + 500,000 private placement"),

    # ------------------------------------------------------------------ 4. near misses
    _c("b28-near-sequoia-cash-out-slack", "did sequoia cash out of square", "near", S,
       [NO_SALE, (r"re:\bJ\b", "re:Weebly", "3,465")], note="only J acquisitions (Weebly) on Botha's Square Form 4"),
    _c("b28-near-elon-open-mkt-tsla-slack", "did elon ever buy tsla on the open market", "near", S, [NO_BUY, EXER],
       note="Tesla: M exercise (2,154,572 at $6.24), C conversions, X warrant; his only P is SolarCity"),
    _c("b28-near-buffett-dump-snow-slack", "did buffett dump snow", "near", S, [NO_SALE, "6,125,376"],
       note="everyday: 'what did X sell' — only the September 2020 Form 3 holding through Columbia Insurance"),
    _c("b28-near-hoffman-sell-msft-plain",
       "Does Reid Hoffman's January 2022 Microsoft Form 4 report a sale of any kind?", "near", P,
       [NO_SALE, "289.408"], note="everyday: code A award of 289.408 fully vested RSUs"),
    _c("b28-near-thiel-guys-sell-guts-slack", "did thiels guys sell any guts", "near", S,
       [NO_SALE, ("333,333", "6,078,868", r"re:conver")],
       note="Fractyl: C conversions and a P of 333,333 at $15, no sale"),
    _c("b28-near-travers-buy-mar25-plain", "Were the ZipRecruiter shares David Travers acquired on March 15, 2025 bought in the open market?", "near", P,
       [NO_BUY, EXER], note="everyday: March 15, 2025: four M RSU settlements and an F withholding"),
    _c("b28-near-hoffman-lnkd-ipo-slack", "did hoffman cash out linkedin at the ipo", "near", S, [NO_SALE, FORM3],
       note="everyday: only the May 2011 Form 3 (17,037,090 common via the trust)"),
    _c("b28-near-levchin-buy-yhoo-plain", "Is Max Levchin's year-end 2012 Yahoo filing a stock purchase?", "near", P,
       [NO_BUY, "774"], note="code A director stock option, 774 at $19.90"),
    _c("b28-near-afrm-any-buying-slack", "any insider buying at afrm", "near", S, [NO_BUY, "17,286"],
       note="everyday: 'any insider buying at X' — only an S of 17,286"),
    _c("b28-near-snow-sell-jan25-plain", "Did 2seventy bio's SVP of Quality and Enabling Functions sell any stock around her January 2025 award?", "near", P,
       [NO_SALE, "106,150"], note="code A RSU award and a code A option grant"),
    _c("b28-near-whiting-sell-slack", "did whiting sell tgen", "near", S, [NO_SALE, "37,500"],
       note="everyday: 'what did X sell' — code A option grant"),
    _c("b28-near-garrett-sell-ipo-plain", "Did Mark Garrett sell Snowflake stock at the IPO?", "near", P,
       [NO_SALE, FORM3], note="Form 3 only (options and Series E)"),
    _c("b28-near-botha-dump-board-rsus-slack", "botha dump any mdb when he got his board rsus", "near", S, [NO_SALE, "629"],
       note="June 2021: RSUs (629) and fee shares (129), both code A"),
    _c("b28-near-lamercie-sell-tax-plain",
       "Did Carine Lamercie sell Arrow shares to pay the taxes on her vested PSUs?", "near", P,
       [NO_SALE, TAX, "1,009"], note="everyday: code F withholding of 1,009 at $106.82, not an open-market sale"),
    _c("b28-near-founders-fund-sell-oscr-slack", "did founders fund sell oscr", "near", S, [NO_SALE, FORM3],
       note="everyday: Oscar Health: only the Thiel/Singerman Form 3"),
    _c("b28-near-hegde-buy-spwr-plain", "Did SunPower director Vinayak Hegde report buying shares when he joined the board?", "near", P, [NO_BUY, FORM3],
       note="Form 3 reporting no securities owned"),
    _c("b28-near-exrb-ceo-buying-slack", "exrb ceo buying any shs", "near", S, [NO_BUY, ("25,000", "30,000")],
       note="everyday: 'any insider buying' — two S rows (25,000 and 5,000)"),
    _c("b28-near-softbank-buy-betr-plain", "Was SoftBank's December 2024 Better Home & Finance transaction an open-market purchase of Class A stock?",
       "near", P, [NO_BUY, CONV, "628,553"], note="code C conversion of Class B"),

    # ------------------------------------------------------------------ 5. option exercises
    _c("b28-ex-elon-strike-nov21-slack", "what strike did elon pay on the nov 21 exercise", "ex", S,
       ["$6.24", ("2,154,572", "d:2021-11-08", "$13,444,529.28")], note="everyday: M row, Table I price $6.24"),
    _c("b28-ex-musk-cost-plain",
       "What aggregate exercise price did Musk pay for the 2,154,572 Tesla option shares he exercised on November 8, 2021?", "ex", P,
       ["$13,444,529.28"], note="2,154,572 x $6.24"),
    _c("b28-ex-musk-option-term-slack", "how many yrs did the tsla option elon exercised in nov 21 run", "ex", S,
       [(r"re:\b(10|ten)[- ]years?", "d:2022-08-13")], note="granted Aug 13, 2012 (F26), expiring Aug 13, 2022"),
    _c("b28-ex-code-x-plain",
       "What does transaction code X denote on Musk's July 2010 Tesla Form 4, and what security was involved?", "ex",
       P, ["re:warrant", ("113,908", "325,441")], note="Musk's Series C warrants net exercised July 2, 2010: 325,441 warrants, 113,908 "
                                   "common"),
    _c("b28-ex-scarpelli-in-vs-out-slack", "what did scarpelli pay in to exercise vs what he got from the sells",
       "ex", S, [("$1,776,000", r"re:\$1\.776 ?(million|mm|M)\b"),
        ("$30,351,309.77", "$30,351,310", r"re:\$?30\.35\d* ?(million|mm|M)\b")], note="200,000 x $8.88; five S rows"),
    _c("b28-ex-moran-top-strike-plain",
       "Which of Kyle Moran's exercised options had the highest strike, and how many shares did it cover?", "ex", P,
       ["$10.48", "50,000"], note="everyday: Dec 9, 2025 M row"),
    _c("b28-ex-wve-under-3-slack", "wve cfo exercise anything w a strike under $3", "ex", S, ["$2.83", "60,000"],
       note="Dec 8, 2025"),
    _c("b28-ex-moran-dec8-total-plain",
       "On December 8, 2025 alone, how many option shares did Wave's CFO exercise?", "ex", P,
       ["210,000"], note="60,000 + 100,000 + 50,000"),
    _c("b28-ex-moran-dec9-strikes-slack", "wve cfo second day of exercises which strikes", "ex", S, ["$8.17", "$10.48"],
       note="36,000 at $8.17 and 50,000 at $10.48"),
    _c("b28-ex-scarpelli-left-plain",
       "How many Snowflake shares did Michael Scarpelli acquire by exercise in December 2022, and how many options "
       "remained afterwards?", "ex", P, ["200,000", "2,219,299"], note="everyday: Table II after"),
    _c("b28-ex-markham-6-8-slack", "markham exercised what on 6/8/26", "ex", S, ["150,000", "118,800"],
       note="everyday: 'what did X do' — two M rows settling RSUs (no exercise price)"),
    _c("b28-ex-zynga-settle-plain", "How were Reid Hoffman's Zynga RSUs settled in December 2011?", "ex", P,
       ["1,412,997", "61,435"], note="M 1,412,997 into Class B; 61,435 RSUs left"),
    _c("b28-ex-travers-biggest-tranche-slack", "travers biggest rsu tranche settled 3/15/25 + which yrs grant", "ex",
       S, ["20,691", "2024"], note="M 20,691 from the tranche vesting quarterly from March 15, 2024 (F7)"),
    _c("b28-ex-snow-others-plain", "Did anyone other than Michael Scarpelli exercise options at Snowflake?", "ex", P,
       [NO_EXER], note="Snowflake's only exercise is Scarpelli's"),
    _c("b28-ex-tsla-other-exercise-slack", "any exercises at tsla besides the nov 21 one", "ex", S,
       [r"re:warrant|\bX\b", ("113,908", "325,441")], note="July 2, 2010: code X net exercise of Series C warrants"),
    _c("b28-ex-moran-dec9-cost-plain", "What aggregate exercise price did Wave's CFO pay on his second day of exercises, December 9, 2025?", "ex", P,
       ["$818,120"], note="36,000 x $8.17 + 50,000 x $10.48 (the M rows; the quirk is on the S row)"),
    _c("b28-ex-moran-314-grant-plain",
       "For the option Kyle Moran exercised at $3.14, how many shares did the full grant cover, and how many options "
       "were left after the exercise?", "ex", P, ["175,000", "75,000"], note="F3 and Table II after"),
    _c("b28-ex-moran-still-vesting-slack", "morans exercised wve opts any that werent fully vested yet", "ex", S,
       ["$3.14", "$4.75"], note="F3/F5: the $3.14 and $4.75 grants vest quarterly to 2026/2027; F2 says the others "
                                "are fully vested"),
    _c("b28-ex-smith-settle-slack", "exbt cfo rsus settled how many on 3/1/24", "ex", S, ["5,000"],
       note="sample: M 5,000 (Table I and II)"),

    # ------------------------------------------------------------------ 6. vesting, expiry, terms
    _c("b28-vest-snow-rsu-start-slack", "first tsvt rsu vest date for jessica snow", "vest", S,
       ["d:2026-01-02"], note="everyday: F1: four annual installments, first January 2, 2026"),
    _c("b28-vest-smith-schedule-plain",
       "When did Alex Smith's Example Biotech RSUs begin vesting, and in how many installments?", "vest", P,
       ["d:2023-03-01", r"re:four|\b4\b"], note="sample F3: four equal annual installments beginning March 1, 2023"),
    _c("b28-vest-garrett-schedule-slack", "how do garretts snow options vest monthly or what", "vest", S,
       [r"re:\b72\b|seventy-two", "d:2018-04-06"], note="F5: 72 equal monthly installments from April 6, 2018"),
    _c("b28-vest-garrett-options-plain", "What options does Mark Garrett have at Snowflake?", "vest", P,
       ["$3.74", "d:2028-04-14", ("767,186", all_of("383,594", "95,898"))],
       note="everyday: 'what options does X have' — 383,594 direct + four trusts x 95,898, $3.74, expiring 2028-04-14"),
    _c("b28-vest-scarpelli-months-slack", "scarpelli snow option vesting how many months", "vest", S,
       [r"re:\b48\b|forty-eight"], note="F16"),
    _c("b28-vest-musk-2012-mechanics-plain",
       "How does Elon Musk's 2012 Tesla option vest, according to the November 2021 Form 4?", "vest", P,
       [r"re:\$4(\.0)? billion", r"re:milestone"], note="F26: 1/10 per $4.0 billion market cap step plus one of 10 "
                                                    "milestones"),
    _c("b28-vest-tsla-form3-two-options-plain",
       "On Elon Musk's 2010 Form 3, how do the vesting terms of his two Tesla option grants differ?", "vest", P,
       [r"re:1/48|monthly|1/4", r"re:performance"], note="F3 time-based (1/4 Dec 4, 2009 then 1/48 monthly); F4 "
                                                        "performance objectives"),
    _c("b28-vest-travers-2025-tranche-plain",
       "When did the RSUs in David Travers's 2025 tranche begin vesting, and at what rate?", "vest", P,
       ["d:2025-03-15", r"re:1/16|sixteenth|\b16\b"], note="F8"),
    _c("b28-vest-travers-2022-tranche-slack", "travers 2022 rsu tranche when did vesting start", "vest", S,
       ["d:2022-03-15"], note="F4: 1/16 quarterly beginning March 15, 2022"),
    _c("b28-vest-zynga-service-plain",
       "What two conditions governed the vesting of Reid Hoffman's Zynga RSUs, and when was the liquidity condition "
       "met?", "vest", P, ["re:service", "re:liquidity", "d:2011-12-15"],
       note="F1/F2: service-based and liquidity event-based conditions; the latter met December 15, 2011 (IPO "
            "underwriting agreement)"),
    _c("b28-vest-melkote-fully-slack", "when are melkotes scwo options fully vested", "vest", S,
       [("d:2029-03-31", r"re:36 (equal )?(monthly|months)")],
       note="F1: 25% on March 31, 2026, then monthly over 36 months -> March 31, 2029"),
    _c("b28-vest-clements-final-plain",
       "What is the vesting schedule on Carol Clements's March 2025 RSU grant, and when does the final installment "
       "vest?", "vest", P, ["d:2028-03-10"], note="everyday: F2: three equal annual installments from March 10, 2025"),
    _c("b28-vest-markham-118800-slack", "markhams 118800 rsus from the june 2025 grant when fully vested", "vest", S,
       ["d:2028-06-06"], note="F7: 33% a year until June 6, 2028"),
    _c("b28-vest-pltr-warrant-first-plain",
       "Of the Palantir warrants on Thiel's 2020 Form 3, which one had the earliest expiration, and who held it?",
       "vest", P, ["d:2022-11-20", "re:Mithril"], note="Mithril PAL-SPV 1 warrant, 4,502,447 underlying, 2022-11-20; "
                                                      "FF-IV / FF-IVP 2025-01-01"),
    _c("b28-vest-moran-475-slack", "wve $4.75 opt first vest date and the end date", "vest", S,
       ["d:2024-02-17", "d:2027-02-17"], note="F5: 25% on Feb 17, 2024 then 6.25% quarterly until Feb 17, 2027"),
    _c("b28-vest-snow-option-cliff-plain",
       "When does the 25% cliff on Jessica Snow's 2seventy bio option occur, and how does the rest vest?", "vest", P,
       ["d:2026-01-02", r"re:\b36\b|thirty-six"], note="F2: 25% on Jan 2, 2026 then 36 monthly installments"),
    _c("b28-vest-tsla-warrants-expire-plain",
       "Did the Series C warrants on Elon Musk's 2010 Form 3 have a fixed expiration date?", "vest", P,
       [r"re:net[- ]exercis|automatically"], note="F5: automatically net exercised at the IPO, otherwise expire"),
    _c("b28-vest-arw-psu-period-plain",
       "What was the performance period of the PSUs that vested for Arrow's Chief Legal Officer in February 2025, and "
       "when were they granted?", "vest", P, ["d:2022-02-16", r"re:three[- ]year|3[- ]year"], note="F1"),

    # ------------------------------------------------------------------ 7. roles, titles, boxes, signers
    _c("b28-role-elon-title-2010-slack", "elons job title back when tesla ipod", "role", S,
       [r"re:Prod(uct)?\.? Architect"], note="everyday: 'what's X's title' — 'Pres, Prod Architect & Chairmn' (Form 3), 'Pres,Prod Architect & Director' (July 2010 Form 4)"),
    _c("b28-role-musk-form5-boxes-plain", "Which relationship boxes did Elon Musk check on his 2021 Form 5?", "role", P,
       [DIRECTOR, TEN, r"re:CEO|officer"], note="director, officer (CEO), 10% owner"),
    _c("b28-role-thiel-pltr-director-slack", "is thiel a director at pltr or just a big holder", "role", S,
       [DIRECTOR], note="everyday: 'what's X's title' — director on every Palantir filing; 10% box on 2020/2021, not 2024"),
    _c("b28-role-cabillot-farnam-plain",
       "In what capacity did Raymond Cabillot and Farnam Street Partners file at Pro-Dex?", "role", P,
       [DIRECTOR, TEN], note="everyday: Cabillot director + 10% owner; Farnam 10% owner"),
    _c("b28-role-softbank-signers-slack", "who signed for softbank on the betr form", "role", S,
       ["re:Yamamoto"], note="everyday: 'who signed X's form 4' — Yuko Yamamoto for SoftBank Group Corp.; Stephen "
                            "Lam, Michael Johnson, Jonathan Duckles, Kozo Aramaki for the others"),
    _c("b28-role-thiel-pltr-signer-plain",
       "Who signed Peter Thiel's Palantir Form 4s, and in what capacity?", "role", P,
       ["re:Laubach", r"re:power of attorney|attorney"], note="everyday: Justin V. Laubach under power of attorney"),
    _c("b28-role-adams-aif-plain", "Who signed Katherine Adams's Apple Form 4 on her behalf?", "role", P,
       ["re:Whittington"], note="everyday: Sam Whittington, Attorney-in-Fact"),
    _c("b28-role-elon-nov21-signer-slack", "who signed elons nov 21 form 4s", "role", S, ["re:Beckman"],
       note="everyday: Aaron Beckman by power of attorney"),
    _c("b28-role-hoffman-ten-pct-slack", "is reid hoffman a 10% owner anywhere", "role", S,
       [r"re:LinkedIn|LNKD", TEN], note="LinkedIn Form 3: director + 10% owner"),
    _c("b28-role-dir-and-officer-plain",
       "Apart from Elon Musk, does any reporting person serve as both a director and an officer of the same issuer?",
       "role", P, [r"re:\bDoe\b"], note="Jane Doe, President and CEO and director (Example Robotics sample)"),
    _c("b28-role-garascia-signer-plain", "Who signed Jessica Garascia's AAR Form 4, and under what authority?", "role",
       P, ["re:Kwiat", r"re:power of attorney|attorney"], note="everyday: Katherine Kwiat, power of attorney"),
    _c("b28-role-buffett-director-slack", "buffett on snowflakes board or just a big holder", "role", S, [TEN],
       note="everyday: Berkshire and Buffett: 10% owner box only"),
    _c("b28-role-levchin-yelp-boxes-plain", "On the Yelp filing, which relationship boxes did Max Levchin check?",
       "role", P, [DIRECTOR, TEN], note="everyday: director + 10% owner"),
    _c("b28-role-sacks-signer-slack", "who signed sacks bird form 3", "role", S, ["re:Kevin Lee"],
       note="everyday: 'who signed X's form' — Kevin Lee, attorney-in-fact"),
    _c("b28-role-oscar-signers-plain", "Who signed the Oscar Health Form 3, and on what date?", "role", P,
       ["re:Singerman", "re:Thiel", "d:2021-03-03"], note="everyday"),
    _c("b28-role-sacks-bird-slack", "what is david sacks at bird exactly", "role", S, [DIRECTOR],
       note="everyday: Form 3, director box"),
    _c("b28-role-gcs-plain", "Which officers in the data hold the title of general counsel?", "role", P,
       ["re:Adams", "re:Garascia", "re:Markham", "re:Whiting"],
       note="titles containing GC / General Counsel: Adams, Garascia, Markham, Whiting (Dodge and Lamercie are CLOs)"),
    _c("b28-role-mithril-guts-signer-slack", "who signed the mithril guts form 4 for the funds", "role", S,
       ["re:Royan"], note="everyday: Ajay Royan as Managing Member / Authorized Person; Thiel signs for himself"),
    _c("b28-role-hoffman-msft-signer-plain", "Who signed the Form 4 reporting Reid Hoffman's Microsoft RSUs?", "role", P,
       ["re:Habernigg"], note="everyday: Ann Habernigg, Attorney-in-fact"),

    # ------------------------------------------------------------------ 8. totals
    _c("b28-sum-ff-oscar-plain",
       "What was the combined Class A position of the Founders Fund entities on the Oscar Health Form 3?", "sum", P,
       ["21,601,879"], note="ten 'By Fund' rows"),
    _c("b28-sum-mithril-bksy-slack", "total shs mithril held at bksy across both funds", "sum", S, ["18,628,026"],
       note="10,386,626 + 8,241,400"),
    _c("b28-sum-scarpelli-trusts-plain",
       "Adding up every trust line on Michael Scarpelli's December 2022 Form 4, how many Snowflake shares are held in trust?", "sum",
       P, ["793,488"], note="eight Trust rows"),
    _c("b28-sum-garrett-trust-options-slack", "how many snow options do garretts kids trusts hold combined", "sum", S,
       ["383,592"], note="four irrevocable trusts x 95,898"),
    _c("b28-sum-mcguirk-all-plain",
       "What is the total of Richard McGuirk's Isabella Bank holdings, direct and indirect, after his April 2024 "
       "purchase?", "sum", P, ["401,144.7327"], note="everyday: 'X's holdings at Y' — 15,711.8844 + 2,170.3157 + 383,262.5326"),
    _c("b28-sum-musk-trust-filing-slack", "elon 2nd nov 21 form 4 sales total shs and $", "sum", S,
       ["676,812", ("$802,625,029.35", "$802,625,029", r"re:\$?802\.6\d* ?(million|mm|M)\b")],
       note="20 S rows on the second Form 4"),
    _c("b28-sum-musk-first-filing-plain",
       "What were the total shares and proceeds of the sales on the first of Musk's two November 8, 2021 Form 4s?",
       "sum", P, ["257,279", ("$299,717,449.38", "$299,717,449", r"re:\$?299\.7\d* ?(million|mm|M)\b")],
       note="29 S rows"),
    _c("b28-sum-thiel-pltr-form3-a-slack", "thiel pltr class a on the 2020 form 3 direct plus indirect total", "sum",
       S, ["59,190,992"], note="3,257,826 direct + 55,933,166 indirect"),
    _c("b28-sum-pltr-form3-classb-plain",
       "How many Class A shares underlie all the Class B Common Stock rows on Thiel's 2020 Palantir Form 3?", "sum", P,
       ["250,870,803"], note="17 Class B rows"),
    _c("b28-sum-tsla-2010-conversion-slack", "how many tsla common did elons trust get from the preferred at the 2010 ipo",
       "sum", S, ["24,355,917"], note="C 20,655,342 + 3,700,575"),
    _c("b28-sum-scarpelli-direct-trusts-plain",
       "Combining direct and trust holdings, how many Snowflake shares did Michael Scarpelli hold after his December "
       "2022 sales?", "sum", P, ["894,585"], note="everyday: 101,097 direct + 793,488 trusts"),
    _c("b28-sum-adgi-preferred-plain",
       "Adding up the Series A, B and C preferred that Mithril II converted at the Adagio IPO, how many preferred shares "
       "were converted?", "sum", P, ["1,848,916"], note="1,250,000 + 176,304 + 422,612"),
    _c("b28-sum-tsla-2010-disposed-slack", "musk 2010 ipo total shs disposed tax + sale", "sum", S, ["1,436,895"],
       note="F 21,728 + S 1,415,167"),
    _c("b28-sum-moran-fully-vested-exercised-plain",
       "In total, how many shares did Kyle Moran exercise in December 2025 from options described as fully vested?",
       "sum", P, ["146,000"], note="F2 options: 60,000 at $2.83 + 36,000 at $8.17 + 50,000 at $10.48"),
    _c("b28-sum-thiel-feb18-plain",
       "What did Thiel's Palantir sales on February 18, 2021 bring in altogether, across Rivendell 7 and FF Pathfinder?",
       "sum", P, ["20,003,915", THIEL_FEB21_USD], note="four S rows"),
    _c("b28-sum-ff-vi-oscar-slack", "founders fund vi funds at oscr total shs", "sum", S, ["4,731,371"],
       note="FF-VI 3,755,954 + FF-VIP 928,720 + FF-VIE 46,697"),
    _c("b28-sum-sequoia-gfiv-plain",
       "Combined, how many Square Class A shares did the two Sequoia Growth Fund IV vehicles hold after receiving the "
       "Weebly consideration?", "sum", P, ["893,738"], note="858,081 + 35,657"),
    _c("b28-sum-musk-gifts-23-24-plain",
       "How many Tesla shares did Elon Musk give away on November 23 and 24, 2021, combined?", "sum", P,
       ["1,000,000"], note="500,000 + 500,000"),

    # ------------------------------------------------------------------ 9. comparisons and two-part questions
    _c("b28-cmp-elon-thiel-2021-usd-slack", "elon vs thiel who sold more $ in 2021", "cmp", S,
       ["re:Musk", MUSK_NOV21_USD, THIEL_FEB21_USD], note="Musk Nov 8 vs Thiel Feb 18"),
    _c("b28-cmp-melkote-snow-rsus-slack", "bigger rsu award melkote or jessica snow", "cmp", S,
       ["757,756", "106,150"], note="374Water vs 2seventy bio"),
    _c("b28-cmp-adams-dodge-shares-plain",
       "Did Katherine Adams or Stanton Dodge sell more shares, and how many did each sell?", "cmp", P,
       ["25,000", "105,554"], note="everyday: Adams May 2022; Dodge March 2025"),
    _c("b28-cmp-garrett-scarpelli-strike-plain",
       "Which has the higher exercise price: Mark Garrett's Snowflake options or the options Michael Scarpelli "
       "exercised?", "cmp", P, ["$3.74", "$8.88"], note="Scarpelli's"),
    _c("b28-cmp-lamercie-markham-withheld-plain",
       "How many shares did Carine Lamercie and Drew Markham each have withheld for taxes?", "cmp", P,
       ["1,009", "77,905"], note="code F rows"),
    _c("b28-cmp-musk-thiel-plan-dates-slack", "when was elons 10b5-1 adopted vs thiels 2024 one", "cmp", S,
       ["d:2021-09-14", "d:2023-12-12"], note="Tesla F1; Palantir 2024 F1"),
    _c("b28-cmp-hoffman-rsu-vs-trust-plain",
       "After January 2022, how did Reid Hoffman's Microsoft RSU balance compare with the common stock held by his "
       "living trust?", "cmp", P, ["12,126.682", "15,905"], note="Table II after vs Table I holding"),
    _c("b28-cmp-mithril-guts-adgi-px-slack", "did mithril pay more per share at guts or adgi", "cmp", S,
       ["$15", "$17"], note="Fractyl $15; Adagio $17"),
    _c("b28-cmp-berkshire-garrett-sign-plain",
       "Which Snowflake Form 3 was signed sooner after its event date: Berkshire Hathaway's or Mark Garrett's?", "cmp",
       P, ["re:Garrett", "d:2020-09-28"], note="Garrett signed Sep 15, 2020 (same day); Berkshire event Sep 18, signed "
                                              "Sep 28"),
    _c("b28-cmp-pdex-days-slack", "cabillot 1/23 vs 1/24 shs and px", "cmp", S, ["835", "1,436", "$42", "$41.44"],
       note="Pro-Dex"),
    _c("b28-cmp-musk-direct-vs-trust-plain",
       "Compare Elon Musk's Tesla holdings reported directly and through his trust on the second November 8, 2021 "
       "Form 4.", "cmp", P, ["1,220,481", "170,492,985"], note="everyday: 'X's holdings' — after the last S row; 'by Trust' holding"),
    _c("b28-cmp-pdex-dodge-plan-plain",
       "Which Rule 10b5-1 plan came first, the Pro-Dex reporting persons' or Stanton Dodge's at DraftKings? Give "
       "both adoption dates.", "cmp", P, ["d:2024-09-20", "d:2024-12-13"], note="Pro-Dex F1; DraftKings F1"),
    _c("b28-cmp-scarpelli-ex-vs-sold-slack", "scarpelli 12/13/22 how many exercised vs sold", "cmp", S,
       ["200,000"], note="200,000 exercised and 200,000 sold in five rows"),
    _c("b28-cmp-markham-before-after-plain",
       "How many MicroVision shares did Drew Markham hold directly before the June 2026 vesting and after the "
       "sell-to-cover?", "cmp", P, ["472,308", "663,203"], note="622,308 - 150,000 before; 663,203 after"),
    _c("b28-cmp-rivendell-21-vs-24-plain",
       "How many Palantir Class A shares did Rivendell 7 hold after the February 2021 sales, and after the March 2024 "
       "sales?", "cmp", P, ["77,851,188", "70,806,432"], note="after-holdings"),
    _c("b28-cmp-moran-1320-slack", "moran sold at $13.20 twice how many each time", "cmp", S, ["60,000", "50,000"],
       note="both Dec 8, 2025"),
    _c("b28-cmp-travers-markham-vest-slack", "travers vs markham rsus vested which more", "cmp", S,
       ["60,732", "268,800"], note="ZipRecruiter March 2025; MicroVision June 2026"),
    _c("b28-cmp-bksy-guts-owners-plain",
       "How many reporting persons are on the BlackSky Form 3 compared with the Fractyl Health Form 4?", "cmp", P,
       [r"re:\b(7|seven)\b", r"re:\b(6|six)\b"], note="7 vs 6"),

    # ------------------------------------------------------------------ 10. market-wide
    _c("b28-mkt-form3-count-slack", "count of form 3s in the db", "mkt", S, [r"re:\b(9|nine)\b"],
       note="BlackSky, Bird, LinkedIn, Oscar, Palantir, Snowflake x2, SunPower, Tesla"),
    _c("b28-mkt-largest-conversion-plain",
       "Which single conversion in the data delivered the most common shares, and to whom?", "mkt", P,
       ["39,422,431", r"re:Thiel|Founders Fund II"], note="Table I C row, Feb 17, 2021 (FF-II)"),
    _c("b28-mkt-most-reporting-persons-plain",
       "Which issuer has the most reporting persons on file, and how many?", "mkt", P,
       [r"re:Better|BETR", r"re:\b(8|eight)\b"], note="eight SoftBank entities; BlackSky has seven"),
    _c("b28-mkt-top-exercise-px-slack", "highest px on any option exercise row in here", "mkt", S,
       ["$10.48", "re:Moran"], note="Table I M prices: Moran up to $10.48, Scarpelli $8.88, Musk $6.24"),
    _c("b28-mkt-most-exercised-co-plain",
       "Which company's insiders exercised the most shares (code M in Table I)?", "mkt", P,
       [r"re:Tesla|TSLA|Musk", "2,154,572"], note="Wave 296,000; MicroVision 268,800; Snowflake 200,000"),
    _c("b28-mkt-2025-form4-count-slack", "how many form 4s have a 2025 transaction date", "mkt", S,
       [r"re:\b(10|ten)\b"], note="AAR, Arrow, BD, DraftKings, JetBlue, Pro-Dex, 374Water, 2seventy, Wave, ZipRecruiter"),
    _c("b28-mkt-largest-direct-form3-plain",
       "Among the Form 3s, which reported the largest direct holding of common stock?", "mkt", P,
       ["3,257,826", "re:Thiel"], note="Palantir Class A held directly; others hold indirectly"),
    _c("b28-mkt-earliest-plan-slack", "earliest 10b5-1 plan adoption date anywhere in here", "mkt", S,
       ["d:2021-08-16", "re:Adams"], note="Apple F1; next is Musk's Sep 14, 2021"),
    _c("b28-mkt-most-table2-rows-plain", "Which Form 4 reports the most derivative (Table II) transactions?", "mkt", P,
       [r"re:Palantir|PLTR|Thiel", r"re:\b(10|ten)\b"], note="ten Class B C rows, Feb 2021"),
    _c("b28-mkt-multi-owner-form4s-slack", "which form 4s list more than 1 reporting owner", "mkt", S,
       [r"re:Adagio|ADGI", r"re:Better|BETR", r"re:Fractyl|GUTS", r"re:Pro-Dex|PDEX", r"re:Example Biotech|EXBT"], note="Adagio, Better, Fractyl, Pro-Dex, Example Biotech"),
    _c("b28-mkt-most-footnotes-plain", "Which filing in the data has the most footnotes?", "mkt", P,
       [r"re:Palantir|PLTR|Thiel", r"re:\b29\b"], note="Palantir Feb 2021 Form 4: 29; Musk's first Nov 2021: 27"),
    _c("b28-mkt-most-shares-one-day-2025-plain", "Which insider sold the most shares in a single day during 2025?",
       "mkt", P, ["re:Moran", "210,000", "d:2025-12-08"],
       note="Moran Dec 8: 60,000 + 50,000 + 50,000 + 50,000; Dodge's best day 52,777 (Dec 9 avoided: the 36.000 row)"),
    _c("b28-mkt-latest-form5-slack", "whats the newest form 5 on file and whose", "mkt", S, ["re:McMahon"],
       note="period Jan 31, 2022, signed Mar 11, 2022 (Musk's: Dec 31, 2021)"),
    _c("b28-mkt-ipo-preferred-co-plain",
       "Which company's insiders received the most common shares from preferred stock converted at its IPO?", "mkt", P,
       [r"re:Tesla|TSLA", "24,355,917"], note="SolarCity 18,731,735; Adagio 9,244,580; Fractyl 6,078,868"),
    _c("b28-mkt-largest-m-2025-slack", "biggest single m row in 2025", "mkt", S,
       [("100,000", "$524,000", all_of("50,000", "$10.48")), "re:Moran"],
       note="Dec 8, 2025 at $3.14 by shares; by exercise cost, Dec 9, 2025: 50,000 at $10.48 ($524,000)"),
    _c("b28-mkt-pltr-sale-rows-slack", "how many sells at $pltr all time", "mkt", S, [r"re:\b(6|six)\b"],
       note="four in Feb 2021, two in Mar 2024"),
    _c("b28-mkt-officer-biggest-row-plain",
       "Among officers who are not directors, who reported the largest single open-market sale row (code S) by shares?", "mkt", P,
       ["74,907", "re:Scarpelli"], note="Dodge 52,777; Moran 60,000"),
    _c("b28-mkt-form3-most-rows-plain", "Which Form 3 reports the most separate holdings rows?", "mkt", P,
       [r"re:Palantir|PLTR|Thiel"], note="17 Table I + 21 Table II"),

    # ------------------------------------------------------------------ 11. cannot answer from filings
    _c("b28-cant-zuck-worth-slack", "how much is zuck worth lol", "cant", S, [(*CANT, *NONE)],
       note="no Zuckerberg filings: 'cannot value' or 'nothing on file' both answer it"),
    _c("b28-cant-thiel-fintech-slack", "is thiel bullish on fintech or nah", "cant", S, [CANT]),
    _c("b28-cant-rabois-knowledge-plain",
       "Based on the filings, did Keith Rabois sell his Affirm shares because of inside information?", "cant", P,
       [CANT, "d:2022-09-15"], note="motive; the filing shows a 10b5-1 plan adopted Sep 15, 2022"),
    _c("b28-cant-buy-tsla-exercise-slack", "should i buy tsla bc elon exercised", "cant", S, [CANT]),
    _c("b28-cant-16b-musk-plain",
       "As counsel, can you confirm whether Elon Musk's November 2021 trades created short-swing profit liability "
       "under Section 16(b)?", "cant", P,
       [(*CANT, r"re:\bnot (legal|investment|financial) advice\b",
         r"re:(can'?t|can ?not|could ?n[o']t|unable to|not able to|not in a position to)\b[^.\n]{0,60}"
         r"\b(confirm|determine|assess|conclude|judge|legal)")]),
    _c("b28-cant-softbank-next-slack", "what will softbank do w betr next", "cant", S, [CANT]),
    _c("b28-cant-pltr-close-feb18-plain", "What was Palantir's closing price on February 18, 2021?", "cant", P, [CANT],
       note="only weighted averages ($25.0578, $25.8696) are in the filing"),
    _c("b28-cant-sequoia-block-slack", "is sequoia still bullish on block", "cant", S, [CANT]),
    _c("b28-cant-buffett-add-snow-plain", "Is Warren Buffett planning to add to Berkshire's Snowflake stake?", "cant",
       P, [CANT]),
    _c("b28-cant-ff-oscar-profit-slack", "how much $ did founders fund make on oscar", "cant", S, [CANT]),
    _c("b28-cant-classf-value-plain",
       "What is the Class F Palantir stock in the voting trust attributed to Peter Thiel worth today?", "cant", P,
       [CANT]),
    _c("b28-cant-musk-gift-tax-slack", "was elons 2021 charity gift a tax move", "cant", S, [CANT]),
    _c("b28-cant-hoffman-lnkd-ipo-value-slack", "hoffman lnkd stake worth at ipo", "cant", S, [CANT]),
    _c("b28-cant-tsla-vs-strike-plain",
       "What is Tesla stock trading at compared with the strike of the options Musk exercised in November 2021?",
       "cant", P, [CANT, "$6.24"], note="no market price; the strike is $6.24"),
    _c("b28-cant-hoffman-msft-soon-slack", "is reid hoffman selling msft soon", "cant", S, [CANT]),
    _c("b28-cant-adgi-gain-plain", "How much did Mithril's Adagio stake gain after the IPO?", "cant", P, [CANT]),
    _c("b28-cant-10b5-advice-slack", "should our startup let employees do 10b5-1 plans like elon did", "cant", S,
       [CANT]),
    _c("b28-cant-sq-px-weebly-plain",
       "What was Square's share price when Botha's Sequoia funds received the Weebly shares?", "cant", P, [CANT], note="the J rows carry $0.00, not a market price"),

    # ------------------------------------------------------------------ 12. typos in names
    _c("b28-typo-muks-exercise-slack", "elon muks nov 21 exercise how many shs", "typo", S, ["2,154,572"]),
    _c("b28-typo-theil-oscr-cosigner-slack", "peter theil oscr form 3 who else filed on it", "typo", S,
       ["re:Singerman"]),
    _c("b28-typo-reed-hoffmann-zynga-plain", "How many Zynga RSUs was Reed Hoffmann granted, and how many were settled at the IPO?", "typo",
       P, ["1,474,432", "1,412,997"], note="everyday: 'what did X get'"),
    _c("b28-typo-rolof-weebly-slack", "rolof botha sq weebly shs", "typo", S, ["3,465", "152"]),
    _c("b28-typo-warrne-signed-plain", "Who signed Warrne Buffett's Snowflake Form 3, and when?", "typo", P,
       ["re:Buffett", "d:2020-09-28"], note="everyday: signed by Buffett for himself and Berkshire"),
    _c("b28-typo-kieth-plan-slack", "kieth rabois afrm plan adoption date", "typo", S, ["d:2022-09-15"], note="everyday"),
    _c("b28-typo-masx-yelp-slack", "masx levchin yelp class b in his own name", "typo", S, ["3,232,153"],
       note="everyday: 'X's holdings at Y' — direct Class B after the IPO conversions"),
    _c("b28-typo-sachs-form3-slack", "david sachs bird form 3 what did it show", "typo", S,
       [r"re:no securities|owns no|not own|did not own|holds no|held no|no (shares|holdings|securities)"],
       note="noSecuritiesOwned=1"),
    _c("b28-typo-stantin-title-plain", "What title did Stantin Dodge have at DraftKings?", "typo", P,
       ["re:Chief Legal Officer"], note="everyday: 'what's X's title'"),
    _c("b28-typo-softbnak-slack", "softbnak betr conversion shs", "typo", S, ["628,553"], note="everyday"),
    _c("b28-typo-fractal-px-slack", "fractal health mithril ipo px", "typo", S, ["$15", "333,333"], note="everyday"),
    _c("b28-typo-garacsia-plain", "Give me the weighted-average price and the range behind Jessica Garacsia's AAR sale.",
       "typo", P, ["$66.903", ("$66.835", "$66.8350"), ("$66.98", "$66.9800")], note="F1: $66.8350 to $66.9800"),
    _c("b28-typo-zip-recruter-slack", "zip recruter pres rsus vested 3/15/25 total", "typo", S, ["60,732"], note="everyday"),
    _c("b28-typo-thiell-direct-plain",
       "On his 2020 Palantir Form 3, what did Peter Thiell report holding directly in Class B stock?", "typo", P,
       ["13,031,306"], note="everyday: 'X's holdings at Y'"),
    _c("b28-typo-mithrill-bksy-slack", "mithrill ii bksy shs on the form 3", "typo", S, ["8,241,400"], note="everyday"),
    _c("b28-typo-bectn-shs-slack", "bectn dickinson cro sold how many shs", "typo", S, ["74"],
       note="everyday: 'what did X sell'"),
    _c("b28-typo-clemments-plain", "Which restricted stock units did Carol Clemments receive at JetBlue?", "typo", P,
       ["110,474"], note="everyday"),
    _c("b28-typo-lam-resarch-slack", "lam resarch director gift shs", "typo", S, ["3,690"]),

    # ------------------------------------------------------------------ 13. holdings
    _c("b28-hold-elon-trust-after-gifts-slack", "elons tsla trust holdings after the charity gifts", "hold", S,
       ["172,608,251"], note="everyday: Form 5 after the Nov 29, 2021 gift"),
    _c("b28-hold-hoffman-trust-lnkd-plain",
       "What did the Reid Hoffman and Michelle Yee Living Trust hold in LinkedIn on the Form 3?", "hold", P,
       ["17,037,090", "2,028,942"], note="everyday: 'X's holdings at Y'"),
    _c("b28-hold-oscar-biggest-fund-slack", "which of thiels funds holds the most oscr", "hold", S,
       ["7,778,012", r"re:Founders Fund IV\b|FF-IV\b"], note="everyday: The Founders Fund IV, LP"),
    _c("b28-hold-berkshire-record-owner-plain",
       "Which entity directly owns the Snowflake shares reported on Berkshire Hathaway's Form 3, and how many?", "hold",
       P, ["re:Columbia Insurance", "6,125,376"], note="everyday: F1"),
    _c("b28-hold-thiel-classf-plain",
       "How many Palantir Class F shares is Thiel deemed to beneficially own, and through what arrangement?", "hold", P,
       ["335,000", "re:voting trust"], note="F19"),
    _c("b28-hold-sequoia-square-slack", "sequoia funds square holdings after weebly", "hold", S,
       ["858,081", "35,657", "899,976"], note="everyday: Growth Fund IV, USGF Principals IV, Venture 2010-Seed"),
    _c("b28-hold-ff4-feb21-plain",
       "Whose vehicle is FF4 Investment LLC, and what Palantir Class A position did it report on the February 2021 "
       "Form 4?", "hold", P, ["1,083,408", "re:Thiel"], note="F14: Thiel is the sole beneficial owner"),
    _c("b28-hold-pal-spv-feb21-slack", "mithril pal spv pltr class a on the feb 21 form", "hold", S, ["14,530,420"],
       note="F22"),
    _c("b28-hold-mithril-bksy-plain",
       "How is Mithril LP's BlackSky stake held, and how many Class A shares does it hold of record?", "hold", P,
       ["10,386,626", r"re:indirect|of record"], note="everyday: F2, held of record by Mithril LP"),
    _c("b28-hold-tsla-form3-series-e-slack", "elon tsla form 3 series e pref by trust", "hold", S, ["40,825,647"],
       note="everyday"),
    _c("b28-hold-pltr-holdings-feb21-slack", "pltr holdings llc class a on thiels feb 21 form", "hold", S, ["12,050,960"],
       note="everyday: F15"),
    _c("b28-hold-rabois-biggest-vehicle-slack", "rabois afrm indirect which vehicle holds the most", "hold", S,
       [r"re:Founders Fund Growth, LP|Founders Fund Growth LP", "1,486,909"], note="F3 vehicles: 75,000 / 1,486,909 / 60,429"),
    _c("b28-hold-snow-options-slack", "what options does jessica snow have at tsvt", "hold", S, ["70,750"],
       note="everyday: 'what options does X have'"),
    _c("b28-hold-thiel-2024-others-plain",
       "Besides Rivendell 7, which Palantir holdings did Thiel list on the March 2024 Form 4, and how many shares "
       "each?", "hold", P, ["20,823,993", "53,487", "20,733,625"],
       note="PLTR Holdings LLC, Rivendell 25 LLC, STS Holdings II LLC"),
    _c("b28-hold-adgi-after-plain",
       "How many Adagio common shares did Mithril II LP hold after the IPO, and who shares voting power over them?",
       "hold", P, ["11,241,580", "re:Royan"], note="everyday: F2: Royan and Thiel on the investment committee"),
    _c("b28-hold-garrett-direct-plain", "What does Mark Garrett hold directly at Snowflake according to his Form 3?",
       "hold", P, ["383,594"], note="everyday: 'X's holdings at Y' — the direct option row"),
    _c("b28-hold-botha-sq-direct-plain",
       "How many Square Class A shares did Roelof Botha hold directly after the Weebly transaction?", "hold", P,
       ["49,322"], note="everyday"),
    _c("b28-hold-rivendell7-form3-plain",
       "On the 2020 Palantir Form 3, what Class A position is reported for Rivendell 7 LLC?", "hold", P,
       ["24,029,026"], note="F4"),
    # ------------------------------------------------------------------ the lawyer's Section 16 reporting checks
    _c("b28-scope-form5-type-on-form4-plain",
       "Across the database, which transactions reported on a Form 4 carry a Form 5 transaction type, that is, were "
       "reported early?", "scope", P, [r"re:Botha|MongoDB", "1,057"], [NOT_A_NAME],
       note="MongoDB Form 4 (June 2021): the July 17, 2020 G rows, transactionFormType 5, timeliness E"),
    _c("b28-cmp-lrcx-4a-what-changed-plain",
       "For the Lam Research Form 4/A, what does the amendment's remark say was adjusted, and what original filing "
       "date does it reference?", "cmp", P, [r"re:ten-for-one|10-for-1|forward split|split", "d:2024-11-04"],
       note="remark: adjusted for the ten-for-one forward split effective October 2, 2024; dateOfOriginalSubmission "
            "2024-11-04"),
    _c("b28-vest-tsla-2009-dates-plain",
       "On Musk's Form 4 for the 838,996-share Tesla option, what are the transaction date and the signature date, and "
       "what happened in January 2011 that explains the gap?", "vest", P,
       ["d:2009-12-04", "d:2011-01-25", r"re:certif|performance objective"],
       note="F1: the board certified the first performance objective on January 21, 2011"),
    _c("b28-hold-rabois-disclaim-plain",
       "Does Keith Rabois claim beneficial ownership of the Affirm shares held by the Founders Fund vehicles?", "hold",
       P, [r"re:disclaim", r"re:pecuniary"], note="F3: disclaims except to the extent of his pecuniary interest"),
    _c("b28-hold-buffett-disclaim-slack", "does buffett disclaim the snow shs", "hold", S, [r"re:disclaim"],
       note="F1: Buffett disclaims beneficial ownership except to the extent of his pecuniary interest"),
    _c("b28-near-musk-gift-form-slack", "was elons 2021 charity gift on a form 4 or a form 5", "near", S,
       [r"re:Form 5|annual statement"], [r"re:(was|were) (reported|filed) on (a|his) Form 4\b"],
       note="the five November 2021 G rows are on the Form 5 for the year ended December 31, 2021 (signed Feb 14, 2022)"),
    _c("b28-sum-tsla-form3-options-slack", "elons 2 tsla options on the 2010 form 3 total shs", "sum", S,
       ["6,691,972"], note="3,355,986 + 3,335,986 at $6.63"),
    _c("b28-hold-botha-sequoia-disclaim-slack", "does botha claim the sq shs in the sequoia funds as his own", "hold", S,
       [r"re:disclaim"], note="F1/F3: disclaims except to the extent of his pecuniary interest"),
]


# Class 14: asked in Slack — no CLI command in the answer; a no-match says what an admin can do.
CLI = (r"re:\binsiderbot\s+(sync|ingest|fetch|load|add|backfill|import|update|pull|crawl|refresh|download|watch|init)\b",)
ADMIN = (r"re:\badmins?\b", "re:administrator", "re:workspace owner")

SURFACE_CASES: list[Case] = [
    _c("b28-surf-meta-sells-slack", "any $meta insider sales lately", "surface", S, [NONE, ADMIN], CLI),
    _c("b28-surf-rddt-add-slack", "can we get $rddt filings in here", "surface", S, [NONE, ADMIN], CLI),
    _c("b28-surf-jensen-again-slack", "did jensen sell nvda again", "surface", S, [NONE, ADMIN], CLI),
    _c("b28-surf-coin-buys-slack", "any insider buys at $coin", "surface", S, [NONE, ADMIN], CLI),
    _c("b28-surf-figma-slack", "anything on figma insiders", "surface", S, [NONE, ADMIN], CLI),
    _c("b28-surf-abnb-chesky-slack", "$abnb chesky sells", "surface", S, [NONE, ADMIN], CLI),
    _c("b28-surf-shop-add-slack", "pls add $shop", "surface", S, [NONE, ADMIN], CLI),
    _c("b28-surf-uber-this-yr-slack", "any sells at $uber this yr", "surface", S, [NONE, ADMIN], CLI),
    _c("b28-surf-amd-lisa-slack", "$amd lisa su form 4s", "surface", S, [NONE, ADMIN], CLI),
    _c("b28-surf-elon-plan-slack", "elon nov 21 10b5-1 plan adopted when", "surface", S, ["d:2021-09-14"], CLI),
    _c("b28-surf-rabois-signer-slack", "who signed rabois afrm form", "surface", S, ["re:Ritenour"], CLI),
    _c("b28-surf-doe-plan-slack", "exrb ceo 10b5-1 plan adopted when", "surface", S, ["d:2023-12-01"], CLI),
    _c("b28-surf-thiel-2024-plan-slack", "thiel 2024 pltr plan date", "surface", S, ["d:2023-12-12"], CLI),
]

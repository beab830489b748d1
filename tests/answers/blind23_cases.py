"""The twenty-third blind question set: questions from two new askers — an investor-relations manager at a mid-cap
company preparing a board briefing on what insiders at peer companies did (formal and precise: who sold and how much,
under a Rule 10b5-1 plan or not, officer versus director activity, the latest filing per company, holdings after the
trades, option terms, who signed) and a meme-stock retail crowd in a Slack channel (lowercase, tickers with and without
$, typos, "paper hands", "diamond hands", "ape'd in", "rug pull", "insiders dumping on us", "loaded the boat", "ngl",
"fr", "lowkey", sometimes two questions in one message) — spread over the 13 failure classes: about 55% Slack-style and
45% plain. Today is December 7, 2026 ("last year" is 2025, "this year" 2026).

A third of the set (the cases whose ``note`` starts with "everyday") are the ordinary shapes a demanding user expects
to just work: "who is the biggest holder of X" (for $wve, $pdex, $dkng, ZipRecruiter, $tgen), "biggest seller at X"
($aapl, DraftKings), "what does X own at Y" (Feld, Lamercie, Garascia, Melkote, Markham), "X insider buys" (Palantir
2024, $dkng ever, $wve this year), "did anyone at X sell last year" (ZipRecruiter, Isabella Bank), "who are the
insiders at X" ($aapl, $tsvt, DraftKings), "what did X get" and "X's last trade" — negatives and typos included.

Shapes new to this set: officer-versus-director selling in Q1 2025 (an IR briefing figure), sales by everyone whose
title includes General Counsel, 2025 sales and 2025 plan sales with Wave left aside, 10% owners' open-market buying with
Golden Properties left aside; scope filters by price band ($40-$70 sales, $1-$10 and under-a-dollar strikes, above $300),
by relationship box (officers who sold in 2025, 10% owners with withholding, directors with option grants), by code J,
by Texas addresses and by the early-reported timeliness flag (Botha's 2020 gifts); near misses about exercising when
the M rows are RSUs (Markham, Travers, Hoffman, Smith), about selling when the rows are J (Botha at Square, the Founders
Fund III Entrepreneurs Fund's distribution), a gift to one's own trust, a holding line of an LLC, a Form 3 preferred
holding and a grant with no withholding row (Clements); exercises read as derived facts — options left before the
exercise (Scarpelli 2,419,299, Musk 25,499,505), the average sale price's spread over the strike, the option with the
most (and with under five years of) life left when exercised, strikes between $5 and $9, exercises by CFOs and by a
director; vesting measured against today (Moran's $3.14 option fully vested, his $4.75 not until February 2027,
Clements's two remaining installments, Melkote's next monthly vest on December 31, 2026), RSUs vesting on the first
anniversary (189,439), four-year annual schedules, ten-year terms, options that expired before 2021, RSUs that never
expire, quarterly and 50%-a-year schedules; roles asked in reverse (who is BDX's CRO, who is TSVT's SVP of Quality), the
'other' box nobody checked, Palantir's (absent) officers, the 10%-owner-and-officer-but-not-director set (empty), and
signers not asked before (Charlton for Farnam, De La Cruz for Lamercie, Sakamoto for Travers, Moran himself);
comparisons as percentages (withholding as a share of shares received: Lamercie 46% vs Smith 37%, Travers 54.6% vs
Markham 29.0%); market-wide counts of companies active in 2025 and of Form 3s per year; and holdings "before" a trade
(Adams 477,334, Garascia 39,065) and "indirectly" where there is none (Adams, Doe, Dodge, Buffett's direct holding).

Every expected fact was computed by hand from the filings' XML (a throwaway lxml table under /tmp/b23 — table.py prints
each filing's owners, relationship boxes, titles, every Table I/II transaction and holding with code, shares, price,
A/D, dates, shares owned after, direct/indirect, nature of ownership, exercise/expiration dates, underlying shares,
footnotes, remarks and signatures; rows.py flattens them and calc23.py sums them with Decimal, rounding only at the end),
never from the bot's output; the questions were written without reading the engine, and checked against sets 17-22 so
that no question repeats an earlier one (the corpus is small, so several everyday shapes necessarily touch facts an
earlier set asked in another form). The notation is ``blind_cases``'s (see ``compile_fact``). ``topic`` is the failure
class: scope, neg, verb, near, ex, vest, role, sum, cmp, mkt, cant, typo, hold; ``SURFACE_CASES`` are asked in Slack
(``topic="surface"``): the answer names no CLI command, and a no-match says what an admin can do.

Corpus quirks the expectations avoid: Kyle Moran's December 9, 2025 sale row is filed as "36.000" shares, so no figure
sums Wave's 2025 sales (the 2025 totals say "excluding Wave"; "which company sold the most shares in 2025" is Wave
either way); the Tecogen filing is stored twice in the corpus db, so no count or total includes Tecogen (Whiting's
400,000 options are a single holding figure); Musk and Thiel tie on filings (no "who filed most"); Tesla is filed under
two issuer names (no "how many companies" that would split it — the 2025 company count has no Tesla filing); Golden
Properties' code P row is marked D (it is named only for its shares and price, and the 10%-owner purchase total leaves it
out explicitly); the samples are part of the corpus db, so market-wide figures include them (Smith's withholding,
Example Ventures' and Roe's purchases, Doe's sales). The $4.75 Wave grant's footnote total (272,200) does not square
with its rows (50,000 exercised + 222,700 left), so no question asks its original size.

After the first run, the expectations of the failing cases were re-checked against the XML and 5 were corrected:
b23-mkt-lowest-px-2024-plain (the must "$24.77" did not match the filed weighted average "$24.7724" that a right
answer quotes; it is now "$24.7724", which also matches $24.77); b23-hold-melkote-own-slack (the option row's
shares-owned-following column is filed as 757,756, not the 757,576 granted, so a holdings answer quoting the filing
need not state 757,576; it now needs the options named, by that figure or by the word); b23-role-pltr-officers-plain
("no officer on file" is a complete answer to "who are the officers", so naming Thiel, a director, is no longer
required); b23-mkt-form3-year-plain (2021 has four Form 3s only by period of report: SunPower's Dec 31, 2021 statement
was signed Jan 7, 2022, so by filing date 2020 and 2021 tie at three, and either reading is accepted);
b23-mkt-most-options-slack (Musk's 23,344,933 options expired Aug 13, 2022, so "who holds the most" read as unexpired
positions is also fair: Scarpelli's 2,219,299 is accepted as well). The other 81 failing cases were confirmed as the
engine's failures.
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
# The strict "no withholding / sell-to-cover" that leads a near miss about taxes.
NO_TAX = (*NONE, r"re:\b(no|not|wasn'?t|were not|weren'?t|did ?n[o']t|never)\b[^.\n]{0,60}"
                 r"\b(withh(e|o)ld|tax|sell[- ]to[- ]cover|cover)")
# The strict "no officers" of a company whose only filer is a director.
NO_OFFICER = (*NONE, r"re:\bno\b[^.\n]{0,40}\bofficers?\b", r"re:\bnot (an? )?officers?\b",
              r"re:\bnone\b[^.\n]{0,40}\bofficer")

S, P = "slack", "plain"

CASES: list[Case] = [
    # ------------------------------------------------------------------ 1. scope words are not names
    _c("b23-scope-strike-1-to-10-slack", "across every ticker any option grants w a strike between $1 and $10?", "scope", S,
       [r"re:\bSnow\b|2seventy|TSVT", r"re:Musk|Tesla|TSLA"], [NOT_A_NAME, "$0.88", "$0.33", "$19.90", "$3.14"],
       note="code A grants: Jessica Snow $2.64 (Jan 2025), Musk $6.63 (Dec 2009); Moran's A-coded Table II rows are "
            "exercises (disposed), not grants"),
    _c("b23-scope-jan-2025-sellers-plain", "Across all issuers in the database, which insiders reported sales in January 2025?",
       "scope", P, [r"re:Garascia|AAR", r"re:Cabillot|Farnam"], [NOT_A_NAME, "105,554"],
       note="everyday: Garascia (AIR, Jan 10) and Cabillot/Farnam Street Partners (PDEX, Jan 23-24); Dodge sold in March"),
    _c("b23-scope-withheld-2024-slack", "anyone anywhere get shs withheld for tax in 2024", "scope", S,
       [r"re:\bSmith\b|Example Biotech|EXBT", "1,850"], [NOT_A_NAME, "33,148", "77,905"],
       note="code F in 2024: Alex Smith's 1,850 shares (Mar 1, 2024, sample)"),
    _c("b23-scope-2024-buy-tickers-slack", "overall which tickers had insider buys in 2024 ngl", "scope", S,
       [r"re:Fractyl|GUTS|Mithril", r"re:Isabella|ISBA|McGuirk", r"re:Example Biotech|EXBT|Example Ventures",
        r"re:Example Robotics|EXRB|\bRoe\b"], [NOT_A_NAME],
       note="everyday: code P in 2024 at GUTS, ISBA, EXBT, EXRB (AREC's P row is marked D, not required)"),
    _c("b23-scope-officer-sellers-2025-plain", "Across every company in the data, which officers sold shares in 2025?",
       "scope", P, ["re:Garascia", "re:Dodge", "re:Feld", "re:Moran"], [NOT_A_NAME],
       note="S rows in 2025 by reporting owners with the officer box: Garascia (AIR), Dodge (DKNG), Feld (BDX), Moran "
            "(WVE); Cabillot is a director/10% owner"),
    _c("b23-scope-ten-pct-withheld-slack", "whole db, any 10% holders ever get hit w tax withholding", "scope", S,
       ["re:Musk", "21,728"], [NOT_A_NAME],
       note="the only F row by a 10% owner: Musk's 21,728 shares at $17 on Jul 2, 2010 (Tesla IPO)"),
    _c("b23-scope-code-j-plain", "Throughout the data, which insiders reported transactions under code J (other), and at "
       "which companies?", "scope", P, [r"re:Thiel|Palantir", r"re:Botha|Square|Sequoia"], [NOT_A_NAME],
       note="J rows: Thiel's Founders Fund distributions at Palantir (Feb 2021) and the Sequoia funds' Weebly "
            "consideration at Square (Nov 2018)"),
    _c("b23-scope-texas-plain", "Database-wide, which reporting owners give an address in Texas?", "scope", P,
       ["re:Mithril"], [NOT_A_NAME],
       note="Austin TX: the Mithril entities (and Thiel) on the Adagio, BlackSky and Fractyl filings; Musk's Form 5 also gives Austin"),
    _c("b23-scope-early-reported-plain", "Across every filing, which transactions were reported early, ahead of their "
       "Form 5 deadline?", "scope", P, ["re:Botha", "1,057"], [NOT_A_NAME],
       note="transactionTimeliness E: Botha's two July 17, 2020 G rows (1,057 shares to estate planning vehicles), "
            "Form 5 transactions reported on his June 2021 Form 4"),
    _c("b23-scope-sells-40-to-70-slack", "all tickers all yrs: any sells priced between $40 and $70 a sh?", "scope", S,
       [r"re:Farnam|Cabillot|Pro-Dex|PDEX", r"re:Garascia|AAR\b|\bAIR\b", r"re:\bDoe\b|Example Robotics|EXRB"],
       [NOT_A_NAME, "$37.59", "$106.82"],
       note="S rows: Farnam $42.00 and $41.44, Garascia $66.903, Doe $42.1735 and $43.05"),
    _c("b23-scope-late-2021-sells-slack", "any1 across every ticker sell in nov or dec 2021 fr", "scope", S,
       ["re:Musk"], [NOT_A_NAME],
       note="Musk's Nov 8, 2021 sales are the only S rows; the Form 5 gifts and McMahon's gift are G"),
    _c("b23-scope-merger-shares-plain", "Across all the companies on file, who received shares as consideration in a merger "
       "or reorganization?", "scope", P, [r"re:Botha|Sequoia|Square"], [NOT_A_NAME],
       note="the Sequoia funds' Square Class A received in the Weebly reorganization (J, Nov 16, 2018); BlackSky's "
            "Form 3 shares from the business combination may also be named"),
    _c("b23-scope-whole-universe-gifts-2022-slack", "whole universe: any gifts in 2022 or 2023? any co", "scope", S,
       [NONE], [NOT_A_NAME, "3,690", "5,044,000"],
       note="G rows are 2020 (Botha), 2021 (Musk, McMahon) and 2024 (Ahmed) only"),
    _c("b23-scope-everywhere-dir-grants-slack", "everywhere in here - which directors got option grants", "scope", S,
       [r"re:Levchin|Yahoo", r"re:Musk|Tesla"], [NOT_A_NAME],
       note="code A option grants to reporting owners with the director box: Levchin (Yahoo, 774 at $19.90) and Musk "
            "(Tesla, Dec 2009, director/CEO)"),
    _c("b23-scope-overall-largest-2025-buy-slack", "overall whats the biggest insider buy in 2025 across the board",
       "scope", S, [NO_BUY], [NOT_A_NAME, "333,333", "$4,999,995"], note="everyday: no code P rows dated 2025"),
    _c("b23-scope-all-cos-latest-activity-plain", "Looking at all companies together, what is the most recent insider "
       "transaction on file?", "scope", P, [r"re:Markham|MicroVision|MVIS", ("d:2026-06-10", "d:2026-06-08")],
       [NOT_A_NAME], note="everyday: Markham's sell-to-cover on Jun 10, 2026 (RSU rows Jun 8)"),
    _c("b23-scope-db-wide-ceo-sales-slack", "db wide did any ceo actually sell stk", "scope", S,
       [r"re:\bDoe\b|Example Robotics|EXRB", r"re:Musk|Tesla"], [NOT_A_NAME],
       note="S rows by filers titled CEO: Jane Doe (President and CEO, EXRB, May 2024) and Musk (CEO on the Nov 2021 "
            "Tesla Form 4s)"),
    _c("b23-scope-market-wide-fees-stock-plain", "Market-wide, which transactions were priced above $300 a share?",
       "scope", P, [r"re:Musk|Tesla", r"re:Botha|MongoDB"], [NOT_A_NAME],
       note="Musk's Nov 8, 2021 sales ($1,135.05-$1,196.236) and Botha's 129 MongoDB fee shares at $309.81"),

    # ------------------------------------------------------------------ 2. nothing matches: say so, show nobody else
    _c("b23-neg-keith-gill-slack", "did keith gill ape into anything in here", "neg", S, [NONE],
       ["1,997,000", "333,333", "$38.50"], note="not a reporting person"),
    _c("b23-neg-gates-msft-slack", "bill gates msft sells?", "neg", S, [NONE], ["289.408", "15,905"],
       note="everyday: not a reporting person here; Microsoft's only filer is Hoffman"),
    _c("b23-neg-pltr-buys-2024-plain", "Did any Palantir insider buy shares in 2024?", "neg", P, [NO_BUY],
       ["333,333", "200,000", "275.634"], note="everyday: 'X insider buys' — Palantir 2024 has only Thiel's S rows"),
    _c("b23-neg-dkng-buys-ever-slack", "any insider buys at $dkng ever", "neg", S, [NO_BUY],
       ["200,000", "333,333", "10,000"], note="everyday: DraftKings has only Dodge's three sales"),
    _c("b23-neg-chamath-plain", "Did Chamath Palihapitiya report any trades at SoFi or anywhere else?", "neg", P, [NONE],
       ["re:Thiel", "re:Musk"], note="not a reporting person, SoFi not stored"),
    _c("b23-neg-dodge-air-slack", "did dodge do anything at $air", "neg", S, [NONE], ["1,500", "$66.903"],
       note="Dodge filed only at DraftKings; AAR's filer is Garascia"),
    _c("b23-neg-sales-2019-plain", "Which insiders sold stock in 2019?", "neg", P, [NO_SALE],
       [NOT_A_NAME, "1,415,167", "7,044,756"], note="no rows dated 2019 at all"),
    _c("b23-neg-roe-exbt-plain", "Did Example Robotics director Richard Roe also buy into Example Biotech?", "neg", P, [NONE],
       ["200,000", "$20.05"], note="everyday: Roe bought Example Robotics only"),
    _c("b23-neg-amc-sells-slack", "wsb fav $amc any insider sells lately", "neg", S, [NONE], ["re:\\bDoe\\b", "30,000"],
       note="everyday: AMC not stored"),
    _c("b23-neg-2022-over-500-plain", "List all insider sales executed at more than $500 per share in 2022.", "neg", P,
       [NONE], ["re:Musk", "$1,135.05"], note="2022's highest sale price is Adams's $165.95; the $1,100+ Tesla sales are 2021"),
    _c("b23-neg-tsla-rsu-settle-slack", "any rsu settlements at $tsla", "neg", S, [NONE], ["6,250", "268,800"],
       note="Tesla's M row is an option exercise; no RSUs at Tesla"),
    _c("b23-neg-isba-sales-2024-plain", "Did any insider at Isabella Bank sell in 2024?", "neg", P, [NO_SALE],
       ["7,044,756", "re:Thiel"], note="everyday: 'did X sell this year' — ISBA has only McGuirk's purchase"),
    _c("b23-neg-exrb-director-1m-slack", "yo any director buys over $1m at exrb", "neg", S, [NONE], ["$4,010,000"],
       note="Roe's $385,000 is the only EXRB buy"),
    _c("b23-neg-burry-plain", "Has Michael Burry reported buying anything according to these filings?", "neg", P, [NONE],
       ["re:Mithril", "1,875,000"], note="not a reporting person"),
    _c("b23-neg-pelosi-slack", "nancy pelosi trades in here? asking for a friend", "neg", S, [NONE], ["re:Thiel"],
       note="not a Section 16 reporting person"),
    _c("b23-neg-arw-directors-2025-plain", "Which Arrow Electronics directors filed in 2025?", "neg", P, [NONE],
       note="Arrow's only filer, Lamercie, is an officer (SVP, CLO & Secretary)"),
    _c("b23-neg-wve-buys-2026-slack", "$wve insiders loading this yr or nah", "neg", S, [NONE],
       ["60,000", "296,000"], note="everyday: 'X insider buys' this year — Wave's only filing is Dec 2025"),
    _c("b23-neg-bdx-2024-plain", "What did Becton Dickinson insiders do in 2024?", "neg", P, [NONE], ["74", "$196.08"],
       note="everyday: BDX has only Feld's Dec 26, 2025 sale"),

    _c("b23-neg-andreessen-last-file-slack", "when did marc andreessen last file", "neg", S, [NONE], ["re:Thiel", "re:Botha"],
       note="everyday: 'when did X last file' — not a reporting person"),

    # ------------------------------------------------------------------ 3. casual verbs
    _c("b23-verb-adams-cash-out-slack", "did apples gc cash out in may 22? how much $ all in", "verb", S,
       ["25,000", "$4,042,887.94"], note="everyday: seven S rows on May 4, 2022"),
    _c("b23-verb-garascia-bail-slack", "how many $air shs did the aar gc bail on + at what px", "verb", S,
       ["1,500", "$66.903"], note="everyday: one S row, Jan 10, 2025"),
    _c("b23-verb-mcguirk-pick-up-plain", "How many Isabella Bank shares did Richard McGuirk pick up in April 2024, and what "
       "did he pay per share?", "verb", P, ["275.634", "$18.14"], note="P row Apr 29, 2024"),
    _c("b23-verb-ev-loaded-slack", "example ventures loaded up on exbt, how many shs n what px", "verb", S,
       ["200,000", "$20.05"], note="everyday: P row Apr 10, 2024 (sample)"),
    _c("b23-verb-musk-aped-scty-slack", "musk aped into scty at the ipo?? shs + px", "verb", S, ["1,875,000", "$8"],
       note="everyday: P row Dec 18, 2012"),
    _c("b23-verb-melkote-awarded-plain", "How many 374Water restricted stock units was Rajesh Melkote awarded, and on what "
       "date?", "verb", P, ["757,756", "d:2025-04-30"], note="everyday: Table I A row"),
    _c("b23-verb-levchin-got-slack", "levchin got how many yhoo options for sitting on the board", "verb", S, ["774"],
       note="everyday: director stock option in lieu of fees, Dec 31, 2012"),
    _c("b23-verb-scarpelli-cashed-plain", "How many Snowflake shares did Michael Scarpelli cash out of on December 13, "
       "2022, and what did they fetch in total?", "verb", P, ["200,000", "$30,351,309.77"], note="everyday: five S rows"),
    _c("b23-verb-dodge-unloaded-slack", "dodge unloaded how many dkng shs in mar 25, and for how much", "verb", S,
       ["105,554", "$4,043,811.93"], note="everyday: three S rows, Mar 14 and 17, 2025"),
    _c("b23-verb-farnam-trimmed-slack", "farnam trimmed how many pdex shs over both days", "verb", S, ["2,271"],
       note="835 on Jan 23 + 1,436 on Jan 24, 2025"),
    _c("b23-verb-levchin-series-d-plain", "How many Yelp Class B shares did Max Levchin get out of his Series D preferred at "
       "the IPO, counting both his direct holding and the PENSCO account?", "verb", P, ["124,551"],
       note="61,704 (direct, from 246,819 Series D) + 62,847 (PENSCO, from 251,390), one-for-four"),
    _c("b23-verb-musk-unload-2010-plain", "How many Tesla shares did Elon Musk unload at the July 2010 IPO, and at what "
       "price?", "verb", P, ["1,415,167", "$17"], note="S row Jul 2, 2010 (the F row of 21,728 is withholding)"),
    _c("b23-verb-mithril-scooped-slack", "mithril scooped how many guts shs at the ipo + px", "verb", S,
       ["333,333", "$15"], note="everyday: P row Feb 6, 2024"),
    _c("b23-verb-botha-got-rsus-slack", "botha got how many mdb rsus in jun 21 (the annual grant not the fee shs)", "verb",
       S, ["629"], note="A row: 629 RSUs at $0; the 129 fee shares are at $309.81"),
    _c("b23-verb-mithril2-series-f-slack", "mithril ii flipped its guts series f pref into how many common", "verb", S,
       ["744,746"], note="1,598,225 Series F at 0.466, Feb 6, 2024 (II LP, indirect)"),
    _c("b23-verb-thiel-paper-hands-2024-slack", "thiel paper handed how many pltr shs in mar 24 fr", "verb", S,
       ["7,044,756"], note="everyday: 6,914,475 + 130,281 on Mar 12, 2024"),
    _c("b23-verb-lamercie-got-plain", "How many Arrow Electronics shares did Carine Lamercie receive when her performance "
       "stock units paid out in February 2025?", "verb", P, ["2,193"], note="A row Feb 12, 2025; 1,009 then withheld"),
    _c("b23-verb-clements-was-given-slack", "clements was given how many jblu rsus last march", "verb", S, ["110,474"],
       note="everyday: Table II A row Mar 10, 2025"),
    _c("b23-verb-pdex-lately-slack", "whats been happening at $pdex lately", "verb", S,
       [r"re:Farnam|Cabillot", ("2,271", all_of("835", "1,436"))],
       note="everyday: 'what happened at $X lately' — Farnam Street Partners' two sales, Jan 23-24, 2025"),

    # ------------------------------------------------------------------ 4. near misses: strict no first, then what happened
    _c("b23-near-musk-june-2010-sell-slack", "did musk sell any tsla in june 2010", "near", S, [NO_SALE, FORM3],
       note="June 2010 is the Form 3 (holdings, Jun 28); the IPO sale of 1,415,167 is dated Jul 2, 2010"),
    _c("b23-near-ff3e-sell-plain", "Was The Founders Fund III Entrepreneurs Fund a seller of Palantir stock in February 2021?",
       "near", P, [NO_SALE, "294,208", r"re:distribut|\bJ\b"],
       note="FF-IIIE (F9): C conversion of 588,414 and a J distribution of 294,208 to limited partners; no S row"),
    _c("b23-near-mcguirk-llc-sell-slack", "did mcguirks llc sell any isba", "near", S,
       [NO_SALE, ("275.634", "383,262.5326", r"re:purchas|bought|\bP\b")],
       note="the LLC line is a holding (383,262.5326); McGuirk's only transaction is a 275.634-share P"),
    _c("b23-near-markham-exercise-slack", "did markham exercise any mvis stock options", "near", S,
       [NO_EXER, "re:RSU|restricted stock"],
       note="his M rows are RSUs vesting (150,000 and 118,800 at $0), not options"),
    _c("b23-near-travers-exercise-plain", "Did David Travers exercise any ZipRecruiter stock options?", "near", P,
       [NO_EXER, "re:RSU|restricted stock"], note="four RSU tranches settled under code M at $0 on Mar 15, 2025"),
    _c("b23-near-hoffman-znga-exercise-slack", "hoffman exercise znga options in dec 11?", "near", S,
       [NO_EXER, "re:RSU|restricted stock", "1,412,997"], note="RSU settlement into Class B (M), not options"),
    _c("b23-near-mithril-bksy-buy-plain", "Did Mithril buy BlackSky stock on the open market?", "near", P,
       [NO_BUY, r"re:Form 3|business combination|private placement|merger"],
       note="BlackSky is a Form 3 (holdings); 7,741,400 from the business combination + 500,000 private placement"),
    _c("b23-near-singerman-buy-oscr-slack", "singerman buy any oscr", "near", S, [NO_BUY, FORM3],
       note="everyday: Oscar Health Form 3 holdings only (with Thiel, via Founders Funds)"),
    _c("b23-near-botha-mdb-2021-sell-slack", "botha dump mdb in 2021?", "near", S, [NO_SALE, ("629", "129")],
       note="everyday: June 29, 2021: A rows (629 RSUs, 129 fee shares); the G rows are 2020"),
    _c("b23-near-zip-sell-2025-plain", "Did anyone at ZipRecruiter sell shares in 2025?", "near", P, [NO_SALE, TAX],
       note="everyday: 'did X sell this year' — Travers's 33,148 shares were withheld for tax (F), not sold"),
    _c("b23-near-clements-tax-slack", "did clements sell to cover taxes on her jblu rsus", "near", S,
       [NO_TAX, "110,474"], note="the JetBlue filing has only the Table II A grant; no F row"),
    _c("b23-near-garrett-series-e-buy-plain", "Did Mark Garrett buy Snowflake Series E preferred stock in September 2020?",
       "near", P, [NO_BUY, (FORM3, "134,018")],
       note="Form 3 holding: 134,018 Series E via the Garrett Family Investment Partnership"),
    _c("b23-near-exbt-cfo-exercise-plain", "Did Example Biotech's CFO exercise stock options in March 2024?", "near", P,
       [NO_EXER, "re:RSU|restricted stock"], note="Smith's 5,000 RSUs vested (M at $0), 1,850 withheld (F)"),
    _c("b23-near-softbank-exercise-slack", "did softbank exercise anything at betr", "near", S, [NO_EXER, CONV],
       note="628,553 Class B converted (C) into Class A; no exercise"),
    _c("b23-near-ahmed-sold-to-trust-plain", "Did Sohail Ahmed sell Lam Research stock to the Sohail Family Trust?", "near",
       P, [NO_SALE, r"re:gift|\bG\b|no consideration|transferr"],
       note="G rows: 3,690 shares transferred for no consideration (4/A)"),
    _c("b23-near-levchin-cash-options-slack", "did levchin cash in his yhoo options", "near", S, [NO_EXER, "774"],
       note="a grant of 774 options (A) only; no exercise or sale"),
    _c("b23-near-feld-exercise-plain", "Did Michael Feld exercise Becton Dickinson options before his December 2025 sale?",
       "near", P, [NO_EXER, "74"], note="everyday: one S row of 74 shares; no M/X row"),
    _c("b23-near-msft-director-sell-slack", "did the msft director sell any msft in jan 22", "near", S,
       [NO_SALE, "289.408"], note="everyday: Hoffman: RSU award (A) of 289.408 units; holding of 15,905 by living trust"),

    # ------------------------------------------------------------------ 5. option exercises as really filed
    _c("b23-ex-musk-strike-2021-slack", "musk exercised how many tsla options on 11/8/21 and whats the strike", "ex", S,
       ["2,154,572", "$6.24"], note="everyday: Table I M price $6.24"),
    _c("b23-ex-strike-5-to-9-slack", "any exercises w a strike between $5 and $9", "ex", S,
       ["$6.24", "$8.17", "$8.88"],
       note="Musk $6.24 (2021), Moran $8.17 (36,000, Dec 9 2025), Scarpelli $8.88 (2022)"),
    _c("b23-ex-cfo-exercisers-plain", "Which chief financial officers in the data exercised stock options, and at which "
       "companies?", "ex", P, ["re:Scarpelli", r"re:Snowflake|SNOW", "re:Moran", r"re:Wave|WVE"],
       note="Scarpelli (Snowflake CFO) and Moran (Wave CFO); Smith's M rows are RSUs"),
    _c("b23-ex-most-time-left-plain", "Of all the option exercises on file, which option had the most time left before it "
       "expired when it was exercised?", "ex", P, ["$4.75", "d:2033-02-17"],
       note="Moran's $4.75 option exercised Dec 8, 2025, expiring Feb 17, 2033 (~7.2 years); Scarpelli's ~6.7"),
    _c("b23-ex-scarpelli-spread-plain", "On average, how far above his $8.88 strike did Michael Scarpelli sell on "
       "December 13, 2022?", "ex", P, [("$142.88", "$142.87")],
       note="$30,351,309.77 / 200,000 = $151.7565 average; minus $8.88"),
    _c("b23-ex-musk-direct-before-slack", "did musk hold any tsla directly right before he exercised on 11/8/21", "ex", S,
       [r"re:\bzero\b|\bnone\b|\bno (tesla |tsla |direct )*(shares|stock|holdings?)\b|\b0 shares|\bnothing\b|did ?n[o']t hold",
        "2,154,572"],
       note="after the M row he held 2,154,572 directly, all from the exercise"),
    _c("b23-ex-moran-after-2030-slack", "moran exercised options expiring after 2030 - which strikes", "ex", S,
       ["$2.83", "$3.14", "$4.75", "$10.48"],
       note="expiries 2032-07-25, 2032-01-01, 2033-02-17, 2031-02-01; the $8.17 option expired 2030-03-03"),
    _c("b23-ex-director-exercises-plain", "Which option or warrant exercises were reported by someone who also sat on the "
       "company's board?", "ex", P, ["re:Musk"], note="Musk (director box) in 2010 (X) and 2021 (M); Scarpelli and "
                                                   "Moran are officers only"),
    _c("b23-ex-moran-314-cost-slack", "wave cfo exercise cost on the $3.14 chunk", "ex", S, ["$314,000"],
       note="100,000 x $3.14"),
    _c("b23-ex-smallest-slack", "smallest stock option exercise in here (not rsus) - whose + strike", "ex", S,
       ["re:Moran", "36,000", "$8.17"], note="Dec 9, 2025"),
    _c("b23-ex-2022-plain", "Which option exercises occurred in 2022?", "ex", P, ["re:Scarpelli", "200,000", "$8.88"],
       note="everyday: the only 2022 M row"),
    _c("b23-ex-wve-under-5-yrs-slack", "any options exercised at $wve w less than 5 yrs left til expiry", "ex", S,
       ["$8.17"], note="$8.17 option: exercised Dec 9, 2025, expiring Mar 3, 2030"),
    _c("b23-ex-scarpelli-before-plain", "How many options did Michael Scarpelli hold on his $8.88 Snowflake grant just "
       "before the December 2022 exercise?", "ex", P, ["2,419,299"], note="2,219,299 after + 200,000 exercised"),
    _c("b23-ex-musk-before-slack", "musk 2012 tsla option - how many were left on it before the 11/8/21 exercise", "ex",
       S, ["25,499,505"], note="23,344,933 after + 2,154,572 exercised"),
    _c("b23-ex-cos-2025-plain", "Which companies had a stock option exercise in 2025?", "ex", P, [r"re:Wave|WVE"],
       note="everyday: Moran's five exercises; ZipRecruiter's M rows are RSU settlements"),
    _c("b23-ex-most-left-plain", "Which option exercise in the data left the largest number of options still outstanding on "
       "the same grant?", "ex", P, ["re:Musk", "23,344,933"], note="Musk's 2012 Tesla option after Nov 8, 2021"),
    _c("b23-ex-musk-plan-slack", "musk 11/8/21 exercise - under a 10b5-1 plan? adopted when", "ex", S, ["d:2021-09-14"],
       note="F1 of the Nov 8, 2021 Form 4s"),
    _c("b23-ex-musk-strike-vs-avg-slack", "musk paid $ per sh on the exercise vs what he sold at on avg that day", "ex", S,
       ["$6.24", ("$1,180.12", "$1,180.13")], note="934,091 shares for $1,102,342,478.72 across both Nov 8, 2021 forms"),

    # ------------------------------------------------------------------ 6. vesting, expiry and terms
    _c("b23-vest-snow-rsu-done-slack", "tsvt jessica snow rsus - when are they all vested", "vest", S, ["re:2029"],
       note="everyday: four annual installments from Jan 2, 2026: last Jan 2, 2029"),
    _c("b23-vest-melkote-rsu-first-plain", "How many of Rajesh Melkote's 374Water restricted stock units vest on March "
       "31, 2026?", "vest", P, ["189,439"], note="25% of 757,756 on the first anniversary of Mar 31, 2025"),
    _c("b23-vest-melkote-both-first-slack", "melkote: total shs (rsus + options) vesting on 3/31/26", "vest", S,
       ["378,833"], note="189,439 RSUs + 189,394 options (25% each)"),
    _c("b23-vest-four-year-annual-plain", "Which awards in the data vest in annual installments over four years?", "vest",
       P, [r"re:\bSnow\b|2seventy", r"re:\bSmith\b|Example Biotech"],
       note="Snow's RSUs (ratably over four years from Jan 2, 2026); Smith's RSUs (four equal annual from Mar 1, 2023)"),
    _c("b23-vest-ten-year-terms-plain", "Which option grants on file have a ten-year term?", "vest", P,
       [r"re:Whiting|Tecogen", r"re:\bSnow\b|2seventy", r"re:Melkote|374Water"],
       note="Whiting 2023-09-20 to 2033-09-20, Snow 2025-01-06 to 2035-01-06, Melkote 2025-04-30 to 2035-04-29; "
            "Musk's 2012 option (2012-08-13 to 2022-08-13) may also be named"),
    _c("b23-vest-snow-term-plain", "How long is the term of Jessica Snow's 2seventy bio option from grant to expiration?",
       "vest", P, [r"re:\b(10|ten)[- ]years?\b", "d:2035-01-06"], note="granted Jan 6, 2025"),
    _c("b23-vest-whiting-term-slack", "whiting tgen option term how many yrs", "vest", S, [r"re:\b(10|ten)[- ]years?\b"],
       note="Sep 20, 2023 to Sep 20, 2033"),
    _c("b23-vest-tsla-f3-expiry-slack", "whats the expiry on the tsla options on musks 2010 form 3", "vest", S,
       ["d:2016-12-03"], note="everyday: both $6.63 options"),
    _c("b23-vest-moran-475-today-slack", "morans 4.75 options - fully vested yet or nah", "vest", S,
       [r"re:\b(no|not)\b", "d:2027-02-17"], note="everyday: 6.25% quarterly until Feb 17, 2027; today is Dec 7, 2026"),
    _c("b23-vest-markham-2025-grant-today-plain", "As of today, have the RSUs MicroVision granted Drew Markham in June 2025 "
       "finished vesting?", "vest", P, [r"re:\b(no|not)\b", "d:2028-06-06"],
       note="33% on each anniversary of Jun 6, 2025 until fully vested Jun 6, 2028"),
    _c("b23-vest-clements-left-plain", "As of today, which of Carol Clements's March 2025 RSU installments are still to "
       "vest?", "vest", P, ["d:2027-03-10", "d:2028-03-10"],
       note="three annual installments on the anniversaries of Mar 10, 2025; the first vested Mar 10, 2026"),
    _c("b23-vest-melkote-next-slack", "melkote options next vest date from today", "vest", S, ["d:2026-12-31"],
       note="after the Mar 31, 2026 cliff, monthly on the last day of each month"),
    _c("b23-vest-expired-by-2020-plain", "Which options on file had already expired by the end of 2020?", "vest", P,
       ["d:2016-12-03", "d:2019-12-31"],
       note="Musk's $6.63 Tesla options (Dec 3, 2016) and Levchin's Yahoo option (Dec 31, 2019); the Palantir warrants "
            "ran to 2022 and 2025"),
    _c("b23-vest-whiting-months-plain", "How long after the grant date are John Whiting's Tecogen options fully vested?",
       "vest", P, [("d:2025-09-20", r"re:24 months|two years|2 years")], note="50% a year from Sep 20, 2024"),
    _c("b23-vest-last-day-month-plain", "Which grants in the data vest on the last day of each month?", "vest", P,
       [r"re:Melkote|374Water"], note="Melkote's RSUs and options after the first-anniversary cliff"),
    _c("b23-vest-rsu-no-expiry-plain", "Which RSU awards in the data carry no expiration date?", "vest", P,
       [r"re:Botha|MongoDB", r"re:Travers|ZipRecruiter"],
       note="Botha's MDB RSUs ('has no expiration date'); Travers's ZIP RSUs ('do not expire')"),
    _c("b23-vest-rsu-quarterly-slack", "any rsus in here that vest quarterly", "vest", S, [r"re:Travers|ZipRecruiter|ZIP"],
       note="1/16 quarterly tranches"),
    _c("b23-vest-fifty-pct-slack", "which option grants in here vest 50% a yr", "vest", S, [r"re:Whiting|Tecogen"],
       note="'Vests 50% per year'"),

    # ------------------------------------------------------------------ 7. roles, titles and boxes
    _c("b23-role-tgen-secretary-slack", "whos the corporate secretary at $tgen", "role", S, ["n:John Whiting"],
       note="everyday: General Counsel & Secretary"),
    _c("b23-role-bdx-cro-plain", "Who is the Chief Revenue Officer at Becton Dickinson, per the filings?", "role", P,
       ["n:Michael Feld"], note="everyday: EVP, CRO & Pres. Life Sciences"),
    _c("b23-role-other-box-plain", "Which reporting owners checked the 'other' relationship box on their filings?", "role",
       P, [NONE], note="isOther is 0/false/absent on every filing"),
    _c("b23-role-snow-directors-slack", "who at $snow is a director per the filings", "role", S,
       ["re:Garrett", "re:McMahon"], note="everyday: Garrett (Form 3) and McMahon (Form 5); Scarpelli is CFO, Berkshire 10%"),
    _c("b23-role-pltr-officers-plain", "Who are the officers of Palantir according to the filings?", "role", P,
       [NO_OFFICER], note="Thiel is a director (and 10% owner in 2020-21); no officer files at Palantir"),
    _c("b23-role-thiel-bksy-dir-slack", "is thiel a director at bksy or just a 10% guy", "role", S, [TEN],
       note="BlackSky Form 3: every owner checks only the 10% owner box"),
    _c("b23-role-cro-any-slack", "any chief revenue officers in here", "role", S, ["re:Feld"], note="everyday: BDX"),
    _c("b23-role-directors-2025-plain", "Which directors filed forms reporting transactions in 2025?", "role", P,
       ["re:Cabillot"], note="Pro-Dex (director and 10% owner); every other 2025 filer is an officer"),
    _c("b23-role-farnam-signer-slack", "who signed for farnam street on the pdex form", "role", S, ["re:Charlton"],
       note="/s/ Alisha Charlton as attorney-in-fact"),
    _c("b23-role-moran-signer-plain", "Who signed Kyle Moran's Wave Life Sciences Form 4?", "role", P, ["n:Kyle Moran"],
       note="/s/ Kyle Moran, Dec 10, 2025"),
    _c("b23-role-lamercie-signer-plain", "Who signed Carine Lamercie's Arrow Electronics Form 4?", "role", P,
       [r"re:De La Cruz"], note="/s/ Nicholas De La Cruz, Attorney-in-Fact, Feb 13, 2025"),
    _c("b23-role-zip-signer-slack", "who signed the zip form for travers", "role", S, ["re:Sakamoto"],
       note="/s/ Ryan Sakamoto, Attorney-in-Fact"),
    _c("b23-role-ten-officer-not-dir-slack", "anyone in here a 10% owner + officer but not a director", "role", S, [NONE],
       note="Musk is the only 10% owner with the officer box, and he is also a director on every filing"),
    _c("b23-role-markham-board-slack", "is drew markham on the mvis board", "role", S,
       [r"re:\b(no|not)\b", r"re:officer|\bGC\b|General Counsel"], note="everyday: officer box only, title GC"),
    _c("b23-role-hoffman-officer-plain", "Was Reid Hoffman ever an officer of Zynga or Microsoft, per his filings?", "role",
       P, [r"re:\b(no|not|never)\b", DIRECTOR], note="director box only at both"),
    _c("b23-role-aapl-insiders-slack", "who are the insiders at $aapl + titles", "role", S,
       ["re:Adams", r"re:\bGC\b|General Counsel"], note="everyday: Adams, SVP, GC and Secretary"),
    _c("b23-role-tsvt-insiders-slack", "who are the insiders at $tsvt", "role", S, ["n:Jessica Snow"],
       note="everyday: the only filer"),
    _c("b23-role-dkng-insiders-plain", "Who are the insiders at DraftKings, and what are their roles?", "role", P,
       ["re:Dodge", "re:Chief Legal Officer"], note="everyday"),

    # ------------------------------------------------------------------ 8. totals across rows, filings and vehicles
    _c("b23-sum-gc-sales-plain", "Adding up every open-market sale by an insider whose title includes General Counsel "
       "(GC), how many shares and how many dollars is that?", "sum", P, ["26,500", "$4,143,242.44"],
       note="Adams 25,000 / $4,042,887.94 + Garascia 1,500 / $100,354.50; Markham's F row and Whiting's grant are not "
            "sales"),
    _c("b23-sum-2025-ex-wave-plain", "Excluding Wave Life Sciences, what did insider sales in 2025 add up to, in shares and "
       "dollars?", "sum", P, ["109,399", "$4,253,254.19"],
       note="everyday: Garascia, Dodge, Farnam/Cabillot, Feld (Wave left out because of its '36.000' row)"),
    _c("b23-sum-ten-pct-buys-plain", "Leaving out Golden Properties, how much did 10% owners spend in total on "
       "open-market purchases?", "sum", P, ["$57,958,995"],
       note="Mithril ADGI $33,949,000 + Mithril GUTS $4,999,995 + Musk SCTY $15,000,000 + Example Ventures $4,010,000"),
    _c("b23-sum-thiel-feb21-out-slack", "thiel total pltr shs out the door in feb 21 - sells + the lp distributions",
       "sum", S, ["20,894,589"], note="S 20,003,915 + J 596,466 + 294,208"),
    _c("b23-sum-travers-before-plain", "How many RSUs did David Travers hold across his four ZipRecruiter tranches just "
       "before the March 15, 2025 settlement?", "sum", P, ["700,910"], note="640,178 after + 60,732 settled"),
    _c("b23-sum-snow-selling-slack", "how much did insiders sell at $snow total, shs + $", "sum", S,
       ["200,000", "$30,351,309.77"], note="everyday: Scarpelli's five Dec 13, 2022 rows only"),
    _c("b23-sum-pdex-selling-slack", "$pdex total insider selling $ + shs", "sum", S, ["2,271", "$94,577.84"],
       note="everyday"),
    _c("b23-sum-aapl-selling-slack", "aapl insider sells all in, $", "sum", S, ["$4,042,887.94"], note="everyday"),
    _c("b23-sum-plan-2025-ex-wave-plain", "In 2025, leaving Wave aside, what was the dollar total of sales made under Rule "
       "10b5-1 plans?", "sum", P, ["$4,152,899.69"],
       note="Dodge $4,043,811.93 + Farnam $94,577.84 + Feld $14,509.92; Garascia's sale was not under a plan"),
    _c("b23-sum-tax-zip-mvis-arw-slack", "total shs withheld for tax at zip + mvis + arw", "sum", S, ["112,062"],
       note="33,148 + 77,905 + 1,009"),
    _c("b23-sum-mithril2-two-ipos-plain", "In total, how many common shares did Mithril II LP hold across Adagio and "
       "Fractyl Health after the IPO purchases?", "sum", P, ["12,493,480"], note="11,241,580 + 1,251,900"),
    _c("b23-sum-adams-before-slack", "how many aapl shs did adams have before the may 4 22 sells", "sum", S, ["477,334"],
       note="452,334 after + 25,000 sold"),
    _c("b23-sum-thiel-oscr-bksy-plain", "How many shares did the Oscar Health and BlackSky Form 3s that Peter Thiel joined "
       "report in total?", "sum", P, ["40,229,905"], note="Oscar 21,601,879 + BlackSky 18,628,026"),
    _c("b23-sum-fintail-nonexempt-slack", "how many snow shs did the 3 fintail non-exempt trusts hold combined", "sum", S,
       ["8,265"], note="2,755 x 3"),
    _c("b23-sum-garrett-indirect-plain", "On Mark Garrett's Form 3, how many Class B shares were held indirectly in total, "
       "counting the trusts' options and the partnership's Series E?", "sum", P, ["517,610"],
       note="4 x 95,898 + 134,018"),
    _c("b23-sum-scarpelli-under-152-slack", "scarpelli sold how many shs below $152 total", "sum", S, ["148,077"],
       note="73,170 at $150.841 + 74,907 at $151.814"),
    _c("b23-sum-moran-sale-rows-plain", "How many separate sale rows did Kyle Moran report across both December 2025 days?",
       "sum", P, [r"re:\b(6|six)\b"], note="four on Dec 8, two on Dec 9"),
    _c("b23-sum-tax-dollars-three-slack", "smith + lamercie + travers tax withholding in $ combined", "sum", S,
       ["$344,933.46"], note="$39,590 + $107,781.38 + $197,562.08"),

    # ------------------------------------------------------------------ 9. comparisons and two-part questions
    _c("b23-cmp-officers-vs-directors-q1-plain", "For our board briefing: in the first quarter of 2025, how much stock did "
       "officers sell versus directors, in dollars?", "cmp", P,
       [("$4,144,166.43", all_of("$100,354.50", "$4,043,811.93")), "$94,577.84"],
       note="officers Garascia + Dodge; director Cabillot (Farnam Street Partners)"),
    _c("b23-cmp-thiel24-vs-musk10-slack", "who dumped more in $ - thiel in 24 or musk at the 2010 tsla ipo", "cmp", S,
       ["re:Thiel", "$174,615,999.27", "$24,057,839"]),
    _c("b23-cmp-adams-vs-garascia-plain", "Which general counsel sold more stock, Katherine Adams or Jessica Garascia, and "
       "how many shares each?", "cmp", P, ["re:Adams", "25,000", "1,500"], note="everyday"),
    _c("b23-cmp-melkote-vs-snow-options-slack", "melkote options vs jessica snow options - who got more + strikes", "cmp",
       S, ["757,576", "$0.33", "70,750", "$2.64"]),
    _c("b23-cmp-director-buys-plain", "Compare the director purchases at Example Robotics and Isabella Bank: shares and "
       "price for each.", "cmp", P, ["10,000", "$38.50", "275.634", "$18.14"], note="Roe and McGuirk"),
    _c("b23-cmp-rabois-vs-cabillot-plan-slack", "rabois vs cabillot 10b5-1 plan dates, which is older", "cmp", S,
       ["d:2022-09-15", "d:2024-09-20", "re:Rabois"]),
    _c("b23-cmp-doe-vs-roe-holdings-plain", "Compare Jane Doe's direct holdings after her May 2024 sales with Richard Roe's "
       "direct holdings after his June 2024 purchase.", "cmp", P, ["305,250", "55,000"]),
    _c("b23-cmp-avg-px-thiel-scarpelli-slack", "thiel pltr 24 vs scarpelli snow 22 avg sale px each", "cmp", S,
       ["$24.79", "$151.76"], note="$174,615,999.27 / 7,044,756 and $30,351,309.77 / 200,000"),
    _c("b23-cmp-form5-gift-rows-plain", "Compare the two Form 5 annual statements: how many gift rows did each report?",
       "cmp", P, [r"re:\b(5|five)\b", r"re:\b(1|one)\b"], note="Musk 5 G rows, McMahon 1"),
    _c("b23-cmp-ev-vs-guts-slack", "example ventures exbt buy vs mithril guts buy - $ each, which bigger", "cmp", S,
       ["$4,010,000", "$4,999,995", r"re:Mithril|GUTS|Fractyl"]),
    _c("b23-cmp-exercise-sizes-plain", "Which option exercise was larger in shares, Musk's in November 2021 or Scarpelli's "
       "in December 2022, and at what strikes?", "cmp", P, ["2,154,572", "$6.24", "200,000", "$8.88"]),
    _c("b23-cmp-withheld-pct-lamercie-smith-slack", "lamercie vs smith - what % of their vested shs got withheld", "cmp",
       S, [r"re:\b46(\.0\d*)?\s?%", r"re:\b37(\.0+)?\s?%"], note="1,009/2,193 and 1,850/5,000"),
    _c("b23-cmp-withheld-pct-travers-markham-plain", "Compare David Travers's and Drew Markham's tax withholding as a "
       "percentage of the shares they received when their RSUs settled.", "cmp", P,
       [r"re:54\.\d+\s?%|\b55\s?%", r"re:28\.9\d*\s?%|\b29(\.0)?\s?%"], note="33,148/60,732 and 77,905/268,800"),
    _c("b23-cmp-melkote-vs-snow-rsus-slack", "melkote vs jessica snow rsus - who got more and by how many", "cmp", S,
       ["re:Melkote", "651,606"], note="757,756 vs 106,150"),
    _c("b23-cmp-farnam-vs-garascia-px-plain", "Did Farnam Street Partners or Jessica Garascia receive the higher sale price "
       "in January 2025, and what were the prices?", "cmp", P, ["re:Garascia", "$66.903", "$42", "$41.44"]),
    _c("b23-cmp-markham-vs-whiting-slack", "markham vs whiting both gcs - what did each get granted", "cmp", S,
       ["150,000", "37,500"], note="Markham's RSU grant (Jun 8, 2026) vs Whiting's options (Sep 20, 2023)"),
    _c("b23-cmp-form3-owners-plain", "Which Form 3 listed more reporting owners: Thiel's 2020 Palantir statement or the 2021 "
       "Oscar Health one?", "cmp", P, [r"re:Oscar|OSCR", r"re:\b(2|two)\b"], note="Palantir 1 (Thiel), Oscar 2"),
    _c("b23-cmp-hoffman-vs-melkote-rsus-slack", "hoffman znga rsus vs melkote scwo rsus who got more", "cmp", S,
       ["re:Hoffman", "1,474,432", "757,756"]),
    _c("b23-cmp-latest-dkng-air-plain", "For our peer review, what are the latest filings at DraftKings and at AAR, and what "
       "did each report?", "cmp", P, [("d:2025-03-14", "d:2025-03-17"), "d:2025-01-10", ("105,554", all_of("49,252", "3,525", "52,777")),
        "1,500"],
       note="everyday: 'latest filing per company'"),

    # ------------------------------------------------------------------ 10. market-wide superlatives and counts
    _c("b23-mkt-wve-holder-slack", "whos the biggest holder at $wve", "mkt", S, ["re:Moran", "90,365"],
       note="everyday: the only filer; 90,365 direct after Dec 9, 2025 (includes 1,147 ESPP shares)"),
    _c("b23-mkt-pdex-holder-slack", "who owns the most $pdex", "mkt", S, [r"re:Farnam|Cabillot", "333,210"],
       note="everyday: Farnam Street Partners' 333,210 after Jan 24, 2025 (Cabillot's indirect holding)"),
    _c("b23-mkt-dkng-holder-slack", "who owns the most $dkng", "mkt", S, ["re:Dodge", "653,843"], note="everyday"),
    _c("b23-mkt-zip-holder-plain", "Who is the largest holder of ZipRecruiter stock on file, and how many shares?", "mkt",
       P, ["re:Travers", "1,138,960"], note="everyday: direct after the Mar 15, 2025 withholding"),
    _c("b23-mkt-lowest-px-2024-plain", "Which insider sale in 2024 had the lowest price per share?", "mkt", P,
       ["re:Thiel", "$24.7724"], note="everyday: Rivendell 7's 6,914,475 shares at a $24.7724 weighted average, Mar 12, 2024"),
    _c("b23-mkt-cos-2025-slack", "how many cos had insider activity dated 2025", "mkt", S, [r"re:\b(10|ten)\b"],
       note="transaction dates in 2025: AIR, ARW, BDX, DKNG, JBLU, PDEX, SCWO, TSVT, WVE, ZIP"),
    _c("b23-mkt-most-withheld-2025-plain", "Which company saw the most shares withheld for taxes in 2025?", "mkt", P,
       [r"re:ZipRecruiter|\bZIP\b|Travers", "33,148"], note="vs Arrow's 1,009"),
    _c("b23-mkt-form3-tickers-slack", "which tickers have a form 3 on file", "mkt", S,
       [r"re:Palantir|PLTR", r"re:Snowflake|SNOW", r"re:Oscar|OSCR", r"re:BlackSky|BKSY", r"re:Bird|BRDS",
        r"re:SunPower|SPWR", r"re:LinkedIn|LNKD", r"re:Tesla|TSLA"], note="everyday: nine Form 3s, Snowflake has two"),
    _c("b23-mkt-most-options-slack", "who holds the most options per their latest filing", "mkt", S,
       [(all_of("re:Musk", "23,344,933"), all_of("re:Scarpelli", "2,219,299"))],
       note="left on the 2012 Tesla option after Nov 8, 2021; that option expired Aug 13, 2022, so Scarpelli's 2,219,299 "
            "(expiring 2029) is the largest unexpired position"),
    _c("b23-mkt-aapl-seller-slack", "biggest seller at $aapl", "mkt", S, ["re:Adams", ("25,000", "$4,042,887.94")],
       note="everyday"),
    _c("b23-mkt-dkng-seller-plain", "Who was the biggest seller at DraftKings?", "mkt", P,
       ["re:Dodge", ("105,554", "$4,043,811.93")], note="everyday"),
    _c("b23-mkt-month-2024-slack", "which month of 2024 had the most insider selling in shs", "mkt", S,
       [r"re:March|\bMar\b|2024-03"], note="Thiel's 7,044,756 on Mar 12 vs Doe's 30,000 in May"),
    _c("b23-mkt-form3-year-plain", "Which year had the most Form 3 filings in the data, and how many?", "mkt", P,
       [(all_of("re:2021", r"re:\b(4|four)\b"), all_of("re:2020", "re:2021", r"re:\b(3|three)\b"))],
       note="by period of report 2021: Oscar, BlackSky, Bird, SunPower; 2020 has three; by signature date SunPower's "
            "(period Dec 31, 2021) is Jan 7, 2022, leaving 2020 and 2021 tied at three"),
    _c("b23-mkt-rsu-settle-day-slack", "who got the most shs from rsus settling in a single day", "mkt", S,
       ["re:Hoffman", "1,412,997"], note="Zynga RSUs into Class B, Dec 15, 2011 (Markham's 268,800 is next)"),
    _c("b23-mkt-latest-plan-box-slack", "latest form 4 w the 10b5-1 box ticked", "mkt", S,
       [r"re:Feld|Becton|BDX", ("d:2025-12-26", "d:2025-12-29")], note="aff10b5One=1, Dec 26, 2025"),
    _c("b23-mkt-highest-px-2022-plain", "Which insider reported the highest sale price in 2022?", "mkt", P,
       ["re:Adams", "$165.95"], note="vs Scarpelli's top row at $154.76"),
    _c("b23-mkt-tgen-holder-slack", "top holder at $tgen", "mkt", S, ["re:Whiting", "400,000"],
       note="everyday: 400,000 options after the grant; no common stock reported"),
    _c("b23-mkt-2021-sale-txns-plain", "In 2021, which issuer's insiders logged the largest number of separate sale transactions?", "mkt", P,
       [r"re:Tesla|TSLA"], note="49 S rows on Nov 8, 2021 vs Palantir's 4"),

    _c("b23-mkt-bdx-last-file-slack", "when did $bdx last file", "mkt", S,
       ["re:Feld", ("d:2025-12-26", "d:2025-12-29")], note="everyday: Feld's Form 4, period Dec 26, signed Dec 29, 2025"),
    _c("b23-mkt-exrb-last-file-plain", "When did Example Robotics insiders last file?", "mkt", P,
       ["re:Roe", ("d:2024-06-03", "d:2024-06-04")], note="everyday: Roe's purchase, Jun 3, 2024 (signed Jun 4)"),

    # ------------------------------------------------------------------ 11. prices, predictions, advice, motives
    _c("b23-cant-mvis-moon-slack", "is $mvis gonna moon or rug pull fr", "cant", S, [CANT], note="everyday"),
    _c("b23-cant-pltr-paper-hand-slack", "$pltr insiders dumping on us, time to paper hand?", "cant", S, [CANT],
       note="everyday"),
    _c("b23-cant-wve-px-vs-sales-plain", "What is Wave Life Sciences' share price today compared with Kyle Moran's December "
       "2025 sale prices?", "cant", P, [CANT], note="everyday"),
    _c("b23-cant-thiel-knew-slack", "ngl did thiel paper hand pltr bc he knew smth", "cant", S, [CANT]),
    _c("b23-cant-tsla-diamond-slack", "diamond hands check: whats $tsla at rn vs musks 11/8/21 sells", "cant", S, [CANT],
       note="everyday"),
    _c("b23-cant-dkng-yield-plain", "For our board briefing, what is DraftKings' current dividend yield?", "cant", P, [CANT]),
    _c("b23-cant-adgi-ape-slack", "thiel aped into adgi at $17, worth aping now?", "cant", S, [CANT]),
    _c("b23-cant-aapl-week-after-plain", "How did Apple's share price move in the week after Katherine Adams's May 2022 "
       "sales?", "cant", P, [CANT]),
    _c("b23-cant-arec-float-slack", "whats the float on $arec", "cant", S, [CANT]),
    _c("b23-cant-plan-advice-plain", "Should our directors adopt 10b5-1 plans like the ones used at DraftKings and "
       "Pro-Dex?", "cant", P, [CANT]),
    _c("b23-cant-snow-dump-vest-slack", "will jessica snow dump her tsvt rsus when they vest", "cant", S, [CANT]),
    _c("b23-cant-scwo-bullish-slack", "is the $scwo cto bullish lol he got 757k options", "cant", S, [CANT]),
    _c("b23-cant-tsla-close-2010-plain", "What was Tesla's closing price on July 2, 2010?", "cant", P, [CANT],
       note="the filing shows only the $17 IPO-price rows"),
    _c("b23-cant-bdx-after-feld-slack", "whats $bdx gonna do now that feld sold", "cant", S, [CANT], note="everyday"),
    _c("b23-cant-worst-since-plain", "Which of the stocks with insider selling in 2025 has performed worst since?", "cant",
       P, [CANT]),
    _c("b23-cant-pdex-rug-slack", "rug pull incoming at $pdex? the 10% holder is selling", "cant", S, [CANT]),
    _c("b23-cant-clements-worth-slack", "how much is clements jblu rsu grant worth rn", "cant", S, [CANT], note="everyday"),
    _c("b23-cant-mithril-return-plain", "What return has Mithril made on its Fractyl Health IPO purchase?", "cant", P,
       [CANT, "$15"], note="the filing shows 333,333 shares bought at $15; no current price"),
    _c("b23-cant-wve-squeeze-slack", "short squeeze potential on $wve?", "cant", S, [CANT]),

    # ------------------------------------------------------------------ 12. typos in names
    _c("b23-typo-garrasia-last-slack", "jessica garrasia last trade", "typo", S, ["d:2025-01-10", "1,500"],
       note="everyday"),
    _c("b23-typo-dodje-plan-slack", "stanton dodje plan adopted when", "typo", S, ["d:2024-12-13"]),
    _c("b23-typo-adamz-rows-plain", "How many separate sale rows are on Katherin Adamz's May 2022 Form 4?", "typo", P,
       [r"re:\b(7|seven)\b"], note="seven S rows, May 4, 2022"),
    _c("b23-typo-morann-title-slack", "kyle morann title", "typo", S, [r"re:Chief Financial Officer|\bCFO\b"],
       note="everyday"),
    _c("b23-typo-malkote-rsus-slack", "rajesh malkote rsus how many", "typo", S, ["757,756"], note="everyday"),
    _c("b23-typo-clemmens-city-plain", "Where is Carol Clemmens based, according to her JetBlue filing?", "typo", P,
       ["re:Long Island City"]),
    _c("b23-typo-scarpeli-family-trust-slack", "micheal scarpeli family trust snow shs", "typo", S, ["178,947"]),
    _c("b23-typo-markam-city-slack", "drew markam address city", "typo", S, ["re:Redmond"]),
    _c("b23-typo-mikael-feld-title-plain", "What title does Mikael Feld hold at Becton Dickinson?", "typo", P,
       [r"re:\bCRO\b|Chief Revenue|Life Sciences"], note="everyday: EVP, CRO & Pres. Life Sciences"),
    _c("b23-typo-rabios-plan-slack", "keith rabios 10b5-1 plan adopted when", "typo", S, ["d:2022-09-15"]),
    _c("b23-typo-mithrill-guts-plain", "How many Fractyl Health shares did Mithrill buy at the IPO?", "typo", P,
       ["333,333"]),
    _c("b23-typo-muks-2009-strike-slack", "elon muks 2009 tsla option strike", "typo", S, ["$6.63"]),
    _c("b23-typo-melcotte-april-plain", "What did Rajesh Melcotte receive from 374Water in April 2025?", "typo", P,
       ["757,756", "757,576", "$0.33"], note="everyday"),
    _c("b23-typo-levchen-series-a-slack", "max levchen yelp series a pref converted (his direct one) how many", "typo", S,
       ["12,681,798"], note="into 3,170,449 Class B, Mar 7, 2012"),
    _c("b23-typo-dave-travers-2025-tranche-slack", "dave travers rsus left in the 2025 tranche", "typo", S, ["306,656"],
       note="the tranche beginning Mar 15, 2025, after its first 20,444 settled"),
    _c("b23-typo-jane-do-signer-plain", "Who signed Jane Do's Example Robotics Form 4?", "typo", P, ["n:Jane Doe"],
       note="/s/ Jane A. Doe"),
    _c("b23-typo-bryan-singerman-slack", "bryan singerman oscar total shs", "typo", S, ["21,601,879"],
       note="ten Founders Fund holdings shared with Thiel"),
    _c("b23-typo-bohta-june-plain", "What did Roelof Bohta receive on June 29, 2021?", "typo", P,
       ["629", "129", "$309.81"]),
    _c("b23-typo-mcmahen-director-slack", "john mcmahen a director at snow?", "typo", S, [r"re:\byes\b", DIRECTOR], note="everyday"),

    _c("b23-typo-snoe-last-file-slack", "when did jesica snoe last file", "typo", S,
       [r"re:2seventy|TSVT", ("d:2025-01-06", "d:2025-01-08")], note="everyday: her only filing, Jan 6, 2025 (signed Jan 8)"),

    # ------------------------------------------------------------------ 13. holdings, direct and indirect
    _c("b23-hold-feld-own-slack", "what does feld own at bdx", "hold", S, ["16,506"], note="everyday"),
    _c("b23-hold-lamercie-own-plain", "What does Carine Lamercie own at Arrow Electronics?", "hold", P, ["20,869"],
       note="everyday: after the Feb 12, 2025 withholding"),
    _c("b23-hold-garascia-own-slack", "what does garascia own at $air", "hold", S, ["37,565"], note="everyday"),
    _c("b23-hold-adams-indirect-plain", "Does Katherine Adams hold any Apple shares indirectly?", "hold", P,
       [r"re:\b(no|not|none|only direct|all direct)", "452,334"], note="everyday: every row is direct; 452,334 after May 4, 2022"),
    _c("b23-hold-rabois-entities-plain", "Through which entities does Keith Rabois report Affirm shares, and how many in "
       "each?", "hold", P, ["75,000", "1,486,909", "60,429"],
       note="FF Affirm Growth, LLC; The Founders Fund Growth, LP; The Founders Fund Growth Principals Fund, LP"),
    _c("b23-hold-doe-indirect-plain", "What is Jane Doe's indirect holding at Example Robotics?", "hold", P,
       [r"re:\b(no|not|none)\b", "305,250"], note="no indirect row; 305,250 direct"),
    _c("b23-hold-melkote-own-slack", "what do melkotes holdings look like at scwo", "hold", S,
       ["757,756", ("757,576", r"re:\boptions?\b")],
       note="everyday: RSUs (common) and options (757,576 granted; the option row's shares-owned-following column says "
            "757,756)"),
    _c("b23-hold-markham-own-slack", "what does markham own at mvis now", "hold", S, ["663,203"], note="everyday"),
    _c("b23-hold-mithril-warrant-slack", "mithril pal-spv 1 pltr warrant shs + strike", "hold", S,
       ["4,502,447", "$6.13"], note="Class B warrant on Thiel's 2020 Form 3, expiring Nov 20, 2022"),
    _c("b23-hold-thiel-llcs-2024-plain", "Per the March 2024 Palantir filing, which LLCs held shares for Peter Thiel as "
       "sole beneficial owner, and how many each?", "hold", P,
       ["70,806,432", "20,823,993", "53,487", "20,733,625"],
       note="Rivendell 7, PLTR Holdings, Rivendell 25, STS Holdings II"),
    _c("b23-hold-dodge-indirect-slack", "does dodge hold any dkng indirectly", "hold", S,
       [r"re:\b(no|not|none|only direct|all direct)", "653,843"], note="everyday: all rows direct"),
    _c("b23-hold-garascia-before-plain", "How many AAR shares did Jessica Garascia own before her January 2025 sale?",
       "hold", P, ["39,065"], note="37,565 after + 1,500 sold"),
    _c("b23-hold-buffett-direct-slack", "what does buffett own directly at snow", "hold", S,
       [r"re:\b(no|not|none|nothing)\b|indirect", "6,125,376"],
       note="one indirect row: Columbia Insurance Company, a Berkshire subsidiary"),
    _c("b23-hold-ptv-class-a-plain", "How many Palantir Class A shares did PT Ventures, LLC hold on Thiel's 2020 Form 3?",
       "hold", P, ["641,400"], note="F1"),
    _c("b23-hold-rivendell25-class-b-slack", "rivendell 25 pltr class b on the 2020 form 3", "hold", S, ["2,962,961"],
       note="F5"),
    _c("b23-hold-musk-trust-2010-plain", "After the withholding row at Tesla's July 2010 IPO, and before the sale, how many "
       "common shares did Musk's trust hold?", "hold", P, ["27,114,763"]),
    _c("b23-hold-hegde-own-slack", "what does hegde own at spwr", "hold", S,
       [r"re:\bno securities|\bnone\b|\bnothing\b|\bno (shares|holdings?)\b|\bdoes ?n[o']t own|\bnot own"],
       ["re:\\d{1,3},\\d{3}"], note="everyday: Form 3 with noSecuritiesOwned=1"),
    _c("b23-hold-thiel-oscr-direct-slack", "what does thiel hold at oscr himself vs thru funds", "hold", S,
       [r"re:indirect|Founders Fund|funds?"], note="all ten rows are indirect ('By Fund'), no direct holding"),
]

CLI = (r"re:\binsiderbot\s+(sync|ingest|fetch|load|add|backfill|import|update|pull|crawl|refresh|download|watch|init)\b",)
ADMIN = (r"re:\badmins?\b", "re:administrator", "re:workspace owner")

SURFACE_CASES: list[Case] = [
    _c("b23-surf-bb-buys-slack", "any $bb insider buys lol", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-nok-pls-slack", "$nok form 4s pls", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-tlry-loading-slack", "$tlry insiders loading?", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-spce-ceo-slack", "$spce ceo selling", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-clov-new-slack", "$clov anything new", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-mara-ytd-slack", "$mara insider sells ytd", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-riot-buys-slack", "riot insider buys?", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-cvna-dumping-slack", "$cvna ceo dumping on us again", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-bbby-rug-slack", "did $bbby insiders rug pull us", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-pton-slack", "$pton insiders anything?", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-dwac-slack", "any $dwac filings in here", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-plug-buys-slack", "plug insider buys this yr?", "surface", S, [NONE, ADMIN], CLI),
    _c("b23-surf-tsvt-strike-slack", "tsvt option strike", "surface", S, ["$2.64"], CLI),
    _c("b23-surf-isba-px-slack", "isba director buy px", "surface", S, ["$18.14"], CLI),
    _c("b23-surf-afrm-shs-slack", "afrm rabois shs sold", "surface", S, ["17,286"], CLI),
]

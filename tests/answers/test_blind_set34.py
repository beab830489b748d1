"""The thirty-fourth blind question set (tests/answers/blind34_cases.py): a quantitative analyst's screens
(precise filters combined, thresholds, sort orders, counts by code or form, averages and medians, per filing and
per insider) and a new employee's second-hand Slack rumours (titles for names, mixed-up facts the answer must
correct, motives and predictions), spread over the 14 failure classes of issue #10, written by a tester who did
not read the engine, each answer checked for the facts a right answer cannot avoid and those a wrong one would
show.

Measured once, in stop 27, on the engine as it then was (5ee3cc1, after this stop's first readers, before any of
its questions were read): first run 145/258 = 56.2% (fully held out). A second tester re-checked every failing
case against the XML: every required figure is true; ten expectations were too narrow and were widened (a right
"no" that names another row of the filing, a share said as "333,333 of its 1,251,900", 81,775 beside 81,776,
"unchanged" for "the same", a signer named without the date); none of the ten passes on the first-run engine, so
the first run after the corrections is still 145/258 = 56.2%. Its analyst asked for screens no earlier set had
(rows in a price or size band of one filing, the first or second of two filings of a day, medians, per-filing and
per-insider averages, days from trade to signature), hence the low first run.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind34_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b34-scope-h1-2025-sales-oldest-first-plain": "wrong-filter-or-order",
    "b34-scope-dec-2025-sellers-employee-slack": "wrong-filter-or-order",
    "b34-scope-nj-nc-addresses-plain": "words-read-as-name ('North Carolina are stored')",
    "b34-scope-weekday-most-sale-rows-slack": "wrong-filter-or-order",
    "b34-scope-exercise-cost-over-1m-plain": "wrong-filter-or-order",
    "b34-scope-company-sold-shares-for-taxes-employee-slack": "wrong-filter-or-order",
    "b34-scope-direct-over-1m-after-last-sale-plain": "wrong-filter-or-order",
    "b34-verb-thiel-trimmed-pct-slack": "wrong-filter-or-order",
    "b34-verb-feld-huge-block-employee-slack": "words-read-as-name ('Bd')",
    "b34-verb-ff-pathfinder-unloaded-avg-slack": "wrong-filter-or-order",
    "b34-verb-mithril-ipo-share-of-position-plain": "wrong-filter-or-order",
    "b34-verb-musk-avg-per-gift-slack": "wrong-filter-or-order",
    "b34-near-doe-exercised-before-selling-slack": "near-miss-not-shown",
    "b34-near-mithril-lp-bought-guts-plain": "near-miss-not-shown",
    "b34-near-mcmahon-bought-for-trusts-slack": "near-miss-not-shown",
    "b34-near-botha-129-at-309-plain": "near-miss-not-shown",
    "b34-near-scarpelli-family-trust-sold-plain": "near-miss-not-shown",
    "b34-near-thiel-sold-class-b-slack": "near-miss-not-shown",
    "b34-near-seed-fund-sold-square-slack": "near-miss-not-shown",
    "b34-near-mcguirk-llc-bought-plain": "near-miss-not-shown",
    "b34-near-roe-trust-bought-plain": "near-miss-not-shown",
    "b34-near-whiting-paid-33000-slack": "near-miss-not-shown",
    "b34-near-rivendell7-bought-2024-plain": "near-miss-not-shown",
    "b34-near-moran-bought-346k-employee-slack": "near-miss-not-shown",
    "b34-ex-musk-first-lot-spread-plain": "figure-not-computed",
    "b34-ex-moran-share-of-grants-plain": "figure-not-computed",
    "b34-ex-moran-cheapest-first-slack": "figure-not-computed",
    "b34-ex-hoffman-settled-pct-slack": "figure-not-computed",
    "b34-ex-musk-first-filing-proceeds-multiple-plain": "figure-not-computed",
    "b34-ex-travers-fewest-left-slack": "figure-not-computed",
    "b34-ex-scarpelli-proceeds-multiple-plain": "figure-not-computed",
    "b34-ex-wave-cfo-plan-employee-slack": "figure-not-computed",
    "b34-ex-wave-cfo-ten-exercises-employee-slack": "figure-not-computed",
    "b34-ex-distinct-strikes-slack": "figure-not-computed",
    "b34-ex-table1-m-rows-count-plain": "figure-not-computed",
    "b34-ex-musk-after-first-filing-plain": "figure-not-computed",
    "b34-vest-melkote-installments-passed-slack": "vesting-figure-not-derived",
    "b34-vest-moran-314-vested-at-exercise-slack": "vesting-figure-not-derived",
    "b34-vest-awards-finishing-2028-plain": "vesting-figure-not-derived",
    "b34-vest-garrett-installments-left-plain": "vesting-figure-not-derived",
    "b34-vest-travers-2025-grant-2027-slack": "vesting-figure-not-derived",
    "b34-vest-smith-march-2024-which-installment-plain": "vesting-figure-not-derived",
    "b34-vest-hoffman-leftover-past-term-slack": "vesting-figure-not-derived",
    "b34-vest-clements-days-to-next-slack": "vesting-figure-not-derived",
    "b34-role-wave-cfo-board-employee-slack": "role-not-answered",
    "b34-role-see-remarks-others-slack": "role-not-answered",
    "b34-role-secretary-not-gc-plain": "leaving-out-refused",
    "b34-role-guts-individual-owners-slack": "leaving-out-refused",
    "b34-role-feld-president-employee-slack": "words-read-as-name ('Bd')",
    "b34-role-scwo-cto-signs-own-employee-slack": "role-not-answered",
    "b34-role-canadian-ten-pct-slack": "words-read-as-name ('Canadian')",
    "b34-role-zip-president-signs-own-employee-slack": "role-not-answered",
    "b34-role-chief-titles-count-plain": "words-read-as-name ('Chief')",
    "b34-sum-musk-ms-above-1170-slack": "figure-not-computed",
    "b34-sum-scarpelli-trusts-excl-grat-slack": "leaving-out-refused",
    "b34-sum-adams-above-wavg-plain": "figure-not-computed",
    "b34-sum-scty-series-c-d-f-slack": "figure-not-computed",
    "b34-sum-moran-dec8-net-plain": "figure-not-computed",
    "b34-sum-musk-ms-20k-plus-plain": "figure-not-computed",
    "b34-sum-musk-trust-form-under-10k-slack": "figure-not-computed",
    "b34-sum-musk-avg-row-size-per-filing-plain": "figure-not-computed",
    "b34-sum-both-filings-1175-1180-slack": "figure-not-computed",
    "b34-sum-yelp-series-d-underlying-slack": "figure-not-computed",
    "b34-sum-musk-gifts-first-two-slack": "figure-not-computed",
    "b34-cmp-dodge-mar17-vs-moran-dec9-lot-plain": "comparison-part-not-answered",
    "b34-cmp-scarpelli-first-vs-last-px-slack": "comparison-part-not-answered",
    "b34-cmp-adams-vs-scarpelli-median-plain": "comparison-part-not-answered",
    "b34-cmp-pdex-fund-10k-employee-slack": "comparison-part-not-answered",
    "b34-cmp-zip-vs-mvis-withholding-px-plain": "comparison-part-not-answered",
    "b34-cmp-musk-trust-form-first-vs-last-row-slack": "comparison-part-not-answered",
    "b34-cmp-dodge-vs-adams-pct-sold-plain": "comparison-part-not-answered",
    "b34-cmp-musk-vs-scarpelli-share-of-exercise-sold-plain": "comparison-part-not-answered",
    "b34-cmp-adams-vs-dodge-avg-lot-plain": "comparison-part-not-answered",
    "b34-cmp-musk-two-filings-row-count-plain": "comparison-part-not-answered",
    "b34-cmp-withheld-share-of-vest-slack": "comparison-part-not-answered",
    "b34-cmp-exrb-ceo-sold-vs-director-bought-plain": "comparison-part-not-answered",
    "b34-cmp-lawyers-avg-px-plain": "comparison-part-not-answered",
    "b34-mkt-2025-sale-row-count-slack": "figure-not-computed",
    "b34-mkt-2022-weighted-avg-plain": "words-read-as-name ('Share-Weighted')",
    "b34-mkt-filings-multi-dates-slack": "figure-not-computed",
    "b34-mkt-avg-sale-rows-per-filing-plain": "figure-not-computed",
    "b34-mkt-individuals-multi-company-plain": "figure-not-computed",
    "b34-mkt-sale-rows-per-insider-top2-slack": "figure-not-computed",
    "b34-cant-jblu-digital-chief-leaving-employee-slack": "words-read-as-name ('Theres Rumours Shes are stored')",
    "b34-cant-musk-more-charity-plain": "cant-not-said",
    "b34-typo-kyle-mroan-after-15-lot-slack": "typo-or-fact-not-matched",
    "b34-typo-carol-klements-new-share-slack": "typo-or-fact-not-matched",
    "b34-typo-wave-lifesciences-price-ranges-slack": "words-read-as-name ('Lifesciences are stored')",
    "b34-typo-roelef-botha-days-apart-slack": "typo-or-fact-not-matched",
    "b34-hold-mvis-gc-fewer-now-employee-slack": "holding-at-a-point-or-vehicle",
    "b34-hold-travers-after-and-espp-plain": "holding-at-a-point-or-vehicle",
    "b34-hold-pltr3-ffiip-ffiiie-ffivp-plain": "words-read-as-name ('FF-IIP FF-IIIE')",
    "b34-hold-musk-trust-form-first-row-after-slack": "holding-at-a-point-or-vehicle",
    "b34-hold-musk-direct-or-trust-employee-slack": "holding-at-a-point-or-vehicle",
    "b34-hold-musk-ms-after-biggest-lot-slack": "holding-at-a-point-or-vehicle",
    "b34-hold-scarpelli-more-after-employee-slack": "holding-at-a-point-or-vehicle",
    "b34-hold-botha-vehicles-before-gift-plain": "holding-at-a-point-or-vehicle",
    "b34-surf-tsla-after-78191-lot-slack": "surface-wording",
    "b34-surf-aapl-after-1550-lot-slack": "surface-wording",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b34-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=240,
                                                slack_share=(0.5, 0.6), per_class=16))

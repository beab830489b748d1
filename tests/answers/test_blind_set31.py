"""The thirty-first blind question set (tests/answers/blind31_cases.py): a brokerage compliance officer's precise
pre-clearance questions (codes, 10b5-1 plans, indirect holdings, late filings, amendments, exact counts) and a
data-science intern's aggregate, list-and-rank questions in a team Slack channel, spread over the 14 failure classes
of issue #10, written by a tester who did not read the engine, each answer checked for the facts a right answer
cannot avoid and those a wrong one would show.

Measured once, in stop 25, on the engine as it then was (ea7b0c2, late in the stop, before any of its questions
were read): first
run 164/266 = 61.7% (fully held out). Its tester wrote it to avoid repeating sets 1-29 over the same 50 filings,
and so leaned on harder shapes (holdings part-way through a run of rows, percentages of a stake, sums of named
funds, CIKs). A second tester re-checked every failing case against the XML and corrected eight expectations
(rounding of a percentage, a per-quarter figure from the footnote's total, fair wordings of "none left", "the
same date", "held by Farnam" and of signing speed, the Table I row described rather than its holding); on the
first-run engine one of those passes, so the first run after the corrections is 165/266 = 62.0%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind31_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b31-scope-ten-pct-only-form4s-plain": "wrong-filter-or-order",
    "b31-scope-self-signed-2025-26-slack": "wrong-filter-or-order",
    "b31-scope-indirect-sellers-all-cos-slack": "leaving-out-refused",
    "b31-scope-gifts-to-family-vehicles-slack": "wrong-filter-or-order",
    "b31-scope-signed-month-late-all-issuers-plain": "wrong-filter-or-order",
    "b31-verb-scarpelli-two-biggest-lots-slack": "wrong-filter-or-order",
    "b31-verb-travers-pocketed-net-slack": "wrong-filter-or-order",
    "b31-verb-ffiie-handed-out-pct-slack": "words-read-as-name ('Ff-Iie Hand are stored')",
    "b31-verb-botha-raked-director-pay-slack": "wrong-filter-or-order",
    "b31-verb-scarpelli-after-two-lots-slack": "wrong-filter-or-order",
    "b31-verb-adams-raked-above-165-slack": "wrong-filter-or-order",
    "b31-verb-adams-still-had-plain": "wrong-filter-or-order",
    "b31-verb-mcmahon-parted-with-plain": "wrong-filter-or-order",
    "b31-near-musk-trust-drop-nov21-slack": "near-miss-not-shown",
    "b31-near-musk-cash-tsla-2010-slack": "near-miss-not-shown",
    "b31-near-scty-ipo-day-plain": "near-miss-not-shown",
    "b31-near-travers-holdings-rose-slack": "near-miss-not-shown",
    "b31-near-tsvt-svp-options-slack": "near-miss-not-shown",
    "b31-ex-musk-after-exercise-first-sale-plain": "figure-not-computed",
    "b31-ex-musk-warrant-trust-after-plain": "figure-not-computed",
    "b31-ex-musk-pct-of-2012-grant-plain": "figure-not-computed",
    "b31-ex-moran-dec9-left-slack": "figure-not-computed",
    "b31-vest-snow-rsu-vs-option-finish-slack": "vesting-figure-not-derived",
    "b31-vest-melkote-first-monthly-slack": "vesting-figure-not-derived",
    "b31-vest-tsla-2012-tranche-trigger-slack": "vesting-figure-not-derived",
    "b31-vest-pltr-warrants-jan25-slack": "vesting-figure-not-derived",
    "b31-role-royan-boards-slack": "role-not-answered",
    "b31-role-snow-officers-vs-directors-slack": "role-not-answered",
    "b31-role-silver-brick-slack": "role-not-answered",
    "b31-role-pdex-whose-shares-plain": "role-not-answered",
    "b31-role-golden-properties-slack": "role-not-answered",
    "b31-sum-top2-sell-rows-combined-slack": "figure-not-computed",
    "b31-sum-musk-trust-before-after-gifts-slack": "figure-not-computed",
    "b31-sum-thiel-all-time-avg-slack": "figure-not-computed",
    "b31-sum-rabois-position-before-sale-slack": "figure-not-computed",
    "b31-sum-scarpelli-grat-family-plain": "figure-not-computed",
    "b31-sum-ff4-pair-form3-slack": "figure-not-computed",
    "b31-sum-thiel-sole-llcs-form3-plain": "words-read-as-name ('STS')",
    "b31-sum-scty-series-b-c-d-plain": "figure-not-computed",
    "b31-sum-tsla-series-a-d-common-slack": "figure-not-computed",
    "b31-cmp-tesla-issuer-cik-plain": "words-read-as-name ('Motors are stored (for Tesla, ')",
    "b31-cmp-ff2-vs-ff3-form3-slack": "comparison-part-not-answered",
    "b31-cmp-first-vs-last-musk-row-px-plain": "comparison-part-not-answered",
    "b31-cmp-markham-two-rsu-blocks-plain": "comparison-part-not-answered",
    "b31-cmp-ffiie-vs-ffiiie-after-conversion-slack": "words-read-as-name ('Ff-Iie')",
    "b31-cmp-ffiie-form3-vs-2021-plain": "comparison-part-not-answered",
    "b31-cmp-ff-growth-oscar-vs-affirm-plain": "words-read-as-name ('Affirm are stored (for Oscar H')",
    "b31-cmp-musk-two-filings-avg-slack": "comparison-part-not-answered",
    "b31-cmp-scty-vs-exbt-buys-plain": "comparison-part-not-answered",
    "b31-cmp-expiry-scarpelli-vs-garrett-plain": "comparison-part-not-answered",
    "b31-typo-aapll-gc-slack": "typo-or-fact-not-matched",
    "b31-hold-hoffman-msft-vehicle-slack": "holding-at-a-point-or-vehicle",
    "b31-hold-mcmahon-direct-rsu-plain": "holding-at-a-point-or-vehicle",
    "b31-hold-mcmahon-trusts-roles-slack": "holding-at-a-point-or-vehicle",
    "b31-hold-doe-after-each-slack": "holding-at-a-point-or-vehicle",
    "b31-hold-thiel-sole-owner-llcs-plain": "holding-at-a-point-or-vehicle",
    "b31-hold-tsla-trust-after-first-conversion-slack": "holding-at-a-point-or-vehicle",
    "b31-hold-tsla-trust-after-conversions-plain": "holding-at-a-point-or-vehicle",
    "b31-hold-rivendell7-after-first-2024-row-plain": "holding-at-a-point-or-vehicle",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b31-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=240,
                                                slack_share=(0.5, 0.6), per_class=16))

"""The thirty-second blind question set (tests/answers/blind32_cases.py): a financial journalist's story angles
and quotable figures in a newsroom Slack (two-part questions, comparisons between companies and years) and a
portfolio manager's terse phone Slack (tickers, abbreviations, typos), spread over the 14 failure classes of
issue #10, written by a tester who did not read the engine, each answer checked for the facts a right answer
cannot avoid and those a wrong one would show.

Measured once, in stop 26, on the engine as it then was (f99158d, after this stop's first readers, before any of
its questions were read): first run 214/275 = 77.8% (fully held out). A second tester re-checked every failing
case against the XML and corrected three expectations (the spread filed to four decimals, fair wordings of Thiel's
change of boxes and of the fourth quarter of 2021); on the first-run engine none of the three passes, so the first
run after the corrections is still 214/275 = 77.8%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind32_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b32-scope-stock-for-fees-all-companies-plain": "wrong-filter-or-order",
    "b32-verb-musk-shed-ipo-2010-slack": "wrong-filter-or-order",
    "b32-verb-rabois-bailed-slack": "wrong-filter-or-order",
    "b32-verb-rivendell7-offloaded-both-years-plain": "wrong-filter-or-order",
    "b32-near-travers-bought-2025-slack": "near-miss-not-shown",
    "b32-near-moran-bought-2025-plain": "near-miss-not-shown",
    "b32-near-levchin-bought-yelp-slack": "near-miss-not-shown",
    "b32-ex-musk-exercised-vs-sold-plain": "figure-not-computed",
    "b32-ex-musk-spread-slack": "figure-not-computed",
    "b32-ex-scarpelli-cost-vs-proceeds-slack": "figure-not-computed",
    "b32-vest-znga-service-done-slack": "vesting-figure-not-derived",
    "b32-vest-yhoo-still-live-slack": "vesting-figure-not-derived",
    "b32-vest-musk-2009-certified-slack": "vesting-figure-not-derived",
    "b32-vest-melkote-same-schedule-slack": "vesting-figure-not-derived",
    "b32-role-betr-signers-slack": "role-not-answered",
    "b32-role-thiel-2021-vs-2024-boxes-plain": "role-not-answered",
    "b32-sum-scty-pref-common-slack": "figure-not-computed",
    "b32-sum-thiel-2021-share-plain": "figure-not-computed",
    "b32-sum-ahmed-trust-before-slack": "figure-not-computed",
    "b32-sum-scarpelli-three-smallest-plain": "figure-not-computed",
    "b32-sum-tax-dollars-2025-slack": "figure-not-computed",
    "b32-sum-travers-24-25-grants-left-slack": "figure-not-computed",
    "b32-cmp-pltr-vs-tsla-biggest-sale-plain": "words-read-as-name ('Palantir are stored (for Tesla')",
    "b32-cmp-adams-vs-garascia-avg-plain": "comparison-part-not-answered",
    "b32-cmp-first-vs-latest-sale-plain": "comparison-part-not-answered",
    "b32-cmp-markham-vs-travers-withheld-pct-slack": "comparison-part-not-answered",
    "b32-cmp-lamercie-vs-travers-tax-px-plain": "words-read-as-name ('Carine Lamercie')",
    "b32-cant-musk-tax-paid-plain": "cant-not-said",
    "b32-typo-tsal-2021-slack": "typo-or-fact-not-matched",
    "b32-hold-musk-direct-vs-trust-slack": "holding-at-a-point-or-vehicle",
    "b32-hold-mithril-lp-guts-slack": "holding-at-a-point-or-vehicle",
    "b32-hold-botha-sq-total-plain": "holding-at-a-point-or-vehicle",
    "b32-hold-bksy-private-placement-plain": "holding-at-a-point-or-vehicle",
    "b32-hold-hoffman-msft-all-in-slack": "holding-at-a-point-or-vehicle",
    "b32-hold-clarium-vs-ptv-slack": "holding-at-a-point-or-vehicle",
    "b32-hold-lnkd-trust-total-plain": "holding-at-a-point-or-vehicle",
    "b32-surf-pltr-net-24-slack": "surface-wording",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b32-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=240,
                                                slack_share=(0.5, 0.6), per_class=16))

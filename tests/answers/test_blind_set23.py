"""The twenty-third blind question set (tests/answers/blind23_cases.py): an investor-relations manager's board
briefing on what insiders at peer companies did and a meme-stock crowd's Slack channel, spread over the 14 failure
classes of issue #10, written by a tester who did not read the engine, each answer checked for the facts a right
answer cannot avoid and those a wrong one would show.

Measured once, in stop 23, on the engine as it then was (932de2e, before any of its questions were read): first run
171/257 = 66.5% (fully held out). The tester then re-checked every failing case against the XML and corrected five
expectations (a price filed with four decimals; an options row's filed "owned following"; "no officer on file"
answers "who are the officers"; Form 3s per year by period or by filing date; "holds the most options" read as
unexpired positions); with those, the first run's answers pass 175/257 = 68.1%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind23_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b23-scope-early-reported-plain": "wrong-filter-or-order",
    "b23-neg-roe-exbt-plain": "wrong-filter-or-order",
    "b23-verb-levchin-series-d-plain": "words-read-as-name ('PENSCO account')",
    "b23-verb-botha-got-rsus-slack": "leaving-out-refused",
    "b23-near-levchin-cash-options-slack": "near-miss-not-shown",
    "b23-ex-scarpelli-spread-plain": "figure-not-computed",
    "b23-ex-moran-after-2030-slack": "figure-not-computed",
    "b23-ex-wve-under-5-yrs-slack": "figure-not-computed",
    "b23-ex-scarpelli-before-plain": "figure-not-computed",
    "b23-ex-musk-before-slack": "figure-not-computed",
    "b23-ex-most-left-plain": "figure-not-computed",
    "b23-ex-musk-strike-vs-avg-slack": "figure-not-computed",
    "b23-vest-melkote-both-first-slack": "vesting-figure-not-derived",
    "b23-vest-four-year-annual-plain": "vesting-figure-not-derived",
    "b23-vest-whiting-term-slack": "vesting-figure-not-derived",
    "b23-vest-expired-by-2020-plain": "words-read-as-name ('End')",
    "b23-vest-rsu-no-expiry-plain": "vesting-figure-not-derived",
    "b23-role-other-box-plain": "role-not-answered",
    "b23-role-hoffman-officer-plain": "role-not-answered",
    "b23-sum-gc-sales-plain": "comparison-part-not-answered",
    "b23-sum-travers-before-plain": "figure-not-computed",
    "b23-sum-aapl-selling-slack": "figure-not-computed",
    "b23-sum-plan-2025-ex-wave-plain": "figure-not-computed",
    "b23-sum-mithril2-two-ipos-plain": "figure-not-computed",
    "b23-sum-adams-before-slack": "figure-not-computed",
    "b23-sum-thiel-oscr-bksy-plain": "figure-not-computed",
    "b23-sum-garrett-indirect-plain": "words-read-as-name ('Partnership')",
    "b23-cmp-officers-vs-directors-q1-plain": "figure-not-computed",
    "b23-cmp-thiel24-vs-musk10-slack": "figure-not-computed",
    "b23-cmp-director-buys-plain": "comparison-part-not-answered",
    "b23-cmp-form5-gift-rows-plain": "figure-not-computed",
    "b23-cmp-exercise-sizes-plain": "words-read-as-name ('December')",
    "b23-cmp-withheld-pct-lamercie-smith-slack": "figure-not-computed",
    "b23-cmp-latest-dkng-air-plain": "words-read-as-name ('Peer Review')",
    "b23-mkt-form3-tickers-slack": "figure-not-computed",
    "b23-mkt-form3-year-plain": "figure-not-computed",
    "b23-typo-mcmahen-director-slack": "typo-or-fact-not-matched",
    "b23-hold-rabois-entities-plain": "holding-at-a-point-or-vehicle",
    "b23-hold-mithril-warrant-slack": "holding-at-a-point-or-vehicle",
    "b23-hold-thiel-llcs-2024-plain": "holding-at-a-point-or-vehicle",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b23-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

"""The twenty-fifth blind question set (tests/answers/blind25_cases.py): a private wealth advisor's careful questions on executives' equity and a Slack channel
of sell-side analysts, spread over the 14 failure classes of issue #10, written by a
tester who did not read the engine, each answer checked for the facts a right answer cannot avoid and those a wrong
one would show.

Measured once, in stop 24, on the engine as it then was (e8ebaee, before any of its questions were read): first run
236/279 = 84.6% (fully held out). The tester then re-checked every failing case against the XML and
corrected five expectations (a total in shares or dollars, fair wordings of a vesting footnote, a plan described
without its rule number, two days written m/d that could be read as months, rewritten as month/year); on the
first-run engine two of those pass, so the first run after the corrections is 238/279 = 85.3%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind25_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b25-scope-conversions-2024-slack": "wrong-filter-or-order",
    "b25-scope-ten-pct-form3-slack": "wrong-filter-or-order",
    "b25-verb-levchin-end-up-plain": "wrong-filter-or-order",
    "b25-verb-doe-offload-slack": "wrong-filter-or-order",
    "b25-verb-botha-handed-slack": "wrong-filter-or-order",
    "b25-verb-musk-biggest-handout-slack": "wrong-filter-or-order",
    "b25-near-mithril-bksy-sell-plain": "near-miss-not-shown",
    "b25-near-botha-buy-sq-plain": "words-read-as-name ('Square')",
    "b25-ex-musk-grant-date-slack": "figure-not-computed",
    "b25-ex-moran-count-plain": "figure-not-computed",
    "b25-vest-clements-last-slack": "words-read-as-name ('Digital Chief')",
    "b25-vest-botha-mdb-slack": "vesting-figure-not-derived",
    "b25-role-feld-title-plain": "role-not-answered",
    "b25-sum-thiel-2024-total-plain": "words-read-as-name ('counting Rivendell')",
    "b25-sum-botha-sq-plain": "figure-not-computed",
    "b25-sum-garrett-options-slack": "figure-not-computed",
    "b25-sum-tsla-form3-options-plain": "figure-not-computed",
    "b25-sum-mithril-guts-slack": "figure-not-computed",
    "b25-sum-fractyl-pref-plain": "figure-not-computed",
    "b25-sum-musk-first-filing-slack": "figure-not-computed",
    "b25-sum-oscr-ff-vi-slack": "figure-not-computed",
    "b25-cmp-doe-days-px-slack": "comparison-part-not-answered",
    "b25-cmp-musk-ipo-prices-plain": "comparison-part-not-answered",
    "b25-cmp-farnam-days-slack": "comparison-part-not-answered",
    "b25-mkt-most-trusts-plain": "figure-not-computed",
    "b25-cant-exercise-now-plain": "cant-not-said",
    "b25-cant-mvis-vest-value-slack": "cant-not-said",
    "b25-typo-dodgee-title-plan-slack": "typo-or-fact-not-matched",
    "b25-typo-cabilot-0124-plain": "words-read-as-name ('Raymond Cabilot')",
    "b25-hold-travers-plain": "holding-at-a-point-or-vehicle",
    "b25-hold-garrett-partnership-plain": "holding-at-a-point-or-vehicle",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b25-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

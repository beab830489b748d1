"""The twenty-eighth blind question set (tests/answers/blind28_cases.py): a securities lawyer checking Section 16 compliance and a
startup's #random Slack channel asking about famous investors, spread over the 14 failure classes of issue #10, written by a
tester who did not read the engine, each answer checked for the facts a right answer cannot avoid and those a wrong
one would show.

Measured once, in stop 24, on the engine as it then was (1759171, before any of its questions were read): first run
185/257 = 72.0% (fully held out). The tester then re-checked every failing case against the XML and
corrected nine expectations (amounts rounded other fair ways, a near miss or a can't worded another fair way, the
biggest row by dollars as well as by shares); on the first-run engine two of those pass, so the first run after the
corrections is 187/257 = 72.8%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind28_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b28-scope-in-lieu-of-fees-slack": "words-read-as-name ('Take')",
    "b28-scope-splits-all-cos-slack": "wrong-filter-or-order",
    "b28-scope-warrants-anyone-slack": "wrong-filter-or-order",
    "b28-scope-group-disclaimer-plain": "wrong-filter-or-order",
    "b28-verb-ff-j-each-plain": "wrong-filter-or-order",
    "b28-verb-mithril2-guts-end-up-plain": "wrong-filter-or-order",
    "b28-verb-exventures-drop-slack": "leaving-out-refused",
    "b28-verb-lamercie-keep-slack": "wrong-filter-or-order",
    "b28-verb-scty-converted-get-plain": "wrong-filter-or-order",
    "b28-near-sequoia-cash-out-slack": "words-read-as-name ('Sequoia')",
    "b28-near-afrm-any-buying-slack": "near-miss-not-shown",
    "b28-near-snow-sell-jan25-plain": "words-read-as-name ('Quality')",
    "b28-near-lamercie-sell-tax-plain": "near-miss-not-shown",
    "b28-ex-scarpelli-in-vs-out-slack": "figure-not-computed",
    "b28-ex-tsla-other-exercise-slack": "leaving-out-refused",
    "b28-vest-pltr-warrant-first-plain": "vesting-figure-not-derived",
    "b28-role-buffett-director-slack": "role-not-answered",
    "b28-sum-garrett-trust-options-slack": "figure-not-computed",
    "b28-sum-musk-trust-filing-slack": "figure-not-computed",
    "b28-sum-musk-first-filing-plain": "figure-not-computed",
    "b28-sum-thiel-pltr-form3-a-slack": "figure-not-computed",
    "b28-sum-tsla-2010-conversion-slack": "figure-not-computed",
    "b28-sum-moran-fully-vested-exercised-plain": "figure-not-computed",
    "b28-sum-thiel-feb18-plain": "words-read-as-name ('Rivendell')",
    "b28-sum-ff-vi-oscar-slack": "figure-not-computed",
    "b28-sum-sequoia-gfiv-plain": "figure-not-computed",
    "b28-cmp-garrett-scarpelli-strike-plain": "comparison-part-not-answered",
    "b28-cmp-musk-thiel-plan-dates-slack": "figure-not-computed",
    "b28-cmp-hoffman-rsu-vs-trust-plain": "figure-not-computed",
    "b28-cmp-pdex-days-slack": "comparison-part-not-answered",
    "b28-cmp-musk-direct-vs-trust-plain": "figure-not-computed",
    "b28-cmp-pdex-dodge-plan-plain": "figure-not-computed",
    "b28-cmp-markham-before-after-plain": "figure-not-computed",
    "b28-cmp-bksy-guts-owners-plain": "figure-not-computed",
    "b28-mkt-most-reporting-persons-plain": "figure-not-computed",
    "b28-mkt-largest-m-2025-slack": "figure-not-computed",
    "b28-mkt-officer-biggest-row-plain": "leaving-out-refused",
    "b28-cant-16b-musk-plain": "words-read-as-name ('Profit Liability')",
    "b28-cant-musk-gift-tax-slack": "cant-not-said",
    "b28-cant-sq-px-weebly-plain": "words-read-as-name ('Botha')",
    "b28-typo-rolof-weebly-slack": "words-read-as-name ('weebly')",
    "b28-typo-garacsia-plain": "words-read-as-name ('behind Jessica Garacsia')",
    "b28-hold-pal-spv-feb21-slack": "holding-at-a-point-or-vehicle",
    "b28-hold-thiel-2024-others-plain": "holding-at-a-point-or-vehicle",
    "b28-scope-form5-type-on-form4-plain": "wrong-filter-or-order",
    "b28-vest-tsla-2009-dates-plain": "vesting-figure-not-derived",
    "b28-hold-rabois-disclaim-plain": "holding-at-a-point-or-vehicle",
    "b28-near-musk-gift-form-slack": "near-miss-not-shown",
    "b28-sum-tsla-form3-options-slack": "figure-not-computed",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b28-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

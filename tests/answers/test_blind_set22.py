"""The twenty-second blind question set (tests/answers/blind22_cases.py): a hedge fund portfolio manager's terse Slack
pings to an analyst and a finance-class student's plain, wordy questions, spread over the 14 failure classes of issue
#10, written by a tester who did not read the engine, each answer checked for the facts a right answer cannot avoid
and those a wrong one would show.

Measured once, in stop 23, on the engine as it then was (fc3c0b8, before any of its questions were read): first run
186/248 = 75.0% (fully held out). The tester then re-checked every failing case against the XML and corrected three
expectations (a list of Adams's seven 10b5-1 rows answers "every 10b5-1 sale" without their sum; the 5,000 RSUs whose
vesting a tax row withholds on may be quoted; Mithril II's BlackSky shares may be told by how they were acquired);
with those, the first run's answers pass 188/248 = 75.8%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind22_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b22-verb-softbank-swap-plain": "words-read-as-name ('SoftBank')",
    "b22-verb-mithril-series-a-get-plain": "wrong-filter-or-order",
    "b22-verb-sequoia-bag-slack": "words-read-as-name ('Sequoia Bag')",
    "b22-ex-musk-net-2021-slack": "figure-not-computed",
    "b22-ex-musk-net-kept-slack": "figure-not-computed",
    "b22-ex-expiring-before-2031-plain": "words-read-as-name ('Due')",
    "b22-ex-musk-grant-size-slack": "figure-not-computed",
    "b22-vest-melkote-years-left-slack": "vesting-figure-not-derived",
    "b22-vest-unexpired-over-5-slack": "words-read-as-name ('Unexpired')",
    "b22-sum-oscar-ff-v-plain": "figure-not-computed",
    "b22-sum-oscar-ff-vi-slack": "words-read-as-name ('Oscar')",
    "b22-sum-rsus-2025-slack": "figure-not-computed",
    "b22-sum-scty-pref-count-slack": "leaving-out-refused",
    "b22-sum-hoffman-msft-all-slack": "figure-not-computed",
    "b22-cmp-garascia-feld-diff-plain": "figure-not-computed",
    "b22-cmp-2021-2024-sales-slack": "comparison-part-not-answered",
    "b22-cmp-oscar-vs-berkshire-plain": "figure-not-computed",
    "b22-cmp-doe-roe-2024-plain": "figure-not-computed",
    "b22-cmp-form5-gifts-plain": "figure-not-computed",
    "b22-mkt-biggest-individual-buy-plain": "figure-not-computed",
    "b22-mkt-exercise-year-slack": "figure-not-computed",
    "b22-typo-jesica-snoww-rsu-slack": "typo-or-fact-not-matched",
    "b22-typo-ajey-royan-bksy-slack": "words-read-as-name ('ajey royan mithril')",
    "b22-hold-mithril-ii-bksy-plain": "holding-at-a-point-or-vehicle",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b22-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

"""The twenty-seventh blind question set (tests/answers/blind27_cases.py): a corporate-governance researcher's formal
questions and a quant's terse aggregates in Slack, spread over the 14 failure classes of issue #10, written by a
tester who did not read the engine, each answer checked for the facts a right answer cannot avoid and those a wrong
one would show.

Measured once, in stop 24, on the engine as it then was (fd935c1, before any of its questions were read): first run
216/255 = 84.7% (fully held out). The tester then re-checked every failing case against the XML and
corrected four expectations (an average strike or price given to more decimals, net shares after withholding as a
fair reading of "got handed", a dollar total summed row by row to the cent); on the first-run engine one of those
passes, so the first run after the corrections is 217/255 = 85.1%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind27_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b27-ex-scarpelli-series-plain": "words-read-as-name ('drew')",
    "b27-scope-director-pay-plain": "words-read-as-name ('Whether')",
    "b27-verb-travers-handed-slack": "wrong-filter-or-order",
    "b27-verb-mithril-shell-out-plain": "wrong-filter-or-order",
    "b27-vest-ff4-warrant-plain": "words-read-as-name ('Founders Fund')",
    "b27-role-form3-only-directors-plain": "leaving-out-refused",
    "b27-role-oscar-board-plain": "role-not-answered",
    "b27-sum-travers-rsus-left-plain": "holding-at-a-point-or-vehicle",
    "b27-sum-betr-beaver-plain": "figure-not-computed",
    "b27-sum-lnkd-hoffman-slack": "figure-not-computed",
    "b27-sum-musk-second-form-plain": "figure-not-computed",
    "b27-cmp-owner-counts-plain": "comparison-part-not-answered",
    "b27-cmp-doe-vs-exventures-plain": "comparison-part-not-answered",
    "b27-cmp-zip-mvis-withheld-plain": "comparison-part-not-answered",
    "b27-mkt-most-exercises-slack": "wrong-filter-or-order",
    "b27-hold-exventures-slack": "leaving-out-refused",
    "b27-hold-botha-mdb-slack": "holding-at-a-point-or-vehicle",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b27-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

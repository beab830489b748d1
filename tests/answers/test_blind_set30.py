"""The thirtieth blind question set (tests/answers/blind30_cases.py): an investor-relations manager checking in
careful sentences what their own and their peers' insiders filed, and a retail day trader's terse, typo-heavy
questions in a Slack trading channel, spread over the 14 failure classes of issue #10, written by a tester who did
not read the engine, each answer checked for the facts a right answer cannot avoid and those a wrong one would show.

Measured once, in stop 25, on the engine as it then was (ee5c187, before any of its questions were read): first run
216/256 = 84.4% (fully held out). The tester then re-checked every failing case against the XML and
corrected three expectations (Moran's Dec 8 exercises given row by row, Travers's holding before the withholding
with or without the ESPP shares a footnote adds, a motive answered from the footnote that states it); on the
first-run engine two of those pass, so the first run after the corrections is 218/256 = 85.2%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind30_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b30-typo-dkgn-slack": "typo-or-fact-not-matched (a guess is made only when the SEC ticker table is loaded)",
    "b30-typo-plntr-slack": "typo-or-fact-not-matched (a guess is made only when the SEC ticker table is loaded)",
    "b30-typo-arww-slack": "typo-or-fact-not-matched (a guess is made only when the SEC ticker table is loaded)",
    "b30-ex-travers-rsus-left-slack": "holding-at-a-point-or-vehicle",
    "b30-ex-real-opts-slack": "leaving-out-refused",
    "b30-vest-melkote-any-yet-plain": "vesting-figure-not-derived",
    "b30-vest-levchin-plan-plain": "wrong-filter-or-order",
    "b30-vest-musk-2012-size-slack": "vesting-figure-not-derived",
    "b30-vest-musk-2012-conditions-plain": "vesting-figure-not-derived",
    "b30-role-musk-2009-signed-plain": "role-not-answered",
    "b30-sum-tsla-2010-disposed-slack": "figure-not-computed",
    "b30-cmp-gifts-three-slack": "comparison-part-not-answered",
    "b30-mkt-longest-gap-plain": "figure-not-computed",
    "b30-hold-rivendell-after-21-slack": "holding-at-a-point-or-vehicle",
    "b30-hold-hoffman-msft-slack": "holding-at-a-point-or-vehicle",
    "b30-hold-mcguirk-indirect-slack": "figure-not-computed",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b30-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=240,
                                                slack_share=(0.5, 0.6), per_class=16))

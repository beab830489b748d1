"""The eighteenth blind question set (tests/answers/blind18_cases.py): an investor-relations team's board-pack
questions and a financial journalist's Slack channel, spread over the 14 failure classes of issue #10, written by a
tester who did not read the engine, each answer checked for the facts a right answer cannot avoid and those a wrong
one would show.

Measured once, early in stop 22, on the engine as it then was (after 84d05e3's holdings comparisons, which it
did not inform): first run 232/272 = 85.3% (fully held out: the tester wrote it without reading the engine, and it
was not read before its run). The tester then re-checked every failing case against the XML and corrected none.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind18_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b18-scope-warrants-anywhere-plain": "positions-hidden (Thiel's PLTR warrants not listed)",
    "b18-ex-hoffman-znga-left-slack": "kinds-not-summed (1,412,997 settled missing)",
    "b18-ex-moran-dec8-net-plain": "compare-of-two-kinds (sold vs exercised 210,000 each: read as one filter)",
    "b18-sum-musk-nov8-each-filing-plain": "per-filing-split-missing (257,279 and 676,812 not given)",
    "b18-sum-sq-weebly-slack": "words-read-as-name ('weebly deal')",
    "b18-cmp-mcmahon-trusts-plain": "difference-not-given (25,451 missing)",
    "b18-cmp-clements-before-after-plain": "before-holding-not-computed (184,436 missing)",
    "b18-cmp-sts-2021-vs-2024-slack": "vehicle-by-filing (268,840 in the 2021 filing missing)",
    "b18-hold-ff4-warrant-slack": "holder-short-name ('founders fund iv' warrant 536,445 missing)",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b18-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

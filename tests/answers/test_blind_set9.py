"""The ninth blind question set (tests/answers/blind9_cases.py): a measurement of what a demanding analyst or
compliance officer types in Slack on a busy day, spread evenly over the 14 failure classes of issue #10, about 60%
Slack-style, each asked of the rules engine with a fixed today (2026-12-07), its answer checked for the facts a
right answer cannot avoid and those a wrong one would show; the surface cases are asked as Slack reads them (no
CLI command, and a no-match says what an admin can do).

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this
file passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind9_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    # 1. scope / filler words read as names, or as a load request
    # 2. named constraints
    # 3. casual verbs
    # 5. exercises
    # 6. vesting and terms
    # 7. roles
    "b9-role-jblu-tech-runs-slack": "'runs'-read-as-CEO ('tech' ignored; Clements not named)",
    # 8. totals across filings
    # 9. comparisons
    "b9-cmp-doe-vs-roe-slack": "verb-'moved'-not-understood (Doe's side shown as holding, 30,000 sold missing)",
    # 10. market-wide
    # 11. market price
    # 13. indirect holdings through named vehicles
    # 14. each surface speaks to its reader
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b9-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=220, slack_share=(0.55, 0.65), per_class=16))

"""The thirteenth blind question set (tests/answers/blind13_cases.py): the first, independent measure of this stop
(the engine as the last stop left it) — a month of a mixed crowd of Slack users, spread evenly over the 14 failure
classes of issue #10, about 55% Slack-style and 45% plain, each asked of the rules engine with a fixed today
(2026-12-07), its answer checked for the facts a right answer cannot avoid and those a wrong one would show; the
surface cases are asked as Slack reads them (no CLI command, and a no-match says what an admin can do).

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this
file passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind13_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    # 1. scope / filler words read as names
    # 3. casual wording
    # 4. near misses
    "b13-near-arw-clo-sold-into-vesting-slack": "closest-disposition-wrong (A PSU grant shown; F 1,009 withholding missing)",
    "b13-near-exbt-cfo-sold-at-vest-plain": "near-miss-not-answered (M vesting totals; no 'no sale', F 1,850 missing)",
    # 5. exercises
    "b13-ex-scarpelli-sold-all-slack": "exercise-part-dropped (sale rows only; 200,000 exercised vs sold not given)",
    # 6. vesting and terms
    # 7. roles
    # 8. totals across filings
    "b13-sum-thiel-lp-distributions-plain": "answered-as-holdings (J distributions 596,466 + 294,208 = 890,674 not given)",
    "b13-sum-garrett-underlying-total-slack": "options-not-found ('No options found for Mark Garrett'; 901,204 missing)",
    "b13-sum-mcmahon-everything-plain": "trust-holdings-missed ('No position held through trust'; 331,591 missing)",
    # 9. comparisons
    "b13-cmp-musk-gifts-minus-sales-slack": "words-read-as-name ('company or insider called Charity Minus')",
    # 10. market-wide
    # 11. market price, advice, motives
    # 12. typos
    # 13. indirect holdings through named vehicles
    # 14. each surface speaks to its reader
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b13-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=220, slack_share=(0.54, 0.6), per_class=16))

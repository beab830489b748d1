"""The eighth blind question set (tests/answers/blind8_cases.py): a measurement spread evenly over the 14 failure
classes of issue #10, half Slack-style and half plain, each asked of the rules engine with a fixed today
(2026-12-07), its answer checked for the facts a right answer cannot avoid and those a wrong one would show; the
surface cases are asked as Slack reads them (no CLI command, and a no-match says what an admin can do).

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this
file passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind8_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    # 1. scope / filler words read as names
    "b8-scope-dec-2025-all-companies-plain": "activity-question-answered-as-filer-list (Feld's 74 shares not shown)",
    "b8-mkt-earliest-expiry-plain": "verb-read-as-name ('Expired')",
    # 3. casual verbs
    "b8-sum-scty-trust-acquired-plain": "verb-'acquire'-ignored (holding 20,724,991 instead of 20,606,735 acquired)",
    # 4. near misses / exclusions
    # 5. exercises
    "b8-ex-top3-cost-slack": "ranking-by-shares-not-cost (3rd shown $3.14 x 100,000; $524,000 exercise missing)",
    # 6. vesting and terms
    "b8-vest-adgi-pref-expiry-plain": "footnote-cut-before-answer ('...had no' truncated; no-expiration not stated)",
    # 7. roles
    "b8-role-feld-full-title-slack": "company-alias-not-known ('bd' for Becton Dickinson)",
    "b8-role-svp-list-plain": "title-filter-dropped (all officers listed, first 10; Adams/Garascia/Snow missing)",
    # 9. comparisons and two-part questions
    # 10. market-wide
    # 11. market price
    # 13. indirect holdings through named entities
    "b8-hold-lnkd-trust-both-plain": "derivative-holding-dropped (preferred 2,028,942 missing)",
    "b8-hold-mithril-lp-guts-slack": "holding-of-one-owner-dropped (Mithril LP's direct 5,160,301; II LP's 1,251,900 shown)",
    # 14. each surface speaks to its reader
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b8-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=220, per_class=15))

"""The fourteenth blind question set (tests/answers/blind14_cases.py): the final, independent measure of the stop —
a month of a mixed crowd of Slack users (a trading-desk PM, a journalist on deadline, a compliance officer, a
retail investor on a phone), spread evenly over the 14 failure classes of issue #10, about 55% Slack-style and 45%
plain, each asked of the rules engine with a fixed today (2026-12-07), its answer checked for the facts a right
answer cannot avoid and those a wrong one would show; the surface cases are asked as Slack reads them (no CLI
command, and a no-match says what an admin can do).

Measured once near the end of the stop: first run 204/235 = 86.8% (its failing ids were seen once mid-stop, never
its answers). The tester re-checked every failing case's expectations against the XML and found none wrong.
Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this
file passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind14_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    # 1. scope / filler words read as names
    "b14-scope-entire-db-largest-share-count-sold-plain": "superlative-not-answered (sales totals listed; largest row 15,653,541 missing)",
    "b14-scope-regardless-issuer-in-lieu-of-fees-plain": "fee-election-missed (Botha's 129 shares taken in lieu of cash fees missing)",
    # 2. a named person/company with no match
    # 3. casual wording
    # 4. near misses
    # 5. exercises
    # 6. vesting and terms
    "b14-vest-musk-form3-option-plain": "vesting-footnote-missing (terms shown; F3's 1/48 monthly vesting missing)",
    # 7. roles
    # 8. totals across filings
    "b14-sum-musk-nov8-row-count-plain": "counted-all-rows ('51 transactions' incl. exercises; 49 sales missing)",
    # 9. comparisons
    "b14-cmp-whiting-vs-melkote-strike-slack": "second-side-dropped (Whiting's $0.88 only; Melkote's $0.33 missing)",
    # 10. market-wide
    # 11. market price, advice, motives
    "b14-cant-travers-fetch-slack": "value-read-as-date ('No transactions today'; can't-answer and 1,138,960 missing)",
    # 12. typos
    # 13. indirect holdings through named vehicles
    "b14-hold-garrett-family-partnership-slack": "not-understood (help text; 134,018 via the family partnership missing)",
    # 14. each surface speaks to its reader
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b14-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=220, slack_share=(0.54, 0.6), per_class=16))

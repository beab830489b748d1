"""The eleventh blind question set (tests/answers/blind11_cases.py): the FINAL measurement of the stop — an ordinary
week of a Slack bot's users (a portfolio manager, a journalist, a compliance analyst, an IR lead, a retail
investor), spread evenly over the 14 failure classes of issue #10, about 60% Slack-style and 40% plain, each asked
of the rules engine with a fixed today (2026-12-07), its answer checked for the facts a right answer cannot avoid
and those a wrong one would show; the surface cases are asked as Slack reads them (no CLI command, and a no-match
says what an admin can do).

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this
file passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind11_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    # 1. scope / filler words read as names
    "b11-scope-p-over-1m-no-matter-company-slack": "scope-word-read-as-name ('No filings by Matter'; 'P-coded' as a company)",
    # 2. a named constraint dropped
    # 3. casual wording
    "b11-verb-fund-picked-up-slack": "word-read-as-name ('no company or insider called Biotech')",
    # 4. near misses
    # 5. exercises
    "b11-ex-hoffman-znga-settled-left-slack": "two-part-dropped (61,435 left only; 1,412,997 settled missing)",
    # 7. roles
    # 8. totals across filings
    "b11-sum-mcguirk-all-told-plain": "direct-position-dropped (indirect 385,432.8483 only; 'direct' ignored)",
    # 9. comparisons
    # 10. market-wide
    "b11-mkt-most-companies-plain": "word-read-as-name ('company or insider called Greatest')",
    # 11. market price, advice, motives
    "b11-cant-thiel-stake-today-slack": "market-value-not-declined (holdings listed, no can't-price line)",
    "b11-cant-why-lrcx-amended-plain": "footnote-reason-missing (filing count; ten-for-one split remark not given)",
    # 12. typos
    # 13. indirect holdings through named vehicles
    "b11-hold-thiel-capital-plain": "holder-of-record-read-as-filer ('No filings by lists Thiel Capital')",
    "b11-hold-columbia-insurance-slack": "ticker-read-as-person ('snow' as Jessica Snow; 6,125,376 missing)",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b11-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=220, slack_share=(0.55, 0.65), per_class=16))

"""The twelfth blind question set (tests/answers/blind12_cases.py): the last, independent measure of the stop — a
month of a mixed crowd of Slack users, spread evenly over the 14 failure classes of issue #10, about 55%
Slack-style and 45% plain, each asked of the rules engine with a fixed today (2026-12-07), its answer checked for
the facts a right answer cannot avoid and those a wrong one would show; the surface cases are asked as Slack reads
them (no CLI command, and a no-match says what an admin can do).

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this
file passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind12_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    # 1. scope / filler words read as names
    "b12-scope-universe-gifts-count-slack": "scope-word-read-as-name ('no company or insider called Universe')",
    # 3. casual wording
    # 4. near misses
    # 5. exercises
    "b12-ex-moran-count-plain": "form-filter-drops-rows ('No filings ... on Form 4 in December 2025')",
    "b12-ex-musk-options-left-2021-plain": "month-read-as-name ('company or insider called November')",
    "b12-ex-moran-dec8-strikes-and-sales-slack": "two-part-dropped (sales listed; exercise strikes missing)",
    # 6. vesting and terms
    "b12-vest-moran-272200-plain": "vesting-footnote-missing (exercises listed; 25% Feb 17, 2024 schedule not given)",
    # 7. roles
    "b12-role-scty-musk-slack": "role-question-read-as-transactions ('No transactions found for Elon Musk at SCTY')",
    # 8. totals across filings
    "b12-sum-thiel-pltr-dollars-slack": "total-not-summed (rows listed; $679,399,220.54 total missing)",
    # 9. comparisons
    "b12-cmp-dodge-days-plain": "month-read-as-name ('company or insider called March')",
    "b12-cmp-lamercie-smith-withholding-plain": "second-part-dropped (Lamercie 1,009 only; Example Biotech CFO 1,850 missing)",
    "b12-cmp-thiel-2024-sold-and-bought-slack": "second-part-dropped (PLTR rows incl. 2021; 333,333 GUTS buy missing)",
    "b12-cmp-hoffman-msft-vs-znga-held-plain": "holding-date-misread ('No RSUs after Dec 31, 2011' for Zynga; 61,435 missing)",
    "b12-cmp-rabois-thiel-avg-px-slack": "two-names-read-as-one ('Which insider do you mean by rabois thiel?')",
    # 10. market-wide
    # 11. market price, advice, motives
    "b12-cant-moran-a-lot-plain": "filed-figures-missing (advice declined; Moran's $3,102,000 / 210,000 not shown)",
    "b12-cant-wve-price-today-slack": "last-trade-prices-missing (no-quotes line only; WVE sale prices not shown)",
    "b12-cant-zip-trading-at-slack": "filed-price-missing (holdings listed; $5.96 withholding price not given)",
    # 12. typos
    # 13. indirect holdings through named vehicles
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b12-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=220, slack_share=(0.54, 0.6), per_class=16))

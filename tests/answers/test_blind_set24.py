"""The twenty-fourth blind question set (tests/answers/blind24_cases.py): a data journalist's story on insider selling
patterns and a sales-trader's desk shorthand in Slack, spread over the 14 failure classes of issue #10, written by a
tester who did not read the engine, each answer checked for the facts a right answer cannot avoid and those a wrong
one would show.

Measured once, in stop 23, on the engine as it then was (41d297f, before any of its questions were read): first run
203/282 = 72.0% (fully held out). The tester then re-checked every failing case against the XML and corrected one
expectation (the term left on an option may be said as a span of time, not only as its expiry date); its answer
still fails, so the first run stays at 203/282 = 72.0%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind24_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b24-verb-musk-offload-1150-slack": "wrong-filter-or-order",
    "b24-verb-lamercie-kept-value-plain": "wrong-filter-or-order",
    "b24-near-clements-options-plain": "near-miss-not-shown",
    "b24-near-snow-tax-sale-plain": "near-miss-not-shown",
    "b24-near-air-buying-plain": "near-miss-not-shown",
    "b24-ex-melkote-notional-slack": "words-read-as-name ('Ex Notional')",
    "b24-ex-whiting-cost-slack": "figure-not-computed",
    "b24-ex-musk-2009-tranche-slack": "figure-not-computed",
    "b24-ex-moran-vested-cost-plain": "figure-not-computed",
    "b24-ex-moran-strike-spread-plain": "figure-not-computed",
    "b24-ex-musk-all-in-slack": "figure-not-computed",
    "b24-ex-scarpelli-net-direct-plain": "figure-not-computed",
    "b24-vest-expired-slack": "vesting-figure-not-derived",
    "b24-vest-jsnow-rsu-tranche-slack": "vesting-figure-not-derived",
    "b24-vest-jsnow-option-cliff-slack": "vesting-figure-not-derived",
    "b24-vest-clements-tranche-slack": "vesting-figure-not-derived",
    "b24-vest-jsnow-term-slack": "vesting-figure-not-derived",
    "b24-vest-quarterly-plain": "vesting-figure-not-derived",
    "b24-vest-levchin-alive-slack": "vesting-figure-not-derived",
    "b24-vest-scarpelli-term-left-plain": "vesting-figure-not-derived",
    "b24-vest-annual-plain": "vesting-figure-not-derived",
    "b24-role-hoffman-msft-ten-slack": "role-not-answered",
    "b24-sum-vest-withholding-plain": "figure-not-computed",
    "b24-sum-mithril-ipo-common-plain": "figure-not-computed",
    "b24-sum-plan-sales-2025-ex-wave-slack": "figure-not-computed",
    "b24-sum-2025-ex-wave-shares-slack": "figure-not-computed",
    "b24-sum-moran-vested-exercised-plain": "figure-not-computed",
    "b24-sum-2025-vest-withheld-plain": "words-read-as-name ('Carine Lamercie David Travers')",
    "b24-cmp-adams-dodge-claim-slack": "words-read-as-name ('adams outsold dodge')",
    "b24-cmp-farnam-garascia-shares-plain": "figure-not-computed",
    "b24-cmp-roe-doe-price-plain": "words-read-as-name ('Jane Doe')",
    "b24-cmp-travers-lamercie-pct-slack": "figure-not-computed",
    "b24-cmp-two-largest-buys-plain": "comparison-part-not-answered",
    "b24-cmp-feld-garascia-pct-slack": "figure-not-computed",
    "b24-mkt-top-withholding-pct-plain": "figure-not-computed",
    "b24-mkt-plan-filings-count-plain": "figure-not-computed",
    "b24-typo-roelof-botah-fee-slack": "typo-or-fact-not-matched",
    "b24-typo-keith-rabious-pct-plain": "typo-or-fact-not-matched",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b24-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

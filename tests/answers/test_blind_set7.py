"""The seventh blind question set (tests/answers/blind7_cases.py): a measurement spread evenly over issue #10's
failure classes, half Slack-style, in new question shapes (yes/no, how many, when was the last, list every, top 3,
two-part, role references, what a filing says, mixed-up word order), each asked of the rules engine with a fixed
today (2026-12-07), its answer checked for the facts a right answer cannot avoid and those a wrong one would show.

``SURFACE_CASES`` are asked as a Slack user would (``surface="slack"``): no CLI command named, and a no-match says
what the bot covers.

Cases that failed when the set was first measured are marked xfail (not strict) with a short reason tag, so this
file passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

import pytest
from blind7_cases import CASES, SURFACE_CASES
from blind_runner import assert_answered_right, assert_ids, assert_shape, blind_params

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    # 1. scope / market-wide: totals and filters
    # word that is not a name read as a name (price, adverb, noun)
    "b7-verb-stock-not-cash-plain": "verb-read-as-name ('Took')",
    "b7-vest-expired-plain": "filler-read-as-name ('Already'); expired options not listed",
    # exercises / settlements
    "b7-ex-musk-tax-cover-plain": "footnote-purpose-not-read ('taxes' read as code F; the 934,091 sold-to-cover shares not shown)",
    # roles
    # totals across filings / codes
    "b7-sum-musk-two-filings-plain": "per-filing-split-not-given (only the 934,091 combined total)",
    "b7-sum-guts-ipo-total-plain": "sum-across-codes-missing (C and P shown apart; 6,412,201 not stated)",
    # comparisons and two-part questions
    "b7-cmp-botha-got-gave-slack": "multi-part-first-part-dropped (grants 629 / 129 not shown, gifts only)",
    # market-wide
    # market price
    "b7-cant-berkshire-paid-plain": "price-paid-not-on-form-3 not said ('pay' ignored; holding shown)",
    # indirect holdings through named entities
    "b7-hold-garrett-trusts-plain": "other-than-read-as-exclusion (Garrett left out; trusts not shown)",
}


def test_ids_are_unique() -> None:
    assert_ids(CASES + SURFACE_CASES, XFAIL, "b7-")


def test_set_shape() -> None:
    assert_shape(CASES, 220)


@pytest.mark.parametrize("case", blind_params(CASES, XFAIL))
def test_blind_question(case, request, rules_settings) -> None:
    assert_answered_right(case, request, rules_settings, TODAY)


@pytest.mark.parametrize("case", blind_params(SURFACE_CASES, XFAIL))
def test_slack_surface(case, request, rules_settings) -> None:
    """The same engine, read in Slack: no CLI command, and a no-match says what the bot covers."""
    assert_answered_right(case, request, rules_settings, TODAY, surface="slack")

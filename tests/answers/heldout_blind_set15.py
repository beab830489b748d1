"""The fifteenth blind question set (tests/answers/blind15_cases.py): the final, independent measure of this stop —
a month of a mixed crowd of Slack users (an IR lead preparing a board deck, a hedge-fund analyst, a founder checking
their own filings, a student learning about insider trading), spread evenly over the 14 failure classes of issue
#10, about 55% Slack-style and 45% plain, each asked of the rules engine with a fixed today (2026-12-07), its answer
checked for the facts a right answer cannot avoid and those a wrong one would show; the surface cases are asked as
Slack reads them (no CLI command, and a no-match says what an admin can do).

Named heldout_*.py so a plain pytest run does not collect it: the lead runs it once, by name, as the stop's measure.
Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

import pytest
from blind15_cases import CASES, SURFACE_CASES
from blind_runner import assert_answered_right, assert_every_class, assert_ids, assert_shape, blind_params

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured: id -> short reason tag. Filled in by the measurement.
XFAIL: dict[str, str] = {}


def test_ids_are_unique() -> None:
    assert_ids(CASES + SURFACE_CASES, XFAIL, "b15-")


def test_set_shape() -> None:
    assert_shape(CASES, 220, slack_share=(0.54, 0.6))


def test_every_class_is_covered() -> None:
    assert_every_class(CASES, SURFACE_CASES, 16)


@pytest.mark.parametrize("case", blind_params(CASES, XFAIL))
def test_blind_question(case, request, rules_settings) -> None:
    assert_answered_right(case, request, rules_settings, TODAY)


@pytest.mark.parametrize("case", blind_params(SURFACE_CASES, XFAIL))
def test_slack_surface(case, request, rules_settings) -> None:
    assert_answered_right(case, request, rules_settings, TODAY, surface="slack")

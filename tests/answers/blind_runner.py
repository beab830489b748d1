"""What every blind question set's test file runs (tests/answers/test_blind_set*.py): each question asked of the
rules engine with a fixed today, its answer judged for the facts a right answer cannot avoid and those a wrong
one would show; cases that failed when the set was measured are xfail (not strict) with their reason tag, so a
case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import pytest
from blind_cases import judge

from bot.answers.engine import answer

TODAY = dt.date(2026, 11, 29)


def blind_params(cases, xfail: dict[str, str]) -> list:
    """One pytest param per case, xfail-marked with its reason when it is in ``xfail``."""
    return [pytest.param(case, id=case.id,
                         marks=[pytest.mark.xfail(strict=False, reason=xfail[case.id])] if case.id in xfail else [])
            for case in cases]


def assert_ids(cases, xfail: dict[str, str], prefix: str = "") -> None:
    ids = [c.id for c in cases]
    assert len(ids) == len(set(ids))
    assert all(i.startswith(prefix) for i in ids)
    assert set(xfail) <= set(ids)


def assert_shape(cases, at_least: int, slack_share: tuple[float, float] = (0.4, 0.6)) -> None:
    """At least ``at_least`` cases, the share typed Slack-style within ``slack_share``."""
    assert len(cases) >= at_least
    slack = sum(c.style == "slack" for c in cases)
    assert slack_share[0] <= slack / len(cases) <= slack_share[1]


def assert_answered_right(case, request, settings, today: dt.date = TODAY, surface: str = "terminal") -> None:
    """The case asked of the engine (read in Slack with ``surface="slack"``), its answer judged."""
    db = request.getfixturevalue(f"{case.db}_db")
    result = answer(case.q, db, today=today, settings=settings, surface=surface)
    verdict = judge(case, result.text)
    assert verdict.ok, (
        f"{case.q!r}\n  missing: {verdict.missing}\n  forbidden: {verdict.forbidden}\n--- answer ---\n{result.text}"
    )


# The thirteen classes of a blind set's ``CASES`` (the fourteenth, each surface, is its ``SURFACE_CASES``).
CLASSES = {"scope", "neg", "verb", "near", "ex", "vest", "role", "sum", "cmp", "mkt", "cant", "typo", "hold"}


def assert_every_class(cases, surface_cases, at_least: int) -> None:
    """Every class has at least ``at_least`` cases, and at least 10 are asked in Slack."""
    topics = {c.topic for c in cases}
    assert topics == CLASSES
    assert all(sum(c.topic == t for c in cases) >= at_least for t in topics)
    assert len(surface_cases) >= 10


@dataclass(frozen=True)
class BlindSet:
    """A blind set of the 14 classes: its cases, the Slack surface cases, what failed when it was measured and the
    shape it was written to (at least ``at_least`` cases, ``slack_share`` typed Slack-style, ``per_class`` each)."""

    prefix: str
    cases: list
    surface_cases: list
    xfail: dict[str, str]
    today: dt.date
    at_least: int = 220
    slack_share: tuple[float, float] = (0.4, 0.6)
    per_class: int = 16


class BlindTests(NamedTuple):
    test_ids_are_unique: Callable
    test_set_shape: Callable
    test_every_class_is_covered: Callable
    test_blind_question: Callable
    test_slack_surface: Callable


def blind_set_tests(blind: BlindSet) -> BlindTests:
    """The five tests every blind set of the 14 classes runs, for its test file to name at module level."""

    def test_ids_are_unique() -> None:
        assert_ids(blind.cases + blind.surface_cases, blind.xfail, blind.prefix)

    def test_set_shape() -> None:
        assert_shape(blind.cases, blind.at_least, slack_share=blind.slack_share)

    def test_every_class_is_covered() -> None:
        assert_every_class(blind.cases, blind.surface_cases, blind.per_class)

    @pytest.mark.parametrize("case", blind_params(blind.cases, blind.xfail))
    def test_blind_question(case, request, rules_settings) -> None:
        assert_answered_right(case, request, rules_settings, blind.today)

    @pytest.mark.parametrize("case", blind_params(blind.surface_cases, blind.xfail))
    def test_slack_surface(case, request, rules_settings) -> None:
        assert_answered_right(case, request, rules_settings, blind.today, surface="slack")

    return BlindTests(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
                      test_slack_surface)

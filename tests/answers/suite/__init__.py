"""The wording suite: questions written the way people really ask (plain and Slack-style), by failure
class of issue 10, each with the facts a right answer cannot avoid and the ones a wrong answer would hold.

Every expected fact was read from the filing XML by hand (the shared corpus, bot/samples and the Tecogen
fixture), never copied from the engine's output. A case table per class lives in a module of this package;
``tests/answers/test_wording_suite.py`` runs them all.

- ``must``: each item is a string the answer must contain exactly, or a tuple of alternatives of which at
  least one must appear (compared case-insensitively), for wording the engine may choose.
- ``must_not``: strings (exact) that a wrong answer would contain: another person's name or figures, "bought"
  for a grant, a scope word read as a name.
- ``xfail``: a reason tag while the engine still answers the case wrongly; the lead removes it once it passes.
- ``surface``: "slack" renders the answer as the Slack blocks a Slack user reads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

TODAY = dt.date(2026, 11, 29)

Fact = str | tuple[str, ...]

# What a grant, an exercise or a vesting answer must never call it.
NOT_BOUGHT = ("bought", "purchased")
# The scope words of class 1, as the "not found" answer would quote them.
NO_SUCH_NAME = "could not find a company"


@dataclass(frozen=True)
class Case:
    question: str
    must: tuple[Fact, ...]
    must_not: tuple[str, ...] = ()
    db: str = "corpus"
    today: dt.date = TODAY
    surface: str | None = None
    xfail: str | None = None


@dataclass(frozen=True)
class Ask:
    """One wording of a family's question; ``xfail`` tags it while the engine gets it wrong."""

    question: str
    xfail: str | None = None


def xf(question: str, reason: str) -> Ask:
    """A wording the engine answers wrongly today, tagged with why (see the report of issue 10)."""
    return Ask(question, reason)


def family(name: str, questions: Sequence[str | Ask], must: Iterable[Fact], must_not: Iterable[str] = (),
           *, db: str = "corpus", today: dt.date = TODAY, surface: str | None = None) -> dict[str, Case]:
    """Several wordings of one question, all held to the same facts: ``name-1``, ``name-2``, ..."""
    must, must_not = tuple(must), tuple(must_not)
    cases: dict[str, Case] = {}
    for number, wording in enumerate(questions, start=1):
        ask = wording if isinstance(wording, Ask) else Ask(wording)
        key = name if len(questions) == 1 else f"{name}-{number}"
        cases[key] = Case(ask.question, must, must_not, db=db, today=today, surface=surface, xfail=ask.xfail)
    return cases


def table(*families: dict[str, Case]) -> dict[str, Case]:
    """One class's cases; a name used twice is a mistake in the table."""
    cases: dict[str, Case] = {}
    for part in families:
        for key, case in part.items():
            assert key not in cases, f"case {key!r} defined twice"
            cases[key] = case
    return cases


def is_slack_style(question: str) -> bool:
    """Written the way people type in Slack: all lowercase, or a $ticker."""
    return question == question.lower() or "$" in question


def contains(text: str, fact: str, *, ignore_case: bool = False) -> bool:
    """``fact`` appears in ``text`` as itself, not inside a longer number ("5,000" is not in "15,000";
    "9 filings" is not in "49 filings")."""
    left = r"(?<![\d,.])" if fact[:1].isdigit() else ""
    right = r"(?![\d]|[,.]\d)" if fact[-1:].isdigit() else ""
    return re.search(left + re.escape(fact) + right, text, re.IGNORECASE if ignore_case else 0) is not None


def missing_facts(case: Case, text: str) -> list[str]:
    """The facts of ``case`` the answer ``text`` lacks, and the wrong facts it holds (empty: right)."""
    problems: list[str] = []
    for fact in case.must:
        if isinstance(fact, tuple):
            if not any(contains(text, option, ignore_case=True) for option in fact):
                problems.append(f"none of {fact!r}")
        elif not contains(text, fact):
            problems.append(f"missing {fact!r}")
    problems.extend(f"should not contain {wrong!r}" for wrong in case.must_not if contains(text, wrong))
    return problems

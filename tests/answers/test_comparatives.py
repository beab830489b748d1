"""Comparisons said with a comparative ("bigger than") or between two times ("in 2021 or in 2024"): the
question each side becomes, and the questions that are not comparisons at all."""

from __future__ import annotations

import pytest

from bot.answers.parts import split_question

CASES = [
    # (question, the parts' questions, compared by shares)
    ("Did Peter Thiel sell more Palantir stock in 2021 or in 2024?",
     ["Peter Thiel sell Palantir stock in 2021", "Peter Thiel sell Palantir stock in 2024"], False),
    ("did Thiel sell more PLTR in '21 or in '24",
     ["Thiel sell PLTR in '21", "Thiel sell PLTR in '24"], False),
    ("Was Thiel's 2021 Palantir selling larger than his 2024 selling, in shares?",
     ["Thiel's Palantir selling in 2021", "Thiel's Palantir selling in 2024"], True),
    ("Were Elon Musk's 2021 Tesla sales bigger than Peter Thiel's 2021 Palantir sales in dollar terms?",
     ["Elon Musk's Tesla sales in 2021", "Peter Thiel's Palantir sales in 2021"], False),
    ("At Wave Life Sciences, were the CEO's sales bigger than the CFO's last year?",
     ["the CEO's sales last year at Wave Life Sciences", "the CFO's sales last year at Wave Life Sciences"], False),
]

NOT_COMPARISONS = [
    "who sold more than 1,000,000 shares",
    "sales of more than $1M at tesla",
    "is the strike higher than 1 dollar",
    "did anyone sell more than 10,000 shares in 2021 or 2022",
    "musk sales in 2021",
]


@pytest.mark.parametrize(("question", "parts", "by_shares"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_comparative_becomes_one_question_per_side(question: str, parts: list[str], by_shares: bool) -> None:
    plan = split_question(question)
    assert plan is not None and plan.combine == "compare"
    assert [p.question.lower() for p in plan.parts] == [p.lower() for p in parts]
    assert plan.by_shares is by_shares


@pytest.mark.parametrize("question", NOT_COMPARISONS)
def test_a_bound_or_a_single_question_is_not_a_comparison(question: str) -> None:
    assert split_question(question) is None

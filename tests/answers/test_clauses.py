"""Questions of two clauses: each clause a question of its own, given what the other says of whom and when."""

from __future__ import annotations

import pytest

from bot.answers.parts import split_question

CASES = [
    # (question, the parts' questions)
    ("How many options did Musk exercise on November 8, 2021, and how many shares did he sell that day?",
     ["How many options did Musk exercise on November 8, 2021", "how many shares did he sell on November 8, 2021"]),
    ("feld bdx how many shrs sold n whats left", ["feld bdx how many shrs sold", "feld bdx how many shrs whats left"]),
    ("zip president rsu vest how many shares total & how many withheld",
     ["zip president rsu vest how many shares total", "zip president how many withheld"]),
    ("did Musk buy and did Thiel sell in 2024", ["did Musk buy in 2024", "did Thiel sell in 2024"]),
]


@pytest.mark.parametrize(("question", "parts"), CASES, ids=[c[0][:40] for c in CASES])
def test_two_clauses_are_two_questions(question: str, parts: list[str]) -> None:
    plan = split_question(question)
    assert plan is not None and plan.combine == "both"
    assert [p.question for p in plan.parts] == parts


@pytest.mark.parametrize("question", ["sales and purchases at tesla", "musk sales & gifts in 2021",
                                      "rsu vesting at mvis and shares withheld for taxes"])
def test_one_query_naming_two_kinds_is_not_split(question: str) -> None:
    assert split_question(question) is None

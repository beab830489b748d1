"""A figure stated as a premise (bot/answers/premise.py): found only in a yes/no question, in shares, options or
units, with its multiplier; checked against the filed total and rows."""

from __future__ import annotations

import pytest

from bot.answers.figures import Figure
from bot.answers.premise import stated_shares, verdict
from bot.answers.sums import TotalRow


@pytest.mark.parametrize(("question", "stated"), [
    ("musk sold 1 million tsla shares on nov 8 2021, right?", 1_000_000),
    ("did whiting get 50,000 options at tecogen?", 50_000),
    ("is it true thiel sold 20m pltr shares in 2021?", 20_000_000),
    ("scarpelli sold 73,170 snow shares on dec 13 2022 correct?", 73_170),
    ("musk sold 1 million tsla shares on nov 8 2021", None),  # no yes/no cue: not a premise
    ("who sold over 1 million shares in 2021?", None),  # a bound asked for, not a premise
    ("did musk sell in 2021?", None),  # no figure
])
def test_the_figure_a_question_states(question, stated):
    assert stated_shares(question) == stated


def figure(shares: float, transactions: int) -> Figure:
    return Figure(TotalRow(None, "S", "common", transactions, 1, shares, 0.0, 0, None, None), frozenset({"common"}), 1)


@pytest.mark.parametrize(("stated", "total", "rows", "lead"), [
    (934_091, 934_091, [1_100], "Yes: the filings show 934,091."),
    (73_170, 200_000, [73_170, 50_000], "Yes: the filings show 73,170 in one row (200,000 shares in 2 transactions in all)."),
    (20_000_000, 20_003_915, [], "About: the filings show 20,003,915 shares in 2 transactions, not exactly 20,000,000."),
    (1_000_000, 934_091, [], "No: the filings show 934,091 shares in 2 transactions, not 1,000,000."),
])
def test_the_verdict_on_a_premise(stated, total, rows, lead):
    assert verdict(stated, figure(total, 2), rows) == lead

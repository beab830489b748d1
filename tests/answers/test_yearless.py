"""A date typed without its year is moved to the latest year with filings only when nothing is filed for it
this year, and only for a question that names a company or an insider."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.rules import parse
from bot.answers.yearless import _typed_without_year

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(("question", "yearless"), [
    ("doe exrb sale may 16 price", True),
    ("did roe buy in june", True),
    ("sales on 3/14", True),
    ("dodge dkng 3/14 sells", True),
    ("doe exrb sale may 16 2024", False),
    ("sales on 3/14/25", False),
    ("did roe buy last june", False),
    ("sales since june", False),
    ("sales in 2024", False),
    ("sales last week", False),
    ("what options did Tecogen's GC get", False),
])
def test_which_dates_were_typed_without_a_year(question: str, yearless: bool) -> None:
    assert _typed_without_year(parse(question, TODAY)) is yearless

"""What a part of a comparison amounts to: the sums of its rows all together, in words, and which parts
were understood well enough to have a figure at all."""

from __future__ import annotations

import pytest

from bot.answers.figures import figure_from_rows, measure_of, understood
from bot.answers.render import Answer
from bot.answers.sums import TotalRow


def row(code: str, kind: str | None, transactions: int, shares: float, value: float, first: str, last: str,
        issuer: str = "1") -> TotalRow:
    return TotalRow(code, "D", kind, transactions, 1, shares, value, transactions if value else 0, first, last,
                    issuer_cik=issuer)


SALES_2021 = row("S", "common", 49, 934091, 1102342478.72, "2021-11-08", "2021-11-08")
SALES_2010 = row("S", "common", 1, 1415167, 24057839.0, "2010-07-02", "2010-07-02")
OPTIONS = row("A", "option", 1, 838996, 0.0, "2009-12-04", "2009-12-04", issuer="2")


@pytest.mark.parametrize("rows, by_value, words, span", [
    ([SALES_2021], True, "$1,102,342,478.72 for 934,091 shares in 49 transactions", "Nov 8, 2021"),
    ([SALES_2021, SALES_2010], True, "$1,126,400,317.72 for 2,349,258 shares in 50 transactions",
     "Jul 2, 2010 to Nov 8, 2021"),
    ([SALES_2021], False, "934,091 shares in 49 transactions", "Nov 8, 2021"),
    ([OPTIONS], False, "838,996 options in 1 transaction", "Dec 4, 2009"),
    ([SALES_2021, OPTIONS], False, "50 transactions at 2 companies", "Dec 4, 2009 to Nov 8, 2021"),
])
def test_figure_words(rows, by_value, words, span) -> None:
    figure = figure_from_rows(rows)
    assert figure.words(by_value) == words
    assert figure.span() == span


def test_no_rows_is_a_figure_of_nothing() -> None:
    figure = figure_from_rows([])
    assert figure.total.transactions == 0 and figure.amount(True) == 0.0


def test_shares_of_different_kinds_are_not_added() -> None:
    assert figure_from_rows([SALES_2021, OPTIONS]).amount(by_value=False) == 50.0  # counted, not summed
    assert figure_from_rows([SALES_2021, SALES_2010]).amount(by_value=False) == 2349258


SPEC = {"transaction": "sell", "role": None}


@pytest.mark.parametrize("kind, query, expected", [
    ("summary", {"spec": SPEC, "insider": {"ciks": ["1"]}, "ignored_words": []}, True),
    ("no_match", {"spec": SPEC, "company": {"ciks": ["1"]}, "ignored_words": []}, True),  # none found: a zero
    ("no_match", {"spec": SPEC, "ignored_words": ["acme"]}, False),  # a name not on file: no figure
    ("summary", {"spec": SPEC, "company": {"ciks": ["1"]}, "ignored_words": ["zed"]}, False),
    ("ambiguous", {"spec": SPEC, "company": {"ciks": ["1", "2"]}}, False),
    ("summary", {"spec": {"transaction": "sell", "role": "ceo"}, "ignored_words": []}, True),
    ("help", {}, False),
])
def test_understood(kind, query, expected) -> None:
    assert understood(Answer(kind, "", query=query)) is expected


@pytest.mark.parametrize("transaction, words", [("sell", "sales"), ("buy", "purchases"), ("gift", "gifts"),
                                                (None, "transactions")])
def test_measure_words(transaction, words) -> None:
    assert measure_of(Answer("summary", "", query={"spec": {"transaction": transaction}})) == words

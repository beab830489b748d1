"""A list cut at N rows leads with the total of every row it matched and sums the rows it did not show."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.cut_lists import lead_total, total_phrase
from bot.answers.engine import answer
from bot.answers.sums import TotalRow


def _row(code: str, ad: str, kind: str, n: int, shares: float, value: float = 0.0, priced: int = 0,
         issuers: frozenset[str] = frozenset()) -> TotalRow:
    return TotalRow(code, ad, kind, n, 1, shares, value, priced, "2021-11-01", "2021-11-08", issuers=issuers)


@pytest.mark.parametrize(("row", "phrase"), [
    (_row("S", "D", "common", 49, 934_091, 1_102_342_478.72, 49),
     "934,091 shares of common stock disposed of (sales, code S) in 49 transactions, $1,102,342,478.72"),
    (_row("A", "A", "option", 1, 70_750), "70,750 options acquired (grants and awards, code A) in 1 transaction"),
    (_row("S", "D", "common", 84, 5e6, 9e6, 84, frozenset({"1", "2", "3"})),
     "84 transactions in common stock at 3 companies (sales, code S, disposed of), $9,000,000.00"),
])
def test_total_phrase(row: TotalRow, phrase: str) -> None:
    assert total_phrase(row) == phrase


def test_lead_total_names_the_largest_groups_and_counts_the_rest() -> None:
    rows = [_row("G", "D", "common", n, 10) for n in (1, 2, 3, 4, 5)]
    text = lead_total(rows)
    assert text.startswith("In all: 10 shares of common stock disposed of (gifts, code G) in 5 transactions;")
    assert text.endswith("; and 1 smaller group.")


@pytest.mark.parametrize(("question", "facts"), [
    # 49 sales, 10 shown: the total of all 49 leads the answer.
    ("musk tsla sales nov 2021", ["In all: 934,091 shares of common stock disposed of", "showing the 10 newest:",
                                  "Also matched, not shown:"]),
    # 14 grants, 10 shown: the other four are summed at the end; the lead names each kind of security it sums.
    ("grants", ["Also matched, not shown:", "1,474,432 RSUs", "5 transactions in options at 5 companies"]),
])
def test_cut_list_accounts_for_every_row(question: str, facts: list[str], corpus_db, rules_settings) -> None:
    text = answer(question, corpus_db, today=dt.date(2026, 11, 29), settings=rules_settings).text
    for fact in facts:
        assert fact in text, text

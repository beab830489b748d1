"""Rankings of single days: sums per trading day (per insider and day for "who"), largest first, the same sums
a total over that day gives."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers import query, sums
from bot.answers.filters import Filters
from bot.answers.rankings import rank_days


@pytest.mark.parametrize("filters, per_insider, first", [
    # Musk's Nov 8, 2021 sales (two filings, 49 rows) are the biggest day of selling on file
    (Filters(kinds=("sell",)), True, ("2021-11-08", "Musk Elon", 49, 2, 1_102_342_478.72)),
    # by number of transactions, any kind: the same day, with Musk's two exercise rows as well
    (Filters(), False, ("2021-11-08", None, 51, 2, None)),
])
def test_the_biggest_single_day(corpus_db, filters, per_insider, first) -> None:
    with query.connect(corpus_db) as conn:
        top = rank_days(conn, filters, 3, per_insider=per_insider)[0]
    day, name, transactions, filings, value = first
    assert (top.day, top.name, top.transactions, top.filings) == (day, name, transactions, filings)
    if value is not None:
        assert round(top.value, 2) == value


def test_a_day_sums_as_a_total_over_that_day(corpus_db) -> None:
    sales = Filters(kinds=("sell",))
    with query.connect(corpus_db) as conn:
        for day in rank_days(conn, sales, 5, per_insider=False):
            on = dt.date.fromisoformat(day.day)
            rows = sums.totals(conn, Filters(kinds=("sell",), date_from=on, date_to=on))
            assert (day.transactions, round(day.value, 2)) == (sum(r.transactions for r in rows),
                                                               round(sum(r.value for r in rows), 2))


@pytest.mark.parametrize("question, days", [
    ("Which insider had the biggest single day of selling?", True),
    ("which day had the most transactions in one day", True),
    ("top 3 single days of insider buying", True),
    ("which tsla form 4s were filed one day late", False),  # "one day late" ranks nothing
    ("musk sales 1 day after the grant in 2022", False),
])
def test_single_days_are_ranked_only_when_asked(question, days) -> None:
    from bot.answers.rules import parse

    assert (parse(question, dt.date(2026, 12, 7)).count_unit == "days") is days

"""Answers read from the pre-aggregated days (bot.answers.day_totals) are exactly the answers read from the rows:
the same database twice, once with its aggregates current and once marked stale (so every query reads the
rows), compared on a seeded random sample of filters (kinds of transaction, security kinds, forms,
amendments, dates) and on whole market-wide questions."""

from __future__ import annotations

import datetime as dt
import importlib.util
import math
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.answers import day_totals, query, sums
from bot.answers.engine import answer
from bot.answers.fetch import COMPANY_BREAKDOWN_MAX, fetch
from bot.answers.filters import Filters
from bot.config import Settings
from storage.db import open_db

_spec = importlib.util.spec_from_file_location(
    "aggregate_world", Path(__file__).parents[1] / "storage" / "aggregate_world.py")
aggregate_world = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(aggregate_world)

KINDS = [(), ("sell",), ("buy",), ("open_market",), ("grant",), ("exercise",), ("tax_withholding",), ("gift",),
         ("sell", "gift"), ("any",)]
SECURITIES = [None, None, "common", "option", "rsu", "preferred", "warrant"]
TODAY = dt.date(2023, 1, 24)
DAYS = 20  # a busy few weeks: many filings a day, trades of one filing on several days


@pytest.fixture(scope="module")
def two_dbs(tmp_path_factory) -> tuple[Path, Path]:
    """(aggregated, rows only): one world of filings, stored through the write path, in two files."""
    folder = tmp_path_factory.mktemp("aggregates")
    aggregated = folder / "aggregated.db"
    db = open_db(aggregated)
    world = aggregate_world.World(20261206, days=DAYS)
    for _ in range(400):
        world.step(db)
    db.close()
    rows_only = folder / "rows.db"
    shutil.copy(aggregated, rows_only)
    conn = sqlite3.connect(rows_only)
    with conn:
        conn.execute("INSERT INTO agg_dirty VALUES ('stale', '')")  # the aggregates no longer vouch for the rows
    conn.close()
    return aggregated, rows_only


def random_filters(rng: random.Random) -> Filters:
    start = aggregate_world.FIRST_DAY + dt.timedelta(days=rng.randrange(-10, DAYS + 5))
    dates = rng.choice(("none", "from", "to", "both", "both", "one day"))
    return Filters(
        kinds=rng.choice(KINDS), security=rng.choice(SECURITIES), form=rng.choice((None, None, "4", "5", "3")),
        amendments_only=rng.random() < 0.15,
        date_from=start if dates in ("from", "both", "one day") else None,
        date_to=(start if dates == "one day" else start + dt.timedelta(days=rng.randrange(1, DAYS)))
        if dates in ("to", "both", "one day") else None,
    )


def same(a, b) -> bool:
    """Equal, floats to 1e-9 relative (sums added in another order)."""
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if hasattr(a, "__dataclass_fields__"):
        return type(a) is type(b) and all(same(getattr(a, f), getattr(b, f)) for f in a.__dataclass_fields__)
    return a == b


def test_the_sample_of_filters_reads_the_days_on_one_side_and_the_rows_on_the_other(two_dbs):
    aggregated, rows_only = two_dbs
    f = Filters(kinds=("sell",))
    with query.connect(aggregated) as conn:
        assert day_totals.day_totals(conn, f) is not None
        assert day_totals.day_totals(conn, Filters(kinds=("sell",), issuer_ciks=("0000000101",))) is None
        assert day_totals.day_totals(conn, Filters(kinds=("sell",), min_value=10.0)) is None
        assert day_totals.day_totals(conn, Filters(security="rsu")) is None  # an award told by its footnote
    with query.connect(rows_only) as conn:
        assert day_totals.day_totals(conn, f) is None


@pytest.mark.parametrize("seed", range(6))
def test_sums_from_the_days_equal_sums_from_the_rows(two_dbs, seed):
    aggregated, rows_only = two_dbs
    rng = random.Random(seed)
    served = 0
    with query.connect(aggregated) as a, query.connect(rows_only) as r:
        for _ in range(40):
            f = random_filters(rng)
            served += day_totals.day_totals(a, f) is not None
            across = sums.totals_across(a, f, COMPANY_BREAKDOWN_MAX)
            assert same(across, sums.totals_across(r, f, COMPANY_BREAKDOWN_MAX)), f
            assert sums.distinct_filings(a, f) == sums.distinct_filings(r, f), f
            assert day_totals.transaction_count(a, f) in (None, sum(
                t.transactions for t in sums.totals(r, f))), f
    assert served >= 20


@pytest.mark.parametrize("aggregation", ["total", "count", "biggest", "list", "smallest"])
def test_fetched_answers_from_the_days_equal_those_from_the_rows(two_dbs, aggregation):
    aggregated, rows_only = two_dbs
    rng = random.Random(aggregation)
    with query.connect(aggregated) as a, query.connect(rows_only) as r:
        for _ in range(40):
            f = random_filters(rng)
            got, expected = fetch(a, f, aggregation, 10, today=TODAY), fetch(r, f, aggregation, 10, today=TODAY)
            assert got.total_matches == expected.total_matches, f
            assert [x.entry_id for x in got.records] == [x.entry_id for x in expected.records], f
            assert same(got.totals, expected.totals), f
            assert (got.filings, got.companies) == (expected.filings, expected.companies), f


@pytest.mark.parametrize("question", [
    "total sales in 2023", "total purchases", "how many sales in 2023", "biggest purchases in 2023",
    "biggest sales", "who bought last month", "sales of options in 2023", "total gifts on form 5",
    "net buying in 2023", "grants in Q1 2023", "sales last week", "options exercised in January 2023", "total sales and purchases since January 10 2023",
])
def test_market_wide_questions_answer_the_same_from_the_days(two_dbs, question):
    aggregated, rows_only = two_dbs
    settings = Settings(_env_file=None, answer_mode="rules")
    got = answer(question, aggregated, settings=settings, today=TODAY)
    expected = answer(question, rows_only, settings=settings, today=TODAY)
    assert got.text == expected.text


@pytest.fixture(params=["set", "sorted", "no numpy"])
def counting(request, monkeypatch):
    """Distinct keys counted in a set (few keys), by sorting them (many keys), or in a set again when numpy is not
    installed: every count below is made each way."""
    if request.param == "sorted":
        pytest.importorskip("numpy")
        monkeypatch.setattr(day_totals, "SORT_FROM_KEYS", 1)
    elif request.param == "no numpy":
        monkeypatch.setattr(day_totals, "SORT_FROM_KEYS", 1)
        monkeypatch.setattr(day_totals, "_numpy", lambda: None)
    else:
        monkeypatch.setattr(day_totals, "SORT_FROM_KEYS", 1 << 62)
    return request.param


@pytest.mark.parametrize("keys", [[], [7], [7, 7], [3, 1, 2, 3, 1], list(range(-5, 5)) * 3, [-(1 << 62), 1 << 62, 0],
                                  [random.Random(1).randrange(-(1 << 63), 1 << 63) for _ in range(20_000)],
                                  [random.Random(2).randrange(5_000) for _ in range(30_000)]])
def test_distinct_counts_the_different_keys(counting, keys):
    from array import array

    assert day_totals.distinct(array("q", keys).tobytes()) == len(set(keys))


@pytest.mark.parametrize("seed", range(3))
def test_counts_from_the_days_equal_the_rows_either_way_they_are_counted(two_dbs, counting, seed):
    aggregated, rows_only = two_dbs
    rng = random.Random(seed)
    with query.connect(aggregated) as a, query.connect(rows_only) as r:
        for _ in range(40):
            f = random_filters(rng)
            assert same(sums.totals_across(a, f, 1), sums.totals_across(r, f, 1)), f
            assert sums.distinct_filings(a, f) == sums.distinct_filings(r, f), f


def test_net_totals_carry_the_companies_keys(two_dbs, counting):
    aggregated, _ = two_dbs
    with query.connect(aggregated) as conn:
        rows = sums.totals_by_kind(conn, Filters(kinds=("open_market",)), 1)
        days = day_totals.day_totals(conn, Filters(kinds=("open_market",)))
    assert rows and all(isinstance(t.issuers, frozenset) and t.issuers for t in rows)
    assert len(frozenset().union(*(t.issuers for t in rows))) == days.issuers

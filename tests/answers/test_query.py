"""The SQL layer: parameters only, a read-only connection, and a time limit."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from bot.answers import query
from bot.answers.engine import answer
from bot.answers.filters import Filters, where

HOSTILE = "x'); DROP TABLE filings; --"


def test_values_travel_as_parameters() -> None:
    filters = Filters(issuer_ciks=(HOSTILE,), owner_ciks=(HOSTILE,), role="ceo", security="option",
                      kinds=("sell",), date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 12, 31))
    clauses, params = where(filters.entry_filters(holdings=False))
    sql = " AND ".join(clauses)
    assert HOSTILE not in sql and "DROP" not in sql
    assert params.count(HOSTILE) == 2
    assert sql.count("?") == len(params)


def test_the_connection_is_read_only(samples_db) -> None:
    with query.connect(samples_db) as conn:
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("DELETE FROM filings")
        assert conn.execute("SELECT count(*) FROM filings").fetchone()[0] > 0


def test_hostile_question_changes_nothing(samples_db, rules_settings) -> None:
    with query.connect(samples_db) as conn:
        before = conn.execute("SELECT count(*) FROM filings").fetchone()[0]
    result = answer(f"sales by {HOSTILE}", samples_db, settings=rules_settings)
    assert result.kind in ("no_match", "ambiguous", "records")
    with query.connect(samples_db) as conn:
        assert conn.execute("SELECT count(*) FROM filings").fetchone()[0] == before


def test_runaway_query_is_interrupted(samples_db) -> None:
    with query.connect(samples_db, time_limit=0.05) as conn:
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c")


def test_amended_filings_are_superseded(corpus_db) -> None:
    """The 4/A in the corpus has its original linked only if both are stored; then only the 4/A counts."""
    with query.connect(corpus_db) as conn:
        rows = query.entries(conn, Filters(kinds=("gift",)), limit=50)
        ids = {r["filing_id"] for r in rows}
        amended = {r[0] for r in conn.execute("SELECT amends_filing_id FROM filings WHERE amends_filing_id IS NOT NULL")}
    assert not ids & amended


def test_no_database(tmp_path, rules_settings) -> None:
    result = answer("Tecogen options", tmp_path / "missing.db", settings=rules_settings)
    assert result.kind == "error" and "no database" in result.text

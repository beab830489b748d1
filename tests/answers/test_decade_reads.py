"""Reads kept cheap on a decade-size database (#12) give what the plain reads give.

- "The database holds N filings" reads the count kept by m011's triggers, and still counts the rows when the
  kept count is behind them (filings added around the triggers) or absent (a database not migrated).
- A cut list of rows chosen after the query (10b5-1, late) sums the rows not shown from the rows it already
  read: the same records a second query would read.
- A plain cut list sums the rows not shown from brief records: the fields the summary reads, as the full records
  have them.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.answers import query
from bot.answers.cut_lists import REST_GROUPS_MAX, REST_SCAN, rest_groups
from bot.answers.fetch import _page as page
from bot.answers.fetch import fetch
from bot.answers.filters import Filters
from bot.answers.records import Brief, brief_records
from storage.db import open_db
from storage.migrations import migrate
from storage.sql import FILINGS_COUNT_SQL


@pytest.fixture
def own_db(tmp_path: Path, samples_db: Path) -> Path:
    """A copy of the samples database this test may change."""
    path = tmp_path / "own.db"
    shutil.copy(samples_db, path)
    return path


def _counted(path: Path) -> tuple[int, int]:
    """(the summary's filings, count(*) of filings)."""
    with query.connect(path) as conn:
        return query.store_summary(conn)["filings"], conn.execute("SELECT count(*) FROM filings").fetchone()[0]


def _copy_a_filing(conn: sqlite3.Connection, new_id: str) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS one AS SELECT * FROM filings LIMIT 0")
    conn.execute("DELETE FROM temp.one")
    conn.execute("INSERT INTO temp.one SELECT * FROM filings LIMIT 1")
    conn.execute("UPDATE temp.one SET id = ?, accession_number = ?, content_hash = ?", (new_id, new_id, new_id))
    conn.execute("INSERT INTO filings SELECT * FROM temp.one")


def test_the_kept_count_of_filings_follows_inserts_and_deletes(own_db: Path) -> None:
    summary, rows = _counted(own_db)
    assert summary == rows > 0
    db = open_db(own_db)
    with db.conn:
        _copy_a_filing(db.conn, "copy-1")
    assert _counted(own_db) == (rows + 1, rows + 1)
    with db.conn:
        db.conn.execute("DELETE FROM filings WHERE id = 'copy-1'")
    db.close()
    assert _counted(own_db) == (rows, rows)


def test_filings_added_around_the_triggers_are_still_counted(own_db: Path) -> None:
    """What a bulk load that drops every trigger does: the kept count is behind, so the rows are counted."""
    _, rows = _counted(own_db)
    db = open_db(own_db)
    with db.conn:
        triggers = db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND tbl_name = 'filings'").fetchall()
        for name, _ in triggers:
            db.conn.execute(f'DROP TRIGGER "{name}"')
        _copy_a_filing(db.conn, "around-1")
        for _, sql in triggers:
            db.conn.execute(sql)
    db.close()
    assert _counted(own_db) == (rows + 1, rows + 1)


def _kept_count_in_use(path: Path) -> bool:
    with query.connect(path) as conn:
        return bool(conn.execute("SELECT top_rowid = (SELECT max(rowid) FROM filings) FROM filings_count").fetchone()[0])


def test_the_newest_filings_deleted_again_leave_the_kept_count_in_use(own_db: Path) -> None:
    """What the decade bench's store step does: filings stored, then deleted again."""
    _, rows = _counted(own_db)
    db = open_db(own_db)
    with db.conn:
        for n in range(3):
            _copy_a_filing(db.conn, f"new-{n}")
    with db.conn:
        db.conn.execute("DELETE FROM filings WHERE id LIKE 'new-%'")
    db.close()
    assert _counted(own_db) == (rows, rows)
    assert _kept_count_in_use(own_db)


def test_random_stores_deletes_and_loads_around_the_triggers_keep_the_count_right(own_db: Path) -> None:
    """Inserts through the triggers, inserts around them (a bulk load that drops them), and deletes of any filing, in
    a seeded random order: the summary's count is count(*) after each."""
    rng = random.Random(11)
    db = open_db(own_db)
    triggers = db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                               "AND tbl_name = 'filings'").fetchall()
    for step in range(40):
        action = rng.choice(("store", "store", "around", "delete", "delete_newest"))
        with db.conn:
            if action == "store":
                _copy_a_filing(db.conn, f"s-{step}")
            elif action == "around":
                for name, _ in triggers:
                    db.conn.execute(f'DROP TRIGGER "{name}"')
                _copy_a_filing(db.conn, f"a-{step}")
                for _, sql in triggers:
                    db.conn.execute(sql)
            else:
                order = "rowid DESC" if action == "delete_newest" else "random()"
                db.conn.execute(f"DELETE FROM filings WHERE rowid = (SELECT rowid FROM filings ORDER BY {order} LIMIT 1)")
        summary, rows = _counted(own_db)
        assert summary == rows, (step, action)
    db.close()


def test_a_database_without_the_kept_count_counts_its_filings(own_db: Path) -> None:
    db = open_db(own_db)
    with db.conn:
        db.conn.execute("DROP TABLE filings_count")
    db.close()
    summary, rows = _counted(own_db)
    assert summary == rows > 0


def test_m011_fills_the_count_and_the_index_on_an_existing_database(own_db: Path) -> None:
    db = open_db(own_db)
    with db.conn:
        for name in ("filings_count_ai", "filings_count_ad"):
            db.conn.execute(f"DROP TRIGGER {name}")
        db.conn.execute("DROP TABLE filings_count")
        db.conn.execute("DROP INDEX idx_issuers_updated")
        db.conn.execute("DELETE FROM _migrations WHERE name = 'm011_answer_counts'")
    assert migrate(db) == ["m011_answer_counts"]
    kept = db.conn.execute("SELECT filings, top_rowid FROM filings_count").fetchone()
    assert tuple(kept) == db.conn.execute("SELECT count(*), max(rowid) FROM filings").fetchone()
    names = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master")}
    assert {"filings_count_ai", "filings_count_ad", "idx_issuers_updated"} <= names
    assert len(FILINGS_COUNT_SQL) == 3
    db.close()


def test_an_empty_database_counts_no_filings(tmp_path: Path) -> None:
    open_db(tmp_path / "empty.db").close()
    assert _counted(tmp_path / "empty.db") == (0, 0)


@pytest.mark.parametrize("aggregation", ["plan_10b5_1", "not_plan_10b5_1", "late"])
@pytest.mark.parametrize("database", ["samples_db", "corpus_db"])
def test_rows_chosen_after_the_query_are_the_rows_a_second_query_reads(aggregation: str, database: str,
                                                                       request: pytest.FixtureRequest) -> None:
    """``account_for_cut`` sums the rows not shown from ``Fetched.chosen``: it must hold what fetching again with
    the cut list's larger limit returns, in the same order."""
    path = request.getfixturevalue(database)
    with query.connect(path) as conn:
        page = fetch(conn, Filters(), aggregation, 2, today=dt.date(2026, 11, 29))
        again = fetch(conn, Filters(), aggregation, REST_SCAN, today=dt.date(2026, 11, 29))
    assert page.chosen is not None
    assert [r.entry_id for r in page.records] == [r.entry_id for r in page.chosen[:2]]
    assert [r.to_dict() for r in page.chosen[:REST_SCAN]] == [r.to_dict() for r in again.records]
    assert page.total_matches == again.total_matches == len(page.chosen)


def test_other_aggregations_leave_chosen_unset(samples_db: Path) -> None:
    with query.connect(samples_db) as conn:
        assert fetch(conn, Filters(), "list", 5).chosen is None


_LIST_FILTERS = [Filters(), Filters(kinds=("sell",)), Filters(kinds=("buy",)), Filters(role="ceo"), Filters(role="director"),
                 Filters(security="option"), Filters(kinds=("grant",), role="cfo"), Filters(form="5"),
                 Filters(date_from=dt.date(2024, 1, 1))]


@pytest.mark.parametrize("database", ["samples_db", "corpus_db"])
def test_a_plain_list_sums_its_rows_not_shown_from_brief_records(database: str, request: pytest.FixtureRequest) -> None:
    """A list's rows not shown are summed from ``brief_records`` (no footnotes, plan or lateness read): each is what
    ``build_records`` makes of the same row, in the fields the summary reads, and the summary is the same."""
    path = request.getfixturevalue(database)
    today = dt.date(2026, 11, 29)
    with query.connect(path) as conn:
        for filters in _LIST_FILTERS:
            full = fetch(conn, filters, "list", REST_SCAN, today=today).records
            rows, _ = page(conn, filters, "recent", REST_SCAN)
            brief = brief_records(conn, rows, filters)
            assert [b.entry_id for b in brief] == [r.entry_id for r in full], filters
            for b, r in zip(brief, full, strict=True):
                assert {name: getattr(b, name) for name in Brief.__dataclass_fields__} == {
                    name: getattr(r, name) for name in Brief.__dataclass_fields__}, filters
            assert rest_groups(brief[2:], REST_GROUPS_MAX) == rest_groups(full[2:], REST_GROUPS_MAX), filters
            texts, groups = rest_groups(full[2:])
            assert len(texts) == groups and rest_groups(full[2:], 3) == (texts[:3], groups)

"""storage.migrations: a fresh database gets every migration; an older one upgrades when opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from storage import migrations
from storage.db import open_db
from storage.migrations import FTS_001, MIGRATIONS, migrate

SCHEMA_TABLES = {"issuers", "owners", "filings", "filing_owners", "entries", "footnotes", "signatures",
                 "rejections"}


def applied(db) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM _migrations ORDER BY rowid").fetchall()]


def test_a_fresh_database_gets_every_migration(tmp_path):
    db = open_db(tmp_path / "sub" / "fresh.db")
    assert applied(db) == [fn.__name__ for fn in MIGRATIONS]
    assert SCHEMA_TABLES <= set(db.table_names())
    for table in FTS_001:
        assert db[table].detect_fts() == f"{table}_fts"
        assert {t.name for t in db[table].triggers} >= {f"{table}_ai", f"{table}_ad", f"{table}_au"}
    db.close()


def test_reopening_applies_nothing(tmp_path):
    path = tmp_path / "again.db"
    open_db(path).close()
    db = sqlite_utils.Database(sqlite3.connect(path))
    schema = db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert migrate(db) == []
    assert db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    db.close()


def test_an_older_database_upgrades_itself_when_opened(tmp_path, monkeypatch):
    """A database that has only the first migration recorded gets the rest, including one added later."""
    path = tmp_path / "old.db"
    old = sqlite_utils.Database(sqlite3.connect(path))
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:1])
    assert migrate(old) == ["m001_initial_schema"]
    old["issuers"].insert({"cik": "0001537435", "name": "Tecogen Inc."})
    old.close()

    def m999_added_later(db):
        db.execute("ALTER TABLE issuers ADD COLUMN added_later TEXT")

    later = [*MIGRATIONS, m999_added_later]
    monkeypatch.setattr(migrations, "MIGRATIONS", later)
    db = open_db(path)
    assert applied(db) == [fn.__name__ for fn in later]
    assert "added_later" in db["issuers"].columns_dict
    assert db["issuers"].get("0001537435")["name"] == "Tecogen Inc."
    assert migrate(db) == []
    db.close()


def test_a_failing_migration_is_rolled_back_and_not_recorded(tmp_path, monkeypatch):
    def m999_broken(db):
        db.execute("CREATE TABLE half_done (x)")
        db.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, m999_broken])
    path = tmp_path / "broken.db"
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        open_db(path)
    db = sqlite_utils.Database(sqlite3.connect(path))
    assert "m999_broken" not in applied(db)
    assert "half_done" not in db.table_names()
    assert "m001_initial_schema" in applied(db)
    db.close()


def _open_and_count_tables(path: str) -> int:
    db = open_db(path)
    try:
        return len(db.table_names())
    finally:
        db.close()


def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    """Several processes starting on the same new file must not each create the schema."""
    import concurrent.futures
    import multiprocessing

    for attempt in range(3):
        path = str(tmp_path / f"race-{attempt}.db")
        context = multiprocessing.get_context("spawn")
        with concurrent.futures.ProcessPoolExecutor(max_workers=4, mp_context=context) as pool:
            counts = list(pool.map(_open_and_count_tables, [path] * 4))
        assert len(set(counts)) == 1 and counts[0] > 10
        applied = open_db(path).execute("SELECT COUNT(*) FROM _migrations").fetchone()[0]
        assert applied == len(MIGRATIONS)

"""Migration m012 (#12, bytes per filing): ``entries`` without its stored text key. A database made before it
(``entries`` as m001 made it: ``id`` stored as the primary key, ``table_name`` stored, ``idx_entries_security``)
is migrated when opened: every row reads back the same, ``id`` and ``table_name`` included, under the same
rowid; full-text search, the aggregates and the answers are the same; and writes go on exactly as on a
database made fresh."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from corpus import CORPUS

from bot.answers.engine import answer
from bot.config import Settings
from bot.ingest import ingest_paths
from storage import compact
from storage.db import open_db
from storage.migrations import FTS_001, SCHEMA_001
from storage.rows import entry_rows, table_of
from storage.sql import OPEN_MARKET_VALUE_INDEX_SQL
from storage.writes import store_filing, write_transaction

REPO = Path(__file__).resolve().parents[2]
SAMPLES = [REPO / "bot" / "samples", REPO / "tests" / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"]
TODAY = dt.date(2026, 11, 29)
RULES = Settings(_env_file=None, answer_mode="rules", llm_model=None)
QUESTIONS = [
    "sales at Example Robotics", "who bought Example Robotics stock in 2024", "biggest sales in 2024",
    "total sales in 2024", "what options did Tecogen's GC get", "how many shares does John Whiting hold in Tecogen",
    "RSUs vested at Example Biotech", "latest activity at $EXBT", "who are the insiders at Example Biotech?",
    "count of $EXRB filings", "10b5-1 sales at Example Robotics", "net buying at $EXRB this year",
]
OLD_TABLE = re.search(r"CREATE TABLE entries \(.*?\n\);", SCHEMA_001, re.S).group(0)
OLD_INDEXES = re.findall(r"CREATE INDEX idx_entries_\w+ ON entries\([^)]*\);", SCHEMA_001)
OLD_CONTENT_INDEX = re.search(r"CREATE INDEX idx_filings_content_hash ON filings\(content_hash\);", SCHEMA_001).group(0)
ACCESSION = "0001537435-23-000078"
FULL_TEXT_SEARCHES = [("entries", "stock OR option"), ("footnotes", "vest* OR price"), ("filing_owners", "chief OR counsel"),
                      ("filings", "sample OR fictional"), ("issuers", "example"), ("owners", "smith OR whiting")]


def before_m012(path: Path) -> None:
    """Turn the database at ``path`` back into what m001–m011 left: ``entries`` as m001 created it (the same
    rows under the same rowids, its indexes and triggers), the whole content hash indexed, full text with column
    sizes, and m012 not recorded;
    then ANALYZE, as the decade bench's database has statistics."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        triggers = [sql for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entries'")]
        columns = ", ".join(("id", "table_name", *compact.STORED_COLUMNS))
        conn.execute("PRAGMA legacy_alter_table = ON")
        conn.execute(OLD_TABLE.replace("CREATE TABLE entries", "CREATE TABLE entries_before", 1))
        conn.execute(f"INSERT INTO entries_before (rowid, {columns}) SELECT rowid, {columns} FROM entries")
        conn.execute("DROP TABLE entries")
        conn.execute("ALTER TABLE entries_before RENAME TO entries")
        conn.execute("PRAGMA legacy_alter_table = OFF")
        for sql in (*OLD_INDEXES, OPEN_MARKET_VALUE_INDEX_SQL, *triggers, OLD_CONTENT_INDEX,
                    f"DROP INDEX {compact.CONTENT_HASH_INDEX}"):
            conn.execute(sql)
        for table in compact.SIZELESS_FULL_TEXT:  # full text with its column sizes, as m001 made it
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (f"{table}_fts",)).fetchone()[0]
            conn.execute(f"DROP TABLE {table}_fts")
            conn.execute(sql.replace(",\n    columnsize=0", ""))
            conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')")
        conn.execute("DELETE FROM _migrations WHERE name = 'm012_compact_entries'")
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()


def stored(path: Path) -> dict:
    """Everything m012 must leave as it was, read by plain SQL."""
    conn = sqlite3.connect(path)
    try:
        return {
            "entries": conn.execute("SELECT rowid, * FROM entries ORDER BY rowid").fetchall(),
            "search": [conn.execute(f"SELECT rowid, rank FROM {table}_fts WHERE {table}_fts MATCH ? ORDER BY rank, rowid",
                                    (words,)).fetchall() for table, words in FULL_TEXT_SEARCHES],
            "cells": conn.execute("SELECT * FROM agg_cells ORDER BY 1, 2, 3, 4, 5, 6, 7").fetchall(),
            "days": conn.execute("SELECT * FROM agg_days ORDER BY 1, 2, 3, 4, 5, 6").fetchall(),
            "state": conn.execute("SELECT * FROM agg_state").fetchall(),
            "triggers": conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
                            .fetchall(),
        }
    finally:
        conn.close()


def answers(path: Path) -> list[dict]:
    return [dataclasses.asdict(answer(q, path, today=TODAY, settings=RULES)) for q in QUESTIONS]


def schema_of_entries(path: Path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {
            "indexes": {name: (unique, [c for (c,) in conn.execute(f"SELECT name FROM pragma_index_info('{name}')")])
                        for name, unique in conn.execute("SELECT name, \"unique\" FROM pragma_index_list('entries')")},
            "stored": [name for name, hidden in conn.execute("SELECT name, hidden FROM pragma_table_xinfo('entries')")
                       if hidden == 0],
            "stats": dict(conn.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'entries'").fetchall())
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() else {},
            "fts_ok": conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')") is not None,
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
            "foreign_keys": conn.execute("PRAGMA foreign_key_check").fetchall(),
        }
    finally:
        conn.close()


def more_filings(make) -> list:
    """A filing with rows in two tables, and its amendment."""
    return [
        make(accession_number=ACCESSION, filed_at="2023-09-27", period="2023-09-20"),
        make(document_type="4/A", accession_number="0001537435-23-000091", filed_at="2023-10-02",
                     period="2023-09-20", shares=40000.0, date_of_original_submission="2023-09-27"),
    ]


@pytest.fixture
def old_db(tmp_path, make_filing) -> Path:
    """The samples and a few built filings, stored by the write path, in a database from before m012."""
    path = tmp_path / "old.db"
    db = open_db(path)
    try:
        ingest_paths(db, SAMPLES)
        for filing in more_filings(make_filing):
            store_filing(db, filing)
    finally:
        db.close()
    before_m012(path)
    return path


def test_a_database_from_before_m012_reads_back_the_same_once_migrated(old_db) -> None:
    old = schema_of_entries(old_db)
    assert "sqlite_autoindex_entries_1" in old["indexes"] and "idx_entries_security" in old["indexes"]
    assert old["stored"][:3] == ["id", "filing_id", "table_name"]
    conn = sqlite3.connect(old_db)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_fts_docsize'").fetchone()[0] == 6
    conn.close()
    rows, said = stored(old_db), answers(old_db)
    assert len(rows["entries"]) > 10 and all(rows["search"])

    applied = open_db(old_db).execute("SELECT name FROM _migrations ORDER BY rowid DESC LIMIT 1").fetchone()[0]

    assert applied == "m012_compact_entries"
    assert stored(old_db) == rows
    assert answers(old_db) == said
    new = schema_of_entries(old_db)
    assert new["indexes"] == {
        "idx_entries_filing": (1, ["filing_id", "is_derivative", "is_holding", "seq"]),
        "idx_entries_issuer_date": (0, ["issuer_cik", "transaction_date"]),
        "idx_entries_code_date": (0, ["transaction_code", "transaction_date"]),
        "idx_entries_date": (0, ["transaction_date"]),
        "idx_entries_open_market_value": new["indexes"]["idx_entries_open_market_value"],
    }
    assert new["stored"] == list(compact.STORED_COLUMNS)  # id and table_name generated, nothing else
    assert set(new["stats"]) == set(old["stats"]) - {"idx_entries_security", "sqlite_autoindex_entries_1"}
    assert len(new["stats"]["idx_entries_filing"].split()) == 5  # analysed: rows, then one figure per column
    assert {k: v for k, v in new["stats"].items() if k != "idx_entries_filing"} == {
        k: v for k, v in old["stats"].items() if k in new["stats"] and k != "idx_entries_filing"}
    assert (new["fts_ok"], new["integrity"], new["foreign_keys"]) == (True, "ok", [])
    conn = sqlite3.connect(old_db)
    filing_indexes = {name for (name,) in conn.execute("SELECT name FROM pragma_index_list('filings')")}
    assert compact.CONTENT_HASH_INDEX in filing_indexes and "idx_filings_content_hash" not in filing_indexes
    assert conn.execute("SELECT stat FROM sqlite_stat1 WHERE idx = ?", (compact.CONTENT_HASH_INDEX,)).fetchone()
    sizes = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '%_fts_docsize'")}
    assert sizes == {"issuers_fts_docsize", "owners_fts_docsize"}  # the small ones keep theirs
    for table in compact.SIZELESS_FULL_TEXT:
        assert "columnsize=0" in conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (f"{table}_fts",)).fetchone()[0]
        conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
    conn.close()
    for table in FTS_001:
        assert sqlite_utils.Database(old_db)[table].detect_fts() == f"{table}_fts"  # search boxes still find them


def test_a_fresh_database_has_the_compact_entries_and_reopening_changes_nothing(db_path) -> None:
    conn = sqlite3.connect(db_path)
    schema = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    conn.close()
    assert schema_of_entries(db_path)["stored"] == list(compact.STORED_COLUMNS)
    open_db(db_path).close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    conn.close()


def _writes(db, make) -> str:
    """A bare XML filing, then the same with its accession (re-keyed), then new content under that accession
    (replaced), then a filing deleted (its rows go with it)."""
    same = {"period": "2024-02-01", "issuer_cik": "0000000777", "owners": (("0000000888", "Roe Richard"),)}
    header = {"accession_number": "0000000777-24-000001", "filed_at": "2024-02-03"}
    bare = make(source="/data/form4.xml", **same)
    assert store_filing(db, bare) == "new"
    assert store_filing(db, make(source="/data/sub.txt", **same, **header)) == "updated"
    assert store_filing(db, make(**same, **header, shares=5.0)) == "updated"
    with write_transaction(db) as conn:
        conn.execute("DELETE FROM filings WHERE id = ?", ("0001537435-23-000091",))
    return f"sha1:{bare.content_hash}"


def test_writes_after_m012_leave_the_rows_a_fresh_database_would_have(old_db, tmp_path, make_filing) -> None:
    fresh_path = tmp_path / "fresh.db"
    fresh = open_db(fresh_path)
    ingest_paths(fresh, SAMPLES)
    for filing in more_filings(make_filing):
        store_filing(fresh, filing)
    migrated = open_db(old_db)
    (bare_id,) = {_writes(db, make_filing) for db in (migrated, fresh)}

    def rows(db) -> list[tuple]:
        return db.execute("SELECT * FROM entries ORDER BY id").fetchall()

    assert rows(migrated) == rows(fresh)
    ids = [r[0] for r in rows(fresh)]
    assert "0000000777-24-000001:derivative_transaction:1" in ids and not any(i.startswith(bare_id) for i in ids)
    assert not any(i.startswith("0001537435-23-000091:") for i in ids)
    for db in (migrated, fresh):
        assert db.execute("SELECT count(*) FROM agg_dirty").fetchone()[0] == 0
    assert (migrated.execute("SELECT * FROM agg_cells ORDER BY 1, 2, 3, 4, 5, 6, 7").fetchall()
            == fresh.execute("SELECT * FROM agg_cells ORDER BY 1, 2, 3, 4, 5, 6, 7").fetchall())
    migrated.close()
    fresh.close()


def test_the_generated_key_and_table_name_are_what_the_rows_were_written_as(db, make_filing) -> None:
    filing = make_filing(accession_number=ACCESSION, filed_at="2023-09-27")
    store_filing(db, filing)
    got = db.execute("SELECT id, table_name, is_derivative, is_holding, seq FROM entries ORDER BY id").fetchall()
    assert got == [(f"{ACCESSION}:derivative_transaction:1", "derivative_transaction", 1, 0, 1),
                   (f"{ACCESSION}:non_derivative_holding:1", "non_derivative_holding", 0, 1, 1)]
    assert [table_of(d, h) for _, _, d, h, _ in got] == [name for _, name, *_ in got]
    assert len(entry_rows(ACCESSION, filing)[0]) == len(compact.STORED_COLUMNS)


@pytest.mark.parametrize(("derivative", "holding", "table"), [
    (0, 0, "non_derivative_transaction"), (0, 1, "non_derivative_holding"),
    (1, 0, "derivative_transaction"), (1, 1, "derivative_holding"),
])
def test_table_name_follows_the_two_flags(db, derivative, holding, table) -> None:
    assert table_of(derivative, holding) == table
    assert db.execute(f"SELECT {compact.TABLE_NAME_SQL} FROM (SELECT ? AS is_derivative, ? AS is_holding)",
                      (derivative, holding)).fetchone()[0] == table


def test_a_row_stored_twice_under_the_same_key_is_refused(db, make_filing) -> None:
    store_filing(db, make_filing(accession_number=ACCESSION, filed_at="2023-09-27"))
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"), db.conn:
        db.conn.execute("INSERT INTO entries (filing_id, seq, is_derivative, is_holding, issuer_cik) "
                        "VALUES (?, 1, 1, 0, '0001537435')", (ACCESSION,))


def test_the_shared_corpus_reads_back_the_same_once_migrated(tmp_path) -> None:
    if not (CORPUS / "MANIFEST.tsv").exists():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    path = tmp_path / "corpus.db"
    db = open_db(path)
    ingest_paths(db, [CORPUS])
    db.close()
    before_m012(path)
    rows = stored(path)
    open_db(path).close()
    assert stored(path) == rows
    new = schema_of_entries(path)
    assert (new["fts_ok"], new["integrity"], new["foreign_keys"]) == (True, "ok", [])


def test_a_filing_is_found_by_content_through_the_short_index(db, make_filing) -> None:
    plan = " | ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {compact.SAME_CONTENT_SQL}", ("a" * 40,)))
    assert f"USING INDEX {compact.CONTENT_HASH_INDEX} (<expr>=?)" in plan, plan
    assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'idx_filings_content_hash'").fetchone() is None
    bare = make_filing(source="/data/form4.xml")
    assert store_filing(db, bare) == "new"
    assert store_filing(db, make_filing(source="/elsewhere/form4.xml")) == "unchanged"  # the same content
    tail_only = bare.content_hash[:-9] + "x" + bare.content_hash[-8:]  # same last 8 characters, another hash
    assert db.execute(compact.SAME_CONTENT_SQL, (tail_only,)).fetchone() is None
    assert db.execute(compact.SAME_CONTENT_SQL, (bare.content_hash,)).fetchone() == (1,)


def test_a_row_whose_filing_is_gone_is_left_behind_not_a_failed_migration(old_db) -> None:
    conn = sqlite3.connect(old_db, isolation_level=None)  # foreign keys off, as a raw connection has them
    conn.execute("INSERT INTO entries (id, filing_id, table_name, seq, is_derivative, is_holding, issuer_cik) "
                 "VALUES ('gone:non_derivative_transaction:1', 'gone', 'non_derivative_transaction', 1, 0, 0, '1')")
    conn.close()
    rows = stored(old_db)["entries"]

    open_db(old_db).close()

    assert stored(old_db)["entries"] == [row for row in rows if row[2] != "gone"]

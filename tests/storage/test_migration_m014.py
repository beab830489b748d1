"""Migration m014 (#11, data-set import speed): amendments indexed by company and form, a partial index over the
few filings that are amendments. A fresh database has it, a database made before m014 gets it when opened (and
nothing else changes), and both amendment queries (one original, a batch of them) read through it."""

from __future__ import annotations

import sqlite3

import pytest

from storage.bulk import _AMENDMENTS_OF_ORIGINALS, store_filings
from storage.db import open_db
from storage.links import _AMENDMENTS_OF_ORIGINAL
from storage.sql import AMENDMENTS_INDEX

INDEX_SQL = "CREATE INDEX idx_filings_amendments ON filings(issuer_cik, form) WHERE is_amendment = 1"


def schema(db) -> list[tuple]:
    return db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def before_m014(path) -> None:
    """The database at ``path`` as m001–m013 left it: no amendments index, m014 not recorded."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"DROP INDEX {AMENDMENTS_INDEX}")
    conn.execute("DELETE FROM _migrations WHERE name = 'm014_amendments_index'")
    conn.close()


def test_a_fresh_database_has_the_amendments_index(db):
    assert db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [AMENDMENTS_INDEX]).fetchone() == (INDEX_SQL,)
    assert db.execute("SELECT count(*) FROM _migrations WHERE name = 'm014_amendments_index'").fetchone() == (1,)


def test_a_database_made_before_m014_gets_the_index_when_opened_and_nothing_else_changes(db_path, make_filing):
    db = open_db(db_path)
    store_filings(db, [make_filing(accession_number="0000000001-23-000001"),
                       make_filing(accession_number="0000000001-23-000002", document_type="4/A")],
                  origin="dataset:2023q3")
    fresh, rows = schema(db), db.execute("SELECT id, amends_filing_id FROM filings ORDER BY id").fetchall()
    db.close()
    before_m014(db_path)
    db = open_db(db_path)
    try:
        assert schema(db) == fresh
        assert db.execute("SELECT id, amends_filing_id FROM filings ORDER BY id").fetchall() == rows == [
            ("0000000001-23-000001", None), ("0000000001-23-000002", "0000000001-23-000001")]
        assert db.execute(f"SELECT count(*) FROM filings INDEXED BY {AMENDMENTS_INDEX} "
                          "WHERE issuer_cik = '0001537435' AND form = '4' AND is_amendment = 1").fetchone() == (1,)
    finally:
        db.close()


@pytest.mark.parametrize("analyzed", [False, True])
@pytest.mark.parametrize(("query", "parameters"), [
    (_AMENDMENTS_OF_ORIGINAL, ["0001537435", "4", "0000000001-23-000001", "2023-09-20", "2023-09-27", None]),
    (_AMENDMENTS_OF_ORIGINALS, ['["0000000001-23-000001"]', "[]"]),
], ids=["one original", "a batch of originals"])
def test_the_amendment_queries_read_the_company_amendments_of_the_form(db, make_filing, query, parameters, analyzed):
    store_filings(db, [make_filing(accession_number=f"0000000001-23-{n:06d}", document_type="4/A" if n % 20 == 0 else "4",
                                   issuer_cik=f"{n % 7:010d}") for n in range(1, 200)], origin="dataset:2023q3")
    if analyzed:  # the decade bench's database has statistics
        db.execute("ANALYZE")
    plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + query, parameters)]
    assert f"SEARCH f USING INDEX {AMENDMENTS_INDEX} (issuer_cik=? AND form=?)" in plan
    assert not any("idx_filing_owners_owner" in step or "SCAN f" in step for step in plan)

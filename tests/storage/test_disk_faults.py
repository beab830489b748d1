"""Disk and file faults in the store: a database that fills up while filings are written (SQLite's
``max_page_count`` on the writer stands in for a full disk), a file that is not SQLite or is damaged,
and a read-only database. Nothing stored before a fault is lost, the write in progress is rolled back
whole, and the same work run again after the fault is gone finishes it."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from edgar_server import dataset_zip, make_filings
from file_faults import read_only

from bot.ingest.datasets import import_dataset
from bot.ingest.files import IngestFull, ingest_paths, iter_files
from storage.db import DatabaseFull, DatabaseReadOnly, DatabaseUnusable, Store, check_database, open_db

DAYS = [date(2025, 3, d) for d in (10, 11, 12, 13)]
NO_LIMIT = 1073741823


def fill_up_after(db, extra_pages: int) -> None:
    """Let the database grow by ``extra_pages`` pages at most, as if the disk were that close to full."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


def free_space(db) -> None:
    db.execute(f"PRAGMA max_page_count = {NO_LIMIT}")


def stored_accessions(db) -> list[str]:
    return sorted(r[0] for r in db.execute("SELECT accession_number FROM filings").fetchall())


def filings_without_rows(db) -> int:
    """Filings stored without their transactions or owners: a filing written in part (never allowed)."""
    return db.execute(
        "SELECT count(*) FROM filings f WHERE NOT EXISTS (SELECT 1 FROM filing_owners o WHERE o.filing_id = f.id)"
        " OR NOT EXISTS (SELECT 1 FROM entries e WHERE e.filing_id = f.id)"
    ).fetchone()[0]


@pytest.fixture
def inbox(tmp_path) -> tuple[Path, list]:
    """60 submission files, one filing each."""
    filings = make_filings(60, DAYS, seed=7)
    folder = tmp_path / "inbox"
    folder.mkdir()
    for f in filings:
        (folder / f"{f.accession}.txt").write_bytes(f.submission())
    return folder, filings


# --- a full disk ----------------------------------------------------------------------------------

def test_ingest_stops_at_the_filing_that_did_not_fit_and_keeps_the_ones_before(db, inbox) -> None:
    folder, filings = inbox
    order = [p.stem for p in iter_files([folder])]
    fill_up_after(db, 2)  # (since m012, at 3 or 4 the last pages go to the aggregates' refresh at the commit: the
    # whole batch is rolled back, kept is 0 and this test's case is not reached)
    with pytest.raises(IngestFull) as stopped:
        ingest_paths(db, [folder])
    report = stopped.value.report
    kept = stored_accessions(db)
    assert 0 < len(kept) < len(filings)
    assert kept == sorted(order[: len(kept)])  # everything before the one being written
    assert Path(stopped.value.source).stem == order[len(kept)]
    assert report.new == len(kept)
    assert filings_without_rows(db) == 0
    assert "is full" in str(stopped.value) and "run the same command again" in str(stopped.value)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    free_space(db)
    again = ingest_paths(db, [folder])
    assert (again.new, again.unchanged) == (len(filings) - len(kept), len(kept))
    assert stored_accessions(db) == sorted(f.accession for f in filings)
    assert filings_without_rows(db) == 0


def test_a_store_that_fills_up_says_so_and_takes_writes_again_once_there_is_room(tmp_path, inbox) -> None:
    folder, filings = inbox
    with Store(tmp_path / "s.db") as store, store.writing() as db:
        ingest_paths(db, [folder / f"{filings[0].accession}.txt"])
        fill_up_after(db, 0)
        with pytest.raises(DatabaseFull):
            ingest_paths(db, [folder])
        kept = stored_accessions(db)
        assert filings[0].accession in kept and len(kept) < len(filings)
        free_space(db)
        assert ingest_paths(db, [folder]).new == len(filings) - len(kept)


def test_dataset_import_rolls_back_what_did_not_fit_and_a_rerun_finishes(db, tmp_path) -> None:
    filings = make_filings(300, DAYS, seed=11)
    zip_path = tmp_path / "2025q1_form345.zip"
    zip_path.write_bytes(dataset_zip(filings))
    fill_up_after(db, 60)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        import_dataset(db, zip_path, batch_size=50)
    assert not db.conn.in_transaction
    kept = stored_accessions(db)
    assert len(kept) < len(filings)
    assert filings_without_rows(db) == 0
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    free_space(db)
    import_dataset(db, zip_path, batch_size=50)
    assert stored_accessions(db) == sorted(f.accession for f in filings)
    assert filings_without_rows(db) == 0


@pytest.mark.parametrize("pages", [2, 3, 5])  # (at 3 to 8 a full disk once rejected the filings it held up;
# since m012's smaller rows the 40 filings fit in 6 more pages)
def test_sync_stops_on_a_full_disk_and_the_next_sync_stores_the_rest(db, edgar_server, pages) -> None:
    from datetime import datetime

    from edgar_server import EASTERN, settings_for

    from bot.edgar.client import EdgarClient
    from bot.edgar.ratelimit import RateLimiter
    from bot.ingest.sync import sync_once

    filings = make_filings(40, DAYS, seed=5)
    edgar_server.add(*filings)
    edgar_server.publish_index(*DAYS[:3])
    settings = settings_for(edgar_server)
    now = datetime(2025, 3, 13, 21, 0, tzinfo=EASTERN)
    fill_up_after(db, pages)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        sync_once(db, EdgarClient.from_settings(settings, limiter=RateLimiter(1000)), settings, now=now)
    kept = stored_accessions(db)
    assert len(kept) < len(filings)
    assert filings_without_rows(db) == 0

    free_space(db)
    sync_once(db, EdgarClient.from_settings(settings, limiter=RateLimiter(1000)), settings, now=now)
    assert stored_accessions(db) == sorted(f.accession for f in filings)
    assert filings_without_rows(db) == 0


# --- files that are not a database ------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    b"this is a text file, not a database\n" * 100,
    b"",  # empty: becomes a new database (checked below: allowed)
    b"SQLite format 2\x00" + b"\x00" * 4000,
    bytes(range(256)) * 64,
])
def test_a_file_that_is_not_sqlite_is_refused_and_left_as_it_is(tmp_path, content) -> None:
    path = tmp_path / "not.db"
    path.write_bytes(content)
    if not content:
        check_database(path)
        return
    with pytest.raises(DatabaseUnusable, match="not a SQLite database"):
        Store(path)
    with pytest.raises(DatabaseUnusable):
        open_db_checked(path)
    assert path.read_bytes() == content


def open_db_checked(path: Path) -> None:
    with Store(path) as store:
        store.writer  # noqa: B018


def damaged_copy(tmp_path: Path, inbox_folder: Path) -> Path:
    """A real database with some of its pages overwritten with garbage."""
    path = tmp_path / "damaged.db"
    db = open_db(path)
    ingest_paths(db, [inbox_folder])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in range(3, len(data) // page, 3):
        data[n * page + 8 : n * page + 200] = b"\xde\xad\xbe\xef" * 48
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_database_is_refused_with_what_quick_check_found(tmp_path, inbox) -> None:
    path = damaged_copy(tmp_path, inbox[0])
    before = path.read_bytes()
    with pytest.raises(DatabaseUnusable, match="is damaged") as refused:
        Store(path)
    assert ".recover" in str(refused.value)
    assert path.read_bytes() == before


def test_a_truncated_database_is_refused(tmp_path, inbox) -> None:
    path = tmp_path / "cut.db"
    db = open_db(path)
    ingest_paths(db, [inbox[0]])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseUnusable, match="is damaged"):
        Store(path)


def test_a_folder_is_not_a_database(tmp_path) -> None:
    with pytest.raises(DatabaseUnusable, match="is a folder"):
        Store(tmp_path)


# --- read-only ------------------------------------------------------------------------------------------

@pytest.fixture
def stored_db(tmp_path, inbox) -> Path:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "insiderbot.db"
    with Store(path) as store, store.writing() as db:
        ingest_paths(db, [inbox[0]])
    return path


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_answers_and_refuses_writes_clearly(stored_db, what) -> None:
    target = stored_db if what == "file" else stored_db.parent
    before = stored_db.read_bytes()
    with read_only(target):
        with Store(stored_db) as store:
            with store.reader.connect() as conn:
                assert conn.execute("SELECT count(*) FROM filings").fetchone()[0] == 60
            with pytest.raises(DatabaseReadOnly, match="read-only") as refused:
                store.writer  # noqa: B018
            assert "questions are answered from it" in str(refused.value)
            assert store.is_read_only()
    assert stored_db.read_bytes() == before

"""The sync stores each batch of parsed filings together (``storage.bulk``, issue #12: the write path at decade
scale): the database ends exactly as storing them one at a time leaves it, full text, name index and
pre-aggregated days included; a batch the store refuses is stored one filing at a time, so only the filing at
fault is rejected."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from edgar_server import EASTERN, accession_for, make_filings, make_others, settings_for

import bot.ingest.fetching
from bot.edgar.client import EdgarClient
from bot.edgar.ratelimit import RateLimiter
from bot.ingest.sync import sync_once
from storage import names_index
from storage.db import open_db
from storage.sql import AGGREGATES_CURRENT

DAYS = [date(2025, 3, d) for d in (10, 11, 12, 13)]
NOW = datetime(2025, 3, 13, 21, 0, tzinfo=EASTERN)
FULL_TEXT = ("filings", "filing_owners", "entries", "footnotes", "issuers", "owners")


@pytest.fixture
def week(edgar_server):
    filings = make_filings(38, DAYS)
    originals = [f for f in filings if f.form == "4" and f.filed < DAYS[2]][:2]
    filings += [replace(f, accession=accession_for(900 + n, 2025), form="4/A", shares=f.shares + 1,
                        accepted=f.accepted + timedelta(days=1))  # dateOfOriginalSubmission: the original's day
                for n, f in enumerate(originals)]
    edgar_server.add(*filings, *make_others(5, DAYS))
    edgar_server.publish_index(*DAYS[:3])
    return filings


def sync(server, db):
    settings = settings_for(server)
    return sync_once(db, EdgarClient.from_settings(settings, limiter=RateLimiter(1000.0)), settings, now=NOW)


def contents(db) -> dict[str, list]:
    """What storing leaves: every stored row (the times of storing aside), floats rounded past summing order."""
    filing_columns = ", ".join(c for c in db["filings"].columns_dict if c != "ingested_at")
    queries = {"filings": f"SELECT {filing_columns} FROM filings",
               "issuers": "SELECT cik, name, trading_symbol FROM issuers",
               **{t: f"SELECT * FROM {t}" for t in ("owners", "filing_owners", "entries", "footnotes", "signatures",
                                                    "agg_cells", "agg_days")}}
    return {table: sorted((tuple(round(v, 6) if isinstance(v, float) else v for v in row)
                           for row in db.execute(sql).fetchall()), key=repr) for table, sql in queries.items()}


def assert_indexes_follow_the_rows(db) -> None:
    for table in FULL_TEXT:  # raises when the full-text index and its table disagree
        db.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
    assert names_index.current(db.conn)
    assert db.execute(AGGREGATES_CURRENT).fetchone()[0] == 1


def test_batches_stored_together_end_as_one_filing_at_a_time_would(edgar_server, db, week, tmp_path, monkeypatch):
    together = sync(edgar_server, db)
    assert (together.new, together.fetched, together.rejected) == (40, 40, [])
    assert db.execute("SELECT count(*) FROM filings WHERE amends_filing_id IS NOT NULL").fetchone()[0] == 2
    assert_indexes_follow_the_rows(db)

    monkeypatch.setattr(bot.ingest.fetching, "store_together", lambda run, downloads: downloads)
    alone_db = open_db(tmp_path / "alone.db")
    try:
        alone = sync(edgar_server, alone_db)
        assert (alone.new, alone.unchanged, alone.updated) == (together.new, together.unchanged, together.updated)
        assert contents(db) == contents(alone_db)
    finally:
        alone_db.close()


def test_a_batch_the_store_refuses_is_stored_one_by_one_and_only_the_bad_filing_is_rejected(
        edgar_server, db, week, monkeypatch):
    bad = week[7].accession

    def refuse(*args, **kwargs):
        raise ValueError("simulated failure of the batch")

    def store_one(database, filing, **kwargs):
        if filing.accession_number == bad:
            raise ValueError("simulated failure of one filing")
        return real_store(database, filing, **kwargs)

    real_store = bot.ingest.fetching.store_filing
    monkeypatch.setattr(bot.ingest.fetching, "store_filings", refuse)
    monkeypatch.setattr(bot.ingest.fetching, "store_filing", store_one)
    report = sync(edgar_server, db)

    assert report.new == 39 and [p.what for p in report.rejected] == [bad]
    assert "store failed: ValueError: simulated failure of one filing" in report.rejected[0].reason
    assert db.execute("SELECT count(*) FROM filings").fetchone()[0] == 39
    statuses = dict(db.execute("SELECT status, count(*) FROM sync_queue GROUP BY status").fetchall())
    assert statuses == {"stored": 39, "rejected": 1}
    assert_indexes_follow_the_rows(db)

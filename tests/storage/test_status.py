"""storage.status and the sync-completed checkpoint of storage.sync_state: what the bot shows as its data's
freshness, read on the writer and on a read-only connection."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from storage.db import open_readonly
from storage.status import Freshness, data_freshness
from storage.sync_state import last_sync_completed, record_sync_completed
from storage.writes import store_filing


def test_sync_completed_is_stored_in_utc_and_never_moves_back(db) -> None:
    assert last_sync_completed(db) is None
    record_sync_completed(db, dt.datetime(2025, 3, 13, 21, 0, tzinfo=ZoneInfo("America/New_York")))
    assert last_sync_completed(db) == "2025-03-14T01:00:00+00:00"
    record_sync_completed(db, dt.datetime(2025, 3, 1, tzinfo=dt.UTC))           # an old backfill range
    assert last_sync_completed(db) == "2025-03-14T01:00:00+00:00"
    record_sync_completed(db, dt.datetime(2025, 3, 14, 1, 30, tzinfo=dt.UTC))
    assert last_sync_completed(db) == "2025-03-14T01:30:00+00:00"
    with pytest.raises(ValueError):
        record_sync_completed(db, dt.datetime(2025, 3, 15, 12, 0))


def test_data_freshness_on_a_read_only_connection(db, tmp_path, make_filing) -> None:
    path = tmp_path / "insiderbot.db"

    def read() -> Freshness:
        conn = open_readonly(path)
        try:
            return data_freshness(conn)
        finally:
            conn.close()

    assert read() == Freshness(last_sync_at=None, newest_filing_date=None)
    store_filing(db, make_filing(accession_number="0001990311-23-000001", filed_at="2023-09-27"))
    store_filing(db, make_filing(accession_number="0001990311-23-000002", period="2023-09-01",
                                  filed_at="2023-09-05"))
    assert read() == Freshness(last_sync_at=None, newest_filing_date="2023-09-27")
    record_sync_completed(db, dt.datetime(2025, 3, 14, 1, 0, tzinfo=dt.UTC))
    assert read() == Freshness(last_sync_at=dt.datetime(2025, 3, 14, 1, 0, tzinfo=dt.UTC),
                               newest_filing_date="2023-09-27")
    assert data_freshness(db) == read()


def test_a_filing_without_a_filing_date_counts_by_its_signature_date(db, make_filing) -> None:
    store_filing(db, make_filing(signatures=(("/s/ John Whiting", "2023-10-02"),)))
    assert data_freshness(db).newest_filing_date == "2023-10-02"

"""storage.watchlists: watch items per channel, channel filters, and digests claimed exactly once."""

from __future__ import annotations

import pytest

from storage import watchlists
from storage.db import open_db
from storage.watchlists import ChannelFilters


def test_watch_items_per_channel(db) -> None:
    assert watchlists.add_watch(db, "C1", "issuer", "0001537435", "Tecogen Inc. (TGEN)", added_by="U1")
    assert not watchlists.add_watch(db, "C1", "issuer", "0001537435", "Tecogen Inc. (TGEN)")
    assert watchlists.add_watch(db, "C1", "owner", "0001990311", "John Whiting")
    assert watchlists.add_watch(db, "C1", "issuer", "0000000101", "Acme Corp (ACME)")
    assert watchlists.add_watch(db, "D2", "owner", "0001990311", "John Whiting")
    items = watchlists.list_watches(db, "C1")
    assert [(i.kind, i.label) for i in items] == [
        ("issuer", "Acme Corp (ACME)"), ("issuer", "Tecogen Inc. (TGEN)"), ("owner", "John Whiting")]
    assert items[1].added_by == "U1" and items[1].added_at
    assert watchlists.watched_channels(db) == ["C1", "D2"]
    assert watchlists.remove_watch(db, "C1", "issuer", "0001537435")
    assert not watchlists.remove_watch(db, "C1", "issuer", "0001537435")
    assert watchlists.remove_watch(db, "D2", "owner", "0001990311")
    assert watchlists.watched_channels(db) == ["C1"]
    with pytest.raises(ValueError):
        watchlists.add_watch(db, "C1", "fund", "1", "x")


def test_filters_default_change_and_persist(db, tmp_path) -> None:
    assert watchlists.get_filters(db, "C1") == ChannelFilters()
    assert ChannelFilters().describe() == []
    changed = watchlists.set_filters(db, "C1", open_market_only=True, min_value=250000)
    assert changed == ChannelFilters(open_market_only=True, min_value=250000.0)
    watchlists.set_filters(db, "C1", quiet_days=False)
    reopened = open_db(tmp_path / "insiderbot.db")
    try:
        filters = watchlists.get_filters(reopened, "C1")
    finally:
        reopened.close()
    assert filters == ChannelFilters(open_market_only=True, min_value=250000.0, quiet_days=False)
    assert filters.describe() == ["open-market purchases and sales only", "transactions of at least $250,000"]
    assert watchlists.set_filters(db, "C1", min_value=0).min_value is None
    assert watchlists.get_filters(db, "C2") == ChannelFilters()
    with pytest.raises(ValueError):
        watchlists.set_filters(db, "C1", colour="blue")
    with pytest.raises(ValueError):
        watchlists.set_filters(db, "C1", min_value=-5)


def _claim(db, channel="C1", day="2024-03-11", **kw) -> bool:
    values = dict(window_start="2024-03-08 13:00:00", window_end="2024-03-11 12:00:00", max_rowid=7, filings=3)
    values.update(kw)
    return watchlists.claim_digest(db, channel, day, **values)


def test_a_digest_is_claimed_once(db, tmp_path) -> None:
    assert _claim(db)
    assert not _claim(db)
    other = open_db(tmp_path / "insiderbot.db")  # another connection, as after a restart or in another process
    try:
        assert not _claim(other)
        assert _claim(other, channel="C2")
        assert _claim(other, day="2024-03-12", window_start="2024-03-11 12:00:00", window_end="2024-03-12 12:00:00")
    finally:
        other.close()
    watchlists.finish_digest(db, "C1", "2024-03-11", status="sent", messages=2, ts="1700000001.000100")
    run = watchlists.digest_run(db, "C1", "2024-03-11")
    assert (run.status, run.messages, run.ts, run.max_rowid, run.filings) == ("sent", 2, "1700000001.000100", 7, 3)
    assert run.sent_at is not None
    assert not _claim(db)


def test_a_failed_digest_can_be_claimed_again_and_a_quiet_one_cannot(db) -> None:
    assert _claim(db)
    watchlists.finish_digest(db, "C1", "2024-03-11", status="failed", messages=0, ts=None, error="not_in_channel")
    failed = watchlists.digest_run(db, "C1", "2024-03-11")
    assert (failed.status, failed.error, failed.sent_at) == ("failed", "not_in_channel", None)
    assert watchlists.last_digest_before(db, "C1", "2024-03-12") is None  # a failure is not a digest
    assert _claim(db, max_rowid=9)
    again = watchlists.digest_run(db, "C1", "2024-03-11")
    assert (again.status, again.error, again.max_rowid) == ("sending", None, 9)
    assert _claim(db, channel="C3", status="quiet")
    assert not _claim(db, channel="C3")
    assert watchlists.digest_run(db, "C3", "2024-03-11").sent_at is not None
    with pytest.raises(ValueError):
        _claim(db, channel="C4", status="sent")


def test_last_digest_before_and_recent(db) -> None:
    _claim(db, day="2024-03-08")
    _claim(db, day="2024-03-11")
    _claim(db, day="2024-03-12")
    watchlists.finish_digest(db, "C1", "2024-03-11", status="failed", messages=0, ts=None)
    assert watchlists.last_digest_before(db, "C1", "2024-03-12").digest_date == "2024-03-08"
    assert watchlists.last_digest_before(db, "C1", "2024-03-13").digest_date == "2024-03-12"
    assert watchlists.last_digest_before(db, "C1", "2024-03-08") is None
    assert [r.digest_date for r in watchlists.recent_digests(db, "C1", limit=2)] == ["2024-03-12", "2024-03-11"]

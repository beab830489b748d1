"""Watchlists, per-channel digest filters and the record of digests sent (migration ``m004_watchlists``).

- ``watch_items``: the companies (``issuer``) and insiders (``owner``) a Slack channel or DM follows;
- ``channel_settings``: the channel's digest filters (open-market trades only, a minimum dollar value,
  officers and directors only) and whether a quiet day is said ("nothing new") or skipped;
- ``digest_runs``: one row per channel and digest date. The primary key makes a digest claimable once:
  ``claim_digest`` inserts the row before anything is posted, so a second job run, a restart or
  another process finds it and sends nothing. Only a ``failed`` digest (nothing could be posted)
  can be claimed again.

Plain functions over ids and strings, through sqlite-utils' table API (``rows_where``, ``upsert``) where
a plain read or upsert is all it takes, and SQL where the row count or a conditional claim matters. The
caller owns the connection. Each write commits itself.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import sqlite_utils

from bot.domain.text import utc_now_iso

KINDS = ("issuer", "owner")
DONE_STATUSES = ("sending", "sent", "quiet")


@dataclass(frozen=True)
class WatchItem:
    channel: str
    kind: str
    cik: str
    label: str
    added_by: str | None
    added_at: str


@dataclass(frozen=True)
class ChannelFilters:
    open_market_only: bool = False
    min_value: float | None = None
    officers_directors_only: bool = False
    quiet_days: bool = True

    def describe(self) -> list[str]:
        """The filters in words, for the digest header and ``watchlist``; empty when none is set."""
        out = []
        if self.open_market_only:
            out.append("open-market purchases and sales only")
        if self.min_value:
            out.append(f"transactions of at least ${self.min_value:,.0f}")
        if self.officers_directors_only:
            out.append("officers and directors only")
        return out


@dataclass(frozen=True)
class DigestRun:
    channel: str
    digest_date: str
    window_start: str
    window_end: str
    max_rowid: int | None
    status: str
    filings: int
    messages: int
    ts: str | None
    error: str | None
    claimed_at: str
    sent_at: str | None


# --- watch items ----------------------------------------------------------------------------------

def add_watch(db: sqlite_utils.Database, channel: str, kind: str, cik: str, label: str, *,
              added_by: str | None = None, now: str | None = None) -> bool:
    """Follow a company or an insider in ``channel``; False when it was already followed."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    with db.conn:
        cursor = db.conn.execute(
            "INSERT OR IGNORE INTO watch_items (channel, kind, cik, label, added_by, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [channel, kind, cik, label, added_by, now or utc_now_iso()],
        )
    return cursor.rowcount == 1


def remove_watch(db: sqlite_utils.Database, channel: str, kind: str, cik: str) -> bool:
    """Stop following it; False when it was not followed."""
    with db.conn:
        cursor = db.conn.execute(
            "DELETE FROM watch_items WHERE channel = ? AND kind = ? AND cik = ?", [channel, kind, cik]
        )
    return cursor.rowcount == 1


def list_watches(db: sqlite_utils.Database, channel: str) -> list[WatchItem]:
    """The channel's watchlist: companies first, then insiders, each by label."""
    rows = db["watch_items"].rows_where("channel = ?", [channel], order_by="kind = 'owner', lower(label), cik",
                                        select="channel, kind, cik, label, added_by, added_at")
    return [WatchItem(**row) for row in rows]


def watched_channels(db: sqlite_utils.Database) -> list[str]:
    """Every channel with at least one watched company or insider."""
    return [r[0] for r in db.conn.execute("SELECT DISTINCT channel FROM watch_items ORDER BY channel")]


# --- filters --------------------------------------------------------------------------------------

def get_filters(db: sqlite_utils.Database, channel: str) -> ChannelFilters:
    row = next(db["channel_settings"].rows_where("channel = ?", [channel]), None)
    if row is None:
        return ChannelFilters()
    return ChannelFilters(bool(row["open_market_only"]), row["min_value"], bool(row["officers_directors_only"]),
                          bool(row["quiet_days"]))


def set_filters(db: sqlite_utils.Database, channel: str, *, now: str | None = None, **changes) -> ChannelFilters:
    """Change some of the channel's filters (keyword names of ``ChannelFilters``); returns them all.
    ``min_value=None`` (or 0) removes the minimum."""
    known = {f.name for f in fields(ChannelFilters)}
    unknown = set(changes) - known
    if unknown:
        raise ValueError(f"unknown filters: {', '.join(sorted(unknown))}")
    current = get_filters(db, channel)
    merged = {f.name: changes.get(f.name, getattr(current, f.name)) for f in fields(ChannelFilters)}
    merged["min_value"] = float(merged["min_value"]) if merged["min_value"] else None
    if merged["min_value"] is not None and merged["min_value"] < 0:
        raise ValueError("the minimum dollar value cannot be negative")
    result = ChannelFilters(**{k: (bool(v) if k != "min_value" else v) for k, v in merged.items()})
    db["channel_settings"].upsert({"channel": channel, "open_market_only": int(result.open_market_only),
                                   "min_value": result.min_value,
                                   "officers_directors_only": int(result.officers_directors_only),
                                   "quiet_days": int(result.quiet_days), "updated_at": now or utc_now_iso()},
                                  pk="channel")
    return result


# --- digests sent ---------------------------------------------------------------------------------

_RUN_COLUMNS = ("channel, digest_date, window_start, window_end, max_rowid, status, filings, messages, ts, "
                "error, claimed_at, sent_at")


def digest_run(db: sqlite_utils.Database, channel: str, digest_date: str) -> DigestRun | None:
    rows = db["digest_runs"].rows_where("channel = ? AND digest_date = ?", [channel, digest_date],
                                        select=_RUN_COLUMNS)
    row = next(rows, None)
    return DigestRun(**row) if row else None


def last_digest_before(db: sqlite_utils.Database, channel: str, digest_date: str) -> DigestRun | None:
    """The latest digest claimed for ``channel`` before ``digest_date`` (a failed one does not count)."""
    rows = db["digest_runs"].rows_where(
        f"channel = ? AND digest_date < ? AND status IN ({', '.join('?' for _ in DONE_STATUSES)})",
        [channel, digest_date, *DONE_STATUSES], select=_RUN_COLUMNS, order_by="digest_date DESC", limit=1,
    )
    row = next(rows, None)
    return DigestRun(**row) if row else None


def recent_digests(db: sqlite_utils.Database, channel: str, limit: int = 5) -> list[DigestRun]:
    rows = db["digest_runs"].rows_where("channel = ?", [channel], select=_RUN_COLUMNS, order_by="digest_date DESC",
                                        limit=limit)
    return [DigestRun(**row) for row in rows]


def claim_digest(db: sqlite_utils.Database, channel: str, digest_date: str, *, window_start: str,
                 window_end: str, max_rowid: int | None, filings: int, status: str = "sending",
                 now: str | None = None) -> bool:
    """Record the channel's digest for ``digest_date`` before posting it. True when this call claimed
    it; False when it was already claimed (sending, sent or quiet), so it must not be posted again."""
    if status not in ("sending", "quiet"):
        raise ValueError("a digest is claimed as 'sending' or 'quiet'")
    stamp = now or utc_now_iso()
    with db.conn:
        cursor = db.conn.execute(
            "INSERT INTO digest_runs (channel, digest_date, window_start, window_end, max_rowid, status, "
            "filings, messages, claimed_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?) "
            "ON CONFLICT (channel, digest_date) DO UPDATE SET window_start = excluded.window_start, "
            "window_end = excluded.window_end, max_rowid = excluded.max_rowid, status = excluded.status, "
            "filings = excluded.filings, messages = 0, ts = NULL, error = NULL, "
            "claimed_at = excluded.claimed_at, sent_at = excluded.sent_at "
            "WHERE digest_runs.status = 'failed'",
            [channel, digest_date, window_start, window_end, max_rowid, status, filings, stamp,
             stamp if status == "quiet" else None],
        )
    return cursor.rowcount == 1


def finish_digest(db: sqlite_utils.Database, channel: str, digest_date: str, *, status: str, messages: int,
                  ts: str | None, error: str | None = None, now: str | None = None) -> None:
    """After posting: ``sent`` (``error`` says what was left out if only some parts went), or
    ``failed`` when nothing was posted (the digest can then be claimed and sent again)."""
    if status not in ("sent", "failed"):
        raise ValueError("a digest finishes as 'sent' or 'failed'")
    with db.conn:
        db.conn.execute(
            "UPDATE digest_runs SET status = ?, messages = ?, ts = ?, error = ?, sent_at = ? "
            "WHERE channel = ? AND digest_date = ?",
            [status, messages, ts, error, (now or utc_now_iso()) if status == "sent" else None, channel, digest_date],
        )

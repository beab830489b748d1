"""The EDGAR sync's own tables (migration ``m003_sync_state``):

- ``sync_state``: checkpoints by key (the feed's high-water marks, where the daily catch-up starts, when
  the last complete sync pass ended);
- ``sync_days``: each daily index read, per issuer scope, and whether all its filings are in;
- ``sync_queue``: one row per ownership filing found, until it is stored or rejected;
- ``locks``: named locks with an owner and an expiry, so that one sync runs at a time across processes.

Plain functions over strings and numbers; nothing here knows EDGAR or HTTP. Every write is atomic and,
made inside the caller's :func:`~storage.writes.write_transaction`, commits or rolls back with the rest.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import sqlite_utils

from storage.writes import filing_exists, now_utc, write_transaction


@dataclass
class QueueEntry:
    """An ownership filing found in the feed or a daily index, to be fetched once."""

    accession: str
    form: str
    url: str                      # the full submission .txt
    filed: str | None
    day: str                      # the daily index (or feed day) it was found in
    accepted_at: str | None
    origin: str                   # feed | index
    ciks: set[str] = field(default_factory=set)


@dataclass
class QueuedFiling:
    """A queue row still to fetch (pending, or an error to retry)."""

    accession: str
    ciks: list[str]
    url: str
    attempts: int


def _placeholders(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _ciks_column(ciks: Iterable[str]) -> str:
    return "," + ",".join(sorted(ciks, key=int)) + ","


def _ciks(column: str) -> list[str]:
    return [cik for cik in column.split(",") if cik]


# --- checkpoints -------------------------------------------------------------------------------------

def get_state(db: sqlite_utils.Database | sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_state(db: sqlite_utils.Database, key: str, value: str) -> None:
    with write_transaction(db) as conn:
        conn.execute(
            "INSERT INTO sync_state (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (key, value, now_utc()),
        )


SYNC_COMPLETED_KEY = "sync_completed"


def record_sync_completed(db: sqlite_utils.Database, at: dt.datetime) -> None:
    """Record that every filing up to ``at`` (timezone-aware) is stored; an earlier time than the one
    recorded already is ignored, so a backfill of an old range never moves freshness back."""
    if at.tzinfo is None:
        raise ValueError("record_sync_completed needs a timezone-aware time")
    value = at.astimezone(dt.UTC).isoformat(timespec="seconds")
    with write_transaction(db):
        known = last_sync_completed(db)
        if known is None or dt.datetime.fromisoformat(known) < dt.datetime.fromisoformat(value):
            set_state(db, SYNC_COMPLETED_KEY, value)


def last_sync_completed(db: sqlite_utils.Database | sqlite3.Connection) -> str | None:
    """When the last complete sync pass ended (ISO 8601, UTC), None before the first one. Works on a
    read-only connection too."""
    return get_state(db, SYNC_COMPLETED_KEY)


# --- days --------------------------------------------------------------------------------------------

def day_statuses(db: sqlite_utils.Database, day: str, scopes: Sequence[str]) -> set[str]:
    """The statuses recorded for ``day`` under any of ``scopes``."""
    return {row[0] for row in db.execute(
        f"SELECT status FROM sync_days WHERE day = ? AND scope IN ({_placeholders(scopes)})",
        [day, *scopes],
    ).fetchall()}


def days_with_status(db: sqlite_utils.Database, status: str, scopes: Sequence[str]) -> list[str]:
    """The days with ``status`` under any of ``scopes``, oldest first."""
    return [row[0] for row in db.execute(
        f"SELECT DISTINCT day FROM sync_days WHERE status = ? AND scope IN ({_placeholders(scopes)}) "
        "ORDER BY day",
        [status, *scopes],
    ).fetchall()]


def set_day(db: sqlite_utils.Database, day: str, scope: str, status: str, filings: int = 0) -> None:
    """Record ``day``'s status for ``scope``; ``filings`` counts only when the row is new."""
    with write_transaction(db) as conn:
        conn.execute(
            "INSERT INTO sync_days (day, scope, status, filings, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (day, scope) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
            (day, scope, status, filings, now_utc()),
        )


# --- the queue ---------------------------------------------------------------------------------------

def enqueue(db: sqlite_utils.Database, entries: Iterable[QueueEntry]) -> int:
    """Queue the filings not queued before, as "stored" at once when the store has them already; a filing
    queued before gains the CIKs it was not yet listed under. Returns the number newly pending."""
    queued = 0
    stamp = now_utc()
    with write_transaction(db) as conn:
        for e in entries:
            row = conn.execute("SELECT ciks FROM sync_queue WHERE accession = ?", (e.accession,)).fetchone()
            if row is not None:
                known = set(_ciks(row[0]))
                if not e.ciks <= known:
                    conn.execute("UPDATE sync_queue SET ciks = ? WHERE accession = ?",
                                 (_ciks_column(known | e.ciks), e.accession))
                continue
            status = "stored" if filing_exists(db, e.accession) else "pending"
            conn.execute(
                "INSERT INTO sync_queue (accession, form, ciks, url, filed, day, accepted_at, origin, status,"
                " attempts, enqueued_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                (e.accession, e.form, _ciks_column(e.ciks), e.url, e.filed, e.day, e.accepted_at, e.origin,
                 status, stamp, stamp),
            )
            queued += status == "pending"
    return queued


def open_queue(db: sqlite_utils.Database) -> list[QueuedFiling]:
    """Every filing still to fetch: the feed's first, then by day and accession number."""
    rows = db.execute(
        "SELECT accession, ciks, url, attempts FROM sync_queue WHERE status IN ('pending', 'error') "
        "ORDER BY origin = 'feed' DESC, day, accession"
    ).fetchall()
    return [QueuedFiling(accession, _ciks(ciks), url, attempts) for accession, ciks, url, attempts in rows]


def open_ciks_on_day(db: sqlite_utils.Database, day: str) -> list[list[str]]:
    """The CIKs of each filing of ``day`` still to fetch."""
    return [_ciks(ciks) for (ciks,) in db.execute(
        "SELECT ciks FROM sync_queue WHERE day = ? AND status IN ('pending', 'error')", [day]).fetchall()]


def mark_already_stored(db: sqlite_utils.Database) -> int:
    """Mark the queued filings the store has by now as stored; how many there were."""
    with write_transaction(db) as conn:
        return conn.execute(
            "UPDATE sync_queue SET status = 'stored', updated_at = ? WHERE status IN ('pending', 'error') "
            "AND accession IN (SELECT accession_number FROM filings WHERE accession_number IS NOT NULL)",
            (now_utc(),),
        ).rowcount


def mark_attempt(db: sqlite_utils.Database, accession: str, status: str, error: str | None) -> None:
    """The outcome of one attempt at a queued filing: stored, rejected, or error (to retry)."""
    with write_transaction(db) as conn:
        conn.execute(
            "UPDATE sync_queue SET status = ?, attempts = attempts + 1, last_error = ?, updated_at = ? "
            "WHERE accession = ?",
            (status, error, now_utc(), accession),
        )


def prune_stored(db: sqlite_utils.Database, before: str) -> None:
    """Forget the stored filings' queue rows last updated before ``before`` (ISO time, UTC)."""
    with write_transaction(db) as conn:
        conn.execute("DELETE FROM sync_queue WHERE status = 'stored' AND updated_at < ?", (before,))


# --- locks -------------------------------------------------------------------------------------------

def lock_holder(db: sqlite_utils.Database, name: str) -> tuple[str, float] | None:
    """(owner, expires_at as unix time) of the lock ``name``, or None when nobody holds it."""
    row = db.execute("SELECT owner, expires_at FROM locks WHERE name = ?", (name,)).fetchone()
    return (row[0], row[1]) if row else None


def take_lock(db: sqlite_utils.Database, name: str, owner: str, expires_at: float) -> None:
    """Make ``owner`` the holder of ``name`` until ``expires_at``, whoever held it before."""
    with write_transaction(db) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO locks (name, owner, acquired_at, expires_at) VALUES (?, ?, ?, ?)",
            (name, owner, now_utc(), expires_at),
        )


def extend_lock(db: sqlite_utils.Database, name: str, owner: str, expires_at: float) -> bool:
    """Move the expiry of ``owner``'s lock ``name``; False when ``owner`` does not hold it."""
    with write_transaction(db) as conn:
        return conn.execute("UPDATE locks SET expires_at = ? WHERE name = ? AND owner = ?",
                            (expires_at, name, owner)).rowcount > 0


def release_lock(db: sqlite_utils.Database, name: str, owner: str) -> None:
    with write_transaction(db) as conn:
        conn.execute("DELETE FROM locks WHERE name = ? AND owner = ?", (name, owner))

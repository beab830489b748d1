"""Alert rules and what was told (migration ``m007_alerts``).

- ``alert_rules``: a channel's rules, each with its reading (JSON, written and read by ``bot.alerts``), the
  reading in words, and the moment it was made (``created_at``, ``after_rowid``): only filings stored and
  accepted after that fire it;
- ``alert_sent``: one row per (channel, filing), inserted before anything is posted (``claim``), so a filing
  is told to a channel once, however many of its rules match, across restarts and processes;
- ``alert_cursor``: how far the alert passes have read ``filings`` (rowids only grow) and when;
- ``alert_channels``: the last failure (and success) of posting to a channel, shown by ``alerts``.

Plain functions; the caller owns the connection; each write commits itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from bot.domain.text import utc_now_iso

CURSOR = "alerts"


@dataclass(frozen=True)
class AlertRule:
    id: int
    channel: str
    text: str
    rule: str  # JSON
    description: str
    after_rowid: int
    created_by: str | None
    created_at: str
    last_fired_at: str | None


@dataclass(frozen=True)
class Claim:
    channel: str
    filing_id: str
    rule_ids: tuple[int, ...]
    how: str  # single | grouped | catch_up


@dataclass(frozen=True)
class ChannelHealth:
    channel: str
    error: str | None
    error_at: str | None
    ok_at: str | None


_RULE_COLUMNS = "id, channel, text, rule, description, after_rowid, created_by, created_at, last_fired_at"


def max_filing_rowid(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT coalesce(max(rowid), 0) FROM filings").fetchone()[0]


# --- rules ----------------------------------------------------------------------------------------

def add_rule(db: sqlite_utils.Database, channel: str, text: str, rule: str, description: str, *,
             created_at: str, created_by: str | None = None) -> AlertRule:
    """Store a rule; it fires only for filings stored after this moment's last filing."""
    with db.conn:
        after = max_filing_rowid(db)
        cursor = db.conn.execute(
            "INSERT INTO alert_rules (channel, text, rule, description, after_rowid, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", [channel, text, rule, description, after, created_by, created_at])
    return AlertRule(cursor.lastrowid, channel, text, rule, description, after, created_by, created_at, None)


def remove_rule(db: sqlite_utils.Database, channel: str, rule_id: int) -> AlertRule | None:
    """Delete the channel's rule ``rule_id``; the rule removed, or None when the channel has no such rule."""
    found = [r for r in list_rules(db, channel) if r.id == rule_id]
    if not found:
        return None
    with db.conn:
        db.conn.execute("DELETE FROM alert_rules WHERE id = ? AND channel = ?", [rule_id, channel])
    return found[0]


def list_rules(db: sqlite_utils.Database, channel: str | None = None) -> list[AlertRule]:
    """The channel's rules (every channel's without one), by channel then id."""
    where, params = ("channel = ?", [channel]) if channel else ("1", [])
    rows = db.execute(f"SELECT {_RULE_COLUMNS} FROM alert_rules WHERE {where} ORDER BY channel, id", params)
    return [AlertRule(*row) for row in rows.fetchall()]


def mark_fired(db: sqlite_utils.Database, rule_ids: list[int], when: str) -> None:
    with db.conn:
        db.conn.executemany("UPDATE alert_rules SET last_fired_at = ? WHERE id = ?", [(when, i) for i in rule_ids])


# --- the cursor -----------------------------------------------------------------------------------

def get_cursor(db: sqlite_utils.Database) -> tuple[int, str] | None:
    """(max rowid read, when) of the last alert pass, or None before the first."""
    row = db.execute("SELECT max_rowid, passed_at FROM alert_cursor WHERE name = ?", [CURSOR]).fetchone()
    return (row[0], row[1]) if row else None


# --- claims ---------------------------------------------------------------------------------------

def claim(db: sqlite_utils.Database, claims: list[Claim], *, now: str, cursor: int | None = None) -> list[Claim]:
    """Record each (channel, filing) before it is posted, and (with ``cursor``) move the passes' cursor
    forward, in one transaction. Returns the claims this call made: a pair claimed before (by an earlier
    pass, another process) is left out and must not be posted."""
    made: list[Claim] = []
    with db.conn:
        for c in claims:
            done = db.conn.execute(
                "INSERT OR IGNORE INTO alert_sent (channel, filing_id, rule_ids, status, how, claimed_at) "
                "VALUES (?, ?, ?, 'sending', ?, ?)", [c.channel, c.filing_id, json.dumps(list(c.rule_ids)), c.how, now])
            if done.rowcount == 1:
                made.append(c)
        if cursor is not None:
            db.conn.execute(
                "INSERT INTO alert_cursor (name, max_rowid, passed_at) VALUES (?, ?, ?) ON CONFLICT (name) "
                "DO UPDATE SET max_rowid = max(alert_cursor.max_rowid, excluded.max_rowid), "
                "passed_at = excluded.passed_at", [CURSOR, cursor, now])
    return made


def claimed(db: sqlite_utils.Database, channel: str, filing_ids: list[str]) -> set[str]:
    """Which of these filings were already claimed for ``channel``."""
    out: set[str] = set()
    for start in range(0, len(filing_ids), 500):
        chunk = filing_ids[start:start + 500]
        rows = db.execute(f"SELECT filing_id FROM alert_sent WHERE channel = ? AND filing_id IN "
                          f"({', '.join('?' for _ in chunk)})", [channel, *chunk])
        out.update(r[0] for r in rows.fetchall())
    return out


def finish(db: sqlite_utils.Database, channel: str, filing_ids: list[str], *, status: str, ts: str | None = None,
           error: str | None = None, now: str | None = None) -> None:
    """After posting: ``sent`` (with the message's ``ts``) or ``failed`` (with why; never posted again)."""
    if status not in ("sent", "failed"):
        raise ValueError("an alert finishes as 'sent' or 'failed'")
    stamp = now or utc_now_iso()
    with db.conn:
        db.conn.executemany(
            "UPDATE alert_sent SET status = ?, ts = ?, error = ?, sent_at = ? WHERE channel = ? AND filing_id = ?",
            [(status, ts, error, stamp if status == "sent" else None, channel, f) for f in filing_ids])
        if status == "failed":
            db.conn.execute("INSERT INTO alert_channels (channel, error, error_at) VALUES (?, ?, ?) "
                            "ON CONFLICT (channel) DO UPDATE SET error = excluded.error, error_at = excluded.error_at",
                            [channel, error, stamp])
        else:
            db.conn.execute("INSERT INTO alert_channels (channel, ok_at) VALUES (?, ?) "
                            "ON CONFLICT (channel) DO UPDATE SET ok_at = excluded.ok_at", [channel, stamp])


def channel_health(db: sqlite_utils.Database, channel: str) -> ChannelHealth | None:
    row = db.execute("SELECT channel, error, error_at, ok_at FROM alert_channels WHERE channel = ?",
                     [channel]).fetchone()
    return ChannelHealth(*row) if row else None


def sent_counts(db: sqlite_utils.Database, channel: str) -> dict[str, int]:
    """How many filings were told to the channel, by status."""
    rows = db.execute("SELECT status, count(*) FROM alert_sent WHERE channel = ? GROUP BY status", [channel])
    return dict(rows.fetchall())

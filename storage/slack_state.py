"""State the Slack front end keeps between requests and across restarts.

Three small tables (migration ``m002_slack_state``):

- ``slack_events_seen``: the ids of events already handled, so a retried delivery is ignored;
- ``slack_threads``: the last company or insider a conversation was about, as a JSON object;
- ``slack_replies``: the pages of a long answer, fetched again by the "show more" and "share" buttons.

Plain functions over ids and strings; nothing here knows the Slack SDK. The caller serialises access
to one connection (the functions commit their own writes).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlite_utils


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def claim_event(db: sqlite_utils.Database, event_key: str, *, now: str | None = None) -> bool:
    """Record ``event_key`` as handled. True the first time, False when it was already recorded."""
    with db.conn:
        cursor = db.conn.execute(
            "INSERT OR IGNORE INTO slack_events_seen (event_id, seen_at) VALUES (?, ?)",
            [event_key, now or _now()],
        )
    return cursor.rowcount == 1


def forget_events_before(db: sqlite_utils.Database, cutoff: str) -> int:
    """Drop the event ids seen before ``cutoff`` (ISO time); Slack stops retrying after minutes."""
    with db.conn:
        cursor = db.conn.execute("DELETE FROM slack_events_seen WHERE seen_at < ?", [cutoff])
    return cursor.rowcount


def load_thread_context(db: sqlite_utils.Database, channel: str, thread_ts: str) -> dict[str, Any] | None:
    row = db.conn.execute(
        "SELECT context FROM slack_threads WHERE channel = ? AND thread_ts = ?", [channel, thread_ts]
    ).fetchone()
    return json.loads(row[0]) if row else None


def save_thread_context(
    db: sqlite_utils.Database, channel: str, thread_ts: str, context: dict[str, Any], *, now: str | None = None
) -> None:
    with db.conn:
        db.conn.execute(
            "INSERT INTO slack_threads (channel, thread_ts, context, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (channel, thread_ts) DO UPDATE SET context = excluded.context, "
            "updated_at = excluded.updated_at",
            [channel, thread_ts, json.dumps(context, sort_keys=True), now or _now()],
        )


def forget_threads_before(db: sqlite_utils.Database, cutoff: str) -> int:
    with db.conn:
        cursor = db.conn.execute("DELETE FROM slack_threads WHERE updated_at < ?", [cutoff])
    return cursor.rowcount


def save_reply(
    db: sqlite_utils.Database,
    reply_id: str,
    question: str,
    pages: list[Any],
    *,
    now: str | None = None,
) -> None:
    """Keep the pages of one answer (any JSON values) under ``reply_id``."""
    with db.conn:
        db.conn.execute(
            "INSERT OR REPLACE INTO slack_replies (reply_id, question, pages, created_at) VALUES (?, ?, ?, ?)",
            [reply_id, question, json.dumps(pages), now or _now()],
        )


def load_reply(db: sqlite_utils.Database, reply_id: str) -> dict[str, Any] | None:
    """``{"question": str, "pages": list}`` or None when the reply is unknown or was pruned."""
    row = db.conn.execute(
        "SELECT question, pages FROM slack_replies WHERE reply_id = ?", [reply_id]
    ).fetchone()
    if row is None:
        return None
    return {"question": row[0], "pages": json.loads(row[1])}


def forget_replies_before(db: sqlite_utils.Database, cutoff: str) -> int:
    with db.conn:
        cursor = db.conn.execute("DELETE FROM slack_replies WHERE created_at < ?", [cutoff])
    return cursor.rowcount

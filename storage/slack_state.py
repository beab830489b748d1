"""State the Slack front end keeps between requests and across restarts.

Three small tables (migration ``m002_slack_state``):

- ``slack_events_seen``: the ids of events already handled, so a retried delivery is ignored;
- ``slack_threads``: the last company or insider a conversation was about, as a JSON object;
- ``slack_replies``: the pages of a long answer, fetched again by the "show more" and "share" buttons.

Plain functions over ids and strings, through sqlite-utils' table API where a plain read or upsert is
all it takes; nothing here knows the Slack SDK. The caller serialises access to one connection (the
functions commit their own writes).
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from bot.domain.text import utc_now_iso


def claim_event(db: sqlite_utils.Database, event_key: str, *, now: str | None = None) -> bool:
    """Record ``event_key`` as handled. True the first time, False when it was already recorded."""
    with db.conn:
        cursor = db.conn.execute(
            "INSERT OR IGNORE INTO slack_events_seen (event_id, seen_at) VALUES (?, ?)",
            [event_key, now or utc_now_iso()],
        )
    return cursor.rowcount == 1


def forget_events_before(db: sqlite_utils.Database, cutoff: str) -> int:
    """Drop the event ids seen before ``cutoff`` (ISO time); Slack stops retrying after minutes."""
    with db.conn:
        cursor = db.conn.execute("DELETE FROM slack_events_seen WHERE seen_at < ?", [cutoff])
    return cursor.rowcount


def load_thread_context(db: sqlite_utils.Database, channel: str, thread_ts: str) -> dict[str, Any] | None:
    rows = db["slack_threads"].rows_where("channel = ? AND thread_ts = ?", [channel, thread_ts], select="context")
    row = next(rows, None)
    return json.loads(row["context"]) if row else None


def save_thread_context(
    db: sqlite_utils.Database, channel: str, thread_ts: str, context: dict[str, Any], *, now: str | None = None
) -> None:
    db["slack_threads"].upsert({"channel": channel, "thread_ts": thread_ts,
                                "context": json.dumps(context, sort_keys=True), "updated_at": now or utc_now_iso()},
                               pk=("channel", "thread_ts"))


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
    db["slack_replies"].insert({"reply_id": reply_id, "question": question, "pages": json.dumps(pages),
                                "created_at": now or utc_now_iso()}, pk="reply_id", replace=True)


def load_reply(db: sqlite_utils.Database, reply_id: str) -> dict[str, Any] | None:
    """``{"question": str, "pages": list}`` or None when the reply is unknown or was pruned."""
    row = next(db["slack_replies"].rows_where("reply_id = ?", [reply_id], select="question, pages"), None)
    if row is None:
        return None
    return {"question": row["question"], "pages": json.loads(row["pages"])}


def forget_replies_before(db: sqlite_utils.Database, cutoff: str) -> int:
    with db.conn:
        cursor = db.conn.execute("DELETE FROM slack_replies WHERE created_at < ?", [cutoff])
    return cursor.rowcount

"""How fresh the stored data is: when the last complete EDGAR sync pass ended, and the newest filing stored.

Reads only, so it works on the read-only connection the bot answers from as well as on the writer.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

import sqlite_utils

from storage.sync_state import last_sync_completed


@dataclass(frozen=True)
class Freshness:
    last_sync_at: dt.datetime | None     # when the last complete sync pass ended (UTC); None: never synced
    newest_filing_date: str | None       # YYYY-MM-DD of the newest filing stored; None: no filings


def data_freshness(conn: sqlite3.Connection | sqlite_utils.Database) -> Freshness:
    """The data's :class:`Freshness`. A filing's date is its filing date, else the day EDGAR accepted it,
    else (a bare XML file) its signature date."""
    synced = last_sync_completed(conn)
    row = conn.execute(
        "SELECT MAX(COALESCE(filed_at, substr(accepted_at, 1, 10), signed_at)) FROM filings"
    ).fetchone()
    return Freshness(
        last_sync_at=dt.datetime.fromisoformat(synced) if synced else None,
        newest_filing_date=row[0] if row and row[0] else None,
    )

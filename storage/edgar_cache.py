"""What the backfill keeps about EDGAR (migration ``m006_edgar_cache``):

- ``company_tickers``: the SEC's ticker table, so a ticker resolves to a CIK before any of the company's
  filings is stored; replaced whole when refreshed (at most daily; the time is the ``sync_state`` key
  ``company_tickers_refreshed``);
- ``dataset_zips``: each quarter's data-set zip downloaded: from where, kept where, its size, SHA-256 and
  validators (``ETag``, ``Last-Modified``) for the next conditional GET;
- ``dataset_imports``: which version (SHA-256) of a quarter's zip was imported, per issuer scope.

Plain functions over strings and numbers; nothing here knows HTTP. Read functions take the writer or a
read-only connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlite_utils

from storage.sync_state import get_state, set_state
from storage.writes import now_utc, write_transaction

TICKERS_REFRESHED_KEY = "company_tickers_refreshed"

Connection = sqlite_utils.Database | sqlite3.Connection


# --- tickers -------------------------------------------------------------------------------------------

def tickers_refreshed_at(db: Connection) -> str | None:
    """When the ticker table was last replaced (ISO 8601, UTC), None before the first time."""
    return get_state(db, TICKERS_REFRESHED_KEY)


def replace_tickers(db: sqlite_utils.Database, rows: Iterable[tuple[str, str, str | None]]) -> int:
    """Replace the ticker table with ``rows`` of (ticker, CIK, title) and record when; how many rows.
    A ticker listed twice keeps its first row (the SEC orders the table by market value)."""
    seen: dict[str, tuple[str, str, str | None]] = {}
    for ticker, cik, title in rows:
        seen.setdefault(ticker.upper(), (ticker.upper(), str(int(cik)), title))
    with write_transaction(db) as conn:
        conn.execute("DELETE FROM company_tickers")
        conn.executemany("INSERT INTO company_tickers (ticker, cik, title) VALUES (?, ?, ?)", list(seen.values()))
        set_state(db, TICKERS_REFRESHED_KEY, now_utc())
    return len(seen)


def cik_for_ticker(db: Connection, ticker: str) -> str | None:
    """The CIK (without leading zeros) the ticker table gives ``ticker`` (any case), or None."""
    row = db.execute("SELECT cik FROM company_tickers WHERE ticker = ?", (ticker.strip().upper(),)).fetchone()
    return row[0] if row else None


def company_title(db: Connection, cik: str) -> str | None:
    """The company's name in the ticker table, or None."""
    row = db.execute("SELECT title FROM company_tickers WHERE cik = ? LIMIT 1", (str(int(cik)),)).fetchone()
    return row[0] if row else None


# --- data-set zips -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ZipRecord:
    """One ``dataset_zips`` row."""

    quarter: str
    url: str
    path: str
    size: int
    sha256: str
    etag: str | None
    last_modified: str | None
    downloaded_at: str | None = None


def zip_record(db: Connection, quarter: str) -> ZipRecord | None:
    row = db.execute(
        "SELECT quarter, url, path, size, sha256, etag, last_modified, downloaded_at FROM dataset_zips "
        "WHERE quarter = ?", (quarter,)).fetchone()
    return ZipRecord(*row) if row else None


def record_zip(db: sqlite_utils.Database, record: ZipRecord) -> None:
    """Record a zip just downloaded (replacing the quarter's earlier one)."""
    stamp = now_utc()
    with write_transaction(db) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO dataset_zips (quarter, url, path, size, sha256, etag, last_modified,"
            " downloaded_at, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.quarter, record.url, record.path, record.size, record.sha256, record.etag,
             record.last_modified, stamp, stamp))


def record_zip_checked(db: sqlite_utils.Database, quarter: str) -> None:
    """A conditional GET found the quarter's zip unchanged."""
    with write_transaction(db) as conn:
        conn.execute("UPDATE dataset_zips SET checked_at = ? WHERE quarter = ?", (now_utc(), quarter))


def forget_zip(db: sqlite_utils.Database, quarter: str) -> None:
    with write_transaction(db) as conn:
        conn.execute("DELETE FROM dataset_zips WHERE quarter = ?", (quarter,))


# --- imports -------------------------------------------------------------------------------------------

def imported_version(db: Connection, quarter: str, scopes: Sequence[str]) -> set[str]:
    """The zip versions (SHA-256) of ``quarter`` imported under any of ``scopes``."""
    marks = ",".join("?" * len(scopes))
    return {row[0] for row in db.execute(
        f"SELECT sha256 FROM dataset_imports WHERE quarter = ? AND scope IN ({marks})",
        [quarter, *scopes]).fetchall()}


def record_import(db: sqlite_utils.Database, quarter: str, scope: str, sha256: str, filings: int) -> None:
    """The quarter's zip ``sha256`` is imported for ``scope`` ('*' or the sorted CIKs)."""
    with write_transaction(db) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO dataset_imports (quarter, scope, sha256, filings, imported_at) "
            "VALUES (?, ?, ?, ?, ?)", (quarter, scope, sha256, filings, now_utc()))

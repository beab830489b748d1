"""Small pieces of SQL shared by the readers above storage (the digest, alerts, answers): placeholders,
chunks of parameters, times as SQLite writes them, and which filings an amendment has superseded."""

from __future__ import annotations

import datetime as dt
import sqlite3
from array import array
from collections.abc import Iterator, Sequence

CHUNK = 500  # parameters per IN (...): well under SQLite's limit

SUPERSEDED = "(SELECT amends_filing_id FROM filings WHERE amends_filing_id IS NOT NULL)"
"""The ids of filings an amendment replaces (``f.id NOT IN {SUPERSEDED}`` keeps the current ones). The list is
built again by every statement that uses it (with 125,000 amendments that is 50 to 150 ms a statement):
prefer :func:`not_superseded`."""


def not_superseded(filing_id: str) -> str:
    """The condition that no amendment replaces the filing whose id is the column ``filing_id`` (written by the
    caller, never user text): one look-up in the index of ``amends_filing_id`` per row."""
    return f"NOT EXISTS (SELECT 1 FROM filings sup WHERE sup.amends_filing_id = {filing_id})"

AGGREGATES_CURRENT = (
    "SELECT NOT EXISTS (SELECT 1 FROM agg_dirty) AND s.entries_rowid = (SELECT coalesce(max(rowid), 0) FROM entries) "
    "AND s.filings_rowid = (SELECT coalesce(max(rowid), 0) FROM filings) FROM agg_state s"
)
"""One row, true when the pre-aggregated tables of ``storage.aggregates`` (``agg_days``) agree with the rows:
nothing written since the last refresh, and no rows added around the triggers."""


FILINGS_COUNT_SQL = (
    "CREATE TABLE IF NOT EXISTS filings_count (id INTEGER PRIMARY KEY CHECK (id = 1), "
    "filings INTEGER NOT NULL, top_rowid INTEGER NOT NULL)",
    # A row is counted when its rowid is at most top_rowid, which moves up with each insert that lands right above
    # it and down when the top row is deleted; rows added around the triggers stay above it, uncounted.
    "CREATE TRIGGER IF NOT EXISTS filings_count_ai AFTER INSERT ON filings BEGIN "
    "UPDATE filings_count SET filings = filings + 1, top_rowid = max(top_rowid, NEW.rowid) "
    "WHERE NEW.rowid <= top_rowid OR top_rowid = (SELECT coalesce(max(rowid), 0) FROM filings WHERE rowid < NEW.rowid); "
    "END",
    "CREATE TRIGGER IF NOT EXISTS filings_count_ad AFTER DELETE ON filings BEGIN "
    "UPDATE filings_count SET filings = filings - 1, top_rowid = CASE WHEN OLD.rowid = top_rowid "
    "THEN (SELECT coalesce(max(rowid), 0) FROM filings WHERE rowid < OLD.rowid) ELSE top_rowid END "
    "WHERE OLD.rowid <= top_rowid; "
    "END",
)
"""How many filings are stored, kept by triggers (migration m011), so "the database holds N filings" reads one row
instead of counting 2.5 million index entries (25 to 35 ms at decade scale): ``filings`` counts the rows whose rowid
is at most ``top_rowid``; the count is every filing when ``top_rowid`` is the largest rowid (``FILINGS_COUNTED``)."""

FILINGS_COUNT_FILL = (
    "INSERT OR REPLACE INTO filings_count (id, filings, top_rowid) "
    "SELECT 1, count(*), coalesce(max(rowid), 0) FROM filings"
)

FILINGS_COUNTED = (
    "(SELECT CASE WHEN c.top_rowid = (SELECT coalesce(max(rowid), 0) FROM filings) THEN c.filings "
    "ELSE (SELECT count(*) FROM filings) END FROM filings_count c)"
)
"""count(*) of filings: the kept count when it covers every row (no filing added around its triggers since it was
filled), else counted."""

ISSUERS_UPDATED_INDEX_SQL = "CREATE INDEX IF NOT EXISTS idx_issuers_updated ON issuers(updated_at)"
"""``max(updated_at)`` of issuers in one look-up (the answers' catalog signature, every question), m011."""

AMENDMENTS_INDEX = "idx_filings_amendments"
AMENDMENTS_INDEX_SQL = (
    f"CREATE INDEX IF NOT EXISTS {AMENDMENTS_INDEX} ON filings(issuer_cik, form) WHERE is_amendment = 1"
)
"""A company's amendments of one form (migration m014): about 5% of filings, a few per company and form even at
decade scale, so the amendments an original may be the original of are a handful of look-ups
(``storage.links``, ``storage.bulk``). A query uses the partial index only when its WHERE says
``is_amendment = 1``."""


OPEN_MARKET_VALUE_INDEX = "idx_entries_open_market_value"
OPEN_MARKET_VALUE_WHERE = "e.transaction_code IN ('P', 'S')"
OPEN_MARKET_VALUE_INDEX_SQL = (
    f"CREATE INDEX IF NOT EXISTS {OPEN_MARKET_VALUE_INDEX} ON entries(transaction_code, "
    "(CASE WHEN price_per_share > 0 THEN shares * price_per_share ELSE 0 END) DESC, shares DESC) "
    "WHERE is_holding = 0 AND transaction_code IN ('P', 'S')"
)
"""Open-market trades by dollar value, largest first (migration m008), for "the biggest purchases in 2025": the
expression is the "biggest" order's own, and a query uses the partial index only when its WHERE repeats
``OPEN_MARKET_VALUE_WHERE`` and ``e.is_holding = 0``."""


def ordinals(blob: bytes | None) -> array:
    """The 64-bit keys of an aggregate's ``filings`` or ``issuers`` blob (``storage.aggregates``)."""
    return array("q", blob or b"")


def marks(values: Sequence) -> str:
    """``?, ?, ?``: one placeholder per value."""
    return ", ".join("?" for _ in values)


def chunks(values: Sequence, size: int = CHUNK) -> Iterator[list]:
    """``values`` in lists of at most ``size``."""
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def sql_time(moment: dt.datetime) -> str:
    """An aware time as SQLite's ``datetime()`` writes it in UTC: ``YYYY-MM-DD HH:MM:SS``."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


def parse_sql_time(value: str) -> dt.datetime:
    """The aware UTC time of a ``YYYY-MM-DD HH:MM:SS`` written by SQLite's ``datetime()``."""
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


def execute_script(conn: sqlite3.Connection, script: str) -> None:
    """Run a script's statements one at a time: unlike ``executescript`` this commits nothing, so it can run
    inside a migration's (or any open) transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""

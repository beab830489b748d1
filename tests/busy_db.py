"""A database big enough for slow market-wide questions, made in seconds from a small real one, for the
query-budget tests: every filing of ``source`` copied ``copies`` times by SQL (new ids and accession numbers,
the trades moved back a day per copy so they spread over years), with the triggers dropped first.

Dropping the triggers leaves the pre-aggregated tables behind the rows, so the answers read the rows
(``storage.sql.AGGREGATES_CURRENT``): a question over every company is as slow as before the aggregates.
The companies and insiders are the source's, so names resolve as they do there.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

# Per table: the columns given a new value in each copy (``k`` is the copy's number, from 1).
_CHANGED = {
    "filings": {"id": "id || '~' || k", "accession_number": "accession_number || '~' || k",
                "content_hash": "content_hash || '~' || k",
                "amends_filing_id": "CASE WHEN amends_filing_id IS NULL THEN NULL ELSE amends_filing_id || '~' || k END",
                "period_of_report": "date(period_of_report, '-' || k || ' days')"},
    "filing_owners": {"filing_id": "filing_id || '~' || k"},
    "footnotes": {"filing_id": "filing_id || '~' || k"},
    "signatures": {"filing_id": "filing_id || '~' || k"},
    "entries": {"id": "id || '~' || k", "filing_id": "filing_id || '~' || k",
                "transaction_date": "date(transaction_date, '-' || k || ' days')"},
}


def fan_out(source: Path, path: Path, copies: int) -> Path:
    """``source`` copied to ``path`` with each filing repeated ``copies`` more times."""
    shutil.copy(source, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("BEGIN")
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("CREATE TEMP TABLE copies (k INTEGER PRIMARY KEY)")
        conn.execute("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?) "
                     "INSERT INTO temp.copies SELECT k FROM n", (copies,))
        for table, changed in _CHANGED.items():
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            chosen = ", ".join(changed.get(c, c) for c in columns)
            conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {chosen} "
                         f"FROM main.{table} JOIN temp.copies")
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    return path

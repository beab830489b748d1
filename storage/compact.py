"""A smaller database (migration m012, issue #12: bytes per filing): ``entries`` without its stored text key,
filings found by content through a short index, and full text without per-row column sizes.

Until m012 each row stored ``id`` ('<filing id>:<table>:<seq>') as its PRIMARY KEY, with an index of its
own, and ``table_name``, which ``is_derivative`` and ``is_holding`` already say: about 470 bytes per filing
at decade scale for the key and 100 for the table's name. Both are now VIRTUAL generated columns (nothing
stored; ``SELECT *`` and every reader see the same values as before, in the same places), the key is
``UNIQUE (filing_id, is_derivative, is_holding, seq)`` (the index ``idx_entries_filing``, which also serves
a filing's rows), and ``idx_entries_security``, which no statement used, is gone.

:func:`rebuild` copies the rows into the new table keeping their rowids, so the full-text table
``entries_fts`` (external content, keyed by rowid), ``agg_state.entries_rowid`` and the digest's
``max(rowid)`` all stay right; the other indexes and the triggers on ``entries`` are created again as they
were, and the planner's statistics are carried over (the new key index analysed).

``idx_filings_content_hash`` (the whole 40-character hash of every filing, 49 bytes per filing) gives way to an
index of its last 8 characters (:data:`CONTENT_HASH_KEY`), then the whole hash compared (:data:`SAME_CONTENT_SQL`).

The full-text tables of the biggest tables keep no per-row column sizes (FTS5 ``columnsize=0``,
:func:`drop_full_text_sizes`): one row per indexed row, 88 bytes per filing at decade scale. Nothing answers from
them; a search box still finds the same rows in the same order (bm25 then counts the words when it ranks).
"""

from __future__ import annotations

import re
import sqlite3

from bot.domain.links import INDEX_URL_SQL

TABLE_NAME_SQL = (
    "CASE WHEN is_derivative THEN 'derivative_' ELSE 'non_derivative_' END "
    "|| CASE WHEN is_holding THEN 'holding' ELSE 'transaction' END"
)
"""``table_name`` from the two flags: non_derivative_transaction | non_derivative_holding |
derivative_transaction | derivative_holding."""

STORED_COLUMNS = (
    "filing_id", "seq", "is_derivative", "is_holding", "issuer_cik", "security_title", "transaction_date",
    "deemed_execution_date", "transaction_form_type", "transaction_code", "equity_swap_involved",
    "transaction_timeliness", "shares", "price_per_share", "acquired_disposed", "shares_owned_following",
    "value_owned_following", "direct_indirect", "nature_of_ownership", "conversion_or_exercise_price",
    "exercise_date", "expiration_date", "underlying_security_title", "underlying_shares", "underlying_value",
    "total_value", "footnote_ids",
)

ENTRIES_SQL = f"""
CREATE TABLE {{name}} (
    id TEXT GENERATED ALWAYS AS (filing_id || ':' || table_name || ':' || seq) VIRTUAL,
    filing_id TEXT NOT NULL REFERENCES filings(id) ON UPDATE CASCADE ON DELETE CASCADE,
    table_name TEXT GENERATED ALWAYS AS ({TABLE_NAME_SQL}) VIRTUAL,
    seq INTEGER NOT NULL,             -- position within its table, from 1
    is_derivative INTEGER NOT NULL,
    is_holding INTEGER NOT NULL,
    issuer_cik TEXT NOT NULL,         -- copied from the filing for fast filtering
    security_title TEXT,
    transaction_date TEXT,
    deemed_execution_date TEXT,
    transaction_form_type TEXT,
    transaction_code TEXT,
    equity_swap_involved INTEGER,
    transaction_timeliness TEXT,
    shares REAL,
    price_per_share REAL,
    acquired_disposed TEXT,
    shares_owned_following REAL,
    value_owned_following REAL,
    direct_indirect TEXT,
    nature_of_ownership TEXT,
    conversion_or_exercise_price REAL,
    exercise_date TEXT,
    expiration_date TEXT,
    underlying_security_title TEXT,
    underlying_shares REAL,
    underlying_value REAL,
    total_value REAL,
    footnote_ids TEXT NOT NULL DEFAULT '{{{{}}}}'  -- JSON {{{{field: [footnote ids]}}}}
)
"""

KEY_INDEX = "idx_entries_filing"
KEY_INDEX_SQL = f"CREATE UNIQUE INDEX {KEY_INDEX} ON entries(filing_id, is_derivative, is_holding, seq)"
DROPPED_INDEXES = ("idx_entries_filing", "idx_entries_security")
_SCRATCH = "entries_m012"


def is_compact(conn: sqlite3.Connection) -> bool:
    """Whether ``entries`` already has the layout of this module (its key is generated, not stored)."""
    rows = conn.execute("SELECT name, hidden FROM pragma_table_xinfo('entries') WHERE name = 'id'").fetchall()
    return bool(rows) and rows[0][1] != 0


def rebuild(conn: sqlite3.Connection) -> None:
    """Move ``entries`` to the layout above inside the caller's transaction: rows copied with their rowids,
    indexes (but the two dropped) and triggers created again, statistics kept. A row whose filing is not stored
    (only a connection with foreign keys off could have written it; no answer joined to it) is left behind
    rather than failing the migration, and so every later opening of the database."""
    if is_compact(conn):
        return
    saved = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'entries' AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type = 'trigger', name"
    ).fetchall()
    stats = _saved_stats(conn)
    columns = ", ".join(STORED_COLUMNS)
    for kind, name, _ in saved:
        if kind == "index":  # first: the new table takes their pages, and the file hardly grows
            conn.execute(f'DROP INDEX "{name}"')
    conn.execute("PRAGMA legacy_alter_table = ON")  # the rename below leaves other tables' triggers as written
    try:
        conn.execute(ENTRIES_SQL.format(name=_SCRATCH))
        copy = f"INSERT INTO {_SCRATCH} (rowid, {columns}) SELECT rowid, {columns} FROM entries ORDER BY rowid"
        try:
            conn.execute(copy)
        except sqlite3.IntegrityError:  # rows of no stored filing (written with foreign keys off): not carried over
            conn.execute("DELETE FROM entries WHERE filing_id NOT IN (SELECT id FROM filings)")
            conn.execute(copy)
        conn.execute("DROP TABLE entries")
        conn.execute(f"ALTER TABLE {_SCRATCH} RENAME TO entries")
    finally:
        conn.execute("PRAGMA legacy_alter_table = OFF")
    conn.execute(KEY_INDEX_SQL)
    for kind, name, sql in saved:
        if kind == "index" and name not in DROPPED_INDEXES:
            conn.execute(sql)
    for kind, _, sql in saved:
        if kind == "trigger":
            conn.execute(sql)
    if stats is not None:
        _restore_stats(conn, stats)


def _saved_stats(conn: sqlite3.Connection) -> list[tuple] | None:
    """The planner's statistics of ``entries`` (``ANALYZE``), or None when there are none."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        return None
    rows = conn.execute("SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl = 'entries'").fetchall()
    return rows or None


def _restore_stats(conn: sqlite3.Connection, stats: list[tuple]) -> None:
    """The statistics of the indexes created again as they were, and the new key index analysed (one pass
    over that index), so the planner chooses as it did."""
    kept = {name for (name,) in conn.execute("SELECT name FROM pragma_index_list('entries')")} - {KEY_INDEX}
    conn.execute("DELETE FROM sqlite_stat1 WHERE tbl = 'entries'")
    conn.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)",
                     [row for row in stats if row[1] in kept])
    conn.execute(f"ANALYZE {KEY_INDEX}")


CONTENT_HASH_KEY = "substr(content_hash, -8)"
"""What a filing is looked up by content through (is this bare XML file's content stored already?): the last 8
characters of its hash, indexed by ``idx_filings_content_tail`` (the last, as a synthetic hash may be zero-padded)."""
CONTENT_HASH_INDEX = "idx_filings_content_tail"
SAME_CONTENT_SQL = f"SELECT 1 FROM filings WHERE {CONTENT_HASH_KEY} = substr(?1, -8) AND +content_hash = ?1 LIMIT 1"
"""(``+``: else SQLite puts ?1 for content_hash in the first term, and the index no longer matches it.)"""


def shorten_content_hash_index(conn: sqlite3.Connection) -> None:
    """``idx_filings_content_hash`` replaced by :data:`CONTENT_HASH_INDEX` (analysed when the database has
    statistics)."""
    conn.execute("DROP INDEX IF EXISTS idx_filings_content_hash")
    conn.execute(f"CREATE INDEX IF NOT EXISTS {CONTENT_HASH_INDEX} ON filings({CONTENT_HASH_KEY})")
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        conn.execute("DELETE FROM sqlite_stat1 WHERE idx = 'idx_filings_content_hash'")
        conn.execute(f"ANALYZE {CONTENT_HASH_INDEX}")


SIZELESS_FULL_TEXT = ("entries", "footnotes", "filing_owners", "filings")


def drop_full_text_sizes(conn: sqlite3.Connection, tables: tuple[str, ...] = SIZELESS_FULL_TEXT) -> None:
    """Each ``<table>_fts`` made again with ``columnsize=0`` (its ``_docsize`` table gone) and filled from its
    table; the triggers that keep it current stay as they are."""
    for table in tables:
        row = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (f"{table}_fts",)).fetchone()
        if row is None or "columnsize" in row[0]:
            continue
        conn.execute(f'DROP TABLE "{table}_fts"')
        conn.execute(re.sub(r"\s*\)\s*$", ",\n    columnsize=0\n)", row[0]))
        conn.execute(f'INSERT INTO "{table}_fts" ("{table}_fts") VALUES (\'rebuild\')')


def drop_index_links(conn: sqlite3.Connection) -> int:
    """Sources that are exactly the filing's EDGAR index link stored as NULL (migration m013,
    ``bot.domain.links.stored_source``: built again from the accession number and issuer CIK on reading), about 100
    bytes per filing of a database filled from the data sets. The update triggers of ``filings`` are set aside
    meanwhile (no remarks change, so full text stays right). Returns the number of sources dropped."""
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'filings' "
        "AND sql LIKE '%AFTER UPDATE%'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    dropped = conn.execute(
        f"UPDATE filings SET source = NULL WHERE accession_number IS NOT NULL AND source = {INDEX_URL_SQL}"
    ).rowcount
    for _, sql in triggers:
        conn.execute(sql)
    return dropped

"""Pre-aggregated transactions, kept current by the write path, so market-wide sums ("total sales in 2023")
read a few rows per day instead of every row of the period.

Two tables hold the transaction rows (``is_holding = 0``) of the filings no amendment supersedes:

- ``agg_cells``: per company and transaction date (and code, direction, kind of security as
  ``bot.domain.vocab.security_kind`` reads the title, form, amendment or not), with the filings as a blob of 64-bit keys
  (:func:`key_of`; read back with :func:`storage.sql.ordinals`).
- ``agg_days``: per transaction date, all companies together (the sums of ``agg_cells``), with the filings'
  and the companies' keys as blobs, so distinct filings and companies over any period are the size of a
  union of sets: exactly what ``count(DISTINCT ...)`` over the rows gives. The keys come from the ids
  themselves (not rowids), so ``VACUUM`` does not disturb them.

Triggers on ``entries`` and ``filings`` mark the (company, date) cells a write touches in ``agg_dirty``;
:func:`refresh` (called at the end of each write transaction by ``storage.writes`` and ``storage.bulk``)
recomputes those cells from the rows, applies the difference to ``agg_days`` and records in ``agg_state``
the highest rowids it has seen. Readers use the aggregates only when nothing is dirty and the rowids match
(:data:`storage.sql.AGGREGATES_CURRENT`): rows written around the triggers (a bulk load that drops them)
make the answers fall back to the rows until :func:`rebuild` runs.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
from array import array
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

from bot.domain.vocab import security_kind
from storage.sql import execute_script, ordinals

GROUP = ("transaction_code", "acquired_disposed", "kind", "form", "is_amendment")
SUMS = ("transactions", "shares", "value", "priced")
COLUMNS = ", ".join((*GROUP, *SUMS))

SCHEMA = """
CREATE TABLE IF NOT EXISTS agg_cells (
    issuer_cik TEXT NOT NULL,
    day TEXT,                          -- entries.transaction_date as stored
    transaction_code TEXT, acquired_disposed TEXT, kind TEXT, form TEXT, is_amendment INTEGER,
    transactions INTEGER NOT NULL, shares REAL NOT NULL, value REAL NOT NULL, priced INTEGER NOT NULL,
    filings BLOB NOT NULL              -- the filings' keys (int64, sorted)
);
CREATE INDEX IF NOT EXISTS idx_agg_cells_issuer_day ON agg_cells(issuer_cik, day);
CREATE TABLE IF NOT EXISTS agg_days (
    day TEXT,
    transaction_code TEXT, acquired_disposed TEXT, kind TEXT, form TEXT, is_amendment INTEGER,
    transactions INTEGER NOT NULL, shares REAL NOT NULL, value REAL NOT NULL, priced INTEGER NOT NULL,
    filings BLOB NOT NULL,             -- the filings' keys (int64, sorted)
    issuers BLOB NOT NULL              -- the issuers' keys (int64, sorted)
);
CREATE INDEX IF NOT EXISTS idx_agg_days_code_day ON agg_days(transaction_code, day, kind, form, is_amendment, transactions);
CREATE INDEX IF NOT EXISTS idx_agg_days_day ON agg_days(day);
CREATE TABLE IF NOT EXISTS agg_dirty (
    issuer_cik TEXT NOT NULL,
    day TEXT NOT NULL,                 -- '' for a transaction without a date
    PRIMARY KEY (issuer_cik, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS agg_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    entries_rowid INTEGER NOT NULL,
    filings_rowid INTEGER NOT NULL
);
CREATE TRIGGER IF NOT EXISTS entries_agg_ai AFTER INSERT ON entries WHEN NEW.is_holding = 0 BEGIN
    INSERT INTO agg_dirty SELECT NEW.issuer_cik, coalesce(NEW.transaction_date, '')
    WHERE NOT EXISTS (SELECT 1 FROM agg_dirty WHERE issuer_cik = NEW.issuer_cik
                      AND day = coalesce(NEW.transaction_date, ''));
END;
CREATE TRIGGER IF NOT EXISTS entries_agg_ad AFTER DELETE ON entries WHEN OLD.is_holding = 0 BEGIN
    INSERT INTO agg_dirty SELECT OLD.issuer_cik, coalesce(OLD.transaction_date, '')
    WHERE NOT EXISTS (SELECT 1 FROM agg_dirty WHERE issuer_cik = OLD.issuer_cik
                      AND day = coalesce(OLD.transaction_date, ''));
END;
CREATE TRIGGER IF NOT EXISTS entries_agg_au AFTER UPDATE ON entries BEGIN
    INSERT INTO agg_dirty SELECT OLD.issuer_cik, coalesce(OLD.transaction_date, '')
    WHERE OLD.is_holding = 0 AND NOT EXISTS (SELECT 1 FROM agg_dirty WHERE issuer_cik = OLD.issuer_cik
                                             AND day = coalesce(OLD.transaction_date, ''));
    INSERT INTO agg_dirty SELECT NEW.issuer_cik, coalesce(NEW.transaction_date, '')
    WHERE NEW.is_holding = 0 AND NOT EXISTS (SELECT 1 FROM agg_dirty WHERE issuer_cik = NEW.issuer_cik
                                             AND day = coalesce(NEW.transaction_date, ''));
END;
CREATE TRIGGER IF NOT EXISTS filings_agg_au
AFTER UPDATE OF amends_filing_id, form, is_amendment, issuer_cik ON filings BEGIN
    INSERT INTO agg_dirty SELECT DISTINCT e.issuer_cik, coalesce(e.transaction_date, '') FROM entries e
    WHERE e.filing_id IN (OLD.id, NEW.id, OLD.amends_filing_id, NEW.amends_filing_id) AND e.is_holding = 0
      AND NOT EXISTS (SELECT 1 FROM agg_dirty d WHERE d.issuer_cik = e.issuer_cik
                      AND d.day = coalesce(e.transaction_date, ''));
END;
CREATE TRIGGER IF NOT EXISTS filings_agg_ad AFTER DELETE ON filings WHEN OLD.amends_filing_id IS NOT NULL BEGIN
    INSERT INTO agg_dirty SELECT DISTINCT e.issuer_cik, coalesce(e.transaction_date, '') FROM entries e
    WHERE e.filing_id = OLD.amends_filing_id AND e.is_holding = 0
      AND NOT EXISTS (SELECT 1 FROM agg_dirty d WHERE d.issuer_cik = e.issuer_cik
                      AND d.day = coalesce(e.transaction_date, ''));
END;
"""

_CELL_SQL = (
    "SELECT e.issuer_cik, e.transaction_date, e.transaction_code, e.acquired_disposed, e.security_title, "
    "e.is_derivative, f.form, f.is_amendment, count(*), coalesce(sum(e.shares), 0), "
    "coalesce(sum(CASE WHEN e.price_per_share > 0 THEN e.shares * e.price_per_share END), 0), "
    "count(CASE WHEN e.price_per_share > 0 THEN 1 END), group_concat(DISTINCT f.id) "
    "FROM entries e JOIN filings f ON f.id = e.filing_id "
    "WHERE e.is_holding = 0 AND NOT EXISTS (SELECT 1 FROM filings a WHERE a.amends_filing_id = f.id) AND {where} "
    "GROUP BY e.issuer_cik, e.transaction_date, e.transaction_code, e.acquired_disposed, e.security_title, "
    "e.is_derivative, f.form, f.is_amendment"
)
Sums = list  # [transactions, shares, value, priced, set of filing keys]


def _cells(conn: sqlite3.Connection, where: str, params: Sequence = ()) -> dict[tuple, Sums]:
    """(issuer, day, code, direction, kind, form, amendment) -> sums of the current transaction rows of
    ``where``; titles of one kind are added together (their filings counted once)."""
    cells: dict[tuple, Sums] = {}
    for issuer, day, code, ad, title, derivative, form, amendment, n, shares, value, priced, ids in conn.execute(
            _CELL_SQL.format(where=where), params):
        key = (issuer, day, code, ad, kind_of(title, derivative), form, amendment)
        cell = cells.get(key)
        if cell is None:
            cells[key] = [n, shares, value, priced, _keys(ids)]
        else:
            cell[0] += n
            cell[1] += shares
            cell[2] += value
            cell[3] += priced
            cell[4] |= _keys(ids)
    return cells


@lru_cache(maxsize=8192)
def kind_of(title: str | None, is_derivative: int) -> str | None:
    return security_kind(title, is_derivative)


def create(conn: sqlite3.Connection) -> None:
    """The tables and triggers (empty; :func:`rebuild` fills them), inside the caller's transaction."""
    execute_script(conn, SCHEMA)


@lru_cache(maxsize=1 << 16)
def key_of(identifier: str) -> int:
    """A 64-bit key for a filing id or a CIK: the digits themselves when it is all digits (an accession
    number or a CIK), else a negative hash of it (a ``sha1:`` id), so the two never meet."""
    digits = identifier.replace("-", "")
    if digits.isdigit() and len(digits) <= 18:
        return int(digits)
    return -1 - int.from_bytes(hashlib.blake2b(identifier.encode(), digest_size=8).digest(), "big") % (1 << 62)


_ONE_KEY = struct.Struct("q").pack  # native, as array("q") writes


def blob(values: Collection[int] | int) -> bytes:
    if values.__class__ is int:  # a cell of one filing in hand (Pending)
        return _ONE_KEY(values)
    if len(values) == 1:  # most cells: one filing
        return _ONE_KEY(*values)
    return array("q", sorted(values)).tobytes()


def _keys(text: str | None) -> set[int]:
    """The keys of a ``group_concat`` of ids."""
    return {key_of(v) for v in text.split(",")} if text else set()


def rebuild(conn: sqlite3.Connection) -> None:
    """Fill the aggregate tables again from every row (a migration, or after a bulk load that bypassed the
    triggers), one transaction date at a time so memory stays small. Runs inside the caller's transaction
    when there is one."""
    create(conn)
    for table in ("agg_cells", "agg_days", "agg_dirty"):
        conn.execute(f"DELETE FROM {table}")
    days = [r[0] for r in conn.execute("SELECT DISTINCT transaction_date FROM entries ORDER BY 1")]
    for day in days:
        _insert(conn, _cells(conn, "e.transaction_date IS ?", (day,)))
    _mark_current(conn)


def _insert(conn: sqlite3.Connection, cells: dict[tuple, Sums]) -> None:
    """Cells of companies that had none, and the days they make up."""
    days: dict[tuple, list] = {}
    for (issuer, *key), (n, shares, value, priced, filings) in cells.items():
        day = days.setdefault(tuple(key), [0, 0.0, 0.0, 0, set(), set()])
        day[0] += n
        day[1] += shares
        day[2] += value
        day[3] += priced
        day[4] |= filings
        day[5].add(key_of(issuer))
    conn.executemany(f"INSERT INTO agg_cells (issuer_cik, day, {COLUMNS}, filings) VALUES ({value_marks(12)})",
                     [(*key, *sums[:4], blob(sums[4])) for key, sums in cells.items()])
    conn.executemany(f"INSERT INTO agg_days (day, {COLUMNS}, filings, issuers) VALUES ({value_marks(12)})",
                     [(*key, *sums[:4], blob(sums[4]), blob(sums[5])) for key, sums in days.items()])


def value_marks(n: int) -> str:
    return ", ".join("?" * n)


def _mark_current(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO agg_state (id, entries_rowid, filings_rowid) VALUES (1, "
        "(SELECT coalesce(max(rowid), 0) FROM entries), (SELECT coalesce(max(rowid), 0) FROM filings)) "
        "ON CONFLICT (id) DO UPDATE SET entries_rowid = excluded.entries_rowid, filings_rowid = excluded.filings_rowid "
        "WHERE entries_rowid IS NOT excluded.entries_rowid OR filings_rowid IS NOT excluded.filings_rowid"
    )  # a transaction that wrote nothing writes nothing here either


def refresh(conn: sqlite3.Connection) -> int:
    """Bring the aggregates up to date with the cells the triggers marked since the last refresh (call it
    inside the write transaction, after the writes); how many cells were recomputed. Does nothing on a
    database without the aggregate tables."""
    try:
        dirty = conn.execute("SELECT issuer_cik, day FROM agg_dirty").fetchall()
    except sqlite3.OperationalError:
        return 0  # not migrated yet
    if dirty:
        for issuer, day in dirty:
            _refresh_cell(conn, issuer, day)
        conn.execute("DELETE FROM agg_dirty")
    _mark_current(conn)
    return len(dirty)


_CELL_ROWS = ("rowid IN (SELECT rowid FROM agg_cells WHERE issuer_cik = ?1 AND day = ?2 UNION ALL "
              "SELECT rowid FROM agg_cells WHERE issuer_cik = ?1 AND day IS NULL AND ?2 = '')")
"""The stored cells of one company (``?1``) and date (``?2``; '' for no date: NULL or ''), found with two index
searches (an ``OR`` of the two reads every cell of the company: hundreds at decade scale)."""


def _refresh_cell(conn: sqlite3.Connection, issuer: str, day: str) -> None:
    """Recompute one company's transactions of one date and move ``agg_days`` by the difference."""
    if day:
        new = _cells(conn, "e.issuer_cik = ? AND e.transaction_date = ?", (issuer, day))
    else:
        new = _cells(conn, "e.issuer_cik = ? AND (e.transaction_date IS NULL OR e.transaction_date = '')", (issuer,))
    old = {tuple(r[:7]): [*r[7:11], set(ordinals(r[11]))] for r in conn.execute(
        f"SELECT issuer_cik, day, {COLUMNS}, filings FROM agg_cells WHERE {_CELL_ROWS}", (issuer, day))}
    if new == old:
        return
    conn.execute(f"DELETE FROM agg_cells WHERE {_CELL_ROWS}", (issuer, day))
    conn.executemany(f"INSERT INTO agg_cells (issuer_cik, day, {COLUMNS}, filings) VALUES ({value_marks(12)})",
                     [(*key, *sums[:4], blob(sums[4])) for key, sums in new.items()])
    _move_days(conn, [((issuer, day), old, new)])


MARK_INSERTED = ("INSERT OR IGNORE INTO agg_dirty SELECT DISTINCT issuer_cik, coalesce(transaction_date, '') "
                 "FROM entries NOT INDEXED WHERE rowid > ? AND is_holding = 0")
"""What ``entries_agg_ai`` does, once for every row a bulk load inserted with that trigger dropped (the rows
with a rowid above the parameter): ``storage.bulk``. ``NOT INDEXED`` keeps it a rowid range: left to itself
SQLite reads all of ``idx_entries_issuer_date`` in order for the ``DISTINCT`` (10M rows at decade scale,
0.9 s a batch)."""

_MANY = 100  # marked cells from which refresh_many reads them all at once
_DATED = "SELECT issuer_cik, day FROM agg_dirty WHERE day <> ''"
_UNDATED = "SELECT issuer_cik FROM agg_dirty WHERE day = ''"


def refresh_many(conn: sqlite3.Connection) -> int:
    """:func:`refresh` for a batch that marked many cells (a data-set import: about one per transaction row):
    the marked cells' rows read in one query, their stored cells in another, the changed cells replaced with
    one statement each and each day they make up moved once. The same tables as :func:`refresh` (up to the
    order floating-point sums are added in)."""
    try:
        marked = conn.execute("SELECT count(*) FROM agg_dirty").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not migrated yet
    if marked < _MANY:
        return refresh(conn)
    new = _by_cell(_cells(conn, f"(e.issuer_cik, e.transaction_date) IN ({_DATED})"))
    new_undated = _cells(conn, f"e.issuer_cik IN ({_UNDATED}) AND (e.transaction_date IS NULL "
                               "OR e.transaction_date = '')")
    for key, sums in _by_cell(new_undated).items():
        new.setdefault(key, {}).update(sums)
    old: dict[tuple, dict[tuple, Sums]] = {}
    for r in conn.execute(
            f"SELECT issuer_cik, day, {COLUMNS}, filings FROM agg_cells WHERE (issuer_cik, day) IN ({_DATED}) "
            f"UNION ALL SELECT issuer_cik, day, {COLUMNS}, filings FROM agg_cells WHERE issuer_cik IN ({_UNDATED}) "
            "AND (day IS NULL OR day = '')"):
        old.setdefault((r[0], r[1] or ""), {})[tuple(r[:7])] = [*r[7:11], set(ordinals(r[11]))]
    changed = sorted(c for c in new.keys() | old.keys() if new.get(c, {}) != old.get(c, {}))
    conn.executemany(f"DELETE FROM agg_cells WHERE {_CELL_ROWS}", [(i, d) for i, d in changed if (i, d) in old])
    conn.executemany(f"INSERT INTO agg_cells (issuer_cik, day, {COLUMNS}, filings) VALUES ({value_marks(12)})",
                     [(*key, *sums[:4], blob(sums[4])) for c in changed for key, sums in new.get(c, {}).items()])
    _move_days(conn, [(c, old.get(c, {}), new.get(c, {})) for c in changed])
    conn.execute("DELETE FROM agg_dirty")
    _mark_current(conn)
    return marked


def _by_cell(cells: dict[tuple, Sums]) -> dict[tuple, dict[tuple, Sums]]:
    """Cells grouped by the (company, date) marked for them ('' for no date)."""
    out: dict[tuple, dict[tuple, Sums]] = {}
    for key, sums in cells.items():
        out.setdefault((key[0], key[1] or ""), {})[key] = sums
    return out


_KEY_IS = " AND ".join(f"{c} IS ?" for c in ("day", *GROUP))  # one agg_days row (its index: code, day, ...)
_FEW_KEYS = 32


def stored_days(conn: sqlite3.Connection, keys: Iterable[tuple]) -> dict[tuple, tuple]:
    """The stored ``agg_days`` rows (rowid, day, group, sums, filings, issuers) of these keys (day, group)."""
    columns = f"SELECT rowid, day, {COLUMNS}, filings, issuers FROM agg_days"
    keys = set(keys)
    if len(keys) <= _FEW_KEYS:  # one filing's: read just those rows (a busy day's others carry big blobs)
        found = (conn.execute(f"{columns} WHERE {_KEY_IS}", key).fetchone() for key in keys)
        return {tuple(r[1:7]): r for r in found if r is not None}
    dates = sorted({key[0] or "" for key in keys})
    return {tuple(r[1:7]): r for r in conn.execute(  # two index searches (an OR would read the whole table)
        f"{columns} WHERE day IN (SELECT value FROM json_each(?)) UNION ALL {columns} WHERE day IS NULL AND ? = 1",
        (json.dumps(dates), int("" in dates))) if tuple(r[1:7]) in keys}


def _move_days(conn: sqlite3.Connection, moves: list[tuple[tuple, dict, dict]]) -> None:
    """Move the ``agg_days`` rows of each changed cell ((company, date), old sums, new sums: either may lack a
    key) by the difference, with the rows of the dates concerned read in one query and each written once."""
    stored = stored_days(conn, {key[1:] for _, old, new in moves for key in (*old, *new)})
    days: dict[tuple, list] = {}  # key -> [rowid, sums, filings, issuers]
    for (issuer, _), old, new in moves:
        issuer_key = key_of(issuer)
        for key in (old.keys() | new.keys()) if old else new:
            day = days.get(key[1:])
            if day is None:
                row = stored.get(key[1:])
                day = days[key[1:]] = ([None, [0, 0.0, 0.0, 0], set(), set()] if row is None else
                                       [row[0], list(row[7:11]), set(ordinals(row[11])), set(ordinals(row[12]))])
            sums, o, n = day[1], old.get(key), new.get(key)
            if o is not None:  # the arithmetic of _move_day: the old sums out, then the new ones in
                sums[0] -= o[0]
                sums[1] -= o[1]
                sums[2] -= o[2]
                sums[3] -= o[3]
                day[2] -= o[4]
            if n is not None:
                sums[0] += n[0]
                sums[1] += n[1]
                sums[2] += n[2]
                sums[3] += n[3]
                day[2] |= n[4]
            day[3].discard(issuer_key)
            if n is not None and n[0]:
                day[3].add(issuer_key)
    conn.executemany("DELETE FROM agg_days WHERE rowid = ?",
                     [(d[0],) for d in days.values() if d[0] is not None and d[1][0] <= 0])
    conn.executemany(f"UPDATE agg_days SET {', '.join(f'{c} = ?' for c in SUMS)}, filings = ?, issuers = ? "
                     "WHERE rowid = ?",
                     [(*d[1], blob(d[2]), blob(d[3]), d[0]) for d in days.values() if d[0] is not None and d[1][0] > 0])
    conn.executemany(f"INSERT INTO agg_days (day, {COLUMNS}, filings, issuers) VALUES ({value_marks(12)})",
                     [(*key, *d[1], blob(d[2]), blob(d[3])) for key, d in days.items() if d[0] is None and d[1][0] > 0])

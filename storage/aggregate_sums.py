"""Sums in hand for a bulk load (``storage.bulk``, the data-set import): the transaction rows of the new filings,
inserted with ``entries_agg_ai`` dropped, summed per cell as they are stored and added to the pre-aggregated
tables of :mod:`storage.aggregates` once per write transaction, instead of marked and read back."""

from __future__ import annotations

import json
import sqlite3
import struct
from collections.abc import Iterable

from bot.domain.vocab import security_kind
from storage.aggregates import (
    COLUMNS,
    GROUP,
    SUMS,
    Sums,
    blob,
    key_of,
    refresh_many,
    stored_days,
    value_marks,
)
from storage.sql import AGGREGATES_CURRENT, ordinals

_ONE_KEY = struct.Struct("q").pack  # as storage.aggregates.blob packs a single key


class Pending:
    """The transaction rows of new filings a bulk load inserts with ``entries_agg_ai`` dropped (``storage.bulk``),
    summed per cell from the rows in hand instead of marked and read back: :meth:`start` when the write
    transaction begins, :meth:`add` each new filing's rows, :meth:`flush` before it commits.

    Adding sums to the stored cells is right only when the stored cells were current when the transaction
    began (:data:`storage.sql.AGGREGATES_CURRENT`); otherwise (``usable`` false) the bulk load marks the
    cells as the trigger would (:data:`storage.aggregates.MARK_INSERTED`) and they are recomputed. A cell that something else
    marked in the meantime (an amendment linked, a filing replaced) is recomputed from the rows, which
    include the new ones, and its sums in hand are dropped."""

    def __init__(self) -> None:
        self.usable = False
        self.cells: dict[tuple, Sums] = {}

    def start(self, conn: sqlite3.Connection) -> Pending:
        """Whether sums can be added (the aggregates are current); call before the transaction writes."""
        try:
            row = conn.execute(AGGREGATES_CURRENT).fetchone()
        except sqlite3.OperationalError:
            row = None  # not migrated yet
        self.usable, self.cells = bool(row and row[0]), {}
        return self

    def add(self, issuer: str, form: str, is_amendment: int, filing_id: str, rows: Iterable[tuple]) -> None:
        """The transaction rows of one new filing: (date, code, direction, title, is_derivative, shares,
        price), holdings left out by the caller."""
        cells, filing, kind = self.cells, key_of(filing_id), security_kind  # kind_of's own lru-cached function
        for day, code, ad, title, derivative, shares, price in rows:
            key = (issuer, day, code, ad, kind(title, derivative), form, is_amendment)
            priced = price is not None and price > 0
            value = shares * price if priced and shares is not None else 0.0
            cell = cells.get(key)
            if cell is None:  # nearly always: about one cell per transaction row, of one filing
                cells[key] = [1, shares or 0.0, value, int(priced), filing]
            else:
                cell[0] += 1
                cell[1] += shares or 0.0
                cell[2] += value
                cell[3] += priced
                if cell[4] != filing:
                    cell[4] = _one_or_set(cell[4]) | {filing}

    def flush(self, conn: sqlite3.Connection) -> int:
        """Bring the aggregates up to date: the sums in hand added to their cells and days, then the marked
        cells recomputed (:func:`refresh_many`); how many cells were touched."""
        cells, self.cells = self.cells, {}
        if cells:
            dirty = set(conn.execute("SELECT issuer_cik, day FROM agg_dirty"))
            if dirty:
                cells = {key: sums for key, sums in cells.items() if (key[0], key[1] or "") not in dirty}
            _add_cells(conn, cells)
        return len(cells) + refresh_many(conn)


_STORED_CELLS = (
    "WITH k(i, d) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)) "
    f"SELECT c.rowid, c.issuer_cik, c.day, {', '.join(f'c.{x}' for x in (*GROUP, *SUMS))}, c.filings "
    "FROM k JOIN agg_cells c ON c.issuer_cik = k.i AND c.day = k.d UNION ALL "
    f"SELECT c.rowid, c.issuer_cik, c.day, {', '.join(f'c.{x}' for x in (*GROUP, *SUMS))}, c.filings "
    "FROM k JOIN agg_cells c ON c.issuer_cik = k.i AND k.d = '' AND c.day IS NULL"
)
"""The stored cells of the (company, date) pairs given as JSON ``[[cik, day], ...]`` ('' for no date)."""


def _one_or_set(filings: int | set[int]) -> set[int]:
    """A cell's filings in hand (:class:`Pending`): one key, or a set of them once there are two."""
    return {filings} if filings.__class__ is int else filings


def _add_cells(conn: sqlite3.Connection, cells: dict[tuple, Sums]) -> None:
    """Add sums of new filings (by cell key) to ``agg_cells`` and ``agg_days``: the filings are new, so their keys
    join the sets and nothing is taken away. Rows are handed to SQLite as they are made (memory: a quarter's
    import holds up to 75,000 cells)."""
    if not cells:
        return
    pairs = json.dumps(list({(key[0], key[1] or "") for key in cells}))
    stored = {tuple(r[1:8]): r for r in conn.execute(_STORED_CELLS, (pairs,))}
    conn.executemany(
        f"UPDATE agg_cells SET {', '.join(f'{c} = ?' for c in SUMS)}, filings = ? WHERE rowid = ?",
        ((row[8] + n, row[9] + shares, row[10] + value, row[11] + priced,
          blob(_one_or_set(filings).union(ordinals(row[12]))), row[0])
         for key, (n, shares, value, priced, filings) in cells.items() if (row := stored.get(key)) is not None))
    one = _ONE_KEY  # most cells: one filing, its key in hand (blob() without the call)
    conn.executemany(
        f"INSERT INTO agg_cells (issuer_cik, day, {COLUMNS}, filings) VALUES ({value_marks(12)})",
        ((*key, n, shares, value, priced, one(filings) if filings.__class__ is int else blob(filings))
         for key, (n, shares, value, priced, filings) in cells.items() if not stored or key not in stored))
    _add_days(conn, cells)


def _add_days(conn: sqlite3.Connection, cells: dict[tuple, Sums]) -> None:
    """:func:`_move_days` for sums only added (:func:`_add_cells`): each day's sums in hand, then its stored
    row moved once."""
    days: dict[tuple, list] = {}  # key -> [sums..., filings, issuers]
    get, issuer_key = days.get, key_of
    for key, (n, shares, value, priced, filings) in cells.items():
        group = key[1:]
        day = get(group)
        if day is None:  # the sums as 0 + each would make them (0.0 + shares: -0.0 becomes 0.0)
            days[group] = [n, 0.0 + shares, 0.0 + value, priced, {filings} if filings.__class__ is int else set(filings),
                           {issuer_key(key[0])}]
            continue
        day[0] += n
        day[1] += shares
        day[2] += value
        day[3] += priced
        if filings.__class__ is int:
            day[4].add(filings)
        else:
            day[4] |= filings
        day[5].add(issuer_key(key[0]))
    stored = stored_days(conn, days)
    conn.executemany(
        f"UPDATE agg_days SET {', '.join(f'{c} = ?' for c in SUMS)}, filings = ?, issuers = ? WHERE rowid = ?",
        ((row[7] + n, row[8] + shares, row[9] + value, row[10] + priced, blob(filings.union(ordinals(row[11]))),
          blob(issuers.union(ordinals(row[12]))), row[0])
         for key, (n, shares, value, priced, filings, issuers) in days.items() if (row := stored.get(key)) is not None))
    conn.executemany(
        f"INSERT INTO agg_days (day, {COLUMNS}, filings, issuers) VALUES ({value_marks(12)})",
        ((*key, n, shares, value, priced, blob(filings), blob(issuers))
         for key, (n, shares, value, priced, filings, issuers) in days.items() if key not in stored))

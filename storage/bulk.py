"""Many filings in one write transaction: the batch path of the data-set import.

The outcome of each filing is the one :func:`storage.writes.store_filing` would give, and so is the database
afterwards: the filings not stored yet are inserted together (one ``executemany`` per table), the few
others go through ``store_filing`` one by one. Issuer and owner names are looked up again only for those
the batch names differently from what is stored (or names in more than one way); amendments are linked
once the whole batch is in, so an amendment and its original in the same batch find each other.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

import sqlite_utils

from bot.domain.filing import Filing
from storage.links import clean_symbol, link_amendments, refresh_issuer, refresh_owners
from storage.migrations import FTS_001
from storage.rows import (
    INSERT_ENTRY,
    INSERT_FILING,
    INSERT_OWNER,
    entry_rows,
    filing_row,
    form_of,
    normalize_accession,
    owner_rows,
)
from storage.writes import Outcome, filing_id, is_dataset, now_utc, store_filing, write_transaction

_IN = "IN (SELECT value FROM json_each(?))"


def _as_json(values: Iterable[str]) -> str:
    return json.dumps(list(values))


def store_filings(db: sqlite_utils.Database, filings: Sequence[Filing], *, origin: str) -> list[Outcome]:
    """Store ``filings`` (all with accession numbers, from ``origin``) in one write transaction (a savepoint
    inside an open one); the outcome of each, in order."""
    with write_transaction(db) as conn:
        ids = [filing_id(f) for f in filings]
        bare = [f"sha1:{f.content_hash}" for f in filings]
        stored = {row[0]: row[1] for row in conn.execute(
            f"SELECT id, origin FROM filings WHERE id {_IN}", [_as_json([*ids, *bare])]
        )}
        outcomes: list[Outcome | None] = []
        fresh: dict[str, Filing] = {}
        for fid, bare_id, filing in zip(ids, bare, filings, strict=True):
            if fid in fresh:
                outcomes.append("unchanged")  # the same accession twice in one batch
            elif fid in stored or bare_id in stored or not normalize_accession(filing.accession_number):
                if is_dataset(origin) and fid in stored and not is_dataset(stored[fid]):
                    outcomes.append("unchanged")  # its XML or submission is stored: that copy stays
                else:
                    outcomes.append(store_filing(db, filing, origin=origin))
            else:
                fresh[fid] = filing
                outcomes.append("new")
        if fresh:
            _insert_new(conn, fresh, origin)
    return outcomes


def _insert_new(conn: sqlite3.Connection, fresh: dict[str, Filing], origin: str) -> None:
    stamp = now_utc()
    issuers = _named(conn, "issuers", {fid: [(f.issuer.cik, f.issuer.name)] for fid, f in fresh.items()},
                     extra="trading_symbol")
    owners = _named(conn, "owners", {fid: [(o.cik, o.name) for o in f.reporting_owners]
                                     for fid, f in fresh.items()})
    first_ticker = {}
    for f in fresh.values():
        first_ticker.setdefault(f.issuer.cik, clean_symbol(f.issuer.trading_symbol))
    with full_text_after(conn):
        conn.executemany(
            "INSERT INTO issuers (cik, name, trading_symbol, updated_at) VALUES (?, ?, ?, ?)",
            [(cik, name, first_ticker[cik], stamp) for cik, name in issuers.new.items()],
        )
        conn.executemany("INSERT INTO owners (cik, name) VALUES (?, ?)", list(owners.new.items()))
        conn.executemany(INSERT_FILING, [filing_row(fid, f, stamp, origin) for fid, f in fresh.items()])
        conn.executemany(INSERT_OWNER, [row for fid, f in fresh.items() for row in owner_rows(fid, f)])
        conn.executemany(INSERT_ENTRY, [row for fid, f in fresh.items() for row in entry_rows(fid, f)])
        conn.executemany(
            "INSERT INTO footnotes (filing_id, footnote_id, text) VALUES (?, ?, ?)",
            [(fid, key, text) for fid, f in fresh.items() for key, text in f.footnotes.items()],
        )
        conn.executemany(
            "INSERT INTO signatures (filing_id, seq, name, date) VALUES (?, ?, ?, ?)",
            [(fid, seq, s.name, s.date) for fid, f in fresh.items() for seq, s in enumerate(f.signatures, start=1)],
        )
    tickers: dict[str, set[str]] = defaultdict(set)
    for f in fresh.values():
        symbol = clean_symbol(f.issuer.trading_symbol)
        if symbol is not None:
            tickers[f.issuer.cik].add(symbol)
    stored_ticker = {c: issuers.extra[c] if c in issuers.extra else first_ticker[c] for c in tickers}
    for cik in sorted(issuers.changed | {c for c, seen in tickers.items() if seen != {stored_ticker[c]}}):
        refresh_issuer(conn, cik, stamp)
    refresh_owners(conn, sorted(owners.changed))
    _link(conn, fresh)


@contextlib.contextmanager
def full_text_after(conn: sqlite3.Connection) -> Iterator[None]:
    """Rows inserted inside reach the full-text tables in one ``INSERT … SELECT`` per table at the end,
    instead of one trigger call per row (about 20 times faster for a batch). The insert triggers are
    dropped for the duration and created again, all inside the caller's transaction: readers never see
    the schema without them, and an error rolls everything back. Only inserts may happen inside."""
    triggers = dict(conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' for _ in FTS_001)})", [f"{table}_ai" for table in FTS_001],
    ).fetchall())
    tables = [table for table in FTS_001 if f"{table}_ai" in triggers]
    before = {table: conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
              for table in tables}
    for table in tables:
        conn.execute(f"DROP TRIGGER {table}_ai")
    yield
    for table in tables:
        columns = ", ".join(f'"{column}"' for column in FTS_001[table])
        conn.execute(f"INSERT INTO {table}_fts (rowid, {columns}) SELECT rowid, {columns} FROM {table} "
                     "WHERE rowid > ?", [before[table]])
        conn.execute(triggers[f"{table}_ai"])


class _Names:
    """Names in a batch against the store: ``new`` (cik → first name in the batch, not stored yet), ``changed``
    (ciks whose stored or first name some filing of the batch contradicts), ``extra`` (cik → the stored
    value of an extra column)."""

    def __init__(self) -> None:
        self.new: dict[str, str | None] = {}
        self.changed: set[str] = set()
        self.extra: dict[str, str | None] = {}


def _named(conn: sqlite3.Connection, table: str, named: dict[str, list[tuple[str, str | None]]],
           extra: str | None = None) -> _Names:
    ciks = sorted({cik for pairs in named.values() for cik, _ in pairs})
    columns = f"cik, name{', ' + extra if extra else ''}"
    stored = {row[0]: row[1:] for row in conn.execute(f"SELECT {columns} FROM {table} WHERE cik {_IN}",
                                                      [_as_json(ciks)])}
    result = _Names()
    current = {cik: row[0] for cik, row in stored.items()}
    if extra:
        result.extra = {cik: row[1] for cik, row in stored.items()}
    for pairs in named.values():
        for cik, name in pairs:
            if cik not in current:
                current[cik] = result.new[cik] = name
            elif name is not None and name != current[cik]:
                result.changed.add(cik)
    return result


def _link(conn: sqlite3.Connection, fresh: dict[str, Filing]) -> None:
    """Link the batch's amendments to their originals, and amendments already stored to the batch's
    originals; only (issuer, form) pairs with an amendment stored can have any."""
    amended = set(conn.execute(
        f"SELECT DISTINCT issuer_cik, form FROM filings WHERE is_amendment = 1 AND issuer_cik {_IN}",
        [_as_json({f.issuer.cik for f in fresh.values()})],
    ).fetchall())
    for fid, f in fresh.items():
        if f.is_amendment or (f.issuer.cik, form_of(f.document_type)) in amended:
            link_amendments(conn, fid)

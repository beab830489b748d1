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
import operator
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, Protocol

import sqlite_utils

from bot.domain.filing import Filing
from storage.aggregate_sums import Pending
from storage.aggregates import MARK_INSERTED
from storage.links import clean_symbol, link_amendments, refresh_issuer, refresh_owners
from storage.migrations import FTS_001
from storage.names_index import KINDS, words_table
from storage.rows import (
    ENTRY_COLUMNS,
    INSERT_ENTRY,
    INSERT_FILING,
    INSERT_FOOTNOTE,
    INSERT_OWNER,
    INSERT_SIGNATURE,
    OWNER_COLUMNS,
    entry_rows,
    filing_of,
    filing_row,
    footnote_rows,
    form_of,
    normalize_accession,
    owner_rows,
    signature_rows,
)
from storage.writes import Outcome, filing_id, now_utc, store_filing, stored_copy_stays, write_transaction

_IN = "IN (SELECT value FROM json_each(?))"


def _as_json(values: Iterable[str]) -> str:
    return json.dumps(list(values))


class Prepared(NamedTuple):
    """One filing as rows ready to insert (:func:`prepare`), built where the filing is read (possibly another
    process), plus what the batch logic needs to know about it. ``document`` is the Filing, or something
    that gives it back (:class:`Rebuilds`), or None: built back from the rows (``storage.rows.filing_of``, the
    cheapest to send to another process); asked only in the rare case the filing must go through
    ``store_filing``."""

    fid: str
    bare_id: str  # the key of the same content stored from a bare XML file
    has_accession: bool
    issuer: tuple[str, str | None, str | None]  # cik, name, ticker as filed
    owners: tuple[tuple[str, str | None], ...]  # cik, name
    is_amendment: bool
    form: str
    filing: tuple
    owner_rows: list[tuple]
    entry_rows: list[tuple]
    footnote_rows: list[tuple]
    signature_rows: list[tuple]
    document: Filing | Rebuilds | None


class Rebuilds(Protocol):
    """What a filing was read from, kept to build it again: ``filing()`` gives the same Filing."""

    def filing(self) -> Filing: ...


def prepare(filing: Filing, *, origin: str, stamp: str, keep: bool = True) -> Prepared:
    """The rows of one filing (pure: no database); ``keep`` false: not the Filing itself (it is built back
    from the rows if need be: cheaper to send to another process)."""
    fid = filing_id(filing)
    issuer = filing.issuer
    return Prepared(
        fid=fid, bare_id=f"sha1:{filing.content_hash}",
        has_accession=normalize_accession(filing.accession_number) is not None,
        issuer=(issuer.cik, issuer.name, issuer.trading_symbol),
        owners=tuple((o.cik, o.name) for o in filing.reporting_owners),
        is_amendment=filing.is_amendment, form=form_of(filing.document_type),
        filing=filing_row(fid, filing, stamp, origin), owner_rows=owner_rows(fid, filing),
        entry_rows=entry_rows(fid, filing),
        footnote_rows=footnote_rows(fid, filing), signature_rows=signature_rows(fid, filing),
        document=filing if keep else None,
    )


def store_filings(db: sqlite_utils.Database, filings: Sequence[Filing], *, origin: str) -> list[Outcome]:
    """Store ``filings`` (from ``origin``) in one write transaction (a savepoint inside an open one); the
    outcome of each, in order."""
    stamp = now_utc()
    return store_prepared(db, [prepare(f, origin=origin, stamp=stamp) for f in filings], origin=origin)


def store_prepared(db: sqlite_utils.Database, batch: Sequence[Prepared], *, origin: str,
                   pending: Pending | None = None) -> list[Outcome]:
    """:func:`store_filings` for filings already turned into rows by :func:`prepare`. ``pending``: the
    aggregates' sums of the caller's write transaction, begun (:meth:`Pending.start`) before it wrote and
    flushed by the caller before it commits (several batches in one transaction); by default the batch's own."""
    own = pending is None
    with write_transaction(db) as conn:
        if own:
            pending = Pending().start(conn)
        stored = {row[0]: row[1] for row in conn.execute(
            f"SELECT id, origin FROM filings WHERE id {_IN}",
            [_as_json([*(p.fid for p in batch), *(p.bare_id for p in batch)])],
        )}
        # Issuers with filings stored from bare XML files: a filing of theirs may be one of those by
        # the other road, which store_filing matches (storage.identity). Rare, so this costs nothing: the
        # search goes through the few 'sha1:' keys (``+issuer_cik`` keeps the planner off the issuer index,
        # which would visit every stored filing of the batch's issuers: 0.1 s a batch).
        bare_xml = {row[0] for row in conn.execute(
            f"SELECT DISTINCT issuer_cik FROM filings WHERE id >= 'sha1:' AND id < 'sha1;' AND +issuer_cik {_IN}",
            [_as_json({p.issuer[0] for p in batch})],
        )}
        outcomes: list[Outcome] = []
        fresh: dict[str, Prepared] = {}
        for p in batch:
            if p.fid in fresh:
                outcomes.append("unchanged")  # the same accession twice in one batch
            elif p.fid in stored or p.bare_id in stored or not p.has_accession or p.issuer[0] in bare_xml:
                if p.fid in stored and stored_copy_stays(origin, stored[p.fid]):
                    outcomes.append("unchanged")  # its XML or submission is stored: that copy stays
                else:
                    outcomes.append(store_filing(db, _document(p), origin=origin))
            else:
                fresh[p.fid] = p
                outcomes.append("new")
        if fresh:
            _insert_new(conn, list(fresh.values()), pending)
        if own:
            pending.flush(conn)  # storage.aggregates: the cells the batch touched
    return outcomes


def _document(p: Prepared) -> Filing:
    if p.document is None:
        return filing_of(p.filing, p.owner_rows, p.entry_rows, p.footnote_rows, p.signature_rows)
    return p.document if isinstance(p.document, Filing) else p.document.filing()


def _insert_new(conn: sqlite3.Connection, fresh: list[Prepared], pending: Pending) -> None:
    stamp = now_utc()
    issuers = _named(conn, "issuers", [(p.issuer[0], p.issuer[1]) for p in fresh], extra="trading_symbol")
    owners = _named(conn, "owners", [pair for p in fresh for pair in p.owners])
    first_ticker: dict[str, str | None] = {}
    tickers: dict[str, set[str]] = defaultdict(set)
    cleaned: dict[str | None, str | None] = {}  # tickers as filed repeat: each cleaned once
    for p in fresh:
        raw = p.issuer[2]
        symbol = cleaned[raw] if raw in cleaned else cleaned.setdefault(raw, clean_symbol(raw))
        first_ticker.setdefault(p.issuer[0], symbol)
        if symbol is not None:
            tickers[p.issuer[0]].add(symbol)
    with full_text_after(conn, mark_cells=not pending.usable):
        conn.executemany(
            "INSERT INTO issuers (cik, name, trading_symbol, updated_at) VALUES (?, ?, ?, ?)",
            [(cik, name, first_ticker[cik], stamp) for cik, name in issuers.new.items()],
        )
        conn.executemany("INSERT INTO owners (cik, name) VALUES (?, ?)", list(owners.new.items()))
        conn.executemany(INSERT_FILING, [p.filing for p in fresh])
        conn.executemany(INSERT_OWNER, [row for p in fresh for row in p.owner_rows])
        conn.executemany(INSERT_ENTRY, [row for p in fresh for row in p.entry_rows])
        conn.executemany(INSERT_FOOTNOTE, [row for p in fresh for row in p.footnote_rows])
        conn.executemany(INSERT_SIGNATURE, [row for p in fresh for row in p.signature_rows])
    stored_ticker = {c: issuers.extra[c] if c in issuers.extra else first_ticker[c] for c in tickers}
    for cik in sorted(issuers.changed | {c for c, seen in tickers.items() if seen != {stored_ticker[c]}}):
        refresh_issuer(conn, cik, stamp)
    refresh_owners(conn, sorted(owners.changed))
    _link(conn, fresh, set(owners.new))
    if pending.usable:
        for p in fresh:
            pending.add(p.issuer[0], p.form, int(p.is_amendment), p.fid,
                        [_CELL_VALUES(r) for r in p.entry_rows if not r[_HOLDING]])


_HOLDING = ENTRY_COLUMNS.index("is_holding")
_OWNER = OWNER_COLUMNS.index("owner_cik")
_CELL_VALUES = operator.itemgetter(*(ENTRY_COLUMNS.index(c) for c in (
    "transaction_date", "transaction_code", "acquired_disposed", "security_title", "is_derivative", "shares",
    "price_per_share")))


def _into_full_text(table: str, columns: list[str]) -> str:
    quoted = ", ".join(f'"{column}"' for column in columns)
    return f"INSERT INTO {table}_fts (rowid, {quoted}) SELECT rowid, {quoted} FROM {table} WHERE rowid > ?"


# Insert triggers a batch drops and makes up for at its end: trigger → (its table, one statement doing for every
# row inserted what the trigger does for one; ``?`` is the table's highest rowid before the batch).
_CATCH_UP = {
    **{f"{table}_ai": (table, _into_full_text(table, columns)) for table, columns in FTS_001.items()},
    # storage.names_index: the name words of the new companies and people (one FTS5 insert a row otherwise)
    **{f"{words_table(kind)}_ai": (kind, f"INSERT OR REPLACE INTO {words_table(kind)} (rowid, name, cik) "
                                         f"SELECT rowid, name, cik FROM {kind} WHERE rowid > ?") for kind in KINDS},
    "entries_agg_ai": ("entries", MARK_INSERTED),  # storage.aggregates: the (company, date) cells to refresh
    # storage.sql.FILINGS_COUNT_SQL: the rows above top_rowid are counted when it was the highest rowid
    "filings_count_ai": ("filings", "UPDATE filings_count SET filings = filings + (SELECT count(*) FROM filings "
                         "WHERE rowid > ?1), top_rowid = (SELECT coalesce(max(rowid), 0) FROM filings) "
                         "WHERE top_rowid = ?1"),
}


@contextlib.contextmanager
def full_text_after(conn: sqlite3.Connection, *, mark_cells: bool = True) -> Iterator[None]:
    """Rows inserted inside reach the full-text tables (and mark the aggregates' cells) in one
    ``INSERT … SELECT`` per trigger at the end, instead of one trigger call per row (about 20 times faster
    for a batch). The insert triggers are dropped for the duration and created again, all inside the
    caller's transaction: readers never see the schema without them, and an error rolls everything back.
    Only inserts may happen inside. ``mark_cells`` false: the caller sums the new rows into the aggregates
    itself (:class:`storage.aggregate_sums.Pending`), so their cells are not marked."""
    triggers = dict(conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' for _ in _CATCH_UP)})", list(_CATCH_UP),
    ).fetchall())
    before = {table: conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
              for table in {_CATCH_UP[name][0] for name in triggers}}
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    for name, sql in triggers.items():
        table, catch_up = _CATCH_UP[name]
        if mark_cells or name != "entries_agg_ai":
            conn.execute(catch_up, [before[table]])
        conn.execute(sql)


class _Names:
    """Names in a batch against the store: ``new`` (cik → first name in the batch, not stored yet), ``changed``
    (ciks whose stored or first name some filing of the batch contradicts), ``extra`` (cik → the stored
    value of an extra column)."""

    def __init__(self) -> None:
        self.new: dict[str, str | None] = {}
        self.changed: set[str] = set()
        self.extra: dict[str, str | None] = {}


def _named(conn: sqlite3.Connection, table: str, pairs: list[tuple[str, str | None]],
           extra: str | None = None) -> _Names:
    columns = f"cik, name{', ' + extra if extra else ''}"
    stored = {row[0]: row[1:] for row in conn.execute(f"SELECT {columns} FROM {table} WHERE cik {_IN}",
                                                      [_as_json(sorted({cik for cik, _ in pairs}))])}
    result = _Names()
    current = {cik: row[0] for cik, row in stored.items()}
    if extra:
        result.extra = {cik: row[1] for cik, row in stored.items()}
    for cik, name in pairs:
        if cik not in current:
            current[cik] = result.new[cik] = name
        elif name is not None and name != current[cik]:
            result.changed.add(cik)
    return result


_AMENDMENTS_OF_ORIGINALS = """
    SELECT DISTINCT f.id FROM json_each(?1) j CROSS JOIN filings o CROSS JOIN filings f
    WHERE o.id = j.value AND f.issuer_cik = o.issuer_cik AND f.form = o.form AND f.is_amendment = 1
      AND (f.amends_filing_id IS NULL
           OR substr(f.period_of_report, 1, 10) = substr(o.period_of_report, 1, 10)
           OR substr(f.date_of_original_submission, 1, 10) IN (substr(o.filed_at, 1, 10), substr(o.signed_at, 1, 10)))
      AND EXISTS (SELECT 1 FROM filing_owners mine CROSS JOIN filing_owners fo
                  WHERE mine.filing_id = o.id AND mine.owner_cik NOT IN (SELECT value FROM json_each(?2))
                    AND fo.filing_id = f.id AND fo.owner_cik = mine.owner_cik)
"""
"""``storage.links``' amendments of an original, for many originals (a JSON list of ids) at once: each original's
company's amendments of its form (``storage.sql.AMENDMENTS_INDEX``, a handful), kept when they share an owner with
it, leaving out the owners given (a JSON list: the batch's new owners, whose only filings are the batch's own)."""


def _link(conn: sqlite3.Connection, fresh: list[Prepared], new_owners: set[str]) -> None:
    """Link the batch's amendments to their originals, and amendments already stored to the batch's
    originals: what ``storage.links.link_amendments`` does for each filing, with the amendments of all the
    originals found in one statement (among each original's company's amendments of its form, migration
    m014: through the originals' owners' filings it took 1.3 CPU s a quarter, through every filing of the
    batch's companies 1 ms a filing at decade scale). Linking an amendment depends only on the filings
    stored, so each is linked once, in id order.

    ``new_owners``: the owners first stored by this batch. Every filing of theirs is one of the batch's (a
    filing's owners are stored with it, ``filing_owners.owner_cik`` references ``owners``), so an amendment
    found through them is one of the batch's amendments, linked anyway: an original whose owners are all
    new is not looked at, and the others are looked at through their stored owners only (an import into an
    empty database looks at nearly none)."""
    originals = [p.fid for p in fresh if not p.is_amendment and any(row[_OWNER] not in new_owners for row in p.owner_rows)]
    amendments = {p.fid for p in fresh if p.is_amendment}
    if originals:
        amendments.update(row[0] for row in conn.execute(_AMENDMENTS_OF_ORIGINALS,
                                                         [_as_json(originals), _as_json(sorted(new_owners))]))
    for fid in sorted(amendments):
        link_amendments(conn, fid)

"""The answer engine's reads: a read-only connection with the engine's SQL functions and a time limit, what
is stored (for catalogs and "nothing found" answers), and the matching rows of the entries table.

Nothing from a question or a model is ever pasted into SQL text: the conditions come from
``bot.answers.filters`` (values in ``?`` parameters), and the only other things that vary the SQL text are
choices made here from enums (which ORDER BY). Every read goes through the store's ``Reader``.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from bot.answers.filters import ENTRY_AS_OF, PRICE_OR_STRIKE, Filters, held_through, where
from bot.domain.vocab import has_role, note_security_kind, security_kind
from storage.reader import ReadSource, reader_of
from storage.sql import (
    FILINGS_COUNTED,
    OPEN_MARKET_VALUE_INDEX,
    OPEN_MARKET_VALUE_WHERE,
    chunks,
    marks,
    not_superseded,
)

QUERY_TIME_LIMIT_SECONDS = 5.0
MAX_SCAN_ROWS = 5000



@contextmanager
def connect(db: ReadSource, time_limit: float = QUERY_TIME_LIMIT_SECONDS
            ) -> Iterator[sqlite3.Connection]:
    """A read-only connection of the store's reader with the engine's SQL functions, closed on exit; queries
    over ``time_limit`` seconds are interrupted."""
    with reader_of(db).connect() as conn:
        conn.create_function("has_role", 7, has_role, deterministic=True)
        conn.create_function("security_kind", 2, security_kind, deterministic=True)
        conn.create_function("note_security_kind", 1, note_security_kind, deterministic=True)
        conn.create_function("held_through", 5, held_through, deterministic=True)
        deadline = time.monotonic() + time_limit
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        yield conn


# ---- what is stored ------------------------------------------------------------------------------


def has_schema(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entries'").fetchone()
    return row is not None


def has_filings(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM filings)").fetchone()[0])


def catalog_signature(conn: sqlite3.Connection) -> tuple:
    """Changes when issuers or owners are added, or an issuer is renamed (cache key for the name catalog).

    Cheap on purpose (it runs for every question): an owner renamed in place keeps the cached name
    until the next new owner arrives."""
    return tuple(conn.execute(
        "SELECT (SELECT max(rowid) FROM issuers), (SELECT count(*) FROM issuers), "
        "(SELECT max(updated_at) FROM issuers), (SELECT max(rowid) FROM owners)"
    ).fetchone())


def catalog_rows(conn: sqlite3.Connection) -> tuple[list[sqlite3.Row], list[sqlite3.Row]]:
    issuers = conn.execute("SELECT cik, name, trading_symbol FROM issuers").fetchall()
    owners = conn.execute("SELECT cik, name FROM owners").fetchall()
    return issuers, owners


def owners_of_issuers(conn: sqlite3.Connection, issuer_ciks: Sequence[str]) -> set[str]:
    rows = conn.execute(
        f"SELECT DISTINCT fo.owner_cik FROM filings f JOIN filing_owners fo ON fo.filing_id = f.id "
        f"WHERE f.issuer_cik IN ({marks(issuer_ciks)})",
        tuple(issuer_ciks),
    )
    return {r[0] for r in rows}


def owner_filing_sets(conn: sqlite3.Connection, owner_ciks: Sequence[str]) -> list[set[str]]:
    """The filing ids of each owner, in the order given."""
    return [{r[0] for r in conn.execute("SELECT filing_id FROM filing_owners WHERE owner_cik = ?", (cik,))}
            for cik in owner_ciks]


def issuers_of_owners(conn: sqlite3.Connection, owner_ciks: Sequence[str]) -> list[sqlite3.Row]:
    return conn.execute(
        f"SELECT f.issuer_cik, count(DISTINCT f.id) AS filings FROM filing_owners fo "
        f"JOIN filings f ON f.id = fo.filing_id WHERE fo.owner_cik IN ({marks(owner_ciks)}) "
        f"GROUP BY f.issuer_cik ORDER BY filings DESC",
        tuple(owner_ciks),
    ).fetchall()


def issuer_row(conn: sqlite3.Connection, cik: str) -> sqlite3.Row | None:
    return conn.execute("SELECT cik, name, trading_symbol FROM issuers WHERE cik = ?", (cik,)).fetchone()


def store_summary(conn: sqlite3.Connection) -> sqlite3.Row:
    """How many filings and companies are stored, and the dates they span. The filings are counted by triggers
    (m011's ``filings_count``); a database without that table counts them."""
    sql = ("SELECT {} AS filings, (SELECT count(*) FROM issuers) AS issuers, "
           "(SELECT min(transaction_date) FROM entries) AS first_date, "
           "(SELECT max(transaction_date) FROM entries) AS last_date, "
           "(SELECT max(filed_at) FROM filings) AS last_filed")
    try:
        return conn.execute(sql.format(FILINGS_COUNTED)).fetchone()
    except sqlite3.OperationalError as error:
        if "filings_count" not in str(error):
            raise
        return conn.execute(sql.format("(SELECT count(*) FROM filings)")).fetchone()


def issuer_summary(conn: sqlite3.Connection, issuer_cik: str) -> sqlite3.Row:
    """What is stored for one company: filings, their date range, transactions and insiders."""
    return conn.execute(
        f"SELECT (SELECT count(*) FROM filings f WHERE f.issuer_cik = :cik AND {not_superseded('f.id')}) AS filings, "
        "(SELECT min(coalesce(period_of_report, filed_at)) FROM filings WHERE issuer_cik = :cik) AS first_date, "
        "(SELECT max(coalesce(period_of_report, filed_at)) FROM filings WHERE issuer_cik = :cik) AS last_date, "
        "(SELECT count(*) FROM entries e WHERE e.issuer_cik = :cik AND e.is_holding = 0 "
        f"AND {not_superseded('e.filing_id')}) AS transactions, "
        "(SELECT count(DISTINCT fo.owner_cik) FROM filings f JOIN filing_owners fo ON fo.filing_id = f.id "
        " WHERE f.issuer_cik = :cik) AS insiders",
        {"cik": issuer_cik},
    ).fetchone()


def sample_companies(conn: sqlite3.Connection, limit: int = 8) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT i.cik, i.name, i.trading_symbol, count(f.id) AS filings FROM issuers i "
        "JOIN filings f ON f.issuer_cik = i.cik GROUP BY i.cik ORDER BY filings DESC, i.name LIMIT ?",
        (limit,),
    ).fetchall()


# ---- entries -------------------------------------------------------------------------------------
ENTRY_SELECT = """
SELECT e.id AS entry_id, e.filing_id, e.table_name, e.seq, e.is_derivative, e.is_holding, e.issuer_cik,
       e.security_title, e.transaction_date, e.deemed_execution_date, e.transaction_code,
       e.transaction_timeliness, e.shares, e.price_per_share, e.acquired_disposed,
       e.shares_owned_following, e.value_owned_following, e.direct_indirect, e.nature_of_ownership,
       e.conversion_or_exercise_price, e.exercise_date, e.expiration_date, e.underlying_security_title,
       e.underlying_shares, e.footnote_ids,
       f.accession_number, f.document_type, f.form, f.is_amendment, f.date_of_original_submission,
       f.amends_filing_id,
       f.period_of_report, f.filed_at,
       f.signed_at, f.aff10b5one, f.remarks, f.source, f.issuer_name AS filed_issuer_name,
       f.issuer_trading_symbol AS filed_ticker, i.name AS issuer_name, i.trading_symbol AS ticker,
       coalesce(e.transaction_date, f.period_of_report, f.filed_at) AS as_of
FROM entries e
JOIN filings f ON f.id = e.filing_id
LEFT JOIN issuers i ON i.cik = e.issuer_cik
"""


# Sort keys the engine may ask for (never user text). Transactions always carry a date, so their
# orders need no join; holdings are dated by their filing.
_ORDERS = {
    "recent": "e.transaction_date DESC, e.filing_id DESC, e.is_derivative, e.seq",
    "oldest": "e.transaction_date IS NULL, e.transaction_date, e.filing_id, e.is_derivative, e.seq",
    # Open-market trades only (their codes are the filter): by dollar value.
    "biggest": "(CASE WHEN e.price_per_share > 0 THEN e.shares * e.price_per_share ELSE 0 END) DESC, "
               "e.shares DESC, e.transaction_date DESC, e.filing_id DESC, e.seq",
    # Any other mix: only open-market trades have a dollar value (a grant's or an exercise's price is not one).
    "biggest_mixed": "(CASE WHEN e.transaction_code IN ('P', 'S') AND e.price_per_share > 0 "
                     "THEN e.shares * e.price_per_share ELSE 0 END) DESC, "
                     "e.shares DESC, e.transaction_date DESC, e.filing_id DESC, e.seq",
    # Open-market trades with a price first, smallest dollar value first; the rest by number of shares.
    "smallest": "(CASE WHEN e.price_per_share > 0 THEN 0 ELSE 1 END), "
                "(CASE WHEN e.price_per_share > 0 THEN e.shares * e.price_per_share END), "
                "e.shares, e.transaction_date DESC, e.filing_id DESC, e.seq",
    "smallest_mixed": "e.shares, e.transaction_date DESC, e.filing_id DESC, e.seq",
    # By number of shares or units, whatever the value.
    "shares_high": "e.shares DESC, e.transaction_date DESC, e.filing_id DESC, e.seq",
    "shares_low": "e.shares, e.transaction_date DESC, e.filing_id DESC, e.seq",
    # By price per share, the rows without one last.
    "price_high": f"coalesce({PRICE_OR_STRIKE}, 0) <= 0, {PRICE_OR_STRIKE} DESC, e.transaction_date DESC, "
                  "e.filing_id DESC, e.seq",
    "price_low": f"coalesce({PRICE_OR_STRIKE}, 0) <= 0, {PRICE_OR_STRIKE}, e.transaction_date DESC, e.filing_id DESC, e.seq",
    "holdings": f"{ENTRY_AS_OF} DESC, f.filed_at DESC, e.filing_id DESC, e.seq DESC",
    # Reported positions listed: each filing's rows in the order it reports them (Table I, then Table II).
    "holdings_listed": f"{ENTRY_AS_OF} DESC, f.filed_at DESC, e.filing_id DESC, e.is_derivative, e.seq",
}


_WALKS = {("value", "biggest"): OPEN_MARKET_VALUE_INDEX, ("date", "recent"): "idx_entries_date"}


def entries_from(clauses: list[str], order: str = "", index: str = "") -> str:
    """``FROM entries e WHERE ...``, joined to the filing only when a clause or the order needs its columns;
    ``index``: the one index to read the rows through."""
    needs_filing = any("f." in c for c in clauses) or "f." in order
    rows = f"entries e INDEXED BY {index}" if index else "entries e"
    source = f"{rows} JOIN filings f ON f.id = e.filing_id" if needs_filing else rows
    return f"FROM {source} WHERE {' AND '.join(clauses)}"


def entries(conn: sqlite3.Connection, filters: Filters, *, order: str = "recent", limit: int = 50,
            holdings: bool | None = False, require_following: bool = False, counted: bool = True,
            walk: str = "") -> list[sqlite3.Row]:
    """Matching rows of the four tables, newest (or biggest) first. ``counted=False`` skips counting
    every match (the caller knows the count), so an index in the order's shape can stop early."""
    return entries_page(conn, filters, order=order, limit=limit, holdings=holdings,
                        require_following=require_following, counted=counted, walk=walk)[0]


def entries_page(conn: sqlite3.Connection, filters: Filters, *, order: str = "recent", limit: int = 50,
                 holdings: bool | None = False, require_following: bool = False, counted: bool = True,
                 walk: str = "") -> tuple[list[sqlite3.Row], int]:
    """The first ``limit`` matching rows and how many match in all, in one pass over the matches
    (the count is 0 when ``counted`` is False).

    Sorting and counting run on narrow rows (rowid and sort keys); the wide rows are read for the
    page only. ``walk`` (transactions, uncounted) reads the rows down an index in the order's shape, which
    stops after ``limit`` matches instead of sorting every one; worth it when the matches are a large
    enough share of the rows walked (the caller knows the counts): ``value``, the "biggest" order of
    open-market trades, through the index of those trades by dollar value
    (``storage.sql.OPEN_MARKET_VALUE_INDEX``); ``date``, the "recent" order, through the index of dates."""
    clauses, params = where(filters.entry_filters(holdings=holdings))
    if require_following:
        # An amount held afterwards; old Form 3 derivative rows state only the underlying shares.
        clauses.append("(e.shares_owned_following IS NOT NULL OR (e.is_holding = 1 AND e.is_derivative = 1 "
                       "AND e.underlying_shares IS NOT NULL))")
    index = ""
    if walk and not counted and holdings is False and (walk, order) in _WALKS:
        index = _WALKS[walk, order]
        if index == OPEN_MARKET_VALUE_INDEX:
            clauses.append(OPEN_MARKET_VALUE_WHERE)  # the partial index's own condition, word for word
    total = "count(*) OVER ()" if counted else "0"
    keys = conn.execute(
        f"SELECT e.rowid, {total} {entries_from(clauses, _ORDERS[order], index)} ORDER BY {_ORDERS[order]} LIMIT ?",
        (*params, limit),
    ).fetchall()
    if not keys:
        return [], 0
    rowids = [k[0] for k in keys]
    rows = conn.execute(
        f"{ENTRY_SELECT} WHERE e.rowid IN ({marks(rowids)}) ORDER BY {_ORDERS[order]}", rowids
    ).fetchall()
    return rows, keys[0][1]


# ---- the filings' owners and footnotes -----------------------------------------------------------


def filing_owners(conn: sqlite3.Connection, filing_ids: Sequence[str]) -> dict[str, list[sqlite3.Row]]:
    out: dict[str, list[sqlite3.Row]] = {}
    for row in _of_filings(
        conn,
        "SELECT fo.filing_id, fo.owner_cik, fo.seq, coalesce(o.name, fo.name) AS owner_name, fo.name AS filed_name, "
        "fo.officer_title, fo.other_text, fo.is_director, fo.is_officer, fo.is_ten_percent_owner "
        "FROM filing_owners fo LEFT JOIN owners o ON o.cik = fo.owner_cik WHERE fo.filing_id IN ({}) "
        "ORDER BY fo.filing_id, fo.seq",
        filing_ids,
    ):
        out.setdefault(row["filing_id"], []).append(row)
    return out


def footnotes(conn: sqlite3.Connection, filing_ids: Sequence[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in _of_filings(conn, "SELECT filing_id, footnote_id, text FROM footnotes WHERE filing_id IN ({})",
                           filing_ids):
        out.setdefault(row["filing_id"], {})[row["footnote_id"]] = row["text"]
    return out


def cited_footnotes(conn: sqlite3.Connection, filing_ids: Sequence[str]) -> dict[str, set[str]]:
    """The footnote ids each filing's rows cite (a footnote no row cites speaks for the whole filing)."""
    out: dict[str, set[str]] = {}
    for row in _of_filings(conn, "SELECT filing_id, footnote_ids FROM entries WHERE filing_id IN ({})", filing_ids):
        cited = out.setdefault(row["filing_id"], set())
        for ids in json.loads(row["footnote_ids"] or "{}").values():
            cited.update(ids)
    return out


def _of_filings(conn: sqlite3.Connection, sql: str, filing_ids: Sequence[str]) -> Iterator[sqlite3.Row]:
    """The rows of ``sql`` (its ``{}`` takes the parameter marks) for the distinct filing ids, a chunk at a time."""
    for chunk in chunks(list(dict.fromkeys(filing_ids))):
        yield from conn.execute(sql.format(marks(chunk)), chunk)

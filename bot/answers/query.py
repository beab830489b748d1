"""All SQL of the answer engine: a resolved query becomes parameterised SELECTs over allow-listed columns.

Nothing from a question or a model is ever pasted into SQL text: values go in ``?`` parameters, and the
only things that vary the SQL text are choices made here from enums (which predicates, which ORDER BY).
Answers read through a read-only connection (``storage.db.open_readonly``) opened per call, with a
progress handler as a wall-clock limit.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.domain.vocab import has_role, security_kind
from storage.db import open_readonly

QUERY_TIME_LIMIT_SECONDS = 5.0
MAX_SCAN_ROWS = 5000
VALUED_CODES = ("P", "S")  # only open-market purchases and sales have a dollar value


@dataclass(frozen=True)
class Filters:
    """A query with every name resolved to CIKs; built by the engine from a QuerySpec."""

    issuer_ciks: tuple[str, ...] = ()
    owner_ciks: tuple[str, ...] = ()
    role: str | None = None
    security: str | None = None
    codes: tuple[str, ...] = ()
    form: str | None = None  # '3', '4' or '5' (amendments count as their form)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    plan_only: bool = False
    security_free_codes: tuple[str, ...] = ()  # codes the security kind does not restrict (see spec)
    amendments_only: bool = False
    min_value: float | None = None  # dollars; open-market trades (P, S) with a price only
    max_value: float | None = None
    min_shares: float | None = None
    max_shares: float | None = None
    min_price: float | None = None  # per share, or an option's exercise / conversion price
    max_price: float | None = None
    strict_bounds: bool = False  # the bounds exclude the number itself ("more than", "under")


@contextmanager
def connect(db_path: str | Path, time_limit: float = QUERY_TIME_LIMIT_SECONDS) -> Iterator[sqlite3.Connection]:
    """A read-only connection with the engine's SQL functions, closed on exit; queries over time are interrupted."""
    conn = open_readonly(db_path)
    conn.create_function("has_role", 7, has_role, deterministic=True)
    conn.create_function("security_kind", 2, security_kind, deterministic=True)
    deadline = time.monotonic() + time_limit
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        yield conn
    finally:
        conn.close()


def _marks(values: Sequence) -> str:
    return ", ".join("?" for _ in values)


def _add_in(clauses: list[str], params: list, column: str, values: Sequence) -> None:
    """``column IN (?, ...)`` over ``values`` (``column`` is always an expression written in this module)."""
    clauses.append(f"{column} IN ({_marks(values)})")
    params.extend(values)


def _owned_by(filing_id: str, owner_ciks: Sequence[str]) -> str:
    """The rows whose filing (``filing_id``: its column) one of the owners filed."""
    return f"{filing_id} IN (SELECT filing_id FROM filing_owners WHERE owner_cik IN ({_marks(owner_ciks)}))"


def _has_role(filing_id: str) -> str:
    """The rows whose filing has an owner in the role (one parameter); needs the filing ``f`` joined."""
    return (f"EXISTS (SELECT 1 FROM filing_owners fo WHERE fo.filing_id = {filing_id} AND "
            "has_role(?, fo.officer_title, fo.other_text, fo.is_director, fo.is_officer, "
            "fo.is_ten_percent_owner, f.remarks))")


def _add_dates(clauses: list[str], params: list, column: str, filters: Filters) -> None:
    """``column`` within the filters' dates, both days included."""
    if filters.date_from:
        clauses.append(f"{column} >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to:
        clauses.append(f"{column} < ?")
        params.append((filters.date_to + dt.timedelta(days=1)).isoformat())


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
        f"WHERE f.issuer_cik IN ({_marks(issuer_ciks)})",
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
        f"JOIN filings f ON f.id = fo.filing_id WHERE fo.owner_cik IN ({_marks(owner_ciks)}) "
        f"GROUP BY f.issuer_cik ORDER BY filings DESC",
        tuple(owner_ciks),
    ).fetchall()


def issuer_row(conn: sqlite3.Connection, cik: str) -> sqlite3.Row | None:
    return conn.execute("SELECT cik, name, trading_symbol FROM issuers WHERE cik = ?", (cik,)).fetchone()


# Filings an amendment replaces: never counted or shown next to their amendment.
_SUPERSEDED = "(SELECT amends_filing_id FROM filings WHERE amends_filing_id IS NOT NULL)"


def store_summary(conn: sqlite3.Connection) -> sqlite3.Row:
    return conn.execute(
        "SELECT (SELECT count(*) FROM filings) AS filings, (SELECT count(*) FROM issuers) AS issuers, "
        "(SELECT min(transaction_date) FROM entries) AS first_date, "
        "(SELECT max(transaction_date) FROM entries) AS last_date, "
        "(SELECT max(filed_at) FROM filings) AS last_filed"
    ).fetchone()


def issuer_summary(conn: sqlite3.Connection, issuer_cik: str) -> sqlite3.Row:
    """What is stored for one company: filings, their date range, transactions and insiders."""
    return conn.execute(
        f"SELECT (SELECT count(*) FROM filings WHERE issuer_cik = :cik AND id NOT IN {_SUPERSEDED}) AS filings, "
        "(SELECT min(coalesce(period_of_report, filed_at)) FROM filings WHERE issuer_cik = :cik) AS first_date, "
        "(SELECT max(coalesce(period_of_report, filed_at)) FROM filings WHERE issuer_cik = :cik) AS last_date, "
        "(SELECT count(*) FROM entries WHERE issuer_cik = :cik AND is_holding = 0 "
        f"AND filing_id NOT IN {_SUPERSEDED}) AS transactions, "
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

_ENTRY_SELECT = """
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

_AS_OF = "coalesce(e.transaction_date, f.period_of_report, f.filed_at)"
# Sort keys the engine may ask for (never user text). Transactions always carry a date, so their
# orders need no join; holdings are dated by their filing.
_ORDERS = {
    "recent": "e.transaction_date DESC, e.filing_id DESC, e.is_derivative, e.seq",
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
    "holdings": f"{_AS_OF} DESC, f.filed_at DESC, e.filing_id DESC, e.seq DESC",
}


def _scope(clauses: list[str], order: str = "") -> str:
    """``FROM entries e WHERE ...``, joined to the filing only when a clause or the order needs its columns."""
    needs_filing = any("f." in c for c in clauses) or "f." in order
    source = "entries e JOIN filings f ON f.id = e.filing_id" if needs_filing else "entries e"
    return f"FROM {source} WHERE {' AND '.join(clauses)}"


def _add_bounds(clauses: list[str], params: list, column: str, least: float | None, most: float | None,
                strict: bool) -> None:
    """``column`` at least ``least`` and at most ``most`` (either may be None); ``strict`` excludes the bounds."""
    for bound, op in ((least, ">" if strict else ">="), (most, "<" if strict else "<=")):
        if bound is not None:
            clauses.append(f"{column} {op} ?")
            params.append(bound)


def _where(filters: Filters, *, holdings: bool | None) -> tuple[list[str], list]:
    """WHERE clauses and parameters; ``holdings`` True = holding rows only, False = transactions only."""
    clauses: list[str] = [f"e.filing_id NOT IN {_SUPERSEDED}"]
    params: list = []
    if holdings is False:
        clauses.append("e.is_holding = 0")
    elif holdings is True:
        clauses.append("e.is_holding = 1")
    if filters.issuer_ciks:
        _add_in(clauses, params, "e.issuer_cik", filters.issuer_ciks)
    if filters.owner_ciks:
        clauses.append(_owned_by("e.filing_id", filters.owner_ciks))
        params.extend(filters.owner_ciks)
    if filters.role:
        clauses.append(_has_role("e.filing_id"))
        params.append(filters.role)
    if filters.security:
        if filters.security_free_codes:
            clauses.append(f"(security_kind(e.security_title, e.is_derivative) = ? OR "
                           f"e.transaction_code IN ({_marks(filters.security_free_codes)}))")
            params.extend((filters.security, *filters.security_free_codes))
        else:
            clauses.append("security_kind(e.security_title, e.is_derivative) = ?")
            params.append(filters.security)
    if filters.codes:
        _add_in(clauses, params, "e.transaction_code", filters.codes)
    if filters.form:
        clauses.append("f.form = ?")
        params.append(filters.form)
    if filters.amendments_only:
        clauses.append("f.is_amendment = 1")
    # Transactions are dated by their trade; holding rows (no trade date) by their filing.
    _add_dates(clauses, params, "e.transaction_date" if holdings is False else _AS_OF, filters)
    if filters.min_value is not None or filters.max_value is not None:
        clauses.append(f"e.transaction_code IN ({_marks(VALUED_CODES)}) AND e.price_per_share > 0")
        params.extend(VALUED_CODES)
        _add_bounds(clauses, params, "e.shares * e.price_per_share", filters.min_value, filters.max_value,
                    filters.strict_bounds)
    _add_bounds(clauses, params, "e.shares", filters.min_shares, filters.max_shares, filters.strict_bounds)
    price = "(CASE WHEN e.is_derivative = 1 THEN e.conversion_or_exercise_price ELSE e.price_per_share END)"
    _add_bounds(clauses, params, price, filters.min_price, filters.max_price, filters.strict_bounds)
    if filters.plan_only:
        # The rows a 10b5-1 disclosure can cover (``records.plan_basis`` decides): purchases and sales of a
        # filing that discloses a plan anywhere, and any row that cites a footnote about one.
        clauses.append(
            f"((e.transaction_code IN ({_marks(VALUED_CODES)}) AND (f.aff10b5one = 1 OR f.remarks LIKE '%10b5%' "
            "OR EXISTS (SELECT 1 FROM footnotes fn WHERE fn.filing_id = e.filing_id AND fn.text LIKE '%10b5%'))) "
            "OR EXISTS (SELECT 1 FROM footnotes fn WHERE fn.filing_id = e.filing_id AND fn.text LIKE '%10b5%' "
            "AND instr(e.footnote_ids, '\"' || fn.footnote_id || '\"') > 0))"
        )
        params.extend(VALUED_CODES)
    return clauses, params


def entries(conn: sqlite3.Connection, filters: Filters, *, order: str = "recent", limit: int = 50,
            holdings: bool | None = False, require_following: bool = False, counted: bool = True
            ) -> list[sqlite3.Row]:
    """Matching rows of the four tables, newest (or biggest) first. ``counted=False`` skips counting
    every match (the caller knows the count), so an index in the order's shape can stop early."""
    return entries_page(conn, filters, order=order, limit=limit, holdings=holdings,
                        require_following=require_following, counted=counted)[0]


def entries_page(conn: sqlite3.Connection, filters: Filters, *, order: str = "recent", limit: int = 50,
                 holdings: bool | None = False, require_following: bool = False, counted: bool = True
                 ) -> tuple[list[sqlite3.Row], int]:
    """The first ``limit`` matching rows and how many match in all, in one pass over the matches
    (the count is 0 when ``counted`` is False).

    Sorting and counting run on narrow rows (rowid and sort keys); the wide rows are read for the
    page only."""
    clauses, params = _where(filters, holdings=holdings)
    if require_following:
        # An amount held afterwards; old Form 3 derivative rows state only the underlying shares.
        clauses.append("(e.shares_owned_following IS NOT NULL OR (e.is_holding = 1 AND e.is_derivative = 1 "
                       "AND e.underlying_shares IS NOT NULL))")
    total = "count(*) OVER ()" if counted else "0"
    keys = conn.execute(
        f"SELECT e.rowid, {total} {_scope(clauses, _ORDERS[order])} ORDER BY {_ORDERS[order]} LIMIT ?",
        (*params, limit),
    ).fetchall()
    if not keys:
        return [], 0
    rowids = [k[0] for k in keys]
    rows = conn.execute(
        f"{_ENTRY_SELECT} WHERE e.rowid IN ({_marks(rowids)}) ORDER BY {_ORDERS[order]}", rowids
    ).fetchall()
    return rows, keys[0][1]


@dataclass
class TotalRow:
    code: str | None
    acquired_disposed: str | None
    kind: str | None
    transactions: int
    filings: int
    shares: float
    value: float
    priced: int
    first_date: str | None
    last_date: str | None
    issuer_cik: str | None = None
    issuer_label: str | None = None  # set when the totals span a few companies
    issuers: frozenset[str] = frozenset()  # the companies of a row that sums several (shares not shown)
    company_count: int = 0  # how many companies a row sums, when they were counted in SQL (many companies)

    @property
    def companies(self) -> frozenset[str]:
        return self.issuers or frozenset({self.issuer_cik or ""})

    def absorb(self, other: TotalRow) -> None:
        """Adds the sums of another security title of the same kind (its filings and companies are
        counted again by the caller: one filing may report both titles)."""
        self.transactions += other.transactions
        self.filings += other.filings
        self.shares += other.shares
        self.value += other.value
        self.priced += other.priced
        self.first_date = min(filter(None, (self.first_date, other.first_date)), default=None)
        self.last_date = max(filter(None, (self.last_date, other.last_date)), default=None)


_TOTAL_SUMS = (
    "count(*), count(DISTINCT e.filing_id), coalesce(sum(e.shares), 0), "
    "coalesce(sum(CASE WHEN e.price_per_share > 0 THEN e.shares * e.price_per_share END), 0), "
    "count(CASE WHEN e.price_per_share > 0 THEN 1 END), min(e.transaction_date), max(e.transaction_date)"
)
_Titles = list[tuple[str | None, int]]


def _merge_kinds(groups: Iterator[tuple[tuple, str | None, int, TotalRow]]
                 ) -> tuple[dict[tuple, TotalRow], dict[tuple, _Titles]]:
    """One row per group and security kind from SQL's rows per security title: ``groups`` yields the
    group's key, the title, whether it is derivative and its row; the key gets the row's kind. Also the
    titles each merged row sums."""
    merged: dict[tuple, TotalRow] = {}
    titles: dict[tuple, _Titles] = {}
    for group, title, is_derivative, row in groups:
        key = (*group, row.kind)
        titles.setdefault(key, []).append((title, is_derivative))
        found = merged.get(key)
        if found is None:
            merged[key] = row
        else:
            found.absorb(row)
    return merged, titles


def _same_group(columns: Sequence[str], key: Sequence, titles: _Titles) -> tuple[list[str], list]:
    """Clauses and parameters for the rows of one merged group: ``columns`` (written in this module) equal
    to ``key``, and one of the security titles."""
    clauses = [f"{column} IS ?" for column in columns]
    clauses.append("(" + " OR ".join("(e.security_title IS ? AND e.is_derivative IS ?)" for _ in titles) + ")")
    return clauses, [*key, *(v for pair in titles for v in pair)]


def totals(conn: sqlite3.Connection, filters: Filters) -> list[TotalRow]:
    """Sums per company, transaction code, direction and security kind (shares of different companies
    are never added together).

    SQL groups by security title (no Python call per row); titles of one kind are merged here. A filing
    that reports two titles of one kind would be counted twice in the merged group, so those groups'
    filings are counted again exactly."""
    clauses, params = _where(filters, holdings=False)
    sql = (
        "SELECT e.issuer_cik, e.transaction_code, e.acquired_disposed, e.security_title, e.is_derivative, "
        f"{_TOTAL_SUMS} {_scope(clauses)} GROUP BY 1, 2, 3, 4, 5"
    )
    merged, titles = _merge_kinds(
        ((issuer, code, ad), title, is_derivative,
         TotalRow(code, ad, _kind_of(title, is_derivative), *sums, issuer_cik=issuer))
        for issuer, code, ad, title, is_derivative, *sums in conn.execute(sql, params)
    )
    for key, row in merged.items():
        if len(titles[key]) > 1:
            row.filings = _filings_of(conn, clauses, params, key[:3], titles[key])
    return sorted(merged.values(), key=lambda t: (-t.transactions, t.issuer_cik or ""))


@lru_cache(maxsize=4096)
def _kind_of(title: str | None, is_derivative: int) -> str | None:
    return security_kind(title, is_derivative)


def _filings_of(conn: sqlite3.Connection, clauses: list[str], params: list, key: tuple, titles: _Titles) -> int:
    """Distinct filings of one company, code and direction over several security titles."""
    extra, values = _same_group(("e.issuer_cik", "e.transaction_code", "e.acquired_disposed"), key, titles)
    return conn.execute(f"SELECT count(DISTINCT e.filing_id) {_scope(clauses + extra)}",
                        (*params, *values)).fetchone()[0]


def totals_across(conn: sqlite3.Connection, filters: Filters, most: int) -> tuple[list[TotalRow], int] | None:
    """Totals over more than ``most`` companies: one row per code, direction and security kind, counting
    companies and filings in SQL (no row per company is built), and how many companies in all. None
    when ``most`` companies or fewer match (the caller breaks those down by company)."""
    clauses, params = _where(filters, holdings=False)
    scope = _scope(clauses)
    probe = conn.execute(f"SELECT DISTINCT e.issuer_cik {scope} LIMIT ?", (*params, most + 1)).fetchall()
    if len(probe) <= most:
        return None
    merged, titles = _merge_kinds(
        ((code, ad), title, is_derivative,
         TotalRow(code, ad, _kind_of(title, is_derivative), *sums, company_count=companies))
        for code, ad, title, is_derivative, *sums, companies in conn.execute(
            "SELECT e.transaction_code, e.acquired_disposed, e.security_title, e.is_derivative, "
            f"{_TOTAL_SUMS}, count(DISTINCT e.issuer_cik) {scope} GROUP BY 1, 2, 3, 4", params)
    )
    for key, row in merged.items():
        if len(titles[key]) > 1:
            # Several titles of one kind: count their filings and companies once.
            extra, values = _same_group(("e.transaction_code", "e.acquired_disposed"), key[:2], titles[key])
            row.filings, row.company_count = conn.execute(
                f"SELECT count(DISTINCT e.filing_id), count(DISTINCT e.issuer_cik) {_scope(clauses + extra)}",
                (*params, *values)).fetchone()
    rows = sorted(merged.values(), key=lambda t: -t.transactions)
    if len(rows) == 1:
        return rows, rows[0].company_count
    companies = conn.execute(f"SELECT count(DISTINCT e.issuer_cik) {scope}", params).fetchone()[0]
    return rows, companies


def distinct_filings(conn: sqlite3.Connection, filters: Filters) -> int:
    """How many filings the matching transactions are in."""
    clauses, params = _where(filters, holdings=False)
    return conn.execute(f"SELECT count(DISTINCT e.filing_id) {_scope(clauses)}", params).fetchone()[0]


@dataclass
class FilingCount:
    document_type: str
    filings: int
    transactions: int
    amended_originals: int  # stored filings an amendment among these replaces (not counted)


_FILED_AS_OF = "coalesce(f.period_of_report, f.filed_at)"


def _filing_where(filters: Filters, *extra: str, owners_joined: bool = False) -> tuple[list[str], list]:
    """WHERE clauses and parameters on filings ``f`` no amendment replaces: ``extra`` clauses (without
    parameters), then the companies, the owners, the form and the filing's date (its period of report,
    else when it was filed). ``owners_joined``: the query joins ``filing_owners fo`` and the owners
    filter picks its rows."""
    clauses, params = [f"f.id NOT IN {_SUPERSEDED}", *extra], []
    if filters.issuer_ciks:
        _add_in(clauses, params, "f.issuer_cik", filters.issuer_ciks)
    if filters.owner_ciks:
        if owners_joined:
            _add_in(clauses, params, "fo.owner_cik", filters.owner_ciks)
        else:
            clauses.append(_owned_by("f.id", filters.owner_ciks))
            params.extend(filters.owner_ciks)
    if filters.form:
        clauses.append("f.form = ?")
        params.append(filters.form)
    _add_dates(clauses, params, _FILED_AS_OF, filters)
    return clauses, params


def count_filings(conn: sqlite3.Connection, filters: Filters) -> list[FilingCount]:
    """Filings (not transactions) that match, per form type as filed (4, 4/A...). Filters on the rows
    (security, transaction kind, amounts) count the filings that have such a row; dates are the
    filing's period of report."""
    clauses, params = _filing_where(filters)
    if filters.amendments_only:
        clauses.append("f.is_amendment = 1")
    if filters.role:
        clauses.append(_has_role("f.id"))
        params.append(filters.role)
    row_filters = Filters(security=filters.security, codes=filters.codes,
                          security_free_codes=filters.security_free_codes, min_value=filters.min_value,
                          max_value=filters.max_value, min_shares=filters.min_shares, max_shares=filters.max_shares,
                          min_price=filters.min_price, max_price=filters.max_price,
                          strict_bounds=filters.strict_bounds)
    if row_filters != Filters():
        row_clauses, row_params = _where(row_filters, holdings=False)
        clauses.append(f"EXISTS (SELECT 1 FROM entries e WHERE e.filing_id = f.id AND {' AND '.join(row_clauses)})")
        params.extend(row_params)
    rows = conn.execute(
        "SELECT coalesce(f.document_type, f.form) AS document_type, count(*) AS filings, "
        "coalesce(sum((SELECT count(*) FROM entries e WHERE e.filing_id = f.id AND e.is_holding = 0)), 0), "
        "count(f.amends_filing_id) "
        f"FROM filings f WHERE {' AND '.join(clauses)} GROUP BY 1 ORDER BY 1",
        params,
    ).fetchall()
    return [FilingCount(*row) for row in rows]


def no_securities_filings(conn: sqlite3.Connection, filters: Filters, limit: int = 10) -> list[sqlite3.Row]:
    """Filings (Form 3s) that report owning no securities at all, newest first."""
    clauses, params = _filing_where(filters, "f.no_securities_owned = 1")
    return conn.execute(
        "SELECT f.id AS filing_id, f.document_type, f.form, f.period_of_report, f.filed_at, f.signed_at, "
        "f.accession_number, f.source, f.issuer_cik, coalesce(i.name, f.issuer_name) AS issuer_name, "
        "coalesce(i.trading_symbol, f.issuer_trading_symbol) AS ticker "
        "FROM filings f LEFT JOIN issuers i ON i.cik = f.issuer_cik "
        f"WHERE {' AND '.join(clauses)} ORDER BY {_FILED_AS_OF} DESC LIMIT ?",
        (*params, limit),
    ).fetchall()


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


def _of_filings(conn: sqlite3.Connection, sql: str, filing_ids: Sequence[str], size: int = 500
                ) -> Iterator[sqlite3.Row]:
    """The rows of ``sql`` (its ``{}`` takes the parameter marks) for the distinct filing ids, ``size`` at a time."""
    ids = list(dict.fromkeys(filing_ids))
    for start in range(0, len(ids), size):
        chunk = ids[start:start + size]
        yield from conn.execute(sql.format(_marks(chunk)), chunk)


# ---- insiders ------------------------------------------------------------------------------------

@dataclass
class InsiderRow:
    owner_cik: str
    name: str
    officer_title: str | None
    other_text: str | None
    is_director: int
    is_officer: int
    is_ten_percent_owner: int
    remarks: str | None
    issuer_cik: str
    issuer_name: str | None
    ticker: str | None
    latest: str | None
    first: str | None
    filings: int
    latest_form: str | None = None
    latest_accession: str | None = None
    latest_filed: str | None = None
    latest_signed: str | None = None
    latest_source: str | None = None
    filing_ids: list[str] = field(default_factory=list)


def insiders(conn: sqlite3.Connection, filters: Filters) -> list[InsiderRow]:
    """Everyone who filed for the companies (or the named owners), with their newest relationship."""
    clauses, params = _filing_where(filters, owners_joined=True)
    where = " AND ".join(clauses)
    rows = conn.execute(
        "SELECT fo.owner_cik, coalesce(o.name, fo.name) AS name, fo.officer_title, fo.other_text, fo.is_director, "
        "fo.is_officer, fo.is_ten_percent_owner, f.remarks, f.issuer_cik, i.name AS issuer_name, "
        f"i.trading_symbol AS ticker, {_FILED_AS_OF} AS as_of, f.id AS filing_id, "
        "f.document_type, f.accession_number, f.filed_at, f.signed_at, f.source "
        "FROM filings f JOIN filing_owners fo ON fo.filing_id = f.id "
        "LEFT JOIN owners o ON o.cik = fo.owner_cik LEFT JOIN issuers i ON i.cik = f.issuer_cik "
        f"WHERE {where} ORDER BY as_of DESC, f.filed_at DESC LIMIT ?",
        (*params, MAX_SCAN_ROWS),
    ).fetchall()
    grouped: dict[tuple[str, str], InsiderRow] = {}
    for r in rows:
        key = (r["owner_cik"], r["issuer_cik"])
        found = grouped.get(key)
        if found is None:
            grouped[key] = InsiderRow(
                r["owner_cik"], r["name"], r["officer_title"], r["other_text"], r["is_director"],
                r["is_officer"], r["is_ten_percent_owner"], r["remarks"], r["issuer_cik"], r["issuer_name"],
                r["ticker"], r["as_of"], r["as_of"], 1, r["document_type"], r["accession_number"],
                r["filed_at"], r["signed_at"], r["source"], [r["filing_id"]],
            )
        else:
            found.filings += 1
            found.first = r["as_of"]
            found.filing_ids.append(r["filing_id"])
    return list(grouped.values())

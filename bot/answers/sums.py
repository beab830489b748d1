"""Sums over the matching rows: totals per company, code, direction and security kind; counts of filings;
Form 3s that report owning nothing; and the insiders who file for a company."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from bot.answers.day_totals import DayTotals, day_totals
from bot.answers.filters import FILED_AS_OF, Filter, Filters, has_role, where
from bot.answers.query import MAX_SCAN_ROWS, entries_from
from bot.domain.vocab import security_kind


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
    issuers: frozenset = frozenset()  # the companies of a row that sums several (CIKs, or the aggregates' keys)
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


READ: Any = object()  # ``days`` not given: read them
Days = DayTotals | None  # ``day_totals`` of the same filters: None when the rows must answer

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
    clauses, params = where(filters.entry_filters(holdings=False))
    sql = (
        "SELECT e.issuer_cik, e.transaction_code, e.acquired_disposed, e.security_title, e.is_derivative, "
        f"{_TOTAL_SUMS} {entries_from(clauses)} GROUP BY 1, 2, 3, 4, 5"
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
    return conn.execute(f"SELECT count(DISTINCT e.filing_id) {entries_from(clauses + extra)}",
                        (*params, *values)).fetchone()[0]


def totals_across(conn: sqlite3.Connection, filters: Filters, most: int, days: Days = READ
                  ) -> tuple[list[TotalRow], int] | None:
    """Totals over more than ``most`` companies: one row per code, direction and security kind, counting
    companies and filings in SQL (no row per company is built), and how many companies in all. None
    when ``most`` companies or fewer match (the caller breaks those down by company).

    Read from the days pre-aggregated by the write path when they can answer (``days``: what
    ``day_totals`` gave for these filters, when the caller has it)."""
    days = day_totals(conn, filters) if days is READ else days
    if days is not None:
        if days.issuers <= most:
            return None
        rows = sorted((TotalRow(g.code, g.acquired_disposed, g.kind, g.transactions, g.filings, g.shares,
                                g.value, g.priced, g.first_date, g.last_date, company_count=g.issuers)
                       for g in days.groups), key=largest_first)
        return rows, days.issuers
    clauses, params = where(filters.entry_filters(holdings=False))
    scope = entries_from(clauses)
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
                f"SELECT count(DISTINCT e.filing_id), count(DISTINCT e.issuer_cik) {entries_from(clauses + extra)}",
                (*params, *values)).fetchone()
    rows = sorted(merged.values(), key=largest_first)
    if len(rows) == 1:
        return rows, rows[0].company_count
    companies = conn.execute(f"SELECT count(DISTINCT e.issuer_cik) {scope}", params).fetchone()[0]
    return rows, companies


def totals_by_kind(conn: sqlite3.Connection, filters: Filters, most: int, days: Days = READ
                   ) -> list[TotalRow] | None:
    """What ``fetch`` makes of ``totals`` over more than ``most`` companies (one row per code, direction and
    kind, with the set of its companies), read from the pre-aggregated days; None when they cannot answer
    or ``most`` companies or fewer match (those are broken down by company from the rows)."""
    days = day_totals(conn, filters) if days is READ else days
    if days is None or days.issuers <= most:
        return None
    return sorted((TotalRow(g.code, g.acquired_disposed, g.kind, g.transactions, g.filings, g.shares, g.value,
                            g.priced, g.first_date, g.last_date, issuers=g.issuer_set())
                   for g in days.groups), key=largest_first)


def largest_first(t: TotalRow) -> tuple:
    """Most transactions first; ties in one order whichever way the rows were summed."""
    return -t.transactions, t.code or "", t.acquired_disposed or "", t.kind or ""


def distinct_filings(conn: sqlite3.Connection, filters: Filters, days: Days = READ) -> int:
    """How many filings the matching transactions are in."""
    days = day_totals(conn, filters) if days is READ else days
    if days is not None:
        return days.filings
    clauses, params = where(filters.entry_filters(holdings=False))
    return conn.execute(f"SELECT count(DISTINCT e.filing_id) {entries_from(clauses)}", params).fetchone()[0]


@dataclass
class FilingCount:
    document_type: str
    filings: int
    transactions: int
    amended_originals: int  # stored filings an amendment among these replaces (not counted)


def count_filings(conn: sqlite3.Connection, filters: Filters) -> list[FilingCount]:
    """Filings (not transactions) that match, per form type as filed (4, 4/A...). Filters on the rows
    (security, transaction kind, amounts) count the filings that have such a row; dates are the
    filing's period of report."""
    clauses, params = where(_filing_conditions(filters))
    rows = conn.execute(
        "SELECT coalesce(f.document_type, f.form) AS document_type, count(*) AS filings, "
        "coalesce(sum((SELECT count(*) FROM entries e WHERE e.filing_id = f.id AND e.is_holding = 0)), 0), "
        "count(f.amends_filing_id) "
        f"FROM filings f WHERE {' AND '.join(clauses)} GROUP BY 1 ORDER BY 1",
        params,
    ).fetchall()
    return [FilingCount(*row) for row in rows]


def _filing_conditions(filters: Filters, *, role: bool = True) -> list[Filter]:
    """The filings that match: their own filters, the role of an owner, and a row that matches the rest."""
    conditions = filters.filing_filters()
    if filters.role and role:
        conditions.append(Filter(has_role("f.id"), (filters.role,)))
    rows_only = filters.rows_only
    if rows_only.row_filters():
        row_clauses, row_params = where(rows_only.entry_filters(holdings=False))
        conditions.append(Filter(f"EXISTS (SELECT 1 FROM entries e WHERE e.filing_id = f.id AND "
                                 f"{' AND '.join(row_clauses)})", tuple(row_params)))
    return conditions


@dataclass(frozen=True)
class EntityCount:
    """How many companies (or insiders) have a matching filing, and the ones with the most filings."""

    count: int
    top: list[tuple[str, str | None, int]]  # (name, ticker or None, filings)


def count_entities(conn: sqlite3.Connection, filters: Filters, unit: str, limit: int = 10) -> EntityCount:
    """``unit`` companies: the issuers with a matching filing; insiders: the reporting owners (in the role, when
    one is asked, by what each owner's own relationship says)."""
    conditions = _filing_conditions(filters, role=unit != "insiders")
    if unit == "insiders":
        source = "filings f JOIN filing_owners fo ON fo.filing_id = f.id LEFT JOIN owners o ON o.cik = fo.owner_cik"
        key, name, ticker = "fo.owner_cik", "coalesce(o.name, fo.name)", "NULL"
        if filters.role:
            conditions.append(Filter("has_role(?, fo.officer_title, fo.other_text, fo.is_director, fo.is_officer, "
                                     "fo.is_ten_percent_owner, f.remarks)", (filters.role,)))
    else:
        source = "filings f LEFT JOIN issuers i ON i.cik = f.issuer_cik"
        key, name, ticker = "f.issuer_cik", "coalesce(i.name, f.issuer_name)", "i.trading_symbol"
    clauses, params = where(conditions)
    condition = " AND ".join(clauses)
    count = conn.execute(f"SELECT count(DISTINCT {key}) FROM {source} WHERE {condition}", params).fetchone()[0]
    top = conn.execute(f"SELECT {name}, {ticker}, count(DISTINCT f.id) AS n FROM {source} WHERE {condition} "
                       f"GROUP BY {key} ORDER BY n DESC, 1 LIMIT ?", (*params, limit)).fetchall()
    return EntityCount(count, [(r[0], r[1], r[2]) for r in top])


def no_securities_filings(conn: sqlite3.Connection, filters: Filters, limit: int = 10) -> list[sqlite3.Row]:
    """Filings (Form 3s) that report owning no securities at all, newest first."""
    clauses, params = where(filters.filing_filters("f.no_securities_owned = 1"))
    return conn.execute(
        "SELECT f.id AS filing_id, f.document_type, f.form, f.period_of_report, f.filed_at, f.signed_at, "
        "f.accession_number, f.source, f.issuer_cik, coalesce(i.name, f.issuer_name) AS issuer_name, "
        "coalesce(i.trading_symbol, f.issuer_trading_symbol) AS ticker "
        "FROM filings f LEFT JOIN issuers i ON i.cik = f.issuer_cik "
        f"WHERE {' AND '.join(clauses)} ORDER BY {FILED_AS_OF} DESC LIMIT ?",
        (*params, limit),
    ).fetchall()


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


def owner_filings(conn: sqlite3.Connection, filters: Filters, oldest_first: bool = False) -> list[sqlite3.Row]:
    """Each reporting owner of each filing of ``filters`` with the relationship it states, newest first (or
    oldest first). The company's name and ticker as stored (``issuer_name``, ``ticker``), or else as filed
    (``any_issuer_name``, ``any_ticker``)."""
    clauses, params = where(filters.filing_filters(owners_joined=True))
    return conn.execute(
        "SELECT fo.owner_cik, coalesce(o.name, fo.name) AS name, fo.officer_title, fo.other_text, fo.is_director, "
        "fo.is_officer, fo.is_ten_percent_owner, fo.is_other, f.remarks, f.issuer_cik, i.name AS issuer_name, "
        "i.trading_symbol AS ticker, coalesce(i.name, f.issuer_name) AS any_issuer_name, "
        f"coalesce(i.trading_symbol, f.issuer_trading_symbol) AS any_ticker, {FILED_AS_OF} AS as_of, "
        "f.id AS filing_id, f.document_type, coalesce(f.document_type, f.form) AS form, f.accession_number, "
        "f.filed_at, f.signed_at, f.source "
        "FROM filings f JOIN filing_owners fo ON fo.filing_id = f.id "
        "LEFT JOIN owners o ON o.cik = fo.owner_cik LEFT JOIN issuers i ON i.cik = f.issuer_cik "
        f"WHERE {' AND '.join(clauses)} ORDER BY as_of {'ASC' if oldest_first else 'DESC'}, "
        f"f.filed_at {'ASC' if oldest_first else 'DESC'} LIMIT ?",
        (*params, MAX_SCAN_ROWS),
    ).fetchall()


def insiders(conn: sqlite3.Connection, filters: Filters) -> list[InsiderRow]:
    """Everyone who filed for the companies (or the named owners), with their newest relationship."""
    rows = owner_filings(conn, filters)
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

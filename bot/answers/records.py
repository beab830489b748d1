"""Records: the rows that answer a query, with their filing's owners, footnotes and a source link.

``fetch`` runs one resolved query (``query.Filters`` + an aggregation) and returns everything an
answer needs; ``search`` is the plain spec -> records function the LangChain retriever wraps. Every
figure an answer shows comes from these records.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from bot.answers import query
from bot.answers.dates import period_to_range
from bot.answers.query import Filters, InsiderRow, TotalRow
from bot.answers.resolve import Catalog, resolve_texts
from bot.answers.spec import QuerySpec
from bot.domain.vocab import (
    CODE_WORDS,
    direction_conflicts,
    display_name,
    role_text,
    roles_of,
    security_kind,
)

SEC_ARCHIVES = "https://www.sec.gov/Archives/edgar/data"
HOLDINGS_SCAN = 2000
COMPANY_BREAKDOWN_MAX = 8  # totals over more companies than this are not broken down by company


def filing_url(issuer_cik: str | None, accession: str | None, source: str | None) -> str | None:
    """The filing's EDGAR index page when the accession is known, else where it was read from."""
    if accession and issuer_cik:
        digits = accession.replace("-", "")
        return f"{SEC_ARCHIVES}/{int(issuer_cik)}/{digits}/{accession}-index.htm"
    return source


@dataclass
class Owner:
    cik: str
    name: str
    display: str
    role: str
    roles: list[str]
    matched: bool = False


@dataclass
class Record:
    entry_id: str
    filing_id: str
    accession_number: str | None
    form: str
    document_type: str
    is_amendment: bool
    original_submitted: str | None  # an amendment's dateOfOriginalSubmission
    original_stored: bool  # the filing it amends is in the database too (and left out of answers)
    filed_at: str | None
    signed_at: str | None
    period_of_report: str | None
    issuer_cik: str
    issuer_name: str | None
    ticker: str | None
    owners: list[Owner]
    table: str
    is_derivative: bool
    is_holding: bool
    security_title: str | None
    security_kind: str | None
    transaction_date: str | None
    deemed_execution_date: str | None
    transaction_code: str | None
    code_meaning: str | None
    acquired_disposed: str | None
    shares: float | None
    price_per_share: float | None
    value: float | None
    shares_owned_following: float | None
    direct_indirect: str | None
    nature_of_ownership: str | None
    conversion_or_exercise_price: float | None
    exercise_date: str | None
    expiration_date: str | None
    underlying_security_title: str | None
    underlying_shares: float | None
    footnotes: dict[str, list[dict[str, str]]]
    remarks: str | None
    plan_10b5_1: bool | None
    plan_source: str | None
    transaction_timeliness: str | None
    late: bool | None
    url: str | None
    source: str | None

    @property
    def as_of(self) -> str | None:
        return self.transaction_date or self.period_of_report or self.filed_at

    @property
    def direction_conflict(self) -> bool:
        """The code and the acquired/disposed mark disagree (shown as filed, with a note)."""
        return not self.is_holding and direction_conflicts(self.transaction_code, self.acquired_disposed,
                                                           self.is_derivative)

    @property
    def lead_owners(self) -> list[Owner]:
        matched = [o for o in self.owners if o.matched]
        return matched or self.owners

    def footnote_texts(self, *fields: str) -> list[str]:
        out = []
        for name in fields:
            for note in self.footnotes.get(name, []):
                if note["text"] and note["text"] not in out:
                    out.append(note["text"])
        return out

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Fetched:
    """What one query found: records, plus sums or insiders for those aggregations."""

    records: list[Record] = field(default_factory=list)
    total_matches: int = 0
    totals: list[TotalRow] = field(default_factory=list)
    insiders: list[InsiderRow] = field(default_factory=list)
    holdings_only: bool = False  # the records are reported positions, not transactions
    filings: int | None = None  # how many filings the counted transactions are in (count only)
    companies: int | None = None  # how many companies the totals span, when counted in SQL (many companies)
    expired: list[Record] = field(default_factory=list)  # derivative positions past their expiration date


# ---- building records ----------------------------------------------------------------------------

PLAN_CODES = ("P", "S")  # what a Rule 10b5-1 plan (and the filing's checkbox) covers: purchases and sales
_PLAN_WORDS = re.compile(r"10b5", re.I)
_PLAN_NEGATED = re.compile(r"\bnot\b[^.]{0,60}10b5|\bno\b[^.]{0,20}10b5", re.I)
_NOTE_SALES = re.compile(r"\bsales?\b|\bsold\b|\bselling\b", re.I)
_NOTE_PURCHASES = re.compile(r"\bpurchases?\b|\bpurchased\b|\bbought\b", re.I)
_NOTE_OTHER = re.compile(r"\btransactions\b|\bexercis|\bconver|\bdistribut|\bgrant|\bwithh|\bgift", re.I)


def _note_covers(text: str, code: str) -> bool:
    """A 10b5-1 footnote covers the rows it names: "the sales reported" covers sales (S) only, "the
    purchases" purchases (P) only; one about the transactions, exercises or conversions covers any row."""
    if _NOTE_OTHER.search(text):
        return True
    sales, purchases = bool(_NOTE_SALES.search(text)), bool(_NOTE_PURCHASES.search(text))
    if sales or purchases:
        return (sales and code == "S") or (purchases and code == "P")
    return True


def _is_plan_note(text: str | None) -> bool:
    return bool(text and _PLAN_WORDS.search(text) and not _PLAN_NEGATED.search(text))


def plan_basis(code: str | None, aff10b5one, remarks: str | None, row_notes: list[str],
               unreferenced_notes: list[str]) -> tuple[bool | None, str | None]:
    """Whether one row was made under a Rule 10b5-1 plan, and what says so.

    A footnote the row cites covers that row (as far as its words reach: "the sales reported" covers
    sales only). The filing's checkbox, its remarks and footnotes no row cites speak for the whole
    filing: they cover its purchases and sales (P, S), never grants, exercises or holdings. True, False
    (a purchase or sale on a filing whose box is unchecked) or None (nothing is said, or the plan rule
    does not apply to the row)."""
    code = (code or "").upper()
    if code in PLAN_CODES and aff10b5one == 1:
        return True, "the filing's Rule 10b5-1 checkbox"
    if any(_is_plan_note(t) and _note_covers(t, code) for t in row_notes):
        return True, "a footnote"
    if code not in PLAN_CODES:
        return None, None
    if any(_is_plan_note(t) and _note_covers(t, code) for t in unreferenced_notes):
        return True, "a footnote"
    if _is_plan_note(remarks):
        return True, "the remarks"
    if aff10b5one == 0:
        return False, None
    return None, None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def federal_holidays(year: int) -> set[dt.date]:
    """US federal holidays (the days EDGAR does not count), with weekend dates moved to Friday/Monday."""
    fixed = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 11, 11), dt.date(year, 12, 25)]
    if year >= 2021:
        fixed.append(dt.date(year, 6, 19))
    days = set()
    for day in fixed:
        if day.weekday() == 5:
            day -= dt.timedelta(days=1)
        elif day.weekday() == 6:
            day += dt.timedelta(days=1)
        days.add(day)
    days |= {
        _nth_weekday(year, 1, 0, 3), _nth_weekday(year, 2, 0, 3), _nth_weekday(year, 5, 0, -1),
        _nth_weekday(year, 9, 0, 1), _nth_weekday(year, 10, 0, 2), _nth_weekday(year, 11, 3, 4),
    }
    return days


def add_business_days(day: dt.date, n: int) -> dt.date:
    holidays = federal_holidays(day.year) | federal_holidays(day.year + 1)
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            n -= 1
    return day


# Gifts had to be reported on Form 4 only from this date (before it, Form 5 or a voluntary Form 4).
GIFTS_ON_FORM4_FROM = "2023-02-27"


def _late(row: sqlite3.Row) -> bool | None:
    """Form 4 is due two business days after the trade. None when the rule does not apply or the filing
    date is unknown (the signature date stands in for it on bare XML files)."""
    if row["is_holding"] or row["form"] != "4":
        return None
    timeliness = (row["transaction_timeliness"] or "").upper()
    if timeliness == "L":
        return True
    if timeliness == "E":
        return False
    base = row["deemed_execution_date"] or row["transaction_date"]
    if (row["transaction_code"] or "").upper() == "G" and base and base < GIFTS_ON_FORM4_FROM:
        return None
    filed = row["date_of_original_submission"] if row["is_amendment"] else None
    filed = filed or row["filed_at"] or row["signed_at"]
    if not base or not filed:
        return None
    try:
        due = add_business_days(dt.date.fromisoformat(base[:10]), 2)
        return dt.date.fromisoformat(filed[:10]) > due
    except ValueError:
        return None


def build_records(conn: sqlite3.Connection, rows: list[sqlite3.Row], filters: Filters) -> list[Record]:
    ids = [r["filing_id"] for r in rows]
    owners_by_filing = query.filing_owners(conn, ids)
    notes_by_filing = query.footnotes(conn, ids)
    with_plan_notes = [fid for fid, notes in notes_by_filing.items() if any(map(_is_plan_note, notes.values()))]
    cited_by_filing = query.cited_footnotes(conn, with_plan_notes)
    out = []
    for r in rows:
        notes = notes_by_filing.get(r["filing_id"], {})
        refs = json.loads(r["footnote_ids"] or "{}")
        footnotes = {
            name: [{"id": fid, "text": notes.get(fid, "")} for fid in fids]
            for name, fids in refs.items()
        }
        owners = []
        for o in owners_by_filing.get(r["filing_id"], []):
            roles = roles_of(o["officer_title"], o["other_text"], o["is_director"], o["is_officer"],
                             o["is_ten_percent_owner"], r["remarks"])
            matched = (o["owner_cik"] in filters.owner_ciks) or bool(filters.role and filters.role in roles)
            owners.append(Owner(
                o["owner_cik"], o["owner_name"] or o["filed_name"] or o["owner_cik"],
                display_name(o["owner_name"] or o["filed_name"]),
                role_text(o["officer_title"], o["other_text"], o["is_director"], o["is_officer"],
                          o["is_ten_percent_owner"], r["remarks"]),
                sorted(roles), matched,
            ))
        row_notes = [n["text"] for ns in footnotes.values() for n in ns]
        cited = cited_by_filing.get(r["filing_id"], set())
        unreferenced = [text for fid, text in notes.items() if fid not in cited]
        plan, plan_source = (None, None) if r["is_holding"] else plan_basis(
            r["transaction_code"], r["aff10b5one"], r["remarks"], row_notes, unreferenced)
        code = r["transaction_code"]
        price = r["price_per_share"]
        value = r["shares"] * price if (r["shares"] is not None and price and code in ("P", "S")) else None
        out.append(Record(
            entry_id=r["entry_id"], filing_id=r["filing_id"], accession_number=r["accession_number"],
            form=r["form"], document_type=r["document_type"], is_amendment=bool(r["is_amendment"]),
            original_submitted=r["date_of_original_submission"], original_stored=bool(r["amends_filing_id"]),
            filed_at=r["filed_at"], signed_at=r["signed_at"], period_of_report=r["period_of_report"],
            issuer_cik=r["issuer_cik"], issuer_name=r["issuer_name"] or r["filed_issuer_name"],
            ticker=r["ticker"] or r["filed_ticker"], owners=owners, table=r["table_name"],
            is_derivative=bool(r["is_derivative"]), is_holding=bool(r["is_holding"]),
            security_title=r["security_title"],
            security_kind=security_kind(r["security_title"], r["is_derivative"]),
            transaction_date=r["transaction_date"], deemed_execution_date=r["deemed_execution_date"],
            transaction_code=code, code_meaning=CODE_WORDS.get(code or "", (None, None))[1],
            acquired_disposed=r["acquired_disposed"], shares=r["shares"], price_per_share=price, value=value,
            shares_owned_following=r["shares_owned_following"], direct_indirect=r["direct_indirect"],
            nature_of_ownership=r["nature_of_ownership"],
            conversion_or_exercise_price=r["conversion_or_exercise_price"], exercise_date=r["exercise_date"],
            expiration_date=r["expiration_date"], underlying_security_title=r["underlying_security_title"],
            underlying_shares=r["underlying_shares"], footnotes=footnotes, remarks=r["remarks"],
            plan_10b5_1=plan, plan_source=plan_source, transaction_timeliness=r["transaction_timeliness"],
            late=_late(r), url=filing_url(r["issuer_cik"], r["accession_number"], r["source"]),
            source=r["source"],
        ))
    return out


# ---- one query per aggregation -------------------------------------------------------------------

def fetch(conn: sqlite3.Connection, filters: Filters, aggregation: str, limit: int,
          today: dt.date | None = None) -> Fetched:
    """Run the query an aggregation needs; records are always the rows the answer cites. ``today``
    (default: the real date) tells which derivative positions have expired."""
    result = Fetched()
    if aggregation == "insiders":
        result.insiders = query.insiders(conn, filters)
        if filters.role:
            result.insiders = [
                i for i in result.insiders
                if filters.role in roles_of(i.officer_title, i.other_text, i.is_director, i.is_officer,
                                            i.is_ten_percent_owner, i.remarks)
            ]
        result.total_matches = len(result.insiders)
        return result
    if aggregation == "holdings":
        # A bound on shares is a bound on the position held now, so it applies after the latest position
        # is known (an earlier, larger one must not answer "holds over 1,000,000 shares").
        unbounded = replace(filters, min_shares=None, max_shares=None)
        rows = query.entries(conn, unbounded, order="holdings", limit=HOLDINGS_SCAN, holdings=None,
                             require_following=True)
        positions = [r for r in _latest_positions(build_records(conn, rows, filters))
                     if _within(r.shares_owned_following if r.shares_owned_following is not None
                                else r.underlying_shares, filters)]
        cutoff = (today or dt.date.today()).isoformat()
        expired = [r for r in positions if r.is_derivative and r.expiration_date and r.expiration_date[:10] < cutoff]
        result.records = [r for r in positions if r not in expired]
        result.expired = expired
        result.total_matches = len(result.records)
        return result
    if aggregation in ("biggest", "smallest"):
        priced = bool(filters.codes) and set(filters.codes) <= set(query.VALUED_CODES)
        order = aggregation if priced else f"{aggregation}_mixed"
        rows, result.total_matches = query.entries_page(conn, filters, order=order, limit=limit)
        result.records = build_records(conn, rows, filters)
        return result
    if aggregation in ("total", "net", "count"):
        across = query.totals_across(conn, filters, COMPANY_BREAKDOWN_MAX) if aggregation != "net" else None
        if across is not None:
            result.totals, result.companies = across
        else:
            result.totals = _by_company(conn, query.totals(conn, filters))
        result.total_matches = sum(t.transactions for t in result.totals)
        if aggregation == "count" and result.totals:
            one_row = len(result.totals) == 1
            result.filings = result.totals[0].filings if one_row else query.distinct_filings(conn, filters)
        rows = query.entries(conn, filters, limit=limit, counted=False)
        result.records = build_records(conn, rows, filters)
        return result
    if aggregation == "plan_10b5_1":
        rows = query.entries(conn, Filters(**{**asdict(filters), "plan_only": True}), limit=query.MAX_SCAN_ROWS)
        records = [r for r in build_records(conn, rows, filters) if r.plan_10b5_1]
        result.total_matches = len(records)
        result.records = records[:limit]
        return result
    if aggregation == "not_plan_10b5_1":
        rows = query.entries(conn, filters, limit=query.MAX_SCAN_ROWS)
        records = [r for r in build_records(conn, rows, filters) if not r.plan_10b5_1]
        result.total_matches = len(records)
        result.records = records[:limit]
        return result
    if aggregation == "late":
        rows = query.entries(conn, filters, limit=query.MAX_SCAN_ROWS)
        records = [r for r in build_records(conn, rows, filters) if r.late]
        result.total_matches = len(records)
        result.records = records[:limit]
        return result
    if aggregation == "latest":
        rows = query.entries(conn, filters, limit=max(limit, 1) * 5)
        if rows:
            newest = rows[0]["filing_id"]
            rows = [r for r in rows if r["filing_id"] == newest]
        result.total_matches = len(rows)
        result.records = build_records(conn, rows[:limit], filters)
        return result
    rows, result.total_matches = query.entries_page(conn, filters, limit=limit)
    if not rows and not filters.codes:
        # No transactions, but the question names no kind of transaction: the reported positions
        # (Form 3s, holding rows) answer it.
        rows, result.total_matches = query.entries_page(conn, filters, order="holdings", limit=limit,
                                                        holdings=True)
        result.holdings_only = bool(rows)
    result.records = build_records(conn, rows, filters)
    return result


def _within(amount: float | None, filters: Filters) -> bool:
    if filters.min_shares is None and filters.max_shares is None:
        return True
    if amount is None:
        return False
    if filters.strict_bounds:
        return (filters.min_shares is None or amount > filters.min_shares) and (
            filters.max_shares is None or amount < filters.max_shares)
    return (filters.min_shares is None or amount >= filters.min_shares) and (
        filters.max_shares is None or amount <= filters.max_shares)


def _by_company(conn: sqlite3.Connection, totals: list[TotalRow]) -> list[TotalRow]:
    """Sums per company when a few companies are involved (each line names its company); with more, one
    line per code, direction and security kind that counts transactions and dollars but not shares
    (shares of different companies do not add up)."""
    issuers = {t.issuer_cik for t in totals}
    if len(issuers) <= 1:
        return totals
    if len(issuers) <= COMPANY_BREAKDOWN_MAX:
        for t in totals:
            row = query.issuer_row(conn, t.issuer_cik) if t.issuer_cik else None
            t.issuer_label = (f"{row['name']} ({row['trading_symbol']})" if row and row["trading_symbol"]
                              else row["name"] if row else "an unnamed company")
        return totals
    merged: dict[tuple, TotalRow] = {}
    companies: dict[tuple, set[str]] = {}
    for t in totals:
        key = (t.code, t.acquired_disposed, t.kind)
        companies.setdefault(key, set()).add(t.issuer_cik)
        m = merged.get(key)
        if m is None:
            merged[key] = TotalRow(t.code, t.acquired_disposed, t.kind, t.transactions, t.filings, t.shares, t.value,
                                   t.priced, t.first_date, t.last_date)
            continue
        m.transactions += t.transactions
        m.filings += t.filings  # a filing has one company, so these do not overlap
        m.shares += t.shares
        m.value += t.value
        m.priced += t.priced
        m.first_date = min(filter(None, (m.first_date, t.first_date)), default=None)
        m.last_date = max(filter(None, (m.last_date, t.last_date)), default=None)
    for key, m in merged.items():
        m.issuers = frozenset(companies[key])
    return sorted(merged.values(), key=lambda t: -t.transactions)


def _latest_positions(records: list[Record]) -> list[Record]:
    """The newest post-transaction amount per owner, company, security and kind of ownership.

    The newest filing that reports a position wins. Inside that filing, rows whose ownership is told
    apart only by footnotes ("See Footnote" -> Rivendell 7 LLC, PLTR Holdings LLC...) are separate
    positions, and every holding row is a position of its own; transaction rows of one position
    supersede each other (the last row of the filing holds the amount after all of them)."""
    newest_filing: dict[tuple, str] = {}
    seen: dict[tuple, Record] = {}
    for rec in records:  # newest first, last row of a filing first
        owners = tuple(sorted(o.cik for o in rec.lead_owners))
        # Options (and other derivatives) of one title are separate positions per exercise price and
        # expiration: a grant at $3.14 is not the grant at $4.75.
        terms = (rec.conversion_or_exercise_price, rec.expiration_date) if rec.is_derivative else ()
        key = (rec.issuer_cik, owners, (rec.security_title or "").lower(), rec.is_derivative,
               rec.direct_indirect, (rec.nature_of_ownership or "").lower(), *terms)
        filing = newest_filing.setdefault(key, rec.filing_id)
        if rec.filing_id != filing:
            continue
        notes = tuple(n["id"] for name in ("direct_indirect", "nature_of_ownership")
                      for n in rec.footnotes.get(name, []))
        position = (*key, notes, rec.entry_id if rec.is_holding else None)
        seen.setdefault(position, rec)
    return list(seen.values())


# ---- spec -> records (what the retriever wraps) ---------------------------------------------------

def filters_for_spec(conn: sqlite3.Connection, db_path: str | Path, spec: QuerySpec, today: dt.date
                     ) -> Filters | None:
    """Resolve a spec's company and insider words to CIKs; None when a named one is not in the database."""
    catalog = Catalog.load(conn, db_path)
    company, insider = resolve_texts(spec.company, spec.insider, catalog, conn)
    if (spec.company and company is None) or (spec.insider and insider is None):
        return None
    start, end = spec_dates(spec, today)
    return Filters(
        issuer_ciks=company.ciks if company else (), owner_ciks=insider.ciks if insider else (),
        role=spec.role, security=spec.security, codes=spec.codes, form=spec.form, date_from=start, date_to=end,
        security_free_codes=spec.security_free_codes, amendments_only=spec.amendments_only,
        min_value=spec.min_value, max_value=spec.max_value, min_shares=spec.min_shares, max_shares=spec.max_shares,
        min_price=spec.min_price, max_price=spec.max_price, strict_bounds=spec.strict_bounds,
    )


def spec_dates(spec: QuerySpec, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The period words when they parse, else the explicit dates (clamped to a sane range)."""
    found = period_to_range(spec.period, today)
    if found is not None:
        return found.start, found.end
    clamped = spec.clamp_dates(today)
    return clamped.date_from, clamped.date_to


def search(db_path: str | Path, spec: QuerySpec, *, today: dt.date | None = None) -> list[Record]:
    """A QuerySpec to the records that answer it (names resolved against the database; no rendering)."""
    with query.connect(db_path) as conn:
        filters = filters_for_spec(conn, db_path, spec, today or dt.date.today())
        if filters is None:
            return []
        return fetch(conn, filters, spec.aggregation, spec.limit, today=today).records

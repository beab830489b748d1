"""One query per aggregation: ``fetch`` runs a resolved query (``Filters`` + an aggregation) and returns
everything an answer needs; ``search`` is the plain spec -> records function the LangChain retriever
wraps. Every figure an answer shows comes from these records.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import replace

from bot.answers import query, sums
from bot.answers.day_totals import day_totals, transaction_count
from bot.answers.filters import Filters
from bot.answers.records import Fetched, Record, build_records
from bot.answers.resolve import Catalog, Catalogs, resolve_texts
from bot.answers.spec import QuerySpec
from bot.answers.sums import TotalRow
from bot.domain.codes import is_open_market
from bot.domain.text import UNNAMED_COMPANY
from bot.domain.vocab import roles_of
from storage.reader import ReadSource, reader_of

HOLDINGS_SCAN = 2000
WALK_MAX = 20_000  # rows a walk down an index may expect to read for one page (``_walk``)
COMPANY_BREAKDOWN_MAX = 8  # totals over more companies than this are not broken down by company
# Aggregations whose rows are chosen after the query, from what each record says.
_CHOSEN_AFTER_QUERY: dict[str, Callable[[Record], bool]] = {
    "plan_10b5_1": lambda r: bool(r.plan_10b5_1),
    "not_plan_10b5_1": lambda r: not r.plan_10b5_1,
    "late": lambda r: bool(r.late),
}


def fetch(conn: sqlite3.Connection, filters: Filters, aggregation: str, limit: int,
          today: dt.date | None = None, *, largest_first: bool = False, by_price: bool = False,
          by_shares: bool = False) -> Fetched:
    """Run the query an aggregation needs; records are always the rows the answer cites. ``today``
    (default: the real date) tells which derivative positions have expired; ``largest_first``: the trades
    under a plan (or not, or late) by size ("the largest 10b5-1 sale"), not newest first."""
    result = Fetched()
    if aggregation == "insiders":
        result.insiders = sums.insiders(conn, filters)
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
        positions = _positions(conn, filters)
        if not positions and filters.date_to is not None:  # "held in 2022", when no 2022 filing reports it
            positions = _positions(conn, replace(filters, date_from=None))
            result.as_of = filters.date_to if positions else None
        cutoff = min(result.as_of or dt.date.max, today or dt.date.today()).isoformat()  # (expired by then)
        expired = [r for r in positions if r.is_derivative and r.expiration_date and r.expiration_date[:10] < cutoff]
        result.records = [r for r in positions if r not in expired]
        result.expired = expired
        result.total_matches = len(result.records)
        return result
    if aggregation in ("biggest", "smallest"):
        priced = bool(filters.codes) and all(map(is_open_market, filters.codes))
        order = aggregation if priced else f"{aggregation}_mixed"
        if by_price:  # "the highest sale price": priced rows by price per share
            order = "price_high" if aggregation == "biggest" else "price_low"
        elif by_shares:  # "the top 3 sales by number of shares"
            order = "shares_high" if aggregation == "biggest" else "shares_low"
        rows, result.total_matches = _page(conn, filters, order, limit)
        result.records = build_records(conn, rows, filters)
        return result
    if aggregation in ("total", "net", "count"):
        days = day_totals(conn, filters)  # None when the rows must answer
        across = sums.totals_across(conn, filters, COMPANY_BREAKDOWN_MAX, days) if aggregation != "net" else None
        if across is not None:
            result.totals, result.companies = across
        else:
            by_kind = sums.totals_by_kind(conn, filters, COMPANY_BREAKDOWN_MAX, days) if aggregation == "net" else None
            result.totals = by_kind if by_kind is not None else _by_company(conn, sums.totals(conn, filters))
        result.total_matches = sum(t.transactions for t in result.totals)
        if aggregation in ("count", "total") and result.totals:
            # Every filing in the window is summed (a day's trades are often split over two filings).
            one_row = len(result.totals) == 1
            result.filings = result.totals[0].filings if one_row else sums.distinct_filings(conn, filters, days)
        count = result.total_matches if days is not None else 0
        rows = query.entries(conn, filters, limit=limit, counted=False, walk=_walk(conn, filters, "recent", count, limit))
        result.records = build_records(conn, rows, filters)
        return result
    if (chosen := _CHOSEN_AFTER_QUERY.get(aggregation)) is not None:
        scanned = replace(filters, plan_only=True) if aggregation == "plan_10b5_1" else filters
        rows = query.entries(conn, scanned, limit=query.MAX_SCAN_ROWS)
        result.chosen = [r for r in build_records(conn, rows, filters) if chosen(r)]
        records = _sized(result.chosen, largest_first)
        result.total_matches = len(records)
        result.records = records[:limit]
        return result
    if aggregation in ("latest", "earliest"):
        # The newest (or, "oldest", the first) filing's rows among the matches
        order = "recent" if aggregation == "latest" else "oldest"
        rows = query.entries(conn, filters, order=order, limit=max(limit, 1) * 5)
        if rows:
            first = rows[0]["filing_id"]
            rows = [r for r in rows if r["filing_id"] == first]
        result.total_matches = len(rows)
        result.records = build_records(conn, rows[:limit], filters)
        return result
    rows, result.total_matches = _page(conn, filters, "recent", limit)
    if not rows and not filters.codes:
        # No transactions, but the question names no kind of transaction: the reported positions
        # (Form 3s, holding rows) answer it.
        rows, result.total_matches = query.entries_page(conn, filters, order="holdings_listed", limit=limit,
                                                        holdings=True)
        result.holdings_only = bool(rows)
    result.records = build_records(conn, rows, filters)
    return result


def _page(conn: sqlite3.Connection, filters: Filters, order: str, limit: int) -> tuple[list, int]:
    """``query.entries_page`` of the transactions, counted from the pre-aggregated days when they can count
    them (``day_totals``), so the rows are read only as far as the page; the biggest open-market trades
    through the index by dollar value when the matches are a large enough share of those trades."""
    count = transaction_count(conn, filters)
    if count is None:
        return query.entries_page(conn, filters, order=order, limit=limit)
    if not count:
        return [], 0
    return query.entries(conn, filters, order=order, limit=limit, counted=False,
                         walk=_walk(conn, filters, order, count, limit)), count


def _walk(conn: sqlite3.Connection, filters: Filters, order: str, count: int, limit: int) -> str:
    """Which index to walk for a page of ``count`` matches (``query.entries_page``), or '' to let SQLite choose:
    the walk reads about ``limit`` x (rows walked / matches) rows, so only when that is at most WALK_MAX.
    The biggest open-market trades: down their value index, any date. The newest of several codes: down the
    date index, every code (one code has an index of its own by date)."""
    if count < limit:
        return ""
    if order == "biggest":
        walked, walk = transaction_count(conn, Filters(kinds=filters.kinds)), "value"
    elif order == "recent" and len(filters.codes) > 1:
        walked, walk = transaction_count(conn, Filters(date_from=filters.date_from, date_to=filters.date_to)), "date"
    else:
        return ""
    return walk if walked is not None and walked * limit <= count * WALK_MAX else ""


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
                              else row["name"] if row else UNNAMED_COMPANY)
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
    return sorted(merged.values(), key=sums.largest_first)


def _tranche(rec: Record) -> tuple[str, ...]:
    """What tells apart tranches of one derivative whose dates are given only in footnotes (Travers's four RSU
    grants: no dates, each with its own vesting footnote): the footnotes' texts (their ids change from filing to
    filing; the texts of one grant stay the same)."""
    if rec.exercise_date or rec.expiration_date:
        return (rec.exercise_date or "",)
    return tuple(" ".join(n.get("text", "").split()).lower() for n in rec.footnotes.get("exercise_date", []))


def _positions(conn: sqlite3.Connection, filters: Filters) -> list[Record]:
    """The latest position of each security the filters reach (a bound on shares applies to that position)."""
    unbounded = replace(filters, min_shares=None, max_shares=None)
    rows = query.entries(conn, unbounded, order="holdings", limit=HOLDINGS_SCAN, holdings=None, require_following=True)
    return [r for r in _latest_positions(build_records(conn, rows, filters))
            if _within(r.shares_owned_following if r.shares_owned_following is not None else r.underlying_shares,
                       filters)]


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
        terms = (rec.conversion_or_exercise_price, rec.expiration_date, *_tranche(rec)) if rec.is_derivative else ()
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


def filters_for_spec(conn: sqlite3.Connection, catalog: Catalog, spec: QuerySpec) -> Filters | None:
    """The spec's filters with its company and insider words resolved to CIKs; None when a named one is not
    in the database."""
    company, insider = resolve_texts(spec.company, spec.insider, catalog, conn)
    if (spec.company and company is None) or (spec.insider and insider is None):
        return None
    return spec.to_filters(company.ciks if company else (), insider.ciks if insider else ())


def search(db: ReadSource, spec: QuerySpec, *, today: dt.date | None = None,
           catalogs: Catalogs | None = None) -> list[Record]:
    """A QuerySpec to the records that answer it (names resolved against the database; no rendering)."""
    reader = reader_of(db)
    with query.connect(reader) as conn:
        catalog = (catalogs or Catalogs()).load(conn, reader)
        filters = filters_for_spec(conn, catalog, spec.dated(today or dt.date.today()))
        if filters is None:
            return []
        return fetch(conn, filters, spec.aggregation, spec.limit, today=today).records


def _sized(records: list[Record], largest_first: bool) -> list[Record]:
    """The records largest first (dollar value, then shares) when asked, else as they are (newest first)."""
    if not largest_first:
        return records
    return sorted(records, key=lambda r: (-((r.shares or 0) * (r.price_per_share or 0)), -(r.shares or 0)))


def fetch_each_company(conn: sqlite3.Connection, filters: Filters, limit: int, today: dt.date | None = None
                       ) -> Fetched:
    """A list over several companies the question names ("tsla & pltr sales 2021"): each company's newest rows,
    an equal share of ``limit`` each, so one busy company does not hide the others."""
    ciks = filters.issuer_ciks
    share = max(1, limit // len(ciks))
    merged = Fetched()
    for cik in ciks:
        part = fetch(conn, replace(filters, issuer_ciks=(cik,)), "list", share, today=today)
        merged.records += part.records
        merged.expired += part.expired
        merged.total_matches += part.total_matches
        merged.holdings_only = merged.holdings_only or part.holdings_only
    return merged

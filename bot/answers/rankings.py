"""Insiders ranked ("who unloaded the most", "top 3 sellers", "which insiders filed the most"): one figure per
reporting owner over every matching row (or filing), largest first. Dollar values rank open-market trades;
other transactions rank by shares or units; filings rank by how many each insider is on.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, replace

from bot.answers.filters import Filters, where
from bot.answers.render import Answer
from bot.answers.render_records import Builder
from bot.domain.codes import is_open_market
from bot.domain.formats import fmt_money, fmt_price, fmt_shares, format_date
from bot.domain.links import source_or_index
from bot.domain.text import issuer_label
from bot.domain.vocab import display_name, is_entity_name


@dataclass
class Ranked:
    owner_cik: str
    name: str
    transactions: int
    filings: int
    shares: float
    value: float
    companies: str  # the companies' tickers or names, comma-separated
    largest: float = 0.0  # the largest single row: dollars when ranked by value, else shares


_COMPANY = "coalesce(i.trading_symbol, i.name, f.issuer_name)"


def by_value(filters: Filters) -> bool:
    """Dollar values rank the rows only when every code asked about is an open-market trade (P, S)."""
    return bool(filters.codes) and all(map(is_open_market, filters.codes))


_SUMS = ("count(*), count(DISTINCT e.filing_id), coalesce(sum(e.shares), 0), "
         "coalesce(sum(CASE WHEN e.price_per_share > 0 THEN e.shares * e.price_per_share END), 0)")


def _ranked_rows(conn: sqlite3.Connection, filters: Filters, limit: int, *, key: str, names: str,
                 joins: str, tie: int = 6, by_shares: bool = False, by_rows: bool = False) -> list[tuple]:
    """(key, transactions, filings, shares, value, *names, largest) per ``key``, largest first: dollar values
    when every code asked about is open-market (and ``by_shares`` is not asked), else shares; ties by column ``tie``
    (a name)."""
    clauses, params = where(filters.entry_filters(holdings=False))
    valued = by_value(filters) and not by_shares
    valued = valued and not by_rows
    order = f"2 DESC, 4 DESC, {tie}" if by_rows else f"5 DESC, 4 DESC, {tie}" if valued else f"4 DESC, 2 DESC, {tie}"
    largest = "max(e.shares * e.price_per_share)" if valued else "max(e.shares)"
    return conn.execute(
        f"SELECT {key}, {_SUMS}, {names}, coalesce({largest}, 0) FROM entries e JOIN filings f ON f.id = e.filing_id "
        f"{joins} LEFT JOIN issuers i ON i.cik = e.issuer_cik WHERE {' AND '.join(clauses)} GROUP BY {key} "
        f"ORDER BY {order} LIMIT ?",
        (*params, limit),
    ).fetchall()


def rank_insiders(conn: sqlite3.Connection, filters: Filters, limit: int, *, by_shares: bool = False,
                  by_rows: bool = False) -> list[Ranked]:
    """Sums per reporting owner over the matching transactions, largest first."""
    rows = _ranked_rows(conn, filters, limit, key="fo.owner_cik",
                        names=f"group_concat(DISTINCT {_COMPANY}), coalesce(min(o.name), min(fo.name))",
                        joins="JOIN filing_owners fo ON fo.filing_id = e.filing_id "
                              "LEFT JOIN owners o ON o.cik = fo.owner_cik", tie=7, by_shares=by_shares, by_rows=by_rows)
    return [Ranked(cik, name or cik, n, k, shares, value, _sorted(companies), top)
            for cik, n, k, shares, value, companies, name, top in rows]


def rank_companies(conn: sqlite3.Connection, filters: Filters, limit: int, *, by_shares: bool = False,
                   by_rows: bool = False) -> list[Ranked]:
    """Sums per company over the matching transactions, largest first (each row once, however many owners
    filed it jointly)."""
    rows = _ranked_rows(conn, filters, limit, key="e.issuer_cik",
                        names="coalesce(min(i.name), min(f.issuer_name)), min(i.trading_symbol)", joins="",
                        by_shares=by_shares, by_rows=by_rows)
    return [Ranked(cik, issuer_label(name, ticker), n, k, shares, value, "", top)
            for cik, n, k, shares, value, name, ticker, top in rows]


def rank_filers(conn: sqlite3.Connection, filters: Filters, limit: int) -> list[Ranked]:
    """Filings per reporting owner, most first."""
    clauses, params = where(filters.filing_filters(owners_joined=True))
    rows = conn.execute(
        f"SELECT fo.owner_cik, count(DISTINCT f.id), group_concat(DISTINCT {_COMPANY}), "
        "coalesce(min(o.name), min(fo.name)) FROM filings f JOIN filing_owners fo ON fo.filing_id = f.id "
        "LEFT JOIN owners o ON o.cik = fo.owner_cik LEFT JOIN issuers i ON i.cik = f.issuer_cik "
        f"WHERE {' AND '.join(clauses)} GROUP BY fo.owner_cik ORDER BY 2 DESC, 4 LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [Ranked(cik, name or cik, 0, k, 0.0, 0.0, _sorted(companies)) for cik, k, companies, name in rows]


def _sorted(companies: str | None) -> str:
    """The companies in one order whatever order SQLite grouped them in."""
    return ",".join(sorted(set((companies or "").split(",")) - {""}))


def render_ranking(ranked: list[Ranked], scope: str, searched: str, *, filings_only: bool, valued: bool,
                   companies: bool = False, by_rows: bool = False) -> Answer:
    """'Insiders ranked by dollar value for all companies (sales (S)):' then '1. Elon Musk (TSLA): ...';
    ``companies``: the companies ranked ('1. Tesla, Inc. (TSLA): ...')."""
    what = f" ({searched})" if searched else ""
    by = ("number of filings" if filings_only else "number of transactions" if by_rows else "dollar value" if valued
          else "shares or units")
    b = Builder("summary", f"{'Companies' if companies else 'Insiders'} ranked by {by} for {scope}{what}, "
                           f"the top {len(ranked)}:")
    for place, r in enumerate(ranked, start=1):
        if filings_only:
            figure = f"{r.filings:,} {'filing' if r.filings == 1 else 'filings'}"
        else:
            amount = _amount(r, valued)
            figure = (f"{amount} in {r.transactions:,} {'transaction' if r.transactions == 1 else 'transactions'} "
                      f"from {r.filings:,} {'filing' if r.filings == 1 else 'filings'}")
            if r.transactions > 1 and r.largest:
                figure += f" (the largest: {fmt_money(r.largest) if valued else fmt_shares(r.largest)})"
        who = r.name if companies else f"{display_name(r.name)} ({r.companies.replace(',', ', ')})"
        b.add_line(f"{place}. {who}: {figure}")
        b.answer.records.append({"owner_cik": r.owner_cik, "name": r.name, "transactions": r.transactions,
                                 "filings": r.filings, "shares": r.shares, "value": r.value})
        b.answer.lines[-1].record = len(b.answer.records) - 1
    if not companies:
        b.answer.notes.append("An insider on a joint filing is credited with all of its rows (fund entities that file "
                              "together each show the same figures).")
    return b.answer


@dataclass
class RankedDay:
    """One day's matching transactions (of one insider, when ranked per insider)."""

    day: str
    transactions: int
    filings: int
    shares: float
    value: float
    name: str | None  # the insider, when ranked per insider
    companies: str
    filers: tuple[str, ...] = ()  # who filed the day's rows, when ranked per day alone


# How much of the date a period keeps: a day, a month ("2021-11"), a quarter ("2021-Q4"), a year ("2021").
PERIOD_CHARS = {"days": 10, "months": 7, "quarters": 7, "years": 4}
_QUARTER = "substr(e.transaction_date, 1, 4) || '-Q' || ((CAST(substr(e.transaction_date, 6, 2) AS INTEGER) + 2) / 3)"


def rank_days(conn: sqlite3.Connection, filters: Filters, limit: int, *, per_insider: bool,
              by_shares: bool = False, unit: str = "days") -> list[RankedDay]:
    """Sums per trading day ("the biggest single day of selling", "the day with the most transactions"), per
    insider and day when ``per_insider``, largest first: dollar values for open-market trades, shares for
    another kind of transaction, the number of transactions when no kind is asked."""
    clauses, params = where(filters.entry_filters(holdings=False))
    valued = by_value(filters) and not by_shares
    order = "5 DESC, 4 DESC" if valued else "4 DESC, 2 DESC" if filters.kinds else "2 DESC, 4 DESC"
    period = _QUARTER if unit == "quarters" else f"substr(e.transaction_date, 1, {PERIOD_CHARS[unit]})"
    key, joins, name = period, "", "NULL"
    if per_insider:
        key, name = f"fo.owner_cik, {period}", "coalesce(min(o.name), min(fo.name))"
        joins = "JOIN filing_owners fo ON fo.filing_id = e.filing_id LEFT JOIN owners o ON o.cik = fo.owner_cik"
    rows = conn.execute(
        f"SELECT {period}, {_SUMS}, {name}, group_concat(DISTINCT {_COMPANY}) FROM entries e "
        f"JOIN filings f ON f.id = e.filing_id {joins} LEFT JOIN issuers i ON i.cik = e.issuer_cik "
        f"WHERE e.transaction_date IS NOT NULL AND {' AND '.join(clauses)} GROUP BY {key} ORDER BY {order}, 1 LIMIT ?",
        (*params, limit),
    ).fetchall()
    ranked = [RankedDay(day, n, k, shares, value, who, _sorted(companies))
              for day, n, k, shares, value, who, companies in rows]
    if per_insider or unit != "days":
        return ranked
    return [replace(r, filers=_filers_of_day(conn, clauses, params, r.day)) for r in ranked]


def _filers_of_day(conn: sqlite3.Connection, clauses: list[str], params: list, day: str) -> tuple[str, ...]:
    """Who filed one day's matching rows (people before funds; "biggest one-day sale ever": Peter Thiel's)."""
    names = conn.execute(
        "SELECT DISTINCT coalesce(o.name, fo.name) FROM entries e JOIN filings f ON f.id = e.filing_id "
        "JOIN filing_owners fo ON fo.filing_id = e.filing_id LEFT JOIN owners o ON o.cik = fo.owner_cik "
        f"WHERE e.transaction_date = ? AND {' AND '.join(clauses)} LIMIT 20", (day, *params)).fetchall()
    shown = [display_name(n) for (n,) in names if n]
    return tuple(sorted(shown, key=is_entity_name))


def _few(names: tuple[str, ...], most: int = 2) -> str:
    """'Peter Thiel', 'Peter Thiel and Rivendell 7 LLC', 'Peter Thiel, Rivendell 7 LLC and 3 others'."""
    if len(names) <= most:
        return " and ".join(names)
    rest = len(names) - most
    return f"{', '.join(names[:most])} and {rest} other{'' if rest == 1 else 's'}"


def _period_label(period: str) -> str:
    """'2021' as is; '2021-11' as 'November 2021'; '2021-Q4' as 'Q4 2021'."""
    if "-Q" in period:
        return f"{period[5:]} {period[:4]}"
    if len(period) == 7:
        return dt.date(int(period[:4]), int(period[5:7]), 1).strftime("%B %Y")
    return period


def render_days(ranked: list[RankedDay], scope: str, searched: str, *, valued: bool, counted: bool,
                unit: str = "days") -> Answer:
    """'Single days ranked by dollar value for all companies (sales (S)), the top 3:' then '1. Elon Musk (TSLA)
    on Nov 8, 2021: $1,102,342,478.72 in 49 transactions from 2 filings'; ``counted``: by number of transactions."""
    what = f" ({searched})" if searched else ""
    by = "number of transactions" if counted else "dollar value" if valued else "shares or units"
    kind = {"days": "Single days", "months": "Months", "quarters": "Calendar quarters", "years": "Years"}[unit]
    b = Builder("summary", f"{kind} ranked by {by} for {scope}{what}, the top {len(ranked)}:")
    for place, r in enumerate(ranked, start=1):
        where_ = r.companies.replace(",", ", ")
        when = format_date(r.day) if unit == "days" else _period_label(r.day)
        who = f"{display_name(r.name)} ({where_}) {'on' if unit == 'days' else 'in'} {when}" if r.name else \
            f"{when} ({where_}{'; ' + _few(r.filers) if r.filers else ''})"
        many = f"{r.transactions:,} {'transaction' if r.transactions == 1 else 'transactions'}"
        filings = f"{r.filings:,} {'filing' if r.filings == 1 else 'filings'}"
        if counted:
            figure = f"{many} in {filings}"
        else:
            amount = _amount(r, valued)
            figure = f"{amount} in {many} from {filings}"
        b.add_line(f"{place}. {who}: {figure}")
        b.answer.records.append({"day": r.day, "name": r.name, "transactions": r.transactions,
                                 "filings": r.filings, "shares": r.shares, "value": r.value})
        b.answer.lines[-1].record = len(b.answer.records) - 1
    return b.answer


@dataclass
class FilingOwners:
    """One filing and the reporting owners who filed it together."""

    form: str
    issuer: str
    period: str | None
    owners: list[str]
    link: str | None


def rank_filings_by_owners(conn: sqlite3.Connection, filters: Filters, limit: int) -> list[FilingOwners]:
    """The filings with the most reporting owners ("the filing with the longest list of reporting persons"), most
    first, within the question's companies, people, forms and dates."""
    clauses, params = where(filters.entry_filters(holdings=None))
    rows = conn.execute(
        "SELECT f.id, f.document_type, coalesce(i.name, f.issuer_name), coalesce(i.trading_symbol, "
        "f.issuer_trading_symbol), f.period_of_report, f.source, f.issuer_cik, f.accession_number, "
        "count(DISTINCT fo.owner_cik) AS n, group_concat(fo.name, char(31)) FROM filings f "
        "JOIN filing_owners fo ON fo.filing_id = f.id LEFT JOIN issuers i ON i.cik = f.issuer_cik "
        f"WHERE f.id IN (SELECT e.filing_id FROM entries e JOIN filings f ON f.id = e.filing_id "
        f"WHERE {' AND '.join(clauses)}) GROUP BY f.id ORDER BY n DESC, f.period_of_report DESC LIMIT ?",
        (*params, limit)).fetchall()
    return [FilingOwners(form, issuer_label(name, ticker), period, sorted(set((names or "").split("\x1f"))),
                         source_or_index(source, cik, accession))
            for _, form, name, ticker, period, source, cik, accession, _, names in rows]


def render_filings_by_owners(ranked: list[FilingOwners], scope: str) -> Answer:
    """'Filings ranked by their number of reporting owners for all companies:' then one line per filing."""
    b = Builder("summary", f"Filings ranked by their number of reporting owners for {scope}, the top {len(ranked)}:")
    for place, f in enumerate(ranked, start=1):
        when = f" for {format_date(f.period)}" if f.period else ""
        names = ", ".join(display_name(n) for n in f.owners)
        many = f"{len(f.owners)} reporting {'owner' if len(f.owners) == 1 else 'owners'}"
        b.add_line(f"{place}. Form {f.form} of {f.issuer}{when}: {many} ({names})",
                   [f"Source: {f.link}"] if f.link else [])
    return b.answer


def _amount(r, valued: bool) -> str:
    """'$1,102,342,478.72 for 934,091 shares' (the shares when of one company's stock), or the shares or units."""
    if not valued:
        return f"{fmt_shares(r.shares)} shares or units"
    return fmt_money(r.value) + (f" for {fmt_shares(r.shares)} shares" if r.shares and "," not in r.companies else "")


# "which seller has the lowest average sale price", "which sellers avg'd over $100 a sh": insiders by their own
# average price per share (dollars over shares of their priced trades), not by their totals
_BY_AVERAGE = re.compile(r"\b(?:avg|average|mean)(?:'?d)?\b[^?]{0,20}\b(?:prices?|px|a\s+sh(?:are)?|per\s+share|over|under|above|below)\b"
                         r"|\b(?:highest|lowest|best|worst)\s+(?:avg|average|mean)\b", re.I)
_LOWEST = re.compile(r"\b(?:lowest|cheapest|worst|least)\b", re.I)
AVERAGED = 200  # insiders read to rank by their averages


def average_ranking(conn: sqlite3.Connection, filters: Filters, question: str, scope: str, searched: str,
                    limit: int) -> Answer | None:
    """Insiders ranked by their average price per share; None unless the question asks averages of insiders."""
    if not _BY_AVERAGE.search(question) or not by_value(filters):
        return None
    ranked = [r for r in rank_insiders(conn, filters, AVERAGED) if r.shares and r.value]
    if not ranked:
        return None
    lowest = bool(_LOWEST.search(question))
    ranked.sort(key=lambda r: r.value / r.shares, reverse=not lowest)
    what = f" ({searched})" if searched else ""
    b = Builder("summary", f"Insiders ranked by average price per share (dollars over shares of their priced trades, "
                           f"{'lowest' if lowest else 'highest'} first) for {scope}{what}:")
    for place, r in enumerate(ranked[:limit], start=1):
        b.add_line(f"{place}. {display_name(r.name)} ({r.companies.replace(',', ', ')}): {fmt_price(round(r.value / r.shares, 2))} a "
                   f"share ({fmt_money(r.value)} for {fmt_shares(r.shares)} shares in {r.transactions:,} "
                   f"{'transaction' if r.transactions == 1 else 'transactions'})")
    b.answer.notes.append("Each insider's average is over their own company's stock (a joint filing's rows count "
                          "for each of its reporting owners).")
    return b.answer

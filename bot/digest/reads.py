"""The digest's reads (``load_digest``): the filings in a window of acceptance times, those of a channel's
watched companies and insiders, the largest open-market trades of the whole market, and the purchases
behind cluster buys.

A filing's time is when EDGAR accepted it, or, when that is unknown (a bare XML file), when it was
stored. Times are compared in UTC through SQLite's ``datetime()``, which reads the offsets EDGAR's
times carry. Everything is read in one read transaction, so the digest and the ``max_rowid`` recorded
with it describe the same moment: a filing stored after it (a late arrival: EDGAR accepted it before
the window's end but the sync stored it later) has a higher rowid (filings are never deleted, so
rowids only grow), and the next digest picks it up, as long as it was accepted within ``LATE_LOOKBACK``
(so a backfill of old filings is not news).
Superseded filings (an amendment replaced them) are left out, as in answers.

Reads of given filings (``e.filing_id IN (...)``) write ``+e.transaction_code``: the code then cannot pick an
index, so SQLite reads the filings' rows by ``idx_entries_filing`` rather than every open-market trade ever
filed through the index of codes (on a decade of filings: 4 ms instead of 28 s per channel).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.answers import query
from bot.answers.filters import Filters
from bot.answers.query import ENTRY_SELECT
from bot.answers.records import Owner, Record, build_records, filing_url
from bot.domain.codes import OPEN_MARKET_CODES
from bot.domain.vocab import display_name, role_text, roles_of
from storage.sql import chunks, marks, not_superseded, sql_time

LATE_LOOKBACK = dt.timedelta(days=7)
CLUSTER_DAYS = 10
CLUSTER_MIN_INSIDERS = 3
NO_ROWID = 2**62  # no late arrivals
EFFECTIVE = "datetime(coalesce(f.accepted_at, f.ingested_at))"


@dataclass(frozen=True)
class Window:
    """Filings accepted after ``start`` up to ``end`` (aware times), plus the late arrivals: filings
    stored after row ``late_after_rowid`` that were accepted after ``late_from`` but not after ``start``."""

    start: dt.datetime
    end: dt.datetime
    late_after_rowid: int | None = None
    late_from: dt.datetime | None = None


@dataclass
class FilingInfo:
    filing_id: str
    accession_number: str | None
    document_type: str
    is_amendment: bool
    issuer_cik: str
    issuer_name: str
    ticker: str | None
    effective_at: str  # UTC, 'YYYY-MM-DD HH:MM:SS'
    url: str | None
    owners: list[Owner] = field(default_factory=list)


@dataclass
class Purchase:
    """One open-market purchase row, for cluster buys."""

    issuer_cik: str
    issuer_name: str
    ticker: str | None
    filing_id: str
    buyer_cik: str
    buyer: str
    transaction_date: str
    shares: float | None
    value: float | None
    url: str | None


@dataclass
class DigestData:
    max_rowid: int
    window_filings: int
    records: list[Record]
    filings: dict[str, FilingInfo]
    market_records: list[Record]
    market_filings: dict[str, FilingInfo]
    purchases: list[Purchase]
    new_filing_ids: set[str]


def window_filings(conn: sqlite3.Connection, window: Window) -> list[sqlite3.Row]:
    """``(id, issuer_cik, effective_at)`` of every current filing in the window, oldest first."""
    lo = window.start
    if window.late_from is not None and window.late_from < lo:
        lo = window.late_from
    coarse = (lo - dt.timedelta(days=1)).date().isoformat()  # any offset of a stored ISO time
    late_rowid = window.late_after_rowid if window.late_after_rowid is not None else NO_ROWID
    late_from = sql_time(window.late_from) if window.late_from is not None else sql_time(window.start)
    return conn.execute(
        f"""
        SELECT id, issuer_cik, effective_at FROM (
            SELECT f.id, f.issuer_cik, f.rowid AS rid, {EFFECTIVE} AS effective_at FROM filings f
            WHERE (f.accepted_at >= :coarse OR (f.accepted_at IS NULL AND f.ingested_at >= :coarse)
                   OR f.rowid > :late_rowid)
              AND {not_superseded('f.id')}
              AND f.origin NOT LIKE 'dataset:%'  -- history imported in bulk is not news
        )
        WHERE (effective_at > :start AND effective_at <= :end)
           OR (rid > :late_rowid AND effective_at > :late_from AND effective_at <= :start)
        ORDER BY effective_at, id
        """,
        {"coarse": coarse, "late_rowid": late_rowid, "late_from": late_from,
         "start": sql_time(window.start), "end": sql_time(window.end)},
    ).fetchall()


def watched_filing_ids(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row], issuer_ciks: Sequence[str],
                       owner_ciks: Sequence[str]) -> list[str]:
    """The window's filings about a watched company or by a watched insider, in window order."""
    issuers = set(issuer_ciks)
    chosen = {r["id"] for r in rows if r["issuer_cik"] in issuers}
    if owner_ciks:
        others = [r["id"] for r in rows if r["id"] not in chosen]
        for chunk in chunks(others):
            found = conn.execute(
                f"SELECT DISTINCT filing_id FROM filing_owners WHERE filing_id IN ({marks(chunk)}) "
                f"AND owner_cik IN ({marks(owner_ciks)})",
                [*chunk, *owner_ciks],
            )
            chosen.update(r[0] for r in found)
    return [r["id"] for r in rows if r["id"] in chosen]


def records_for(conn: sqlite3.Connection, filing_ids: Sequence[str], owner_ciks: Sequence[str], *,
                codes: Sequence[str] = ()) -> list[Record]:
    """Every row of these filings (only these transaction codes, when given) as answer records; the
    watched insiders lead their joint filings."""
    rows: list[sqlite3.Row] = []
    for chunk in chunks(filing_ids):
        sql = f"{ENTRY_SELECT} WHERE e.filing_id IN ({marks(chunk)})"
        params = list(chunk)
        if codes:
            sql += f" AND +e.transaction_code IN ({marks(codes)}) AND e.is_holding = 0"
            params.extend(codes)
        rows.extend(conn.execute(sql + " ORDER BY e.filing_id, e.is_derivative, e.table_name, e.seq", params))
    return build_records(conn, rows, Filters(owner_ciks=tuple(owner_ciks)))


def filing_infos(conn: sqlite3.Connection, filing_ids: Sequence[str], effective: dict[str, str],
                 owner_ciks: Sequence[str] = ()) -> dict[str, FilingInfo]:
    out: dict[str, FilingInfo] = {}
    owners = query.filing_owners(conn, filing_ids)
    for chunk in chunks(filing_ids):
        rows = conn.execute(
            "SELECT f.id, f.accession_number, f.document_type, f.is_amendment, f.issuer_cik, f.remarks, f.source, "
            "coalesce(i.name, f.issuer_name, f.issuer_cik) AS issuer_name, "
            "coalesce(i.trading_symbol, f.issuer_trading_symbol) AS ticker "
            f"FROM filings f LEFT JOIN issuers i ON i.cik = f.issuer_cik WHERE f.id IN ({marks(chunk)})",
            chunk,
        )
        for r in rows:
            people = []
            for o in owners.get(r["id"], []):
                name = o["owner_name"] or o["filed_name"] or o["owner_cik"]
                roles = roles_of(o["officer_title"], o["other_text"], o["is_director"], o["is_officer"],
                                 o["is_ten_percent_owner"], r["remarks"])
                people.append(Owner(o["owner_cik"], name, display_name(name),
                                    role_text(o["officer_title"], o["other_text"], o["is_director"],
                                              o["is_officer"], o["is_ten_percent_owner"], r["remarks"]),
                                    sorted(roles), o["owner_cik"] in owner_ciks))
            out[r["id"]] = FilingInfo(
                r["id"], r["accession_number"], r["document_type"], bool(r["is_amendment"]), r["issuer_cik"],
                r["issuer_name"], r["ticker"], effective[r["id"]],
                filing_url(r["issuer_cik"], r["accession_number"], r["source"]), people,
            )
    return out


def largest_trades(conn: sqlite3.Connection, filing_ids: Sequence[str], top: int) -> list[str]:
    """The filings with the ``top`` largest open-market purchases and the ``top`` largest sales
    (dollar value of their P or S rows)."""
    totals: dict[str, list[tuple[float, str]]] = {"P": [], "S": []}
    for chunk in chunks(filing_ids):
        rows = conn.execute(
            "SELECT e.filing_id, e.transaction_code, sum(e.shares * e.price_per_share) FROM entries e "
            f"WHERE e.filing_id IN ({marks(chunk)}) AND e.is_holding = 0 AND e.is_derivative = 0 "
            "AND +e.transaction_code IN ('P', 'S') AND e.price_per_share > 0 AND e.shares > 0 "
            "GROUP BY e.filing_id, e.transaction_code",
            chunk,
        )
        for filing_id, code, value in rows:
            totals[code].append((value, filing_id))
    chosen: list[str] = []
    for code in OPEN_MARKET_CODES:
        for _value, filing_id in sorted(totals[code], key=lambda t: (-t[0], t[1]))[:top]:
            if filing_id not in chosen:
                chosen.append(filing_id)
    return chosen


def purchases_near(conn: sqlite3.Connection, filing_ids: Sequence[str]) -> list[Purchase]:
    """For every company with an open-market purchase in ``filing_ids``: all its stored open-market
    purchases from ``CLUSTER_DAYS`` before the earliest of those on (the material for cluster buys)."""
    first: dict[str, str] = {}
    for chunk in chunks(filing_ids):
        rows = conn.execute(
            "SELECT e.issuer_cik, min(e.transaction_date) FROM entries e "
            f"WHERE e.filing_id IN ({marks(chunk)}) AND +e.transaction_code = 'P' AND e.is_holding = 0 "
            "AND e.is_derivative = 0 AND e.transaction_date IS NOT NULL GROUP BY e.issuer_cik",
            chunk,
        )
        for cik, day in rows:
            if cik not in first or day < first[cik]:
                first[cik] = day
    out: list[Purchase] = []
    for cik, day in sorted(first.items()):
        since = (dt.date.fromisoformat(day[:10]) - dt.timedelta(days=CLUSTER_DAYS)).isoformat()
        rows = conn.execute(
            f"""
            SELECT e.filing_id, e.transaction_date, e.shares, e.price_per_share, f.accession_number, f.source,
                   coalesce(i.name, f.issuer_name, f.issuer_cik) AS issuer_name,
                   coalesce(i.trading_symbol, f.issuer_trading_symbol) AS ticker,
                   fo.owner_cik, coalesce(o.name, fo.name) AS owner_name
            FROM entries e
            JOIN filings f ON f.id = e.filing_id
            LEFT JOIN issuers i ON i.cik = e.issuer_cik
            JOIN filing_owners fo ON fo.filing_id = e.filing_id
                 AND fo.seq = (SELECT min(seq) FROM filing_owners WHERE filing_id = e.filing_id)
            LEFT JOIN owners o ON o.cik = fo.owner_cik
            WHERE e.issuer_cik = ? AND e.transaction_code = 'P' AND e.is_holding = 0 AND e.is_derivative = 0
              AND e.transaction_date >= ? AND {not_superseded('e.filing_id')}
            ORDER BY e.transaction_date, e.filing_id, e.seq
            """,
            (cik, since),
        )
        for r in rows:
            price = r["price_per_share"]
            value = r["shares"] * price if r["shares"] is not None and price and price > 0 else None
            out.append(Purchase(cik, r["issuer_name"], r["ticker"], r["filing_id"], r["owner_cik"],
                                display_name(r["owner_name"]), r["transaction_date"][:10], r["shares"], value,
                                filing_url(cik, r["accession_number"], r["source"])))
    return out


@dataclass(frozen=True)
class _Market:
    """What a digest reads for the whole market in a window: the same for every channel with that window."""

    rows: list[sqlite3.Row]
    market_records: list[Record]
    market_filings: dict[str, FilingInfo]
    purchases: list[Purchase]


# The market-wide reads of the last window read, kept for the next channel of the same digest run: keyed by
# the database file, the window, the top N and the highest rowids of filings and rows (a filing stored,
# amended or stored again changes them), and kept MARKET_REUSE_SECONDS at most.
MARKET_REUSE_SECONDS = 120.0
_MARKET: dict[tuple, tuple[float, _Market]] = {}
_MARKET_LOCK = threading.Lock()


def _market(conn: sqlite3.Connection, window: Window, market_top: int, max_rowid: int) -> _Market:
    database = conn.execute("PRAGMA database_list").fetchone()[2]
    max_entry = conn.execute("SELECT coalesce(max(rowid), 0) FROM entries").fetchone()[0]
    key = (database, window, market_top, max_rowid, max_entry)
    now = time.monotonic()
    with _MARKET_LOCK:
        kept = _MARKET.get(key)
    if database and kept is not None and now - kept[0] <= MARKET_REUSE_SECONDS:
        return kept[1]
    rows = window_filings(conn, window)
    effective = {r["id"]: r["effective_at"] for r in rows}
    market_ids = largest_trades(conn, list(effective), market_top) if market_top else []
    market = _Market(
        rows,
        records_for(conn, market_ids, (), codes=OPEN_MARKET_CODES) if market_ids else [],
        filing_infos(conn, market_ids, effective),
        purchases_near(conn, list(effective)) if market_top else [],
    )
    with _MARKET_LOCK:
        _MARKET.clear()
        _MARKET[key] = (now, market)
    return market


def load_digest(conn: sqlite3.Connection, window: Window, *, issuer_ciks: Sequence[str],
                owner_ciks: Sequence[str], market_top: int) -> DigestData:
    """Everything one channel's digest shows, read in one read transaction. The market-wide part is read
    once per digest run (``_market``): 200 channels with the same window read it once, not 200 times."""
    conn.execute("BEGIN")
    try:
        max_rowid = conn.execute("SELECT coalesce(max(rowid), 0) FROM filings").fetchone()[0]
        market = _market(conn, window, market_top, max_rowid)
        rows = market.rows
        effective = {r["id"]: r["effective_at"] for r in rows}
        watched = watched_filing_ids(conn, rows, issuer_ciks, owner_ciks)
        records = records_for(conn, watched, owner_ciks)
        filings = filing_infos(conn, watched, effective, owner_ciks)
    finally:
        conn.execute("ROLLBACK")
    return DigestData(max_rowid, len(rows), records, filings, list(market.market_records),
                      dict(market.market_filings), list(market.purchases), set(effective))

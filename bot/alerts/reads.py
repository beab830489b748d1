"""What an alert pass reads: the filings stored since the last pass (by ``filings.rowid``, which only grows),
each with its owners and roles and its rows as answer records, and the open-market purchases behind
cluster buys. Filings imported from the SEC's data sets (``origin LIKE 'dataset:%'``) are history and
never read here; filings an amendment replaced are left out, as in answers.

A filing's time is when EDGAR accepted it, or, when that is unknown (a bare XML file), when it was stored:
UTC through SQLite's ``datetime()``, as the digest compares them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from bot.answers import query
from bot.answers.filters import Filters
from bot.answers.query import ENTRY_SELECT
from bot.answers.records import Record, build_records, filing_url
from bot.domain.text import issuer_label, sentence_case
from bot.domain.vocab import display_name, role_text, roles_of
from storage.sql import chunks, marks, not_superseded


@dataclass(frozen=True)
class Person:
    cik: str
    name: str
    role: str
    roles: frozenset[str]


@dataclass
class NewFiling:
    filing_id: str
    rowid: int
    issuer_cik: str
    issuer: str  # 'Acme Corp (ACME)'
    document_type: str
    is_amendment: bool
    effective_at: str  # UTC 'YYYY-MM-DD HH:MM:SS'
    url: str | None
    owners: list[Person] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)  # transaction rows, in document order

    @property
    def form(self) -> str:
        return self.document_type.split("/")[0]

    def purchases(self) -> list[Record]:
        """Open-market purchases of shares (code P, Table I)."""
        return [r for r in self.records if (r.transaction_code or "").upper() == "P" and not r.is_derivative]


@dataclass
class Purchase:
    issuer_cik: str
    filing_id: str
    rowid: int
    buyer_cik: str
    transaction_date: str


def max_rowid(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(rowid), 0) FROM filings").fetchone()[0]


def new_filings(conn: sqlite3.Connection, after_rowid: int, up_to_rowid: int) -> list[NewFiling]:
    """The current filings stored after row ``after_rowid`` up to ``up_to_rowid`` (not data-set history), oldest
    first, with owners and transaction rows."""
    rows = conn.execute(
        f"""
        SELECT f.rowid AS rid, f.id, f.issuer_cik, f.document_type, f.is_amendment, f.accession_number, f.source,
               f.remarks, datetime(coalesce(f.accepted_at, f.ingested_at)) AS effective_at,
               coalesce(i.name, f.issuer_name, f.issuer_cik) AS issuer_name,
               coalesce(i.trading_symbol, f.issuer_trading_symbol) AS ticker
        FROM filings f LEFT JOIN issuers i ON i.cik = f.issuer_cik
        WHERE f.rowid > ? AND f.rowid <= ? AND coalesce(f.origin, '') NOT LIKE 'dataset:%'
          AND {not_superseded('f.id')}
        ORDER BY f.rowid
        """, (after_rowid, up_to_rowid)).fetchall()
    out = {r["id"]: NewFiling(
        r["id"], r["rid"], r["issuer_cik"], sentence_case(issuer_label(r["issuer_name"], r["ticker"])),
        r["document_type"], bool(r["is_amendment"]), r["effective_at"],
        filing_url(r["issuer_cik"], r["accession_number"], r["source"])) for r in rows}
    remarks = {r["id"]: r["remarks"] for r in rows}
    for filing_id, owners in query.filing_owners(conn, list(out)).items():
        for o in owners:
            name = o["owner_name"] or o["filed_name"] or o["owner_cik"]
            flags = (o["officer_title"], o["other_text"], o["is_director"], o["is_officer"], o["is_ten_percent_owner"],
                     remarks[filing_id])
            out[filing_id].owners.append(Person(o["owner_cik"], display_name(name), role_text(*flags),
                                                frozenset(roles_of(*flags))))
    for chunk in chunks(list(out)):
        entries = conn.execute(f"{ENTRY_SELECT} WHERE e.filing_id IN ({marks(chunk)}) AND e.is_holding = 0 "
                               "ORDER BY e.filing_id, e.is_derivative, e.table_name, e.seq", chunk).fetchall()
        for record in build_records(conn, entries, Filters()):
            out[record.filing_id].records.append(record)
    return list(out.values())


def purchases_around(conn: sqlite3.Connection, issuer_cik: str, since: str, until: str,
                     up_to_rowid: int) -> list[Purchase]:
    """The company's stored open-market purchases (Table I, code P) dated ``since`` to ``until`` (ISO days),
    in filings stored up to ``up_to_rowid``; the buyer is the filing's first reporting owner."""
    rows = conn.execute(
        f"""
        SELECT e.filing_id, f.rowid AS rid, e.transaction_date,
               (SELECT owner_cik FROM filing_owners WHERE filing_id = e.filing_id ORDER BY seq LIMIT 1) AS buyer
        FROM entries e JOIN filings f ON f.id = e.filing_id
        WHERE e.issuer_cik = ? AND e.transaction_code = 'P' AND e.is_holding = 0 AND e.is_derivative = 0
          AND e.transaction_date >= ? AND e.transaction_date < ? AND f.rowid <= ?
          AND {not_superseded('e.filing_id')}
        ORDER BY e.transaction_date, f.rowid
        """, (issuer_cik, since, until, up_to_rowid)).fetchall()
    return [Purchase(issuer_cik, r["filing_id"], r["rid"], r["buyer"], r["transaction_date"][:10]) for r in rows
            if r["buyer"]]

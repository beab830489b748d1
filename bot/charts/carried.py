"""What the top insiders held, besides their transactions in the chart: ``held_before(conn, day, owners, issuers,
lead_only)``, the last amount held afterwards of each of their non-derivative positions reported before ``day``
(a transaction or a holding row of a filing no amendment replaced), so a holdings line starts at the period's
start instead of at the first trade in it; and ``holding_rows(...)``, the positions filings in the period
report without a transaction (a trust's shares listed under a sale of directly held ones), so the line
counts them from the filing that reports them.

A position is what ``bot.charts.data`` adds up: the owner, the company, the security and the kind of
ownership (direct, or indirect and how).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from storage.sql import marks, not_superseded

_AS_OF = "coalesce(e.transaction_date, f.period_of_report, substr(f.filed_at, 1, 10))"


@dataclass(frozen=True)
class Carried:
    """A position's last reported amount before the period."""

    owner_cik: str
    issuer_cik: str
    security_title: str | None
    direct_indirect: str | None
    nature_of_ownership: str | None
    shares: float
    date: str
    filing_id: str

    @property
    def key(self) -> tuple:
        return position_key(self.owner_cik, self.issuer_cik, self.security_title, self.direct_indirect,
                            self.nature_of_ownership)


def position_key(owner_cik: str, issuer_cik: str, security_title: str | None, direct_indirect: str | None,
                 nature_of_ownership: str | None) -> tuple:
    return (owner_cik, issuer_cik, (security_title or "").strip().lower(), direct_indirect,
            (nature_of_ownership or "").strip().lower())


def held_before(conn: sqlite3.Connection, day: dt.date, owner_ciks: Sequence[str], issuer_ciks: Sequence[str],
                *, lead_only: bool) -> list[Carried]:
    """The positions of ``owner_ciks`` at ``issuer_ciks`` as last reported before ``day``. ``lead_only``: only
    filings where the owner is the first reporting owner (a company's chart groups a filing by its first owner)."""
    if not owner_ciks or not issuer_ciks:
        return []
    lead = _lead(lead_only)
    rows = conn.execute(
        "SELECT owner_cik, issuer_cik, security_title, direct_indirect, nature_of_ownership, shares, as_of, filing_id "
        "FROM (SELECT fo.owner_cik, e.issuer_cik, e.security_title, e.direct_indirect, e.nature_of_ownership, "
        f"       e.shares_owned_following AS shares, {_AS_OF} AS as_of, e.filing_id, "
        "       row_number() OVER (PARTITION BY fo.owner_cik, e.issuer_cik, lower(trim(coalesce(e.security_title, ''))), "
        "           e.direct_indirect, lower(trim(coalesce(e.nature_of_ownership, ''))) "
        f"           ORDER BY {_AS_OF} DESC, f.filed_at DESC, e.filing_id DESC, e.seq DESC) AS newest "
        "      FROM entries e JOIN filings f ON f.id = e.filing_id JOIN filing_owners fo ON fo.filing_id = e.filing_id "
        f"     WHERE e.is_derivative = 0 AND e.shares_owned_following IS NOT NULL AND {not_superseded('f.id')} "
        f"       AND fo.owner_cik IN ({marks(owner_ciks)}) AND e.issuer_cik IN ({marks(issuer_ciks)}) "
        f"       AND {_AS_OF} < ? {lead}) WHERE newest = 1",
        (*owner_ciks, *issuer_ciks, day.isoformat()),
    ).fetchall()
    return [Carried(r[0], r[1], r[2], r[3], r[4], float(r[5]), r[6][:10], r[7]) for r in rows]


def holding_rows(conn: sqlite3.Connection, owner_ciks: Sequence[str], issuer_ciks: Sequence[str],
                 first: dt.date | None, last: dt.date | None, *, lead_only: bool) -> list[Carried]:
    """The non-derivative holding rows (positions reported without a transaction) of ``owner_ciks`` at
    ``issuer_ciks`` dated ``first``..``last`` (either open), oldest first."""
    if not owner_ciks or not issuer_ciks:
        return []
    clauses = [f"{_AS_OF} >= ?"] * bool(first) + [f"{_AS_OF} <= ?"] * bool(last)
    dates = tuple(d.isoformat() for d in (first, last) if d)
    rows = conn.execute(
        f"SELECT fo.owner_cik, e.issuer_cik, e.security_title, e.direct_indirect, e.nature_of_ownership, "
        f"e.shares_owned_following, {_AS_OF}, e.filing_id "
        "FROM entries e JOIN filings f ON f.id = e.filing_id JOIN filing_owners fo ON fo.filing_id = e.filing_id "
        f"WHERE e.is_holding = 1 AND e.is_derivative = 0 AND e.shares_owned_following IS NOT NULL "
        f"AND {not_superseded('f.id')} AND fo.owner_cik IN ({marks(owner_ciks)}) "
        f"AND e.issuer_cik IN ({marks(issuer_ciks)}) {''.join(' AND ' + c for c in clauses)} {_lead(lead_only)} "
        f"ORDER BY {_AS_OF}, f.filed_at, e.filing_id, e.seq",
        (*owner_ciks, *issuer_ciks, *dates),
    ).fetchall()
    return [Carried(r[0], r[1], r[2], r[3], r[4], float(r[5]), r[6][:10], r[7]) for r in rows]


def _lead(lead_only: bool) -> str:
    return ("AND fo.seq = (SELECT min(first.seq) FROM filing_owners first WHERE first.filing_id = fo.filing_id)"
            if lead_only else "")

"""One filing reached by two roads that do not share a key: a bare XML file (no accession number, so
stored as ``sha1:<content hash>``) and the SEC data set (the accession number, values rounded to the
cent, so another content hash). The two are the same filing when they agree on everything both roads
carry exactly: the issuer, the form, the period of report, the reporting owners, and each row's table,
code, date and shares to the cent.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from bot.domain.filing import Filing

RowKey = tuple[str, str, str, float]


class Identity(NamedTuple):
    issuer_cik: str
    document_type: str
    period: str
    owners: tuple[str, ...]
    rows: tuple[RowKey, ...]


def _row_key(table: str, code: str | None, date: str | None, shares: float | None) -> RowKey:
    return (table, code or "", (date or "")[:10], round(shares or 0.0, 2))


def identity_of(filing: Filing) -> Identity:
    return Identity(
        filing.issuer.cik, filing.document_type, (filing.period_of_report or "")[:10],
        tuple(sorted({o.cik for o in filing.reporting_owners})),
        tuple(sorted(_row_key(r.table, r.transaction_code, r.transaction_date, r.shares) for r in filing.rows)),
    )


def _stored_identity(conn: sqlite3.Connection, fid: str, issuer_cik: str, document_type: str,
                     period: str | None) -> Identity:
    owners = tuple(sorted(r[0] for r in conn.execute(
        "SELECT owner_cik FROM filing_owners WHERE filing_id = ?", (fid,))))
    rows = tuple(sorted(_row_key(*r) for r in conn.execute(
        "SELECT table_name, transaction_code, transaction_date, shares FROM entries WHERE filing_id = ?", (fid,))))
    return Identity(issuer_cik, document_type, (period or "")[:10], owners, rows)


def same_filing_by_other_road(conn: sqlite3.Connection, filing: Filing, *, dataset: bool) -> str | None:
    """The id of the stored copy of ``filing`` that came by the other road: for a bare XML filing its
    data-set copy (``dataset=False``), for a data-set filing its bare-XML copy (``dataset=True``)."""
    wanted = identity_of(filing)
    other = ("f.origin LIKE 'dataset:%'" if not dataset else "f.id LIKE 'sha1:%'")
    candidates = conn.execute(
        f"SELECT f.id, f.issuer_cik, f.document_type, f.period_of_report FROM filings f "
        f"WHERE f.issuer_cik = ? AND f.document_type = ? AND substr(f.period_of_report, 1, 10) = ? AND {other}",
        (wanted.issuer_cik, wanted.document_type, wanted.period),
    ).fetchall()
    for fid, issuer_cik, document_type, period in candidates:
        if _stored_identity(conn, fid, issuer_cik, document_type, period) == wanted:
            return fid
    return None

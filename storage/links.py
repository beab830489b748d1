"""What storing a filing implies for other rows: the issuer's and owners' names (and the issuer's ticker)
from their newest filing by period of report, and amendments linked to their originals whichever of the
two arrives first. Called inside the write transaction of ``storage.writes``."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

# Ticker placeholders filers use for companies without a listed symbol.
NO_SYMBOL = ("", "NONE", "N/A", "NA")


# --- issuers and owners -----------------------------------------------------------------------------

def clean_symbol(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().upper()
    return None if value in NO_SYMBOL else value


_NEWEST = "ORDER BY f.period_of_report DESC, f.filed_at DESC, f.id DESC LIMIT 1"


def refresh_issuer(conn: sqlite3.Connection, cik: str, stamp: str) -> None:
    """Name and ticker from the issuer's newest filing (by period of report) that states them."""
    name = conn.execute(
        f"SELECT f.issuer_name FROM filings f WHERE f.issuer_cik = ? AND f.issuer_name IS NOT NULL {_NEWEST}",
        (cik,),
    ).fetchone()
    symbol = conn.execute(
        "SELECT f.issuer_trading_symbol FROM filings f WHERE f.issuer_cik = ? "
        f"AND upper(trim(coalesce(f.issuer_trading_symbol, ''))) NOT IN ({', '.join('?' for _ in NO_SYMBOL)}) "
        f"{_NEWEST}",
        (cik, *NO_SYMBOL),
    ).fetchone()
    conn.execute(
        """
        UPDATE issuers SET
            name = COALESCE(:name, name),
            trading_symbol = COALESCE(:symbol, trading_symbol),
            updated_at = :stamp
        WHERE cik = :cik
          AND (name IS NOT COALESCE(:name, name) OR trading_symbol IS NOT COALESCE(:symbol, trading_symbol))
        """,
        {"name": name[0] if name else None, "symbol": clean_symbol(symbol[0]) if symbol else None,
         "stamp": stamp, "cik": cik},
    )


def refresh_owners(conn: sqlite3.Connection, ciks: Sequence[str]) -> None:
    """Each owner's name as given in their newest filing (by period of report)."""
    for cik in ciks:
        row = conn.execute(
            "SELECT fo.name FROM filing_owners fo JOIN filings f ON f.id = fo.filing_id "
            f"WHERE fo.owner_cik = ? AND fo.name IS NOT NULL {_NEWEST}",
            (cik,),
        ).fetchone()
        if row is not None:
            conn.execute(
                "UPDATE owners SET name = ? WHERE cik = ? AND name IS NOT ?", (row[0], cik, row[0])
            )


# --- amendments ---------------------------------------------------------------------------------------

_AMENDMENTS_OF_ORIGINAL = """
    SELECT f.id FROM filings f
    WHERE f.issuer_cik = ?1 AND f.form = ?2 AND f.is_amendment = 1
      AND (f.amends_filing_id IS NULL
           OR substr(f.period_of_report, 1, 10) = substr(?4, 1, 10)
           OR substr(f.date_of_original_submission, 1, 10) IN (substr(?5, 1, 10), substr(?6, 1, 10)))
      AND EXISTS (SELECT 1 FROM filing_owners mine CROSS JOIN filing_owners fo
                  WHERE mine.filing_id = ?3 AND fo.filing_id = f.id AND fo.owner_cik = mine.owner_cik)
    ORDER BY f.id
"""
"""The amendments an original (``?3``) may be the original of: same issuer (``?1``) and form (``?2``), a reporting
owner in common, and unlinked or matching it on period (``?4``) or date of original submission (``?5``, ``?6``).
Read through the company's amendments of that form (``storage.sql.AMENDMENTS_INDEX``, migration m014: a handful
even at decade scale), not all its filings (``idx_filings_issuer``: hundreds, 1 ms a filing stored)."""


def link_amendments(conn: sqlite3.Connection, fid: str) -> None:
    """Link ``fid`` to its original if it is an amendment, or its amendments to it if it is an original."""
    row = conn.execute(
        "SELECT is_amendment, issuer_cik, form, period_of_report, filed_at, signed_at "
        "FROM filings WHERE id = ?",
        (fid,),
    ).fetchone()
    is_amendment, issuer_cik, form, period, filed_at, signed_at = row
    if is_amendment:
        _link_one(conn, fid)
        return
    amendments = conn.execute(_AMENDMENTS_OF_ORIGINAL, (issuer_cik, form, fid, period, filed_at, signed_at)).fetchall()
    for (amendment_id,) in amendments:
        _link_one(conn, amendment_id)


def _owner_set(conn: sqlite3.Connection, fid: str) -> frozenset[str]:
    return frozenset(r[0] for r in conn.execute(
        "SELECT owner_cik FROM filing_owners WHERE filing_id = ?", (fid,)
    ))


def _link_one(conn: sqlite3.Connection, amendment_id: str) -> None:
    """Point an amendment at its original: same issuer and form, a reporting owner in common, and the
    same period of report; failing that, filed or signed on the amendment's dateOfOriginalSubmission.
    Among several, the one with exactly the same owners wins, then one matching on both, then the
    latest filed. With no candidate the amendment stays as it is."""
    issuer_cik, form, period, original_date = conn.execute(
        "SELECT issuer_cik, form, period_of_report, date_of_original_submission FROM filings WHERE id = ?",
        (amendment_id,),
    ).fetchone()
    owners = _owner_set(conn, amendment_id)
    candidates = conn.execute(
        """
        SELECT id, substr(period_of_report, 1, 10) = substr(:period, 1, 10),
               coalesce(substr(:original, 1, 10) IN (substr(filed_at, 1, 10), substr(signed_at, 1, 10)), 0),
               coalesce(filed_at, '')
        FROM filings
        WHERE issuer_cik = :issuer AND form = :form AND is_amendment = 0 AND id != :id
          AND (substr(period_of_report, 1, 10) = substr(:period, 1, 10)
               OR substr(:original, 1, 10) IN (substr(filed_at, 1, 10), substr(signed_at, 1, 10)))
        """,
        {"issuer": issuer_cik, "form": form, "id": amendment_id, "period": period,
         "original": original_date},
    ).fetchall()
    best: tuple | None = None
    for cid, period_match, date_match, filed in candidates:
        theirs = _owner_set(conn, cid)
        if not theirs & owners:
            continue
        key = (bool(period_match), theirs == owners, bool(date_match), filed, cid)
        if best is None or key > best:
            best = key
    if best is not None:
        conn.execute(
            "UPDATE filings SET amends_filing_id = ? WHERE id = ? AND amends_filing_id IS NOT ?",
            (best[-1], amendment_id, best[-1]),
        )

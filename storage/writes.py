"""The write side of the store: parsed filings in, one short write transaction per filing.

Storing is idempotent. A filing's id is its accession number, or ``sha1:<content_hash>`` when it was
read from a bare XML file; the same filing seen later with its accession is re-keyed in place.
Issuer and owner names (and the issuer's ticker) are taken from their newest filing by period of
report, so the result does not depend on the order filings arrive in. Amendments are linked to
their original whichever of the two arrives first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Literal

import sqlite_utils

from bot.domain.filing import Filing
from storage.links import clean_symbol, link_amendments, refresh_issuer, refresh_owners

Outcome = Literal["new", "unchanged", "updated"]

_ACCESSION_DIGITS = re.compile(r"^\d{18}$")


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def normalize_accession(accession_number: str | None) -> str | None:
    """``0001127602-25-001055`` whether given with or without dashes; None stays None."""
    if accession_number is None:
        return None
    value = accession_number.strip()
    if _ACCESSION_DIGITS.match(value):
        return f"{value[:10]}-{value[10:12]}-{value[12:]}"
    return value or None


def filing_id(filing: Filing) -> str:
    """The primary key a filing is stored under."""
    if not filing.content_hash:
        raise ValueError("filing has no content_hash")
    return normalize_accession(filing.accession_number) or f"sha1:{filing.content_hash}"


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on error); a savepoint inside an open transaction.

    Taking the write lock up front avoids the WAL trap where a deferred transaction that reads
    first fails with SQLITE_BUSY when it tries to write.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def filing_exists(db: sqlite_utils.Database, accession_number: str) -> bool:
    """Whether a filing with this accession number (dashed or not) is stored."""
    accession = normalize_accession(accession_number)
    row = db.conn.execute(
        "SELECT 1 FROM filings WHERE accession_number = ? LIMIT 1", (accession,)
    ).fetchone()
    return row is not None


def issuer_cik_by_symbol(db: sqlite_utils.Database, symbol: str) -> str | None:
    """The CIK of a stored issuer whose ticker is ``symbol`` (any case), or None."""
    row = db.conn.execute(
        "SELECT cik FROM issuers WHERE upper(trading_symbol) = ? LIMIT 1", (symbol.upper(),)
    ).fetchone()
    return row[0] if row else None


def record_rejection(
    db: sqlite_utils.Database, source: str, reason: str, content_hash: str | None = None
) -> None:
    """Remember that ``source`` could not be read or stored. Upsert by source; the same rejection
    recorded again leaves the row (and its ``rejected_at``) as it was."""
    with write_transaction(db) as conn:
        conn.execute(
            """
            INSERT INTO rejections (source, reason, content_hash, rejected_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (source) DO UPDATE SET
                reason = excluded.reason,
                content_hash = excluded.content_hash,
                rejected_at = excluded.rejected_at
            WHERE rejections.reason IS NOT excluded.reason
               OR rejections.content_hash IS NOT excluded.content_hash
            """,
            (source, reason, content_hash, now_utc()),
        )


def clear_rejection(db: sqlite_utils.Database, source: str) -> bool:
    """Forget an earlier rejection of ``source`` (it has now been stored); True if there was one."""
    if db.conn.execute("SELECT 1 FROM rejections WHERE source = ?", (source,)).fetchone() is None:
        return False
    with write_transaction(db) as conn:
        conn.execute("DELETE FROM rejections WHERE source = ?", (source,))
    return True


def store_filing(db: sqlite_utils.Database, filing: Filing) -> Outcome:
    """Store one parsed filing in its own write transaction.

    Returns "new" when it was not stored before; "unchanged" when the same filing (same id, or the
    same content already stored under an accession) is there with nothing to add; "updated" when a
    bare-XML copy was re-keyed to its accession, missing header fields were filled in, or the
    content under the same accession changed (its rows are then replaced).
    """
    fid = filing_id(filing)
    accession = normalize_accession(filing.accession_number)
    with write_transaction(db) as conn:
        existing = conn.execute(
            "SELECT content_hash, issuer_cik FROM filings WHERE id = ?", (fid,)
        ).fetchone()
        if existing is not None:
            if existing[0] == filing.content_hash:
                return _fill_header(conn, fid, filing)
            _replace(conn, fid, filing, old_issuer_cik=existing[1])
            return "updated"
        if accession is None:
            if conn.execute(
                "SELECT 1 FROM filings WHERE content_hash = ? LIMIT 1", (filing.content_hash,)
            ).fetchone():
                return "unchanged"
        else:
            bare_id = f"sha1:{filing.content_hash}"
            if conn.execute("SELECT 1 FROM filings WHERE id = ?", (bare_id,)).fetchone():
                _rekey(conn, bare_id, fid, filing)
                return "updated"
        _insert(conn, fid, filing)
        return "new"


# --- rows ---------------------------------------------------------------------------------------

def _flag(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def _signed_at(filing: Filing) -> str | None:
    dates = [s.date for s in filing.signatures if s.date]
    return max(dates) if dates else None


def _form(document_type: str) -> str:
    return document_type.strip().upper().split("/", 1)[0]


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


_FILING_COLUMNS = (
    "id", "accession_number", "content_hash", "document_type", "form", "is_amendment",
    "schema_version", "period_of_report", "date_of_original_submission", "not_subject_to_section16",
    "no_securities_owned", "form3_holdings_reported", "form4_transactions_reported", "aff10b5one",
    "remarks", "issuer_cik", "issuer_name", "issuer_trading_symbol", "issuer_foreign_trading_symbol",
    "filed_at", "accepted_at", "signed_at", "source", "ingested_at",
)
_INSERT_FILING = _insert_sql("filings", _FILING_COLUMNS)
# Columns that come from the document itself (everything but the key, header and bookkeeping).
_CONTENT_COLUMNS = (
    "content_hash", "document_type", "form", "is_amendment", "schema_version", "period_of_report",
    "date_of_original_submission", "not_subject_to_section16", "no_securities_owned",
    "form3_holdings_reported", "form4_transactions_reported", "aff10b5one", "remarks", "issuer_cik",
    "issuer_name", "issuer_trading_symbol", "issuer_foreign_trading_symbol", "signed_at",
)

_OWNER_COLUMNS = (
    "filing_id", "owner_cik", "seq", "name", "street1", "street2", "city", "state", "zip_code",
    "state_description", "non_us_address_flag", "non_us_state_territory", "country", "is_director",
    "is_officer", "is_ten_percent_owner", "is_other", "officer_title", "other_text",
)
_INSERT_OWNER = _insert_sql("filing_owners", _OWNER_COLUMNS)

_ENTRY_VALUE_FIELDS = (
    "security_title", "transaction_date", "deemed_execution_date", "transaction_form_type",
    "transaction_code", "equity_swap_involved", "transaction_timeliness", "shares", "price_per_share",
    "acquired_disposed", "shares_owned_following", "value_owned_following", "direct_indirect",
    "nature_of_ownership", "conversion_or_exercise_price", "exercise_date", "expiration_date",
    "underlying_security_title", "underlying_shares", "underlying_value", "total_value",
)
_ENTRY_COLUMNS = (
    "id", "filing_id", "table_name", "seq", "is_derivative", "is_holding", "issuer_cik",
    *_ENTRY_VALUE_FIELDS, "footnote_ids",
)
_INSERT_ENTRY = _insert_sql("entries", _ENTRY_COLUMNS)


def _filing_row(fid: str, filing: Filing, ingested_at: str) -> tuple:
    issuer = filing.issuer
    return (
        fid, normalize_accession(filing.accession_number), filing.content_hash, filing.document_type,
        _form(filing.document_type), int(filing.is_amendment), filing.schema_version,
        filing.period_of_report, filing.date_of_original_submission,
        _flag(filing.not_subject_to_section16), _flag(filing.no_securities_owned),
        _flag(filing.form3_holdings_reported), _flag(filing.form4_transactions_reported),
        _flag(filing.aff10b5one), filing.remarks, issuer.cik, issuer.name, issuer.trading_symbol,
        issuer.foreign_trading_symbol, filing.filed_at, filing.accepted_at, _signed_at(filing),
        filing.source, ingested_at,
    )


def _owner_rows(fid: str, filing: Filing) -> list[tuple]:
    rows, seen = [], set()
    for seq, o in enumerate(filing.reporting_owners, start=1):
        if o.cik in seen:  # the same owner block twice: the key is (filing, owner)
            continue
        seen.add(o.cik)
        rows.append((
            fid, o.cik, seq, o.name, o.street1, o.street2, o.city, o.state, o.zip_code,
            o.state_description, _flag(o.non_us_address_flag), o.non_us_state_territory, o.country,
            int(o.is_director), int(o.is_officer), int(o.is_ten_percent_owner), int(o.is_other),
            o.officer_title, o.other_text,
        ))
    return rows


def _entry_rows(fid: str, filing: Filing) -> list[tuple]:
    cik = filing.issuer.cik
    rows = []
    for r in filing.rows:
        values = [getattr(r, name) for name in _ENTRY_VALUE_FIELDS]
        values[5] = _flag(r.equity_swap_involved)
        rows.append((
            f"{fid}:{r.table}:{r.seq}", fid, r.table, r.seq, int(r.is_derivative), int(r.is_holding),
            cik, *values, json.dumps(r.footnote_ids, separators=(",", ":")) if r.footnote_ids else "{}",
        ))
    return rows


# --- the steps of store_filing --------------------------------------------------------------------

def _insert(conn: sqlite3.Connection, fid: str, filing: Filing) -> None:
    """A filing not stored before. The issuer's and owners' names are looked up again only when this
    filing names them differently: a filing that repeats the stored name cannot change it."""
    stamp = now_utc()
    issuer = filing.issuer
    ticker = clean_symbol(issuer.trading_symbol)
    stored = conn.execute("SELECT name, trading_symbol FROM issuers WHERE cik = ?", (issuer.cik,)).fetchone()
    if stored is None:
        conn.execute(
            "INSERT INTO issuers (cik, name, trading_symbol, updated_at) VALUES (?, ?, ?, ?)",
            (issuer.cik, issuer.name, ticker, stamp),
        )
    owners = {o.cik: o.name for o in filing.reporting_owners}
    known = dict(conn.execute(
        f"SELECT cik, name FROM owners WHERE cik IN ({', '.join('?' for _ in owners)})", list(owners)
    ).fetchall())
    conn.executemany(
        "INSERT INTO owners (cik, name) VALUES (?, ?)",
        [(cik, name) for cik, name in owners.items() if cik not in known],
    )
    conn.execute(_INSERT_FILING, _filing_row(fid, filing, stamp))
    _insert_children(conn, fid, filing)
    if stored is not None and (
        (issuer.name is not None and issuer.name != stored[0]) or (ticker is not None and ticker != stored[1])
    ):
        refresh_issuer(conn, issuer.cik, stamp)
    refresh_owners(conn, [cik for cik, name in owners.items()
                           if cik in known and name is not None and name != known[cik]])
    link_amendments(conn, fid)


def _insert_children(conn: sqlite3.Connection, fid: str, filing: Filing) -> None:
    conn.executemany(_INSERT_OWNER, _owner_rows(fid, filing))
    conn.executemany(_INSERT_ENTRY, _entry_rows(fid, filing))
    conn.executemany(
        "INSERT INTO footnotes (filing_id, footnote_id, text) VALUES (?, ?, ?)",
        [(fid, key, text) for key, text in filing.footnotes.items()],
    )
    conn.executemany(
        "INSERT INTO signatures (filing_id, seq, name, date) VALUES (?, ?, ?, ?)",
        [(fid, seq, s.name, s.date) for seq, s in enumerate(filing.signatures, start=1)],
    )


def _fill_header(conn: sqlite3.Connection, fid: str, filing: Filing) -> Outcome:
    """Same filing, same content: fill header fields the stored copy lacks, touch nothing else."""
    cur = conn.execute(
        """
        UPDATE filings SET
            filed_at = COALESCE(filed_at, :filed_at),
            accepted_at = COALESCE(accepted_at, :accepted_at)
        WHERE id = :id
          AND ((filed_at IS NULL AND :filed_at IS NOT NULL)
               OR (accepted_at IS NULL AND :accepted_at IS NOT NULL))
        """,
        {"id": fid, "filed_at": filing.filed_at, "accepted_at": filing.accepted_at},
    )
    if cur.rowcount == 0:
        return "unchanged"
    link_amendments(conn, fid)
    return "updated"


def _rekey(conn: sqlite3.Connection, old: str, new: str, filing: Filing) -> None:
    """A filing stored from a bare XML file, now seen with its accession number: move it to the new key.

    With foreign keys on, ON UPDATE CASCADE moves the child rows; the explicit updates after it
    do the same job on a connection that has foreign keys off (and match nothing otherwise).
    """
    conn.execute(
        """
        UPDATE filings SET
            id = :new, accession_number = :new,
            filed_at = COALESCE(:filed_at, filed_at),
            accepted_at = COALESCE(:accepted_at, accepted_at),
            source = COALESCE(:source, source)
        WHERE id = :old
        """,
        {"old": old, "new": new, "filed_at": filing.filed_at, "accepted_at": filing.accepted_at,
         "source": filing.source},
    )
    for table in ("filing_owners", "entries", "footnotes", "signatures"):
        conn.execute(f"UPDATE {table} SET filing_id = ? WHERE filing_id = ?", (new, old))
    conn.execute("UPDATE filings SET amends_filing_id = ? WHERE amends_filing_id = ?", (new, old))
    conn.execute(
        "UPDATE entries SET id = filing_id || ':' || table_name || ':' || seq WHERE filing_id = ?", (new,)
    )
    refresh_issuer(conn, filing.issuer.cik, now_utc())  # filed_at breaks ties between same-period filings
    refresh_owners(conn, sorted({o.cik for o in filing.reporting_owners}))
    link_amendments(conn, new)


def _replace(conn: sqlite3.Connection, fid: str, filing: Filing, old_issuer_cik: str) -> None:
    """Same accession, different content: replace the document's columns and all its rows."""
    stamp = now_utc()
    old_owners = [r[0] for r in conn.execute(
        "SELECT owner_cik FROM filing_owners WHERE filing_id = ?", (fid,)
    )]
    for table in ("filing_owners", "entries", "footnotes", "signatures"):
        conn.execute(f"DELETE FROM {table} WHERE filing_id = ?", (fid,))
    issuer = filing.issuer
    conn.execute(
        "INSERT INTO issuers (cik, name, trading_symbol, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (cik) DO NOTHING",
        (issuer.cik, issuer.name, clean_symbol(issuer.trading_symbol), stamp),
    )
    conn.executemany(
        "INSERT INTO owners (cik, name) VALUES (?, ?) ON CONFLICT (cik) DO NOTHING",
        [(o.cik, o.name) for o in filing.reporting_owners],
    )
    row = dict(zip(_FILING_COLUMNS, _filing_row(fid, filing, stamp), strict=True))
    assignments = ", ".join(f"{c} = :{c}" for c in _CONTENT_COLUMNS)
    conn.execute(
        f"UPDATE filings SET {assignments}, filed_at = COALESCE(:filed_at, filed_at), "
        "accepted_at = COALESCE(:accepted_at, accepted_at), source = COALESCE(:source, source), "
        "amends_filing_id = CASE WHEN :is_amendment THEN amends_filing_id END "
        "WHERE id = :id",
        row,
    )
    _insert_children(conn, fid, filing)
    for cik in {old_issuer_cik, issuer.cik}:
        refresh_issuer(conn, cik, stamp)
    refresh_owners(conn, sorted(set(old_owners) | {o.cik for o in filing.reporting_owners}))
    link_amendments(conn, fid)

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
import sqlite3
from collections.abc import Iterator
from typing import Literal

import sqlite_utils

from bot.domain.filing import Filing
from bot.domain.links import stored_source
from storage import aggregates
from storage.compact import SAME_CONTENT_SQL
from storage.identity import same_filing_by_other_road
from storage.links import clean_symbol, link_amendments, refresh_issuer, refresh_owners
from storage.rows import (
    CONTENT_COLUMNS,
    FILING_COLUMNS,
    INSERT_ENTRY,
    INSERT_FILING,
    INSERT_FOOTNOTE,
    INSERT_OWNER,
    INSERT_SIGNATURE,
    entry_rows,
    filing_row,
    footnote_rows,
    normalize_accession,
    owner_rows,
    signature_rows,
)

Outcome = Literal["new", "unchanged", "updated"]

XML, SUBMISSION, DATASET_PREFIX = "xml", "submission", "dataset:"

def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def origin_of(filing: Filing) -> str:
    """Where a parsed filing came from when not said: ``submission`` with an accession number (a ``.txt``
    or ``.nc``), else ``xml`` (a bare ownership document)."""
    return SUBMISSION if normalize_accession(filing.accession_number) else XML


def is_dataset(origin: str | None) -> bool:
    return bool(origin) and origin.startswith(DATASET_PREFIX)


def stored_copy_stays(origin: str, stored_origin: str | None) -> bool:
    """A data-set copy meeting a filing stored from its XML or submission: those have exact decimals and
    the acceptance time, so the stored copy stays and the outcome is "unchanged"."""
    return is_dataset(origin) and not is_dataset(stored_origin)


def filing_id(filing: Filing) -> str:
    """The primary key a filing is stored under."""
    if not filing.content_hash:
        raise ValueError("filing has no content_hash")
    return normalize_accession(filing.accession_number) or f"sha1:{filing.content_hash}"


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on error); a savepoint inside an open transaction. The
    pre-aggregated days the writes touched (``storage.aggregates``) are brought up to date before the commit.

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
        aggregates.refresh(conn)  # once per transaction: a batch of filings refreshes each touched day once
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


def store_filing(db: sqlite_utils.Database, filing: Filing, *, origin: str | None = None) -> Outcome:
    """Store one parsed filing in its own write transaction.

    ``origin`` says where it came from (``xml``, ``submission``, ``dataset:2023q3``); by default
    :func:`origin_of` the filing. Returns "new" when it was not stored before; "unchanged" when the same
    filing (same id, or the same content already stored under an accession) is there with nothing to
    add, or when a data-set copy meets a filing stored from its XML or submission (those have exact
    decimals and the acceptance time: they stay); "updated" when a bare-XML copy was re-keyed to its
    accession, missing header fields were filled in, the content under the same accession changed
    (its rows are then replaced), or the XML or submission of a filing stored from a data set arrived
    (it replaces the data-set copy).
    """
    origin = origin or origin_of(filing)
    with write_transaction(db) as conn:
        return _store(conn, filing, origin)  # the aggregates are refreshed when the outer transaction commits


def _store(conn: sqlite3.Connection, filing: Filing, origin: str) -> Outcome:
    """The writes of :func:`store_filing`, inside its transaction."""
    fid = filing_id(filing)
    existing = conn.execute(
        "SELECT content_hash, issuer_cik, origin FROM filings WHERE id = ?", (fid,)
    ).fetchone()
    if existing is not None:
        if stored_copy_stays(origin, existing[2]):
            return "unchanged"
        if existing[0] == filing.content_hash and is_dataset(existing[2]) == is_dataset(origin):
            return _fill_header(conn, fid, filing)
        _replace(conn, fid, filing, old_issuer_cik=existing[1], origin=origin)
        return "updated"
    outcome = (_bare_xml_seen(conn, filing, origin) if normalize_accession(filing.accession_number) is None
               else _accession_seen(conn, fid, filing, origin))
    if outcome is not None:
        return outcome
    _insert(conn, fid, filing, origin)
    return "new"


def _bare_xml_seen(conn: sqlite3.Connection, filing: Filing, origin: str) -> Outcome | None:
    """A bare XML file's filing that is stored already: under its content, or as its data-set copy
    (which the XML then replaces, keeping the data set's accession number)."""
    if conn.execute(SAME_CONTENT_SQL, (filing.content_hash,)).fetchone():
        return "unchanged"
    copy = same_filing_by_other_road(conn, filing, dataset=False)
    if copy is None:
        return None
    _replace(conn, copy, filing, old_issuer_cik=filing.issuer.cik, origin=origin)
    return "updated"


def _accession_seen(conn: sqlite3.Connection, fid: str, filing: Filing, origin: str) -> Outcome | None:
    """A filing with its accession number that is stored already from a bare XML file: under its
    content hash, or (for a data-set copy, whose rounded values hash differently) by what both roads
    carry. The stored filing takes the accession number; a data-set copy leaves the XML's content."""
    bare_id = f"sha1:{filing.content_hash}"
    if not conn.execute("SELECT 1 FROM filings WHERE id = ?", (bare_id,)).fetchone():
        bare_id = same_filing_by_other_road(conn, filing, dataset=True) if is_dataset(origin) else None
    if bare_id is None:
        return None
    _rekey(conn, bare_id, fid, filing, origin)
    return "updated"


# --- the steps of store_filing --------------------------------------------------------------------

def _insert(conn: sqlite3.Connection, fid: str, filing: Filing, origin: str) -> None:
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
    conn.execute(INSERT_FILING, filing_row(fid, filing, stamp, origin))
    _insert_children(conn, fid, filing)
    if stored is not None and (
        (issuer.name is not None and issuer.name != stored[0]) or (ticker is not None and ticker != stored[1])
    ):
        refresh_issuer(conn, issuer.cik, stamp)
    refresh_owners(conn, [cik for cik, name in owners.items()
                           if cik in known and name is not None and name != known[cik]])
    link_amendments(conn, fid)


def _insert_children(conn: sqlite3.Connection, fid: str, filing: Filing) -> None:
    conn.executemany(INSERT_OWNER, owner_rows(fid, filing))
    conn.executemany(INSERT_ENTRY, entry_rows(fid, filing))
    conn.executemany(INSERT_FOOTNOTE, footnote_rows(fid, filing))
    conn.executemany(INSERT_SIGNATURE, signature_rows(fid, filing))


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


def _rekey(conn: sqlite3.Connection, old: str, new: str, filing: Filing, origin: str) -> None:
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
            source = CASE WHEN :given_source IS NULL THEN source ELSE :source END,
            origin = CASE WHEN :dataset THEN origin ELSE :origin END
        WHERE id = :old
        """,
        {"old": old, "new": new, "filed_at": filing.filed_at, "accepted_at": filing.accepted_at,
         "given_source": filing.source, "source": stored_source(filing.source, filing.issuer.cik, new),
         "origin": origin, "dataset": is_dataset(origin)},
    )
    for table in ("filing_owners", "entries", "footnotes", "signatures"):
        conn.execute(f"UPDATE {table} SET filing_id = ? WHERE filing_id = ?", (new, old))
    conn.execute("UPDATE filings SET amends_filing_id = ? WHERE amends_filing_id = ?", (new, old))
    # (the rows' key, entries.id, is generated from filing_id: it follows by itself)
    refresh_issuer(conn, filing.issuer.cik, now_utc())  # filed_at breaks ties between same-period filings
    refresh_owners(conn, sorted({o.cik for o in filing.reporting_owners}))
    link_amendments(conn, new)


def _replace(conn: sqlite3.Connection, fid: str, filing: Filing, old_issuer_cik: str, origin: str) -> None:
    """Same accession, different content (or a data-set copy meeting its XML): replace the document's
    columns and all its rows. Header fields the new copy lacks are kept, except that a data-set copy's
    source link gives way to the path or URL of the XML or submission."""
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
    row = dict(zip(FILING_COLUMNS, filing_row(fid, filing, stamp, origin), strict=True), given_source=filing.source)
    assignments = ", ".join(f"{c} = :{c}" for c in CONTENT_COLUMNS)
    conn.execute(
        f"UPDATE filings SET {assignments}, filed_at = COALESCE(:filed_at, filed_at), "
        "accepted_at = COALESCE(:accepted_at, accepted_at), "
        "source = CASE WHEN :given_source IS NULL THEN source ELSE :source END, "
        "origin = :origin, "
        "amends_filing_id = CASE WHEN :is_amendment THEN amends_filing_id END "
        "WHERE id = :id",
        row,
    )
    _insert_children(conn, fid, filing)
    for cik in {old_issuer_cik, issuer.cik}:
        refresh_issuer(conn, cik, stamp)
    refresh_owners(conn, sorted(set(old_owners) | {o.cik for o in filing.reporting_owners}))
    link_amendments(conn, fid)

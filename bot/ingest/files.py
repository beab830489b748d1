"""Files and folders of filings into the store (``insiderbot ingest``).

Files are parsed outside any transaction, then stored a batch at a time: one write transaction per
``BATCH_SIZE`` files (far fewer WAL pages than one per filing), each filing in its own savepoint. A file
that cannot be parsed or stored is recorded in ``rejections`` with the reason and the batch goes on;
only an error of the database itself (locked, read-only, disk full) stops it.

When the disk (or the database's size limit) fills up, the filing being written is rolled back, the
filings before it in its batch are committed, and :class:`IngestFull` stops the run with the report so
far: the same command run again after space is freed stores the rest (what is stored is "unchanged").
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import sqlite_utils

from bot.domain.filing import Filing
from bot.ownership.parser import OwnershipParseError, filing_files, parse_path
from storage.db import DatabaseFull, storage_problem
from storage.writes import clear_rejection, record_rejection, store_filing, write_transaction

BATCH_SIZE = 100


class Rejection(NamedTuple):
    """A file that was not stored, and why."""

    source: str
    reason: str


class ParsedFile(NamedTuple):
    """One file read: its source (an absolute path) and the filing, or why it could not be read."""

    source: str
    filing: Filing | str


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.new + self.unchanged + self.updated

    def summary(self) -> str:
        return f"{self.new} new, {self.unchanged} unchanged, {self.updated} updated, {len(self.rejected)} rejected"


class IngestFull(DatabaseFull):
    """The database filled up while ``source`` was being stored: it was rolled back; ``report`` counts
    what was stored before it (kept)."""

    def __init__(self, message: str, report: IngestReport, source: str) -> None:
        super().__init__(message)
        self.report = report
        self.source = source


def _database_file(db: sqlite_utils.Database) -> str:
    row = db.conn.execute("PRAGMA database_list").fetchone()
    return row[2] if row and row[2] else "(in memory)"


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Each path made absolute; a folder becomes its ``*.xml``, ``*.txt`` and ``*.nc`` files, recursively, sorted."""
    return (path.absolute() for path in filing_files(Path(p).absolute() for p in paths))


def ingest_paths(db: sqlite_utils.Database, paths: Iterable[Path]) -> IngestReport:
    """Parse and store every filing under ``paths``; sources are absolute paths."""
    report = IngestReport()
    files = iter_files(paths)
    while batch := list(itertools.islice(files, BATCH_SIZE)):
        store_parsed(db, [ParsedFile(str(path), parse_or_reason(path)) for path in batch], report)
    return report


def parse_or_reason(path: Path) -> Filing | str:
    """The parsed filing, or why it could not be read."""
    try:
        return parse_path(path)
    except OwnershipParseError as error:
        return error.reason
    except Exception as error:  # a parser bug on one file must not stop the batch
        return f"parser error: {type(error).__name__}: {error}"


def store_parsed(db: sqlite_utils.Database, parsed: Iterable[ParsedFile], report: IngestReport) -> None:
    """Store parsed files (a filing, or the reason it could not be read) in one write transaction, adding
    to ``report``. A full disk stops it after committing the files before the one being written
    (:class:`IngestFull`)."""
    full: tuple[str, DatabaseFull] | None = None
    before = (report.new, report.unchanged, report.updated, len(report.rejected))
    try:
        with write_transaction(db):
            for source, filing in parsed:
                try:
                    _store_one(db, source, filing, report)
                except sqlite3.OperationalError as error:
                    problem = storage_problem(error, _database_file(db))
                    if not isinstance(problem, DatabaseFull) or not db.conn.in_transaction:
                        raise
                    full = (source, problem)  # its savepoint is rolled back; the batch so far is committed
                    break
    except sqlite3.Error as error:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        report.new, report.unchanged, report.updated = before[:3]  # the whole batch was rolled back
        del report.rejected[before[3]:]
        problem = storage_problem(error, _database_file(db))
        if isinstance(problem, DatabaseFull):
            raise IngestFull(f"{problem} Stopped in a batch starting at {_first_source(parsed)}; "
                             f"stored before it: {report.summary()}.", report, _first_source(parsed)) from None
        raise
    if full:
        source, problem = full
        raise IngestFull(f"{problem} Stopped at {source}; stored before it: {report.summary()}.", report, source)


def _first_source(parsed: Iterable[ParsedFile]) -> str:
    return next((p.source for p in parsed), "?") if isinstance(parsed, list) else "?"


def _store_one(db: sqlite_utils.Database, source: str, filing: Filing | str, report: IngestReport) -> None:
    if isinstance(filing, str):
        record_rejection(db, source, filing)
        report.rejected.append(Rejection(source, filing))
        return
    try:
        outcome = store_filing(db, filing)
    except sqlite3.OperationalError:
        raise
    except Exception as error:
        reason = f"could not store: {type(error).__name__}: {error}"
        record_rejection(db, source, reason, filing.content_hash)
        report.rejected.append(Rejection(source, reason))
        return
    setattr(report, outcome, getattr(report, outcome) + 1)
    clear_rejection(db, source)

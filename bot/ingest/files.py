"""Files and folders of filings into the store (``insiderbot ingest``).

Files are parsed outside any transaction, then stored a batch at a time: one write transaction per
``BATCH_SIZE`` files (far fewer WAL pages than one per filing), each filing in its own savepoint. A file
that cannot be parsed or stored is recorded in ``rejections`` with the reason and the batch goes on;
only an error of the database itself (locked, read-only, disk full) stops it.
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
    to ``report``."""
    with write_transaction(db):
        for source, filing in parsed:
            if isinstance(filing, str):
                record_rejection(db, source, filing)
                report.rejected.append(Rejection(source, filing))
                continue
            try:
                outcome = store_filing(db, filing)
            except sqlite3.OperationalError:
                raise
            except Exception as error:
                reason = f"could not store: {type(error).__name__}: {error}"
                record_rejection(db, source, reason, filing.content_hash)
                report.rejected.append(Rejection(source, reason))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
            clear_rejection(db, source)

"""Files and folders of filings into the store (``insiderbot ingest``).

Each file is parsed outside any transaction, then stored in its own short write transaction. A file
that cannot be parsed or stored is recorded in ``rejections`` with the reason and the batch goes on;
only an error of the database itself (locked, read-only, disk full) stops it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from bot.ownership.parser import OwnershipParseError, parse_path
from storage.writes import clear_rejection, record_rejection, store_filing

SUFFIXES = frozenset({".xml", ".txt", ".nc"})


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)

    @property
    def stored(self) -> int:
        return self.new + self.unchanged + self.updated


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Each path as given; a folder becomes its ``*.xml``, ``*.txt`` and ``*.nc`` files, recursively, sorted."""
    for path in paths:
        path = Path(path).absolute()
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
            )
        else:
            yield path


def ingest_paths(db: sqlite_utils.Database, paths: Iterable[Path]) -> IngestReport:
    """Parse and store every filing under ``paths``; sources are absolute paths."""
    report = IngestReport()

    def reject(source: str, reason: str, content_hash: str | None = None) -> None:
        record_rejection(db, source, reason, content_hash)
        report.rejected.append((source, reason))

    for path in iter_files(paths):
        source = str(path)
        try:
            filing = parse_path(path)
        except OwnershipParseError as error:
            reject(source, error.reason)
            continue
        except Exception as error:  # a parser bug on one file must not stop the batch
            reject(source, f"parser error: {type(error).__name__}: {error}")
            continue
        try:
            outcome = store_filing(db, filing)
        except sqlite3.OperationalError:
            raise
        except Exception as error:
            reject(source, f"could not store: {type(error).__name__}: {error}", filing.content_hash)
            continue
        setattr(report, outcome, getattr(report, outcome) + 1)
        clear_rejection(db, source)
    return report

"""A data-set zip (the SEC's quarterly ``2023q3_form345.zip``) into the store: ``insiderbot ingest x.zip``.

The reader (``bot.datasets``) streams the zip into filings; they are stored ``BATCH_SIZE`` at a time, each
batch in one write transaction (``storage.bulk``: new filings with one ``executemany`` per table). Every
filing records its origin ``dataset:<quarter>`` and its EDGAR filing index as its source. A filing already
stored from its XML or submission is left as it is ("unchanged"); importing the same zip again changes
nothing. A record that cannot be read leaves its filing out and is reported with its file, line and reason
(and kept in ``rejections``); a missing table is a warning and reads as no rows.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from bot.datasets import Problem, open_dataset
from bot.domain.filing import Filing
from storage.bulk import store_filings
from storage.writes import DATASET_PREFIX, record_rejection, write_transaction

BATCH_SIZE = 2000


@dataclass
class DatasetReport:
    """What one import did: counts of filings by outcome, the problems (``rejected``: records that left a
    filing out; ``warnings``: missing tables, duplicates), and how long it took."""

    path: str
    origin: str
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    rejected: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    has_aff10b5one: bool | None = None
    seconds: float = 0.0

    @property
    def filings(self) -> int:
        """Filings read and stored (whatever the outcome)."""
        return self.new + self.unchanged + self.updated

    @property
    def per_second(self) -> float:
        return self.filings / self.seconds if self.seconds else 0.0

    def lines(self) -> list[str]:
        """The report as printed: one summary line, then one line per problem."""
        head = (f"{self.path} ({self.origin}): {self.filings} filings, {self.new} new, {self.unchanged} "
                f"unchanged, {self.updated} updated, {len(self.rejected)} rejected, {len(self.warnings)} "
                f"warnings in {self.seconds:.1f}s")
        return [head, *(f"rejected: {p}" for p in self.rejected), *(f"warning: {p}" for p in self.warnings)]


def is_dataset_zip(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names a data-set zip (any ``.zip``; the reader says if its tables are missing)."""
    return Path(path).suffix.lower() == ".zip"


def import_dataset(
    db: sqlite_utils.Database,
    zip_path: str | os.PathLike[str],
    *,
    issuer_ciks: Iterable[str] | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[DatasetReport], None] | None = None,
) -> DatasetReport:
    """Import every filing of the data-set zip at ``zip_path`` into ``db`` (the writer) and report.

    ``issuer_ciks``: import only the filings of these issuers (CIKs, with or without zero padding).
    ``progress``: called with the report so far after each batch is committed.
    Only an error of the database itself (locked, read-only, disk full) or an unreadable zip stops it.
    """
    started = time.perf_counter()
    dataset = open_dataset(zip_path, issuer_ciks=issuer_ciks)
    report = DatasetReport(path=str(zip_path), origin=DATASET_PREFIX + dataset.label)
    batch: list[Filing] = []
    for filing in dataset.filings():
        batch.append(filing)
        if len(batch) >= batch_size:
            _store(db, batch, report, started, progress)
            batch = []
    if batch:
        _store(db, batch, report, started, progress)
    report.has_aff10b5one = dataset.has_aff10b5one
    report.rejected = [p for p in dataset.problems if not p.warning]
    report.warnings = [p for p in dataset.problems if p.warning]
    if report.rejected:
        with write_transaction(db):
            for problem in report.rejected:
                where = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
                record_rejection(db, f"{zip_path}#{where}", str(problem))
    report.seconds = time.perf_counter() - started
    return report


def _store(db: sqlite_utils.Database, batch: list[Filing], report: DatasetReport, started: float,
           progress: Callable[[DatasetReport], None] | None) -> None:
    for outcome in store_filings(db, batch, origin=report.origin):
        setattr(report, outcome, getattr(report, outcome) + 1)
    report.seconds = time.perf_counter() - started
    if progress is not None:
        progress(report)

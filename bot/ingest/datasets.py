"""A data-set zip (the SEC's quarterly ``2023q3_form345.zip``) into the store: ``insiderbot ingest x.zip``.

The reader (``bot.datasets``) streams the zip into filings; they are stored ``CHUNK_SIZE`` at a time, up to
``BATCH_SIZE`` in one write transaction (``storage.bulk``: new filings with one ``executemany`` per table). A large
zip is read, and its filings turned into rows, in a second process while this one writes. Every
filing records its origin ``dataset:<quarter>`` and its EDGAR filing index as its source. A filing already
stored from its XML or submission is left as it is ("unchanged"); importing the same zip again changes
nothing. A record that cannot be read leaves its filing out and is reported with its file, line and reason
(and kept in ``rejections``); a missing table is a warning and reads as no rows.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import pickle
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import sqlite_utils

from bot.datasets import Problem, open_dataset, quarter_label
from bot.ingest.dataset_rows import DatasetRows
from storage.aggregate_sums import Pending
from storage.bulk import Prepared, store_prepared
from storage.writes import DATASET_PREFIX, now_utc, record_rejection, write_transaction

# Filings per write transaction, or COMMIT_SECONDS since it began, whichever comes first. Most of a
# batch's cost is the index pages it dirties, spread over every index on entries and filings; each commit
# writes them to the WAL once, so fewer, larger transactions write far less (a quarter in 3 transactions
# rather than 24 took a third less writer CPU). The write lock is held no longer than COMMIT_SECONDS and
# the chunk in progress, under the other writers' busy timeout (storage.reader.BUSY_TIMEOUT_SECONDS).
BATCH_SIZE = 20_000
COMMIT_SECONDS = 7.0
CHUNK_SIZE = 2500  # filings read, sent and stored together (a savepoint each); bounds the memory in flight
FIRST_CHUNK_SIZE = 500  # the first chunk: sent as soon as built


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


def dataset_zips(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The data-set zips among ``paths``: each ``.zip`` given, and the ``*.zip`` files in each folder
    given (recursively), sorted by name (``2023q1_form345.zip`` before ``2023q2_form345.zip``)."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(p for p in path.rglob("*") if is_dataset_zip(p) and p.is_file())
        elif is_dataset_zip(path):
            found.append(path)
    return sorted(found, key=lambda p: (p.name, str(p)))


class DatasetImportError(Exception):
    """The zip could not be read at all (not a zip, cut short, unreadable): nothing more was imported."""


def import_dataset(
    db: sqlite_utils.Database,
    zip_path: str | os.PathLike[str],
    *,
    issuer_ciks: Iterable[str] | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[DatasetReport], None] | None = None,
    reader_process: bool | None = None,
) -> DatasetReport:
    """Import every filing of the data-set zip at ``zip_path`` into ``db`` (the writer) and report.

    ``issuer_ciks``: import only the filings of these issuers (CIKs, with or without zero padding).
    ``batch_size``: filings per write transaction at most (it also commits after ``COMMIT_SECONDS``).
    ``progress``: called with the report so far after each batch is committed.
    ``reader_process``: read the zip in a second process while this one writes (a quarter imports about
    twice as fast on two cores); by default for zips over ``PROCESS_BYTES``.
    Each batch commits on its own: an import stopped half-way keeps what it stored, and a rerun goes on
    (what is stored comes back "unchanged"). Raises :class:`DatasetImportError` when the zip cannot be read;
    an error of the database itself (locked, read-only, disk full) propagates.
    """
    started = time.perf_counter()
    report = DatasetReport(path=str(zip_path), origin=DATASET_PREFIX + quarter_label(zip_path))
    if reader_process is None:
        reader_process = Path(zip_path).stat().st_size > PROCESS_BYTES
    chunk = min(batch_size, CHUNK_SIZE)
    messages = _in_process(zip_path, issuer_ciks, chunk) if not reader_process else \
        _from_process(zip_path, issuer_ciks, chunk)
    with _import_settings(db), _collector_paused():
        _store_all(db, messages, report, _Commits(batch_size, started, progress))
    _record_rejections(db, zip_path, report.rejected)
    report.seconds = time.perf_counter() - started
    return report


@dataclass
class _Commits:
    """When the open write transaction commits: after ``batch_size`` filings or ``COMMIT_SECONDS``."""

    batch_size: int
    started: float
    progress: Callable[[DatasetReport], None] | None
    pending: int = 0
    since: float = 0.0

    def due(self) -> bool:
        return self.pending >= self.batch_size or time.monotonic() - self.since >= COMMIT_SECONDS

    def done(self, report: DatasetReport) -> None:
        self.pending = 0
        report.seconds = time.perf_counter() - self.started
        if self.progress is not None:
            self.progress(report)


def _store_all(db: sqlite_utils.Database, messages: Iterator[list[Prepared] | _End], report: DatasetReport,
               commits: _Commits) -> None:
    """Store the chunks of ``messages``, several to a write transaction (each chunk in a savepoint); inside
    a transaction the caller holds, everything goes into it and progress is reported after each chunk."""
    conn = db.conn
    outer = conn.in_transaction
    pending = Pending().start(conn) if outer else Pending()
    try:
        for message in messages:
            if isinstance(message, _End):
                report.has_aff10b5one = message.has_aff10b5one
                report.rejected = [p for p in message.problems if not p.warning]
                report.warnings = [p for p in message.problems if p.warning]
                continue
            if not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
                pending.start(conn)
                commits.since = time.monotonic()
            for outcome in store_prepared(db, message, origin=report.origin, pending=pending):
                setattr(report, outcome, getattr(report, outcome) + 1)
            commits.pending += len(message)
            if outer or commits.due():
                pending.flush(conn)  # the aggregates current before each commit
                if not outer:
                    conn.execute("COMMIT")
                commits.done(report)
        if commits.pending:
            pending.flush(conn)
            conn.execute("COMMIT")
            commits.done(report)
    except BaseException:
        if not outer and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


PROCESS_BYTES = 2_000_000  # a zip this large is read in a second process
# While importing: a 64 MB SQLite page cache (the index pages a transaction of up to BATCH_SIZE filings
# dirties mostly stay in memory until its commit instead of spilling to the WAL and being written again; with
# the aggregates summed in hand, 96 MB saves no writer CPU over 64 MB and costs 32 MB more: the writer peaks
# near 315 MB, 145 of them the modules loaded, its reader process near 175 MB), and a WAL checkpoint every
# 10,000 pages (40 MB) rather than 1,000.
IMPORT_PRAGMAS = {"cache_size": -65536, "wal_autocheckpoint": 10000}


@dataclass
class _End:
    problems: list[Problem]
    has_aff10b5one: bool | None


def _batches(zip_path: str | os.PathLike[str], issuer_ciks: Iterable[str] | None, batch_size: int,
             to_pipe: bool) -> Iterator[list[Prepared] | _End]:
    """The filings of the zip as batches of rows ready to insert (built straight from the records:
    ``bot.ingest.dataset_rows``), then the problems met. The first batch is small: the writer, idle until
    every file of the zip has been read, starts the sooner."""
    dataset = open_dataset(zip_path, issuer_ciks=issuer_ciks)
    rows = DatasetRows(origin=DATASET_PREFIX + dataset.label, stamp=now_utc(), keep=not to_pipe)
    batch: list[Prepared] = []
    size = min(FIRST_CHUNK_SIZE, batch_size)
    try:
        for prepared in dataset.built(rows):
            batch.append(prepared)
            if len(batch) >= size:
                yield batch
                batch, size = [], batch_size
    except (OSError, zipfile.BadZipFile, EOFError, zlib.error) as error:
        raise DatasetImportError(f"cannot read {zip_path}: {type(error).__name__}: {error}") from None
    if batch:
        yield batch
    yield _End(dataset.problems, dataset.has_aff10b5one)


class _Packed(NamedTuple):
    """A batch as it goes through the pipe: its filings' rows as plain tuples marshalled (a third of pickling's
    cost to write, two thirds to read, for the same bytes), without the filings themselves: the rare filing
    that must go through ``store_filing`` is built back from its rows (``storage.rows.filing_of``)."""

    rows: bytes


def _pack(batch: list[Prepared]) -> _Packed:
    return _Packed(marshal.dumps([p[:-1] for p in batch]))


def _unpack(packed: _Packed) -> list[Prepared]:
    return [Prepared(*fields, None) for fields in marshal.loads(packed.rows)]


def _in_process(zip_path, issuer_ciks, batch_size) -> Iterator[list[Prepared] | _End]:
    yield from _batches(zip_path, issuer_ciks, batch_size, to_pipe=False)


# The reader process: this module's _produce (its messages pickled under the module's name), started without
# pandas and numpy, which sqlite_utils imports when it can and the reader never needs: 110 MB less for the
# import, and the reader at work 0.2 s sooner.
_READER = ("import sys; sys.modules['pandas'] = sys.modules['numpy'] = None; from bot.ingest.datasets import "
           "_produce; _produce(sys.argv[1], int(sys.argv[2]), sys.argv[3])")


def _from_process(zip_path, issuer_ciks, batch_size) -> Iterator[list[Prepared] | _End]:
    """Batches read by a second process (:data:`_READER`), sent through a pipe a few
    batches ahead of the writer; stopped when the import stops, whatever the reason."""
    command = [sys.executable, "-c", _READER, str(zip_path), str(batch_size),
               ",".join(issuer_ciks) if issuer_ciks is not None else "-"]
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    reader = subprocess.Popen(command, stdout=subprocess.PIPE, env=env)
    try:
        while True:
            try:
                message = pickle.load(reader.stdout)
            except EOFError:
                raise DatasetImportError(f"the reader of {zip_path} stopped (exit code {reader.wait()})") from None
            if isinstance(message, DatasetImportError):
                raise message
            yield _unpack(message) if isinstance(message, _Packed) else message
            if isinstance(message, _End):
                return
    finally:
        if reader.poll() is None:
            reader.kill()
        reader.stdout.close()
        reader.wait()


def _produce(zip_path: str, batch_size: int, issuers: str) -> None:
    """The reader process: pickled batches on stdout, then the end (or the error). Without the cyclic garbage
    collector: the reader makes millions of objects and no cycles worth collecting."""
    gc.disable()
    out = sys.stdout.buffer
    try:
        for message in _batches(zip_path, None if issuers == "-" else issuers.split(","), batch_size,
                                to_pipe=True):
            pickle.dump(_pack(message) if isinstance(message, list) else message, out,
                        protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as error:  # sent to the importing process, which raises it
        pickle.dump(error if isinstance(error, DatasetImportError) else DatasetImportError(str(error)), out)
    out.flush()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while importing, on again afterwards (if it was on). The import makes
    millions of short-lived tuples (a batch's rows as they are unmarshalled, the aggregates' sums) and no cycles
    worth collecting: the collections they set off went through every object of the process again and again,
    about 2 of the writer's 25 CPU seconds a quarter, most of them while unmarshalling."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@contextlib.contextmanager
def _import_settings(db: sqlite_utils.Database) -> Iterator[None]:
    """:data:`IMPORT_PRAGMAS` on the writer for the import, the previous values back afterwards."""
    previous = {name: db.execute(f"PRAGMA {name}").fetchone()[0] for name in IMPORT_PRAGMAS}
    for name, value in IMPORT_PRAGMAS.items():
        db.execute(f"PRAGMA {name} = {int(value)}")
    try:
        yield
    finally:
        for name, value in previous.items():
            db.execute(f"PRAGMA {name} = {int(value)}")


def _record_rejections(db: sqlite_utils.Database, zip_path, rejected: list[Problem]) -> None:
    """Keep each rejected record in ``rejections`` (by zip, file and line), so nothing is lost silently."""
    if not rejected:
        return
    with write_transaction(db):
        for problem in rejected:
            where = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
            record_rejection(db, f"{zip_path}#{where}", str(problem))

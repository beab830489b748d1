"""Fetching the queued filings: ``workers`` downloads at a time, each parsed in its worker thread, and
stored from the pass's own thread in small batches (the parsed filings of a batch together, through
``storage.bulk``), each filing with its queue row.

A download ends as one of :data:`FetchResult`: :class:`Parsed` (stored), :class:`Unreadable` (rejected
for good, with the reason), :class:`Failed` (tried again by the next pass, rejected after
SYNC_FETCH_ATTEMPTS failures) or :class:`LeftQueued` (the stop event was set: left as it was).
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import NamedTuple

from bot.domain.filing import Filing
from bot.edgar.client import EdgarBlocked, EdgarClient, EdgarError, Stopped
from bot.ingest.report import Problem
from bot.ingest.sync_pass import SyncPass
from bot.ownership.errors import OwnershipParseError
from bot.ownership.parser import parse_submission
from storage import sync_state
from storage.bulk import store_filings
from storage.sync_state import QueuedFiling
from storage.writes import (
    clear_rejection,
    normalize_accession,
    origin_of,
    record_rejection,
    store_filing,
    write_transaction,
)

log = logging.getLogger(__name__)

BATCH_SIZE = 64
BATCH_SECONDS = 0.2


@dataclass(frozen=True)
class Parsed:
    """Downloaded and parsed: to be stored."""

    filing: Filing


@dataclass(frozen=True)
class Unreadable:
    """Downloaded (``sha1`` of the bytes) but not a filing the store takes: rejected for good."""

    reason: str
    sha1: str


@dataclass(frozen=True)
class Failed:
    """The download failed (after the client's retries); ``blocked`` when EDGAR is refusing requests."""

    reason: str
    blocked: bool = False


@dataclass(frozen=True)
class LeftQueued:
    """The stop event was set before or during the download: the queue row stays as it was."""


FetchResult = Parsed | Unreadable | Failed | LeftQueued


class Download(NamedTuple):
    row: QueuedFiling
    result: FetchResult


def _sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def fetch_one(client: EdgarClient, row: QueuedFiling, stop: threading.Event | None = None) -> FetchResult:
    """Worker thread: download and parse one filing. Never raises."""
    try:
        data = client.submission(row.url, stop=stop)
    except Stopped:
        return LeftQueued()
    except EdgarBlocked as exc:
        return Failed(str(exc), blocked=True)
    except EdgarError as exc:
        return Failed(str(exc))
    except Exception as exc:  # a bug must not stop the pass; it is logged and retried next time
        log.exception("fetching %s", row.url)
        return Failed(f"{type(exc).__name__}: {exc}")
    try:
        filing = parse_submission(data, row.url)
    except OwnershipParseError as exc:
        return Unreadable(exc.reason, _sha1(data))
    except Exception as exc:  # the parser failed on this document: record it and go on
        log.exception("parsing %s", row.url)
        return Unreadable(f"parser failed: {type(exc).__name__}: {exc}", _sha1(data))
    header_accession = normalize_accession(filing.accession_number)
    if header_accession is None:
        filing.accession_number = row.accession
    elif header_accession != row.accession:
        return Unreadable(f"the submission header names accession {header_accession}", _sha1(data))
    return Parsed(filing)


@dataclass
class _Batches:
    """Downloads waiting to be written: one transaction per ``BATCH_SIZE`` or ``BATCH_SECONDS``."""

    run: SyncPass
    total: int
    done: int = 0
    waiting: list[Download] = field(default_factory=list)
    started: float = 0.0

    def add(self, download: Download) -> None:
        if not self.waiting:
            self.started = time.monotonic()
        self.waiting.append(download)

    def write_when_due(self, *, last: bool) -> None:
        due = len(self.waiting) >= BATCH_SIZE or last or time.monotonic() - self.started >= BATCH_SECONDS
        if not self.waiting or not due:
            return
        with write_transaction(self.run.db):
            for download in store_together(self.run, self.waiting):
                record(self.run, download)
        self.done += len(self.waiting)
        self.waiting.clear()
        self.show_progress()

    def show_progress(self) -> None:
        if self.run.progress:
            self.run.progress(self.done, self.total)


def fetch_queued(run: SyncPass) -> None:
    """Fetch, parse and store every queued filing (in scope), ``workers`` downloads at a time.

    Results are written in small batches (one transaction per batch of up to ``BATCH_SIZE`` filings
    or ``BATCH_SECONDS``), each filing together with its queue row, so a crash loses at most the
    downloads of one uncommitted batch, which the next pass fetches again. Once the stop event is
    set no download starts, the ones under way end (a stopped one stays queued as it was), what
    came in is written, and Stopped is raised.
    """
    run.report.already_stored += sync_state.mark_already_stored(run.db)
    rows = [row for row in sync_state.open_queue(run.db) if run.in_scope(row.ciks)]
    batches = _Batches(run, total=len(rows))
    batches.show_progress()
    blocked: str | None = None
    pending = iter(rows)
    in_flight: dict[Future[FetchResult], QueuedFiling] = {}
    with ThreadPoolExecutor(max_workers=run.workers, thread_name_prefix="edgar-fetch") as pool:
        while True:
            if blocked is None:
                _start_downloads(run, pool, pending, in_flight)
            if not in_flight:
                break
            finished, _ = wait(in_flight, timeout=BATCH_SECONDS, return_when=FIRST_COMPLETED)
            for future in finished:
                download = Download(in_flight.pop(future), future.result())
                if isinstance(download.result, LeftQueued):
                    continue
                if isinstance(download.result, Failed) and download.result.blocked:
                    blocked = download.result.reason
                batches.add(download)
            batches.write_when_due(last=not in_flight)
            run.lock.refresh()
    run.check_stop()
    if blocked is not None:
        raise EdgarBlocked(f"EDGAR is refusing requests ({blocked}); stopped, the rest waits for the next sync")


def _start_downloads(run: SyncPass, pool: ThreadPoolExecutor, pending: Iterator[QueuedFiling],
                     in_flight: dict[Future[FetchResult], QueuedFiling]) -> None:
    """Keep up to two downloads per worker started (or queued to the pool), unless the pass is stopping."""
    while not run.stopping() and len(in_flight) < run.workers * 2:
        row = next(pending, None)
        if row is None:
            return
        in_flight[pool.submit(fetch_one, run.client, row, run.stop)] = row


# --- recording what came of each download ----------------------------------------------------------


def store_together(run: SyncPass, downloads: list[Download]) -> list[Download]:
    """Store a batch's parsed filings in one go (``storage.bulk``: the outcome ``store_filing`` gives each, the
    new ones inserted with one statement per table and the full-text and aggregate triggers made up for once:
    about 2.5 times the filings a second of one ``store_filing`` each on a decade-size database), each with its
    queue row. Returns the downloads left to :func:`record`: the others, or all of them when storing together
    failed (then each filing is stored alone, and one that cannot be is rejected without the rest)."""
    parsed = [d for d in downloads if isinstance(d.result, Parsed)]
    origins = {origin_of(d.result.filing) for d in parsed}
    if len(parsed) < 2 or len(origins) != 1:
        return downloads
    try:
        outcomes = store_filings(run.db, [d.result.filing for d in parsed], origin=origins.pop())
    except Exception as exc:  # one filing the store refuses must not cost the others: store them one by one
        if _not_the_filings_fault(exc):
            raise  # a full disk, a locked or read-only file: the sync stops, the next one stores them
        log.warning("storing %d filings together failed; storing them one by one", len(parsed), exc_info=True)
        return downloads
    for download, outcome in zip(parsed, outcomes, strict=True):
        run.report.fetched += 1
        sync_state.mark_attempt(run.db, download.row.accession, "stored", None)
        clear_rejection(run.db, download.row.url)
        run.report.count_stored(outcome)
    return [d for d in downloads if not isinstance(d.result, Parsed)]


def record(run: SyncPass, download: Download) -> None:
    """Write what came of one download: the filing and its queue row, a rejection, or an error."""
    row, result = download
    match result:
        case Parsed(filing):
            run.report.fetched += 1
            _store(run, row, filing)
        case Unreadable(reason):
            run.report.fetched += 1
            _reject(run, row, reason, result.sha1)
        case Failed(reason):
            _failed(run, row, reason)


def _store(run: SyncPass, row: QueuedFiling, filing: Filing) -> None:
    try:
        with write_transaction(run.db):
            outcome = store_filing(run.db, filing)
            sync_state.mark_attempt(run.db, row.accession, "stored", None)
            clear_rejection(run.db, row.url)
    except Exception as exc:  # storing failed for this filing only: record it and go on
        if _not_the_filings_fault(exc):
            raise  # never rejected for the machine's trouble: left queued, the next sync stores it
        log.exception("storing %s", row.url)
        _reject(run, row, f"store failed: {type(exc).__name__}: {exc}", None)
    else:
        run.report.count_stored(outcome)


def _not_the_filings_fault(exc: BaseException) -> bool:
    """A write that failed for the database's or the machine's sake (disk full, I/O error, locked, read-only),
    which no filing is to blame for."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and any(
        words in text for words in ("full", "disk i/o", "locked", "readonly", "read-only", "unable to open"))


def _reject(run: SyncPass, row: QueuedFiling, reason: str, sha1: str | None) -> None:
    with write_transaction(run.db):
        record_rejection(run.db, row.url, reason, sha1)
        sync_state.mark_attempt(run.db, row.accession, "rejected", reason)
    run.report.rejected.append(Problem(row.accession, reason))
    log.warning("rejected %s: %s", row.url, reason)


def _failed(run: SyncPass, row: QueuedFiling, reason: str) -> None:
    """A failed download: an error the next pass retries, or a rejection after ``fetch_attempts`` of them."""
    attempts = row.attempts + 1
    if attempts >= run.fetch_attempts:
        _reject(run, row, f"download failed {attempts} time(s): {reason}", None)
        return
    sync_state.mark_attempt(run.db, row.accession, "error", reason)
    run.report.errors.append(Problem(row.accession, reason))
    log.warning("will retry %s next sync: %s", row.url, reason)

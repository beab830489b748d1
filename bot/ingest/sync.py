"""EDGAR sync: find new Forms 3/4/5, fetch each once, store it, and checkpoint every step in the database.

One pass (:func:`sync_once`) reads the latest-filings feed back to where the previous pass stopped, then
the daily indexes of every weekday since the last complete day (the last three days on an empty
database), and queues each ownership filing it finds in ``sync_queue``, one row per accession number.
It then fetches the queued filings (one request each, the full submission ``.txt``), parses and
stores them. :func:`backfill` does the same for the daily indexes of a date range.

Everything is checkpointed: a day's index rows are queued in the same transaction that marks the day
indexed, a filing is stored in the same transaction that marks its queue row done, and the feed's
high-water mark moves only once a feed has been read to it. A pass killed at any moment is finished by
the next one, with every filing stored exactly once; a filing already stored is never fetched again.
A filing that cannot be read is recorded in ``rejections`` with its reason and the pass goes on.

A pass given a ``stop`` event checks it between feed pages, daily indexes and filings (and EDGAR's
retry and pause waits end when it is set): it then returns early with ``report.stopped``, leaving the
rest to the next pass. A pass over the configured issuers that ends without errors records when it
ended (:func:`storage.sync_state.record_sync_completed`), which is what the bot shows as its freshness.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.config import Settings
from bot.domain.filing import Filing
from bot.edgar.client import EdgarBlocked, EdgarClient, EdgarError, Stopped
from bot.edgar.feed import FeedFormatError, ownership_entries, parse_feed
from bot.edgar.indexes import IndexFormatError, ownership_rows, parse_index
from bot.ingest.locks import DbLock
from bot.ownership.errors import OwnershipParseError
from bot.ownership.parser import parse_submission
from storage import sync_state
from storage.sync_state import QueuedFiling, QueueEntry
from storage.writes import (
    clear_rejection,
    issuer_cik_by_symbol,
    normalize_accession,
    record_rejection,
    store_filing,
    write_transaction,
)

log = logging.getLogger(__name__)

EASTERN = ZoneInfo("America/New_York")
FEED_FORMS = ("4", "3", "5")
FEED_PAGE_SIZE = 100
FEED_WINDOW = 5100          # getcurrent answers 503 "File Unavailable" from start=5100 on
FEED_OVERLAP = timedelta(minutes=5)
INITIAL_DAYS = 3
QUEUE_RETENTION = timedelta(days=30)
BATCH_SIZE = 64
BATCH_SECONDS = 0.2

Progress = Callable[[int, int], None]


class UnknownIssuer(ValueError):
    """A ``--issuer`` / SYNC_CIKS value that is neither a CIK nor a known ticker."""


@dataclass
class SyncReport:
    command: str = "sync"
    scope: str = "*"
    feed_pages: int = 0
    feed_queued: int = 0
    days_indexed: list[str] = field(default_factory=list)
    days_missing: list[str] = field(default_factory=list)
    days_waiting: list[str] = field(default_factory=list)
    index_queued: int = 0
    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    already_stored: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0
    stopped: bool = False

    @property
    def stored(self) -> int:
        return self.new + self.updated + self.unchanged

    def summary(self) -> str:
        scope = "every issuer" if self.scope == "*" else f"issuers {self.scope}"
        lines = [f"{self.command} ({scope}): {self.requests} requests to EDGAR in {self.seconds:.1f} s"]
        if self.command == "sync":
            lines.append(f"  feed: {self.feed_pages} page(s), {self.feed_queued} new filing(s) queued")
        days = f"{len(self.days_indexed)} daily index(es) read, {self.index_queued} new filing(s) queued"
        if self.days_missing:
            days += f"; no index for {', '.join(self.days_missing)}"
        if self.days_waiting:
            days += f"; not yet available: {', '.join(self.days_waiting)}"
        lines.append(f"  days: {days}")
        lines.append(
            f"  filings: {self.fetched} fetched, {self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.already_stored} already stored, {len(self.rejected)} rejected, {len(self.errors)} error(s)"
        )
        lines += [f"  rejected {what}: {reason}" for what, reason in self.rejected[:20]]
        lines += [f"  error {what}: {reason}" for what, reason in self.errors[:20]]
        hidden = max(0, len(self.rejected) - 20) + max(0, len(self.errors) - 20)
        if hidden:
            lines.append(f"  ... and {hidden} more (see the rejections and sync_queue tables)")
        if self.stopped:
            again = "next sync" if self.command == "sync" else "same backfill run again"
            lines.append(f"  stopped early: everything above is saved; the {again} does the rest")
        return "\n".join(lines)


# --- scope -----------------------------------------------------------------------------------------


def resolve_issuers(db: sqlite_utils.Database, client: EdgarClient | None, values: Iterable[str]) -> list[str]:
    """CIKs (without leading zeros) for CIKs and tickers: tickers from the stored issuers first, then
    EDGAR's ``company_tickers.json``."""
    ciks: list[str] = []
    unknown: list[str] = []
    for value in (v.strip() for v in values):
        if not value:
            continue
        if value.isdigit():
            ciks.append(str(int(value)))
            continue
        cik = issuer_cik_by_symbol(db, value)
        if cik is not None:
            ciks.append(str(int(cik)))
        else:
            unknown.append(value.upper())
    if unknown and client is not None:
        table = json.loads(client.company_tickers())
        by_ticker = {str(item["ticker"]).upper(): str(int(item["cik_str"])) for item in table.values()}
        for ticker in list(unknown):
            if ticker in by_ticker:
                ciks.append(by_ticker[ticker])
                unknown.remove(ticker)
    if unknown:
        raise UnknownIssuer(f"unknown ticker(s): {', '.join(unknown)} (give the issuer's CIK instead)")
    return sorted(set(ciks), key=int)


def _scope_key(scope: frozenset[str] | None) -> str:
    return "*" if not scope else ",".join(sorted(scope, key=int))


def _weekdays(first: date, last: date) -> list[date]:
    days = []
    day = first
    while day <= last:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


# --- the sync --------------------------------------------------------------------------------------


class Syncer:
    """One pass over EDGAR against one database; use :func:`sync_once` or :func:`backfill`."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        client: EdgarClient,
        *,
        issuers: Iterable[str] | None = None,
        workers: int = 4,
        fetch_attempts: int = 3,
        now: datetime | None = None,
        progress: Progress | None = None,
        command: str = "sync",
        stop: threading.Event | None = None,
        configured_scope: bool = False,
    ) -> None:
        self.db = db
        self.client = client
        self.scope = frozenset(str(int(c)) for c in issuers) if issuers else None
        self.scope_key = _scope_key(self.scope)
        self.scopes = ["*"] if self.scope is None else ["*", self.scope_key]   # whose sync_days rows count
        self.workers = workers
        self.fetch_attempts = fetch_attempts
        self.now = (now or datetime.now(EASTERN)).astimezone(EASTERN)
        self.today = self.now.date()
        self.progress = progress
        self.report = SyncReport(command=command, scope=self.scope_key)
        self.lock = DbLock(db)
        self.stop = stop
        self.configured_scope = configured_scope     # the pass covers SYNC_CIKS (or every issuer), not --issuer
        self.started = time.monotonic()

    def _stopping(self) -> bool:
        return self.stop is not None and self.stop.is_set()

    def check_stop(self) -> None:
        """Stopped when the stop event is set: called between feed pages, daily indexes and filings."""
        if self._stopping():
            raise Stopped("stop requested")

    # state
    def _day_status(self, day: date | str) -> str | None:
        statuses = sync_state.day_statuses(self.db, str(day), self.scopes)
        for status in ("done", "missing", "indexed"):
            if status in statuses:
                return status
        return None

    def _set_day(self, day: date | str, status: str, filings: int = 0) -> None:
        sync_state.set_day(self.db, str(day), self.scope_key, status, filings)

    def _in_scope(self, ciks: Iterable[str]) -> bool:
        return self.scope is None or not self.scope.isdisjoint(ciks)

    # discovery
    def read_feed(self) -> None:
        """Page the latest-filings feed of each form back to the previous pass's newest entry."""
        default_floor = datetime.combine(self.today - timedelta(days=1), clock_time(0), EASTERN)
        for form in FEED_FORMS:
            self.check_stop()
            key = f"feed_hwm:{form}:{self.scope_key}"
            mark = sync_state.get_state(self.db, key)
            floor = default_floor if mark is None else max(
                default_floor, datetime.fromisoformat(mark) - FEED_OVERLAP)
            try:
                newest = self._read_feed_form(form, floor)
            except EdgarBlocked:
                raise
            except (EdgarError, FeedFormatError) as exc:
                log.warning("feed type=%s: %s", form, exc)
                self.report.errors.append((f"feed type={form}", str(exc)))
                continue
            if newest is not None and (mark is None or newest > datetime.fromisoformat(mark)):
                sync_state.set_state(self.db, key, newest.isoformat())

    def _read_feed_form(self, form: str, floor: datetime) -> datetime | None:
        newest: datetime | None = None
        for start in range(0, FEED_WINDOW, FEED_PAGE_SIZE):
            self.check_stop()
            body = self.client.feed_page(form, start, FEED_PAGE_SIZE, stop=self.stop)
            self.report.feed_pages += 1
            if body is None:
                break
            entries = parse_feed(body)
            if not entries:
                break
            page_newest = max(entry.accepted_at for entry in entries)
            newest = page_newest if newest is None else max(newest, page_newest)
            recent = [entry for entry in entries if entry.accepted_at >= floor]
            candidates = []
            for accession, group in ownership_entries(recent).items():
                ciks = {entry.cik for entry in group}
                if not self._in_scope(ciks):
                    continue
                first = group[0]
                filed = (first.filed or first.accepted_at.date()).isoformat()
                candidates.append(QueueEntry(
                    accession=accession, form=first.form, url=self.client.submission_url(first.cik, accession),
                    filed=filed, day=filed, accepted_at=first.accepted_at.isoformat(), origin="feed", ciks=ciks))
            self.report.feed_queued += sync_state.enqueue(self.db, candidates)
            if len(recent) < len(entries) or len(entries) < FEED_PAGE_SIZE:
                break
        return newest

    def catch_up_days(self) -> list[date]:
        """Weekdays from the first day not yet complete to yesterday (the last three days at first)."""
        cursor = sync_state.get_state(self.db, f"catchup_from:{self.scope_key}")
        first = date.fromisoformat(cursor) if cursor else self.today - timedelta(days=INITIAL_DAYS)
        return _weekdays(first, self.today - timedelta(days=1))

    def read_indexes(self, days: Iterable[date]) -> None:
        """Queue the ownership filings of each day's daily index not read before."""
        for day in days:
            self.check_stop()
            if self._day_status(day) is not None:
                continue
            try:
                body = self.client.daily_index(day, stop=self.stop)
                rows = None if body is None else parse_index(body)
            except EdgarBlocked:
                raise
            except (EdgarError, IndexFormatError) as exc:
                log.warning("daily index %s: %s", day, exc)
                self.report.errors.append((f"index {day}", str(exc)))
                self.report.days_waiting.append(day.isoformat())
                continue
            if rows is None:
                if day <= self.today - timedelta(days=2):
                    self._set_day(day, "missing")
                    self.report.days_missing.append(day.isoformat())
                else:
                    self.report.days_waiting.append(day.isoformat())
                continue
            candidates = []
            for accession, group in ownership_rows(rows).items():
                ciks = {row.cik for row in group}
                if not self._in_scope(ciks):
                    continue
                candidates.append(QueueEntry(
                    accession=accession, form=group[0].form, url=self.client.archive_url(group[0].filename),
                    filed=group[0].date_filed.isoformat(), day=day.isoformat(), accepted_at=None,
                    origin="index", ciks=ciks))
            with write_transaction(self.db):
                self.report.index_queued += sync_state.enqueue(self.db, candidates)
                self._set_day(day, "indexed", len(candidates))
            self.report.days_indexed.append(day.isoformat())

    # fetching
    def _fetch(self, row: QueuedFiling) -> tuple:
        """Worker thread: download and parse one filing. Never raises."""
        try:
            data = self.client.submission(row.url, stop=self.stop)
        except Stopped:
            return ("stopped",)
        except EdgarBlocked as exc:
            return ("blocked", str(exc))
        except EdgarError as exc:
            return ("error", str(exc))
        except Exception as exc:  # a bug must not stop the pass; it is logged and retried next time
            log.exception("fetching %s", row.url)
            return ("error", f"{type(exc).__name__}: {exc}")
        try:
            filing = parse_submission(data, row.url)
        except OwnershipParseError as exc:
            return ("rejected", exc.reason, _sha1(data))
        except Exception as exc:  # the parser failed on this document: record it and go on
            log.exception("parsing %s", row.url)
            return ("rejected", f"parser failed: {type(exc).__name__}: {exc}", _sha1(data))
        header_accession = normalize_accession(filing.accession_number)
        if header_accession is None:
            filing.accession_number = row.accession
        elif header_accession != row.accession:
            return ("rejected", f"the submission header names accession {header_accession}", _sha1(data))
        return ("ok", filing)

    def fetch_queued(self) -> None:
        """Fetch, parse and store every queued filing (in scope), ``workers`` downloads at a time.

        Results are written in small batches (one transaction per batch of up to ``BATCH_SIZE`` filings
        or ``BATCH_SECONDS``), each filing together with its queue row, so a crash loses at most the
        downloads of one uncommitted batch, which the next pass fetches again. Once the stop event is
        set no download starts, the ones under way end (a stopped one stays queued as it was), what
        came in is written, and Stopped is raised.
        """
        self.report.already_stored += sync_state.mark_already_stored(self.db)
        rows = [row for row in sync_state.open_queue(self.db) if self._in_scope(row.ciks)]
        total = len(rows)
        done = 0
        if self.progress:
            self.progress(done, total)
        blocked: str | None = None
        pending = iter(rows)
        in_flight: dict[Future, QueuedFiling] = {}
        batch: list[tuple[QueuedFiling, tuple]] = []
        batch_started = 0.0
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="edgar-fetch") as pool:
            while True:
                while blocked is None and not self._stopping() and len(in_flight) < self.workers * 2:
                    row = next(pending, None)
                    if row is None:
                        break
                    in_flight[pool.submit(self._fetch, row)] = row
                if not in_flight:
                    break
                finished, _ = wait(in_flight, timeout=BATCH_SECONDS, return_when=FIRST_COMPLETED)
                for future in finished:
                    row = in_flight.pop(future)
                    result = future.result()
                    if result[0] == "stopped":
                        continue
                    if result[0] == "blocked":
                        blocked = result[1]
                    if not batch:
                        batch_started = time.monotonic()
                    batch.append((row, result))
                if batch and (len(batch) >= BATCH_SIZE or not in_flight
                              or time.monotonic() - batch_started >= BATCH_SECONDS):
                    with write_transaction(self.db):
                        for row, result in batch:
                            self._record(row, result)
                    done += len(batch)
                    batch.clear()
                    if self.progress:
                        self.progress(done, total)
                self.lock.refresh()
        self.check_stop()
        if blocked is not None:
            raise EdgarBlocked(f"EDGAR is refusing requests ({blocked}); stopped, the rest waits for the next sync")

    def _record(self, row: QueuedFiling, result: tuple) -> None:
        kind = result[0]
        if kind == "ok":
            self.report.fetched += 1
            filing: Filing = result[1]
            try:
                with write_transaction(self.db):
                    outcome = store_filing(self.db, filing)
                    sync_state.mark_attempt(self.db, row.accession, "stored", None)
                    clear_rejection(self.db, row.url)
            except Exception as exc:  # storing failed for this filing only: record it and go on
                log.exception("storing %s", row.url)
                kind, result = "rejected", ("rejected", f"store failed: {type(exc).__name__}: {exc}", None)
            else:
                setattr(self.report, outcome, getattr(self.report, outcome) + 1)
                return
        if kind == "rejected":
            if result[2] is not None:
                self.report.fetched += 1
            reason = result[1]
            with write_transaction(self.db):
                record_rejection(self.db, row.url, reason, result[2])
                sync_state.mark_attempt(self.db, row.accession, "rejected", reason)
            self.report.rejected.append((row.accession, reason))
            log.warning("rejected %s: %s", row.url, reason)
            return
        reason = result[1]
        attempts = row.attempts + 1
        if attempts >= self.fetch_attempts:
            final = f"download failed {attempts} time(s): {reason}"
            with write_transaction(self.db):
                record_rejection(self.db, row.url, final)
                sync_state.mark_attempt(self.db, row.accession, "rejected", final)
            self.report.rejected.append((row.accession, final))
            log.warning("rejected %s: %s", row.url, final)
        else:
            sync_state.mark_attempt(self.db, row.accession, "error", reason)
            self.report.errors.append((row.accession, reason))
            log.warning("will retry %s next sync: %s", row.url, reason)

    # completion
    def finish_days(self) -> None:
        """Mark indexed days whose queued filings are all stored or rejected as done."""
        for day in sync_state.days_with_status(self.db, "indexed", self.scopes):
            if self._day_status(day) != "indexed":
                continue
            if any(self._in_scope(ciks) for ciks in sync_state.open_ciks_on_day(self.db, day)):
                continue
            self._set_day(day, "done")

    def advance_cursor(self, days: list[date]) -> None:
        """Move the catch-up start past the leading run of complete days."""
        if not days:
            return
        first_open = self.today
        for day in days:
            if self._day_status(day) not in ("done", "missing"):
                first_open = day
                break
        sync_state.set_state(self.db, f"catchup_from:{self.scope_key}", first_open.isoformat())

    def record_completed(self, through: datetime | None = None) -> None:
        """Record that every filing is stored up to the end of this pass (or ``through``, when earlier);
        only for a pass over the configured issuers that met no errors."""
        if not self.configured_scope or self.report.errors:
            return
        ended = self.now + timedelta(seconds=time.monotonic() - self.started)
        sync_state.record_sync_completed(self.db, ended if through is None else min(ended, through))

    def prune(self) -> None:
        cutoff = (datetime.now(EASTERN) - QUEUE_RETENTION).astimezone(ZoneInfo("UTC")).isoformat(timespec="seconds")
        sync_state.prune_stored(self.db, cutoff)


def _syncer(db: sqlite_utils.Database, client: EdgarClient, settings: Settings, command: str,
            issuers: Iterable[str] | None, now: datetime | None, progress: Progress | None,
            stop: threading.Event | None) -> Syncer:
    """A Syncer for ``issuers`` (CIKs or tickers; default SYNC_CIKS, and every issuer when that is empty)."""
    wanted = list(issuers) if issuers is not None else settings.sync_cik_list
    return Syncer(db, client, issuers=resolve_issuers(db, client, wanted) if wanted else None,
                  workers=settings.sync_workers, fetch_attempts=settings.sync_fetch_attempts,
                  now=now, progress=progress, command=command, stop=stop, configured_scope=issuers is None)


def _run(syncer: Syncer, steps: Callable[[], None]) -> SyncReport:
    sent = syncer.client.requests_sent
    with syncer.lock:
        try:
            steps()
        except Stopped:
            syncer.report.stopped = True
            log.info("%s stopped early; the rest is left for the next run", syncer.report.command)
        finally:
            syncer.report.requests = syncer.client.requests_sent - sent
            syncer.report.seconds = time.monotonic() - syncer.started
    return syncer.report


def sync_once(
    db: sqlite_utils.Database,
    client: EdgarClient,
    settings: Settings,
    *,
    issuers: Iterable[str] | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
) -> SyncReport:
    """One pass: the feed, then the daily indexes since the last complete day, then every queued filing.

    ``issuers`` (CIKs or tickers; default SYNC_CIKS) limits the pass to those issuers. Setting ``stop``
    ends the pass early (``report.stopped``). Raises LockHeld when another sync holds the database lock,
    EdgarBlocked when EDGAR keeps refusing requests.
    """
    syncer = _syncer(db, client, settings, "sync", issuers, now, progress, stop)

    def steps() -> None:
        syncer.read_feed()
        days = syncer.catch_up_days()
        syncer.read_indexes(days)
        syncer.fetch_queued()
        syncer.finish_days()
        syncer.advance_cursor(days)
        syncer.prune()
        syncer.record_completed()

    return _run(syncer, steps)


def backfill(
    db: sqlite_utils.Database,
    client: EdgarClient,
    settings: Settings,
    start: date,
    end: date,
    *,
    issuers: Iterable[str] | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
) -> SyncReport:
    """The daily indexes of ``start``..``end`` (inclusive), then every queued filing; ``stop`` as for
    :func:`sync_once`. When every day's index was read, the filings count as synced up to ``end``'s end."""
    if end < start:
        raise ValueError(f"--to {end} is before --from {start}")
    syncer = _syncer(db, client, settings, "backfill", issuers, now, progress, stop)

    def steps() -> None:
        syncer.read_indexes(_weekdays(start, min(end, syncer.today)))
        syncer.fetch_queued()
        syncer.finish_days()
        if not syncer.report.days_waiting:
            syncer.record_completed(through=datetime.combine(end + timedelta(days=1), clock_time(0), EASTERN))

    return _run(syncer, steps)

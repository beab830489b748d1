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
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.config import Settings
from bot.edgar.client import EdgarBlocked, EdgarClient, EdgarError
from bot.edgar.feed import OWNERSHIP_FORMS, FeedFormatError, parse_feed
from bot.edgar.indexes import IndexFormatError, ownership_rows, parse_index
from bot.locks import DbLock
from bot.ownership.errors import OwnershipParseError
from bot.ownership.models import Filing
from bot.ownership.parser import parse_submission
from storage.writes import (
    clear_rejection,
    filing_exists,
    normalize_accession,
    now_utc,
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
        return "\n".join(lines)


@dataclass
class _Candidate:
    accession: str
    form: str
    url: str
    filed: str | None
    day: str
    accepted_at: str | None
    origin: str
    ciks: set[str] = field(default_factory=set)


@dataclass
class _QueueRow:
    accession: str
    url: str
    attempts: int


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
        row = db.execute(
            "SELECT cik FROM issuers WHERE upper(trading_symbol) = ? LIMIT 1", [value.upper()]
        ).fetchone()
        if row is not None:
            ciks.append(str(int(row[0])))
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
    ) -> None:
        self.db = db
        self.client = client
        self.scope = frozenset(str(int(c)) for c in issuers) if issuers else None
        self.scope_key = _scope_key(self.scope)
        self.workers = workers
        self.fetch_attempts = fetch_attempts
        self.now = (now or datetime.now(EASTERN)).astimezone(EASTERN)
        self.today = self.now.date()
        self.progress = progress
        self.report = SyncReport(command=command, scope=self.scope_key)
        self.lock = DbLock(db)

    # state
    def _state(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    @staticmethod
    def _set_state(conn, key: str, value: str) -> None:
        conn.execute(
            "INSERT INTO sync_state (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (key, value, now_utc()),
        )

    def _day_status(self, day: date) -> str | None:
        scopes = ["*"] if self.scope is None else ["*", self.scope_key]
        statuses = {row[0] for row in self.db.execute(
            f"SELECT status FROM sync_days WHERE day = ? AND scope IN ({','.join('?' * len(scopes))})",
            [day.isoformat(), *scopes],
        ).fetchall()}
        for status in ("done", "missing", "indexed"):
            if status in statuses:
                return status
        return None

    def _set_day(self, conn, day: date | str, status: str, filings: int = 0) -> None:
        conn.execute(
            "INSERT INTO sync_days (day, scope, status, filings, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (day, scope) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
            (str(day), self.scope_key, status, filings, now_utc()),
        )

    def _in_scope(self, ciks: Iterable[str]) -> bool:
        return self.scope is None or not self.scope.isdisjoint(ciks)

    def _enqueue(self, conn, candidates: Iterable[_Candidate]) -> int:
        """Queue filings not seen before (inside the caller's transaction); the number newly pending."""
        queued = 0
        stamp = now_utc()
        for c in candidates:
            row = conn.execute("SELECT ciks FROM sync_queue WHERE accession = ?", (c.accession,)).fetchone()
            if row is not None:
                known = set(filter(None, row[0].split(",")))
                if not c.ciks <= known:
                    merged = "," + ",".join(sorted(known | c.ciks, key=int)) + ","
                    conn.execute("UPDATE sync_queue SET ciks = ? WHERE accession = ?", (merged, c.accession))
                continue
            status = "stored" if filing_exists(self.db, c.accession) else "pending"
            conn.execute(
                "INSERT INTO sync_queue (accession, form, ciks, url, filed, day, accepted_at, origin, status,"
                " attempts, enqueued_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                (c.accession, c.form, "," + ",".join(sorted(c.ciks, key=int)) + ",", c.url, c.filed, c.day,
                 c.accepted_at, c.origin, status, stamp, stamp),
            )
            queued += status == "pending"
        return queued

    # discovery
    def read_feed(self) -> None:
        """Page the latest-filings feed of each form back to the previous pass's newest entry."""
        default_floor = datetime.combine(self.today - timedelta(days=1), clock_time(0), EASTERN)
        for form in FEED_FORMS:
            key = f"feed_hwm:{form}:{self.scope_key}"
            mark = self._state(key)
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
                with write_transaction(self.db) as conn:
                    self._set_state(conn, key, newest.isoformat())

    def _read_feed_form(self, form: str, floor: datetime) -> datetime | None:
        newest: datetime | None = None
        for start in range(0, FEED_WINDOW, FEED_PAGE_SIZE):
            body = self.client.feed_page(form, start, FEED_PAGE_SIZE)
            self.report.feed_pages += 1
            if body is None:
                break
            entries = parse_feed(body)
            if not entries:
                break
            page_newest = max(entry.accepted_at for entry in entries)
            newest = page_newest if newest is None else max(newest, page_newest)
            candidates: dict[str, _Candidate] = {}
            reached_floor = False
            for entry in entries:
                if entry.accepted_at < floor:
                    reached_floor = True
                    continue
                if entry.form not in OWNERSHIP_FORMS:
                    continue
                filed = (entry.filed or entry.accepted_at.date()).isoformat()
                candidate = candidates.setdefault(entry.accession, _Candidate(
                    accession=entry.accession, form=entry.form,
                    url=self.client.submission_url(entry.cik, entry.accession),
                    filed=filed, day=filed, accepted_at=entry.accepted_at.isoformat(), origin="feed"))
                candidate.ciks.add(entry.cik)
            with write_transaction(self.db) as conn:
                self.report.feed_queued += self._enqueue(
                    conn, (c for c in candidates.values() if self._in_scope(c.ciks)))
            if reached_floor or len(entries) < FEED_PAGE_SIZE:
                break
        return newest

    def catch_up_days(self) -> list[date]:
        """Weekdays from the first day not yet complete to yesterday (the last three days at first)."""
        cursor = self._state(f"catchup_from:{self.scope_key}")
        first = date.fromisoformat(cursor) if cursor else self.today - timedelta(days=INITIAL_DAYS)
        return _weekdays(first, self.today - timedelta(days=1))

    def read_indexes(self, days: Iterable[date]) -> None:
        """Queue the ownership filings of each day's daily index not read before."""
        for day in days:
            if self._day_status(day) is not None:
                continue
            try:
                body = self.client.daily_index(day)
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
                    with write_transaction(self.db) as conn:
                        self._set_day(conn, day, "missing")
                    self.report.days_missing.append(day.isoformat())
                else:
                    self.report.days_waiting.append(day.isoformat())
                continue
            candidates = []
            for accession, group in ownership_rows(rows).items():
                ciks = {row.cik for row in group}
                if not self._in_scope(ciks):
                    continue
                candidates.append(_Candidate(
                    accession=accession, form=group[0].form, url=self.client.archive_url(group[0].filename),
                    filed=group[0].date_filed.isoformat(), day=day.isoformat(), accepted_at=None,
                    origin="index", ciks=ciks))
            with write_transaction(self.db) as conn:
                self.report.index_queued += self._enqueue(conn, candidates)
                self._set_day(conn, day, "indexed", len(candidates))
            self.report.days_indexed.append(day.isoformat())

    # fetching
    def _queued(self) -> list[_QueueRow]:
        rows = self.db.execute(
            "SELECT accession, ciks, url, attempts FROM sync_queue WHERE status IN ('pending', 'error') "
            "ORDER BY origin = 'feed' DESC, day, accession"
        ).fetchall()
        return [_QueueRow(accession, url, attempts) for accession, ciks, url, attempts in rows
                if self._in_scope(filter(None, ciks.split(",")))]

    def _fetch(self, row: _QueueRow) -> tuple:
        """Worker thread: download and parse one filing. Never raises."""
        try:
            data = self.client.submission(row.url)
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
        downloads of one uncommitted batch, which the next pass fetches again.
        """
        self._mark_already_stored()
        rows = self._queued()
        total = len(rows)
        done = 0
        if self.progress:
            self.progress(done, total)
        blocked: str | None = None
        pending = iter(rows)
        in_flight: dict[Future, _QueueRow] = {}
        batch: list[tuple[_QueueRow, tuple]] = []
        batch_started = 0.0
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="edgar-fetch") as pool:
            while True:
                while blocked is None and len(in_flight) < self.workers * 2:
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
        if blocked is not None:
            raise EdgarBlocked(f"EDGAR is refusing requests ({blocked}); stopped, the rest waits for the next sync")

    def _mark_already_stored(self) -> None:
        """Queued filings that are in the store by now (another route, another pass) need no download."""
        with write_transaction(self.db) as conn:
            self.report.already_stored += conn.execute(
                "UPDATE sync_queue SET status = 'stored', updated_at = ? WHERE status IN ('pending', 'error') "
                "AND accession IN (SELECT accession_number FROM filings WHERE accession_number IS NOT NULL)",
                (now_utc(),),
            ).rowcount

    def _mark(self, row: _QueueRow, status: str, error: str | None, conn=None) -> None:
        sql = ("UPDATE sync_queue SET status = ?, attempts = attempts + 1, last_error = ?, updated_at = ? "
               "WHERE accession = ?")
        params = (status, error, now_utc(), row.accession)
        if conn is not None:
            conn.execute(sql, params)
            return
        with write_transaction(self.db) as own:
            own.execute(sql, params)

    def _record(self, row: _QueueRow, result: tuple) -> None:
        kind = result[0]
        if kind == "ok":
            self.report.fetched += 1
            filing: Filing = result[1]
            try:
                with write_transaction(self.db) as conn:
                    outcome = store_filing(self.db, filing)
                    self._mark(row, "stored", None, conn)
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
            with write_transaction(self.db) as conn:
                record_rejection(self.db, row.url, reason, result[2])
                self._mark(row, "rejected", reason, conn)
            self.report.rejected.append((row.accession, reason))
            log.warning("rejected %s: %s", row.url, reason)
            return
        reason = result[1]
        attempts = row.attempts + 1
        if attempts >= self.fetch_attempts:
            final = f"download failed {attempts} time(s): {reason}"
            with write_transaction(self.db) as conn:
                record_rejection(self.db, row.url, final)
                self._mark(row, "rejected", final, conn)
            self.report.rejected.append((row.accession, final))
            log.warning("rejected %s: %s", row.url, final)
        else:
            self._mark(row, "error", reason)
            self.report.errors.append((row.accession, reason))
            log.warning("will retry %s next sync: %s", row.url, reason)

    # completion
    def finish_days(self) -> None:
        """Mark indexed days whose queued filings are all stored or rejected as done."""
        scopes = ["*"] if self.scope is None else ["*", self.scope_key]
        days = [row[0] for row in self.db.execute(
            f"SELECT DISTINCT day FROM sync_days WHERE status = 'indexed' AND scope IN "
            f"({','.join('?' * len(scopes))}) ORDER BY day", scopes).fetchall()]
        for day in days:
            if self._day_status(date.fromisoformat(day)) != "indexed":
                continue
            open_rows = self.db.execute(
                "SELECT ciks FROM sync_queue WHERE day = ? AND status IN ('pending', 'error')", [day]).fetchall()
            if any(self._in_scope(filter(None, ciks.split(","))) for (ciks,) in open_rows):
                continue
            with write_transaction(self.db) as conn:
                self._set_day(conn, day, "done")

    def advance_cursor(self, days: list[date]) -> None:
        """Move the catch-up start past the leading run of complete days."""
        if not days:
            return
        first_open = self.today
        for day in days:
            if self._day_status(day) not in ("done", "missing"):
                first_open = day
                break
        with write_transaction(self.db) as conn:
            self._set_state(conn, f"catchup_from:{self.scope_key}", first_open.isoformat())

    def prune(self) -> None:
        cutoff = (datetime.now(EASTERN) - QUEUE_RETENTION).astimezone(ZoneInfo("UTC")).isoformat(timespec="seconds")
        with write_transaction(self.db) as conn:
            conn.execute("DELETE FROM sync_queue WHERE status = 'stored' AND updated_at < ?", (cutoff,))


def _run(syncer: Syncer, steps: Callable[[], None]) -> SyncReport:
    started, sent = time.monotonic(), syncer.client.requests_sent
    with syncer.lock:
        try:
            steps()
        finally:
            syncer.report.requests = syncer.client.requests_sent - sent
            syncer.report.seconds = time.monotonic() - started
    return syncer.report


def sync_once(
    db: sqlite_utils.Database,
    client: EdgarClient,
    settings: Settings,
    *,
    issuers: Iterable[str] | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> SyncReport:
    """One pass: the feed, then the daily indexes since the last complete day, then every queued filing.

    ``issuers`` (CIKs or tickers; default SYNC_CIKS) limits the pass to those issuers. Raises LockHeld
    when another sync holds the database lock, EdgarBlocked when EDGAR keeps refusing requests.
    """
    wanted = list(issuers) if issuers is not None else settings.sync_cik_list
    syncer = Syncer(db, client, issuers=resolve_issuers(db, client, wanted) if wanted else None,
                    workers=settings.sync_workers, fetch_attempts=settings.sync_fetch_attempts,
                    now=now, progress=progress, command="sync")

    def steps() -> None:
        syncer.read_feed()
        days = syncer.catch_up_days()
        syncer.read_indexes(days)
        syncer.fetch_queued()
        syncer.finish_days()
        syncer.advance_cursor(days)
        syncer.prune()

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
) -> SyncReport:
    """The daily indexes of ``start``..``end`` (inclusive), then every queued filing."""
    if end < start:
        raise ValueError(f"--to {end} is before --from {start}")
    wanted = list(issuers) if issuers is not None else settings.sync_cik_list
    syncer = Syncer(db, client, issuers=resolve_issuers(db, client, wanted) if wanted else None,
                    workers=settings.sync_workers, fetch_attempts=settings.sync_fetch_attempts,
                    now=now, progress=progress, command="backfill")

    def steps() -> None:
        syncer.read_indexes(_weekdays(start, min(end, syncer.today)))
        syncer.fetch_queued()
        syncer.finish_days()

    return _run(syncer, steps)

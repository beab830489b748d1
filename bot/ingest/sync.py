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

The steps live beside this module: :mod:`bot.ingest.discovery` (the feed and the daily indexes),
:mod:`bot.ingest.fetching` (download, parse, store), :mod:`bot.ingest.sync_pass` (what the steps share)
and :mod:`bot.ingest.report` (what the pass did).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.config import Settings
from bot.edgar.client import EdgarClient, Stopped
from bot.ingest.discovery import catch_up_days, read_feed, read_indexes
from bot.ingest.fetching import fetch_queued
from bot.ingest.report import SyncReport
from bot.ingest.sync_pass import EASTERN, Progress, SyncPass, UnknownIssuer, resolve_issuers, weekdays
from storage import sync_state

__all__ = ["Progress", "SyncReport", "UnknownIssuer", "backfill", "resolve_issuers", "run_locked", "sync_once"]

log = logging.getLogger(__name__)

QUEUE_RETENTION = timedelta(days=30)


# --- the closing steps of a pass -------------------------------------------------------------------


def finish_days(run: SyncPass) -> None:
    """Mark indexed days whose queued filings are all stored or rejected as done."""
    for day in sync_state.days_with_status(run.db, "indexed", run.scopes):
        if run.day_status(day) != "indexed":
            continue
        if any(run.in_scope(ciks) for ciks in sync_state.open_ciks_on_day(run.db, day)):
            continue
        run.set_day(day, "done")


def advance_cursor(run: SyncPass, days: list[date]) -> None:
    """Move the catch-up start past the leading run of complete days."""
    if not days:
        return
    first_open = next((day for day in days if run.day_status(day) not in ("done", "missing")), run.today)
    sync_state.set_state(run.db, f"catchup_from:{run.scope_key}", first_open.isoformat())


def record_completed(run: SyncPass, through: datetime | None = None) -> None:
    """Record that every filing is stored up to the end of this pass (or ``through``, when earlier);
    only for a pass over the configured issuers that met no errors."""
    if not run.configured_scope or run.report.errors:
        return
    ended = run.now + timedelta(seconds=time.monotonic() - run.started)
    sync_state.record_sync_completed(run.db, ended if through is None else min(ended, through))


def prune(run: SyncPass) -> None:
    """Forget queue rows stored more than QUEUE_RETENTION ago."""
    cutoff = (datetime.now(EASTERN) - QUEUE_RETENTION).astimezone(ZoneInfo("UTC")).isoformat(timespec="seconds")
    sync_state.prune_stored(run.db, cutoff)


# --- the passes ------------------------------------------------------------------------------------


def _sync_pass(db: sqlite_utils.Database, client: EdgarClient, settings: Settings, command: str,
               issuers: Iterable[str] | None, now: datetime | None, progress: Progress | None,
               stop: threading.Event | None) -> SyncPass:
    """A pass for ``issuers`` (CIKs or tickers; default SYNC_CIKS, and every issuer when that is empty)."""
    wanted = list(issuers) if issuers is not None else settings.sync_cik_list
    return SyncPass(db, client, issuers=resolve_issuers(db, client, wanted) if wanted else None,
                    workers=settings.sync_workers, fetch_attempts=settings.sync_fetch_attempts,
                    now=now, progress=progress, command=command, stop=stop, configured_scope=issuers is None)


def run_locked(run: SyncPass, steps: Callable[[], None]) -> SyncReport:
    """Run ``steps`` holding the sync lock; a stop ends them early (``report.stopped``), never with an error."""
    sent = run.client.requests_sent
    with run.lock:
        try:
            steps()
        except Stopped:
            run.report.stopped = True
            log.info("%s stopped early; the rest is left for the next run", run.report.command)
        finally:
            run.report.requests = run.client.requests_sent - sent
            run.report.seconds = time.monotonic() - run.started
    return run.report


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
    run = _sync_pass(db, client, settings, "sync", issuers, now, progress, stop)

    def steps() -> None:
        read_feed(run)
        days = catch_up_days(run)
        read_indexes(run, days)
        fetch_queued(run)
        finish_days(run)
        advance_cursor(run, days)
        prune(run)
        record_completed(run)

    return run_locked(run, steps)


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
    run = _sync_pass(db, client, settings, "backfill", issuers, now, progress, stop)

    def steps() -> None:
        read_indexes(run, weekdays(start, min(end, run.today)))
        fetch_queued(run)
        finish_days(run)
        if not run.report.days_waiting:
            record_completed(run, through=datetime.combine(end + timedelta(days=1), clock_time(0), EASTERN))

    return run_locked(run, steps)

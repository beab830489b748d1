"""Finding new ownership filings: the latest-filings feed and the daily indexes, queued in ``sync_queue``.

Each feed's high-water mark moves only once the feed has been read to it; a day's index rows are queued
in the same transaction that marks the day indexed. A feed or index that cannot be read is an error in
the report and the pass goes on (the next pass reads it again); EDGAR's block (EdgarBlocked) ends it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from datetime import time as clock_time

from bot.edgar.client import EdgarBlocked, EdgarError
from bot.edgar.feed import FeedEntry, FeedFormatError, ownership_entries, parse_feed
from bot.edgar.indexes import IndexFormatError, IndexRow, ownership_rows, parse_index
from bot.ingest.report import Problem
from bot.ingest.sync_pass import EASTERN, SyncPass, weekdays
from storage import sync_state
from storage.sync_state import QueueEntry
from storage.writes import write_transaction

log = logging.getLogger(__name__)

FEED_FORMS = ("4", "3", "5")
FEED_PAGE_SIZE = 100
FEED_WINDOW = 5100          # getcurrent answers 503 "File Unavailable" from start=5100 on
FEED_OVERLAP = timedelta(minutes=5)
INITIAL_DAYS = 3


# --- the feed --------------------------------------------------------------------------------------


def read_feed(run: SyncPass) -> None:
    """Page the latest-filings feed of each form back to the previous pass's newest entry."""
    default_floor = datetime.combine(run.today - timedelta(days=1), clock_time(0), EASTERN)
    for form in FEED_FORMS:
        run.check_stop()
        key = f"feed_hwm:{form}:{run.scope_key}"
        mark = sync_state.get_state(run.db, key)
        floor = default_floor if mark is None else max(default_floor, datetime.fromisoformat(mark) - FEED_OVERLAP)
        try:
            newest = _read_feed_form(run, form, floor)
        except EdgarBlocked:
            raise
        except (EdgarError, FeedFormatError) as exc:
            log.warning("feed type=%s: %s", form, exc)
            run.report.errors.append(Problem(f"feed type={form}", str(exc)))
            continue
        if newest is not None and (mark is None or newest > datetime.fromisoformat(mark)):
            sync_state.set_state(run.db, key, newest.isoformat())


def _read_feed_form(run: SyncPass, form: str, floor: datetime) -> datetime | None:
    """Queue the form's feed entries accepted since ``floor``; the newest acceptance time seen."""
    newest: datetime | None = None
    for start in range(0, FEED_WINDOW, FEED_PAGE_SIZE):
        run.check_stop()
        body = run.client.feed_page(form, start, FEED_PAGE_SIZE, stop=run.stop)
        run.report.feed_pages += 1
        entries = [] if body is None else parse_feed(body)
        if not entries:
            break
        page_newest = max(entry.accepted_at for entry in entries)
        newest = page_newest if newest is None else max(newest, page_newest)
        recent = [entry for entry in entries if entry.accepted_at >= floor]
        run.report.feed_queued += sync_state.enqueue(run.db, _feed_candidates(run, recent))
        if len(recent) < len(entries) or len(entries) < FEED_PAGE_SIZE:
            break
    return newest


def _feed_candidates(run: SyncPass, entries: list[FeedEntry]) -> list[QueueEntry]:
    candidates = []
    for accession, group in ownership_entries(entries).items():
        ciks = {entry.cik for entry in group}
        if not run.in_scope(ciks):
            continue
        first = group[0]
        filed = (first.filed or first.accepted_at.date()).isoformat()
        candidates.append(QueueEntry(
            accession=accession, form=first.form, url=run.client.submission_url(first.cik, accession),
            filed=filed, day=filed, accepted_at=first.accepted_at.isoformat(), origin="feed", ciks=ciks))
    return candidates


# --- the daily indexes -----------------------------------------------------------------------------


def catch_up_days(run: SyncPass) -> list[date]:
    """Weekdays from the first day not yet complete to yesterday (the last three days at first)."""
    cursor = sync_state.get_state(run.db, f"catchup_from:{run.scope_key}")
    first = date.fromisoformat(cursor) if cursor else run.today - timedelta(days=INITIAL_DAYS)
    return weekdays(first, run.today - timedelta(days=1))


def read_indexes(run: SyncPass, days: Iterable[date]) -> None:
    """Queue the ownership filings of each day's daily index not read before."""
    for day in days:
        run.check_stop()
        if run.day_status(day) is not None:
            continue
        try:
            body = run.client.daily_index(day, stop=run.stop)
            rows = None if body is None else parse_index(body)
        except EdgarBlocked:
            raise
        except (EdgarError, IndexFormatError) as exc:
            log.warning("daily index %s: %s", day, exc)
            run.report.errors.append(Problem(f"index {day}", str(exc)))
            run.report.days_waiting.append(day.isoformat())
            continue
        if rows is None:
            _no_index(run, day)
        else:
            _queue_index(run, day, rows)


def _no_index(run: SyncPass, day: date) -> None:
    """No index for ``day``: none will come once two days have passed (a holiday); until then, wait."""
    if day <= run.today - timedelta(days=2):
        run.set_day(day, "missing")
        run.report.days_missing.append(day.isoformat())
    else:
        run.report.days_waiting.append(day.isoformat())


def _queue_index(run: SyncPass, day: date, rows: list[IndexRow]) -> None:
    candidates = []
    for accession, group in ownership_rows(rows).items():
        ciks = {row.cik for row in group}
        if not run.in_scope(ciks):
            continue
        candidates.append(QueueEntry(
            accession=accession, form=group[0].form, url=run.client.archive_url(group[0].filename),
            filed=group[0].date_filed.isoformat(), day=day.isoformat(), accepted_at=None,
            origin="index", ciks=ciks))
    with write_transaction(run.db):
        run.report.index_queued += sync_state.enqueue(run.db, candidates)
        run.set_day(day, "indexed", len(candidates))
    run.report.days_indexed.append(day.isoformat())

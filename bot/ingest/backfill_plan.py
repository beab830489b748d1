"""Planning a backfill: which quarters come from the SEC's data sets (one zip each) and which days from the
daily indexes (one request a day plus one per filing).

``auto`` (the default): every quarter lying wholly inside the range, ended, from 2006q1 on, whose zip is
published (a HEAD request in each directory; a zip downloaded before counts as published and its
conditional GET will tell) comes from the data sets; the other days from the daily indexes, including
the days of a quarter not published yet. ``datasets``: every quarter touching the range from the data
sets, whole (days no published zip covers are listed as not covered). ``daily``: every day from the
daily indexes, as before data sets existed.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal, NamedTuple

import sqlite_utils

from bot.edgar.client import EdgarBlocked, EdgarClient, EdgarError
from bot.edgar.datasets import FIRST_QUARTER, Quarter, locate, quarters_touching
from bot.ingest.sync_pass import weekdays
from storage import edgar_cache

Source = Literal["auto", "datasets", "daily"]
SOURCES: tuple[Source, ...] = ("auto", "datasets", "daily")

log = logging.getLogger(__name__)


class DaySpan(NamedTuple):
    """Days from ``first`` to ``last``, both included."""

    first: date
    last: date

    def __str__(self) -> str:
        return f"{self.first}..{self.last}" if self.first != self.last else str(self.first)


@dataclass(frozen=True)
class PlannedZip:
    """A quarter to take from its data-set zip: where it was found and its size (when known)."""

    quarter: Quarter
    url: str | None
    size: int | None


@dataclass
class BackfillPlan:
    first: date
    last: date
    source: Source
    zips: list[PlannedZip] = field(default_factory=list)
    days: list[DaySpan] = field(default_factory=list)          # from the daily indexes
    unpublished: list[Quarter] = field(default_factory=list)   # whole quarters with no zip yet
    uncovered: list[DaySpan] = field(default_factory=list)     # --source datasets: days no zip covers

    @property
    def download_bytes(self) -> int:
        return sum(z.size or 0 for z in self.zips)

    def weekdays(self) -> int:
        return sum(len(weekdays(span.first, span.last)) for span in self.days)

    def lines(self) -> list[str]:
        """The plan as printed before anything is fetched."""
        out = [f"plan for {self.first}..{self.last} (--source {self.source}):"]
        if self.zips:
            labels = [z.quarter.label for z in self.zips]
            span = labels[0] if len(labels) == 1 else f"{labels[0]}..{labels[-1]}"
            out.append(f"  data sets: {len(labels)} quarter(s), {span}, one zip each (about "
                       f"{self.download_bytes / 1e6:.1f} MB; a zip on disk and unchanged is not downloaded again)")
        if self.days:
            out.append(f"  daily indexes: {', '.join(map(str, self.days))} ({self.weekdays()} weekday(s), "
                       "one request a day and one per filing not stored yet)")
        if self.unpublished:
            out.append(f"  not published as data sets yet: {', '.join(q.label for q in self.unpublished)}"
                       + (" (from the daily indexes instead)" if self.source == "auto" else ""))
        if self.uncovered:
            out.append(f"  not covered by any data set: {', '.join(map(str, self.uncovered))} "
                       "(use --source auto to take them from the daily indexes)")
        if not (self.zips or self.days):
            out.append("  nothing to fetch")
        return out


def quarter_span(quarter: Quarter, first: date, last: date) -> DaySpan:
    """The quarter's days within ``first``..``last``."""
    return DaySpan(max(quarter.first_day, first), min(quarter.last_day, last))


def gaps(first: date, last: date, covered: list[Quarter]) -> list[DaySpan]:
    """The days of ``first``..``last`` outside the ``covered`` quarters, as spans."""
    out, cursor = [], first
    for quarter in sorted(covered):
        if quarter.first_day > cursor:
            out.append(DaySpan(cursor, min(last, quarter.first_day - timedelta(days=1))))
        cursor = max(cursor, quarter.last_day + timedelta(days=1))
    if cursor <= last:
        out.append(DaySpan(cursor, last))
    return [span for span in out if span.first <= span.last]


def candidate_quarters(first: date, last: date, source: Source, today: date) -> list[Quarter]:
    """The quarters the data sets could cover: ended before today, 2006q1 or later, and (for ``auto``)
    wholly inside the range."""
    quarters = [q for q in quarters_touching(first, last) if q >= FIRST_QUARTER and q.last_day < today]
    if source == "auto":
        quarters = [q for q in quarters if q.first_day >= first and q.last_day <= last]
    return quarters


def plan_backfill(db: sqlite_utils.Database, client: EdgarClient | None, first: date, last: date, *,
                  source: Source = "auto", today: date | None = None,
                  stop: threading.Event | None = None) -> BackfillPlan:
    """The plan for ``first``..``last`` (``last`` cut to today). Asks EDGAR (HEAD, one request per quarter
    and directory) only about quarters it has not downloaded before."""
    today = today or date.today()
    last = min(last, today)
    plan = BackfillPlan(first, last, source)
    if source == "daily" or client is None:
        plan.days = [DaySpan(first, last)] if first <= last else []
        return plan
    for quarter in candidate_quarters(first, last, source, today):
        record = edgar_cache.zip_record(db, quarter.label)
        found = (record.url, record.size) if record else _locate(client, quarter, stop)
        if found is None:
            plan.unpublished.append(quarter)
        else:
            plan.zips.append(PlannedZip(quarter, *found))
    rest = gaps(first, last, [z.quarter for z in plan.zips])
    if source == "auto":
        plan.days = rest
    else:
        plan.uncovered = rest
    return plan


def _locate(client: EdgarClient, quarter: Quarter, stop: threading.Event | None) -> tuple[str | None, int | None] | None:
    """Where the quarter's zip is (HEAD requests); when HEAD itself fails, taken as published: the download
    will tell (and a 404 there sends the quarter's days to the daily indexes)."""
    try:
        return locate(client, quarter, stop=stop)
    except EdgarBlocked:
        raise
    except EdgarError as exc:
        log.warning("HEAD %s: %s; the download will tell whether it is published", quarter.file_name, exc)
        return None, None

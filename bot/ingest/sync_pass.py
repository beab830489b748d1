"""One sync or backfill pass as the steps share it (:class:`SyncPass`): the database, the client, which
issuers it covers, its clock, its stop event, its lock and its report; and how issuers are named."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.edgar.client import EdgarClient, Stopped
from bot.edgar.tickers import fetch_company_tickers
from bot.ingest.locks import DbLock
from bot.ingest.report import SyncReport
from storage import sync_state
from storage.writes import issuer_cik_by_symbol

EASTERN = ZoneInfo("America/New_York")

Progress = Callable[[int, int], None]
"""Called with (filings done, filings to do) as the fetching goes."""


class UnknownIssuer(ValueError):
    """A ``--issuer`` / SYNC_CIKS value that is neither a CIK nor a known ticker."""


def resolve_issuers(db: sqlite_utils.Database, client: EdgarClient | None, values: Iterable[str]) -> list[str]:
    """CIKs (without leading zeros) for CIKs and tickers: tickers from the stored issuers first, then
    EDGAR's ``company_tickers.json`` fetched afresh (parsed by :mod:`bot.edgar.tickers`). The resolver of a
    sync or daily backfill pass (SYNC_CIKS, ``--issuer``); the CLI's range backfill and history resolve
    first with :func:`bot.ingest.tickers.resolve_issuers`, which keeps the table cached in the database
    and reads it before the stored issuers."""
    ciks: list[str] = []
    unknown: list[str] = []
    for value in (v.strip() for v in values):
        if not value:
            continue
        cik = value if value.isdigit() else issuer_cik_by_symbol(db, value)
        if cik is not None:
            ciks.append(str(int(cik)))
        else:
            unknown.append(value.upper())
    if unknown and client is not None:
        by_ticker = {row.ticker: row.cik for row in fetch_company_tickers(client)}
        ciks += [by_ticker[ticker] for ticker in unknown if ticker in by_ticker]
        unknown = [ticker for ticker in unknown if ticker not in by_ticker]
    if unknown:
        raise UnknownIssuer(f"unknown ticker(s): {', '.join(unknown)} (give the issuer's CIK instead)")
    return sorted(set(ciks), key=int)


def weekdays(first: date, last: date) -> list[date]:
    """Monday to Friday from ``first`` to ``last``, inclusive: the days EDGAR may publish an index for."""
    days = []
    day = first
    while day <= last:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def scope_key(issuers: Iterable[str] | None) -> str:
    """``*`` for every issuer, else the CIKs (without leading zeros, in order) joined by commas."""
    return "*" if not issuers else ",".join(sorted({str(int(c)) for c in issuers}, key=int))


class SyncPass:
    """One pass over EDGAR against one database; run by :func:`bot.ingest.sync.sync_once` and
    :func:`bot.ingest.sync.backfill`, its steps in :mod:`bot.ingest.discovery` and :mod:`bot.ingest.fetching`."""

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
        self.scope_key = scope_key(self.scope)
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

    def stopping(self) -> bool:
        return self.stop is not None and self.stop.is_set()

    def check_stop(self) -> None:
        """Stopped when the stop event is set: called between feed pages, daily indexes and filings."""
        if self.stopping():
            raise Stopped("stop requested")

    def in_scope(self, ciks: Iterable[str]) -> bool:
        return self.scope is None or not self.scope.isdisjoint(ciks)

    def day_status(self, day: date | str) -> str | None:
        """The day's most advanced status for this scope (or for every issuer): done, missing, indexed."""
        statuses = sync_state.day_statuses(self.db, str(day), self.scopes)
        for status in ("done", "missing", "indexed"):
            if status in statuses:
                return status
        return None

    def set_day(self, day: date | str, status: str, filings: int = 0) -> None:
        sync_state.set_day(self.db, str(day), self.scope_key, status, filings)

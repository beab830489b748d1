"""Fetching a company on demand: a question names a company with no filings stored, so its Forms 3/4/5 of
the last ON_DEMAND_YEARS are fetched through the issuer road (``fetch_issuer_history``: its submissions JSON,
then one ``.txt`` each), the newest ON_DEMAND_MAX_FILINGS of them, before the question is answered.

One fetch per company at a time: a second question about it waits for the first fetch and gets its outcome
(remembered for ``REMEMBER_SECONDS``, so a company with no recent filings is not listed again for every
question). Requests go through the process's one EDGAR client and rate limiter, writes through a job writer
of the process's Store (like the scheduled sync, whose database lock it takes and waits for). A question naming
several companies has them fetched one after the other (:meth:`OnDemand.fetch_each`), the cap applied to each.
The composition root builds one :class:`OnDemand` per process; the front ends decide when to call it.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from bot.config import Settings
from bot.edgar.client import EdgarClient, EdgarError, MissingUserAgent
from bot.edgar.ratelimit import RateLimiter
from bot.ingest.issuer_history import fetch_issuer_history
from bot.ingest.locks import LockHeld
from bot.ingest.tickers import refresh_tickers, tickers_stale
from storage.db import Store

log = logging.getLogger(__name__)

REMEMBER_SECONDS = 3600.0        # a company's fetch is not repeated within this time
LOCK_WAIT_SECONDS = 120.0        # how long a fetch waits while the scheduled sync holds the database lock
LOCK_RETRY_SECONDS = 2.0
TICKERS_RETRY_SECONDS = 600.0    # after a failed refresh of the ticker table, the next try
PROGRESS_LOG_SECONDS = 5.0

Announce = Callable[[int | None], None]
"""Called at most once per fetch: with the number of filings to fetch once the listing is read (not when there
are none), or with None at once when the question waits for another question's fetch of the same company."""


class Company(Protocol):
    """A company to fetch, as a front end names it (``bot.answers.missing.MissingCompany``)."""

    @property
    def cik(self) -> str: ...

    @property
    def label(self) -> str: ...


C = TypeVar("C", bound=Company)


@dataclass(frozen=True)
class OnDemandResult:
    """What fetching one company did: filings stored (``new``), left out by the cap, and the period."""

    cik: str
    since: dt.date
    cap: int
    new: int = 0
    left_out: int = 0
    error: str | None = None   # why nothing could be fetched (EDGAR refused, the sync kept the lock...)
    shared: bool = False       # another question's fetch, waited for
    stopped: bool = False      # the process is stopping: what came in is stored


def years_before(today: dt.date, years: int) -> dt.date:
    """The same day ``years`` earlier (Feb 28 for Feb 29)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


class OnDemand:
    """Fetches companies for questions; thread-safe (one per process)."""

    def __init__(self, settings: Settings, store: Store, client: EdgarClient | None, *,
                 clock: Callable[[], float] = time.monotonic, lock_wait: float = LOCK_WAIT_SECONDS,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self.settings = settings
        self.store = store
        self.client = client
        self.years = settings.on_demand_years
        self.cap = settings.on_demand_max_filings
        self.lock_wait = lock_wait
        self._clock = clock
        self._today = today
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._done: dict[str, tuple[float, OnDemandResult]] = {}
        self._tickers_failed_at: float | None = None
        self._stop = threading.Event()

    @classmethod
    def from_settings(cls, settings: Settings, store: Store, *, limiter: RateLimiter) -> OnDemand | None:
        """None when ON_DEMAND_FETCH is off; without SEC_USER_AGENT one that cannot fetch (``can_fetch``
        False: the front ends say how an admin loads the company instead)."""
        if not settings.on_demand_fetch:
            return None
        try:
            client = EdgarClient.from_settings(settings, limiter=limiter)
        except MissingUserAgent:
            client = None
        return cls(settings, store, client)

    @property
    def can_fetch(self) -> bool:
        return self.client is not None

    def refresh_tickers(self) -> None:
        """Fetch the SEC's ticker table when it is stale (at most daily; never raises: a failure is logged
        and tried again after ``TICKERS_RETRY_SECONDS``), so companies not stored yet are known by name."""
        if self.client is None:
            return
        failed = self._tickers_failed_at
        if failed is not None and self._clock() - failed < TICKERS_RETRY_SECONDS:
            return
        max_age = dt.timedelta(hours=self.settings.company_tickers_max_age_hours)
        try:
            with self.store.reader.connect() as conn:
                if not tickers_stale(conn, max_age):  # type: ignore[arg-type]  (a read-only connection reads it)
                    return
            with self.store.job_writer() as db:  # a connection of its own: Slack's writes never wait for EDGAR
                refresh_tickers(db, self.client, max_age=max_age, stop=self._stop)
            self._tickers_failed_at = None
        except Exception as exc:  # noqa: BLE001 - an answer goes on with the table it has
            self._tickers_failed_at = self._clock()
            log.warning("could not refresh the SEC ticker table: %s", exc)

    def fetch(self, cik: str, *, label: str | None = None, announce: Announce | None = None) -> OnDemandResult:
        """Store the company's Forms 3/4/5 of the last ``years`` not stored yet (the newest ``cap``), or wait for
        the fetch of it already under way and return that one's outcome (``shared``)."""
        cik = str(int(cik))
        with self._guard:
            lock = self._locks.setdefault(cik, threading.Lock())
        if lock.locked() and announce is not None:
            announce(None)
            announce = None
        with lock:
            remembered = self._done.get(cik)
            if remembered is not None and self._clock() - remembered[0] < REMEMBER_SECONDS:
                return replace(remembered[1], shared=True)
            result = self._fetch(cik, label or f"CIK {cik}", announce)
            if result.error is None and not result.stopped:
                self._done[cik] = (self._clock(), result)
            return result

    def fetch_each(self, companies: Sequence[C], *,
                   announce: Callable[[C, int | None], None] | None = None) -> list[tuple[C, OnDemandResult]]:
        """Fetch the companies a question names one after the other (each as :meth:`fetch`: one fetch per
        company at a time across threads, the cap applied to each, every request through the one rate limiter);
        ``announce(company, count)`` as :data:`Announce` for each. Once the process is stopping, the companies
        not fetched yet get an error."""
        fetched: list[tuple[C, OnDemandResult]] = []
        for company in companies:
            told = functools.partial(announce, company) if announce is not None else None
            fetched.append((company, self.fetch(company.cik, label=company.label, announce=told)))
        return fetched

    def _fetch(self, cik: str, label: str, announce: Announce | None) -> OnDemandResult:
        since = years_before(self._today(), self.years)
        result = OnDemandResult(cik, since, self.cap)
        if self.client is None:
            return replace(result, error="SEC_USER_AGENT is not set")
        if self._stop.is_set():
            return replace(result, error="the bot is stopping", stopped=True)
        progress = _Progress(label, announce, self._clock)
        deadline = self._clock() + self.lock_wait
        log.info("on demand: fetching %s's Forms 3/4/5 filed since %s from EDGAR (at most %d)", label, since, self.cap)
        while True:
            try:
                with self.store.job_writer() as db:
                    report = fetch_issuer_history(db, self.client, self.settings, cik, since=since, limit=self.cap,
                                                  progress=progress, stop=self._stop)
                break
            except LockHeld:
                if self._clock() >= deadline or self._stop.wait(LOCK_RETRY_SECONDS):
                    return replace(result, error="the EDGAR sync is running; ask again in a few minutes")
            except EdgarError as exc:
                log.warning("on demand: fetching %s failed: %s", label, exc)
                return replace(result, error=str(exc))
        log.info("on demand: %s", report.summary())
        if not report.found:
            return replace(result, error="EDGAR lists no filings for this company")
        return replace(result, new=report.sync.new + report.sync.updated, left_out=report.left_out,
                       stopped=report.stopped)

    def stop(self) -> None:
        """A fetch under way stops at its next checkpoint (what came in stays stored; its question is answered
        from that); none starts after this."""
        self._stop.set()

    def close(self) -> None:
        """Stop, and close the EDGAR client (after the answers under way have finished)."""
        self._stop.set()
        if self.client is not None:
            self.client.close()


class _Progress:
    """The fetch's progress: announced once with the number of filings, logged every few seconds."""

    def __init__(self, label: str, announce: Announce | None, clock: Callable[[], float]) -> None:
        self.label = label
        self.announce = announce
        self.clock = clock
        self.logged = 0.0

    def __call__(self, done: int, total: int) -> None:
        if self.announce is not None and total:
            announce, self.announce = self.announce, None
            announce(total)
        now = self.clock()
        if done == total or now - self.logged >= PROGRESS_LOG_SECONDS:
            self.logged = now
            log.info("on demand: %s: %d/%d filings fetched", self.label, done, total)

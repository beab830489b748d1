"""What ``insiderbot sync`` and ``insiderbot backfill`` do around :mod:`bot.ingest`: the client, the
messages, the plan, the progress displays (downloads in bytes, imports, filings fetched: a live line on a
terminal, plain log lines otherwise), Ctrl-C and exit codes (as :class:`bot.cli.errors.CliError`). The caller hands it the store; it opens no database itself.

Ctrl-C stops the pass at its next checkpoint (the downloads under way end, what came in is saved) and
prints what was done; a second Ctrl-C quits at once. Either way the next run finishes the work."""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple, TextIO

import click

from bot.cli.errors import EXIT_CONFIG, EXIT_FAILED, EXIT_INTERRUPTED, CliError
from bot.config import Settings

if TYPE_CHECKING:
    from bot.edgar.client import EdgarClient
    from bot.ingest.range_backfill import ImportProgress
    from storage.db import Store

log = logging.getLogger("bot.ingest.sync")


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgressDisplay:
    """Filings done, rate and time left: redrawn in place on a terminal, logged every few seconds otherwise."""

    def __init__(self, label: str, *, stream: TextIO | None = None, tty: bool | None = None,
                 log_every: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.log_every = log_every
        self.clock = clock
        self.started = clock()
        self.last_output = float("-inf")
        self.drawn = False
        self.done = 0
        self.total = 0

    def line(self) -> str:
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else None
        percent = 100 * self.done / self.total if self.total else 100.0
        eta = _duration(left) if left is not None else "?"
        return (f"{self.label}: {self.done}/{self.total} filings ({percent:.0f}%), {rate:.1f}/s, "
                f"about {eta} left")

    def __call__(self, done: int, total: int) -> None:
        if done == 0:
            self.started = self.clock()
        self.done, self.total = done, total
        self._draw(done >= total)

    def _draw(self, finished: bool) -> None:
        total = self.total
        now = self.clock()
        if self.tty:
            if finished or now - self.last_output >= 0.1:
                self.stream.write("\r\x1b[K" + self.line())
                self.stream.flush()
                self.drawn = True
                self.last_output = now
        elif total and (finished or now - self.last_output >= self.log_every):
            log.info("%s", self.line())
            self.last_output = now

    def close(self) -> None:
        if self.tty and self.drawn:
            self.stream.write("\n")
            self.stream.flush()


class ByteDisplay(ProgressDisplay):
    """The downloads: megabytes done of the total, speed and time left (timed from the first bytes)."""

    begun = False

    def __call__(self, done: int, total: int) -> None:
        if not self.begun:
            self.begun, self.started = True, self.clock()
        super().__call__(done, total)

    def line(self) -> str:
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        left = _duration((self.total - self.done) / rate) if rate > 0 else "?"
        percent = 100 * self.done / self.total if self.total else 100.0
        return (f"{self.label}: {self.done / 1e6:.1f}/{self.total / 1e6:.1f} MB ({percent:.0f}%), "
                f"{rate / 1e6:.1f} MB/s, about {left} left")


class ImportDisplay(ProgressDisplay):
    """The imports: the quarter under way, quarters done, filings stored, filings a second, time left."""

    quarter = ""
    filings = 0

    begun = False

    def update(self, progress: ImportProgress) -> None:
        if not self.begun:
            self.begun, self.started = True, self.clock()
        self.quarter, self.filings = progress.quarter, progress.filings
        self.done, self.total = progress.quarters_done, progress.quarters
        self._draw(progress.quarters_done >= progress.quarters)

    def line(self) -> str:
        elapsed = max(self.clock() - self.started, 1e-9)
        left = _duration(elapsed / self.done * (self.total - self.done)) if self.done else "?"
        return (f"{self.label}: {self.quarter}, {self.done}/{self.total} quarter(s) done, {self.filings:,} filings, "
                f"{self.filings / elapsed:,.0f} filings/s, about {left} left")


def _configure_logging() -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                            stream=sys.stderr)
    logging.getLogger("httpx").setLevel(logging.WARNING)


class Span(NamedTuple):
    """The days of a backfill, both included."""

    first: date
    last: date


def _client(settings: Settings) -> EdgarClient:
    """This process's one EDGAR client (with its one limiter); exit 2 without SEC_USER_AGENT."""
    from bot.edgar.client import EdgarClient, MissingUserAgent

    _configure_logging()
    try:
        return EdgarClient.from_settings(settings)
    except MissingUserAgent as exc:
        raise CliError(str(exc), EXIT_CONFIG) from None


def run(settings: Settings, store: Store, issuers: tuple[str, ...], *, days: Span | None = None) -> None:
    """``insiderbot sync`` (``days`` None) or a backfill of the daily indexes alone (``days`` = first, last),
    writing to ``store`` (its writer is opened only once SEC_USER_AGENT is known to be set). Ends with a
    CliError carrying the exit code when the pass could not run or was stopped."""
    from bot.ingest.sync import backfill, sync_once

    client = _client(settings)
    label = "sync" if days is None else f"backfill {days.first}..{days.last}"
    progress = ProgressDisplay(label)
    stop = threading.Event()
    try:
        with _interruptible(label, stop), store.writing() as db:
            if days is None:
                report = sync_once(db, client, settings, issuers=issuers or None, progress=progress, stop=stop)
            else:
                report = backfill(db, client, settings, days.first, days.last, issuers=issuers or None,
                                  progress=progress, stop=stop)
    finally:
        progress.close()
        client.close()
    click.echo(report.summary())
    if report.stopped:
        raise CliError("", EXIT_INTERRUPTED)


def run_backfill(settings: Settings, store: Store, issuers: tuple[str, ...], first: date, last: date | None,
                 source: str = "auto") -> None:
    """``insiderbot backfill --from DATE [--to DATE] [--source auto|datasets|daily] [--issuer X]``: the plan
    printed first, then the data-set zips (a bar for the downloads, one for the imports), then the daily
    indexes of the other days."""
    from bot.ingest.backfill_plan import plan_backfill
    from bot.ingest.range_backfill import BackfillHooks
    from bot.ingest.range_backfill import run_backfill as run_range
    from bot.ingest.tickers import resolve_issuers

    client = _client(settings)
    label = f"backfill {first}..{last or 'today'}"
    downloads, imports, fetches = ByteDisplay("downloads"), ImportDisplay("imports"), ProgressDisplay(label)
    hooks = BackfillHooks(download=downloads, imports=imports.update, fetch=fetches)
    stop = threading.Event()
    try:
        with _interruptible(label, stop), store.writing() as db:
            ciks = resolve_issuers(db, client, issuers, max_age=_ticker_age(settings), stop=stop) if issuers else None
            plan = plan_backfill(db, client, first, last or date.today(), source=source, stop=stop)
            click.echo("\n".join(plan.lines()))
            report = run_range(db, client, settings, plan, issuers=ciks, hooks=hooks, stop=stop)
    finally:
        for display in (downloads, imports, fetches):
            display.close()
        client.close()
    click.echo(report.summary())
    if report.stopped:
        raise CliError("", EXIT_INTERRUPTED)


def run_history(settings: Settings, store: Store, issuers: tuple[str, ...], *, since: date | None = None,
                until: date | None = None) -> None:
    """``insiderbot backfill --issuer TICKER|CIK`` without ``--from``: each company's whole history (up to
    ``--to``) from its submissions JSON, one ``.txt`` request per filing not stored yet."""
    from bot.ingest.issuer_history import fetch_issuer_history
    from bot.ingest.tickers import resolve_issuers

    client = _client(settings)
    label = "history"
    progress = ProgressDisplay(label)
    stop = threading.Event()
    stopped = False
    try:
        with _interruptible(label, stop), store.writing() as db:
            for cik in resolve_issuers(db, client, issuers, max_age=_ticker_age(settings), stop=stop):
                progress.label = f"history of CIK {cik}"
                report = fetch_issuer_history(db, client, settings, cik, since=since, until=until,
                                              progress=progress, stop=stop)
                progress.close()
                progress.drawn = False
                click.echo(report.summary())
                if report.stopped:
                    stopped = True
                    break
    finally:
        progress.close()
        client.close()
    if stopped:
        raise CliError("", EXIT_INTERRUPTED)


def _ticker_age(settings: Settings) -> timedelta:
    return timedelta(hours=settings.company_tickers_max_age_hours)


@contextmanager
def _interruptible(label: str, stop: threading.Event) -> Iterator[None]:
    """Ctrl-C sets ``stop`` (a second one quits at once); the pass's errors as CliErrors."""
    from bot.edgar.client import EdgarBlocked, EdgarError, Stopped
    from bot.ingest.locks import LockHeld
    from bot.ingest.sync import UnknownIssuer

    def on_ctrl_c(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        click.echo(f"\nStopping the {label} after the downloads under way (Ctrl-C again to quit at once)...",
                   err=True)

    previous_handler = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield
    except (KeyboardInterrupt, Stopped):
        click.echo(f"\n{label} interrupted; what was stored is kept and the next run finishes the rest.", err=True)
        raise CliError("", EXIT_INTERRUPTED) from None
    except UnknownIssuer as exc:
        raise CliError(str(exc), EXIT_CONFIG) from None
    except LockHeld as exc:
        raise CliError(f"{exc}. Try again when it has finished.", EXIT_FAILED) from None
    except EdgarBlocked as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    except EdgarError as exc:
        raise CliError(f"EDGAR: {exc} ({exc.url})", EXIT_FAILED) from None
    finally:
        signal.signal(signal.SIGINT, previous_handler)


def check_range(first: date, last: date | None, today: date | None = None) -> None:
    if last is not None and last < first:
        raise click.BadParameter(f"--to {last} is before --from {first}")
    today = today or date.today()
    if first > today + timedelta(days=1):
        raise click.BadParameter(f"--from {first} is in the future")

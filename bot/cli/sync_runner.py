"""What ``insiderbot sync`` and ``insiderbot backfill`` do around :mod:`bot.ingest.sync`: the client, the
messages, the progress display (a live line on a terminal, plain log lines otherwise), Ctrl-C and exit
codes (as :class:`bot.cli.errors.CliError`). The caller hands it the store; it opens no database itself.

Ctrl-C stops the pass at its next checkpoint (the downloads under way end, what came in is saved) and
prints what was done; a second Ctrl-C quits at once. Either way the next run finishes the work."""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple, TextIO

import click

from bot.cli.errors import EXIT_CONFIG, EXIT_FAILED, EXIT_INTERRUPTED, CliError
from bot.config import Settings

if TYPE_CHECKING:
    from bot.edgar.client import EdgarClient
    from bot.ingest.report import SyncReport
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
        now = self.clock()
        finished = done >= total
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


def run(settings: Settings, store: Store, issuers: tuple[str, ...], *, days: Span | None = None) -> None:
    """``insiderbot sync`` (``days`` None) or ``insiderbot backfill`` (``days`` = first, last), writing to
    ``store`` (its writer is opened only once SEC_USER_AGENT is known to be set). Ends with a CliError
    carrying the exit code when the pass could not run or was stopped."""
    from bot.edgar.client import EdgarClient, MissingUserAgent

    _configure_logging()
    try:
        client = EdgarClient.from_settings(settings)      # this process's one client, with its one limiter
    except MissingUserAgent as exc:
        raise CliError(str(exc), EXIT_CONFIG) from None
    label = "sync" if days is None else f"backfill {days.first}..{days.last}"
    progress = ProgressDisplay(label)
    stop = threading.Event()
    try:
        report = _run_pass(settings, store, client, issuers, days, label, progress, stop)
    finally:
        progress.close()
        client.close()
    click.echo(report.summary())
    if report.stopped:
        raise CliError("", EXIT_INTERRUPTED)


def _run_pass(settings: Settings, store: Store, client: EdgarClient, issuers: tuple[str, ...],
              days: Span | None, label: str, progress: ProgressDisplay, stop: threading.Event) -> SyncReport:
    """The pass, with Ctrl-C setting ``stop`` (a second one quits at once); its errors as CliErrors."""
    from bot.edgar.client import EdgarBlocked
    from bot.ingest.locks import LockHeld
    from bot.ingest.sync import UnknownIssuer, backfill, sync_once

    def on_ctrl_c(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        click.echo(f"\nStopping the {label} after the downloads under way (Ctrl-C again to quit at once)...",
                   err=True)

    previous_handler = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        with store.writing() as db:
            if days is None:
                return sync_once(db, client, settings, issuers=issuers or None, progress=progress, stop=stop)
            return backfill(db, client, settings, days.first, days.last, issuers=issuers or None,
                            progress=progress, stop=stop)
    except KeyboardInterrupt:
        click.echo(f"\n{label} interrupted; what was stored is kept and the next run finishes the rest.", err=True)
        raise CliError("", EXIT_INTERRUPTED) from None
    except UnknownIssuer as exc:
        raise CliError(str(exc), EXIT_CONFIG) from None
    except LockHeld as exc:
        raise CliError(f"{exc}. Try again when it has finished.", EXIT_FAILED) from None
    except EdgarBlocked as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    finally:
        signal.signal(signal.SIGINT, previous_handler)


def check_range(first: date, last: date, today: date | None = None) -> None:
    if last < first:
        raise click.BadParameter(f"--to {last} is before --from {first}")
    today = today or date.today()
    if first > today + timedelta(days=1):
        raise click.BadParameter(f"--from {first} is in the future")

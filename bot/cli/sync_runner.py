"""What ``insiderbot sync`` and ``insiderbot backfill`` do around :mod:`bot.ingest.sync`: the client, the
messages, the progress display (a live line on a terminal, plain log lines otherwise), Ctrl-C and exit
codes.

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
from pathlib import Path
from typing import TextIO

import click

from bot.config import Settings

log = logging.getLogger("bot.ingest.sync")

EXIT_CONFIG = 2      # missing SEC_USER_AGENT, unknown issuer, bad dates
EXIT_FAILED = 1      # another sync holds the lock, EDGAR blocked us
EXIT_INTERRUPTED = 130  # Ctrl-C


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


def run(settings: Settings, db_path: Path, issuers: tuple[str, ...], *,
        days: tuple[date, date] | None = None) -> None:
    """``insiderbot sync`` (``days`` None) or ``insiderbot backfill`` (``days`` = first, last)."""
    from bot.edgar.client import EdgarBlocked, EdgarClient, MissingUserAgent
    from bot.ingest.locks import LockHeld
    from bot.ingest.sync import UnknownIssuer, backfill, sync_once
    from storage.db import open_db

    _configure_logging()
    try:
        client = EdgarClient.from_settings(settings)
    except MissingUserAgent as exc:
        click.echo(f"Error: {exc}", err=True)
        raise click.exceptions.Exit(EXIT_CONFIG) from None
    label = "sync" if days is None else f"backfill {days[0]}..{days[1]}"
    progress = ProgressDisplay(label)
    stop = threading.Event()

    def on_ctrl_c(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        click.echo(f"\nStopping the {label} after the downloads under way (Ctrl-C again to quit at once)...",
                   err=True)

    db = open_db(db_path)
    previous_handler = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        if days is None:
            report = sync_once(db, client, settings, issuers=issuers or None, progress=progress, stop=stop)
        else:
            report = backfill(db, client, settings, days[0], days[1], issuers=issuers or None, progress=progress,
                              stop=stop)
    except KeyboardInterrupt:
        click.echo(f"\n{label} interrupted; what was stored is kept and the next run finishes the rest.", err=True)
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    except UnknownIssuer as exc:
        click.echo(f"Error: {exc}", err=True)
        raise click.exceptions.Exit(EXIT_CONFIG) from None
    except LockHeld as exc:
        click.echo(f"Error: {exc}. Try again when it has finished.", err=True)
        raise click.exceptions.Exit(EXIT_FAILED) from None
    except EdgarBlocked as exc:
        click.echo(f"Error: {exc}", err=True)
        raise click.exceptions.Exit(EXIT_FAILED) from None
    finally:
        signal.signal(signal.SIGINT, previous_handler)
        progress.close()
        client.close()
        db.close()
    click.echo(report.summary())
    if report.stopped:
        raise click.exceptions.Exit(EXIT_INTERRUPTED)


def check_range(first: date, last: date, today: date | None = None) -> None:
    if last < first:
        raise click.BadParameter(f"--to {last} is before --from {first}")
    today = today or date.today()
    if first > today + timedelta(days=1):
        raise click.BadParameter(f"--from {first} is in the future")

"""Running a backfill plan (:mod:`bot.ingest.backfill_plan`): the data-set zips first (every download, then
every import), then the daily indexes of the other days (:func:`bot.ingest.sync.backfill`).

Checkpoints: a zip is recorded (``dataset_zips``) once it is complete on disk, so a rerun asks EDGAR only
whether it changed (conditional GET); an import commits a batch at a time and the quarter is recorded as
imported (``dataset_imports``, with the zip's SHA-256 and the issuer scope) once it is all in, so a rerun
skips it unless the zip changed; the daily road keeps its own checkpoints. Setting ``stop`` ends the run
at the next checkpoint (between two chunks of a download, two batches of an import, two days or filings)
with ``report.stopped``; the same backfill run again finishes the work, storing each filing once.
A zip that cannot be downloaded whole is reported and not imported; the rest goes on.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlite_utils

from bot.config import Settings
from bot.edgar.client import EdgarBlocked, EdgarClient, EdgarError, Stopped
from bot.edgar.datasets import KnownZip, Quarter, ZipFetch, fetch_zip
from bot.edgar.transfer import Validators
from bot.ingest.backfill_plan import BackfillPlan, DaySpan, PlannedZip, quarter_span
from bot.ingest.datasets import DatasetImportError, DatasetReport, import_dataset
from bot.ingest.locks import DbLock
from bot.ingest.report import Problem, SyncReport, scope_words, stopped_line
from bot.ingest.sync import backfill as backfill_days
from bot.ingest.sync_pass import Progress, scope_key
from storage import edgar_cache

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportProgress:
    """Where the imports stand: the quarter under way, quarters finished of all, filings stored so far."""

    quarter: str
    quarters_done: int
    quarters: int
    filings: int


@dataclass
class BackfillHooks:
    """Progress callbacks: ``download(bytes done, bytes to download)``, ``imports(ImportProgress)``,
    ``fetch(filings done, filings to do)`` for the daily indexes' filings."""

    download: Callable[[int, int], None] | None = None
    imports: Callable[[ImportProgress], None] | None = None
    fetch: Progress | None = None


@dataclass
class BackfillReport:
    plan: BackfillPlan
    scope: str = "*"
    downloaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    unpublished: list[str] = field(default_factory=list)
    downloaded_bytes: int = 0
    imports: list[tuple[str, DatasetReport]] = field(default_factory=list)
    already_imported: list[str] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    daily: list[SyncReport] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0
    stopped: bool = False

    @property
    def new(self) -> int:
        return sum(r.new for _, r in self.imports) + sum(r.new for r in self.daily)

    def summary(self) -> str:
        lines = [f"backfill {self.plan.first}..{self.plan.last} ({scope_words(self.scope)}): {self.requests} requests to EDGAR "
                 f"in {self.seconds:.1f} s"]
        if self.plan.zips or self.unpublished:
            lines.append(f"  data sets: {len(self.downloaded)} downloaded ({self.downloaded_bytes / 1e6:.1f} MB), "
                         f"{len(self.unchanged)} unchanged, {len(self.unpublished)} not published, "
                         f"{len(self.imports)} imported, {len(self.already_imported)} already imported")
        for label, result in self.imports:
            lines.append(f"  {label}: {result.filings} filings, {result.new} new, {result.unchanged} unchanged, "
                         f"{result.updated} updated, {len(result.rejected)} rejected, {len(result.warnings)} "
                         f"warning(s) in {result.seconds:.1f} s")
        lines += [f"  error {what}: {reason}" for what, reason in self.errors]
        for daily in self.daily:
            lines += ["  " + line for line in daily.summary().splitlines()]
        if self.stopped:
            lines.append(stopped_line())
        return "\n".join(lines)


def _known(record: edgar_cache.ZipRecord | None) -> KnownZip | None:
    if record is None:
        return None
    return KnownZip(record.url, Path(record.path), record.size, record.sha256,
                    Validators(record.etag, record.last_modified))


@dataclass
class _Run:
    db: sqlite_utils.Database
    client: EdgarClient
    settings: Settings
    plan: BackfillPlan
    issuers: list[str] | None
    hooks: BackfillHooks
    stop: threading.Event | None
    report: BackfillReport
    batch_size: int | None = None
    extra_days: list[DaySpan] = field(default_factory=list)

    def check_stop(self) -> None:
        if self.stop is not None and self.stop.is_set():
            raise Stopped("stop requested")

    @property
    def scopes(self) -> list[str]:
        return ["*"] if self.report.scope == "*" else ["*", self.report.scope]


def run_backfill(db: sqlite_utils.Database, client: EdgarClient, settings: Settings, plan: BackfillPlan, *,
                 issuers: list[str] | None = None, hooks: BackfillHooks | None = None,
                 stop: threading.Event | None = None, now: datetime | None = None,
                 import_batch_size: int | None = None) -> BackfillReport:
    """Carry out ``plan`` for ``issuers`` (CIKs; None = every issuer). Raises LockHeld when a sync holds
    the database, EdgarBlocked when EDGAR keeps refusing requests."""
    started, sent = time.monotonic(), client.requests_sent
    run = _Run(db, client, settings, plan, issuers or None, hooks or BackfillHooks(), stop,
               BackfillReport(plan, scope_key(issuers)), import_batch_size)
    try:
        if plan.zips:
            with DbLock(db) as lock:
                ready = _download_all(run, lock)
                _import_all(run, ready, lock)
        _daily_road(run, now)
    except Stopped:
        run.report.stopped = True
        log.info("backfill stopped early; the rest is left for the next run")
    finally:
        run.report.requests = client.requests_sent - sent
        run.report.seconds = time.monotonic() - started
    return run.report


# --- downloads -----------------------------------------------------------------------------------------


def _download_all(run: _Run, lock: DbLock) -> list[ZipFetch]:
    total = run.plan.download_bytes
    finished = 0
    ready = []
    for planned in run.plan.zips:
        run.check_stop()

        def on_bytes(done: int, size: int | None, _base: int = finished, _total: int = total) -> None:
            lock.refresh()
            if run.hooks.download is not None:
                run.hooks.download(_base + done, max(_total, _base + (size or done)))

        fetch = _download_one(run, planned, on_bytes)
        if fetch is None:
            continue
        if fetch.status == "downloaded":
            finished += fetch.zip.size
        else:
            total -= planned.size or 0
        if run.hooks.download is not None:
            run.hooks.download(finished, max(total, finished))
        if fetch.status != "unpublished":
            ready.append(fetch)
    return ready


def _download_one(run: _Run, planned: PlannedZip, on_bytes) -> ZipFetch | None:
    quarter, db = planned.quarter, run.db
    try:
        fetch = fetch_zip(run.client, quarter, run.settings.datasets_dir,
                          _known(edgar_cache.zip_record(db, quarter.label)), first_url=planned.url,
                          stop=run.stop, on_bytes=on_bytes)
    except (Stopped, EdgarBlocked):
        raise
    except EdgarError as exc:
        log.warning("data set %s: %s", quarter, exc)
        run.report.errors.append(Problem(f"data set {quarter}", str(exc)))
        return None
    if fetch.status == "downloaded":
        z = fetch.zip
        edgar_cache.record_zip(db, edgar_cache.ZipRecord(quarter.label, z.url, str(z.path), z.size, z.sha256,
                                                        z.validators.etag, z.validators.last_modified))
        run.report.downloaded.append(quarter.label)
        run.report.downloaded_bytes += z.size
    elif fetch.status == "unchanged":
        edgar_cache.record_zip_checked(db, quarter.label)
        run.report.unchanged.append(quarter.label)
    else:
        _unpublished(run, quarter)
    return fetch


def _unpublished(run: _Run, quarter: Quarter) -> None:
    """A zip found at planning time is gone: its days go to the daily indexes (``auto``)."""
    run.report.unpublished.append(quarter.label)
    edgar_cache.forget_zip(run.db, quarter.label)
    if run.plan.source == "auto":
        run.extra_days.append(quarter_span(quarter, run.plan.first, run.plan.last))
    else:
        run.report.errors.append(Problem(f"data set {quarter}", "not published (404 in every directory)"))


# --- imports -------------------------------------------------------------------------------------------


def _import_all(run: _Run, ready: list[ZipFetch], lock: DbLock) -> None:
    filings = 0
    for number, fetch in enumerate(ready):
        run.check_stop()
        label, z = fetch.quarter.label, fetch.zip
        if z.sha256 in edgar_cache.imported_version(run.db, label, run.scopes):
            run.report.already_imported.append(label)
            continue

        def on_batch(so_far: DatasetReport, _label: str = label, _number: int = number,
                     _before: int = filings) -> None:
            lock.refresh()
            if run.hooks.imports is not None:
                run.hooks.imports(ImportProgress(_label, _number, len(ready), _before + so_far.filings))
            run.check_stop()

        options = {"batch_size": run.batch_size} if run.batch_size else {}
        try:
            result = import_dataset(run.db, z.path, issuer_ciks=run.issuers, progress=on_batch, **options)
        except DatasetImportError as exc:
            run.report.errors.append(Problem(f"data set {label}", str(exc)))
            continue
        filings += result.filings
        edgar_cache.record_import(run.db, label, run.report.scope, z.sha256, result.filings)
        run.report.imports.append((label, result))
        if run.hooks.imports is not None:
            run.hooks.imports(ImportProgress(label, number + 1, len(ready), filings))


# --- the daily indexes ---------------------------------------------------------------------------------


def _daily_road(run: _Run, now: datetime | None) -> None:
    for span in sorted(run.plan.days + run.extra_days):
        run.check_stop()
        daily = backfill_days(run.db, run.client, run.settings, span.first, span.last, issuers=run.issuers,
                              now=now, progress=run.hooks.fetch, stop=run.stop)
        run.report.daily.append(daily)
        if daily.stopped:
            raise Stopped("stop requested")

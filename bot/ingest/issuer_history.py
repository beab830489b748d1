"""A company's whole history of Forms 3/4/5 from its submissions JSON: ``insiderbot backfill --issuer TGEN``.

The submissions JSON (and each older page it lists under ``filings.files``) names every filing of the
company; the Forms 3, 4, 5 and amendments not stored yet are queued in ``sync_queue`` (origin
``submissions``) and fetched like the sync's, one full submission ``.txt`` each, with the same
checkpoints: a run stopped or killed half-way is finished by the next, each filing stored once.
``limit`` keeps the newest filings not yet stored and says how many were left out (for fetching a
company on demand).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlite_utils

from bot.config import Settings
from bot.edgar.client import EdgarClient
from bot.edgar.submissions import ListedFiling, fetch_company_filings, ownership_filings
from bot.ingest.fetching import fetch_queued
from bot.ingest.report import SHOWN, SyncReport, stopped_line
from bot.ingest.sync import run_locked
from bot.ingest.sync_pass import Progress, SyncPass
from storage import sync_state
from storage.sync_state import QueueEntry
from storage.writes import filing_exists

ORIGIN = "submissions"


@dataclass
class HistoryReport:
    """What a company's history fetch did: the listing (pages, ownership filings listed, in the date range,
    already stored, left out by ``limit``) and the fetching (:class:`SyncReport`)."""

    cik: str
    name: str | None = None
    pages: int = 0
    listed: int = 0
    in_range: int = 0
    already_stored: int = 0
    left_out: int = 0
    found: bool = True
    sync: SyncReport = field(default_factory=lambda: SyncReport(command="backfill"))

    @property
    def stopped(self) -> bool:
        return self.sync.stopped

    def summary(self) -> str:
        who = f"{self.name} (CIK {self.cik})" if self.name else f"CIK {self.cik}"
        if not self.found:
            return f"history of {who}: EDGAR has no submissions JSON for this CIK"
        lines = [f"history of {who}: {self.pages} submissions page(s), {self.listed} Forms 3/4/5 listed, "
                 f"{self.in_range} in range, {self.already_stored} already stored"
                 + (f", {self.left_out} left out (limit)" if self.left_out else "")]
        sync = self.sync
        lines.append(f"  {sync.requests} requests to EDGAR in {sync.seconds:.1f} s; filings: {sync.fetched} fetched, "
                     f"{sync.new} new, {sync.updated} updated, {sync.unchanged} unchanged, {len(sync.rejected)} "
                     f"rejected, {len(sync.errors)} error(s)")
        lines += [f"  rejected {what}: {reason}" for what, reason in sync.rejected[:SHOWN]]
        lines += [f"  error {what}: {reason}" for what, reason in sync.errors[:SHOWN]]
        if sync.stopped:
            lines.append(stopped_line())
        return "\n".join(lines)


def _wanted(filings: list[ListedFiling], since: date | None, until: date | None) -> list[ListedFiling]:
    out = [f for f in ownership_filings(filings)
           if (since is None or f.filed >= since.isoformat()) and (until is None or f.filed <= until.isoformat())]
    return sorted(out, key=lambda f: (f.filed, f.accession), reverse=True)


def fetch_issuer_history(db: sqlite_utils.Database, client: EdgarClient, settings: Settings, cik: str, *,
                         since: date | None = None, until: date | None = None, limit: int | None = None,
                         progress: Progress | None = None, stop: threading.Event | None = None,
                         now: datetime | None = None) -> HistoryReport:
    """Store the company's Forms 3/4/5 (filed ``since``..``until``, both optional) not stored yet, newest
    first, at most ``limit`` of them. Raises LockHeld when a sync holds the database, EdgarBlocked when
    EDGAR keeps refusing requests, EdgarError when the submissions JSON cannot be read."""
    cik = str(int(cik))
    report = HistoryReport(cik)
    run = SyncPass(db, client, issuers=[cik], workers=settings.sync_workers,
                   fetch_attempts=settings.sync_fetch_attempts, now=now, progress=progress,
                   command="backfill", stop=stop)
    report.sync = run.report

    def steps() -> None:
        company = fetch_company_filings(client, cik, stop=stop)
        if company is None:
            report.found = False
            return
        report.name, report.pages = company.name, company.pages
        report.listed = len(ownership_filings(company.filings))
        wanted = _wanted(company.filings, since, until)
        report.in_range = len(wanted)
        missing = [f for f in wanted if not filing_exists(db, f.accession)]
        report.already_stored = len(wanted) - len(missing)
        if limit is not None and len(missing) > limit:
            report.left_out, missing = len(missing) - limit, missing[:limit]
        run.check_stop()
        run.report.index_queued += sync_state.enqueue(db, [_entry(client, cik, f) for f in missing])
        fetch_queued(run)

    run_locked(run, steps)
    return report


def _entry(client: EdgarClient, cik: str, filing: ListedFiling) -> QueueEntry:
    return QueueEntry(accession=filing.accession, form=filing.form, url=client.submission_url(cik, filing.accession),
                      filed=filing.filed, day=filing.filed, accepted_at=filing.accepted_at, origin=ORIGIN,
                      ciks={cik})

"""The background EDGAR sync inside ``insiderbot serve``: the same pass as ``insiderbot sync``, every
SYNC_INTERVAL_MINUTES, first at start-up so a bot that was down catches up at once.

One run at a time: the job has ``max_instances=1`` and ``coalesce=True`` (runs missed while one was
going become a single run), and every run takes the database lock that ``insiderbot sync`` takes too,
so it never overlaps a manual sync in another process; a run that finds the lock taken is skipped.
Without SEC_USER_AGENT there is no sync job: the bot still starts and answers from what is stored.

The sync job holds a stop event (its ``stop`` keyword argument). :func:`shut_down` lets a running job
finish for up to SHUTDOWN_GRACE_SECONDS, then sets it (:func:`stop_jobs`), so a run still under way ends
at its next checkpoint (and EDGAR backoffs and pauses end at once) instead of holding up the shutdown;
the next start finishes the work.

The scheduler is handed what it runs: ``build_scheduler`` takes the sync pass (a callable taking the
``stop`` event; ``run_sync_job`` bound to the settings and a store) and the digest run (a callable taking
nothing; the composition root binds ``bot.digest.job.run_digest_job`` to the store and a Slack poster),
and knows nothing of Slack.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobEvent
from apscheduler.job import Job
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Settings
from bot.digest.schedule import digest_trigger
from bot.edgar.client import EdgarBlocked, EdgarClient, EdgarError, MissingUserAgent, check_user_agent
from bot.edgar.ratelimit import RateLimiter
from bot.ingest.locks import LockHeld
from bot.ingest.sync import SyncReport, UnknownIssuer, sync_once
from storage.db import Store

log = logging.getLogger(__name__)

SYNC_JOB_ID = "edgar-sync"
DIGEST_JOB_ID = "daily-digest"
DIGEST_CATCHUP_JOB_ID = "daily-digest-catch-up"

SyncPass = Callable[..., Any]
"""``sync(stop=threading.Event) -> Any``: one EDGAR sync pass that returns early once ``stop`` is set."""
DigestRun = Callable[[], Any]
"""``digest() -> Any``: send the digests that are due now."""


def run_sync_job(settings: Settings, store: Store, *, stop: threading.Event | None = None,
                 limiter: RateLimiter | None = None, after: Callable[[], Any] | None = None) -> SyncReport | None:
    """One scheduled pass with its own EDGAR client, writing through a job writer of ``store`` (a
    connection of its own, so the shared writer stays free for Slack's writes), ended early once ``stop`` is set; never raises. ``limiter`` is the EDGAR rate limiter shared
    by every run (a new one when not given). ``after`` (the alert pass, bound by the composition root) runs
    once the pass has stored what it found, unless ``stop`` is set."""
    try:
        client = EdgarClient.from_settings(settings, limiter=limiter)
    except MissingUserAgent as exc:
        log.error("EDGAR sync skipped: %s", exc)
        return None
    try:
        with store.job_writer() as db:
            report = sync_once(db, client, settings, stop=stop)
    except LockHeld as exc:
        log.info("EDGAR sync skipped: %s", exc)
        return None
    except EdgarBlocked as exc:
        log.error("EDGAR sync stopped: %s", exc)
        return None
    except (EdgarError, UnknownIssuer) as exc:
        log.error("EDGAR sync failed: %s", exc)
        return None
    except Exception:
        log.exception("EDGAR sync failed")
        return None
    finally:
        client.close()
    log.info("%s", report.summary())
    if after is not None and not (stop is not None and stop.is_set()):
        try:
            after()
        except Exception:
            log.exception("the pass after the sync failed")
    return report


def add_sync_job(
    scheduler: BaseScheduler,
    settings: Settings,
    sync: SyncPass,
    *,
    interval_seconds: float | None = None,
    run_now: bool = True,
) -> Job | None:
    """Add the sync pass ``sync``, with a new stop event (see :func:`stop_jobs`), to ``scheduler``; None
    (and a warning) when SEC_USER_AGENT is missing."""
    try:
        check_user_agent(settings.sec_user_agent)
    except MissingUserAgent as exc:
        log.warning("No EDGAR sync: %s The bot answers from the filings already stored.", exc)
        return None
    seconds = interval_seconds if interval_seconds is not None else settings.sync_interval_minutes * 60
    options = {"next_run_time": datetime.now(UTC)} if run_now else {}
    return scheduler.add_job(
        sync,
        trigger=IntervalTrigger(seconds=seconds),
        kwargs={"stop": threading.Event()},
        id=SYNC_JOB_ID,
        name="EDGAR sync",
        coalesce=True,
        max_instances=1,
        misfire_grace_time=max(1, int(seconds)),
        replace_existing=True,
        **options,
    )


def _sync_stopping(scheduler: BaseScheduler) -> bool:
    job = scheduler.get_job(SYNC_JOB_ID)
    return job is not None and job.kwargs["stop"].is_set()


def stop_jobs(scheduler: BaseScheduler) -> None:
    """Tell the sync job to stop: a run under way returns at its next checkpoint, later runs at once.
    Call it before ``scheduler.shutdown(wait=True)`` so that the shutdown does not wait out a long pass."""
    job = scheduler.get_job(SYNC_JOB_ID)
    if job is not None:
        job.kwargs["stop"].set()


def shut_down(scheduler: BaseScheduler, grace_seconds: float) -> bool:
    """Stop the scheduler, letting a running job finish on its own for up to ``grace_seconds``.

    A sync still running after the grace (a week-long catch-up, a ten-minute SEC pause) is told to stop
    at its next checkpoint; the next start finishes its work. Returns whether every job finished in
    the grace."""
    job = scheduler.get_job(SYNC_JOB_ID)
    stop = job.kwargs["stop"] if job is not None else None
    waiting = threading.Thread(target=scheduler.shutdown, kwargs={"wait": True}, name="scheduler-shutdown")
    waiting.start()
    waiting.join(grace_seconds)
    if not waiting.is_alive():
        return True
    if stop is not None:
        log.info("the sync job is still running after %.0f s: asking it to stop at its next checkpoint",
                 grace_seconds)
        stop.set()
    waiting.join()
    return False


def build_scheduler(
    settings: Settings,
    *,
    sync: SyncPass | None = None,
    digest: DigestRun | None = None,
    interval_seconds: float | None = None,
    run_now: bool = True,
) -> BackgroundScheduler:
    """A (not yet started) BackgroundScheduler holding the sync pass ``sync`` (when given and
    SEC_USER_AGENT allows it) and the daily digest run ``digest`` (when given)."""
    scheduler = BackgroundScheduler(timezone=UTC)
    if sync is not None:
        add_sync_job(scheduler, settings, sync, interval_seconds=interval_seconds, run_now=run_now)
    if digest is not None:
        add_digest_job(scheduler, settings, digest, catch_up=run_now)
    return scheduler


def add_digest_job(scheduler: BaseScheduler, settings: Settings, digest: DigestRun, *, catch_up: bool = True) -> Job:
    """The daily digest: a cron job at DIGEST_TIME in DIGEST_TZ on DIGEST_DAYS (late by up to
    DIGEST_GRACE_HOURS still runs; a backlog runs once), plus, with ``catch_up``, one run at start-up
    that sends a digest missed while the bot was down. When the scheduler has the sync job, that run
    waits for the first sync to finish, so the catch-up digest holds what EDGAR accepted meanwhile; a
    first sync stopped by :func:`stop_jobs` (the bot is shutting down) leaves it to the next start."""
    grace = max(1, int(settings.digest_grace_hours * 3600))
    job = scheduler.add_job(
        digest, trigger=digest_trigger(settings), id=DIGEST_JOB_ID, name="Daily digest",
        coalesce=True, max_instances=1, misfire_grace_time=grace, replace_existing=True,
    )
    if not catch_up:
        return job

    def start_catch_up() -> None:
        scheduler.add_job(
            digest, trigger=DateTrigger(run_date=datetime.now(UTC)), id=DIGEST_CATCHUP_JOB_ID,
            name="Digest catch-up at start-up", max_instances=1, misfire_grace_time=grace, replace_existing=True,
        )

    if scheduler.get_job(SYNC_JOB_ID) is None:
        start_catch_up()
        return job
    started = threading.Event()

    def after_first_sync(event: JobEvent) -> None:
        if event.job_id == SYNC_JOB_ID and not started.is_set() and not _sync_stopping(scheduler):
            started.set()
            scheduler.remove_listener(after_first_sync)
            start_catch_up()

    scheduler.add_listener(after_first_sync, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    return job

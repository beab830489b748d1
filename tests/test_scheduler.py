"""The background sync job inside ``insiderbot serve``: its schedule, and runs against the stand-in EDGAR."""

from __future__ import annotations

import logging
import time

from edgar_server import recent_world, settings_for

from bot.app import make_scheduler
from bot.ingest.locks import DbLock
from bot.scheduler import SYNC_JOB_ID, add_sync_job, run_sync_job, shut_down, stop_jobs
from storage.db import Store, open_db


def build_scheduler(settings, db_path, **options):
    """The scheduler as ``insiderbot serve`` builds it, over a new store on ``db_path``."""
    return make_scheduler(settings, Store(db_path), **options)


def _stored(db_path) -> int:
    db = open_db(db_path)
    try:
        return db.execute("SELECT count(*) FROM filings").fetchone()[0]
    finally:
        db.close()


def test_job_runs_every_interval_one_at_a_time_coalesced(tmp_path):
    from bot.config import Settings

    settings = Settings(_env_file=None, sec_user_agent="Jane Analyst jane@example.org", sync_interval_minutes=10)
    scheduler = build_scheduler(settings, tmp_path / "bot.db")
    job = scheduler.get_job(SYNC_JOB_ID)
    assert job.coalesce is True and job.max_instances == 1
    assert job.trigger.interval.total_seconds() == 600
    run, (bound_settings, bound_store) = job.func.func, job.func.args
    assert run is run_sync_job and (bound_settings, bound_store.path) == (settings, tmp_path / "bot.db")
    assert not job.kwargs["stop"].is_set()
    assert job.next_run_time is not None          # first run at start-up: catch up at once


def test_no_user_agent_no_job_but_the_scheduler_still_builds(tmp_path, caplog):
    from bot.config import Settings

    caplog.set_level(logging.WARNING, logger="bot.scheduler")
    settings = Settings(_env_file=None, sec_user_agent=None)
    scheduler = build_scheduler(settings, tmp_path / "bot.db")
    assert scheduler.get_jobs() == []
    assert any("SEC_USER_AGENT" in r.getMessage() for r in caplog.records)


def test_scheduled_syncs_store_new_filings_then_fetch_nothing(edgar_server, tmp_path):
    filings = recent_world(edgar_server, 20)
    db_path = tmp_path / "bot.db"
    scheduler = build_scheduler(settings_for(edgar_server), db_path, interval_seconds=0.5)
    scheduler.start()
    try:
        deadline = time.monotonic() + 20
        while _stored(db_path) < len(filings):
            assert time.monotonic() < deadline
            time.sleep(0.05)
        fetched = len(edgar_server.submission_requests())
        feed_calls = len(edgar_server.paths("/cgi-bin/browse-edgar"))
        deadline = time.monotonic() + 10
        while len(edgar_server.paths("/cgi-bin/browse-edgar")) < feed_calls + 6:   # two more runs
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        scheduler.shutdown(wait=True)
    assert fetched == len(filings)
    assert len(edgar_server.submission_requests()) == fetched
    assert _stored(db_path) == len(filings)


def test_a_run_while_a_manual_sync_holds_the_lock_is_skipped(edgar_server, tmp_path, caplog):
    recent_world(edgar_server, 5)
    db_path = tmp_path / "bot.db"
    settings = settings_for(edgar_server)
    manual = open_db(db_path)
    lock = DbLock(manual)
    lock.acquire()
    caplog.set_level(logging.INFO, logger="bot.scheduler")
    try:
        assert run_sync_job(settings, Store(db_path)) is None
        assert edgar_server.requests == []
        assert any("skipped" in r.getMessage() and "lock" in r.getMessage() for r in caplog.records)
    finally:
        lock.release()
        manual.close()
    report = run_sync_job(settings, Store(db_path))
    assert report is not None and report.new == 5


def test_add_sync_job_to_a_shared_scheduler(edgar_server, tmp_path):
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler()
    job = add_sync_job(scheduler, settings_for(edgar_server), lambda stop: None, run_now=False)
    assert scheduler.get_job(SYNC_JOB_ID) is job
    assert job.misfire_grace_time == 600 and job.trigger.interval.total_seconds() == 600


def test_stop_jobs_ends_a_running_sync_so_shutdown_does_not_wait_for_it(edgar_server, tmp_path, caplog):
    filings = recent_world(edgar_server, 60)
    edgar_server.delay = 0.2             # 60 filings, 2 at a time: about 6 s of fetching
    db_path = tmp_path / "bot.db"
    settings = settings_for(edgar_server, sync_workers=2)
    caplog.set_level(logging.INFO, logger="bot.scheduler")
    open_db(db_path).close()             # migrated before the job and the polling below open it at once
    scheduler = build_scheduler(settings, db_path, interval_seconds=3600)
    scheduler.start()
    try:
        deadline = time.monotonic() + 20
        while _stored(db_path) < 5:
            assert time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        began = time.monotonic()
        stop_jobs(scheduler)
        scheduler.shutdown(wait=True)
    assert time.monotonic() - began < 2
    first = _stored(db_path)
    assert 5 <= first < 40
    assert any("stopped early" in r.getMessage() for r in caplog.records)

    edgar_server.delay = 0.0
    report = run_sync_job(settings, Store(db_path))
    assert report is not None and not report.stopped and report.new == len(filings) - first
    fetched = edgar_server.submission_requests()
    assert len(fetched) == len(set(fetched)) == len(filings)    # each filing fetched once, over both runs


def _sync_under_way(edgar_server, tmp_path, *, filings: int, delay: float, stored: int):
    """A started scheduler whose first sync pass (``filings`` filings, ``delay`` s each, 2 at a time)
    has stored at least ``stored`` of them."""
    recent_world(edgar_server, filings)
    edgar_server.delay = delay
    db_path = tmp_path / "bot.db"
    open_db(db_path).close()
    scheduler = build_scheduler(settings_for(edgar_server, sync_workers=2), db_path, interval_seconds=3600)
    scheduler.start()
    deadline = time.monotonic() + 20
    while _stored(db_path) < stored:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    return scheduler, db_path


def test_shut_down_lets_a_running_sync_finish_within_the_grace(edgar_server, tmp_path):
    scheduler, db_path = _sync_under_way(edgar_server, tmp_path, filings=12, delay=0.1, stored=1)
    assert shut_down(scheduler, grace_seconds=30) is True
    assert _stored(db_path) == 12                      # the pass under way was allowed to finish


def test_shut_down_stops_a_sync_still_running_after_the_grace(edgar_server, tmp_path):
    scheduler, db_path = _sync_under_way(edgar_server, tmp_path, filings=60, delay=0.2, stored=3)
    began = time.monotonic()
    assert shut_down(scheduler, grace_seconds=0.5) is False
    assert time.monotonic() - began < 3
    assert _stored(db_path) < 60


# --- the scheduler is handed what it runs ----------------------------------------------------------

def test_the_scheduler_runs_the_callables_it_is_given():
    import threading

    from bot.config import Settings
    from bot.scheduler import DIGEST_CATCHUP_JOB_ID, DIGEST_JOB_ID, build_scheduler

    synced, digested = threading.Event(), threading.Event()
    stops: list[threading.Event] = []

    def sync(*, stop: threading.Event) -> None:
        stops.append(stop)
        synced.set()

    def digest() -> None:
        assert synced.is_set()       # the start-up catch-up waits for the first sync pass
        digested.set()

    settings = Settings(_env_file=None, sec_user_agent="Jane Analyst jane@example.org")
    scheduler = build_scheduler(settings, sync=sync, digest=digest, interval_seconds=3600)
    assert scheduler.get_job(SYNC_JOB_ID).func is sync and scheduler.get_job(DIGEST_JOB_ID).func is digest
    scheduler.start()
    try:
        assert synced.wait(10) and digested.wait(10)
    finally:
        stop_jobs(scheduler)
        scheduler.shutdown(wait=True)
    assert len(stops) == 1 and stops[0].is_set()      # the stop event the sync pass was handed
    assert scheduler.get_job(DIGEST_CATCHUP_JOB_ID) is None


def test_without_a_digest_run_or_a_user_agent_the_scheduler_is_empty():
    from bot.config import Settings
    from bot.scheduler import build_scheduler

    def never(**_) -> None:
        raise AssertionError("not scheduled")

    assert build_scheduler(Settings(_env_file=None, sec_user_agent=None), sync=never).get_jobs() == []
    assert build_scheduler(Settings(_env_file=None, sec_user_agent="Jane Analyst jane@example.org")).get_jobs() == []

"""The digest job in the scheduler: its cron trigger and options, and the start-up catch-up run, with a real
BackgroundScheduler posting to the Slack stand-in (after the first EDGAR sync when there is one)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger
from digestkit import ACME, DOE, index_url, store, tx
from edgar_server import make_filings, settings_for

from bot.app import make_scheduler
from bot.digest.job import run_digest_job
from bot.scheduler import (
    DIGEST_CATCHUP_JOB_ID,
    DIGEST_JOB_ID,
    SYNC_JOB_ID,
    add_digest_job,
    stop_jobs,
)
from storage import watchlists
from storage.db import open_db


def test_the_digest_job_and_its_options(settings, db_store, client) -> None:
    scheduler = make_scheduler(settings, db_store, slack_client=client)
    job = scheduler.get_job(DIGEST_JOB_ID)
    run, (bound_settings, bound_store, poster) = job.func.func, job.func.args
    assert run is run_digest_job and (bound_settings, bound_store, poster.client) == (settings, db_store, client)
    assert isinstance(job.trigger, CronTrigger)
    fields = {f.name: str(f) for f in job.trigger.fields}
    assert (fields["day_of_week"], fields["hour"], fields["minute"]) == ("mon-fri", "8", "0")
    assert job.trigger.timezone == ZoneInfo("America/New_York")
    assert job.coalesce is True and job.max_instances == 1 and job.misfire_grace_time == 6 * 3600
    assert scheduler.get_job(DIGEST_CATCHUP_JOB_ID) is not None      # no sync job: catch up at once
    assert scheduler.get_job(SYNC_JOB_ID) is None


def test_a_bot_token_alone_is_enough_and_no_token_no_digest_job(settings, db_store) -> None:
    assert make_scheduler(settings, db_store).get_job(DIGEST_JOB_ID) is not None
    no_slack = settings.model_copy(update={"slack_bot_token": None})
    assert make_scheduler(no_slack, db_store).get_jobs() == []


def _due_a_minute_ago(settings, now: dt.datetime):
    return settings.model_copy(update={"digest_tz": "UTC", "digest_days": "mon-sun",
                                       "digest_time": f"{now - dt.timedelta(minutes=1):%H:%M}"})


def test_start_up_catches_up_a_digest_missed_while_down(settings, db_path, db_store, client, standin) -> None:
    now = dt.datetime.now(dt.UTC)
    settings = _due_a_minute_ago(settings, now)
    db = open_db(db_path)
    watchlists.add_watch(db, "C1", "issuer", ACME.cik, "Acme Corp (ACME)")
    filing = store(db, ACME, [DOE], [tx("P", 10, 5.0, "2024-03-06")], accepted=now - dt.timedelta(hours=1))
    db.close()
    scheduler = make_scheduler(settings, db_store, slack_client=client)
    scheduler.start()
    try:
        [call] = standin.wait_for("chat.postMessage", timeout=20)
        assert call.body["channel"] == "C1" and index_url(filing) in str(call.body["blocks"])
        deadline = time.monotonic() + 10
        while scheduler.get_job(DIGEST_CATCHUP_JOB_ID) is not None:  # a one-off run
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert scheduler.get_job(DIGEST_JOB_ID).next_run_time > now + dt.timedelta(hours=23)
    finally:
        scheduler.shutdown(wait=True)
    assert len(standin.calls("chat.postMessage")) == 1


def test_with_the_sync_job_the_catch_up_waits_for_the_first_sync(edgar_server, settings, db_path, db_store, client,
                                                                 standin) -> None:
    now = dt.datetime.now(dt.UTC)
    eastern = ZoneInfo("America/New_York")
    accepted = (now - dt.timedelta(minutes=30)).astimezone(eastern).replace(microsecond=0)
    [filing] = make_filings(1, [accepted.date()], start=7)
    filing.accepted, filing.code = accepted, "P"
    edgar_server.add(filing)
    sync_settings = settings_for(edgar_server, slack_bot_token=settings.slack_bot_token,
                                 slack_api_url=settings.slack_api_url)
    sync_settings = _due_a_minute_ago(sync_settings, now)
    db = open_db(db_path)
    watchlists.add_watch(db, "C1", "issuer", f"{int(filing.issuer_cik):010d}", filing.issuer_name)
    db.close()
    scheduler = make_scheduler(sync_settings, db_store, slack_client=client)
    assert scheduler.get_job(SYNC_JOB_ID) is not None and scheduler.get_job(DIGEST_CATCHUP_JOB_ID) is None
    scheduler.start()
    try:
        [call] = standin.wait_for("chat.postMessage", timeout=30)
    finally:
        scheduler.shutdown(wait=True)
    digits = filing.accession.replace("-", "")
    assert f"/{digits}/{filing.accession}-index.htm" in str(call.body["blocks"])  # stored by the sync first


def test_a_first_sync_stopped_for_shutdown_sends_no_catch_up_digest(edgar_server, settings, db_path, db_store,
                                                                    client, standin) -> None:
    from apscheduler.events import EVENT_JOB_EXECUTED

    now = dt.datetime.now(dt.UTC)
    sync_settings = _due_a_minute_ago(settings_for(edgar_server, slack_bot_token=settings.slack_bot_token,
                                                   slack_api_url=settings.slack_api_url), now)
    db = open_db(db_path)
    watchlists.add_watch(db, "C1", "issuer", ACME.cik, "Acme Corp (ACME)")
    store(db, ACME, [DOE], [tx("P", 10, 5.0, "2024-03-06")], accepted=now - dt.timedelta(hours=1))
    db.close()
    scheduler = make_scheduler(sync_settings, db_store, slack_client=client)
    synced = threading.Event()
    scheduler.add_listener(lambda event: event.job_id == SYNC_JOB_ID and synced.set(), EVENT_JOB_EXECUTED)
    stop_jobs(scheduler)
    scheduler.start()
    try:
        assert synced.wait(20)                       # the listeners before this one have run too
        assert scheduler.get_job(DIGEST_CATCHUP_JOB_ID) is None
    finally:
        scheduler.shutdown(wait=True)
    assert edgar_server.requests == [] and standin.calls("chat.postMessage") == []


def test_add_digest_job_without_catch_up(settings) -> None:
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(timezone=dt.UTC)
    add_digest_job(scheduler, settings, lambda: None, catch_up=False)
    assert [j.id for j in scheduler.get_jobs()] == [DIGEST_JOB_ID]

"""Fifty answers at once never hold up the scheduler's EDGAR sync: the sync pass the scheduler runs (``make_scheduler``,
through ``run_sync_job``: its own job writer) against the stand-in EDGAR, while 50 signed ``/insider`` commands come in
at once through HTTP mode on the same store. The sync stores every filing in about the time it takes alone (a
generous bound: the machine is shared), and all 50 answers come back."""

from __future__ import annotations

import shutil
import threading
import time

import httpx
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from edgar_server import recent_world, settings_for
from slack_standin import SECRET, command_body, sign

from bot.app import make_scheduler
from bot.scheduler import SYNC_JOB_ID
from storage.db import Store

ANSWERS = 50
FILINGS = 40


def timed_sync(settings, store: Store) -> float:
    """Seconds the scheduler's first sync pass over ``store`` takes (started at once, as at start-up)."""
    scheduler = make_scheduler(settings, store, run_now=True)
    done = threading.Event()
    scheduler.add_listener(lambda event: event.job_id == SYNC_JOB_ID and done.set(),
                           EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    t0 = time.monotonic()
    scheduler.start()
    try:
        assert done.wait(120), "the sync pass did not finish"
        return time.monotonic() - t0
    finally:
        scheduler.shutdown(wait=True)


def stored(store: Store) -> int:
    with store.reader.connect() as conn:
        return conn.execute("SELECT count(*) FROM filings").fetchone()[0]


def test_fifty_answers_at_once_do_not_hold_up_the_sync(edgar_server, run_app, standin, tecogen_db, tmp_path) -> None:
    recent_world(edgar_server, FILINGS)
    sync_settings = settings_for(edgar_server, sec_max_rps=20)
    alone_db = tmp_path / "alone.db"
    shutil.copy(tecogen_db, alone_db)
    with Store(alone_db) as alone_store:
        alone = timed_sync(sync_settings, alone_store)
        assert stored(alone_store) == FILINGS + 1

    app = run_app()
    barrier = threading.Barrier(ANSWERS + 1)
    acks: dict[int, tuple[int, float]] = {}

    def ask(n: int) -> None:
        body = command_body("what options did Tecogen's GC get", standin.response_url(f"load{n}"))
        headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(SECRET, body)}
        with httpx.Client(timeout=30) as client:
            barrier.wait()
            t0 = time.monotonic()
            response = client.post(f"{app.url}/slack/events", content=body, headers=headers)
            acks[n] = (response.status_code, time.monotonic() - t0)

    askers = [threading.Thread(target=ask, args=(n,)) for n in range(ANSWERS)]
    for asker in askers:
        asker.start()
    loaded = [0.0]
    syncer = threading.Thread(target=lambda: loaded.__setitem__(0, timed_sync(sync_settings, app.services.store)))
    barrier.wait()  # the commands go out as the sync starts
    syncer.start()
    for asker in askers:
        asker.join(60)
    syncer.join(120)
    answered = standin.wait_for("response_url", ANSWERS, timeout=120)

    assert stored(app.services.store) == FILINGS + 1
    assert loaded[0] <= 3 * alone + 10, f"sync alone {alone:.1f} s, under 50 answers {loaded[0]:.1f} s"
    assert sorted(status for status, _ in acks.values()) == [200] * ANSWERS
    assert max(seconds for _, seconds in acks.values()) < 3.0
    assert {c.path.rsplit("/", 1)[-1] for c in answered} == {f"load{n}" for n in range(ANSWERS)}
    assert all("John Whiting" in c.body["text"] for c in answered)
    print(f"sync alone {alone:.2f} s; under {ANSWERS} answers {loaded[0]:.2f} s")  # shown with -s

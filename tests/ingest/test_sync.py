"""EDGAR sync end to end, over real HTTP against the stand-in EDGAR on 127.0.0.1."""

from __future__ import annotations

import io
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from edgar_server import (
    EASTERN,
    USER_AGENT,
    FilingFixture,
    environment_for,
    make_filings,
    make_others,
    recent_world,
    settings_for,
)

from bot.cli.sync_runner import ProgressDisplay
from bot.edgar.client import EdgarClient
from bot.edgar.ratelimit import RateLimiter
from bot.ingest.locks import DbLock, LockHeld
from bot.ingest.sync import UnknownIssuer, backfill, sync_once
from storage.db import open_db, open_readonly
from storage.sync_state import last_sync_completed

REPO = Path(__file__).resolve().parents[2]
MON, TUE, WED, THU, FRI = (date(2025, 3, d) for d in (10, 11, 12, 13, 14))
NOW = datetime(2025, 3, 13, 21, 0, tzinfo=EASTERN)   # a Thursday evening: catch-up covers Mon..Wed


def client_for(settings, rate: float = 1000.0) -> EdgarClient:
    return EdgarClient.from_settings(settings, limiter=RateLimiter(rate))


def stored(db) -> list[str]:
    return sorted(row[0] for row in db.execute("SELECT accession_number FROM filings").fetchall())


def accessions(filings) -> list[str]:
    return sorted(f.accession for f in filings)


def submission_fetches(server) -> list[str]:
    return [p.rsplit("/", 1)[-1].removesuffix(".txt") for p in server.submission_requests()]


@pytest.fixture
def week(edgar_server):
    """40 filings Monday..Thursday (Thursday's only in the feed), other forms around them."""
    filings = make_filings(40, [MON, TUE, WED, THU])
    edgar_server.add(*filings, *make_others(15, [MON, TUE, WED, THU]))
    edgar_server.publish_index(MON, TUE, WED)
    return filings


def test_first_sync_stores_good_filings_records_bad_ones_and_respects_the_rate(edgar_server, db, week):
    server = edgar_server
    malformed = FilingFixture(**{**week[0].__dict__, "accession": "0001900098-25-900001",
                                 "xml": b"<?xml version=\"1.0\"?>\n<ownershipDocument><issuer><issuerCik>12"})
    html_always = FilingFixture(**{**week[1].__dict__, "accession": "0001900098-25-900002", "shares": 7.0})
    cut_always = FilingFixture(**{**week[2].__dict__, "accession": "0001900098-25-900003", "shares": 8.0})
    server.add(malformed, html_always, cut_always)
    for path in server.filing_paths(html_always.accession):
        server.always(path, "html")
    for path in server.filing_paths(cut_always.accession):
        server.always(path, "truncated")
    faults = [("429", {"retry_after": "1"}), ("503", {"times": 2}), ("403-rate", {}), ("slow", {"delay": 0.8}),
              ("truncated", {}), ("drop", {})]
    for filing, (kind, options) in zip(week[3:9], faults, strict=True):
        server.fault_filing(filing.accession, kind, **options)
    server.fault(server.index_path(TUE), "500")
    server.fault("/cgi-bin/browse-edgar", "503")
    settings = settings_for(server, sec_max_rps=10, edgar_timeout_seconds=0.5)

    report = sync_once(db, client_for(settings, rate=settings.sec_max_rps), settings, now=NOW)

    assert stored(db) == accessions(week)
    rejected = dict(db.execute(
        "SELECT q.accession, r.reason FROM rejections r JOIN sync_queue q ON q.url = r.source").fetchall())
    assert set(rejected) == {malformed.accession, html_always.accession, cut_always.accession}
    assert db.execute("SELECT count(*) FROM rejections").fetchone()[0] == 3
    assert "not well-formed" in rejected[malformed.accession]
    assert "HTML page" in rejected[html_always.accession]
    assert "connection" in rejected[cut_always.accession]
    assert report.new == 40 and len(report.rejected) == 3
    assert sorted(report.days_indexed) == ["2025-03-10", "2025-03-11", "2025-03-12"]
    statuses = dict(db.execute("SELECT status, count(*) FROM sync_queue GROUP BY status").fetchall())
    assert statuses == {"stored": 40, "rejected": 3}
    # Every good filing was fetched once (feed and index rows, one per CIK, deduplicated); only the
    # faulted ones were asked for again; no other form was ever fetched.
    fetched = submission_fetches(server)
    retried = {f.accession for f in week[3:9]}
    assert {a for a in fetched if fetched.count(a) > 1} <= retried | {html_always.accession, cut_always.accession}
    assert set(fetched) == set(accessions(week)) | {malformed.accession, html_always.accession, cut_always.accession}
    assert server.max_in_any_window(1.0) <= settings.sec_max_rps
    assert all(r.user_agent == USER_AGENT for r in server.requests)

    before = len(server.requests)
    again = sync_once(db, client_for(settings, rate=settings.sec_max_rps), settings, now=NOW)
    new_requests = server.paths()[before:]
    assert again.new == 0 and again.fetched == 0
    assert all(p.startswith("/cgi-bin/browse-edgar") for p in new_requests) and len(new_requests) == 3
    assert stored(db) == accessions(week)


def test_a_week_down_catches_up_every_day_once(edgar_server, db, week):
    server = edgar_server
    settings = settings_for(server)
    sync_once(db, client_for(settings), settings, now=NOW)
    assert stored(db) == accessions(week)

    later_days = [FRI, date(2025, 3, 18), date(2025, 3, 19), date(2025, 3, 20)]
    later = make_filings(30, later_days, start=100, seed=7)
    server.add(*later)
    server.publish_index(THU, FRI, date(2025, 3, 18), date(2025, 3, 19))   # Monday 17th: no index (holiday)
    before = len(server.requests)
    report = sync_once(db, client_for(settings), settings, now=datetime(2025, 3, 20, 20, 0, tzinfo=EASTERN))

    asked = [p.rsplit("/", 1)[-1] for p in server.paths("/Archives/edgar/daily-index/")][3:]
    assert asked == ["form.20250313.idx", "form.20250314.idx", "form.20250317.idx", "form.20250318.idx",
                     "form.20250319.idx"]                                     # no weekend asked for
    assert report.days_missing == ["2025-03-17"]
    assert stored(db) == sorted(accessions(week) + accessions(later))
    assert report.new == 30
    fetched = submission_fetches(server)
    assert len(fetched) == len(set(fetched)) == 70
    cursor = db.execute("SELECT value FROM sync_state WHERE key = 'catchup_from:*'").fetchone()[0]
    assert cursor == "2025-03-20"
    assert len(server.requests) - before == report.requests


def test_html_feed_is_an_error_and_the_pass_goes_on(edgar_server, db, week):
    server = edgar_server
    settings = settings_for(server, edgar_max_retries=1)
    server.fault("/cgi-bin/browse-edgar", "html", times=2)      # type=4: first try and its one retry
    report = sync_once(db, client_for(settings), settings, now=NOW)
    assert ("feed type=4" in dict(report.errors)) and "HTML page" in dict(report.errors)["feed type=4"]
    thursday_form4 = {f.accession for f in week if f.filed == THU and f.form.startswith("4")}
    assert thursday_form4 and thursday_form4.isdisjoint(stored(db))
    assert set(stored(db)) == set(accessions(week)) - thursday_form4
    assert db.execute("SELECT 1 FROM sync_state WHERE key = 'feed_hwm:4:*'").fetchone() is None
    assert last_sync_completed(db) is None          # a pass with errors does not count as synced
    sync_once(db, client_for(settings), settings, now=NOW)
    assert stored(db) == accessions(week)
    assert last_sync_completed(db) is not None


def test_issuer_scope_by_ticker_and_by_cik(edgar_server, db, week):
    server = edgar_server
    server.tickers = {"T1001": "1001", "T1002": "1002"}
    settings = settings_for(server)
    by_issuer = {}
    for f in week:
        by_issuer.setdefault(f.issuer_cik, []).append(f.accession)

    report = sync_once(db, client_for(settings), settings, issuers=["t1001"], now=NOW)
    assert stored(db) == sorted(by_issuer["1001"]) and report.scope == "1001"
    assert server.paths().count("/files/company_tickers.json") == 1

    scoped = settings_for(server, sync_ciks="0000001002")
    sync_once(db, client_for(scoped), scoped, now=NOW)
    assert stored(db) == sorted(by_issuer["1001"] + by_issuer["1002"])

    sync_once(db, client_for(settings), settings, now=NOW)
    assert stored(db) == accessions(week)
    fetched = submission_fetches(server)
    assert len(fetched) == len(set(fetched)) == 40

    with pytest.raises(UnknownIssuer, match="NOPE"):
        sync_once(db, client_for(settings), settings, issuers=["NOPE"], now=NOW)


def test_backfill_a_range_with_progress_then_nothing_twice(edgar_server, db):
    server = edgar_server
    days = [date(2025, 3, 3), date(2025, 3, 4), date(2025, 3, 6), date(2025, 3, 7)]
    filings = make_filings(24, days)
    server.add(*filings, *make_others(8, days))
    server.publish_index(*days)        # Wednesday the 5th: no index
    settings = settings_for(server)
    calls: list[tuple[int, int]] = []

    report = backfill(db, client_for(settings), settings, date(2025, 3, 1), date(2025, 3, 9),
                      now=NOW, progress=lambda done, total: calls.append((done, total)))

    assert stored(db) == accessions(filings)
    assert calls[0] == (0, 24) and calls[-1] == (24, 24)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert report.days_missing == ["2025-03-05"]
    assert report.requests == 5 + 24 == len(server.requests)
    assert report.requests / report.new <= 1.25
    assert last_sync_completed(db) == "2025-03-10T04:00:00+00:00"      # the end of Sunday the 9th, Eastern

    again = backfill(db, client_for(settings), settings, date(2025, 3, 1), date(2025, 3, 9), now=NOW)
    assert again.requests == 0 and again.new == 0


def test_an_interrupted_pass_is_finished_by_the_next_exactly_once(edgar_server, db, week):
    server = edgar_server
    server.delay = 0.03            # slow enough for several write batches
    settings = settings_for(server, sync_workers=2)

    def stop_after_ten(done: int, total: int) -> None:
        if done >= 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        sync_once(db, client_for(settings), settings, now=NOW, progress=stop_after_ten)
    first = set(stored(db))
    assert 10 <= len(first) < 40
    fetched_first = len(server.submission_requests())

    sync_once(db, client_for(settings), settings, now=NOW)
    assert stored(db) == accessions(week)
    second = submission_fetches(server)[fetched_first:]
    assert sorted(second) == sorted(set(accessions(week)) - first)     # the rest, each once; nothing stored again


def test_sync_refuses_to_overlap_another_holder_of_the_lock(edgar_server, db, tmp_path, week):
    settings = settings_for(edgar_server)
    other = open_db(tmp_path / "insiderbot.db")          # the ``db`` fixture's file (tests/conftest.py)
    holder = DbLock(other)
    holder.acquire()
    try:
        with pytest.raises(LockHeld):
            sync_once(db, client_for(settings), settings, now=NOW)
        with pytest.raises(LockHeld):
            backfill(db, client_for(settings), settings, MON, WED, now=NOW)
        assert edgar_server.requests == []
    finally:
        holder.release()
        other.close()
    sync_once(db, client_for(settings), settings, now=NOW)
    assert stored(db) == accessions(week)


def test_the_lock_of_a_dead_process_or_an_expired_one_is_taken_over(edgar_server, db, week):
    settings = settings_for(edgar_server)
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    dead = f"{socket.gethostname()}:{finished.stdout.strip()}:deadbeef"
    db.execute("INSERT INTO locks (name, owner, acquired_at, expires_at) VALUES ('edgar-sync', ?, '', ?)",
               [dead, time.time() + 600])
    db.conn.commit()
    sync_once(db, client_for(settings), settings, now=NOW)
    db.execute("INSERT INTO locks (name, owner, acquired_at, expires_at) VALUES ('edgar-sync', ?, '', ?)",
               ["elsewhere:1:cafe", time.time() - 1])
    db.conn.commit()
    sync_once(db, client_for(settings), settings, now=NOW)
    assert stored(db) == accessions(week)
    assert db.execute("SELECT count(*) FROM locks").fetchone()[0] == 0


def _count_filings(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM filings").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


SYNC_COMMAND = [sys.executable, "-m", "bot", "sync"]


def sync_process_env(server, db_path) -> dict[str, str]:
    """The environment for ``python -m bot sync`` in a subprocess: the stand-in EDGAR, this checkout first."""
    return {**os.environ, **environment_for(server, db_path),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}


def _sync_process_once_stored(command: list[str], cwd: Path, env: dict[str, str], db_path: Path,
                              count: int) -> subprocess.Popen:
    """``command`` started in a subprocess (output captured as text), once it has stored ``count`` filings."""
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while _count_filings(db_path) < count:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    return process


def test_a_killed_sync_process_restarted_ends_with_every_filing_exactly_once(edgar_server, tmp_path):
    server = edgar_server
    filings = recent_world(server, 40)
    server.delay = 0.03
    db_path = tmp_path / "killed.db"
    env = sync_process_env(server, db_path)
    command = SYNC_COMMAND

    process = _sync_process_once_stored(command, tmp_path, env, db_path, 8)
    process.send_signal(signal.SIGKILL)
    process.wait()
    conn = sqlite3.connect(db_path)
    stored_first = {r[0] for r in conn.execute("SELECT accession_number FROM filings").fetchall()}
    conn.close()
    assert 8 <= len(stored_first) < 40
    fetched_before = len(server.submission_requests())

    server.delay = 0.0
    finished = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert finished.returncode == 0, finished.stderr
    assert "filings:" in finished.stdout

    conn = sqlite3.connect(db_path)
    rows = sorted(r[0] for r in conn.execute("SELECT accession_number FROM filings").fetchall())
    conn.close()
    assert rows == accessions(filings)
    refetched = submission_fetches(server)[fetched_before:]
    assert sorted(refetched) == sorted(set(accessions(filings)) - stored_first)

    again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0
    assert len(server.submission_requests()) == fetched_before + len(refetched)


def test_progress_display_on_a_terminal_and_in_logs(caplog):
    now = [0.0]
    stream = io.StringIO()
    display = ProgressDisplay("backfill", stream=stream, tty=True, clock=lambda: now[0])
    display(0, 100)
    now[0] = 1.0
    display(50, 100)
    now[0] = 2.0
    display(100, 100)
    display.close()
    text = stream.getvalue()
    assert text.count("\r") == 3 and text.endswith("\n")
    assert "50/100 filings (50%), 50.0/s, about 0:01 left" in text
    assert "100/100 filings (100%), 50.0/s, about 0:00 left" in text

    caplog.set_level(logging.INFO, logger="bot.ingest.sync")
    now[0] = 0.0
    plain = ProgressDisplay("backfill", stream=io.StringIO(), tty=False, log_every=10, clock=lambda: now[0])
    for t, done in [(0.0, 0), (5.0, 5), (12.0, 8), (13.0, 10)]:
        now[0] = t
        plain(done, 10)
    assert [r.getMessage() for r in caplog.records] == [
        "backfill: 0/10 filings (0%), 0.0/s, about ? left",
        "backfill: 8/10 filings (80%), 0.7/s, about 0:03 left",
        "backfill: 10/10 filings (100%), 0.8/s, about 0:00 left",
    ]


def test_cli_without_a_user_agent_stops_at_once(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from bot.cli import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SEC_USER_AGENT", raising=False)
    for command in (["sync"], ["backfill", "--from", "2025-03-10", "--to", "2025-03-11"]):
        result = CliRunner().invoke(cli, [*command, "--db", str(tmp_path / "x.db")], obj={})
        assert result.exit_code == 2
        assert 'SEC_USER_AGENT="Your Name you@example.com"' in result.output
    assert not (tmp_path / "x.db").exists()


def test_cli_backfill_against_the_server(edgar_server, monkeypatch, tmp_path):
    from click.testing import CliRunner

    from bot.cli import cli

    filings = make_filings(6, [MON, TUE])
    edgar_server.add(*filings)
    edgar_server.publish_index(MON, TUE)
    monkeypatch.chdir(tmp_path)
    for key, value in environment_for(edgar_server, tmp_path / "cli.db").items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("SYNC_CIKS", raising=False)
    runner = CliRunner()
    result = runner.invoke(cli, ["backfill", "--from", "2025-03-10", "--to", "2025-03-11"], obj={})
    assert result.exit_code == 0, result.output
    assert "6 new" in result.output and "2 daily index(es) read" in result.output
    bad = runner.invoke(cli, ["backfill", "--from", "2025-03-11", "--to", "2025-03-10"], obj={})
    assert bad.exit_code == 2
    unknown = runner.invoke(cli, ["sync", "--issuer", "ZZZZ"], obj={})
    assert unknown.exit_code == 2 and "ZZZZ" in unknown.output
    db = open_db(tmp_path / "cli.db")
    try:
        assert stored(db) == accessions(filings)
        holder = DbLock(db)
        holder.acquire()
        busy = runner.invoke(cli, ["backfill", "--from", "2025-03-10", "--to", "2025-03-11"], obj={})
        holder.release()
    finally:
        db.close()
    assert busy.exit_code == 1 and "lock" in busy.output


def test_empty_database_catches_up_the_last_three_days_only(edgar_server, db):
    server = edgar_server
    old = make_filings(5, [date(2025, 3, 6), date(2025, 3, 7)], start=300)
    recent = make_filings(12, [MON, TUE, WED, THU])
    server.add(*old, *recent)
    server.publish_index(date(2025, 3, 6), date(2025, 3, 7), MON, TUE, WED)
    settings = settings_for(server)
    report = sync_once(db, client_for(settings), settings, now=NOW)
    assert stored(db) == accessions(recent)
    assert report.days_indexed == ["2025-03-10", "2025-03-11", "2025-03-12"]
    assert not server.paths("/Archives/edgar/daily-index/2025/QTR1/form.2025030")


def test_a_sync_records_when_it_ended_unless_it_covered_only_some_issuers(edgar_server, db, week):
    settings = settings_for(edgar_server)
    sync_once(db, client_for(settings), settings, issuers=["1001"], now=NOW)
    assert last_sync_completed(db) is None
    report = sync_once(db, client_for(settings), settings, now=NOW)
    ended = datetime.fromisoformat(last_sync_completed(db))
    assert NOW <= ended <= NOW + timedelta(seconds=report.seconds + 1)


def _set_once_stored(event: threading.Event, db_path: Path, count: int) -> threading.Thread:
    """A thread that sets ``event`` as soon as ``count`` filings are stored (read on its own connection)."""
    def watch() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            conn = open_readonly(db_path)
            try:
                if conn.execute("SELECT count(*) FROM filings").fetchone()[0] >= count:
                    break
            finally:
                conn.close()
            time.sleep(0.01)
        event.set()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def test_a_stopped_sync_returns_at_once_and_the_next_stores_the_rest_exactly_once(edgar_server, db, tmp_path, week):
    server = edgar_server
    server.delay = 0.2             # 40 filings, 2 at a time: about 4 s of fetching
    settings = settings_for(server, sync_workers=2)
    stop = threading.Event()
    _set_once_stored(stop, tmp_path / "insiderbot.db", 5)

    report = sync_once(db, client_for(settings), settings, now=NOW, stop=stop)
    stopped_at = time.monotonic()

    assert stop.is_set() and report.stopped
    assert "stopped early" in report.summary() and "next sync" in report.summary()
    first = set(stored(db))
    assert 5 <= len(first) <= 30
    assert report.new == len(first) and report.errors == [] and report.rejected == []
    assert dict(db.execute("SELECT status, count(*) FROM sync_queue GROUP BY status").fetchall()) == {
        "stored": len(first), "pending": 40 - len(first)}
    assert last_sync_completed(db) is None
    fetched_first = submission_fetches(server)
    assert len(fetched_first) <= len(first) + 4       # only the downloads under way finished, nothing more

    server.delay = 0.0
    again = sync_once(db, client_for(settings), settings, now=NOW, stop=threading.Event())
    assert time.monotonic() - stopped_at < 10
    assert not again.stopped and again.new == 40 - len(first)
    assert stored(db) == accessions(week)
    fetched = submission_fetches(server)
    assert sorted(fetched) == accessions(week)          # every filing fetched once over both passes
    assert last_sync_completed(db) is not None


def test_stop_ends_a_backfill_waiting_out_an_sec_block_at_once(edgar_server, db):
    server = edgar_server
    filings = make_filings(6, [MON, TUE])
    server.add(*filings)
    server.publish_index(MON, TUE)
    server.block(60)
    settings = settings_for(server, edgar_block_pause_seconds=600)
    stop = threading.Event()
    threading.Timer(0.5, stop.set).start()

    started = time.monotonic()
    report = backfill(db, client_for(settings), settings, MON, TUE, now=NOW, stop=stop)

    assert time.monotonic() - started < 3             # not the 600 s pause
    assert report.stopped and report.days_indexed == [] and report.errors == []
    assert "same backfill run again" in report.summary()
    assert db.execute("SELECT count(*) FROM sync_days").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM rejections").fetchone()[0] == 0
    assert last_sync_completed(db) is None

    server.blocked_until = 0.0
    done = backfill(db, client_for(settings), settings, MON, TUE, now=NOW)
    assert not done.stopped and stored(db) == accessions(filings)


def test_cli_sync_stops_cleanly_on_ctrl_c_and_the_next_run_finishes(edgar_server, tmp_path):
    server = edgar_server
    filings = recent_world(server, 40)
    server.delay = 0.1
    db_path = tmp_path / "ctrlc.db"
    env = sync_process_env(server, db_path)
    command = SYNC_COMMAND

    process = _sync_process_once_stored(command, tmp_path, env, db_path, 5)
    process.send_signal(signal.SIGINT)
    interrupted = time.monotonic()
    out, err = process.communicate(timeout=30)
    assert time.monotonic() - interrupted < 2          # about 3 s of fetching were left
    assert process.returncode == 130, err
    assert "Traceback" not in err and "Stopping the sync" in err
    assert "stopped early" in out and "filings:" in out
    stored_first = _count_filings(db_path)
    assert 5 <= stored_first < 40

    server.delay = 0.0
    finished = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert finished.returncode == 0, finished.stderr
    conn = sqlite3.connect(db_path)
    rows = sorted(r[0] for r in conn.execute("SELECT accession_number FROM filings").fetchall())
    conn.close()
    assert rows == accessions(filings)
    assert sorted(submission_fetches(server)) == accessions(filings)

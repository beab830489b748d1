"""``insiderbot backfill`` on the command line against the stand-in EDGAR: the plan printed first, a
company's whole history by ticker on an empty database, Ctrl-C and a killed process mid-download resumed."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date

import pytest
from edgar_server import FilingFixture, environment_for, make_filings
from test_backfill import World, accessions
from test_sync import sync_process_env

from storage.db import open_db

BACKFILL = ["backfill", "--from", "2024-01-01", "--to", "2024-07-10"]


@pytest.fixture
def cli_env(edgar_server, monkeypatch, tmp_path):
    """The CLI's environment pointed at the stand-in (the database and the zips under tmp_path)."""
    monkeypatch.chdir(tmp_path)
    for key, value in environment_for(edgar_server, tmp_path / "cli.db").items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("SYNC_CIKS", raising=False)
    monkeypatch.delenv("DATASETS_DIR", raising=False)
    return tmp_path / "cli.db"


def invoke(args: list[str]):
    from click.testing import CliRunner

    from bot.cli import cli

    return CliRunner().invoke(cli, args, obj={})


def stored_at(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT accession_number FROM filings").fetchall())
    finally:
        conn.close()


def test_backfill_prints_the_plan_first_then_what_it_did(edgar_server, cli_env, tmp_path):
    world = World(edgar_server, tmp_path)
    result = invoke(BACKFILL)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "plan for 2024-01-01..2024-07-10 (--source auto):"
    assert lines[1].startswith("  data sets: 2 quarter(s), 2024q1..2024q2")
    assert lines[2].startswith("  daily indexes: 2024-07-01..2024-07-10")
    assert "data sets: 2 downloaded" in result.output and "2024q1: 12 filings, 12 new" in result.output
    assert stored_at(cli_env) == accessions(world.everything)
    assert sorted(p.name for p in (tmp_path / "data" / "datasets").iterdir()) == ["2024q1_form345.zip",
                                                                                 "2024q2_form345.zip"]
    daily = invoke([*BACKFILL[:-1], "2024-01-05", "--source", "daily"])
    assert daily.exit_code == 0 and "daily indexes: 2024-01-01..2024-01-05" in daily.output


def test_backfill_issuer_by_ticker_on_an_empty_database_fetches_the_whole_history(edgar_server, cli_env):
    tecogen = [FilingFixture(**{**f.__dict__, "issuer_cik": "1537435", "issuer_name": "TECOGEN INC.",
                                "symbol": "TGEN", "accession": f"0001537435-{f.filed.year % 100}-{n:06d}"})
               for n, f in enumerate(make_filings(5, [date(2016, 5, 2), date(2023, 9, 27)], start=400), start=1)]
    edgar_server.add(*tecogen)
    edgar_server.tickers = {"TGEN": "1537435"}
    edgar_server.publish_submissions("1537435", "TECOGEN INC.", tickers=("TGEN",), recent=2, page_size=2)

    result = invoke(["backfill", "--issuer", "TGEN"])
    assert result.exit_code == 0, result.output
    assert "history of TECOGEN INC. (CIK 1537435): 3 submissions page(s), 5 Forms 3/4/5 listed" in result.output
    assert stored_at(cli_env) == accessions(tecogen)
    assert not edgar_server.dataset_requests()                            # no zip for one company

    up_to = invoke(["backfill", "--issuer", "TGEN", "--to", "2020-01-01"])
    assert up_to.exit_code == 0 and "3 in range, 3 already stored" in up_to.output


def test_backfill_refuses_what_it_cannot_do(edgar_server, cli_env):
    nothing = invoke(["backfill"])
    assert nothing.exit_code == 2 and "--from is needed (or --issuer" in nothing.output
    unknown = invoke(["backfill", "--issuer", "ZZZZ"])
    assert unknown.exit_code == 2 and "ZZZZ" in unknown.output
    reversed_range = invoke(["backfill", "--from", "2024-02-01", "--to", "2024-01-01"])
    assert reversed_range.exit_code == 2


def _slow_world(server, tmp_path) -> World:
    world = World(server, tmp_path)
    body = server.datasets["2024q2"].body
    server.publish_dataset("2024q2", body, directory=1, pause=0.3, chunk=max(1, len(body) // 20))
    return world


def _started_downloading_q2(server, process) -> None:
    deadline = time.monotonic() + 30
    while not server.dataset_requests("2024q2", "GET"):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.5)


def _finish(server, command, tmp_path, env, db_path, world) -> subprocess.CompletedProcess:
    server.datasets["2024q2"].pause = 0.0
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert stored_at(db_path) == accessions(world.everything)
    assert "data sets: 1 downloaded" in done.stdout and "1 unchanged" in done.stdout   # 2024q1 was kept
    return done


def _backfill_process(server, tmp_path, name: str):
    """``python -m bot backfill ...`` started against a world whose 2024q2 zip downloads slowly, once that
    download has begun: (process, command, env, database path, world)."""
    world = _slow_world(server, tmp_path)
    db_path = tmp_path / f"{name}.db"
    env = sync_process_env(server, db_path)
    command = [sys.executable, "-m", "bot", *BACKFILL]
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    _started_downloading_q2(server, process)
    return process, command, env, db_path, world


def test_ctrl_c_during_a_download_stops_at_once_and_the_next_run_resumes(edgar_server, tmp_path):
    process, command, env, db_path, world = _backfill_process(edgar_server, tmp_path, "ctrlc")
    process.send_signal(signal.SIGINT)
    interrupted = time.monotonic()
    out, err = process.communicate(timeout=30)
    assert time.monotonic() - interrupted < 2
    assert process.returncode == 130, err
    assert "Traceback" not in err and out.startswith("plan for") and "stopped early" in out
    assert not list((tmp_path / "data" / "datasets").glob("*.part"))
    _finish(edgar_server, command, tmp_path, env, db_path, world)


def test_a_backfill_process_killed_mid_download_resumes(edgar_server, tmp_path):
    process, command, env, db_path, world = _backfill_process(edgar_server, tmp_path, "killed")
    process.send_signal(signal.SIGKILL)
    process.wait()
    _finish(edgar_server, command, tmp_path, env, db_path, world)
    db = open_db(db_path)
    try:
        assert db.execute("SELECT count(*) FROM dataset_imports").fetchone()[0] == 2
    finally:
        db.close()
    again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "2 already imported" in again.stdout and "0 downloaded" in again.stdout


def test_the_download_and_import_bars_on_a_terminal_and_in_logs(caplog):
    import io
    import logging

    from bot.cli.sync_runner import ByteDisplay, ImportDisplay
    from bot.ingest.range_backfill import ImportProgress

    now = [100.0]
    stream = io.StringIO()
    downloads = ByteDisplay("downloads", stream=stream, tty=True, clock=lambda: now[0])
    now[0] = 104.0
    downloads(0, 40_000_000)
    now[0] = 106.0
    downloads(10_000_000, 40_000_000)
    downloads.close()
    assert stream.getvalue().split("\r\x1b[K")[-1] == "downloads: 10.0/40.0 MB (25%), 5.0 MB/s, about 0:06 left\n"

    imports = ImportDisplay("imports", stream=io.StringIO(), tty=False, log_every=10, clock=lambda: now[0])
    with caplog.at_level(logging.INFO, logger="bot.ingest.sync"):
        imports.update(ImportProgress("2024q1", 0, 4, 0))
        now[0] += 20
        imports.update(ImportProgress("2024q2", 1, 4, 60_000))
    assert [r.getMessage() for r in caplog.records][-1] == (
        "imports: 2024q2, 1/4 quarter(s) done, 60,000 filings, 3,000 filings/s, about 1:00 left")

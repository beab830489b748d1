"""The command line facing a bad ``--db``: a file that is not SQLite or is damaged is refused at start with
a clear message and left as it is; a read-only database answers and refuses writes; a database that
fills up during ``ingest`` stops with what was kept and what to do, and the same command run again
finishes the work."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from edgar_server import make_filings
from file_faults import read_only

import storage.db
from bot.cli import cli
from storage.db import Store, open_db

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"
NOT_SQLITE = b"name,ticker\nTecogen,TGEN\n" * 200


def insiderbot(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SEC_", "INSIDERBOT_"))}
    environment.update({"ANSWER_MODE": "rules", "EDGAR_BASE_URL": "http://127.0.0.1:9",
                        "EDGAR_DATA_URL": "http://127.0.0.1:9", **(env or {})})
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env=environment, capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.parametrize("command", [
    ["ingest", str(FIXTURE)],
    ["watch", "--channel", "C1", "TGEN"],
    ["serve", "--http", "--port", "1"],
    ["sync"],
])
def test_a_file_that_is_not_sqlite_is_refused_at_start_and_never_overwritten(tmp_path, command) -> None:
    path = tmp_path / "tickers.csv"
    path.write_bytes(NOT_SQLITE)
    result = insiderbot(*command, "--db", str(path),
                        env={"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SEC_USER_AGENT": "t t@e.x"})
    assert result.returncode == 1, result.stderr
    assert f"Error: {path} is not a SQLite database" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == NOT_SQLITE


def test_alerts_run_on_a_file_that_is_not_sqlite_is_refused_without_a_traceback(tmp_path) -> None:
    # Bug fixed: the group's --db check ended before click ran the subcommand, which then crashed.
    path = tmp_path / "tickers.csv"
    path.write_bytes(NOT_SQLITE)
    result = insiderbot("alerts", "--db", str(path), "run")
    assert result.returncode == 1, result.stderr
    assert f"Error: {path} is not a SQLite database" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == NOT_SQLITE


def test_ask_on_a_file_that_is_not_sqlite_says_so(tmp_path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(NOT_SQLITE)
    result = insiderbot("ask", "--db", str(path), "who bought TGEN")
    assert result.returncode == 1
    assert "is not a SQLite database" in result.stderr or "is damaged" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == NOT_SQLITE


def test_a_damaged_database_is_refused_with_the_check_that_found_it(tmp_path) -> None:
    path = tmp_path / "insiderbot.db"
    db = open_db(path)
    for i in range(300):
        db.execute("INSERT INTO rejections (source, reason, rejected_at) VALUES (?, ?, '2025-01-01')",
                   (f"file{i}", "x" * 200))
    db.conn.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 3000] = b"\xff" * 3000
    path.write_bytes(bytes(data))
    result = insiderbot("ingest", "--db", str(path), str(FIXTURE))
    assert result.returncode == 1
    assert "is damaged" in result.stderr and ".recover" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == bytes(data)


def test_a_read_only_database_answers_and_ingest_is_refused_clearly(tmp_path) -> None:
    path = tmp_path / "insiderbot.db"
    assert insiderbot("ingest", "--db", str(path), str(FIXTURE)).returncode == 0
    with read_only(path):
        asked = insiderbot("ask", "--db", str(path), "what options did Tecogen's GC get")
        assert asked.returncode == 0, asked.stderr
        assert "37,500 stock options" in asked.stdout
        refused = insiderbot("ingest", "--db", str(path), str(FIXTURE))
        watched = insiderbot("watch", "--db", str(path), "--channel", "C1", "TGEN")
    for result in (refused, watched):
        assert result.returncode == 1
        assert "is read-only" in result.stderr and "questions are answered from it as it is" in result.stderr
        assert "Traceback" not in result.stderr


# --- a full disk during ingest ----------------------------------------------------------------------------

@pytest.fixture
def filling_disk(monkeypatch):
    """Every writer the commands open gets only ``room[0]`` more pages: a disk that close to full."""
    room = [4]
    real_open_db = storage.db.open_db

    def open_db_on_a_small_disk(path, **kwargs):
        db = real_open_db(path, **kwargs)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + room[0]}")
        return db

    monkeypatch.setattr(storage.db, "open_db", open_db_on_a_small_disk)
    return room


def test_ingest_on_a_full_disk_stops_clearly_and_a_rerun_finishes(tmp_path, filling_disk, monkeypatch) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    filings = make_filings(60, [date(2025, 3, 10), date(2025, 3, 11)], seed=3)
    for f in filings:
        (folder / f"{f.accession}.txt").write_bytes(f.submission())
    # A disk that fills part of the way through: how many pages that is depends on the schema's row sizes, so
    # the first room (in pages) that lets some filings in and not all is used.
    for pages in range(4, 24):
        filling_disk[0] = pages
        path = tmp_path / f"insiderbot-{pages}.db"
        Store(path).close()
        full = CliRunner().invoke(cli, ["ingest", "--db", str(path), str(folder)], obj={})
        with Store(path) as store, store.reader.connect() as conn:
            kept = conn.execute("SELECT count(*) FROM filings").fetchone()[0]
        if 0 < kept < len(filings):
            break
    assert full.exit_code == 1, full.output
    assert "is full" in full.output and "run the same command again" in full.output
    assert "Stopped at" in full.output and "stored before it:" in full.output
    assert full.exception is None or isinstance(full.exception, SystemExit)
    assert 0 < kept < len(filings)

    monkeypatch.undo()  # space freed
    again = CliRunner().invoke(cli, ["ingest", "--db", str(path), str(folder)], obj={})
    assert again.exit_code == 0, again.output
    assert again.output.startswith(f"{len(filings) - kept} new, {kept} unchanged")

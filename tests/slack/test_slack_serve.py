"""``insiderbot serve`` as a real process: mode selection, HTTP mode answering a signed command against
the stand-in, and a clean stop on SIGTERM and SIGINT."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from edgar_server import USER_AGENT, environment_for, recent_world
from slack_standin import BOT_TOKEN, SECRET, command_body, command_fields, sign

from storage.db import open_db, open_readonly
from storage.sync_state import last_sync_completed, record_sync_completed

ROOT = Path(__file__).resolve().parents[2]


def serve_env(standin, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SEC_", "EDGAR_", "LLM_"))}
    env.update({"SLACK_BOT_TOKEN": "", "SLACK_APP_TOKEN": "", "SLACK_SIGNING_SECRET": "",
                "SLACK_API_URL": standin.base_url, "SEC_USER_AGENT": "", "ANSWER_MODE": "rules",
                "EDGAR_BASE_URL": "http://127.0.0.1:9", "EDGAR_DATA_URL": "http://127.0.0.1:9"})
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_http(standin, db: Path, **extra: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = serve_env(standin, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SECRET, **extra)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(port),
         "--db", str(db)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        assert proc.poll() is None, proc.communicate()
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, "serve --http did not come up"
        time.sleep(0.1)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_http_answers_then_stops_cleanly_on_a_signal(standin, tecogen_db, sig) -> None:
    db = open_db(tecogen_db)
    record_sync_completed(db, dt.datetime(2025, 3, 7, 14, 5, tzinfo=dt.UTC))
    db.close()
    proc, url = start_http(standin, tecogen_db)
    try:
        health = httpx.get(f"{url}/healthz").json()
        assert health == {"ok": True, "filings_synced_up_to": "2025-03-07T14:05:00+00:00",
                          "newest_filing_date": "2023-09-27"}
        body = command_body("what options did Tecogen's GC get", standin.response_url("serve"))
        response = httpx.post(f"{url}/slack/events", content=body,
                              headers={"Content-Type": "application/x-www-form-urlencoded", **sign(SECRET, body)})
        assert response.status_code == 200
        reply = standin.wait_for("response_url")[0].body
        assert "John Whiting" in reply["text"]
        assert [c.method for c in standin.calls() if c.method != "response_url"] == ["auth.test"]
    finally:
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "stopped" in err
    assert "Traceback" not in err and "will be unused" not in err


def test_serve_http_without_the_signing_secret_says_what_is_missing(standin, tecogen_db) -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--http", "--db", str(tecogen_db)], cwd=ROOT,
                            env=serve_env(standin, SLACK_BOT_TOKEN=BOT_TOKEN), capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2
    assert "needs SLACK_SIGNING_SECRET" in result.stderr


def test_half_configured_socket_mode_says_what_is_missing(standin, tecogen_db) -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--db", str(tecogen_db)], cwd=ROOT,
                            env=serve_env(standin, SLACK_BOT_TOKEN=BOT_TOKEN), capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2
    assert "SLACK_APP_TOKEN" in result.stderr


def test_bare_insiderbot_without_tokens_opens_the_chat_and_says_how_to_connect(standin, tecogen_db) -> None:
    result = subprocess.run([sys.executable, "-m", "bot"], cwd=ROOT,
                            env=serve_env(standin, INSIDERBOT_DB=str(tecogen_db)), input="what options did Tecogen's GC get\nquit\n",
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "No Slack tokens are set" in result.stderr and "manifest.yml" in result.stderr
    assert "was granted 37,500 stock options" in result.stdout
    assert standin.calls() == []


def test_serve_socket_mode_answers_then_stops_cleanly_on_sigterm(standin, tecogen_db) -> None:
    env = serve_env(standin, SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN="xapp-1-A0APP001-test")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--db", str(tecogen_db)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while standin.socket_connections() == 0:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "serve did not connect over Socket Mode"
            time.sleep(0.05)
        standin.send_envelope("slash_commands", command_fields("TGEN", standin.response_url("sock")),
                              accepts_response_payload=True)
        assert standin.wait_for("socket_ack")[0].body["payload"]["text"].startswith("Looking")
        assert "John Whiting" in standin.wait_for("response_url")[0].body["text"]
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "stopped" in err and "Traceback" not in err


def test_serve_runs_the_edgar_sync_at_start_and_stops_cleanly(standin, edgar_server, tmp_path) -> None:
    filings = recent_world(edgar_server, 12)
    db_path = tmp_path / "served.db"
    edgar = {k: v for k, v in environment_for(edgar_server, db_path).items() if k != "INSIDERBOT_DB"}
    proc, _url = start_http(standin, db_path, **edgar)
    try:
        deadline = time.monotonic() + 30
        while True:
            db = open_readonly(db_path)
            try:
                stored = sorted(r[0] for r in db.execute("SELECT accession_number FROM filings").fetchall())
                synced = last_sync_completed(db)
            finally:
                db.close()
            if synced:
                break
            assert proc.poll() is None and time.monotonic() < deadline, "the sync job did not run"
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert stored == sorted(f.accession for f in filings)
    assert all(r.user_agent == USER_AGENT for r in edgar_server.requests)

"""A read-only database (a 0444 file, or the immutable attribute for root) behind the front ends that used
to refuse it at start: ``insiderbot chat`` and ``insiderbot serve --http`` answer from it as it is, what
would write (watch and alert commands, the EDGAR sync, digests, alerts, on-demand fetches) is refused or
not started with one clear line, and the file is left byte for byte as it was."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from file_faults import read_only
from slack_standin import BOT_TOKEN, SECRET, SlackStandIn, command_body, sign

from bot.config import Settings
from bot.ingest import ingest_paths
from bot.slack.services import SlackServices
from storage.db import Store, open_db

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"
QUESTION = "what options did Tecogen's GC get"


@pytest.fixture
def tecogen_ro(tmp_path) -> Iterator[Path]:
    """A database holding the Tecogen filing, made read-only for the test."""
    path = tmp_path / "insiderbot.db"
    db = open_db(path)
    ingest_paths(db, [FIXTURE])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    with read_only(path):
        yield path


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    server = SlackStandIn().start()
    yield server
    server.stop()


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SEC_", "EDGAR_", "LLM_",
                                                                     "INSIDERBOT_"))}
    env.update({"ANSWER_MODE": "rules", "EDGAR_BASE_URL": "http://127.0.0.1:9", "EDGAR_DATA_URL": "http://127.0.0.1:9",
                "ON_DEMAND_FETCH": "true", **extra})
    return env


def test_chat_answers_from_a_read_only_database(tecogen_ro) -> None:
    before = tecogen_ro.read_bytes()
    done = subprocess.run([sys.executable, "-m", "bot", "chat", "--db", str(tecogen_ro)], cwd=ROOT,
                          env=environment(SEC_USER_AGENT="insiderbot tests tests@example.com"),
                          input=f"{QUESTION}\nquit\n", capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "37,500 stock options" in done.stdout
    assert "is read-only: answering from it as it is" in done.stderr
    assert "Traceback" not in done.stderr
    assert tecogen_ro.read_bytes() == before


def test_slack_state_of_a_read_only_database_is_kept_in_memory(tecogen_ro) -> None:
    settings = Settings(_env_file=None, slack_bot_token=BOT_TOKEN, answer_mode="rules")
    with Store(tecogen_ro) as store:
        services = SlackServices(settings, store)
        try:
            assert services.read_only
            assert services.claim_event("event:Ev1") is True
            assert services.claim_event("event:Ev1") is False
            services.save_thread_context("C1", "1.0", {"issuer": "TGEN"})
            assert services.thread_context("C1", "1.0") == {"issuer": "TGEN"}
            services.save_reply("r1", "q", [{"text": "a", "blocks": []}])
            assert services.load_reply("r1") == {"question": "q", "pages": [{"text": "a", "blocks": []}]}
        finally:
            services.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def post_command(url: str, text: str, response_url: str) -> httpx.Response:
    body = command_body(text, response_url)
    return httpx.post(f"{url}/slack/events", content=body,
                      headers={"Content-Type": "application/x-www-form-urlencoded", **sign(SECRET, body)})


def test_serve_answers_from_a_read_only_database_and_refuses_writes_clearly(tecogen_ro, standin) -> None:
    before = tecogen_ro.read_bytes()
    port = free_port()
    env = environment(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=standin.base_url,
                      SEC_USER_AGENT="insiderbot tests tests@example.com")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port",
                             str(port), "--db", str(tecogen_ro)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, proc.communicate()
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "serve --http did not come up"
            time.sleep(0.1)
        assert post_command(url, QUESTION, standin.response_url("ask")).status_code == 200
        assert post_command(url, "watch TGEN", standin.response_url("watch")).status_code == 200
        assert post_command(url, "alerts add TGEN", standin.response_url("alert")).status_code == 200
        replies = {c.path.rsplit("/", 1)[-1]: c.body["text"] for c in standin.wait_for("response_url", 3, 30)}
    finally:
        proc.send_signal(signal.SIGTERM)
        _, log = proc.communicate(timeout=30)
    assert proc.returncode == 0, log
    assert "37,500 stock options" in replies["ask"]
    for refused in ("watch", "alert"):
        assert "is read-only" in replies[refused] and "questions are answered from it as it is" in replies[refused]
    assert log.count("is read-only: no EDGAR sync, digests or alerts") == 1, log
    assert "EDGAR sync" not in log.replace("no EDGAR sync", "")
    assert "Traceback" not in log
    assert tecogen_ro.read_bytes() == before


@pytest.mark.parametrize("command", [["sync"], ["alert", "--channel", "C1", "TGEN"], ["watch", "--channel", "C1", "TGEN"]])
def test_writing_commands_on_a_read_only_database_say_so(tecogen_ro, command) -> None:
    before = tecogen_ro.read_bytes()
    done = subprocess.run([sys.executable, "-m", "bot", *command, "--db", str(tecogen_ro)], cwd=ROOT,
                          env=environment(SEC_USER_AGENT="insiderbot tests tests@example.com"),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "is read-only" in done.stderr and "questions are answered from it as it is" in done.stderr
    assert "Traceback" not in done.stderr
    assert tecogen_ro.read_bytes() == before


def test_a_database_in_a_folder_not_made_yet_is_not_read_only_and_serves(tmp_path) -> None:
    path = tmp_path / "data" / "insiderbot.db"
    settings = Settings(_env_file=None, slack_bot_token=BOT_TOKEN, answer_mode="rules")
    with Store(path) as store:
        assert not store.is_read_only()
        services = SlackServices(settings, store)  # prunes: the writer makes the folder and the database
        services.close()
    assert path.exists()

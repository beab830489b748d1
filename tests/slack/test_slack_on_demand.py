"""Fetch on demand in Slack, end to end over real HTTP: signed events and commands into the app under
uvicorn, the company fetched from the EDGAR stand-in, the answer in the thread, the filings stored once."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from edgar_server import EdgarTestServer, environment_for, settings_for
from on_demand_world import publish_tecogen, stored_accessions, txt_requests
from slack_standin import BOT_USER_ID, SECRET, event_body, posted_blocks_text, sign
from test_slack_serve import start_http

from bot.edgar.ratelimit import RateLimiter
from bot.ingest.on_demand import OnDemand
from storage.db import open_db
from storage.edgar_cache import replace_tickers
from storage.reader import Reader

QUESTION = "who sold at Tecogen?"


@pytest.fixture
def tecogen_db(tmp_path: Path) -> Path:
    """This module's database (the Slack fixtures' ``settings`` use it): nothing of Tecogen stored yet."""
    open_db(tmp_path / "insiderbot.db").close()
    return tmp_path / "insiderbot.db"


@pytest.fixture
def slow_edgar() -> Iterator[EdgarTestServer]:
    """An EDGAR stand-in slow enough (0.1 s a request) that questions arriving together overlap."""
    with EdgarTestServer(delay=0.1) as server:
        yield server


def on_demand_of(server: EdgarTestServer, **overrides):
    """What the composition root builds: an ``OnDemand`` over the app's store, with a rate limiter."""
    settings = settings_for(server, **overrides)
    return lambda store: OnDemand.from_settings(settings, store, limiter=RateLimiter(1000))


def mention(text: str, *, ts: str) -> dict:
    return {"type": "app_mention", "user": "U0USER01", "text": f"<@{BOT_USER_ID}> {text}", "ts": ts,
            "channel": "C0CHAN01", "event_ts": ts}


def answers_posted(standin, count: int, timeout: float = 20.0) -> list[dict]:
    """The first ``count`` placeholder updates that are answers (not "Fetching…"), waited for."""
    deadline = time.monotonic() + timeout
    while True:
        answers = [c.body for c in standin.calls("chat.update") if not c.body["text"].startswith("Fetching")]
        if len(answers) >= count or time.monotonic() > deadline:
            assert len(answers) == count
            return answers
        time.sleep(0.02)


def stored(path: Path) -> list[str]:
    with Reader(path).connect() as conn:
        return stored_accessions(conn)


def test_a_question_about_a_company_not_stored_fetches_it_and_answers_in_the_thread(
        run_app, standin, edgar_server, tecogen_db):
    recent = publish_tecogen(edgar_server, recent=3, old=2)
    app = run_app(on_demand=on_demand_of(edgar_server))
    app.event(mention(QUESTION, ts="1700000100.000200"), event_id="Ev101")
    placeholder = standin.wait_for("chat.postMessage")[0].body
    assert placeholder["thread_ts"] == "1700000100.000200" and placeholder["text"].startswith("Looking")
    fetching, answered = (call.body for call in standin.wait_for("chat.update", 2))
    assert fetching["text"] == "Fetching Tecogen's insider filings from EDGAR, about 3 filings…"
    text = posted_blocks_text(answered["blocks"])
    assert "John Whiting, General Counsel of TECOGEN INC. (TGEN), sold 1,001 shares" in text
    assert "Fetched 3 insider filings of TECOGEN INC. (TGEN) from EDGAR just now" in text
    assert "Ask an admin to load them." in text and "insiderbot backfill" not in text
    app.drain()
    assert len(standin.calls("chat.postMessage")) == 1            # the placeholder, replaced twice
    assert stored(tecogen_db) == sorted(f.accession for f in recent)
    assert txt_requests(edgar_server) == {f.accession: 1 for f in recent}

    # The next question about it is answered from what is stored, with nothing asked of EDGAR.
    before = len(edgar_server.requests)
    app.event(mention("what did Tecogen's GC sell?", ts="1700000200.000200"), event_id="Ev102")
    later = standin.wait_for("chat.update", 3)[2].body
    assert "sold 1,001 shares" in posted_blocks_text(later["blocks"]) and "Fetched" not in later["text"]
    assert len(edgar_server.requests) == before


def test_two_questions_about_one_company_at_once_fetch_it_once(run_app, standin, slow_edgar, tecogen_db):
    recent = publish_tecogen(slow_edgar, recent=4, old=1)
    app = run_app(on_demand=on_demand_of(slow_edgar))
    app.event(mention(QUESTION, ts="1700000300.000100"), event_id="Ev111")
    app.event(mention("who sold $TGEN", ts="1700000301.000100"), event_id="Ev112")
    answers = answers_posted(standin, 2)
    assert all("sold 1,001 shares" in posted_blocks_text(a["blocks"]) for a in answers)
    assert slow_edgar.paths("/submissions/") == ["/submissions/CIK0001537435.json"]
    assert txt_requests(slow_edgar) == {f.accession: 1 for f in recent}
    assert stored(tecogen_db) == sorted(f.accession for f in recent)


def test_the_cap_and_what_it_left_out_are_in_the_answer(run_app, standin, edgar_server, tecogen_db):
    recent = publish_tecogen(edgar_server, recent=5, old=0)
    app = run_app(on_demand=on_demand_of(edgar_server, on_demand_max_filings=2))
    app.command(QUESTION)
    fetching, answered = (call.body for call in standin.wait_for("response_url", 2))
    assert fetching["text"] == "Fetching Tecogen's insider filings from EDGAR, about 2 filings…"
    assert fetching["response_type"] == "ephemeral"
    text = posted_blocks_text(answered["blocks"])
    assert "the newest ones: 3 more filings were left out (at most 2 are fetched for a question)" in text
    assert "Ask an admin to load the rest." in text
    assert stored(tecogen_db) == sorted(f.accession for f in recent[:2])


def test_on_demand_fetch_false_answers_from_what_is_stored(run_app, standin, edgar_server, tecogen_db):
    publish_tecogen(edgar_server)
    app = run_app(on_demand=on_demand_of(edgar_server, on_demand_fetch=False))
    app.event(mention(QUESTION, ts="1700000400.000100"), event_id="Ev121")
    update = standin.wait_for("chat.update")[0].body
    assert "No filings are stored yet." in posted_blocks_text(update["blocks"])
    app.drain()
    assert edgar_server.requests == [] and stored(tecogen_db) == []


def test_without_a_user_agent_the_answer_says_to_ask_an_admin(run_app, standin, edgar_server, tecogen_db):
    publish_tecogen(edgar_server)
    db = open_db(tecogen_db)
    replace_tickers(db, [("TGEN", "1537435", "TECOGEN INC.")])      # known from an earlier backfill
    db.close()
    app = run_app(on_demand=on_demand_of(edgar_server, sec_user_agent=None))
    app.event(mention(QUESTION, ts="1700000500.000100"), event_id="Ev131")
    text = posted_blocks_text(standin.wait_for("chat.update")[0].body["blocks"])
    assert "TECOGEN INC. (TGEN) is not stored" in text and "Ask an admin to load it." in text
    assert "insiderbot" not in text
    app.drain()
    assert edgar_server.requests == [] and stored(tecogen_db) == []


def test_serve_fetches_on_demand_through_its_own_edgar_client_and_prints_progress(standin, edgar_server, tmp_path):
    """``insiderbot serve --http`` as a real process: the composition root's OnDemand (the process's one rate
    limiter, shared with the scheduled sync) fetches the company, the answer lands in the thread, the log says
    how the fetch went."""
    recent = publish_tecogen(edgar_server, recent=3, old=1)
    db_path = tmp_path / "served.db"
    edgar = {k: v for k, v in environment_for(edgar_server, db_path, sync_ciks="1").items() if k != "INSIDERBOT_DB"}
    proc, url = start_http(standin, db_path, **edgar)
    try:
        body = event_body(mention(QUESTION, ts="1700000600.000100"), event_id="Ev141")
        response = httpx.post(f"{url}/slack/events", content=body,
                              headers={"Content-Type": "application/json", **sign(SECRET, body)})
        assert response.status_code == 200
        answers = answers_posted(standin, 1, timeout=60)
        assert "sold 1,001 shares" in posted_blocks_text(answers[0]["blocks"])
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "on demand: TECOGEN INC. (TGEN): 3/3 filings fetched" in err
    assert stored(db_path) == sorted(f.accession for f in recent)
    assert txt_requests(edgar_server) == {f.accession: 1 for f in recent}

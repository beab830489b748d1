"""Slack failing to answer ``chat.postMessage`` and friends: a 5xx, a timeout after Slack received the call,
a connection that cannot be made. Through the real Web API client (``build_client``) against the stand-in
with outages (``SlackStandIn.fail_next``).

What is tried again (``bot.slack.retries``): a 5xx (Slack did not carry the call out) and a connection
that failed before the request was sent, up to twice, after 0.5 s then 1 s; a timeout or a hang-up after
the request was sent only for a call that does the same thing twice as once (``chat.update``), never for a
``chat.postMessage``. A digest whose post timed out is recorded as sent (it may be in the channel) and
never posted again; a message is never posted twice."""

from __future__ import annotations

import datetime as dt
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from digestkit import ACME, DOE, ny, store, tx
from slack_standin import BOT_TOKEN, SlackStandIn

from bot.config import Settings
from bot.digest.delivery import PostRetryable, PostUncertain
from bot.digest.job import run_due_digests
from bot.slack.app import build_client
from bot.slack.blocks import text_message
from bot.slack.digest_post import Pacer, SlackDigestPoster
from bot.slack.retries import MAX_RETRIES
from storage import watchlists
from storage.db import Store

MESSAGE = text_message("Insider digest · 1 new filing")
CLIENT_TIMEOUT = 1  # seconds the client waits for Slack's answer in these tests


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    """The stand-in, without the check that Slack refused nothing (here it fails on purpose)."""
    server = SlackStandIn().start()
    yield server
    server.stop()


def client_for(base_url: str):
    client = build_client(Settings(_env_file=None, slack_bot_token=BOT_TOKEN, slack_api_url=base_url))
    client.timeout = CLIENT_TIMEOUT
    return client


@pytest.fixture
def poster(standin) -> SlackDigestPoster:
    return SlackDigestPoster(client_for(standin.base_url), pacer=Pacer(0))


def posted(standin: SlackStandIn, method: str = "chat.postMessage") -> list:
    return [c for c in standin.calls(method) if c.accepted]


@pytest.mark.parametrize("failures", [1, MAX_RETRIES])
def test_a_5xx_is_tried_again_after_a_pause_and_posted_once(standin, poster, failures) -> None:
    standin.fail_next("chat.postMessage", status=503, times=failures)
    t0 = time.monotonic()
    assert poster.post("C0CHAN01", MESSAGE, None)
    assert time.monotonic() - t0 >= 0.5 * (2 ** failures - 1)  # 0.5 s, then 1 s more
    assert len(standin.calls("chat.postMessage")) == failures + 1
    assert len(posted(standin)) == 1


def test_a_5xx_that_persists_is_given_up_after_two_retries_and_reported_as_worth_retrying(standin, poster) -> None:
    standin.fail_next("chat.postMessage", status=500, times=5)
    with pytest.raises(PostRetryable, match="Slack refused the message"):
        poster.post("C0CHAN01", MESSAGE, None)
    assert len(standin.calls("chat.postMessage")) == 1 + MAX_RETRIES
    assert posted(standin) == []


def test_a_post_that_times_out_is_not_tried_again_and_said_to_be_uncertain(standin, poster) -> None:
    standin.fail_next("chat.postMessage", status=200, delay=CLIENT_TIMEOUT + 1.5)
    with pytest.raises(PostUncertain, match="may have been posted, so it is not posted again"):
        poster.post("C0CHAN01", MESSAGE, None)
    time.sleep(CLIENT_TIMEOUT + 1)
    assert len(standin.calls("chat.postMessage")) == 1  # received by Slack once, and never sent again
    assert len(posted(standin)) == 1


def test_an_update_that_times_out_is_tried_again(standin) -> None:
    client = client_for(standin.base_url)
    standin.fail_next("chat.update", status=200, delay=CLIENT_TIMEOUT + 1.5)
    response = client.chat_update(channel="C0CHAN01", ts="1700000001.000100", text="the answer")
    assert response["ok"]
    assert len(standin.calls("chat.update")) == 2  # the same update twice leaves the same message


def test_a_slack_that_cannot_be_reached_is_tried_again_then_reported() -> None:
    poster = SlackDigestPoster(client_for(nowhere()), pacer=Pacer(0))
    t0 = time.monotonic()
    with pytest.raises(PostRetryable, match="URLError"):
        poster.post("C0CHAN01", MESSAGE, None)
    assert time.monotonic() - t0 >= 1.5  # two retries, after 0.5 s and 1 s


def nowhere() -> str:
    """A base URL on 127.0.0.1 where nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/"


# --- the digest job over Slack -----------------------------------------------------------------------------

MONDAY = ny(2024, 3, 11, 8)


@pytest.fixture
def acme_watched(db_path: Path, db) -> Iterator[Store]:
    watchlists.add_watch(db, "C1", "issuer", ACME.cik, "Acme Corp (ACME)")
    store(db, ACME, [DOE], [tx("P", 10, 5.0, "2024-03-07")], accepted=ny(2024, 3, 8, 12))
    with Store(db_path) as opened:
        yield opened


def digest_settings(standin: SlackStandIn, db_path: Path) -> Settings:
    return Settings(_env_file=None, insiderbot_db=db_path, slack_bot_token=BOT_TOKEN, slack_app_token=None,
                    slack_api_url=standin.base_url, sec_user_agent=None)


def test_a_digest_whose_post_timed_out_is_recorded_as_sent_and_never_posted_twice(
        standin, poster, acme_watched, db, db_path) -> None:
    settings = digest_settings(standin, db_path)
    standin.fail_next("chat.postMessage", status=200, delay=CLIENT_TIMEOUT + 1.5)
    [outcome] = run_due_digests(acme_watched, poster, settings, MONDAY)
    assert outcome.status == "sent" and "may have been posted" in outcome.error
    record = watchlists.digest_run(db, "C1", "2024-03-11")
    assert (record.status, record.messages) == ("sent", 0)
    assert "may have been posted" in record.error
    assert run_due_digests(acme_watched, poster, settings, MONDAY + dt.timedelta(minutes=5)) == []
    time.sleep(1.5)
    assert len(standin.calls("chat.postMessage")) == 1


def test_a_digest_through_a_5xx_is_posted_once_and_recorded_as_sent(standin, poster, acme_watched, db,
                                                                      db_path) -> None:
    settings = digest_settings(standin, db_path)
    standin.fail_next("chat.postMessage", status=502)
    [outcome] = run_due_digests(acme_watched, poster, settings, MONDAY)
    assert (outcome.status, outcome.messages, outcome.error) == ("sent", 1, None)
    assert len(posted(standin)) == 1
    assert watchlists.digest_run(db, "C1", "2024-03-11").status == "sent"


# --- answers ------------------------------------------------------------------------------------------------

@pytest.fixture
def settings(standin: SlackStandIn, tecogen_db: Path) -> Settings:
    from slack_standin import SECRET

    return Settings(_env_file=None, insiderbot_db=tecogen_db, slack_bot_token=BOT_TOKEN,
                    slack_signing_secret=SECRET, slack_app_token=None, slack_api_url=standin.base_url,
                    answer_mode="rules", llm_model=None)


def test_an_answer_in_a_thread_through_a_5xx_is_posted_once(run_app, standin) -> None:
    app = run_app()
    standin.fail_next("chat.update", status=500)
    mention = {"type": "app_mention", "user": "U0USER01", "text": "<@UBOT0001> what options did Tecogen's GC get",
               "ts": "1700000950.000100", "channel": "C0CHAN01", "event_ts": "1700000950.000100"}
    assert app.event(mention, event_id="EvOutage1").status_code == 200
    updates = standin.wait_for("chat.update", 2, timeout=20)
    app.drain()
    assert "John Whiting" in updates[1].body["text"]
    assert len(posted(standin)) == 1  # the placeholder, once
    assert len(posted(standin, "chat.update")) == 1

"""The listener functions called directly (no Bolt routing), with Bolt's real ``Ack`` and ``Respond``
and a real WebClient, all talking to the stand-in."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from slack_bolt import Ack
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient
from slack_standin import BOT_TOKEN, limit_violations, posted_blocks_text

from bot.slack.blocks import question_text
from bot.slack.listeners.commands.insider import insider_command, parse_command
from bot.slack.listeners.events.app_home_opened import app_home_opened
from bot.slack.listeners.events.message_im import message_im
from bot.slack.services import SlackServices
from storage.db import open_db
from storage.status import Freshness
from storage.sync_state import record_sync_completed

log = logging.getLogger("test")


@pytest.mark.parametrize("text, expected", [
    ("", ("help", "")),
    ("  help ", ("help", "")),
    ("TGEN", ("ticker", "latest insider activity at TGEN")),
    ("$tgen", ("ticker", "latest insider activity at TGEN")),
    ("BRK.B", ("ticker", "latest insider activity at BRK.B")),
    ("tgen", ("ask", "tgen")),
    ("buys", ("ask", "buys")),
    ("share TGEN", ("share", "latest insider activity at TGEN")),
    ("share   what options did Tecogen's GC get", ("share", "what options did Tecogen's GC get")),
    ("share", ("help", "")),
    ("who sold $TSLA in 2021?", ("ask", "who sold $TSLA in 2021?")),
    # Slack sends a slash command's text with &, < and > escaped: the question is read as typed.
    ("tsla &amp; pltr sales", ("ask", "tsla & pltr sales")),
    ("sales &gt; $1M at tsla", ("ask", "sales > $1M at tsla")),
])
def test_parse_command(text: str, expected: tuple[str, str]) -> None:
    assert parse_command(text) == expected


def test_question_text_drops_mentions_and_slack_escapes() -> None:
    assert question_text("<@UBOT0001> what did AT&amp;T's CFO sell &lt;2024&gt;?") == "what did AT&T's CFO sell <2024>?"
    assert question_text("<@UBOT0001|insiderbot>   hi <https://sec.gov/x|the filing>") == "hi the filing"
    assert question_text(None) == ""


@pytest.fixture
def services(settings, tecogen_store):
    svc = SlackServices(settings, tecogen_store)
    yield svc
    svc.close()


def test_insider_command_acks_then_responds(services, standin) -> None:
    ack = Ack()
    respond = Respond(response_url=standin.response_url("direct"))
    future = insider_command(ack, {"text": "what options did Tecogen's GC get", "user_id": "U1"}, respond,
                             {"services": services}, log)
    assert ack.response.status == 200 and "Looking that up" in ack.response.body
    future.result(30)
    body = standin.wait_for("response_url")[0].body
    assert body["response_type"] == "ephemeral"
    assert "was granted 37,500 stock options" in posted_blocks_text(body["blocks"])


def test_insider_help_is_only_an_ack(services, standin) -> None:
    ack = Ack()
    result = insider_command(ack, {"text": "help"}, Respond(response_url=standin.response_url("h")),
                             {"services": services}, log)
    assert result is None
    assert "/insider share" in ack.response.body
    assert "/insider alert RULE" in ack.response.body and "/insider watchlist" in ack.response.body
    assert standin.calls() == []


def test_app_home_opened_publishes_the_home_view(services, standin) -> None:
    client = WebClient(token=BOT_TOKEN, base_url=standin.base_url)
    app_home_opened({"type": "app_home_opened", "user": "U9", "tab": "home"}, client, {"services": services}, log)
    app_home_opened({"type": "app_home_opened", "user": "U9", "tab": "messages"}, client,
                    {"services": services}, log)
    calls = standin.calls("views.publish")
    assert len(calls) == 1 and calls[0].body["user_id"] == "U9"
    assert limit_violations(calls[0].body["view"]["blocks"], surface="view") == []


def test_freshness_comes_from_the_last_sync_and_is_cached(settings, tecogen_store, standin) -> None:
    first_sync = dt.datetime(2025, 3, 7, 14, 5, tzinfo=dt.UTC)
    writer = open_db(settings.insiderbot_db)
    record_sync_completed(writer, first_sync)
    services = SlackServices(settings, tecogen_store)
    try:
        assert services.freshness() == Freshness(last_sync_at=first_sync, newest_filing_date="2023-09-27")
        record_sync_completed(writer, first_sync + dt.timedelta(hours=1))
        assert services.freshness().last_sync_at == first_sync          # cached for a minute
        client = WebClient(token=BOT_TOKEN, base_url=standin.base_url)
        app_home_opened({"type": "app_home_opened", "user": "U9", "tab": "home"}, client, {"services": services}, log)
        home_text = posted_blocks_text(standin.calls("views.publish")[0].body["view"]["blocks"])
        assert "Filings synced up to Mar 7, 2025 9:05 AM ET (newest filing Sep 27, 2023)" in home_text
    finally:
        services.close()
        writer.close()
    fresh = SlackServices(settings, tecogen_store)
    try:
        assert fresh.freshness().last_sync_at == first_sync + dt.timedelta(hours=1)
    finally:
        fresh.close()


def test_message_im_ignores_what_is_not_a_users_dm(services, standin) -> None:
    client = WebClient(token=BOT_TOKEN, base_url=standin.base_url)
    ctx = {"services": services}
    base = {"type": "message", "channel": "D1", "user": "U1", "text": "TGEN", "ts": "5.5"}
    assert message_im(dict(base, channel_type="channel"), client, ctx, log) is None
    assert message_im(dict(base, channel_type="im", subtype="message_deleted"), client, ctx, log) is None
    assert message_im(dict(base, channel_type="im", bot_id="B1"), client, ctx, log) is None
    assert standin.calls() == []
    message_im(dict(base, channel_type="im"), client, ctx, log).result(30)
    assert standin.calls("chat.update")[0].body["channel"] == "D1"
    assert message_im(dict(base, channel_type="im"), client, ctx, log) is None  # the same message again


@pytest.mark.parametrize(("text", "sorry"), [
    ("watch TGEN", "Sorry, the watchlist could not be changed."),
    ("alert TGEN", "Sorry, the alerts could not be changed."),
])
def test_a_subcommand_that_fails_says_which_change_failed(services, standin, tecogen_store, text, sorry) -> None:
    tecogen_store.close()  # every change now fails
    ack = Ack()
    future = insider_command(ack, {"text": text, "channel_id": "C1", "user_id": "U1"},
                             Respond(response_url=standin.response_url("fail")), {"services": services}, log)
    future.result(30)
    body = standin.wait_for("response_url")[0].body
    assert body["response_type"] == "ephemeral" and sorry in body["text"]

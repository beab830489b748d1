"""``/insider chart …`` in Slack: the PNG goes up through Slack's external upload (the stand-in sees
files.getUploadURLExternal, the upload itself and files.completeUploadExternal) into the command's channel,
or the thread it was asked in, with the summary and the source link; unknown words get "did you mean"."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from chartkit import png_size
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from slack_standin import BOT_TOKEN, SECRET, SlackStandIn, command_body, sign

from bot.config import Settings
from bot.slack.app import build_app
from bot.slack.listeners.commands.charts import chart_request, chart_verb, post_chart
from bot.slack.listeners.events.app_mention import app_mention
from bot.slack.listeners.events.message_im import message_im
from bot.slack.services import SlackServices
from storage.db import Store


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    server = SlackStandIn().start()
    yield server
    server.stop()


@pytest.fixture
def services(samples_db: Path, standin: SlackStandIn) -> Iterator[SlackServices]:
    settings = Settings(_env_file=None, insiderbot_db=samples_db, slack_bot_token=BOT_TOKEN,
                        slack_signing_secret=SECRET, slack_app_token=None, slack_api_url=standin.base_url,
                        answer_mode="rules", llm_model=None)
    with Store(samples_db) as store:
        running = SlackServices(settings, store)
        yield running
        running.close()


def slash(services: SlackServices, text: str, standin: SlackStandIn, *, channel: str = "C0CHART1"):
    """Send ``/insider <text>`` to the real Bolt app, signed as Slack signs it."""
    app = build_app(services.settings, services)
    body = command_body(text, standin.response_url("chart"), channel=channel).decode()
    headers = {"content-type": ["application/x-www-form-urlencoded"],
               **{k.lower(): [v] for k, v in sign(SECRET, body.encode()).items()}}
    return app.dispatch(BoltRequest(body=body, headers=headers))


LOG = logging.getLogger("test")


def test_chart_verb() -> None:
    assert chart_verb("chart TSLA 2021") == "TSLA 2021"
    assert chart_verb("Chart") == ""
    assert chart_verb("charts at TSLA") is None and chart_verb("TSLA") is None


def test_chart_request_is_the_verb_or_a_question_asking_for_a_chart() -> None:
    assert chart_request("chart TSLA 2021") == "TSLA 2021"
    assert chart_request("plot insider buying at PLTR") == "insider buying at PLTR"
    assert chart_request("show me Musk's sales in 2021 on a chart") == "Musk's sales in 2021"
    assert chart_request("did anyone sell at Chart Industries") is None and chart_request("TSLA") is None


def test_slash_chart_uploads_the_png_into_the_channel(services, standin) -> None:
    response = slash(services, "chart EXRB", standin)
    assert response.status == 200 and "Drawing a chart of" in response.body
    (started,) = standin.wait_for("files.getUploadURLExternal")
    (uploaded,) = standin.wait_for("file_upload")
    (completed,) = standin.wait_for("files.completeUploadExternal")
    assert all(c.accepted for c in (started, uploaded, completed))
    assert started.body["filename"] == "chart-exrb.png" and int(started.body["length"]) == uploaded.body["bytes"]
    file_id = uploaded.body["file_id"]
    assert png_size(standin.uploads[file_id]) == (1200, 800)
    assert completed.body["channel_id"] == "C0CHART1" and not completed.body.get("thread_ts")
    assert json.loads(completed.body["files"])[0]["id"] == file_id
    comment = completed.body["initial_comment"]
    assert "Example Robotics" in comment and "Source filings on EDGAR" in comment and "<@U0USER01>" in comment
    assert standin.calls("response_url") == []  # nothing else is said


def test_a_chart_asked_in_a_thread_lands_in_that_thread(services, standin) -> None:
    client = WebClient(token=BOT_TOKEN, base_url=standin.base_url)
    said: list[dict] = []
    file_id = post_chart(services, client, lambda **kw: said.append(kw), "TGEN", channel="C0CHART2",
                         thread_ts="1700000000.000100", user=None, logger=logging.getLogger("test"))
    (completed,) = standin.wait_for("files.completeUploadExternal")
    assert file_id and completed.body["channel_id"] == "C0CHART2"
    assert completed.body["thread_ts"] == "1700000000.000100"
    assert said == []


def test_an_unknown_company_gets_did_you_mean_and_no_upload(services, standin) -> None:
    slash(services, "chart EXRX", standin)
    (reply,) = standin.wait_for("response_url")
    assert "Did you mean" in reply.body["text"] and "EXRB" in reply.body["text"]
    assert reply.body["response_type"] == "ephemeral"
    services.answers.shutdown(wait=True)
    assert standin.calls("files.getUploadURLExternal") == []


def test_a_refused_upload_says_how_to_fix_it(services, standin) -> None:
    client = WebClient(token="xoxp-not-a-bot-token", base_url=standin.base_url)  # the stand-in refuses it
    said: list[dict] = []
    assert post_chart(services, client, lambda **kw: said.append(kw), "TGEN", channel="C0CHART3",
                      thread_ts=None, user=None, logger=logging.getLogger("test")) is None
    assert len(said) == 1 and "invalid_auth" in said[0]["text"] and "files:write" in said[0]["text"]


# ---- a question that asks for a picture: /insider <question>, a mention, a DM ---------------------------------


def test_slash_question_asking_for_a_chart_uploads_it(services, standin) -> None:
    response = slash(services, "plot EXRB insider trades", standin, channel="C0CHART4")
    assert response.status == 200 and "Drawing a chart of" in response.body
    (started,) = standin.wait_for("files.getUploadURLExternal")
    (completed,) = standin.wait_for("files.completeUploadExternal")
    assert started.body["filename"] == "chart-exrb-insider-trades.png" and completed.body["channel_id"] == "C0CHART4"
    assert "Example Robotics" in completed.body["initial_comment"]


def client_of(standin: SlackStandIn) -> WebClient:
    return WebClient(token=BOT_TOKEN, base_url=standin.base_url)


def mention(text: str, *, channel: str = "C0CHART5", ts: str = "1700000500.000100", **extra) -> dict:
    return {"type": "app_mention", "user": "U0USER01", "text": f"<@UBOT0001> {text}", "channel": channel, "ts": ts,
            **extra}


def test_a_mention_asking_for_a_chart_gets_it_in_its_thread(services, standin) -> None:
    future = app_mention(mention("show me EXRB sales on a chart"), client_of(standin), {"services": services}, LOG)
    assert future.result(60)
    (placeholder,) = standin.calls("chat.postMessage")
    assert "Drawing a chart of" in placeholder.body["text"] and placeholder.body["thread_ts"] == "1700000500.000100"
    (completed,) = standin.calls("files.completeUploadExternal")
    assert completed.body["channel_id"] == "C0CHART5" and completed.body["thread_ts"] == "1700000500.000100"
    assert "Insider sales at Example Robotics" in json.loads(completed.body["files"])[0]["title"]
    assert "<@U0USER01>" in completed.body["initial_comment"]
    (updated,) = standin.calls("chat.update")
    assert updated.body["channel"] == "C0CHART5" and "Chart of" in updated.body["text"]


def test_a_dm_asking_for_a_chart_gets_it_in_the_dm(services, standin) -> None:
    event = {"type": "message", "channel_type": "im", "user": "U0USER01", "text": "plot insider trades at TGEN",
             "channel": "D0CHART1", "ts": "1700000600.000100"}
    assert message_im(event, client_of(standin), {"services": services}, LOG).result(60)
    (completed,) = standin.calls("files.completeUploadExternal")
    assert completed.body["channel_id"] == "D0CHART1" and not completed.body.get("thread_ts")
    assert "Tecogen" in completed.body["initial_comment"]


def test_a_mention_asking_to_chart_an_unknown_ticker_gets_did_you_mean_in_place(services, standin) -> None:
    future = app_mention(mention("plot EXRX", ts="1700000700.000100"), client_of(standin), {"services": services}, LOG)
    assert future.result(60) is None
    (updated,) = standin.calls("chat.update")
    assert "Did you mean" in updated.body["text"] and "EXRB" in updated.body["text"]
    assert standin.calls("files.getUploadURLExternal") == []


def test_a_mention_with_only_a_chart_word_asks_what_to_chart(services, standin) -> None:
    assert app_mention(mention("chart", ts="1700000800.000100"), client_of(standin), {"services": services}, LOG) is None
    (said,) = standin.calls("chat.postMessage")
    assert "What should I chart?" in said.body["text"]


def test_a_mention_that_only_mentions_a_chart_word_is_answered_in_words(services, standin) -> None:
    future = app_mention(mention("did anyone sell at Chart Industries", ts="1700000900.000100"),
                         client_of(standin), {"services": services}, LOG)
    future.result(60)
    (placeholder,) = standin.calls("chat.postMessage")
    assert "Drawing" not in placeholder.body["text"] and standin.calls("chat.update")
    assert standin.calls("files.getUploadURLExternal") == []

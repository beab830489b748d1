"""The Slack poster of the digest against the Web API stand-in: it posts in the channel or a thread, paces
one message per second per channel, and says Slack's refusals apart from failures to reach Slack."""

from __future__ import annotations

import pytest
from slack_sdk import WebClient
from slack_standin import BOT_TOKEN, SlackStandIn

from bot.digest.delivery import PostRefused, PostRetryable
from bot.slack.blocks import text_message
from bot.slack.digest_post import Pacer, SlackDigestPoster

NO_WAIT = Pacer(0.0)


def test_posts_in_the_channel_then_in_the_thread(standin) -> None:
    poster = SlackDigestPoster(WebClient(token=BOT_TOKEN, base_url=standin.base_url), pacer=NO_WAIT)
    first = poster.post("C1", text_message("first"), None)
    poster.post("C1", text_message("second"), first)
    top, reply = standin.calls("chat.postMessage")
    assert "thread_ts" not in top.body and reply.body["thread_ts"] == first
    assert top.body["unfurl_links"] is False and top.body["text"] == "first"


def test_a_refusal_says_what_slack_said() -> None:
    server = SlackStandIn().start()   # not the fixture: this test wants Slack to refuse
    try:
        poster = SlackDigestPoster(WebClient(token="not-a-bot-token", base_url=server.base_url), pacer=NO_WAIT)
        with pytest.raises(PostRefused, match="^Slack refused the message: invalid_auth$"):
            poster.post("C1", text_message("hello"), None)
    finally:
        server.stop()


def test_an_unreachable_slack_is_worth_retrying() -> None:
    client = WebClient(token=BOT_TOKEN, base_url="http://127.0.0.1:9/api/", timeout=2)
    with pytest.raises(PostRetryable) as raised:
        SlackDigestPoster(client, pacer=NO_WAIT).post("C1", text_message("hello"), None)
    assert not isinstance(raised.value, PostRefused) and str(raised.value)


def test_pacer_keeps_one_message_per_second_per_channel() -> None:
    clock = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    pacer = Pacer(1.0, clock=lambda: clock[0], sleep=sleep)
    pacer.wait("C1")
    pacer.wait("C2")
    clock[0] += 0.25
    pacer.wait("C1")
    pacer.wait("C2")
    clock[0] += 3
    pacer.wait("C1")
    assert slept == [0.75]

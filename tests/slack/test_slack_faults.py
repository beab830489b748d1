"""Slack answering badly: ``chat.postMessage`` refused with 429 (Retry-After), 5xx, ``channel_not_found``
or ``not_in_channel``. The digest poster and the conversation replies go through the real Web API client
(``build_client``: one retry after a 429) against the stand-in with faults injected. Nothing is ever posted
twice; a refusal is reported with what to do; a rate limit is waited out."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from typing import Any

import pytest
from slack_standin import BOT_TOKEN, SlackStandIn

from bot.config import Settings
from bot.digest.delivery import PostRefused, PostRetryable
from bot.slack.app import build_client
from bot.slack.blocks import text_message
from bot.slack.digest_post import Pacer, SlackDigestPoster

MESSAGE = text_message("Insider digest · 1 new filing")


class FaultyStandIn(SlackStandIn):
    """The stand-in, with the next calls of a method answered by a fault: ``("429", retry_after)``,
    ``("500",)`` or ``("error", code)``. Faulted calls are recorded, as refused."""

    def __init__(self) -> None:
        super().__init__()
        self._faults: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        self._fault_lock = threading.Lock()

    def fault(self, method: str, *fault: Any, times: int = 1) -> None:
        with self._fault_lock:
            self._faults[method].extend([fault] * times)

    def _web_api(self, method: str, headers: dict[str, str], body: dict[str, Any]) -> tuple[int, Any, str]:
        with self._fault_lock:
            fault = self._faults[method].pop(0) if self._faults[method] else None
        if fault is None:
            return super()._web_api(method, headers, body)
        kind = fault[0]
        if kind == "429":  # the stand-in writes the content type as a raw header line: Retry-After rides along
            return 429, {"ok": False, "error": "ratelimited"}, f"application/json\r\nRetry-After: {fault[1]}"
        if kind == "500":
            return 500, "<html>upstream error</html>", "text/html"
        return 200, {"ok": False, "error": fault[1]}, "application/json"

    def posts(self) -> list[Any]:
        return [c for c in self.calls("chat.postMessage") if c.accepted]


@pytest.fixture
def faulty() -> FaultyStandIn:
    server = FaultyStandIn().start()
    yield server
    server.stop()


@pytest.fixture
def poster(faulty) -> SlackDigestPoster:
    settings = Settings(_env_file=None, slack_bot_token=BOT_TOKEN, slack_api_url=faulty.base_url)
    return SlackDigestPoster(build_client(settings), pacer=Pacer(0))


def test_a_429_is_waited_out_and_the_message_posted_once(faulty, poster) -> None:
    faulty.fault("chat.postMessage", "429", 1)
    t0 = time.monotonic()
    ts = poster.post("C0CHAN01", MESSAGE, None)
    assert ts
    assert time.monotonic() - t0 >= 0.9  # Retry-After honoured
    assert len(faulty.calls("chat.postMessage")) == 2
    assert len(faulty.posts()) == 1


def test_a_429_that_persists_is_not_posted_and_says_so(faulty, poster) -> None:
    faulty.fault("chat.postMessage", "429", 0, times=3)
    with pytest.raises(PostRetryable) as failed:
        poster.post("C0CHAN01", MESSAGE, None)
    assert "ratelimited" in str(failed.value)
    assert faulty.posts() == []


@pytest.mark.parametrize("code", ["channel_not_found", "not_in_channel"])
def test_a_channel_the_bot_cannot_post_in_is_refused_with_what_to_do_and_not_retried(faulty, poster, code) -> None:
    faulty.fault("chat.postMessage", "error", code)
    with pytest.raises(PostRefused) as refused:
        poster.post("C0GONE01", MESSAGE, None)
    assert code in str(refused.value) and "/invite @insiderbot" in str(refused.value)
    assert len(faulty.calls("chat.postMessage")) == 1


def test_a_5xx_that_persists_is_reported_as_worth_retrying(faulty, poster) -> None:
    faulty.fault("chat.postMessage", "500", times=3)  # the client tries a 5xx twice more (bot.slack.retries)
    with pytest.raises(PostRetryable):
        poster.post("C0CHAN01", MESSAGE, None)
    assert len(faulty.calls("chat.postMessage")) == 3
    assert faulty.posts() == []


# --- answers in a conversation ---------------------------------------------------------------------------

@pytest.fixture
def standin(faulty) -> FaultyStandIn:
    """The Slack tests' app (``run_app``) talks to the faulty stand-in."""
    return faulty


def mention(ts: str, channel: str = "C0CHAN01") -> dict[str, Any]:
    return {"type": "app_mention", "user": "U0USER01", "text": "<@UBOT0001> what options did Tecogen's GC get",
            "ts": ts, "channel": channel, "event_ts": ts}


def test_a_mention_answered_through_a_429_is_posted_once(run_app, faulty) -> None:
    app = run_app()
    faulty.fault("chat.postMessage", "429", 1)
    faulty.fault("chat.update", "429", 1)
    assert app.event(mention("1700000900.000100"), event_id="EvFault1").status_code == 200
    update = faulty.wait_for("chat.update", 2, timeout=20)[1].body
    app.drain()
    assert "John Whiting" in update["text"]
    assert len(faulty.posts()) == 1
    assert len([c for c in faulty.calls("chat.update") if c.accepted]) == 1


def test_a_mention_in_a_channel_the_bot_left_is_dropped_with_a_log_line(run_app, faulty, caplog) -> None:
    app = run_app()
    faulty.fault("chat.postMessage", "error", "channel_not_found", times=5)
    app.event(mention("1700000901.000100", channel="C0GONE01"), event_id="EvFault2")
    time.sleep(0.5)
    app.drain()
    assert faulty.posts() == []
    assert len(faulty.calls("chat.postMessage")) <= 2  # the placeholder, and at most the apology
    assert any("channel_not_found" in r.getMessage() for r in caplog.records)

"""When a Web API call is tried again: a 5xx, a request that never reached Slack whole, and, for calls that
do the same thing twice as once, a timeout or a dropped connection after the request was sent.

Slack answers 5xx when it failed to carry the call out, so trying again cannot post twice. A request
whose connection failed while it was being sent (urllib says ``URLError``) never reached Slack whole.
But a timeout or a hang-up *after* the request was sent leaves it unknown whether Slack acted on it: a
``chat.update`` or ``views.publish`` done twice leaves the same result, so it is tried again; a
``chat.postMessage`` is not (it could post twice), and the poster says the delivery is uncertain instead
(``bot.slack.digest_post``). At most ``MAX_RETRIES`` more tries, after 0.5 s then 1 s (plus jitter below
0.1 s); the 429 handler of ``bot.slack.app.build_client`` shares the count.
"""

from __future__ import annotations

import random
from http.client import HTTPException
from urllib.error import URLError

from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.jitter import Jitter
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

MAX_RETRIES = 2
SERVER_ERRORS = frozenset({500, 502, 503, 504})
# Methods that leave the same result when Slack carries them out twice.
SAME_TWICE = frozenset({"auth.test", "chat.update", "chat.delete", "views.publish", "apps.connections.open",
                        "conversations.info", "users.info"})


class SmallJitter(Jitter):
    def recalculate(self, duration: float) -> float:
        return duration + random.random() / 10


def method_of(request: HttpRequest) -> str:
    """The Web API method of a request (``.../api/chat.postMessage`` -> ``chat.postMessage``)."""
    return request.url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]


def uncertain(error: BaseException) -> bool:
    """Whether ``error`` came after the request was sent, so Slack may have acted on it."""
    return isinstance(error, TimeoutError | ConnectionError | HTTPException) and not isinstance(error, URLError)


class SafeRetryHandler(RetryHandler):
    """Tries a call again only when that cannot make Slack act on it twice (see the module)."""

    def __init__(self, max_retry_count: int = MAX_RETRIES, backoff: float = 0.5) -> None:
        super().__init__(max_retry_count, BackoffRetryIntervalCalculator(backoff, SmallJitter()))

    def _can_retry(self, *, state: RetryState, request: HttpRequest, response: HttpResponse | None = None,
                   error: Exception | None = None) -> bool:
        if response is not None:
            return response.status_code in SERVER_ERRORS
        if isinstance(error, URLError):
            return True  # the connection failed before the request was sent whole
        return error is not None and uncertain(error) and method_of(request) in SAME_TWICE

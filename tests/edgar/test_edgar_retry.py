"""The EDGAR client's retry policy, unit by unit: scripted answers through ``httpx.MockTransport``, no server.

What is retried (5xx, 429, timeouts, dropped connections, HTML or empty bodies) and what is not (404,
other 4xx, a plain 403), how often (``RetryPolicy.attempts``), how long it waits (backoff, Retry-After,
the 403 block pause), and that every request declares the User-Agent. The same behaviour over real HTTP
is in test_edgar_client.py, against the stand-in server.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import httpx
import pytest

from bot.edgar.client import (
    EdgarBlocked,
    EdgarClient,
    EdgarContentError,
    EdgarError,
    RetryPolicy,
)
from bot.edgar.ratelimit import RateLimiter

USER_AGENT = "Jane Analyst jane@example.org"
SUBMISSION = b"<SEC-DOCUMENT>0000000001-25-000001.txt\n...\n</SEC-DOCUMENT>\n"
URL = "https://edgar.test/Archives/edgar/data/1/0000000001-25-000001.txt"
BLOCK_PAGE = b"<html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head></html>"
HTML_PAGE = b"<!DOCTYPE html><html><head><title>Maintenance</title></head><body></body></html>"
QUICK = RetryPolicy(retries=3, backoff=0.001, max_backoff=0.002, block_pause=0.05)

Answer = httpx.Response | type[Exception]


def ok(body: bytes = SUBMISSION) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"Content-Type": "text/plain"})


def status(code: int, body: bytes = b"", **headers: str) -> httpx.Response:
    return httpx.Response(code, content=body, headers={"Content-Type": "text/html", **headers})


@dataclass
class Script:
    """A transport that gives the scripted answers in turn (the last one for ever) and records each request."""

    answers: list[Answer]
    requests: list[httpx.Request] = field(default_factory=list)
    times: list[float] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.times.append(time.monotonic())
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if isinstance(answer, type):
            raise answer("scripted failure", request=request)
        return answer

    def gaps(self) -> list[float]:
        return [later - earlier for earlier, later in zip(self.times, self.times[1:], strict=False)]


def client_for(script: Script, policy: RetryPolicy = QUICK, limiter: RateLimiter | None = None) -> EdgarClient:
    return EdgarClient(user_agent=USER_AGENT, base_url="https://edgar.test", limiter=limiter or RateLimiter(1000),
                       retry=policy, transport=httpx.MockTransport(script))


def submission(client: EdgarClient) -> bytes | None:
    return client.submission(URL)


def daily_index(client: EdgarClient) -> bytes | None:
    return client.daily_index(date(2025, 3, 8))


def late_feed_page(client: EdgarClient) -> bytes | None:
    return client.feed_page("4", 5100)


@pytest.mark.parametrize(("answers", "request_", "sent", "expected"), [
    ([status(503), ok()], submission, 2, SUBMISSION),
    ([status(500), status(502), status(504), ok()], submission, 4, SUBMISSION),
    ([status(429), ok()], submission, 2, SUBMISSION),
    ([httpx.ConnectError, ok()], submission, 2, SUBMISSION),
    ([httpx.ReadTimeout, ok()], submission, 2, SUBMISSION),
    ([ok(HTML_PAGE), ok()], submission, 2, SUBMISSION),                     # a 200 HTML page is not data
    ([ok(b"  \n"), ok()], submission, 2, SUBMISSION),                       # nor an empty body
    ([ok(SUBMISSION[:-18]), ok()], submission, 2, SUBMISSION),              # nor a cut-off submission
    ([status(404)], daily_index, 1, None),                                  # no index that day: None, at once
    ([status(503, b"<title>File Unavailable</title>")], late_feed_page, 1, None),   # past the feed's end
], ids=["503", "three-5xx", "429", "dropped", "timeout", "html", "empty", "truncated", "index-404", "feed-end"])
def test_what_is_retried_until_it_succeeds(answers, request_: Callable, sent: int, expected):
    script = Script(answers)
    with client_for(script) as client:
        assert request_(client) == expected
    assert len(script.requests) == sent
    assert client.requests_sent == sent


@pytest.mark.parametrize(("answer", "error"), [
    (status(404, b"<title>Not Found</title>"), "HTTP 404: Not Found"),
    (status(400), "HTTP 400"),
    (status(403, b"<title>Forbidden</title>"), "HTTP 403: Forbidden"),       # a 403 that is not the SEC's block
    (status(410), "HTTP 410"),
], ids=["404", "400", "plain-403", "410"])
def test_client_errors_are_not_retried(answer: httpx.Response, error: str):
    script = Script([answer, ok()])
    with client_for(script) as client, pytest.raises(EdgarError) as caught:
        client.submission(URL)
    assert len(script.requests) == 1
    assert caught.value.status == answer.status_code and caught.value.url == URL
    assert str(caught.value).startswith(error)


@pytest.mark.parametrize("retries", [0, 1, 4])
@pytest.mark.parametrize(("answer", "error"), [
    (status(503), EdgarError),
    (ok(HTML_PAGE), EdgarContentError),
    (httpx.ConnectError, EdgarError),
], ids=["503", "html", "dropped"])
def test_the_policy_sets_how_many_times_a_request_is_sent(retries: int, answer: Answer, error: type[Exception]):
    policy = RetryPolicy(retries=retries, backoff=0.0, max_backoff=0.0)
    assert policy.attempts == retries + 1
    script = Script([answer])
    with client_for(script, policy) as client, pytest.raises(error):
        client.submission(URL)
    assert len(script.requests) == policy.attempts


@pytest.mark.parametrize("code", [429, 503])
def test_retry_after_is_waited_out_even_when_the_backoff_is_shorter(code: int):
    script = Script([status(code, **{"Retry-After": "0.15"}), ok()])
    with client_for(script) as client:
        assert client.submission(URL) == SUBMISSION
    assert len(script.requests) == 2
    assert script.gaps()[0] >= 0.14


def test_a_429_holds_every_request_sharing_the_limiter():
    limiter = RateLimiter(1000)
    refused = Script([status(429, **{"Retry-After": "0.2"}), ok()])
    other = Script([ok()])
    with client_for(refused, limiter=limiter) as first, client_for(other, limiter=limiter) as second:
        worker = threading.Thread(target=first.submission, args=(URL,))
        worker.start()
        while not refused.requests:
            time.sleep(0.001)
        time.sleep(0.02)
        assert second.submission(URL) == SUBMISSION
        worker.join()
    assert other.times[0] - refused.times[0] >= 0.19


def test_retry_after_is_obeyed_only_up_to_the_policys_limit():
    policy = RetryPolicy(retries=1, backoff=0.0, max_backoff=0.0, max_retry_after=0.05)
    script = Script([status(503, **{"Retry-After": "3600"}), ok()])
    with client_for(script, policy) as client:
        began = time.monotonic()
        assert client.submission(URL) == SUBMISSION
        assert time.monotonic() - began < 1


def test_the_403_block_page_pauses_every_request_for_the_block_time_then_retries():
    limiter = RateLimiter(1000)
    policy = RetryPolicy(retries=2, backoff=0.001, max_backoff=0.001, block_pause=0.15)
    script = Script([status(403, BLOCK_PAGE), ok()])
    with client_for(script, policy, limiter) as client:
        assert client.submission(URL) == SUBMISSION
    assert len(script.requests) == 2
    assert script.gaps()[0] >= 0.14
    assert limiter.paused_for() == 0


def test_a_403_block_that_never_lifts_ends_in_edgar_blocked_after_the_policys_attempts():
    policy = RetryPolicy(retries=2, backoff=0.0, max_backoff=0.0, block_pause=0.01)
    script = Script([status(403, b"<title>Undeclared Automated Tool</title>")])
    with client_for(script, policy) as client, pytest.raises(EdgarBlocked, match="Undeclared Automated Tool"):
        client.submission(URL)
    assert len(script.requests) == policy.attempts
    assert all(gap >= 0.009 for gap in script.gaps())


def test_every_request_declares_the_user_agent():
    script = Script([status(503), ok()])
    with client_for(script) as client:
        client.submission(URL)
        client.daily_index(date(2025, 3, 10))
        client.feed_page("4", 0)
    assert len(script.requests) == 4
    assert {request.headers["User-Agent"] for request in script.requests} == {USER_AGENT}
    assert [request.url.path for request in script.requests][2:] == [
        "/Archives/edgar/daily-index/2025/QTR1/form.20250310.idx", "/cgi-bin/browse-edgar"]


@pytest.mark.parametrize(("retry", "jitter", "retry_after", "expected"), [
    (0, 0.0, None, 0.5),            # the first wait: between half and all of the backoff
    (0, 0.999999, None, 1.0),
    (3, 0.0, None, 4.0),            # doubling: 1, 2, 4, 8 ...
    (10, 0.0, None, 30.0),          # ... up to max_backoff
    (0, 0.0, 20.0, 20.0),           # Retry-After longer than the backoff wins
    (2, 0.0, 0.5, 2.0),             # shorter does not shorten it
    (0, 0.0, 1e9, 120.0),           # Retry-After up to max_retry_after
])
def test_the_policys_waits(retry: int, jitter: float, retry_after: float | None, expected: float):
    policy = RetryPolicy(retries=5, backoff=1.0, max_backoff=60.0, max_retry_after=120.0)
    assert policy.delay(retry, jitter, retry_after) == pytest.approx(expected, abs=1e-5)


def test_a_policy_is_a_value():
    assert RetryPolicy() == RetryPolicy(retries=5, backoff=1.0, max_backoff=60.0, block_pause=600.0)
    with pytest.raises(AttributeError):
        RetryPolicy().retries = 1          # frozen, like httpx.Timeout
    with pytest.raises(ValueError):
        RetryPolicy(retries=-1)

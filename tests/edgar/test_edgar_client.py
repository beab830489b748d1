"""The EDGAR client against the stand-in server: User-Agent, retries, the 403 pause, content checks, rate."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from edgar_server import USER_AGENT, make_filings

from bot.edgar.client import (
    USER_AGENT_HELP,
    EdgarBlocked,
    EdgarClient,
    EdgarContentError,
    EdgarError,
    MissingUserAgent,
    RetryPolicy,
    Stopped,
    check_user_agent,
)
from bot.edgar.ratelimit import RateLimiter

DAY = date(2025, 3, 10)


def client_for(server, *, limiter: RateLimiter | None = None, timeout: float = 2.0, **retry) -> EdgarClient:
    """A client of the stand-in server with quick retries; ``retry`` overrides fields of the RetryPolicy."""
    policy = RetryPolicy(**{"retries": 3, "backoff": 0.01, "max_backoff": 0.05, "block_pause": 0.3, **retry})
    return EdgarClient(user_agent=USER_AGENT, base_url=server.url, timeout=timeout,
                       limiter=limiter or RateLimiter(1000), retry=policy)


@pytest.fixture
def world(edgar_server):
    filings = make_filings(12, [DAY])
    edgar_server.add(*filings)
    edgar_server.publish_index(DAY)
    return edgar_server, filings


@pytest.mark.parametrize("value", [None, "", "   "])
def test_missing_user_agent_says_how_to_set_it(value):
    with pytest.raises(MissingUserAgent) as caught:
        EdgarClient(user_agent=value, limiter=RateLimiter(5))
    assert str(caught.value) == USER_AGENT_HELP
    assert 'SEC_USER_AGENT="Your Name you@example.com"' in USER_AGENT_HELP and ".env" in USER_AGENT_HELP


@pytest.mark.parametrize("value", ["python-httpx/0.28", "jane@example.org", "Jane Analyst"])
def test_user_agent_must_name_someone_and_an_email(value):
    with pytest.raises(MissingUserAgent, match="Your Name you@example.com"):
        check_user_agent(value)
    assert check_user_agent(" Jane Analyst jane@example.org ") == "Jane Analyst jane@example.org"


def test_every_request_carries_the_user_agent(world):
    server, filings = world
    with client_for(server) as client:
        data = client.submission(client.submission_url(filings[0].issuer_cik, filings[0].accession))
        assert data.startswith(b"<SEC-DOCUMENT>") and data.rstrip().endswith(b"</SEC-DOCUMENT>")
        assert client.daily_index(DAY).startswith(b"Description:")
        assert b"<feed" in client.feed_page("4", 0)
    assert len(server.requests) == 3
    assert {r.user_agent for r in server.requests} == {USER_AGENT}


def test_429_waits_for_retry_after(world):
    server, filings = world
    path = server.submission_path(filings[0].accession)
    server.fault(path, "429", retry_after="1")
    with client_for(server) as client:
        began = time.monotonic()
        client.submission(server.url + path)
        assert time.monotonic() - began >= 0.95
    times = [r.at for r in server.requests if r.path == path]
    assert len(times) == 2 and times[1] - times[0] >= 0.95


def test_429_pauses_the_other_threads_too(world):
    server, filings = world
    first, second = (server.submission_path(f.accession) for f in filings[:2])
    server.fault(first, "429", retry_after="1")
    with client_for(server) as client, ThreadPoolExecutor(2) as pool:
        began = time.monotonic()
        done = pool.submit(client.submission, server.url + first)
        time.sleep(0.2)
        pool.submit(client.submission, server.url + second).result()
        done.result()
    second_at = next(r.at for r in server.requests if r.path == second)
    assert second_at - began >= 0.95


def test_5xx_timeouts_cut_bodies_and_dropped_connections_are_retried(world):
    server, filings = world
    paths = [server.submission_path(f.accession) for f in filings[:5]]
    server.fault(paths[0], "503", times=2)
    server.fault(paths[1], "500")
    server.fault(paths[2], "slow", delay=0.6)
    server.fault(paths[3], "truncated")
    server.fault(paths[4], "drop")
    with client_for(server, timeout=0.3) as client:
        for path, filing in zip(paths, filings, strict=False):
            assert client.submission(server.url + path) == filing.submission()
    counts = [server.paths().count(path) for path in paths]
    assert counts == [3, 2, 2, 2, 2]


def test_retries_give_up_with_an_error(world):
    server, filings = world
    path = server.submission_path(filings[0].accession)
    server.always(path, "503")
    with client_for(server, retries=2) as client, pytest.raises(EdgarError) as caught:
        client.submission(server.url + path)
    assert caught.value.status == 503
    assert server.paths().count(path) == 3


def test_html_instead_of_a_submission_is_an_error_never_data(world):
    server, filings = world
    path = server.submission_path(filings[0].accession)
    server.always(path, "html")
    with client_for(server, retries=1) as client, pytest.raises(EdgarContentError, match="HTML page"):
        client.submission(server.url + path)
    index_path = server.index_path(DAY)
    server.always(index_path, "html")
    with client_for(server, retries=0) as client, pytest.raises(EdgarContentError):
        client.daily_index(DAY)


def test_not_found_index_is_none_but_not_found_submission_is_an_error(world):
    server, _ = world
    with client_for(server) as client:
        assert client.daily_index(date(2025, 3, 8)) is None
        with pytest.raises(EdgarError) as caught:
            client.submission(client.submission_url("1", "0000000001-25-000001"))
    assert caught.value.status == 404
    assert len(server.requests) == 2


def test_the_end_of_the_feed_is_none_without_retries(world):
    server, _ = world
    with client_for(server) as client:
        assert client.feed_page("4", 0) is not None
        assert client.feed_page("4", 5100) is None
    assert len(server.requests) == 2


def test_403_rate_page_pauses_every_request_and_is_logged_once(world, caplog):
    server, filings = world
    paths = [server.submission_path(f.accession) for f in filings[:6]]
    caplog.set_level(logging.INFO, logger="bot.edgar.client")
    server.block(0.3)
    with client_for(server, block_pause=0.6) as client, ThreadPoolExecutor(3) as pool:
        began = time.monotonic()
        bodies = list(pool.map(lambda p: client.submission(server.url + p), paths))
    assert bodies == [f.submission() for f in filings[:6]]
    blocked = [r for r in caplog.records if "EDGAR BLOCKED" in r.getMessage()]
    assert len(blocked) == 1 and blocked[0].levelno == logging.ERROR
    assert "for 0.6 s" in blocked[0].getMessage()
    arrivals = sorted(r.at - began for r in server.requests)
    burst = [t for t in arrivals if t < 0.1]
    assert 1 <= len(burst) <= 3                       # the requests already on their way when the 403 came
    assert all(t >= 0.55 for t in arrivals[len(burst):])   # nothing else until the pause was over
    assert len(arrivals) == len(burst) + 6


@pytest.mark.parametrize("page", ["403-rate", "403-undeclared"])
def test_either_403_page_pauses_for_the_block_time_then_the_request_succeeds(world, page):
    server, filings = world
    path = server.submission_path(filings[0].accession)
    server.fault(path, page)
    with client_for(server, block_pause=0.4) as client:
        assert client.submission(server.url + path) == filings[0].submission()
    first, second = server.requests
    assert second.at - first.at >= 0.38


def test_403_that_never_lifts_ends_in_edgar_blocked(world):
    server, filings = world
    path = server.submission_path(filings[0].accession)
    server.always(path, "403-rate")
    with client_for(server, retries=1, block_pause=0.1) as client, pytest.raises(EdgarBlocked):
        client.submission(server.url + path)


def test_the_server_never_sees_more_than_the_rate(world):
    server, filings = world
    rate = 10
    with client_for(server, limiter=RateLimiter(rate)) as client, ThreadPoolExecutor(6) as pool:
        urls = [client.submission_url(f.issuer_cik, f.accession) for f in filings] * 2
        list(pool.map(client.submission, urls))
    assert len(server.requests) == 24
    assert server.max_in_any_window(1.0) <= rate
    assert client.requests_sent == 24


def test_without_a_user_agent_edgar_refuses(world):
    """The stand-in behaves like EDGAR: a request with no declared tool gets the 403 page."""
    import httpx

    server, _ = world
    response = httpx.get(server.url + "/cgi-bin/browse-edgar?action=getcurrent&type=4", headers={"User-Agent": ""})
    assert response.status_code == 403 and b"Undeclared Automated Tool" in response.content


def test_client_is_shared_safely_between_threads(world):
    server, filings = world
    results: list[bytes] = []
    lock = threading.Lock()
    with client_for(server) as client:
        def fetch(f):
            body = client.submission(client.submission_url(f.owners[0].cik, f.accession))
            with lock:
                results.append(body)
        threads = [threading.Thread(target=fetch, args=(f,)) for f in filings]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert sorted(results) == sorted(f.submission() for f in filings)


@pytest.mark.parametrize(("fault", "options", "client_options"), [
    ("403-rate", {}, {"block_pause": 600}),                       # the SEC's block: a long pause
    ("429", {"retry_after": "600"}, {}),                                   # Retry-After: pause every thread
    ("503", {}, {"backoff": 600, "max_backoff": 600}),    # this request's own backoff
])
def test_a_stop_ends_a_pause_or_backoff_at_once(world, fault, options, client_options):
    server, filings = world
    path = server.submission_path(filings[0].accession)
    server.fault(path, fault, **options)
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    with client_for(server, **client_options) as client:
        began = time.monotonic()
        with pytest.raises(Stopped):
            client.submission(server.url + path, stop=stop)
        assert time.monotonic() - began < 2
        assert server.paths().count(path) == 1                # the retry was never sent
        with pytest.raises(Stopped):
            client.daily_index(DAY, stop=stop)
    assert len(server.requests) == 1                          # nothing starts once stop is set

"""The EDGAR HTTP client: declared User-Agent, shared rate limit, retries, and checks on what comes back.

Every request goes through the :class:`~bot.edgar.ratelimit.RateLimiter` it is given: whoever builds the
client builds the limiter, once per process, and shares it between every client of that process. Responses
are retried by the :class:`RetryPolicy`: exponential backoff and jitter on 429, 5xx, timeouts and dropped
connections, waiting at least as long as ``Retry-After`` asks. The SEC's 403 pages ("Request Rate
Threshold Exceeded", "Undeclared Automated Tool") pause every request sharing the limiter for
``RetryPolicy.block_pause`` seconds and are logged once. A response is checked against what was asked
for: an HTML page where a feed, an index or a submission was expected is an error, never data.

The feed, index and submission requests take an optional ``stop`` event: once it is set, no request
starts and the backoff and pause waits end at once, with :class:`Stopped`.

The pieces live beside this module (and the error types and ``RetryPolicy`` are importable from here):
:mod:`bot.edgar.errors` (the error types, the User-Agent check), :mod:`bot.edgar.retry` (``RetryPolicy``),
:mod:`bot.edgar.responses` (the checks on a body), :mod:`bot.edgar.transfer` (downloads to disk).
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar

import httpx

from bot.config import Settings
from bot.edgar.errors import (
    USER_AGENT_HELP,
    EdgarBlocked,
    EdgarContentError,
    EdgarError,
    MissingUserAgent,
    Stopped,
    check_user_agent,
)
from bot.edgar.ratelimit import RateLimiter
from bot.edgar.responses import BLOCK_MARKERS, FILE_UNAVAILABLE, Kind, checked, looks_like_html, page_title
from bot.edgar.retry import Retry, RetryPolicy, retry_after_seconds
from bot.edgar.transfer import Downloaded, Probe, Validators, part_file, save_stream

__all__ = ["USER_AGENT_HELP", "EdgarBlocked", "EdgarClient", "EdgarContentError", "EdgarError", "Kind",
           "MissingUserAgent", "RetryPolicy", "Stopped", "check_user_agent", "looks_like_html"]

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_RETRY = RetryPolicy()


class EdgarClient:
    """An httpx client for www.sec.gov-shaped servers; safe to share between threads."""

    def __init__(
        self,
        *,
        user_agent: str | None,
        limiter: RateLimiter,
        base_url: str = "https://www.sec.gov",
        data_url: str = "https://data.sec.gov",
        timeout: float | httpx.Timeout = 30.0,
        retry: RetryPolicy = DEFAULT_RETRY,
        max_connections: int = 10,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """``limiter`` is shared by every client of the process (build it once, where the client is
        built); ``transport`` replaces the network (``httpx.MockTransport`` in unit tests)."""
        self.user_agent = check_user_agent(user_agent)
        self.base_url = base_url.rstrip("/")
        self.data_url = data_url.rstrip("/")
        self.limiter = limiter
        self.retry = retry
        self._random = random.Random()
        self._count_lock = threading.Lock()
        self.requests_sent = 0
        self._http = httpx.Client(
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            follow_redirects=True,
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
            transport=transport,
        )

    @classmethod
    def from_settings(cls, settings: Settings, *, limiter: RateLimiter | None = None,
                      transport: httpx.BaseTransport | None = None) -> EdgarClient:
        """The client the settings describe; MissingUserAgent when SEC_USER_AGENT is not set.

        Without ``limiter`` it gets a new one at SEC_MAX_RPS: call this once per process and pass the
        client down (or pass every client of the process the same limiter)."""
        return cls(
            user_agent=settings.sec_user_agent,
            limiter=limiter if limiter is not None else RateLimiter(settings.sec_max_rps),
            base_url=settings.edgar_base_url,
            data_url=settings.edgar_data_url,
            timeout=settings.edgar_timeout_seconds,
            retry=RetryPolicy.from_settings(settings),
            max_connections=max(settings.sync_workers + 2, 4),
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> EdgarClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # URLs ---------------------------------------------------------------------------------------

    def feed_url(self, form: str, start: int, count: int = 100) -> str:
        return (f"{self.base_url}/cgi-bin/browse-edgar?action=getcurrent&type={form}&owner=include"
                f"&count={count}&start={start}&output=atom")

    def daily_index_url(self, day: date, kind: Literal["form", "master"] = "form") -> str:
        quarter = (day.month - 1) // 3 + 1
        return f"{self.base_url}/Archives/edgar/daily-index/{day.year}/QTR{quarter}/{kind}.{day:%Y%m%d}.idx"

    def submission_url(self, cik: str | int, accession: str) -> str:
        return f"{self.base_url}/Archives/edgar/data/{int(cik)}/{accession}.txt"

    def submissions_json_url(self, name: str) -> str:
        """A company's submissions JSON (``CIK0001537435.json``) or one of its older pages, on EDGAR_DATA_URL."""
        return f"{self.data_url}/submissions/{name}"

    def archive_url(self, path: str) -> str:
        """``edgar/data/<cik>/<accession>.txt`` (as written in the indexes) → its URL."""
        return f"{self.base_url}/Archives/{path.lstrip('/')}"

    # Requests -----------------------------------------------------------------------------------

    def feed_page(self, form: str, start: int, count: int = 100, *,
                  stop: threading.Event | None = None) -> bytes | None:
        """One page of the latest-filings Atom feed; None past its end (the 503 "File Unavailable" page)."""
        return self.get(self.feed_url(form, start, count), "atom", unavailable_ok=start > 0, stop=stop)

    def daily_index(self, day: date, kind: Literal["form", "master"] = "form", *,
                    stop: threading.Event | None = None) -> bytes | None:
        """A daily index file; None when EDGAR has none for that day (weekend, holiday, not yet out)."""
        return self.get(self.daily_index_url(day, kind), "index", not_found_ok=True, stop=stop)

    def submission(self, url: str, *, stop: threading.Event | None = None) -> bytes:
        return self.get(url, "submission", stop=stop)

    def get_json(self, url: str, *, not_found_ok: bool = False, stop: threading.Event | None = None) -> Any:
        """The JSON document at ``url`` (None for a 404 when ``not_found_ok``); EdgarContentError when the
        body is not JSON."""
        body = self.get(url, "json", not_found_ok=not_found_ok, stop=stop)
        if body is None:
            return None
        try:
            return json.loads(body)
        except ValueError as exc:
            raise EdgarContentError(f"not JSON: {exc}", url=url, status=200) from None

    def probe(self, url: str, *, stop: threading.Event | None = None) -> Probe:
        """A HEAD request: whether ``url`` exists, with its size and validators (one request)."""
        return self._retrying(url, stop, lambda: self._probe_attempt(url, stop))

    def download(self, url: str, dest: Path, *, validators: Validators | None = None,
                 stop: threading.Event | None = None,
                 on_bytes: Callable[[int, int | None], None] | None = None) -> Downloaded:
        """Stream ``url`` to ``dest`` (through ``dest.part``, renamed once complete), with a conditional GET
        when ``validators`` are given: ``not_modified`` leaves ``dest`` alone, ``not_found`` is a 404.
        A body cut short is retried as the RetryPolicy says; Stopped (the part file removed) once ``stop``
        is set, between two chunks. ``on_bytes(done, total)`` follows the transfer."""
        return self._retrying(url, stop, lambda: self._download_attempt(url, dest, validators, stop, on_bytes))

    def get(self, url: str, kind: Kind, *, not_found_ok: bool = False, unavailable_ok: bool = False,
            stop: threading.Event | None = None) -> bytes | None:
        """The checked body of ``url``, retrying what is worth retrying; EdgarError once it is not, and
        Stopped as soon as ``stop`` is set (before a request, or during a backoff or pause)."""
        return self._retrying(url, stop, lambda: self._attempt(
            url, kind, not_found_ok=not_found_ok, unavailable_ok=unavailable_ok, stop=stop))

    def _retrying(self, url: str, stop: threading.Event | None, attempt: Callable[[], T]) -> T:
        """``attempt()`` until it returns, retried as the RetryPolicy says when it raises Retry."""
        retries = 0
        while True:
            if stop is not None and stop.is_set():
                raise Stopped(f"stopped before {url}")
            try:
                return attempt()
            except Retry as retry:
                if retries >= self.retry.retries:
                    raise retry.error from None
                delay = self.retry.delay(retries, self._random.random(), retry.wait)
                retries += 1
                if retry.process_wide:
                    self.limiter.pause(delay)
                else:
                    log.info("EDGAR %s: %s; retry %d/%d in %.2f s", url, retry.error, retries,
                             self.retry.retries, delay)
                    self._wait(delay, stop, url)

    @staticmethod
    def _wait(seconds: float, stop: threading.Event | None, url: str) -> None:
        if stop is None:
            time.sleep(seconds)
        elif stop.wait(seconds):
            raise Stopped(f"stopped while waiting to retry {url}")

    def _attempt(self, url: str, kind: Kind, *, not_found_ok: bool, unavailable_ok: bool,
                 stop: threading.Event | None) -> bytes | None:
        response = self._send(url, stop, lambda: self._http.get(url))
        body = response.content
        status = response.status_code
        if status == 200:
            return checked(url, kind, response.headers.get("Content-Type", ""), body)
        if status == 404 and not_found_ok:
            return None
        self._refuse(url, response, body, unavailable_ok=unavailable_ok)
        return None

    def _refuse(self, url: str, response: httpx.Response, body: bytes, *, unavailable_ok: bool = False) -> None:
        """A response other than the one asked for: Retry when it is worth retrying, else EdgarError
        (returns only for the 503 "File Unavailable" page when ``unavailable_ok``)."""
        status = response.status_code
        if status == 403 and any(marker in body for marker in BLOCK_MARKERS):
            self._blocked(url, body)
            raise Retry(EdgarBlocked(f"EDGAR refused the request: {page_title(body)}", url=url, status=403))
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        if status == 429:
            raise Retry(EdgarError("429 Too Many Requests", url=url, status=429),
                        wait=retry_after, process_wide=True)
        if status == 503 and unavailable_ok and FILE_UNAVAILABLE in body:
            return
        if status >= 500:
            raise Retry(EdgarError(f"HTTP {status}", url=url, status=status),
                        wait=retry_after, process_wide=retry_after is not None)
        raise EdgarError(f"HTTP {status}: {page_title(body)}", url=url, status=status)

    def _probe_attempt(self, url: str, stop: threading.Event | None) -> Probe:
        response = self._send(url, stop, lambda: self._http.head(url))
        if response.status_code == 200:
            size = response.headers.get("Content-Length")
            return Probe(True, int(size) if size and size.isdigit() else None,
                         Validators.of(response.headers))
        if response.status_code == 404:
            return Probe(False, None, Validators())
        self._refuse(url, response, b"")
        raise EdgarError(f"HTTP {response.status_code}", url=url, status=response.status_code)

    def _send(self, url: str, stop: threading.Event | None, send: Callable[[], httpx.Response]) -> httpx.Response:
        """One request under the rate limit, transport failures as Retry."""
        if not self.limiter.acquire(stop):
            raise Stopped(f"stopped while EDGAR requests are paused, before {url}")
        try:
            with self._count_lock:
                self.requests_sent += 1
            return send()
        except httpx.TimeoutException as exc:
            raise Retry(EdgarError(f"timed out ({type(exc).__name__})", url=url)) from None
        except httpx.TransportError as exc:
            raise Retry(EdgarError(f"connection failed: {type(exc).__name__}: {exc}", url=url)) from None
        finally:
            self.limiter.release()

    def _download_attempt(self, url: str, dest: Path, validators: Validators | None,
                          stop: threading.Event | None,
                          on_bytes: Callable[[int, int | None], None] | None) -> Downloaded:
        headers = validators.request_headers() if validators else {}
        part = part_file(dest)

        def send() -> Downloaded | tuple[httpx.Response, bytes]:
            with self._http.stream("GET", url, headers=headers) as response:
                if response.status_code == 200 and "text/html" not in response.headers.get("Content-Type", ""):
                    return save_stream(url, response, dest, stop, on_bytes)
                return response, response.read()

        try:
            result = self._send(url, stop, send)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        if isinstance(result, Downloaded):
            return result
        response, body = result
        if response.status_code == 304:
            return Downloaded("not_modified", url, dest, validators=validators or Validators())
        if response.status_code == 404:
            return Downloaded("not_found", url)
        if response.status_code == 200:
            raise Retry(EdgarContentError(f"an HTML page ({page_title(body)!r}) instead of the file",
                                          url=url, status=200))
        self._refuse(url, response, body)
        raise EdgarError(f"HTTP {response.status_code}", url=url, status=response.status_code)

    def _blocked(self, url: str, body: bytes) -> None:
        if self.limiter.pause(self.retry.block_pause):
            log.error(
                "EDGAR BLOCKED THIS CLIENT (%s) at %s. Pausing every EDGAR request for %g s. Check that "
                "SEC_USER_AGENT (%r) names you and your e-mail and that SEC_MAX_RPS is at most 10.",
                page_title(body), url, self.retry.block_pause, self.user_agent,
            )

"""The EDGAR HTTP client: declared User-Agent, shared rate limit, retries, and checks on what comes back.

Every request goes through the process-wide :class:`~bot.edgar.ratelimit.RateLimiter`. Responses are
retried with exponential backoff and jitter on 429, 5xx, timeouts and dropped connections, waiting at
least as long as ``Retry-After`` asks. The SEC's 403 pages ("Request Rate Threshold Exceeded",
"Undeclared Automated Tool") pause every request in the process for ``block_pause_seconds`` and are
logged once. A response is checked against what was asked for: an HTML page where a feed, an index or a
submission was expected is an error, never data.

The feed, index and submission requests take an optional ``stop`` event: once it is set, no request
starts and the backoff and pause waits end at once, with :class:`Stopped`.
"""

from __future__ import annotations

import email.utils
import logging
import random
import re
import threading
import time
from datetime import date
from typing import Literal

import httpx

from bot.config import Settings
from bot.edgar.ratelimit import RateLimiter, process_limiter

log = logging.getLogger(__name__)

Kind = Literal["atom", "index", "submission", "json"]

USER_AGENT_HELP = (
    'SEC_USER_AGENT is not set. EDGAR refuses requests without a declared User-Agent: set '
    'SEC_USER_AGENT="Your Name you@example.com" in the environment or in .env.'
)
_USER_AGENT_SHAPE = re.compile(r"^\S.*\s\S+@\S+\.\S+$")
_BLOCK_MARKERS = (b"Request Rate Threshold Exceeded", b"Undeclared Automated Tool")
_FILE_UNAVAILABLE = b"File Unavailable"
MAX_RETRY_AFTER_SECONDS = 3600.0
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+html|html|head|body)\b", re.I | re.S)


class EdgarError(Exception):
    """A request to EDGAR that failed for good (after any retries)."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class MissingUserAgent(EdgarError):
    """No usable SEC_USER_AGENT: nothing may be sent to EDGAR."""


class EdgarBlocked(EdgarError):
    """EDGAR kept answering with its 403 rate-threshold or undeclared-tool page."""


class EdgarContentError(EdgarError):
    """The body is not what was asked for: an HTML page, a truncated submission, an empty feed body."""


class Stopped(Exception):
    """The caller's stop event was set: the work was left where it stood, for the next run to finish."""


def check_user_agent(user_agent: str | None) -> str:
    """The User-Agent to send, or MissingUserAgent with the message that says how to set it."""
    value = (user_agent or "").strip()
    if not value:
        raise MissingUserAgent(USER_AGENT_HELP)
    if not _USER_AGENT_SHAPE.match(value):
        raise MissingUserAgent(
            f'SEC_USER_AGENT={value!r} does not declare a name and an e-mail address; the SEC wants '
            'SEC_USER_AGENT="Your Name you@example.com" (set it in the environment or in .env).'
        )
    return value


def looks_like_html(body: bytes) -> bool:
    return _HTML_START.match(body[:2048]) is not None


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


class _Retry(Exception):
    def __init__(self, error: EdgarError, wait: float | None = None, process_wide: bool = False) -> None:
        self.error = error
        self.wait = wait
        self.process_wide = process_wide


class EdgarClient:
    """An httpx client for www.sec.gov-shaped servers; safe to share between threads."""

    def __init__(
        self,
        *,
        user_agent: str | None,
        base_url: str = "https://www.sec.gov",
        data_url: str = "https://data.sec.gov",
        timeout: float = 30.0,
        max_rps: float = 5.0,
        limiter: RateLimiter | None = None,
        max_retries: int = 5,
        backoff_seconds: float = 1.0,
        backoff_max_seconds: float = 60.0,
        block_pause_seconds: float = 600.0,
        max_connections: int = 10,
    ) -> None:
        self.user_agent = check_user_agent(user_agent)
        self.base_url = base_url.rstrip("/")
        self.data_url = data_url.rstrip("/")
        self.limiter = limiter if limiter is not None else process_limiter(max_rps)
        self.max_retries = max_retries
        self.backoff_seconds = backoff_seconds
        self.backoff_max_seconds = backoff_max_seconds
        self.block_pause_seconds = block_pause_seconds
        self._random = random.Random()
        self._count_lock = threading.Lock()
        self.requests_sent = 0
        self._http = httpx.Client(
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
        )

    @classmethod
    def from_settings(cls, settings: Settings, **overrides) -> EdgarClient:
        """The client the settings describe; MissingUserAgent when SEC_USER_AGENT is not set."""
        options = dict(
            user_agent=settings.sec_user_agent,
            base_url=settings.edgar_base_url,
            data_url=settings.edgar_data_url,
            timeout=settings.edgar_timeout_seconds,
            max_rps=settings.sec_max_rps,
            max_retries=settings.edgar_max_retries,
            backoff_seconds=settings.edgar_backoff_seconds,
            backoff_max_seconds=settings.edgar_backoff_max_seconds,
            block_pause_seconds=settings.edgar_block_pause_seconds,
            max_connections=max(settings.sync_workers + 2, 4),
        )
        options.update(overrides)
        return cls(**options)

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

    def company_tickers(self) -> bytes:
        """``/files/company_tickers.json``: every listed ticker with its CIK."""
        return self.get(f"{self.base_url}/files/company_tickers.json", "json")

    def get(self, url: str, kind: Kind, *, not_found_ok: bool = False, unavailable_ok: bool = False,
            stop: threading.Event | None = None) -> bytes | None:
        """The checked body of ``url``, retrying what is worth retrying; EdgarError once it is not, and
        Stopped as soon as ``stop`` is set (before a request, or during a backoff or pause)."""
        attempt = 0
        while True:
            if stop is not None and stop.is_set():
                raise Stopped(f"stopped before {url}")
            try:
                return self._attempt(url, kind, not_found_ok=not_found_ok, unavailable_ok=unavailable_ok,
                                     stop=stop)
            except _Retry as retry:
                if attempt >= self.max_retries:
                    raise retry.error from None
                delay = self._backoff(attempt)
                if retry.wait is not None:
                    delay = max(delay, min(retry.wait, MAX_RETRY_AFTER_SECONDS))
                attempt += 1
                if retry.process_wide:
                    self.limiter.pause(delay)
                else:
                    log.info("EDGAR %s: %s; retry %d/%d in %.2f s", url, retry.error, attempt,
                             self.max_retries, delay)
                    self._wait(delay, stop, url)

    @staticmethod
    def _wait(seconds: float, stop: threading.Event | None, url: str) -> None:
        if stop is None:
            time.sleep(seconds)
        elif stop.wait(seconds):
            raise Stopped(f"stopped while waiting to retry {url}")

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.backoff_max_seconds, self.backoff_seconds * (2 ** attempt))
        return ceiling * (0.5 + self._random.random() / 2)

    def _attempt(self, url: str, kind: Kind, *, not_found_ok: bool, unavailable_ok: bool,
                 stop: threading.Event | None) -> bytes | None:
        if not self.limiter.acquire(stop):
            raise Stopped(f"stopped while EDGAR requests are paused, before {url}")
        try:
            with self._count_lock:
                self.requests_sent += 1
            response = self._http.get(url)
            body = response.content
        except httpx.TimeoutException as exc:
            raise _Retry(EdgarError(f"timed out ({type(exc).__name__})", url=url)) from None
        except httpx.TransportError as exc:
            raise _Retry(EdgarError(f"connection failed: {type(exc).__name__}: {exc}", url=url)) from None
        finally:
            self.limiter.release()
        status = response.status_code
        if status == 200:
            return self._checked(url, kind, response, body)
        if status == 404 and not_found_ok:
            return None
        if status == 403 and any(marker in body for marker in _BLOCK_MARKERS):
            self._blocked(url, body)
            raise _Retry(EdgarBlocked(f"EDGAR refused the request: {self._title(body)}", url=url, status=403))
        retry_after = _retry_after_seconds(response.headers.get("Retry-After"))
        if status == 429:
            raise _Retry(EdgarError("429 Too Many Requests", url=url, status=429),
                         wait=retry_after, process_wide=True)
        if status == 503 and unavailable_ok and _FILE_UNAVAILABLE in body:
            return None
        if status >= 500:
            raise _Retry(EdgarError(f"HTTP {status}", url=url, status=status),
                         wait=retry_after, process_wide=retry_after is not None)
        raise EdgarError(f"HTTP {status}: {self._title(body)}", url=url, status=status)

    def _blocked(self, url: str, body: bytes) -> None:
        if self.limiter.pause(self.block_pause_seconds):
            log.error(
                "EDGAR BLOCKED THIS CLIENT (%s) at %s. Pausing every EDGAR request for %g s. Check that "
                "SEC_USER_AGENT (%r) names you and your e-mail and that SEC_MAX_RPS is at most 10.",
                self._title(body), url, self.block_pause_seconds, self.user_agent,
            )

    @staticmethod
    def _title(body: bytes) -> str:
        match = re.search(rb"<title>\s*(.*?)\s*</title>", body[:8192], re.I | re.S)
        return match.group(1).decode("utf-8", "replace") if match else body[:80].decode("utf-8", "replace")

    def _checked(self, url: str, kind: Kind, response: httpx.Response, body: bytes) -> bytes:
        content_type = response.headers.get("Content-Type", "").lower()
        if "text/html" in content_type or looks_like_html(body):
            raise _Retry(EdgarContentError(f"an HTML page ({self._title(body)!r}) instead of the {kind}",
                                           url=url, status=200))
        if not body.strip():
            raise _Retry(EdgarContentError(f"an empty body instead of the {kind}", url=url, status=200))
        if kind == "submission":
            head = body[:64].lstrip()
            if head.startswith(b"<SEC-DOCUMENT>") and not body.rstrip().endswith(b"</SEC-DOCUMENT>"):
                raise _Retry(EdgarContentError("truncated submission (no </SEC-DOCUMENT>)", url=url, status=200))
        return body

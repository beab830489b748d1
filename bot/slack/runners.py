"""The Slack app's runners: HTTP mode (ASGI under uvicorn) or Socket Mode; the composition root
(``bot.app``) picks one and runs the scheduler beside it.

HTTP mode serves ``POST /slack/events`` (to Bolt, once the front door in ``bot.slack.front_door`` has
checked the size and the signature on the raw bytes) and ``GET /healthz`` for load balancers. Bolt's
``dispatch`` blocks, so it runs on a thread pool and the loop keeps accepting requests.

Both modes stop on SIGTERM/SIGINT: stop taking events, tell a running sync to stop at its next
checkpoint, let running answers and the running scheduler job finish, then close the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import h11
import uvicorn
from slack_bolt import App
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse
from uvicorn.protocols.http.h11_impl import H11Protocol

from bot.slack.front_door import (
    BODY_TIMEOUT_SECONDS,
    EVENTS_PATH,
    HEALTH_PATH,
    INVALID_HTTP,
    UNHANDLED,
    QuietUnhandledRequests,
    RateLimitedLines,
    Refusal,
    RefusalLog,
    SignedRequest,
    client_of,
    route,
    send_refusal,
    send_response,
    signed_request,
)
from storage.status import Freshness

log = logging.getLogger(__name__)

__all__ = ["EVENTS_PATH", "HEALTH_PATH", "SlackASGI", "health_status", "run_http", "run_socket_mode",
           "uvicorn_server"]
DISPATCH_THREADS = 32
HEADER_TIMEOUT_SECONDS = 10.0  # a connection whose request headers have not all come in by then is closed
SLOW_HEADERS = "closed a connection: request headers not received within"
http_log = logging.getLogger("bot.slack.http")


def health_status(freshness: Freshness) -> dict[str, str | None]:
    """What ``GET /healthz`` reports besides ``ok``: when EDGAR was last synced (ISO 8601, UTC; None before
    the first sync) and the date of the newest filing stored."""
    synced = freshness.last_sync_at
    return {"filings_synced_up_to": synced.isoformat() if synced else None,
            "newest_filing_date": freshness.newest_filing_date}


class SlackASGI:
    """The ASGI application: the front door's checks (``bot.slack.front_door``), ``GET /healthz``, and
    signed requests to Bolt. Bolt's ``App.dispatch`` blocks until ``ack()``, so it runs on a thread pool
    and the loop keeps accepting requests."""

    def __init__(self, app: App, *, health: Callable[[], dict[str, Any]] | None = None,
                 threads: int = DISPATCH_THREADS, refusals: RefusalLog | None = None,
                 body_timeout: float = BODY_TIMEOUT_SECONDS) -> None:
        self.app = app
        self.body_timeout = body_timeout  # a request body not all in by then is refused (408) and its connection closed
        self._health = health or (lambda: {})
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="slack-dispatch")
        self._refusals = refusals or RefusalLog()
        self._filters = [(app.logger, QuietUnhandledRequests()), (app.logger, RateLimitedLines(UNHANDLED)),
                         (logging.getLogger("uvicorn.error"), RateLimitedLines(INVALID_HTTP)),
                         (http_log, RateLimitedLines(SLOW_HEADERS))]
        for logger, log_filter in self._filters:
            logger.addFilter(log_filter)

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
        elif scope["type"] == "http":
            try:
                await self._http(scope, receive, send)
            except Refusal as refusal:
                self._refusals.refused(refusal, method=scope["method"], path=scope["path"],
                                       client=client_of(scope))
                await send_refusal(send, refusal)

    async def _http(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        route(scope["method"], scope["path"])
        if scope["path"] == HEALTH_PATH:
            body = json.dumps({"ok": True, **self._health()}).encode()
            await send_response(send, 200, body, content_type="application/json", head=scope["method"] == "HEAD")
            return
        request = await signed_request(scope, receive, self.app._signing_secret,  # Bolt keeps it there only
                                       body_timeout=self.body_timeout)
        loop = asyncio.get_running_loop()
        response = await loop.run_in_executor(self._pool, self._dispatch, request)
        headers = [(name.encode("latin-1"), value.encode("latin-1"))
                   for name, values in response.headers.items() for value in values
                   if name.lower() != "content-length"]
        await send_response(send, response.status, response.body.encode(),
                            content_type=response.headers.get("content-type", ["text/plain"])[0],
                            extra=[h for h in headers if h[0].lower() != b"content-type"])

    def _dispatch(self, request: SignedRequest) -> BoltResponse:
        """Bolt's dispatch of a signed request; a body Bolt cannot read is a 400, not a 500."""
        try:
            bolt_request = BoltRequest(body=request.body, query=request.query, headers=request.headers)
        except (AttributeError, KeyError, IndexError, TypeError, ValueError) as error:
            raise Refusal(400, f"signed body Bolt cannot read ({type(error).__name__})") from None
        return self.app.dispatch(bolt_request)

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        for logger, log_filter in self._filters:
            logger.removeFilter(log_filter)


async def _lifespan(receive: Callable, send: Callable) -> None:
    message = await receive()
    if message["type"] == "lifespan.startup":
        await send({"type": "lifespan.startup.complete"})
        message = await receive()
    if message["type"] == "lifespan.shutdown":
        await send({"type": "lifespan.shutdown.complete"})


class _Server(uvicorn.Server):
    """uvicorn's server, except that a SIGTERM/SIGINT it stopped on is not raised again afterwards: the
    process then closes the scheduler and the database and exits 0 instead of dying on the signal."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


class HeaderDeadline(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, with a deadline for a request's headers, which uvicorn has not: a
    connection that has sent nothing, or only part of its headers (slowloris), ``header_timeout`` seconds
    (the config's, else ``HEADER_TIMEOUT_SECONDS``) after it opened or after its last data came in while
    no request was under way, is closed with one log line (rate-limited). The body has its own deadline
    (``front_door.BODY_TIMEOUT_SECONDS``); an idle kept-alive connection uvicorn closes itself."""

    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:  # type: ignore[override]
        super().connection_made(transport)  # type: ignore[arg-type]
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        waiting = self.conn.their_state is h11.IDLE and not self.transport.is_closing()
        if not waiting:
            self._cancel_header_timer()
        elif self._header_timer is None:
            timeout = getattr(self.config, "header_timeout", HEADER_TIMEOUT_SECONDS)
            self._header_timer = self.loop.call_later(timeout, self._headers_too_slow, timeout)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self, timeout: float) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            client = self.client[0] if self.client else "unknown"
            http_log.warning("%s %g s (from %s)", SLOW_HEADERS, timeout, client)
            self.transport.close()


def uvicorn_server(asgi: SlackASGI, *, host: str, port: int, log_level: str = "info",
                   header_timeout: float = HEADER_TIMEOUT_SECONDS) -> uvicorn.Server:
    config = uvicorn.Config(
        asgi, host=host, port=port, log_level=log_level, lifespan="on", ws="none", http=HeaderDeadline,
        timeout_graceful_shutdown=30, access_log=False, server_header=False,
    )
    config.header_timeout = header_timeout  # read by HeaderDeadline
    return _Server(config)


def run_http(asgi: SlackASGI, *, host: str, port: int, on_stop: Callable[[], None]) -> None:
    """Serve until SIGTERM/SIGINT (uvicorn's own handlers drain open requests), then ``on_stop()``."""
    server = uvicorn_server(asgi, host=host, port=port)
    try:
        server.run()
    finally:
        asgi.close()
        on_stop()


def run_socket_mode(app: App, app_token: str, *, on_stop: Callable[[], None],
                    stop: threading.Event | None = None) -> None:
    """Connect over Socket Mode and wait for SIGTERM/SIGINT (or ``stop``), then close and ``on_stop()``."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    stop = stop or threading.Event()
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT):
            previous[sig] = signal.signal(sig, lambda signum, frame: stop.set())
    handler = SocketModeHandler(app, app_token)
    try:
        handler.connect()
        log.info("Socket Mode connected; waiting for events")
        stop.wait()
        log.info("stopping: closing the Socket Mode connection")
    finally:
        handler.close()
        for sig, old in previous.items():
            signal.signal(sig, old)
        on_stop()

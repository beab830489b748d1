"""The Slack app's runners: HTTP mode (ASGI under uvicorn) or Socket Mode; the composition root
(``bot.app``) picks one and runs the scheduler beside it.

HTTP mode serves Bolt's ASGI adapter at ``POST /slack/events`` (every request's signature checked
with the signing secret) and ``GET /healthz`` for load balancers. Bolt's adapter calls the app's
blocking ``dispatch`` on the event loop, so one slow request would hold up every other; here the
dispatch runs on a thread pool and the loop keeps accepting requests.

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

import uvicorn
from slack_bolt import App
from slack_bolt.adapter.asgi import SlackRequestHandler
from slack_bolt.adapter.asgi.http_request import AsgiHttpRequest
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

from storage.status import Freshness

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
DISPATCH_THREADS = 32


def health_status(freshness: Freshness) -> dict[str, str | None]:
    """What ``GET /healthz`` reports besides ``ok``: when EDGAR was last synced (ISO 8601, UTC; None before
    the first sync) and the date of the newest filing stored."""
    synced = freshness.last_sync_at
    return {"filings_synced_up_to": synced.isoformat() if synced else None,
            "newest_filing_date": freshness.newest_filing_date}


class ThreadedSlackRequestHandler(SlackRequestHandler):
    """Bolt's ASGI handler, with ``App.dispatch`` (which blocks until ``ack()``) moved off the loop."""

    def __init__(self, app: App, path: str = EVENTS_PATH, *, threads: int = DISPATCH_THREADS) -> None:
        super().__init__(app, path)
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="slack-dispatch")

    async def dispatch(self, request: AsgiHttpRequest) -> BoltResponse:
        bolt_request = BoltRequest(
            body=await request.get_raw_body(), query=request.query_string, headers=request.get_headers()
        )
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self.app.dispatch, bolt_request)

    def close(self) -> None:
        self._pool.shutdown(wait=True)


class SlackASGI:
    """The ASGI application: ``GET /healthz`` here, everything else to Bolt's handler."""

    def __init__(self, app: App, *, health: Callable[[], dict[str, Any]] | None = None) -> None:
        self.slack = ThreadedSlackRequestHandler(app)
        self._health = health or (lambda: {})

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] == "http" and scope["path"] == HEALTH_PATH and scope["method"] in ("GET", "HEAD"):
            body = json.dumps({"ok": True, **self._health()}).encode()
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body if scope["method"] == "GET" else b""})
            return
        await self.slack(scope, receive, send)

    def close(self) -> None:
        self.slack.close()


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


def uvicorn_server(asgi: SlackASGI, *, host: str, port: int, log_level: str = "info") -> uvicorn.Server:
    config = uvicorn.Config(
        asgi, host=host, port=port, log_level=log_level, lifespan="on",
        timeout_graceful_shutdown=30, access_log=False, server_header=False,
    )
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

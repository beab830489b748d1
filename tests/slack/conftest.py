"""Fixtures for the Slack tests: the Web API stand-in, a database holding the Tecogen filing, and the
real ASGI app served by uvicorn on a free 127.0.0.1 port, fed signed requests over real HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from slack_standin import BOT_TOKEN, SECRET, SlackStandIn, action_body, command_body, event_body, sign

from bot.config import Settings
from bot.ingest import ingest_paths
from bot.slack.app import build_app
from bot.slack.runners import SlackASGI, uvicorn_server
from bot.slack.services import AnswerFn, SlackServices
from storage.db import Store, open_db

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    server = SlackStandIn().start()
    yield server
    server.stop()
    refused = [(c.method, c.body) for c in server.calls() if not c.accepted]
    assert refused == [], "Slack would have refused these calls"


@pytest.fixture
def tecogen_db(tmp_path: Path) -> Path:
    path = tmp_path / "insiderbot.db"
    db = open_db(path)
    report = ingest_paths(db, [FIXTURE])
    assert report.new == 1, report
    db.close()
    return path


@pytest.fixture
def tecogen_store(tecogen_db: Path) -> Iterator[Store]:
    """The process's store over ``tecogen_db``, as the composition root opens it."""
    with Store(tecogen_db) as store:
        yield store


@pytest.fixture
def settings(standin: SlackStandIn, tecogen_db: Path) -> Settings:
    return Settings(_env_file=None, insiderbot_db=tecogen_db, slack_bot_token=BOT_TOKEN,
                    slack_signing_secret=SECRET, slack_app_token=None, slack_api_url=standin.base_url,
                    answer_mode="rules", llm_model=None)


@dataclass
class RunningApp:
    url: str
    services: SlackServices
    standin: SlackStandIn
    http: httpx.Client

    def post(self, body: bytes, *, content_type: str, headers: dict[str, str] | None = None,
             secret: str = SECRET, timestamp: int | None = None) -> httpx.Response:
        all_headers = {"Content-Type": content_type, **sign(secret, body, timestamp), **(headers or {})}
        return self.http.post(f"{self.url}/slack/events", content=body, headers=all_headers)

    def command(self, text: str, *, response: str = "cmd", **kwargs: Any) -> httpx.Response:
        body = command_body(text, self.standin.response_url(response), **kwargs)
        return self.post(body, content_type="application/x-www-form-urlencoded")

    def event(self, event: dict[str, Any], *, event_id: str, headers: dict[str, str] | None = None) -> httpx.Response:
        return self.post(event_body(event, event_id=event_id), content_type="application/json", headers=headers)

    def action(self, action: dict[str, Any], *, response: str = "act", **kwargs: Any) -> httpx.Response:
        body = action_body(action, response_url=self.standin.response_url(response), **kwargs)
        return self.post(body, content_type="application/x-www-form-urlencoded")

    def drain(self, timeout: float = 30.0) -> None:
        """Wait until the answer pool has finished every task started so far.

        One barrier task per worker: the barrier opens only when every worker has taken one, which
        (the queue being first in, first out) is after each has finished the tasks queued before."""
        pool = self.services.answers
        barrier = threading.Barrier(pool._max_workers, timeout=timeout)
        waits = [pool.submit(barrier.wait) for _ in range(pool._max_workers)]
        for wait in waits:
            wait.result(timeout=timeout)


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def serve_in_thread(server: Any) -> tuple[threading.Thread, socket.socket]:
    """Run a uvicorn server on a free 127.0.0.1 port in a daemon thread; returns once it is listening."""
    sock = _free_socket()
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.01)
    return thread, sock


@pytest.fixture
def run_app(settings: Settings, standin: SlackStandIn) -> Iterator[Callable[..., RunningApp]]:
    """``run_app(answer_fn=None, answer_workers=4, on_demand=None)`` serves a new app (``on_demand``: makes the
    app's ``OnDemand`` from its store); all are stopped at teardown."""
    stops: list[Callable[[], None]] = []

    def start(answer_fn: AnswerFn | None = None, answer_workers: int = 4,
              on_demand: Callable[[Store], Any] | None = None) -> RunningApp:
        store = Store(settings.insiderbot_db)
        services = SlackServices(settings, store, answer_fn=answer_fn, answer_workers=answer_workers,
                                 on_demand=on_demand(store) if on_demand else None)
        app = build_app(settings, services)
        asgi = SlackASGI(app)
        server = uvicorn_server(asgi, host="127.0.0.1", port=0, log_level="warning")
        thread, sock = serve_in_thread(server)
        http = httpx.Client(timeout=10)

        def stop() -> None:
            http.close()
            server.should_exit = True
            thread.join(10)
            asgi.close()
            if services.on_demand is not None:
                services.on_demand.close()
            services.close()
            store.close()
            sock.close()

        stops.append(stop)
        return RunningApp(f"http://127.0.0.1:{sock.getsockname()[1]}", services, standin, http)

    yield start
    for stop in reversed(stops):
        stop()

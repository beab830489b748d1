"""Slow clients against the HTTP front door: a client that sends its headers, then the body a byte at a
time (slowloris), or stops half-way through the body, is cut off once the body has not all come in within
the body timeout (408, the connection closed, one log line); one that sends its headers a byte at a time,
or opens a connection and sends nothing, is closed once the headers have not all come in within the
header timeout (one log line). Other requests are answered meanwhile as promptly as ever.

The server is the real ASGI app under uvicorn on 127.0.0.1, with both timeouts shortened for the test
(``SlackASGI(body_timeout=...)``, ``uvicorn_server(header_timeout=...)``; ``serve --http`` uses 10 s for each:
``front_door.BODY_TIMEOUT_SECONDS``, ``runners.HEADER_TIMEOUT_SECONDS``)."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from conftest import serve_in_thread
from slack_standin import SECRET, command_body, sign

from bot.slack.app import build_app
from bot.slack.front_door import BODY_TIMEOUT_SECONDS
from bot.slack.runners import HEADER_TIMEOUT_SECONDS, SlackASGI, uvicorn_server
from bot.slack.services import SlackServices
from storage.db import Store

BODY_TIMEOUT = 1.5
HEADER_TIMEOUT = 1.5


@pytest.fixture
def server(settings, standin) -> Iterator[str]:
    """``host:port`` of the app served with 1.5 s header and body timeouts."""
    store = Store(settings.insiderbot_db)
    services = SlackServices(settings, store)
    asgi = SlackASGI(build_app(settings, services), body_timeout=BODY_TIMEOUT)
    uv = uvicorn_server(asgi, host="127.0.0.1", port=0, log_level="warning", header_timeout=HEADER_TIMEOUT)
    thread, sock = serve_in_thread(uv)
    yield f"127.0.0.1:{sock.getsockname()[1]}"
    uv.should_exit = True
    thread.join(10)
    asgi.close()
    services.close()
    store.close()
    sock.close()


def slow_request(address: str, body: bytes, *, signed: bool = True) -> socket.socket:
    """A connection that has sent a request's headers (declaring the whole ``body``) and nothing of it."""
    host, port = address.split(":")
    conn = socket.create_connection((host, int(port)), timeout=30)
    headers = {"Host": address, "Content-Type": "application/x-www-form-urlencoded",
               "Content-Length": str(len(body)), **(sign(SECRET, body) if signed else {})}
    head = "POST /slack/events HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    conn.sendall(head.encode())
    return conn


def read_until_closed(conn: socket.socket) -> bytes:
    data = b""
    while chunk := conn.recv(65536):
        data += chunk
    return data


def trickle(conn: socket.socket, body: bytes, every: float, stop: threading.Event) -> None:
    """Send ``body`` one byte every ``every`` seconds until it is sent, ``stop`` is set or the server hangs up."""
    for i in range(len(body)):
        if stop.wait(every):
            return
        try:
            conn.sendall(body[i:i + 1])
        except OSError:
            return


def refusal_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "bot.slack.http" and " 408 " in r.getMessage()]


def test_the_default_header_and_body_timeouts_are_ten_seconds() -> None:
    assert BODY_TIMEOUT_SECONDS == HEADER_TIMEOUT_SECONDS == 10.0


@pytest.mark.parametrize("signed", [True, False])
def test_a_body_trickled_a_byte_at_a_time_is_cut_off_at_the_timeout(server, caplog, signed) -> None:
    caplog.set_level(logging.WARNING, logger="bot.slack.http")
    body = command_body("what options did Tecogen's GC get", "http://127.0.0.1:9/response/slow")
    conn = slow_request(server, body, signed=signed)
    stop = threading.Event()
    sender = threading.Thread(target=trickle, args=(conn, body, 0.2, stop), daemon=True)
    t0 = time.monotonic()
    sender.start()
    answer = read_until_closed(conn)
    waited = time.monotonic() - t0
    stop.set()
    sender.join(5)
    conn.close()
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:80]
    assert b"connection: close" in answer.lower()
    assert BODY_TIMEOUT - 0.1 <= waited <= BODY_TIMEOUT + 2.0
    assert len(refusal_lines(caplog)) == 1
    assert "body not received within 1.5 s" in refusal_lines(caplog)[0]


def test_a_body_that_never_finishes_is_cut_off_and_the_connection_closed(server, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="bot.slack.http")
    body = command_body("TGEN", "http://127.0.0.1:9/response/half")
    conn = slow_request(server, body)
    conn.sendall(body[: len(body) // 2])
    t0 = time.monotonic()
    answer = read_until_closed(conn)  # returns once the server has closed the connection
    conn.close()
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert time.monotonic() - t0 <= BODY_TIMEOUT + 2.0
    assert len(refusal_lines(caplog)) == 1


def test_other_requests_are_answered_promptly_while_slow_clients_hang_on(server, standin) -> None:
    body = command_body("TGEN", "http://127.0.0.1:9/response/slow")
    host, port = server.split(":")
    head = f"POST /slack/events HTTP/1.1\r\nHost: {server}\r\n".encode() * 20
    slow = [slow_request(server, body) for _ in range(5)]  # trickling bodies
    slow_heads = [socket.create_connection((host, int(port)), timeout=30) for _ in range(5)]  # trickling headers
    stop = threading.Event()
    senders = [threading.Thread(target=trickle, args=(conn, body, 0.3, stop), daemon=True) for conn in slow]
    senders += [threading.Thread(target=trickle, args=(conn, head, 0.3, stop), daemon=True) for conn in slow_heads]
    for sender in senders:
        sender.start()
    acks = []
    try:
        with httpx.Client(timeout=10) as client:
            for i in range(10):
                quick = command_body("what options did Tecogen's GC get", standin.response_url(f"quick{i}"))
                t0 = time.monotonic()
                response = client.post(f"http://{server}/slack/events", content=quick, headers={
                    "Content-Type": "application/x-www-form-urlencoded", **sign(SECRET, quick)})
                acks.append(time.monotonic() - t0)
                assert response.status_code == 200
            assert client.get(f"http://{server}/healthz").status_code == 200
        answered = standin.wait_for("response_url", 10, timeout=30)
    finally:
        stop.set()
        for conn in slow + slow_heads:
            conn.close()
    assert max(acks) < 1.0, acks
    assert {c.path.rsplit("/", 1)[-1] for c in answered} == {f"quick{i}" for i in range(10)}


def header_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if "request headers not received within" in r.getMessage()]


@pytest.mark.parametrize("trickled", [True, False])
def test_headers_trickled_a_byte_at_a_time_or_never_sent_are_cut_off(server, caplog, trickled) -> None:
    caplog.set_level(logging.WARNING, logger="bot.slack.http")
    host, port = server.split(":")
    conn = socket.create_connection((host, int(port)), timeout=30)
    head = f"POST /slack/events HTTP/1.1\r\nHost: {server}\r\nContent-Type: application/json\r\n".encode()
    stop = threading.Event()
    sender = threading.Thread(target=trickle, args=(conn, head * 10, 0.2, stop), daemon=True)
    t0 = time.monotonic()
    if trickled:
        sender.start()
    answer = read_until_closed(conn)
    waited = time.monotonic() - t0
    stop.set()
    conn.close()
    assert answer == b""  # closed without a word: there is no request to answer
    assert HEADER_TIMEOUT - 0.1 <= waited <= HEADER_TIMEOUT + 2.0
    assert len(header_lines(caplog)) == 1 and "within 1.5 s" in header_lines(caplog)[0]


def test_a_kept_alive_connection_answers_a_second_request_and_is_not_cut_off_meanwhile(server, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="bot.slack.http")
    with httpx.Client(timeout=10) as client:
        for _ in range(3):
            assert client.get(f"http://{server}/healthz").status_code == 200
            time.sleep(0.5)
    assert header_lines(caplog) == []

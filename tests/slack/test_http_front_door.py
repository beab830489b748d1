"""The front door of HTTP mode: what ``POST /slack/events`` refuses before Bolt sees it, and how it
says so in the log. Real HTTP against the ASGI app under uvicorn on 127.0.0.1 (the ``run_app`` fixture)."""

from __future__ import annotations

import json
import logging
import socket
import time
import urllib.parse

import httpx
import pytest
from slack_sdk.signature import SignatureVerifier
from slack_standin import SECRET, command_body, sign

from bot.slack.front_door import MAX_BODY_BYTES, Refusal, RefusalLog, check_signature

FORM = "application/x-www-form-urlencoded"
MARKER = "zq-secret-marker-7f3a"


def raw_exchange(url: str, head: bytes, body_chunks: list[bytes] = (), timeout: float = 5.0) -> bytes:
    """Send ``head`` (request line and headers) then ``body_chunks`` over a plain socket, stopping when
    the server has answered; returns what it sent back."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(head)
        sock.settimeout(0.05)
        received = b""
        for chunk in [*body_chunks, b""]:
            try:
                received += sock.recv(65536)
            except TimeoutError:
                pass
            if received or not chunk:
                break
            try:
                sock.sendall(chunk)
            except OSError:
                break
        sock.settimeout(timeout)
        deadline = time.monotonic() + timeout
        while b"\r\n\r\n" not in received and time.monotonic() < deadline:
            try:
                data = sock.recv(65536)
            except (TimeoutError, OSError):
                break
            if not data:
                break
            received += data
    return received


def http_log(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "bot.slack.http"]


def assert_no_traceback(caplog) -> None:
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records if r.exc_info]
    assert "Traceback" not in caplog.text


# --- the reported hole: unsigned broken JSON -------------------------------------------------------

def test_unsigned_broken_json_is_401_with_one_log_line_and_no_traceback(run_app, caplog) -> None:
    app = run_app()
    with caplog.at_level(logging.INFO):
        response = app.http.post(f"{app.url}/slack/events", content=b'{"type": "event_callback", "event": {',
                                 headers={"Content-Type": "application/json"})
    assert response.status_code == 401
    assert_no_traceback(caplog)
    lines = http_log(caplog)
    assert len(lines) == 1
    assert "401 unsigned" in lines[0].getMessage() and "'/slack/events'" in lines[0].getMessage()


# --- size ------------------------------------------------------------------------------------------

def test_a_body_declared_over_1mb_is_refused_413_before_it_is_sent(run_app) -> None:
    app = run_app()
    head = (f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: {FORM}\r\n"
            f"Content-Length: {5 * 1024 * 1024}\r\n\r\n").encode()
    t0 = time.monotonic()
    reply = raw_exchange(app.url, head)  # not one byte of the body sent
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert time.monotonic() - t0 < 3


def test_a_streamed_body_is_counted_and_refused_413_once_past_1mb(run_app) -> None:
    app = run_app()
    signed = sign(SECRET, b"whatever")
    head = (f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: {FORM}\r\nTransfer-Encoding: chunked\r\n"
            f"X-Slack-Request-Timestamp: {signed['X-Slack-Request-Timestamp']}\r\n"
            f"X-Slack-Signature: {signed['X-Slack-Signature']}\r\n\r\n").encode()
    piece = b"a" * 65536
    chunks = [b"%x\r\n%s\r\n" % (len(piece), piece)] * 80  # 5 MB if it were all read
    reply = raw_exchange(app.url, head, chunks)
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]


def test_a_signed_body_just_under_the_limit_is_read(run_app) -> None:
    app = run_app()
    body = json.dumps({"type": "event_callback", "pad": "x" * (MAX_BODY_BYTES - 200)}).encode()
    assert len(body) <= MAX_BODY_BYTES
    response = app.post(body, content_type="application/json")
    assert response.status_code != 413 and response.status_code < 500


# --- signatures --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("headers", "status", "reason"), [
    ({}, 401, "unsigned"),
    ({"X-Slack-Signature": "v0=00"}, 401, "unsigned"),
    ({"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=00"}, 400, "malformed signature timestamp"),
    ({"X-Slack-Request-Timestamp": "1" * 40, "X-Slack-Signature": "v0=00"}, 400, "malformed signature timestamp"),
    ({"X-Slack-Request-Timestamp": -301, "X-Slack-Signature": "v0=00"}, 401, "stale"),
    ({"X-Slack-Request-Timestamp": 3600, "X-Slack-Signature": "v0=00"}, 401, "stale"),
    ({"X-Slack-Request-Timestamp": 0, "X-Slack-Signature": "v0=00"}, 401, "bad signature"),
    ({"X-Slack-Request-Timestamp": 0, "X-Slack-Signature": "ünïcode"}, 401, "bad signature"),
])
def test_unsigned_stale_and_malformed_signatures(run_app, standin, caplog, headers, status, reason) -> None:
    """(A number of seconds is a timestamp that far from now, taken when the test runs, not when it is collected:
    a long suite would otherwise make "now" stale.)"""
    headers = {k: str(int(time.time()) + v) if isinstance(v, int) else v for k, v in headers.items()}
    app = run_app()
    body = command_body("TGEN", standin.response_url("x"))
    with caplog.at_level(logging.INFO):
        response = app.http.post(f"{app.url}/slack/events", content=body,
                                 headers={"Content-Type": FORM, **{k: v.encode() for k, v in headers.items()}})
    assert response.status_code == status
    assert reason in response.text
    assert_no_traceback(caplog)
    assert [reason in r.getMessage() for r in http_log(caplog)] == [True]
    app.drain()
    assert standin.calls("response_url") == []


def test_the_signature_is_slacks_v0_scheme_on_the_raw_bytes() -> None:
    body = b"token=x&text=%E2%9C%93&payload_not=1"
    headers = sign(SECRET, body)
    ts, sig = headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]
    assert SignatureVerifier(SECRET).is_valid(body, ts, sig)
    check_signature(SECRET, ts, sig, body)  # does not raise
    with pytest.raises(Refusal):
        check_signature(SECRET, ts, sig, body + b" ")
    invalid_utf8 = b"text=\xff\xfe"
    check_signature(SECRET, ts, sign(SECRET, invalid_utf8, int(ts))["X-Slack-Signature"], invalid_utf8)


# --- signed but not a Slack body ------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "content_type", "status"), [
    (b'{"type": "event_callback", "event": {', "application/json", 400),  # truncated JSON
    (b"[1, 2, 3]", "application/json", 400),  # not an object
    (b'"just a string"', "application/json", 400),
    (b"[" * 100_000 + b"]" * 100_000, "application/json", 400),  # deeper than the parser goes
    (b"text=\xff\xfe\xfd", FORM, 400),  # not UTF-8
    (b"payload=%7Bnot%20json", FORM, 400),  # an interactive payload that is not JSON
    (b"payload=%5B1%5D", FORM, 400),  # a payload that is not an object
    (b'{"type": "event_callback", "event_id": "Ev1", "event": "a string"}', "application/json", 400),
    (b'{"type": "event_callback", "event_id": "Ev1", "event": {"type": "app_mention", "text": "hi"}}',
     "application/json", 400),  # a mention without its channel and ts
    (b"command=%2Finsider&text=TGEN&user_id=U1&channel_id=C1", FORM, 400),  # no response_url
    (b"command=%2Finsider&text=TGEN&user_id=U1&channel_id=C1&response_url=javascript%3Aalert(1)", FORM, 400),
    (b"command=%2Finsider&text=TGEN&text=%3C%21channel%3E&user_id=U1&channel_id=C1&response_url=http%3A%2F%2Fx",
     FORM, 400),  # a key twice
    (b"payload=" + urllib.parse.quote('{"type": "block_actions", "user": {"id": "U1"}, "response_url": "http://x",'
                                      ' "actions": [{"type": "button"}]}').encode(), FORM, 400),  # no action_id
    (b"<xml/>", "application/xml", 415),
    (b"text=hi", "text/plain", 415),
    (b"text=hi", "", 415),
])
def test_signed_bodies_that_are_not_slack_requests_are_400_or_415(run_app, caplog, body, content_type, status) -> None:
    app = run_app()
    with caplog.at_level(logging.INFO):
        response = app.post(body, content_type=content_type)
    assert response.status_code == status
    assert_no_traceback(caplog)
    assert len(http_log(caplog)) == 1


def test_an_event_as_slack_sends_it_with_its_nulls_and_extras_is_answered(run_app, standin) -> None:
    app = run_app()
    payload = {
        "token": "legacy", "team_id": "T0TEST01", "context_team_id": "T0TEST01", "context_enterprise_id": None,
        "api_app_id": "A0APP001", "type": "event_callback", "event_id": "EvReal1", "event_time": 1700001000,
        "authorizations": [{"enterprise_id": None, "team_id": "T0TEST01", "user_id": "UBOT0001", "is_bot": True,
                            "is_enterprise_install": False}],
        "is_ext_shared_channel": False, "event_context": "4-abc",
        "event": {"type": "app_mention", "user": "U0USER01", "ts": "1700001000.000100", "client_msg_id": "c-1",
                  "text": "<@UBOT0001> TGEN", "team": "T0TEST01", "channel": "C0CHAN01",
                  "event_ts": "1700001000.000100", "thread_ts": None,
                  "blocks": [{"type": "rich_text", "block_id": "b1", "elements": [
                      {"type": "rich_text_section", "elements": [{"type": "user", "user_id": "UBOT0001"},
                                                                 {"type": "text", "text": " TGEN"}]}]}]},
    }
    response = app.post(json.dumps(payload).encode(), content_type="application/json")
    assert response.status_code == 200
    assert "John Whiting" in standin.wait_for("chat.update")[0].body["text"]


def test_a_button_click_as_slack_sends_it_is_answered(run_app, standin) -> None:
    app = run_app()
    payload = {
        "type": "block_actions", "user": {"id": "U0USER01", "username": "analyst", "name": "analyst",
                                          "team_id": "T0TEST01"},
        "api_app_id": "A0APP001", "token": "legacy", "trigger_id": "trig.9", "enterprise": None,
        "is_enterprise_install": False, "team": {"id": "T0TEST01", "domain": "test"},
        "container": {"type": "message", "message_ts": "1700000000.000100", "channel_id": "C0CHAN01",
                      "is_ephemeral": True},
        "channel": {"id": "C0CHAN01", "name": "general"}, "state": {"values": {}},
        "response_url": standin.response_url("real"),
        "actions": [{"action_id": "insider_show_more", "block_id": "insider_buttons",
                     "text": {"type": "plain_text", "text": "Show more (2 of 3)", "emoji": True},
                     "value": json.dumps({"id": "gone", "page": 1, "vis": "ephemeral"}), "type": "button",
                     "action_ts": "1700000001.000200"}],
    }
    body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
    assert app.post(body, content_type=FORM).status_code == 200
    assert "ask the question again" in standin.wait_for("response_url")[0].body["text"]


def test_a_json_content_type_with_a_charset_is_still_json(run_app, standin) -> None:
    app = run_app()
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "legacy"}).encode()
    response = app.post(body, content_type="application/json; charset=utf-8")
    assert response.status_code == 200 and "abc123" in response.text


# --- paths and methods ------------------------------------------------------------------------------

def test_only_two_routes_exist(run_app) -> None:
    app = run_app()
    get_events = httpx.get(f"{app.url}/slack/events")
    assert get_events.status_code == 405 and get_events.headers["allow"] == "POST"
    assert httpx.put(f"{app.url}/slack/events", content=b"x").status_code == 405
    post_health = httpx.post(f"{app.url}/healthz", content=b"x")
    assert post_health.status_code == 405 and post_health.headers["allow"] == "GET, HEAD"
    head = httpx.head(f"{app.url}/healthz")
    assert head.status_code == 200 and head.content == b""
    for path in ("/", "/slack/install", "/slack/oauth_redirect", "/slack/events/", "/healthz/x", "/%2e%2e/etc"):
        assert httpx.get(f"{app.url}{path}").status_code == 404, path
        assert httpx.post(f"{app.url}{path}", content=b"x").status_code == 404, path


# --- the log ---------------------------------------------------------------------------------------

def test_headers_and_bodies_never_reach_the_log(run_app, standin, caplog) -> None:
    app = run_app()
    with caplog.at_level(logging.DEBUG, logger="bot"):
        app.http.post(f"{app.url}/slack/events", content=f"text={MARKER}".encode(),
                      headers={"Content-Type": FORM, "X-Custom": MARKER, "Cookie": MARKER})
        app.post(f"text={MARKER}".encode(), content_type=FORM, headers={"X-Custom": MARKER}, secret="wrong")
        app.post(json.dumps({"type": "nobody_handles_this", "x": MARKER}).encode(), content_type="application/json",
                 headers={"Authorization": MARKER})
        app.post(b"[" + MARKER.encode(), content_type="application/json")
        app.drain()
    assert MARKER not in caplog.text
    assert_no_traceback(caplog)


def test_a_flood_of_refusals_logs_at_most_a_burst_per_minute(run_app, caplog) -> None:
    app = run_app()
    with caplog.at_level(logging.INFO):
        for _ in range(120):
            assert app.http.post(f"{app.url}/slack/events", content=b"{", headers={"Content-Type": FORM}).status_code == 401
    assert len(http_log(caplog)) == 20


def test_refusal_log_counts_what_it_did_not_write_and_says_so_after_the_window() -> None:
    now = [0.0]
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    logger = logging.getLogger("test.refusals")
    logger.propagate = False
    logger.addHandler(Collect())
    refusals = RefusalLog(logger, burst=3, window=60, clock=lambda: now[0])
    for _ in range(10):
        refusals.refused(Refusal(401, "unsigned"), method="POST", path="/slack/events", client="10.0.0.1")
    assert len(records) == 3
    now[0] = 61.0
    refusals.refused(Refusal(404, "not found"), method="GET", path="/x" * 100, client="10.0.0.1")
    assert records[3].startswith("7 more requests refused")
    assert "404 not found" in records[4] and len(records[4]) < 200


def test_a_flood_of_unreadable_http_is_answered_400_and_logged_at_most_a_burst(run_app) -> None:
    app = run_app()
    seen: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    collect = Collect()
    uvicorn_log = logging.getLogger("uvicorn.error")
    uvicorn_log.addHandler(collect)
    try:
        for _ in range(60):
            assert raw_exchange(app.url, b"GARBAGE \x00\x01 HTTP/9\r\n\r\n").startswith(b"HTTP/1.1 400")
    finally:
        uvicorn_log.removeHandler(collect)
    assert 1 <= seen.count("Invalid HTTP request received.") <= 20
    assert httpx.get(f"{app.url}/healthz").status_code == 200

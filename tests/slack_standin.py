"""A Slack Web API stand-in on 127.0.0.1, plus request signing: what the Slack tests and bench talk to.

It answers ``auth.test``, ``chat.postMessage``, ``chat.postEphemeral``, ``chat.update``,
``views.publish`` and posts to ``/response/<name>`` (a command's or action's ``response_url``) the way
Slack does, records every call, and refuses messages that break Slack's limits with Slack's error
codes, so a payload that would fail in a real workspace fails here too. It checks the limits on its
own, independently of the app's block builder.

For file uploads it serves Slack's external upload flow (what ``files_upload_v2`` calls):
``files.getUploadURLExternal`` hands out an upload URL on this server, the file's bytes are POSTed there
(recorded as a ``file_upload`` call, kept in ``uploads``), and ``files.completeUploadExternal`` shares the
uploaded files into a channel or thread (refused with ``file_not_found`` for a file never uploaded).

For Socket Mode it also answers ``apps.connections.open`` (with an ``xapp-`` token) with the URL of
a small WebSocket server of its own (plain ``ws://`` on 127.0.0.1, as slack_sdk allows off port 443):
``send_envelope`` pushes an envelope to the connected app, and each envelope ack the app sends back
is recorded as a ``socket_ack`` call.

Outages (``fail_next``): the next calls of a method (or of ``response_url``) are answered with a 5xx and
not carried out, or carried out and then answered only after a delay (what a client that timed out
meanwhile cannot tell from not being carried out).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import socket
import struct
import threading
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0TEST01"

MAX_BLOCKS_MESSAGE = 50
MAX_BLOCKS_VIEW = 100
MAX_SECTION_TEXT = 3000
MAX_FIELD_TEXT = 2000
MAX_FIELDS = 10
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTIONS_ELEMENTS = 25
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_URL = 3000
MAX_BLOCK_ID = 255
MAX_MESSAGE_TEXT_CHARS = 12000


@dataclass
class Call:
    method: str  # "chat.postMessage", ... or "response_url"
    path: str
    body: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)
    accepted: bool = True  # False when the stand-in refused it as Slack would (bad blocks, no text, ...)


def _text_of(obj: Any) -> str:
    return obj.get("text", "") if isinstance(obj, dict) else ""


def limit_violations(blocks: list[dict[str, Any]], *, surface: str = "message") -> list[str]:
    """Every way ``blocks`` breaks Slack's Block Kit limits; empty when the payload is valid."""
    problems: list[str] = []
    cap = MAX_BLOCKS_MESSAGE if surface == "message" else MAX_BLOCKS_VIEW
    if len(blocks) > cap:
        problems.append(f"{len(blocks)} blocks > {cap}")
    total = 0
    for i, block in enumerate(blocks):
        kind = block.get("type")
        if len(block.get("block_id", "")) > MAX_BLOCK_ID:
            problems.append(f"block {i}: block_id too long")
        if kind == "header":
            text = _text_of(block.get("text"))
            total += len(text)
            if block["text"].get("type") != "plain_text":
                problems.append(f"block {i}: header text must be plain_text")
            if len(text) > MAX_HEADER_TEXT:
                problems.append(f"block {i}: header {len(text)} chars > {MAX_HEADER_TEXT}")
        elif kind == "section":
            text = _text_of(block.get("text"))
            fields = block.get("fields") or []
            if not text and not fields:
                problems.append(f"block {i}: section without text or fields")
            total += len(text)
            if len(text) > MAX_SECTION_TEXT:
                problems.append(f"block {i}: section text {len(text)} chars > {MAX_SECTION_TEXT}")
            if len(fields) > MAX_FIELDS:
                problems.append(f"block {i}: {len(fields)} fields > {MAX_FIELDS}")
            for f in fields:
                total += len(_text_of(f))
                if len(_text_of(f)) > MAX_FIELD_TEXT:
                    problems.append(f"block {i}: field > {MAX_FIELD_TEXT} chars")
            accessory = block.get("accessory")
            if accessory:
                problems.extend(f"block {i}: {p}" for p in _element_violations(accessory))
        elif kind == "context":
            elements = block.get("elements") or []
            if not elements or len(elements) > MAX_CONTEXT_ELEMENTS:
                problems.append(f"block {i}: {len(elements)} context elements")
            for element in elements:
                total += len(_text_of(element))
                if len(_text_of(element)) > MAX_SECTION_TEXT:
                    problems.append(f"block {i}: context element > {MAX_SECTION_TEXT} chars")
        elif kind == "actions":
            elements = block.get("elements") or []
            if not elements or len(elements) > MAX_ACTIONS_ELEMENTS:
                problems.append(f"block {i}: {len(elements)} action elements")
            for element in elements:
                problems.extend(f"block {i}: {p}" for p in _element_violations(element))
        elif kind == "divider":
            pass
        else:
            problems.append(f"block {i}: unexpected block type {kind!r}")
    if surface == "message" and total > MAX_MESSAGE_TEXT_CHARS:
        problems.append(f"{total} text chars in one message > {MAX_MESSAGE_TEXT_CHARS}")
    return problems


def _element_violations(element: dict[str, Any]) -> list[str]:
    problems = []
    if element.get("type") != "button":
        return [f"unexpected element {element.get('type')!r}"]
    label = _text_of(element.get("text"))
    if not label or len(label) > MAX_BUTTON_TEXT:
        problems.append(f"button label of {len(label)} chars")
    if len(element.get("value", "")) > MAX_BUTTON_VALUE:
        problems.append("button value too long")
    if len(element.get("url", "")) > MAX_URL:
        problems.append("button url too long")
    if len(element.get("action_id", "")) > MAX_BLOCK_ID:
        problems.append("action_id too long")
    return problems


def sign(secret: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    """Slack's v0 request signature headers for ``body``."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    base = b"v0:" + ts.encode() + b":" + body
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def command_fields(text: str, response_url: str, *, command: str = "/insider", channel: str = "C0CHAN01",
                   user: str = "U0USER01", trigger_id: str = "trig.1") -> dict[str, str]:
    return {
        "token": "legacy", "team_id": TEAM_ID, "team_domain": "test", "channel_id": channel,
        "channel_name": "general", "user_id": user, "user_name": "analyst", "command": command,
        "text": text, "api_app_id": "A0APP001", "response_url": response_url, "trigger_id": trigger_id,
    }


def command_body(text: str, response_url: str, **kwargs: str) -> bytes:
    return urllib.parse.urlencode(command_fields(text, response_url, **kwargs)).encode()


def event_payload(event: dict[str, Any], *, event_id: str) -> dict[str, Any]:
    return {
        "token": "legacy", "team_id": TEAM_ID, "api_app_id": "A0APP001", "type": "event_callback",
        "event_id": event_id, "event_time": int(time.time()), "event": event,
        "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
    }


def event_body(event: dict[str, Any], *, event_id: str) -> bytes:
    return json.dumps(event_payload(event, event_id=event_id)).encode()


def action_body(action: dict[str, Any], *, response_url: str, channel: str = "C0CHAN01",
                user: str = "U0USER01", message_ts: str = "1700000000.000100",
                is_ephemeral: bool = True, thread_ts: str | None = None) -> bytes:
    message: dict[str, Any] = {"type": "message", "ts": message_ts, "text": ""}
    if thread_ts:
        message["thread_ts"] = thread_ts
    payload = {
        "type": "block_actions", "team": {"id": TEAM_ID}, "user": {"id": user},
        "api_app_id": "A0APP001", "token": "legacy", "trigger_id": "trig.2",
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel,
                      "is_ephemeral": is_ephemeral},
        "channel": {"id": channel}, "response_url": response_url, "actions": [action],
    }
    if not is_ephemeral:
        payload["message"] = message
    return urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()


def _ws_frame(opcode: int, data: bytes) -> bytes:
    """A server-to-client WebSocket frame (final, unmasked)."""
    head = bytes([0x80 | opcode])
    if len(data) < 126:
        return head + bytes([len(data)]) + data
    if len(data) < 1 << 16:
        return head + bytes([126]) + struct.pack(">H", len(data)) + data
    return head + bytes([127]) + struct.pack(">Q", len(data)) + data


def _ws_read(reader: Any) -> tuple[int, bytes]:
    """One client-to-server frame (masked, as clients must): (opcode, payload)."""
    head = reader.read(2)
    if len(head) < 2:
        raise OSError("closed")
    opcode, length = head[0] & 0x0F, head[1] & 0x7F
    if length == 126:
        length = struct.unpack(">H", reader.read(2))[0]
    elif length == 127:
        length = struct.unpack(">Q", reader.read(8))[0]
    mask = reader.read(4) if head[1] & 0x80 else b"\0\0\0\0"
    data = reader.read(length)
    return opcode, bytes(b ^ mask[i % 4] for i, b in enumerate(data))


class SlackStandIn:
    """Run with ``start()``; ``base_url`` is the Web API root, ``response_url(name)`` a reply hook."""

    def __init__(self) -> None:
        self._calls: list[Call] = []
        self._cond = threading.Condition()
        self._ts = itertools.count(1)
        self._file_ids = itertools.count(1)
        self.uploads: dict[str, bytes] = {}  # file id -> the bytes POSTed to its upload URL
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                status, payload, content_type = standin._handle(self.path, dict(self.headers), raw)
                data = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the client gave up waiting (a delayed answer): nothing to tell it
                    self.close_connection = True

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="slack-standin", daemon=True)
        self._ws = socket.create_server(("127.0.0.1", 0))
        self._ws_conns: list[socket.socket] = []
        self._ws_lock = threading.Lock()
        self._ws_thread = threading.Thread(target=self._ws_accept, name="slack-standin-ws", daemon=True)
        self._outages: dict[str, list[tuple[int, float]]] = {}
        self._outage_lock = threading.Lock()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    @property
    def socket_url(self) -> str:
        return f"ws://127.0.0.1:{self._ws.getsockname()[1]}/link"

    def start(self) -> SlackStandIn:
        self._thread.start()
        self._ws_thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._ws.close()
        with self._ws_lock:
            for conn in self._ws_conns:
                conn.close()

    # --- Socket Mode -----------------------------------------------------------------------------

    def socket_connections(self) -> int:
        with self._ws_lock:
            return len(self._ws_conns)

    def send_envelope(self, kind: str, payload: dict[str, Any], *, accepts_response_payload: bool = False) -> str:
        """Push one Socket Mode envelope to the newest connection; returns its envelope id."""
        envelope_id = uuid.uuid4().hex
        message = {"envelope_id": envelope_id, "type": kind, "payload": payload,
                   "accepts_response_payload": accepts_response_payload, "retry_attempt": 0,
                   "retry_reason": ""}
        with self._ws_lock:
            conn = self._ws_conns[-1]
            conn.sendall(_ws_frame(0x1, json.dumps(message).encode()))
        return envelope_id

    def _ws_accept(self) -> None:
        while True:
            try:
                conn, _ = self._ws.accept()
            except OSError:
                return
            threading.Thread(target=self._ws_serve, args=(conn,), daemon=True).start()

    def _ws_serve(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        try:
            request = b""
            while not request.endswith(b"\r\n\r\n"):
                chunk = reader.readline()
                if not chunk:
                    return
                request += chunk
            key = next(line.split(b":", 1)[1].strip() for line in request.split(b"\r\n")
                       if line.lower().startswith(b"sec-websocket-key:"))
            accept = base64.b64encode(hashlib.sha1(key + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest())
            conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
            with self._ws_lock:
                self._ws_conns.append(conn)
            conn.sendall(_ws_frame(0x1, json.dumps({"type": "hello", "num_connections": 1}).encode()))
            while True:
                opcode, data = _ws_read(reader)
                if opcode == 0x8:
                    conn.sendall(_ws_frame(0x8, data[:2]))
                    return
                if opcode == 0x9:
                    with self._ws_lock:
                        conn.sendall(_ws_frame(0xA, data))
                elif opcode == 0x1:
                    self._record(Call("socket_ack", "/link", json.loads(data), {}))
        except (OSError, ValueError, StopIteration):
            return
        finally:
            with self._ws_lock:
                if conn in self._ws_conns:
                    self._ws_conns.remove(conn)
            conn.close()

    # --- outages -----------------------------------------------------------------------------------

    def fail_next(self, method: str, *, status: int = 500, delay: float = 0.0, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` (``chat.postMessage``..., or ``response_url``): with a
        ``status`` of 500 or more, answered so and not carried out (recorded as refused); with a ``delay``
        (and ``status=200``), carried out, then answered ``delay`` seconds later."""
        with self._outage_lock:
            self._outages.setdefault(method, []).extend([(status, delay)] * times)

    def _outage(self, method: str) -> tuple[int, float] | None:
        with self._outage_lock:
            waiting = self._outages.get(method)
            return waiting.pop(0) if waiting else None

    def calls(self, method: str | None = None) -> list[Call]:
        with self._cond:
            return [c for c in self._calls if method is None or c.method == method]

    def reset(self) -> None:
        with self._cond:
            self._calls.clear()

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """The first ``count`` calls of ``method``; raises AssertionError if they do not come in time."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self._calls if c.method == method]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"expected {count} {method} call(s), got {len(found)}: "
                        f"{[c.method for c in self._calls]}"
                    )
                self._cond.wait(left)

    def _record(self, call: Call) -> None:
        with self._cond:
            self._calls.append(call)
            self._cond.notify_all()

    def _handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any, str]:
        if path.startswith("/upload/"):
            return self._file_upload(path, headers, raw)
        path, _, query = path.partition("?")
        content_type = headers.get("Content-Type", "")
        if "json" in content_type:
            body = json.loads(raw or b"{}")
        else:
            body = {k: v[0] for k, v in urllib.parse.parse_qs(raw.decode()).items()}
        body.update({k: v[0] for k, v in urllib.parse.parse_qs(query).items()})
        for key in ("blocks", "view"):
            if isinstance(body.get(key), str):
                body[key] = json.loads(body[key])
        method = "response_url" if path.startswith("/response/") else path.removeprefix("/api/")
        outage = self._outage(method)
        if outage and outage[0] >= 500:
            self._record(Call(method, path, body, headers, accepted=False))
            return outage[0], "<html>upstream error</html>", "text/html"
        if path.startswith("/response/"):
            call = Call("response_url", path, body, headers)
            status, reply, kind = self._response_url(body)
            call.accepted = status == 200
        else:
            call = Call(path.removeprefix("/api/"), path, body, headers)
            status, reply, kind = self._web_api(call.method, headers, body)
            call.accepted = isinstance(reply, dict) and bool(reply.get("ok"))
        self._record(call)
        if outage:
            time.sleep(outage[1])
        return status, reply, kind

    def _file_upload(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any, str]:
        file_id = path.removeprefix("/upload/")
        known = file_id in self.uploads
        if known:
            self.uploads[file_id] = raw
        call = Call("file_upload", path, {"file_id": file_id, "bytes": len(raw)}, headers, accepted=known)
        self._record(call)
        return (200, f"OK - {len(raw)}", "text/plain") if known else (404, "not_found", "text/plain")

    def _files_api(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method == "files.getUploadURLExternal":
            if not body.get("filename") or not str(body.get("length", "")).isdigit():
                return {"ok": False, "error": "invalid_arguments"}
            file_id = f"F{next(self._file_ids):08d}"
            self.uploads[file_id] = b""
            return {"ok": True, "file_id": file_id, "upload_url": f"http://127.0.0.1:{self.port}/upload/{file_id}"}
        files = json.loads(body.get("files") or "[]")
        if not files or any(not self.uploads.get(f.get("id", "")) for f in files):
            return {"ok": False, "error": "file_not_found"}
        shares = {"channel": body.get("channel_id"), "thread_ts": body.get("thread_ts")}
        return {"ok": True, "files": [{"id": f["id"], "title": f.get("title"), "size": len(self.uploads[f["id"]]),
                                       "shares": shares} for f in files]}

    @staticmethod
    def _response_url(body: dict[str, Any]) -> tuple[int, Any, str]:
        if body.get("delete_original"):
            return 200, "ok", "text/plain"
        if limit_violations(body.get("blocks") or []):
            return 400, "invalid_blocks", "text/plain"
        if not body.get("text"):
            return 400, "no_text", "text/plain"
        return 200, "ok", "text/plain"

    def _web_api(self, method: str, headers: dict[str, str], body: dict[str, Any]) -> tuple[int, Any, str]:
        kind = "application/json"
        if method == "apps.connections.open":
            if not headers.get("Authorization", "").startswith("Bearer xapp-"):
                return 200, {"ok": False, "error": "invalid_auth"}, kind
            return 200, {"ok": True, "url": self.socket_url}, kind
        if not headers.get("Authorization", "").startswith("Bearer xoxb-"):
            return 200, {"ok": False, "error": "invalid_auth"}, kind
        ts = f"{1700000000 + next(self._ts)}.000100"
        if method == "auth.test":
            return 200, {"ok": True, "url": "https://test.slack.com/", "team": "Test", "user": "insiderbot",
                         "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID,
                         "is_enterprise_install": False}, kind
        if method in ("chat.postMessage", "chat.postEphemeral", "chat.update"):
            if not body.get("text"):
                return 200, {"ok": False, "error": "no_text"}, kind
            if limit_violations(body.get("blocks") or []):
                return 200, {"ok": False, "error": "invalid_blocks"}, kind
            if method == "chat.postEphemeral":
                return 200, {"ok": True, "message_ts": ts}, kind
            if method == "chat.update":
                return 200, {"ok": True, "channel": body.get("channel"), "ts": body.get("ts"),
                             "text": body.get("text")}, kind
            return 200, {"ok": True, "channel": body.get("channel"), "ts": ts,
                         "message": {"text": body.get("text"), "ts": ts, "bot_id": BOT_ID}}, kind
        if method in ("files.getUploadURLExternal", "files.completeUploadExternal"):
            return 200, self._files_api(method, body), kind
        if method == "views.publish":
            view = body.get("view") or {}
            if limit_violations(view.get("blocks") or [], surface="view"):
                return 200, {"ok": False, "error": "invalid_blocks"}, kind
            return 200, {"ok": True, "view": {"id": "V0VIEW01", **view}}, kind
        return 200, {"ok": False, "error": "unknown_method"}, kind


SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
BOT_TOKEN = "xoxb-123-456-test"


def posted_blocks_text(blocks: list[dict[str, Any]]) -> str:
    """All the text of a list of blocks, for assertions on content."""
    out = []
    for block in blocks:
        for key in ("text",):
            if isinstance(block.get(key), dict):
                out.append(block[key]["text"])
        out.extend(f["text"] for f in block.get("fields") or [])
        for element in block.get("elements") or []:
            if isinstance(element.get("text"), dict):
                out.append(element["text"]["text"])
            elif isinstance(element.get("text"), str):
                out.append(element["text"])
        if block.get("accessory") and isinstance(block["accessory"].get("text"), dict):
            out.append(block["accessory"]["text"]["text"])
    return "\n".join(out)


def button_values(blocks: list[dict[str, Any]], action_id: str) -> list[dict[str, Any]]:
    return [json.loads(e["value"]) for b in blocks if b.get("type") == "actions"
            for e in b["elements"] if e.get("action_id") == action_id]

"""The HTTP front door of ``serve --http``: what a request must be before Bolt sees it.

Only ``POST /slack/events`` and ``GET /healthz`` exist (405 for other methods on them, 404 elsewhere).
A request to ``/slack/events`` is refused, in this order and before anything parses it:

- 413 when its body is over ``MAX_BODY_BYTES`` (by ``Content-Length`` before a byte is read, and by
  counting while it streams in when there is none);
- 408 when its body has not all come in ``BODY_TIMEOUT_SECONDS`` after the headers (a client that sends
  a byte a second, or stops half-way): the connection is closed, so a slow client holds nothing for long;
- 401 when it is unsigned or stale (timestamp over five minutes away), 400 when the timestamp is not a
  number (all three before the body is read); 401 when the signature does not match the raw bytes;
- 415 when it is neither form-encoded nor JSON, 400 when the signed body is not UTF-8, does not parse
  into an object the way Bolt would parse it, or carries a value Bolt reads of a type Slack never
  sends (an ``event`` that is a string, ``actions`` that are not objects...), or is a form that names a
  field twice.

Each refusal is one log line (status, reason, client address; never headers or body), and at most
``burst`` of them per minute: the rest are counted and reported in one line, so a flood cannot fill
the disk. Bolt's own "unhandled request" warning, which quotes the body, is cut to its first words, and it
and uvicorn's line for unreadable HTTP are rate-limited the same way.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from slack_bolt.request.internals import parse_body

log = logging.getLogger("bot.slack.http")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_BODY_BYTES = 1 << 20
MAX_CLOCK_SKEW = 5 * 60
BODY_TIMEOUT_SECONDS = 10.0  # for the whole body, from the end of the headers
CONTENT_TYPES = ("application/x-www-form-urlencoded", "application/json")

Receive = Callable[[], Any]
Send = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class Refusal(Exception):
    """A request the front door answers itself: ``status`` and a short ``reason`` (sent and logged)."""

    status: int
    reason: str
    allow: str | None = None  # the Allow header of a 405


@dataclass(frozen=True)
class SignedRequest:
    """A request whose signature matched: its raw body (UTF-8 text), its headers for Bolt, its query."""

    body: str
    headers: dict[str, str]
    query: str


# --- the log ---------------------------------------------------------------------------------------

class RefusalLog:
    """One log line per refused request, at most ``burst`` per ``window`` seconds; past that they are
    counted, and the count is logged with the next line after the window ends."""

    def __init__(self, logger: logging.Logger = log, *, burst: int = 20, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._logger, self._burst, self._window, self._clock = logger, burst, window, clock
        self._lock = threading.Lock()
        self._started = clock()
        self._logged = 0
        self._suppressed = 0

    def refused(self, refusal: Refusal, *, method: str, path: str, client: str) -> None:
        with self._lock:
            now = self._clock()
            if now - self._started >= self._window:
                if self._suppressed:
                    self._logger.warning("%d more requests refused in the last %.0f s (not logged one by one)",
                                         self._suppressed, now - self._started)
                self._started, self._logged, self._suppressed = now, 0, 0
            if self._logged >= self._burst:
                self._suppressed += 1
                return
            self._logged += 1
        self._logger.warning("refused %s %s from %s: %d %s", method, printable(path), client, refusal.status,
                             refusal.reason)


def printable(text: str, limit: int = 80) -> str:
    """``text`` (a request path: the caller's choice) safe for one log line: clipped and repr'd."""
    return repr(text[:limit] + ("…" if len(text) > limit else ""))


class RateLimitedLines(logging.Filter):
    """Let through at most ``burst`` records per ``window`` seconds whose message starts with one of
    ``prefixes`` (the lines a caller can cause at will: uvicorn's "Invalid HTTP request received.", Bolt's
    unhandled request); other records pass untouched."""

    def __init__(self, *prefixes: str, burst: int = 20, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._prefixes, self._burst, self._window, self._clock = prefixes, burst, window, clock
        self._lock = threading.Lock()
        self._started = clock()
        self._passed = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if not (isinstance(record.msg, str) and record.msg.startswith(self._prefixes)):
            return True
        with self._lock:
            now = self._clock()
            if now - self._started >= self._window:
                self._started, self._passed = now, 0
            self._passed += 1
            return self._passed <= self._burst


class QuietUnhandledRequests(logging.Filter):
    """Bolt logs a request no listener took as "Unhandled request ({body}) ... <code to add>": keep only
    the request's type, never the body."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and record.msg.startswith("Unhandled request ("):
            record.msg, record.args = UNHANDLED, ()
        return True


UNHANDLED = "no listener for a signed request; answered 404"
INVALID_HTTP = "Invalid HTTP request received."  # uvicorn's line for a request h11 cannot read (answered 400)


# --- the checks ------------------------------------------------------------------------------------

def route(method: str, path: str) -> None:
    """Refuse anything but ``POST /slack/events`` and ``GET``/``HEAD /healthz``."""
    if path == EVENTS_PATH:
        if method != "POST":
            raise Refusal(405, "method not allowed", allow="POST")
    elif path == HEALTH_PATH:
        if method not in ("GET", "HEAD"):
            raise Refusal(405, "method not allowed", allow="GET, HEAD")
    else:
        raise Refusal(404, "not found")


def header_map(raw: list[tuple[bytes, bytes]]) -> dict[str, str]:
    """The request's headers, names lower-cased, bytes read as Latin-1 (never fails); a repeated
    header keeps its first value."""
    out: dict[str, str] = {}
    for name, value in raw:
        out.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
    return out


def declared_length(headers: dict[str, str]) -> int | None:
    value = headers.get("content-length")
    if value is None:
        return None
    if not value.strip().isdigit():
        raise Refusal(400, "malformed Content-Length")
    length = int(value)
    if length > MAX_BODY_BYTES:
        raise Refusal(413, f"body over {MAX_BODY_BYTES} bytes")
    return length


async def read_body(receive: Receive, limit: int = MAX_BODY_BYTES, timeout: float = BODY_TIMEOUT_SECONDS) -> bytes:
    """The body, counted as it streams in: refused with 413 as soon as it passes ``limit``, and with 408
    when it has not all come in ``timeout`` seconds (one deadline for the whole body, so a client
    trickling a byte a second is cut off as surely as one that stops sending)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    chunks = bytearray()
    while True:
        try:
            message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
        except TimeoutError:
            raise Refusal(408, f"body not received within {timeout:g} s") from None
        if message["type"] != "http.request":
            raise Refusal(400, "client went away")
        chunks.extend(message.get("body", b""))
        if len(chunks) > limit:
            raise Refusal(413, f"body over {limit} bytes")
        if not message.get("more_body", False):
            return bytes(chunks)


def signature_headers(headers: dict[str, str], *, now: float | None = None) -> tuple[str, str]:
    """The request's signature timestamp and signature, refused when missing, malformed or stale: all
    known before a byte of the body is read."""
    timestamp, signature = headers.get("x-slack-request-timestamp"), headers.get("x-slack-signature")
    if not timestamp or not signature:
        raise Refusal(401, "unsigned")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        raise Refusal(400, "malformed signature timestamp")
    if abs((time.time() if now is None else now) - int(timestamp)) > MAX_CLOCK_SKEW:
        raise Refusal(401, "stale signature timestamp")
    return timestamp, signature


def check_signature(secret: str, timestamp: str, signature: str, body: bytes) -> None:
    """Slack's v0 signature over the raw bytes (the scheme of slack_sdk's ``SignatureVerifier``, which
    decodes the body as UTF-8 first and so cannot take arbitrary bytes)."""
    if not secret:
        raise Refusal(401, "no signing secret configured")
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.encode("latin-1")):
        raise Refusal(401, "bad signature")


def media_type(headers: dict[str, str]) -> str:
    kind = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind not in CONTENT_TYPES:
        raise Refusal(415, "unsupported content type")
    return kind


# The keys Bolt and the listeners read without checking their type, and the types Slack sends them as
# (each may also be null: Slack sends null for some, such as an authorization's enterprise_id).
STRING_KEYS = frozenset({
    "type", "subtype", "command", "event_id", "callback_id", "trigger_id", "response_url", "team_id",
    "user_id", "channel_id", "channel_type", "api_app_id", "enterprise_id", "ts", "thread_ts", "event_ts",
    "bot_id", "tab", "action_id", "block_id", "value", "message_ts", "token", "challenge", "ssl_check",
    "is_enterprise_install", "retry_reason",
})
TEXT_HOLDERS = frozenset({"", "event", "message"})  # where "text" is the user's text (elsewhere: a text object)
OBJECT_KEYS = frozenset({"event", "view", "container", "message", "state", "previous_message"})
STRING_OR_OBJECT_KEYS = frozenset({"team", "user", "channel", "enterprise", "bot_profile"})
LIST_OF_OBJECTS_KEYS = frozenset({"authorizations", "actions"})
# What Slack sends with every request of a kind, and Bolt's matchers and the listeners read as given.
COMMAND_NEEDS = ("response_url", "user_id", "channel_id")
KIND_NEEDS = {"event_callback": ("event", "event_id"), "block_actions": ("actions", "user")}
EVENT_NEEDS = {"message": ("channel", "ts"), "app_mention": ("channel", "ts"), "app_home_opened": ("user",)}
ACTION_NEEDS = ("action_id", "type")


def missing_field(payload: dict[str, Any]) -> str | None:
    """The first field Slack always sends with this kind of request that ``payload`` lacks."""
    if "command" in payload:
        needs, inner = COMMAND_NEEDS, []
    else:
        needs = KIND_NEEDS.get(payload.get("type"), ())
        event, user = payload.get("event"), payload.get("user")
        inner = [(f"event.{key}", event) for key in EVENT_NEEDS.get(event.get("type"), ())] if isinstance(
            event, dict) else []
        inner += [("user.id", user)] if isinstance(user, dict) else []
        inner += [(f"actions.{key}", action) for action in payload.get("actions") or [] if isinstance(action, dict)
                  for key in ACTION_NEEDS]
    container = payload.get("container") if isinstance(payload.get("container"), dict) else {}
    if payload.get("type") == "block_actions" and container.get("type", "message") == "message":
        needs = (*needs, "response_url")  # Slack sends one with every action on a message
    missing = [key for key in needs if not payload.get(key)]
    missing += [name for name, obj in inner if not obj.get(name.rsplit(".", 1)[1])]
    return missing[0] if missing else None


def is_web_url(value: Any) -> bool:
    """An http(s) URL with a host, in printable ASCII without spaces (as Slack's response_url always is)."""
    if not (isinstance(value, str) and value.isascii() and value.isprintable() and " " not in value):
        return False
    try:
        url = urlsplit(value)
    except ValueError:
        return False
    return url.scheme in ("http", "https") and bool(url.hostname)


def shape_problem(payload: dict[str, Any], depth: int = 0, parent: str = "") -> str | None:
    """The first key of ``payload`` (and of its nested objects Bolt reads) whose value is not of the
    type Slack sends; None when the body is shaped like a Slack request."""
    if "response_url" in payload and not is_web_url(payload["response_url"]):
        return "response_url"
    for key, value in payload.items():
        problem = None
        if key in STRING_KEYS or (key == "text" and parent in TEXT_HOLDERS):
            ok = value is None or isinstance(value, str) or (key == "is_enterprise_install" and isinstance(value, bool))
        elif key in OBJECT_KEYS:
            ok = isinstance(value, dict) or (key == "state" and value is None)
            problem = shape_problem(value, depth + 1, key) if ok and depth < 3 else None
        elif key in STRING_OR_OBJECT_KEYS:
            ok = value is None or isinstance(value, str | dict)
            problem = shape_problem(value, depth + 1, key) if isinstance(value, dict) and depth < 3 else None
        elif key in LIST_OF_OBJECTS_KEYS:
            ok = isinstance(value, list) and all(isinstance(item, dict) for item in value)
            problem = next((p for item in value if (p := shape_problem(item, depth + 1, key))), None) if ok else None
        else:
            ok = True
        if not ok:
            return key
        if problem:
            return f"{key}.{problem}"
    missing = missing_field(payload) if depth == 0 else None
    return f"no {missing}" if missing else None


def repeats_a_key(form: str) -> bool:
    """Whether a form body names a field twice: Slack never does, and which copy wins is the parser's
    choice (Bolt keeps the last), so such a body is refused rather than guessed at."""
    keys = [key for key, _ in parse_qsl(form, keep_blank_values=True)]
    return len(keys) != len(set(keys))


def check_body(body: bytes, kind: str) -> str:
    """The signed body as text, once it is known to parse into an object the way Bolt parses it."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refusal(400, "body is not UTF-8") from None
    try:
        parsed = parse_body(text, kind)
    except (ValueError, RecursionError):
        raise Refusal(400, "body does not parse") from None
    if not isinstance(parsed, dict):
        raise Refusal(400, "body is not an object")
    if kind == CONTENT_TYPES[0] and repeats_a_key(text):
        raise Refusal(400, "form body repeats a key")
    problem = shape_problem(parsed)
    if problem:
        raise Refusal(400, f"body is not shaped like a Slack request ({printable(problem, 40)})")
    return text


async def signed_request(scope: dict[str, Any], receive: Receive, secret: str, *,
                         body_timeout: float = BODY_TIMEOUT_SECONDS) -> SignedRequest:
    """The request, checked in the module's order; raises a ``Refusal``."""
    headers = header_map(scope.get("headers") or [])
    declared_length(headers)
    try:
        timestamp, signature = signature_headers(headers)
    except Refusal:
        # Refused unread, a body within the limit would still sit in the socket, and closing a socket with
        # unread data resets the connection before the client reads the answer: read it and drop it.
        await read_body(receive, timeout=body_timeout)
        raise
    body = await read_body(receive, timeout=body_timeout)
    check_signature(secret, timestamp, signature, body)
    kind = media_type(headers)
    text = check_body(body, kind)
    bolt_headers = {k: v for k, v in headers.items() if k != "content-type"}
    bolt_headers["content-type"] = kind
    return SignedRequest(text, bolt_headers, (scope.get("query_string") or b"").decode("latin-1"))


# --- responses -------------------------------------------------------------------------------------

async def send_response(send: Send, status: int, body: bytes, *, content_type: str = "text/plain; charset=utf-8",
                        extra: list[tuple[bytes, bytes]] = (), head: bool = False) -> None:
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else body})


async def send_refusal(send: Send, refusal: Refusal) -> None:
    extra = [(b"allow", refusal.allow.encode())] if refusal.allow else []
    extra.append((b"connection", b"close"))  # the body may be unread: do not reuse the connection
    await send_response(send, refusal.status, refusal.reason.encode(), extra=extra)


def client_of(scope: dict[str, Any]) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"

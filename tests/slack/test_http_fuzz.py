"""Hostile requests against HTTP mode on 127.0.0.1: hand-made and random bodies, unsigned and signed.

Whatever comes in: never a 5xx, never a traceback in the log, the server stays up, and text a user typed
is escaped wherever the bot echoes it (no ``@channel`` pings, no mentions, no links made of user text).
The random part is seeded (``FUZZ_SEED``, printed on failure) so a failure can be replayed.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import signal
import subprocess
import time
import urllib.parse
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from slack_standin import BOT_USER_ID, SECRET, action_body, command_fields, event_body, sign
from test_slack_serve import start_http

from bot.slack.blocks import SHOW_MORE_ACTION
from bot.slack.front_door import MAX_BODY_BYTES

SEED = int(os.environ.get("FUZZ_SEED", "20261206"))
REQUESTS = int(os.environ.get("FUZZ_REQUESTS", "400"))
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"

INJECTIONS = ["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@U123|boss>", "<#C123|general>",
              "<https://evil.example/x|click me>", "<!subteam^S123|@team>", "<mailto:a@evil.example|mail>",
              "<!date^1392734382^{date}|x>", "&lt;!channel&gt;"]
UNSAFE = re.compile(r"<!|<@U123|<#C123|<https://evil|<mailto|<!subteam")
WEIRD = ["\x00", "\x07", "\x1b[31m", "\r\n", "\t", "\u202e", "\u200b", "\ufeff", "\U0001F4A9", "ﷺ", "̷̸",
         "%00", "%", "&", "=", "+", "|", "`", "*bold*", "_it_", "~s~", "```", "> quote", "\\", "'", '"',
         "' OR 1=1 --", "; DROP TABLE filings; --", "{{7*7}}", "${jndi:ldap://x}", "../../etc/passwd"]

COMMAND_TEXTS = [
    *(f"who bought {i} at Tecogen" for i in INJECTIONS),
    " ".join(INJECTIONS),
    "share " + " ".join(INJECTIONS),
    "watch " + "<!channel>",
    "TGEN <!here>",
    "x" * 20_000,
    "what options did Tecogen's GC get " + "really " * 3000,
    "".join(WEIRD),
    "\x00\x01\x02\x03 TGEN",
    "$" * 500,
    "share",
    "share share share <!channel>",
    "help <!channel>",
]


def all_texts(obj: Any) -> Iterator[str]:
    """Every string under a ``text`` key (top-level fallback, blocks, elements), recursively."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "text" and isinstance(value, str):
                yield value
            else:
                yield from all_texts(value)
    elif isinstance(obj, list):
        for item in obj:
            yield from all_texts(item)


def unsafe_echoes(message: Any) -> list[str]:
    return [t[:200] for t in all_texts(message) if UNSAFE.search(t)]


# --- bodies ------------------------------------------------------------------------------------------

def hand_made_bodies(response_url: str) -> list[tuple[bytes, str]]:
    """(body, content type): broken, odd and oversized things a caller could send."""
    valid_event = event_body({"type": "app_mention", "user": "U0USER01", "text": f"<@{BOT_USER_ID}> hi",
                              "ts": "1.1", "channel": "C0CHAN01"}, event_id="EvFuzz0")
    form = urllib.parse.urlencode(command_fields("TGEN", response_url)).encode()
    return [
        (b"", JSON), (b"", FORM), (b"{", JSON), (b"}", JSON), (b"null", JSON), (b"0", JSON), (b"NaN", JSON),
        (valid_event[: len(valid_event) // 2], JSON),
        (valid_event[:-1], JSON),
        (b'{"type": "event_callback", "event": "not an object"}', JSON),
        (b'{"type": "url_verification"}', JSON),
        (b'{"type": "url_verification", "challenge": {"a": 1}}', JSON),
        (b'{"type": "block_actions"}', JSON),
        (b'{"a": ' * 5000 + b"1" + b"}" * 5000, JSON),
        (b"[" * 200_000, JSON),
        (json.dumps({"type": "event_callback", "pad": "A" * 900_000}).encode(), JSON),
        (b"\xff\xfe\x00\x00" * 100, JSON),
        (b"text=" + b"x" * MAX_BODY_BYTES, FORM),  # over the limit: 413
        (b"\xc3\x28 text=\xa0\xa1", FORM),
        (form + b"&text=second&text=third&command=/other&command=/insider", FORM),
        (b"command=%2Finsider&text=TGEN&text=%3C%21channel%3E&response_url=" + urllib.parse.quote(response_url).encode()
         + b"&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fevil", FORM),
        (b"payload=", FORM), (b"payload=null", FORM), (b"payload=%7B%7D", FORM), (b"payload=%5B%5D", FORM),
        (b"payload=" + urllib.parse.quote('{"type": "block_actions", "actions": "x"}').encode(), FORM),
        (b"payload=" + urllib.parse.quote('{"type": "block_actions", "actions": [{"action_id": 5}]}').encode(), FORM),
        (b"payload=" + urllib.parse.quote('{"type": "view_submission", "view": null}').encode(), FORM),
        (b"=&=&&&==&%&%%", FORM),
        (b"command=%2Finsider", FORM),
        (b"command=%2Finsider&text=" + b"%F0%9F%92%A9" * 5000, FORM),
        (b"ssl_check=1&token=x", FORM),
        (b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]><x>&b;</x>", "application/xml"),
        (b"--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhi\r\n--b--", "multipart/form-data; boundary=b"),
        (b"text=hi", "text/plain"), (b"text=hi", ""),
        (b"{}", "APPLICATION/JSON; charset=latin-1"),
    ]


def random_bytes(rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 2048)))


def mutated(rng: random.Random, body: bytes) -> bytes:
    """``body`` truncated, with bytes flipped, or with weird text spliced in."""
    data = bytearray(body)
    for _ in range(rng.randrange(1, 6)):
        choice = rng.random()
        if choice < 0.3 and data:
            del data[rng.randrange(len(data)):]
        elif choice < 0.6 and data:
            data[rng.randrange(len(data))] = rng.randrange(256)
        else:
            at = rng.randrange(len(data) + 1)
            data[at:at] = rng.choice(WEIRD + INJECTIONS).encode("utf-8", "surrogatepass")
    return bytes(data)


def mutated_keeping(rng: random.Random, body: bytes, url: str) -> bytes:
    """``mutated``, except that the ``response_url`` (which Slack, the only signer, always sends intact)
    survives whenever its placeholder does: the point is hostile content, not an unreachable Slack."""
    token, placeholder = urllib.parse.quote_plus(url).encode(), b"RESPONSEURL"
    return mutated(rng, body.replace(token, placeholder)).replace(placeholder, token)


def random_value(rng: random.Random, depth: int = 0) -> Any:
    kinds = ["str", "int", "none", "bool", "float"] + (["list", "dict"] if depth < 4 else [])
    kind = rng.choice(kinds)
    if kind == "str":
        return "".join(rng.choice(WEIRD + INJECTIONS + ["TGEN", "Tecogen", " ", "a"]) for _ in range(rng.randrange(8)))
    if kind == "int":
        return rng.choice([0, -1, 2**63, 10**100])
    if kind == "float":
        return rng.choice([0.5, -1e308, 1e308])
    if kind == "list":
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(3))]
    if kind == "dict":
        return {rng.choice(["type", "event", "text", "user", "channel", "x"]): random_value(rng, depth + 1)
                for _ in range(rng.randrange(3))}
    return None if kind == "none" else rng.random() < 0.5


def reshaped(rng: random.Random, payload: Any, rate: float = 0.25) -> Any:
    """``payload`` with some values replaced by values of other types (a signed body of the wrong shape)."""
    if isinstance(payload, dict):
        return {k: random_value(rng) if rng.random() < rate else reshaped(rng, v, rate) for k, v in payload.items()}
    if isinstance(payload, list):
        return [reshaped(rng, v, rate) for v in payload]
    return payload


def random_request(rng: random.Random, response_url: str) -> tuple[bytes, str]:
    event = json.loads(event_body({"type": rng.choice(["app_mention", "message", "app_home_opened", "reaction_added"]),
                                   "user": "U0USER01", "text": "TGEN", "ts": "1.1", "channel": "D0DM0001",
                                   "channel_type": "im", "tab": "home"}, event_id=f"EvR{rng.randrange(10**9)}"))
    action = action_body({"action_id": SHOW_MORE_ACTION, "type": "button", "action_ts": "1.1",
                          "text": {"type": "plain_text", "text": "Show more"},
                          "value": json.dumps({"id": "x", "page": 1, "vis": "ephemeral"})}, response_url=response_url)
    choice = rng.randrange(6)
    if choice == 0:
        return random_bytes(rng), rng.choice([JSON, FORM, "text/plain", ""])
    if choice == 1:
        return mutated(rng, json.dumps(event).encode()), JSON
    if choice == 2:
        return json.dumps(reshaped(rng, event)).encode(), JSON
    if choice == 3:
        payload = json.loads(urllib.parse.parse_qs(action.decode())["payload"][0])
        return urllib.parse.urlencode({"payload": json.dumps(reshaped(rng, payload))}).encode(), FORM
    if choice == 4:
        return mutated_keeping(rng, action, response_url), FORM
    fields = command_fields(str(random_value(rng)), response_url)
    fields = {k: v for k, v in fields.items() if rng.random() > 0.1}
    return mutated_keeping(rng, urllib.parse.urlencode(fields).encode(), response_url), FORM


# --- in process: echoes are escaped --------------------------------------------------------------------

def test_bizarre_command_text_is_answered_and_never_echoed_raw(run_app, standin, caplog) -> None:
    app = run_app()
    with caplog.at_level(logging.INFO):
        acks = []
        for i, text in enumerate(COMMAND_TEXTS):
            response = app.command(text, response=f"c{i}")
            assert response.status_code == 200, (text[:80], response.status_code)
            acks.append(response.json() if response.content else {})
        app.drain(timeout=60)
    calls = standin.calls("response_url")
    answered = {c.path for c in calls}
    looking = [i for i, a in enumerate(acks) if str(a.get("text", "")).startswith("Looking")]
    assert [i for i in looking if f"/response/c{i}" not in answered] == []  # every question answered
    replies = [c.body for c in calls]
    assert [u for m in acks + replies for u in unsafe_echoes(m)] == []
    assert not [r.getMessage()[:200] for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert httpx.get(f"{app.url}/healthz").status_code == 200


def test_mentions_and_dms_with_injections_are_answered_escaped(run_app, standin, caplog) -> None:
    app = run_app()
    with caplog.at_level(logging.INFO):
        for i, injection in enumerate(INJECTIONS):
            text = f"<@{BOT_USER_ID}> who bought {injection} at Tecogen {injection}"
            app.event({"type": "app_mention", "user": "U0USER01", "text": text, "ts": f"17000{i:05d}.1",
                       "channel": "C0CHAN01"}, event_id=f"EvInj{i}")
            app.event({"type": "message", "channel_type": "im", "channel": "D0DM0001", "user": "U0USER01",
                       "text": f"what did {injection} sell", "ts": f"17001{i:05d}.1"}, event_id=f"EvInjDm{i}")
        standin.wait_for("chat.update", 2 * len(INJECTIONS), timeout=60)
        app.drain(timeout=60)
    posted = [c.body for c in standin.calls() if c.method in ("chat.postMessage", "chat.update")]
    assert [u for m in posted for u in unsafe_echoes(m)] == []
    assert not [r.getMessage()[:200] for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


def test_hand_made_hostile_bodies_unsigned_and_signed(run_app, standin, caplog) -> None:
    app = run_app()
    statuses: dict[int, int] = {}
    with caplog.at_level(logging.INFO):
        for body, content_type in hand_made_bodies(standin.response_url("hm")):
            for signed in (False, True):
                headers = {"Content-Type": content_type.encode("latin-1"),
                           **(sign(SECRET, body) if signed else {})}
                try:
                    response = app.http.post(f"{app.url}/slack/events", content=body, headers=headers)
                except httpx.TransportError:
                    # Over the limit, the server answers 413 and closes without reading the body: a client
                    # still sending it may see the connection reset instead of the answer.
                    assert len(body) > MAX_BODY_BYTES, (body[:80], content_type, signed)
                    statuses[413] = statuses.get(413, 0) + 1
                    continue
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                assert response.status_code < 500, (body[:80], content_type, signed, response.status_code)
        app.drain(timeout=60)
    assert not [r.getMessage()[:200] for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert "Traceback" not in caplog.text
    assert [u for c in standin.calls() for u in unsafe_echoes(c.body)] == []
    assert httpx.get(f"{app.url}/healthz").status_code == 200
    print("hand-made:", sum(statuses.values()), "requests, statuses", dict(sorted(statuses.items())))


# --- the real process ---------------------------------------------------------------------------------

@pytest.fixture
def served(standin, tecogen_db) -> Iterator[tuple[subprocess.Popen, str]]:
    """``insiderbot serve --http`` in a subprocess on a free port; stopped with SIGTERM afterwards."""
    proc, url = start_http(standin, tecogen_db)
    yield proc, url
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)


def test_random_hostile_requests_against_the_real_process(served, standin) -> None:
    proc, url = served
    rng = random.Random(SEED)
    statuses: dict[int, int] = {}
    failures = []
    with httpx.Client(timeout=10) as http:
        for i in range(REQUESTS):
            body, content_type = random_request(rng, standin.response_url(f"r{i}"))
            signed = rng.random() < 0.7
            headers = {"Content-Type": content_type, **(sign(SECRET, body) if signed else {})}
            response = http.post(f"{url}/slack/events", content=body, headers=headers)
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            if response.status_code >= 500:
                failures.append((i, body[:120], content_type, signed, response.status_code))
        time.sleep(1.0)  # let the answers to the signed commands that made it through finish
        assert http.get(f"{url}/healthz").status_code == 200
    assert proc.poll() is None, "the server died"
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    print(f"seed {SEED}: {REQUESTS} requests, statuses {dict(sorted(statuses.items()))}")
    assert failures == [], f"FUZZ_SEED={SEED}: {failures[:5]}\n{err[-6000:]}"
    assert proc.returncode == 0
    assert "Traceback" not in err, f"FUZZ_SEED={SEED}:\n{err[-3000:]}"
    assert [u for c in standin.calls() for u in unsafe_echoes(c.body)] == []

"""What a download is told and tells: the validators of a file version, a HEAD probe, a finished download
(plain values, used by :meth:`bot.edgar.client.EdgarClient.download` and its callers); and
:func:`save_stream`, a 200's body streamed to disk through a part file."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import httpx

from bot.edgar.errors import EdgarContentError, EdgarError, Stopped
from bot.edgar.retry import Retry


@dataclass(frozen=True)
class Validators:
    """What a server said identifies a version of a file (``ETag``, ``Last-Modified``), sent back as
    ``If-None-Match`` / ``If-Modified-Since`` so an unchanged file is answered 304 and not sent again."""

    etag: str | None = None
    last_modified: str | None = None

    @classmethod
    def of(cls, headers: httpx.Headers) -> Validators:
        return cls(headers.get("ETag"), headers.get("Last-Modified"))

    def request_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True)
class Probe:
    """What a HEAD request said: the file exists, its size when known, its validators."""

    found: bool
    size: int | None
    validators: Validators


@dataclass(frozen=True)
class Downloaded:
    """The outcome of :meth:`EdgarClient.download`: ``downloaded`` (``path`` holds ``size`` bytes whose
    SHA-256 is ``sha256``), ``not_modified`` (the copy on disk is current) or ``not_found`` (404)."""

    status: Literal["downloaded", "not_modified", "not_found"]
    url: str
    path: Path | None = None
    size: int = 0
    sha256: str | None = None
    validators: Validators = Validators()


def save_stream(url: str, response: httpx.Response, dest: Path, stop: threading.Event | None,
                on_bytes: Callable[[int, int | None], None] | None) -> Downloaded:
    """Write ``response``'s body to ``dest.part``, then rename it to ``dest`` once it is whole. Stopped once
    ``stop`` is set (checked between chunks); Retry when the body is cut short. The caller removes the part
    file when this raises."""
    declared = response.headers.get("Content-Length")
    total = int(declared) if declared and declared.isdigit() and "Content-Encoding" not in response.headers \
        else None
    digest, done = hashlib.sha256(), 0
    part = part_file(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(part, "wb") as out:
        try:
            for chunk in response.iter_bytes():
                if stop is not None and stop.is_set():
                    raise Stopped(f"stopped while downloading {url}")
                out.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if on_bytes is not None:
                    on_bytes(done, total)
        except httpx.RemoteProtocolError as exc:
            raise Retry(EdgarError(f"download cut short after {done} bytes ({exc})", url=url)) from None
    if total is not None and done != total:
        raise Retry(EdgarContentError(f"download cut short: {done} of {total} bytes", url=url, status=200))
    part.replace(dest)
    return Downloaded("downloaded", url, dest, done, digest.hexdigest(), Validators.of(response.headers))


def part_file(dest: Path) -> Path:
    """Where a download to ``dest`` is written until it is complete."""
    return dest.with_name(dest.name + ".part")

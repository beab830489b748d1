"""What a download is told and tells: the validators of a file version, a HEAD probe, a finished download.
Plain values, used by :meth:`bot.edgar.client.EdgarClient.download` and its callers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import httpx


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

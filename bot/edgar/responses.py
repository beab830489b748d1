"""What comes back from EDGAR, checked against what was asked for: an HTML page where a feed, an index, a
submission or JSON was expected is an error, never data; so is an empty body or a truncated submission.
Also how the SEC's own pages are told apart (its 403 block pages, the feed's "File Unavailable")."""

from __future__ import annotations

import re
from typing import Literal

from bot.edgar.errors import EdgarContentError
from bot.edgar.retry import Retry

Kind = Literal["atom", "index", "submission", "json"]

BLOCK_MARKERS = (b"Request Rate Threshold Exceeded", b"Undeclared Automated Tool")
FILE_UNAVAILABLE = b"File Unavailable"
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+html|html|head|body)\b", re.I | re.S)


def looks_like_html(body: bytes) -> bool:
    return _HTML_START.match(body[:2048]) is not None


def page_title(body: bytes) -> str:
    """The ``<title>`` of an HTML page, else the start of the body: what an error message quotes."""
    match = re.search(rb"<title>\s*(.*?)\s*</title>", body[:8192], re.I | re.S)
    return match.group(1).decode("utf-8", "replace") if match else body[:80].decode("utf-8", "replace")


def checked(url: str, kind: Kind, content_type: str, body: bytes) -> bytes:
    """``body`` (a 200's) when it can be the ``kind`` asked for; else Retry with an EdgarContentError."""
    if "text/html" in content_type.lower() or looks_like_html(body):
        raise Retry(EdgarContentError(f"an HTML page ({page_title(body)!r}) instead of the {kind}",
                                      url=url, status=200))
    if not body.strip():
        raise Retry(EdgarContentError(f"an empty body instead of the {kind}", url=url, status=200))
    if kind == "submission":
        head = body[:64].lstrip()
        if head.startswith(b"<SEC-DOCUMENT>") and not body.rstrip().endswith(b"</SEC-DOCUMENT>"):
            raise Retry(EdgarContentError("truncated submission (no </SEC-DOCUMENT>)", url=url, status=200))
    return body

"""Small wording helpers every front end and the digest share: a company's label, a clipped text, the
current time as stored in the bookkeeping tables. Pure functions; no I/O but the clock."""

from __future__ import annotations

import datetime as dt

UNNAMED_COMPANY = "an unnamed company"


def sentence_case(text: str) -> str:
    """The first letter upper-cased, the rest as it is ('an unnamed company' -> 'An unnamed company')."""
    return text[:1].upper() + text[1:]


def issuer_label(name: str | None, ticker: str | None) -> str:
    """'Tecogen Inc. (TGEN)'; the name alone without a ticker; 'an unnamed company' without a name (a
    line that starts with it capitalises it with ``sentence_case``)."""
    name = name or UNNAMED_COMPANY
    return f"{name} ({ticker})" if ticker else name


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def utc_now_iso() -> str:
    """The current UTC time to the second, ISO 8601 (``2024-03-11T12:00:00+00:00``)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


LOG_TEXT_CHARS = 80


def for_log(value: object) -> str:
    """What a user typed (or sent), as it may go into a log line: clipped, so a 20,000-character question
    cannot fill the log."""
    return clip(str(value), LOG_TEXT_CHARS)

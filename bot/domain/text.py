"""Small wording helpers every front end and the digest share: a company's label, a clipped text, the
current time as stored in the bookkeeping tables. Pure functions; no I/O but the clock."""

from __future__ import annotations

import datetime as dt


def issuer_label(name: str | None, ticker: str | None) -> str:
    """'Tecogen Inc. (TGEN)'; the name alone without a ticker; 'An unnamed company' without a name."""
    name = name or "An unnamed company"
    return f"{name} ({ticker})" if ticker else name


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def utc_now_iso() -> str:
    """The current UTC time to the second, ISO 8601 (``2024-03-11T12:00:00+00:00``)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")

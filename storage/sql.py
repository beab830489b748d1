"""Small pieces of SQL shared by the readers above storage (the digest, alerts, answers): placeholders,
chunks of parameters, times as SQLite writes them, and which filings an amendment has superseded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

CHUNK = 500  # parameters per IN (...): well under SQLite's limit

SUPERSEDED = "(SELECT amends_filing_id FROM filings WHERE amends_filing_id IS NOT NULL)"
"""The ids of filings an amendment replaces (``f.id NOT IN {SUPERSEDED}`` keeps the current ones)."""


def marks(values: Sequence) -> str:
    """``?, ?, ?``: one placeholder per value."""
    return ", ".join("?" for _ in values)


def chunks(values: Sequence, size: int = CHUNK) -> Iterator[list]:
    """``values`` in lists of at most ``size``."""
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def sql_time(moment: dt.datetime) -> str:
    """An aware time as SQLite's ``datetime()`` writes it in UTC: ``YYYY-MM-DD HH:MM:SS``."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


def parse_sql_time(value: str) -> dt.datetime:
    """The aware UTC time of a ``YYYY-MM-DD HH:MM:SS`` written by SQLite's ``datetime()``."""
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)

"""Fetch on demand for the one-shot commands (``insiderbot ask``, ``insiderbot chart``, a chart asked with
``ask``): before answering or drawing, each company the words name that has no filings stored (the SEC's
ticker table knows it) is fetched from EDGAR as in the chat (``bot.chat.fetch_if_missing``), with the progress
on stderr. Nothing is fetched with ON_DEMAND_FETCH=false, into a database that does not exist yet or is
read-only; without SEC_USER_AGENT the answer says the company is not stored and how to load it.

Heavy modules (the EDGAR client, the writer) are imported only when a fetch may be needed: a question about
stored companies costs one read of the ticker table. (A stale ticker table is refreshed by the chat, the
Slack app and the sync, not by ``ask``, unless it is empty.)
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from bot.answers.render import Answer
    from bot.config import Settings


@dataclass
class Fetched:
    """What fetching before a command means: the answer to give instead (nothing could be fetched), as an
    ``Answer``, or None; and the notes to print after the answer or chart."""

    instead: Answer | None = None
    notes: list[str] = field(default_factory=list)


def fetch_first(settings: Settings, db_path: Path, words: str) -> Fetched:
    """Fetch the companies ``words`` name that are not stored (progress lines on stderr)."""
    if not settings.on_demand_fetch or not db_path.is_file() or not _may_fetch(settings, db_path, words):
        return Fetched()
    from bot.answers.resolve import Catalogs
    from bot.chat import fetch_if_missing
    from bot.edgar.ratelimit import RateLimiter
    from bot.ingest.on_demand import OnDemand
    from storage.db import Store

    with Store(db_path) as store:
        if store.is_read_only():
            return Fetched()
        on_demand = OnDemand.from_settings(settings, store, limiter=RateLimiter(settings.sec_max_rps))
        try:
            instead, notes = fetch_if_missing(store, on_demand, words, Catalogs(), lambda text: click.echo(text, err=True))
        finally:
            if on_demand is not None:
                on_demand.close()
    return Fetched(instead, notes)


def _may_fetch(settings: Settings, db_path: Path, words: str) -> bool:
    """Whether a fetch (or the ticker table's refresh) may be needed: the words name a company not stored, or
    EDGAR access is configured and the ticker table is empty (a first ``ask``)."""
    from bot.answers.missing import missing_companies

    if missing_companies(words, db_path):
        return True
    if not settings.sec_user_agent:
        return False
    from storage.reader import Reader

    try:
        with Reader(db_path).connect() as conn:
            return conn.execute("SELECT EXISTS (SELECT 1 FROM company_tickers)").fetchone()[0] == 0
    except sqlite3.Error:  # no ticker table yet (an older database): the writer migrates it
        return True

"""Naming issuers: a CIK as given, a ticker through the SEC's ticker table cached in the database
(``company_tickers.json``, fetched again when older than COMPANY_TICKERS_MAX_AGE_HOURS, so at most daily by
default), then through the tickers stored filings carry. A ticker of a company with nothing stored yet
resolves, so ``insiderbot backfill --issuer TGEN`` works on an empty database."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterable

import sqlite_utils

from bot.edgar.client import EdgarClient, EdgarError
from bot.edgar.tickers import fetch_company_tickers
from bot.ingest.sync_pass import UnknownIssuer
from storage import edgar_cache
from storage.writes import issuer_cik_by_symbol

log = logging.getLogger(__name__)

DEFAULT_MAX_AGE = dt.timedelta(hours=24)


def tickers_stale(db: sqlite_utils.Database, max_age: dt.timedelta = DEFAULT_MAX_AGE,
                  now: dt.datetime | None = None) -> bool:
    refreshed = edgar_cache.tickers_refreshed_at(db)
    if refreshed is None:
        return True
    now = now or dt.datetime.now(dt.UTC)
    return now - dt.datetime.fromisoformat(refreshed) >= max_age


def refresh_tickers(db: sqlite_utils.Database, client: EdgarClient, *, max_age: dt.timedelta = DEFAULT_MAX_AGE,
                    force: bool = False, stop: threading.Event | None = None) -> bool:
    """Fetch the ticker table again when it is older than ``max_age`` (or ``force``); True when it was.
    A failed fetch keeps the table as it was (logged), unless there is none yet (then it raises)."""
    if not force and not tickers_stale(db, max_age):
        return False
    try:
        rows = fetch_company_tickers(client, stop=stop)
    except EdgarError as exc:
        if edgar_cache.tickers_refreshed_at(db) is None:
            raise
        log.warning("company_tickers.json: %s; the cached table is used", exc)
        return False
    edgar_cache.replace_tickers(db, rows)
    return True


def resolve_issuers(db: sqlite_utils.Database, client: EdgarClient | None, values: Iterable[str], *,
                    max_age: dt.timedelta = DEFAULT_MAX_AGE, stop: threading.Event | None = None) -> list[str]:
    """CIKs (without leading zeros, sorted) for CIKs and tickers; UnknownIssuer naming the ones that are
    neither. The ticker table is refreshed first when stale (and ``client`` is given)."""
    wanted = [value.strip() for value in values if value.strip()]
    if client is not None and any(not value.isdigit() for value in wanted):
        refresh_tickers(db, client, max_age=max_age, stop=stop)
    ciks, unknown = set(), []
    for value in wanted:
        cik = value if value.isdigit() else (edgar_cache.cik_for_ticker(db, value)
                                             or issuer_cik_by_symbol(db, value))
        if cik is None:
            unknown.append(value.upper())
        else:
            ciks.add(str(int(cik)))
    if unknown:
        raise UnknownIssuer(f"unknown ticker(s): {', '.join(unknown)} (give the issuer's CIK instead)")
    return sorted(ciks, key=int)

"""The SEC's ticker table, ``EDGAR_BASE_URL/files/company_tickers.json``:
``{"0": {"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."}, ...}`` (about 10,000 entries)."""

from __future__ import annotations

import threading
from typing import Any, NamedTuple

from bot.edgar.client import EdgarClient, EdgarContentError


class CompanyTicker(NamedTuple):
    ticker: str          # upper case
    cik: str             # without leading zeros
    title: str | None


def parse_company_tickers(document: Any) -> list[CompanyTicker]:
    """Every entry of the table; entries without a ticker or a numeric CIK are skipped."""
    if not isinstance(document, dict):
        raise ValueError("company_tickers.json is an object of entries")
    out = []
    for item in document.values():
        if not isinstance(item, dict):
            continue
        ticker, cik = str(item.get("ticker") or "").strip().upper(), str(item.get("cik_str") or "").strip()
        if ticker and cik.isdigit():
            out.append(CompanyTicker(ticker, str(int(cik)), item.get("title")))
    return out


def tickers_url(client: EdgarClient) -> str:
    return f"{client.base_url}/files/company_tickers.json"


def fetch_company_tickers(client: EdgarClient, *, stop: threading.Event | None = None) -> list[CompanyTicker]:
    """The whole table (one request)."""
    url = tickers_url(client)
    try:
        return parse_company_tickers(client.get_json(url, stop=stop))
    except ValueError as exc:
        raise EdgarContentError(str(exc), url=url, status=200) from None

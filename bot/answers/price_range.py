""""What was the price range of Musk's November 8, 2021 sales?": the lowest and highest price filed over every
row the question selects (not only the rows shown), with the trades they came from."""

from __future__ import annotations

import re
import sqlite3

from bot.answers import query
from bot.answers.filters import Filters
from bot.domain.codes import is_open_market
from bot.domain.formats import fmt_money, fmt_price, fmt_shares

ASKS_RANGE = re.compile(r"\bprice\s+range\b|\brange\s+of\s+(?:the\s+)?prices?\b|\bprices?\b.*\brang(?:e|ed|ing)\b"
                        r"|\b(?:high(?:est)?|max(?:imum)?)\b.*\b(?:low(?:est)?|min(?:imum)?)\b"
                        r"|\b(?:low(?:est)?|min(?:imum)?)\b.*\b(?:high(?:est)?|max(?:imum)?)\b", re.I)


def price_range_note(conn: sqlite3.Connection, filters: Filters) -> str | None:
    """'Prices filed ranged from $1,135.05 to $1,229.91 over 49 transactions.' (None when fewer than two)."""
    rows = query.entries(conn, filters, limit=query.MAX_SCAN_ROWS, counted=False)
    prices = [r["price_per_share"] for r in rows if r["price_per_share"] is not None and r["price_per_share"] > 0]
    if len(prices) < 2:
        return None
    cut = " (the first rows scanned)" if len(rows) >= query.MAX_SCAN_ROWS else ""
    return (f"Prices filed ranged from {fmt_price(min(prices))} to {fmt_price(max(prices))} over "
            f"{len(prices):,} transactions{cut}.")


ASKS_AVERAGE = re.compile(r"\b(?:avg|average|mean|vwap)\b", re.I)


def average_across_note(conn: sqlite3.Connection, filters: Filters) -> str | None:
    """"avg price across all insider buys": totals never add up shares of different stocks, so the average is
    given here, labelled for what it is (None for fewer than two companies, whose totals carry their own)."""
    rows = [r for r in query.entries(conn, filters, limit=query.MAX_SCAN_ROWS, counted=False)
            if is_open_market(r["transaction_code"]) and r["price_per_share"] and r["shares"]]
    if len({r["issuer_cik"] for r in rows}) < 2:
        return None
    shares = sum(r["shares"] for r in rows)
    dollars = sum(r["shares"] * r["price_per_share"] for r in rows)
    mean = sum(r["price_per_share"] for r in rows) / len(rows)
    return (f"Across companies an average price mixes different stocks; for what it is worth: "
            f"{fmt_money(dollars / shares)} a share (dollars over shares of {len(rows):,} trades), and "
            f"{fmt_money(mean)} as the plain mean of their prices.")


ASKS_MEDIAN = re.compile(r"\bmedian\b", re.I)
_OF_SIZE = re.compile(r"\bmedian\s+(?:\w+\s+){0,2}?(?:size|number\s+of\s+shares|shares|shs|value|dollars?)\b"
                      r"|\bmedian\b.*\bper\s+(?:sale|purchase|trade|transaction)\b", re.I)


def median_note(conn: sqlite3.Connection, filters: Filters, question: str = "") -> str | None:
    """"median sale price": the middle price of the trades selected (open-market ones when no kind is asked: an
    exercise's price is its strike), by transaction and by share; "median sale size": the middle number of shares.
    Labelled, with the caveat when the trades are of several companies' stocks; None without such a trade."""
    rows = [r for r in query.entries(conn, filters, limit=query.MAX_SCAN_ROWS, counted=False)
            if (filters.kinds or is_open_market(r["transaction_code"])) and r["shares"]]
    sized = bool(_OF_SIZE.search(question))
    if not sized:
        rows = [r for r in rows if r["price_per_share"] and r["price_per_share"] > 0]
    if not rows:
        return None
    cut = " (the first rows scanned)" if len(rows) >= query.MAX_SCAN_ROWS else ""
    mixed = (" Across companies this mixes different stocks; for what it is worth."
             if len({r["issuer_cik"] for r in rows}) > 1 else "")
    if sized:
        return (f"Median size: {fmt_shares(_middle([float(r['shares']) for r in rows]))} shares over {len(rows):,} "
                f"transactions{cut}.{mixed}")
    by_share = sorted(rows, key=lambda r: r["price_per_share"])
    half, seen, share_price = sum(r["shares"] for r in rows) / 2, 0.0, by_share[-1]["price_per_share"]
    for r in by_share:
        seen += r["shares"]
        if seen >= half:
            share_price = r["price_per_share"]
            break
    return (f"Median price: {fmt_price(_middle([r['price_per_share'] for r in rows]))} over {len(rows):,} priced "
            f"transactions{cut}; weighted by shares, the middle share traded at {fmt_price(share_price)}.{mixed}")


def _middle(values: list[float]) -> float:
    """The middle value (of an even count, the two middle ones averaged)."""
    values = sorted(values)
    half = len(values) // 2
    return values[half] if len(values) % 2 else (values[half - 1] + values[half]) / 2

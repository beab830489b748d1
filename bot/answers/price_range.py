""""What was the price range of Musk's November 8, 2021 sales?": the lowest and highest price filed over every
row the question selects (not only the rows shown), with the trades they came from."""

from __future__ import annotations

import re
import sqlite3

from bot.answers import query
from bot.answers.filters import Filters
from bot.domain.codes import is_open_market
from bot.domain.formats import fmt_money, fmt_price

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


def median_note(conn: sqlite3.Connection, filters: Filters) -> str | None:
    """"median sale price": the middle price of the rows selected, by transaction and by share (the price the
    middle share was traded at), each labelled (None without a priced row)."""
    rows = [r for r in query.entries(conn, filters, limit=query.MAX_SCAN_ROWS, counted=False)
            if r["price_per_share"] and r["price_per_share"] > 0]
    if not rows:
        return None
    prices = sorted(r["price_per_share"] for r in rows)
    middle = len(prices) // 2
    by_row = prices[middle] if len(prices) % 2 else (prices[middle - 1] + prices[middle]) / 2
    by_share = sorted(rows, key=lambda r: r["price_per_share"])
    half, seen, share_price = sum(r["shares"] or 0 for r in rows) / 2, 0.0, by_share[-1]["price_per_share"]
    for r in by_share:
        seen += r["shares"] or 0
        if seen >= half:
            share_price = r["price_per_share"]
            break
    cut = " (the first rows scanned)" if len(rows) >= query.MAX_SCAN_ROWS else ""
    return (f"Median price: {fmt_price(by_row)} over {len(prices):,} priced transactions{cut} (the middle "
            f"{'one' if len(prices) % 2 else 'two, averaged'}); weighted by shares, the middle share traded at "
            f"{fmt_price(share_price)}.")

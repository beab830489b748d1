"""Tickers one keystroke apart: the stored companies a mistyped ticker ("TLSA") may have meant; and what the SEC's
ticker table (cached in the database by a sync) says of a symbol."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answers.resolve import Catalog, Entity


def _one_off(a: str, b: str) -> bool:
    """Two tickers one keystroke apart: a letter changed, added, dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def one_keystroke(symbol: str, characters: set[str]) -> set[str]:
    """Every string one keystroke from ``symbol`` (``_one_off``) over ``characters``: a character changed, added,
    dropped, or two neighbours swapped."""
    out = {symbol[:i] + symbol[i + 1:] for i in range(len(symbol))}
    out |= {symbol[:i] + symbol[i + 1] + symbol[i] + symbol[i + 2:] for i in range(len(symbol) - 1)}
    for c in characters:
        out |= {symbol[:i] + c + symbol[i + 1:] for i in range(len(symbol))}
        out |= {symbol[:i] + c + symbol[i:] for i in range(len(symbol) + 1)}
    return out - {symbol, ""}


def ticker_guesses(symbol: str, catalog: Catalog, limit: int = 5) -> list[Entity]:
    """Stored companies whose ticker is one keystroke from ``symbol`` ("TLSA" -> TSLA): the stored catalog
    looks up the symbol's variants (``near``); in memory every ticker is compared."""
    symbol = symbol.upper()
    near = getattr(catalog.tickers, "near", None)
    tickers = near(symbol) if near is not None else sorted(t for t in catalog.tickers if _one_off(symbol, t))
    found = [catalog.issuers[c] for t in tickers for c in catalog.tickers[t]]
    return found[:limit]


def ticker_table_loaded(conn: sqlite3.Connection) -> bool:
    """The SEC's ticker table is in the database and has rows."""
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'company_tickers'").fetchone()
    return row is not None and conn.execute("SELECT EXISTS (SELECT 1 FROM company_tickers)").fetchone()[0] == 1


def in_ticker_table(conn: sqlite3.Connection, symbol: str) -> bool:
    return conn.execute("SELECT 1 FROM company_tickers WHERE ticker = ?", (symbol.upper(),)).fetchone() is not None

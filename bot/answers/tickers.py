"""Tickers one keystroke apart: the stored companies a mistyped ticker ("TLSA") may have meant."""

from __future__ import annotations

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


def ticker_guesses(symbol: str, catalog: Catalog, limit: int = 5) -> list[Entity]:
    """Stored companies whose ticker is one keystroke from ``symbol`` ("TLSA" -> TSLA)."""
    symbol = symbol.upper()
    found = [catalog.issuers[c] for t, ciks in sorted(catalog.tickers.items()) if _one_off(symbol, t) for c in ciks]
    return found[:limit]

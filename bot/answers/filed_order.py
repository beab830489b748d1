"""The order rows were filed in, when one day's rows come in several filings ("the first of Musk's two November 8,
2021 Form 4s"): the filings of a day are chained by their holdings (the shares a filing's first row started from
are the shares the filing before it ended with), else ordered by accession number; then each filing's rows as it
lists them. A filing's id is a hash of its contents and says nothing of the order."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

_SAME = 0.5  # shares: one holding figure equal to another


def filing_ranks(rows: Sequence[sqlite3.Row]) -> dict[tuple[str, str], int]:
    """(day, filing id) -> its place among that day's filings, from rows of every kind (they chain best)."""
    by_day: dict[str, dict[str, list[sqlite3.Row]]] = {}
    for r in sorted(rows, key=lambda r: (r["transaction_date"] or "", r["accession_number"] or r["filing_id"], r["seq"])):
        by_day.setdefault((r["transaction_date"] or "")[:10], {}).setdefault(r["filing_id"], []).append(r)
    return {(day, fid): place for day, groups in by_day.items() for place, fid in enumerate(_chained(groups))}


def filed_order(row: sqlite3.Row, ranks: dict[tuple[str, str], int]) -> tuple:
    day = (row["transaction_date"] or "")[:10]
    return day, ranks.get((day, row["filing_id"]), 0), row["seq"]


def _chained(groups: dict[str, list[sqlite3.Row]]) -> list[str]:
    """A day's filings in the order their holdings follow one another; those that do not chain after them."""
    if len(groups) < 2:
        return list(groups)
    starts = {fid: _before(rows[0]) for fid, rows in groups.items()}
    ends = {fid: _after(rows) for fid, rows in groups.items()}
    first = [fid for fid in groups if not any(_same(starts[fid], ends[o]) for o in groups if o != fid)]
    order: list[str] = []
    current: str | None = first[0] if len(first) == 1 else None
    while current is not None and current not in order:
        order.append(current)
        current = next((o for o in groups if o not in order and _same(starts[o], ends[order[-1]])), None)
    return order + [fid for fid in groups if fid not in order]


def held_before(after: float | None, moved: float | None, acquired_disposed: str | None) -> float | None:
    """What was held right before a row: what it gives as held after it, less what it acquired or plus what it
    disposed of."""
    if after is None or moved is None:
        return None
    return float(after) - float(moved) if (acquired_disposed or "").upper() == "A" else float(after) + float(moved)


def _before(row: sqlite3.Row) -> float | None:
    return held_before(row["shares_owned_following"], row["shares"], row["acquired_disposed"])


def _after(rows: list[sqlite3.Row]) -> float | None:
    """The holding the filing ends with, of the holder its first row moves."""
    held_as = (rows[0]["direct_indirect"], rows[0]["nature_of_ownership"])
    last = [r for r in rows if (r["direct_indirect"], r["nature_of_ownership"]) == held_as][-1]
    return None if last["shares_owned_following"] is None else float(last["shares_owned_following"])


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) < _SAME

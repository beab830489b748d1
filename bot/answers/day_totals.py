"""Market-wide sums read from the days the write path pre-aggregates (``agg_days``, see ``storage.aggregates``):
a few rows per day instead of every transaction of the period, with the filings and companies of each day as
blobs of keys, so the distinct counts are exactly what ``count(DISTINCT ...)`` over the rows would give. A year
of them is some 150,000 keys, counted by sorting them as one array (``distinct``), not in a Python set.

Only for filters the days can answer: no company, insider or role, no 10b5-1 plan, no amounts, and no award
told by its footnote (RSUs, PSUs). Anything else, or a database whose aggregates are not current, gets None
and the caller reads the rows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from bot.answers.filters import NOT_A_DISPOSAL, NOTED_KINDS, Filters
from storage.sql import AGGREGATES_CURRENT, marks, ordinals


@dataclass
class DayGroup:
    """The sums of one code, direction and security kind, and the keys of its filings and companies (the days'
    blobs put together: a key appears once per day it has rows)."""

    code: str | None
    acquired_disposed: str | None
    kind: str | None
    transactions: int = 0
    shares: float = 0.0
    value: float = 0.0
    priced: int = 0
    first_date: str | None = None
    last_date: str | None = None
    filing_keys: bytes = b""
    issuer_keys: bytes = b""

    @cached_property
    def filings(self) -> int:
        """How many different filings: ``count(DISTINCT e.filing_id)`` over the rows."""
        return distinct(self.filing_keys)

    @cached_property
    def issuers(self) -> int:
        """How many different companies."""
        return distinct(self.issuer_keys)

    def issuer_set(self) -> frozenset[int]:
        """The companies' keys."""
        return frozenset(ordinals(self.issuer_keys))


@dataclass
class DayTotals:
    groups: list[DayGroup]

    @property
    def transactions(self) -> int:
        return sum(g.transactions for g in self.groups)

    @cached_property
    def filings(self) -> int:
        """How many different filings have a matching transaction."""
        if len(self.groups) == 1:
            return self.groups[0].filings
        return distinct(b"".join(g.filing_keys for g in self.groups))

    @cached_property
    def issuers(self) -> int:
        """How many different companies have one."""
        if len(self.groups) == 1:
            return self.groups[0].issuers
        return distinct(b"".join(g.issuer_keys for g in self.groups))


SORT_FROM_KEYS = 4096  # fewer keys than this are counted in a set; more are sorted (numpy, when installed)


def distinct(blob: bytes) -> int:
    """How many different 64-bit keys a blob of them holds (``storage.sql.ordinals``). A year of market-wide sales
    is some 150,000 keys: sorted as one array they are counted in about 2 ms, where a Python set of them takes 9."""
    if len(blob) < SORT_FROM_KEYS * 8:
        return len(set(ordinals(blob)))
    np = _numpy()
    if np is None:
        return len(set(ordinals(blob)))
    keys = np.sort(np.frombuffer(blob, dtype=np.int64))
    return int(np.count_nonzero(keys[1:] != keys[:-1])) + 1


@cache
def _numpy() -> Any:
    """numpy (installed with matplotlib), imported on the first large count; None when it is not installed."""
    try:
        import numpy
    except ImportError:
        return None
    return numpy


def answerable(filters: Filters) -> bool:
    """Whether the pre-aggregated days hold every condition of ``filters``."""
    bounds = (filters.min_value, filters.max_value, filters.min_shares, filters.max_shares, filters.min_price,
              filters.max_price)
    return not (filters.issuer_ciks or filters.owner_ciks or filters.excluded_owner_ciks or filters.excluded_issuer_ciks or filters.role or filters.plan_only
                or filters.held_through or filters.noted or filters.month_any_year or filters.weekdays or filters.months_out or filters.expires_from or filters.expires_to
                or filters.security in NOTED_KINDS or any(b is not None for b in bounds))


def is_current(conn: sqlite3.Connection) -> bool:
    """Whether the aggregates agree with the rows (False on a database without them)."""
    try:
        row = conn.execute(AGGREGATES_CURRENT).fetchone()
    except sqlite3.OperationalError:
        return False
    return bool(row and row[0])


def conditions(filters: Filters) -> tuple[list[str], list]:
    """The conditions on ``agg_days d`` that ``Filters.entry_filters(holdings=False)`` puts on the rows."""
    clauses, params = ["1"], []
    codes = filters.codes
    if codes:
        clauses.append(f"d.transaction_code IN ({marks(codes)})")
        params += codes
    if filters.grants_only:
        clauses.append(NOT_A_DISPOSAL.format(t="d"))
    if filters.security:
        free = filters.security_free_codes
        clauses.append(f"(d.kind = ? OR d.transaction_code IN ({marks(free)}))" if free else "d.kind = ?")
        params += [filters.security, *free]
    if filters.form:
        clauses.append("d.form = ?")
        params.append(filters.form)
    if filters.amendments_only:
        clauses.append("d.is_amendment = 1")
    if filters.date_from:
        clauses.append("d.day >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to:
        clauses.append("d.day < ?")
        params.append((filters.date_to + dt.timedelta(days=1)).isoformat())
    return clauses, params


def day_totals(conn: sqlite3.Connection, filters: Filters) -> DayTotals | None:
    """The sums per code, direction and kind over the matching days, or None when the days cannot answer."""
    if not answerable(filters) or not is_current(conn):
        return None
    clauses, params = conditions(filters)
    scope = f"FROM agg_days d WHERE {' AND '.join(clauses)}"
    groups = {(code, ad, kind): DayGroup(code, ad, kind, *sums) for code, ad, kind, *sums in conn.execute(
        "SELECT transaction_code, acquired_disposed, kind, sum(transactions), sum(shares), sum(value), sum(priced), "
        f"min(day), max(day) {scope} GROUP BY 1, 2, 3", params)}
    blobs: dict[tuple, tuple[list[bytes], list[bytes]]] = {key: ([], []) for key in groups}
    for code, ad, kind, filings, issuers in conn.execute(
            f"SELECT transaction_code, acquired_disposed, kind, filings, issuers {scope}", params):
        found = blobs[(code, ad, kind)]
        found[0].append(filings)
        found[1].append(issuers)
    for key, (filings, issuers) in blobs.items():
        groups[key].filing_keys = b"".join(filings)
        groups[key].issuer_keys = b"".join(issuers)
    return DayTotals(list(groups.values()))


def transaction_count(conn: sqlite3.Connection, filters: Filters) -> int | None:
    """How many transactions match (what ``count(*)`` over the rows gives), or None when the days cannot say."""
    if not answerable(filters) or not is_current(conn):
        return None
    clauses, params = conditions(filters)
    return conn.execute(f"SELECT coalesce(sum(transactions), 0) FROM agg_days d WHERE {' AND '.join(clauses)}",
                        params).fetchone()[0]

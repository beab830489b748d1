"""The query budget: every answer's reads run under ANSWER_TIME_BUDGET_SECONDS (default 2 s), and a question
whose reads run out of time is answered with what could be found in time and how to narrow it, never an error.

The engine reads under ``Budget.main`` (most of the budget; the connection's progress handler interrupts a
statement past it, ``query.connect``). When a read is interrupted, ``Overrun`` (the engine's ``with`` around
its reads) swallows the interruption and answers instead from ``partial_read``: the matching transactions
walked back a window of dates at a time from the newest, under the rest of the budget (``Budget.partial``).
Each window is counted whole or not at all, so the totals shown are exact for the dates they name ("from
Mar 1, 2024 to Dec 5, 2026"); the newest rows found are listed. The hint names what the question did not:
a company, a person, a year.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Any

from bot.answers import query
from bot.answers.filters import Filters, where
from bot.answers.render import Answer, Line
from bot.domain.codes import CODES, OPEN_MARKET_CODES
from bot.domain.formats import fmt_money, fmt_price, fmt_shares, format_date
from bot.domain.text import issuer_label
from bot.domain.vocab import display_name
from storage.reader import ReadSource
from storage.sql import marks

DEFAULT_SECONDS = 2.0
MAIN_SHARE = 0.6            # of the budget, for the engine's own reads
PARTIAL_SHARE = 0.2         # for reading what can be found in time; the rest for starting and answering
MIN_PARTIAL_SECONDS = 0.05  # even a tiny budget looks for a few rows
SHOWN = 10                  # the newest rows listed
FIRST_WINDOW_DAYS = 1       # the first window of dates walked; each next one doubles while time is left


@dataclass(frozen=True)
class Budget:
    seconds: float = DEFAULT_SECONDS

    @property
    def main(self) -> float:
        """The time the engine's own reads may take."""
        return self.seconds * MAIN_SHARE

    @property
    def partial(self) -> float:
        """The time left to find what can be found when they ran out of it."""
        return max(self.seconds * PARTIAL_SHARE, MIN_PARTIAL_SECONDS)


def interrupted(error: BaseException) -> bool:
    """Whether ``error`` is SQLite stopping a statement at the connection's time limit."""
    return isinstance(error, sqlite3.OperationalError) and "interrupted" in str(error)


# ---- what was found in time ----------------------------------------------------------------------


@dataclass
class Group:
    code: str
    derivative: bool = False  # options and other derivatives are counted apart from shares
    transactions: int = 0
    shares: float = 0.0
    value: float = 0.0  # dollars, open-market trades with a price only


@dataclass
class Partial:
    """The matching transactions of the dates from ``first`` to ``last`` (None: no window was read in time)."""

    first: dt.date | None = None
    last: dt.date | None = None
    complete: bool = False  # every date the question covers was read
    groups: dict[tuple[str, bool], Group] = field(default_factory=dict)
    rowids: list[int] = field(default_factory=list)  # the newest matches, by their keys
    rows: list[sqlite3.Row] = field(default_factory=list)
    owners: dict[str, list[sqlite3.Row]] = field(default_factory=dict)

    @property
    def transactions(self) -> int:
        return sum(g.transactions for g in self.groups.values())


_TOTALS = ("SELECT e.transaction_code, e.is_derivative, count(*), total(e.shares), total(CASE WHEN e.transaction_code "
           "IN ({}) AND e.price_per_share > 0 THEN e.shares * e.price_per_share END) {} AND e.transaction_date >= ? "
           "AND e.transaction_date < ? GROUP BY e.transaction_code, e.is_derivative")


def _span(conn: sqlite3.Connection, filters: Filters) -> tuple[dt.date, dt.date] | None:
    """The dates the walk covers: the question's, within the stored transactions' (rows dated after today, which
    filings do carry, are read as the engine reads them)."""
    low, high = conn.execute("SELECT (SELECT min(transaction_date) FROM entries), "  # each down the index of
                             "(SELECT max(transaction_date) FROM entries)").fetchone()   # dates (together: a scan)
    if not low or not high:
        return None
    first = max(dt.date.fromisoformat(low[:10]), filters.date_from or dt.date.min)
    last = min(dt.date.fromisoformat(high[:10]), filters.date_to or dt.date.max)
    return (first, last) if first <= last else None


def _walk(conn: sqlite3.Connection, filters: Filters, found: Partial, first: dt.date, last: dt.date) -> None:
    """Window by window back from ``last``: each window's totals, and the newest rows until ``SHOWN``."""
    clauses, params = where(filters.entry_filters(holdings=False))
    source = query.entries_from(clauses)
    totals = _TOTALS.format(marks(OPEN_MARKET_CODES), source)
    newest = (f"SELECT e.rowid {source} AND e.transaction_date >= ? AND e.transaction_date < ? "
              "ORDER BY e.transaction_date DESC, e.filing_id DESC, e.is_derivative, e.seq LIMIT ?")
    end, days = last + dt.timedelta(days=1), FIRST_WINDOW_DAYS
    rowids = found.rowids
    while end > first:
        start = max(first, end - dt.timedelta(days=days))
        window = (start.isoformat(), end.isoformat())
        groups = conn.execute(totals, (*OPEN_MARKET_CODES, *params, *window)).fetchall()
        if len(rowids) < SHOWN:
            rowids = rowids + [r[0] for r in conn.execute(newest, (*params, *window, SHOWN - len(rowids)))]
        for code, derivative, count, shares, value in groups:  # the window is counted only once read whole
            key = (code or "", bool(derivative))
            group = found.groups.setdefault(key, Group(*key))
            group.transactions += count
            group.shares += shares
            group.value += value
        found.first, found.last, found.rowids = start, last, rowids
        end, days = start, days * 2
    found.complete = True


def partial_read(db: ReadSource, filters: Filters, seconds: float) -> Partial:
    """What matching transactions can be read in ``seconds``, newest first (see the module's docstring)."""
    found = Partial()
    with query.connect(db, time_limit=seconds) as conn:
        try:
            span = _span(conn, filters)
            if span is None:
                found.complete = True
                return found
            _walk(conn, filters, found, *span)
        except sqlite3.OperationalError as error:
            if not interrupted(error):
                raise
        rowids = found.rowids[:SHOWN]
        if rowids:
            conn.set_progress_handler(None, 0)  # ten rows by their keys: cheap, and worth showing
            found.rows = conn.execute(
                f"{query.ENTRY_SELECT} WHERE e.rowid IN ({marks(rowids)}) "
                "ORDER BY e.transaction_date DESC, e.filing_id DESC, e.is_derivative, e.seq", rowids).fetchall()
            found.owners = query.filing_owners(conn, [r["filing_id"] for r in found.rows])
    return found


# ---- the answer ----------------------------------------------------------------------------------


def narrowing(understanding: Any) -> str:
    """How to narrow the question: by what it does not name yet (a company, a person, a year)."""
    ways = []
    if understanding is None or not understanding.company:
        ways.append("a company (“… at TSLA”)")
    if understanding is None or not understanding.insider:
        ways.append("a person (“… by Elon Musk”)")
    if understanding is None or not (understanding.date_from or understanding.date_to):
        ways.append("a year (“… in 2023”)")
    if not ways:
        return "Narrow it to a shorter time (“… in March 2024”) or one kind of trade (“sales”, “purchases”)."
    said = ways[0] if len(ways) == 1 else ", ".join(ways[:-1]) + " or " + ways[-1]
    return f"Narrow it by {said}."


def _row_line(row: sqlite3.Row, owners: list[sqlite3.Row]) -> Line:
    code = CODES.get(row["transaction_code"] or "")
    what = code.word if code else f"code {row['transaction_code']}"
    who = ", ".join(display_name(o["owner_name"]) for o in owners) or "an insider"
    title = row["security_title"] or ("options" if row["is_derivative"] else "shares")
    text = (f"{format_date(row['transaction_date'])} · {issuer_label(row['issuer_name'], row['ticker'])} · {who}: "
            f"{what} of {fmt_shares(row['shares'])} {title}")
    if code and code.open_market and row["price_per_share"]:
        text += f" at {fmt_price(row['price_per_share'])}"
    return Line(text)


def _totals_line(found: Partial) -> str:
    parts = []
    for group in sorted(found.groups.values(), key=lambda g: -g.transactions):
        code = CODES.get(group.code)
        label = code.group or code.word if code else f"code {group.code}"
        money = f", {fmt_money(group.value)}" if group.value else ""
        unit = "options or other derivatives" if group.derivative else "shares"
        parts.append(f"{label}: {group.transactions:,} ({fmt_shares(group.shares)} {unit}{money})")
    return "; ".join(parts)


# Conditions the engine checks on the rows it has read (cut lists), not in SQL: the quick count cannot apply them.
_AFTER_READING = {"late": "filed late", "not_plan_10b5_1": "not under a 10b5-1 plan",
                  "plan_10b5_1": "under a 10b5-1 plan"}
# Answers that are not a count of transactions (positions, people, filings): the quick count cannot stand in.
_NOT_COUNTED = ("holdings", "insiders", "role")


def over_budget_answer(found: Partial, understanding: Any, seconds: float, filings: int | None) -> Answer:
    """The answer to a question whose reads ran out of time: what was found in time, and how to narrow it."""
    over = f"over all {filings:,} filings" if filings else "over all the filings"
    headline = f"This took too long {over} (the time budget is {seconds:g} s)"
    notes = [narrowing(understanding)]
    if found.first is None:
        headline += "; nothing could be counted in that time."
    elif found.complete:
        headline += f"; the quick count found {found.transactions:,} matching transactions, " \
                    f"{format_date(found.first)} to {format_date(found.last)}."
    else:
        headline += (f"; in that time it counted the matching transactions from {format_date(found.first)} to "
                     f"{format_date(found.last)}: {found.transactions:,}.")
    lines = [Line(headline)]
    if found.groups:
        lines.append(Line(f"Totals {format_date(found.first)} to {format_date(found.last)}: {_totals_line(found)}."))
    if found.rows:
        lines.append(Line(f"The newest {len(found.rows)} found:"))
        lines += [_row_line(r, found.owners.get(r["filing_id"], [])) for r in found.rows]
    if found.first is not None and not found.complete:
        notes.insert(0, "Earlier dates were not read in time: these totals are not the whole answer.")
    after = _AFTER_READING.get(getattr(getattr(understanding, "spec", None), "aggregation", None))
    if after and found.first is not None:
        notes.insert(0, f"Which of them were {after} is worked out from the rows after reading them, and there was "
                        f"no time for it: these are all the matching transactions, {after} or not.")
    result = Answer("partial", headline, lines, notes=notes)
    result.query = {"over_budget": True, "budget_seconds": seconds, "complete": found.complete,
                    "first_date": found.first.isoformat() if found.first else None,
                    "last_date": found.last.isoformat() if found.last else None,
                    "transactions": found.transactions}
    return result


def _filings(db: ReadSource) -> int | None:
    """How many filings are stored (counted by triggers), for the headline; None when that is slow too."""
    try:
        with query.connect(db, time_limit=MIN_PARTIAL_SECONDS) as conn:
            return query.store_summary(conn)["filings"]
    except sqlite3.OperationalError:
        return None


def out_of_time(error: sqlite3.OperationalError, settings: Any) -> Answer:
    """The answer when a read outside ``Overrun`` (a plan's own reads, a name look-up's) ran out of time:
    nothing found, how to narrow it. Any other error is raised again."""
    if not interrupted(error):
        raise error
    seconds = getattr(settings, "answer_time_budget_seconds", DEFAULT_SECONDS)  # any settings-like object
    return over_budget_answer(Partial(), None, seconds, None)


class Overrun:
    """``with Overrun(budget, db) as overrun:`` around the engine's reads: an interruption at the time
    limit is swallowed and ``overrun.answer`` is the partial answer instead (None when there was none). Set
    ``overrun.understanding`` once the question is understood, so the partial read has its conditions."""

    def __init__(self, budget: Budget, db: ReadSource) -> None:
        self.budget, self.db = budget, db
        self.understanding: Any = None
        self.answer: Answer | None = None

    def __enter__(self) -> Overrun:
        return self

    def __exit__(self, kind, error, traceback) -> bool:
        if error is None or not interrupted(error):
            return False
        found = Partial()
        if (filters := _counted_filters(self.understanding)) is not None:
            found = partial_read(self.db, filters, self.budget.partial)
        self.answer = over_budget_answer(found, self.understanding, self.budget.seconds, _filings(self.db))
        return True


def _counted_filters(understanding: Any) -> Filters | None:
    """The filters the quick count reads (a 10b5-1 question: the rows the plan check starts from); None when
    the answer is not a count of transactions (holdings, people, filings), which the quick count cannot give."""
    if understanding is None:
        return None
    spec = understanding.spec
    if spec.aggregation in _NOT_COUNTED or getattr(spec, "count_unit", "transactions") != "transactions":
        return None
    filters = understanding.filters()
    return replace(filters, plan_only=True) if spec.aggregation == "plan_10b5_1" else filters

"""Option exercises the way they are really filed.

An exercise often shows only as a code M (or X) row of common stock in Table I; the matching Table II row
(the options given up) is sometimes missing or miscoded (code A, grant, marked D, disposed of: see the Wave
Life Sciences CFO's filing). "Which options were exercised, and at what strike" pairs each Table I exercise
with its Table II row when there is one, takes the strike from the Table II row when it is coded as an
exercise and from the Table I row's price otherwise, and says how the filing reported it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace

from bot.answers import query
from bot.answers.filters import Filters
from bot.answers.records import Record, build_records
from bot.answers.render import Answer
from bot.answers.render_records import Builder, derivative_details, record_details
from bot.domain.codes import code_word
from bot.domain.formats import fmt_money, fmt_price, fmt_shares, format_date
from bot.domain.text import issuer_label
from bot.domain.wording import security_phrase

EXERCISE_CODES = ("M", "X", "O")
EXERCISED_KINDS = ("option", "warrant")


@dataclass
class Exercise:
    """One exercise: the shares received (Table I) and the options given up (Table II), either may be absent."""

    stock: Record | None
    option: Record | None

    @property
    def lead(self) -> Record:
        """The row the answer's sentence says: the options given up when Table II codes them as exercised."""
        if self.option is not None and (self.stock is None or not self.miscoded):
            return self.option
        return self.stock  # type: ignore[return-value]

    @property
    def miscoded(self) -> bool:
        return self.option is not None and (self.option.transaction_code or "").upper() not in EXERCISE_CODES

    @property
    def strike_from_table_i(self) -> bool:
        """The Table I row's price is the exercise price: the Table II row is missing, miscoded or has none."""
        return self.stock is not None and self.stock.price_per_share is not None and (
            self.option is None or self.miscoded or self.option.conversion_or_exercise_price is None)

    @property
    def strike(self) -> float | None:
        if self.strike_from_table_i:
            return self.stock.price_per_share  # type: ignore[union-attr]
        return self.option.conversion_or_exercise_price if self.option is not None else None

    @property
    def shares(self) -> float | None:
        if self.stock is not None:
            return self.stock.shares
        return self.option.underlying_shares or self.option.shares if self.option else None


def asks_exercises(filters: Filters) -> bool:
    """Exercises of options or warrants are asked about (the view that pairs Table I with Table II); with no
    security named, the caller uses the view only when the filing miscoded an exercise."""
    return tuple(filters.kinds) == ("exercise",) and filters.security in (*EXERCISED_KINDS, None)


def find_exercises(conn: sqlite3.Connection, filters: Filters) -> list[Exercise]:
    """Every exercise in the scope: Table I exercise rows paired with their Table II rows (matched by filing,
    date and number of shares), and Table II exercise rows that have no Table I row."""
    stock_rows = [r for r in query.entries(conn, replace(filters, security=None, kinds=("exercise",)),
                                           limit=query.MAX_SCAN_ROWS, counted=False)
                  if not r["is_derivative"] and (r["transaction_code"] or "").upper() in EXERCISE_CODES]
    filings = {r["filing_id"] for r in stock_rows}
    option_rows = [r for r in query.entries(conn, replace(filters, kinds=(), security=None),
                                            limit=query.MAX_SCAN_ROWS, counted=False)
                   if r["is_derivative"] and (r["filing_id"] in filings or
                                              (r["transaction_code"] or "").upper() in EXERCISE_CODES)
                   and _gives_up(r)]
    stock = build_records(conn, stock_rows, filters)
    options = build_records(conn, option_rows, filters)
    out: list[Exercise] = []
    unused = list(options)
    for rec in stock:
        match = next((o for o in unused if _pairs(rec, o)), None)
        if match is not None:
            unused.remove(match)
        out.append(Exercise(rec, match))
    out.extend(Exercise(None, o) for o in unused if (o.transaction_code or "").upper() in EXERCISE_CODES)
    wanted = (filters.security,) if filters.security else EXERCISED_KINDS
    other_kinds = {o.filing_id for o in options if o.security_kind not in wanted
                   and (o.transaction_code or "").upper() in EXERCISE_CODES}
    # Only the asked kind (options or warrants); a lone Table I row counts unless its filing exercised another kind.
    out = [e for e in out if (e.option.security_kind in wanted if e.option is not None
                              else e.lead.filing_id not in other_kinds)]
    return sorted(out, key=lambda e: e.lead.as_of or "", reverse=True)


def _gives_up(row: sqlite3.Row) -> bool:
    """A Table II row that disposes of options: an exercise, or another code marked D (miscoded)."""
    code = (row["transaction_code"] or "").upper()
    return code in EXERCISE_CODES or (row["acquired_disposed"] or "").upper() == "D"


def _pairs(stock: Record, option: Record) -> bool:
    if stock.filing_id != option.filing_id or stock.transaction_date != option.transaction_date:
        return False
    given_up = option.underlying_shares if option.underlying_shares is not None else option.shares
    if given_up != stock.shares:
        return False
    price = stock.price_per_share
    return option.conversion_or_exercise_price is None or price is None or abs(
        option.conversion_or_exercise_price - price) < 0.005


def render_exercises(exercises: list[Exercise], scope: str, searched: str, limit: int, *,
                     total: bool = False, largest: bool = False) -> Answer:
    """The exercises newest first (``largest``: the most shares first); ``total``: lead with the sum of the shares
    received and the filings."""
    n = len(exercises)
    order = "newest"
    if largest:
        exercises, order = sorted(exercises, key=lambda e: -(e.shares or 0)), "largest"
    shown = exercises[:limit]
    what = f" ({searched})" if searched else ""
    more = f"; showing the {len(shown)} {order}" if len(shown) < n else f", {order} first"
    headline = f"{n:,} option {'exercise' if n == 1 else 'exercises'} for {scope}{what}{_cost(exercises) if n > 1 else ''}{more}:"
    if total:
        shares = sum(e.shares or 0 for e in exercises)
        filings = len({e.lead.filing_id for e in exercises})
        headline = (f"In total for {scope}{what}: options exercised for {fmt_shares(shares)} shares in {n:,} "
                    f"{'exercise' if n == 1 else 'exercises'} from {filings:,} {'filing' if filings == 1 else 'filings'}"
                    f"{_cost(exercises)}{'; the ' + str(len(shown)) + ' ' + order if len(shown) < n else ''}:")
    b = Builder("records", headline)
    for exercise in shown:
        lead = exercise.lead
        details = record_details(lead, b.shown_notes)
        if lead is exercise.stock and exercise.option is not None:
            details = derivative_details(exercise.option)[:1] + details[1:]
        elif lead is exercise.stock:
            details = details[1:]
        details.insert(0 if lead is exercise.stock else 1, _as_filed(exercise))
        b.add_record(lead, None if lead is exercise.option else _sentence(exercise), details)
    if n == 1 and not total:
        b.answer.headline = b.answer.lines[0].text
    return b.answer


def _cost(exercises: list[Exercise]) -> str:
    """', at a total exercise cost of $1,539,420.00' (shares times each exercise price) when every price is filed,
    and of several prices their average weighted by shares (' (an average exercise price of $5.2007 per share)')."""
    if not exercises or any(e.strike is None or e.shares is None for e in exercises):
        return ""
    cost, shares = sum(e.strike * e.shares for e in exercises), sum(e.shares for e in exercises)
    average = f" (an average exercise price of {fmt_price(round(cost / shares, 4))} per share)" if shares and len(
        {e.strike for e in exercises}) > 1 else ""
    return f", at a total exercise cost of {fmt_money(cost)}{average}"


def _sentence(exercise: Exercise) -> str:
    """'Kyle Moran, CFO of Wave Life Sciences Ltd. (WVE), exercised share options (right to buy) for 60,000
    Ordinary Shares at an exercise price of $2.83 on Dec 8, 2025 (code M, exercise or conversion).'"""
    rec = exercise.lead
    owner = rec.lead_owners[0] if rec.lead_owners else None
    who = f"{owner.display}{', ' + owner.role if owner.role else ''}" if owner else "An insider"
    option = exercise.option
    title = security_phrase(option.security_title, 2, option.security_kind, True) if option else "options"
    amount = security_phrase(rec.security_title, exercise.shares, rec.security_kind, False)
    strike = f" at an exercise price of {fmt_price(exercise.strike)}" if exercise.strike is not None else ""
    if exercise.strike:  # "what did moran pay to exercise the 36k options": shares times the strike
        strike += f" ({fmt_money(exercise.shares * exercise.strike)} to exercise)"
    return (f"{who} of {issuer_label(rec.issuer_name, rec.ticker)}, exercised {title} for "
            f"{fmt_shares(exercise.shares)} {amount}{strike} on {format_date(rec.transaction_date)} "
            f"(code {rec.transaction_code}, {code_word(rec.transaction_code)}).")


def _as_filed(exercise: Exercise) -> str:
    """How the filing reported the exercise."""
    stock, option = exercise.stock, exercise.option
    if stock is None and option is not None:
        return f"As filed: only in Table II (derivatives), code {option.transaction_code}; no Table I row"
    assert stock is not None
    price = f"at {fmt_price(stock.price_per_share)}" if stock.price_per_share is not None else "with no price stated"
    table_i = (f"As filed: Table I: acquired {fmt_shares(stock.shares)} "
               f"{security_phrase(stock.security_title, stock.shares, stock.security_kind, False)} by exercising "
               f"(code {stock.transaction_code}) {price}")
    if option is None:
        if stock.price_per_share is None:
            return f"{table_i}; no matching Table II row, so the exercise price is not stated"
        return f"{table_i}; no matching Table II row, so the exercise price is the Table I row's price"
    if exercise.miscoded:
        return (f"{table_i}; the matching Table II row is coded {option.transaction_code} "
                f"({code_word(option.transaction_code)}) but marked {option.acquired_disposed} (disposed of): read as "
                f"this exercise, with the Table I row's price as the exercise price")
    return f"{table_i}; Table II reports the options given up (code {option.transaction_code})"

"""A percentage asked of trades, worked out from the filed rows: the share of a stake sold ("doe trimmed exrb by what
% of her stake", "what percentage of his directly held shares did dodge sell": sold / (sold + held after the last
sale, in the same kind of ownership)) and the share of vested stock withheld for taxes ("travers vs lamercie %
withheld at vest": shares withheld, code F / common shares received by award or vesting, codes A and M, in the same
filings). Each is said with both figures, so the reader can check it."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from bot.answers import query, sums
from bot.answers.ask_words import ASKS_PERCENT
from bot.answers.fetch import fetch
from bot.answers.filters import Filters
from bot.answers.plan_dates import ASKS_ADOPTED, plan_dates_note
from bot.answers.price_range import (
    ASKS_AVERAGE,
    ASKS_MEDIAN,
    ASKS_RANGE,
    average_across_note,
    median_note,
    price_range_note,
)
from bot.answers.records import Record, build_records
from bot.domain.formats import fmt_money, fmt_price, fmt_shares, format_date
from bot.domain.vocab import display_name
from storage.sql import marks

# "what would it cost to exercise the rest", "cost to exercise the whole grant", "ex notional at the strike": the
# options held (not an exercise that happened), times their strike.
WOULD_COST = re.compile(r"\b(?:would|will)\b[^?]{0,30}\b(?:cost|pay|paid)\b|\bcost\s+to\s+exercise\s+(?:the\s+)?(?:rest|remaining|whole|all|"
                        r"full|entire|outstanding|what'?s\s+left)\b|\b(?:exercise|ex)\s+notional\b", re.I)
_WITHHELD = re.compile(r"\bwithh\w*|\btax(?:es)?\b|\bsell[\s-]+to[\s-]+cover\b", re.I)
_SCAN = 500
# "what % of the shs from musk's exercise got sold that same day": sales against the shares the exercises gave.
_EXERCISED_THEN_SOLD = re.compile(r"\bexercis\w*\b.*\b(?:sold|sells?|selling|dumped|unloaded)\b"
                                  r"|\b(?:sold|sells?|selling|dumped|unloaded)\b.*\bexercis", re.I)
# "what % of all insider selling $ is musk", "what share of all 2021 sale dollars came from musk": of the market.
_OF_ALL = re.compile(r"\bof\s+(?:all|every)\s+(?:the\s+)?(?:\d{4}\s+)?(?:(?!his\b|her\b|their\b)[\w$.&-]+\s+)?(?:insiders?|sales?|selling|buying|purchases?|trades?"
                     r"|trading|transactions?|\$)(?!\w)|\bmarket[\s-]wide\b|\b(?:whole|entire)\s+(?:db|database|market|data\s*set)\b",
                     re.I)  # (never "of all his shares", "of the total he held": his own stake)


def asked_figures(conn: sqlite3.Connection, filters: Filters, question: str, *, across: bool) -> list[str]:
    """The figures a question asks of the rows besides the rows themselves, in the order they lead the answer: a
    percentage, the average price across companies (``across``: no company named, a list or a total), the range of
    prices filed, the median price."""
    notes = percent_notes(conn, filters, question) + (exercise_cost_notes(conn, filters) if WOULD_COST.search(question)
                                                      else [])
    if across and ASKS_AVERAGE.search(question) and (note := average_across_note(conn, filters)):
        notes.append(note)
    if ASKS_RANGE.search(question) and (note := price_range_note(conn, filters)):
        notes.append(note)
    if ASKS_MEDIAN.search(question) and (note := median_note(conn, filters, question)):
        notes.append(note)
    if ASKS_ADOPTED.search(question) and (note := plan_dates_note(conn, filters, question)):
        notes.insert(0, note)
    return notes


def percent_notes(conn: sqlite3.Connection, filters: Filters, question: str) -> list[str]:
    """The percentages the question asks, one line per insider and company; [] when none is asked or none applies."""
    if not ASKS_PERCENT.search(question) or not (filters.owner_ciks or filters.issuer_ciks):
        return []
    if _OF_ALL.search(question):
        return _share_of_all(conn, filters)
    if _WITHHELD.search(question):
        return _withheld(conn, filters)
    if _EXERCISED_THEN_SOLD.search(question):
        return _sold_of_exercised(conn, filters)
    if filters.kinds and "sell" not in filters.kinds:
        return _rows_of_stake(conn, filters)
    return _stake_sold(conn, filters)


def _rows(conn: sqlite3.Connection, filters: Filters, kinds: tuple[str, ...]) -> list[Record]:
    scoped = replace(filters, kinds=kinds, security=None, min_value=None, max_value=None, min_shares=None,
                     max_shares=None, min_price=None, max_price=None)
    return build_records(conn, query.entries(conn, scoped, order="oldest", limit=_SCAN), scoped)


def _pct(share: float) -> str:
    return f"{share:.2%}" if 0 < share < 0.01 else f"{share:.1%}"  # "0.45%", not "0.4%"


def _who(rec: Record) -> tuple[str, str]:
    owner = rec.lead_owners[0].display if rec.lead_owners else "The insider"
    return owner, rec.ticker or rec.issuer_name or ""


def _stake_sold(conn: sqlite3.Connection, filters: Filters) -> list[str]:
    """Sold / (sold + held after the last sale), per insider and company, oldest sale first to the last."""
    by_holder: dict[tuple[str, str], list[Record]] = {}
    for rec in _rows(conn, filters, ("sell",)):
        if not rec.is_derivative:
            by_holder.setdefault(_who(rec), []).append(rec)
    notes = []
    for (owner, ticker), sales in by_holder.items():
        last = sales[-1]
        kept = [r for r in sales if (r.direct_indirect or "") == (last.direct_indirect or "")]
        sold, after = sum(r.shares or 0 for r in kept), last.shares_owned_following
        if after is None or sold + after <= 0:
            continue
        how = "directly" if (last.direct_indirect or "").upper() == "D" else "indirectly"
        notes.append(f"{owner} sold {fmt_shares(sold)} of the {fmt_shares(sold + after)} {ticker} shares held {how} "
                     f"before these sales: {_pct(sold / (sold + after))} of that stake ({fmt_shares(after)} held "
                     "afterwards).")
    return notes


def _share_of_all(conn: sqlite3.Connection, filters: Filters) -> list[str]:
    """The named insiders' (or companies') dollars of the trades asked, against every insider's at every company
    over the same dates: "Elon Musk's sales (S): $1,102,342,478.72 of the $1,810,... of all insiders: 60.9%"."""
    every = replace(filters, owner_ciks=(), excluded_owner_ciks=(), excluded_issuer_ciks=(),
                    issuer_ciks=filters.issuer_ciks if filters.owner_ciks else ())  # "of all tesla insider selling"
    across = sums.totals_across(conn, every, 0)
    whole = sum(r.value for r in (across[0] if across else sums.totals(conn, every)))
    part = sum(r.value for r in sums.totals(conn, filters))
    if whole <= 0:
        return []
    what = every.describe() or "open-market trades"
    where = "at the company asked" if every.issuer_ciks else "in the database"
    return [f"Of {what} by every insider {where} ({fmt_money(whole)}), {_named(conn, filters)} come to "
            f"{fmt_money(part)}: {_pct(part / whole)}."]


def _named(conn: sqlite3.Connection, filters: Filters) -> str:
    """'Elon Musk and Peter Thiel's', 'Palantir Technologies Inc.'s': whose share was asked."""
    table, ciks = ("owners", filters.owner_ciks) if filters.owner_ciks else ("issuers", filters.issuer_ciks)
    names = [display_name(n) for (n,) in conn.execute(
        f"SELECT name FROM {table} WHERE cik IN ({marks(ciks)}) ORDER BY name", ciks)]
    return (" and ".join(names) if len(names) <= 3 else f"{len(names)} filers") + "'s"


def _rows_of_stake(conn: sqlite3.Connection, filters: Filters) -> list[str]:
    """The rows asked (a purchase, a grant, an exercise, gifts) as a share of the position they changed, per insider,
    code and holding (several rows together, from what was held before the first): of what was held afterwards and
    before, for acquisitions; of what was held before, for dispositions ("mcguirk's isba buy was what % of his
    direct shs", "what share of his $8.88 option did the exercise use up", "what % of his stake did musk gift")."""
    groups: dict[tuple, list[Record]] = {}
    for rec in _rows(conn, filters, filters.kinds):
        if rec.shares and rec.shares_owned_following is not None:
            # an exercise always uses up options, whatever direction its Table II row was filed with
            spent = rec.is_derivative and (rec.transaction_code in ("M", "X") or rec.direction_conflict)
            way = "D" if spent else (rec.acquired_disposed or "").upper()
            groups.setdefault((*_who(rec), rec.transaction_code, way, rec.is_derivative, rec.direct_indirect),
                              []).append(rec)
    return [note for (owner, ticker, code, way, derivative, _), rows in groups.items()
            if (note := _stake_note(owner, "options" if derivative else f"{ticker} shares", code, way, rows))]


def _stake_note(owner: str, unit: str, code: str | None, way: str, rows: list[Record]) -> str | None:
    first, last = rows[0], rows[-1]
    shares = sum(r.shares for r in rows)
    what = (f"{owner}'s {fmt_shares(shares)} on {format_date(first.transaction_date)}" if len(rows) == 1 else
            f"{owner}'s {len(rows)} rows ({fmt_shares(shares)}, {format_date(first.transaction_date)} to "
            f"{format_date(last.transaction_date)})") + f" (code {code})"
    after = last.shares_owned_following
    if way == "A" and after > 0:
        before = first.shares_owned_following - first.shares
        than = f" and {_pct(shares / before)} of the {fmt_shares(before)} held before" if before >= shares else ""
        return f"{what} are {_pct(shares / after)} of the {fmt_shares(after)} {unit} held afterwards{than}."
    before = first.shares + first.shares_owned_following
    if way == "D" and before > 0:
        return (f"{what} are {_pct(shares / before)} of the {fmt_shares(before)} {unit} held before"
                f" ({fmt_shares(after)} left).")
    return None


def _sold_of_exercised(conn: sqlite3.Connection, filters: Filters) -> list[str]:
    """Shares sold (S) on the days of the exercises asked, against the shares those exercises gave (code M or X
    rows of Table I), per insider and day."""
    days: dict[tuple[str, str, str], list[float]] = {}
    for rec in _rows(conn, replace(filters, kinds=()), ("exercise", "sell")):
        if rec.is_derivative or not rec.shares or not rec.transaction_date:
            continue
        got_sold = days.setdefault((*_who(rec), rec.transaction_date[:10]), [0.0, 0.0])
        if rec.transaction_code in ("M", "X") and (rec.acquired_disposed or "").upper() == "A":
            got_sold[0] += rec.shares
        elif rec.transaction_code == "S":
            got_sold[1] += rec.shares
    return [f"{owner} sold {fmt_shares(sold)} of the {fmt_shares(got)} {ticker} shares the exercises of "
            f"{format_date(day)} gave, that day: {_pct(sold / got)}." if sold <= got else
            f"{owner} sold {fmt_shares(sold)} {ticker} shares on {format_date(day)}, more than the {fmt_shares(got)} "
            "the exercises gave that day: the sales were of other shares too."
            for (owner, ticker, day), (got, sold) in days.items() if got and sold]


def _withheld(conn: sqlite3.Connection, filters: Filters) -> list[str]:
    """Withheld (F) / received (A or M, common stock acquired), per insider and company over the same filings."""
    received: dict[tuple[str, str], float] = {}
    withheld: dict[tuple[str, str], float] = {}
    for rec in _rows(conn, filters, ("grant", "exercise", "tax_withholding")):
        if rec.is_derivative:
            continue
        key = _who(rec)
        if rec.transaction_code == "F":
            withheld[key] = withheld.get(key, 0) + (rec.shares or 0)
        elif (rec.acquired_disposed or "").upper() == "A":
            received[key] = received.get(key, 0) + (rec.shares or 0)
    return [f"{owner} had {fmt_shares(kept)} of the {fmt_shares(received[owner, ticker])} {ticker} shares received "
            f"withheld for taxes: {_pct(kept / received[owner, ticker])}."
            for (owner, ticker), kept in withheld.items() if received.get((owner, ticker))]


def exercise_cost_notes(conn: sqlite3.Connection, filters: Filters) -> list[str]:
    """What exercising the options still held would cost at their strikes, per position and in all."""
    fetched = fetch(conn, replace(filters, kinds=(), date_from=None, date_to=None), "holdings", 50)
    costs = [(r, amount, amount * r.conversion_or_exercise_price) for r in fetched.records + fetched.expired
             if r.is_derivative and r.conversion_or_exercise_price and (amount := r.underlying_shares
                                                                        if r.shares_owned_following is None
                                                                        else r.shares_owned_following)]
    notes = [f"To exercise the {fmt_shares(amount)} held at {fmt_price(r.conversion_or_exercise_price)}: "
             f"{fmt_money(cost)}{' (they have since expired)' if r in fetched.expired else ''}." for r, amount, cost in costs]
    live = [cost for r, _, cost in costs if r not in fetched.expired]
    if len(live) > 1:
        notes.append(f"In all: {fmt_money(sum(live))} to exercise every one still held.")
    return notes

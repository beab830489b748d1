"""What a row's filing says beyond the trade: whether it was made under a Rule 10b5-1 plan (and what
says so), and whether its Form 4 was filed late (two business days, federal holidays excluded)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from functools import lru_cache

from bot.domain.codes import is_open_market

_PLAN_WORDS = re.compile(r"10b5", re.I)
_PLAN_NEGATED = re.compile(r"\bnot\b[^.]{0,60}10b5|\bno\b[^.]{0,20}10b5", re.I)
_NOTE_SALES = re.compile(r"\bsales?\b|\bsold\b|\bselling\b", re.I)
_NOTE_PURCHASES = re.compile(r"\bpurchases?\b|\bpurchased\b|\bbought\b", re.I)
_NOTE_OTHER = re.compile(r"\btransactions\b|\bexercis|\bconver|\bdistribut|\bgrant|\bwithh|\bgift", re.I)


def _note_covers(text: str, code: str) -> bool:
    """A 10b5-1 footnote covers the rows it names: "the sales reported" covers sales (S) only, "the
    purchases" purchases (P) only; one about the transactions, exercises or conversions covers any row."""
    if _NOTE_OTHER.search(text):
        return True
    sales, purchases = bool(_NOTE_SALES.search(text)), bool(_NOTE_PURCHASES.search(text))
    if sales or purchases:
        return (sales and code == "S") or (purchases and code == "P")
    return True


def is_plan_note(text: str | None) -> bool:
    return bool(text and _PLAN_WORDS.search(text) and not _PLAN_NEGATED.search(text))


def plan_basis(code: str | None, aff10b5one, remarks: str | None, row_notes: list[str],
               unreferenced_notes: list[str]) -> tuple[bool | None, str | None]:
    """Whether one row was made under a Rule 10b5-1 plan, and what says so.

    A footnote the row cites covers that row (as far as its words reach: "the sales reported" covers
    sales only). The filing's checkbox, its remarks and footnotes no row cites speak for the whole
    filing: they cover its purchases and sales (P, S), never grants, exercises or holdings. True, False
    (a purchase or sale on a filing whose box is unchecked) or None (nothing is said, or the plan rule
    does not apply to the row)."""
    code = (code or "").upper()
    if is_open_market(code) and aff10b5one == 1:
        return True, "the filing's Rule 10b5-1 checkbox"
    if any(is_plan_note(t) and _note_covers(t, code) for t in row_notes):
        return True, "a footnote"
    if not is_open_market(code):
        return None, None
    if any(is_plan_note(t) and _note_covers(t, code) for t in unreferenced_notes):
        return True, "a footnote"
    if is_plan_note(remarks):
        return True, "the remarks"
    if aff10b5one == 0:
        return False, None
    return None, None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def federal_holidays(year: int) -> set[dt.date]:
    """US federal holidays (the days EDGAR does not count), with weekend dates moved to Friday/Monday."""
    fixed = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 11, 11), dt.date(year, 12, 25)]
    if year >= 2021:
        fixed.append(dt.date(year, 6, 19))
    days = set()
    for day in fixed:
        if day.weekday() == 5:
            day -= dt.timedelta(days=1)
        elif day.weekday() == 6:
            day += dt.timedelta(days=1)
        days.add(day)
    days |= {
        _nth_weekday(year, 1, 0, 3), _nth_weekday(year, 2, 0, 3), _nth_weekday(year, 5, 0, -1),
        _nth_weekday(year, 9, 0, 1), _nth_weekday(year, 10, 0, 2), _nth_weekday(year, 11, 3, 4),
    }
    return days


@lru_cache(maxsize=4096)  # a list of 400 rows asks for the same few trade dates again and again
def add_business_days(day: dt.date, n: int) -> dt.date:
    holidays = federal_holidays(day.year) | federal_holidays(day.year + 1)
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            n -= 1
    return day


# Gifts had to be reported on Form 4 only from this date (before it, Form 5 or a voluntary Form 4).
GIFTS_ON_FORM4_FROM = "2023-02-27"


def is_late(row: sqlite3.Row) -> bool | None:
    """Form 4 is due two business days after the trade. None when the rule does not apply or the filing
    date is unknown (the signature date stands in for it on bare XML files)."""
    if row["is_holding"] or row["form"] != "4":
        return None
    timeliness = (row["transaction_timeliness"] or "").upper()
    if timeliness == "L":
        return True
    if timeliness == "E":
        return False
    base = row["deemed_execution_date"] or row["transaction_date"]
    if (row["transaction_code"] or "").upper() == "G" and base and base < GIFTS_ON_FORM4_FROM:
        return None
    filed = row["date_of_original_submission"] if row["is_amendment"] else None
    filed = filed or row["filed_at"] or row["signed_at"]
    if not base or not filed:
        return None
    try:
        due = add_business_days(dt.date.fromisoformat(base[:10]), 2)
        return dt.date.fromisoformat(filed[:10]) > due
    except ValueError:
        return None

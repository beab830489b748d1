"""A grant's vesting schedule as its footnote states it, read into dates: "Vesting commencement date is March 31,
2025. 25% of the shares vest ... on the first annual anniversary of the vesting commencement date and the balance
... on the last day of every month thereafter over the following 36 months" -> the first 25% on Mar 31, 2026,
fully vested Mar 31, 2029. Only what the text states is read (a base date, the first anniversary or the first
day, the share of each tranche, how many years, months or quarters); a footnote this cannot read gives None and
the footnote itself is what the answer shows."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from fractions import Fraction

from bot.answers.dates import MONTHS
from bot.answers.tokens import NUMBER_WORDS
from bot.domain.formats import fmt_shares, format_date

_DATE = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},\s+\d{4}"
_COUNT = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|ten)"

_COMMENCEMENT = re.compile(rf"vesting\s+commencement\s+date\s+(?:is|was|of)?\s*({_DATE})", re.I)
_GRANTED_ON = re.compile(rf"(?:granted|grant\s+date|awarded)\s+(?:on\s+|of\s+)?({_DATE})|(?:on\s+)?({_DATE}),?\s+the\s+[^.]{{0,60}}"
                         r"approved\s+a\s+grant", re.I)
_FIRST_SHARE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%[^.]{0,80}?first\s+(?:annual\s+)?anniversary", re.I)
_EQUAL_YEARS = re.compile(rf"equal\s+annual\s+installments\s+over\s+(?:a\s+)?{_COUNT}[\s-]+years?", re.I)
_EACH_YEAR = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%\s+(?:on\s+each\s+(?:annual\s+)?anniversary|per\s+year|each\s+year|annually)", re.I)
_FULLY_ON = re.compile(rf"fully\s+vested\s+(?:on|by)\s+({_DATE})", re.I)
_MONTHLY_REST = re.compile(rf"(?:balance|remaining|remainder)[^.]*?(?:month)[^.]*?(?:over|for)\s+the\s+following\s+{_COUNT}\s+months",
                           re.I)
_QUARTERLY = re.compile(rf"1/{_COUNT}\s+of\s+the\s+(?:total\s+)?(?:shares|units|rsus|award)\s+quarterly\s+beginning\s+on\s+({_DATE})",
                        re.I)


@dataclass(frozen=True)
class Schedule:
    """When a grant vests: the first tranche's day and share of the grant, and the day it is fully vested."""

    first: dt.date
    share: Fraction | None
    full: dt.date | None
    basis: str  # what the first day counts from, in words

    def words(self, granted: float | None) -> str:
        """'Vesting, as the footnote states it: the first 25% (189,394) on Mar 31, 2026, a year after the vesting
        commencement date (Mar 31, 2025); fully vested Mar 31, 2029.'"""
        part = ""
        if self.share is not None:
            part = f" {_share_words(self.share)}"
            if granted:
                part += f" ({fmt_shares(round(float(self.share) * granted))})"
        full = f"; fully vested {format_date(self.full.isoformat())}" if self.full else ""
        return (f"Vesting, as the footnote states it: the first{part or ' tranche'} on {format_date(self.first.isoformat())}"
                f"{', ' + self.basis if self.basis else ''}{full}.")


def _share_words(share: Fraction) -> str:
    if share == Fraction(1, 3):
        return "third"
    percent = share * 100
    return f"{int(percent) if percent.denominator == 1 else float(percent):g}%"


def _date(text: str) -> dt.date:
    month, day, year = re.match(r"(\w+)\s+(\d{1,2}),\s+(\d{4})", text).groups()
    return dt.date(int(year), MONTHS[month.lower()], int(day))


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; the month's last day when that month is shorter."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def schedule_of(text: str, granted_on: dt.date | None, exercisable_from: dt.date | None = None) -> Schedule | None:
    """The schedule a footnote states, counted from the vesting commencement date it names, else the grant date it
    names, else ``granted_on`` (the row's date); "Vests 50% per year" counts from the day the row says it becomes
    exercisable. None when it states none of the shapes read here, or a day that does not exist ("June 31")."""
    try:
        return _schedule(text, granted_on, exercisable_from)
    except (ValueError, ZeroDivisionError, KeyError):  # "June 31, 2024", "over 0 years": no schedule read
        return None


def _schedule(text: str, granted_on: dt.date | None, exercisable_from: dt.date | None) -> Schedule | None:
    if quarterly := _QUARTERLY.search(text):
        n, first = _count(quarterly[1]), _date(quarterly[2])
        return Schedule(first, Fraction(1, n), add_months(first, 3 * (n - 1)), "")
    base, basis = _base(text, granted_on)
    if base is None and exercisable_from is not None and (each := _EACH_YEAR.search(text)):
        share = Fraction(each[1]).limit_denominator(1000) / 100
        tranches = int(1 / share) if share and (1 / share).denominator == 1 else None
        full = add_months(exercisable_from, 12 * (tranches - 1)) if tranches else None
        return Schedule(exercisable_from, share, full, "the day the filing says it becomes exercisable")
    if base is None:
        return None
    fully = _FULLY_ON.search(text)
    full = _date(fully[1]) if fully else None
    first, share = add_months(base, 12), None
    if found := _FIRST_SHARE.search(text):
        share = Fraction(found[1]).limit_denominator(1000) / 100
        if rest := _MONTHLY_REST.search(text):
            full = full or add_months(first, _count(rest[1]))
    elif found := _EQUAL_YEARS.search(text):
        years = _count(found[1])
        share, full = Fraction(1, years), full or add_months(base, 12 * years)
    elif found := _EACH_YEAR.search(text):
        share = Fraction(found[1]).limit_denominator(1000) / 100
    else:
        return None
    return Schedule(first, share, full, basis)


def _base(text: str, granted_on: dt.date | None) -> tuple[dt.date | None, str]:
    """The day the schedule counts from, and its words ('a year after the vesting commencement date (Mar 31,
    2025)')."""
    if found := _COMMENCEMENT.search(text):
        day = _date(found[1])
        return day, f"a year after the vesting commencement date ({format_date(day.isoformat())})"
    if found := _GRANTED_ON.search(text):
        day = _date(found[1] or found[2])
        return day, f"a year after the grant date ({format_date(day.isoformat())})"
    if granted_on is not None and re.search(r"anniversar", text, re.I):
        return granted_on, f"a year after the grant date ({format_date(granted_on.isoformat())})"
    return None, ""

"""Periods relative to today ("last week", "past 90 days", "this quarter") and the calendar arithmetic the date
readers share (a month's last day, a quarter's days, months added). ``bot.answers.dates`` reads the words."""

from __future__ import annotations

import calendar
import datetime as dt
import re

WORD_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "twelve": 12}


WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # Monday is 0
WEEKDAY = "(?:" + "|".join(WEEKDAY_NAMES) + ")"  # one of them, as a pattern


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter(q: int, year: int) -> tuple[dt.date, dt.date]:
    first = 3 * (q - 1) + 1
    return dt.date(year, first, 1), month_end(year, first + 2)


def relative(s: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days a relative period covers ("last month", "the past 3 quarters"), None for anything else."""
    monday = today - dt.timedelta(days=today.weekday())
    first = today.replace(day=1)
    q_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    fixed = {
        "today": (today, today),
        "now": (today, today),
        "yesterday": (today - dt.timedelta(days=1),) * 2,
        "this week": (monday, today),
        "last week": (monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)),
        "past week": (today - dt.timedelta(days=6), today),
        "this month": (first, today),
        "past month": (today - dt.timedelta(days=29), today),
        "this quarter": (q_start, today),
        "this year": (dt.date(today.year, 1, 1), today),
        "year to date": (dt.date(today.year, 1, 1), today),
        "ytd": (dt.date(today.year, 1, 1), today),
        "last year": (dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)),
        "past year": (today - dt.timedelta(days=364), today),
    }
    if s in fixed:
        return fixed[s]
    if m := re.fullmatch(rf"(?:(last|this|past) )?({WEEKDAY})", s):
        back = (today.weekday() - WEEKDAY_NAMES.index(m[2])) % 7 or (7 if m[1] in ("last", "past") else 0)
        day = today - dt.timedelta(days=back)  # "on monday": the latest Monday; "last monday": before today
        return day, day
    if re.fullmatch(r"(?:over )?(?:the|this|last|past) weekend", s):  # the latest Saturday and Sunday by today
        saturday = today - dt.timedelta(days=(today.weekday() - 5) % 7)
        return saturday, min(saturday + dt.timedelta(days=1), today)
    if s == "last month":
        prev = first - dt.timedelta(days=1)
        return prev.replace(day=1), prev
    if s == "last quarter":
        prev = q_start - dt.timedelta(days=1)
        return quarter((prev.month - 1) // 3 + 1, prev.year)
    m = re.fullmatch(r"(?:the )?(?:last|past|previous) (\w+) (day|week|month|quarter|year)s?", s)
    if m:
        n = int(m[1]) if m[1].isdigit() else WORD_NUMBERS.get(m[1])
        if not n:
            return None
        if m[2] == "quarter":
            # The last n whole calendar quarters, like "last quarter".
            end = q_start - dt.timedelta(days=1)
            first_q = add_months(q_start, -3 * n)
            return first_q, end
        if m[2] == "day":
            return today - dt.timedelta(days=n - 1), today
        if m[2] == "week":
            return today - dt.timedelta(days=7 * n - 1), today
        if m[2] == "month":
            return add_months(today, -n) + dt.timedelta(days=1), today
        return add_months(today, -12 * n) + dt.timedelta(days=1), today
    return None


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))

"""Two times joined into one range: two days of a month ("jan 23 + 24", "december 8 and 9, 2025"), two months
or quarters of a year in a row ("nov or dec 2021", "q3 or q4 2023") and two years in a row ("in 22 or 23"): the
whole span, both ends in; two that are not in a row ("oct or dec") are not read here."""

from __future__ import annotations

import datetime as dt
import re

from bot.answers.dates import _MONTH, _ORD, _YEAR, MONTHS, DateRange, _month_end, _past_day
from bot.domain.formats import format_day


def pair_range(text: str, today: dt.date) -> DateRange | None:
    """The first pair of days, months or quarters, or years the text joins; None otherwise."""
    return _day_pair(text, today) or _month_pair(text) or _year_pair(text, today)


# Two days of one month joined: "jan 23 + 24", "december 8 and 9, 2025", "may 15-16": the days between, both in.
_DAY_PAIR = re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}){_ORD}\s*(?:\+|&|and|-|to|thru|through)\s*"
                       rf"(?P<d2>\d{{1,2}}){_ORD}(?![\d/])(?:,?\s+(?P<year>{_YEAR}))?", re.I)


def _day_pair(text: str, today: dt.date) -> DateRange | None:
    m = _DAY_PAIR.search(text)
    if m is None or not 1 <= int(m["d1"]) < int(m["d2"]) <= 31:
        return None
    month = MONTHS[m["month"].lower().rstrip(".")] if m["month"].lower().rstrip(".") in MONTHS else None
    if month is None:
        return None
    try:
        if m["year"]:
            start, end = dt.date(int(m["year"]), month, int(m["d1"])), dt.date(int(m["year"]), month, int(m["d2"]))
        else:
            start = _past_day(month, int(m["d1"]), today)[0]
            end = start.replace(day=int(m["d2"]))
    except ValueError:
        return None
    return DateRange(start, end, f"between {format_day(start)} and {format_day(end)}", m.span())


# Two years in a row joined: "in 22 or 23", "during 2022 and 2023", "in '21/'22": both years, whole.
_YEAR_PAIR = re.compile(r"\b(?:in|during|for)\s+(?P<y1>(?:19|20)\d\d|'?\d\d)\s*(?:or|and|&|\+|/|,)\s*"
                        r"(?P<y2>(?:19|20)\d\d|'?\d\d)\b(?![/.]\d|\s*(?:shares|options|units|%|k\b))", re.I)


# Two months (or quarters) of one year joined: "nov or dec 2021", "october and november 2024", "q3 or q4 2023".
_MONTH_PAIR = re.compile(rf"\b(?P<m1>{_MONTH}|q[1-4])\s*(?:or|and|&|\+|/)\s*(?P<m2>{_MONTH}|q[1-4]),?\s+(?P<year>{_YEAR})\b",
                         re.I)


def _months(word: str) -> tuple[int, int]:
    low = word.lower().rstrip(".")
    return (3 * int(low[1]) - 2, 3 * int(low[1])) if low[0] == "q" and low[1:].isdigit() else (MONTHS[low],) * 2


def _month_pair(text: str) -> DateRange | None:
    if (m := _MONTH_PAIR.search(text)) is None or (first := _months(m["m1"]))[1] + 1 != (
            second := _months(m["m2"]))[0]:  # (not "oct or dec": November is not asked)
        return None
    start, end = dt.date(int(m["year"]), first[0], 1), _month_end(int(m["year"]), second[1])
    return DateRange(start, end, f"between {format_day(start)} and {format_day(end)}", m.span())


def _year_pair(text: str, today: dt.date) -> DateRange | None:
    m = _YEAR_PAIR.search(text)
    if m is None:
        return None
    first, second = (int(y.lstrip("'")) for y in (m["y1"], m["y2"]))
    first, second = (y + 2000 if y < 100 else y for y in (first, second))
    if second != first + 1 or not 1990 <= first < today.year + 1:
        return None
    return DateRange(dt.date(first, 1, 1), dt.date(second, 12, 31), f"in {first} or {second}", m.span())

"""Two times joined into one range: two days of a month ("jan 23 + 24", "december 8 and 9, 2025"), two months
or quarters of a year in a row ("nov or dec 2021", "q3 or q4 2023") and two years in a row ("in 22 or 23"): the
whole span, both ends in; two that are not in a row ("oct or dec") are not read here. Also the part of a month or
year a question narrows to ("late nov 21", "early march 2024", "mid-2021"), a month named from today ("this
june"), and bounds said with the day itself in ("on or after jan 15, 2025 and before april 1", "2025 or later")."""

from __future__ import annotations

import datetime as dt
import re

from bot.answers.dates import (
    _EXPR,
    _MONTH,
    _ORD,
    _YEAR,
    FULL_MONTH,
    MONTHS,
    DateRange,
    _month_end,
    _past_day,
    _recent_month,
    parse_expression,
)
from bot.domain.formats import format_day


def pair_range(text: str, today: dt.date) -> DateRange | None:
    """The first pair of days, months or quarters, or years the text joins; None otherwise."""
    return (_open_bounds(text, today) or _bounded(text, _part_range(text, today), today)
            or _bounded(text, _this_month(text, today), today) or _day_pair(text, today) or _month_pair(text)
            or _year_pair(text, today))


# "on or after jan 15, 2025 and before april 1, 2025", "on or before march 1": the day itself counts; "2025 or later",
# "2024 onward", "2023 or earlier": from (or to) that time.
_ON_OR = re.compile(rf"\b(?:(?P<on>on\s+or\s+)?(?P<dir>after|since|from)|on\s+or\s+(?P<before>before|until))\s+(?P<a>{_EXPR})"
                    rf"(?:,?\s+(?:and|but)\s+(?P<on2>on\s+or\s+)?(?P<dir2>before|until|through|thru|prior\s+to)\s+(?P<b>{_EXPR}))?"
                    rf"(?![\w/])", re.I)
_OR_LATER = re.compile(rf"\b(?P<a>{_EXPR})\s+(?:(?:or|and)\s+(?P<dir>later|after|beyond|since|earlier|before)|(?P<on>on(?=\s*(?:[?.!,;]|$))|onwards?|"
                       rf"forward))\b", re.I)  # ("from 2024 on", never "2021 on his form 4")


def _open_bounds(text: str, today: dt.date) -> DateRange | None:
    m = _ON_OR.search(text)
    if m is not None and (m["on"] or m["before"] or m["b"]):
        first = parse_expression(m["a"], today)
        if first is None:
            return None
        if m["before"]:
            return DateRange(None, first[1], f"on or before {format_day(first[1])}", m.span())
        start = first[0] if (m["on"] or m["dir"].lower() in ("since", "from")) else first[1] + dt.timedelta(days=1)
        end = today
        if m["b"] and (second := parse_expression(m["b"], today)) is not None:
            end = second[1] if (m["on2"] or m["dir2"].lower() in ("until", "through", "thru")) else second[0] - dt.timedelta(days=1)
        return DateRange(start, end, f"from {format_day(start)} to {format_day(end)}", m.span())
    m = _OR_LATER.search(text)
    if m is None or (found := parse_expression(m["a"], today)) is None:
        return None
    if m["on"] or m["dir"].lower() in ("later", "after", "beyond", "since"):
        return DateRange(found[0], today, f"since {format_day(found[0])}", m.span())
    return DateRange(None, found[1], f"until {format_day(found[1])}", m.span())


_BOUND_BEFORE = re.compile(r"\b(?P<word>since|from|after|before|until|till|through|thru|by|between|and|to)\s+(?:the\s+)?$", re.I)


def _bounded(text: str, found: DateRange | None, today: dt.date) -> DateRange | None:
    """A part of a month or year, or "this june", as the question bounds it: "after mid-2021" is from its end on,
    "since this june" from its start to today, "before early 2024" up to its start; between two of them, or joined
    to another date ("between early november and late december"), it is left to the readers of two dates."""
    if found is None or found.start is None or found.end is None:
        return found
    m = _BOUND_BEFORE.search(text[:found.span[0]])
    if m is None:
        return found
    word, said = m["word"].lower(), re.sub(r"\s*\(.*\)$", "", found.label.removeprefix("in "))
    start, end = found.start, found.end
    if word in ("since", "from"):
        return DateRange(start, today, f"since {said} (from {format_day(start)})", (m.start(), found.span[1]))
    if word == "after":
        return DateRange(end + dt.timedelta(days=1), today, f"after {said} (from {format_day(end + dt.timedelta(days=1))})",
                         (m.start(), found.span[1]))
    if word == "before":
        return DateRange(None, start - dt.timedelta(days=1), f"before {said} (before {format_day(start)})",
                         (m.start(), found.span[1]))
    if word in ("until", "till", "through", "thru", "by"):
        return DateRange(None, end, f"until the end of {said} ({format_day(end)})", (m.start(), found.span[1]))
    return None


# "late nov 21", "early march 2024", "mid-2021": part of a month (days 1-15, 8-22, 16 to the end) or of a year
# (January-April, May-August, September-December). Two digits after a month are its year here ("late nov 21").
_PART = re.compile(rf"\b(?P<part>early|mid|middle\s+of|late)[-\s]+(?:of\s+)?(?:(?P<month>{_MONTH})\.?,?\s*"
                   rf"(?P<year>{_YEAR}|'?\d\d(?!\d))?|(?P<whole>{_YEAR}))(?![\w/%])(?!\s*(?:st|nd|rd|th)\b)", re.I)
_THIRDS = {"early": 0, "mid": 1, "middle": 1, "late": 2}


def _part_range(text: str, today: dt.date) -> DateRange | None:
    m = _PART.search(text)
    if m is None:
        return None
    third = _THIRDS[m["part"].split()[0].lower()]
    said = ("early", "mid", "late")[third]
    if m["month"] and m["month"].lower() == "may" and not m["year"]:
        return None  # ("how late may a form 4 be filed": the verb)
    if m["whole"]:
        year = int(m["whole"])
        start, end = dt.date(year, 4 * third + 1, 1), _month_end(year, 4 * third + 4)
        return DateRange(start, end, f"in {said} {year} ({format_day(start)} to {format_day(end)})", m.span())
    month = MONTHS[m["month"].lower().rstrip(".")]
    year = int(m["year"].lstrip("'")) if m["year"] else None
    year = (year + 2000 if year < 100 else year) if year is not None else _recent_month(month, today)
    if year > today.year:
        return None
    if not m["year"] and dt.date(year, month, (1, 8, 16)[third]) > today:
        year -= 1  # ("late december" on December 7: last year's)
    start = dt.date(year, month, (1, 8, 16)[third])
    end = _month_end(year, month) if third == 2 else dt.date(year, month, (15, 22)[third])
    return DateRange(start, end, f"in {said} {start:%B} {year}", m.span())


# "this june": this year's, when it has begun, else last year's ("last june" is read with the months of no year).
_THIS_MONTH = re.compile(rf"\b(?P<which>this)\s+(?P<month>{FULL_MONTH}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b"
                         rf"(?!\s*\d)", re.I)


def _this_month(text: str, today: dt.date) -> DateRange | None:
    m = _THIS_MONTH.search(text)
    if m is None:
        return None
    month = MONTHS[m["month"].lower()]
    year = _recent_month(month, today)
    start, end = dt.date(year, month, 1), _month_end(year, month)
    return DateRange(start, end, f"in {start:%B} {year}", m.span())


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

"""A date typed without its year ("doe exrb sale may 16", "did roe buy in june") is read as the latest such day
or month by today. When the company or insider named has nothing then but does in an earlier year, the
question is about that year: it is answered for the latest year with records on those days, and the answer
says how the date was read. Nothing is moved for a question with a year, a relative date ("last june" is
meant as said) or no company or insider (a market-wide "sales in june" keeps this year's June)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import replace

from bot.answers import query
from bot.answers.rules import RulesParse
from bot.answers.understand import Understanding
from bot.domain.formats import format_date

YEARS_BACK = 15
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|'\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b\d{1,2}/\d{1,2}\b",
                         re.I)
_RELATIVE = re.compile(r"\b(?:last|this|past|previous|next|ago|since|ytd|year)\b", re.I)


def _typed_without_year(parse: RulesParse) -> bool:
    dates = parse.dates
    if dates is None or dates.start is None or dates.end is None or dates.span == (0, 0):
        return False
    typed = parse.question[dates.span[0]:dates.span[1]]
    return bool(_MONTH_WORD.search(typed)) and not _YEAR.search(typed) and not _RELATIVE.search(typed) \
        and (dates.end - dates.start).days < 31


def _has_rows(conn: sqlite3.Connection, understanding: Understanding, start: dt.date, end: dt.date) -> bool:
    """Rows of the question's scope in the window: of the kind asked, or for a sale or a purchase any kind (a sale
    asked about on a day of shares withheld, a purchase in a month of grants, is answered there, with its near
    misses)."""
    update = {"date_from": start, "date_to": end}
    if understanding.spec.transaction in ("sell", "buy", "open_market"):
        update["transaction"] = None
    spec = understanding.spec.model_copy(update=update)
    return bool(query.entries(conn, replace(understanding, spec=spec).filters(), limit=1, counted=False))


def _years_earlier(day: dt.date, years: int) -> dt.date | None:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # Feb 29
        return None


def read_in_year_with_records(understanding: Understanding, parse: RulesParse, conn: sqlite3.Connection
                              ) -> tuple[Understanding, str] | None:
    """The understanding moved to the latest earlier year with records on the days typed, and a note saying so;
    None when the date had a year, the scope is market-wide, or this year's days have records."""
    spec = understanding.spec
    if not (understanding.company or understanding.insider) or not _typed_without_year(parse):
        return None
    start, end = spec.date_from, spec.date_to
    if start is None or end is None or _has_rows(conn, understanding, start, end):
        return None
    for years in range(1, YEARS_BACK + 1):
        earlier_start, earlier_end = _years_earlier(start, years), _years_earlier(end, years)
        if earlier_start is None or earlier_end is None:
            continue
        if _has_rows(conn, understanding, earlier_start, earlier_end):
            period = (spec.period or "").replace(str(start.year), str(earlier_start.year)) or None
            moved = spec.model_copy(update={"date_from": earlier_start, "date_to": earlier_end, "period": period})
            typed = parse.question[parse.dates.span[0]:parse.dates.span[1]].strip()
            when = format_date(earlier_start) if earlier_start == earlier_end else str(earlier_start.year)
            note = (f"(“{typed}” has no year: nothing is filed for it in {start.year}, so it is read as {when}, "
                    "the latest with filings.)")
            return replace(understanding, spec=moved), note
    return _month_of_two_digit_year(understanding, parse, conn)


_MONTH_YY = re.compile(r"(?:(?:on|in|of|for|during)\s+)?(?:the\s+)?(?P<month>[a-z]+)\.?\s+'?(?P<yy>\d\d)", re.I)


def _month_of_two_digit_year(understanding: Understanding, parse: RulesParse, conn: sqlite3.Connection
                             ) -> tuple[Understanding, str] | None:
    """"scarpelli sales dec 22" with nothing on any Dec 22: December 2022, when that month has filings."""
    typed = parse.question[parse.dates.span[0]:parse.dates.span[1]].strip()
    found = _MONTH_YY.fullmatch(typed)
    start = understanding.spec.date_from
    if found is None or start is None:
        return None
    year = 2000 + int(found["yy"])
    if year > dt.date.today().year + 1:
        return None
    first = dt.date(year, start.month, 1)
    last = (dt.date(year + (start.month == 12), start.month % 12 + 1, 1) - dt.timedelta(days=1))
    if not _has_rows(conn, understanding, first, last):
        return None
    period = f"in {first:%B %Y}"
    moved = understanding.spec.model_copy(update={"date_from": first, "date_to": last, "period": period})
    note = f"(“{typed}” read as {first:%B %Y}: nothing is filed on that day of the month in any year.)"
    return replace(understanding, spec=moved), note

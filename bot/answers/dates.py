"""Date ranges in users' words ("last month", "Q3 2023", "since March", "between 1 May and 3 June 2024").

Everything is relative to an injected ``today`` so answers and tests are deterministic. Calendar
semantics: "last week" is the previous Monday-Sunday, "last month" the previous calendar month;
"past week" / "last 7 days" are rolling windows ending today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.answers.relative_dates import WEEKDAY as _WEEKDAY
from bot.answers.relative_dates import month_end as _month_end
from bot.answers.relative_dates import quarter as _quarter
from bot.answers.relative_dates import relative as _relative
from bot.domain.formats import format_day

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|" \
         r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_ORD = r"(?:st|nd|rd|th)?"
FULL_MONTH = "(?:" + "|".join(m for m in MONTHS if len(m) > 3 and m != "sept") + ")"  # (not "may": a verb too)
# "in a December, in any year", "december, any year", "every march", "in decembers": that month of every year.
MONTH_ANY_YEAR = re.compile(rf"\b(?:in\s+)?(?:(?:a|any|every|each)\s+(?P<a>{FULL_MONTH})\b(?:\s*,?\s*(?:in\s+|of\s+)?"
                            rf"(?:any|every|each)\s+year)?|(?P<b>{FULL_MONTH})\s*,?\s*(?:in\s+|of\s+)?(?:any|every|each)"
                            rf"\s+year\b|(?P<c>{FULL_MONTH})s\b)", re.I)
_YEAR = r"(?:19[89]\d|20\d\d)"
# "the first half of last year", "q2 of this year": a part of a year named relative to today.
_YEAR_SAID = rf"(?:{_YEAR}|(?:last|this|past|previous)\s+year)"
_QUARTER = (rf"(?:q[1-4]\s*(?:of\s+)?'?(?:{_YEAR}|\d\d)|{_YEAR}\s*q[1-4]|(?:first|second|third|fourth)\s+quarter(?:\s+of)?\s+"
            rf"{_YEAR_SAID}|q[1-4]\s+(?:of\s+)?(?:last|this)\s+year)")
_HALF = rf"(?:(?:h[12]|[12]h)\s*'?(?:{_YEAR}|\d\d)|(?:first|second|1st|2nd|front|back)\s+half(?:\s+of)?\s+{_YEAR_SAID})"
# A fiscal year is read as the calendar year (each company's fiscal year differs; the label says so).
_FISCAL = rf"(?:fy|fiscal(?:\s+year)?)\s*'?(?:{_YEAR}|\d\d)"

# One date expression: a day, a month, a quarter or a year. Longest forms first. A month name on its own
# ("may", "march") counts only after a preposition, so it is left out of the bare form.
_BARE_EXPR = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{4}}-\d{{1,2}}(?![\d-])"
    rf"|\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d\d)"
    rf"|\d{{4}}\.\d\d\.\d\d"  # "2024.05.15"
    rf"|(?:summer|winter|spring|fall|autumn)\s+(?:of\s+)?{_YEAR}"
    # "3/14" (a day of the latest such date); not a fraction ("1/3 of his shares", "1/48th", "50/50")
    rf"|(?<![\d/.$])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?![\d/%]|th\b|st\b|nd\b|rd\b|\s*of\b"
    rf"|\s*(?:quarterly|monthly|annually|yearly|each|every|per|a\s+(?:year|quarter|month))\b)"
    rf"|{_MONTH}\s+\d{{1,2}}{_ORD},?\s+{_YEAR}"
    rf"|{_MONTH}\s+\d{{1,2}}{_ORD},?\s+'?[0-3]\d(?![\w%/.,'’]|\s*(?:shares|options|units|rsus|k\b|m\b))"  # "nov 8 21"
    rf"|\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
    rf"|{_QUARTER}"
    rf"|{_HALF}"
    rf"|{_FISCAL}"
    rf"|{_MONTH},?\s+{_YEAR}"
    rf"|{_MONTH}\s+\d{{1,2}}{_ORD}(?![\d,]*\s*{_YEAR})"
    rf"|\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH}(?!\.?\s+\d)"  # (not "1st nov 8": the first of Nov 8's forms)
    # a year, not one inside a holder's name ("the McMahon 1995 Family Trust", "Sequoia 2010 Seed Fund")
    rf"|(?<![\w'’])['’][0-3]\d(?![\w'’%])"  # "pltr '24": the year 2024
    rf"|{_YEAR}(?!(?:\s+|-)(?:[a-z]+\s+)?(?:family\s+)?(?:trusts?|funds?|llcs?|lps?|grats?|l\.p\.)(?!\w))"
    rf"|q[1-4])"
)
# Words after which two digits count something ("top 10", "last 20", "over 50"), never a year.
_COUNTING = ("top", "last", "first", "next", "over", "under", "above", "below", "than", "about", "around", "the",
             "to", "by", "biggest", "largest", "smallest", "latest", "newest", "oldest", "earliest", "past", "age",
             "form", "code", "item", "rank", "no", "number", "x", "day", "week", "sold", "sell", "bought", "buy", "own",
             "owns", "hold", "holds", "held", "has", "had", "got", "get", "gave", "kept", "exercised", "granted", "withheld", "vested",
             *MONTHS, "list", "show", "me", "give", "pull", "find", "any", "all", "only", "just", "see", "view", "footnote",
             "footnotes", "row", "rows", "line", "lines", "page", "note", "notes", "with", "and", "or", "his", "her",
             "their", "my", "our", "its", "those", "these", "every", "each", "least", "most", "up", "down", "around")
_EXPR = _BARE_EXPR[:-1] + rf"|{_MONTH}|'\d\d)"  # and "in '21" after a preposition

_RELATIVE = (
    r"(?:today(?!['’]s\s+(?:[\w$.]+\s+)?(?:price|prices|value|close|quote)\b)(?!['’]s\s*[?.!]?\s*$)|yesterday|this\s+week|last\s+week|past\s+week|this\s+month|last\s+month|past\s+month"
    r"|this\s+quarter|last\s+quarter|this\s+year|last\s+year|past\s+year|year\s+to\s+date|ytd"
    r"|(?:the\s+)?(?:last|past|previous)\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?:days?|weeks?|months?|quarters?|years?)"
    rf"|(?:last|this|past)\s+{_WEEKDAY}\b|(?:over\s+)?(?:the|this|last|past)\s+weekend\b(?!s)"
    rf"|(?:(?<=\bon\s)|(?<=\bsince\s)|(?<=\bafter\s)|(?<=\bbefore\s)){_WEEKDAY}\b(?!s))"
)


_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("between", re.compile(rf"\b(?:between|from)\s+(?P<a>{_EXPR}|{_RELATIVE})\s+(?:and|to|until|till|through|thru|-)\s+(?P<b>{_EXPR}|{_RELATIVE}|today|now)\b", re.I)),
    ("between", re.compile(rf"(?<![\w/-])(?P<a>{_EXPR})\s+(?:to|through|until|till|-)\s+(?P<b>{_EXPR}|today|now)\b",
                           re.I)),
    # "the form 4 from march 3 2025": the filing of that day, not everything since
    ("in", re.compile(rf"\b(?:filings?|form\s*[345](?:/a)?s?|reports?)\s+(?:(?:are|is|were|was|there|dated|filed|on\s+file)\s+){{0,3}}"
                      rf"(?P<at>from\s+(?P<a>{_EXPR}))\b(?!\s+(?:to|until|till|through|thru|and|-)\s)", re.I)),
    # "anything from 2018", "sales from may 2022": that time ("from 2025 on" is since)
    ("in", re.compile(rf"(?P<at>\bfrom\s+(?P<a>{_EXPR}|{_RELATIVE}))\b(?!\s+(?:to|until|till|through|thru|and|-|on|onwards?|"
                      rf"forwards?|later|or\s+later|up)\b)", re.I)),
    ("since", re.compile(rf"\b(?:since|starting|from)\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<a>{_EXPR}|{_RELATIVE})\b", re.I)),
    ("after", re.compile(rf"\bafter\s+(?P<a>{_EXPR}|{_RELATIVE})\b", re.I)),
    ("before", re.compile(rf"\bbefore\s+(?P<a>{_EXPR}|{_RELATIVE})\b", re.I)),
    ("until", re.compile(rf"\b(?:until|till|through|up\s+to)\s+(?P<a>{_EXPR}|{_RELATIVE})\b", re.I)),
    # (not "the first half of last year", "q1 of this year": a part of that year, read below)
    ("relative", re.compile(rf"(?<!half\sof\s)(?<!half\s)(?<!quarter\sof\s)(?<!quarter\s)(?<!q[1-4]\sof\s)(?<!q[1-4]\s)"
                            rf"\b(?P<a>{_RELATIVE})\b", re.I)),
    # "the week of nov 22, 2021": Monday to Sunday of the week holding that day
    ("week", re.compile(rf"\b(?:the\s+)?week\s+of\s+(?:the\s+)?(?P<a>{_EXPR})\b", re.I)),
    # "in feb 25": a month and a two-digit year after "in" ("on feb 25" is the day)
    ("month_year", re.compile(rf"\b(?:in|during)\s+(?P<a>{_MONTH}\.?\s+'?\d\d)\b(?!\s*(?:st|nd|rd|th)\b)(?!,?\s*'?\d)(?![/\d])",
                              re.I)),
    ("in", re.compile(rf"\b(?:in|on|during|for)\s+(?:the\s+)?(?P<a>{_EXPR})\b", re.I)),
    # "thiel buy pltr in 24?": two digits after "in" ending the clause are a year ("in 24 hours" is not)
    ("yy", re.compile(r"\b(?:in|during)\s+(?P<a>\d\d)(?=\s*(?:[?!.,;]|$|\b(?:and|too|also|at|for|by)\b))", re.I)),
    # "net buy/sell pltr 24", "snow 22 vs pltr 24": two digits ending a side after a word that counts nothing
    ("yy", re.compile(r"(?<=[a-z])" + "".join(rf"(?<!\b{w})" for w in _COUNTING) + r"\s+(?P<a>\d\d)"
                      r"(?=\s*(?:[?!,;]|$|\s(?:vs\.?|versus|and|&|or|insiders?|sales?|sells?|sold|selling|buys?|bought"
                      r"|buying|purchases?|trades?|trading|activity|net|filings?|grants?|exercises?|gifts?)\b|\s\$))", re.I)),
    # A month with its year is a date even before "option" ("December 2009 option grant"); a bare number
    # before "shares" or "options" is an amount, unless an event follows ("the 2025 option exercises"). Never after "-" ("10b5-1 nov 2021" is a plan and a month).
    ("bare", re.compile(rf"(?<![\w$.,-])(?P<a>{_MONTH}\s+\d{{1,2}}{_ORD},?\s+{_YEAR}|{_MONTH},?\s+{_YEAR})(?![\w%])",
                        re.I)),
    ("bare", re.compile(rf"(?<![\w$.,-])(?P<a>{_BARE_EXPR})(?![\w%])"
                       r"(?!\s*(?:shares|options|units|rsus|psus|warrants)\b)"
                       r"(?!\s*(?:option|unit|rsu|psu|warrant|stock|common)\b"
                       r"(?!\s+(?:options?\s+)?(?:exercises?|grants?|awards?|vestings?|sales?|purchases?|buys?)\b))", re.I)),
]


@dataclass(frozen=True)
class DateRange:
    start: dt.date | None
    end: dt.date | None
    label: str
    span: tuple[int, int] = (0, 0)

    def describe(self) -> str:
        return self.label


def _year(text: str) -> int:
    text = text.strip("'’")
    value = int(text)
    return value + 2000 if value < 100 else value


def _recent_month(month: int, today: dt.date) -> int:
    """The year of the latest such month that has started by today."""
    return today.year if month <= today.month else today.year - 1


def _year_said(said: str, today: dt.date) -> int:
    """"2025" -> 2025; "last year" / "past year" / "previous year" -> the year before today's; "this year" -> today's."""
    return int(said) if said.isdigit() else today.year - (0 if said.startswith("this") else 1)


def _half(h: int, year: int) -> tuple[dt.date, dt.date]:
    return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if h == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))


def _fmt_range(start: dt.date, end: dt.date) -> str:
    if start == end:
        return format_day(start)
    if start.day == 1 and end == _month_end(end.year, end.month):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%B} {start.year}"
        if start.month == 1 and end.month == 12 and start.year == end.year:
            return str(start.year)
        if (end.month - start.month) == 2 and start.year == end.year and start.month % 3 == 1:
            return f"Q{(start.month - 1) // 3 + 1} {start.year}"
        if (end.month - start.month) == 5 and start.year == end.year and start.month in (1, 7):
            return f"H{1 if start.month == 1 else 2} {start.year}"
    return f"{format_day(start)} to {format_day(end)}"


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().replace(".", ""))


def parse_expression(text: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The interval one date expression covers (a day, a month, a quarter, a year or a relative period)."""
    s = _clean(text)
    rel = _relative(s, today)
    if rel:
        return rel
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", s):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), _month_end(year, month)
        if m := re.fullmatch(r"'(\d\d)", s):
            year = _year(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)", s):
            day = dt.date(_year(m[3]), int(m[1]), int(m[2]))
            return day, day
        if m := re.fullmatch(r"((?:19|20)\d\d)(\d\d)(\d\d)", s):  # "2024.05.15" without its dots
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(rf"(summer|winter|spring|fall|autumn) (?:of )?({_YEAR})", s):
            return _season(m[1], int(m[2]))
        if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})", s):
            if int(m[1]) < int(m[2]) <= 4:
                return None  # "1/3", "3/4": a fraction far more often than Jan 3 or Mar 4
            return _past_day(int(m[1]), int(m[2]), today)
        if m := re.fullmatch(rf"({_MONTH}) (\d{{1,2}}){_ORD},? ({_YEAR}|'?[0-3]\d)", s):  # "nov 8 2021", "nov 8 21"
            day = dt.date(_year(m[3]), MONTHS[m[1]], int(m[2]))
            return day, day
        if m := re.fullmatch(rf"(\d{{1,2}}){_ORD} (?:of )?({_MONTH}),? ({_YEAR})", s):
            day = dt.date(int(m[3]), MONTHS[m[2]], int(m[1]))
            return day, day
        if m := re.fullmatch(rf"q([1-4]) ?(?:of )?('?(?:{_YEAR}|\d\d)|(?:last|this) year)", s):
            return _quarter(int(m[1]), _year_said(m[2], today) if m[2].endswith("year") else _year(m[2]))
        if m := re.fullmatch(rf"({_YEAR}) ?q([1-4])", s):
            return _quarter(int(m[2]), int(m[1]))
        if m := re.fullmatch(rf"(first|second|third|fourth) quarter(?: of)? ({_YEAR_SAID})", s):
            q = ["first", "second", "third", "fourth"].index(m[1]) + 1
            return _quarter(q, _year_said(m[2], today))
        if m := re.fullmatch(rf"(?:h([12])|([12])h) ?('?(?:{_YEAR}|\d\d))", s):
            return _half(int(m[1] or m[2]), _year(m[3]))
        if m := re.fullmatch(rf"(first|second|1st|2nd|front|back) half(?: of)? ({_YEAR_SAID})", s):
            return _half(1 if m[1] in ("first", "1st", "front") else 2, _year_said(m[2], today))
        if m := re.fullmatch(rf"(?:fy|fiscal(?: year)?) ?('?(?:{_YEAR}|\d\d))", s):
            year = _year(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := re.fullmatch(r"q([1-4])", s):
            q = int(m[1])
            start, end = _quarter(q, today.year)
            return (start, end) if start <= today else _quarter(q, today.year - 1)
        if m := re.fullmatch(rf"({_MONTH}),? ({_YEAR})", s):
            month, year = MONTHS[m[1]], _year(m[2])
            return dt.date(year, month, 1), _month_end(year, month)
        if m := re.fullmatch(rf"({_MONTH}) (\d{{1,2}}){_ORD}", s):
            return _past_day(MONTHS[m[1]], int(m[2]), today)
        if m := re.fullmatch(rf"(\d{{1,2}}){_ORD} (?:of )?({_MONTH})", s):
            return _past_day(MONTHS[m[2]], int(m[1]), today)
        if re.fullmatch(_YEAR, s) or re.fullmatch(r"['’]\d\d", s):
            year = _year(s)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := re.fullmatch(_MONTH, s):
            month = MONTHS[s]
            year = _recent_month(month, today)
            return dt.date(year, month, 1), _month_end(year, month)
    except ValueError:
        return None
    return None


def _season(name: str, year: int) -> tuple[dt.date, dt.date]:
    """Northern meteorological seasons: summer Jun-Aug, fall Sep-Nov, winter Dec (the year before)-Feb."""
    if name == "winter":
        return dt.date(year - 1, 12, 1), _month_end(year, 2)
    first = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9}[name]
    return dt.date(year, first, 1), _month_end(year, first + 2)


def _past_day(month: int, day: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """The day in this year, or last year's when it is still to come (ValueError for no such day)."""
    date = dt.date(today.year, month, day)
    if date > today:
        date = date.replace(year=today.year - 1)
    return date, date


def find_date_range(text: str, today: dt.date) -> DateRange | None:
    """The first date range a question states, with the span of text it came from."""
    from bot.answers.date_pairs import pair_range  # (it builds on this module's words)

    if (pair := pair_range(text, today)) is not None:
        return pair
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            interval = _month_of_year(m["a"], today) if kind == "month_year" else parse_expression(
                f"'{m['a']}" if kind == "yy" else m["a"], today)
            if kind == "yy" and interval is not None and interval[0].year > today.year:
                continue
            if interval is None:
                continue
            start, end = interval
            if kind == "between":
                other = parse_expression(m["b"], today)
                if other is None:
                    continue
                interval = _with_year_of(m["a"], m["b"], today) or interval
                start, end = interval
                start, end = min(start, other[0]), max(end, other[1])
                label = f"between {format_day(start)} and {format_day(end)}"
            elif kind == "since":
                end = today
                label = f"since {format_day(start)}"
            elif kind == "after":
                start, end = end + dt.timedelta(days=1), today
                label = f"after {format_day(start - dt.timedelta(days=1))}"
            elif kind == "before":
                start, end = None, start - dt.timedelta(days=1)
                label = f"before {format_day(end + dt.timedelta(days=1))}"
            elif kind == "week" and start == end:
                start = start - dt.timedelta(days=start.weekday())
                end = start + dt.timedelta(days=6)
                label = f"in the week of {format_day(start)} to {format_day(end)}"
            elif kind == "until":
                start = None
                label = f"until {format_day(end)}"
            else:
                label = _label_for(m["a"], start, end)
            return DateRange(start, end, label, m.span("at") if "at" in m.re.groupindex else m.span())
    return None


def _month_of_year(expr: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """"feb 25" after "in", the month abbreviated as chat writes it: February 2025, when that is not in the future;
    else None (read as a day)."""
    m = re.fullmatch(rf"({_MONTH})\.? '?(\d\d)", _clean(expr))
    if m is None or _year(m[2]) > today.year or len(m[1]) > 4:  # "in march 15" is the day; "in feb 25" the month
        return None
        return None
    year, month = _year(m[2]), MONTHS[m[1]]
    return dt.date(year, month, 1), _month_end(year, month)


def _with_year_of(first: str, second: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """"jan through dec 2021", "nov 1 - nov 30 2021": the first end takes the year the second states."""
    year = re.search(_YEAR, second)
    if year is None or re.search(rf"{_YEAR}|'\d\d|\d+/\d+/\d+|q[1-4]", first, re.I):
        return None
    return parse_expression(f"{first.strip()} {year.group(0)}", today)


def _label_for(expr: str, start: dt.date, end: dt.date) -> str:
    s = _clean(expr)
    if re.fullmatch(_FISCAL, s):
        return f"in fiscal {start.year}, read as calendar {start.year} (fiscal years differ by company)"
    if s in ("ytd", "year to date"):
        return f"year to date ({_fmt_range(start, end)})"
    if m := re.fullmatch(r"(?:the )?(last|past|previous) (.+)", s):
        if re.search(r"\d|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b", m[2]) or m[1] != "last":
            # A rolling window ("the last 30 days", "the past week"), not a calendar one ("last week").
            return f"in the {m[1]} {m[2]} ({_fmt_range(start, end)})"
    if re.fullmatch(_RELATIVE, s):
        return f"{s} ({_fmt_range(start, end)})"
    if m := re.fullmatch(rf"(summer|winter|spring|fall|autumn) (?:of )?({_YEAR})", s):
        return f"in {m[1]} {m[2]} ({_fmt_range(start, end)})"
    return ("on " if start == end else "in ") + _fmt_range(start, end)


def period_to_range(period: str | None, today: dt.date) -> DateRange | None:
    """A period phrase (as an LLM copies it from the question) to dates; None when it is not understood."""
    if not period or not period.strip():
        return None
    found = find_date_range(period, today)
    if found is not None:
        return found
    interval = parse_expression(period, today)
    if interval is None:
        return None
    return DateRange(interval[0], interval[1], _label_for(period, *interval))


def describe_range(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return _fmt_range(start, end) if start != end else f"on {format_day(start)}"
    if start:
        return f"since {format_day(start)}"
    if end:
        return f"until {format_day(end)}"
    return "any date"

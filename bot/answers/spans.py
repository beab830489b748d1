"""The second stage of reading a question: recognised spans. Each recogniser finds one kind of phrase in
what is left of the question (``tokens.Text``), blanks it and returns it as a ``Span``: an explicit
ticker, a scope phrase, an amount bound, a date, a form, a role, a security, a verb (transaction), an
aggregation word, a limit, a comparison. Names are recognised last, from the words left (``rules``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from bot.answers import ask_words, lexicon
from bot.answers.dates import FULL_MONTH, MONTH_ANY_YEAR, MONTHS, DateRange, find_date_range
from bot.answers.relative_dates import WEEKDAY, WEEKDAY_NAMES
from bot.answers.tokens import NUMBER_WORDS, Text
from bot.domain.codes import TRANSACTION_KINDS

SpanKind = str  # ticker | scope | amount | date | form | amendments | limit | role | security | transaction |
#                 aggregation | comparison | name | filler | unknown


@dataclass(frozen=True)
class Span:
    """One recognised phrase: its kind, what it means, the words as written and where they stand."""

    kind: SpanKind
    value: Any
    text: str
    start: int
    end: int

    def pair(self) -> tuple[str, Any]:
        """(kind, value): what a table of expected spans compares."""
        return self.kind, self.value


def _span(kind: str, value: Any, m: re.Match, group: int | str = 0) -> Span:
    return Span(kind, value, m.group(group), m.start(group), m.end(group))


def explicit_tickers(text: Text) -> list[Span]:
    """"$TGEN", "$tsla": tickers nothing else may take."""
    found = text.take(r"\$([A-Za-z][A-Za-z.\-]{0,9})\b")
    return [Span("ticker", m.group(1).upper(), m.group(0), m.start(), m.end()) for m in found]


def scope(text: Text) -> list[Span]:
    """"anywhere", "overall", "all companies", "in the whole database": no company filter."""
    return [_span("scope", "all_companies", m) for m in text.take(lexicon.SCOPE)]


def comparisons(text: Text) -> list[Span]:
    """"vs", "versus", "compared to": the question sets two things side by side."""
    pattern = r"\bvs\.?(?!\w)|\bversus\b|\bcompared\s+(?:to|with)\b|\bcompare\b"
    return [_span("comparison", "versus", m) for m in text.take(pattern)]


# ---- dates, forms, limits ------------------------------------------------------------------------

_FORM = re.compile(r"\bforms?\s*([345])(\s*/\s*a)?(?:'?s)?(?!\w)", re.I)
_AMENDMENTS = re.compile(r"\bamend(?:ment|ments|ed|s|ing)?\b|\b[345]\s*/\s*a(?:'?s)?(?!\w)", re.I)
_INITIAL_STATEMENT = re.compile(r"\binitial\s+(?:ownership\s+)?statements?(?:\s+of\s+(?:beneficial\s+)?ownership)?\b"
                                r"(?:\s+of\s+holdings)?", re.I)
_BARE_FORM = re.compile(r"\b([345])\s*/\s*a(?:'?s)?(?!\w)|(?<![\w$.,])([345])s\b", re.I)
_AT_IPO = re.compile(r"\b(?:at|before|pre|when)[\s-]+(?:the\s+|its\s+|[\w.]+'s\s+)?(?P<kw>ipo|listing)\b"
                     r"|\bwhen\s+(?:\S+\s+){0,3}?(?P<kw2>went\s+public)\b", re.I)
_NUMBER_WORDS = {w: NUMBER_WORDS[w] for w in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                             "twenty")}  # "the two largest", "top five"
_N = r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + ")"
# "top 5", "last three", and the number first: "the two largest purchases", "3 most recent sales".
_LIMIT = re.compile(rf"\b(?:top|last|first|latest|biggest|largest|smallest|recent|newest)\s+{_N}\b"
                    rf"|\b(?:the\s+)?{_N}\s+(?:biggest|largest|smallest|latest|newest|most\s+recent|highest|lowest)\b",
                    re.I)


_ANY_YEAR = re.compile(r"\b(?:in\s+)?(?:(?:any|every|each|all)\s+(?:the\s+)?|(?:which|what)\s+)(?:years?|yrs?)\b", re.I)
_BARE_MONTH = re.compile(rf"\bin\s+(?P<m>{FULL_MONTH})\b(?!\s*,?\s*(?:\d|'\d))", re.I)


# "on a monday", "the monday in march 2025", "weekend-dated", "on weekends", "on fridays": days of the week (Monday 0
# ... Sunday 6), apart from the dates. Never a weekday before a date of its own ("monday, march 17"), nor one day
# ("on monday", "last friday": the latest such day, read with the dates), nor "over the weekend" (the latest one).
_DAY = WEEKDAY
_WEEKDAY = re.compile(rf"\b(?:on\s+)?(?:(?P<weekend>(?:a\s+|any\s+)week-?end\b|week-?ends\b|week-?end[\s-]+dated)"
                      rf"|(?:a|the|any|every|each)\s+(?P<days>{_DAY}s?(?:\s*(?:,|or|and|/)\s*{_DAY}s?)*)"
                      rf"|(?P<plural>{_DAY}s(?:\s*(?:,|or|and|/)\s*{_DAY}s?)*|{_DAY}(?:\s*(?:,|or|and|/)\s*{_DAY}s?)+))\b"
                      r"(?!,?\s*(?:\w+\s+\d{1,2}\b|\d{1,2}[/-]))", re.I)
_WEEKDAY_OF_A_DATE = re.compile(rf"\b{_DAY}\b,?"
                                r"(?=\s*(?:[a-z]+\.?\s+\d{1,2}\b|\d{1,2}[/-]))", re.I)


# "in 2025 outside of december", "except in march", "other than january": a month left out of the dates.
_MONTH_OUT = re.compile(rf"\b(?:outside(?:\s+of)?|except(?:\s+(?:for|in))?|excluding|other\s+than|apart\s+from|"
                        rf"not\s+in|but\s+not(?:\s+in)?)\s+(?:the\s+month\s+of\s+)?(?:in\s+)?(?P<m>{FULL_MONTH}|jan|feb|mar|apr|"
                        rf"jun|jul|aug|sept?|oct|nov|dec)\b(?!\s*\d)", re.I)


def months_out(text: Text) -> list[Span]:
    """The months a question leaves out of its dates (see ``_MONTH_OUT``)."""
    return [_span("month_out", MONTHS[m["m"].lower()], m) for m in text.take(_MONTH_OUT)]


def weekdays(text: Text) -> list[Span]:
    """The days of the week the rows fall on, when the question names them (see ``_WEEKDAY``); a weekday
    before its date ("friday march 14 2025") says nothing the date does not."""
    said = [_span("filler", "weekday", m) for m in text.take(_WEEKDAY_OF_A_DATE)]
    if said:
        return said
    m = next(iter(text.take(_WEEKDAY)), None)
    if m is None:
        return []
    days = (5, 6) if m["weekend"] else tuple(sorted({WEEKDAY_NAMES.index(d.lower()) for d in re.findall(
        _DAY, m["days"] or m["plural"], re.I)}))
    return [_span("weekday", days, m)]


def dates(text: Text, today: dt.date) -> list[Span]:
    """The date range (with "early", "mid" or "late" before a month or year, that part of it: ``date_pairs``)."""
    any_year = [_span("month_any", MONTHS[(m["a"] or m["b"] or m["c"]).lower()], m) for m in text.take(MONTH_ANY_YEAR)]
    if not any_year and (ever := _ANY_YEAR.search(text.value)) and (bare := _BARE_MONTH.search(text.value)):
        any_year = [_span("month_any", MONTHS[bare["m"].lower()], bare)]  # "any year who sell in march"
        text.blank(*ever.span())
        text.blank(*bare.span())
    found = find_date_range(text.value, today)
    if found is None:
        return any_year[:1]
    start, end = found.span
    text.blank(start, end)
    other = _second_date(text, today)
    if other is not None and found.start == found.end == today:  # "as of today, have the June 2025 RSUs vested"
        text.restore(*other.span)
        return [Span("filler", "today", text.original[start:end], start, end), *dates(text, today)]
    return [Span("date", _both(found, other, text), text.original[start:end], start, end), *any_year[:1]] + (
        [Span("filler", "date", text.original[slice(*other.span)], *other.span)] if other else [])


_COMPARED = re.compile(r"\b(?:compare[ds]?|vs\.?|versus|better|worse|more|less|fewer|bigger|larger|higher|lower|whose|"
                       r"which|or)\b", re.I)
_JOINED = re.compile(r"\s(?:or|and|vs\.?|versus|&)\s|\s[+&]\s", re.I)


def _second_date(text: Text, today: dt.date) -> DateRange | None:
    """A second time the question gives ("Musk's in November 2021 or Scarpelli's in December 2022"), taken so
    that its month is never read as a name."""
    other = find_date_range(text.value, today)
    if other is None or other.start == other.end == today or (other.start is not None and other.start > today):
        return None
    text.blank(*other.span)
    return other


def _both(first: DateRange, other: DateRange | None, text: Text) -> DateRange:
    """The first time, or both joined ("in november or december 2021", "by markham in june 2026 and by smith in
    march 2024"): from the earlier start to the later end, labelled as taking in what lies between when the two are
    apart and not compared; a second time said otherwise (an expiry, a year said once) leaves the first."""
    if other is None or first.start is None or other.start is None or first.end is None or other.end is None:
        return first
    gap = text.original[min(first.span[1], other.span[1]):max(first.span[0], other.span[0])]
    said = [text.original[slice(*d.span)] for d in (first, other)]
    if not _JOINED.search(f" {gap} ") or re.search(r"expir|vest|exercisable", gap, re.I) or not all(
            re.search(r"\d\d", d) for d in said):  # "q3 or q4 2023": the year said once is not two times
        return first
    earlier, later = sorted((first, other), key=lambda d: d.start)
    if (later.start - earlier.end).days > 1 and not _COMPARED.search(text.original):
        # two times apart and not compared ("in february 2021 and in march 2024"): one range, said to take in
        # what lies between, never labelled as if it were only the two
        label = f"from {_bare(earlier.label)} to {_bare(later.label)} (the two times asked and what lies between)"
        return DateRange(earlier.start, later.end, label, first.span)
    # (two compared, "by markham in june 2026 and by smith in march 2024": each side's own rows are in the range)
    return DateRange(earlier.start, later.end, f"{first.label} and {other.label}", first.span)


def _bare(label: str) -> str:
    return re.sub(r"^(?:in|on|during)\s+", "", label)


def forms(text: Text) -> list[Span]:
    """"Form 4", "form 4/A", "4/As", "Form 3s": the form type; an amendment marker or the word "amendment"."""
    spans = []
    if m := _FORM.search(text.value):
        spans.append(_span("form", m.group(1), m))
        if m.group(2):
            spans.append(_span("amendments", True, m))
        text.blank(*m.span())
    for m in _BARE_FORM.finditer(text.value):
        if not spans:
            spans.append(_span("form", m.group(1) or m.group(2), m))
        if m.group(2):
            text.blank(*m.span())
    spans += [_span("amendments", True, m) for m in text.take(_AMENDMENTS)]
    for m in text.take(_INITIAL_STATEMENT):  # "initial ownership statements": Form 3 by its name
        spans += [] if any(s.kind == "form" for s in spans) else [_span("form", "3", m)]
    if m := _AT_IPO.search(text.value):
        # "what did musk hold at tesla's IPO": the initial statement of holdings, Form 3.
        group = "kw" if m.group("kw") else "kw2"
        text.blank(*m.span(group))
        spans += [] if any(s.kind == "form" for s in spans) else [_span("form", "3", m, group)]
    return spans


def limit(text: Text) -> list[Span]:
    """"top 5", "last 3": how many rows (value: (n, newest first))."""
    m = _LIMIT.search(text.value)
    if m is None:
        return []
    group = 1 if m.group(1) else 2
    words = m.group(0).lower().split()
    newest = bool({"last", "latest", "recent", "newest"} & set(words))
    text.blank(m.start(group), m.end(group))
    number = _NUMBER_WORDS.get(m.group(group).lower()) or int(m.group(group))
    return [_span("limit", (max(1, min(number, 50)), newest), m, group)]


# ---- phrase tables -------------------------------------------------------------------------------


# "code F", "the F rows", "(code M)": a kind of transaction named by its code's letter (a bare letter only in
# capitals, before a word that says it is a code: "F rows", "S trades").
CODE_PHRASES: list[tuple[str, str]] = [
    (kind, rf"\b(?:codes?|coded(?:\s+as)?)\s+\(?(?:{'|'.join(k.codes)})\b\)?|\b(?:{'|'.join(k.codes)})-coded\b|(?-i:\b(?:{'|'.join(k.codes)})\s+(?=(?i:rows?|transactions?|trades?|"
           r"codes?|entries|filings?)\b))")
    for kind, k in TRANSACTION_KINDS.items() if k.codes and kind != "open_market"
]


def table(text: Text, kind: str, phrases: list[tuple[str, str]]) -> list[Span]:
    """Every phrase of a table in what is left, in the order they stand in the question. A phrase's
    ``keep`` group stays to be read by later stages ("added to his EXRB position": EXRB is a name)."""
    spans = []
    for value, pattern in phrases:
        for m in text.take(pattern):
            spans.append(_span(kind, value, m))
            if "keep" in m.re.groupindex and m.group("keep"):
                text.restore(*m.span("keep"))
    return sorted(spans, key=lambda s: s.start)


_OTHER_BOXES = re.compile(r"10b5|\bplan\b|\bexit\b|section\s*16", re.I)


def role_question(text: Text) -> list[Span]:
    """"what is X's role at Y", "what does X do at Y": the keyword only, the name stays a name."""
    m = lexicon.ROLE_QUESTION.search(text.value)
    if m is None:
        return []
    group = next(g for g in ("kw", "pos", "do", "isq", "either", "sit", "isq2", "still", "posts", "box", "box2") if m.group(g))
    if group.startswith("box") and _OTHER_BOXES.search(text.value):
        return []  # "was the 10b5-1(c) box checked", "the exit box": a box that is no relationship
    text.blank(m.start(group), m.end(group))
    return [_span("aggregation", "role", m, group)]


def not_plan(text: Text) -> list[Span]:
    return [_span("aggregation", "not_plan_10b5_1", m) for m in text.take(lexicon.NOT_PLAN)]


_HAVE = re.compile(r"\b(?:does|do)\b.*\b(have|has)\b", re.I)


def have(text: Text, question: str) -> list[Span]:
    """"what options does Whiting have": holdings (not "how many insiders / filings does X have")."""
    m = _HAVE.search(text.value)
    if m is None or re.search(r"\binsiders\b|\bhow\s+many\s+(?:different\s+|diff\s+|distinct\s+)?(?:companies|issuers|firms|tickers|people"
                              r"|filers|filings|forms|form\s+[345]s?|transactions|trades)\b", question, re.I):
        return []
    text.blank(*m.span(1))
    return [_span("aggregation", "holdings", m, 1)]


def aggregations(text: Text, kinds: list[str]) -> list[Span]:
    phrases = dict(lexicon.AGGREGATION_PHRASES)
    return table(text, "aggregation", [(k, phrases[k]) for k in kinds])


# "which seller has the lowest average sale price", "which sellers avg'd over $100 a sh": insiders by their averages
_SELLERS_AVERAGED = re.compile(r"\b(?:which|what|who)\s+(?:sellers?|buyers?|insiders?|people|persons?)\b.*\b(?:avg|average|mean)",
                               re.I)


def per_insider(question: str) -> bool:
    """"who sold the most", "which insiders filed the most": insiders ranked by a total (or by their averages)."""
    return bool(lexicon.PER_INSIDER.search(question) or _SELLERS_AVERAGED.search(question))


# ---- what shape of answer: terms, a value now, a vehicle of indirect holding ---------------------


def _keyword_spans(text: Text, kind: str, value: str, patterns: list[str], *, take: bool = True) -> list[Span]:
    """Each pattern that matches what is left: a span over its ``kw`` group (only those words are taken, and
    none when ``take`` is False: they stay to be read by later stages too)."""
    found = []
    for pattern in patterns:
        m = re.search(pattern, text.value, re.I)
        if m is None:
            continue
        group = "kw" if "kw" in m.re.groupindex and m.group("kw") else 0
        found.append(_span(kind, value, m, group))
        if take:
            text.blank(m.start(group), m.end(group))
    return found


def asks(text: Text) -> list[Span]:
    """"vesting schedule", "when do they expire", "the strike" -> ("ask", "terms"); "net worth", "worth now",
    "is that a lot" -> ("ask", "value_now"): answers the filings' rows alone do not give."""
    return (_keyword_spans(text, "ask", "signer", ask_words.SIGNER_PHRASES)[:1]
            + _keyword_spans(text, "ask", "address", ask_words.ADDRESS_PHRASES)[:1]
            + _keyword_spans(text, "ask", "no_securities", ask_words.NO_SECURITIES_PHRASES)
            + _keyword_spans(text, "ask", "kept", ask_words.KEPT_PHRASES)[:1]
            + _keyword_spans(text, "ask", "value_now", ask_words.VALUE_NOW_PHRASES)
            + _keyword_spans(text, "ask", "terms", ask_words.TERMS_PHRASES)
            + _keyword_spans(text, "ask", "terms", ask_words.TERMS_VESTING, take=False)[:1])


# "got from" is a source only before what converts ("got from preferred conversions"; "got from Yahoo" is a grant).
_SOURCE = re.compile(r"\b(?:came|come|comes|coming|resulted|resulting|received|issued)\s+(?:from|on|upon)\b"
                     r"|\b(?:get|gets|got|gotten|receive|receives)\s+(?:from|on|upon)\b"
                     r"(?=\s+(?:(?:the|his|her|their|its)\s+)?(?:\w+\s+)?(?:conver|exercis|vest))", re.I)


def source(text: Text) -> list[Span]:
    """"came from", "resulted from": what follows is where the shares came from, not the shares asked about."""
    return [_span("source", True, m) for m in text.take(_SOURCE)]


def order_by(text: Text) -> list[Span]:
    """"by dollar value", "by shares": the order of the rows (a ranking's words, never a total)."""
    return [_span("order", "size", m) for m in text.take(lexicon.ORDER_BY)]

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
_COUNT = r"(\d{1,3}|" + "|".join(w for w in NUMBER_WORDS if " " not in w) + ")"

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


_THEN_EVERY = re.compile(rf"(?P<share>\d{{1,3}}(?:\.\d+)?)\s*%\s+of\s+the\s+[^.]{{0,40}}?\bon\s+(?P<first>{_DATE})[^.]{{0,60}}?"
                         rf"additional\s+(?P<then>\d{{1,3}}(?:\.\d+)?)\s*%[^.]{{0,40}}?\b(?P<every>monthly|quarterly|annually)"
                         rf"\s+thereafter\s+until\s+(?P<until>{_DATE})", re.I)
_PERIOD_MONTHS = {"month": 1, "monthly": 1, "quarter": 3, "quarterly": 3, "year": 12, "annual": 12, "annually": 12}
# "vest in 72 equal monthly installments beginning on April 6, 2018", "four equal annual installments beginning March 1, 2023"
_N_EQUAL = re.compile(rf"{_COUNT}\s+equal\s+(monthly|quarterly|annual)\s+installments\s+(?:beginning|commencing|starting)"
                      rf"\s+(?:on\s+)?({_DATE})", re.I)
# "vests ratably over a four-year period in annual installments with the first installment vesting on January 2, 2026"
_RATABLY = re.compile(rf"ratably\s+over\s+a\s+{_COUNT}[\s-]+year\s+period\s+in\s+(annual|quarterly|monthly)\s+installments"
                      rf"\s+with\s+the\s+first\s+installment\s+vesting\s+on\s+({_DATE})", re.I)
# "at the rate of 25% on January 2, 2026, and then in 36 equal monthly installments thereafter"
_RATE_THEN = re.compile(rf"(\d{{1,3}}(?:\.\d+)?)\s*%\s+on\s+({_DATE}),?\s+and\s+then\s+in\s+{_COUNT}\s+equal\s+"
                        r"(monthly|quarterly|annual)\s+installments\s+thereafter", re.I)
# "1/4th of the shares ... on December 4, 2009 and 1/48th of the shares ... each month thereafter"
_FRACTION_THEN = re.compile(rf"1/(\d{{1,3}})(?:st|nd|rd|th)?\s+of\s+the\s+shares[^.]{{0,80}}?\bon\s+({_DATE})\s+and\s+"
                            r"1/(\d{1,3})(?:st|nd|rd|th)?\s+of\s+the\s+shares[^.]{0,80}?\beach\s+(month|quarter|year)\s+"
                            r"thereafter", re.I)
_AT_GRANT = re.compile(r"vest(?:s|ed)?\s+(?:100%|in\s+full|fully)\s+on\s+the\s+(?:date|day)\s+of\s+(?:the\s+)?grant", re.I)
_LISTED = 6  # installments named one by one; more (monthly) are counted


_ROUNDED_SHARES = (3, 6, 12, 24, 36, 48)  # a third, a sixth, ... written rounded ("33%", "8.33%", "2.08%")


def _percent(text: str) -> Fraction:
    """'6.25' -> 1/16; '33', '33.33' -> 1/3 and '8.33' -> 1/12 (such shares as footnotes round them); '12' stays
    12%."""
    share = Fraction(text).limit_denominator(10000) / 100
    for n in _ROUNDED_SHARES:
        if share != Fraction(1, n) and abs(share * n - 1) <= Fraction(11, 1000):
            return Fraction(1, n)
    return share


@dataclass(frozen=True)
class Installment:
    day: dt.date
    shares: int | None


@dataclass(frozen=True)
class Schedule:
    """When a grant vests: the first tranche's day and share of the grant, and the day it is fully vested."""

    first: dt.date
    share: Fraction | None
    full: dt.date | None
    basis: str  # what the first day counts from, in words
    every: int = 12  # months between installments after the first
    then: Fraction | None = None  # each later installment's share of the grant (the first's when None)
    written: str = ""  # the first share as the footnote wrote it ("33%", read as a third)

    def words(self, granted: float | None) -> str:
        """'Vesting, as the footnote states it: the first 25% (189,394) on Mar 31, 2026, a year after the vesting
        commencement date (Mar 31, 2025); fully vested Mar 31, 2029.'"""
        part = ""
        if self.share is not None:
            part = f" {self.written or _share_words(self.share)}"
            if granted:
                part += f" ({fmt_shares(round(float(self.share) * granted))})"
        full = f"; fully vested {format_date(self.full.isoformat())}" if self.full else ""
        return (f"Vesting, as the footnote states it: the first{part or ' tranche'} on {format_date(self.first.isoformat())}"
                f"{', ' + self.basis if self.basis else ''}{self._then_words(granted)}{full}.")

    def _then_words(self, granted: float | None) -> str:
        """', then 17,013 each quarter (6.25%)': the later installments' size ("how many vest per quarter")."""
        later = self.installments(granted)[1:]
        if not later or not granted:
            return ""
        sizes = sorted({p.shares for p in later if p.shares is not None})
        each = {1: "each month", 3: "each quarter", 12: "each year"}.get(self.every, f"every {self.every} months")
        share = self.then if self.then is not None else self.share
        exact = float(share * Fraction(str(granted))) if share is not None else None
        shown = " or ".join(fmt_shares(n) for n in sizes[:2])
        precise = f", {fmt_shares(exact)} exactly" if exact is not None and len(sizes) > 1 else ""
        part = "a third" if share == Fraction(1, 3) else _share_words(share)
        return (f", then {shown} {each} ({part} of the grant{precise}; {len(later)} more"
                f" installment{'s' * (len(later) != 1)})")


    def installments(self, granted: float | None) -> list[Installment]:
        """Each installment's day and shares (the last takes what rounding left), while the schedule is regular:
        a first share, then equal shares every so many months until it is fully vested; [] when the schedule
        does not say enough."""
        later = self.then if self.then is not None else self.share
        if self.share is None or not later or later <= 0:
            return []
        days, shares, done, day = [self.first], [self.share], self.share, self.first
        while done < 1 and len(days) < 200:
            day = add_months(self.first, self.every * len(days))
            if self.full is not None and day > self.full:
                break
            step = min(later, 1 - done)
            days.append(day)
            shares.append(step)
            done += step
        if done != 1 or (self.full is not None and days[-1] != self.full):
            return []
        sizes: list[int | None] = [None] * len(days)
        if granted:
            totals = [round(float(sum(shares[:i + 1])) * granted) for i in range(len(shares))]
            sizes = [b - a for a, b in zip([0, *totals], totals, strict=False)]
        return [Installment(d, n) for d, n in zip(days, sizes, strict=True)]

    def status(self, granted: float | None, today: dt.date, asked_on: dt.date | None = None) -> str | None:
        """'As of Dec 7, 2026: 1 of 3 installments vested (36,825 shares); not yet fully vested: 73,649 still to
        vest, 36,825 on Mar 10, 2027 and 36,824 on Mar 10, 2028.' Counted to ``asked_on`` when the question
        names a day ("by the end of 2026"), else today. None when the installments are not known."""
        parts = self.installments(granted)
        if not parts:
            return None
        on = asked_on or today
        done = [p for p in parts if p.day <= on]
        left = [p for p in parts if p.day > on]
        said = f"As of {format_date(on.isoformat())} ({'today' if on == today else 'the day asked'}): "
        vested = sum(p.shares or 0 for p in done)
        if not left:
            how = "in one installment" if len(parts) == 1 else f"all {len(parts)} installments"
            return said + f"fully vested since {format_date(parts[-1].day.isoformat())} ({how})."
        head = f"{len(done)} of {len(parts)} installments vested" + (f" ({fmt_shares(vested)} shares)" if granted
                                                                      and done else "")
        still = sum(p.shares or 0 for p in left)
        named = [f"{fmt_shares(p.shares) + ' on ' if p.shares is not None else ''}{format_date(p.day.isoformat())}"
                 for p in left[:_LISTED]]
        more = f" and {len(left) - _LISTED} more" if len(left) > _LISTED else ""
        count = f"{len(left)} installment{'s' * (len(left) != 1)}" + (f" ({fmt_shares(still)} shares)" if granted else "")
        return (f"{said}{head}; not yet fully vested: {count} still to vest ({', '.join(named)}{more})"
                f"{', the last' if len(left) == 1 else ''}; the next on {format_date(left[0].day.isoformat())}, fully "
                f"vested {format_date(parts[-1].day.isoformat())}.")


def _share_words(share: Fraction) -> str:
    if share == Fraction(1, 3):
        return "third"
    percent = share * 100
    return f"{int(percent) if percent.denominator == 1 else float(percent):g}%"


def _date(text: str) -> dt.date:
    month, day, year = re.match(r"(\w+)\s+(\d{1,2}),\s+(\d{4})", text).groups()
    return dt.date(int(year), MONTHS[month.lower()], int(day))


def _count(word: str) -> int:
    count = int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]
    if count <= 0:
        raise ValueError(word)  # "over 0 years": no schedule
    return count


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
    if then := _THEN_EVERY.search(text):  # "25% … on February 17, 2024 and … an additional 6.25% … quarterly …"
        first, full = _date(then["first"]), _date(then["until"])
        every = _PERIOD_MONTHS[then["every"].lower()]
        return Schedule(first, _percent(then["share"]), full, "", every=every, then=_percent(then["then"]))
    if (equal := _installments(text, granted_on)) is not None:
        return equal
    if quarterly := _QUARTERLY.search(text):
        n, first = _count(quarterly[1]), _date(quarterly[2])
        return Schedule(first, Fraction(1, n), add_months(first, 3 * (n - 1)), "", every=3)
    base, basis = _base(text, granted_on)
    if base is None and exercisable_from is not None and (each := _EACH_YEAR.search(text)):
        share = _percent(each[1])
        tranches = int(1 / share) if share and (1 / share).denominator == 1 else None
        full = add_months(exercisable_from, 12 * (tranches - 1)) if tranches else None
        return Schedule(exercisable_from, share, full, "the day the filing says it becomes exercisable")
    if base is None:
        return None
    fully = _FULLY_ON.search(text)
    full = _date(fully[1]) if fully else None
    first, share = add_months(base, 12), None
    if found := _FIRST_SHARE.search(text):
        share = _percent(found[1])
        if rest := _MONTHLY_REST.search(text):
            months = _count(rest[1])
            full = full or add_months(first, months)
            return Schedule(first, share, full, basis, every=1, then=(1 - share) / months)
    elif found := _EQUAL_YEARS.search(text):
        years = _count(found[1])
        share, full = Fraction(1, years), full or add_months(base, 12 * years)
    elif found := _EACH_YEAR.search(text):
        share = _percent(found[1])
        return Schedule(first, share, full, basis, written=f"{found[1]}%")
    else:
        return None
    return Schedule(first, share, full, basis)


def _installments(text: str, granted_on: dt.date | None) -> Schedule | None:
    """Schedules stated as so many equal installments from a day, or a first share on a day and equal ones
    after it; all at once on the grant date."""
    if found := _N_EQUAL.search(text):
        n, every, first = _count(found[1]), _PERIOD_MONTHS[found[2].lower()], _date(found[3])
        return Schedule(first, Fraction(1, n), add_months(first, every * (n - 1)), "", every=every)
    if found := _RATABLY.search(text):
        years, every, first = _count(found[1]), _PERIOD_MONTHS[found[2].lower()], _date(found[3])
        n = years * 12 // every
        return Schedule(first, Fraction(1, n), add_months(first, every * (n - 1)), "", every=every)
    if found := _RATE_THEN.search(text):
        share, first, n, every = _percent(found[1]), _date(found[2]), _count(found[3]), _PERIOD_MONTHS[found[4].lower()]
        return Schedule(first, share, add_months(first, every * n), "", every=every, then=(1 - share) / n)
    if found := _FRACTION_THEN.search(text):
        share, first, then = Fraction(1, int(found[1])), _date(found[2]), Fraction(1, int(found[3]))
        every = _PERIOD_MONTHS[found[4].lower()]
        n = (1 - share) / then
        if n.denominator != 1:
            return None
        return Schedule(first, share, add_months(first, every * int(n)), "", every=every, then=then)
    if _AT_GRANT.search(text) and granted_on is not None:
        return Schedule(granted_on, Fraction(1), granted_on, "on the grant date")
    return None


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

"""How the data sets write values, read into what the XML parser gives for the same element.

Dates ``31-JUL-2024`` → ``2024-07-31`` (a month table, never the locale); numbers with a dot → float; flags
``0/1/false/true`` in any case → bool; footnote lists ``F6, F5, F2`` → ids in filed order; CIKs zero-padded to
10 digits; the owner relationship ``Director,TenPercentOwnerOther`` → the four role flags. A value that cannot
be read raises :class:`BadValue` naming the column, and the row is rejected.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

MONTHS = {
    "JAN": "01", "FEB": "02", "MAR": "03", "APR": "04", "MAY": "05", "JUN": "06",
    "JUL": "07", "AUG": "08", "SEP": "09", "OCT": "10", "NOV": "11", "DEC": "12",
}
_FLAGS = {"1": True, "0": False, "true": True, "false": False}
# The relationship words as written in RPTOWNER_RELATIONSHIP → the ReportingOwner flag each sets.
RELATIONSHIPS = (
    ("Director", "is_director"),
    ("Officer", "is_officer"),
    ("TenPercentOwner", "is_ten_percent_owner"),
    ("Other", "is_other"),
)


class BadValue(ValueError):
    """A value not of its column's type."""

    def __init__(self, column: str, text: str, expected: str) -> None:
        super().__init__(f"{column} value {text!r} is not {expected}")


Converter = Callable[[str, str], object]


def as_text(text: str, column: str) -> str:
    return text


@functools.lru_cache(maxsize=8192)
def _iso_date(text: str) -> str | None:
    if len(text) == 11 and text[2] == "-" and text[6] == "-":
        month = MONTHS.get(text[3:6].upper())
        day, year = text[:2], text[7:]
        if month is not None and day.isdigit() and year.isdigit():
            return f"{year}-{month}-{day}"
    elif len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit():
        return text
    return None


def as_date(text: str, column: str) -> str:
    """``DD-MON-YYYY`` (upper-case English month) as ``YYYY-MM-DD``; an ISO date passes through. A quarter
    holds a few thousand distinct dates, so each is worked out once."""
    value = _iso_date(text)
    if value is None:
        raise BadValue(column, text, "a date (DD-MON-YYYY)")
    return value


def as_float(text: str, column: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise BadValue(column, text, "a number") from None


def as_flag(text: str, column: str) -> bool:
    value = _FLAGS.get(text.strip().lower())
    if value is None:
        raise BadValue(column, text, "a flag (0/1/false/true)")
    return value


def as_cik(text: str, column: str) -> str:
    text = text.strip()
    if not text.isdigit():
        raise BadValue(column, text, "a CIK")
    return text.zfill(10)


@functools.lru_cache(maxsize=4096)
def _footnote_ids(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def footnote_ids(text: str) -> list[str]:
    """``F6, F5, F2`` → ``["F6", "F5", "F2"]``, in the order filed."""
    return list(_footnote_ids(text))


def relationship_flags(text: str) -> dict[str, bool]:
    """Each relationship word tested as a substring: ``Other`` is sometimes glued on without a comma."""
    return {flag: word in text for word, flag in RELATIONSHIPS}

"""Numbers and dates as answers and digests show them: shares as filed (never rounded), prices to the
cent or as filed, money to the cent, dates as 'Sep 20, 2023'."""

from __future__ import annotations

import datetime as dt


def fmt_shares(value: float | None) -> str:
    """As filed: 37500.0 -> '37,500'; 12.3456 -> '12.3456' (never rounded to a whole number)."""
    if value is None:
        return "an unstated number of"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def fmt_price(value: float | None) -> str:
    if value is None:
        return "not stated"
    text = f"{value:,.6f}".rstrip("0")
    whole, _, decimals = text.partition(".")
    return f"${whole}.{decimals.ljust(2, '0')}"


def fmt_money(value: float) -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


def format_day(day: dt.date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def format_date(value: str | dt.date | None) -> str:
    """'2023-09-20' -> 'Sep 20, 2023'; anything unparsable is returned as given."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return format_day(value)
    text = str(value)
    try:
        return format_day(dt.date.fromisoformat(text[:10]))
    except ValueError:
        return text

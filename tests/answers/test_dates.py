"""Relative and absolute dates in users' words, against an injected today."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.dates import find_date_range, period_to_range
from bot.domain.formats import format_date

D = dt.date
TODAY = D(2024, 6, 12)  # a Wednesday


@pytest.mark.parametrize("text, start, end", [
    ("who bought today", D(2024, 6, 12), D(2024, 6, 12)),
    ("net insider selling pltr '24?", D(2024, 1, 1), D(2024, 12, 31)),
    # A month, a day and a two-digit year: that day ("musk nov 8 21"), never the day this year.
    ("musk nov 8 21 - shares sold", D(2021, 11, 8), D(2021, 11, 8)),
    ("dodge sales mar 17, '25", D(2025, 3, 17), D(2025, 3, 17)),
    # Two digits ending a side, after a word that counts nothing: a year ("net buy/sell pltr 24", "snow 22 vs ...").
    ("net buy/sell pltr 24", D(2024, 1, 1), D(2024, 12, 31)),
    ("snow 22 vs pltr 24 insider $ sold", D(2022, 1, 1), D(2022, 12, 31)),
    ("musk 21 sales", D(2021, 1, 1), D(2021, 12, 31)),
    # "in" and an abbreviated month with two digits: the month of that year ("in feb 25"); "in march 15" is the day.
    ("travers buy zip stock in feb 23?", D(2023, 2, 1), D(2023, 2, 28)),
    # "the week of" a day: Monday to Sunday of that week.
    ("gifts during the week of November 22, 2021", D(2021, 11, 22), D(2021, 11, 28)),
    ("sales the week of 3/14/2024", D(2024, 3, 11), D(2024, 3, 17)),
    ("thiel sales ’21", D(2021, 1, 1), D(2021, 12, 31)),
    # A month and day without the year: the latest such day by today.
    ("dodge dkng 3/14 sells", D(2024, 3, 14), D(2024, 3, 14)),
    ("sales on 12/24", D(2023, 12, 24), D(2023, 12, 24)),
    # A month and two digits is a day ("in march 15"); the filings decide whether it meant a month of that year
    # (bot.answers.yearless: "did reid hoffman buy msft in jan 22" with nothing on any Jan 22 is January 2022).
    ("sales in march 15", D(2024, 3, 15), D(2024, 3, 15)),
    ("sales on jan 22", D(2024, 1, 22), D(2024, 1, 22)),
    # A year before a security and an event is a date ("the 2025 option exercises"), not an amount.
    ("what did all the 2023 option exercises cost", D(2023, 1, 1), D(2023, 12, 31)),
    ("2022 rsu vestings at zip", D(2022, 1, 1), D(2022, 12, 31)),
    ("Which 2025 stock option grant had the highest exercise price?", D(2025, 1, 1), D(2025, 12, 31)),
    # Two years in a row joined: both, whole ("in 22 or 23" was ignored, every year's sales shown).
    ("thiel pltr sells in 22 or 23", D(2022, 1, 1), D(2023, 12, 31)),
    # Two digits after "in" that end the clause are a year ("in 24 hours" is not; a year to come is not).
    ("thiel buy pltr in 24?", D(2024, 1, 1), D(2024, 12, 31)),
    ("sales during 2024 and 2025", D(2024, 1, 1), D(2025, 12, 31)),
    # Two days of one month joined: both days and the ones between.
    ("pdex total sold jan 23 + 24", D(2024, 1, 23), D(2024, 1, 24)),
    ("options exercised on December 8 and 9, 2025 combined", D(2025, 12, 8), D(2025, 12, 9)),
    ("sales may 15-16", D(2024, 5, 15), D(2024, 5, 16)),
    # Seasons (northern, meteorological) and dotted dates.
    ("insider buys summer 2024", D(2024, 6, 1), D(2024, 8, 31)),
    ("winter 2022 sales", D(2021, 12, 1), D(2022, 2, 28)),
    ("What sales happened on 2024.05.15?", D(2024, 5, 15), D(2024, 5, 15)),
    # A month and year before "option" is a date, not an amount of options.
    ("Musk's December 2009 option grant", D(2009, 12, 1), D(2009, 12, 31)),
    # "10b5-1 nov 2021": the 1 of the plan's name is not a day.
    ("musk 10b5-1 nov 2021", D(2021, 11, 1), D(2021, 11, 30)),
    ("sales yesterday", D(2024, 6, 11), D(2024, 6, 11)),
    ("sales last week", D(2024, 6, 3), D(2024, 6, 9)),
    ("this week", D(2024, 6, 10), D(2024, 6, 12)),
    ("past week", D(2024, 6, 6), D(2024, 6, 12)),
    ("this month", D(2024, 6, 1), D(2024, 6, 12)),
    ("last month", D(2024, 5, 1), D(2024, 5, 31)),
    ("in 2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("Q3 2023", D(2023, 7, 1), D(2023, 9, 30)),
    ("q4 '23", D(2023, 10, 1), D(2023, 12, 31)),
    ("the third quarter of 2023", D(2023, 7, 1), D(2023, 9, 30)),
    ("last quarter", D(2024, 1, 1), D(2024, 3, 31)),
    ("since March", D(2024, 3, 1), D(2024, 6, 12)),
    ("since 2022", D(2022, 1, 1), D(2024, 6, 12)),
    ("in September", D(2023, 9, 1), D(2023, 9, 30)),
    ("September 2023", D(2023, 9, 1), D(2023, 9, 30)),
    ("Sept. 2023", D(2023, 9, 1), D(2023, 9, 30)),
    ("between 2023-01-01 and 2023-03-31", D(2023, 1, 1), D(2023, 3, 31)),
    ("from Jan 5, 2024 to Feb 2, 2024", D(2024, 1, 5), D(2024, 2, 2)),
    ("between March and May", D(2024, 3, 1), D(2024, 5, 31)),
    ("on Sep 20, 2023", D(2023, 9, 20), D(2023, 9, 20)),
    ("on 20 September 2023", D(2023, 9, 20), D(2023, 9, 20)),
    ("9/20/2023", D(2023, 9, 20), D(2023, 9, 20)),
    ("last 30 days", D(2024, 5, 14), D(2024, 6, 12)),
    ("past 3 months", D(2024, 3, 13), D(2024, 6, 12)),
    ("after June 1", D(2024, 6, 2), D(2024, 6, 12)),
    ("this year", D(2024, 1, 1), D(2024, 6, 12)),
    ("last year", D(2023, 1, 1), D(2023, 12, 31)),
    ("ytd", D(2024, 1, 1), D(2024, 6, 12)),
    ("sales YTD", D(2024, 1, 1), D(2024, 6, 12)),
    ("H1 2025", D(2025, 1, 1), D(2025, 6, 30)),
    ("h2 2023", D(2023, 7, 1), D(2023, 12, 31)),
    ("1H 2025", D(2025, 1, 1), D(2025, 6, 30)),
    ("2H'23", D(2023, 7, 1), D(2023, 12, 31)),
    ("first half of 2025", D(2025, 1, 1), D(2025, 6, 30)),
    ("the second half of 2023", D(2023, 7, 1), D(2023, 12, 31)),
    ("fy2025", D(2025, 1, 1), D(2025, 12, 31)),
    ("FY 2023 sales", D(2023, 1, 1), D(2023, 12, 31)),
    ("FY23", D(2023, 1, 1), D(2023, 12, 31)),
    ("in fiscal 2022", D(2022, 1, 1), D(2022, 12, 31)),
    ("fiscal year 2022", D(2022, 1, 1), D(2022, 12, 31)),
    ("past 90 days", D(2024, 3, 15), D(2024, 6, 12)),
    # "A through B", "A - B": ranges without "from"; the first end takes the year the second states
    ("musk sales jan through dec 2021", D(2021, 1, 1), D(2021, 12, 31)),
    ("tsla sales nov 1 through nov 30 2021", D(2021, 11, 1), D(2021, 11, 30)),
    ("pltr sales 2021 through 2024", D(2021, 1, 1), D(2024, 12, 31)),
    ("sales 2022 - 2023", D(2022, 1, 1), D(2023, 12, 31)),
    ("sales march to may 2023", D(2023, 3, 1), D(2023, 5, 31)),
    ("sales 2023-01-05 to 2023-02-10", D(2023, 1, 5), D(2023, 2, 10)),
    ("this quarter", D(2024, 4, 1), D(2024, 6, 12)),
    ("last 2 quarters", D(2023, 10, 1), D(2024, 3, 31)),
    ("in Q3", D(2023, 7, 1), D(2023, 9, 30)),
    ("Q2", D(2024, 4, 1), D(2024, 6, 30)),
])
def test_ranges(text, start, end) -> None:
    found = find_date_range(text, TODAY)
    assert found is not None, text
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("text, label", [
    ("sales in H1 2025", "in H1 2025"),
    ("fy2025", "in fiscal 2025, read as calendar 2025 (fiscal years differ by company)"),
    ("in the last 30 days", "in the last 30 days (May 14, 2024 to Jun 12, 2024)"),
    ("past 90 days", "in the past 90 days (Mar 15, 2024 to Jun 12, 2024)"),
    ("ytd", "year to date (Jan 1, 2024 to Jun 12, 2024)"),
])
def test_labels(text, label) -> None:
    assert find_date_range(text, TODAY).label == label


def test_before_is_open_ended() -> None:
    found = find_date_range("sales before 2020", TODAY)
    assert found.start is None and found.end == D(2019, 12, 31)


@pytest.mark.parametrize("text", ["may I ask what Musk sold", "sold 2000 shares", "sold 2021 shares", "2000 options exercised",
                                  "2000 option", "10b5-1 sales", "top 5 trades",
                                  "1/3 of his shares", "vests 1/48th monthly", "1/3 and 2/3 of the grant", "a 50/50 split", "25% then 1/36 a month",
                                  "zip rsu vest schedule 1/16 quarterly", "the John McMahon 1995 Family Trust",
                                  "via sequoia venture 2010 seed fund", "sales in 24 hours", "bought in 25 or more lots",
                                  "top 10 trades?", "the last 20 filings", "who sold 20", "biggest 15", "over 50?",
                                  "pltr net sells 24 shs", "list 20 sales by musk", "show me 10 purchases at pltr",
                                  "what does it say in footnote 12"])
def test_no_date(text) -> None:
    assert find_date_range(text, TODAY) is None


def test_span_points_at_the_words() -> None:
    text = "What did TGEN's general counsel receive in September 2023?"
    found = find_date_range(text, TODAY)
    assert text[found.span[0]:found.span[1]] == "in September 2023"
    assert found.label == "in September 2023"


def test_period_phrase_from_an_llm() -> None:
    assert period_to_range("last month", TODAY).start == D(2024, 5, 1)
    assert period_to_range("nonsense words", TODAY) is None
    assert period_to_range(None, TODAY) is None


def test_format_date() -> None:
    assert format_date("2023-09-20") == "Sep 20, 2023"
    assert format_date(D(2024, 1, 5)) == "Jan 5, 2024"
    assert format_date("not a date") == "not a date"


"""A grant's vesting schedule read from its footnote (bot/answers/vesting.py): the footnote texts of the corpus's
filings, each to the first tranche's day and share and the day it is fully vested; what cannot be read is None."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from bot.answers.vesting import add_months, schedule_of

D = dt.date

MELKOTE = ("Vesting commencement date is March 31, 2025. 25% of the shares vest and become exercisable on the first "
           "annual anniversary of the vesting commencement date and the balance vest and become exercisable equally on "
           "the last day of every month thereafter over the following 36 months, subject to the Reporting Person's "
           "continuous service through each vesting date.")
CLEMENTS = ("Represents restricted stock units granted on March 10, 2025, which vest in equal annual installments over "
            "a three year period on each of the succeeding three anniversaries of the grant date.")
MARKHAM = ("On June 6, 2025, the Issuer's Compensation Committee approved a grant of RSUs, which are scheduled to vest "
           "as to 33% on each annual anniversary of the grant date until fully vested on June 6, 2028, subject to the "
           "Reporting Person's continued employment with the Issuer on each vesting date.")
TRAVERS = ("The RSUs vest and are scheduled to settle as to 1/16 of the total shares quarterly beginning on March 15, "
           "2022 until fully vested, subject to the Reporting Person's continued service to the Issuer on each vesting "
           "date.")

SNOW_RSU = ("This restricted stock unit award vests ratably over a four-year period in annual installments with the "
            "first installment vesting on January 2, 2026, subject to the Reporting Person's continued service.")
SNOW_OPTION = ("This stock option vests over a four-year period at the rate of 25% on January 2, 2026, and then in 36 "
               "equal monthly installments thereafter, subject to the Reporting Person's continued service.")
GARRETT = ("The shares subject to the option are immediately exercisable and vest in 72 equal monthly installments "
           "beginning on April 6, 2018, subject to Reporting Person's continuous service through each such vesting date.")
MUSK = ("1/4th of the shares subject to the option became vested and exercisable on December 4, 2009 and 1/48th of the "
        "shares subject to the option shall become vested and exercisable each month thereafter.")
SMITH = "The RSUs vest in four equal annual installments beginning March 1, 2023."
MORAN = ("The share option represented a right to purchase a total of 272,200 ordinary shares that vest as to 25% of the "
         "shares on February 17, 2024 and vests as to an additional 6.25% of the shares quarterly thereafter until "
         "February 17, 2027.")


@pytest.mark.parametrize("text, granted, exercisable, first, share, full", [
    (MELKOTE, D(2025, 4, 30), None, D(2026, 3, 31), Fraction(1, 4), D(2029, 3, 31)),
    (CLEMENTS, D(2025, 3, 10), None, D(2026, 3, 10), Fraction(1, 3), D(2028, 3, 10)),
    (MARKHAM, D(2026, 6, 8), None, D(2026, 6, 6), Fraction(1, 3), D(2028, 6, 6)),  # "33%": a third, as rounded
    (TRAVERS, D(2025, 3, 15), None, D(2022, 3, 15), Fraction(1, 16), D(2025, 12, 15)),
    ("Vests 50% per year", D(2023, 9, 20), D(2024, 9, 20), D(2024, 9, 20), Fraction(1, 2), D(2025, 9, 20)),
    (SNOW_RSU, D(2025, 1, 6), None, D(2026, 1, 2), Fraction(1, 4), D(2029, 1, 2)),
    (SNOW_OPTION, D(2025, 1, 6), None, D(2026, 1, 2), Fraction(1, 4), D(2029, 1, 2)),
    (GARRETT, D(2018, 4, 6), None, D(2018, 4, 6), Fraction(1, 72), D(2024, 3, 6)),
    (MUSK, D(2009, 12, 4), None, D(2009, 12, 4), Fraction(1, 4), D(2012, 12, 4)),
    (SMITH, D(2023, 3, 1), None, D(2023, 3, 1), Fraction(1, 4), D(2026, 3, 1)),
    (MORAN, D(2025, 12, 8), None, D(2024, 2, 17), Fraction(1, 4), D(2027, 2, 17)),
    ("The options vest 100% on the date of grant.", D(2025, 5, 1), None, D(2025, 5, 1), Fraction(1), D(2025, 5, 1)),
])
def test_footnotes_read_into_a_schedule(text, granted, exercisable, first, share, full) -> None:
    found = schedule_of(text, granted, exercisable)
    assert (found.first, found.share, found.full) == (first, share, full)


@pytest.mark.parametrize("text", [
    "Each RSU represents a contingent right to receive one share of the Issuer's Class A Common Stock upon settlement.",
    "The option is fully vested and immediately exercisable.",
    "Vests 50% per year",  # with no day it becomes exercisable: nothing to count from
    "",
    "Vesting commencement date is June 31, 2024. 25% vest on the first annual anniversary.",  # no such day
    "vest in equal annual installments over a 0 year period on each anniversary of the grant date",
])
def test_a_footnote_that_states_no_schedule_reads_none(text) -> None:
    assert schedule_of(text, None) is None


def test_the_schedule_in_words_gives_the_first_tranche_of_the_grant_and_each_later_one() -> None:
    words = schedule_of(MELKOTE, D(2025, 4, 30)).words(757_576)
    assert words == ("Vesting, as the footnote states it: the first 25% (189,394) on Mar 31, 2026, a year after the "
                     "vesting commencement date (Mar 31, 2025), then 15,782 or 15,783 each month (2.08333% of the "
                     "grant, 15,782.833333 exactly; 36 more installments); fully vested Mar 31, 2029.")
    assert "the first third (36,825) on Mar 10, 2026" in schedule_of(CLEMENTS, D(2025, 3, 10)).words(110_474)
    assert "then 36,824 or 36,825 each year (a third of the grant" in schedule_of(CLEMENTS, D(2025, 3, 10)).words(110_474)


def test_without_the_grants_size_no_later_installment_is_sized() -> None:
    assert "then" not in schedule_of(MELKOTE, D(2025, 4, 30)).words(None)


def test_vesting_is_counted_to_the_day_asked_when_one_is_named() -> None:
    schedule = schedule_of(MELKOTE, D(2025, 4, 30))
    said = schedule.status(757_576, D(2026, 12, 7), D(2026, 12, 31))
    assert said.startswith("As of Dec 31, 2026 (the day asked): 10 of 37 installments vested (331,440 shares)")
    assert schedule.status(757_576, D(2026, 12, 7)).startswith("As of Dec 7, 2026 (today): 9 of 37")


@pytest.mark.parametrize("day, months, later", [
    (D(2026, 3, 31), 36, D(2029, 3, 31)),
    (D(2026, 1, 31), 1, D(2026, 2, 28)),  # a shorter month: its last day
    (D(2023, 2, 28), 12, D(2024, 2, 28)),  # a year after Feb 28 is Feb 28, never the leap day
    (D(2022, 3, 15), 45, D(2025, 12, 15)),
])
def test_months_are_added_calendar_wise(day, months, later) -> None:
    assert add_months(day, months) == later


@pytest.mark.parametrize("text, granted, size, today, said", [
    (CLEMENTS, D(2025, 3, 10), 110_474, D(2026, 12, 7),
     "As of Dec 7, 2026 (today): 1 of 3 installments vested (36,825 shares); not yet fully vested: 2 installments "
     "(73,649 shares) still to vest (36,824 on Mar 10, 2027, 36,825 on Mar 10, 2028); the next on Mar 10, 2027, fully vested Mar 10, 2028."),
    (MORAN, D(2025, 12, 8), None, D(2026, 12, 7),
     "As of Dec 7, 2026 (today): 12 of 13 installments vested; not yet fully vested: 1 installment still to vest "
     "(Feb 17, 2027), the last; the next on Feb 17, 2027, fully vested Feb 17, 2027."),
    (SMITH, D(2023, 3, 1), 4_000, D(2026, 12, 7), "As of Dec 7, 2026 (today): fully vested since Mar 1, 2026 (all 4 "
                                                  "installments)."),
    (SNOW_OPTION, D(2025, 1, 6), 70_750, D(2025, 12, 31), "As of Dec 31, 2025 (today): 0 of 37 installments vested; not "
     "yet fully vested: 37 installments (70,750 shares) still to vest (17,688 on Jan 2, 2026, 1,473 on Feb 2, 2026, 1,474 on Mar 2, 2026, 1,474 on "
     "Apr 2, 2026, 1,474 on May 2, 2026, 1,474 on Jun 2, 2026 and 31 more); the next on Jan 2, 2026, fully vested Jan 2, "
     "2029."),
])
def test_a_schedule_says_what_has_vested_and_what_is_left_as_of_today(text, granted, size, today, said) -> None:
    assert schedule_of(text, granted).status(size, today) == said


def test_the_installments_add_up_to_the_grant_exactly() -> None:
    parts = schedule_of(SNOW_OPTION, D(2025, 1, 6)).installments(70_750)
    assert (len(parts), sum(p.shares for p in parts), parts[0].shares) == (37, 70_750, 17_688)
    assert schedule_of("Vests 50% per year", D(2023, 9, 20), D(2024, 9, 20)).installments(37_500)[-1].day == D(2025, 9, 20)


@pytest.mark.parametrize("written, share", [
    ("33", Fraction(1, 3)), ("33.33", Fraction(1, 3)), ("8.33", Fraction(1, 12)), ("2.08", Fraction(1, 48)),
    ("25", Fraction(1, 4)), ("6.25", Fraction(1, 16)),
    ("12", Fraction(12, 100)), ("17", Fraction(17, 100)), ("9", Fraction(9, 100)),  # never snapped to 1/8, 1/6, 1/11
])
def test_a_share_is_read_as_written_unless_it_is_a_rounded_third_or_twelfth(written, share) -> None:
    from bot.answers.vesting import _percent

    assert _percent(written) == share

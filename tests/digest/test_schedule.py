"""When digests are due: the cron trigger across daylight-saving changes and on the right weekdays, the
latest slot before a time, the grace, and the settings that refuse day numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from digestkit import NY, ny
from pydantic import ValidationError

from bot.config import Settings
from bot.digest import schedule
from bot.digest.job import due_slot


def _settings(**overrides) -> Settings:
    return Settings(_env_file=None, **overrides)


@pytest.mark.parametrize("now, expected, offset_hours", [
    # Fri Mar 8 2024 after the digest -> Mon Mar 11, after the US change to summer time (Sun Mar 10).
    (ny(2024, 3, 8, 9), ny(2024, 3, 11, 8), -4),
    # Fri Nov 1 2024 after the digest -> Mon Nov 4, after the change back to standard time (Sun Nov 3).
    (ny(2024, 11, 1, 9), ny(2024, 11, 4, 8), -5),
    # Before the digest on a weekday: the same day.
    (ny(2024, 3, 12, 7, 59), ny(2024, 3, 12, 8), -4),
    # Saturday and Sunday: Monday.
    (ny(2024, 3, 9, 8), ny(2024, 3, 11, 8), -4),
    (ny(2024, 3, 10, 12), ny(2024, 3, 11, 8), -4),
    # Friday before the change in November (still summer time).
    (ny(2024, 10, 31, 9), ny(2024, 11, 1, 8), -4),
])
def test_trigger_fires_at_eight_local_on_weekdays_across_dst(now, expected, offset_hours) -> None:
    trigger = schedule.digest_trigger(_settings())
    fire = trigger.get_next_fire_time(None, now)
    assert fire == expected
    assert fire.utcoffset() == dt.timedelta(hours=offset_hours)
    assert (fire.hour, fire.minute) == (8, 0)
    assert fire.astimezone(dt.UTC).hour == 8 - offset_hours


def test_a_week_of_fire_times_is_monday_to_friday() -> None:
    trigger = schedule.digest_trigger(_settings())
    fires, moment = [], ny(2024, 3, 6, 12)  # a Wednesday
    for _ in range(7):
        fire = trigger.get_next_fire_time(None, moment)
        fires.append(fire)
        moment = fire + dt.timedelta(seconds=1)
    assert [f.strftime("%a %d") for f in fires] == ["Thu 07", "Fri 08", "Mon 11", "Tue 12", "Wed 13", "Thu 14", "Fri 15"]
    assert {f.hour for f in fires} == {8}


def test_other_times_zones_and_days() -> None:
    settings = _settings(digest_time="17:30", digest_tz="Europe/London", digest_days="mon,wed,sat")
    trigger = schedule.digest_trigger(settings)
    start = dt.datetime(2024, 3, 29, 18, 0, tzinfo=dt.UTC)  # Friday; UK summer time starts Sun Mar 31
    first = trigger.get_next_fire_time(None, start)
    second = trigger.get_next_fire_time(first, first + dt.timedelta(seconds=1))
    assert first.isoformat() == "2024-03-30T17:30:00+00:00"   # Saturday, still GMT
    assert second.isoformat() == "2024-04-01T17:30:00+01:00"  # Monday, BST


def test_latest_and_previous_slot() -> None:
    settings = _settings()
    assert schedule.latest_slot(settings, ny(2024, 3, 11, 8)) == ny(2024, 3, 11, 8)   # at the slot itself
    assert schedule.latest_slot(settings, ny(2024, 3, 11, 7, 59)) == ny(2024, 3, 8, 8)
    assert schedule.latest_slot(settings, ny(2024, 3, 10, 23)) == ny(2024, 3, 8, 8)
    assert schedule.previous_slot(settings, ny(2024, 3, 11, 8)) == ny(2024, 3, 8, 8)
    assert schedule.previous_slot(settings, ny(2024, 3, 8, 8)) == ny(2024, 3, 7, 8)
    weekly = _settings(digest_days="mon")
    assert schedule.latest_slot(weekly, ny(2024, 3, 17, 23)) == ny(2024, 3, 11, 8)
    assert schedule.slot_on(settings, dt.date(2024, 11, 3)).utcoffset() == dt.timedelta(hours=-5)


def test_due_only_within_the_grace() -> None:
    settings = _settings(digest_grace_hours=6)
    assert due_slot(settings, ny(2024, 3, 11, 8, 0)) == ny(2024, 3, 11, 8)
    assert due_slot(settings, ny(2024, 3, 11, 13, 59)) == ny(2024, 3, 11, 8)
    assert due_slot(settings, ny(2024, 3, 11, 14, 0)) == ny(2024, 3, 11, 8)
    assert due_slot(settings, ny(2024, 3, 11, 14, 1)) is None
    assert due_slot(settings, ny(2024, 3, 9, 9)) is None           # Saturday: Friday's is long past
    assert due_slot(settings, ny(2024, 3, 11, 7, 59)) is None       # Friday's is past the grace
    assert due_slot(_settings(digest_grace_hours=0), ny(2024, 3, 11, 8, 0, )) == ny(2024, 3, 11, 8)
    assert due_slot(_settings(digest_grace_hours=0), ny(2024, 3, 11, 8, 1)) is None


def test_the_slot_date_is_the_local_date() -> None:
    settings = _settings(digest_time="23:30", digest_tz="America/Los_Angeles", digest_days="mon-sun")
    slot = due_slot(settings, dt.datetime(2024, 3, 12, 7, 0, tzinfo=dt.UTC))  # Mar 11, 23:30 in LA is 06:30 UTC
    assert slot.date() == dt.date(2024, 3, 11)
    assert slot.astimezone(NY).date() == dt.date(2024, 3, 12)


@pytest.mark.parametrize("field, value", [
    ("digest_days", "1-5"),
    ("digest_days", "mon-5"),
    ("digest_days", "weekdays"),
    ("digest_time", "8am"),
    ("digest_time", "24:00"),
    ("digest_tz", "Eastern Standard"),
])
def test_settings_refuse_what_would_schedule_wrongly(field: str, value: str) -> None:
    with pytest.raises(ValidationError, match=field.upper()):
        _settings(**{field: value})


def test_settings_normalise() -> None:
    settings = _settings(digest_time="8:05", digest_days="Mon, Wed,FRI")
    assert settings.digest_time == "08:05" and settings.digest_days == "mon,wed,fri"
    assert schedule.digest_hour_minute(settings) == (8, 5)

"""When digests are due: the cron trigger from DIGEST_TIME, DIGEST_TZ and DIGEST_DAYS, and the maths
on it that the job and the command line share (the latest slot before a time, a date's slot).

APScheduler 3 counts ``day_of_week`` numbers from Monday = 0, so settings use day names only
(``mon-fri``); ``bot.config`` refuses numbers.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from bot.config import Settings

# A slot is found by walking the trigger forward from this far back: more than any gap between two
# digest days (a digest once a week).
SEARCH_BACK = dt.timedelta(days=8)


def digest_zone(settings: Settings) -> ZoneInfo:
    return ZoneInfo(settings.digest_tz)


def digest_hour_minute(settings: Settings) -> tuple[int, int]:
    hour, _, minute = settings.digest_time.partition(":")
    return int(hour), int(minute)


def digest_trigger(settings: Settings) -> CronTrigger:
    hour, minute = digest_hour_minute(settings)
    return CronTrigger(day_of_week=settings.digest_days, hour=hour, minute=minute, timezone=digest_zone(settings))


def latest_slot(settings: Settings, now: dt.datetime, trigger: CronTrigger | None = None) -> dt.datetime | None:
    """The last scheduled digest time at or before ``now`` (aware, in DIGEST_TZ); None if there is none
    in the past week and a day."""
    trigger = trigger or digest_trigger(settings)
    found = None
    fire = trigger.get_next_fire_time(None, now - SEARCH_BACK)
    while fire is not None and fire <= now:
        found = fire
        fire = trigger.get_next_fire_time(fire, fire + dt.timedelta(seconds=1))
    return found


def previous_slot(settings: Settings, before: dt.datetime) -> dt.datetime | None:
    """The last scheduled digest time strictly before ``before``."""
    return latest_slot(settings, before - dt.timedelta(microseconds=1))


def slot_on(settings: Settings, day: dt.date) -> dt.datetime:
    """DIGEST_TIME on ``day`` in DIGEST_TZ (whether or not ``day`` is a digest day)."""
    hour, minute = digest_hour_minute(settings)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=digest_zone(settings))


def local_date(settings: Settings, moment: dt.datetime) -> dt.date:
    return moment.astimezone(digest_zone(settings)).date()

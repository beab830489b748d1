"""The daily digest job: for every channel with a watchlist, compose what its watched companies and
insiders filed since its last digest, post it once, and record it.

Exactly once: a channel's digest for a date is claimed in ``digest_runs`` (primary key channel + date)
before anything is posted, so a second run, a restart or a second process finds it claimed and posts
nothing. A digest that could not be posted at all is recorded as failed and may be claimed again;
one interrupted half-way (the process killed while posting) is never sent twice, nor is one whose post
Slack received but did not answer (``PostUncertain``: recorded as sent, with that said).

Catch-up: ``run_due_digests`` works out the latest scheduled digest time at or before ``now``; when it
is no more than DIGEST_GRACE_HOURS ago, every channel that has not had that digest gets it. The
scheduler calls it at every scheduled time and once at start-up, so a digest missed while the bot was
down is sent when it comes back within the grace, and never twice.

The job is handed the store and a poster (``bot.digest.delivery.DigestPoster``) by its caller: the
poster lays the digest out and posts it (the Slack front end paces it at about one message per second
per channel); a long digest goes out as a first message and replies in its thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from bot.answers import query
from bot.config import Settings
from bot.digest import schedule
from bot.digest.compose import Digest, build_digest
from bot.digest.delivery import (
    DigestPoster,
    PartialPost,
    PostRefused,
    PostUncertain,
    error_text,
    post_threaded,
)
from bot.digest.reads import LATE_LOOKBACK, DigestData, Window, load_digest
from storage import watchlists
from storage.db import Store
from storage.sql import parse_sql_time, sql_time

log = logging.getLogger(__name__)

QUERY_TIME_LIMIT_SECONDS = 120.0


@dataclass
class Planned:
    """A channel's digest, composed and ready to post."""

    channel: str
    digest_date: dt.date
    window: Window
    digest: Digest
    data: DigestData


@dataclass
class Outcome:
    channel: str
    digest_date: str
    status: str  # sent | quiet | skipped (already claimed) | failed
    messages: int = 0
    filings: int = 0
    error: str | None = None
    ts: list[str] = field(default_factory=list)


# --- planning -------------------------------------------------------------------------------------

def plan_window(store: Store, settings: Settings, channel: str, digest_date: dt.date, *, end: dt.datetime,
                since: dt.datetime | None = None) -> Window:
    """The window of one channel's digest for ``digest_date`` ending at ``end``: from ``since`` when
    given; else from the end of the channel's previous digest (with that digest's late arrivals); else
    (its first digest) from the scheduled digest before this one."""
    day = digest_date.isoformat()
    with store.writing() as db:
        existing = watchlists.digest_run(db, channel, day)
        previous = watchlists.last_digest_before(db, channel, day)
    if since is None and existing is not None and existing.status != "failed":
        end = parse_sql_time(existing.window_end)
        since = parse_sql_time(existing.window_start)
    if since is not None:
        return Window(since, end)
    if previous is not None:
        start = parse_sql_time(previous.window_end)
        late = previous.max_rowid
        return Window(start, end, late, start - LATE_LOOKBACK if late is not None else None)
    slot = min(schedule.slot_on(settings, digest_date), end)
    before = schedule.previous_slot(settings, slot) or slot - dt.timedelta(days=1)
    return Window(before, end)


def compose(store: Store, settings: Settings, channel: str, digest_date: dt.date, window: Window) -> Planned:
    """Read and compose one channel's digest (read-only; nothing is recorded)."""
    with store.writing() as db:
        items = watchlists.list_watches(db, channel)
        filters = watchlists.get_filters(db, channel)
    with query.connect(store, time_limit=QUERY_TIME_LIMIT_SECONDS) as conn:
        data = load_digest(conn, window, issuer_ciks=[i.cik for i in items if i.kind == "issuer"],
                           owner_ciks=[i.cik for i in items if i.kind == "owner"],
                           market_top=settings.digest_market_top)
    digest = build_digest(data, channel=channel, digest_date=digest_date, start=window.start, end=window.end,
                          zone=schedule.digest_zone(settings), watching=[i.label for i in items],
                          filters=filters, market_top=settings.digest_market_top)
    return Planned(channel, digest_date, window, digest, data)


# --- sending --------------------------------------------------------------------------------------

def send_planned(store: Store, planned: Planned, poster: DigestPoster | None, *,
                 now: dt.datetime | None = None) -> Outcome:
    """Claim the digest, post it (or record a quiet day with quiet days off), and record the result."""
    day = planned.digest_date.isoformat()
    silent = planned.digest.quiet and not planned.digest.filters.quiet_days
    if poster is None and not silent:
        raise ValueError("a poster is needed to send a digest")
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")
    with store.writing() as db:
        claimed = watchlists.claim_digest(
            db, planned.channel, day, window_start=sql_time(planned.window.start),
            window_end=sql_time(planned.window.end), max_rowid=planned.data.max_rowid,
            filings=planned.digest.filings, status="quiet" if silent else "sending", now=stamp,
        )
    if not claimed:
        return Outcome(planned.channel, day, "skipped")
    if silent:
        log.info("digest %s for %s: nothing new and quiet days are off; nothing posted", day, planned.channel)
        return Outcome(planned.channel, day, "quiet")
    return _post_and_record(store, planned, poster)


def _post_and_record(store: Store, planned: Planned, poster: DigestPoster) -> Outcome:
    """Post a claimed digest (the store is not held meanwhile) and record what was posted."""
    channel, day, filings = planned.channel, planned.digest_date.isoformat(), planned.digest.filings
    messages = poster.messages(planned.digest)
    try:
        posted = post_threaded(poster, channel, messages)
    except PartialPost as partial:
        error = f"only {len(partial.posted)} of {len(messages)} messages posted: {error_text(partial.cause)}"
        log.error("digest %s for %s: %s", day, channel, error)
        with store.writing() as db:
            watchlists.finish_digest(db, channel, day, status="sent", messages=len(partial.posted),
                                     ts=partial.posted[0], error=error)
        return Outcome(channel, day, "sent", len(partial.posted), filings, error, partial.posted)
    except PostUncertain as exc:  # it may be in the channel: recorded as sent, so it is never posted twice
        error = error_text(exc)
        log.error("digest %s for %s may not have been posted: %s", day, channel, error)
        with store.writing() as db:
            watchlists.finish_digest(db, channel, day, status="sent", messages=0, ts=None, error=error)
        return Outcome(channel, day, "sent", 0, filings, error)
    except Exception as exc:
        error = error_text(exc)
        log.log(logging.ERROR if isinstance(exc, PostRefused) else logging.WARNING,
                "digest %s for %s not sent: %s", day, channel, error)
        with store.writing() as db:
            watchlists.finish_digest(db, channel, day, status="failed", messages=0, ts=None, error=error)
        return Outcome(channel, day, "failed", 0, filings, error)
    with store.writing() as db:
        watchlists.finish_digest(db, channel, day, status="sent", messages=len(posted), ts=posted[0])
    log.info("digest %s for %s: %d filing(s), %d message(s)", day, channel, filings, len(posted))
    return Outcome(channel, day, "sent", len(posted), filings, None, posted)


# --- the job --------------------------------------------------------------------------------------

def due_slot(settings: Settings, now: dt.datetime) -> dt.datetime | None:
    """The scheduled digest time to send now: the latest one at or before ``now``, if it is within
    the grace; else None."""
    slot = schedule.latest_slot(settings, now)
    if slot is None or now - slot > dt.timedelta(hours=settings.digest_grace_hours):
        return None
    return slot


def _channels_due(store: Store, day: str) -> list[str]:
    """The channels with a watchlist that have not had the digest of ``day`` (or whose digest failed)."""
    with store.writing() as db:
        channels = watchlists.watched_channels(db)
        runs = {channel: watchlists.digest_run(db, channel, day) for channel in channels}
    return [c for c in channels if runs[c] is None or runs[c].status == "failed"]


def run_due_digests(store: Store, poster: DigestPoster, settings: Settings,
                    now: dt.datetime | None = None) -> list[Outcome]:
    """Send every channel the digest that is due at ``now`` (default: the current time) and that it has
    not had yet. Channels are independent: one channel's failure does not stop the others."""
    now = now or dt.datetime.now(dt.UTC)
    slot = due_slot(settings, now)
    if slot is None:
        missed = schedule.latest_slot(settings, now)
        if missed is not None:
            log.info("no digest due: the last one (%s) is more than %s hours ago", missed.isoformat(),
                     settings.digest_grace_hours)
        return []
    digest_date = slot.date()
    day = digest_date.isoformat()
    outcomes: list[Outcome] = []
    for channel in _channels_due(store, day):
        try:
            window = plan_window(store, settings, channel, digest_date, end=now)
            planned = compose(store, settings, channel, digest_date, window)
            outcomes.append(send_planned(store, planned, poster, now=now))
        except Exception:
            log.exception("digest %s for %s failed", day, channel)
            outcomes.append(Outcome(channel, day, "failed", error="see the log"))
    return outcomes


def run_digest_job(settings: Settings, store: Store, poster: DigestPoster) -> None:
    """The scheduled job: ``run_due_digests`` at the current time; never raises."""
    try:
        outcomes = run_due_digests(store, poster, settings)
    except Exception:
        log.exception("digest job failed")
        return
    if outcomes:
        counts: dict[str, int] = {}
        for o in outcomes:
            counts[o.status] = counts.get(o.status, 0) + 1
        log.info("digest job: %s", ", ".join(f"{n} {status}" for status, n in sorted(counts.items())))

"""The daily digest job: for every channel with a watchlist, compose what its watched companies and
insiders filed since its last digest, post it once, and record it.

Exactly once: a channel's digest for a date is claimed in ``digest_runs`` (primary key channel + date)
before anything is posted, so a second run, a restart or a second process finds it claimed and posts
nothing. A digest that could not be posted at all is recorded as failed and may be claimed again;
one interrupted half-way (the process killed while posting) is never sent twice.

Catch-up: ``run_due_digests`` works out the latest scheduled digest time at or before ``now``; when it
is no more than DIGEST_GRACE_HOURS ago, every channel that has not had that digest gets it. The
scheduler calls it at every scheduled time and once at start-up, so a digest missed while the bot was
down is sent when it comes back within the grace, and never twice.

Slack allows about one message per second per channel: a long digest goes out as a first message and
replies in its thread, paced by ``Pacer``.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.answers import query
from bot.config import Settings
from bot.digest import schedule
from bot.digest.compose import Digest, build_digest, digest_messages
from bot.digest.queries import LATE_LOOKBACK, DigestData, Window, load_digest, parse_sql_time, sql_time
from bot.slack.blocks import Message
from storage import watchlists
from storage.db import open_db

log = logging.getLogger(__name__)

SECONDS_PER_MESSAGE = 1.0
QUERY_TIME_LIMIT_SECONDS = 120.0


class Pacer:
    """At most one message per ``interval`` seconds per channel (Slack's chat.postMessage rate)."""

    def __init__(self, interval: float = SECONDS_PER_MESSAGE, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.interval = interval
        self.clock = clock
        self.sleep = sleep
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, channel: str) -> None:
        with self._lock:
            last = self._last.get(channel)
            if last is not None:
                delay = last + self.interval - self.clock()
                if delay > 0:
                    self.sleep(delay)
            self._last[channel] = self.clock()


PACER = Pacer()


@dataclass
class Planned:
    """A channel's digest, composed and ready to post."""

    channel: str
    digest_date: dt.date
    window: Window
    digest: Digest
    data: DigestData

    @property
    def messages(self) -> list[Message]:
        return digest_messages(self.digest)


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

def plan_window(db, settings: Settings, channel: str, digest_date: dt.date, *, end: dt.datetime,
                since: dt.datetime | None = None) -> Window:
    """The window of one channel's digest for ``digest_date`` ending at ``end``: from ``since`` when
    given; else from the end of the channel's previous digest (with that digest's late arrivals); else
    (its first digest) from the scheduled digest before this one."""
    day = digest_date.isoformat()
    existing = watchlists.digest_run(db, channel, day)
    if since is None and existing is not None and existing.status != "failed":
        end = parse_sql_time(existing.window_end)
        since = parse_sql_time(existing.window_start)
    previous = watchlists.last_digest_before(db, channel, day)
    if since is not None:
        return Window(since, end)
    if previous is not None:
        start = parse_sql_time(previous.window_end)
        late = previous.max_rowid
        return Window(start, end, late, start - LATE_LOOKBACK if late is not None else None)
    slot = min(schedule.slot_on(settings, digest_date), end)
    before = schedule.previous_slot(settings, slot) or slot - dt.timedelta(days=1)
    return Window(before, end)


def compose(db, db_path: str | Path, settings: Settings, channel: str, digest_date: dt.date, window: Window) -> Planned:
    """Read and compose one channel's digest (read-only; nothing is recorded)."""
    items = watchlists.list_watches(db, channel)
    filters = watchlists.get_filters(db, channel)
    with query.connect(db_path, time_limit=QUERY_TIME_LIMIT_SECONDS) as conn:
        data = load_digest(conn, window, issuer_ciks=[i.cik for i in items if i.kind == "issuer"],
                           owner_ciks=[i.cik for i in items if i.kind == "owner"],
                           market_top=settings.digest_market_top)
    digest = build_digest(data, channel=channel, digest_date=digest_date, start=window.start, end=window.end,
                          zone=schedule.digest_zone(settings), watching=[i.label for i in items],
                          filters=filters, market_top=settings.digest_market_top)
    return Planned(channel, digest_date, window, digest, data)


# --- sending --------------------------------------------------------------------------------------

def post_messages(client: WebClient, channel: str, messages: list[Message], pacer: Pacer) -> list[str]:
    """Post the first message in the channel and the rest in its thread; the ts of each one posted.
    A failure after the first raises ``PartialPost`` carrying what was posted."""
    posted: list[str] = []
    thread_ts = None
    for message in messages:
        pacer.wait(channel)
        try:
            response = client.chat_postMessage(channel=channel, text=message["text"], blocks=message["blocks"],
                                               thread_ts=thread_ts, unfurl_links=False, unfurl_media=False)
        except Exception as exc:
            if posted:
                raise PartialPost(posted, exc) from exc
            raise
        posted.append(response["ts"])
        thread_ts = thread_ts or response["ts"]
    return posted


class PartialPost(Exception):
    def __init__(self, posted: list[str], cause: Exception):
        super().__init__(f"{len(posted)} message(s) posted, then: {cause}")
        self.posted = posted
        self.cause = cause


def _error_text(exc: Exception) -> str:
    if isinstance(exc, SlackApiError):
        error = exc.response.get("error") if exc.response is not None else None
        hint = " (invite the bot to the channel: /invite @insiderbot)" if error in (
            "not_in_channel", "channel_not_found") else ""
        return f"Slack refused the message: {error or exc}{hint}"
    return f"{type(exc).__name__}: {exc}"


def send_planned(db, planned: Planned, client: WebClient | None, *, pacer: Pacer = PACER,
                 now: dt.datetime | None = None) -> Outcome:
    """Claim the digest, post it (or record a quiet day with quiet days off), and record the result."""
    day = planned.digest_date.isoformat()
    filters = planned.digest.filters
    silent = planned.digest.quiet and not filters.quiet_days
    if client is None and not silent:
        raise ValueError("a Slack client is needed to send a digest")
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")
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
    messages = planned.messages
    try:
        posted = post_messages(client, planned.channel, messages, pacer)
    except PartialPost as partial:
        error = f"only {len(partial.posted)} of {len(messages)} messages posted: {_error_text(partial.cause)}"
        log.error("digest %s for %s: %s", day, planned.channel, error)
        watchlists.finish_digest(db, planned.channel, day, status="sent", messages=len(partial.posted),
                                 ts=partial.posted[0], error=error)
        return Outcome(planned.channel, day, "sent", len(partial.posted), planned.digest.filings, error,
                       partial.posted)
    except Exception as exc:
        error = _error_text(exc)
        log.error("digest %s for %s not sent: %s", day, planned.channel, error)
        watchlists.finish_digest(db, planned.channel, day, status="failed", messages=0, ts=None, error=error)
        return Outcome(planned.channel, day, "failed", 0, planned.digest.filings, error)
    watchlists.finish_digest(db, planned.channel, day, status="sent", messages=len(posted), ts=posted[0])
    log.info("digest %s for %s: %d filing(s), %d message(s)", day, planned.channel, planned.digest.filings,
             len(posted))
    return Outcome(planned.channel, day, "sent", len(posted), planned.digest.filings, None, posted)


# --- the job --------------------------------------------------------------------------------------

def due_slot(settings: Settings, now: dt.datetime) -> dt.datetime | None:
    """The scheduled digest time to send now: the latest one at or before ``now``, if it is within
    the grace; else None."""
    slot = schedule.latest_slot(settings, now)
    if slot is None or now - slot > dt.timedelta(hours=settings.digest_grace_hours):
        return None
    return slot


def run_due_digests(db_path: str | Path, client: WebClient, settings: Settings, now: dt.datetime | None = None,
                    *, pacer: Pacer = PACER) -> list[Outcome]:
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
    db = open_db(db_path)
    try:
        for channel in watchlists.watched_channels(db):
            existing = watchlists.digest_run(db, channel, day)
            if existing is not None and existing.status != "failed":
                continue
            try:
                window = plan_window(db, settings, channel, digest_date, end=now)
                planned = compose(db, db_path, settings, channel, digest_date, window)
                outcomes.append(send_planned(db, planned, client, pacer=pacer, now=now))
            except Exception:
                log.exception("digest %s for %s failed", day, channel)
                outcomes.append(Outcome(channel, day, "failed", error="see the log"))
    finally:
        db.close()
    return outcomes


def run_digest_job(settings: Settings, db_path: str, client: WebClient) -> None:
    """The scheduled job: ``run_due_digests`` at the current time; never raises."""
    try:
        outcomes = run_due_digests(db_path, client, settings)
    except Exception:
        log.exception("digest job failed")
        return
    if outcomes:
        counts: dict[str, int] = {}
        for o in outcomes:
            counts[o.status] = counts.get(o.status, 0) + 1
        log.info("digest job: %s", ", ".join(f"{n} {status}" for status, n in sorted(counts.items())))

"""The digest job with a recording poster (no Slack): what it posts where, exactly once, and what it
records when the poster refuses or fails part-way."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from digestkit import ACME, DOE, ny, store, tx

from bot.digest.compose import Digest, digest_text
from bot.digest.delivery import PostRefused, PostRetryable
from bot.digest.job import run_due_digests
from storage import watchlists

MONDAY = ny(2024, 3, 11, 8)


@dataclass
class RecordingPoster:
    """Lays a digest out as ``parts`` copies of its text; records each post; fails as told."""

    parts: int = 1
    fail_at: int | None = None  # the index of the post that fails
    error: Exception = field(default_factory=lambda: PostRefused("Slack refused the message: not_in_channel"))
    posts: list[tuple[str, str, str | None]] = field(default_factory=list)
    attempts: int = 0

    def messages(self, digest: Digest) -> list[str]:
        return [f"part {n + 1}: {digest_text(digest)}" for n in range(self.parts)]

    def post(self, channel: str, message: str, thread_ts: str | None) -> str:
        self.attempts += 1
        if self.fail_at is not None and self.attempts - 1 == self.fail_at:
            raise self.error
        ts = f"{len(self.posts) + 1}.0001"
        self.posts.append((channel, message, thread_ts))
        return ts


def acme_week(db) -> None:
    watchlists.add_watch(db, "C1", "issuer", ACME.cik, "Acme Corp (ACME)")
    store(db, ACME, [DOE], [tx("P", 10, 5.0, "2024-03-07")], accepted=ny(2024, 3, 8, 12))


def test_posted_once_in_the_channel_then_its_thread_and_recorded(db, db_store, settings) -> None:
    acme_week(db)
    poster = RecordingPoster(parts=3)
    [outcome] = run_due_digests(db_store, poster, settings, MONDAY)
    assert (outcome.status, outcome.messages, outcome.filings, outcome.ts) == ("sent", 3, 1,
                                                                                ["1.0001", "2.0001", "3.0001"])
    assert [(channel, thread) for channel, _, thread in poster.posts] == [("C1", None), ("C1", "1.0001"),
                                                                          ("C1", "1.0001")]
    assert poster.posts[0][1].startswith("part 1: Insider digest · Mon, Mar 11, 2024")
    assert run_due_digests(db_store, poster, settings, MONDAY + dt.timedelta(hours=1)) == []
    assert len(poster.posts) == 3
    record = watchlists.digest_run(db, "C1", "2024-03-11")
    assert (record.status, record.messages, record.ts, record.error) == ("sent", 3, "1.0001", None)


def test_a_refusal_is_recorded_and_the_digest_sent_by_a_later_run(db, db_store, settings) -> None:
    acme_week(db)
    refusing = RecordingPoster(fail_at=0)
    [failed] = run_due_digests(db_store, refusing, settings, MONDAY)
    assert (failed.status, failed.error) == ("failed", "Slack refused the message: not_in_channel")
    record = watchlists.digest_run(db, "C1", "2024-03-11")
    assert (record.status, record.messages, record.error) == ("failed", 0,
                                                              "Slack refused the message: not_in_channel")
    working = RecordingPoster()
    [sent] = run_due_digests(db_store, working, settings, MONDAY + dt.timedelta(minutes=5))
    assert sent.status == "sent" and len(working.posts) == 1
    assert watchlists.digest_run(db, "C1", "2024-03-11").status == "sent"


def test_a_failure_part_way_is_sent_as_far_as_it_went_and_never_again(db, db_store, settings) -> None:
    acme_week(db)
    poster = RecordingPoster(parts=3, fail_at=2, error=PostRetryable("ConnectionError: reset"))
    [outcome] = run_due_digests(db_store, poster, settings, MONDAY)
    assert (outcome.status, outcome.messages) == ("sent", 2)
    assert outcome.error == "only 2 of 3 messages posted: ConnectionError: reset"
    assert watchlists.digest_run(db, "C1", "2024-03-11").error == outcome.error
    assert run_due_digests(db_store, RecordingPoster(), settings, MONDAY + dt.timedelta(hours=1)) == []


def test_a_quiet_day_with_quiet_days_off_posts_nothing_but_counts(db, db_store, settings) -> None:
    watchlists.add_watch(db, "C2", "issuer", ACME.cik, "Acme Corp (ACME)")
    watchlists.set_filters(db, "C2", quiet_days=False)
    poster = RecordingPoster()
    [outcome] = run_due_digests(db_store, poster, settings.model_copy(update={"digest_market_top": 0}), MONDAY)
    assert outcome.status == "quiet" and poster.attempts == 0
    assert watchlists.digest_run(db, "C2", "2024-03-11").status == "quiet"

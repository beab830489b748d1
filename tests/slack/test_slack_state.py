"""storage.slack_state: event dedupe, thread context and stored replies, on a real database file."""

from __future__ import annotations

import threading
from pathlib import Path

from storage import slack_state
from storage.db import open_db


def test_an_event_is_claimed_once_also_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    db = open_db(path)
    assert slack_state.claim_event(db, "event:Ev1") is True
    assert slack_state.claim_event(db, "event:Ev1") is False
    assert slack_state.claim_event(db, "event:Ev2") is True
    db.close()
    db = open_db(path)
    assert slack_state.claim_event(db, "event:Ev1") is False
    db.close()


def test_concurrent_claims_of_one_event_let_exactly_one_through(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    open_db(path).close()
    wins: list[bool] = []
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def claim() -> None:
        db = open_db(path)
        barrier.wait()
        result = slack_state.claim_event(db, "event:same")
        with lock:
            wins.append(result)
        db.close()

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wins.count(True) == 1 and len(wins) == 8


def test_old_events_are_forgotten(tmp_path: Path) -> None:
    db = open_db(tmp_path / "s.db")
    slack_state.claim_event(db, "old", now="2024-01-01T00:00:00+00:00")
    slack_state.claim_event(db, "new", now="2024-01-03T00:00:00+00:00")
    assert slack_state.forget_events_before(db, "2024-01-02T00:00:00+00:00") == 1
    assert slack_state.claim_event(db, "old") is True
    assert slack_state.claim_event(db, "new") is False


def test_thread_context_round_trip_and_update(tmp_path: Path) -> None:
    db = open_db(tmp_path / "s.db")
    assert slack_state.load_thread_context(db, "C1", "1.0") is None
    slack_state.save_thread_context(db, "C1", "1.0", {"company": "TGEN"})
    slack_state.save_thread_context(db, "C1", "1.0", {"company": "TGEN", "insider": "Whiting"})
    slack_state.save_thread_context(db, "C1", "2.0", {"company": "AAPL"})
    assert slack_state.load_thread_context(db, "C1", "1.0") == {"company": "TGEN", "insider": "Whiting"}
    assert slack_state.load_thread_context(db, "C1", "2.0") == {"company": "AAPL"}
    assert slack_state.load_thread_context(db, "C2", "1.0") is None


def test_replies_are_stored_and_pruned(tmp_path: Path) -> None:
    db = open_db(tmp_path / "s.db")
    pages = [{"text": "a", "blocks": [{"type": "divider"}]}, {"text": "b", "blocks": []}]
    slack_state.save_reply(db, "r1", "q?", pages, now="2024-01-01T00:00:00+00:00")
    slack_state.save_reply(db, "r2", "q2?", pages[:1])
    assert slack_state.load_reply(db, "r1") == {"question": "q?", "pages": pages}
    assert slack_state.load_reply(db, "nope") is None
    assert slack_state.forget_replies_before(db, "2024-06-01T00:00:00+00:00") == 1
    assert slack_state.load_reply(db, "r1") is None
    assert slack_state.load_reply(db, "r2")["question"] == "q2?"

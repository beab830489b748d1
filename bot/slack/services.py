"""What the Slack listeners share: the store, the answer function, worker pools and the Slack state kept
in the database.

One ``SlackServices`` per running app, handed the process's ``Store`` (and ``OnDemand``, when companies
not stored are fetched for questions) by the composition root (which closes them). Listeners reach it through Bolt's ``context["services"]`` (set by
a middleware in ``bot.slack.app``), so handler functions stay plain and can be called directly.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from bot.answers.resolve import Catalogs
from bot.config import Settings
from bot.ingest.on_demand import OnDemand
from storage import slack_state
from storage.db import Store
from storage.status import Freshness, data_freshness

log = logging.getLogger(__name__)

AnswerFn = Callable[..., Any]
"""``answer(question, store, *, context=None, today=None, settings=None, surface="slack") -> Answer``."""

ANSWER_WORKERS = 4
LISTENER_WORKERS = 16
EVENT_RETENTION = dt.timedelta(days=2)
THREAD_RETENTION = dt.timedelta(days=30)
REPLY_RETENTION = dt.timedelta(days=7)
PRUNE_EVERY_SECONDS = 3600.0
FRESHNESS_TTL_SECONDS = 60.0


def _default_answer_fn() -> AnswerFn:
    from bot.answers.engine import answer

    return answer


class SlackServices:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        answer_fn: AnswerFn | None = None,
        answer_workers: int = ANSWER_WORKERS,
        on_demand: OnDemand | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.on_demand = on_demand  # fetches a company not stored before its question is answered (None: never)
        self.answer_fn: AnswerFn = answer_fn or _default_answer_fn()
        self.catalogs = Catalogs()  # the names the watch commands resolve against, kept between commands
        self._last_prune = 0.0
        self._freshness: tuple[float, Freshness] | None = None
        self.answers = ThreadPoolExecutor(max_workers=answer_workers, thread_name_prefix="slack-answer")
        self.listeners = ThreadPoolExecutor(max_workers=LISTENER_WORKERS, thread_name_prefix="slack-listener")
        self._closed = False
        self.prune()

    # --- background work -------------------------------------------------------------------------

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
        """Run ``fn`` on the answer pool; an exception is logged with its traceback, never lost."""

        def run() -> Any:
            try:
                return fn(*args, **kwargs)
            except Exception:
                log.exception("slack background task %s failed", getattr(fn, "__name__", fn))
                raise

        return self.answers.submit(run)

    # --- state -----------------------------------------------------------------------------------

    def claim_event(self, key: str) -> bool:
        """True the first time ``key`` is seen (also across restarts), False for a repeat."""
        with self.store.writing() as db:
            first = slack_state.claim_event(db, key)
        if time.monotonic() - self._last_prune > PRUNE_EVERY_SECONDS:
            self.prune()
        return first

    def thread_context(self, channel: str, thread_ts: str) -> dict[str, Any] | None:
        with self.store.writing() as db:
            return slack_state.load_thread_context(db, channel, thread_ts)

    def save_thread_context(self, channel: str, thread_ts: str, context: dict[str, Any]) -> None:
        with self.store.writing() as db:
            slack_state.save_thread_context(db, channel, thread_ts, context)

    def save_reply(self, reply_id: str, question: str, pages: list[dict[str, Any]]) -> None:
        with self.store.writing() as db:
            slack_state.save_reply(db, reply_id, question, pages)

    def load_reply(self, reply_id: str) -> dict[str, Any] | None:
        with self.store.writing() as db:
            return slack_state.load_reply(db, reply_id)

    def prune(self) -> None:
        now = dt.datetime.now(dt.UTC)

        def cutoff(age: dt.timedelta) -> str:
            return (now - age).isoformat(timespec="seconds")

        if self._closed:
            return
        with self.store.writing() as db:
            slack_state.forget_events_before(db, cutoff(EVENT_RETENTION))
            slack_state.forget_threads_before(db, cutoff(THREAD_RETENTION))
            slack_state.forget_replies_before(db, cutoff(REPLY_RETENTION))
        self._last_prune = time.monotonic()

    def freshness(self) -> Freshness:
        """When EDGAR was last synced and the newest filing stored; cached for ``FRESHNESS_TTL_SECONDS``."""
        now = time.monotonic()
        cached = self._freshness
        if cached is not None and now - cached[0] < FRESHNESS_TTL_SECONDS:
            return cached[1]
        with self.store.reader.connect() as conn:
            value = data_freshness(conn)
        self._freshness = (now, value)
        return value

    def close(self) -> None:
        """Let running listeners and answers finish; the store stays open (its owner closes it)."""
        self.listeners.shutdown(wait=True)
        self.answers.shutdown(wait=True)
        self._closed = True

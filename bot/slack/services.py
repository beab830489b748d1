"""What the Slack listeners share: the store, the answer function, worker pools and the Slack state kept
in the database.

One ``SlackServices`` per running app, handed the process's ``Store`` (and ``OnDemand``, when companies
not stored are fetched for questions) by the composition root (which closes them). Listeners reach it
through Bolt's ``context["services"]`` (set by a middleware in ``bot.slack.app``), so handler functions stay
plain and can be called directly.

On a read-only database (``Store.is_read_only``) the bot still answers: the Slack state it would keep in
the database (events seen, thread contexts, the pages of replies) is kept in memory instead, bounded,
and lost at a restart; watchlist and alert commands get the store's "is read-only" refusal.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections import OrderedDict
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
MEMORY_ITEMS = 2000  # per kind of state kept in memory on a read-only database


class MemoryState:
    """The Slack state of a read-only database, in memory: the newest ``MEMORY_ITEMS`` of each kind."""

    def __init__(self, limit: int = MEMORY_ITEMS) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._kinds: dict[str, OrderedDict[Any, Any]] = {"events": OrderedDict(), "threads": OrderedDict(),
                                                         "replies": OrderedDict()}

    def put(self, kind: str, key: Any, value: Any, *, only_new: bool = False) -> bool:
        """Keep ``value`` under ``key``; with ``only_new``, only when ``key`` is not kept (False then)."""
        with self._lock:
            items = self._kinds[kind]
            if only_new and key in items:
                return False
            items[key] = value
            items.move_to_end(key)
            while len(items) > self.limit:
                items.popitem(last=False)
            return True

    def get(self, kind: str, key: Any) -> Any:
        with self._lock:
            return self._kinds[kind].get(key)


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
        self.read_only = store.is_read_only()
        self.memory = MemoryState() if self.read_only else None  # the Slack state, when the database cannot keep it
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
        if self.memory is not None:
            return self.memory.put("events", key, time.monotonic(), only_new=True)
        with self.store.writing() as db:
            first = slack_state.claim_event(db, key)
        if time.monotonic() - self._last_prune > PRUNE_EVERY_SECONDS:
            self.prune()
        return first

    def thread_context(self, channel: str, thread_ts: str) -> dict[str, Any] | None:
        if self.memory is not None:
            return self.memory.get("threads", (channel, thread_ts))
        with self.store.writing() as db:
            return slack_state.load_thread_context(db, channel, thread_ts)

    def save_thread_context(self, channel: str, thread_ts: str, context: dict[str, Any]) -> None:
        if self.memory is not None:
            self.memory.put("threads", (channel, thread_ts), context)
            return
        with self.store.writing() as db:
            slack_state.save_thread_context(db, channel, thread_ts, context)

    def save_reply(self, reply_id: str, question: str, pages: list[dict[str, Any]]) -> None:
        if self.memory is not None:
            self.memory.put("replies", reply_id, {"question": question, "pages": pages})
            return
        with self.store.writing() as db:
            slack_state.save_reply(db, reply_id, question, pages)

    def load_reply(self, reply_id: str) -> dict[str, Any] | None:
        if self.memory is not None:
            return self.memory.get("replies", reply_id)
        with self.store.writing() as db:
            return slack_state.load_reply(db, reply_id)

    def prune(self) -> None:
        now = dt.datetime.now(dt.UTC)

        def cutoff(age: dt.timedelta) -> str:
            return (now - age).isoformat(timespec="seconds")

        if self._closed or self.memory is not None:
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

"""A named lock in the database, so one sync runs at a time across processes (the scheduled job and a
manual ``insiderbot sync``). The holder refreshes it while it works; a crashed holder's lock lapses at
its expiry, or at once when the holder was a process on this machine that no longer exists.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import time
import uuid

import sqlite_utils

from storage.sync_state import extend_lock, lock_holder, release_lock, take_lock
from storage.writes import write_transaction

SYNC_LOCK = "edgar-sync"


class LockHeld(RuntimeError):
    def __init__(self, name: str, owner: str, expires_at: float) -> None:
        self.name = name
        self.owner = owner
        self.expires_at = expires_at
        until = dt.datetime.fromtimestamp(expires_at).isoformat(timespec="seconds")
        super().__init__(f"another process holds the {name!r} lock ({owner}, until {until} unless refreshed)")


def _holder_is_dead(owner: str) -> bool:
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class DbLock:
    def __init__(self, db: sqlite_utils.Database, name: str = SYNC_LOCK, *, ttl_seconds: float = 900.0) -> None:
        self.db = db
        self.name = name
        self.ttl_seconds = ttl_seconds
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._refreshed = 0.0

    def acquire(self) -> None:
        """Take the lock, or LockHeld when a live holder has it."""
        now = time.time()
        with write_transaction(self.db):
            holder = lock_holder(self.db, self.name)
            if holder is not None:
                owner, expires_at = holder
                if owner != self.owner and expires_at > now and not _holder_is_dead(owner):
                    raise LockHeld(self.name, owner, expires_at)
            take_lock(self.db, self.name, self.owner, now + self.ttl_seconds)
        self._refreshed = now

    def refresh(self, *, every: float = 30.0) -> None:
        """Push the expiry forward (at most once per ``every`` seconds)."""
        now = time.time()
        if now - self._refreshed < every:
            return
        with write_transaction(self.db):
            if not extend_lock(self.db, self.name, self.owner, now + self.ttl_seconds):
                owner, expires_at = lock_holder(self.db, self.name) or ("nobody", now)
                raise LockHeld(self.name, owner, expires_at)
        self._refreshed = now

    def release(self) -> None:
        release_lock(self.db, self.name, self.owner)

    def __enter__(self) -> DbLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

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
        with write_transaction(self.db) as conn:
            row = conn.execute("SELECT owner, expires_at FROM locks WHERE name = ?", (self.name,)).fetchone()
            if row is not None and row[0] != self.owner and row[1] > now and not _holder_is_dead(row[0]):
                raise LockHeld(self.name, row[0], row[1])
            conn.execute(
                "INSERT OR REPLACE INTO locks (name, owner, acquired_at, expires_at) VALUES (?, ?, ?, ?)",
                (self.name, self.owner, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                 now + self.ttl_seconds),
            )
        self._refreshed = now

    def refresh(self, *, every: float = 30.0) -> None:
        """Push the expiry forward (at most once per ``every`` seconds)."""
        now = time.time()
        if now - self._refreshed < every:
            return
        with write_transaction(self.db) as conn:
            updated = conn.execute("UPDATE locks SET expires_at = ? WHERE name = ? AND owner = ?",
                                   (now + self.ttl_seconds, self.name, self.owner)).rowcount
            if not updated:
                row = conn.execute("SELECT owner, expires_at FROM locks WHERE name = ?", (self.name,)).fetchone()
                raise LockHeld(self.name, row[0] if row else "nobody", row[1] if row else now)
        self._refreshed = now

    def release(self) -> None:
        with write_transaction(self.db) as conn:
            conn.execute("DELETE FROM locks WHERE name = ? AND owner = ?", (self.name, self.owner))

    def __enter__(self) -> DbLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

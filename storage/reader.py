"""Reading the database: read-only connections, so nothing that only answers can ever write.

This module imports nothing of the write side (no migrations, no writes); ``storage.db`` builds the
writer and the :class:`~storage.db.Store` that holds a reader and the writer together.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

BUSY_TIMEOUT_SECONDS = 10.0


class HasReader(Protocol):
    """Anything that carries a reader: a :class:`~storage.db.Store`."""

    reader: Reader


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection for answering questions: writes fail, rows come back as sqlite3.Row.

    A WAL database in a folder nobody may write (so SQLite cannot make its ``-shm`` file) and with no
    ``-wal`` file (so no writer is at work) is opened as immutable: it can still be read."""
    path = Path(path).resolve()
    uri = f"file:{path}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    try:
        conn.execute("PRAGMA query_only=ON")
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as error:
        conn.close()
        if "unable to open" not in str(error) or Path(f"{path}-wal").exists() or not path.exists():
            raise
        conn = sqlite3.connect(f"{uri}&immutable=1", uri=True, timeout=BUSY_TIMEOUT_SECONDS,
                               check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
    conn.row_factory = sqlite3.Row
    return conn


class Reader:
    """Read-only access to one database file. Each ``connect()`` is a fresh read-only connection,
    closed on exit, so any number of threads can read at once while the writer writes (WAL)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        conn = open_readonly(self.path)
        try:
            yield conn
        finally:
            conn.close()

    def __repr__(self) -> str:
        return f"Reader({str(self.path)!r})"


ReadSource = Reader | HasReader | str | Path
"""What a reading function accepts: a reader, a store (anything with a ``reader``), or a file's path."""


def reader_of(source: Reader | HasReader | str | Path) -> Reader:
    """The reader of a store, a reader, or a new reader of a database file's path."""
    if isinstance(source, Reader):
        return source
    if isinstance(source, str | Path):
        return Reader(source)
    return source.reader

"""Opening the database: one writer connection with migrations applied, or a read-only reader."""

from __future__ import annotations

import fcntl
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from storage.migrations import migrate

BUSY_TIMEOUT_SECONDS = 10.0


def open_db(path: str | Path) -> sqlite_utils.Database:
    """The writer: WAL, foreign keys on, migrations applied. Creates the file and its folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    with _migration_lock(path):
        migrate(db)
    return db


@contextmanager
def _migration_lock(path: Path) -> Iterator[None]:
    """Serialise migrations between processes opening the same file at once.

    A migration cannot hold a SQLite write lock throughout (``executescript`` and sqlite-utils'
    ``enable_fts`` commit as they go), so two processes starting on a new database would both
    create the schema and one would fail. An advisory lock file beside the database prevents that.
    """
    with open(path.with_name(path.name + ".migrate-lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection for answering questions: writes fail, rows come back as sqlite3.Row."""
    uri = f"file:{Path(path).resolve()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    conn.execute("PRAGMA query_only=ON")
    conn.row_factory = sqlite3.Row
    return conn

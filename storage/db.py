"""Opening the database: one writer connection with migrations applied, or a read-only reader.

A file is checked before it is used (:func:`check_database`): a file that is not SQLite, or a damaged
one, is refused with :class:`DatabaseUnusable` and left exactly as it is. A read-only database (file or
folder) opens for reading; its writer is refused with :class:`DatabaseReadOnly`. A write that finds the
disk (or the database's size limit) full raises SQLite's own error, which :func:`storage_problem`
turns into :class:`DatabaseFull` with a message that says what to do.
"""

from __future__ import annotations

import fcntl
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from storage.migrations import migrate as apply_migrations
from storage.problems import (
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseUnusable,
    StoreProblem,
    check_database,
    storage_problem,
)
from storage.reader import BUSY_TIMEOUT_SECONDS, Reader, open_readonly, reader_of

__all__ = ["DatabaseFull", "DatabaseReadOnly", "DatabaseUnusable", "Reader", "Store", "StoreClosed", "StoreProblem",
           "check_database", "open_db", "open_readonly", "reader_of", "storage_problem"]

def open_db(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """The writer: WAL, foreign keys on, migrations applied (unless ``migrate`` is false: the file's
    store has already applied them). Creates the file and its folder. A read-only database or folder is
    refused with :class:`DatabaseReadOnly`."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise storage_problem(error, path) or error from None
    _refuse_read_only(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        if migrate:
            with _migration_lock(path):
                apply_migrations(db)
    except (OSError, sqlite3.Error) as error:
        conn.close()
        raise storage_problem(error, path) or error from None
    return db


def _refuse_read_only(path: Path) -> None:
    """SQLite opens a file it may not write read-only without a word and fails at the first write; say
    so now. The file is opened for writing (nothing is written) and a scratch file made in its folder
    (for the WAL): ``os.access`` is not enough, as it says yes to root, whom an immutable file or a
    read-only mount still refuses."""
    try:
        if path.exists():
            open(path, "r+b").close()
        tempfile.TemporaryFile(dir=path.parent).close()
    except OSError as error:
        raise storage_problem(error, path) or error from None


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


class Store:
    """One database file as the process uses it: a :class:`Reader` and one writer connection.

    The file is checked first (:func:`check_database`: SQLite, not damaged). The composition root
    (``bot.app``) opens one store per process and passes it down; the writer is
    opened (and the migrations applied) on first use only, so a process that only reads never
    migrates, and one that writes migrates once. Threads share the one writer connection through
    :meth:`writing`, which serialises them.
    """

    def __init__(self, path: str | Path, *, check: bool = True) -> None:
        self.path = Path(path)
        if check:
            check_database(self.path)
        self.reader = Reader(self.path)
        self._writer: sqlite_utils.Database | None = None
        self._lock = threading.RLock()
        self._closed = False

    @property
    def writer(self) -> sqlite_utils.Database:
        """The writer connection (WAL, foreign keys, migrated), opened on first use."""
        with self._lock:
            if self._closed:
                raise StoreClosed(f"the database {self.path} is closed")
            if self._writer is None:
                self._writer = open_db(self.path)
            return self._writer

    @contextmanager
    def writing(self) -> Iterator[sqlite_utils.Database]:
        """The writer, held by this thread alone until the block ends."""
        with self._lock:
            yield self.writer

    @contextmanager
    def job_writer(self) -> Iterator[sqlite_utils.Database]:
        """A writer connection of its own, for a job that writes for minutes (the EDGAR sync) in many
        short transactions: the shared writer is never held for a whole pass, so other threads' writes
        (a Slack event claim) go in between. Opened after this store's migrations; closed at the end."""
        _ = self.writer  # migrated once, by the shared writer
        db = open_db(self.path, migrate=False)
        try:
            yield db
        finally:
            db.close()

    def is_read_only(self) -> bool:
        """Whether the file (or its folder) refuses writes: the reader works, the writer would be refused
        with :class:`DatabaseReadOnly`. For a front end that can answer without writing. A file whose folder
        does not exist yet is not read-only: the writer makes the folder (or says why it cannot)."""
        if not self.path.parent.is_dir():
            return False
        try:
            _refuse_read_only(self.path)
        except DatabaseReadOnly:
            return True
        return False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._writer is not None:
                self._writer.close()
                self._writer = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"


class StoreClosed(RuntimeError):
    """The store was used after it was closed (during shut-down)."""

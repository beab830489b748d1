"""Opening the database: one writer connection with migrations applied, or a read-only reader.

A file is checked before it is used (:func:`check_database`): a file that is not SQLite, or a damaged
one, is refused with :class:`DatabaseUnusable` and left exactly as it is. A read-only database (file or
folder) opens for reading; its writer is refused with :class:`DatabaseReadOnly`. A write that finds the
disk (or the database's size limit) full raises SQLite's own error, which :func:`storage_problem`
turns into :class:`DatabaseFull` with a message that says what to do.
"""

from __future__ import annotations

import errno
import fcntl
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from storage.migrations import migrate as apply_migrations
from storage.reader import BUSY_TIMEOUT_SECONDS, Reader, open_readonly, reader_of

__all__ = ["DatabaseFull", "DatabaseReadOnly", "DatabaseUnusable", "Reader", "Store", "StoreClosed", "StoreProblem",
           "check_database", "open_db", "open_readonly", "reader_of", "storage_problem"]

SQLITE_HEADER = b"SQLite format 3\x00"
QUICK_CHECK_MAX_BYTES = 512 * 1024 * 1024  # PRAGMA quick_check reads every page: about 5 s per 500 MB


class StoreProblem(RuntimeError):
    """The database cannot be used as asked; the message says why and what to do."""


class DatabaseUnusable(StoreProblem):
    """The file given as the database is not SQLite, or is damaged: refused, and left as it is."""


class DatabaseReadOnly(StoreProblem):
    """The database (or its folder) is read-only: it answers questions, but nothing can be stored."""


class DatabaseFull(StoreProblem):
    """A write found the disk, or the database's size limit, full: the write in progress was rolled back."""


def check_database(path: str | Path, *, quick_check_max_bytes: int = QUICK_CHECK_MAX_BYTES) -> None:
    """Refuse a file that is not a usable SQLite database, before anything opens it for writing.

    A missing or empty file is fine (it becomes a new database). Otherwise the file must start with
    SQLite's header, its schema must read, and (up to ``quick_check_max_bytes``; beyond that it takes
    minutes, and damage shows when the damaged pages are read) ``PRAGMA quick_check`` must say ok."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseUnusable(f"{path} is a folder, not a database file")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseUnusable(f"{path} cannot be read ({error.strerror})") from None
    if head != SQLITE_HEADER:
        raise DatabaseUnusable(f"{path} is not a SQLite database (it does not start with SQLite's header); "
                               "it was left as it is. Give --db the bot's database file, or a new path.")
    problem = _integrity_problem(path, quick=path.stat().st_size <= quick_check_max_bytes)
    if problem:
        raise DatabaseUnusable(f"{path} is damaged ({problem}); it was left as it is. Restore it from a backup, "
                               f"or try `sqlite3 {path} .recover` into a new file.")


def _integrity_problem(path: Path, *, quick: bool) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as error:
        return str(error)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if quick:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check(3)").fetchall()]
            if rows != ["ok"]:
                return "PRAGMA quick_check: " + "; ".join(rows)
    except sqlite3.OperationalError as error:
        if _code(error) in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return None  # not damage: a read-only folder without the WAL files, or a writer at work
        return str(error)
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        conn.close()
    return None


def _code(error: sqlite3.Error) -> int:
    """SQLite's primary result code of ``error`` (the extended code's low byte)."""
    return (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def storage_problem(error: BaseException, path: str | Path) -> StoreProblem | None:
    """``error`` (from SQLite or the file system) as a :class:`StoreProblem` with a message for the user,
    or None when it is not one of the database's known troubles."""
    if isinstance(error, StoreProblem):
        return error
    code = _code(error) if isinstance(error, sqlite3.Error) else None
    full = code == sqlite3.SQLITE_FULL or (isinstance(error, OSError) and error.errno == errno.ENOSPC)
    if full:
        return DatabaseFull(
            f"the database {path} is full (its disk, or its size limit): the write in progress was rolled back "
            "and everything stored before it is kept. Free some space and run the same command again; it "
            "carries on where it stopped.")
    read_only = code == sqlite3.SQLITE_READONLY or (isinstance(error, OSError) and error.errno in (
        errno.EACCES, errno.EPERM, errno.EROFS))
    if read_only:
        return _read_only(path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseUnusable(f"{path} is damaged ({error}). Restore it from a backup, or try "
                                f"`sqlite3 {path} .recover` into a new file.")
    return None


def _read_only(path: str | Path) -> DatabaseReadOnly:
    return DatabaseReadOnly(f"the database {path} is read-only (the file or its folder): nothing can be stored in "
                            f"it, so this cannot run; questions are answered from it as it is (insiderbot ask "
                            f"--db {path} \"...\"). Make it writable to ingest, sync, chat, serve or change "
                            "watchlists.")


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
        with :class:`DatabaseReadOnly`. For a front end that can answer without writing."""
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

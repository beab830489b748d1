"""The database's troubles in words: a file that is not SQLite or is damaged (refused, left as it is), a
read-only database asked to write, a full disk. Light on purpose (no sqlite-utils): the command line
imports it on every command."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from storage.reader import BUSY_TIMEOUT_SECONDS

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
        return read_only_problem(path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DatabaseUnusable(f"{path} is damaged ({error}). Restore it from a backup, or try "
                                f"`sqlite3 {path} .recover` into a new file.")
    return None


def read_only_problem(path: str | Path) -> DatabaseReadOnly:
    return DatabaseReadOnly(f"the database {path} is read-only (the file or its folder): nothing can be stored in "
                            f"it, so this cannot be done; questions are answered from it as it is (insiderbot ask "
                            f"--db {path} \"...\", chat and serve). Make it writable to ingest, sync, or change "
                            "watchlists and alerts.")

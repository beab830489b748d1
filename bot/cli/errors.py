"""The one error type of the command line: a message for stderr and the exit code it ends with.

Exit codes (the README lists them): 0 done, 1 the work failed or was refused (an unknown name, a digest
already sent, another sync holding the lock, EDGAR blocking us, a database that is not SQLite, damaged,
read-only for a write, or full), 2 a usage or configuration error (a
missing setting, an unknown issuer, bad dates), 130 interrupted by Ctrl-C.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import click

from storage.problems import StoreProblem, storage_problem

EXIT_FAILED = 1
EXIT_CONFIG = 2
EXIT_INTERRUPTED = 130


class CliError(click.ClickException):
    """Raised by a command to stop with ``message`` on stderr and ``exit_code``.

    The message is shown as ``Error: message``, as click shows its own errors, or after another
    ``prefix`` ("" for a sentence that stands alone: "Not sent: ..."). An empty message stops with the
    exit code alone, for a command that has already said why."""

    def __init__(self, message: str = "", exit_code: int = EXIT_FAILED, *, prefix: str = "Error: ") -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.prefix = prefix

    def show(self, file: IO | None = None) -> None:
        if self.message:
            click.echo(f"{self.prefix}{self.message}", err=True, file=file)


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """The database's troubles as a ``CliError`` with a message that says what to do (exit 1): a file
    that is not SQLite or is damaged, a read-only database asked to write, a full disk. Other errors
    pass through."""
    try:
        yield
    except StoreProblem as error:
        raise CliError(str(error), EXIT_FAILED) from None
    except sqlite3.Error as error:
        problem = storage_problem(error, path)
        if problem is None:
            raise
        raise CliError(str(problem), EXIT_FAILED) from None

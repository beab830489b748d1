"""One error type for the command line: what it prints on stderr and the exit code it ends with."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from bot.cli.errors import EXIT_CONFIG, EXIT_FAILED, EXIT_INTERRUPTED, CliError


@pytest.mark.parametrize(("error", "stderr", "code"), [
    (CliError("SEC_USER_AGENT is not set", EXIT_CONFIG), "Error: SEC_USER_AGENT is not set\n", 2),
    (CliError("another sync holds the lock"), "Error: another sync holds the lock\n", 1),
    (CliError("Not sent: already sent", prefix=""), "Not sent: already sent\n", 1),
    (CliError("no files found", prefix="error: "), "error: no files found\n", 1),
    (CliError("", EXIT_INTERRUPTED), "", 130),
])
def test_a_cli_error_prints_its_message_and_ends_with_its_exit_code(error, stderr, code) -> None:
    @click.command()
    def command() -> None:
        raise error

    result = CliRunner().invoke(command, [])
    assert result.exit_code == code
    assert result.stderr == stderr
    assert result.stdout == ""


def test_the_exit_codes_are_the_readmes() -> None:
    assert (EXIT_FAILED, EXIT_CONFIG, EXIT_INTERRUPTED) == (1, 2, 130)

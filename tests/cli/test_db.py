"""Settings every command shares: ``--db PATH`` (then ``$INSIDERBOT_DB``, then ``./data/insiderbot.db``) and
the SEC rate ceiling."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.config import load_settings

FIXTURE = Path(__file__).parents[1] / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"


def test_every_command_takes_db() -> None:
    for name, command in cli.commands.items():
        assert "--db" in {opt for param in command.params for opt in param.opts}, name


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INSIDERBOT_DB", raising=False)
    return tmp_path


def ingest(*args: str) -> str:
    result = CliRunner().invoke(cli, ["ingest", *args, str(FIXTURE)], obj={})
    assert result.exit_code == 0, result.output
    return result.output


def test_db_defaults_to_data_insiderbot_db(workdir) -> None:
    assert ingest().startswith("1 new")
    assert (workdir / "data" / "insiderbot.db").is_file()


def test_db_comes_from_the_environment_then_the_flag(workdir, monkeypatch) -> None:
    monkeypatch.setenv("INSIDERBOT_DB", str(workdir / "from-env.db"))
    assert ingest().startswith("1 new")
    assert (workdir / "from-env.db").is_file()
    assert ingest("--db", str(workdir / "from-flag.db")).startswith("1 new")   # a new file, not from-env.db
    assert (workdir / "from-flag.db").is_file()
    assert not (workdir / "data").exists()


def test_parse_accepts_db_and_opens_no_database(workdir) -> None:
    result = CliRunner().invoke(cli, ["parse", "--db", str(workdir / "unused.db"), str(FIXTURE)], obj={})
    assert result.exit_code == 0, result.output
    assert '"document_type": "4"' in result.output
    assert list(workdir.iterdir()) == []


def test_sec_max_rps_defaults_to_5_and_never_exceeds_the_secs_10(workdir, monkeypatch) -> None:
    monkeypatch.delenv("SEC_MAX_RPS", raising=False)
    assert load_settings().sec_max_rps == 5
    monkeypatch.setenv("SEC_MAX_RPS", "50")
    assert load_settings().sec_max_rps == 10
    monkeypatch.setenv("SEC_MAX_RPS", "2.5")
    assert load_settings().sec_max_rps == 2.5

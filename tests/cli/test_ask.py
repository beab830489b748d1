"""`insiderbot ask` and `insiderbot chat` through the click command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.config import Settings
from bot.ingest import ingest_paths
from storage.db import open_db

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "cli.db"
    handle = open_db(path)
    ingest_paths(handle, [REPO / "bot" / "samples"])
    handle.close()
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), obj={"settings": Settings(_env_file=None)})
    assert result.exit_code == 0, result.output
    return result.output


def test_ask_prints_the_answer(db) -> None:
    output = run("ask", "--db", str(db), "--mode", "rules", "what options did Tecogen's GC get")
    assert output.startswith("John Whiting, General Counsel & Secretary of Tecogen Inc. (TGEN), was granted "
                             "37,500 stock options (right to buy) on Sep 20, 2023 (code A, grant).")
    assert "Source: Form 4 signed Sep 27, 2023" in output


def test_ask_words_without_quotes(db) -> None:
    assert "Richard Roe" in run("ask", "--db", str(db), "director", "purchases", "at", "EXRB")


def test_ask_json(db) -> None:
    data = json.loads(run("ask", "--db", str(db), "--json", "--today", "2024-06-10", "sales last month"))
    assert set(data) == {"answer", "query", "records", "sources"}
    assert data["query"]["date_from"] == "2024-05-01" and data["query"]["date_to"] == "2024-05-31"
    # Newest first: the May 16 sale before the May 15 one.
    assert [(r["transaction_date"], r["shares"]) for r in data["records"]] == [
        ("2024-05-16", 5000), ("2024-05-15", 25000)]
    assert data["sources"][0]["url"].endswith("SAMPLE-example-robotics-ceo-sale-10b5-1-4-2024-05-15.xml")


def test_ask_without_a_database(tmp_path) -> None:
    assert "no database" in run("ask", "--db", str(tmp_path / "none.db"), "Tecogen")


def test_chat_loads_samples(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["chat", "--db", str(tmp_path / "c.db"), "--mode", "rules"],
                                input="Who are the insiders at Example Biotech?\nquit\n",
                                obj={"settings": Settings(_env_file=None)})
    assert result.exit_code == 0, result.output
    assert "Loaded 5 sample filings (samples, not live data)" in result.output
    assert "3 insiders have filed for Example Biotech Inc. (EXBT)" in result.output


def test_ask_does_not_import_langchain_on_the_rules_path(db) -> None:
    code = ("import sys\nfrom bot.cli import main\nsys.argv = ['insiderbot', 'ask', '--db', sys.argv[1], "
            "'--mode', 'rules', 'Tecogen options']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('LANGCHAIN' if any(m.startswith('langchain') for m in sys.modules) else 'NO-LANGCHAIN')")
    result = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, cwd=REPO,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "37,500" in result.stdout and result.stdout.strip().endswith("NO-LANGCHAIN")

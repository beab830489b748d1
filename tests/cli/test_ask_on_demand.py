"""``insiderbot ask`` and ``insiderbot chart`` fetch a company not stored before answering or drawing, as the
chat does: ``python -m bot`` as a real process, the EDGAR stand-in over real HTTP, progress on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from edgar_server import environment_for
from on_demand_world import publish_palantir, publish_tecogen, stored_accessions, txt_requests

from storage.db import open_db
from storage.edgar_cache import replace_tickers
from storage.reader import Reader

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """An installed bot's database: nothing of Tecogen or Palantir stored yet."""
    path = tmp_path / "insiderbot.db"
    open_db(path).close()
    return path


def insiderbot(server, db_path: Path, *args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SEC_", "INSIDERBOT_", "ON_DEMAND"))}
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    environment.update(environment_for(server, db_path, answer_mode="rules", pythonpath=path, **env))
    environment = {k: v for k, v in environment.items() if v != "<unset>"}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd or db_path.parent, env=environment,
                          capture_output=True, text=True, timeout=120)


def stored(db_path: Path) -> list[str]:
    with Reader(db_path).connect() as conn:
        return stored_accessions(conn)


def test_ask_fetches_a_company_not_stored_then_answers(edgar_server, db_path):
    recent = publish_tecogen(edgar_server, recent=3, old=1)
    done = insiderbot(edgar_server, db_path, "ask", "who sold at Tecogen?")
    assert done.returncode == 0, done.stderr
    assert "Fetching Tecogen's insider filings from EDGAR, about 3 filings…" in done.stderr
    assert "Fetched 3 filings in" in done.stderr and "Fetching" not in done.stdout   # progress on stderr only
    assert "John Whiting" in done.stdout and "sold" in done.stdout
    assert "Fetched 3 insider filings of TECOGEN INC. (TGEN) from EDGAR just now" in done.stdout
    assert "`insiderbot backfill --issuer TGEN`" in done.stdout
    assert stored(db_path) == sorted(f.accession for f in recent)
    assert txt_requests(edgar_server) == {f.accession: 1 for f in recent}


def test_ask_naming_two_companies_fetches_both(edgar_server, db_path):
    tecogen = publish_tecogen(edgar_server, recent=2, old=0)
    palantir = publish_palantir(edgar_server, recent=2)
    done = insiderbot(edgar_server, db_path, "ask", "did anyone sell at $tgen or $pltr")
    assert done.returncode == 0, done.stderr
    assert "Fetching Tecogen's insider filings" in done.stderr and "Fetching Palantir Technologies'" in done.stderr
    assert "John Whiting" in done.stdout and "David Glazer" in done.stdout
    assert stored(db_path) == sorted(f.accession for f in tecogen + palantir)


def test_ask_with_on_demand_fetch_false_answers_from_what_is_stored(edgar_server, db_path):
    publish_tecogen(edgar_server)
    done = insiderbot(edgar_server, db_path, "ask", "who sold at Tecogen?", on_demand_fetch="false")
    assert done.returncode == 0, done.stderr
    assert "No filings are stored yet." in done.stdout and "Fetching" not in done.stderr
    assert edgar_server.requests == [] and stored(db_path) == []


def test_ask_without_a_user_agent_says_the_company_is_not_stored_and_how_to_load_it(edgar_server, db_path):
    db = open_db(db_path)
    replace_tickers(db, [("TGEN", "1537435", "TECOGEN INC.")])      # known from an earlier backfill
    db.close()
    done = insiderbot(edgar_server, db_path, "ask", "who sold at Tecogen?", sec_user_agent="<unset>")
    assert done.returncode == 0, done.stderr
    assert "TECOGEN INC. (TGEN) is not stored" in done.stdout
    assert "An admin can load it with `insiderbot backfill --issuer TGEN`." in done.stdout
    assert edgar_server.requests == []


def test_chart_fetches_a_company_not_stored_then_draws_it(edgar_server, db_path, tmp_path):
    recent = publish_tecogen(edgar_server, recent=3, old=0)
    out = tmp_path / "tgen.png"
    done = insiderbot(edgar_server, db_path, "chart", "TGEN", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Fetching Tecogen's insider filings from EDGAR, about 3 filings…" in done.stderr
    assert f"Wrote {out}" in done.stdout and out.read_bytes().startswith(b"\x89PNG")
    assert "Fetched 3 insider filings of TECOGEN INC. (TGEN) from EDGAR just now" in done.stdout
    assert stored(db_path) == sorted(f.accession for f in recent)


def test_a_chart_asked_with_ask_fetches_first_and_without_a_user_agent_says_how_to_load_it(edgar_server, db_path):
    publish_tecogen(edgar_server, recent=2, old=0)
    done = insiderbot(edgar_server, db_path, "ask", "plot insider sales at TGEN")
    assert done.returncode == 0, done.stderr
    assert "Fetching Tecogen's insider filings" in done.stderr and list(db_path.parent.glob("*.png"))

    other = db_path.parent / "other.db"
    db = open_db(other)
    replace_tickers(db, [("PLTR", "1321655", "Palantir Technologies Inc.")])
    db.close()
    refused = insiderbot(edgar_server, other, "chart", "PLTR", "--out", str(other.parent / "p.png"),
                         sec_user_agent="<unset>")
    assert refused.returncode == 1
    assert "Palantir Technologies Inc. (PLTR) is not stored" in refused.stderr
    assert not (other.parent / "p.png").exists()

"""A short run of the load bench (``python -m bench.slack_load``) on every CI run: 40 signed slash commands over
4 seconds through ``insiderbot serve --http`` (its own process) over the bundled sample filings. Every command is
acked with 200 within 3 s and every one is answered through its ``response_url``; none is lost. The full run
(200 commands in 10 s over the 1M-transaction synthetic database) is the bench itself, figures in the README."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bot.ingest import ingest_paths
from storage.db import open_db

REPO = Path(__file__).resolve().parents[2]


def test_forty_commands_in_four_seconds_are_all_acked_in_time_and_answered(tmp_path) -> None:
    db_path = tmp_path / "samples.db"
    db = open_db(db_path)
    ingest_paths(db, [REPO / "bot" / "samples"])
    db.close()
    run = subprocess.run([sys.executable, "-m", "bench.slack_load", "--db", str(db_path), "--commands", "40",
                          "--seconds", "4", "--wait", "60"], cwd=REPO, capture_output=True, text=True, timeout=240)
    out = run.stdout
    assert re.search(r"^HTTP statuses +200: 40$", out, re.M), out + run.stderr
    assert re.search(r"^acked within 3 s +40 of 40$", out, re.M), out
    assert re.search(r"^answered \(response_url posts\) +40 of 40; lost 0; apologies 0$", out, re.M), out
    assert re.search(r"^ok +acked within 3 s$", out, re.M) and re.search(r"^ok +answered$", out, re.M), out
    assert run.returncode == 0, out + run.stderr

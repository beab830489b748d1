"""``python -m bench.parse_ingest`` runs and reports parse and ingest speed, each as a ratio to bare lxml
(a smoke run: the figures themselves are for the README, not asserted)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import CORPUS

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not any(CORPUS.glob("*.xml")) if CORPUS.is_dir() else True, reason=f"no corpus at {CORPUS}")
def test_bench_prints_parse_and_ingest_as_ratios_to_lxml() -> None:
    run = subprocess.run([sys.executable, "-m", "bench.parse_ingest", "--seconds", "0.05", "--corpus", str(CORPUS)],
                         cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.returncode in (0, 1), run.stderr      # 1: a target missed, which a 0.05 s run may well do
    out = run.stdout
    assert re.search(r"^lxml\.etree\.fromstring +\d+ doc/s$", out, re.M), out
    assert re.search(r"^parse_document +\d+ doc/s +ratio \d\.\d\d ", out, re.M), out
    assert re.search(r"^ingest \(parse \+ store, idx \+ FTS\) +\d+ filings/s +ratio \d\.\d{3} ", out, re.M), out
    stored = int(re.search(r"ingest database at the end: (\d+) filings", out)[1])
    assert stored and stored % len(list(CORPUS.glob("*.xml"))) == 0

"""Fixtures for the chart tests: the answer tests' databases (tests/answers/conftest.py), built by the real
parser and writer: ``samples_db`` (the bundled samples and the Tecogen fixture) and ``corpus_db`` (the shared
corpus too; skipped when it is absent)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "answers_fixtures", Path(__file__).resolve().parents[1] / "answers" / "conftest.py")
_answers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_answers)

samples_db = _answers.samples_db
corpus_db = _answers.corpus_db

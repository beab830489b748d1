"""Every question of the answer engine's question suite (tests/answers/test_question_suite.py), answered
for real and laid out as Slack messages: each message within Slack's limits (checked by the stand-in's
own checker), with a fallback text, and nothing of the answer lost on the way."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
from corpus import CORPUS, write_amended_pair
from slack_standin import limit_violations, posted_blocks_text

from bot.answers.engine import answer
from bot.config import Settings
from bot.ingest import ingest_paths
from bot.slack import blocks
from storage.db import open_db
from storage.status import Freshness

REPO = Path(__file__).resolve().parents[2]
SUITE_FILE = REPO / "tests" / "answers" / "test_question_suite.py"
SAMPLES = REPO / "bot" / "samples"
TECOGEN = REPO / "tests" / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"


def load_suite():
    spec = importlib.util.spec_from_file_location("answers_question_suite_for_slack", SUITE_FILE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.CASES


CASES = load_suite()


def build(path: Path, sources: list[Path]) -> Path:
    db = open_db(path)
    try:
        assert ingest_paths(db, sources).stored
    finally:
        db.close()
    return path


@pytest.fixture(scope="module")
def dbs(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("suite")
    found = {"samples": build(root / "samples.db", [SAMPLES, TECOGEN])}
    if (CORPUS / "MANIFEST.tsv").exists():
        found["corpus"] = build(root / "corpus.db", [CORPUS, SAMPLES, TECOGEN])
    amended = root / "amended"
    amended.mkdir()
    if write_amended_pair(amended):
        found["amended"] = build(root / "amended.db", [amended])
    return found


def test_the_suite_is_there() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize("name", list(CASES))
def test_every_suite_answer_fits_slack(name: str, dbs: dict[str, Path]) -> None:
    case = CASES[name]
    if case.db not in dbs:
        pytest.skip(f"no {case.db} database here")
    result = answer(case.question, dbs[case.db], today=case.today,
                    settings=Settings(_env_file=None, answer_mode="rules", llm_model=None))
    freshness = Freshness(last_sync_at=dt.datetime(2024, 5, 20, 22, 15, tzinfo=dt.UTC), newest_filing_date="2024-05-20")
    pages = blocks.answer_pages(result, freshness=freshness)
    assert pages
    for i, page in enumerate(pages):
        for visibility in ("ephemeral", "in_channel", "thread"):
            sent = blocks.with_buttons(page, reply_id="0" * 32, page=i, pages=len(pages),
                                       shareable=visibility == "ephemeral", visibility=visibility)
            assert limit_violations(sent["blocks"]) == [], (name, i, visibility)
            assert sent["text"].strip()
    shown = "\n".join(posted_blocks_text(p["blocks"]) for p in pages)
    for line in result.lines:
        if line.text != " ".join(result.headline.split()):
            assert blocks.escape(line.text) in shown, (name, line.text)
        for detail in line.details:
            assert blocks.escape(detail) in shown, (name, detail)
    for note in result.notes:
        if note.strip():
            assert blocks.escape(" ".join(note.split()))[:200] in shown.replace("\n", " "), (name, note)
    for source in result.sources:
        assert blocks.escape(source.label).replace("|", "¦") in shown, (name, source.label)
    assert "Filings synced up to May 20, 2024 6:15 PM ET" in posted_blocks_text(pages[-1]["blocks"])

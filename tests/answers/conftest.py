"""Fixtures for the answer-engine tests: databases built by the real parser and writer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from corpus import CORPUS, write_amended_pair

from bot.config import Settings
from bot.ingest import ingest_paths
from storage.db import open_db

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "bot" / "samples"
TECOGEN = REPO / "tests" / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"
TODAY = dt.date(2026, 11, 29)


def build_db(path: Path, sources: list[Path]) -> Path:
    db = open_db(path)
    try:
        report = ingest_paths(db, sources)
    finally:
        db.close()
    assert report.stored, report
    return path


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory) -> Path:
    """The bundled samples plus the Tecogen test fixture."""
    return build_db(tmp_path_factory.mktemp("samples") / "samples.db", [SAMPLES, TECOGEN])


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """The shared corpus of real filings plus the samples; skipped when the corpus is absent."""
    if not (CORPUS / "MANIFEST.tsv").exists():
        pytest.skip(f"shared corpus not found at {CORPUS} (set INSIDERBOT_CORPUS)")
    return build_db(tmp_path_factory.mktemp("corpus") / "corpus.db", [CORPUS, SAMPLES, TECOGEN])


@pytest.fixture(scope="session")
def amended_db(tmp_path_factory) -> Path:
    """The corpus's Lam Research 4/A together with the original Form 4 it amends (rebuilt from the 4/A:
    form 4, no dateOfOriginalSubmission, signed on the original date), so both are stored."""
    folder = tmp_path_factory.mktemp("amended")
    if not write_amended_pair(folder):
        pytest.skip(f"shared corpus not found at {CORPUS} (set INSIDERBOT_CORPUS)")
    return build_db(folder / "amended.db", [folder])


@pytest.fixture
def rules_settings() -> Settings:
    return Settings(_env_file=None, answer_mode="rules", llm_model=None)


@pytest.fixture
def fake_model():
    """A factory of LangChain fake chat models that support tool calls (structured output), per
    stack.md §1(e); each records the messages it was sent."""
    from typing import Any

    from langchain_core.language_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage

    class FakeToolModel(GenericFakeChatModel):
        seen: list = []
        delay: float = 0.0

        def bind_tools(self, tools, *, tool_choice=None, **kwargs):
            return self.bind(tools=tools, tool_choice=tool_choice, **kwargs)

        def _generate(self, messages, stop=None, run_manager=None, **kwargs: Any):
            import time

            self.seen.append(list(messages))
            if self.delay:
                time.sleep(self.delay)
            return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)

    def make(*replies, delay: float = 0.0) -> FakeToolModel:
        messages = []
        for reply in replies:
            if isinstance(reply, dict):
                messages.append(AIMessage("", tool_calls=[{"name": "QuerySpec", "id": "call-1", "args": reply}]))
            elif isinstance(reply, AIMessage):
                messages.append(reply)
            else:
                messages.append(AIMessage(reply))
        return FakeToolModel(messages=iter(messages), seen=[], delay=delay)

    return make


@pytest.fixture
def llm_settings() -> Settings:
    return Settings(_env_file=None, answer_mode="llm", llm_model=None, llm_timeout_seconds=5)

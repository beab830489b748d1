"""In ``insiderbot chat``, "chart TGEN" writes the PNG and prints its path; unknown words get "did you mean"."""

from __future__ import annotations

import io
from pathlib import Path

from chartkit import png_size

from bot.chat import run_chat
from storage.db import Store


def chat(db: Path, lines: str, chart_dir: Path) -> str:
    out = io.StringIO()
    with Store(db) as store:
        run_chat(store, stdin=io.StringIO(lines), stdout=out, load_samples=False, chart_dir=chart_dir,
                 settings=None)
    return out.getvalue()


def test_chart_in_the_chat_writes_the_file_and_prints_its_path(samples_db, tmp_path) -> None:
    output = chat(samples_db, "chart TGEN\nquit\n", tmp_path)
    path = tmp_path / "chart-tgen.png"
    assert f"Chart written to {path.resolve()}" in output and "Tecogen" in output
    assert png_size(path.read_bytes()) == (1200, 800)


def test_chart_of_an_unknown_ticker_in_the_chat_is_did_you_mean(samples_db, tmp_path) -> None:
    output = chat(samples_db, "chart EXRX\nquit\n", tmp_path)
    assert "Did you mean" in output and list(tmp_path.iterdir()) == []

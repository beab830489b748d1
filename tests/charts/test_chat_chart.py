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


def test_a_question_asking_for_a_chart_in_the_chat_writes_it(samples_db, tmp_path) -> None:
    output = chat(samples_db, "show me EXRB sales on a chart\nquit\n", tmp_path)
    path = tmp_path / "chart-exrb-sales.png"
    assert f"Chart written to {path.resolve()}" in output and "Example Robotics" in output and "2 sales" in output
    assert png_size(path.read_bytes()) == (1200, 800)


def test_a_question_with_a_chart_word_inside_is_answered_in_the_chat(samples_db, tmp_path) -> None:
    output = chat(samples_db, "did anyone sell at Chart Industries\nwhat options did Tecogen's GC get\nquit\n",
                  tmp_path)
    assert "37,500" in output and "Chart written" not in output and list(tmp_path.iterdir()) == []

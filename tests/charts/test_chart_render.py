"""The PNG: it opens, is 1200 × 800, is not blank, says when the period holds nothing, and draws many points
as weekly or monthly totals; matplotlib is never imported by ``insiderbot ask``."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

from chartkit import TODAY, many_points, png_size

from bot.charts import ChartRequest, chart_data, render_png
from bot.charts.render import HEIGHT_PX, PALETTE, WIDTH_PX

REPO = Path(__file__).resolve().parents[2]


def pixels(data: bytes):
    from matplotlib.image import imread

    return imread(io.BytesIO(data), format="png")


def colour_share(image, hex_colour: str, tolerance: float = 0.12) -> float:
    """The share of pixels within ``tolerance`` of ``hex_colour`` (alpha-blended markers included)."""
    import numpy as np

    rgb = np.array([int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return float((np.abs(image[:, :, :3] - rgb).max(axis=2) < tolerance).mean())


def render(data) -> bytes:
    out = io.BytesIO()
    render_png(data, out)
    return out.getvalue()


def test_a_company_chart_is_a_1200_by_800_png_with_its_insiders_colours(samples_db, tmp_path) -> None:
    data = chart_data(samples_db, ChartRequest("EXRB", today=TODAY))
    assert data.points and not data.refusal
    path = tmp_path / "exrb.png"
    render_png(data, path)
    raw = path.read_bytes()
    assert png_size(raw) == (WIDTH_PX, HEIGHT_PX) == (1200, 800)
    image = pixels(raw)
    assert image.shape[:2] == (800, 1200)
    assert colour_share(image, "#ffffff", 0.02) < 0.97  # not blank
    assert colour_share(image, PALETTE[0]) > 0.0001  # the top insider's colour: legend, markers, holding line


def test_a_holding_carried_into_the_period_is_drawn_from_the_periods_first_day(samples_db) -> None:
    import datetime as dt

    data = chart_data(samples_db, ChartRequest("EXRB", date_from=dt.date(2024, 5, 16), date_to=dt.date(2024, 12, 31)))
    assert any(s.carried for h in data.holdings for s in h.steps)
    raw = render(data)
    assert png_size(raw) == (1200, 800) and colour_share(pixels(raw), PALETTE[0]) > 0.0001


def test_an_empty_period_is_drawn_with_its_note(corpus_db) -> None:
    data = chart_data(corpus_db, ChartRequest("TSLA 1995", today=TODAY))
    assert data.points == [] and data.refusal is None
    raw = render(data)
    assert png_size(raw) == (1200, 800)
    assert colour_share(pixels(raw), "#ffffff", 0.02) < 0.995  # the title and the note are there


def test_more_than_5000_points_are_drawn_as_weekly_totals_in_well_under_a_few_seconds() -> None:
    data = many_points(6000)
    assert data.bucket == "week" and data.buckets
    assert any("weekly totals" in n for n in data.notes)
    buckets = {(b.start, b.group, b.category): b for b in data.buckets}
    assert sum(b.trades for b in buckets.values()) == sum(p.category in ("buy", "sell") for p in data.points)
    render(data)  # warm: fonts and matplotlib loaded
    started = time.perf_counter()
    raw = render(data)
    assert time.perf_counter() - started < 5  # the bench figure is ≤ 1 s; this only guards against a cliff
    assert png_size(raw) == (1200, 800)


def test_5000_points_are_drawn_one_by_one() -> None:
    data = many_points(5000)
    assert data.bucket is None and len([g for g in data.groups if g.top]) == 6
    assert png_size(render(data)) == (1200, 800)


def loaded_by_ask(db: Path, question: str, cwd: Path) -> tuple[str, list[str]]:
    """``insiderbot ask QUESTION`` in a fresh process: its output and the chart modules (and matplotlib) loaded."""
    code = ("import sys\nfrom bot.cli import main\nsys.argv = ['insiderbot', 'ask', '--db', sys.argv[1], "
            "'--mode', 'rules', sys.argv[2]]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "loaded = sorted({m.split('.')[0] if m.startswith('matplotlib') else m for m in sys.modules "
            "if m.startswith(('matplotlib', 'bot.charts'))})\nprint('LOADED', ' '.join(loaded))")
    result = subprocess.run([sys.executable, "-c", code, str(db), question], capture_output=True, text=True,
                            cwd=cwd, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    output, _, loaded = result.stdout.rpartition("LOADED")
    return output, loaded.split()


def test_insiderbot_ask_does_not_import_the_charts_or_matplotlib(samples_db, tmp_path) -> None:
    # only the small module that tells a chart request from a question; no chart data, renderer or matplotlib
    output, loaded = loaded_by_ask(samples_db, "Tecogen options", tmp_path)
    assert "37,500" in output and loaded == ["bot.charts", "bot.charts.intent"]
    assert list(tmp_path.iterdir()) == []


def test_insiderbot_ask_for_a_chart_draws_it(samples_db, tmp_path) -> None:
    output, loaded = loaded_by_ask(samples_db, "plot Tecogen insider trades", tmp_path)
    path = tmp_path / "chart-tecogen-insider-trades.png"
    assert f"Chart written to {path}" in output and "matplotlib" in loaded
    assert png_size(path.read_bytes()) == (1200, 800)


def test_insiderbot_chart_writes_the_png(samples_db, tmp_path) -> None:
    out = tmp_path / "tgen.png"
    result = subprocess.run([sys.executable, "-m", "bot", "chart", "--db", str(samples_db), "TGEN", "--out", str(out)],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"Wrote {out}" in result.stdout and "Tecogen" in result.stdout
    assert png_size(out.read_bytes()) == (1200, 800)

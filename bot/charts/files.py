"""A chart written to a file for the terminal chat: ``write_chart(reader, request, folder)``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.charts.data import ChartData, ChartRequest, chart_data
from bot.charts.render import render_png
from storage.reader import ReadSource


@dataclass
class WrittenChart:
    data: ChartData
    path: Path | None  # None when there is no chart (``text`` says why)

    @property
    def text(self) -> str:
        if self.path is None:
            return self.data.summary()
        return f"{self.data.summary()}\nChart written to {self.path}"


def chart_filename(words: str) -> str:
    """'TSLA 2021' -> 'chart-tsla-2021.png'."""
    slug = re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")[:60] or "insiders"
    return f"chart-{slug}.png"


def write_chart(reader: ReadSource, request: ChartRequest, folder: Path) -> WrittenChart:
    """Draw ``request`` into ``folder`` (created if needed); no file when the words name nothing chartable."""
    data = chart_data(reader, request)
    if data.refusal:
        return WrittenChart(data, None)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / chart_filename(request.text)
    render_png(data, path)
    return WrittenChart(data, path.resolve())

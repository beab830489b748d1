"""Charts of insider activity: ``chart_data(reader, request)`` (plain data, from the same records an answer
cites) and ``render_png(data, out)`` (matplotlib, imported only when a chart is drawn); ``chart_words(text)``
(``bot.charts.intent``) tells a chart request from a question.

The names below are loaded on first use, so importing ``bot.charts.intent`` (which ``insiderbot ask`` does for
every question) loads neither the chart data nor the renderer."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.charts.data import ChartData, ChartRequest, chart_data
    from bot.charts.render import render_png

_WHERE = {"ChartData": "bot.charts.data", "ChartRequest": "bot.charts.data", "chart_data": "bot.charts.data",
          "render_png": "bot.charts.render"}

__all__ = ["ChartData", "ChartRequest", "chart_data", "render_png"]


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'bot.charts' has no attribute {name!r}")
    return getattr(import_module(_WHERE[name]), name)

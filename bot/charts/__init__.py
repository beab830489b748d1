"""Charts of insider activity: ``chart_data(reader, request)`` (plain data, from the same records an answer
cites) and ``render_png(data, out)`` (matplotlib, imported only when a chart is drawn)."""

from bot.charts.data import ChartData, ChartRequest, chart_data
from bot.charts.render import render_png

__all__ = ["ChartData", "ChartRequest", "chart_data", "render_png"]

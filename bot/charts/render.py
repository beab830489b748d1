"""``render_png(data, out)``: a ``ChartData`` drawn with matplotlib's Agg canvas into a PNG file or buffer.

matplotlib is imported here, inside the function, so only a process that draws a chart loads it
(``insiderbot ask`` never does). Each call builds its own ``Figure`` (no pyplot state), so Slack's worker
threads can draw at once.

Top panel: open-market purchases above the axis and sales below (shares traded, on a symmetric log scale),
each marker's area proportional to its dollar value, coloured by insider (the top ones named, the rest grey);
grants, exercises, tax withholding and the other codes as small grey marks on the axis. Bottom panel: the
shares the top insiders held afterwards, as step lines.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import IO

from bot.charts.data import ChartData, Point, compact

WIDTH_PX, HEIGHT_PX, DPI = 1200, 800, 100
PNG_COMPRESSION = 3  # zlib level: ~35 ms for a 1200 × 800 chart (level 1 saves ~2 ms, level 6 costs ~30 ms more)
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b")
GREY, NEUTRAL = "#b8b8b8", "#6f6f6f"
MIN_AREA, MAX_AREA = 10.0, 900.0
STEP_DOTS = 150  # holding lines of more steps are drawn without a dot per step
NEUTRAL_MARKS = {"grant": ("^", "Grants"), "exercise": ("D", "Exercises and conversions"),
                 "tax": ("v", "Tax withholding"), "gift": ("s", "Gifts"), "other": ("|", "Other transactions")}


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def _days(texts: list[str]):
    """ISO dates as one numpy array (matplotlib converts it at once, not date by date)."""
    import numpy as np

    return np.array([t[:10] for t in texts], dtype="datetime64[D]")


def _floats(values: list[float]):
    """Numbers as one float array: matplotlib then skips building a masked array element by element."""
    import numpy as np

    return np.asarray(values, dtype=float)


def render_png(data: ChartData, out: str | Path | IO[bytes]) -> None:
    """Draw ``data`` as a 1200 × 800 PNG into ``out`` (a path or a binary file object)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    FigureCanvasAgg(fig)
    trades, held = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    colours = {g.name: PALETTE[i] for i, g in enumerate(x for x in data.groups if x.top)}
    fig.suptitle(data.title, fontsize=14, fontweight="bold", x=0.01, ha="left", parse_math=False)
    fig.text(0.01, 0.925, data.summary(), fontsize=9, color="#333333", ha="left", parse_math=False)
    if data.empty:
        _empty(trades, held, data)
    else:
        _draw_trades(trades, data, colours)
        _draw_holdings(held, data, colours)
    _dates(held, data)
    if data.notes:
        fig.text(0.01, 0.01, " ".join(data.notes), fontsize=8, color="#555555", ha="left", va="bottom",
                 parse_math=False)
    fig.subplots_adjust(left=0.08, right=0.79, top=0.9, bottom=0.09, hspace=0.08)
    fig.savefig(out, format="png", dpi=DPI, pil_kwargs={"compress_level": PNG_COMPRESSION})


def _area(value: float | None, largest: float) -> float:
    if not value or largest <= 0:
        return MIN_AREA
    return max(MIN_AREA, MAX_AREA * value / largest)


def _draw_trades(ax, data: ChartData, colours: dict[str, str]) -> None:
    from matplotlib.lines import Line2D

    ax.axhline(0, color="#444444", linewidth=0.8, zorder=1)
    handles = []
    if data.bucket:
        marks = [(b.start, b.shares, b.value, b.category, b.group) for b in data.buckets]
    else:
        marks = [(p.date, p.shares or 0, p.value, p.category, p.group) for p in data.points
                 if p.category in ("buy", "sell") and p.date]
    largest = max((m[2] or 0 for m in marks), default=0)
    for name in [*colours, None]:
        chosen = [m for m in marks if (m[4] == name if name else m[4] not in colours)]
        if not chosen:
            continue
        colour = colours.get(name, GREY) if name else GREY
        ax.scatter(_days([m[0] for m in chosen]), _floats([m[1] if m[3] == "buy" else -m[1] for m in chosen]),
                   s=_floats([_area(m[2], largest) for m in chosen]), c=colour, alpha=0.7,
                   linewidths=0.4 if len(marks) <= 1000 else 0, edgecolors="white", zorder=3)
        handles.append(Line2D([], [], marker="o", linestyle="", color=colour, markersize=7,
                              label=name or "Other insiders"))
    if not data.bucket:
        handles += _neutral_marks(ax, data.points)
    _share_axis(ax, [m[1] for m in marks if m[3] == "buy"], [m[1] for m in marks if m[3] == "sell"])
    ax.set_ylabel("Shares sold (below) · bought (above)")
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False,
              title="Purchases and sales", title_fontsize=8, alignment="left")
    if largest:
        ax.text(0.99, 0.97, f"Marker area ∝ dollar value (largest ${compact(largest)})", transform=ax.transAxes,
                ha="right", va="top", fontsize=8, color="#555555", parse_math=False)
    ax.grid(axis="y", color="#eeeeee")


def _share_axis(ax, bought: list[float], sold: list[float]) -> None:
    """A symmetric log scale of shares: ticks at 0 and at powers of ten on the sides that hold trades."""
    from matplotlib.ticker import FixedLocator, FuncFormatter

    sizes = [abs(v) for v in bought + sold if v] or [1.0]
    low = max(0, math.floor(math.log10(min(sizes))))
    high = max(low + 1, math.ceil(math.log10(max(sizes))))
    step = 1 if high - low <= 6 else 2
    powers = [10.0 ** k for k in range(low, high + 1, step)]
    ax.set_yscale("symlog", linthresh=10.0 ** low, linscale=0.6)
    top = 10.0 ** high * 1.5 if bought else 10.0 ** low
    bottom = -(10.0 ** high * 1.5) if sold else -(10.0 ** low)
    ax.set_ylim(bottom, top)
    ticks = [0.0] + [p for p in powers if bought and p <= top] + [-p for p in powers if sold and -p >= bottom]
    ax.yaxis.set_major_locator(FixedLocator(sorted(ticks)))
    ax.yaxis.set_minor_locator(FixedLocator([]))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: compact(abs(v))))


def _neutral_marks(ax, points: list[Point]) -> list:
    from matplotlib.lines import Line2D

    handles = []
    for category, (marker, label) in NEUTRAL_MARKS.items():
        days = [p.date for p in points if p.category == category and p.date]
        if days:
            ax.scatter(_days(days), _floats([0.0] * len(days)), marker=marker, s=18, c=NEUTRAL, alpha=0.6,
                       linewidths=0.8, zorder=2)
            handles.append(Line2D([], [], marker=marker, linestyle="", color=NEUTRAL, markersize=5,
                                  label=f"{label} ({len(days):,})"))
    return handles


def _draw_holdings(ax, data: ChartData, colours: dict[str, str]) -> None:
    from matplotlib.ticker import FuncFormatter

    end = max([p.date for p in data.points if p.date] + [s.date for h in data.holdings for s in h.steps], default="")
    for holding in data.holdings:
        dates, shares = [s.date for s in holding.steps], [s.shares for s in holding.steps]
        if dates[-1] < end:  # the last amount held, drawn on to the chart's last day
            dates, shares = [*dates, end], [*shares, shares[-1]]
        dots = len(holding.steps) <= STEP_DOTS  # a dot on each filing's step while they can be told apart
        ax.step(_days(dates), _floats(shares), where="post", color=colours.get(holding.group, GREY), linewidth=1.6,
                label=holding.group, marker="." if dots else None, markersize=4,
                markevery=list(range(len(holding.steps))) if dots else None)
    if not data.holdings:
        ax.text(0.5, 0.5, "No holdings reported after these transactions", transform=ax.transAxes,
                ha="center", va="center", fontsize=10, color="#555555")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: compact(v)))
    ax.set_ylabel("Shares held afterwards")
    if data.holdings:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False,
                  title="Shares held", title_fontsize=8, alignment="left")
    ax.grid(axis="y", color="#eeeeee")


def _empty(trades, held, data: ChartData) -> None:
    trades.text(0.5, 0.5, f"No insider transactions {data.period or 'stored'}", transform=trades.transAxes,
                ha="center", va="center", fontsize=13, color="#555555")
    for ax in (trades, held):
        ax.set_yticks([])


def _dates(ax, data: ChartData) -> None:
    import matplotlib.dates as mdates

    days = [p.date[:10] for p in data.points if p.date] + [s.date[:10] for h in data.holdings for s in h.steps]
    first = _day(min(days)) if days else (_day(data.date_from) if data.date_from else None)  # ISO: text order
    last = _day(max(days)) if days else (_day(data.date_to) if data.date_to else None)
    if first is None or last is None:
        last = last or first or dt.date.today()
        first = first or last - dt.timedelta(days=365)
    pad = max(dt.timedelta(days=7), (last - first) / 40)
    ax.set_xlim(first - pad, last + pad)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))

"""How long a chart of 5,000 points takes to draw (the README's figure; no test is timed):
``python -m bench.chart_render``. Prints the cold first render (matplotlib imported) and the median
and worst of 10 warm renders, for 5,000 points drawn one by one and 20,000 drawn as weekly totals."""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "charts"))

from chartkit import many_points  # noqa: E402

from bot.charts import render_png  # noqa: E402


def timed(data) -> float:
    started = time.perf_counter()
    render_png(data, io.BytesIO())
    return time.perf_counter() - started


def main() -> None:
    for count in (5000, 20000):
        data = many_points(count)
        cold = timed(data)
        warm = [timed(data) for _ in range(10)]
        print(f"{count:,} points ({'weekly totals' if data.bucket else 'one by one'}): first {cold:.2f} s, "
              f"then median {statistics.median(warm):.2f} s, worst {max(warm):.2f} s")


if __name__ == "__main__":
    main()

"""How long a chart of 5,000 points takes to draw (the README's figure; no test is timed):
``python -m bench.chart_render``. Prints the cold first render (matplotlib imported) and the median
and worst of 10 warm renders, for 5,000 points drawn one by one and 20,000 drawn as weekly totals, as wall
time and as the process's CPU time (which other work on the cores inflates much less), with the load average."""

from __future__ import annotations

import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "charts"))

from chartkit import many_points  # noqa: E402

from bot.charts import render_png  # noqa: E402


def timed(data) -> tuple[float, float]:
    """(wall, CPU) seconds of one render."""
    started, cpu = time.perf_counter(), time.process_time()
    render_png(data, io.BytesIO())
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for count in (5000, 20000):
        data = many_points(count)
        cold, _ = timed(data)
        warm = [timed(data) for _ in range(10)]
        wall, cpu = [w for w, _ in warm], [c for _, c in warm]
        print(f"{count:,} points ({'weekly totals' if data.bucket else 'one by one'}): first {cold:.2f} s, "
              f"then median {statistics.median(wall):.2f} s, worst {max(wall):.2f} s "
              f"(CPU median {statistics.median(cpu):.2f} s, worst {max(cpu):.2f} s)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

"""EDGAR sync speed against the stand-in EDGAR server (tests/edgar_server.py) run in its own process.

Run from the repository root: ``python -m bench.sync_speed [--filings 2000] [--capped-filings 60]``.

1. Uncapped: one ``sync_once`` on an empty database over a world of ``--filings`` Forms 3/4/5 (three
   days of daily indexes plus today's feed, with other forms mixed in), no artificial delay. The rate
   limiter is built here with a very high rate: a **bench-only override**, since settings never allow
   more than the SEC's 10 requests/s. Reports HTTP requests per new filing as the server counted them,
   feed and index pages included (target ≤ 1.05), and filings stored per second (target ≥ 200).
2. Capped: the same pass over ``--capped-filings`` filings at the default SEC_MAX_RPS (5), where only the
   rate cap should set the pace. Reports requests/s as a fraction of the cap (target ≥ 0.9) and the most
   requests the server saw in any one-second window (must not exceed the cap).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from edgar_server import (  # noqa: E402
    EASTERN,
    EdgarTestServer,
    make_filings,
    make_others,
    max_in_window,
    settings_for,
)

from bot.edgar.client import EdgarClient  # noqa: E402
from bot.edgar.ratelimit import RateLimiter  # noqa: E402
from bot.ingest.sync import sync_once  # noqa: E402
from storage.db import open_db  # noqa: E402

REQUESTS_PER_FILING_TARGET = 1.05
FILINGS_PER_SECOND_TARGET = 200.0
CAP_FRACTION_TARGET = 0.9
BENCH_ONLY_RATE = 100_000.0
TODAY = date(2025, 3, 13)
NOW = datetime(2025, 3, 13, 21, 0, tzinfo=EASTERN)
DAYS = [date(2025, 3, 10), date(2025, 3, 11), date(2025, 3, 12), TODAY]


def _serve(count: int, urls, stop) -> None:
    server = EdgarTestServer()
    server.add(*make_filings(count, DAYS), *make_others(count // 4, DAYS))
    server.publish_index(*DAYS[:3])
    server.start()
    urls.put(server.url)
    stop.wait()
    server.stop()


class ServerProcess:
    def __init__(self, count: int) -> None:
        self.urls = multiprocessing.Queue()
        self.stop = multiprocessing.Event()
        self.process = multiprocessing.Process(target=_serve, args=(count, self.urls, self.stop), daemon=True)

    def __enter__(self) -> ServerProcess:
        self.process.start()
        self.url = self.urls.get(timeout=60)
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.process.join(timeout=10)

    def requests(self) -> list[dict]:
        return httpx.get(self.url + "/_test/requests", timeout=30).json()


def run_pass(count: int, *, rate: float | None, workers: int) -> dict:
    with ServerProcess(count) as server, tempfile.TemporaryDirectory() as tmp:
        settings = settings_for(server.url, sync_workers=workers,
                                **({} if rate is None else {"sec_max_rps": 5}))
        limiter = RateLimiter(BENCH_ONLY_RATE) if rate is None else RateLimiter(settings.sec_max_rps)
        client = EdgarClient.from_settings(settings, limiter=limiter)
        db = open_db(Path(tmp) / "bench.db")
        started = time.perf_counter()
        report = sync_once(db, client, settings, now=NOW)
        seconds = time.perf_counter() - started
        stored = db.execute("SELECT count(*) FROM filings").fetchone()[0]
        db.close()
        client.close()
        seen = server.requests()
    arrivals = [r["at"] for r in seen]
    span = max(arrivals) - min(arrivals) if len(arrivals) > 1 else 0.0
    return {
        "filings": count,
        "stored": stored,
        "new": report.new,
        "requests": len(seen),
        "feed_pages": report.feed_pages,
        "index_pages": len(report.days_indexed) + len(report.days_missing),
        "requests_per_filing": len(seen) / max(report.new, 1),
        "seconds": seconds,
        "filings_per_second": report.new / seconds,
        "requests_per_second": (len(seen) - 1) / span if span else 0.0,
        "max_in_any_second": max_in_window(arrivals),
        "cap": None if rate is None else settings.sec_max_rps,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filings", type=int, default=2000, help="filings in the uncapped pass (default 2000)")
    parser.add_argument("--capped-filings", type=int, default=60,
                        help="filings in the pass at the default rate (default 60, about 13 s)")
    parser.add_argument("--workers", type=int, default=4, help="SYNC_WORKERS (default 4)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    args = parser.parse_args()

    print(f"cores: {os.cpu_count()}; server in its own process; uncapped rate = bench-only override")
    fast = run_pass(args.filings, rate=None, workers=args.workers)
    print(f"uncapped: {fast['new']} new filings in {fast['seconds']:.2f} s = {fast['filings_per_second']:.0f}/s "
          f"(target >= {FILINGS_PER_SECOND_TARGET:.0f}); {fast['requests']} requests "
          f"({fast['feed_pages']} feed pages, {fast['index_pages']} index pages) = "
          f"{fast['requests_per_filing']:.3f} per new filing (target <= {REQUESTS_PER_FILING_TARGET})")
    capped = run_pass(args.capped_filings, rate=5, workers=args.workers)
    fraction = capped["requests_per_second"] / capped["cap"]
    print(f"capped at SEC_MAX_RPS={capped['cap']:g}: {capped['requests']} requests in {capped['seconds']:.1f} s, "
          f"{capped['requests_per_second']:.2f} requests/s = {fraction:.2f} of the cap "
          f"(target >= {CAP_FRACTION_TARGET}); most in any one-second window: {capped['max_in_any_second']}")
    ok = (fast["requests_per_filing"] <= REQUESTS_PER_FILING_TARGET
          and fast["filings_per_second"] >= FILINGS_PER_SECOND_TARGET
          and fraction >= CAP_FRACTION_TARGET and capped["max_in_any_second"] <= capped["cap"]
          and fast["stored"] == fast["new"] == args.filings and capped["stored"] == args.capped_filings)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"uncapped": fast, "capped": {**capped, "fraction_of_cap": fraction}},
                                        indent=2))
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

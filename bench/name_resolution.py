"""Name resolution alone, per question template: ``python -m bench.name_resolution [--scale decade] [--rounds 5]``.

Times ``bot.answers.resolve.resolve`` (which company and which insider a question names, read from the
persisted name index) over the answer benches' templates that name someone, each question on its own
read-only connection as the engine does, in this process, one ``Catalogs`` kept throughout (as the
answering process keeps it). Wall and CPU milliseconds per template (p50, p95), with the load average: the
name-resolution share of ``bench.answer_latency``'s figures. Reads the database the answer bench made
(``bench/out/answers-decade.db`` or ``answers-synthetic.db``); generates nothing and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from bench.answer_latency import OUT, SYNTHETIC_DB, TODAY


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return round(ordered[max(int(len(ordered) * 0.95) - 1, 0)], 2)


def measure(db: Path, filled: list[tuple[str, str]]) -> dict:
    from bot.answers import query, rules
    from bot.answers.resolve import Catalogs, resolve
    from storage.reader import Reader

    reader, catalogs = Reader(db), Catalogs()
    wall: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for template, question in filled:
        if "{company}" not in template and "{insider}" not in template:
            continue
        parse = rules.parse(question, TODAY)
        with query.connect(reader) as conn:
            started, cpu_started = time.perf_counter(), time.process_time()
            resolve(parse, catalogs.load(conn, reader), conn)
            wall.setdefault(template, []).append((time.perf_counter() - started) * 1000)
            cpu.setdefault(template, []).append((time.process_time() - cpu_started) * 1000)
    every_wall = [t for times in wall.values() for t in times]
    every_cpu = [t for times in cpu.values() for t in times]
    return {
        "questions": len(every_wall),
        "wall_ms": {"p50": round(statistics.median(every_wall), 2), "p95": _p95(every_wall)},
        "cpu_ms": {"p50": round(statistics.median(every_cpu), 2), "p95": _p95(every_cpu)},
        "per_template_p95_ms": {t: {"wall": _p95(wall[t]), "cpu": _p95(cpu[t])} for t in wall},
        "load": os.getloadavg(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=("1m", "decade"), default="decade")
    parser.add_argument("--rounds", type=int, default=5, help="fills of each question template (default 5)")
    args = parser.parse_args()
    if args.scale == "decade":
        from bench.answer_decade import DECADE_DB, questions

        db, filled = DECADE_DB, questions(args.rounds)
    else:
        from bench.answer_latency import questions

        db, filled = SYNTHETIC_DB, questions(args.rounds)
    if not db.exists():
        print(f"{db} is missing: run `python -m bench.answer_latency --scale {args.scale}` first", file=sys.stderr)
        return 1
    report = measure(db, filled)
    print(json.dumps(report, indent=2))
    (OUT / f"name_resolution_{args.scale}.json").write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

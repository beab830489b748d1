"""Storing new filings into the decade database the way the sync writes them, and one transaction per filing.

Run from the repository root: ``python -m bench.sync_store [--filings 1000] [--db bench/out/answers-decade.db]``
(the decade database comes from ``python -m bench.answer_latency --scale decade``).

The filings are the ones ``bench.answer_decade.store_speed`` uses (the shared corpus's real filings, or the bundled
samples, under new accession numbers and moved to random decade issuers). Two roads, each timed (wall and this
process's CPU seconds, the figure to trust on shared cores), the filings deleted again after each:

- ``sync``: the sync's own write step, ``bot.ingest.fetching._Batches.write_when_due``, batches of
  ``bot.ingest.fetching.BATCH_SIZE`` parsed downloads in one write transaction each (the filings stored together
  through ``storage.bulk``, each with its queue row and its rejection cleared);
- ``one_each``: ``storage.writes.store_filing`` in a transaction of its own per filing (what
  ``bench.answer_latency --scale decade --store`` reports).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from bench.answer_decade import DECADE_DB, moved_filings

TARGET_PER_S = 500.0


def _sync_writes(db, filings: list) -> list[str]:
    from bot.ingest import fetching
    from bot.ingest.sync_pass import SyncPass
    from storage.sync_state import QueuedFiling

    run = SyncPass(db, None)  # the write step reads only the database and the report
    downloads = [fetching.Download(QueuedFiling(f.accession_number, [f.issuer.cik], f"bench:{f.accession_number}", 0),
                                   fetching.Parsed(f)) for f in filings]
    for start in range(0, len(downloads), fetching.BATCH_SIZE):
        batch = fetching._Batches(run, total=len(downloads))
        for download in downloads[start:start + fetching.BATCH_SIZE]:
            batch.add(download)
        batch.write_when_due(last=True)
    return ["new"] * run.report.new


def _one_each(db, filings: list) -> list[str]:
    from storage.writes import store_filing

    return [store_filing(db, f) for f in filings]


def measure(path: Path, count: int) -> dict:
    from storage import aggregates
    from storage.db import open_db

    filings = moved_filings(count, accession_prefix="0009999998")
    report = {}
    db = open_db(path)
    try:
        for road, store in (("sync", _sync_writes), ("one_each", _one_each)):
            wall, cpu = time.perf_counter(), time.process_time()
            outcomes = store(db, filings)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            with db.conn:
                db.conn.executemany("DELETE FROM filings WHERE id = ?", [(f.accession_number,) for f in filings])
                aggregates.refresh(db.conn)  # the cells the deletes marked: the aggregates stay current
            report[road] = {"filings": count, "new": outcomes.count("new"), "wall_s": round(wall, 2),
                            "per_s": round(count / wall, 1), "per_cpu_s": round(count / cpu, 1)}
    finally:
        db.close()
    report["load"] = os.getloadavg()
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filings", type=int, default=1000)
    parser.add_argument("--db", type=Path, default=DECADE_DB)
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} does not exist: run python -m bench.answer_latency --scale decade first")
    report = measure(args.db, args.filings)
    print(json.dumps(report, indent=2))
    for road, figures in report.items():
        if road != "load":
            print(f"{road}: {figures['filings']} filings in {figures['wall_s']} s = {figures['per_s']} filings/s "
                  f"({figures['per_cpu_s']} per CPU second; target >= {TARGET_PER_S:g})")
    print(f"load average while measured: {report['load']}")
    return 0 if report["sync"]["per_s"] >= TARGET_PER_S else 2


if __name__ == "__main__":
    raise SystemExit(main())

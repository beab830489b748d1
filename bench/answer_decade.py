"""``python -m bench.answer_latency --scale decade``: the answer figures on a decade-size SYNTHETIC database.

Steps (each printed, and written to ``bench/out/answer_latency_decade.json``):

1. The database (``bench.decade_data``: 2.5M filings, ~10M rows, 20,000 issuers, 250,000 insiders) is
   generated once into ``bench/out/answers-decade.db``; ``--rebuild`` makes it again. Opening it applies
   any migration it lacks (timed: ``migrations_s``, e.g. m010 filling the name index on first run).
2. Rules-path latency over the 1M bench's templates filled with the decade's names, p50/p95 and the
   slowest templates, and the first answer after start, in a fresh child process (peak RSS reported).
3. Cold ``insiderbot ask`` (``python -m bot ask``) on the decade database, a fresh process each time.
4. Database bytes per filing: the file, the pages in use (without the free pages a VACUUM would return), per
   table and index, and per table with its indexes (``dbstat``).
5. The sync write path into the decade database: ``storage.writes.store_filing`` of ``--store`` filings
   (the shared corpus's real filings, or the bundled samples, under new accession numbers and moved to
   decade issuers), one transaction each, filings/s; they are deleted again afterwards.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.answer_latency import OUT, REPO, TEMPLATES, _ticker
from bench.decade_data import DECADE, generate, is_current, issuer_name, issuer_words, person_words
from storage.sql import AGGREGATES_CURRENT

DECADE_DB = OUT / "answers-decade.db"
CORPUS = Path(os.environ.get("INSIDERBOT_CORPUS", REPO.parent / "shared" / "form4-corpus"))
TARGETS = {"p95_ms": 50.0, "template_p95_ms": 100.0, "first_answer_s": 1.0, "cold_ask_s": 1.5,
           "store_per_s": 500.0, "bytes_per_filing": 2500.0}


def questions(rounds: int) -> list[tuple[str, str]]:
    """(template, question) pairs filled with seeded random decade issuers and their insiders."""
    rng = random.Random(DECADE.seed + 1)
    out = []
    for _ in range(rounds):
        for template in TEMPLATES:
            i = rng.randrange(DECADE.issuers)
            j = i * DECADE.officers_per_issuer + rng.randrange(DECADE.officers_per_issuer)
            out.append((template, template.format(company=issuer_words(i), ticker=_ticker(i), insider=person_words(j))))
    return out


def prepare(path: Path, rebuild: bool) -> dict:
    """Generate when needed; then open it once with the real store, which applies missing migrations."""
    from storage.db import open_db

    report: dict = {}
    if rebuild or not is_current(path):
        print(f"generating the decade database into {path} (several minutes) …", file=sys.stderr)
        report["generated"] = generate(path, progress=lambda m: print(m, file=sys.stderr, flush=True))
    started = time.perf_counter()
    db = open_db(path)
    report["migrations_s"] = round(time.perf_counter() - started, 2)
    try:
        stale = db.conn.execute(AGGREGATES_CURRENT).fetchone()
    except sqlite3.Error:
        stale = None  # no aggregate tables in this version
    if stale is not None and not stale[0]:
        print("aggregates behind the rows (a load around the triggers): rebuilding …", file=sys.stderr)
        started = time.perf_counter()
        with db.conn:
            importlib.import_module("storage.aggregates").rebuild(db.conn)
        report["aggregates_rebuild_s"] = round(time.perf_counter() - started, 1)
    db.close()
    return report


def cold_ask(path: Path, runs: int) -> dict:
    env = {**os.environ, "ANSWER_MODE": "rules"}
    question = f"what options did {issuer_words(7)}'s GC get"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "bot", "ask", "--db", str(path), question], cwd=REPO, env=env,
                              capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"insiderbot ask failed: {done.stderr or done.stdout}")
    return {"runs": runs, "question": question, "median_s": round(statistics.median(times), 3),
            "max_s": round(max(times), 3)}


def sizes(path: Path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        filings = conn.execute("SELECT count(*) FROM filings").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
        try:
            by_name = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
        except sqlite3.Error:
            by_name = []
        table_of = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master"))
    finally:
        conn.close()
    total = path.stat().st_size
    groups: dict[str, int] = {}
    tables: dict[str, int] = {}  # each table with its indexes
    for name, size in by_name:
        group = ("full text" if "_fts" in name else "name index" if "_name_words" in name
                 else "aggregates" if name.startswith("agg_") else name)
        groups[group] = groups.get(group, 0) + size
        table = table_of.get(name, name)
        table = ("full text" if "_fts" in table else "name index" if "_name_words" in table
                 else "aggregates" if table.startswith("agg_") else table)
        tables[table] = tables.get(table, 0) + size
    # Pages freed (a dropped index, deleted rows) stay in the file until a VACUUM; new rows reuse them first.
    return {"bytes": total, "filings": filings, "rows": rows, "bytes_per_filing": round(total / max(filings, 1)),
            "free_bytes": free, "bytes_in_use_per_filing": round((total - free) / max(filings, 1)),
            "largest": {k: round(v / max(filings, 1)) for k, v in sorted(groups.items(), key=lambda kv: -kv[1])[:12]},
            "by_table": {k: round(v / max(filings, 1)) for k, v in sorted(tables.items(), key=lambda kv: -kv[1])}}


def _sample_filings() -> list:
    from bot.ownership.parser import parse_document

    folder = CORPUS if (CORPUS / "MANIFEST.tsv").exists() else REPO / "bot" / "samples"
    out = []
    for file in sorted(folder.iterdir()):
        if file.suffix in (".xml", ".txt"):
            try:
                out.append(parse_document(file.read_bytes(), str(file)))
            except Exception:  # noqa: BLE001 - a corpus file the parser refuses is not this bench's business
                continue
    return out


def moved_filings(count: int, *, accession_prefix: str, seed: int = 5) -> list:
    """``count`` real filings (the shared corpus, or the bundled samples) under new accession numbers, each moved
    to a random decade issuer: new filings for the write path to store."""
    rng = random.Random(seed)
    base = _sample_filings()
    out = []
    for n in range(count):
        source = base[n % len(base)]
        i = rng.randrange(DECADE.issuers)
        issuer = dataclasses.replace(source.issuer, cik=f"{9_000_000_000 + i:010d}", name=issuer_name(i),
                                     trading_symbol=_ticker(i))
        out.append(dataclasses.replace(source, issuer=issuer, accession_number=f"{accession_prefix}-26-{n:06d}"))
    return out


def store_speed(path: Path, count: int) -> dict:
    """``count`` filings through ``store_filing`` into the decade database, then removed."""
    from storage.db import open_db
    from storage.writes import store_filing

    filings = moved_filings(count, accession_prefix="0009999999")
    db = open_db(path)
    try:
        started = time.perf_counter()
        outcomes = [store_filing(db, f) for f in filings]
        elapsed = time.perf_counter() - started
        with db.conn:
            db.conn.executemany("DELETE FROM filings WHERE id = ?", [(f.accession_number,) for f in filings])
            refresh = getattr(importlib.import_module("storage.aggregates"), "refresh", None)
            if refresh:
                refresh(db.conn)  # the cells the deletes marked: the aggregates stay current for the next run
    finally:
        db.close()
    return {"filings": count, "new": outcomes.count("new"), "seconds": round(elapsed, 2),
            "per_s": round(count / elapsed, 1), "source": "corpus" if (CORPUS / "MANIFEST.tsv").exists() else "samples"}


def run(rounds: int, cold_runs: int, store: int, rebuild: bool) -> int:
    report = prepare(DECADE_DB, rebuild)
    child = subprocess.run([sys.executable, "-m", "bench.answer_latency", "--measure", str(DECADE_DB),
                            "--scale", "decade", "--rounds", str(rounds)], cwd=REPO, capture_output=True, text=True)
    if child.returncode != 0:
        print(child.stderr, file=sys.stderr)
        return 1
    report["rules_latency"] = json.loads(child.stdout)
    report["cold_ask"] = cold_ask(DECADE_DB, cold_runs)
    report["size"] = sizes(DECADE_DB)
    report["store"] = store_speed(DECADE_DB, store) if store else None
    report["load"] = os.getloadavg()
    print(json.dumps(report, indent=2))
    (OUT / "answer_latency_decade.json").write_text(json.dumps(report, indent=2) + "\n")
    return _summary(report)


def _summary(report: dict) -> int:
    latency, cold, size, store = report["rules_latency"], report["cold_ask"], report["size"], report["store"]
    slowest = sorted(latency["per_template_p95_ms"].items(), key=lambda kv: -kv[1])[:5]
    print(f"\ndecade database: {size['filings']:,} filings, {size['rows']:,} rows, {size['bytes'] / 1e9:.2f} GB = "
          f"{size['bytes_per_filing']:,} bytes per filing (goal <= {TARGETS['bytes_per_filing']:g}; in use "
          f"{size['bytes_in_use_per_filing']:,}, the rest free pages)")
    print(f"rules path: p50 {latency['p50_ms']} ms, p95 {latency['p95_ms']} ms (target <= {TARGETS['p95_ms']:g}) over "
          f"{latency['answers']} answers; peak RSS {latency['peak_rss_mb']} MB")
    print("slowest templates (p95 ms): " + "; ".join(f"{t!r} {v}" for t, v in slowest))
    print(f"first answer after start: {latency['first_answer_ms']} ms (target <= {TARGETS['first_answer_s'] * 1000:g})")
    print(f"cold `insiderbot ask`: median {cold['median_s']} s, max {cold['max_s']} s "
          f"(target <= {TARGETS['cold_ask_s']:g})")
    if store:
        print(f"sync write path: {store['filings']} filings in {store['seconds']} s = {store['per_s']} filings/s "
              f"(target >= {TARGETS['store_per_s']:g})")
    print(f"load average while measured: {report['load']}")
    ok = (latency["p95_ms"] <= TARGETS["p95_ms"] and slowest[0][1] <= TARGETS["template_p95_ms"]
          and latency["first_answer_ms"] <= TARGETS["first_answer_s"] * 1000 and cold["median_s"] <= TARGETS["cold_ask_s"]
          and (store is None or store["per_s"] >= TARGETS["store_per_s"]))
    return 0 if ok else 2

"""Answer latency on a synthetic database, cold start of ``insiderbot ask``, and peak memory.

Run from the repository root: ``python -m bench.answer_latency [--rounds 20] [--rebuild]``;
``--scale decade`` runs the decade-size figures instead (``bench.answer_decade``: 2.5M filings).

1. A SYNTHETIC database (made-up issuers, insiders and trades; nothing in it is real) with 1,000,000
   transactions, 10,000 issuers and 100,000 insiders is generated once into ``bench/out/`` (reused
   while its size parameters match; ``--rebuild`` makes it again). Schema and indexes are the real ones
   (``storage.migrations``); rows go in with ``executemany`` in large transactions, indexes and
   full-text tables are built after.
2. Rules-path latency of ``bot.answers.engine.answer`` over a fixed set of question templates, each
   filled with seeded random companies and insiders: p50 and p95 (target p95 <= 50 ms), measured in a
   child process that also reports its peak RSS. The first answer (which loads the name catalog) is
   reported on its own.
3. Cold start: wall time of ``python -m bot ask`` (what the ``insiderbot`` script runs) on a database
   of the bundled sample filings, in a fresh process each time (target <= 1.0 s).

The report is printed and written to ``bench/out/answer_latency.json``; the exit code is 2 when a
target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
SYNTHETIC_DB = OUT / "answers-synthetic.db"
SAMPLES_DB = OUT / "answers-samples.db"
TRANSACTIONS, ISSUERS, INSIDERS = 1_000_000, 10_000, 100_000
SEED = 20261129
TODAY = dt.date(2025, 12, 20)
FIRST_DAY, DAYS = dt.date(2016, 1, 1), 3650
P95_TARGET_MS, COLD_START_TARGET_S = 50.0, 1.0

PREFIXES = [
    "Acorn", "Boreal", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Indigo", "Juniper", "Kestrel",
    "Lumen", "Meridian", "Nimbus", "Onyx", "Pioneer", "Quarry", "Redwood", "Summit", "Tidal", "Umber", "Vertex",
    "Willow", "Xenon", "Yarrow", "Zephyr", "Aurora", "Basalt", "Cedar", "Dune", "Echo", "Fjord", "Glacier", "Helix",
    "Iris", "Jasper", "Kinetic", "Lattice", "Mosaic", "Nova", "Orbit", "Prism", "Quantum", "Radiant", "Sierra",
    "Tundra", "Unity", "Vivid", "Wren", "Xylem", "Yukon", "Zenith", "Alder", "Beacon", "Crest", "Drift", "Evergreen",
    "Flint", "Garnet", "Hollow", "Ion", "Jetty", "Keel", "Lark", "Maple", "Nexus", "Oak", "Pine", "Quill", "Ridge",
    "Sable", "Talon", "Upland", "Vale", "Wave", "Axis", "Birch", "Canyon", "Dawn", "Elm", "Fern", "Grove", "Heron",
    "Isle", "Jade", "Kite", "Lotus", "Mesa", "North", "Opal", "Pebble", "Quest", "River", "Stone", "Thorn", "Urban",
    "Vista", "West", "Yield", "Zinc",
]
SUFFIXES = [
    "Dynamics", "Therapeutics", "Energy", "Robotics", "Bancorp", "Networks", "Materials", "Foods", "Pharma",
    "Systems", "Logistics", "Semiconductor", "Software", "Minerals", "Health", "Aerospace", "Retail", "Capital",
    "Motors", "Labs", "Biosciences", "Holdings", "Devices", "Analytics", "Media", "Water", "Solar", "Genomics",
    "Payments", "Security", "Apparel", "Brands", "Marine", "Metals", "Chemicals", "Insurance", "Realty", "Farms",
    "Instruments", "Optics", "Telecom", "Cloud", "Data", "Mining", "Agritech", "Biotech", "Diagnostics", "Fintech",
    "Gaming", "Hospitality", "Industries", "Imaging", "Lighting", "Machines", "Nutrition", "Oncology", "Pipelines",
    "Quantum", "Rail", "Shipping", "Textiles", "Utilities", "Ventures", "Wireless", "Works", "Aviation", "Batteries",
    "Cannabis", "Drones", "Education", "Fertilizer", "Glass", "Housing", "Interactive", "Jets", "Kitchens", "Leisure",
    "Medical", "Nuclear", "Outdoors", "Packaging", "Quarries", "Resorts", "Satellites", "Tools", "Uranium",
    "Vaccines", "Waste", "Xpress", "Yachts", "Zoos", "Audio", "Beverages", "Ceramics", "Dental", "Electric",
    "Forestry", "Grid", "Hydrogen", "Maritime",
]
FIRST_NAMES = [f"{a}{b}" for a in ("Al", "Be", "Ca", "Da", "El", "Fa", "Ga", "Ha", "Ja", "Ka")
               for b in ("ex", "na", "ris", "ton", "lia", "mon", "dra", "vin", "ric", "sha")]
LAST_SYLLABLES = ["Ash", "Bro", "Cal", "Dun", "Eve", "For", "Gil", "Hal", "Irv", "Jen", "Kor", "Lan", "Mor", "Nel",
                  "Orm", "Pel", "Quin", "Ros", "Sal", "Tor", "Ulm", "Var", "Wes", "Yor", "Zim"]
LAST_ENDINGS = ["by", "den", "ford", "ley", "man", "ner", "ridge", "son", "ton", "well", "wick", "win", "worth",
                "ston", "field", "ham", "land", "more", "ward", "ing", "dale", "hurst", "lock", "sby", "vik",
                "rup", "ski", "ova", "elli", "etti", "ani", "aro", "ez", "ian", "ides", "ov", "quist", "stad",
                "berg", "az"]
TITLES = ["Chief Executive Officer", "Chief Financial Officer", "General Counsel & Secretary", "Chief Operating Officer",
          None, None, None, None, "Chief Technology Officer", None]
CODES = ["S"] * 35 + ["P"] * 10 + ["A"] * 20 + ["M"] * 15 + ["F"] * 15 + ["G"] * 5

TEMPLATES = [
    "what options did {company}'s GC get",
    "${ticker} sales last month",
    "who bought {company} stock in 2024",
    "{insider} sales",
    "options granted to {insider}",
    "what did the CFO of {company} sell in Q3 2024?",
    "director purchases at {company} since March",
    "net buying at ${ticker} this year",
    "biggest sales at {company}",
    "total sales by {insider} in 2023",
    "how many shares does {insider} hold in {company}",
    "who are the insiders at {company}?",
    "latest activity at ${ticker}",
    "10b5-1 sales at {company}",
    "how many transactions at ${ticker} in 2022",
    "RSUs vested at {company} last year",
    "tax withholding by {insider}",
    "who bought last week",
    "biggest purchases in 2025",
    "CEO sales yesterday",
    "total sales in 2023",
    "count of ${ticker} filings",
]


def _ticker(i: int) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    n, out = i + 26 ** 3, ""
    while n:
        n, r = divmod(n, 26)
        out = letters[r] + out
    return out


def generate(path: Path) -> dict:
    """Write the synthetic database; returns what was made and how long it took."""
    from storage.db import open_db

    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_db(path).close()  # the real schema and migrations
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    saved = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("
        "(type = 'index' AND tbl_name IN ('entries', 'filings', 'filing_owners', 'footnotes', 'issuers', 'owners')) "
        "OR type = 'trigger')"
    ).fetchall()
    for kind, name, _ in saved:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    rng = random.Random(SEED)
    stamp = "2026-01-01T00:00:00+00:00"
    conn.execute("BEGIN")
    issuers = [(f"{9_000_000_000 + i:010d}", f"{PREFIXES[i % 100]} {SUFFIXES[i // 100 % 100]} Inc.", _ticker(i), stamp)
               for i in range(ISSUERS)]
    conn.executemany("INSERT INTO issuers (cik, name, trading_symbol, updated_at) VALUES (?, ?, ?, ?)", issuers)
    last_names = [f"{s}{e}" for s in LAST_SYLLABLES for e in LAST_ENDINGS][:1000]
    owners = [(f"{8_000_000_000 + j:010d}",
               f"{last_names[j // 100].upper()} {FIRST_NAMES[j % 100].upper()} {chr(65 + j % 26)}")
              for j in range(INSIDERS)]
    conn.executemany("INSERT INTO owners (cik, name) VALUES (?, ?)", owners)
    filings, filing_owners, entries, footnotes = [], [], [], []
    made = filing_no = 0
    while made < TRANSACTIONS:
        filing_no += 1
        issuer = rng.randrange(ISSUERS)
        insider = issuer * 10 + rng.randrange(10)
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        filed = day + dt.timedelta(days=rng.choice((1, 2, 2, 2, 3, 9)))
        fid = f"{filing_no:010d}-{day.year % 100:02d}-{filing_no % 1_000_000:06d}"
        plan = rng.random() < 0.3
        filings.append((fid, fid, f"synthetic-{filing_no}", "4", "4", 0, "X0508", day.isoformat(), 1 if plan else 0,
                        "SYNTHETIC BENCHMARK DATA", issuers[issuer][0], issuers[issuer][1], issuers[issuer][2],
                        filed.isoformat(), filed.isoformat(), "bench/answer_latency.py (synthetic)", stamp))
        slot = insider % 10
        filing_owners.append((fid, owners[insider][0], 1, owners[insider][1], int(slot >= 4 and slot != 9),
                              int(TITLES[slot] is not None), int(slot == 9), TITLES[slot]))
        if rng.random() < 0.05:
            other = issuer * 10 + (slot + 1) % 10
            filing_owners.append((fid, owners[other][0], 2, owners[other][1], 1, 0, 0, None))
        if rng.random() < 0.1:
            footnotes.append((fid, "F1", "Weighted average price of several trades (synthetic)."))
        held = float(rng.randrange(1_000, 2_000_000))
        for seq in range(1, rng.choice((1, 2, 3, 4, 5)) + 1):
            code = rng.choice(CODES)
            derivative = code in ("A", "M") and rng.random() < 0.5
            shares = float(rng.randrange(100, 200_000))
            price = round(rng.uniform(1, 400), 2) if code in ("P", "S", "F") else 0.0
            disposed = code in ("S", "F", "G") or (derivative and code == "M")
            held = max(held - shares, 0.0) if disposed else held + shares
            title = rng.choice(("Stock Option (Right to Buy)", "Restricted Stock Units")) if derivative else "Common Stock"
            exercise = (day + dt.timedelta(days=365)).isoformat() if derivative else None
            expiry = (day + dt.timedelta(days=3650)).isoformat() if derivative else None
            entries.append((fid, seq, int(derivative), 0, issuers[issuer][0], title,
                            day.isoformat(), code, shares, price, "D" if disposed else "A", held, "D",
                            price if derivative else None, exercise, expiry, "Common Stock" if derivative else None,
                            shares if derivative else None))
            made += 1
        if len(entries) >= 50_000:
            _flush(conn, filings, filing_owners, entries, footnotes)
    _flush(conn, filings, filing_owners, entries, footnotes)
    conn.execute("COMMIT")
    loaded = time.perf_counter() - started
    for kind, _, sql in saved:
        if kind == "index":
            conn.execute(sql)
    from bench.decade_data import derived_rebuilds

    derived_rebuilds(conn)  # full text, the name index, the aggregates: what the dropped triggers keep current
    for kind, _, sql in saved:
        if kind == "trigger":  # (a derived store's rebuild may have put its own triggers back already)
            conn.execute(sql.replace("CREATE TRIGGER ", "CREATE TRIGGER IF NOT EXISTS ", 1))
    conn.execute("ANALYZE")
    conn.commit()
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return {"filings": filing_no, "transactions": made, "issuers": ISSUERS, "insiders": INSIDERS,
            "load_seconds": round(loaded, 1), "total_seconds": round(time.perf_counter() - started, 1)}


def _flush(conn, filings, filing_owners, entries, footnotes) -> None:
    conn.executemany(
        "INSERT INTO filings (id, accession_number, content_hash, document_type, form, is_amendment, schema_version, "
        "period_of_report, aff10b5one, remarks, issuer_cik, issuer_name, issuer_trading_symbol, filed_at, signed_at, "
        "source, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", filings)
    conn.executemany(
        "INSERT INTO filing_owners (filing_id, owner_cik, seq, name, is_director, is_officer, is_ten_percent_owner, "
        "officer_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", filing_owners)
    conn.executemany(
        "INSERT INTO entries (filing_id, seq, is_derivative, is_holding, issuer_cik, security_title, "
        "transaction_date, transaction_code, shares, price_per_share, acquired_disposed, shares_owned_following, "
        "direct_indirect, conversion_or_exercise_price, exercise_date, expiration_date, underlying_security_title, "
        "underlying_shares) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)  # id, table_name: generated
    conn.executemany("INSERT INTO footnotes (filing_id, footnote_id, text) VALUES (?, ?, ?)", footnotes)
    for rows in (filings, filing_owners, entries, footnotes):
        rows.clear()


def _is_current(path: Path) -> bool:
    from bench.decade_data import stored_counts

    counts = stored_counts(path)
    return bool(counts) and counts[0] == ISSUERS and counts[1] == INSIDERS and counts[3] >= TRANSACTIONS


def questions(rounds: int) -> list[tuple[str, str]]:
    """(template, question) pairs, filled with seeded random issuers and insiders."""
    rng = random.Random(SEED + 1)
    last_names = [f"{s}{e}" for s in LAST_SYLLABLES for e in LAST_ENDINGS][:1000]
    out = []
    for _ in range(rounds):
        for template in TEMPLATES:
            i = rng.randrange(ISSUERS)
            j = i * 10 + rng.randrange(10)
            insider = f"{FIRST_NAMES[j % 100]} {last_names[j // 100]}"
            company = f"{PREFIXES[i % 100]} {SUFFIXES[i // 100 % 100]}"
            out.append((template, template.format(company=company, ticker=_ticker(i), insider=insider)))
    return out


def measure(db: Path, rounds: int, scale: str = "1m") -> dict:
    """Runs in the child process: answer every question, report latencies and this process's peak RSS."""
    from bot.answers.engine import answer
    from bot.config import Settings

    if scale == "decade":
        from bench.answer_decade import questions as decade_questions

        filled = decade_questions(rounds)
    else:
        filled = questions(rounds)

    settings = Settings(_env_file=None, answer_mode="rules")
    started = time.perf_counter()
    answer("what options did Acorn Dynamics's GC get", db, settings=settings, today=TODAY)
    first = time.perf_counter() - started
    per_template: dict[str, list[float]] = {}
    kinds: dict[str, int] = {}
    for template, question in filled:
        start = time.perf_counter()
        result = answer(question, db, settings=settings, today=TODAY)
        per_template.setdefault(template, []).append((time.perf_counter() - start) * 1000)
        kinds[result.kind] = kinds.get(result.kind, 0) + 1
    every = sorted(t for times in per_template.values() for t in times)
    return {
        "first_answer_ms": round(first * 1000, 1),
        "answers": len(every),
        "p50_ms": round(statistics.median(every), 2),
        "p95_ms": round(every[int(len(every) * 0.95) - 1], 2),
        "max_ms": round(every[-1], 2),
        "kinds": kinds,
        "per_template_p95_ms": {t: round(sorted(v)[int(len(v) * 0.95) - 1], 2) for t, v in per_template.items()},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def cold_start(runs: int) -> dict:
    from bot.ingest import ingest_paths
    from storage.db import open_db

    if not SAMPLES_DB.exists():
        db = open_db(SAMPLES_DB)
        ingest_paths(db, [REPO / "bot" / "samples"])
        db.close()
    times = []
    env = {**os.environ, "ANSWER_MODE": "rules"}
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "bot", "ask", "--db", str(SAMPLES_DB),
                               "what options did Tecogen's GC get"], cwd=REPO, env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0 or "37,500" not in done.stdout:
            raise SystemExit(f"insiderbot ask failed: {done.stderr or done.stdout}")
    return {"runs": runs, "median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="fills of each question template (default 20)")
    parser.add_argument("--cold-runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="generate the synthetic database again")
    parser.add_argument("--scale", choices=("1m", "decade"), default="1m",
                        help="1m (default): 1,000,000 transactions; decade: 2.5M filings, 10M rows (bench.answer_decade)")
    parser.add_argument("--store", type=int, default=500, help="decade: filings stored through the sync write path")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.rounds, args.scale)))
        return 0
    if args.scale == "decade":
        from bench.answer_decade import run

        return run(args.rounds, args.cold_runs, args.store, args.rebuild)

    report: dict = {"cold_start": cold_start(args.cold_runs)}
    if args.rebuild or not _is_current(SYNTHETIC_DB):
        print(f"generating the synthetic database ({TRANSACTIONS:,} transactions) into {SYNTHETIC_DB} …",
              file=sys.stderr)
        report["generated"] = generate(SYNTHETIC_DB)
    child = subprocess.run([sys.executable, "-m", "bench.answer_latency", "--measure", str(SYNTHETIC_DB),
                            "--rounds", str(args.rounds)], cwd=REPO, capture_output=True, text=True)
    if child.returncode != 0:
        print(child.stderr, file=sys.stderr)
        return 1
    report["rules_latency"] = json.loads(child.stdout)
    print(json.dumps(report, indent=2))
    (OUT / "answer_latency.json").write_text(json.dumps(report, indent=2) + "\n")
    latency, cold = report["rules_latency"], report["cold_start"]
    print(f"\nrules path: p50 {latency['p50_ms']} ms, p95 {latency['p95_ms']} ms (target <= {P95_TARGET_MS:g}) over "
          f"{latency['answers']} answers; first answer {latency['first_answer_ms']} ms; peak RSS "
          f"{latency['peak_rss_mb']} MB")
    print(f"cold start of `insiderbot ask`: median {cold['median_s']} s, max {cold['max_s']} s "
          f"(target <= {COLD_START_TARGET_S:g}); peak RSS {cold['peak_rss_mb']} MB")
    ok = latency["p95_ms"] <= P95_TARGET_MS and cold["median_s"] <= COLD_START_TARGET_S
    return 0 if ok else 2


if __name__ == "__main__":
    sys.exit(main())

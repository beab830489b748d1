"""Slack front-end speed: slash-command ack latency, time to the full answer, and resident memory of
``insiderbot serve --http`` over a synthetic database, against the Slack Web API stand-in.

Run from the repository root: ``python -m bench.slack_ack [--filings 20000] [--rounds 5]``.

1. Builds a synthetic database (cached in ``--db``): the shared corpus of real filings (else the bundled
   samples) stored again and again under new accession numbers, spread over ``--companies`` made-up
   issuers (SY0000…) and two years of filing dates, plus the Tecogen fixture.
2. Starts ``python -m bot serve --http`` as its own process, pointed at the stand-in (tests/slack_standin.py).
3. Sends ``--rounds`` bursts of ``--concurrency`` signed ``/insider`` commands at once, each on its own
   connection; the ack latency is request to HTTP response, the full answer is request to the
   ``response_url`` post reaching the stand-in.
4. Reads the server's resident memory (VmRSS now, VmHWM peak) from /proc.

Targets: ack p95 ≤ 300 ms with 20 concurrent commands; resident memory ≤ 250 MB. Exit 1 when missed.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from bot.domain.filing import Issuer
from bot.ingest import ingest_paths
from bot.ownership.parser import parse_path
from storage.db import open_db
from storage.writes import store_filing
from tests.corpus import corpus_dir
from tests.slack_standin import SlackStandIn, command_body, sign

ROOT = Path(__file__).resolve().parents[1]

ACK_P95_TARGET_MS = 300.0
RSS_TARGET_MB = 250.0
SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench-token"
CORPUS = corpus_dir()
SAMPLES = ROOT / "bot" / "samples"
TECOGEN = ROOT / "tests" / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"


def build_db(path: Path, filings: int, companies: int) -> None:
    """Store ``filings`` synthetic filings; the stored count is checked so a cached file is reused only
    when it matches."""
    if path.exists():
        db = open_db(path)
        have = db.execute("SELECT count(*) FROM filings").fetchone()[0]
        db.close()
        if have == filings + 1:
            return
        path.unlink()
    corpus = CORPUS if (CORPUS / "MANIFEST.tsv").exists() else SAMPLES
    templates = [parse_path(p) for p in sorted(corpus.glob("*.xml"))]
    db = open_db(path)
    start = dt.date(2024, 1, 2)
    t0 = time.perf_counter()
    for n in range(filings):
        base = templates[n % len(templates)]
        k = n % companies
        fresh = copy.deepcopy(base)
        fresh.issuer = Issuer(cik=f"{9_000_000 + k:010d}", name=f"Synthetic Company {k:04d} Inc.",
                              trading_symbol=f"SY{k:04d}")
        day = (start + dt.timedelta(days=(n * 7) % 730)).isoformat()
        for row in fresh.rows:
            if row.transaction_date:
                row.transaction_date = day
        fresh.accession_number = f"9{n:09d}-24-{n % 999999:06d}"
        fresh.content_hash = hashlib.sha1(f"{base.content_hash}:{n}".encode()).hexdigest()
        fresh.filed_at = day
        fresh.source = None
        store_filing(db, fresh)
    ingest_paths(db, [TECOGEN])
    db.close()
    print(f"built {path} with {filings} synthetic filings in {time.perf_counter() - t0:.0f} s")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


QUESTIONS = [
    "what options did Tecogen's GC get",
    "SY{k:04d}",
    "sales at SY{k:04d} in 2024",
    "who are the insiders at SY{k:04d}",
    "biggest insider sales at SY{k:04d}",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filings", type=int, default=20000)
    parser.add_argument("--companies", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "insiderbot-bench-slack.db")
    args = parser.parse_args()

    build_db(args.db, args.filings, args.companies)
    standin = SlackStandIn().start()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SEC_", "LLM_"))}
    env.update({"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_APP_TOKEN": "",
                "SLACK_API_URL": standin.base_url, "SEC_USER_AGENT": "", "ANSWER_MODE": "rules"})
    server = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(port),
         "--db", str(args.db)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/slack/events"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                print("serve --http did not start", file=sys.stderr)
                return 2
            time.sleep(0.1)
        idle_rss, _ = rss_mb(server.pid)

        acks: list[float] = []
        full: list[float] = []
        failures = 0
        sent = 0

        def one(name: str, question: str, barrier: threading.Barrier, out: dict) -> None:
            body = command_body(question, standin.response_url(name))
            headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(SECRET, body)}
            with httpx.Client(timeout=30) as client:
                barrier.wait()
                t0 = time.monotonic()
                response = client.post(url, content=body, headers=headers)
                out[name] = (t0, time.monotonic(), response.status_code)

        for round_no in range(-1, args.rounds):  # round -1 warms up (imports, catalog, caches)
            results: dict[str, tuple[float, float, int]] = {}
            barrier = threading.Barrier(args.concurrency)
            threads = []
            for i in range(args.concurrency):
                k = (round_no * args.concurrency + i) % args.companies
                question = QUESTIONS[i % len(QUESTIONS)].format(k=k)
                name = f"r{round_no}c{i}"
                threads.append(threading.Thread(target=one, args=(name, question, barrier, results)))
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            sent += args.concurrency
            answered = {c.path.rsplit("/", 1)[-1]: c.at for c in standin.wait_for("response_url", sent, 120)}
            if round_no < 0:
                continue
            for name, (t0, t1, status) in results.items():
                if status != 200:
                    failures += 1
                acks.append((t1 - t0) * 1000)
                full.append((answered[name] - t0) * 1000)
        rss, peak = rss_mb(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
        standin.stop()

    ack_p95 = pct(acks, 0.95)
    print(f"synthetic database: {args.filings} filings, {args.companies} companies ({args.db})")
    print(f"{args.rounds} bursts of {args.concurrency} concurrent /insider commands over HTTP mode, "
          f"{failures} failed")
    print(f"ack latency      p50 {pct(acks, 0.5):7.1f} ms   p95 {ack_p95:7.1f} ms   max {max(acks):7.1f} ms   "
          f"({'ok' if ack_p95 <= ACK_P95_TARGET_MS else 'ABOVE'} target p95 ≤ {ACK_P95_TARGET_MS:.0f} ms)")
    print(f"full answer      p50 {pct(full, 0.5):7.1f} ms   p95 {pct(full, 0.95):7.1f} ms   "
          f"max {max(full):7.1f} ms   mean {statistics.mean(full):7.1f} ms")
    print(f"serve resident memory: {idle_rss:.0f} MB idle, {rss:.0f} MB after the bursts, {peak:.0f} MB peak "
          f"({'ok' if peak <= RSS_TARGET_MB else 'ABOVE'} target ≤ {RSS_TARGET_MB:.0f} MB)")
    return 0 if ack_p95 <= ACK_P95_TARGET_MS and peak <= RSS_TARGET_MB and not failures else 1


if __name__ == "__main__":
    sys.exit(main())

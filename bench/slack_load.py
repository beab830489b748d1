"""Load on the Slack front end: a steady stream of signed slash commands through HTTP mode.

Run from the repository root: ``python -m bench.slack_load [--commands 200] [--seconds 10]``.

1. The database is the 1M-transaction SYNTHETIC one of ``bench.answer_latency`` (``bench/out/``; built by
   its ``generate`` when missing or out of date), or ``--db`` (``--samples``: the bundled samples).
2. Starts ``python -m bot serve --http`` as its own process (no EDGAR sync: SEC_USER_AGENT unset), pointed
   at the Slack Web API stand-in (tests/slack_standin.py), and sends one warm-up command (reported apart).
3. Sends ``--commands`` signed ``/insider`` commands evenly over ``--seconds`` (200 in 10 s: one every
   50 ms), each on its own connection from a pool of client threads, questions from
   ``bench.answer_latency.questions``. The ack is request to HTTP response; the answer is request to its
   ``response_url`` post reaching the stand-in; a command with no post within ``--wait`` seconds of the
   last one is lost.
4. Samples the server's resident memory every 100 ms and reads its peak (VmHWM) from /proc.

Targets: every command acked with 200 within 3 s, every one answered, none lost, serve peak RSS ≤ 250 MB.
Prints a table; exit 1 when a target is missed, 2 when the server does not start.
"""

from __future__ import annotations

import argparse
import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from tests.slack_standin import SlackStandIn, command_body, sign

ROOT = Path(__file__).resolve().parents[1]
SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench-token"
ACK_LIMIT_S = 3.0
RSS_TARGET_MB = 250.0
SAMPLE_QUESTIONS = ["what options did Tecogen's GC get", "TGEN", "who are the insiders at Example Robotics",
                    "sales at Example Robotics in 2024", "biggest insider purchases in 2024"]


@dataclass
class Serve:
    """A running ``insiderbot serve --http``: its process and base URL."""

    process: subprocess.Popen
    url: str
    rss_samples: list[float] = field(default_factory=list)

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


@dataclass
class LoadResult:
    sent: int
    seconds: float  # from the first command sent to the last
    acks_ms: list[float]
    answers_ms: list[float]
    statuses: dict[int, int]
    lost: list[str]
    errors: list[str]

    @property
    def acked_in_time(self) -> int:
        return sum(1 for ms in self.acks_ms if ms <= ACK_LIMIT_S * 1000)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB."""
    values = {"VmRSS": 0.0, "VmHWM": 0.0}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in values:
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def start_serve(db: Path, standin: SlackStandIn, *, timeout: float = 120.0) -> Serve:
    """``python -m bot serve --http`` over ``db`` on a free 127.0.0.1 port, once ``/healthz`` answers."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "SEC_", "LLM_", "INSIDERBOT_"))}
    env.update({"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_APP_TOKEN": "",
                "SLACK_API_URL": standin.base_url, "SEC_USER_AGENT": "", "ANSWER_MODE": "rules",
                "ON_DEMAND_FETCH": "false"})
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(port), "--db", str(db)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    serve = Serve(process, f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if httpx.get(f"{serve.url}/healthz", timeout=1).status_code == 200:
                return serve
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    serve.stop()
    raise RuntimeError("serve --http did not start")


def send_command(url: str, standin: SlackStandIn, name: str, question: str) -> tuple[float, int, float]:
    """(sent at, HTTP status, ack seconds) of one signed command on its own connection (``http.client``:
    light on the client's CPU, so the figures are the server's)."""
    body = command_body(question, standin.response_url(name))
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(SECRET, body)}
    address = urlsplit(url)
    conn = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    t0 = time.monotonic()
    try:
        conn.request("POST", "/slack/events", body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        status = response.status
    except OSError:
        status = 0
    finally:
        conn.close()
    return t0, status, time.monotonic() - t0


def run_load(serve: Serve, standin: SlackStandIn, questions: list[str], *, commands: int, seconds: float,
             wait: float = 120.0, prefix: str = "load") -> LoadResult:
    """``commands`` commands spread evenly over ``seconds``; waits up to ``wait`` s after the last for answers."""
    already = len(standin.calls("response_url"))
    interval = seconds / commands
    stop_sampling = threading.Event()

    def sample() -> None:
        while not stop_sampling.wait(0.1):
            try:
                serve.rss_samples.append(rss_mb(serve.process.pid)[0])
            except (OSError, ValueError):
                return

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.monotonic() + 0.2

    def one(n: int) -> tuple[str, float, int, float]:
        delay = start + n * interval - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        name = f"{prefix}{n}"
        return (name, *send_command(serve.url, standin, name, questions[n % len(questions)]))

    with ThreadPoolExecutor(max_workers=min(commands, 128), thread_name_prefix="load") as pool:
        results = list(pool.map(one, range(commands)))
    last_sent = max(t0 for _, t0, _, _ in results)
    try:
        standin.wait_for("response_url", already + commands, timeout=max(1.0, last_sent + wait - time.monotonic()))
    except AssertionError:
        pass
    stop_sampling.set()
    answered: dict[str, float] = {}
    for call in standin.calls("response_url"):
        answered.setdefault(call.path.rsplit("/", 1)[-1], call.at)
    statuses: dict[int, int] = {}
    for _, _, status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    errors = [c.body.get("text", "")[:80] for c in standin.calls("response_url")
              if c.path.rsplit("/", 1)[-1].startswith(prefix) and "went wrong" in c.body.get("text", "")]
    return LoadResult(
        sent=commands, seconds=last_sent - min(t0 for _, t0, _, _ in results),
        acks_ms=[ack * 1000 for _, _, _, ack in results],
        answers_ms=[(answered[name] - t0) * 1000 for name, t0, _, _ in results if name in answered],
        statuses=statuses, lost=[name for name, _, _, _ in results if name not in answered], errors=errors)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def samples_db(path: Path) -> Path:
    from bot.ingest import ingest_paths
    from storage.db import open_db

    if not path.exists():
        db = open_db(path)
        ingest_paths(db, [ROOT / "bot" / "samples"])
        db.close()
    return path


def synthetic_db() -> tuple[Path, list[str]]:
    """The 1M-transaction database of ``bench.answer_latency`` (built when missing) and its questions."""
    from bench import answer_latency as latency

    if not latency._is_current(latency.SYNTHETIC_DB):
        print(f"building {latency.SYNTHETIC_DB} (1,000,000 synthetic transactions) …", file=sys.stderr)
        latency.generate(latency.SYNTHETIC_DB)
    return latency.SYNTHETIC_DB, [question for _, question in latency.questions(10)]


def report(result: LoadResult, warmup_ms: tuple[float, float], rss: tuple[float, float, float], db: Path) -> bool:
    idle, peak_sampled, hwm = rss
    checks = {
        f"acked within {ACK_LIMIT_S:g} s": result.acked_in_time == result.sent and result.statuses.get(200) == result.sent,
        "answered": not result.lost,
        f"serve peak RSS ≤ {RSS_TARGET_MB:g} MB": hwm <= RSS_TARGET_MB,
    }
    rows = [
        ("database", str(db)),
        ("commands", f"{result.sent} over {result.seconds:.1f} s ({result.sent / max(result.seconds, 1e-9):.1f}/s)"),
        ("warm-up command", f"ack {warmup_ms[0]:.0f} ms, answer {warmup_ms[1]:.0f} ms"),
        ("HTTP statuses", ", ".join(f"{k}: {v}" for k, v in sorted(result.statuses.items()))),
        ("ack p50 / p95 / max", f"{pct(result.acks_ms, 0.5):.0f} / {pct(result.acks_ms, 0.95):.0f} / "
                                f"{max(result.acks_ms):.0f} ms"),
        (f"acked within {ACK_LIMIT_S:g} s", f"{result.acked_in_time} of {result.sent}"),
        ("answered (response_url posts)", f"{len(result.answers_ms)} of {result.sent}; lost {len(result.lost)}; "
                                          f"apologies {len(result.errors)}"),
        ("answer p50 / p95 / max", f"{pct(result.answers_ms, 0.5):.0f} / {pct(result.answers_ms, 0.95):.0f} / "
                                   f"{max(result.answers_ms, default=float('nan')):.0f} ms"),
        ("serve RSS", f"{idle:.0f} MB idle, {peak_sampled:.0f} MB highest sampled, {hwm:.0f} MB peak (VmHWM)"),
        ("load average", " ".join(f"{x:.2f}" for x in os.getloadavg())),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for name, ok in checks.items():
        print(f"{'ok' if ok else 'MISSED':<6} {name}")
    return all(checks.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commands", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--wait", type=float, default=300.0, help="seconds after the last command to wait for answers")
    parser.add_argument("--db", type=Path, default=None, help="a database of your own (default: the 1M synthetic one)")
    parser.add_argument("--samples", action="store_true", help="the bundled sample filings instead")
    args = parser.parse_args()

    if args.samples or args.db:
        db = args.db or samples_db(ROOT / "bench" / "out" / "answers-samples.db")
        questions = SAMPLE_QUESTIONS
    else:
        db, questions = synthetic_db()
    standin = SlackStandIn().start()
    try:
        try:
            serve = start_serve(db, standin)
        except RuntimeError as error:
            print(error, file=sys.stderr)
            return 2
        try:
            idle = rss_mb(serve.process.pid)[0]
            warm = run_load(serve, standin, questions, commands=1, seconds=0.01, wait=args.wait, prefix="warm")
            result = run_load(serve, standin, questions, commands=args.commands, seconds=args.seconds,
                              wait=args.wait)
            hwm = rss_mb(serve.process.pid)[1]
        finally:
            code = serve.stop()
        if code != 0:
            print(f"serve exited {code} on SIGTERM", file=sys.stderr)
        ok = report(result, (warm.acks_ms[0], max(warm.answers_ms, default=float("nan"))),
                    (idle, max(serve.rss_samples, default=0.0), hwm), db)
    finally:
        standin.stop()
    return 0 if ok and code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

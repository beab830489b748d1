"""The daily digest at a decade (issue 12): ``python -m bench.digest_decade [--db PATH] [--channels 200]
[--names 20] [--date 2025-12-23]``.

200 channels, each watching 20 names (15 companies and 5 insiders drawn at random from the decade database's
20,000 issuers and 250,000 insiders), get the digest of one weekday: what ``run_due_digests`` does for each
channel (plan the window, read and compose, claim, post, record), with the Slack Web API stand-in
(``tests/slack_standin.py``) as Slack and the pacing lifted (a ``Pacer`` of 0 s). Target: all 200 in ≤ 10 s.

The filings are read from ``bench/out/answers-decade.db`` (``python -m bench.answer_latency --scale decade``
makes it), read-only: it is never written. The Slack state the digest keeps (watchlists, channel settings,
digest runs) lives in a small database of its own, as a copy of those tables would; each channel's reads
and composing are ``bot.digest.job.compose``'s, pointed at the decade database for the filings. One read-only
connection stays open for the run, as the running bot's store keeps the database open.

Prints the total and its parts (reads, composing, posting and recording); exit 1 when over the target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from slack_sdk import WebClient  # noqa: E402
from slack_standin import SlackStandIn  # noqa: E402

from bot.answers import query  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.digest import job, schedule  # noqa: E402
from bot.digest.compose import build_digest  # noqa: E402
from bot.digest.reads import load_digest  # noqa: E402
from bot.slack.digest_post import Pacer, SlackDigestPoster  # noqa: E402
from storage import watchlists  # noqa: E402
from storage.db import Store  # noqa: E402
from storage.reader import Reader  # noqa: E402

DECADE_DB = ROOT / "bench" / "out" / "answers-decade.db"
TARGET_SECONDS = 10.0
COMPANIES_SHARE = 0.75  # of each channel's watched names


def watched_names(db: Path, channels: int, names: int, seed: int = 12) -> list[list[tuple[str, str, str]]]:
    """Each channel's watchlist: (kind, cik, label), companies first, drawn from the decade database."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        issuers = conn.execute("SELECT cik, name FROM issuers ORDER BY cik").fetchall()
        owners = conn.execute("SELECT cik, name FROM owners ORDER BY cik").fetchall()
    finally:
        conn.close()
    rng = random.Random(seed)
    companies = round(names * COMPANIES_SHARE)
    return [[("issuer", cik, label) for cik, label in rng.sample(issuers, companies)]
            + [("owner", cik, label) for cik, label in rng.sample(owners, names - companies)]
            for _ in range(channels)]


class Timer:
    def __init__(self) -> None:
        self.parts: dict[str, float] = {"read": 0.0, "compose": 0.0, "post and record": 0.0}

    def add(self, part: str, since: float) -> float:
        now = time.perf_counter()
        self.parts[part] += now - since
        return now


def compose(state: Store, data: Path, settings: Settings, channel: str, digest_date: dt.date,
            window: job.Window, timer: Timer) -> job.Planned:
    """``bot.digest.job.compose``, with the watchlist from ``state`` and the filings from ``data``."""
    started = time.perf_counter()
    with state.writing() as db:
        items = watchlists.list_watches(db, channel)
        filters = watchlists.get_filters(db, channel)
    with query.connect(data, time_limit=job.QUERY_TIME_LIMIT_SECONDS) as conn:
        read = load_digest(conn, window, issuer_ciks=[i.cik for i in items if i.kind == "issuer"],
                           owner_ciks=[i.cik for i in items if i.kind == "owner"],
                           market_top=settings.digest_market_top)
    started = timer.add("read", started)
    digest = build_digest(read, channel=channel, digest_date=digest_date, start=window.start, end=window.end,
                          zone=schedule.digest_zone(settings), watching=[i.label for i in items],
                          filters=filters, market_top=settings.digest_market_top)
    timer.add("compose", started)
    return job.Planned(channel, digest_date, window, digest, read)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DECADE_DB)
    parser.add_argument("--channels", type=int, default=200)
    parser.add_argument("--names", type=int, default=20)
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date(2025, 12, 23),
                        help="the digest's date (a weekday the database has filings for)")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"no decade database at {args.db}: make it with `python -m bench.answer_latency --scale decade`")
        return 0
    lists = watched_names(args.db, args.channels, args.names)
    settings = Settings(_env_file=None, sec_user_agent=None)
    slot = schedule.slot_on(settings, args.date)
    now = slot + dt.timedelta(minutes=1)
    standin = SlackStandIn().start()
    timer = Timer()
    try:
        # One connection held open for the run, as the running bot's store holds the database: the readers
        # of each channel then share its WAL index instead of each rebuilding it from a large -wal file.
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "slack-state.db") as state, \
                Reader(args.db).connect():
            with state.writing() as db:
                for n, items in enumerate(lists):
                    for kind, cik, label in items:
                        watchlists.add_watch(db, f"C{n:04d}", kind, cik, label)
            poster = SlackDigestPoster(WebClient(token="xoxb-bench", base_url=standin.base_url), pacer=Pacer(0.0))
            started = time.perf_counter()
            outcomes = []
            for channel in job._channels_due(state, args.date.isoformat()):
                window = job.plan_window(state, settings, channel, args.date, end=now)
                planned = compose(state, args.db, settings, channel, args.date, window, timer)
                posting = time.perf_counter()
                outcomes.append(job.send_planned(state, planned, poster, now=now))
                timer.add("post and record", posting)
            total = time.perf_counter() - started
    finally:
        standin.stop()
    sent = [o for o in outcomes if o.status == "sent"]
    filings = sum(o.filings for o in sent)
    print(f"digest of {args.date} for {len(outcomes)} channels x {args.names} watched names over {args.db.name}:")
    print(f"  {total:.2f} s in all (target <= {TARGET_SECONDS:.0f} s): {len(sent)} sent, "
          f"{sum(o.messages for o in sent)} messages, {filings} watched filings, "
          f"{len(standin.calls('chat.postMessage'))} chat.postMessage calls")
    print("  " + ", ".join(f"{part} {seconds:.2f} s" for part, seconds in timer.parts.items()))
    return 0 if total <= TARGET_SECONDS and len(sent) == len(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())

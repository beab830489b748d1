"""Alert speed (issue 13): ``python -m bench.alert_speed``.

1. Matching: 1,000 rules (tickers, insiders, amounts, roles, watched companies, cluster buys) over 10 channels,
   against 500 new filings of 200 made-up companies stored after them: one ``plan_pass`` (read the new
   filings, match every rule, compose the notices). Target ≤ 1 s.
2. Delivery: 50 matches across 10 channels handed to the Slack Web API stand-in (``tests/slack_standin.py``)
   by ``run_alert_pass`` with the pacing lifted (a ``Pacer`` of 0 s). Target ≤ 5 s from the end of the sync
   pass to the last alert handed to Slack.

Prints the figures; exit 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "digest"))

from digestkit import Co, Person, make_filing, ny, tx  # noqa: E402
from slack_sdk import WebClient  # noqa: E402
from slack_standin import SlackStandIn  # noqa: E402

from bot.alerts import manage  # noqa: E402
from bot.alerts.job import plan_pass, run_alert_pass  # noqa: E402
from bot.answers.resolve import Catalogs  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.slack.alert_post import SlackAlertPoster  # noqa: E402
from bot.slack.digest_post import Pacer  # noqa: E402
from storage import watchlists  # noqa: E402
from storage.db import Store  # noqa: E402
from storage.writes import store_filing  # noqa: E402

MADE = ny(2024, 3, 8, 9)
TITLES = ["Chief Executive Officer", "Chief Financial Officer", None, "General Counsel", "COO"]


def world(rng: random.Random) -> tuple[list[Co], list[Person]]:
    companies = [Co(f"{1_000_000 + i:010d}", f"Company {i} Holdings Inc", f"C{i:03d}") for i in range(200)]
    people = [Person(f"{2_000_000 + i:010d}", f"Person{i} Alpha", rng.choice(TITLES), director=rng.random() < .3)
              for i in range(600)]
    return companies, people


def store_all(store: Store, filings) -> None:
    with store.writing() as db:
        for f in filings:
            store_filing(db, f)


def rule_texts(rng: random.Random, companies: list[Co], people: list[Person]) -> list[str]:
    shapes = [lambda: rng.choice(companies).ticker, lambda: " ".join(reversed(rng.choice(people).name.split())),
              lambda: f"buys over ${rng.choice([50, 100, 250, 500])}k", lambda: "CEO or CFO sales over $1M",
              lambda: "sales over $100k at watched companies", lambda: "cluster buys",
              lambda: f"grants at {rng.choice(companies).ticker}"]
    return [rng.choice(shapes)() for _ in range(1000)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filings", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(13)
    companies, people = world(rng)
    ok = True
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "alerts.db") as store:
        settings = Settings(_env_file=None, sec_user_agent=None)
        old = [make_filing(c, [people[i % len(people)]], [tx("A", 10, None, date="2023-12-01")],
                           accepted=ny(2023, 12, 1, 10)) for i, c in enumerate(companies)]
        old += [make_filing(companies[0], [p], [tx("A", 10, None, date="2023-12-01")], accepted=ny(2023, 12, 1, 10))
                for p in people]
        store_all(store, old)
        catalogs = Catalogs()
        for n, text in enumerate(rule_texts(rng, companies, people)):
            channel = f"C{n % 10:02d}"
            assert manage.add(store, channel, text, catalogs=catalogs, now=MADE).refused is None, text
        with store.writing() as db:
            for n in range(10):
                for c in rng.sample(companies, 20):
                    watchlists.add_watch(db, f"C{n:02d}", "issuer", c.cik, c.name)
        new = []
        for i in range(args.filings):
            code = rng.choice("PPSSAM")
            rows = [tx(code, rng.randint(100, 200_000), round(rng.uniform(1, 80), 2),
                       date=f"2024-03-0{rng.randint(1, 7)}")]
            new.append(make_filing(rng.choice(companies), [rng.choice(people)], rows,
                                   accepted=ny(2024, 3, 8, 10) + dt.timedelta(seconds=i)))
        store_all(store, new)
        now = ny(2024, 3, 8, 12)
        start = time.perf_counter()
        plan = plan_pass(store, settings, now=now)
        matching = time.perf_counter() - start
        matched = len(plan.claims)
        print(f"matching 1,000 rules over {args.filings} new filings: {matching:.3f} s "
              f"({matched} (channel, filing) matches, {len(plan.notices)} notices)  target ≤ 1 s")
        ok &= matching <= 1.0

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "deliver.db") as store:
        standin = SlackStandIn().start()
        try:
            settings = Settings(_env_file=None, sec_user_agent=None, alert_group_over=10)
            store_all(store, [make_filing(c, [people[0]], [tx("A", 10, None)], accepted=ny(2023, 12, 1, 10))
                              for c in companies[:10]])
            for n in range(10):
                manage.add(store, f"C{n:02d}", companies[n].ticker, now=MADE)
            store_all(store, [make_filing(companies[i % 10], [people[i]], [tx("S", 1000 + i, 10.0)],
                                          accepted=ny(2024, 3, 8, 10, i)) for i in range(50)])
            poster = SlackAlertPoster(WebClient(token="xoxb-bench", base_url=standin.base_url), pacer=Pacer(0.0))
            start = time.perf_counter()
            outcomes = run_alert_pass(store, poster, settings, now=ny(2024, 3, 8, 11))
            delivery = time.perf_counter() - start
        finally:
            standin.stop()
        told = sum(o.filings for o in outcomes if o.status == "sent")
        print(f"end of sync to the last of {told} alerts across 10 channels handed to Slack (no pacing): "
              f"{delivery:.3f} s  target ≤ 5 s")
        ok &= delivery <= 5.0 and told == 50
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

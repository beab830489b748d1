"""The alert pass over a real database and the Slack stand-in, with an injected clock: exactly once (two
passes, a restart in the middle of posting), one post for a filing two rules match, grouping within Slack's
limits and pacing, the catch-up summary, late arrivals and data-set history never told, not_in_channel
recorded, and the pass after a real sync pass against the EDGAR stand-in."""

from __future__ import annotations

import datetime as dt
import functools
from datetime import datetime, timedelta

import pytest
from digestkit import ACME, BOLT, DOE, ROE, Person, index_url, ny, store, tx
from edgar_server import EASTERN, FilingFixture, Owner, recent_world, settings_for
from slack_sdk import WebClient
from slack_standin import posted_blocks_text

from bot.alerts import manage
from bot.alerts.job import Outcome, plan_pass, run_alert_job, run_alert_pass
from bot.scheduler import run_sync_job
from bot.slack.alert_post import SlackAlertPoster
from bot.slack.digest_post import Pacer
from storage import alerts
from storage.db import Store

FAST = Pacer(0.0)
MADE = ny(2024, 3, 8, 9)  # when the rules are made
BOLT_CFO = Person("0000000204", "Poe Edgar", "Chief Financial Officer")


@pytest.fixture(autouse=True)
def known(db):
    """Filings of long ago, so that the rules' names are known (stored before every rule: never told)."""
    for company, person in ((ACME, DOE), (BOLT, ROE)):
        store(db, company, [person], [tx("A", 10, None, date="2023-12-01")], accepted=ny(2023, 12, 1, 10))


def run(db_path, client: WebClient, settings, now: dt.datetime, *, pacer: Pacer = FAST, channel=None) -> list[Outcome]:
    """One pass as the scheduler makes it, on a new store each time (as after a restart)."""
    with Store(db_path) as st:
        return run_alert_pass(st, SlackAlertPoster(client, pacer=pacer), settings, now=now, channel=channel)


def add(db_path, channel: str, text: str, when: dt.datetime = MADE) -> int:
    with Store(db_path) as st:
        added = manage.add(st, channel, text, now=when)
    assert added.refused is None, added.text()
    return added.rule.id


def posts(standin, channel: str | None = None) -> list[dict]:
    return [c.body for c in standin.calls("chat.postMessage") if c.accepted
            and (channel is None or c.body["channel"] == channel)]


def test_a_filing_after_the_rule_is_told_once_with_its_words_and_link(db, db_path, settings, client, standin):
    store(db, ACME, [DOE], [tx("P", 1_000, 10.0)], accepted=ny(2024, 3, 7, 16))  # before the rule: never told
    add(db_path, "C1", "ACME")
    new = store(db, ACME, [DOE], [tx("P", 200_000, 10.0, date="2024-03-08")], plan=True, accepted=ny(2024, 3, 8, 10))
    outcomes = run(db_path, client, settings, ny(2024, 3, 8, 10, 5))
    assert [(o.channel, o.kind, o.filings, o.status) for o in outcomes] == [("C1", "single", 1, "sent")]
    [body] = posts(standin)
    text = posted_blocks_text(body["blocks"])
    assert "Jane Doe (Chief Executive Officer) bought 200,000 shares of Common Stock at $10.00 for $2,000,000.00" in text
    assert "10b5-1 plan" in text and index_url(new) in text and "Rule: ACME" in text
    assert run(db_path, client, settings, ny(2024, 3, 8, 10, 15)) == []
    assert len(posts(standin)) == 1


def test_a_filing_two_rules_of_a_channel_match_is_told_once(db, db_path, settings, client, standin):
    first, second = add(db_path, "C1", "ACME"), add(db_path, "C1", "buys over $500k")
    add(db_path, "C2", "Jane Doe")
    store(db, ACME, [DOE], [tx("P", 200_000, 10.0)], accepted=ny(2024, 3, 8, 10))
    run(db_path, client, settings, ny(2024, 3, 8, 10, 5))
    assert [b["channel"] for b in posts(standin)] == ["C1", "C2"]
    assert "Rule: ACME; buys over $500k" in posted_blocks_text(posts(standin, "C1")[0]["blocks"])
    with Store(db_path) as st:
        assert [r.last_fired_at is not None for r in manage.show(st, "C1")[0].rules] == [True, True]
        assert [r.id for r in manage.show(st, "C1")[0].rules] == [first, second]


class Killed(Exception):
    pass


class DiesAfter(SlackAlertPoster):
    """A poster whose process is killed after ``n`` messages."""

    def __init__(self, client, n: int):
        super().__init__(client, pacer=FAST)
        self.left = n

    def post(self, channel, message, thread_ts):
        if self.left == 0:
            raise SystemExit("killed")
        self.left -= 1
        return super().post(channel, message, thread_ts)


def test_a_restart_in_the_middle_of_posting_sends_nothing_twice(db, db_path, settings, client, standin):
    add(db_path, "C1", "ACME")
    for hour in (10, 11, 12):
        store(db, ACME, [DOE], [tx("S", 100, 10.0)], accepted=ny(2024, 3, 8, hour))
    st = Store(db_path)
    try:
        run_alert_pass(st, DiesAfter(client, 1), settings, now=ny(2024, 3, 8, 12, 5))
    except SystemExit:
        pass
    st.close()
    assert len(posts(standin)) == 1
    run(db_path, client, settings, ny(2024, 3, 8, 12, 15))  # the restart: claimed filings are not posted again
    run(db_path, client, settings, ny(2024, 3, 8, 12, 25))
    assert len(posts(standin)) == 1
    store(db, ACME, [DOE], [tx("S", 100, 10.0)], accepted=ny(2024, 3, 8, 13))
    run(db_path, client, settings, ny(2024, 3, 8, 13, 5))
    assert len(posts(standin)) == 2


def test_a_burst_of_40_matches_is_grouped_within_limits_and_paced(db, db_path, settings, client, standin):
    add(db_path, "C1", "sales")
    add(db_path, "C2", "ACME")
    for i in range(40):
        store(db, ACME if i % 2 else BOLT, [DOE if i % 2 else ROE], [tx("S", 100 + i, 10.0)],
              accepted=ny(2024, 3, 8, 10, i))
    clock = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    pacer = Pacer(1.0, clock=lambda: clock[0], sleep=sleep)
    outcomes = run(db_path, client, settings, ny(2024, 3, 8, 11), pacer=pacer)
    assert sorted((o.channel, o.kind, o.filings) for o in outcomes) == [("C1", "grouped", 40), ("C2", "grouped", 20)]
    c1 = posts(standin, "C1")
    assert 1 <= len(c1) <= 3 and all(len(b["blocks"]) <= 50 for b in c1)
    assert all(b.get("thread_ts") for b in c1[1:])
    text = "".join(posted_blocks_text(b["blocks"]) for b in c1)
    assert text.count("sold") == 40
    assert len(slept) == len(c1) - 1 + len(posts(standin, "C2")) - 1  # one message a second per channel


def test_a_pass_bringing_few_matches_tells_each_alone(db, db_path, settings, client, standin):
    add(db_path, "C1", "sales")
    for i in range(5):  # ALERT_GROUP_OVER is 5: five are told one by one
        store(db, BOLT, [ROE], [tx("S", 100 + i, 10.0)], accepted=ny(2024, 3, 8, 10, i))
    assert [o.kind for o in run(db_path, client, settings, ny(2024, 3, 8, 11))] == ["single"] * 5


def test_after_downtime_old_matches_come_as_one_catch_up_and_late_arrivals_never(db, db_path, settings, client,
                                                                                   standin):
    add(db_path, "C1", "ACME", ny(2024, 3, 1, 9))
    store(db, ACME, [DOE], [tx("P", 100, 10.0)], accepted=ny(2024, 3, 1, 10))
    run(db_path, client, settings, ny(2024, 3, 1, 10, 5))  # the last pass before the bot went down
    assert len(posts(standin)) == 1
    for day in (2, 3, 4):  # accepted while the bot was down, more than 24 hours before it came back
        store(db, ACME, [DOE], [tx("S", 100, 10.0, date=f"2024-03-0{day}")], accepted=ny(2024, 3, day, 10))
    store(db, ACME, [ROE], [tx("S", 100, 10.0)], accepted=ny(2024, 3, 1, 9, 30))  # a late arrival, old: never
    store(db, ACME, [DOE], [tx("S", 500, 10.0)], accepted=ny(2024, 3, 6, 9))  # fresh: told alone
    outcomes = run(db_path, client, settings, ny(2024, 3, 6, 10))
    assert sorted((o.kind, o.filings) for o in outcomes) == [("catch_up", 3), ("single", 1)]
    catch_up = posted_blocks_text(posts(standin)[1]["blocks"])
    assert "3 filing(s) older than 24 hours" in catch_up and catch_up.count("sold") == 3
    with Store(db_path) as st:
        assert plan_pass(st, settings, now=ny(2024, 3, 6, 11)).notices == []


def test_data_set_history_never_alerts(db, db_path, settings, client, standin):
    add(db_path, "C1", "ACME")
    store(db, ACME, [DOE], [tx("P", 100, 10.0)], accepted=ny(2024, 3, 8, 10), origin="dataset:2024q1")
    assert run(db_path, client, settings, ny(2024, 3, 8, 10, 5)) == []
    assert posts(standin) == []


def test_a_cluster_rule_fires_on_the_third_buy_and_not_before(db, db_path, settings, client, standin):
    add(db_path, "C1", "cluster buys")
    store(db, ACME, [DOE], [tx("P", 100, 10.0, date="2024-03-04")], accepted=ny(2024, 3, 8, 10))
    store(db, ACME, [ROE], [tx("P", 100, 10.0, date="2024-03-05")], accepted=ny(2024, 3, 8, 11))
    assert run(db_path, client, settings, ny(2024, 3, 8, 11, 5)) == []
    third = store(db, ACME, [BOLT_CFO], [tx("P", 100, 10.0, date="2024-03-07")], accepted=ny(2024, 3, 8, 12))
    outcomes = run(db_path, client, settings, ny(2024, 3, 8, 12, 5))
    assert [(o.kind, o.filings) for o in outcomes] == [("single", 1)]
    assert index_url(third) in posted_blocks_text(posts(standin)[0]["blocks"])


def test_a_channel_the_bot_is_not_in_is_recorded_and_the_others_are_told(db, db_path, settings, client, standin):
    standin.outside.add("C_OUT")
    add(db_path, "C_OUT", "ACME")
    add(db_path, "C1", "ACME")
    store(db, ACME, [DOE], [tx("P", 100, 10.0)], accepted=ny(2024, 3, 8, 10))
    outcomes = run(db_path, client, settings, ny(2024, 3, 8, 10, 5))
    assert sorted((o.channel, o.status) for o in outcomes) == [("C1", "sent"), ("C_OUT", "failed")]
    with Store(db_path) as st:
        lines = manage.show(st, "C_OUT")[0].lines()
        with st.writing() as w:
            assert alerts.sent_counts(w, "C_OUT") == {"failed": 1}
    assert "not_in_channel" in lines[-1] and "/invite @insiderbot" in lines[-1]
    assert run(db_path, client, settings, ny(2024, 3, 8, 10, 15)) == []  # never retried, never doubled


def test_the_pass_runs_after_a_sync_pass_and_tells_a_new_feed_filing(edgar_server, tmp_path, settings, client,
                                                                     standin):
    world = recent_world(edgar_server, 5)
    db_path = tmp_path / "serve.db"
    sync_settings = settings_for(edgar_server, slack_bot_token=settings.slack_bot_token,
                                 slack_api_url=settings.slack_api_url)
    with Store(db_path) as st:
        after = functools.partial(run_alert_job, sync_settings, st, SlackAlertPoster(client, pacer=FAST))
        assert run_sync_job(sync_settings, st, after=after) is not None
        assert manage.add(st, "C1", "buys over $50k").refused is None
        # newer than everything the feed listed (the feed is read back to the previous pass's newest entry)
        accepted = max([datetime.now(EASTERN), *(f.accepted for f in world)]) + timedelta(minutes=1)
        edgar_server.add(FilingFixture("0001900001-26-900001", "4", "7777", "Aliceco Inc", "ALCO",
                                       [Owner("8888", "Smith Alice")], accepted, shares=5000, price=20.0))
        run_sync_job(sync_settings, st, after=after)
        run_sync_job(sync_settings, st, after=after)
    [body] = posts(standin)
    text = posted_blocks_text(body["blocks"])
    assert "Alice Smith (Chief Executive Officer) bought 5,000 shares" in text and "$100,000.00" in text
    assert "/Archives/edgar/data/7777/000190000126900001/0001900001-26-900001-index.htm" in text

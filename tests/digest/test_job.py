"""The digest job over a real database and the Slack stand-in, with an injected clock: what a digest holds,
exactly once across restarts, catch-up within the grace, quiet days, a huge day, failures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digestkit import ACME, BOLT, DOE, FUND, OTHER, ROE, index_url, ny, store, tx
from slack_sdk import WebClient

from bot.digest.job import Outcome, run_due_digests
from bot.slack.digest_post import Pacer, SlackDigestPoster
from storage import watchlists
from storage.db import Store, open_db

FAST = Pacer(0.0)


def run(db_path, client: WebClient, settings, now: dt.datetime, *, pacer: Pacer = FAST) -> list[Outcome]:
    """One run of the digest job as the scheduler makes it: a store over ``db_path`` (a new one each time,
    as after a restart) and the Slack poster over ``client``."""
    with Store(db_path) as store:
        return run_due_digests(store, SlackDigestPoster(client, pacer=pacer), settings, now)


def posted(standin, channel: str | None = None) -> list[dict]:
    return [c.body for c in standin.calls("chat.postMessage") if channel is None or c.body["channel"] == channel]


def text_of(message: dict) -> str:
    out = []
    for block in message["blocks"]:
        if isinstance(block.get("text"), dict):
            out.append(block["text"]["text"])
        out.extend(e.get("text", "") for e in block.get("elements") or [] if isinstance(e, dict))
    return "\n".join(out)


def watch(db, channel: str = "C1") -> None:
    watchlists.add_watch(db, channel, "issuer", ACME.cik, "Acme Corp (ACME)")
    watchlists.add_watch(db, channel, "owner", ROE.cik, "Richard Roe")


def week(db) -> dict[str, object]:
    """Filings around Monday Mar 11, 2024 (the first Monday of US summer time)."""
    return {
        "old": store(db, ACME, [DOE], [tx("P", 10, 5.0, "2024-03-06")], accepted=ny(2024, 3, 7, 17)),
        "fri": store(db, ACME, [DOE], [tx("S", 1000, 50.0, "2024-03-06"), tx("S", 500, 51.0, "2024-03-07")],
                     accepted=ny(2024, 3, 8, 10), plan=True),
        "roe_at_bolt": store(db, BOLT, [ROE], [tx("P", 500, 20.0, "2024-03-08")], accepted=ny(2024, 3, 9, 11)),
        "doe_at_bolt": store(db, BOLT, [DOE], [tx("S", 7, 20.0, "2024-03-08")], accepted=ny(2024, 3, 9, 12)),
        "mon_early": store(db, ACME, [DOE], [
            tx("G", 300, None, "2024-03-05", disposed=True),
            tx("F", 400, 49.0, "2024-03-07"),
            tx("A", 2000, 0.0, "2024-03-07", derivative=True, exercise_price=48.0),
            tx("M", 1000, 0.0, "2024-03-07", derivative=True, disposed=True, exercise_price=10.0),
            tx("M", 1000, 10.0, "2024-03-07"),
            tx("P", 100, 49.5, "2024-02-01", late=True),
        ], accepted=ny(2024, 3, 11, 7, 30)),
        "mon_late": store(db, ACME, [DOE], [tx("P", 200, 49.0, "2024-03-11")], accepted=ny(2024, 3, 11, 9)),
        "other": store(db, OTHER, [FUND], [tx("P", 100_000, 10.0, "2024-03-08")], accepted=ny(2024, 3, 8, 16)),
    }


def test_a_digest_holds_exactly_the_filings_since_the_last_one(db, db_path: Path, settings, client, standin) -> None:
    watch(db)
    f = week(db)
    outcomes = run(db_path, client, settings, ny(2024, 3, 11, 8, 0, ) + dt.timedelta(seconds=30))
    assert [(o.channel, o.digest_date, o.status, o.filings) for o in outcomes] == [("C1", "2024-03-11", "sent", 3)]
    [monday] = posted(standin)
    text = text_of(monday)
    watched = text[:text.index("*Across the market*")]
    for name in ("fri", "roe_at_bolt", "mon_early"):
        assert index_url(f[name]) in watched, name
    for name in ("old", "doe_at_bolt", "mon_late"):
        assert index_url(f[name]) not in watched, name
    assert index_url(f["old"]) not in text and index_url(f["mon_late"]) not in text
    assert "Filings accepted by EDGAR from Fri, Mar 8, 2024, 8:00 AM EST to Mon, Mar 11, 2024, 8:00 AM EDT" in text
    # Grouped by company (the one with the most open-market dollars first), buys and sells first.
    acme = text.index("*Acme Corp (ACME)*")
    assert text.index("*Bolt Industries Inc (BOLT)*") > acme
    lines = [line for line in text[acme:].split("\n")[1:] if line.startswith("• ")][:6]
    assert lines[0].startswith("• Jane Doe (Chief Executive Officer) bought 100 shares of Common Stock at $49.50 "
                               "for $4,950.00 on Feb 1, 2024 · _filed late_")
    assert lines[1].startswith("• Jane Doe (Chief Executive Officer) sold 1,500 shares of Common Stock at "
                               "$50.00–$51.00 for $75,500.00 between Mar 6, 2024 and Mar 7, 2024 · _10b5-1 plan_")
    assert "was granted 2,000 stock options (right to buy) (exercise price $48.00)" in lines[2]
    assert "exercised 1,000 stock options (right to buy) at $10.00" in lines[3]
    assert "had 400 shares of Common Stock withheld to pay taxes" in lines[4]
    assert "gave 300 shares of Common Stock as a gift" in lines[5]
    assert "acquired 1,000 shares of Common Stock by exercising" not in text  # the exercise is shown once
    # Across the market: the largest purchase of the whole window, by anyone.
    market = text[text.index("*Across the market*"):]
    assert "Other Widgets Inc (OWID): Big Fund LP (10% owner) bought 100,000 shares" in market
    assert index_url(f["other"]) in market

    # Tuesday: what came since, and a filing accepted before Monday's digest but stored after it.
    late = store(db, ACME, [DOE], [tx("S", 42, 48.0, "2024-03-08")], accepted=ny(2024, 3, 11, 7, 50))
    backfilled = store(db, ACME, [DOE], [tx("S", 43, 48.0, "2024-01-02")], accepted=ny(2024, 1, 3, 10))
    outcomes = run(db_path, client, settings, ny(2024, 3, 12, 8, 0))
    assert [(o.status, o.filings) for o in outcomes] == [("sent", 2)]
    tuesday = text_of(posted(standin)[1])
    assert index_url(f["mon_late"]) in tuesday and index_url(late) in tuesday
    assert index_url(backfilled) not in tuesday
    assert all(index_url(f[name]) not in tuesday for name in ("fri", "roe_at_bolt", "mon_early", "old"))
    assert "from Mon, Mar 11, 2024, 8:00 AM EDT to Tue, Mar 12, 2024, 8:00 AM EDT" in tuesday


def test_across_the_market_lists_the_largest_sales_and_cluster_buys(db, db_path, settings, client, standin) -> None:
    watchlists.add_watch(db, "C1", "issuer", ACME.cik, "Acme Corp (ACME)")
    small_sale = store(db, ACME, [DOE], [tx("S", 100, 50.0, "2024-03-08")], accepted=ny(2024, 3, 8, 12))
    big_sale = store(db, BOLT, [ROE], [tx("S", 10_000, 30.0, "2024-03-08")], accepted=ny(2024, 3, 9, 11))
    # Three insiders of Other Widgets buying within 10 days; only the last purchase is new in this window.
    first = store(db, OTHER, [FUND], [tx("P", 1000, 10.0, "2024-03-01")], accepted=ny(2024, 3, 4, 12))
    second = store(db, OTHER, [ROE], [tx("P", 2000, 10.0, "2024-03-05")], accepted=ny(2024, 3, 6, 12))
    third = store(db, OTHER, [DOE], [tx("P", 3000, 10.0, "2024-03-08")], accepted=ny(2024, 3, 8, 10))

    outcomes = run(db_path, client, settings, ny(2024, 3, 11, 8))
    assert [o.status for o in outcomes] == ["sent"]
    market = text_of(posted(standin)[0]).split("*Across the market*", 1)[1]
    sales = market[market.index("*Largest open-market sales*"):]
    assert sales.index("Bolt Industries Inc (BOLT): Richard Roe") < sales.index("Acme Corp (ACME): Jane Doe")
    assert "sold 10,000 shares" in sales and index_url(big_sale) in sales and index_url(small_sale) in sales
    clusters = market[market.index("*Cluster buys"):]
    assert "Other Widgets Inc (OWID): 3 insiders bought for $60,000.00 between Mar 1, 2024 and Mar 8, 2024" in clusters
    assert index_url(third) in clusters
    assert index_url(first) not in clusters and index_url(second) not in clusters   # links to new filings only


def test_a_filing_without_an_acceptance_time_counts_from_when_it_was_stored(db, db_path, settings, client,
                                                                            standin) -> None:
    watch(db)
    bare = store(db, ACME, [DOE], [tx("P", 10, 5.0, "2024-03-06")], accepted=None)
    now = dt.datetime.now(dt.UTC)
    settings = settings.model_copy(update={"digest_days": "mon-sun", "digest_tz": "UTC",
                                           "digest_time": f"{(now - dt.timedelta(minutes=1)):%H:%M}"})
    outcomes = run(db_path, client, settings, now + dt.timedelta(seconds=1))
    assert [o.status for o in outcomes] == ["sent"]
    assert f"/{bare.accession_number.replace('-', '')}/" in text_of(posted(standin)[0])


def test_history_imported_from_a_data_set_is_not_news(db, db_path, settings, client, standin) -> None:
    watch(db)
    history = store(db, ACME, [DOE], [tx("P", 10, 5.0, "2023-03-06")], accepted=None, origin="dataset:2023q1")
    fresh = store(db, ACME, [DOE], [tx("S", 20, 6.0, "2024-03-06")], accepted=None)
    now = dt.datetime.now(dt.UTC)
    settings = settings.model_copy(update={"digest_days": "mon-sun", "digest_tz": "UTC",
                                           "digest_time": f"{(now - dt.timedelta(minutes=1)):%H:%M}"})
    outcomes = run(db_path, client, settings, now + dt.timedelta(seconds=1))
    assert [o.status for o in outcomes] == ["sent"]
    text = text_of(posted(standin)[0])
    assert f"/{fresh.accession_number.replace('-', '')}/" in text
    assert f"/{history.accession_number.replace('-', '')}/" not in text


def test_no_double_send_across_a_restart(db, db_path, settings, client, standin) -> None:
    watch(db)
    week(db)
    first = run(db_path, client, settings, ny(2024, 3, 11, 8))
    assert [o.status for o in first] == ["sent"]
    db.close()
    # "Restarts": new calls over the same database file, later the same day and within the grace.
    for when in (ny(2024, 3, 11, 8), ny(2024, 3, 11, 8, 5), ny(2024, 3, 11, 13)):
        assert run(db_path, WebClient(token="xoxb-digest-test", base_url=standin.base_url), settings,
                   when) == []
    assert len(posted(standin)) == 1
    again = open_db(db_path)
    record = watchlists.digest_run(again, "C1", "2024-03-11")
    again.close()
    assert record.status == "sent" and record.messages == 1 and record.ts and record.sent_at


def test_a_missed_digest_is_caught_up_within_the_grace_and_not_after(tmp_path, settings, client, standin) -> None:
    paths = {}
    for name in ("within", "after"):
        paths[name] = tmp_path / f"{name}.db"
        db = open_db(paths[name])
        watch(db)
        week(db)
        db.close()
    caught = run(paths["within"], client, settings, ny(2024, 3, 11, 13, 59))
    assert [(o.digest_date, o.status) for o in caught] == [("2024-03-11", "sent")]
    text = text_of(posted(standin)[0])
    assert "to Mon, Mar 11, 2024, 1:59 PM EDT" in text  # everything up to when it was sent
    assert run(paths["after"], client, settings, ny(2024, 3, 11, 14, 1)) == []
    assert len(posted(standin)) == 1


def test_after_a_missed_day_the_next_digest_starts_where_the_last_one_ended(db, db_path, settings, client,
                                                                            standin) -> None:
    watch(db)
    friday = store(db, ACME, [DOE], [tx("P", 10, 5.0, "2024-03-07")], accepted=ny(2024, 3, 7, 12))
    assert [o.status for o in run(db_path, client, settings, ny(2024, 3, 8, 8))] == ["sent"]
    f = week(db)
    assert run(db_path, client, settings, ny(2024, 3, 11, 15)) == []  # past the grace
    tuesday = run(db_path, client, settings, ny(2024, 3, 12, 8))
    assert [(o.digest_date, o.status) for o in tuesday] == [("2024-03-12", "sent")]
    text = text_of(posted(standin)[-1])
    assert "from Fri, Mar 8, 2024, 8:00 AM EST to Tue, Mar 12, 2024, 8:00 AM EDT" in text
    for name in ("fri", "roe_at_bolt", "mon_early", "mon_late"):
        assert index_url(f[name]) in text, name
    assert index_url(friday) not in text  # in Friday's digest
    assert index_url(f["old"]) in text    # accepted before Friday's digest but stored after it: a late arrival


def test_an_empty_day_is_said_in_one_line_unless_quiet_days_are_off(db, db_path, settings, client, standin) -> None:
    settings = settings.model_copy(update={"digest_market_top": 0})
    watchlists.add_watch(db, "C1", "issuer", BOLT.cik, "Bolt Industries Inc (BOLT)")
    watchlists.add_watch(db, "C2", "issuer", BOLT.cik, "Bolt Industries Inc (BOLT)")
    watchlists.set_filters(db, "C2", quiet_days=False)
    store(db, ACME, [DOE], [tx("P", 10, 5.0, "2024-03-08")], accepted=ny(2024, 3, 8, 12))
    outcomes = run(db_path, client, settings, ny(2024, 3, 11, 8))
    assert sorted((o.channel, o.status) for o in outcomes) == [("C1", "sent"), ("C2", "quiet")]
    [message] = posted(standin)
    assert message["channel"] == "C1"
    assert message["text"] == ("Insider digest · Mon, Mar 11, 2024: nothing new from the 1 name watched here "
                               "since Fri, Mar 8, 2024, 8:00 AM EST.")
    assert len(message["blocks"]) == 1 and "\n" not in message["blocks"][0]["text"]["text"]
    # The quiet day still counts as C2's digest: not "caught up" later, and the next one starts from it.
    assert run(db_path, client, settings, ny(2024, 3, 11, 9)) == []
    bolt = store(db, BOLT, [ROE], [tx("P", 5, 20.0, "2024-03-11")], accepted=ny(2024, 3, 11, 12))
    run(db_path, client, settings, ny(2024, 3, 12, 8))
    c2 = posted(standin, "C2")
    assert len(c2) == 1 and "from Mon, Mar 11, 2024, 8:00 AM EDT" in text_of(c2[0])
    assert index_url(bolt) in text_of(c2[0])


def test_filters_apply_to_the_channel(db, db_path, settings, client, standin) -> None:
    watch(db)
    f = week(db)
    watchlists.set_filters(db, "C1", open_market_only=True, min_value=5_000)
    run(db_path, client, settings, ny(2024, 3, 11, 8))
    text = text_of(posted(standin)[0])
    watched = text[:text.index("*Across the market*")]
    assert index_url(f["fri"]) in watched and index_url(f["roe_at_bolt"]) in watched  # $75,500 S; $10,000 P
    assert "granted" not in watched and "gift" not in watched and "$4,950.00" not in watched
    assert index_url(f["mon_early"]) not in watched
    assert "Filters: open-market purchases and sales only, transactions of at least $5,000" in text


def test_a_huge_day_stays_within_the_limits_and_is_paced(db, db_path, settings, client, standin) -> None:
    companies = []
    for n in range(24):
        co = type(ACME)(f"{5000 + n:010d}", f"Company {n} With A Rather Long Corporate Name Holdings Inc", f"CO{n}")
        companies.append(co)
        watchlists.add_watch(db, "C1", "issuer", co.cik, f"{co.name} ({co.ticker})")
        for k in range(8):
            store(db, co, [DOE, ROE] if k % 2 else [DOE], [tx("S" if k % 2 else "P", 100 + k, 10.0 + k, "2024-03-08")],
                  accepted=ny(2024, 3, 8, 9) + dt.timedelta(minutes=n * 8 + k), plan=k % 3 == 0)
    watchlists.add_watch(db, "C2", "issuer", companies[0].cik, "Company 0")
    outcomes = run(db_path, client, settings, ny(2024, 3, 11, 8), pacer=Pacer(1.0))
    assert sorted((o.channel, o.status, o.filings) for o in outcomes) == [("C1", "sent", 192), ("C2", "sent", 8)]
    calls = [c for c in standin.calls("chat.postMessage") if c.body["channel"] == "C1"]
    assert len(calls) >= 3
    first, rest = calls[0], calls[1:]
    assert "thread_ts" not in first.body
    assert {c.body["thread_ts"] for c in rest} == {outcomes[[o.channel for o in outcomes].index("C1")].ts[0]}
    for call in calls:
        assert len(call.body["blocks"]) <= 50
        assert all(len(b["text"]["text"]) <= 3000 for b in call.body["blocks"] if b["type"] == "section")
        assert sum(len(b["text"]["text"]) for b in call.body["blocks"] if "text" in b) <= 12000
    gaps = [b.at - a.at for a, b in zip(calls, calls[1:], strict=False)]
    assert min(gaps) >= 0.95, gaps
    everything = "\n".join(text_of(c.body) for c in calls)
    assert everything.count("sec.gov/Archives") >= 192


def test_a_digest_that_could_not_be_posted_is_sent_by_a_later_run(db, db_path, settings, client, standin) -> None:
    watch(db)
    week(db)
    unreachable = WebClient(token="xoxb-digest-test", base_url="http://127.0.0.1:9/api/", timeout=2)
    failed = run(db_path, unreachable, settings, ny(2024, 3, 11, 8))
    assert [o.status for o in failed] == ["failed"]
    assert watchlists.digest_run(db, "C1", "2024-03-11").status == "failed"
    retried = run(db_path, client, settings, ny(2024, 3, 11, 9))
    assert [o.status for o in retried] == ["sent"]
    assert len(posted(standin)) == 1
    assert watchlists.digest_run(db, "C1", "2024-03-11").status == "sent"


def test_a_digest_interrupted_while_sending_is_not_sent_again(db, db_path, settings, client, standin) -> None:
    watch(db)
    week(db)
    # The process died after claiming Monday's digest (and maybe after posting part of it).
    assert watchlists.claim_digest(db, "C1", "2024-03-11", window_start="2024-03-08 13:00:00",
                                   window_end="2024-03-11 12:00:00", filings=3,
                                   max_rowid=db.execute("SELECT max(rowid) FROM filings").fetchone()[0])
    assert run(db_path, client, settings, ny(2024, 3, 11, 9)) == []
    assert posted(standin) == []
    # The next digest starts where the interrupted one ended.
    [tuesday] = run(db_path, client, settings, ny(2024, 3, 12, 8))
    assert "from Mon, Mar 11, 2024, 8:00 AM EDT" in text_of(posted(standin)[0]) and tuesday.filings == 1

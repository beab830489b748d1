"""The Slack app end to end over real HTTP: signed requests into the ASGI app under uvicorn on
127.0.0.1, and assertions on what reached the Slack Web API stand-in."""

from __future__ import annotations

import json
import logging
import threading
import time

import httpx
from slack_standin import BOT_USER_ID, button_values, command_body, limit_violations, posted_blocks_text

from bot.answers.engine import answer as real_answer
from bot.answers.render import Answer, Line, Source
from bot.slack.blocks import SHARE_ACTION, SHOW_MORE_ACTION
from bot.slack.replies import SORRY

REFERENCE = "what options did Tecogen's GC get"
WHITING = "John Whiting, General Counsel & Secretary of Tecogen Inc. (TGEN), was granted 37,500 stock options"


def assert_reference_answer(blocks: list[dict]) -> None:
    text = posted_blocks_text(blocks)
    assert WHITING in text
    assert "Exercise price $0.88" in text
    assert "expires Sep 20, 2033" in text
    assert "Source: Form 4 signed Sep 27, 2023" in text
    assert "Newest filing stored: Sep 27, 2023 (not synced from EDGAR yet)" in text
    assert blocks[0]["type"] == "header"
    assert limit_violations(blocks) == []


# --- slash command -------------------------------------------------------------------------------

def test_slash_command_is_acked_with_looking_then_answered_privately(run_app, standin) -> None:
    app = run_app()
    response = app.command(REFERENCE)
    assert response.status_code == 200
    ack = response.json()
    assert ack["text"].startswith("Looking that up") and "Tecogen" in ack["text"]
    call = standin.wait_for("response_url")[0]
    body = call.body
    assert call.path == "/response/cmd"
    assert body["response_type"] == "ephemeral"
    assert body["replace_original"] is False
    assert body["unfurl_links"] is False and body["unfurl_media"] is False
    assert body["text"].startswith(WHITING)
    assert_reference_answer(body["blocks"])
    assert len(button_values(body["blocks"], SHARE_ACTION)) == 1
    assert button_values(body["blocks"], SHOW_MORE_ACTION) == []


def test_ticker_subcommand_asks_for_the_latest_activity(run_app, standin) -> None:
    app = run_app()
    ack = app.command("TGEN").json()
    assert "latest insider activity at TGEN" in ack["text"]
    body = standin.wait_for("response_url")[0].body
    assert WHITING in posted_blocks_text(body["blocks"])


def test_help_is_the_ack_itself(run_app, standin) -> None:
    app = run_app()
    for text in ("help", ""):
        ack = app.command(text).json()
        assert "/insider TICKER" in json.dumps(ack["blocks"])
        assert ack["text"]
        assert limit_violations(ack["blocks"]) == []
    app.drain()
    assert standin.calls("response_url") == []


def test_share_subcommand_posts_for_everyone(run_app, standin) -> None:
    app = run_app()
    ack = app.command(f"share {REFERENCE}").json()
    assert "posted in this channel" in ack["text"]
    body = standin.wait_for("response_url")[0].body
    assert body["response_type"] == "in_channel"
    assert_reference_answer(body["blocks"])
    assert "<@U0USER01> asked: what options did Tecogen's GC get" in posted_blocks_text(body["blocks"])
    assert button_values(body["blocks"], SHARE_ACTION) == []


def test_share_button_posts_the_stored_answer_in_channel_and_removes_the_private_one(run_app, standin) -> None:
    app = run_app()
    app.command(REFERENCE)
    private = standin.wait_for("response_url")[0].body
    value = button_values(private["blocks"], SHARE_ACTION)[0]
    action = {"action_id": SHARE_ACTION, "block_id": "insider_buttons", "type": "button",
              "value": json.dumps(value), "action_ts": "1.2"}
    assert app.action(action, response="share").status_code == 200
    shared, deleted = standin.wait_for("response_url", 3)[1:]
    assert shared.path == deleted.path == "/response/share"
    assert shared.body["response_type"] == "in_channel"
    assert_reference_answer(shared.body["blocks"])
    assert "Shared by <@U0USER01>" in posted_blocks_text(shared.body["blocks"])
    assert button_values(shared.body["blocks"], SHARE_ACTION) == []
    assert deleted.body["delete_original"] is True


def test_ack_comes_within_3s_while_a_slow_answer_is_still_running(run_app, standin) -> None:
    release = threading.Event()
    started = threading.Event()

    def slow_answer(question, db_path, **kwargs):
        started.set()
        release.wait(20)
        return real_answer(question, db_path, **kwargs)

    app = run_app(answer_fn=slow_answer)
    t0 = time.monotonic()
    response = app.command(REFERENCE)
    elapsed = time.monotonic() - t0
    assert response.status_code == 200 and response.json()["text"].startswith("Looking")
    assert elapsed < 3.0, elapsed
    assert started.wait(5)
    time.sleep(0.3)
    assert standin.calls("response_url") == []  # the answer is still running
    release.set()
    assert_reference_answer(standin.wait_for("response_url")[0].body["blocks"])


def test_a_failing_answer_is_a_friendly_message_and_a_log_line(run_app, standin, caplog) -> None:
    def broken(question, db_path, **kwargs):
        raise RuntimeError("database exploded")

    app = run_app(answer_fn=broken)
    with caplog.at_level(logging.ERROR):
        app.command("anything at all")
        body = standin.wait_for("response_url")[0].body
    assert posted_blocks_text(body["blocks"]) == SORRY
    assert "Traceback" not in json.dumps(body) and "exploded" not in json.dumps(body)
    assert button_values(body["blocks"], SHARE_ACTION) == []
    assert any("could not answer 'anything at all'" in r.getMessage() and r.exc_info for r in caplog.records)


# --- signatures ----------------------------------------------------------------------------------

def test_forged_and_stale_signatures_are_refused_with_401(run_app, standin) -> None:
    app = run_app()
    body = command_body(REFERENCE, standin.response_url("x"))
    forged = app.post(body, content_type="application/x-www-form-urlencoded", secret="not-the-secret")
    stale = app.post(body, content_type="application/x-www-form-urlencoded", timestamp=int(time.time()) - 600)
    missing = app.http.post(f"{app.url}/slack/events", content=body,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    signed = app.post(body, content_type="application/x-www-form-urlencoded")
    assert signed.status_code == 200
    assert forged.status_code == 401 and stale.status_code == 401 and missing.status_code == 401
    app.drain()
    assert [c.path for c in standin.calls("response_url")] == ["/response/x"]  # only the signed one


def test_healthz_and_unknown_paths(run_app) -> None:
    app = run_app()
    health = httpx.get(f"{app.url}/healthz")
    assert health.status_code == 200 and health.json()["ok"] is True
    assert httpx.get(f"{app.url}/nope").status_code == 404


# --- events --------------------------------------------------------------------------------------

def mention(text: str, *, ts: str, thread_ts: str | None = None, channel: str = "C0CHAN01") -> dict:
    event = {"type": "app_mention", "user": "U0USER01", "text": f"<@{BOT_USER_ID}> {text}", "ts": ts,
             "channel": channel, "event_ts": ts}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def test_mention_is_answered_in_its_thread(run_app, standin) -> None:
    app = run_app()
    assert app.event(mention(REFERENCE, ts="1700000100.000200"), event_id="Ev001").status_code == 200
    placeholder = standin.wait_for("chat.postMessage")[0].body
    assert placeholder["channel"] == "C0CHAN01"
    assert placeholder["thread_ts"] == "1700000100.000200"
    assert placeholder["text"].startswith("Looking")
    update = standin.wait_for("chat.update")[0].body
    assert update["channel"] == "C0CHAN01"
    assert update["text"].startswith(WHITING)
    assert_reference_answer(update["blocks"])
    app.drain()
    assert len(standin.calls("chat.postMessage")) == 1


def test_follow_up_in_the_thread_reuses_the_company_and_insider(run_app, standin) -> None:
    app = run_app()
    root = "1700000200.000100"
    app.event(mention("who are the insiders at Tecogen", ts=root), event_id="Ev010")
    standin.wait_for("chat.update", 1)
    app.event(mention("and his holdings?", ts="1700000201.000100", thread_ts=root), event_id="Ev011")
    second = standin.wait_for("chat.update", 2)[1].body
    assert "John Whiting held 400,000 stock options" in posted_blocks_text(second["blocks"])
    assert standin.calls("chat.postMessage")[1].body["thread_ts"] == root
    app.event(mention("and his holdings?", ts="1700000300.000100"), event_id="Ev012")  # a new thread
    third = standin.wait_for("chat.update", 3)[2].body
    assert "held 400,000" not in posted_blocks_text(third["blocks"])


def test_dm_is_answered_in_the_dm(run_app, standin) -> None:
    app = run_app()
    event = {"type": "message", "channel_type": "im", "channel": "D0DM0001", "user": "U0USER01",
             "text": REFERENCE, "ts": "1700000400.000100", "event_ts": "1700000400.000100"}
    app.event(event, event_id="Ev020")
    placeholder = standin.wait_for("chat.postMessage")[0].body
    assert placeholder["channel"] == "D0DM0001" and "thread_ts" not in placeholder
    assert_reference_answer(standin.wait_for("chat.update")[0].body["blocks"])
    follow = dict(event, text="and his holdings?", ts="1700000401.000100", event_ts="1700000401.000100")
    app.event(follow, event_id="Ev021")
    assert "held 400,000" in posted_blocks_text(standin.wait_for("chat.update", 2)[1].body["blocks"])


def test_bot_messages_edits_and_channel_messages_are_not_answered(run_app, standin) -> None:
    app = run_app()
    base = {"type": "message", "channel": "D0DM0001", "user": "U0USER01", "text": REFERENCE}
    app.event(dict(base, channel_type="im", subtype="message_changed", ts="1.1"), event_id="Ev030")
    app.event(dict(base, channel_type="im", bot_id="B0OTHER1", ts="1.2"), event_id="Ev031")
    app.event(dict(base, channel_type="channel", channel="C0CHAN01", ts="1.3"), event_id="Ev032")
    app.drain()
    time.sleep(0.2)
    assert standin.calls("chat.postMessage") == []


def test_a_retried_event_is_answered_once_also_after_a_restart(run_app, standin) -> None:
    first = run_app()
    event = mention(REFERENCE, ts="1700000500.000100")
    assert first.event(event, event_id="EvRetry").status_code == 200
    retry = first.event(event, event_id="EvRetry",
                        headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert retry.status_code == 200
    standin.wait_for("chat.update")
    first.drain()
    second = run_app()  # a restart: a new app on the same database
    assert second.event(event, event_id="EvRetry",
                        headers={"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_timeout"}).status_code == 200
    second.drain()
    time.sleep(0.2)
    assert len(standin.calls("chat.postMessage")) == 1
    assert len(standin.calls("chat.update")) == 1


def test_the_same_message_as_mention_and_dm_is_answered_once(run_app, standin) -> None:
    app = run_app()
    ts = "1700000600.000100"
    app.event(mention(REFERENCE, ts=ts, channel="D0DM0002"), event_id="Ev040")
    app.event({"type": "message", "channel_type": "im", "channel": "D0DM0002", "user": "U0USER01",
               "text": f"<@{BOT_USER_ID}> {REFERENCE}", "ts": ts}, event_id="Ev041")
    standin.wait_for("chat.update")
    app.drain()
    assert len(standin.calls("chat.postMessage")) == 1


def test_app_home_shows_capabilities_examples_and_freshness(run_app, standin) -> None:
    app = run_app()
    app.event({"type": "app_home_opened", "user": "U0USER01", "channel": "D0DM0001", "tab": "home"},
              event_id="Ev050")
    app.event({"type": "app_home_opened", "user": "U0USER01", "channel": "D0DM0001", "tab": "messages"},
              event_id="Ev051")
    call = standin.wait_for("views.publish")[0]
    assert call.body["user_id"] == "U0USER01"
    view = call.body["view"]
    assert view["type"] == "home"
    text = posted_blocks_text(view["blocks"])
    assert "Newest filing stored: Sep 27, 2023 (not synced from EDGAR yet)" in text
    assert "what options did Tecogen's GC get" in text
    assert "/insider TICKER" in text
    assert limit_violations(view["blocks"], surface="view") == []
    app.drain()
    assert len(standin.calls("views.publish")) == 1


# --- long answers --------------------------------------------------------------------------------

def big_answer(question, db_path, **kwargs) -> Answer:
    """A real Answer with 240 records, each citing its own filing: far over one message's limits."""
    sources = [Source(f"Form 4 filed Sep {i % 28 + 1}, 2023",
                      f"https://www.sec.gov/Archives/edgar/data/1537435/{i:018d}/x-index.htm", f"f{i}")
               for i in range(240)]
    lines = [Line(f"Insider {i} of Example Corp (EXC) sold {1000 + i:,} shares of Common Stock at $1.{i % 100:02d}"
                  f" per share on Sep {i % 28 + 1}, 2023 (code S, open-market sale).",
                  [f"${(1000 + i) * 1.5:,.2f} in total · {50_000 - i:,} shares held directly afterwards",
                   "Footnote F1 (price): weighted average of trades between $1.00 and $2.00 " + "x" * 40],
                  record=i, source=i) for i in range(240)]
    return Answer("records", "240 transactions match sales (S) for Example Corp, newest first:", lines, sources,
                  notes=["Prices are weighted averages as filed."])


def test_a_long_answer_is_split_and_show_more_pages_through_it(run_app, standin) -> None:
    app = run_app(answer_fn=big_answer)
    app.command("sales at EXC")
    first = standin.wait_for("response_url")[0].body
    pages = [first]
    while True:
        assert limit_violations(pages[-1]["blocks"]) == []
        assert pages[-1]["text"]
        more = button_values(pages[-1]["blocks"], SHOW_MORE_ACTION)
        if not more:
            break
        assert more[0]["page"] == len(pages) and more[0]["vis"] == "ephemeral"
        action = {"action_id": SHOW_MORE_ACTION, "block_id": "insider_buttons", "type": "button",
                  "value": json.dumps(more[0]), "action_ts": "1.3"}
        app.action(action, response=f"more{len(pages)}")
        pages.append(standin.wait_for("response_url", len(pages) + 1)[len(pages)].body)
    assert len(pages) >= 4
    text = "\n".join(posted_blocks_text(p["blocks"]) for p in pages)
    for i in range(240):
        assert f"Insider {i} of Example Corp" in text
    assert text.count("Newest filing stored") == 1 and "Newest filing stored" in posted_blocks_text(pages[-1]["blocks"])
    assert f"Part {len(pages)} of {len(pages)}" in text


def test_a_long_answer_in_a_thread_posts_three_parts_then_show_more(run_app, standin) -> None:
    app = run_app(answer_fn=big_answer)
    root = "1700000700.000100"
    app.event(mention("sales at EXC", ts=root), event_id="Ev060")
    standin.wait_for("chat.update")
    posts = standin.wait_for("chat.postMessage", 3)  # placeholder + parts 2 and 3
    app.drain()
    assert all(p.body["thread_ts"] == root for p in posts)
    third = posts[2].body
    more = button_values(third["blocks"], SHOW_MORE_ACTION)
    assert more and more[0] == {"id": more[0]["id"], "page": 3, "vis": "thread", "ts": root}
    for message in [standin.calls("chat.update")[0].body] + [p.body for p in posts[1:]]:
        assert limit_violations(message["blocks"]) == []
    action = {"action_id": SHOW_MORE_ACTION, "block_id": "insider_buttons", "type": "button",
              "value": json.dumps(more[0]), "action_ts": "1.4"}
    app.action(action, is_ephemeral=False, message_ts="1700000701.000100", thread_ts=root)
    standin.wait_for("chat.postMessage", 4)
    app.drain()
    later = standin.calls("chat.postMessage")[3:]
    assert later and all(p.body["thread_ts"] == root for p in later)
    assert "Part 4 of" in posted_blocks_text(later[0].body["blocks"])


def test_show_more_for_an_unknown_reply_says_ask_again(run_app, standin) -> None:
    app = run_app()
    action = {"action_id": SHOW_MORE_ACTION, "block_id": "insider_buttons", "type": "button",
              "value": json.dumps({"id": "gone", "page": 1, "vis": "ephemeral"}), "action_ts": "1.5"}
    assert app.action(action).status_code == 200
    assert "ask the question again" in standin.wait_for("response_url")[0].body["text"]


def test_event_ids_are_deduplicated_for_every_event_type(run_app, standin) -> None:
    app = run_app()
    home = {"type": "app_home_opened", "user": "U0USER01", "channel": "D0DM0001", "tab": "home"}
    app.event(home, event_id="EvHome1")
    app.event(home, event_id="EvHome1", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    app.event(home, event_id="EvHome2")
    standin.wait_for("views.publish", 2)
    app.drain()
    time.sleep(0.2)
    assert len(standin.calls("views.publish")) == 2


def test_a_long_answer_in_a_dm_continues_at_the_dm_top_level(run_app, standin) -> None:
    app = run_app(answer_fn=big_answer)
    event = {"type": "message", "channel_type": "im", "channel": "D0DM0003", "user": "U0USER01",
             "text": "sales at EXC", "ts": "1700000800.000100"}
    app.event(event, event_id="Ev070")
    posts = standin.wait_for("chat.postMessage", 3)
    app.drain()
    assert all(p.body.get("thread_ts") is None for p in posts)
    more = button_values(posts[2].body["blocks"], SHOW_MORE_ACTION)[0]
    assert more["ts"] is None
    action = {"action_id": SHOW_MORE_ACTION, "block_id": "insider_buttons", "type": "button",
              "value": json.dumps(more), "action_ts": "1.6"}
    app.action(action, is_ephemeral=False, channel="D0DM0003", message_ts="1700000802.000100")
    fourth = standin.wait_for("chat.postMessage", 4)[3].body
    assert fourth["channel"] == "D0DM0003" and fourth.get("thread_ts") is None
    assert "Part 4 of" in posted_blocks_text(fourth["blocks"])

"""Fetch on demand in Slack for a question naming several companies not stored, and for a chart of one,
end to end over real HTTP: signed events and commands into the app under uvicorn, the companies fetched one
after the other from the EDGAR stand-in, the placeholder naming every company being fetched and then replaced
by the answer in the thread, the filings stored once even when the same question comes twice at once."""

from __future__ import annotations

import test_slack_on_demand as single
from on_demand_world import publish_palantir, publish_tecogen, txt_requests
from slack_standin import posted_blocks_text
from test_slack_on_demand import answers_posted, mention, on_demand_of, stored

from storage.db import open_db
from storage.edgar_cache import replace_tickers

QUESTION = "compare TGEN and PLTR insider sales"
tecogen_db, slow_edgar = single.tecogen_db, single.slow_edgar  # the fixtures: an empty database, a slow EDGAR


def test_a_question_naming_two_companies_fetches_both_and_answers_in_the_thread(
        run_app, standin, edgar_server, tecogen_db):
    tecogen = publish_tecogen(edgar_server, recent=3, old=1)
    palantir = publish_palantir(edgar_server, recent=2)
    app = run_app(on_demand=on_demand_of(edgar_server))
    app.event(mention(QUESTION, ts="1700000700.000100"), event_id="Ev201")
    placeholder = standin.wait_for("chat.postMessage")[0].body
    assert placeholder["thread_ts"] == "1700000700.000100" and placeholder["text"].startswith("Looking")
    (answer,) = answers_posted(standin, 1)
    app.drain()
    fetching = [c.body["text"] for c in standin.calls("chat.update") if c.body["text"].startswith("Fetching")]
    assert fetching == [
        "Fetching the insider filings of Tecogen and Palantir Technologies from EDGAR…",       # every company named
        "Fetching the insider filings of Tecogen (about 3) and Palantir Technologies from EDGAR…",
        "Fetching the insider filings of Tecogen (about 3) and Palantir Technologies (about 2) from EDGAR…",
    ]
    assert len({c.body["ts"] for c in standin.calls("chat.update")}) == 1     # the one placeholder, replaced
    text = posted_blocks_text(answer["blocks"])
    assert "John Whiting" in text and "David Glazer" in text
    assert "Fetched 3 insider filings of TECOGEN INC. (TGEN) from EDGAR just now" in text
    assert "Fetched 2 insider filings of Palantir Technologies Inc. (PLTR) from EDGAR just now" in text
    assert len(standin.calls("chat.postMessage")) == 1
    assert stored(tecogen_db) == sorted(f.accession for f in tecogen + palantir)
    assert txt_requests(edgar_server) == {f.accession: 1 for f in tecogen + palantir}


def test_the_same_question_twice_at_once_stores_the_filings_once(run_app, standin, slow_edgar, tecogen_db):
    tecogen = publish_tecogen(slow_edgar, recent=3, old=0)
    palantir = publish_palantir(slow_edgar, recent=3)
    app = run_app(on_demand=on_demand_of(slow_edgar))
    app.event(mention(QUESTION, ts="1700000800.000100"), event_id="Ev211")
    app.event(mention(QUESTION, ts="1700000801.000100"), event_id="Ev212")
    answers = answers_posted(standin, 2, timeout=60)
    for answer in answers:
        text = posted_blocks_text(answer["blocks"])
        assert "John Whiting" in text and "David Glazer" in text
    app.drain()
    assert sorted(slow_edgar.paths("/submissions/")) == ["/submissions/CIK0001321655.json",
                                                         "/submissions/CIK0001537435.json"]
    assert txt_requests(slow_edgar) == {f.accession: 1 for f in tecogen + palantir}
    assert stored(tecogen_db) == sorted(f.accession for f in tecogen + palantir)


def test_the_command_says_once_which_companies_are_fetched_and_the_cap_of_each(
        run_app, standin, edgar_server, tecogen_db):
    publish_tecogen(edgar_server, recent=4, old=0)
    publish_palantir(edgar_server, recent=3)
    app = run_app(on_demand=on_demand_of(edgar_server, on_demand_max_filings=2))
    app.command("did anyone sell at $tgen or $pltr")
    fetching, answered = (call.body for call in standin.wait_for("response_url", 2))
    assert fetching["text"] == "Fetching the insider filings of Tecogen and Palantir Technologies from EDGAR…"
    assert fetching["response_type"] == "ephemeral"
    text = posted_blocks_text(answered["blocks"])
    assert "the newest ones: 2 more filings were left out (at most 2 are fetched for a question)" in text
    assert "the newest ones: 1 more filing was left out (at most 2 are fetched for a question)" in text
    app.drain()
    assert len(standin.calls("response_url")) == 2


def test_a_chart_of_a_company_not_stored_fetches_it_then_uploads_it(run_app, standin, edgar_server, tecogen_db):
    recent = publish_tecogen(edgar_server, recent=3, old=1)
    app = run_app(on_demand=on_demand_of(edgar_server))
    response = app.command("chart TGEN")
    assert response.status_code == 200
    (fetching,) = standin.wait_for("response_url")
    assert fetching.body["text"] == "Fetching Tecogen's insider filings from EDGAR, about 3 filings…"
    (completed,) = standin.wait_for("files.completeUploadExternal")
    comment = completed.body.get("initial_comment", "")
    assert "Fetched 3 insider filings of TECOGEN INC. (TGEN) from EDGAR just now" in comment
    app.drain()
    assert stored(tecogen_db) == sorted(f.accession for f in recent)


def test_a_chart_asked_in_a_mention_without_a_user_agent_says_how_to_load_it(
        run_app, standin, edgar_server, tecogen_db):
    db = open_db(tecogen_db)
    replace_tickers(db, [("TGEN", "1537435", "TECOGEN INC.")])
    db.close()
    app = run_app(on_demand=on_demand_of(edgar_server, sec_user_agent=None))
    app.event(mention("chart $TGEN insider sales", ts="1700000900.000100"), event_id="Ev221")
    update = standin.wait_for("chat.update")[0].body
    assert "TECOGEN INC. (TGEN) is not stored" in update["text"] and "Ask an admin to load it." in update["text"]
    app.drain()
    assert standin.calls("files.getUploadURLExternal") == [] and edgar_server.requests == []

"""The terminal chat fetches a company not stored before answering (EDGAR stand-in over real HTTP)."""

from __future__ import annotations

import io

import pytest
from edgar_server import settings_for
from on_demand_world import publish_palantir, publish_tecogen, stored_accessions, txt_requests

from bot.chat import run_chat
from bot.edgar.ratelimit import RateLimiter
from bot.ingest.on_demand import OnDemand
from storage.db import Store
from storage.edgar_cache import replace_tickers


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "insiderbot.db") as store:
        _ = store.writer
        yield store


def chat(store: Store, settings, *questions: str) -> str:
    out = io.StringIO()
    on_demand = OnDemand.from_settings(settings, store, limiter=RateLimiter(1000))
    run_chat(store, settings=settings, stdin=io.StringIO("".join(q + "\n" for q in questions)), stdout=out,
             load_samples=False, on_demand=on_demand)
    return out.getvalue()


def test_a_question_about_a_company_not_stored_fetches_it_then_answers(edgar_server, store):
    recent = publish_tecogen(edgar_server, recent=3, old=1)
    settings = settings_for(edgar_server, answer_mode="rules", llm_model=None)
    out = chat(store, settings, "who sold at Tecogen?", "and the GC?")
    assert "Fetching Tecogen's insider filings from EDGAR, about 3 filings…" in out
    assert "Fetched 3 filings in" in out
    assert "John Whiting" in out and "sold" in out
    assert "Fetched 3 insider filings of TECOGEN INC. (TGEN) from EDGAR just now" in out
    assert "`insiderbot backfill --issuer TGEN`" in out
    with store.reader.connect() as conn:
        assert stored_accessions(conn) == sorted(f.accession for f in recent)
    assert txt_requests(edgar_server) == {f.accession: 1 for f in recent}
    assert out.count("Fetching Tecogen") == 1                 # the follow-up finds it stored


def test_the_cap_is_said_in_the_answer(edgar_server, store):
    publish_tecogen(edgar_server, recent=4, old=0)
    settings = settings_for(edgar_server, answer_mode="rules", llm_model=None, on_demand_max_filings=3)
    out = chat(store, settings, "who sold $TGEN")
    assert "the newest ones: 1 more filing was left out (at most 3 are fetched for a question)" in out


def test_without_a_user_agent_the_answer_says_how_an_admin_loads_it(edgar_server, store):
    publish_tecogen(edgar_server)
    with store.writing() as db:
        replace_tickers(db, [("TGEN", "1537435", "TECOGEN INC.")])
    settings = settings_for(edgar_server, answer_mode="rules", llm_model=None, sec_user_agent=None)
    out = chat(store, settings, "who sold at Tecogen?")
    assert "TECOGEN INC. (TGEN) is not stored" in out
    assert "An admin can load it with `insiderbot backfill --issuer TGEN`." in out
    assert edgar_server.requests == []


def test_on_demand_fetch_false_answers_from_what_is_stored(edgar_server, store):
    publish_tecogen(edgar_server)
    settings = settings_for(edgar_server, answer_mode="rules", llm_model=None, on_demand_fetch=False)
    out = chat(store, settings, "who sold at Tecogen?")
    assert "Fetching" not in out and "No filings are stored yet." in out
    assert edgar_server.requests == []


def test_a_question_naming_two_companies_not_stored_fetches_both_then_answers(edgar_server, store):
    tecogen = publish_tecogen(edgar_server, recent=3, old=1)
    palantir = publish_palantir(edgar_server, recent=2)
    settings = settings_for(edgar_server, answer_mode="rules", llm_model=None)
    out = chat(store, settings, "compare TGEN and PLTR insider sales")
    assert "John Whiting" in out and "David Glazer" in out
    assert "Fetching Tecogen's insider filings from EDGAR, about 3 filings…" in out
    assert "Fetching Palantir Technologies' insider filings from EDGAR, about 2 filings…" in out
    assert "Fetched 5 filings of 2 companies in" in out
    assert "Fetched 3 insider filings of TECOGEN INC. (TGEN) from EDGAR just now" in out
    assert "Fetched 2 insider filings of Palantir Technologies Inc. (PLTR) from EDGAR just now" in out
    with store.reader.connect() as conn:
        assert stored_accessions(conn) == sorted(f.accession for f in tecogen + palantir)


def test_the_cap_applies_to_each_company_and_the_answer_says_what_was_left_out(edgar_server, store):
    publish_tecogen(edgar_server, recent=4, old=0)
    publish_palantir(edgar_server, recent=3)
    settings = settings_for(edgar_server, answer_mode="rules", llm_model=None, on_demand_max_filings=2)
    out = chat(store, settings, "did anyone sell at $tgen or $pltr")
    assert "TECOGEN INC. (TGEN) from EDGAR just now (filed since" in out
    assert "the newest ones: 2 more filings were left out (at most 2 are fetched for a question)" in out
    assert "the newest ones: 1 more filing was left out (at most 2 are fetched for a question)" in out


def test_without_a_user_agent_each_company_is_said_not_stored(edgar_server, store):
    with store.writing() as db:
        replace_tickers(db, [("TGEN", "1537435", "TECOGEN INC."), ("PLTR", "1321655", "Palantir Technologies Inc.")])
    settings = settings_for(edgar_server, answer_mode="rules", llm_model=None, sec_user_agent=None)
    out = chat(store, settings, "compare Tecogen and Palantir insider sales")
    assert "TECOGEN INC. (TGEN) is not stored" in out and "Palantir Technologies Inc. (PLTR) is not stored" in out
    assert "`insiderbot backfill --issuer TGEN`" in out and "`insiderbot backfill --issuer PLTR`" in out
    assert edgar_server.requests == []


def test_a_chart_of_a_company_not_stored_fetches_it_then_draws_it(edgar_server, store, tmp_path):
    recent = publish_tecogen(edgar_server, recent=3, old=0)
    settings = settings_for(edgar_server, answer_mode="rules", llm_model=None)
    out = io.StringIO()
    on_demand = OnDemand.from_settings(settings, store, limiter=RateLimiter(1000))
    run_chat(store, settings=settings, stdin=io.StringIO("chart $TGEN insider sales\n"), stdout=out,
             load_samples=False, on_demand=on_demand, chart_dir=tmp_path)
    text = out.getvalue()
    assert "Fetching Tecogen's insider filings from EDGAR, about 3 filings…" in text
    pngs = list(tmp_path.glob("*.png"))
    assert len(pngs) == 1 and str(pngs[0]) in text
    assert "Fetched 3 insider filings of TECOGEN INC. (TGEN) from EDGAR just now" in text
    with store.reader.connect() as conn:
        assert stored_accessions(conn) == sorted(f.accession for f in recent)

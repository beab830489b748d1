"""Fetching a company on demand (``bot.ingest.on_demand``), against the EDGAR stand-in over real HTTP: the
last ON_DEMAND_YEARS through the issuer road, once per company even when questions come together, the cap,
the process's rate limiter, the sync's database lock, and the settings that turn it off."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from edgar_server import EdgarTestServer, settings_for
from on_demand_world import CIK, publish_tecogen, stored_accessions, txt_requests

from bot.edgar.ratelimit import RateLimiter
from bot.ingest.locks import DbLock
from bot.ingest.on_demand import OnDemand, years_before
from storage.db import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "insiderbot.db") as store:
        _ = store.writer  # the database exists (migrated), as a running process's does
        yield store


def stored(store: Store) -> list[str]:
    with store.reader.connect() as conn:
        return stored_accessions(conn)


def test_a_company_is_fetched_for_its_last_two_years_and_not_again(edgar_server, store):
    recent = publish_tecogen(edgar_server, recent=3, old=2)
    on_demand = OnDemand.from_settings(settings_for(edgar_server), store, limiter=RateLimiter(1000))
    announced: list[int | None] = []
    result = on_demand.fetch(CIK, label="Tecogen", announce=announced.append)
    assert stored(store) == sorted(f.accession for f in recent)            # nothing older than two years
    assert (result.new, result.left_out, result.error, result.shared) == (3, 0, None, False)
    assert result.since == years_before(date.today(), 2) and announced == [3]
    assert txt_requests(edgar_server) == {f.accession: 1 for f in recent}

    again = on_demand.fetch(CIK)
    assert again.shared and again.new == 3
    assert len(edgar_server.paths("/submissions/")) == 1 and sum(txt_requests(edgar_server).values()) == 3


def test_two_questions_at_once_fetch_the_company_once(store):
    with EdgarTestServer(delay=0.1) as server:
        recent = publish_tecogen(server, recent=4, old=0)
        on_demand = OnDemand.from_settings(settings_for(server), store, limiter=RateLimiter(1000))
        results, announced = [], []
        start = threading.Barrier(2)

        def ask() -> None:
            start.wait()
            results.append(on_demand.fetch(CIK, announce=announced.append))

        threads = [threading.Thread(target=ask) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert sorted(r.shared for r in results) == [False, True] and {r.new for r in results} == {4}
        assert sorted(announced, key=str) == [4, None]   # the second question was told it waits for the first
        assert server.paths("/submissions/") == [f"/submissions/CIK{int(CIK):010d}.json"]
        assert txt_requests(server) == {f.accession: 1 for f in recent}
        assert stored(store) == sorted(f.accession for f in recent)


def test_the_cap_keeps_the_newest_and_says_how_many_were_left_out(edgar_server, store):
    recent = publish_tecogen(edgar_server, recent=5, old=1)
    settings = settings_for(edgar_server, on_demand_max_filings=2)
    result = OnDemand.from_settings(settings, store, limiter=RateLimiter(1000)).fetch(CIK)
    assert (result.new, result.left_out, result.cap) == (2, 3, 2)
    assert stored(store) == sorted(f.accession for f in recent[:2])       # the newest two


def test_on_demand_years_sets_the_period(edgar_server, store):
    publish_tecogen(edgar_server, recent=2, old=2)
    settings = settings_for(edgar_server, on_demand_years=5)
    result = OnDemand.from_settings(settings, store, limiter=RateLimiter(1000)).fetch(CIK)
    assert result.new == 4 and result.since == years_before(date.today(), 5)


def test_requests_go_through_the_rate_limiter_it_is_handed(edgar_server, store):
    """The process's one limiter (built by the composition root) paces the fetch, whatever SEC_MAX_RPS says."""
    publish_tecogen(edgar_server, recent=4, old=0)
    on_demand = OnDemand.from_settings(settings_for(edgar_server, sec_max_rps=10), store, limiter=RateLimiter(2))
    on_demand.fetch(CIK)
    assert len(edgar_server.requests) == 5 and edgar_server.max_in_any_window(1.0) <= 2


def test_on_demand_fetch_false_turns_it_off(edgar_server, store):
    assert OnDemand.from_settings(settings_for(edgar_server, on_demand_fetch=False), store,
                                  limiter=RateLimiter(10)) is None


def test_without_a_user_agent_nothing_is_fetched(edgar_server, store):
    publish_tecogen(edgar_server)
    on_demand = OnDemand.from_settings(settings_for(edgar_server, sec_user_agent=None), store, limiter=RateLimiter(10))
    assert on_demand is not None and not on_demand.can_fetch
    on_demand.refresh_tickers()
    assert on_demand.fetch(CIK).error == "SEC_USER_AGENT is not set"
    assert edgar_server.requests == [] and stored(store) == []


def test_a_running_sync_is_waited_for_then_the_fetch_goes_on(edgar_server, store):
    recent = publish_tecogen(edgar_server, recent=2, old=0)
    settings = settings_for(edgar_server)
    with store.job_writer() as db:
        lock = DbLock(db)
        lock.acquire()
        waiting = OnDemand(settings, store, OnDemand.from_settings(settings, store, limiter=RateLimiter(1000)).client,
                           lock_wait=0.1)
        busy = waiting.fetch(CIK)
        assert busy.error and "sync is running" in busy.error and stored(store) == []
        lock.release()
    assert waiting.fetch(CIK).new == 2 and stored(store) == sorted(f.accession for f in recent)


def test_a_company_edgar_does_not_list_is_an_error_not_a_crash(edgar_server, store):
    result = OnDemand.from_settings(settings_for(edgar_server), store, limiter=RateLimiter(1000)).fetch("999999")
    assert result.error == "EDGAR lists no filings for this company" and result.new == 0


def test_the_ticker_table_is_refreshed_at_most_daily(edgar_server, store):
    publish_tecogen(edgar_server)
    on_demand = OnDemand.from_settings(settings_for(edgar_server), store, limiter=RateLimiter(1000))
    on_demand.refresh_tickers()
    on_demand.refresh_tickers()
    assert edgar_server.paths("/files/company_tickers.json") == ["/files/company_tickers.json"]
    with store.reader.connect() as conn:
        assert conn.execute("SELECT cik FROM company_tickers WHERE ticker = 'TGEN'").fetchone()[0] == CIK


def test_years_before_a_leap_day():
    assert years_before(date(2028, 2, 29), 2) == date(2026, 2, 28)

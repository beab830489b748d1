"""Fetching the several companies one question names (``OnDemand.fetch_each``), against the EDGAR stand-in
over real HTTP: one company after the other, the cap applied to each, every request through the one rate
limiter, and one fetch per company even when two questions name the same companies in another order."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pytest
from edgar_server import EdgarTestServer, settings_for
from on_demand_world import CIK, PLTR_CIK, publish_palantir, publish_tecogen, stored_accessions, txt_requests

from bot.edgar.ratelimit import RateLimiter
from bot.ingest.on_demand import OnDemand
from storage.db import Store

TECOGEN_PATH = f"CIK{int(CIK):010d}"
PALANTIR_PATH = f"CIK{int(PLTR_CIK):010d}"


@dataclass(frozen=True)
class Named:
    """A company as a front end names it (``MissingCompany`` has the same two fields)."""

    cik: str
    label: str


TECOGEN, PALANTIR = Named(CIK, "TECOGEN INC. (TGEN)"), Named(PLTR_CIK, "Palantir Technologies Inc. (PLTR)")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "insiderbot.db") as store:
        _ = store.writer
        yield store


def stored(store: Store) -> list[str]:
    with store.reader.connect() as conn:
        return stored_accessions(conn)


def whose(path: str) -> str:
    """Which company a request was for: its submissions JSON or one of its filings."""
    if TECOGEN_PATH in path or "/0001537435" in path:
        return "TGEN"
    return "PLTR" if PALANTIR_PATH in path or "/0001321655" in path else path


def test_the_companies_are_fetched_one_after_the_other_each_with_its_own_cap(edgar_server, store):
    tecogen = publish_tecogen(edgar_server, recent=4, old=1)
    palantir = publish_palantir(edgar_server, recent=3)
    on_demand = OnDemand.from_settings(settings_for(edgar_server, on_demand_max_filings=2), store,
                                       limiter=RateLimiter(1000))
    announced: list[tuple[str, int | None]] = []
    fetched = on_demand.fetch_each([TECOGEN, PALANTIR], announce=lambda c, n: announced.append((c.cik, n)))

    assert [(c, r.new, r.left_out, r.cap) for c, r in fetched] == [(TECOGEN, 2, 2, 2), (PALANTIR, 2, 1, 2)]
    assert announced == [(CIK, 2), (PLTR_CIK, 2)]
    assert stored(store) == sorted(f.accession for f in tecogen[:2] + palantir[:2])   # the newest of each
    order = [whose(p) for p in edgar_server.paths() if p != "/files/company_tickers.json"]
    assert order == ["TGEN"] * 3 + ["PLTR"] * 3                  # Tecogen's listing and filings, then Palantir's


def test_every_request_goes_through_the_one_rate_limiter(edgar_server, store):
    publish_tecogen(edgar_server, recent=3, old=0)
    publish_palantir(edgar_server, recent=3)
    on_demand = OnDemand.from_settings(settings_for(edgar_server, sec_max_rps=10), store, limiter=RateLimiter(3))
    on_demand.fetch_each([TECOGEN, PALANTIR])
    assert len(edgar_server.requests) == 8 and edgar_server.max_in_any_window(1.0) <= 3


def test_two_questions_naming_the_same_companies_in_another_order_fetch_each_once(store):
    with EdgarTestServer(delay=0.05) as server:
        tecogen = publish_tecogen(server, recent=3, old=0)
        palantir = publish_palantir(server, recent=3)
        on_demand = OnDemand.from_settings(settings_for(server), store, limiter=RateLimiter(1000))
        results: dict[str, list] = {}
        start = threading.Barrier(2)

        def ask(name: str, companies: list[Named]) -> None:
            start.wait()
            results[name] = on_demand.fetch_each(companies)

        threads = [threading.Thread(target=ask, args=("first", [TECOGEN, PALANTIR])),
                   threading.Thread(target=ask, args=("second", [PALANTIR, TECOGEN]))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not any(thread.is_alive() for thread in threads)   # no deadlock
        for name in ("first", "second"):
            assert {c.cik: (r.new, r.error) for c, r in results[name]} == {CIK: (3, None), PLTR_CIK: (3, None)}
        assert sorted(server.paths("/submissions/")) == sorted([f"/submissions/{TECOGEN_PATH}.json",
                                                                f"/submissions/{PALANTIR_PATH}.json"])
        assert txt_requests(server) == {f.accession: 1 for f in tecogen + palantir}
        assert stored(store) == sorted(f.accession for f in tecogen + palantir)


def test_once_the_bot_is_stopping_the_companies_left_are_not_fetched(edgar_server, store):
    publish_tecogen(edgar_server, recent=2, old=0)
    publish_palantir(edgar_server, recent=2)
    on_demand = OnDemand.from_settings(settings_for(edgar_server), store, limiter=RateLimiter(1000))
    on_demand.stop()
    fetched = on_demand.fetch_each([TECOGEN, PALANTIR])
    assert [r.error for _, r in fetched] == ["the bot is stopping"] * 2 and edgar_server.requests == []

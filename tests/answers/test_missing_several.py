"""``missing_companies``: every company a question names that has no filings stored but that the SEC's ticker
table knows, as the answer engine reads the question (each part of a comparison, each company of "X or Y"),
and what the front ends say about several of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from missing_world import robotics_with_tickers

from bot.answers.missing import MissingCompany, after_fetches, fetching_text, missing_companies

TICKERS = [("AAPL", "320193", "Apple Inc."), ("MSFT", "789019", "MICROSOFT CORP"), ("TSLA", "1318605", "Tesla, Inc."),
           ("PLTR", "1321655", "Palantir Technologies Inc."), ("TGEN", "1537435", "TECOGEN INC."),
           ("NVDA", "1045810", "NVIDIA CORP"), ("EXRB", "990001", "Example Robotics Inc.")]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    """The robotics samples stored (EXRB), and a ticker table naming it and companies not stored."""
    return robotics_with_tickers(tmp_path_factory.mktemp("several") / "insiderbot.db", TICKERS)


@pytest.mark.parametrize("question, tickers", [
    ("compare TSLA and PLTR insider sales", ["TSLA", "PLTR"]),
    ("TSLA vs PLTR sales in 2021", ["TSLA", "PLTR"]),
    ("compare Tesla and Palantir insider sales", ["TSLA", "PLTR"]),
    ("did anyone buy at $aapl or $msft", ["AAPL", "MSFT"]),
    ("who sold at Apple or Microsoft", ["AAPL", "MSFT"]),
    ("tsla and pltr sales", ["TSLA", "PLTR"]),
    ("did anyone buy at EXRB or NVDA", ["NVDA"]),                 # the stored one is not fetched
    ("sales at Example Robotics or Nvidia", ["NVDA"]),
    ("compare EXRB and NVDA insider sales", ["NVDA"]),
    ("who sold $TGEN", ["TGEN"]),                                  # one company, as before
    ("chart $TSLA insider sales", ["TSLA"]),
    ("what did the CEO of EXRB sell", []),                         # a stored company only
    ("did the CEO and CFO of EXRB sell", []),
    ("CEO purchases", []),
    ("", []),
])
def test_the_companies_a_question_names_that_are_not_stored(db_path, question, tickers):
    assert [c.ticker for c in missing_companies(question, db_path)] == tickers


def test_a_database_that_does_not_exist_names_none(tmp_path):
    assert missing_companies("compare TSLA and PLTR", tmp_path / "none.db") == []


TECOGEN = MissingCompany("1537435", "TGEN", "TECOGEN INC.", "TGEN")
PALANTIR = MissingCompany("1321655", "PLTR", "Palantir Technologies Inc.", "PLTR")


def test_the_placeholder_names_every_company_with_its_count_once_known():
    assert fetching_text([TECOGEN]) == "Fetching Tecogen's insider filings from EDGAR…"
    assert fetching_text([TECOGEN, PALANTIR]) == ("Fetching the insider filings of Tecogen and Palantir Technologies "
                                                  "from EDGAR…")
    assert fetching_text([TECOGEN, PALANTIR], counts={TECOGEN.cik: 40}) == (
        "Fetching the insider filings of Tecogen (about 40) and Palantir Technologies from EDGAR…")


@dataclass
class Outcome:
    since: dt.date = dt.date(2024, 12, 7)
    cap: int = 2
    new: int = 2
    left_out: int = 0
    error: str | None = None


def test_several_fetches_give_a_note_each_and_the_engine_answers():
    instead, notes = after_fetches([(TECOGEN, Outcome(left_out=3)), (PALANTIR, Outcome(error="EDGAR said 404"))],
                                   "slack")
    assert instead is None
    assert notes[0].startswith("Fetched 2 insider filings of TECOGEN INC. (TGEN)") and "3 more filings" in notes[0]
    assert notes[1] == "Palantir Technologies Inc. (PLTR) is not stored: none of its insider filings are in this " \
                       "bot's database yet."
    assert "Fetching it from EDGAR failed just now (EDGAR said 404)." in notes


def test_when_none_can_be_fetched_one_answer_names_each_and_the_shared_hint_comes_last():
    instead, notes = after_fetches([(TECOGEN, None), (PALANTIR, None)], "terminal")
    assert notes == [] and instead is not None and instead.kind == "no_match"
    assert instead.headline.startswith("TECOGEN INC. (TGEN) is not stored") and "Palantir" in instead.headline
    assert instead.notes == ["An admin can load it with `insiderbot backfill --issuer TGEN`.",
                             "An admin can load it with `insiderbot backfill --issuer PLTR`.",
                             "With SEC_USER_AGENT set, a question about it fetches it from EDGAR on demand."]

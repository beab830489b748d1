"""``missing_company``: the company a question names that has no filings stored but that the SEC's ticker
table (cached in the database) knows; and what the front ends say about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from missing_world import robotics_with_tickers

from bot.answers.missing import MissingCompany, after_fetch, fetching_text, missing_company, not_stored_answer
from storage.db import open_db

TICKERS = [("AAPL", "320193", "Apple Inc."), ("APLE", "1418121", "Apple Hospitality REIT, Inc."),
           ("TGEN", "1537435", "TECOGEN INC."), ("PLTR", "1321655", "Palantir Technologies Inc."),
           ("EXRB", "990001", "Example Robotics Inc."), ("GRN", "555", "Green Fields Corp"),
           ("GRNB", "556", "Green Bridge Inc.")]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    """The robotics samples stored, and a ticker table naming them and companies not stored."""
    return robotics_with_tickers(tmp_path_factory.mktemp("missing") / "insiderbot.db", TICKERS)


@pytest.mark.parametrize("question, ticker", [
    ("What options did Tecogen's GC get?", "TGEN"),
    ("who sold $TGEN", "TGEN"),
    ("TGEN insiders", "TGEN"),
    ("tgen options", "TGEN"),
    ("latest insider activity at TGEN", "TGEN"),
    ("sales at Apple", "AAPL"),            # the title that is exactly "Apple", not Apple Hospitality REIT
    ("Palantir sales", "PLTR"),            # the one title that starts with the name
])
def test_a_company_the_ticker_table_knows_and_nothing_stored_is_missing(db_path, question, ticker):
    found = missing_company(question, db_path)
    assert found is not None and found.ticker == ticker


@pytest.mark.parametrize("question", [
    "who sold at Example Robotics",       # stored
    "who sold $EXRB",                     # stored, by ticker
    "sales at Green",                     # two titles start so: not a guess
    "Musk sales",                         # no company by that name
    "CEO purchases",                      # no company at all
    "what about his options?",            # a follow-up names none
    "",
])
def test_no_missing_company(db_path, question):
    assert missing_company(question, db_path) is None


def test_without_a_ticker_table_nothing_is_missing(tmp_path):
    path = tmp_path / "empty.db"
    open_db(path).close()
    assert missing_company("who sold $TGEN", path) is None
    assert missing_company("who sold $TGEN", tmp_path / "absent.db") is None


TECOGEN = MissingCompany("1537435", "TGEN", "TECOGEN INC.", "Tecogen")


def test_names_and_the_placeholder():
    assert TECOGEN.label == "TECOGEN INC. (TGEN)" and TECOGEN.short_name == "Tecogen"
    assert fetching_text(TECOGEN, 40) == "Fetching Tecogen's insider filings from EDGAR, about 40 filings…"
    assert fetching_text(TECOGEN) == "Fetching Tecogen's insider filings from EDGAR…"
    assert MissingCompany("1", "ABC", "Abbott Labs", "x").possessive == "Abbott Labs'"


def test_not_stored_says_how_an_admin_loads_it_and_the_command_only_in_the_terminal():
    terminal = not_stored_answer(TECOGEN, "terminal").text
    slack = not_stored_answer(TECOGEN, "slack").text
    assert "TECOGEN INC. (TGEN) is not stored" in terminal and "`insiderbot backfill --issuer TGEN`" in terminal
    assert "TECOGEN INC. (TGEN) is not stored" in slack and "Ask an admin to load it." in slack
    assert "insiderbot" not in slack


@dataclass
class Outcome:
    since: dt.date = dt.date(2024, 12, 6)
    cap: int = 300
    new: int = 40
    left_out: int = 0
    error: str | None = None


def test_after_a_fetch_the_notes_say_what_was_fetched_and_left_out():
    instead, notes = after_fetch(TECOGEN, Outcome(), "slack")
    assert instead is None and notes == [
        "Fetched 40 insider filings of TECOGEN INC. (TGEN) from EDGAR just now (filed since Dec 6, 2024); older "
        "filings are not loaded. Ask an admin to load them."]
    _, capped = after_fetch(TECOGEN, Outcome(new=300, left_out=112), "terminal")
    assert "112 more filings were left out (at most 300 are fetched for a question)" in capped[0]
    assert "`insiderbot backfill --issuer TGEN`" in capped[0]
    failed, _ = after_fetch(TECOGEN, Outcome(new=0, error="EDGAR refused"), "slack")
    assert failed is not None and "EDGAR refused" in failed.text and "is not stored" in failed.text
    nothing, _ = after_fetch(TECOGEN, Outcome(new=0), "slack")
    assert nothing is not None and "no insider filings of TECOGEN INC. (TGEN) filed since Dec 6, 2024" in nothing.text

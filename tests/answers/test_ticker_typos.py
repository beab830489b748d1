"""A "$TICKER" one keystroke from a stored one (bot/answers/resolve.py ``_typo_of_stored``): read as the stored
company, said first, only when the SEC's ticker table is loaded and does not know the symbol; a symbol the table
knows is another company, never the stored one; without the table the question is asked back; an alert rule is
never set on a guess."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from missing_world import robotics_with_tickers

from bot.alerts.rules import Refused, read_rule
from bot.answers.engine import answer

TICKERS = [("EXRB", "990001", "Example Robotics Inc."), ("EXRX", "4242", "Exrx Other Corp")]
TODAY = dt.date(2026, 12, 7)


@pytest.fixture(scope="module")
def with_table(tmp_path_factory) -> Path:
    return robotics_with_tickers(tmp_path_factory.mktemp("typos") / "insiderbot.db", TICKERS)


@pytest.mark.parametrize(("question", "said", "not_said"), [
    # a typo the table does not know: read as the stored company, said before the answer
    ("$EXBR sales", ["No company with the ticker EXBR is stored; read as Example Robotics Inc. (EXRB), one "
                     "keystroke away.", "Jane A. Doe", "$43.05"], ["Did you mean"]),
    ("$EXRBB insider sales", ["read as Example Robotics Inc. (EXRB)"], []),
    # a ticker the table knows is another company: never answered as Example Robotics
    ("$EXRX sales", [], ["read as Example Robotics", "Jane A. Doe"]),
    # two tickers: nothing is guessed
    ("$EXBR and $EXRX sales", [], ["read as Example Robotics"]),
])
def test_a_dollar_ticker_one_keystroke_off(with_table, rules_settings, question, said, not_said):
    text = answer(question, with_table, today=TODAY, settings=rules_settings).text
    assert all(s in text for s in said), text
    assert not any(s in text for s in not_said), text


def test_without_the_ticker_table_the_question_is_asked_back(samples_db, rules_settings):
    text = answer("$EXBR sales", samples_db, today=TODAY, settings=rules_settings).text
    assert "No company with the ticker EXBR is stored. Did you mean:" in text
    assert "Example Robotics Inc. (EXRB)" in text and "Jane A. Doe" not in text


def test_an_alert_is_never_set_on_a_guess(with_table):
    reading = read_rule("insider sales at $EXBR", with_table, today=TODAY)
    assert isinstance(reading, Refused) and "No company with the ticker EXBR is stored" in reading.reason

"""The query budget (#12): every answer's reads run under ANSWER_TIME_BUDGET_SECONDS; a question still slow
then is answered in about that time with what was found and how to narrow it, on every surface, never an error.

The database is a real one made big by copying its filings (``tests/busy_db.py``), so questions over every
company read a couple of hundred thousand rows; a tiny budget (1 ms) makes any of them run out of time.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from busy_db import fan_out
from click.testing import CliRunner

from bot.answers import query
from bot.answers.budget import Budget, Partial, narrowing, over_budget_answer, partial_read
from bot.answers.engine import answer
from bot.answers.filters import Filters
from bot.chat import run_chat
from bot.cli import cli
from bot.config import Settings
from storage.db import Store

TODAY = dt.date(2024, 7, 1)
TINY = 0.001
SLOW_QUESTIONS = ["sales by directors", "option grants", "who sold shares", "total sales by officers"]


@pytest.fixture(scope="module")
def busy_db(samples_db: Path, tmp_path_factory) -> Path:
    """The samples, each filing copied 8,000 times back a day at a time: about 70,000 rows over 22 years."""
    return fan_out(samples_db, tmp_path_factory.mktemp("busy") / "busy.db", 8000)


def budgeted(seconds: float) -> Settings:
    return Settings(_env_file=None, answer_mode="rules", llm_model=None, answer_time_budget_seconds=seconds)


def test_the_budget_is_a_setting_of_2_seconds_by_default(monkeypatch) -> None:
    assert Settings(_env_file=None).answer_time_budget_seconds == 2.0
    monkeypatch.setenv("ANSWER_TIME_BUDGET_SECONDS", "0.5")
    assert Settings(_env_file=None).answer_time_budget_seconds == 0.5
    assert Budget(2.0).main + Budget(2.0).partial < 2.0  # the partial read fits in the budget


@pytest.mark.parametrize("question", SLOW_QUESTIONS)
def test_a_question_over_the_budget_gets_what_was_found_and_how_to_narrow_it(busy_db, question) -> None:
    result = answer(question, busy_db, settings=budgeted(TINY), today=TODAY)
    assert result.kind == "partial" and result.query["over_budget"] is True
    assert result.headline.startswith("This took too long over all ")
    assert "(the time budget is 0.001 s)" in result.headline
    assert any(note.startswith("Narrow it by ") for note in result.notes)
    assert "Traceback" not in result.text and "interrupted" not in result.text


def test_a_question_within_the_budget_is_answered_as_always(busy_db) -> None:
    result = answer("sales by directors", busy_db, settings=budgeted(60.0), today=TODAY)
    assert result.kind == "records" and result.records


def test_an_answer_over_the_budget_comes_in_about_the_budget(busy_db) -> None:
    unbounded = time.perf_counter()
    answer("sales by directors", busy_db, settings=budgeted(60.0), today=TODAY)
    unbounded = time.perf_counter() - unbounded
    started = time.perf_counter()
    result = answer("sales by directors", busy_db, settings=budgeted(0.2), today=TODAY)
    taken = time.perf_counter() - started
    assert result.kind == "partial"
    assert taken < 0.2 + 0.5, taken  # the budget, and the start of a Python call or two on a busy machine
    assert taken < unbounded, (taken, unbounded)


def test_the_totals_found_in_time_are_exact_for_the_dates_they_name(busy_db) -> None:
    """Each window of dates is counted whole or not at all: whatever was read in time, its totals are what
    the rows of those dates give."""
    sales = Filters(kinds=("sell",))
    for seconds in (0.02, 0.2, 60.0):
        found = partial_read(busy_db, sales, seconds)
        if found.first is None:
            continue
        with query.connect(busy_db, time_limit=60) as conn:
            _, exact = query.entries_page(conn, Filters(kinds=("sell",), date_from=found.first, date_to=found.last),
                                          limit=1)
        assert found.transactions == exact, seconds
        assert [r["transaction_date"] for r in found.rows] == sorted((r["transaction_date"] for r in found.rows),
                                                                      reverse=True)
    assert found.complete and found.rows  # the last, with a whole minute, read every date


@pytest.mark.parametrize("named, hint", [
    ({}, "Narrow it by a company (“… at TSLA”), a person (“… by Elon Musk”) or a year (“… in 2023”)."),
    ({"company": "TSLA"}, "Narrow it by a person (“… by Elon Musk”) or a year (“… in 2023”)."),
    ({"company": "TSLA", "insider": "Musk"}, "Narrow it by a year (“… in 2023”)."),
    ({"company": "TSLA", "insider": "Musk", "date_from": dt.date(2023, 1, 1)},
     "Narrow it to a shorter time (“… in March 2024”) or one kind of trade (“sales”, “purchases”)."),
])
def test_the_hint_names_what_the_question_did_not(named, hint) -> None:
    understanding = SimpleNamespace(**{"company": None, "insider": None, "date_from": None, "date_to": None, **named})
    assert narrowing(understanding) == hint


@pytest.mark.parametrize("aggregation, said", [
    ("late", "Which of them were filed late is worked out from the rows after reading them"),
    ("not_plan_10b5_1", "Which of them were not under a 10b5-1 plan is worked out"),
    ("list", None),
])
def test_a_condition_checked_after_reading_is_said_not_applied(aggregation, said) -> None:
    understanding = SimpleNamespace(company=None, insider=None, date_from=None, date_to=None,
                                    spec=SimpleNamespace(aggregation=aggregation))
    found = Partial(first=dt.date(2024, 5, 1), last=dt.date(2024, 6, 3))
    notes = over_budget_answer(found, understanding, 2.0, 100).notes
    assert any(note.startswith(said) for note in notes) if said else not any("worked out" in n for n in notes)


def test_insiderbot_ask_prints_the_partial_answer_and_exits_0(busy_db, monkeypatch) -> None:
    monkeypatch.setenv("ANSWER_TIME_BUDGET_SECONDS", str(TINY))
    monkeypatch.setenv("ON_DEMAND_FETCH", "false")
    result = CliRunner().invoke(cli, ["ask", "sales by directors", "--mode", "rules", "--today", "2024-07-01",
                                      "--db", str(busy_db)], obj={})
    assert result.exit_code == 0, result.output
    assert "This took too long over all " in result.output and "Narrow it by " in result.output
    assert "Traceback" not in result.output


def test_the_chat_prints_the_partial_answer_and_goes_on(busy_db) -> None:
    out = io.StringIO()
    with Store(busy_db) as store:
        answered = run_chat(store, settings=budgeted(TINY), stdin=io.StringIO("sales by directors\nhelp\n"),
                            stdout=out, today=TODAY, load_samples=False)
    assert answered == 1
    assert "This took too long over all " in out.getvalue() and "Narrow it by " in out.getvalue()
    assert "Traceback" not in out.getvalue()


def test_over_the_budget_options_are_counted_apart_from_shares(busy_db) -> None:
    """An exercise reports options given up and shares received: the quick count never adds them together."""
    found = partial_read(busy_db, Filters(kinds=("exercise",)), 30.0)
    assert found.complete
    by_kind = {(g.code, g.derivative) for g in found.groups.values()}
    assert ("M", True) in by_kind and ("M", False) in by_kind
    text = over_budget_answer(found, None, 0.001, None).text
    assert "options or other derivatives" in text and "shares" in text


def test_over_the_budget_a_holdings_question_is_not_answered_with_a_count_of_trades(busy_db) -> None:
    result = answer("holdings of directors", busy_db, settings=budgeted(TINY), today=TODAY)
    assert result.kind == "partial"
    assert "nothing could be counted" in result.headline
    assert "matching transactions" not in result.text


def test_over_the_budget_a_10b5_1_question_says_the_plan_check_was_not_applied(busy_db) -> None:
    found = partial_read(busy_db, Filters(kinds=("sell",), plan_only=True), 30.0)
    asked = SimpleNamespace(spec=SimpleNamespace(aggregation="plan_10b5_1"), company=None, insider=None,
                            date_from=None, date_to=None)
    result = over_budget_answer(found, asked, 0.001, None)
    assert found.transactions > 0
    assert any("under a 10b5-1 plan" in note and "no time" in note for note in result.notes)

"""The terminal chat over injected streams: samples on first run, follow-ups, did-you-mean, history."""

from __future__ import annotations

import datetime as dt
import io

from bot.answers.engine import answer
from bot.chat import run_chat
from storage.db import Store

TODAY = dt.date(2026, 11, 29)


def chat(db_path, lines, settings) -> str:
    out = io.StringIO()
    with Store(db_path) as store:
        run_chat(store, settings=settings, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out, today=TODAY)
    return out.getvalue()


def test_first_run_loads_the_samples(tmp_path, rules_settings) -> None:
    db = tmp_path / "fresh.db"
    output = chat(db, ["what options did Tecogen's GC get", "quit"], rules_settings)
    assert "Loaded 5 sample filings (samples, not live data)" in output
    assert "was granted 37,500 stock options (right to buy)" in output
    again = chat(db, ["quit"], rules_settings)
    assert "Loaded" not in again


def test_follow_up_reuses_the_company(samples_db, rules_settings) -> None:
    output = chat(samples_db, ["What did the CFO of Example Biotech do?", "and the 10% owners?", "quit"],
                  rules_settings)
    first, second = output.split("you> and the 10% owners?")
    assert "Alex J. Smith" in first
    assert "Example Ventures Fund II, L.P. (10% owner) and Morgan Lee" in second
    assert "Alex J. Smith" not in second


def test_pronoun_reuses_the_insider(samples_db, rules_settings) -> None:
    output = chat(samples_db, ["Director purchases at Example Robotics", "what does he hold?", "quit"], rules_settings)
    after = output.split("you> what does he hold?")[1]
    assert "Richard Roe held 55,000 shares" in after and "120,000" in after


def test_follow_up_keeps_the_question_kind(samples_db, rules_settings) -> None:
    """'and the CFO?' after a grant question asks about the CFO's grants at the same company."""
    first = answer("what options did Tecogen's GC get", samples_db, settings=rules_settings, today=TODAY)
    second = answer("and the CFO?", samples_db, context=first.context, settings=rules_settings, today=TODAY)
    assert second.kind == "no_match"
    assert second.headline == "No grants and awards (A) in options found for the CFO of Tecogen Inc. (TGEN)."


def test_did_you_mean_then_a_number(samples_db, rules_settings) -> None:
    output = chat(samples_db, ["Example sales", "1", "history", "exit"], rules_settings)
    assert "Which company do you mean by “Example”?" in output
    assert "1. Example Robotics Inc. (EXRB)" in output
    assert "Jane A. Doe, President and CEO, Director of Example Robotics Inc. (EXRB), sold 25,000" in output
    assert "2. sales $EXRB" in output  # the history shows the question as answered


def test_help_and_blank_lines(samples_db, rules_settings) -> None:
    output = chat(samples_db, ["", "help", "quit"], rules_settings)
    assert "For example" in output and output.count("you> ") == 3


def test_pronoun_after_a_one_person_insiders_answer(samples_db, rules_settings) -> None:
    """'who is the CFO?' names one person; 'he' in the next question is that person, not the company."""
    output = chat(samples_db, ["Who is the CFO of Example Biotech?", "what does he hold?", "quit"], rules_settings)
    first, after = output.split("you> what does he hold?")
    assert "Alex J. Smith is the CFO on file for Example Biotech Inc. (EXBT)" in first
    assert "Alex J. Smith held" in after
    assert "Morgan Lee" not in after and "Example Ventures" not in after


def test_bare_total_follows_the_previous_question(samples_db, rules_settings) -> None:
    """'total?' alone totals what was just listed, not every company's trades."""
    output = chat(samples_db, ["What did Jane Doe sell in May 2024?", "total?", "quit"], rules_settings)
    after = output.split("you> total?")[1]
    assert "In total for Jane A. Doe (sales (S) in May 2024): 30,000 shares of common stock" in after
    assert "$1,269,587.50 in total" in after
    assert "Richard Roe" not in after


def test_follow_up_after_a_question_about_no_company(samples_db, rules_settings) -> None:
    """A general question becomes the context: 'and in April?' follows it, not the company asked before."""
    output = chat(samples_db, ["Jane Doe sales", "purchases in June 2024", "and in April 2024?", "quit"],
                  rules_settings)
    after = output.split("you> and in April 2024?")[1]
    assert "bought 200,000 shares of Common Stock" in after
    assert "Jane A. Doe" not in after


def test_follow_up_naming_a_security_replaces_the_transaction(corpus_db, rules_settings) -> None:
    """'what about his options?' after a sales question asks about his options, not option sales."""
    output = chat(corpus_db, ["Kyle Moran sales", "what about his options?", "and sales?", "quit"], rules_settings)
    _, options, sales = output.split("you> ")[1:4]
    assert "5 transactions for Kyle Moran (options)" in options
    assert "reported a disposition of 60,000 share options" in options
    assert "sold" not in options and "No " not in options
    assert "6 transactions for Kyle Moran (sales (S))" in sales


def test_follow_up_naming_a_transaction_replaces_the_security(corpus_db, rules_settings) -> None:
    first = answer("Musk options", corpus_db, settings=rules_settings, today=TODAY)
    second = answer("what about gifts?", corpus_db, context=first.context, settings=rules_settings, today=TODAY)
    assert second.headline.startswith("5 transactions for Elon Musk (gifts (G))"), second.text


def test_did_you_mean_a_ticker_then_a_number(corpus_db, rules_settings) -> None:
    output = chat(corpus_db, ["TLSA sales", "1", "quit"], rules_settings)
    after = output.split("you> 1")[1]
    assert "50 transactions for Tesla, Inc. (TSLA) (sales (S))" in after


def test_bare_how_many_counts_the_previous_question(corpus_db, rules_settings) -> None:
    first = answer("Tesla sales over $1M", corpus_db, settings=rules_settings, today=TODAY)
    second = answer("how many?", corpus_db, context=first.context, settings=rules_settings, today=TODAY)
    assert second.headline == ("46 transactions for Tesla, Inc. (TSLA) (sales (S) worth more than $1,000,000)."), \
        second.text

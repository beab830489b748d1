"""The rules parser: users' words -> roles, securities, transaction kinds, aggregations, name words."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.rules import parse

TODAY = dt.date(2024, 6, 12)


@pytest.mark.parametrize("question, role", [
    ("what options did Tecogen's GC get", "general_counsel"),
    ("general counsel sales", "general_counsel"),
    ("chief legal officer purchases", "general_counsel"),
    ("CLO grants", "general_counsel"),
    ("CEO sales", "ceo"), ("chief executive officer", "ceo"),
    ("CFO", "cfo"), ("COO", "coo"), ("CTO", "cto"), ("chief accounting officer", "cao"), ("CAO", "cao"),
    ("president", "president"), ("chairman", "chair"), ("chair", "chair"),
    ("director purchases", "director"), ("board member buys", "director"),
    ("10% owner sales", "ten_percent_owner"), ("ten percent holders", "ten_percent_owner"),
    ("officer grants", "officer"),
])
def test_roles(question, role) -> None:
    assert parse(question, TODAY).role == role


def test_vice_president_is_not_president() -> None:
    assert parse("vice president sales", TODAY).role != "president"


@pytest.mark.parametrize("question, kind", [
    ("options", "option"), ("stock options", "option"), ("RSUs", "rsu"), ("restricted stock units", "rsu"),
    ("PSUs", "psu"), ("performance shares", "psu"), ("warrants", "warrant"), ("preferred stock", "preferred"),
    ("common stock", "common"),
])
def test_securities(question, kind) -> None:
    assert parse(question, TODAY).security == kind


@pytest.mark.parametrize("question, kind", [
    ("who bought", "buy"), ("purchases", "buy"), ("who sold", "sell"), ("sales", "sell"),
    ("what did he get", "grant"), ("granted", "grant"), ("awarded", "grant"), ("receive", "grant"),
    ("exercised", "exercise"), ("vested", "exercise"), ("tax withholding", "tax_withholding"),
    ("withheld for taxes", "tax_withholding"), ("gifted", "gift"), ("gifts", "gift"), ("converted", "conversion"),
    ("bought or sold", "open_market"), ("open-market trades", "open_market"), ("any transactions", "any"),
])
def test_transactions(question, kind) -> None:
    assert parse(question, TODAY).transaction == kind


@pytest.mark.parametrize("question, aggregation", [
    ("latest activity at Tesla", "latest"), ("most recent filing", "latest"),
    ("list sales", "list"), ("total sales", "total"), ("how many shares did Musk sell", "total"),
    ("net buying", "net"), ("biggest trades", "biggest"), ("top 5 purchases", "biggest"),
    ("how many transactions", "count"), ("how many shares does Musk hold", "holdings"),
    ("what options does Whiting have", "holdings"), ("who are the insiders at Tesla", "insiders"),
    ("10b5-1 sales", "plan_10b5_1"), ("late filings", "late"),
])
def test_aggregations(question, aggregation) -> None:
    assert parse(question, TODAY).aggregation == aggregation


def test_who_sold_lists_trades_not_insiders() -> None:
    parsed = parse("who sold Tesla stock", TODAY)
    assert parsed.aggregation == "list" and parsed.transaction == "sell"


def test_net_and_biggest_default_to_open_market() -> None:
    assert parse("net buying at Tesla", TODAY).transaction == "open_market"
    assert parse("biggest trades", TODAY).transaction == "open_market"


def test_limit() -> None:
    assert parse("top 5 purchases", TODAY).limit == 5
    assert parse("last 3 trades", TODAY).limit == 3


def test_reference_question() -> None:
    parsed = parse("What did TGEN's general counsel receive in September 2023?", TODAY)
    assert parsed.role == "general_counsel"
    assert parsed.transaction == "grant"
    assert (parsed.dates.start, parsed.dates.end) == (dt.date(2023, 9, 1), dt.date(2023, 9, 30))
    assert [t.symbol for t in parsed.tickers] == ["TGEN"]
    assert parsed.name_words == []


def test_names_are_left_for_resolution() -> None:
    parsed = parse("options granted to John Whiting", TODAY)
    assert [w.text for w in parsed.name_words] == ["John", "Whiting"]
    assert parsed.security == "option" and parsed.transaction == "grant"


def test_dollar_ticker_and_possessive() -> None:
    parsed = parse("$tgen and Tecogen's options", TODAY)
    assert parsed.tickers[0].symbol == "TGEN" and parsed.tickers[0].explicit
    assert [w.text for w in parsed.name_words] == ["Tecogen"]


def test_role_acronyms_are_not_tickers() -> None:
    parsed = parse("What did the CEO and CFO sell?", TODAY)
    assert parsed.tickers == []


def test_followups_and_pronouns() -> None:
    assert parse("and the CFO?", TODAY).followup
    assert parse("what about his options?", TODAY).pronoun
    assert not parse("what options did Tecogen's GC get", TODAY).followup


def test_empty_and_filler() -> None:
    assert parse("", TODAY).empty
    assert parse("hello, what can you tell me?", TODAY).empty
    assert not parse("Tecogen", TODAY).empty

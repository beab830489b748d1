"""The answer's shape beyond its rows: the understanding stages read it from the question's words into the
spec (``ask``: terms of a grant, a value that needs a market price; ``vehicle``: the holder of an indirect
position), and ``asks`` decides from the spec alone (so an LLM's spec gets the same answers)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.asks import needs_market_price, vehicle_of, wants_terms
from bot.answers.filters import vehicle_matches
from bot.answers.rules import parse
from bot.answers.spec import QuerySpec

TODAY = dt.date(2026, 11, 29)

SHAPES = [
    # question -> (ask, vehicle)
    ("whats the vesting schedule on whitings grant", ("terms", None)),
    ("when do they expire?", ("terms", None)),
    ("what's the strike?", ("terms", None)),
    ("how do John Whiting's options vest?", ("terms", None)),
    ("RSUs vested at EXBT", (None, None)),
    ("which options were exercised, and at what strike", (None, None)),  # the exercises, each with its price
    ("what's the exercise price", ("terms", None)),
    ("musk 2009 option strike and expiry", ("terms", None)),
    ("how much are her shares worth now", ("market_value", None)),
    ("is that a lot", ("market_value", None)),
    ("what's tsla trading at", ("market_value", None)),
    ("musk net worth in tsla", ("market_value", None)),
    ("wave cfo holdings value", ("market_value", None)),
    ("what were musk's sales worth", (None, None)),  # the dollar value of sales is in the filings
    ("how many tsla shares does elons trust hold now", (None, "trust")),  # "now" is not a value
    ("how much does richard roe hold through the family trust", (None, "trust")),
    ("How many shares does Richard Roe hold indirectly?", (None, "indirect")),
    ("mcguirk holdings held by minor child", (None, "minor child")),
    ("how much does mcguirk hold for his kid", (None, "child")),
    ("how much palantir does thiel hold via sts holdings", (None, "sts holdings")),
    ("how much snow does the cfo hold thru trusts", (None, "trust")),
    ("direct vs indirect holdings for mcguirk", (None, None)),
    ("Richard McGuirk holdings, direct and indirect", (None, None)),
    ("how much oscar does founders fund iv hold", (None, None)),  # a fund's name, read as a name
    ("sales by jane roe", (None, None)),
    ("thiel holdings", (None, None)),
    ("sales by musk", (None, None)),
]


@pytest.mark.parametrize(("question", "shape"), SHAPES)
def test_the_words_choose_the_shape(question: str, shape: tuple) -> None:
    read = parse(question, TODAY)
    assert (read.ask, read.vehicle) == shape


@pytest.mark.parametrize("question, words", [
    ("musk 2009 option strike and expiry", ["musk"]),
    ("$WVE cfo option exercises & strikes", []),
    ("how much snow does the cfo hold thru trusts", ["snow"]),
    ("reid hoffman living trust msft", ["reid", "hoffman", "msft"]),
])
def test_the_words_of_a_shape_are_never_names(question: str, words: list[str]) -> None:
    read = parse(question, TODAY)
    assert [w.text for w in read.name_words] + [t.word.lower() or t.symbol.lower() for t in read.tickers
                                                if not t.explicit] == words


@pytest.mark.parametrize(("spec", "needs"), [
    (QuerySpec(ask="market_value"), True),
    (QuerySpec(ask="market_value", aggregation="net"), False),
    (QuerySpec(ask="terms"), False),
    (QuerySpec(), False),
])
def test_a_market_price_is_needed_only_when_the_spec_asks_a_value_now(spec: QuerySpec, needs: bool) -> None:
    assert needs_market_price(spec) is needs


@pytest.mark.parametrize(("spec", "wants"), [
    (QuerySpec(ask="terms"), True),
    (QuerySpec(ask="terms", transaction="grant"), True),
    (QuerySpec(ask="terms", transaction="exercise"), True),  # "how do his options vest"
    (QuerySpec(ask="terms", transaction="sell"), False),
    (QuerySpec(ask="terms", aggregation="count"), True),  # "how many of his options vest in the first year"
    (QuerySpec(ask="terms", transaction="grant", also_transactions=["sell"]), False),
])
def test_terms_are_answered_for_grants_and_positions(spec: QuerySpec, wants: bool) -> None:
    assert wants_terms(spec) is wants


@pytest.mark.parametrize(("vehicle", "read"), [(None, None), ("indirect", ""), ("Family Trust", "family trust")])
def test_the_vehicle_of_a_spec(vehicle, read) -> None:
    assert vehicle_of(QuerySpec(vehicle=vehicle)) == read


@pytest.mark.parametrize(("vehicle", "texts", "matches"), [
    ("trust", ["By Trust"], True),
    ("family trust", ["By Roe Family Trust"], True),
    ("sts holdings", ["See Footnote", "held of record by STS Holdings II LLC"], True),
    ("iv", ["indirectly"], False),  # a word, not part of one
    ("", ["anything"], True),
    ("llc", ["By Trust"], False),
    # a number names one of a series of vehicles
    ("rivendell 7 llc", ["held of record by Rivendell 7 LLC"], True),
    ("rivendell 7 llc", ["held of record by Rivendell 25 LLC"], False),
    ("rivendell 2", ["By Rivendell 25 LLC"], False),  # a number is whole
    # so is a roman numeral, right after the word before it
    ("founders fund v", ["Shares held by The Founders Fund V, LP"], True),
    ("founders fund v", ["Shares held by The Founders Fund IV, LP"], False),
    ("founders fund v", ["Shares held by The Founders Fund VI, LP (\"FF-VI\")"], False),
    ("founders fund iv", ["Shares held by The Founders Fund IV Principals Fund, LP"], True),
    # the short name a footnote defines
    ("ff-ivp", ['held of record by The Founders Fund IV Principals Fund, LP ("FF-IVP")'], True),
    ("ff-iv", ['held of record by The Founders Fund IV Principals Fund, LP ("FF-IVP")'], False),
])
def test_a_vehicle_is_found_in_the_nature_of_ownership(vehicle: str, texts: list[str], matches: bool) -> None:
    assert vehicle_matches(vehicle, *texts) is matches

"""The answer's shape read from a question's words: terms of a grant, a value that needs a market price, the
vehicle of an indirect holding."""

from __future__ import annotations

import pytest

from bot.answers.asks import Asks, read_asks, vehicle_matches

SHAPES = [
    ("whats the vesting schedule on whitings grant", Asks(terms=True)),
    ("when do they expire?", Asks(terms=True)),
    ("what's the strike?", Asks(terms=True)),
    ("how do John Whiting's options vest?", Asks(terms=True)),
    ("RSUs vested at EXBT", Asks()),
    ("which options were exercised, and at what strike", Asks(terms=True, exercised=True)),
    ("what's the exercise price", Asks(terms=True)),
    ("how much are her shares worth now", Asks(value_now=True, worth=True)),
    ("is that a lot", Asks(value_now=True)),
    ("what's tsla trading at", Asks(value_now=True)),
    ("what were musk's sales worth", Asks(worth=True)),
    ("how much does richard roe hold through the family trust", Asks(vehicle="trust")),
    ("How many shares does Richard Roe hold indirectly?", Asks(vehicle="")),
    ("mcguirk holdings held by minor child", Asks(vehicle="minor child")),
    ("how much does mcguirk hold for his kid", Asks(vehicle="child")),
    ("how much palantir does thiel hold via sts holdings", Asks(vehicle="sts holdings")),
    ("direct vs indirect holdings for mcguirk", Asks()),
    ("thiel holdings", Asks()),
    ("sales by musk", Asks()),
]


@pytest.mark.parametrize(("question", "shape"), SHAPES)
def test_the_words_choose_the_shape(question: str, shape: Asks) -> None:
    assert read_asks(question) == shape


@pytest.mark.parametrize(("worth", "transaction", "needs"), [
    (Asks(worth=True), None, True),
    (Asks(worth=True), "open_market", True),
    (Asks(worth=True), "sell", False),  # the dollar value of sales is in the filings
    (Asks(value_now=True, worth=True), "sell", True),
    (Asks(), None, False),
])
def test_a_market_price_is_needed_for_a_value_of_what_is_held(worth: Asks, transaction, needs: bool) -> None:
    assert worth.needs_market_price(transaction) is needs


@pytest.mark.parametrize(("vehicle", "texts", "matches"), [
    ("trust", ["By Trust"], True),
    ("family trust", ["By Roe Family Trust"], True),
    ("sts holdings", ["See Footnote", "held of record by STS Holdings II LLC"], True),
    ("iv", ["indirectly"], False),  # a word, not part of one
    ("", ["anything"], True),
    ("llc", ["By Trust"], False),
])
def test_a_vehicle_is_found_in_the_nature_of_ownership(vehicle: str, texts: list[str], matches: bool) -> None:
    assert vehicle_matches(vehicle, *texts) is matches

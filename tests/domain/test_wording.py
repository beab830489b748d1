"""One sentence per trade: the answers' wording (price per share, the code in words) and the digest's (a
range of lots, the dollar value, an option's exercise price), from the same verbs."""

from __future__ import annotations

import pytest

from bot.domain.wording import ANSWER, DIGEST, Trade, word_trade

WHITING = "John Whiting, General Counsel & Secretary of Tecogen Inc. (TGEN),"
OPTION = dict(security_title="Stock Option (Right to Buy)", security_kind="option", is_derivative=True)
COMMON = dict(security_title="Common Stock", security_kind="common")


@pytest.mark.parametrize("trade, answer, digest", [
    (Trade(WHITING, "A", 37500, acquired_disposed="A", exercise_price=0.88, date="2023-09-20", **OPTION),
     f"{WHITING} was granted 37,500 stock options (right to buy) on Sep 20, 2023 (code A, grant)",
     f"{WHITING} was granted 37,500 stock options (right to buy) (exercise price $0.88) on Sep 20, 2023"),
    (Trade("Jane Doe (CEO)", "P", 10000, acquired_disposed="A", price=1.05, value=10500, date="2024-03-07", **COMMON),
     "Jane Doe (CEO) bought 10,000 shares of Common Stock at $1.05 per share on Mar 7, 2024 (code P, purchase)",
     "Jane Doe (CEO) bought 10,000 shares of Common Stock at $1.05 for $10,500.00 on Mar 7, 2024"),
    (Trade("Jane Doe", "S", 1500, acquired_disposed="D", price=50, price_high=51.25, value=75600, date="2024-03-07",
           last_date="2024-03-08", **COMMON),
     "Jane Doe sold 1,500 shares of Common Stock at $50.00–$51.25 per share between Mar 7, 2024 and Mar 8, 2024 "
     "(code S, sale)",
     "Jane Doe sold 1,500 shares of Common Stock at $50.00–$51.25 for $75,600.00 between Mar 7, 2024 and "
     "Mar 8, 2024"),
    (Trade("Jane Doe", "M", 1000, acquired_disposed="D", exercise_price=10, date="2024-03-07", **OPTION),
     "Jane Doe exercised 1,000 stock options (right to buy) on Mar 7, 2024 (code M, exercise or conversion)",
     "Jane Doe exercised 1,000 stock options (right to buy) at $10.00 on Mar 7, 2024"),
    (Trade("Jane Doe", "M", 1000, acquired_disposed="A", price=10, date="2024-03-07", **COMMON),
     "Jane Doe acquired 1,000 shares of Common Stock by exercising or converting a derivative security on "
     "Mar 7, 2024 (code M, exercise or conversion)",
     "Jane Doe acquired 1,000 shares of Common Stock by exercising or converting a derivative security on "
     "Mar 7, 2024"),
    (Trade("Jane Doe", "M", 100, "Restricted Stock Units", "rsu", True, "D", date="2024-03-07"),
     "Jane Doe had 100 restricted stock units vest and convert on Mar 7, 2024 (code M, exercise or conversion)",
     "Jane Doe had 100 restricted stock units vest and convert on Mar 7, 2024"),
    (Trade("Jane Doe", "F", 400, acquired_disposed="D", price=49.5, date="2024-03-07", **COMMON),
     "Jane Doe had 400 shares of Common Stock withheld to pay taxes or the exercise price on Mar 7, 2024 "
     "(code F, tax withholding)",
     "Jane Doe had 400 shares of Common Stock withheld to pay taxes or the exercise price on Mar 7, 2024"),
    (Trade("Jane Doe", "G", 300, acquired_disposed="D", date="2024-03-07", **COMMON),
     "Jane Doe gave 300 shares of Common Stock as a gift on Mar 7, 2024 (code G, gift)",
     "Jane Doe gave 300 shares of Common Stock as a gift on Mar 7, 2024"),
    (Trade("A Trust", "G", 1, acquired_disposed="A", **COMMON),
     "A Trust received 1 share of Common Stock as a gift (code G, gift)",
     "A Trust received 1 share of Common Stock as a gift"),
    (Trade("Jane Doe", "J", 5, acquired_disposed="A", date="2024-03-07", **COMMON),
     "Jane Doe acquired 5 shares of Common Stock on Mar 7, 2024 (code J, other)",
     "Jane Doe acquired 5 shares of Common Stock on Mar 7, 2024 (code J, other)"),
    (Trade("Jane Doe", "C", 50, "Series A Preferred Stock", "preferred", True, "D", date="2024-03-07"),
     "Jane Doe converted 50 shares of Series A Preferred Stock on Mar 7, 2024 (code C, conversion)",
     "Jane Doe converted 50 shares of Series A Preferred Stock on Mar 7, 2024"),
    (Trade("A and B of X Corp, filing jointly,", "A", 10, acquired_disposed="A", plural=True, **COMMON),
     "A and B of X Corp, filing jointly, were granted 10 shares of Common Stock (code A, grant)",
     "A and B of X Corp, filing jointly, were granted 10 shares of Common Stock"),
])
def test_word_trade(trade, answer, digest) -> None:
    assert word_trade(trade) == word_trade(trade, ANSWER) == answer
    assert word_trade(trade, DIGEST) == digest


@pytest.mark.parametrize("code, mark, words", [
    ("P", "D", "reported 100 shares of Common Stock at $5.00 per share, coded as a purchase but marked disposed "
               "of, on Mar 7, 2024 (code P, purchase)"),
    ("S", "A", "reported 100 shares of Common Stock at $5.00 per share, coded as a sale but marked acquired, on "
               "Mar 7, 2024 (code S, sale)"),
    ("A", "D", "reported a disposition of 100 shares of Common Stock coded as a grant on Mar 7, 2024 (code A, "
               "grant)"),
])
def test_a_code_its_mark_contradicts_is_never_called_a_trade(code, mark, words) -> None:
    trade = Trade("Jane Doe", code, 100, acquired_disposed=mark, price=5, date="2024-03-07", **COMMON)
    assert word_trade(trade) == f"Jane Doe {words}"


@pytest.mark.parametrize("code", ["A", "M", "X", "F", "G", "C", "J"])
def test_only_open_market_codes_are_bought_or_sold(code) -> None:
    for mark in ("A", "D"):
        text = word_trade(Trade("Jane Doe", code, 100, acquired_disposed=mark, price=5, **COMMON), DIGEST)
        assert " bought " not in text and " sold " not in text and "$5.00" not in text

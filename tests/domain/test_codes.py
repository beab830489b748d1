"""The transaction-code table: every code in words, which codes are open-market trades, which way each moves
shares, where the digest and the totals file it, and the prompts that list codes agree with it."""

from __future__ import annotations

import re
import string

import pytest

from bot.domain.codes import (
    CODES,
    OPEN_MARKET_CODES,
    SECURITY_FREE_CODES,
    TRANSACTION_KINDS,
    category_of,
    code_meaning,
    code_word,
    direction_conflicts,
    expected_direction,
    group_name,
    has_dollar_value,
    is_open_market,
)
from prompts import load_prompt

# The codes of the SEC's Form 4 instructions (General Instruction 8).
FORM4_CODES = "PSVAGDFIMCEHOXUZJWLK"


def test_the_table_holds_every_form4_code() -> None:
    assert set(CODES) == set(FORM4_CODES)


@pytest.mark.parametrize("letter", sorted(CODES))
def test_every_code_has_words(letter) -> None:
    code = CODES[letter]
    assert code.letter == letter
    assert code.word and code.meaning and code.verb
    assert code_word(letter) == code_word(letter.lower()) == code.word
    assert code_meaning(letter) == code.meaning
    assert code.direction in (None, "A", "D") and code.derivative_direction in (None, "A", "D")


@pytest.mark.parametrize("letter", sorted(CODES) + ["Q", "", None])
def test_open_market_codes_are_exactly_purchases_and_sales(letter) -> None:
    assert is_open_market(letter) == (letter in ("P", "S"))


@pytest.mark.parametrize("letter", sorted(CODES) + ["f", "Q", "", None])
def test_dollar_values_are_trades_on_the_market_and_shares_withheld_for_taxes(letter) -> None:
    assert has_dollar_value(letter) == (letter in ("P", "S", "F", "f"))


def test_named_members() -> None:
    assert OPEN_MARKET_CODES == ("P", "S")
    assert SECURITY_FREE_CODES == ("F",)
    assert (code_word(None), code_word("Q"), code_meaning("Q")) == ("holding", "code Q", None)


@pytest.mark.parametrize("code, derivative, expected", [
    ("P", None, "A"), ("S", None, "D"), ("A", True, "A"), ("F", False, "D"),
    ("M", None, None), ("M", True, "D"), ("M", False, "A"), ("X", True, "D"), ("O", False, "A"), ("C", True, "D"),
    ("G", False, None), ("J", True, None), ("Q", None, None), (None, None, None),
])
def test_expected_direction(code, derivative, expected) -> None:
    assert expected_direction(code, derivative) == expected


@pytest.mark.parametrize("code, mark, derivative, conflict", [
    ("P", "D", None, True), ("P", "A", None, False), ("S", "A", None, True), ("A", "D", True, True),
    ("M", "A", True, True), ("M", "A", None, False), ("G", "D", False, False), ("P", None, None, False),
])
def test_direction_conflicts(code, mark, derivative, conflict) -> None:
    assert direction_conflicts(code, mark, derivative) is conflict


def test_digest_categories() -> None:
    named = {"P": "buy", "S": "sell", "A": "grant", "M": "exercise", "X": "exercise", "O": "exercise",
             "C": "exercise", "F": "tax", "G": "gift"}
    for letter in CODES:
        assert category_of(letter) == named.get(letter, "other")
    assert category_of(None) == category_of("Q") == "other"


def test_total_groups() -> None:
    named = {"P": "Purchases", "S": "Sales", "A": "Grants and awards", "M": "Exercises and conversions",
             "X": "Exercises", "F": "Tax withholding", "G": "Gifts", "C": "Conversions"}
    for letter in string.ascii_uppercase:
        assert group_name(letter) == named.get(letter)


@pytest.mark.parametrize("name, label", [
    ("buy", "purchases (P)"), ("sell", "sales (S)"), ("open_market", "open-market purchases and sales (P, S)"),
    ("grant", "grants and awards (A)"), ("exercise", "exercises and conversions of derivatives (M, X)"),
    ("tax_withholding", "tax withholding (F)"), ("gift", "gifts (G)"), ("conversion", "conversions (C)"),
    ("any", "any transaction"),
])
def test_transaction_kinds(name, label) -> None:
    kind = TRANSACTION_KINDS[name]
    assert kind.label == label
    assert all(code in CODES for code in kind.codes)


def test_the_spec_prompt_lists_the_kinds_with_their_codes() -> None:
    """Each kind of transaction in the LLM's instructions names the table's codes for it."""
    text = " ".join(load_prompt("query_spec").split())
    line = text[text.index("- transaction:"):text.index("- form:")]
    for name, kind in TRANSACTION_KINDS.items():
        found = re.search(rf"\b{name} \(([^)]*)\)", line)
        if not kind.codes:
            assert re.search(rf"\b{name}\b", line), name
            continue
        assert found, name
        listed = found[1].rpartition(":")[2].replace("code", "").strip()
        assert listed == ", ".join(kind.codes), name


def test_the_answer_prompt_calls_only_open_market_purchases_purchases() -> None:
    text = " ".join(load_prompt("answer").split())
    never = re.search(r"A grant or award \(code (\w)\) and an exercise or conversion \(code (\w)\) are never "
                      r"purchases; only code (\w) is a purchase", text)
    assert never, "the answer prompt's rule on purchases changed: check it against bot.domain.codes"
    grant, exercise, purchase = never.groups()
    assert CODES[grant].word == "grant" and CODES[exercise].category == "exercise"
    assert not is_open_market(grant) and not is_open_market(exercise)
    assert CODES[purchase].category == "buy" and is_open_market(purchase)

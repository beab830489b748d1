"""Reading alert rules: the rule's words -> what it will tell (in words), or a refusal with examples."""

from __future__ import annotations

import datetime as dt

import pytest
from digestkit import ACME, BOLT, DOE, FUND, ROE, ny, store, tx

from bot.alerts.rules import EXAMPLES, Reading, Refused, Rule, read_rule

TODAY = dt.date(2024, 3, 8)


@pytest.fixture
def names(db, db_path):
    store(db, ACME, [DOE], [tx("P", 100, 10.0)], accepted=ny(2024, 3, 7, 16))
    store(db, BOLT, [ROE, FUND], [tx("S", 100, 10.0)], accepted=ny(2024, 3, 7, 16))
    return db_path


READ = [
    ("ACME", "I'll post here when any insider of Acme Corp (ACME) files anything (Form 3, 4 or 5)."),
    ("$acme", "I'll post here when any insider of Acme Corp (ACME) files anything (Form 3, 4 or 5)."),
    ("every filing of Acme", "I'll post here when any insider of Acme Corp (ACME) files anything (Form 3, 4 or 5)."),
    ("Jane Doe", "I'll post here when Jane Doe files anything (Form 3, 4 or 5)."),
    ("tell me when Jane Doe sells", "I'll post here when Jane Doe reports sales (S)."),
    ("buys over $500k", "I'll post here when any insider reports purchases (P) worth more than $500,000 "
                        "(the filing's total)."),
    ("CEO or CFO sales over $1M at watched companies",
     "I'll post here when a CEO or CFO at a company or by an insider this channel watches reports sales (S) worth "
     "more than $1,000,000 (the filing's total)."),
    ("sales by directors", "I'll post here when a director reports sales (S)."),
    ("grants at BOLT", "I'll post here when any insider of Bolt Industries Inc (BOLT) reports grants and awards (A)."),
    ("Form 3 filings", "I'll post here when any insider files anything on Form 3."),
    ("cluster buys", "I'll post here when 3 or more insiders of one company have bought on the open market within "
                     "10 days (told when the third buy is filed)."),
    ("cluster buys at watched companies",
     "I'll post here when 3 or more insiders of one company this channel watches have bought on the open market "
     "within 10 days (told when the third buy is filed)."),
    ("cluster buys at ACME", "I'll post here when 3 or more insiders of Acme Corp (ACME) have bought on the open "
                             "market within 10 days (told when the third buy is filed)."),
]


@pytest.mark.parametrize(("text", "words"), READ, ids=[t for t, _ in READ])
def test_a_rule_is_said_back_in_words(names, text, words):
    reading = read_rule(text, names, today=TODAY)
    assert isinstance(reading, Reading), reading
    assert reading.words == words
    assert Rule.from_json(reading.rule.to_json()) == reading.rule


REFUSED = [
    ("ACMF", "No company with the ticker ACMF is stored. Did you mean: Acme Corp (ACME)?"),
    ("Zed Zulu", "No stored company or insider is called “Zed Zulu”."),
    ("sales last month", "An alert is about filings still to come, so it takes no dates."),
    ("total sales at ACME", "An alert tells each matching filing as it arrives; it cannot sum, rank or leave"),
    ("widgets frobnicate", "I could not read “widgets frobnicate” in that rule."),
    ("", "That rule is empty."),
]


@pytest.mark.parametrize(("text", "reason"), REFUSED, ids=[t or "empty" for t, _ in REFUSED])
def test_a_rule_it_cannot_read_is_refused_with_examples(names, text, reason):
    refused = read_rule(text, names, today=TODAY)
    assert isinstance(refused, Refused)
    assert refused.message().startswith(reason)
    assert all(f"“{e}”" in refused.message() for e in EXAMPLES)


def test_the_reading_keeps_the_resolved_names(names):
    rule = read_rule("CEO or CFO sales over $1M at ACME", names, today=TODAY).rule
    assert rule.issuer_ciks == (ACME.cik,) and rule.roles == ("ceo", "cfo") and rule.kinds == ("sell",)
    assert rule.min_value == 1_000_000 and rule.strict_bounds
    assert read_rule("Jane Doe", names, today=TODAY).rule.owner_ciks == (DOE.cik,)

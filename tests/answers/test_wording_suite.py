"""The wording suite of issue 10: questions typed the way people ask (plain and Slack-style) by failure
class, each checked against the facts a right answer cannot avoid and the ones a wrong answer would hold.

The case tables are in ``tests/answers/suite/`` (one module per class). A case the engine still gets wrong
carries an ``xfail`` reason tag and runs as xfail(strict=False); remove the tag once it passes.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from suite import (
    Case,
    casual_verbs,
    comparisons,
    contains,
    everyday,
    exercises,
    filed_figures,
    holders,
    indirect,
    is_slack_style,
    market_price,
    market_wide,
    missing_facts,
    morning,
    named_constraints,
    near_misses,
    ordinary_words,
    plain,
    readings,
    requests,
    review_readings,
    roles,
    scope,
    stop24_readings,
    stop25_readings,
    stop26_readings,
    stop27_readings,
    surfaces,
    terms,
    totals,
    typos,
)

from bot.answers.engine import answer

CLASSES = {
    "scope": scope,                          # 1. scope words are not names
    "named_constraints": named_constraints,  # 2. a named constraint is never dropped
    "casual_verbs": casual_verbs,            # 3. casual verbs and phrasings
    "near_misses": near_misses,              # 4. near misses
    "exercises": exercises,                  # 5. exercises as really filed
    "terms": terms,                          # 6. vesting and terms
    "roles": roles,                          # 7. roles
    "totals": totals,                        # 8. totals across filings
    "comparisons": comparisons,              # 9. comparisons and multi-part questions
    "market_wide": market_wide,              # 10. market-wide superlatives and counts
    "market_price": market_price,            # 11. questions that need a market price
    "typos": typos,                          # 12. typos in names
    "indirect": indirect,                    # 13. indirect holdings
    "surfaces": surfaces,                    # 14. each surface speaks to its reader
    "plain": plain,                          # every filing, plain and Slack-style
    "everyday": everyday,                    # everyday Slack traffic mixing the classes
    "filed_figures": filed_figures,          # figures the filings give, asked in other words
    "readings": readings,                    # readings the fifth and sixth blind sets found wanting
    "holders": holders,                      # holders named only in the filings' footnotes
    "requests": requests,                    # orders ("pull up", "grab me") and codes named by letter
    "morning": morning,                      # the morning after a busy filing day (blind set 10's findings)
    "ordinary_words": ordinary_words,        # ordinary English words are not names (blind set 13's findings)
    "review_readings": review_readings,      # readings a review of stop 23's changes found too eager
    "stop24_readings": stop24_readings,      # vesting as of today, two times, states, desk shorthand (stop 24)
    "stop25_readings": stop25_readings,      # verbs where a verb stands, new officers, medians, exemptions (stop 25)
    "stop26_readings": stop26_readings,      # signatures by the signer's name (stop 26)
    "stop27_readings": stop27_readings,      # parts of a month, names found only in signatures (stop 27)
}

ALL: dict[str, Case] = {f"{name}::{key}": case for name, module in CLASSES.items()
                        for key, case in module.CASES.items()}


def _params() -> list[Any]:
    return [pytest.param(key, id=key, marks=[pytest.mark.xfail(reason=case.xfail, strict=False)] if case.xfail
                         else []) for key, case in ALL.items()]


def _block_text(value: Any) -> list[str]:
    """Every string a Slack reader sees in blocks: the ``text`` of sections, headers and context."""
    if isinstance(value, dict):
        return [t for key, item in value.items() for t in ([item] if key == "text" and isinstance(item, str)
                                                           else _block_text(item))]
    if isinstance(value, list):
        return [t for item in value for t in _block_text(item)]
    return []


def ask(case: Case, db, settings) -> str:
    """The answer's text as the case's reader sees it: the terminal text, or the Slack blocks' text."""
    kwargs: dict[str, Any] = {}
    if case.surface and "surface" in inspect.signature(answer).parameters:
        kwargs["surface"] = case.surface
    result = answer(case.question, db, today=case.today, settings=settings, **kwargs)
    if case.surface == "slack":
        from bot.slack.blocks import answer_blocks

        return "\n".join(_block_text(answer_blocks(result)))
    return result.text


@pytest.mark.parametrize("key", _params())
def test_wording(key: str, request, rules_settings) -> None:
    case = ALL[key]
    text = ask(case, request.getfixturevalue(f"{case.db}_db"), rules_settings)
    problems = missing_facts(case, text)
    assert not problems, f"{case.question!r}: {'; '.join(problems)}\n--- answer ---\n{text}"


def test_suite_is_large_and_mostly_real_wording() -> None:
    assert len(ALL) >= 500
    slack = sum(is_slack_style(case.question) for case in ALL.values())
    assert slack / len(ALL) >= 0.40, f"{slack} of {len(ALL)} Slack-style"


def test_every_class_has_cases_and_negatives() -> None:
    for name, module in CLASSES.items():
        assert len(module.CASES) >= 15, name
        assert any(case.must_not for case in module.CASES.values()), name


def test_a_wording_is_asked_once_per_database() -> None:
    seen: dict[tuple[str, str, str | None], str] = {}
    for key, case in ALL.items():
        where = (case.question.lower(), case.db, case.surface)
        assert where not in seen, f"{key} repeats {seen[where]}"
        seen[where] = key


@pytest.mark.parametrize("text, fact, found", [
    ("15,000 RSUs held", "5,000", False),
    ("5,000 RSUs held", "5,000", True),
    ("The database holds 49 filings", "9 filings", False),
    ("sold 1,009.", "1,009", True),
    ("sold 1,009,000 shares", "1,009", False),
    ("$1,102,342,478.72 in total", "$1,102,342,478.7", False),
    ("at $0.88 per share", "$0.88", True),
])
def test_a_fact_is_a_whole_number_not_part_of_one(text: str, fact: str, found: bool) -> None:
    assert contains(text, fact) is found

"""Small text helpers: company labels, clipping, and what of a user's text may reach a log line."""

from __future__ import annotations

import pytest

from bot.domain.text import LOG_TEXT_CHARS, clip, for_log, issuer_label, sentence_case


@pytest.mark.parametrize(("name", "ticker", "label"), [
    ("Tecogen Inc.", "TGEN", "Tecogen Inc. (TGEN)"),
    ("Tecogen Inc.", None, "Tecogen Inc."),
    (None, None, "an unnamed company"),
])
def test_issuer_label(name, ticker, label) -> None:
    assert issuer_label(name, ticker) == label


def test_a_line_starting_with_a_label_is_capitalised() -> None:
    assert sentence_case(issuer_label(None, "XYZ")) == "An unnamed company (XYZ)"


@pytest.mark.parametrize(("text", "limit", "clipped"), [
    ("short", 10, "short"),
    ("exactly ten", 11, "exactly ten"),
    ("a longer sentence here", 10, "a longer…"),
])
def test_clip(text, limit, clipped) -> None:
    assert clip(text, limit) == clipped


@pytest.mark.parametrize("value", ["x" * 20_000, {"question": "y" * 5_000}, ["<!channel>"] * 1_000])
def test_a_users_text_reaches_the_log_clipped(value) -> None:
    assert len(for_log(value)) <= LOG_TEXT_CHARS

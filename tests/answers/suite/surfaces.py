"""Class 14: each surface speaks to its reader. In Slack a no-match says what the bot covers and what an
admin can do; the CLI's `insiderbot sync` hint stays in the terminal."""

from __future__ import annotations

from suite import family, table

CLI_HINTS = ["insiderbot sync", "insiderbot backfill", "--issuer TICKER"]
ADMIN = ("admin", "administrator", "ask whoever runs")

CASES = table(
    family("slack-unknown-company", [
        "acme sales",
        "what did acme's ceo sell?",
        "$XYZQ sales",
        "nvidia insider sales",
    ], [ADMIN], CLI_HINTS, surface="slack"),
    family("slack-no-rows", [
        "tgen gc options in 2022",
        "did tecogen's gc sell any stock in 2022?",  # (a purchase asked about shows his grant as a near miss)
        "exrb warrants",
    ], [ADMIN], CLI_HINTS, db="samples", surface="slack"),
    family("slack-no-rows-corpus", [
        "wave sales last quarter",
        "transactions in the past 90 days",
        "form 5 filings at apple",
    ], [ADMIN], CLI_HINTS, surface="slack"),
    family("slack-unknown-person", [
        "jane roe sales",
        "how many shares has jane roe sold at tsla",
    ], [ADMIN], CLI_HINTS + ["934,091"], surface="slack"),
    family("slack-nonsense", [
        "asdf qwerty zxcv",
    ], [("tecogen", "for example", "try")], CLI_HINTS, db="samples", surface="slack"),
    # What the bot covers: a Slack no-match names what is stored.
    family("slack-says-coverage", [
        "acme corp insiders",
        "$ACME",
    ], [("companies", "filings")], CLI_HINTS, surface="slack"),
    # The terminal keeps its hint.
    family("cli-keeps-hint", [
        "acme sales",
        "tgen gc options in 2022",
    ], ["insiderbot sync"], [], db="samples"),
    # A right answer reads the same in Slack: the facts are there, no CLI hint.
    family("slack-answer-facts", [
        "what options did tecogen's gc get",
        "whitting options",
    ], ["37,500", "$0.88", "Sep 20, 2033"], CLI_HINTS + ["bought"], db="samples", surface="slack"),
    # Stop 17: "his"/"she" with no earlier question is asked back, never answered for everyone.
    family("pronoun-without-context", [
        "and what about his options?",
        "what did she sell",
    ], ["Whom do you mean"], ["In all", "was granted"]),
)

"""Each surface speaks to its reader: the CLI's commands are named in the terminal only; in Slack a no-match
says what the bot covers and what an admin can do."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.engine import answer
from bot.answers.messages import SLACK_HOW_TO_GET_MORE, for_surface
from bot.answers.render import message

TODAY = dt.date(2026, 11, 29)
NO_MATCH = [
    "Tecogen GC options in 2022",  # nothing in the window
    "what did Acme's CEO sell?",  # a company that is not stored
    "How many shares has Jane Roe sold at Tesla?",  # a person who never filed
]


@pytest.mark.parametrize("question", NO_MATCH)
def test_the_terminal_names_the_cli(question: str, samples_db, rules_settings) -> None:
    text = answer(question, samples_db, today=TODAY, settings=rules_settings).text
    assert "`insiderbot sync`" in text
    assert SLACK_HOW_TO_GET_MORE not in text


@pytest.mark.parametrize("question", NO_MATCH)
def test_slack_says_what_the_bot_covers_and_what_an_admin_can_do(question: str, samples_db, rules_settings) -> None:
    text = answer(question, samples_db, today=TODAY, settings=rules_settings, surface="slack").text
    assert "insiderbot" not in text
    assert "the bot's admin" in text
    assert text.count(SLACK_HOW_TO_GET_MORE) == 1


def test_notes_without_cli_commands_are_kept() -> None:
    result = message("no_match", "Nothing.", notes=["Stored for X: 1 filing.", "Run `insiderbot sync` now.",
                                                    "Try `insiderbot backfill` too."])
    assert for_surface(result, "slack").notes == ["Stored for X: 1 filing.", SLACK_HOW_TO_GET_MORE]
    assert for_surface(message("help", "Hi", notes=["`insiderbot sync`"]), "terminal").notes == ["`insiderbot sync`"]

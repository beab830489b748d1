"""A holding right before or after one transaction (bot/answers/held_around.py): which questions ask it, and the
figure worked out from the row the question names (its size, its price, else the first or last of the event)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.held_around import asks_around


@pytest.mark.parametrize(("question", "asks"), [
    ("How many Tesla shares did Elon Musk hold directly right after his 33,171-share sale on November 8, 2021?", True),
    ("musk tsla shs held right after the 33,171 sale on 11/8/21", True),
    ("How many AAR shares did Jessica Garascia hold before her January 2025 sale?", True),
    ("garascia air shares held just before she sold in jan 2025", True),
    ("what did travers own prior to the rsus settling", True),
    ("what did musk sell after he held the options for a year", False),  # the holding said after: not asked
    ("how much did thiel sell after the ipo", False),  # no holding asked
    ("what does garascia hold", False),  # no transaction to stand before or after
    ("musk trust tsla shs right before the nov 19 21 gift", True),  # shares named, no trade verb before the event
    ("how many tsla shs did musk sell before the gift", False),  # shares sold, not held
    ("travers zip shs after rsu vest before tax", True),  # between two events: before the second
    ("by how much did dodge's direct holding fall over his march 2025 sales", True),  # the change over the rows
])
def test_which_questions_ask_a_holding_around_a_transaction(question, asks) -> None:
    assert asks_around(question) is asks


@pytest.mark.parametrize(("question", "said"), [
    ("How many Tesla shares did Elon Musk hold directly right after his 33,171-share sale on November 8, 2021?",
     "Elon Musk held 1,835,886 shares of Common Stock directly right after the 33,171-share transaction (code S) on "
     "Nov 8, 2021, as the filing states."),
    ("How many AAR shares did Jessica Garascia hold before her January 2025 sale?",
     "Jessica A. Garascia held 39,065 shares of Common Stock directly right before the 1,500-share transaction (code S) "
     "on Jan 10, 2025: the filing gives 37,565 after it, plus the 1,500 shares it disposed of."),
    ("How many Wave shares did Kyle Moran hold directly right after exercising his $8.17 options on December 9, 2025?",
     "Kyle Moran held 125,218 Ordinary Shares directly right after the 36,000-share transaction (code M) on Dec 9, "
     "2025, as the filing states."),
    ("How many ZipRecruiter shares did David Travers hold directly just before his RSUs settled on March 15, 2025?",
     "David Travers held 1,108,357 shares of Class A Common Stock directly right before the 6,250-share transaction "
     "(code M) on Mar 15, 2025: the filing gives 1,114,607 after it, less the 6,250 shares it acquired."),
    ("How many Arrow Electronics shares did Carine Lamercie hold after the PSU shares were credited but before the "
     "tax withholding?",
     "Carine Lamercie Jean-Claude held 21,878 shares of Common Stock directly right before the 1,009-share "
     "transaction (code F) on Feb 12, 2025: the filing gives 20,869 after it, plus the 1,009 shares it disposed of."),
    ("How many Zynga Class B shares did Reid Hoffman hold after settling his RSUs in December 2011?",
     "Reid Hoffman held 1,412,997 shares of Class B Common Stock directly right after the 1,412,997-share "
     "transaction (code M) on Dec 15, 2011, as the filing states."),  # a class filed in Table II
    ("By how much did Stanton Dodge's direct DraftKings holding fall over his March 2025 sales?",
     "R. Stanton Dodge's holding of Class A Common Stock held directly went from 759,397 before the first of these 3 "
     "transactions to 653,843 after the last (Mar 14, 2025 to Mar 17, 2025): down 105,554 shares."),
])
def test_the_holding_is_worked_out_from_the_row(question, said, corpus_db, rules_settings) -> None:
    from bot.answers.engine import answer

    result = answer(question, corpus_db, today=dt.date(2026, 12, 7), settings=rules_settings)
    assert result.headline == said

"""Percentages worked out from the filed rows (bot/answers/percents.py): the share of a stake sold (sold over sold
plus what was held after the last sale, in the same kind of ownership) and the share of vested stock withheld for
taxes (code F over the common shares received, codes A and M); each with both figures."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.ask_words import ASKS_PERCENT
from bot.answers.engine import answer

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(("question", "line"), [
    ("What percentage of his directly held DraftKings shares did Stanton Dodge sell off in March 2025?",
     "R. Stanton Dodge sold 105,554 of the 759,397 DKNG shares held directly before these sales: 13.9% of that stake"),
    ("doe trimmed exrb by what % of her stake in may 24",
     "Jane A. Doe sold 30,000 of the 335,250 EXRB shares held directly before these sales: 8.9% of that stake"),
    # under one percent: two decimals
    ("feld lightened up by what % of his bdx stake", "Michael Feld sold 74 of the 16,580 BDX shares held directly "
                                                      "before these sales: 0.45% of that stake"),
    ("dave travers % withheld on the 3/15/25 vest",
     "David Travers had 33,148 of the 60,732 ZIP shares received withheld for taxes: 54.6%."),
    ("lamercie pct withheld at vest",
     "Carine Lamercie Jean-Claude had 1,009 of the 2,193 ARW shares received withheld for taxes: 46.0%."),
])
def test_a_percentage_is_said_with_both_figures(corpus_db, rules_settings, question, line) -> None:
    assert line in answer(question, corpus_db, today=TODAY, settings=rules_settings).text


@pytest.mark.parametrize(("question", "asks"), [
    ("what % of her stake", True), ("what percentage did he sell", True), ("what share of his stock", True),
    ("dodge sales in march 2025", False), ("who holds a 10% stake", False), ("10% owner sales at pdex", False),
    ("travers % withheld", True), ("feld vs garascia % of stake sold", True), ("which share class did he sell", False),
    ("who owns more than 10 percent of snowflake", False), ("withholding as a percentage of the shares received", True),
])
def test_what_asks_a_percentage(question, asks) -> None:
    assert bool(ASKS_PERCENT.search(question)) is asks

"""Which questions ask for a picture, and the words that are charted (``bot.charts.intent.chart_words``):
only a leading request or an explicit ending; a chart word inside a question (or a company named Chart) is not one."""

from __future__ import annotations

import pytest

from bot.charts.intent import chart_words


@pytest.mark.parametrize("text, words", [
    # the brief's phrasings: the insider, the kind of trade and the period reach the chart request
    ("show me Musk's sales in 2021 on a chart", "Musk's sales in 2021"),
    ("plot insider buying at PLTR", "insider buying at PLTR"),
    ("graph TGEN insider trades since 2023", "TGEN insider trades since 2023"),
    ("chart of Whiting's holdings", "Whiting's holdings"),
    # leading verbs, with or without "of", politeness and punctuation
    ("chart TSLA", "TSLA"),
    ("Chart TSLA 2021", "TSLA 2021"),
    ("chart: TSLA CEO", "TSLA CEO"),
    ("plot of AAPL sales in 2023", "AAPL sales in 2023"),
    ("graph for NVDA", "NVDA"),
    ("visualize NVDA buying", "NVDA buying"),
    ("please plot Elon Musk", "Elon Musk"),
    ("can you plot TSLA sales?", "TSLA sales"),
    # a chart noun asked for
    ("show me a chart of TSLA", "TSLA"),
    ("give me a graph of director purchases at EXRB", "director purchases at EXRB"),
    ("a chart of TSLA sales last year", "TSLA sales last year"),
    ("could you draw a picture of PLTR sales", "PLTR sales"),
    # an explicit ending
    ("TSLA sales as a graph", "TSLA sales"),
    ("show me EXRB trades on a chart please", "EXRB trades"),
    ("can you show me Musk's 2021 sales in a picture?", "Musk's 2021 sales"),
    # a chart request that names nothing: the caller asks what to chart
    ("chart", ""),
    ("plot", ""),
    ("show me a chart", ""),
    # a company whose name starts with a chart word is asked about
    ("chart Chart Industries", "Chart Industries"),
])
def test_chart_requests_and_their_words(text: str, words: str) -> None:
    assert chart_words(text) == words


@pytest.mark.parametrize("text", [
    "what is a chart",
    "did anyone sell at Chart Industries",
    "Chart Industries insider sales",
    "chart industries insider sales",
    "Plot Holdings Inc insider trades",
    "who sold TSLA in 2021",
    "show me TSLA sales",
    "TSLA chart",
    "charts at TSLA",
    "plotting",
    "graphite company insiders",
    "what did the CEO of Graph Corp buy",
    "is there a chart of accounts in a Form 4",
    "draw TSLA",
    "",
    None,
])
def test_questions_that_only_mention_a_chart_word_are_not_chart_requests(text: str | None) -> None:
    assert chart_words(text) is None

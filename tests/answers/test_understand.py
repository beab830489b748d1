"""Understanding a question against the database: which company and insider it names, which names match
nothing stored (never dropped), and names read by a close spelling."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers import query, rules
from bot.answers.engine import answer
from bot.answers.resolve import Catalog, close_spellings, resolve
from bot.answers.understand import Understanding, understand_rules
from bot.domain.vocab import display_name
from storage.reader import reader_of

TODAY = dt.date(2026, 11, 29)


def understood(question: str, db) -> Understanding:
    parsed = rules.parse(question, TODAY)
    with query.connect(reader_of(db)) as conn:
        catalog = Catalog.read(conn)
        return understand_rules(parsed, resolve(parsed, catalog, conn), catalog, None)


def names(u: Understanding) -> tuple:
    """(company tickers, insider name, unresolved insider, unresolved company)."""
    company = "+".join(e.ticker or e.name for e in u.company.entities) if u.company else None
    insider = display_name(u.insider.entities[0].name) if u.insider and not u.insider.ambiguous else None
    return company, insider, u.unresolved_insider, u.unresolved_company


@pytest.mark.parametrize("question, expected", [
    # a person who never filed is named as such, never replaced by someone else
    ("how many shares has jane roe sold at exrb", ("EXRB", None, "jane roe", None)),
    ("What did Jane Roe sell at Example Robotics?", ("EXRB", None, "Jane Roe", None)),
    ("How many shares has Jane Roe sold at ACME?", (None, None, "Jane Roe", "ACME")),
    ("jane roberts sales", (None, None, "jane roberts", None)),
    ("what did Acme's CEO sell?", (None, None, None, "Acme")),
    ("john smith options at tecogen", ("TGEN", None, "john smith", None)),
    # known people and companies, however written
    ("whiting sales at EXRB", ("EXRB", "John Whiting", None, None)),
    ("jane sales", (None, "Jane A. Doe", None, None)),
    ("tgens gc", ("TGEN", None, None, None)),
    ("tecogens general counsel", ("TGEN", None, None, None)),
    ("$tgen options", ("TGEN", None, None, None)),
])
def test_samples_names(question, expected, samples_db) -> None:
    assert names(understood(question, samples_db)) == expected


@pytest.mark.parametrize("question, expected", [
    ("how many shares has jane roe sold at tsla", ("TSLA", None, "jane roe", None)),
    ("teslas ceo sales in 2021", ("TSLA", None, None, None)),
    ("apples gc sales", ("AAPL", None, None, None)),
    ("draft kings sales", ("DKNG", None, None, None)),
    ("tsla & pltr sales 2021", ("TSLA+PLTR", None, None, None)),
    ("elon musk sales", (None, "Elon Musk", None, None)),
    ("whats jessica snow's title at 2seventy", ("TSVT", "Jessica Snow", None, None)),
    ("diamon jpm sales", (None, None, "diamon", "jpm")),
    ("top purchases anywhere", (None, None, None, None)),
    ("how many 4/As are in here", (None, None, None, None)),
    ("total options exercised by the wave cfo", ("WVE", None, None, None)),  # a common word before a role
    ("snow cfo exercised how many options", ("SNOW", None, None, None)),  # the ticker, not Jessica Snow
    ("how much snow does the cfo hold thru trusts", ("SNOW", None, None, None)),  # "trusts" is no one's name
    # words of the filings' vocabulary are no one's name: security classes, dispositions, costs, "underlie"
    ("How many Square Class A shares does Roelof Botha hold directly?", ("SQ", "Roelof Botha", None, None)),
    ("Class B warrants on Thiel's Palantir Form 3", ("PLTR", "Peter Thiel", None, None)),
    ("which tax-withholding dispositions are there", (None, None, None, None)),
    ("total exercise cost of Michael Scarpelli's December 2022 exercise", (None, "Michael Scarpelli", None, None)),
    ("shares underlie John Whiting's September 2023 option grant", (None, "John Whiting", None, None)),
])
def test_corpus_names(question, expected, corpus_db) -> None:
    assert names(understood(question, corpus_db)) == expected


@pytest.mark.parametrize("question, typed, name", [
    ("elon muks sales 2021", "elon muks", "Elon Musk"),
    ("peter theil pltr sales", "peter theil", "Peter Thiel"),
    ("katherine adems sales", "katherine adems", "Katherine L. Adams"),
    ("scarpeli exercises", "scarpeli", "Michael Scarpelli"),
])
def test_close_spellings_are_read_with_a_note(question, typed, name, corpus_db) -> None:
    u = understood(question, corpus_db)
    assert [(text, display_name(match.entities[0].name)) for text, match in u.readings] == [(typed, name)]
    assert u.unknown_words == []


@pytest.mark.parametrize("question, name", [
    ("jon whiting options", "John Whiting"), ("John Whitting options", "John Whiting"),
    ("jane doh sells", "Jane A. Doe"), ("richard roo purchases", "Richard Roe"),
])
def test_short_misspelt_parts_of_a_name(question, name, samples_db) -> None:
    u = understood(question, samples_db)
    assert display_name(u.insider.entities[0].name) == name and u.insider.inexact and u.unknown_words == []


def test_scope_words_mean_every_company(corpus_db) -> None:
    u = understood("largest sales overall", corpus_db)
    assert u.all_companies and u.company is None and u.unknown_words == [] and u.spec.company is None


def test_who_sold_the_most_is_a_ranking_of_insiders(corpus_db) -> None:
    spec = understood("who unloaded the most", corpus_db).spec
    assert (spec.aggregation, spec.transaction, spec.per_insider) == ("total", "sell", True)


VOCABULARY = ["bezos", "jeffrey", "zuckerberg", "mark", "dimon", "damon", "whiting", "tecogen", "musk", "moran"]


@pytest.mark.parametrize("typed, closest", [
    ("bezoz", ["bezos"]), ("zuckerburg", ["zuckerberg"]), ("whitting", ["whiting"]), ("tecogn", ["tecogen"]),
    ("muks", ["musk"]),
    ("diamon", ["damon", "dimon"]),  # two equally close: a did-you-mean, not a guess
    ("tesla", []), ("nusk", []),  # too far, or another first letter: no match
])
def test_close_spellings(typed, closest) -> None:
    assert sorted(close_spellings(typed, VOCABULARY)) == closest


@pytest.mark.parametrize("question, asks_back", [
    ("what about the cfo?", True), ("and the general counsel", True),
    ("what about the tesla cfo?", False), ("the cfo's sales", False),
])
def test_a_followup_with_no_earlier_question_asks_which_company(question, asks_back, corpus_db, rules_settings) -> None:
    text = answer(question, corpus_db, settings=rules_settings).text
    assert text.startswith("Which company do you mean?") is asks_back, text

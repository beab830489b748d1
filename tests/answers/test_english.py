"""Which words are ordinary English, not names (bot/answers/english.py): adjectives, adverbs and verbs with their
inflections are; words that can only be nouns, proper nouns and short words are not; and a word standing where a
name stands stays a name."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers import english, rules


@pytest.mark.parametrize(("word", "ordinary"), [
    ("throughout", True), ("lucid", True), ("brilliant", True), ("direct", True), ("coded", True),
    ("priciest", True), ("trimmed", True), ("unloaded", True), ("legal", True),
    ("acme", False),  # only a noun: may name a company
    ("umbrella", False), ("smith", False), ("charity", False),
    ("mark", False),  # also a proper noun
    ("frank", False), ("bill", False),
    ("zuckerburg", False),  # no dictionary knows it: a name, or a typo of one
    ("levchin", False), ("roe", False),  # too short to tell, and only a noun
    ("end", True), ("sat", True), ("fox", True),  # three letters, a verb too ("did bill fox sell" keeps its slot)
    ("ten-year", True), ("one-year", True), ("cooling-off", True),  # words joined by hyphens, each a word
    ("ff-vi", False), ("c-2", False),  # a fund's short name, a series
    ("unexpired", True),  # "un-" before a verb's form
    ("the", False), ("separate", False),  # words of the lexicon are handled there
])
def test_ordinary_words(word, ordinary):
    assert english.is_ordinary(word) is ordinary


def fillers_of(question: str) -> list[str]:
    words = dict(enumerate(rules.parse(question, dt.date(2026, 12, 7)).name_words))
    return [words[i].text for i in english.fillers(words, set(words), question)]


@pytest.mark.parametrize(("question", "fillers"), [
    ("rsu vestings throughout the year?", ["throughout"]),  # ("throughout the data" is a scope: all companies)
    ("How many separate gift transactions were reported for November 2021?", []),  # "separate": a lexicon word
    ("show me lucid sales", []),  # before what a company is asked about
    ("insider sales for snap", []),  # after "for"
    ("priciest purchase per share on record", ["priciest"]),  # a superlative names no one, even first
    ("any exercises marked X in here?", ["marked"]),  # ("coded X" is read whole: the code, bot/answers/spans.py)
    ("garrett options: direct vs the 4 trusts combined", ["direct"]),
    ("throughout 2021, how many gifts", []),  # first in the question (and capitalised)
    ("separate gifts in nov 2021", []),  # first in the question: where a name stands
    ("sales at direct", []),  # after "at"
    ("what did gates sell", []),  # after "did"
    ("what did the direct ceo sell", []),  # before a role
    ("direct's sales", []),  # before "'s"
    ("how much does the direct fund hold", []),  # before a fund word
    ("john direct sales", []),  # beside a word no dictionary explains
    ("what did Direct sell", []),  # capitalised
    ("Leaving out Golden Properties, how much did 10% owners spend", ["Leaving", "spend"]),  # capitalised to open
    ("Snow sold how much", []), ("Acme sold how much", []),  # a capitalised first word that may be a name stays one
    ("how many options were exercised, not counting rsus", ["counting"]),  # a verb's -ing form before "rsus"
    ("which outstanding stock options expire soonest", ["outstanding", "soonest"]),
    ("how many shares were acquired through exercises", ["acquired"]),  # after "were", a verb's form
    ("which awards vested in full on a single date", ["full"]),  # "in full": an idiom, not a name after "in"
    ("Which options had already expired by the end of 2020?", ["end"]),
    ("exercises by someone who also sat on the board", ["sat"]),
    ("which grants have a ten-year term", ["ten-year"]),
    ("did bill fox sell", []), ("booking stock sales", []),
    # A verb where only a verb stands: after a subject or a relative pronoun, or before the clause it governs.
    ("anyone anywhere take stock instead of cash fees", ["take"]),
    ("which form 3s state that the person owns nothing", ["state"]),
    ("officers whose title that includes Secretary", ["includes"]),
    ("did anyone's block sell", []),  # a possessive is a name's
    ("which target execs sold in 2024", []), ("which gap insiders sold stock", []),  # "which" before a name
    ("how many shares that frank sold were under a plan", []),  # a verb after it: a name
    ("who gap sold", []),
])
def test_fillers_in_a_question(question, fillers):
    assert fillers_of(question) == fillers


@pytest.mark.parametrize(("question", "word", "a_name"), [
    ("levchin paypal sells", "paypal", True),  # no dictionary knows it, and it stands before what is asked
    ("nadella msft form 4s in here?", "nadella", True),  # first, where a name stands
    ("sales at zorblax", "zorblax", True),  # after "at"
    ("musk recieved how many options", "recieved", False),  # a misspelt verb in the middle: not where a name stands
    ("hoffman raked in how many znga rsus", "raked", False),  # a dictionary word
    ("did yelp insiders sell", "yelp", False),  # a dictionary word (a stored company's name resolves before this)
    ("pls show sales", "pls", False),  # too short
])
def test_unheard_of_names(question, word, a_name):
    assert english.unheard_of_name(word, question.index(word), question) is a_name

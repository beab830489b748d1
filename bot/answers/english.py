"""Common English words that name no one: "throughout", "priciest", "separate", "coded". A lower-case word no
stored name holds is filler, not the name of a company nobody stored, when it can be an adjective, an adverb or a
verb (a word that can only be a noun, "acme", "umbrella", "smith", may name one), is not a proper noun ("mark",
"frank"), and does not stand where a name stands: first in the question, after "at", "by", "for" or "did", before
"'s", before a role, a fund or trust word or what a company is asked about ("lucid sales", "target stock"), or
beside another word no dictionary explains ("john smith"). Modifiers asked before such words ("separate gift
transactions", "individual sales") are filler words of the lexicon.

Parts of speech come from LemmInflect's English lexicon (with the word's inflections: "coded" is "code", a verb;
"priciest" is "pricey", an adjective); proper nouns from Webster's Second (the ``english-words`` package's ``web2``
list, its capitalised entries). Both are read once, when a question first leaves such a word.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answers import lexicon

if TYPE_CHECKING:
    from bot.answers.rules import NameWord

_SHORTEST = 4  # "roe", "cod", "ore": too short to tell from a name
_NOT_ONLY_A_THING = {"ADJ", "ADV", "VERB"}  # a word that can only be a noun ("acme", "umbrella", "smith") may name one
# Where a name stands: "at acme", "by acme", "did gates sell", "acme's", "acme fund", "acme trust".
_NAME_BEFORE = re.compile(r"\b(?:at|by|from|of|with|for|in|on|did|does|do|has|have|had|is|was|were|are)\s+$", re.I)
_NAME_AFTER = re.compile(r"^(?:'s?|’s?)|^\s+(?:fund|funds|trust|trusts|llc|lp|l\.p\.|partners|capital|holdings|"
                         r"foundation|group|inc|corp|ventures|management|investors"
                         # "lucid sales", "target stock", "snap insiders": a company's name before what it is asked about
                         r"|sales?|sells?|selling|sold|buys?|buying|bought|purchases?|trades?|trading|stock|shares?|"
                         r"options?|rsus?|insiders?|filings?|forms?|execs?|officers?|directors?|ceo|cfo|gc|board)\b", re.I)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The dictionary's words as it spells them (read once per process)."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"], alpha=True))


@lru_cache(maxsize=1)
def _proper_nouns() -> frozenset[str]:
    """Words the dictionary gives capitalised ("Jane", "Mark", "Frank", "Snow"), lower-cased."""
    return frozenset(w.lower() for w in _dictionary() if w[:1].isupper())


@lru_cache(maxsize=1)
def _all_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _dictionary())


def _a_word(low: str) -> bool:
    """Long enough to tell from a name, letters only, and not a word the lexicon already reads."""
    return len(low) >= _SHORTEST and low.isalpha() and low not in lexicon.STOPWORDS


def is_ordinary(word: str) -> bool:
    """An English word that is not only a noun (it can be an adjective, an adverb or a verb: "throughout",
    "separate", "priciest", "coded") and not a proper noun ("mark", "frank")."""
    low = word.lower()
    if not _a_word(low):
        return False
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(low)
    if not _NOT_ONLY_A_THING & lemmas.keys():
        return False
    return low not in _proper_nouns()


def unheard_of_name(word: str, pos: int, question: str) -> bool:
    """A lower-case word no dictionary knows ("paypal", "nadella"), standing where a name stands ("levchin paypal
    sells", "nadella msft form 4s"): a name the database does not hold, never a word to ignore."""
    low = word.lower()
    if not _a_word(low) or low in _all_words():
        return False
    from lemminflect import getAllLemmas

    return not getAllLemmas(low) and _stands_for_a_name(word, pos, question)



def _stands_for_a_name(word: str, pos: int, question: str) -> bool:
    before, after = question[:pos], question[pos + len(word):]
    if _superlative(word):  # "priciest purchase on record": no name
        return bool(_NAME_BEFORE.search(before))
    return not before.strip(" $@") or bool(_NAME_BEFORE.search(before) or _NAME_AFTER.match(after))


def _superlative(word: str) -> bool:
    """"priciest", "largest", "earliest": an adjective's superlative."""
    from lemminflect import getAllLemmas

    low = word.lower()
    return low.endswith("est") and any(lemma != low for lemma in getAllLemmas(low).get("ADJ", ()))


def fillers(words: Mapping[int, NameWord], left: Collection[int], question: str) -> list[int]:
    """Of the words no stored name holds (``left``, by place in ``words``), those that are common lower-case words
    standing where no name stands and beside no word that is not one: "john smith", "jane q public" and a name a
    stored one partly matched stay names."""
    ordinary = {i: i in left and not (w.capitalised or w.before_role) and is_ordinary(w.text)
                and not _stands_for_a_name(w.text, w.pos, question) for i, w in words.items()}
    order = sorted(words, key=lambda i: words[i].pos)
    pairs = [(a, b) for a, b in zip(order, order[1:], strict=False) if _adjacent(words[a], words[b], question)]
    in_a_name = {i for pair in pairs if not all(ordinary[j] for j in pair) for i in pair}
    return [i for i in order if ordinary[i] and i not in in_a_name]


_GAP = re.compile(r"^\s+(?:[a-z]\.?\s+)?$", re.I)  # words side by side, or with a middle initial between


def _adjacent(first: NameWord, second: NameWord, question: str) -> bool:
    return bool(_GAP.match(question[first.pos + len(first.text):second.pos]))

"""Common English words that name no one: "throughout", "priciest", "separate", "coded". A lower-case word no
stored name holds is filler, not the name of a company nobody stored, when it can be an adjective, an adverb or a
verb (a word that can only be a noun, "acme", "umbrella", "smith", may name one), is not a proper noun ("mark",
"frank"), and does not stand where a name stands: first in the question, after "at", "by", "for" or "did", before
"'s", before a role, a fund or trust word or what a company is asked about ("lucid sales", "target stock"), or
beside another word no dictionary explains ("john smith"). Modifiers asked before such words ("separate gift
transactions", "individual sales") are filler words of the lexicon. A verb standing where only a verb stands is
filler whatever else it may be: after a subject ("anyone take stock"), in its -s form after a relative pronoun ("a
title that includes Secretary"), or before the clause it governs ("which form 3s state that"); never a word a verb
follows ("shares that frank sold").

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
from bot.answers.tokens import NUMBER_WORDS

if TYPE_CHECKING:
    from bot.answers.rules import NameWord

_SHORTEST = 3  # "end", "sat", "due" are words; "roe", "cod", "ore" (nouns only) may name someone
_PREFIXES = {"pre", "non", "self", "co", "re", "semi", "multi", "post", "over", "under"}
# "a friend says", "my grandson wants", "who wears two hats": a common noun after an article, a possessive of the
# asker's or a number names no one (a name after "his", "her" or "the" may: "the musk trust").
_DETERMINER = re.compile(r"\b(?:a|an|my|our|your|this|these|those|two|three|four|some|another)\s+$", re.I)
_AUXILIARY = re.compile(r"\b(?:is|was|were|are|been|be|has|have|had|being)\s+$", re.I)
_IDIOM = re.compile(r"(?:full|part|kind|cash|whole|general|short|time|advance|person|turn|trouble)\b(?!\s+(?:'s|fund|trust|llc|"
                    r"stock|shares|sales|trades|inc|corp))", re.I)  # "in full", "in part", "in kind", "in cash"
_SENTENCE_START = re.compile(r"(?:^|[.?!:;]\s+|\n)[\s\"'(]*$")  # "Leaving out …", "… on file. Counting …"
_NOT_ONLY_A_THING = {"ADJ", "ADV", "VERB"}  # a word that can only be a noun ("acme", "umbrella", "smith") may name one
# Where a name stands: "at acme", "by acme", "did gates sell", "acme's", "acme fund", "acme trust".
_NAME_BEFORE = re.compile(r"\b(?:at|by|from|of|with|for|in|on|did|does|do|has|have|had|is|was|were|are)\s+$", re.I)
_NAME_AFTER = re.compile(r"^(?:'s?|’s?)|^\s+(?:fund|funds|trust|trusts|llc|lp|l\.p\.|partners|capital|holdings|"
                         r"foundation|group|inc|corp|ventures|management|investors"
                         # "lucid sales", "target stock", "snap insiders": a company's name before what it is asked about
                         r"|sales?|sells?|selling|sold|buys?|buying|bought|purchases?|trades?|trading|stock|shares?|"
                         r"options?|rsus?|insiders?|filings?|forms?|execs?|officers?|directors?|ceo|cfo|gc|board|"
                         r"sellers?|buyers?|holders?|owners?|purchasers?)\b", re.I)
# After a name: its possessive, an article or a verb of what it did ("has manning sold", "was fielding a director").
_POSSESSIVE = re.compile(r"(?:'s?|’s?)(?!\w)")
_NAME_FOLLOWS = re.compile(r"^\s+(?:an?|the|sold|bought|sell|buy|purchased|exercised|filed|traded|"
                           r"gave|gifted|received|ever|already|still|just|really)\b", re.I)


@lru_cache(maxsize=4096)
def _lemmas(low: str) -> dict[str, tuple[str, ...]]:
    """LemmInflect's lemmas of a lower-case word by part of speech (read once per word; the lexicon loads on the
    first call)."""
    from lemminflect import getAllLemmas

    return getAllLemmas(low)


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
    if "-" in low:
        return _compound(low)
    if not _a_word(low):
        return False
    lemmas = _lemmas(low)
    if not _NOT_ONLY_A_THING & lemmas.keys() and not _derived(low):
        return False
    return low not in _proper_nouns()


def _derived(low: str) -> bool:
    """"unexpired", "unvested", "exercisable": a dictionary word made from a verb or an adjective by "un-" or
    "-able"."""
    if low not in _all_words():
        return False
    if low.startswith("un") and len(low) > 5:
        return bool(_NOT_ONLY_A_THING & _lemmas(low[2:]).keys())
    return low.endswith("able") and any("VERB" in _lemmas(base) for base in (low[:-4], low[:-4] + "e"))


def _compound(low: str) -> bool:
    """"ten-year", "one-year", "cooling-off", "long-dated": words joined by hyphens, each a dictionary word (the
    first a number or an ordinary word), none a proper noun."""
    if _prefixed(low):
        return True
    parts = low.split("-")
    return len(parts) >= 2 and all(len(p) >= 2 and p.isalpha() and p in _all_words() and p not in _proper_nouns()
                                   for p in parts) and (parts[0] in NUMBER_WORDS or is_ordinary(parts[0]))


def _prefixed(low: str) -> bool:
    """"pre-planned", "non-zero", "self-signed": a word made with a prefix, which describes and never names."""
    parts = low.split("-")
    return len(parts) == 2 and parts[0] in _PREFIXES and (parts[1] in _all_words() or is_ordinary(parts[1]))


def unheard_of_name(word: str, pos: int, question: str) -> bool:
    """A lower-case word no dictionary knows ("paypal", "nadella"), standing where a name stands ("levchin paypal
    sells", "nadella msft form 4s"): a name the database does not hold, never a word to ignore."""
    low = word.lower()
    if len(low) < 4 or not _a_word(low) or low in _all_words():
        return False
    return not _lemmas(low) and _stands_for_a_name(word, pos, question)



def opens_sentence(pos: int, question: str) -> bool:
    """The word at ``pos`` begins the question or a sentence of it (its capital says nothing of a name)."""
    return bool(_SENTENCE_START.search(question[:pos]))


def _stands_for_a_name(word: str, pos: int, question: str, *, lead_ok: bool = False) -> bool:
    """Where a name stands (see the module's docstring); a word that opens the question stands there unless
    ``lead_ok`` (an ordinary word capitalised for opening a sentence: "Leaving out …") or it is a verb's
    inflection ("counting", "unexpired"), which names no one before what is asked about either."""
    before, after = question[:pos], question[pos + len(word):]
    if _superlative(word):  # "priciest purchase on record": no name
        return bool(_NAME_BEFORE.search(before))
    if not before.strip(" $@") and not (lead_ok and _opener_not_a_name(word)):
        return True  # ("Block: who sold in 2024", "Snap last 5 trades": a company's name opening the question)
    if _POSSESSIVE.match(after) or (_NAME_FOLLOWS.match(after) and (
            _AUXILIARY.search(before) or _NAME_BEFORE.search(before) or not before.strip())):
        return True  # "has manning sold any stock", "manning's trades", "was fielding a director"
    if _AUXILIARY.search(before) and _lemmas(word.lower()).keys() <= {"ADJ", "ADV"} and _lemmas(word.lower()):
        return False  # "have enough of those options": a word that is never a noun, after a verb
    if _inflected(word) and (_AUXILIARY.search(before) or not _NAME_BEFORE.search(before)):
        return False  # "were acquired through", "not counting rsus", "which outstanding options"
    if re.search(r"%-$", before):
        return False  # "10%-plus holders": part of the number before it
    if _describes(word, after):
        return False  # "because of weak earnings": an adjective before the word it describes
    return bool(_NAME_BEFORE.search(before) or _NAME_AFTER.match(after)) and not _IDIOM.match(word + after)


_NEXT_WORD = re.compile(r"^\s+([a-z]{3,})\b")


def _describes(word: str, after: str) -> bool:
    """Only an adjective or adverb (never a noun or verb), before a lower-case dictionary word that is not what a
    company is asked about: "weak earnings", "heavy volume"."""
    following = _NEXT_WORD.match(after)
    kinds = _lemmas(word.lower()).keys()
    return bool(following) and not _NAME_AFTER.match(after) and following[1] in _all_words() and bool(kinds) \
        and kinds <= {"ADJ", "ADV"}


def _opener_not_a_name(word: str) -> bool:
    """A capitalised word opening the question that cannot be a company's or person's name: a verb's -ing or -ed
    form ("Leaving out …", "Counting …"), or a word that is never a noun or an adjective ("Throughout …")."""
    return _inflected(word) or not ({"NOUN", "ADJ", "PROPN"} & _lemmas(word.lower()).keys())


def _inflected(word: str) -> bool:
    """"counting", "unexpired", "outstanding", "vested": a verb's -ing or -ed form (or an adjective made
    from one), not the bare word a company's name is ("target", "lucid")."""
    low = word.lower()
    lemmas = _lemmas(low)
    return low.endswith(("ing", "ed")) and any(lemma != low for lemma in lemmas.get("VERB", ())) or (
        low.endswith(("ing", "ed")) and "ADJ" in lemmas and len(low) > 6)


def verb_form(word: str) -> bool:
    """A verb's inflection other than its bare form ("fell", "sold", "took", "rising"): never a name mistyped
    ("buffet" and "fractal" may be Buffett and Fractyl)."""
    low = word.lower()
    return any(lemma != low for lemma in _lemmas(low).get("VERB", ())) and low not in _proper_nouns()


def _superlative(word: str) -> bool:
    """"priciest", "largest", "earliest": an adjective's superlative."""
    low = word.lower()
    return low.endswith("est") and any(lemma != low for lemma in _lemmas(low).get("ADJ", ()))


def fillers(words: Mapping[int, NameWord], left: Collection[int], question: str) -> list[int]:
    """Of the words no stored name holds (``left``, by place in ``words``), those that are common lower-case words
    (or capitalised only for opening a sentence: "Leaving out Golden Properties, …") standing where no name
    stands and beside no word that is not one: "john smith", "jane q public" and a name a stored one partly
    matched stay names. A verb where only a verb stands ("which form 3s state that", "anyone take stock", "a title
    that includes Secretary") is filler too."""
    def ordinary(w: NameWord) -> bool:
        if _names_a_deal(w, question) or (not w.capitalised and _verb_slot(w.text, w.pos, question)):
            return True
        if not w.capitalised and (_everyday_noun(w.text, w.pos, question) or _prefixed(w.text.lower())):
            return True  # ("a friend says"; "pre-planned selling" stands where a name would, yet describes)
        if (w.capitalised and not opens_sentence(w.pos, question)) or w.before_role:
            return False
        return is_ordinary(w.text) and not _stands_for_a_name(w.text, w.pos, question, lead_ok=w.capitalised)

    ordinary = {i: (i in left and ordinary(w)) or (i not in left and w.soft) for i, w in words.items()}
    order = sorted(words, key=lambda i: words[i].pos)
    pairs = [(a, b) for a, b in zip(order, order[1:], strict=False) if _adjacent(words[a], words[b], question)]
    in_a_name = {i for pair in pairs if not all(ordinary[j] for j in pair) for i in pair}
    return [i for i in order if ordinary[i] and i not in in_a_name]


def _everyday_noun(word: str, pos: int, question: str) -> bool:
    """A dictionary noun after an article, the asker's possessive or a number ("a friend says", "my son", "two
    hats"), not before what a company is asked about or a possessive ("a tesla stock", "my musk's")."""
    low, after = word.lower(), question[pos + len(word):]
    if not _after_determiner(question[:pos]) or _NAME_AFTER.match(after) or _POSSESSIVE.match(after):
        return False
    nouns = _lemmas(low).get("NOUN", ())
    return any(n in _all_words() for n in nouns) and (low not in _proper_nouns() or bool(
        re.search(r"\b(?:my|our|your)\s+$", question[:pos], re.I)))


_ADJECTIVE_BEFORE = re.compile(r"\b([a-z]{3,})\s+$")


def _after_determiner(before: str) -> bool:
    """An article, the asker's possessive or a number just before, or before one adjective ("these big shots",
    "my late husband")."""
    if _DETERMINER.search(before):
        return True
    adjective = _ADJECTIVE_BEFORE.search(before)
    return bool(adjective) and "ADJ" in _lemmas(adjective[1]) and adjective[1] not in _proper_nouns() and bool(
        _DETERMINER.search(before[:adjective.start()]))


_SUBJECT = re.compile(r"\b(?:anyone|anybody|someone|somebody|everyone|everybody|nobody|who|whoever|they|he|she|we|i|you)"
                      r"\s+(?:(?:anywhere|ever|else|also|still|just|really|actually)\s+)?$", re.I)
_RELATIVE = re.compile(r"\b[a-z]{3,}\s+(?:that|which)\s+$", re.I)  # "a title that …", not "which target execs"
_CLAUSE_AFTER = re.compile(r"^\s+(?:that|whether|if)\b", re.I)


def _verb_slot(word: str, pos: int, question: str) -> bool:
    """A verb where only a verb stands: after a subject ("anyone take stock"), after a relative pronoun in the
    verb's -s form ("a title that includes Secretary"), or before the clause it governs ("which form 3s state
    that"); never a word a verb follows ("shares that frank sold", "who gap sold") or a proper noun."""
    low, after = word.lower(), question[pos + len(word):]
    if "VERB" not in _lemmas(low) or _POSSESSIVE.match(after) or _NAME_FOLLOWS.match(after):
        return False
    if _CLAUSE_AFTER.match(after):
        return True
    if low in _proper_nouns():
        return False
    before = question[:pos]
    return bool(_SUBJECT.search(before) or (_RELATIVE.search(before) and low.endswith("s")
                                            and any(lemma != low for lemma in _lemmas(low)["VERB"])))


_GAP = re.compile(r"^\s+(?:[a-z]\.?\s+)?$", re.I)  # words side by side, or with a middle initial between
_DEAL_BEFORE = re.compile(r"\bthe\s+$", re.I)
_DEAL_AFTER = re.compile(r"^\s+(?:deal|acquisition|transaction|consideration|merger|buyout|takeover)\b", re.I)


def _names_a_deal(word: NameWord, question: str) -> bool:
    """"the Weebly deal", "the weebly transaction": a deal named by its target, not a name to find."""
    return bool(_DEAL_BEFORE.search(question[:word.pos]) and _DEAL_AFTER.match(question[word.pos + len(word.text):]))


def _adjacent(first: NameWord, second: NameWord, question: str) -> bool:
    return bool(_GAP.match(question[first.pos + len(first.text):second.pos]))

"""Names the database does not hold: which of a question's leftover words name a person or a company, so
that a named constraint is never dropped ("how many shares has jane roe sold at ACME": no filings by Jane
Roe are stored, never ACME's other insiders' sales as the answer).

Words standing next to each other (with only spaces or initials between) form a run: "Jane Roe",
"john q. public". A run names someone when one of its words is capitalised or a ticker, when it stands in
a name slot ("has jane roe sold", "sales by jane roe", "jane roe's"), or when it has two or more words in
a question that asks something else the rules understood.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import DamerauLevenshtein

from bot.answers import lexicon, name_tally
from bot.answers.given_names import NICKNAMES
from bot.answers.rules import NameWord, RulesParse, fold
from bot.domain.vocab import is_entity_name

if TYPE_CHECKING:
    from bot.answers.resolve import Catalog, Resolution

_NOT_WORD = re.compile(r"[^0-9a-z]+")


def name_tokens(text: str) -> list[str]:
    """Lower-case words of a name; accents dropped (plain ASCII, most names, needs no folding)."""
    return [t for t in _NOT_WORD.split((text if text.isascii() else fold(text)).lower()) if t]


_GAP = re.compile(r"(?:'s|s'|')?(?:\s+[A-Za-z]\.?)*\s*$", re.I)
_TICKER_LIKE = re.compile(r"[b-df-hj-np-tv-xz]{2,5}", re.I)  # "jpm", "amzn", "nvda" read as tickers


@dataclass
class Unresolved:
    """The person and the company a question names that match nothing stored (as written)."""

    insider: str | None = None
    company: str | None = None


def runs(words: dict[int, NameWord], question: str) -> list[list[int]]:
    """Indices of the candidate words, grouped into runs of adjacent words, in question order."""
    order = sorted(words, key=lambda i: words[i].pos)
    grouped: list[list[int]] = []
    for i in order:
        if grouped:
            last = words[grouped[-1][-1]]
            gap = question[last.pos + len(last.text):words[i].pos]
            if _GAP.fullmatch(gap):
                grouped[-1].append(i)
                continue
        grouped.append([i])
    return grouped


def _word_before(question: str, pos: int) -> str:
    before = re.findall(r"[\w&]+", question[:pos].lower())
    return before[-1] if before else ""


def _possessive(question: str, word: NameWord) -> bool:
    return question[word.pos + len(word.text):].lower().startswith(("'s", "s'"))


def _asks_something(parse: RulesParse) -> bool:
    return bool(parse.role or parse.security or parse.transaction or parse.dates or parse.aggregation_stated
                or parse.form or parse.bounded)


def name_like(run: list[int], words: dict[int, NameWord], parse: RulesParse) -> bool:
    """A run that stands for a name (see the module's docstring)."""
    members = [words[i] for i in run if not words[i].soft]
    if not members:
        return False
    if any(w.capitalised for w in members):
        return True
    first, last = members[0], members[-1]
    slot = _word_before(parse.question, first.pos) in lexicon.NAME_SLOT_BEFORE
    entity = lexicon.ENTITY_AFTER.match(parse.question, last.pos + len(last.text)) is not None  # "… insurance company"
    at = len(members) >= 2 and re.match(r"\s+(?:at|@|from)\s", parse.question[last.pos + len(last.text):]) is not None
    return slot or entity or at or _possessive(parse.question, last) or (len(members) >= 2 and _asks_something(parse))


def _text(run: list[int], words: dict[int, NameWord]) -> str:
    return " ".join(words[i].text for i in run if not words[i].soft) or " ".join(words[i].text for i in run)


def _is_company(run: list[int], words: dict[int, NameWord], parse: RulesParse, person_taken: bool,
                company_taken: bool) -> bool:
    """Which slot an unmatched run fills: a company ("at ACME", "Initech's", "ACME", "jpm") or a person."""
    if company_taken or person_taken:
        return person_taken and not company_taken
    members = [words[i] for i in run]
    if all(w.text.isupper() and len(w.text) <= 6 for w in members):
        return True
    if parse.role and _possessive(parse.question, members[-1]):
        return True  # "Acme's CEO"
    before = _word_before(parse.question, members[0].pos)
    if before in ("has", "have", "had", "did", "does", "is", "was", "by"):
        return False
    return before in lexicon.COMPANY_SLOT_BEFORE or len(members) == 1


def _split_ticker(run: list[int], words: dict[int, NameWord]) -> tuple[list[int], list[int]]:
    """A run ending in a ticker-like word ("diamon jpm", "jeff bezos amzn"): the person, then the company."""
    if len(run) >= 2 and _TICKER_LIKE.fullmatch(words[run[-1]].text):
        return run[:-1], run[-1:]
    return run, []


def unresolved(parse: RulesParse, words: dict[int, NameWord], claimed: set[int], person_taken: bool,
               company_taken: bool) -> Unresolved:
    """The first unmatched person and company among the words no match claimed."""
    found = Unresolved()
    alone = not (person_taken or company_taken) and _asks_something(parse)
    for run in runs({i: w for i, w in words.items() if i not in claimed}, parse.question):
        if not (name_like(run, words, parse) or (alone and any(not words[i].soft for i in run))):
            continue
        person, ticker = _split_ticker(run, words)
        if ticker and not company_taken and found.company is None:
            found.company = _text(ticker, words)
            run = person
        if _is_company(run, words, parse, person_taken or found.insider is not None,
                       company_taken or found.company is not None):
            found.company = found.company or _text(run, words)
        elif not person_taken:
            found.insider = found.insider or _text(run, words)
    return found


def partial_person(run: list[int], used: set[int], words: dict[int, NameWord], others_match: set[int], *,
                   surname: bool, inexact: bool) -> bool:
    """An insider matched on part of a name run whose other words name someone else: "Jane Roe" (Jane Doe
    matched "Jane"; "Roe" is written as a name, or is another filer's name), "jane roberts" (only the
    given name matched), "mary barra" (only a close spelling of one word matched)."""
    rest = [i for i in run if i not in used and not words[i].soft]
    if not rest or not used & set(run):
        return False
    return not surname or inexact or any(words[i].capitalised or i in others_match for i in rest)


def close_neighbours(run: list[int], used: set[int], words: dict[int, NameWord], name_tokens: tuple[str, ...]
                     ) -> set[int]:
    """Words next to a matched name that nearly spell one of its other parts ("jon whiting", "jane doh",
    "richard roo", "drew markum"), or are a short form of its given name ("mike scarpelli"): part of the same
    name. One edit for a word of up to four letters, two for longer ones, same first letter."""
    if not used & set(run):
        return set()
    unused = [t for t in name_tokens if len(t) >= 3]
    return {i for i in run if i not in used and len(words[i].norm) >= 3 and (
        any(t in unused for t in NICKNAMES.get(words[i].norm, ())) or any(
            t[0] == words[i].norm[0] and DamerauLevenshtein.distance(words[i].norm, t, score_cutoff=2) <= _edits(
                words[i].norm) for t in unused))}


def _edits(word: str) -> int:
    return 1 if len(word) <= 4 else 2


def joined(words: list[NameWord], question: str, known: Callable[[str], bool],
           close: Callable[[str], list[str]] = lambda _: [], ordinary: Callable[[str], bool] = lambda _: False
           ) -> list[NameWord]:
    """Two adjacent words that are one name written apart ("draft kings", "micro vision"), joined when the
    joined word is a name, or nearly spells just one (``close``: "micro vison", "jett blue", "solar citi") that an
    ``ordinary`` first word begins (never "big tech" for Biotech), and neither word is."""
    out: list[NameWord] = []
    for word in sorted(words, key=lambda w: w.pos):
        if out and _GAP.fullmatch(question[out[-1].pos + len(out[-1].text):word.pos]) and " " not in out[-1].text:
            both = out[-1].text + word.text
            near = close(both) if not known(both) else []
            if (known(both) or (len(near) == 1 and (not ordinary(out[-1].text) or near[0].startswith(
                    out[-1].norm)))) and not known(out[-1].text) and not known(word.text):
                out[-1] = NameWord(both, out[-1].pos, capitalised=out[-1].capitalised)
                continue
        out.append(word)
    raw = [(m.group(0), m.start()) for m in _RAW.finditer(question)]
    return [_with_raw_neighbour(w, question, raw, known) for w in out]


_RAW = re.compile(r"[A-Za-z0-9]+")
_DIGITS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
           "nine": "9", "ten": "10"}


def _with_raw_neighbour(word: NameWord, question: str, tokens: list[tuple[str, int]],
                        known: Callable[[str], bool]) -> NameWord:
    """A name word joined with the token next to it when only together they are a name, even when that token is
    no name word itself: "mongo db" (MongoDB), "374 water" (374Water), "two seventy" (2seventy)."""
    if " " in word.text or known(word.text):
        return word
    here = next((i for i, (_, pos) in enumerate(tokens) if pos == word.pos), None)
    if here is None:
        return word
    for a, b in ((here - 1, here), (here, here + 1)):
        if a < 0 or b >= len(tokens) or question[tokens[a][1] + len(tokens[a][0]):tokens[b][1]] != " ":
            continue
        first, second = (_DIGITS.get(t.lower(), t) for t in (tokens[a][0], tokens[b][0]))
        if known(first + second):
            return NameWord(first + second, tokens[a][1], capitalised=word.capitalised)
    return word


def settle(res: Resolution, parse: RulesParse, words: dict[int, NameWord], claimed: set[int],
                      company_claimed: set[int], catalog: Catalog) -> None:
    """An insider matched on part of a name ("Jane Roe" -> Jane Doe) is dropped; the names that match
    nothing stored are kept as written (``Resolution.unresolved_insider`` / ``unresolved_company``)."""
    if res.insider is not None:
        left = {i: w for i, w in words.items() if i not in company_claimed}
        entity = res.insider.entities[0]
        name_tokens = catalog.owner_index.significant.get(entity.cik, ())
        for run in runs(left, parse.question):
            close = close_neighbours(run, res.insider.words, words, name_tokens)
            if close:
                res.insider.words |= close
                res.insider.text = " ".join(words[i].text for i in sorted(res.insider.words, key=lambda i: words[i].pos))
                res.insider.inexact = True
                claimed |= close
            others = {i for i in run if i not in res.insider.words and catalog.owner_index.hits(words[i])[0]}
            surname = bool(name_tokens) and any(name_tokens[0] in catalog.owner_index.hits(words[i])[0].get(entity.cik, ())
                                                for i in res.insider.words)
            if partial_person(run, res.insider.words, words, others, surname=surname,
                                    inexact=res.insider.inexact):
                claimed -= res.insider.words
                res.insider = None
                break
    found = unresolved(parse, words, claimed, res.insider is not None,
                            res.company is not None or bool(res.unknown_ticker))
    res.unresolved_insider, res.unresolved_company = found.insider, found.company


def company_words(company: Any, words: dict[int, NameWord], claimed: set[int], catalog: Catalog,
                  question: str) -> set[int]:
    """Words that spell the first word of the name of a company found by its ticker ("how many Palantir shares
    did PLTR Holdings LLC hold"): they name the same company, not a person; not a word inside a longer name
    ("Example Ventures Fund II" at Example Biotech)."""
    if company is None or company.via != "ticker" or company.several or len(company.ciks) != 1:
        return set()
    first = catalog.issuer_index.significant.get(company.ciks[0], ())[:1]
    return {i for i, w in words.items() if i not in claimed and w.norm in first and not any(
        len(run) > 1 for run in runs({k: v for k, v in words.items() if k not in claimed}, question) if i in run)}


def company_neighbours(company: Any, words: dict[int, NameWord], claimed: set[int], catalog: Catalog,
                       question: str) -> set[int]:
    """Words beside a company matched by name that nearly spell another word of its name ("Arrow Electric" for
    Arrow Electronics): part of the company's name, not a person's. Close as ``close_neighbours`` reads it, or
    the same first five letters."""
    if company is None or len(company.ciks) != 1 or not company.words:
        return set()
    used = {k for k in company.words if k in words}
    name = catalog.issuer_index.significant.get(company.ciks[0], ())
    said = {words[k].norm for k in used}
    # its words, and two words of it written as one ("lifesciences" for Life Sciences)
    tokens = [t for t in (*name, *(a + b for a, b in zip(name, name[1:], strict=False))) if len(t) >= 5 and t not in said]
    free = {i: w for i, w in words.items() if i in used or i not in claimed}
    near: set[int] = set()
    for run in (r for r in runs(free, question) if used & set(r)):
        said_before = "".join(words[k].norm for k in run if k in used)  # "zip recuiter": ziprecruiter
        near |= {i for i in run if i not in used and len(words[i].norm) >= 5 and any(
            t[:5] == words[i].norm[:5] or _close_to(words[i].norm, t) or _close_to(said_before + words[i].norm, t)
            for t in tokens)}
    return near


def _close_to(word: str, token: str) -> bool:
    return DamerauLevenshtein.distance(word, token, score_cutoff=2) <= 2


def several_people(found: Any, words: dict[int, NameWord], catalog: Catalog) -> str | None:
    """'Katherine Adams and Michael Feld': equally good matches that each take words of their own are all
    asked about (the text naming them); None when the words are shared (a choice to ask back)."""
    if len(found.ciks) < 2:
        return None
    used = [frozenset(i for i in found.used if cik in catalog.owner_index.hits(words[i])[0]) for cik in found.ciks]
    if any(len(u) < 2 for u in used) or len(set().union(*used)) != sum(len(u) for u in used):
        return None
    return " and ".join(" ".join(words[i].text for i in sorted(u)) for u in used)


def another_person(found: Any, words: dict[int, NameWord], claimed: set[int], best: Callable[[dict], Any],
                   question: str = "", *, several: bool = False) -> Any:
    """A second person named beside the first ("X's purchase and Y's sales"): one filer matched by two or more of
    the words left, or by one word joined straight to the first name ("adams and dodge", "doe & roe"), never by
    a close spelling; None otherwise."""
    if len(found.ciks) != 1 and not several:  # (``several``: people already named apart, "adams, feld and ...")
        return None
    left = {i: w for i, w in words.items() if i not in claimed and not w.soft}
    while left:  # the best match of the words left first, then the next ("whiting + melkote + jessica snow")
        other = best(left)
        if other is None:
            return None
        if len(other.ciks) == 1 and not other.inexact and other.ciks[0] not in found.ciks and (
                len(other.used) >= 2 or _joined(words, found.used, other.used, question)):
            return other
        left = {i: w for i, w in left.items() if i not in other.used}
    return None


_JOINED = re.compile(rf"^(?:'s)?{lexicon.NAMES_JOINED}$", re.I)


def _joined(words: dict[int, NameWord], first: Collection[int], second: Collection[int], question: str) -> bool:
    """The two names stand next to each other with only "and", "or", "&" or a comma between them."""
    a, b = sorted(((min(words[i].pos for i in first), max(words[i].pos + len(words[i].text) for i in first)),
                   (min(words[i].pos for i in second), max(words[i].pos + len(words[i].text) for i in second))))
    return bool(question) and bool(_JOINED.match(question[a[1]:b[0]]))


def ends_person(words: dict[int, NameWord], pos: int, question: str, catalog: Catalog) -> bool:
    """The word at ``pos`` ends a person's name with the word before it ("jessica snow's")."""
    order = sorted(words.values(), key=lambda w: w.pos)
    at = next((k for k, w in enumerate(order) if w.pos == pos), None)
    if not at or len(runs({0: order[at - 1], 1: order[at]}, question)) != 1:
        return False
    # Someone holds both words: the rarer word's entities asked about the other (a common one is not read).
    rarer, other = sorted((catalog.owner_index.hits(order[at - 1])[0], catalog.owner_index.hits(order[at])[0]),
                          key=name_tally.size)
    return any(cik in other for cik in rarer)


def family(found: Any, words: dict[int, NameWord], catalog: Catalog, restrict: Collection[str] | None) -> Any:
    """"mithril": every fund whose name starts with the word (Mithril LP, Mithril II LP, Mithril GP LP…), not
    only the one whose name is nothing more; people are never widened ("musk" stays one person)."""
    if len(found.used) != 1 or found.inexact or not all(is_entity_name(catalog.owners[c].name or "")
                                                        for c in found.ciks):
        return found
    word = words[next(iter(found.used))].text
    first = name_tokens(word)[:1]
    family = sorted(c for c in catalog.owner_index.exact(word)
                    if (restrict is None or c in restrict) and catalog.owner_index.significant.get(c, ())[:1] == tuple(first)
                    and is_entity_name(catalog.owners[c].name or ""))
    return replace(found, ciks=family) if len(family) > len(found.ciks) else found


def once_each(words: dict[int, NameWord], used: set[int]) -> set[int]:
    """A word typed twice counts once, where it stands with the rest of the name ("Example Ventures Fund II ...
    its Example Biotech shares": the second "Example" is the company's)."""
    by_text: dict[str, list[int]] = {}
    for i in used:
        by_text.setdefault(words[i].norm, []).append(i)
    keep = {i for places in by_text.values() if len(places) == 1 for i in places}
    for places in (p for p in by_text.values() if len(p) > 1):
        keep.add(min(places, key=lambda i: min((abs(i - k) for k in keep), default=0)))
    return keep

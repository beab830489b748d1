"""Company and insider names in a question, resolved against what the database holds.

Tickers match exactly (``TGEN``, ``$TGEN``, ``tgen's``); names match word by word against a token index
of issuer and owner names (so "John Whiting", "Whiting" and "whiting john" all find EDGAR's "Whiting
John"), with a rapidfuzz fallback for misspelt words. Several equally good candidates make the match
ambiguous; the engine then asks "did you mean". The token index is the database's own (``storage.names_index``,
read by ``stored_names``); a database without it is indexed in memory here (``Catalog``), with the same results.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from bot.answers import english, lexicon, names, query
from bot.answers.filers import Filers
from bot.answers.matches import Entity, Match
from bot.answers.name_tally import Tally
from bot.answers.rules import CONJUNCTION, NameWord, RulesParse, TickerMention
from bot.answers.tickers import in_ticker_table, ticker_guesses, ticker_table_loaded
from storage import names_index
from storage.reader import Reader

# Words that say nothing about which company ("Tecogen Inc." is "tecogen").
CORPORATE_WORDS = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "lp", "plc", "the",
    "and", "of", "holdings", "holding", "group", "sa", "ag", "nv", "na", "de", "mn", "l", "p",
}
MAX_ENTITIES = 50
TICKER_CUTOFF = 86


tokens = names.name_tokens  # the words of a name, as the name indexes hold them


class _Words:
    """A name index: ``hits``, ``exact``, ``significant`` (CIK -> the name's significant tokens in order); a
    subclass finds a word's entities and a misspelt word's closest spellings (``_exact``, ``_close``)."""

    significant: Mapping[str, tuple[str, ...]]

    def hits(self, word: NameWord) -> tuple[Mapping[str, set[str]], bool]:
        """CIK -> the name tokens the word matched; exactly (or without a dropped apostrophe: "teslas",
        "tecogens"), else by the closest spelling (the bool says which)."""
        found = self._exact(tokens(word.text))
        if not found and len(word.norm) > 3 and word.norm.endswith("s"):
            found = self._exact(tokens(word.text[:-1]))
        if found or len(word.norm) < 4 or (not word.capitalised and english.verb_form(word.text)):
            return found, bool(found)  # ("fell on a saturday": a verb's past, no close spelling of Feld)
        return self._exact(self._close(word.norm, ticker=word.text.isupper() and len(word.text) <= 5)), False

    def close(self, word: str) -> list[str]:
        """The name tokens closest to a word typed (see ``close_spellings``)."""
        return self._close(word.lower(), ticker=False)

    def exact(self, word: str) -> Mapping[str, set[str]]:
        """CIK -> tokens, for a word's exact tokens only."""
        return self._exact(tokens(word))

    _exact: Callable[[list[str]], Mapping[str, set[str]]]
    _close: Callable[..., list[str]]


class _Index(_Words):
    """Token -> entity CIKs, plus each entity's significant tokens in name order, all in memory."""

    def __init__(self, entities: dict[str, Entity], skip: set[str]):
        self.by_token: dict[str, set[str]] = defaultdict(set)
        self.significant: dict[str, tuple[str, ...]] = {}
        for cik, entity in entities.items():
            toks = tuple(dict.fromkeys(t for t in tokens(entity.name or "") if t not in skip))
            self.significant[cik] = toks
            for t in toks:
                self.by_token[t].add(cik)
        self.vocabulary = list(self.by_token)

    def _close(self, word: str, *, ticker: bool) -> list[str]:
        return close_spellings(word, self.vocabulary, ticker=ticker) if self.vocabulary else []

    def _exact(self, words: list[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for t in words:
            for cik in self.by_token.get(t, ()):
                found[cik].add(t)
        return found


def close_spellings(word: str, vocabulary: list[str], *, ticker: bool = False) -> list[str]:
    """The name tokens closest to a misspelt word ("bezoz" -> bezos, "whitting" -> whiting): one edit away
    (two for words of eight letters or more), same first letter; only the closest ones, so several
    equally close spellings make the match ambiguous ("did you mean"). A short word in capitals is a
    ticker: only a name it nearly spells out counts ("APPL" -> Apple; "SNWO" is a ticker's typo)."""
    if ticker:
        return [t for t, _, _ in process.extract(word, vocabulary, scorer=fuzz.ratio, score_cutoff=TICKER_CUTOFF,
                                                 limit=3)]
    allowed = 1 if len(word) < 8 else 2
    found = process.extract(word, vocabulary, scorer=DamerauLevenshtein.distance, score_cutoff=allowed, limit=20)
    found = [(token, distance) for token, distance, _ in found if token[:1] == word[:1] and len(token) >= 4]
    if not found and len(word) >= 6:  # a name cut short: "isabel" for Isabella, "palant" for Palantir
        found = [(token, len(token) - len(word)) for token in vocabulary if token.startswith(word)
                 and len(token) - len(word) <= 3]
    if not found:
        return []
    best = min(distance for _, distance in found)
    return [token for token, distance in found if distance == best]


class Catalog:
    """Every issuer and owner name, indexed."""

    def __init__(self, issuers: list, owners: list):
        self.issuers = {r["cik"]: Entity(r["cik"], r["name"] or r["cik"], r["trading_symbol"]) for r in issuers}
        self.owners = {r["cik"]: Entity(r["cik"], r["name"] or r["cik"]) for r in owners}
        self.tickers: dict[str, list[str]] = defaultdict(list)
        for cik, entity in self.issuers.items():
            if entity.ticker:
                self.tickers[entity.ticker.upper()].append(cik)
        self.issuer_index = _Index(self.issuers, CORPORATE_WORDS)
        self.owner_index = _Index(self.owners, CORPORATE_WORDS)

    @classmethod
    def read(cls, conn: sqlite3.Connection) -> Catalog:
        """The catalog of the database ``conn`` reads, built now."""
        return cls(*query.catalog_rows(conn))


class Catalogs:
    """The name catalogs of the databases one answerer reads: with a current persisted name index (m010),
    read through each question's connection (``stored_names``), only its ``VocabularyCache`` kept here;
    else loaded into memory once. Kept per database file, plain data, dropped when the names' signature changes."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[tuple, object]] = {}
        self._lock = threading.Lock()

    def load(self, conn: sqlite3.Connection, reader: Reader) -> Catalog:
        from bot.answers.stored_names import StoredCatalog, VocabularyCache

        key = str(reader.path.resolve())
        stored = names_index.current(conn)
        signature = (stored, *query.catalog_signature(conn))
        with self._lock:
            cached = self._cache.get(key)
        if cached and cached[0] == signature:
            return StoredCatalog(conn, cached[1]) if stored else cached[1]
        kept = VocabularyCache(signature) if stored else Catalog.read(conn)
        with self._lock:
            self._cache[key] = (signature, kept)
        return StoredCatalog(conn, kept) if stored else kept


@dataclass
class Resolution:
    company: Match | None = None
    insider: Match | None = None
    unknown_ticker: str | None = None
    unknown_words: list[str] = field(default_factory=list)
    ticker_guesses: list[Entity] = field(default_factory=list)  # stored tickers one letter off an unknown one
    guessed_from: str | None = None
    unresolved_insider: str | None = None  # a person the question names that matches no one stored
    unresolved_company: str | None = None  # a company the question names that matches nothing stored


@dataclass
class _Scored:
    ciks: list[str]
    used: set[int]
    score: tuple
    inexact: bool = False


def _best(words: dict[int, NameWord], index: _Index, restrict: Collection[str] | None, *, company: bool
          ) -> _Scored | None:
    """The entities that match the most question words (exactly first), then cover most of their name.

    For companies a single word must be the name's first word or the whole name ("Wave" finds Wave
    Life Sciences, "life" does not)."""
    tally = Tally({i: index.hits(word) for i, word in words.items()}, restrict)
    # The most matched words first; only when none of those is acceptable, fewer.
    for count, group in tally.groups():
        scored: list[tuple[tuple, str]] = []
        for cik in group:
            sig = index.significant[cik]
            coverage = len(tally.tokens[cik].intersection(sig)) / max(len(sig), 1)
            if count == 1 and coverage < 1:
                if company and sig and sig[0] not in tally.tokens[cik]:
                    continue
                if any(words[i].soft and not (company and words[i].before_role) for i in tally.words[cik]):
                    continue
            scored.append(((count, tally.exact[cik], round(coverage, 3)), cik))
        if scored:
            top = max(score for score, _ in scored)
            best = sorted(cik for score, cik in scored if score == top)
            return _Scored(best, names.once_each(words, set().union(*(tally.words[c] for c in best))), top, top[1] < top[0])
    return None


def _as_match(scored: _Scored, words: dict[int, NameWord], entities: dict[str, Entity]) -> Match:
    seen: dict[str, str] = {}
    for i in sorted(scored.used):
        seen.setdefault(words[i].text.lower(), words[i].text)
    return Match(" ".join(seen.values()), [entities[c] for c in scored.ciks[:MAX_ENTITIES]], scored.used,
                 inexact=scored.inexact)


def resolve(parse: RulesParse, catalog: Catalog, conn: sqlite3.Connection) -> Resolution:
    """Which company and which insider the question names."""
    res = Resolution()
    candidates = list(parse.name_words) + [t.as_word for t in parse.tickers if not t.explicit]
    candidates = names.joined(candidates, parse.question, lambda w: bool(catalog.issuer_index.exact(w)),
                              lambda w: catalog.issuer_index.close(w) if len(w) >= 7 else [], english.is_ordinary)  # "jett blue"
    words = dict(enumerate(candidates))
    claimed: set[int] = set()

    _tickers(res, parse, words, claimed, catalog, conn)
    avail = {i: w for i, w in words.items() if i not in claimed}
    several = bool(CONJUNCTION.search(parse.question))
    company = _best(avail, catalog.issuer_index, None, company=True) if (res.company is None or several) and avail \
        else None
    owner = _best(avail, catalog.owner_index, None, company=False) if avail else None
    if company and owner and company.used & owner.used:
        # One word names a company and a person: the reading that explains more of the question wins.
        if owner.score > company.score:
            rest = {i: w for i, w in avail.items() if i not in owner.used}
            company = _best(rest, catalog.issuer_index, None, company=True) if rest else None
    while company:
        if several and company.score[0] == 1 and len(company.ciks) > 1 and len(
                {frozenset(_word_hits(avail, c, catalog)) for c in company.ciks}) == len(company.ciks):
            # "Tesla or Apple": each word names its own company; they are all asked about.
            for cik in company.ciks:
                used = _word_hits(avail, cik, catalog)
                found = Match(" ".join(avail[i].text for i in sorted(used)), [catalog.issuers[cik]], used)
                res.company = found if res.company is None else _together(res.company, found)
        else:
            found = _as_match(company, avail, catalog.issuers)
            res.company = found if res.company is None else _together(res.company, found)
        claimed |= company.used
        if not several:
            break
        # "Tesla and Palantir": look for another company among the words left.
        rest = {i: w for i, w in avail.items() if i not in claimed and not (owner and i in owner.used)}
        company = _best(rest, catalog.issuer_index, None, company=True) if rest else None

    if res.company is None or several:
        _lower_tickers(res, avail, claimed, owner, several, catalog, parse.question)
    claimed |= names.company_words(res.company, avail, claimed, catalog, parse.question)  # "Palantir" beside "PLTR"
    claimed |= names.company_neighbours(res.company, avail, claimed, catalog, parse.question)  # "Arrow Electric"
    if res.company is not None and res.company.inexact and all(
            set(catalog.tickers.get(words[i].text.upper(), ())) & set(res.company.ciks) for i in res.company.words):
        res.company.inexact = False  # "tsla": its ticker as written, not a close spelling of "Tesla"
    company_claimed = set(claimed)
    rest = {i: w for i, w in words.items() if i not in claimed}
    if rest:
        _insider(res, rest, claimed, owner if rest.keys() == avail.keys() else None, catalog, conn, parse.question)
    for i, w in words.items():  # "everyone included": an English word that named no one is filler
        w.soft = w.soft or (i not in claimed and not w.capitalised and bool(lexicon.ENGLISH_SHAPE.match(w.text)))
    left = {i for i, w in words.items() if i not in claimed and not w.soft}
    for i in english.fillers(words, left, parse.question):  # "throughout the data", "separate gifts" (not "john smith")
        words[i].soft = True
    names.settle(res, parse, words, claimed, company_claimed, catalog)
    res.unknown_words = [w.text for i, w in words.items() if i not in claimed and not w.soft]
    if res.company is None and not res.ticker_guesses:
        for mention in parse.tickers:
            if not mention.explicit and mention.symbol in res.unknown_words:
                guesses = ticker_guesses(mention.symbol, catalog)
                if guesses:
                    res.ticker_guesses, res.guessed_from = guesses, mention.symbol
                    break
    return res


def _tickers(res: Resolution, parse: RulesParse, words: dict[int, NameWord], claimed: set[int],
             catalog: Catalog, conn: sqlite3.Connection) -> None:
    """Tickers as written ("$TGEN", "TGEN", "tgen's"); an explicit one not stored is the unknown ticker."""
    for mention in parse.tickers:
        ciks = catalog.tickers.get(mention.symbol.upper())
        if ciks and not mention.explicit and not mention.word.isupper() and names.ends_person(
                words, mention.pos, parse.question, catalog):
            continue  # "jessica snow's title": the end of a person's name, not Snowflake's ticker
        if ciks:
            used = {i for i, w in words.items() if w.pos == mention.pos}
            found = Match(mention.text, [catalog.issuers[c] for c in ciks], used, via="ticker")
            res.company = found if res.company is None else _together(res.company, found)
            claimed |= used
        elif mention.explicit and res.unknown_ticker is None:
            res.unknown_ticker = mention.symbol.upper()
            res.ticker_guesses, res.guessed_from = ticker_guesses(mention.symbol, catalog), mention.symbol.upper()
            if _typo_of_stored(res, mention, len(parse.tickers), conn):  # "$DKGN": DKNG, said first
                res.company = Match(mention.text, res.ticker_guesses, {i for i, w in words.items()
                                                                       if w.pos == mention.pos}, via="ticker_guess")


def _typo_of_stored(res: Resolution, mention: TickerMention, mentions: int, conn: sqlite3.Connection) -> bool:
    """A lone "$TICKER" one keystroke from one stored ticker, that the SEC's ticker table (when loaded) does not
    know: a typo. A ticker the table knows is another company ("$MDT" is Medtronic, never MongoDB), and without
    the table the question is asked back ("Did you mean ...")."""
    return (len(res.ticker_guesses) == 1 and mentions == 1 and res.company is None and mention.text.startswith("$")
            and ticker_table_loaded(conn) and not in_ticker_table(conn, mention.symbol))


def _lower_tickers(res: Resolution, avail: dict[int, NameWord], claimed: set[int], owner: _Scored | None,
                   several: bool, catalog: Catalog, question: str) -> None:
    """A lower-case ticker that is no one's name ("tgen options", "tgens gc", "tsla & pltr"); a common word
    ("snow") only when it stands alone or before "shares"/"trades" ("buffett snow shares"), not inside a name
    ("jessica snow", "mary barra snow")."""
    alone = {run[0] for run in names.runs(avail, question) if len(run) == 1}
    for i, w in avail.items():
        ciks = catalog.tickers.get(w.text.upper()) or (
            catalog.tickers.get(w.text[:-1].upper()) if w.norm.endswith("s") else None)
        if ciks and (not w.soft or i in alone or w.before_role) and i not in claimed and (owner is None or i not in owner.used):
            found = Match(w.text, [catalog.issuers[c] for c in ciks], {i}, via="ticker")
            res.company = found if res.company is None else _together(res.company, found)
            claimed.add(i)
            if not several:
                return


def _insider(res: Resolution, rest: dict[int, NameWord], claimed: set[int], scored: _Scored | None,
             catalog: Catalog, conn: sqlite3.Connection, question: str) -> None:
    """The insider among the words left: first among the company's filers, else anyone (``scored``: the
    owners already scored on the same words)."""
    restrict = None
    if res.company is not None and not res.company.ambiguous:
        restrict = Filers(conn, res.company.ciks)
    found = scored if restrict is None and scored is not None else _best(rest, catalog.owner_index, restrict,
                                                                         company=False)
    if found is None and restrict is not None:
        found = _best(rest, catalog.owner_index, None, company=False)
    if not found:
        return
    claimed |= found.used
    people = names.several_people(found, rest, catalog) if CONJUNCTION.search(question) else None
    if people is not None:  # "Katherine Adams and Michael Feld": each named by words of their own
        res.insider = Match(people, [catalog.owners[c] for c in found.ciks], found.used, several=True)
    else:
        res.insider = _as_match(names.family(found, rest, catalog, restrict), rest, catalog.owners)
    def best(left: dict) -> _Scored | None:
        return _best(left, catalog.owner_index, restrict, company=False)

    last = found  # "Richard Roe's purchase and Jane Doe's sales": both of them; "whiting + melkote + snow": all three
    while CONJUNCTION.search(question) and (other := names.another_person(
            last, rest, claimed, best, question, several=people is not None)) and other.ciks[0] not in res.insider.ciks:
        res.insider = _together(res.insider, _as_match(other, rest, catalog.owners))
        claimed |= other.used
        last = other

def _word_hits(words: dict[int, NameWord], cik: str, catalog: Catalog) -> set[int]:
    return {i for i, w in words.items() if cik in catalog.issuer_index.hits(w)[0]}


def _together(first: Match, second: Match) -> Match:
    """Two company mentions as one selection of several companies."""
    entities = list(dict.fromkeys(first.entities + second.entities))
    if len(entities) == len(first.entities):
        return first
    return Match(f"{first.text} and {second.text}", entities, first.words | second.words, via=first.via,
                 several=True, inexact=first.inexact or second.inexact)


def _words_of(text: str) -> dict[int, NameWord]:
    found = re.findall(r"[A-Za-z0-9][A-Za-z0-9&.'\-]*", text)
    words = [re.sub(r"(?:'s|')$", "", w).strip(".-'&") for w in found]
    return dict(enumerate(NameWord(w, i) for i, w in enumerate(words) if w and w.lower() not in CORPORATE_WORDS))


def resolve_texts(company: str | None, insider: str | None, catalog: Catalog, conn: sqlite3.Connection
                  ) -> tuple[Match | None, Match | None]:
    """Company and insider as free text (an LLM's spec, a follow-up) to database entities."""
    company_match = None
    if company:
        symbol = company.strip().lstrip("$").upper()
        if symbol in catalog.tickers:
            company_match = Match(company, [catalog.issuers[c] for c in catalog.tickers[symbol]], via="ticker")
        else:
            words = _words_of(company)
            found = _best(words, catalog.issuer_index, None, company=True) if words else None
            if found:
                company_match = _as_match(found, words, catalog.issuers)
    insider_match = None
    if insider:
        words = _words_of(insider)
        restrict = None
        if company_match is not None and not company_match.ambiguous:
            restrict = Filers(conn, company_match.ciks)
        found = _best(words, catalog.owner_index, restrict, company=False) if words else None
        if found is None and restrict is not None:
            found = _best(words, catalog.owner_index, None, company=False) if words else None
        if found:
            insider_match = _as_match(found, words, catalog.owners)
    return company_match, insider_match

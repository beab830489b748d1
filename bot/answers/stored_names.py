"""The name catalog read from the database's persisted name index (``storage.names_index``), word by word,
instead of loaded whole at start.

``StoredCatalog`` has the in-memory ``resolve.Catalog``'s face (``issuers``, ``owners``, ``tickers``,
``issuer_index``, ``owner_index``) and gives the same results: the index only finds candidates (the
entities whose names hold a word; the distinct words starting with a letter; words one keystroke from a
short word), and each candidate's current name is tokenised here exactly as the in-memory catalog does.
One ``StoredCatalog`` serves one question on one connection; the slices of vocabulary it reads for close
spellings are kept between questions by ``resolve.Catalogs`` until the names change.

A word held by thousands of names ("international", a common first name) is not read whole to learn
whether a few candidates hold it: its hits (``_Hits``) know how many names the index says hold it and
whether any does, answer ``cik in hits`` from the candidate's own name, and list every entity only when
iterated (``bot.answers.name_tally`` lists the rarest words' hits and asks the others).
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from bot.answers.resolve import CORPORATE_WORDS, Entity, _Words, close_spellings, tokens
from bot.answers.rules import NameWord
from bot.answers.tickers import one_keystroke
from storage import names_index

_CIK_TOKEN_LENGTH = 10
_EVERY_TICKER = ("SELECT DISTINCT upper(trading_symbol) FROM issuers WHERE coalesce(trading_symbol, '') != '' "
                 "ORDER BY 1")


_CACHED_ROWS = 200_000  # entities kept for the words asked most recently (a few tens of MB at most)


def significant_tokens(name: str | None, skip: set[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in tokens(name or "") if t not in skip))


def as_entity(kind: str, row: tuple) -> Entity:
    return Entity(row[0], row[1] or row[0], row[2]) if kind == "issuers" else Entity(row[0], row[1] or row[0])


@dataclass(frozen=True)
class _Count:
    """How many names of one kind the index says hold a word, and whether one truly does (as ``_Word``
    checks its rows)."""

    names: int
    found: bool


_CACHED_COUNTS = 100_000
# A word held by at most this many names is read whole to be asked about (then kept for the next questions);
# one held by more is asked about by the candidate's name.
_READ_UP_TO = 1_000


def _holds(row: tuple, word: str, skip: set[str]) -> bool:
    """A row the index found for ``word`` is a hit: it has a name, and plain ASCII is split by the index
    exactly as ``tokens`` splits it (other names are checked here)."""
    return bool(row[1]) and (row[1].isascii() or word in significant_tokens(row[1], skip))


def _cik_word(word: str) -> bool:
    return len(word) == _CIK_TOKEN_LENGTH and word.isdigit()


@dataclass(frozen=True)
class _Word:
    """The entities of one kind whose significant tokens hold one word: CIK -> their row, and {word}."""

    rows: dict[str, tuple]
    hits: dict[str, set[str]]


class VocabularyCache:
    """Shared by the questions of one database while its names stay the same (``signature``): the
    distinct name words by (kind, first character), for close spellings; the entities of the words read
    most recently (a word is read once, not per question); and how many names hold each word asked about
    (``_Count``: a word held by thousands of names is counted, not read)."""

    def __init__(self, signature: tuple):
        self.signature = signature
        self._slices: dict[tuple[str, str], list[str]] = {}
        self._words: OrderedDict[tuple[str, str], _Word] = OrderedDict()
        self._counts: dict[tuple[str, str], _Count] = {}
        self._tickers: frozenset[str] | None = None
        self._rows = 0
        self._lock = threading.Lock()

    def word(self, conn: sqlite3.Connection, kind: str, word: str, columns: tuple[str, ...], skip: set[str]) -> _Word:
        """The entities of ``kind`` whose name has the significant word ``word`` (read once, then kept)."""
        key = (kind, word)
        with self._lock:
            found = self._words.get(key)
            if found is not None:
                self._words.move_to_end(key)
                return found
        found = _Word({}, {})
        for row in names_index.with_words(conn, kind, [word], columns=columns):
            if _holds(row, word, skip):
                found.rows[row[0]] = row
                found.hits[row[0]] = {word}
        with self._lock:
            self._words[key] = found
            self._rows += len(found.hits)
            while self._rows > _CACHED_ROWS and len(self._words) > 1:
                self._rows -= len(self._words.popitem(last=False)[1].hits)
        return found

    def listed(self, kind: str, word: str) -> _Word | None:
        """The entities of ``word`` when they were read already (by any question), else None."""
        with self._lock:
            return self._words.get((kind, word))

    def count(self, conn: sqlite3.Connection, kind: str, word: str, skip: set[str]) -> _Count:
        """How many names hold ``word`` (the index's count, without reading them) and whether one does."""
        key = (kind, word)
        with self._lock:
            listed, counted = self._words.get(key), self._counts.get(key)
        if listed is not None:
            return _Count(len(listed.hits), bool(listed.hits))
        if counted is None:
            names = names_index.names_holding(conn, kind, word)
            counted = _Count(names, names > 0 and any(
                _holds(row, word, skip) for row in names_index.rows_holding(conn, kind, word)))
            with self._lock:
                if len(self._counts) >= _CACHED_COUNTS:
                    self._counts.clear()
                self._counts[key] = counted
        return counted

    def tickers(self, conn: sqlite3.Connection) -> frozenset[str]:
        """Every stored ticker, upper-cased (read once: a mistyped ticker's neighbours are looked up here)."""
        with self._lock:
            known = self._tickers
        if known is None:
            known = frozenset(r[0] for r in conn.execute(_EVERY_TICKER))
            with self._lock:
                self._tickers = known
        return known

    def starting(self, conn: sqlite3.Connection, kind: str, first: str) -> list[str]:
        key = (kind, first)
        with self._lock:
            cached = self._slices.get(key)
        if cached is None:
            cached = [t for t in names_index.words_starting(conn, kind, first) if t not in CORPORATE_WORDS]
            # An entity without a name goes by its CIK, as the in-memory catalog has it.
            cached += [r[0] for r in conn.execute(
                f"SELECT cik FROM {kind} WHERE coalesce(name, '') = '' AND cik >= ? AND cik < ? ORDER BY cik",
                (first, chr(ord(first) + 1)))] if first.isdigit() else []
            with self._lock:
                self._slices[key] = cached
        return cached


class _Entities(Mapping[str, Entity]):
    """CIK -> Entity for one kind, read on demand and remembered for the question."""

    def __init__(self, conn: sqlite3.Connection, kind: str):
        self.conn, self.kind = conn, kind
        self.columns = ("cik", "name", "trading_symbol") if kind == "issuers" else ("cik", "name")
        self._known: dict[str, Entity | None] = {}
        self.words: list[_Word] = []  # the words looked up for this question, whose entities are known

    def entity(self, row: tuple) -> Entity:
        found = self._known[row[0]] = as_entity(self.kind, row)
        return found

    def __getitem__(self, cik: str) -> Entity:
        if cik not in self._known:
            row = next((w.rows[cik] for w in self.words if cik in w.rows), None) or self.conn.execute(
                f"SELECT {', '.join(self.columns)} FROM {self.kind} WHERE cik = ?", (cik,)).fetchone()
            self._known[cik] = self.entity(tuple(row)) if row else None
        found = self._known[cik]
        if found is None:
            raise KeyError(cik)
        return found

    def __iter__(self) -> Iterator[str]:
        return (r[0] for r in self.conn.execute(f"SELECT cik FROM {self.kind} ORDER BY rowid"))

    def __len__(self) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {self.kind}").fetchone()[0]

    def values(self):  # one read for callers that list them all (suggestions)
        return [self.entity(tuple(r)) for r in self.conn.execute(
            f"SELECT {', '.join(self.columns)} FROM {self.kind} ORDER BY rowid")]


class _Tickers(Mapping[str, list[str]]):
    """Upper-case ticker -> the CIKs of the issuers that carry it, by the expression index on
    ``upper(trading_symbol)``."""

    def __init__(self, conn: sqlite3.Connection, vocabulary: VocabularyCache):
        self.conn, self.vocabulary = conn, vocabulary
        self._known: dict[str, list[str]] = {}

    def near(self, symbol: str) -> list[str]:
        """The stored tickers one keystroke from ``symbol``, in order: its variants looked up among the
        stored tickers (``tickers.one_keystroke``), not every ticker compared with it."""
        stored = self.vocabulary.tickers(self.conn)
        return sorted(t for t in one_keystroke(symbol, set("".join(stored))) if t in stored)

    def __getitem__(self, symbol: str) -> list[str]:
        if symbol not in self._known:
            self._known[symbol] = [r[0] for r in self.conn.execute(
                "SELECT cik FROM issuers WHERE upper(trading_symbol) = ? ORDER BY rowid", (symbol,))] if symbol else []
        if not self._known[symbol]:
            raise KeyError(symbol)
        return self._known[symbol]

    def __iter__(self) -> Iterator[str]:
        return (r[0] for r in self.conn.execute(_EVERY_TICKER))

    def __len__(self) -> int:
        return self.conn.execute(
            "SELECT count(DISTINCT upper(trading_symbol)) FROM issuers WHERE coalesce(trading_symbol, '') != ''"
        ).fetchone()[0]

    def items(self):
        out: dict[str, list[str]] = defaultdict(list)
        for symbol, cik in self.conn.execute("SELECT upper(trading_symbol), cik FROM issuers "
                                             "WHERE coalesce(trading_symbol, '') != '' ORDER BY rowid"):
            out[symbol].append(cik)
        return sorted(out.items())


class _Significant(Mapping[str, tuple[str, ...]]):
    """CIK -> the name's significant tokens in name order (as ``resolve._Index.significant``)."""

    def __init__(self, entities: _Entities, skip: set[str]):
        self.entities, self.skip = entities, skip
        self._known: dict[str, tuple[str, ...]] = {}

    def of(self, entity: Entity) -> tuple[str, ...]:
        if entity.cik not in self._known:
            self._known[entity.cik] = significant_tokens(entity.name, self.skip)
        return self._known[entity.cik]

    def __getitem__(self, cik: str) -> tuple[str, ...]:
        return self.of(self.entities[cik])

    def __iter__(self) -> Iterator[str]:
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)


class StoredIndex(_Words):
    """``resolve._Index`` answered from the persisted index: ``hits``, ``exact``, ``significant``."""

    def __init__(self, conn: sqlite3.Connection, entities: _Entities, vocabulary: VocabularyCache,
                 skip: set[str]):
        self.conn, self.entities, self.cache, self.skip = conn, entities, vocabulary, skip
        self.significant = _Significant(entities, skip)
        self._memo: dict[tuple, tuple[Mapping[str, set[str]], bool]] = {}
        self._words: dict[str, dict[str, set[str]]] = {}
        self._unread: set[str] = set()  # words whose entities no question has read: asked about by name
        self._plain: dict[str, frozenset[str] | None] = {}  # CIK -> its significant tokens (None: not ASCII)

    def hits(self, word: NameWord) -> tuple[Mapping[str, set[str]], bool]:
        """As ``resolve._Words.hits``, remembered for the question (each name word is asked several times)."""
        key = (word.text, word.norm)
        if key not in self._memo:
            self._memo[key] = super().hits(word)
        return self._memo[key]

    def _exact(self, words: list[str]) -> _Hits:
        return _Hits(self, words)

    def listed(self, words: list[str]) -> dict[str, set[str]]:
        """CIK -> tokens for every entity whose name holds one of ``words`` (each word read whole)."""
        found: dict[str, set[str]] = defaultdict(set)
        for t in words:
            for cik, toks in self._by_word(t).items():
                found[cik] |= toks
        return found

    def count(self, word: str) -> _Count:
        return self.cache.count(self.conn, self.entities.kind, word, self.skip)

    def holds(self, cik: str, word: str) -> bool:
        """Whether the entity ``cik``'s significant tokens hold ``word``: from the word's entities when they
        were read (by this question or an earlier one) or are few, else from the entity's name (a name not
        plain ASCII is checked against the word's entities, read for it, as ``_Word`` checks them)."""
        known = self._words.get(word)
        if known is None and word not in self._unread:
            if self.cache.listed(self.entities.kind, word) is None and self.count(word).names > _READ_UP_TO:
                self._unread.add(word)
            else:
                known = self._by_word(word)  # read once, kept for the next questions
        if known is not None:
            return cik in known
        if cik not in self._plain:
            entity = self.entities.get(cik)
            self._plain[cik] = frozenset() if entity is None else (
                frozenset(self.significant.of(entity)) if entity.name.isascii() else None)
        plain = self._plain[cik]
        return word in plain if plain is not None else cik in self._by_word(word)

    def _by_word(self, word: str) -> dict[str, set[str]]:
        """CIK -> {word} for the entities whose significant tokens hold ``word``."""
        if word not in self._words:
            found: dict[str, set[str]] = {}
            if word not in self.skip:
                seen = self.cache.word(self.conn, self.entities.kind, word, self.entities.columns, self.skip)
                self.entities.words.append(seen)
                found = dict(seen.hits)
                if _cik_word(word) and word not in found:
                    nameless = self.entities.get(word)  # an entity with no name is known by its CIK
                    if nameless is not None and nameless.name == word:
                        found[word] = {word}
            self._words[word] = found
        return self._words[word]

    def _close(self, word: str, *, ticker: bool) -> list[str]:
        """The words a close spelling of ``word`` may be: for a ticker-like word those one letter added or
        dropped away (``fuzz.ratio`` >= 86 allows no more at four or five letters); else every word with
        its first letter (``close_spellings`` keeps only those)."""
        if not ticker:
            return close_spellings(word, self.cache.starting(self.conn, self.entities.kind, word[0]))
        variants = {word} | {word[:i] + word[i + 1:] for i in range(len(word))}
        variants |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in names_index.WORD_CHARS}
        known = names_index.known_words(self.conn, self.entities.kind, sorted(variants))
        return close_spellings(word, [t for t in known if t not in self.skip], ticker=True)


class _Hits(Mapping[str, set[str]]):
    """CIK -> the tokens of ``words`` its name holds (``resolve._Words.hits``), for one stored index. Asking
    about one entity reads its name, not the word's entities; ``estimate`` and truth read the index's
    counts; iterating reads them all (once per question, kept between questions by the cache)."""

    def __init__(self, index: StoredIndex, words: list[str]):
        self.index = index
        self.words = [w for w in dict.fromkeys(words) if w not in index.skip]
        self._listed: dict[str, set[str]] | None = None
        self._found: list[str] | None = None  # the words some name holds
        if any(_cik_word(w) for w in self.words):
            self._list()  # a CIK stands for an entity without a name: a few entities at most

    def estimate(self) -> int:
        """How many entities these are, as cheaply as known (an upper bound before they are read)."""
        if self._listed is not None:
            return len(self._listed)
        return sum(self.index.count(w).names for w in self.words)

    def __bool__(self) -> bool:
        if self._listed is not None:
            return bool(self._listed)
        return any(self.index.count(w).found for w in self.words)

    def get(self, cik: str, default: Any = None) -> Any:
        if self._listed is not None:
            return self._listed.get(cik, default)
        if self._found is None:
            self._found = [w for w in self.words if self.index.count(w).found]
        found = {w for w in self._found if self.index.holds(cik, w)}
        return found or default

    def __getitem__(self, cik: str) -> set[str]:
        found = self.get(cik)
        if found is None:
            raise KeyError(cik)
        return found

    def __contains__(self, cik: object) -> bool:
        return isinstance(cik, str) and self.get(cik) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._list())

    def __len__(self) -> int:
        return len(self._list())

    def _list(self) -> dict[str, set[str]]:
        if self._listed is None:
            self._listed = self.index.listed(self.words)
        return self._listed


class StoredCatalog:
    """The catalog of one question's connection, read from the persisted name index."""

    def __init__(self, conn: sqlite3.Connection, vocabulary: VocabularyCache):
        self.issuers = _Entities(conn, "issuers")
        self.owners = _Entities(conn, "owners")
        self.tickers = _Tickers(conn, vocabulary)
        self.issuer_index = StoredIndex(conn, self.issuers, vocabulary, CORPORATE_WORDS)
        self.owner_index = StoredIndex(conn, self.owners, vocabulary, CORPORATE_WORDS)

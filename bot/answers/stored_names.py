"""The name catalog read from the database's persisted name index (``storage.names_index``), word by word,
instead of loaded whole at start.

``StoredCatalog`` has the in-memory ``resolve.Catalog``'s face (``issuers``, ``owners``, ``tickers``,
``issuer_index``, ``owner_index``) and gives the same results: the index only finds candidates (the
entities whose names hold a word; the distinct words starting with a letter; words one keystroke from a
short word), and each candidate's current name is tokenised here exactly as the in-memory catalog does.
One ``StoredCatalog`` serves one question on one connection; the slices of vocabulary it reads for close
spellings are kept between questions by ``resolve.Catalogs`` until the names change.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from bot.answers.resolve import CORPORATE_WORDS, Entity, _Words, close_spellings, tokens
from bot.answers.rules import NameWord
from storage import names_index

_CIK_TOKEN_LENGTH = 10


_CACHED_ROWS = 200_000  # entities kept for the words asked most recently (a few tens of MB at most)


def significant_tokens(name: str | None, skip: set[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in tokens(name or "") if t not in skip))


def as_entity(kind: str, row: tuple) -> Entity:
    return Entity(row[0], row[1] or row[0], row[2]) if kind == "issuers" else Entity(row[0], row[1] or row[0])


@dataclass(frozen=True)
class _Word:
    """The entities of one kind whose significant tokens hold one word: CIK -> their row, and {word}."""

    rows: dict[str, tuple]
    hits: dict[str, set[str]]


class VocabularyCache:
    """Shared by the questions of one database while its names stay the same (``signature``): the
    distinct name words by (kind, first character), for close spellings, and the entities of the words
    asked most recently with their significant tokens (a first name common to thousands of insiders is
    read once, not per question)."""

    def __init__(self, signature: tuple):
        self.signature = signature
        self._slices: dict[tuple[str, str], list[str]] = {}
        self._words: OrderedDict[tuple[str, str], _Word] = OrderedDict()
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
            # The index splits plain ASCII exactly as ``tokens`` does; other names are checked here.
            if row[1] and (row[1].isascii() or word in significant_tokens(row[1], skip)):
                found.rows[row[0]] = row
                found.hits[row[0]] = {word}
        with self._lock:
            self._words[key] = found
            self._rows += len(found.hits)
            while self._rows > _CACHED_ROWS and len(self._words) > 1:
                self._rows -= len(self._words.popitem(last=False)[1].hits)
        return found

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

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._known: dict[str, list[str]] = {}

    def __getitem__(self, symbol: str) -> list[str]:
        if symbol not in self._known:
            self._known[symbol] = [r[0] for r in self.conn.execute(
                "SELECT cik FROM issuers WHERE upper(trading_symbol) = ? ORDER BY rowid", (symbol,))] if symbol else []
        if not self._known[symbol]:
            raise KeyError(symbol)
        return self._known[symbol]

    def __iter__(self) -> Iterator[str]:
        return (r[0] for r in self.conn.execute(
            "SELECT DISTINCT upper(trading_symbol) FROM issuers WHERE coalesce(trading_symbol, '') != '' ORDER BY 1"))

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
        self._memo: dict[tuple, tuple[dict[str, set[str]], bool]] = {}
        self._words: dict[str, dict[str, set[str]]] = {}

    def hits(self, word: NameWord) -> tuple[dict[str, set[str]], bool]:
        """As ``resolve._Words.hits``, remembered for the question (each name word is asked several times)."""
        key = (word.text, word.norm)
        if key not in self._memo:
            self._memo[key] = super().hits(word)
        return self._memo[key]

    def _exact(self, words: list[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for t in words:
            for cik, toks in self._by_word(t).items():
                found[cik] |= toks
        return found

    def _by_word(self, word: str) -> dict[str, set[str]]:
        """CIK -> {word} for the entities whose significant tokens hold ``word``."""
        if word not in self._words:
            found: dict[str, set[str]] = {}
            if word not in self.skip:
                seen = self.cache.word(self.conn, self.entities.kind, word, self.entities.columns, self.skip)
                self.entities.words.append(seen)
                found = dict(seen.hits)
                if len(word) == _CIK_TOKEN_LENGTH and word.isdigit() and word not in found:
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


class StoredCatalog:
    """The catalog of one question's connection, read from the persisted name index."""

    def __init__(self, conn: sqlite3.Connection, vocabulary: VocabularyCache):
        self.issuers = _Entities(conn, "issuers")
        self.owners = _Entities(conn, "owners")
        self.tickers = _Tickers(conn)
        self.issuer_index = StoredIndex(conn, self.issuers, vocabulary, CORPORATE_WORDS)
        self.owner_index = StoredIndex(conn, self.owners, vocabulary, CORPORATE_WORDS)

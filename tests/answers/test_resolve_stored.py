"""The stored name catalog (persisted name index, bot.answers.stored_names) finds exactly what the
in-memory catalog finds: the same entities for the same words (exact, dropped apostrophe, close spellings,
ticker typos), the same tickers and ticker guesses, on made-up names and on the shared corpus."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from bot.answers import rules, stored_names, tickers
from bot.answers.resolve import Catalog, Catalogs, resolve
from bot.answers.rules import NameWord
from bot.answers.stored_names import StoredCatalog, VocabularyCache
from bot.answers.tickers import ticker_guesses
from storage.reader import Reader, open_readonly

ISSUERS = [
    ("0001537435", "Tecogen Inc.", "TGEN"), ("0001318605", "Tesla, Inc.", "TSLA"), ("0000320193", "Apple Inc.", "AAPL"),
    ("0001321655", "Palantir Technologies Inc.", "PLTR"), ("0001640147", "Snowflake Inc.", "SNOW"),
    ("0001018724", "AMAZON COM INC", "AMZN"), ("0001045810", "NVIDIA CORP", "nvda"), ("0000000011", None, None),
    ("0001850787", "Wave Life Sciences Ltd.", "WVE"), ("0001883685", "DraftKings Inc.", "DKNG"),
    ("0001555280", "Zoetis Inc.", "ZTS"), ("0001477720", "Société Générale S.A.", "SCGLY"),
    ("0001000001", "Acme Holdings Group", "ACME"), ("0001000002", "Acme Widgets Corp", "ACMW"),
]
OWNERS = [
    ("0001990311", "Whiting John"), ("0001043298", "Bezos Jeffrey P"), ("0001494730", "Musk Elon"),
    ("0001214156", "Cook Timothy D"), ("0001000010", "Whitting Jon"), ("0001000011", "DOE JANE"),
    ("0001000012", "Doe John Q."), ("0001000013", "Roe Richard"), ("0001000014", "Müller Renée"),
    ("0001000015", "O'Brien-Smith Mary"), ("0001000016", None), ("0001000017", "Snow Jessica"),
    ("0001000018", "Mithril II GP LP"), ("0001000019", "Barra Mary T"),
]


def _words(names: list[str], rng: random.Random) -> list[str]:
    """Every token of the names, each also with an s, misspelt (a letter changed, dropped, doubled,
    swapped) and in capitals; plus words that match nothing."""
    out = ["nobody", "zzzz", "inc", "the", "s", "teslas", "tecogens", "0000000011", "0001000016", "APPL", "TLSA",
           "AMZ", "NVDIA", "PLNTR", "draft", "kings", "draftkings", "whitting", "bezoz", "mueller", "o'brien"]
    for name in names:
        for token in name.replace(",", " ").replace(".", " ").split():
            low = token.lower()
            out += [token, low + "s", low.upper()[:5]]
            if len(low) > 3:
                i = rng.randrange(1, len(low))
                out += [low[:i] + low[i + 1:], low[:i] + low[i] + low[i:], low[:i] + "x" + low[i + 1:],
                        low[:i - 1] + low[i] + low[i - 1] + low[i + 1:]]
    return out


def _catalogs(conn) -> tuple[Catalog, StoredCatalog]:
    return Catalog.read(conn), StoredCatalog(conn, VocabularyCache(()))


@pytest.fixture
def both(db, db_path):
    """The same names in a database (the stored catalog) and in memory."""
    db.conn.executemany("INSERT INTO issuers (cik, name, trading_symbol) VALUES (?, ?, ?)", ISSUERS)
    db.conn.executemany("INSERT INTO owners (cik, name) VALUES (?, ?)", OWNERS)
    db.conn.commit()
    conn = open_readonly(db_path)
    yield *_catalogs(conn), ISSUERS, OWNERS
    conn.close()


def _plain(hits: tuple[dict, bool]) -> tuple[dict, bool]:
    return {cik: set(toks) for cik, toks in hits[0].items()}, hits[1]


def _same_hits(memory: Catalog, stored: StoredCatalog, names: list[str], seed: int) -> int:
    words = _words(names, random.Random(seed))
    for kind in ("issuer_index", "owner_index"):
        for text in words:
            word = NameWord(text, 0)
            assert _plain(getattr(stored, kind).hits(word)) == _plain(getattr(memory, kind).hits(word)), (kind, text)
            assert dict(getattr(stored, kind).exact(text)) == dict(getattr(memory, kind).exact(text)), (kind, text)
    return len(words)


def test_every_word_hits_the_same_entities(both):
    memory, stored, issuers, owners = both
    assert _same_hits(memory, stored, [n for _, n, _ in issuers if n] + [n for _, n in owners if n], 12) > 100


def test_every_word_of_the_corpus_hits_the_same_entities(corpus_db):
    conn = open_readonly(corpus_db)
    try:
        memory, stored = _catalogs(conn)
        names = [e.name for e in memory.issuers.values()] + [e.name for e in memory.owners.values()]
        assert _same_hits(memory, stored, names, 7) > 500
    finally:
        conn.close()


def test_entities_and_significant_tokens_are_the_same(both):
    memory, stored, issuers, owners = both
    for cik, *_ in issuers:
        assert stored.issuers[cik] == memory.issuers[cik]
        assert stored.issuer_index.significant[cik] == memory.issuer_index.significant[cik]
    for cik, _ in owners:
        assert stored.owners[cik] == memory.owners[cik]
        assert stored.owner_index.significant.get(cik, ()) == memory.owner_index.significant.get(cik, ())
    assert "0009999999" not in stored.issuers and stored.owners.get("0009999999") is None
    assert sorted(e.cik for e in stored.issuers.values()) == sorted(memory.issuers)
    assert len(stored.owners) == len(memory.owners)


@pytest.mark.parametrize("symbol", ["TGEN", "NVDA", "ACME", "ZZZZ", "", "TLSA", "ACM", "AMZ", "SNWO", "PLTRX", "WV"])
def test_tickers_and_ticker_guesses_are_the_same(both, symbol):
    memory, stored, *_ = both
    assert stored.tickers.get(symbol) == memory.tickers.get(symbol)
    assert (symbol in stored.tickers) == (symbol in memory.tickers)
    assert ticker_guesses(symbol, stored) == ticker_guesses(symbol, memory)
    assert sorted(stored.tickers) == sorted(memory.tickers)


def test_the_engine_reads_the_stored_index(db_path):
    reader = Reader(db_path)
    with reader.connect() as conn:
        catalog = Catalogs().load(conn, reader)
    assert isinstance(catalog, StoredCatalog)


def test_an_index_left_behind_by_a_bulk_load_is_not_used(db, db_path):
    """Names inserted around the triggers: the answers index them in memory rather than miss them."""
    db.conn.execute("DROP TRIGGER owners_name_words_ai")
    db.conn.execute("INSERT INTO owners (cik, name) VALUES ('0000000009', 'Quill Ada')")
    db.conn.commit()
    reader = Reader(db_path)
    with reader.connect() as conn:
        catalog = Catalogs().load(conn, reader)
        assert isinstance(catalog, Catalog)
        assert "0000000009" in catalog.owner_index.hits(NameWord("Quill", 0))[0]


@pytest.mark.parametrize("read_up_to", [0, 1_000])
def test_asking_a_word_about_one_entity_answers_as_reading_the_word_does(both, monkeypatch, read_up_to):
    """Before a word's entities are read, ``cik in hits`` (from the entity's name, or from the word read whole
    when few names hold it), the hits' truth and estimate agree with the in-memory index."""
    memory, stored, issuers, owners = both
    monkeypatch.setattr(stored_names, "_READ_UP_TO", read_up_to)
    conn, vocabulary = stored.issuer_index.conn, VocabularyCache(())
    names = [n for _, n, _ in issuers if n] + [n for _, n in owners if n]
    for kind, ciks in (("issuer_index", [c for c, *_ in issuers]), ("owner_index", [c for c, _ in owners])):
        for text in _words(names, random.Random(3)):
            hits, exact = getattr(StoredCatalog(conn, vocabulary), kind).hits(NameWord(text, 0))
            expected, expected_exact = getattr(memory, kind).hits(NameWord(text, 0))
            assert (bool(hits), exact) == (bool(expected), expected_exact), (kind, text)
            assert {c: hits.get(c) for c in [*ciks, "0009999999"]} == {c: expected.get(c) for c in [*ciks, "0009999999"]}
            assert hits.estimate() >= len(expected), (kind, text)


QUESTIONS = [
    "Tecogen sales", "john whiting tecogen", "musk tesla sales", "Société Générale", "Renee Muller", "mueller",
    "jane doe acme", "acme widgets", "Tesla and Apple", "bezoz", "TLSA sales", "draft kings", "mithril",
    "jessica snow's title", "mary barra", "o'brien-smith", "whitting jon", "acme", "zoetis", "wave",
]


@pytest.mark.parametrize("read_up_to", [0, 1_000])
def test_questions_resolve_as_with_the_names_in_memory(both, monkeypatch, read_up_to):
    memory, stored, *_ = both
    monkeypatch.setattr(stored_names, "_READ_UP_TO", read_up_to)
    conn = stored.issuer_index.conn
    for question in QUESTIONS:
        parse = rules.parse(question, dt.date(2026, 1, 1))
        fresh = StoredCatalog(conn, VocabularyCache(()))
        assert resolve(parse, fresh, conn) == resolve(parse, memory, conn), question


def test_a_word_in_many_names_is_not_read_to_find_the_one_the_rarer_words_name(db, db_path, monkeypatch):
    """"Acorn Dynamics International": the rarer words' candidates are asked whether their names hold
    'international'; the 300 names that hold it are not read."""
    monkeypatch.setattr(stored_names, "_READ_UP_TO", 50)
    db.conn.executemany("INSERT INTO issuers (cik, name) VALUES (?, ?)",
                        [(f"{9_000_000_000 + n:010d}", f"Name{n} International Corp") for n in range(300)]
                        + [("0000000001", "Acorn Dynamics International Corp"), ("0000000002", "Acorn Dynamics Inc.")])
    db.conn.commit()
    conn = open_readonly(db_path)
    try:
        vocabulary = VocabularyCache(())
        parse = rules.parse("Acorn Dynamics International sales", dt.date(2026, 1, 1))
        found = resolve(parse, StoredCatalog(conn, vocabulary), conn)
        assert found == resolve(parse, Catalog.read(conn), conn)
        assert found.company.ciks == ("0000000001",)
        assert vocabulary.listed("issuers", "international") is None
        assert vocabulary.listed("issuers", "acorn") is not None
    finally:
        conn.close()


@pytest.mark.parametrize("seed", range(40))
def test_a_tickers_variants_are_the_tickers_one_keystroke_away(seed):
    """Looking up a symbol's variants finds exactly the stored tickers one keystroke from it."""
    rng = random.Random(seed)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-"
    stored = {"".join(rng.choice(letters[:rng.randrange(3, 38)]) for _ in range(rng.randrange(1, 6)))
              for _ in range(300)}
    for symbol in [*rng.sample(sorted(stored), 5), "", "A", "TLSA", "BRK.A", "ZZZZZZ"]:
        near = {t for t in tickers.one_keystroke(symbol, set("".join(stored))) if t in stored}
        assert near == {t for t in stored if tickers._one_off(symbol, t)}, symbol

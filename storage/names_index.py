"""The persisted name index: the words of every issuer and owner name, looked up without loading them all.

One FTS5 table per kind, ``issuers_name_words`` and ``owners_name_words`` (columns ``name``, ``cik``
UNINDEXED; rowid = the entity's rowid; tokenizer ``unicode61 remove_diacritics 2``, ``detail=none``), and
an ``fts5vocab`` table over each, ``<kind>_name_vocab``, listing its distinct words. SQLite triggers on
``issuers`` and ``owners`` keep them current for ``storage.writes`` (the sync and ``ingest``); a data-set batch
(``storage.bulk``) drops the insert triggers and makes up for them in one statement at its end. Migration ``m010_name_index`` creates and
fills them for an existing database; :func:`rebuild` fills them again (after a bulk load with the triggers
dropped, or a ``VACUUM`` that renumbered rowids).

Unlike the Porter-stemmed ``issuers_fts``/``owners_fts`` (search boxes), these tables keep words as
written, lower-cased and without accents, and carry the CIK, so a rowid renumbered by ``VACUUM`` cannot
point a word at another entity. They are candidate finders: the reader checks each candidate's current
name itself (``bot.answers.resolve``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from storage.sql import execute_script

KINDS = ("issuers", "owners")
TOKENIZE = "unicode61 remove_diacritics 2"
# Characters a word may hold (the answers' tokenizer splits on everything else).
WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"


def words_table(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    return f"{kind}_name_words"


def vocab_table(kind: str) -> str:
    return f"{words_table(kind)[:-len('_words')]}_vocab"


def schema_sql(kind: str) -> str:
    """The tables and triggers of one kind (``issuers`` or ``owners``)."""
    words, vocab = words_table(kind), vocab_table(kind)
    return f"""
        CREATE VIRTUAL TABLE IF NOT EXISTS {words} USING fts5(
            name, cik UNINDEXED, tokenize = '{TOKENIZE}', detail = none);
        CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab({words}, 'row');
        CREATE TRIGGER IF NOT EXISTS {words}_ai AFTER INSERT ON {kind} BEGIN
            INSERT OR REPLACE INTO {words}(rowid, name, cik) VALUES (new.rowid, new.name, new.cik);
        END;
        CREATE TRIGGER IF NOT EXISTS {words}_ad AFTER DELETE ON {kind} BEGIN
            DELETE FROM {words} WHERE rowid = old.rowid;
        END;
        CREATE TRIGGER IF NOT EXISTS {words}_au AFTER UPDATE OF name, cik ON {kind} BEGIN
            DELETE FROM {words} WHERE rowid = old.rowid;
            INSERT OR REPLACE INTO {words}(rowid, name, cik) VALUES (new.rowid, new.name, new.cik);
        END;
    """


# Tickers are matched upper-cased; this index answers ``upper(trading_symbol) = ?`` and ``IN (...)``.
TICKER_INDEX = "CREATE INDEX IF NOT EXISTS idx_issuers_symbol_upper ON issuers(upper(trading_symbol))"


def create(conn: sqlite3.Connection) -> None:
    """Create the tables, triggers and ticker index (idempotent); fill them with :func:`rebuild`."""
    for kind in KINDS:
        execute_script(conn, schema_sql(kind))
    conn.execute(TICKER_INDEX)


def rebuild(conn: sqlite3.Connection) -> dict[str, int]:
    """Fill the index again from ``issuers`` and ``owners``; returns the entities indexed per kind."""
    counts = {}
    for kind in KINDS:
        words = words_table(kind)
        conn.execute(f"DELETE FROM {words}")
        conn.execute(f"INSERT INTO {words}(rowid, name, cik) SELECT rowid, name, cik FROM {kind}")
        conn.execute(f"INSERT INTO {words}({words}) VALUES ('optimize')")
        counts[kind] = conn.execute(f"SELECT count(*) FROM {words}").fetchone()[0]
    return counts


def present(conn: sqlite3.Connection) -> bool:
    """Whether this database has the index (a database not yet migrated has not)."""
    found = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name IN (?, ?, ?, ?)",
        tuple(t for kind in KINDS for t in (words_table(kind), vocab_table(kind))),
    ).fetchone()[0]
    return found == 2 * len(KINDS)


def current(conn: sqlite3.Connection) -> bool:
    """Whether the index is there and has followed the names: the newest issuer and owner are indexed
    (rows inserted around the triggers, as a bulk load that drops them does, leave it behind until
    :func:`rebuild`)."""
    if not present(conn):
        return False
    for kind in KINDS:
        newest = conn.execute(f"SELECT rowid, cik FROM {kind} ORDER BY rowid DESC LIMIT 1").fetchone()
        indexed = conn.execute(f"SELECT rowid, cik FROM {words_table(kind)} ORDER BY rowid DESC LIMIT 1").fetchone()
        if (tuple(newest) if newest else None) != (tuple(indexed) if indexed else None):
            return False
    return True


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def with_words(conn: sqlite3.Connection, kind: str, words: Iterable[str], *,
               columns: Sequence[str] = ("cik", "name")) -> list[tuple]:
    """``columns`` (default cik and current name) of every entity of ``kind`` whose name has one of ``words``
    (each a whole word, lower case), in the order they were stored: candidates, to be checked against the
    name."""
    terms = sorted({w for w in words if w})
    if not terms:
        return []
    table = words_table(kind)
    picked = ", ".join(f"e.{c}" for c in columns)
    return [tuple(r) for r in conn.execute(
        f"SELECT {picked} FROM {table} w JOIN {kind} e ON e.cik = w.cik "
        f"WHERE {table} MATCH ? ORDER BY e.rowid",
        (" OR ".join(_quoted(t) for t in terms),),
    )]


def names_holding(conn: sqlite3.Connection, kind: str, word: str) -> int:
    """How many names of ``kind`` hold the whole word ``word`` (the vocabulary's document count: the word's
    entry is read, not its names)."""
    row = conn.execute(f"SELECT doc FROM {vocab_table(kind)} WHERE term = ?", (word,)).fetchone()
    return row[0] if row else 0


def rows_holding(conn: sqlite3.Connection, kind: str, word: str) -> Iterator[tuple]:
    """(cik, current name) of the entities of ``kind`` whose name has ``word``, in no set order, read as
    iterated (to stop at the first that will do)."""
    table = words_table(kind)
    return (tuple(r) for r in conn.execute(
        f"SELECT e.cik, e.name FROM {table} w JOIN {kind} e ON e.cik = w.cik WHERE {table} MATCH ?",
        (_quoted(word),)))


def words_starting(conn: sqlite3.Connection, kind: str, first: str) -> list[str]:
    """Every distinct word of ``kind``'s names that starts with the character ``first``."""
    return [r[0] for r in conn.execute(
        f"SELECT term FROM {vocab_table(kind)} WHERE term >= ? AND term < ? ORDER BY term",
        (first, first[:-1] + chr(ord(first[-1]) + 1)),
    )]


def known_words(conn: sqlite3.Connection, kind: str, words: Sequence[str]) -> list[str]:
    """Those of ``words`` that some name of ``kind`` holds."""
    found: list[str] = []
    vocab = vocab_table(kind)
    for start in range(0, len(words), 400):
        chunk = list(words[start:start + 400])
        found += [r[0] for r in conn.execute(
            f"SELECT term FROM {vocab} WHERE term IN ({', '.join('?' for _ in chunk)})", chunk)]
    return sorted(set(found))


def any_names(conn: sqlite3.Connection, kind: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {words_table(kind)} LIMIT 1").fetchone() is not None

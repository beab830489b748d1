"""The persisted name index (storage.names_index): kept current by triggers through both write paths,
created and filled by migration m010 for an existing database, and answering word lookups."""

from __future__ import annotations

import sqlite3

import pytest

from storage import names_index
from storage.bulk import store_filings
from storage.db import open_db
from storage.migrations import MIGRATIONS, migrate
from storage.writes import store_filing


def _ciks(db, kind: str, *words: str) -> list[str]:
    return sorted(cik for cik, _ in names_index.with_words(db.conn, kind, words))


def test_a_new_database_has_the_index(db):
    assert names_index.present(db.conn) and names_index.current(db.conn)
    assert not names_index.any_names(db.conn, "owners")


def test_the_sync_path_indexes_new_issuers_and_owners(db, make_filing):
    store_filing(db, make_filing(accession_number="0001537435-23-000001"))
    assert _ciks(db, "issuers", "tecogen") == ["0001537435"]
    assert _ciks(db, "owners", "whiting") == ["0001990311"]
    assert _ciks(db, "owners", "john", "nobody") == ["0001990311"]
    assert _ciks(db, "owners", "whit") == []  # whole words only


def test_a_rename_moves_the_words(db, make_filing):
    store_filing(db, make_filing(accession_number="0001537435-23-000001"))
    store_filing(db, make_filing(accession_number="0001537435-24-000002", period="2024-01-05",
                                  issuer_name="Tecogen Energy Corp", owners=(("0001990311", "Whiting Jonathan"),)))
    assert _ciks(db, "issuers", "energy") == ["0001537435"]
    assert _ciks(db, "owners", "jonathan") == ["0001990311"]
    assert _ciks(db, "owners", "john") == []
    assert names_index.with_words(db.conn, "issuers", ["tecogen"]) == [("0001537435", "Tecogen Energy Corp")]


def test_a_deleted_owner_leaves_the_index(db):
    db.conn.execute("INSERT INTO owners (cik, name) VALUES ('0000000001', 'Doe Jane')")
    db.conn.execute("DELETE FROM owners WHERE cik = '0000000001'")
    assert _ciks(db, "owners", "doe") == []
    assert names_index.current(db.conn)


def test_the_data_set_path_indexes_too(db, make_filing):
    filings = [make_filing(accession_number=f"0001537435-23-00000{i}", issuer_cik=f"000000000{i}",
                            issuer_name=f"Acme {name} Inc.", owners=((f"00000001{i}", f"Roe {name}"),))
               for i, name in enumerate(("Alpha", "Beta"), start=1)]
    store_filings(db, filings, origin="dataset:2023q3")
    assert _ciks(db, "issuers", "acme") == ["0000000001", "0000000002"]
    assert _ciks(db, "owners", "beta") == ["000000012"]


def test_accents_and_case_fold(db):
    db.conn.execute("INSERT INTO owners (cik, name) VALUES ('0000000003', 'MÜLLER Renée')")
    assert _ciks(db, "owners", "muller") == ["0000000003"]
    assert _ciks(db, "owners", "renee") == ["0000000003"]


def test_vocabulary_lookups(db):
    db.conn.executemany("INSERT INTO owners (cik, name) VALUES (?, ?)",
                        [("1", "Whiting John"), ("2", "Whitman Anne"), ("3", "Bezos Jeffrey P")])
    assert names_index.words_starting(db.conn, "owners", "w") == ["whiting", "whitman"]
    assert names_index.known_words(db.conn, "owners", ["bezos", "bezoz", "anne"]) == ["anne", "bezos"]


def test_how_many_names_hold_a_word_is_counted_without_reading_them(db):
    """The vocabulary's document count: a word held by thousands of names is counted, not read."""
    db.conn.executemany("INSERT INTO issuers (cik, name) VALUES (?, ?)",
                        [(f"{n:010d}", f"Name{n} International Corp") for n in range(30)]
                        + [("0000000099", "Acorn International International Inc.")])
    assert names_index.names_holding(db.conn, "issuers", "international") == 31  # names, not occurrences
    assert names_index.names_holding(db.conn, "issuers", "acorn") == 1
    assert names_index.names_holding(db.conn, "issuers", "nobody") == 0
    db.conn.execute("DELETE FROM issuers WHERE cik = '0000000099'")
    assert names_index.names_holding(db.conn, "issuers", "acorn") == 0
    assert names_index.names_holding(db.conn, "owners", "international") == 0


def test_rows_holding_a_word_are_read_as_asked(db):
    db.conn.executemany("INSERT INTO owners (cik, name) VALUES (?, ?)",
                        [(f"{n:010d}", f"Roe{n} Jane") for n in range(50)] + [("0000000099", "Doe John")])
    rows = names_index.rows_holding(db.conn, "owners", "jane")
    assert next(rows)[1].endswith("Jane")  # the first, without the other 49
    assert sorted(names_index.rows_holding(db.conn, "owners", "jane")) == [(f"{n:010d}", f"Roe{n} Jane")
                                                                           for n in range(50)]
    assert list(names_index.rows_holding(db.conn, "owners", "nobody")) == []


def test_migration_m010_fills_an_existing_database(tmp_path):
    path = tmp_path / "old.db"
    before = [fn for fn in MIGRATIONS if fn.__name__ != "m010_name_index"]
    conn = sqlite3.connect(path)
    import sqlite_utils

    old = sqlite_utils.Database(conn)
    old.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for fn in before:
        with old.atomic():
            fn(old)
            old.execute("INSERT INTO _migrations VALUES (?, 'then')", [fn.__name__])
    old.execute("INSERT INTO issuers (cik, name, trading_symbol) VALUES ('0000320193', 'Apple Inc.', 'AAPL')")
    old.execute("INSERT INTO owners (cik, name) VALUES ('0001214156', 'Cook Timothy D')")
    conn.commit()
    assert not names_index.present(conn)
    assert migrate(old) == ["m010_name_index"]
    assert names_index.with_words(conn, "issuers", ["apple"]) == [("0000320193", "Apple Inc.")]
    assert names_index.with_words(conn, "owners", ["timothy"]) == [("0001214156", "Cook Timothy D")]
    conn.close()


def test_rebuild_after_a_load_without_triggers(db_path):
    database = open_db(db_path)
    conn = database.conn
    conn.execute("DROP TRIGGER owners_name_words_ai")
    conn.execute("INSERT INTO owners (cik, name) VALUES ('0000000009', 'Quill Ada')")
    assert names_index.with_words(conn, "owners", ["quill"]) == []
    assert not names_index.current(conn)  # left behind: readers do without it
    assert names_index.rebuild(conn)["owners"] == 1
    assert names_index.current(conn)
    assert names_index.with_words(conn, "owners", ["quill"]) == [("0000000009", "Quill Ada")]
    database.close()


@pytest.mark.parametrize("kind", ["people", ""])
def test_unknown_kinds_are_refused(kind):
    with pytest.raises(ValueError):
        names_index.words_table(kind)

"""storage.bulk: many filings in one write transaction give the same database as storing them one by one
(names from the newest filing, amendments linked whichever comes first, full-text search current), and
each filing's origin decides which copy of a filing stays (storage.writes)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import sqlite_utils

from storage.bulk import store_filings
from storage.migrations import FTS_001, MIGRATIONS, migrate
from storage.writes import store_filing

DATASET = "dataset:2023q3"
STAMPS = ("ingested_at", "updated_at")


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of the filing tables without the time stamps, in key order."""
    out = {}
    for table in ("issuers", "owners", "filings", "filing_owners", "entries", "footnotes", "signatures"):
        columns = [c for c in db[table].columns_dict if c not in STAMPS]
        out[table] = db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1, 2").fetchall()
    return out


def history(make_filing):
    """Five filings of one issuer: two originals and an amendment of the first, with the issuer's and an
    owner's name changing over time, in an order where the amendment comes before its original."""
    return [
        make_filing(accession_number="0000000001-23-000003", document_type="4/A", period="2023-09-20",
                    date_of_original_submission="2023-09-27", issuer_name="Tecogen Inc",
                    owners=(("0001990311", "Whiting John"), ("0000000777", "Other Owner")), shares=37600.0),
        make_filing(accession_number="0000000001-23-000001", period="2023-09-20", issuer_name="Tecogen Inc",
                    filed_at="2023-09-27", owners=(("0001990311", "Whiting John"), ("0000000777", "Other Owner"))),
        make_filing(accession_number="0000000001-24-000001", period="2024-03-01", issuer_name="Tecogen Inc.",
                    owners=(("0001990311", "Whiting John P"),), shares=1000.0),
        make_filing(accession_number="0000000001-22-000001", period="2022-01-05", issuer_name="TECOGEN",
                    symbol="TGN", owners=(("0001990311", "WHITING JOHN"),), shares=5.0),
        make_filing(accession_number="0000000002-23-000001", issuer_cik="0000320193", issuer_name="Apple Inc.",
                    symbol="AAPL", period="2023-01-01", owners=(("0000000777", "Other Owner"),)),
    ]


def test_a_batch_stores_what_one_by_one_stores(tmp_path, make_filing):
    filings = history(make_filing)
    one_by_one = sqlite_utils.Database(tmp_path / "one.db")
    migrate(one_by_one)
    assert [store_filing(one_by_one, f, origin=DATASET) for f in filings] == ["new"] * 5
    batched = sqlite_utils.Database(tmp_path / "batch.db")
    migrate(batched)
    assert store_filings(batched, filings, origin=DATASET) == ["new"] * 5

    assert snapshot(batched) == snapshot(one_by_one)
    assert batched["issuers"].get("0001537435")["name"] == "Tecogen Inc."
    assert batched["issuers"].get("0001537435")["trading_symbol"] == "TGEN"
    assert batched["owners"].get("0001990311")["name"] == "Whiting John P"
    assert batched["filings"].get("0000000001-23-000003")["amends_filing_id"] == "0000000001-23-000001"
    assert {r["origin"] for r in batched["filings"].rows} == {DATASET}


def test_batches_link_amendments_to_originals_in_earlier_or_later_batches(db, make_filing):
    amendment, original, *rest = history(make_filing)
    assert store_filings(db, [amendment], origin=DATASET) == ["new"]
    assert db["filings"].get(amendment.accession_number)["amends_filing_id"] is None
    assert store_filings(db, [original, *rest], origin=DATASET) == ["new"] * 4
    assert db["filings"].get(amendment.accession_number)["amends_filing_id"] == original.accession_number


def test_an_original_with_a_new_owner_finds_the_amendment_of_its_stored_owner(db, make_filing):
    """The batch's new owners have no stored filings: the amendment is found through the owner stored before."""
    amendment = make_filing(accession_number="0000000001-23-000003", document_type="4/A", period="2023-09-20",
                            date_of_original_submission="2023-09-27", owners=(("0001990311", "Whiting John"),))
    original = make_filing(accession_number="0000000001-23-000001", period="2023-09-20", filed_at="2023-09-27",
                           owners=(("0000000888", "New Owner"), ("0001990311", "Whiting John")))
    newcomer = make_filing(accession_number="0000000001-23-000002", period="2023-09-20", filed_at="2023-09-27",
                           owners=(("0000000999", "Another Newcomer"),))
    assert store_filings(db, [amendment], origin=DATASET) == ["new"]
    assert store_filings(db, [newcomer, original], origin=DATASET) == ["new", "new"]
    assert db["filings"].get(amendment.accession_number)["amends_filing_id"] == original.accession_number


def test_the_name_index_is_current_after_a_batch(db, make_filing):
    store_filings(db, history(make_filing), origin=DATASET)
    for kind in ("issuers", "owners"):
        db.execute(f"INSERT INTO {kind}_name_words({kind}_name_words) VALUES ('integrity-check')")
        assert db.execute(f"SELECT rowid, name, cik FROM {kind}_name_words ORDER BY rowid").fetchall() == \
            db.execute(f"SELECT rowid, name, cik FROM {kind} ORDER BY rowid").fetchall()
    assert db.execute("SELECT cik FROM owners_name_words WHERE owners_name_words MATCH 'whiting'").fetchall() == \
        [("0001990311",)]


def test_full_text_search_is_current_after_a_batch_and_the_triggers_are_back(db, make_filing):
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    store_filings(db, history(make_filing), origin=DATASET)
    assert db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall() == triggers
    for table in FTS_001:
        db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
    hits = db.execute("SELECT count(*) FROM footnotes_fts WHERE footnotes_fts MATCH 'vests'").fetchone()[0]
    assert hits == 5
    assert db.execute("SELECT count(*) FROM owners_fts WHERE owners_fts MATCH 'whiting'").fetchone()[0] == 1
    # A filing stored the ordinary way afterwards still reaches the index through the trigger.
    store_filing(db, make_filing(accession_number="0000000009-23-000001", footnotes={"F1": "Zebra clause"}))
    assert db.execute("SELECT count(*) FROM footnotes_fts WHERE footnotes_fts MATCH 'zebra'").fetchone()[0] == 1


def test_an_error_in_a_batch_leaves_nothing_behind(db, make_filing):
    triggers = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()
    good = make_filing(accession_number="0000000001-23-000001")
    bad = make_filing(accession_number="0000000001-23-000002")
    bad.derivative_transactions.append(bad.derivative_transactions[0])  # the same row key twice: refused
    try:
        store_filings(db, [good, bad], origin=DATASET)
    except sqlite3.IntegrityError:
        pass
    else:
        raise AssertionError("expected the batch to fail")
    assert db.execute("SELECT count(*) FROM filings").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == triggers


def test_a_data_set_copy_never_replaces_the_xml_and_the_xml_replaces_a_data_set_copy(db, make_filing):
    acc = "0000000001-23-000001"
    from_dataset = make_filing(accession_number=acc, shares=37500.0, filed_at="2023-09-27")
    exact = make_filing(accession_number=acc, shares=37500.125, accepted_at="2023-09-27T16:30:15-04:00",
                        source="https://www.sec.gov/Archives/edgar/data/1537435/x.txt")
    assert store_filings(db, [from_dataset], origin=DATASET) == ["new"]
    assert store_filings(db, [from_dataset], origin=DATASET) == ["unchanged"]
    assert store_filing(db, exact) == "updated"
    row = db["filings"].get(acc)
    assert (row["origin"], row["accepted_at"], row["filed_at"], row["source"]) == (
        "submission", "2023-09-27T16:30:15-04:00", "2023-09-27", exact.source)
    assert db.execute("SELECT shares FROM entries WHERE filing_id = ? AND table_name = 'derivative_transaction'",
                      [acc]).fetchone()[0] == 37500.125
    before = list(db.conn.iterdump())
    assert store_filings(db, [from_dataset], origin=DATASET) == ["unchanged"]
    assert store_filing(db, from_dataset, origin=DATASET) == "unchanged"
    assert list(db.conn.iterdump()) == before
    # Even with the same content, the XML takes the data-set copy's place (origin, acceptance time).
    other = "0000000001-23-000002"
    store_filings(db, [replace(from_dataset, accession_number=other)], origin=DATASET)
    assert store_filing(db, replace(from_dataset, accession_number=other, accepted_at="2023-09-27T17:00:00")) == \
        "updated"
    assert db["filings"].get(other)["origin"] == "submission"


def test_existing_filings_get_their_origin_from_their_source(tmp_path):
    db = sqlite_utils.Database(tmp_path / "old.db")
    before = [m for m in MIGRATIONS if m.__name__ < "m005"]
    for fn in before:
        fn(db)
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    db["_migrations"].insert_all([{"name": fn.__name__, "applied_at": "2025-01-01"} for fn in before])
    db["issuers"].insert({"cik": "0001537435"})
    base = {"content_hash": "h", "document_type": "4", "form": "4", "is_amendment": 0,
            "issuer_cik": "0001537435", "ingested_at": "2025-01-01"}
    db["filings"].insert_all([
        {**base, "id": "sha1:aa", "source": "/data/a.xml"},
        {**base, "id": "sha1:bb", "source": "/data/b.TXT", "content_hash": "h2"},
        {**base, "id": "sha1:cc", "source": "/data/c.nc", "content_hash": "h3"},
        {**base, "id": "0001-23-000001", "accession_number": "0001-23-000001", "source": "https://x/y.txt"},
        {**base, "id": "0001-23-000002", "accession_number": "0001-23-000002", "source": None},
    ])
    assert migrate(db)[0] == "m005_filing_origin"
    assert dict(db.execute("SELECT id, origin FROM filings ORDER BY id").fetchall()) == {
        "0001-23-000001": "submission", "0001-23-000002": "submission", "sha1:aa": "xml",
        "sha1:bb": "submission", "sha1:cc": "submission"}

"""storage.writes: storing filings idempotently, re-keying, amendments, rejections, search."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlite_utils

from storage.writes import (
    clear_rejection,
    filing_exists,
    filing_id,
    record_rejection,
    store_filing,
    write_transaction,
)

ACCESSION = "0001537435-23-000042"
CHILD_TABLES = ("filing_owners", "entries", "footnotes", "signatures")


def dump(db) -> list[str]:
    return list(db.conn.iterdump())


def count(db, table: str, where: str = "", params=()) -> int:
    return db.conn.execute(f"SELECT count(*) FROM {table} {where}", params).fetchone()[0]


def one(db, sql: str, params=()):
    return db.conn.execute(sql, params).fetchone()


def entry(db, entry_id: str) -> dict:
    """The stored table row with this key ('<filing id>:<table>:<seq>', generated since m012: not the primary key)."""
    return next(db["entries"].rows_where("id = ?", [entry_id]))


def test_a_new_filing_lands_in_every_table(db, make_filing):
    filing = make_filing(
        accession_number=ACCESSION, filed_at="2023-09-27", symbol="tgen",
        signatures=(("/s/ John Whiting", "2023-09-22"), ("/s/ Attorney-in-fact", "2023-09-27")),
        remarks="Options granted under the 2023 plan",
    )
    assert store_filing(db, filing) == "new"

    assert {t: count(db, t) for t in ("issuers", "owners", "filings", *CHILD_TABLES)} == {
        "issuers": 1, "owners": 1, "filings": 1, "filing_owners": 1, "entries": 2, "footnotes": 1,
        "signatures": 2,
    }
    row = db["filings"].get(ACCESSION)
    assert row["accession_number"] == ACCESSION
    assert row["content_hash"] == filing.content_hash
    assert (row["document_type"], row["form"], row["is_amendment"]) == ("4", "4", 0)
    assert row["signed_at"] == "2023-09-27"
    assert row["filed_at"] == "2023-09-27"
    assert row["aff10b5one"] == 0
    assert row["issuer_trading_symbol"] == "tgen"
    assert row["ingested_at"]
    assert db["issuers"].get("0001537435")["trading_symbol"] == "TGEN"
    assert db["owners"].get("0001990311")["name"] == "Whiting John"

    owner = db["filing_owners"].get((ACCESSION, "0001990311"))
    assert (owner["is_officer"], owner["is_director"], owner["is_ten_percent_owner"], owner["is_other"]) == (
        1, 0, 0, 0)
    assert owner["officer_title"] == "General Counsel & Secretary"
    assert owner["seq"] == 1

    option = entry(db, f"{ACCESSION}:derivative_transaction:1")
    assert (option["is_derivative"], option["is_holding"], option["issuer_cik"]) == (1, 0, "0001537435")
    assert (option["transaction_code"], option["shares"], option["conversion_or_exercise_price"]) == (
        "A", 37500.0, 0.88)
    assert option["expiration_date"] == "2033-09-20"
    assert json.loads(option["footnote_ids"]) == {"exercise_date": ["F1"]}
    holding = entry(db, f"{ACCESSION}:non_derivative_holding:1")
    assert (holding["is_derivative"], holding["is_holding"], holding["nature_of_ownership"]) == (
        0, 1, "By Whiting Family Trust")
    assert json.loads(holding["footnote_ids"]) == {}

    assert db["footnotes"].get((ACCESSION, "F1"))["text"] == "Vests 50% per year"
    assert [(s["seq"], s["name"], s["date"]) for s in db["signatures"].rows_where(order_by="seq")] == [
        (1, "/s/ John Whiting", "2023-09-22"), (2, "/s/ Attorney-in-fact", "2023-09-27")]


def test_a_bare_filing_is_keyed_by_its_content_hash(db, make_filing):
    filing = make_filing()
    assert filing_id(filing) == f"sha1:{filing.content_hash}"
    store_filing(db, filing)
    row = db["filings"].get(f"sha1:{filing.content_hash}")
    assert row["accession_number"] is None


def test_filing_without_content_hash_is_refused(db, make_filing):
    filing = make_filing()
    filing.content_hash = None
    with pytest.raises(ValueError, match="content_hash"):
        store_filing(db, filing)


@pytest.mark.parametrize("accession", [ACCESSION, None])
def test_storing_the_same_filing_twice_changes_nothing(db, make_filing, accession):
    store_filing(db, make_filing(accession_number=accession, filed_at="2023-09-27" if accession else None))
    before, changes = dump(db), db.conn.total_changes
    again = make_filing(accession_number=accession, filed_at="2023-09-27" if accession else None)
    assert store_filing(db, again) == "unchanged"
    assert db.conn.total_changes == changes, "a row was written"
    assert dump(db) == before


def test_a_bare_filing_is_rekeyed_to_its_accession(db, make_filing):
    bare = make_filing(source="/data/form4.xml")
    bare_id = f"sha1:{bare.content_hash}"
    store_filing(db, bare)
    ingested_at = db["filings"].get(bare_id)["ingested_at"]

    full = make_filing(accession_number=ACCESSION, filed_at="2023-09-27",
                       accepted_at="2023-09-27T16:05:00-04:00", source="/data/sub.txt")
    assert store_filing(db, full) == "updated"

    assert count(db, "filings") == 1
    row = db["filings"].get(ACCESSION)
    assert (row["accession_number"], row["filed_at"], row["accepted_at"], row["source"]) == (
        ACCESSION, "2023-09-27", "2023-09-27T16:05:00-04:00", "/data/sub.txt")
    assert row["ingested_at"] == ingested_at
    for table in CHILD_TABLES:
        assert count(db, table, "WHERE filing_id = ?", (bare_id,)) == 0, table
        assert count(db, table, "WHERE filing_id = ?", (ACCESSION,)) > 0, table
    assert sorted(r["id"] for r in db["entries"].rows) == [
        f"{ACCESSION}:derivative_transaction:1", f"{ACCESSION}:non_derivative_holding:1"]
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []

    assert store_filing(db, full) == "unchanged"
    assert store_filing(db, bare) == "unchanged"
    assert count(db, "filings") == 1
    assert filing_exists(db, ACCESSION)


def test_rekeying_works_on_a_connection_with_foreign_keys_off(tmp_path, db, make_filing):
    bare = make_filing()
    store_filing(db, bare)
    store_filing(db, make_filing(document_type="4/A", accession_number="0001537435-23-000050"))
    plain = sqlite_utils.Database(sqlite3.connect(tmp_path / "insiderbot.db"))
    assert plain.execute("PRAGMA foreign_keys").fetchone()[0] == 0

    assert store_filing(plain, make_filing(accession_number=ACCESSION)) == "updated"
    for table in CHILD_TABLES:
        assert count(plain, table, "WHERE filing_id = ?", (ACCESSION,)) > 0, table
        assert count(plain, table, "WHERE filing_id LIKE 'sha1:%'") == 0, table
    assert plain["filings"].get("0001537435-23-000050")["amends_filing_id"] == ACCESSION
    assert plain.execute("PRAGMA foreign_key_check").fetchall() == []
    plain.close()


def test_an_accession_stored_first_makes_the_bare_copy_unchanged(db, make_filing):
    assert store_filing(db, make_filing(accession_number=ACCESSION)) == "new"
    assert store_filing(db, make_filing()) == "unchanged"
    assert [r["id"] for r in db["filings"].rows] == [ACCESSION]


def test_missing_header_fields_are_filled_in(db, make_filing):
    store_filing(db, make_filing(accession_number=ACCESSION))
    assert store_filing(db, make_filing(accession_number=ACCESSION, filed_at="2023-09-27")) == "updated"
    assert db["filings"].get(ACCESSION)["filed_at"] == "2023-09-27"
    assert store_filing(db, make_filing(accession_number=ACCESSION, filed_at="2023-09-28")) == "unchanged"
    assert db["filings"].get(ACCESSION)["filed_at"] == "2023-09-27"


def test_new_content_under_the_same_accession_replaces_the_rows(db, make_filing):
    store_filing(db, make_filing(accession_number=ACCESSION, footnotes={"F1": "a", "F2": "b"}))
    ingested_at = db["filings"].get(ACCESSION)["ingested_at"]
    changed = make_filing(accession_number=ACCESSION, shares=40000.0)
    assert store_filing(db, changed) == "updated"
    assert db["filings"].get(ACCESSION)["content_hash"] == changed.content_hash
    assert db["filings"].get(ACCESSION)["ingested_at"] == ingested_at
    assert entry(db, f"{ACCESSION}:derivative_transaction:1")["shares"] == 40000.0
    assert [r["footnote_id"] for r in db["footnotes"].rows] == ["F1"]
    assert count(db, "entries") == 2


def test_a_failing_filing_leaves_nothing_behind(db, make_filing):
    filing = make_filing(accession_number=ACCESSION)
    filing.derivative_transactions.append(filing.derivative_transactions[0])  # the same (table, seq) twice
    with pytest.raises(sqlite3.IntegrityError):
        store_filing(db, filing)
    assert not db.conn.in_transaction
    for table in ("issuers", "owners", "filings", *CHILD_TABLES):
        assert count(db, table) == 0, table


def test_issuer_and_owner_names_come_from_the_newest_filing(db, make_filing):
    store_filing(db, make_filing(accession_number="0000000001-24-000001", period="2024-01-10",
                                 issuer_name="Tecogen Inc", symbol="tgen",
                                 owners=(("0001990311", "Whiting John P"),)))
    store_filing(db, make_filing(accession_number="0000000001-22-000001", period="2022-03-01",
                                 issuer_name="TECOGEN INC (old)", symbol="OLD",
                                 owners=(("0001990311", "Whiting J"),)))
    store_filing(db, make_filing(accession_number="0000000001-24-000002", period="2024-02-01",
                                 issuer_name="Tecogen Inc.", symbol="NONE"))
    issuer = db["issuers"].get("0001537435")
    assert (issuer["name"], issuer["trading_symbol"]) == ("Tecogen Inc.", "TGEN")
    assert db["owners"].get("0001990311")["name"] == "Whiting John"
    assert count(db, "issuers") == 1 and count(db, "owners") == 1


def amendment(make_filing, **kwargs):
    defaults = {"document_type": "4/A", "accession_number": "0001537435-23-000050", "shares": 38000.0,
                "date_of_original_submission": "2023-09-27"}
    return make_filing(**{**defaults, **kwargs})


def test_an_amendment_links_to_its_original(db, make_filing):
    store_filing(db, make_filing(accession_number=ACCESSION))
    store_filing(db, make_filing(accession_number="0001537435-23-000044", period="2023-09-21", shares=1.0))
    assert store_filing(db, amendment(make_filing)) == "new"
    row = db["filings"].get("0001537435-23-000050")
    assert (row["is_amendment"], row["form"], row["amends_filing_id"]) == (1, "4", ACCESSION)
    assert db["filings"].get(ACCESSION)["amends_filing_id"] is None
    assert count(db, "filings") == 3
    assert count(db, "entries", "WHERE filing_id = ?", (ACCESSION,)) == 2


def test_an_amendment_stored_before_its_original_is_linked_when_the_original_arrives(db, make_filing):
    store_filing(db, amendment(make_filing))
    assert db["filings"].get("0001537435-23-000050")["amends_filing_id"] is None
    assert store_filing(db, make_filing(accession_number=ACCESSION)) == "new"
    assert db["filings"].get("0001537435-23-000050")["amends_filing_id"] == ACCESSION


def test_an_amendment_of_a_bare_original_follows_its_rekeying(db, make_filing):
    bare = make_filing()
    store_filing(db, bare)
    store_filing(db, amendment(make_filing))
    assert db["filings"].get("0001537435-23-000050")["amends_filing_id"] == f"sha1:{bare.content_hash}"
    store_filing(db, make_filing(accession_number=ACCESSION))
    assert db["filings"].get("0001537435-23-000050")["amends_filing_id"] == ACCESSION


def test_an_amendment_falls_back_to_the_date_of_original_submission(db, make_filing):
    store_filing(db, make_filing(accession_number=ACCESSION, period="2023-09-19", filed_at="2023-09-27"))
    store_filing(db, make_filing(accession_number="0001537435-23-000044", period="2023-09-18",
                                 filed_at="2023-09-25", signatures=(("/s/ JW", "2023-09-25"),)))
    store_filing(db, amendment(make_filing, period="2023-09-20"))
    assert db["filings"].get("0001537435-23-000050")["amends_filing_id"] == ACCESSION


def test_an_amendment_is_not_linked_to_another_owners_filing(db, make_filing):
    store_filing(db, make_filing(accession_number=ACCESSION, owners=(("0000000009", "Someone Else"),)))
    store_filing(db, make_filing(accession_number="0001537435-23-000043", document_type="5"))
    store_filing(db, amendment(make_filing))
    assert db["filings"].get("0001537435-23-000050")["amends_filing_id"] is None


def test_the_original_with_the_same_owners_wins(db, make_filing):
    joint = (("0001990311", "Whiting John"), ("0000000009", "Whiting Trust"))
    store_filing(db, make_filing(accession_number=ACCESSION, owners=joint, shares=2.0))
    store_filing(db, make_filing(accession_number="0001537435-23-000043", filed_at="2023-09-28"))
    store_filing(db, amendment(make_filing, owners=joint))
    assert db["filings"].get("0001537435-23-000050")["amends_filing_id"] == ACCESSION


def test_wal_and_foreign_keys_are_on(db, make_filing):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO footnotes (filing_id, footnote_id, text) VALUES ('nope', 'F1', 'x')")


def test_full_text_search_finds_owners_footnotes_titles_and_remarks(db, make_filing):
    remarks = "Shares held through a family trust"
    store_filing(db, make_filing(remarks=remarks))
    assert store_filing(db, make_filing(accession_number=ACCESSION, remarks=remarks)) == "updated"
    store_filing(db, make_filing(accession_number="0000000002-23-000001", issuer_cik="0000000002",
                                 issuer_name="Other Corp", owners=(("0000000003", "Doe Jane"),),
                                 officer_title="Chief Financial Officer", footnotes={"F1": "Fully vested"}))

    assert [r["cik"] for r in db["owners"].search("whiting")] == ["0001990311"]
    assert [r["filing_id"] for r in db["footnotes"].search('"vests 50%"')] == [ACCESSION]
    assert [r["filing_id"] for r in db["filing_owners"].search("counsel")] == [ACCESSION]
    assert [r["cik"] for r in db["issuers"].search("tecogen")] == ["0001537435"]
    assert [r["id"] for r in db["filings"].search("trust")] == [ACCESSION]
    assert sorted(r["id"] for r in db["entries"].search("option")) == [
        "0000000002-23-000001:derivative_transaction:1", f"{ACCESSION}:derivative_transaction:1"]
    for table in ("issuers", "owners", "filing_owners", "entries", "footnotes", "filings"):
        # checks the index against its content table; raises when they disagree
        db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")


def test_filing_exists_accepts_the_accession_with_or_without_dashes(db, make_filing):
    assert not filing_exists(db, ACCESSION)
    store_filing(db, make_filing(accession_number=ACCESSION.replace("-", "")))
    assert db["filings"].get(ACCESSION)["accession_number"] == ACCESSION
    assert filing_exists(db, ACCESSION)
    assert filing_exists(db, ACCESSION.replace("-", ""))
    assert not filing_exists(db, "0001537435-23-000099")


def test_rejections_are_upserted_by_source_and_cleared(db):
    record_rejection(db, "/in/a.xml", "not well-formed XML", content_hash="abc")
    first = db["rejections"].get("/in/a.xml")
    changes = db.conn.total_changes
    record_rejection(db, "/in/a.xml", "not well-formed XML", content_hash="abc")
    assert db.conn.total_changes == changes
    record_rejection(db, "/in/a.xml", "missing issuer CIK")
    row = db["rejections"].get("/in/a.xml")
    assert (row["reason"], row["content_hash"]) == ("missing issuer CIK", None)
    assert first["reason"] == "not well-formed XML"
    assert count(db, "rejections") == 1
    assert clear_rejection(db, "/in/a.xml") is True
    assert clear_rejection(db, "/in/a.xml") is False
    assert count(db, "rejections") == 0


def test_write_transaction_nests_as_a_savepoint(db, make_filing):
    with pytest.raises(RuntimeError):
        with write_transaction(db):
            store_filing(db, make_filing(accession_number=ACCESSION))
            assert db.conn.in_transaction
            raise RuntimeError("abort the batch")
    assert count(db, "filings") == 0
    with write_transaction(db):
        store_filing(db, make_filing(accession_number=ACCESSION))
    assert count(db, "filings") == 1

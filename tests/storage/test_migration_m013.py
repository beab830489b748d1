"""Migration m013 (#12, bytes per filing): a source that is exactly the filing's EDGAR index link (the data-set
road's) is stored as NULL and built again on reading. New writes store it so; a database made before m013 is
migrated when opened, other sources kept, full text and triggers as they were; the XML road still replaces a
data-set copy's link with its own path, and a data-set copy never replaces a kept path."""

from __future__ import annotations

import sqlite3

from bot.domain.links import filing_index_url
from storage.db import open_db
from storage.rows import (
    FILING_COLUMNS,
    entry_rows,
    filing_of,
    filing_row,
    footnote_rows,
    owner_rows,
    signature_rows,
)
from storage.writes import store_filing

CIK = "0001537435"
FROM_DATASET = "0001537435-23-000078"
FROM_TXT = "0001537435-23-000079"
FROM_XML = "0001537435-23-000080"
TXT_URL = f"https://www.sec.gov/Archives/edgar/data/1537435/{FROM_TXT}.txt"


def stored_sources(db) -> dict[str, str | None]:
    return dict(db.execute("SELECT id, source FROM filings ORDER BY id").fetchall())


def rows_and_back(filing):
    """The filing as the write path's rows, and built back from them (as the bulk road does)."""
    fid = filing.accession_number
    row = filing_row(fid, filing, "2026-12-07T00:00:00+00:00", "dataset:2023q3")
    back = filing_of(row, owner_rows(fid, filing), entry_rows(fid, filing), footnote_rows(fid, filing),
                     signature_rows(fid, filing))
    return row, back


def three_roads(db, make_filing) -> None:
    """The same person's three filings: one from a data set, one from a submission URL, one from an XML file."""
    store_filing(db, make_filing(accession_number=FROM_DATASET, period="2023-09-20", remarks="granted options",
                                 source=filing_index_url(CIK, FROM_DATASET)), origin="dataset:2023q3")
    store_filing(db, make_filing(accession_number=FROM_TXT, period="2023-10-20", source=TXT_URL), origin="submission")
    store_filing(db, make_filing(accession_number=FROM_XML, period="2023-11-20", source="/inbox/tgen.xml"), origin="xml")


def test_the_index_link_is_stored_as_null_and_other_sources_as_given(db, make_filing):
    three_roads(db, make_filing)
    assert stored_sources(db) == {FROM_DATASET: None, FROM_TXT: TXT_URL, FROM_XML: "/inbox/tgen.xml"}


def test_a_filing_built_back_from_its_rows_has_its_index_link_again(make_filing):
    for source in (filing_index_url(CIK, FROM_DATASET), TXT_URL):
        row, back = rows_and_back(make_filing(accession_number=FROM_DATASET, source=source))
        assert (row[FILING_COLUMNS.index("source")], back.source) == (
            None if source.endswith("-index.htm") else source, source)


def test_the_xml_road_replaces_a_data_set_copys_link_and_a_data_set_copy_keeps_the_xml_path(db, make_filing):
    store_filing(db, make_filing(accession_number=FROM_DATASET, source=filing_index_url(CIK, FROM_DATASET)),
                 origin="dataset:2023q3")
    store_filing(db, make_filing(accession_number=FROM_DATASET, shares=37501.0, source="/inbox/tgen.xml"), origin="xml")
    assert stored_sources(db) == {FROM_DATASET: "/inbox/tgen.xml"}
    store_filing(db, make_filing(accession_number=FROM_DATASET, shares=37502.0,
                                 source=filing_index_url(CIK, FROM_DATASET)), origin="dataset:2023q3")
    assert stored_sources(db) == {FROM_DATASET: "/inbox/tgen.xml"}


def test_a_bare_xml_file_later_seen_in_a_data_set_takes_its_index_link_as_before(db, make_filing):
    store_filing(db, make_filing(source="/inbox/tgen.xml"), origin="xml")
    store_filing(db, make_filing(accession_number=FROM_DATASET, source=filing_index_url(CIK, FROM_DATASET)),
                 origin="dataset:2023q3")
    assert stored_sources(db) == {FROM_DATASET: None}  # the index link


def before_m013(path) -> None:
    """What a database made before m013 holds: the index link written out, m013 not recorded."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("DELETE FROM _migrations WHERE name = 'm013_index_links'")
        conn.execute("UPDATE filings SET source = ? WHERE id = ?", (filing_index_url(CIK, FROM_DATASET), FROM_DATASET))
    finally:
        conn.close()


def test_an_older_database_is_migrated_when_opened(db_path, make_filing):
    db = open_db(db_path)
    three_roads(db, make_filing)
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    db.close()
    before_m013(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT source FROM filings WHERE id = ?", (FROM_DATASET,)).fetchone()[0].endswith("-index.htm")
    conn.close()

    db = open_db(db_path)
    try:
        assert stored_sources(db) == {FROM_DATASET: None, FROM_TXT: TXT_URL, FROM_XML: "/inbox/tgen.xml"}
        after = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall())
        assert dict(triggers) == after  # set aside during the update, then created again as they were
        assert [r[0] for r in db.execute("SELECT rowid FROM filings_fts WHERE filings_fts MATCH 'granted'")] == [
            r[0] for r in db.execute("SELECT rowid FROM filings WHERE id = ?", (FROM_DATASET,))]
    finally:
        db.close()


def test_a_filing_whose_issuer_cik_is_not_a_number_is_stored_with_its_source(db, make_filing):
    """("N/A" as filed: no index link can be built from it, so nothing is dropped or crashes.)"""
    link = "https://www.sec.gov/Archives/edgar/data/N/A/000153743523000078/0001537435-23-000078-index.htm"
    assert store_filing(db, make_filing(issuer_cik="N/A", accession_number=FROM_DATASET, source=link),
                        origin="dataset:2023q3") == "new"
    assert stored_sources(db) == {FROM_DATASET: link}

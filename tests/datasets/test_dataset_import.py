"""bot.ingest.datasets: a data-set zip into the store. The shared corpus written as a data set stores the
same facts as its 44 XML files; one filing reached by both roads is stored once (the XML or submission
wins); importing again changes nothing; problems are reported and the rest imports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from corpus import CORPUS
from dataset_zip import write_filings, write_zip
from test_dataset_reader import nonderiv, owner, submission

from bot.domain.links import source_or_index
from bot.ingest import ingest_paths
from bot.ingest.datasets import DatasetImportError, import_dataset
from bot.ownership.parser import parse_path
from storage.db import open_db
from storage.migrations import FTS_001

CORPUS_ZIP = CORPUS / "datasets" / "corpus_form345.zip"
MANIFEST = CORPUS / "datasets" / "corpus_form345.manifest.jsonl"
FIXTURE = Path(__file__).parents[1] / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"
ACCESSION = "0001537435-23-000042"
TABLES = ("issuers", "owners", "filings", "filing_owners", "entries", "footnotes", "signatures")
# What the data sets do not carry: the acceptance time, the schema version, the owner's non-US flag and
# country; and what differs by road by design: the key (a bare XML file has no accession), where it was read
# from, the hash of content that is rounded to cents, when it was stored, how amendments were linked.
NOT_IN_DATASETS = {"id", "accession_number", "content_hash", "schema_version", "accepted_at", "filed_at",
                   "source", "origin", "ingested_at", "amends_filing_id", "filing_id", "updated_at",
                   "non_us_address_flag", "non_us_state_territory", "country"}


def counts(db) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def same(value):
    """A stored value as compared across the two roads: whitespace collapsed, numbers to the cent."""
    if isinstance(value, str):
        return re.sub(r"\s+", " ", value).strip()
    if isinstance(value, float):
        return round(value, 2)
    return value


def facts(db, filing_id: str) -> dict:
    """Everything stored for one filing, keyed so the two roads line up, without NOT_IN_DATASETS."""
    def rows(sql: str) -> list[dict]:
        cursor = db.execute(sql, [filing_id])
        names = [d[0] for d in cursor.description]
        return [{k: same(v) for k, v in zip(names, row, strict=True) if k not in NOT_IN_DATASETS}
                for row in cursor.fetchall()]

    [filing] = rows("SELECT * FROM filings WHERE id = ?")
    return {
        "filing": filing,
        "owners": rows("SELECT * FROM filing_owners WHERE filing_id = ? ORDER BY seq"),
        "owner names": rows("SELECT o.* FROM owners o JOIN filing_owners fo ON fo.owner_cik = o.cik "
                            "WHERE fo.filing_id = ? ORDER BY o.cik"),
        "issuer": rows("SELECT i.* FROM issuers i JOIN filings f ON f.issuer_cik = i.cik WHERE f.id = ?"),
        "entries": [{**e, "footnote_ids": json.loads(e["footnote_ids"])} for e in
                    rows("SELECT * FROM entries WHERE filing_id = ? ORDER BY table_name, seq")],
        "footnotes": rows("SELECT * FROM footnotes WHERE filing_id = ? ORDER BY footnote_id"),
        "signatures": rows("SELECT * FROM signatures WHERE filing_id = ? ORDER BY seq"),
    }


@pytest.mark.skipif(not CORPUS_ZIP.exists(), reason=f"no corpus data set at {CORPUS_ZIP}")
def test_the_corpus_data_set_stores_the_same_facts_as_its_44_xml_files(tmp_path):
    manifest = [json.loads(line) for line in MANIFEST.read_text().splitlines() if line.strip()]
    xml_db, zip_db = open_db(tmp_path / "xml.db"), open_db(tmp_path / "zip.db")
    xml_report = ingest_paths(xml_db, [CORPUS / m["source"] for m in manifest])
    report = import_dataset(zip_db, CORPUS_ZIP)
    assert (xml_report.new, report.new, report.rejected, report.warnings) == (44, 44, [], [])
    assert report.origin == "dataset:corpus" and report.has_aff10b5one is True
    assert counts(zip_db) == counts(xml_db)

    for m in manifest:
        xml_id = f"sha1:{parse_path(CORPUS / m['source']).content_hash}"
        stored = zip_db["filings"].get(m["accession"])
        assert (stored["filed_at"], stored["accepted_at"], stored["origin"]) == (m["filing_date"], None,
                                                                                 "dataset:corpus")
        # The source is the filing index link, stored as NULL and built again on reading.
        assert stored["source"] is None
        link = source_or_index(stored["source"], stored["issuer_cik"], stored["accession_number"])
        assert link.endswith(f"/{m['accession'].replace('-', '')}/{m['accession']}-index.htm")
        assert facts(zip_db, m["accession"]) == facts(xml_db, xml_id), m["source"]
    # Amendments are linked the same way on both roads.
    linked = "SELECT count(*) FROM filings WHERE amends_filing_id IS NOT NULL"
    assert zip_db.execute(linked).fetchone() == xml_db.execute(linked).fetchone()
    for table in FTS_001:
        zip_db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
    assert zip_db.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'option'").fetchone() == \
        xml_db.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'option'").fetchone()
    xml_db.close()
    zip_db.close()


def test_importing_the_same_zip_again_changes_nothing(db, tmp_path):
    other = "0001234567-24-000002"
    path = write_zip(tmp_path / "2023q3_form345.zip", {
        "SUBMISSION": [submission(), submission(other, DOCUMENT_TYPE="4/A", DATE_OF_ORIG_SUB="31-JUL-2024")],
        "REPORTINGOWNER": [owner(), owner(other)], "NONDERIV_TRANS": [nonderiv(), nonderiv(other, sk=11)]})
    first = import_dataset(db, path)
    assert (first.new, first.unchanged, first.updated, first.origin) == (2, 0, 0, "dataset:2023q3")
    assert db["filings"].get(other)["amends_filing_id"] == "0001234567-24-000001"
    before = list(db.conn.iterdump())
    again = import_dataset(db, path)
    assert (again.new, again.unchanged, again.updated) == (0, 2, 0)
    assert list(db.conn.iterdump()) == before


def test_a_missing_table_and_a_bad_row_are_reported_and_the_rest_imports(db, tmp_path):
    other = "0001234567-24-000002"
    path = write_zip(tmp_path / "2023q3_form345.zip", {
        "SUBMISSION": [submission(), submission(other)],
        "NONDERIV_TRANS": [nonderiv(), nonderiv(other, sk=2, TRANS_DATE="yesterday")]},
        leave_out=["REPORTINGOWNER"])
    report = import_dataset(db, path)
    assert (report.new, len(report.rejected)) == (1, 1)
    assert [str(w) for w in report.warnings] == ["REPORTINGOWNER.tsv: not in the zip: read as no rows"]
    [problem] = report.rejected
    assert (problem.file, problem.line, problem.accession) == ("NONDERIV_TRANS.tsv", 3, other)
    assert counts(db)["filings"] == 1 and counts(db)["entries"] == 1
    [rejection] = db.execute("SELECT source, reason FROM rejections").fetchall()
    assert rejection[0] == f"{path}#NONDERIV_TRANS.tsv:3"
    assert "TRANS_DATE value 'yesterday' is not a date" in rejection[1]
    assert any("rejected: NONDERIV_TRANS.tsv line 3" in line for line in report.lines())
    assert import_dataset(db, path).unchanged == 1  # and again: nothing new, the rejection kept once
    assert db.execute("SELECT count(*) FROM rejections").fetchone()[0] == 1


def wrap_submission(xml: bytes, accession: str = ACCESSION) -> bytes:
    """A minimal full-submission .txt around an ownership XML document (filed 2023-09-27)."""
    header = (f"<SEC-DOCUMENT>{accession}.txt : 20230927\n<SEC-HEADER>{accession}.hdr.sgml : 20230927\n"
              "<ACCEPTANCE-DATETIME>20230927163015\n"
              f"ACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t4\nFILED AS OF DATE:\t\t20230927\n"
              "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<FILENAME>form4.xml\n<TEXT>\n<XML>\n").encode()
    return header + xml + b"\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"


@pytest.fixture
def both_roads(tmp_path) -> tuple[Path, Path]:
    """The Tecogen filing as a submission .txt and as a data-set zip (values to the cent, no acceptance)."""
    txt = tmp_path / "tecogen.txt"
    txt.write_bytes(wrap_submission(FIXTURE.read_bytes()))
    filing = parse_path(txt)
    assert filing.accession_number == ACCESSION and filing.accepted_at
    return txt, write_filings(tmp_path / "2023q3_form345.zip", [filing])


def test_the_xml_later_replaces_a_data_set_filing_without_duplicates(db, both_roads):
    txt, zip_path = both_roads
    assert import_dataset(db, zip_path).new == 1
    from_zip = counts(db)
    assert db["filings"].get(ACCESSION)["origin"] == "dataset:2023q3"

    report = ingest_paths(db, [txt])
    assert (report.new, report.updated, report.rejected) == (0, 1, [])
    assert counts(db) == from_zip
    stored = db["filings"].get(ACCESSION)
    assert (stored["origin"], stored["source"], stored["accepted_at"], stored["content_hash"]) == (
        "submission", str(txt), parse_path(txt).accepted_at, parse_path(txt).content_hash)
    assert db.execute("SELECT count(*) FROM filings").fetchone()[0] == 1

    # The data set again: the submission stays as it is.
    before = list(db.conn.iterdump())
    assert import_dataset(db, zip_path).unchanged == 1
    assert list(db.conn.iterdump()) == before


def test_a_filing_stored_from_its_submission_is_left_as_it_is(db, both_roads):
    txt, zip_path = both_roads
    ingest_paths(db, [txt])
    before = list(db.conn.iterdump())
    report = import_dataset(db, zip_path)
    assert (report.new, report.unchanged, report.updated) == (0, 1, 0)
    assert list(db.conn.iterdump()) == before
    assert db["filings"].get(ACCESSION)["origin"] == "submission"


def test_only_the_issuers_asked_for(db, tmp_path):
    other = "0001234567-24-000002"
    path = write_zip(tmp_path / "2023q3_form345.zip", {
        "SUBMISSION": [submission(), submission(other, ISSUERCIK="0000320193", ISSUERNAME="Apple Inc.")],
        "REPORTINGOWNER": [owner(), owner(other)]})
    report = import_dataset(db, path, issuer_ciks=["320193"])
    assert (report.new, report.rejected) == (1, [])
    assert [r[0] for r in db.execute("SELECT id FROM filings")] == [other]
    assert db["issuers"].get("0000320193")["name"] == "Apple Inc."


@pytest.mark.skipif(not CORPUS_ZIP.exists(), reason=f"no corpus data set at {CORPUS_ZIP}")
def test_a_reader_process_stores_the_same_as_reading_in_process(tmp_path):
    here, there = open_db(tmp_path / "here.db"), open_db(tmp_path / "there.db")
    seen = []
    in_process = import_dataset(here, CORPUS_ZIP, reader_process=False)
    by_process = import_dataset(there, CORPUS_ZIP, reader_process=True, batch_size=10,
                                progress=lambda r: seen.append(r.filings))
    assert (in_process.new, by_process.new, by_process.rejected) == (44, 44, [])
    assert seen == [10, 20, 30, 40, 44]
    tables = ("filings", "filing_owners", "entries", "footnotes", "signatures", "issuers", "owners")
    for table in tables:
        columns = [c for c in here[table].columns_dict if c not in ("ingested_at", "updated_at")]
        query = f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1, 2"
        assert here.execute(query).fetchall() == there.execute(query).fetchall(), table
    here.close()
    there.close()


@pytest.mark.parametrize("reader_process", [False, True])
def test_a_zip_that_cannot_be_read_is_an_error_and_stores_nothing(db, tmp_path, reader_process):
    path = write_zip(tmp_path / "2023q3_form345.zip", {"SUBMISSION": [submission()]})
    cut = tmp_path / "2023q4_form345.zip"
    cut.write_bytes(path.read_bytes()[:-60])  # the central directory cut off
    with pytest.raises(DatasetImportError, match="2023q4_form345.zip"):
        import_dataset(db, cut, reader_process=reader_process)
    assert counts(db)["filings"] == 0


def test_importing_again_through_a_reader_process_changes_nothing(db, tmp_path):
    """The reader process sends each filing's records, not the filing: a filing already stored is built
    again from them in the writer, to the same filing."""
    other = "0001234567-24-000002"
    path = write_zip(tmp_path / "2023q3_form345.zip", {
        "SUBMISSION": [submission(), submission(other, DOCUMENT_TYPE="4/A", DATE_OF_ORIG_SUB="31-JUL-2024")],
        "REPORTINGOWNER": [owner(), owner(other)], "NONDERIV_TRANS": [nonderiv(), nonderiv(other, sk=11)]})
    assert import_dataset(db, path, reader_process=True).new == 2
    before = list(db.conn.iterdump())
    again = import_dataset(db, path, reader_process=True)
    assert (again.new, again.unchanged, again.updated) == (0, 2, 0)
    assert list(db.conn.iterdump()) == before


def test_several_batches_commit_together_and_an_error_keeps_what_was_committed(db, tmp_path):
    accessions = [f"0001234567-24-{n:06d}" for n in range(1, 8)]
    path = write_zip(tmp_path / "2023q3_form345.zip", {
        "SUBMISSION": [submission(a) for a in accessions], "REPORTINGOWNER": [owner(a) for a in accessions]})
    committed = []

    def stop_after_two_commits(report):
        committed.append(counts(db)["filings"])
        if len(committed) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_dataset(db, path, batch_size=3, progress=stop_after_two_commits)
    assert committed == [3, 6]
    assert counts(db)["filings"] == 6 and not db.conn.in_transaction
    assert import_dataset(db, path).new == 1

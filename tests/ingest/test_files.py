"""bot.ingest and ``insiderbot ingest``: files and folders in, rejections recorded, batch never stopped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import bot.ingest.files
from bot.cli import cli
from bot.ingest import IngestReport, ingest_paths, iter_files
from bot.ownership.parser import parse_path
from storage.db import open_db

FIXTURE = Path(__file__).parents[1] / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"
ACCESSION = "0001537435-23-000042"


def submission(xml: bytes, accession: str = ACCESSION) -> bytes:
    """A minimal full-submission .txt around an ownership XML document."""
    header = (
        f"<SEC-DOCUMENT>{accession}.txt : 20230927\n<SEC-HEADER>{accession}.hdr.sgml : 20230927\n"
        "<ACCEPTANCE-DATETIME>20230927163015\n"
        f"ACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t4\nFILED AS OF DATE:\t\t20230927\n"
        "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<FILENAME>form4.xml\n<TEXT>\n<XML>\n"
    ).encode()
    return header + xml + b"\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"


@pytest.fixture
def inbox(tmp_path) -> Path:
    """Two good files (the Tecogen XML and its submission .txt, in a subfolder) and three bad ones."""
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    xml = FIXTURE.read_bytes()
    (folder / "a-tecogen.xml").write_bytes(xml)
    (folder / "sub" / "tecogen-submission.txt").write_bytes(submission(xml))
    (folder / "b-broken.xml").write_bytes(xml[: len(xml) // 2])
    (folder / "c-page.nc").write_bytes(b"<html><head><title>File Unavailable</title></head></html>")
    (folder / "d-empty.txt").write_bytes(b"")
    (folder / "notes.json").write_text("{}")
    return folder


def test_folders_are_walked_recursively_and_sorted(inbox):
    assert [p.relative_to(inbox).as_posix() for p in iter_files([inbox])] == [
        "a-tecogen.xml", "b-broken.xml", "c-page.nc", "d-empty.txt", "sub/tecogen-submission.txt"]


def test_good_files_land_and_bad_ones_are_recorded(db, inbox):
    report = ingest_paths(db, [inbox])

    assert (report.new, report.unchanged, report.updated) == (1, 0, 1)
    rejected = dict(report.rejected)
    assert sorted(Path(s).name for s in rejected) == ["b-broken.xml", "c-page.nc", "d-empty.txt"]
    assert "well-formed" in rejected[str(inbox / "b-broken.xml")]
    assert "HTML" in rejected[str(inbox / "c-page.nc")]
    assert "empty" in rejected[str(inbox / "d-empty.txt")]
    stored = {r["source"]: r["reason"] for r in db["rejections"].rows}
    assert stored == rejected

    assert [r["id"] for r in db["filings"].rows] == [ACCESSION]
    filing = db["filings"].get(ACCESSION)
    assert (filing["filed_at"], filing["source"]) == ("2023-09-27", str(inbox / "sub" / "tecogen-submission.txt"))

    again = ingest_paths(db, [inbox])
    assert (again.new, again.unchanged, again.updated, len(again.rejected)) == (0, 2, 0, 3)


def test_the_tecogen_filing_lands_with_its_option_and_footnote(db):
    report = ingest_paths(db, [FIXTURE])
    assert report == IngestReport(new=1)

    (filing,) = db["filings"].rows
    assert filing["id"].startswith("sha1:")
    assert (filing["document_type"], filing["issuer_cik"], filing["period_of_report"], filing["signed_at"]) == (
        "4", "0001537435", "2023-09-20", "2023-09-27")
    assert db["issuers"].get("0001537435")["trading_symbol"] == "TGEN"
    (owner,) = db["filing_owners"].rows
    assert (owner["name"], owner["is_officer"], owner["officer_title"]) == (
        "Whiting John", 1, "General Counsel & Secretary")

    (entry,) = db["entries"].rows
    assert (entry["table_name"], entry["is_derivative"], entry["transaction_code"]) == (
        "derivative_transaction", 1, "A")
    assert (entry["shares"], entry["conversion_or_exercise_price"], entry["expiration_date"]) == (
        37500.0, 0.88, "2033-09-20")
    assert (entry["underlying_security_title"], entry["shares_owned_following"]) == ("Common Stock", 400000.0)
    assert json.loads(entry["footnote_ids"]) == {"exercise_date": ["F1"]}
    assert [(f["footnote_id"], f["text"]) for f in db["footnotes"].rows] == [("F1", "Vests 50% per year")]


def test_a_rejection_is_cleared_when_the_file_later_succeeds(db, tmp_path):
    path = tmp_path / "later.xml"
    path.write_bytes(b"<ownershipDocument>")
    assert len(ingest_paths(db, [path]).rejected) == 1
    assert db["rejections"].count == 1
    path.write_bytes(FIXTURE.read_bytes())
    assert ingest_paths(db, [path]) == IngestReport(new=1)
    assert db["rejections"].count == 0


def test_a_file_that_fails_to_store_is_recorded_and_the_batch_goes_on(db, inbox, monkeypatch):
    real_store = bot.ingest.files.store_filing

    def store_failing_on_submissions(database, filing):
        if filing.accession_number:
            raise ValueError("simulated storage failure")
        return real_store(database, filing)

    monkeypatch.setattr(bot.ingest.files, "store_filing", store_failing_on_submissions)
    report = ingest_paths(db, [inbox / "sub", inbox / "a-tecogen.xml"])
    assert (report.new, report.updated) == (1, 0)
    source = str(inbox / "sub" / "tecogen-submission.txt")
    assert report.rejected == [(source, "could not store: ValueError: simulated storage failure")]
    assert db["rejections"].get(source)["content_hash"] == parse_path(FIXTURE).content_hash
    assert db["filings"].count == 1


def test_cli_ingest_prints_counts_and_rejections(tmp_path, inbox):
    db_path = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db_path), str(inbox)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "1 new, 0 unchanged, 1 updated, 3 rejected"
    assert lines[1].startswith(f"rejected {inbox / 'b-broken.xml'}: not well-formed XML")
    assert len(lines) == 4
    db = open_db(db_path)
    assert db["filings"].count == 1 and db["rejections"].count == 3
    db.close()

    result = CliRunner().invoke(cli, ["ingest", "--db", str(db_path), str(FIXTURE)])
    assert (result.exit_code, result.output) == (0, "0 new, 1 unchanged, 0 updated, 0 rejected\n")


def test_cli_ingest_exits_2_for_a_missing_path(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "x.db"), str(FIXTURE),
                                      str(tmp_path / "missing.xml")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert not (tmp_path / "x.db").exists()


def test_batches_commit_together_and_a_failed_store_leaves_nothing_behind(db, inbox, monkeypatch):
    """Files are stored a batch at a time; a filing that fails halfway is rolled back to its savepoint
    while the rest of its batch is kept."""
    monkeypatch.setattr(bot.ingest.files, "BATCH_SIZE", 2)
    report = ingest_paths(db, [inbox])
    assert (report.new, report.updated, len(report.rejected)) == (1, 1, 3)

    good = parse_path(FIXTURE)
    good.accession_number = "0001537435-23-000077"
    half_written = parse_path(FIXTURE)
    half_written.accession_number = "0001537435-23-000078"
    half_written.content_hash = "f" * 40
    half_written.derivative_transactions.append(half_written.derivative_transactions[0])  # same row id twice
    report = IngestReport()
    bot.ingest.files.store_parsed(db, [("half.txt", half_written), ("good.txt", good)], report)

    assert report.rejected[0][0] == "half.txt" and "IntegrityError" in report.rejected[0][1]
    assert db["filings"].count_where("accession_number = ?", ["0001537435-23-000078"]) == 0
    assert db["entries"].count_where("filing_id = ?", ["0001537435-23-000078"]) == 0
    assert db["rejections"].get("half.txt")["content_hash"] == "f" * 40

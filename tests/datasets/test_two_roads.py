"""A bare XML file carries no accession number and a data set rounds to the cent, so the two copies of one
filing share no key: they are matched by what both carry exactly (issuer, form, period, owners, each
row's table, code, date and shares) and stored once, with the XML's content and the data set's accession."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from dataset_zip import write_filings

from bot.ingest import ingest_paths
from bot.ingest.datasets import import_dataset
from bot.ownership.parser import parse_path

FIXTURE = Path(__file__).parents[1] / "fixtures" / "tecogen-whiting-4-2023-09-27.xml"
ACCESSION = "0001537435-23-000042"


@pytest.fixture
def zip_path(tmp_path) -> Path:
    """The Tecogen filing as the data set writes it, under a made-up accession number."""
    filing = dataclasses.replace(parse_path(FIXTURE), accession_number=ACCESSION, filed_at="2023-09-27")
    return write_filings(tmp_path / "2023q3_form345.zip", [filing])


def stored(db) -> list[dict]:
    return [dict(r) for r in db.query("SELECT id, origin, content_hash, filed_at FROM filings")]


def test_the_bare_xml_replaces_its_data_set_copy_and_keeps_the_accession(db, zip_path) -> None:
    assert import_dataset(db, zip_path).new == 1
    entries = db.execute("SELECT count(*) FROM entries").fetchone()[0]
    report = ingest_paths(db, [FIXTURE])
    assert (report.new, report.updated, report.unchanged) == (0, 1, 0)
    assert stored(db) == [{"id": ACCESSION, "origin": "xml", "content_hash": parse_path(FIXTURE).content_hash,
                           "filed_at": "2023-09-27"}]
    assert db.execute("SELECT count(*) FROM entries").fetchone()[0] == entries
    assert ingest_paths(db, [FIXTURE]).unchanged == 1  # and again: nothing changes


def test_the_data_set_gives_a_bare_xml_filing_its_accession_and_leaves_its_content(db, zip_path) -> None:
    assert ingest_paths(db, [FIXTURE]).new == 1
    report = import_dataset(db, zip_path)
    assert (report.new, report.updated) == (0, 1)
    assert stored(db) == [{"id": ACCESSION, "origin": "xml", "content_hash": parse_path(FIXTURE).content_hash,
                           "filed_at": "2023-09-27"}]
    assert import_dataset(db, zip_path).unchanged == 1


def test_another_filing_of_the_same_person_and_period_is_not_taken_for_the_copy(db, tmp_path) -> None:
    filing = parse_path(FIXTURE)
    more = [dataclasses.replace(r, shares=(r.shares or 0) + 1) for r in filing.derivative_transactions]
    other = dataclasses.replace(filing, accession_number=ACCESSION, filed_at="2023-09-27",
                                derivative_transactions=more)
    import_dataset(db, write_filings(tmp_path / "2023q3_form345.zip", [other]))
    assert ingest_paths(db, [FIXTURE]).new == 1
    assert len(stored(db)) == 2

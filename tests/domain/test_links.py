"""A filing's EDGAR index link, defined once: built from the accession number and the issuer's CIK; a source
that is exactly that link is stored as NULL and built again on reading; the SQL form gives the same link."""

from __future__ import annotations

import sqlite3

import pytest

from bot.domain.links import INDEX_URL_SQL, filing_index_url, source_or_index, stored_source

TECOGEN = "https://www.sec.gov/Archives/edgar/data/1537435/000153743523000078/0001537435-23-000078-index.htm"


def test_the_index_link_drops_the_ciks_leading_zeros_and_the_accessions_dashes_in_the_folder():
    assert filing_index_url("0001537435", "0001537435-23-000078") == TECOGEN


@pytest.mark.parametrize(("source", "cik", "accession", "stored"), [
    (TECOGEN, "0001537435", "0001537435-23-000078", None),  # the data-set road's link: built again on reading
    (TECOGEN, "1537435", "0001537435-23-000078", None),  # the CIK without its zeros is the same company
    (TECOGEN, "0001537435", "0001537435-23-000079", TECOGEN),  # another filing's link is kept
    (TECOGEN, "0000320193", "0001537435-23-000078", TECOGEN),  # another issuer's folder is kept
    ("https://www.sec.gov/Archives/edgar/data/1537435/0001537435-23-000078.txt", "0001537435",
     "0001537435-23-000078", "https://www.sec.gov/Archives/edgar/data/1537435/0001537435-23-000078.txt"),
    ("/data/inbox/tecogen.xml", "0001537435", "0001537435-23-000078", "/data/inbox/tecogen.xml"),
    (TECOGEN, "0001537435", None, TECOGEN),  # a bare XML file has no accession: nothing to build it from
    (None, "0001537435", "0001537435-23-000078", None),
    (TECOGEN, "N/A", "0001537435-23-000078", TECOGEN),  # a CIK that is not a number has no index link
])
def test_what_is_stored_for_a_source(source, cik, accession, stored):
    assert stored_source(source, cik, accession) == stored


@pytest.mark.parametrize("source", [TECOGEN, "/data/inbox/tecogen.xml",
                                    "https://www.sec.gov/Archives/edgar/data/1537435/0001537435-23-000078.txt"])
def test_a_stored_source_reads_back_as_it_was_given(source):
    cik, accession = "0001537435", "0001537435-23-000078"
    assert source_or_index(stored_source(source, cik, accession), cik, accession) == source


def test_a_null_source_without_an_accession_or_a_numeric_cik_stays_null():
    assert source_or_index(None, "0001537435", None) is None
    assert source_or_index(None, "N/A", "0001537435-23-000078") is None


@pytest.mark.parametrize(("cik", "accession"), [("0001537435", "0001537435-23-000078"), ("320193", "0000320193-24-000001"),
                                                 ("0001967680", "0001967680-24-000113")])
def test_the_sql_link_is_the_python_link(cik, accession):
    conn = sqlite3.connect(":memory:")
    built = conn.execute(f"SELECT {INDEX_URL_SQL} FROM (SELECT ? AS issuer_cik, ? AS accession_number)",
                         (cik, accession)).fetchone()[0]
    assert built == filing_index_url(cik, accession)

"""A company's submissions JSON (bot.edgar.submissions) and the SEC's ticker table (bot.edgar.tickers): the
real samples in ../shared/form4-corpus/edgar-samples/ parse, and the pages come from the stand-in."""

from __future__ import annotations

import json
from datetime import date

import pytest
from corpus import EDGAR_SAMPLES
from edgar_server import OtherFiling, make_filings, settings_for

from bot.edgar.client import EdgarClient
from bot.edgar.ratelimit import RateLimiter
from bot.edgar.submissions import fetch_company_filings, ownership_filings, parse_submissions
from bot.edgar.tickers import fetch_company_tickers, parse_company_tickers

APPLE = EDGAR_SAMPLES / "submissions-CIK0000320193.json"
ADAMS = EDGAR_SAMPLES / "submissions-CIK0001462356.json"
TICKERS = EDGAR_SAMPLES / "company_tickers-sample.json"
needs_samples = pytest.mark.skipif(not APPLE.exists(), reason="shared EDGAR samples not available")


def client_for(server) -> EdgarClient:
    """A client of the stand-in for both EDGAR_BASE_URL and EDGAR_DATA_URL."""
    return EdgarClient.from_settings(settings_for(server), limiter=RateLimiter(1000))


@needs_samples
def test_the_real_issuer_submissions_json_lists_its_recent_filings_and_older_pages():
    page = parse_submissions(json.loads(APPLE.read_bytes()))
    assert (page.cik, page.name, page.tickers) == ("0000320193", "Apple Inc.", ["AAPL"])
    assert len(page.filings) == 1005
    assert page.older_pages == ["CIK0000320193-submissions-001.json"]
    first = page.filings[0]
    assert (first.accession, first.form, first.filed) == ("0001059235-26-000004", "4", "2026-02-26")
    assert first.primary_document == "xslF345X05/wk-form4_1772148856.xml"
    kept = ownership_filings(page.filings)
    assert kept and {f.form for f in kept} <= {"3", "3/A", "4", "4/A", "5", "5/A"}
    assert len({f.accession for f in kept}) == len(kept)
    assert any(f.form == "8-K" for f in page.filings) and not any(f.form == "8-K" for f in kept)


@needs_samples
def test_the_real_insider_submissions_json_parses_too():
    page = parse_submissions(json.loads(ADAMS.read_bytes()))
    assert page.filings and all(f.accepted_at is None or f.accepted_at.endswith("Z") for f in page.filings)
    assert ownership_filings(page.filings)


def test_an_older_page_holds_the_columns_at_its_top_level():
    page = parse_submissions({"accessionNumber": ["0000000001-15-000001"], "form": ["4/A"],
                              "filingDate": ["2015-03-11"]})
    assert [(f.accession, f.form, f.filed, f.accepted_at) for f in page.filings] == [
        ("0000000001-15-000001", "4/A", "2015-03-11", None)]
    with pytest.raises(ValueError):
        parse_submissions({"cik": "1"})


@needs_samples
def test_the_ticker_table_sample_resolves_every_corpus_company():
    rows = parse_company_tickers(json.loads(TICKERS.read_bytes()))
    by_ticker = {row.ticker: row for row in rows}
    assert by_ticker["TGEN"].cik == "1537435" and by_ticker["TGEN"].title == "TECOGEN INC."
    assert by_ticker["AAPL"].cik == "320193" and by_ticker["BRK-B"].cik == "1067983"


def test_a_company_with_an_older_page_is_read_whole_from_the_stand_in(edgar_server):
    days = [date(2021, 5, 3), date(2022, 6, 1), date(2023, 9, 27)]
    filings = [f for f in make_filings(60, days) if f.issuer_cik == "1001"]
    other = OtherFiling("0001537435-23-000099", "8-K", "1001", "Issuer 1001 Corp", filings[0].accepted)
    edgar_server.add(*filings, other)
    edgar_server.publish_submissions("1001", "Issuer 1001 Corp", tickers=("T1001",), recent=1, page_size=1)

    company = fetch_company_filings(client_for(edgar_server), "0000001001")
    assert company.pages == 3 and company.name == "Issuer 1001 Corp" and company.tickers == ["T1001"]
    assert sorted(f.accession for f in company.filings) == sorted([f.accession for f in filings] + [other.accession])
    assert sorted(f.accession for f in ownership_filings(company.filings)) == sorted(f.accession for f in filings)
    assert edgar_server.paths("/submissions/") == ["/submissions/CIK0000001001.json",
                                                   "/submissions/CIK0000001001-submissions-001.json",
                                                   "/submissions/CIK0000001001-submissions-002.json"]
    assert fetch_company_filings(client_for(edgar_server), "42") is None


def test_the_ticker_table_from_the_stand_in(edgar_server):
    edgar_server.tickers = {"TGEN": "1537435", "AAPL": "320193"}
    rows = fetch_company_tickers(client_for(edgar_server))
    assert {(r.ticker, r.cik) for r in rows} == {("TGEN", "1537435"), ("AAPL", "320193")}

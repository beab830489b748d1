"""Reading the latest-filings Atom feed and the daily indexes: hand-made fixtures in the exact layout of
the real samples, the real samples themselves (when ../shared is there), and the test server's output."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from corpus import EDGAR_SAMPLES
from edgar_server import EASTERN, atom_feed, form_index, make_filings, make_others, master_index

from bot.edgar.feed import FeedFormatError, ownership_entries, parse_feed
from bot.edgar.indexes import IndexFormatError, ownership_rows, parse_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "edgar"


def sample(name: str) -> bytes:
    path = EDGAR_SAMPLES / name
    if not path.exists():
        pytest.skip(f"real EDGAR sample {path} not available")
    return path.read_bytes()


def test_feed_fixture_entries():
    entries = parse_feed((FIXTURES / "getcurrent-type4-start0.atom.xml").read_bytes())
    assert len(entries) == 11
    first = entries[0]
    assert (first.accession, first.form, first.cik, first.role, first.name) == (
        "0001990311-25-000002", "4", "1990311", "Reporting", "Whiting John")
    assert first.accepted_at == datetime(2025, 3, 11, 17, 2, 43, tzinfo=timezone(timedelta(hours=-4)))
    assert first.filed == date(2025, 3, 11)
    assert entries[-2].name == "BECTON DICKINSON & CO" and entries[-2].cik == "10795"


def test_feed_keeps_ownership_forms_once_per_accession():
    grouped = ownership_entries(parse_feed((FIXTURES / "getcurrent-type4-start0.atom.xml").read_bytes()))
    assert list(grouped) == ["0001990311-25-000002", "0001127602-25-001801", "0000899243-25-008928",
                             "0001127602-25-001790"]
    assert {e.form for e in grouped["0001127602-25-001801"]} == {"4/A"}
    assert {e.cik for e in grouped["0000899243-25-008928"]} == {"1065521", "1770787", "1725397"}


def test_feed_rejects_html_and_other_xml():
    with pytest.raises(FeedFormatError):
        parse_feed(b"<!DOCTYPE html><html><head><title>SEC.gov | File Unavailable</title></head></html>")
    with pytest.raises(FeedFormatError, match="not an Atom"):
        parse_feed(b'<?xml version="1.0"?><ownershipDocument/>')


def test_form_index_fixture():
    rows = parse_index((FIXTURES / "form.20250310.idx").read_bytes())
    assert len(rows) == 15
    assert rows[0].form == "10-K" and rows[0].company == "Alpha Investment Inc."
    sc13 = rows[-1]
    assert (sc13.form, sc13.cik, sc13.date_filed, sc13.accession) == (
        "SC 13G/A", "102909", date(2025, 3, 10), "0000102909-25-004412")
    grouped = ownership_rows(rows)
    assert set(grouped) == {"0001844452-25-000031", "0000899243-25-008928", "0001127602-25-001790",
                            "0001127602-25-001801", "0001081316-25-000007"}
    assert {r.cik for r in grouped["0000899243-25-008928"]} == {"1770787", "1725397", "1065521"}
    trust = next(r for r in rows if r.cik == "1081316")
    assert trust.company.startswith("Berkshire Hathaway Energy") and trust.form == "5"


def test_master_index_fixture_matches_form_index():
    form_rows = parse_index((FIXTURES / "form.20250310.idx").read_bytes())
    master_rows = parse_index((FIXTURES / "master.20250310.idx").read_bytes())
    assert {(r.form, r.cik, r.accession) for r in master_rows} == {(r.form, r.cik, r.accession) for r in form_rows}


def test_index_rejects_html():
    with pytest.raises(IndexFormatError):
        parse_index(b"<!DOCTYPE html><html><body>File Unavailable</body></html>")


def test_real_feed_sample():
    entries = parse_feed(sample("getcurrent-type4-start0.atom.xml"))
    assert len(entries) == 100
    grouped = ownership_entries(entries)
    assert all(len({e.cik for e in group}) == len(group) for group in grouped.values())
    assert len(grouped["0000950142-25-003181"]) == 10      # one issuer and nine reporting owners
    assert grouped["0002063236-25-000004"][0].name == "Perez Daniel Antonio"
    assert {e.role for e in grouped["0002063236-25-000004"]} == {"Reporting", "Issuer"}
    assert all(e.accepted_at.tzinfo is not None for e in entries)


def test_real_form_index_sample():
    rows = parse_index(sample("daily-index-form.20200318.idx"))
    assert len(rows) == 4084
    assert sum(r.form == "4" for r in rows) == 2040
    grouped = ownership_rows(rows)
    softbank = grouped["0000899243-20-008928"]
    assert len(softbank) == 3 and any(r.company == "10x Genomics, Inc." for r in softbank)
    assert sum(r.date_filed == date(2020, 3, 18) for r in rows) == 3940   # the rest were filed earlier
    assert {"1-A POS", "SC 13G/A", "DEF 14A", "4/A", "3"} <= {r.form for r in rows}


def test_real_master_index_samples():
    daily = parse_index(sample("daily-index-master.20181231.idx"))
    assert daily[0].company == "HENRY SCHEIN INC" and daily[0].form == "4"
    assert daily[0].date_filed == date(2018, 12, 31) and daily[0].accession == "0001209191-18-064398"
    quarterly = parse_index(sample("full-index-master-sample.idx"))
    assert quarterly and all(r.date_filed.year == 1993 for r in quarterly)


def test_real_full_submission_sample_parses():
    from bot.ownership.parser import parse_submission

    filing = parse_submission(sample("form4-full-submission-0001127602-25-001055.txt"), "sample")
    assert filing.accession_number == "0001127602-25-001055"
    assert filing.filed_at == "2025-01-10"
    assert filing.accepted_at.startswith("2025-01-10T16:07:30")
    assert filing.issuer.trading_symbol == "AIR"


def _header(data: bytes, stop: bytes) -> list[bytes]:
    lines = data.splitlines()
    return lines[: next(i for i, line in enumerate(lines) if line.startswith(stop)) + 2]


def test_server_formats_match_the_real_samples():
    """The test server writes its feed and indexes in the samples' exact layout."""
    day = date(2020, 3, 18)
    filings, others = make_filings(3, [day]), make_others(2, [day])
    ours = form_index(day, filings + others)
    real = sample("daily-index-form.20200318.idx")
    assert _header(ours, b"Form Type") == _header(real, b"Form Type")
    assert {len(line) for line in ours.splitlines()[10:]} == {len(real.splitlines()[10])}
    master_day = date(2018, 12, 31)
    ours = master_index(master_day, make_filings(2, [master_day]))
    assert _header(ours, b"CIK|") == _header(sample("daily-index-master.20181231.idx"), b"CIK|")
    generated = datetime(2025, 12, 12, 18, 3, 57, tzinfo=EASTERN)
    feed = atom_feed([(filings[0], "Someone", filings[0].issuer_cik, "Issuer")], generated)
    real_feed = sample("getcurrent-type4-start0.atom.xml")
    assert feed.splitlines()[:8] == real_feed.splitlines()[:8]
    tag = re.compile(rb"^\s*(</?[a-z]+|&lt;b&gt;Filed)")
    assert [tag.match(line).group(1) for line in feed.splitlines()[8:18]] == \
        [tag.match(line).group(1) for line in real_feed.splitlines()[8:18]]

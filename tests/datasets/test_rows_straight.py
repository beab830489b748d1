"""bot.ingest.dataset_rows: a data-set filing's rows built straight from its records are the very rows the
Filing road gives (``prepare(build_filing(...))``), tuple for tuple, content hash included, on the shared corpus
zip, the bench's synthetic quarter and the real 2024q3 excerpts; and bad input is reported exactly as before.

``DATASET_FULL_QUARTER=1`` runs the synthetic quarter at the bench's full size (60,000 filings, about a minute)."""

from __future__ import annotations

import io
import os
import random

import pytest
from corpus import CORPUS
from dataset_zip import tsv_line, write_zip
from test_dataset_reader import EXCERPTS, nonderiv, owner, real_zip, submission

from bench.dataset_import import write_quarter
from bot.datasets import Dataset, tsv
from bot.ingest.dataset_rows import DatasetRows
from storage.bulk import prepare

CORPUS_ZIP = CORPUS / "datasets" / "corpus_form345.zip"
ORIGIN, STAMP = "dataset:2030q1", "2030-04-01T00:00:00+00:00"
QUARTER_FILINGS = 60_000 if os.environ.get("DATASET_FULL_QUARTER") else 3_000


def both_roads(path, **options):
    """(the Filing road's rows, this road's rows, the problems of each, the filings this road left to the
    Filing road) of one zip, read with ``options``."""
    old_reader, new_reader = Dataset(path, **options), Dataset(path, **options)
    old = [prepare(filing, origin=ORIGIN, stamp=STAMP, keep=False) for filing in old_reader.filings()]
    rows = DatasetRows(origin=ORIGIN, stamp=STAMP, keep=False)
    new = list(new_reader.built(rows))
    return old, new, old_reader.problems, new_reader.problems, rows.old_road


def assert_same_rows(path, **options) -> int:
    old, new, old_problems, new_problems, old_road = both_roads(path, **options)
    assert old_road == 0
    assert [p.fid for p in new] == [p.fid for p in old]
    for before, after in zip(old, new, strict=True):
        for name, value in before._asdict().items():
            assert getattr(after, name) == value, (before.fid, name)
        assert after.filing[2] == before.filing[2]  # the content hash
    assert new_problems == old_problems
    return len(new)


@pytest.mark.skipif(not CORPUS_ZIP.is_file(), reason="no shared corpus")
def test_the_corpus_zip_gives_the_same_rows_as_the_filing_road():
    assert assert_same_rows(CORPUS_ZIP) == 44


def test_the_bench_quarter_gives_the_same_rows_as_the_filing_road(tmp_path):
    path = tmp_path / "2030q1_form345.zip"
    write_quarter(path, QUARTER_FILINGS, 2030, 1, seed=1)
    assert assert_same_rows(path) == QUARTER_FILINGS
    assert assert_same_rows(path, bucket_bytes=200_000) == QUARTER_FILINGS  # many scratch buckets


@pytest.mark.skipif(not EXCERPTS.is_dir(), reason="no real data-set excerpts")
def test_the_real_2024q3_excerpts_give_the_same_rows_as_the_filing_road(tmp_path):
    assert assert_same_rows(real_zip(tmp_path)) > 0


def test_in_process_the_rows_keep_what_builds_the_filing_again(tmp_path):
    path = write_zip(tmp_path / "2023q3_form345.zip", {"SUBMISSION": [submission()], "REPORTINGOWNER": [owner()],
                                                        "NONDERIV_TRANS": [nonderiv()]})
    [filing] = Dataset(path).filings()
    [rows] = Dataset(path).built(DatasetRows(origin=ORIGIN, stamp=STAMP))
    assert rows.document.filing() == filing
    assert rows[:-1] == prepare(filing, origin=ORIGIN, stamp=STAMP)[:-1]


OTHER = "0001234567-24-000002"
FOOTNOTE = tsv_line("FOOTNOTES", {"ACCESSION_NUMBER": OTHER, "FOOTNOTE_ID": "F1", "FOOTNOTE_TXT": "One."})
SIGNATURE = tsv_line("OWNER_SIGNATURE", {"ACCESSION_NUMBER": OTHER, "OWNERSIGNATURENAME": "/s/ A",
                                         "OWNERSIGNATUREDATE": "31-JUL-2024"})
# Each case: the records added to a zip holding two good filings (OTHER, and the test reader's ACC); SUBMISSION
# records given take the place of OTHER's.
BAD_INPUT = {
    "a row of the wrong width": {"NONDERIV_TRANS": [nonderiv(OTHER, sk=3) + "\textra"]},
    "an unreadable date in SUBMISSION": {"SUBMISSION": [submission(OTHER, PERIOD_OF_REPORT="2024-13-45x")]},
    "an unreadable flag": {"SUBMISSION": [submission(OTHER, NOT_SUBJECT_SEC16="maybe")]},
    "an unknown document type": {"SUBMISSION": [submission(OTHER, DOCUMENT_TYPE="10-K")]},
    "no issuer CIK": {"SUBMISSION": [submission(OTHER, ISSUERCIK="")]},
    "an unreadable number": {"NONDERIV_TRANS": [nonderiv(OTHER, sk=3, TRANS_SHARES="1,000")]},
    "an unreadable row date": {"NONDERIV_TRANS": [nonderiv(OTHER, sk=3, TRANS_DATE="31-JUX-2024")]},
    "a surrogate key that is no number": {"NONDERIV_TRANS": [nonderiv(OTHER, sk="ten")]},
    "two bad rows: the first reported": {"NONDERIV_TRANS": [nonderiv(OTHER, sk=4, TRANS_SHARES="x"),
                                                           nonderiv(OTHER, sk=3, TRANS_PRICEPERSHARE="y")]},
    "an owner CIK that is no number": {"REPORTINGOWNER": [owner(OTHER, cik="12a")]},
    "an owner without CIK": {"REPORTINGOWNER": [owner(OTHER, cik="")]},
    "a footnote without id": {"FOOTNOTES": [tsv_line("FOOTNOTES", {"ACCESSION_NUMBER": OTHER, "FOOTNOTE_TXT": "x"})]},
    "an unreadable signature date": {"OWNER_SIGNATURE": [tsv_line("OWNER_SIGNATURE", {
        "ACCESSION_NUMBER": OTHER, "OWNERSIGNATURENAME": "/s/ B", "OWNERSIGNATUREDATE": "soon"})]},
    "a record without its filing": {"REPORTINGOWNER": [owner("0009999999-24-000009")]},
    "an accession listed twice": {"SUBMISSION": [submission(OTHER), submission(OTHER, ISSUERNAME="Again")]},
    "duplicate owners, signatures and footnote ids": {
        "REPORTINGOWNER": [owner(OTHER, RPTOWNERNAME="Again")], "OWNER_SIGNATURE": [SIGNATURE],
        "FOOTNOTES": [tsv_line("FOOTNOTES", {"ACCESSION_NUMBER": OTHER, "FOOTNOTE_ID": "F1", "FOOTNOTE_TXT": "Two."})]},
}


@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_bad_input_is_reported_as_by_the_filing_road_and_the_rest_imports(tmp_path, case):
    tables = {"SUBMISSION": [submission(), submission(OTHER)], "REPORTINGOWNER": [owner(), owner(OTHER)],
              "NONDERIV_TRANS": [nonderiv(sk=1), nonderiv(OTHER, sk=2)], "FOOTNOTES": [FOOTNOTE],
              "OWNER_SIGNATURE": [SIGNATURE, SIGNATURE]}
    for table, lines in BAD_INPUT[case].items():
        tables[table] = [submission(), *lines] if table == "SUBMISSION" else [*tables[table], *lines]
    old, new, old_problems, new_problems, _ = both_roads(write_zip(tmp_path / "2024q3_form345.zip", tables))
    assert [p[:-1] for p in new] == [p[:-1] for p in old] and len(new) >= 1
    assert new_problems == old_problems


def test_a_missing_table_reads_as_no_rows_on_both_roads(tmp_path):
    path = write_zip(tmp_path / "2023q3_form345.zip", {"SUBMISSION": [submission()], "NONDERIV_TRANS": [nonderiv()]},
                     leave_out=["REPORTINGOWNER", "FOOTNOTES"])
    old, new, old_problems, new_problems, old_road = both_roads(path)
    assert [p[:-1] for p in new] == [p[:-1] for p in old] and len(new) == 1 and old_road == 0
    assert new_problems == old_problems and len(new_problems) == 2


LINE_ENDS = ["a\tb\n", "a\tb\r\nc\n", "a\rb\n", "a\r\rb", "\n\nx\n", '"x\ny"\tz\n', '"open\n\nstill"\n', "\ufeffh\nv\n",
             "no end", '"never closed\nx', "", "\r", "é\tü\n"]


@pytest.mark.parametrize("text", LINE_ENDS)
def test_records_read_a_block_at_a_time_are_those_of_the_line_reader(text):
    data = text.encode()
    expected = list(tsv.records(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace", newline="")))
    for block in (1, 2, 3, 1 << 20):
        assert list(tsv.read_records(io.BytesIO(data), block=block)) == expected


def test_records_of_any_text_cut_anywhere_are_those_of_the_line_reader():
    rng = random.Random(11)
    pieces = ["a", "b", "\t", '"', '""', "\n", "\r", "\r\n", "é", "\ufeff"]
    for _ in range(3000):
        data = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))).encode()
        if rng.random() < 0.2:
            data = data[:2] + b"\xff\xc3" + data[2:]  # bytes that are not UTF-8
        expected = list(tsv.records(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace",
                                                     newline="")))
        for block in (1, 2, 7):
            assert list(tsv.read_records(io.BytesIO(data), block=block)) == expected, data


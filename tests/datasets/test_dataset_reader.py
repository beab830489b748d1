"""bot.datasets: a data-set zip read into Filing objects with every quirk of the SEC's files, and the
problems (a missing table, a row of the wrong width, an unreadable value) reported with file, line and
reason while the rest is read.

The real 2024q3 rows are in the shared corpus (``datasets/real-2024q3-excerpts``); those tests skip
without it. The other zips are written by the tests themselves."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from corpus import CORPUS
from dataset_zip import HEADERS, tsv_line, write_zip

from bot.datasets import Dataset, open_dataset, quarter_label

EXCERPTS = CORPUS / "datasets" / "real-2024q3-excerpts"
real = pytest.mark.skipif(not EXCERPTS.is_dir(), reason=f"no real data-set excerpts at {EXCERPTS}")

ACC = "0001234567-24-000001"


def submission(acc: str = ACC, **values: str) -> str:
    base = {"ACCESSION_NUMBER": acc, "FILING_DATE": "31-JUL-2024", "PERIOD_OF_REPORT": "29-JUL-2024",
            "DOCUMENT_TYPE": "4", "ISSUERCIK": "0001537435", "ISSUERNAME": "Tecogen Inc.",
            "ISSUERTRADINGSYMBOL": "TGEN", "AFF10B5ONE": "0"}
    return tsv_line("SUBMISSION", {**base, **values})


def owner(acc: str = ACC, cik: str = "0001990311", **values: str) -> str:
    base = {"ACCESSION_NUMBER": acc, "RPTOWNERCIK": cik, "RPTOWNERNAME": "Whiting John",
            "RPTOWNER_RELATIONSHIP": "Officer", "RPTOWNER_TITLE": "General Counsel"}
    return tsv_line("REPORTINGOWNER", {**base, **values})


def nonderiv(acc: str = ACC, sk: int = 10, **values: str) -> str:
    base = {"ACCESSION_NUMBER": acc, "NONDERIV_TRANS_SK": str(sk), "SECURITY_TITLE": "Common Stock",
            "TRANS_DATE": "29-JUL-2024", "TRANS_FORM_TYPE": "4", "TRANS_CODE": "S", "EQUITY_SWAP_INVOLVED": "0",
            "TRANS_SHARES": "100.0", "TRANS_PRICEPERSHARE": "2.5", "TRANS_ACQUIRED_DISP_CD": "D",
            "SHRS_OWND_FOLWNG_TRANS": "900.0", "DIRECT_INDIRECT_OWNERSHIP": "D"}
    return tsv_line("NONDERIV_TRANS", {**base, **values})


def read(path: Path, **options) -> tuple[dict, Dataset]:
    dataset = Dataset(path, **options)
    return {f.accession_number: f for f in dataset.filings()}, dataset


def real_zip(tmp_path: Path) -> Path:
    """The real excerpt files as they are, in a zip, plus a made-up SUBMISSION record (13 columns, like the
    real file) for each accession that the excerpts name only in the other files."""
    sub = (EXCERPTS / "SUBMISSION.tsv").read_text()
    named = set()
    for name in ("DERIV_HOLDING", "DERIV_TRANS", "NONDERIV_HOLDING", "OWNER_SIGNATURE"):
        named |= {line.split("\t", 1)[0] for line in (EXCERPTS / f"{name}.tsv").read_text().splitlines()[1:]}
    listed = {line.split("\t", 1)[0] for line in sub.splitlines()[1:]}
    extra = "".join(f"{acc}\t30-SEP-2024\t26-SEP-2024\t\t\t0\t\t\t4\t0001000001\tExcerpt Issuer\tEXC\t\n"
                    for acc in sorted(named - listed))
    path = tmp_path / "2024q3_form345.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("SUBMISSION.tsv", sub + extra)
        for name in ("DERIV_HOLDING", "DERIV_TRANS", "NONDERIV_HOLDING", "OWNER_SIGNATURE"):
            archive.writestr(f"{name}.tsv", (EXCERPTS / f"{name}.tsv").read_bytes())
    return path


@real
def test_the_real_2024q3_rows_read_with_every_quirk(tmp_path):
    filings, dataset = read(real_zip(tmp_path))
    assert [p for p in dataset.problems if not p.warning] == []
    # Three of the eight files are not in the excerpts: each read as no rows, with a warning.
    assert sorted(p.file for p in dataset.problems if p.warning) == [
        "FOOTNOTES.tsv", "NONDERIV_TRANS.tsv", "REPORTINGOWNER.tsv"]
    # 13 SUBMISSION columns: no AFF10B5ONE, so the 10b5-1 flag is unknown, never false.
    assert dataset.has_aff10b5one is False
    assert all(f.aff10b5one is None for f in filings.values())

    veralto = filings["0001967680-24-000113"]
    assert (veralto.document_type, veralto.filed_at, veralto.period_of_report) == ("4", "2024-07-31", "2024-07-29")
    assert (veralto.issuer.cik, veralto.issuer.name, veralto.issuer.trading_symbol) == (
        "0001967680", "Veralto Corp", "VLTO")
    assert veralto.source == ("https://www.sec.gov/Archives/edgar/data/1967680/000196768024000113/"
                              "0001967680-24-000113-index.htm")
    # Flags as 0, 1, false and true in one column.
    assert [filings[a].not_subject_to_section16 for a in (
        "0001967680-24-000113", "0000950170-24-088711", "0000950170-24-088602", "0001580642-24-004028")] == [
        False, True, False, True]
    assert filings["0001013762-24-003484"].no_securities_owned is True
    amendment = filings["0001731122-24-001167"]
    assert (amendment.document_type, amendment.date_of_original_submission) == ("4/A", "2024-04-02")
    # A quoted field with doubled quotes inside.
    assert filings["0000950170-24-088602"].remarks.startswith('The reporting persons may be deemed members of a "group"')
    assert filings["0001437749-24-028403"].signatures[0].name == (
        '/s/ Katayoun ("Katy") Motiey, Power of Attorney for Kevin R. Rhodes')

    # Surrogate keys running down within a filing: the rows come in key order.
    psu = filings["0000950170-24-110527"].derivative_holdings
    assert [r.security_title for r in psu] == ["Performance Share Units (2022)", "Performance Share Units (2023)"]
    assert [r.seq for r in psu] == [1, 2]
    assert psu[0].footnote_ids == {"conversion_or_exercise_price": ["F4"], "exercise_date": ["F5"],
                                   "expiration_date": ["F5"]}
    notes = filings["0000902664-24-005047"].derivative_holdings[0]
    assert notes.security_title == 'Senior Secured Convertible Notes ("Notes")'
    assert notes.footnote_ids["nature_of_ownership"] == ["F6", "F5", "F2", "F4"]  # as filed, not sorted

    # A value given only as footnotes; a total value instead of shares; the misspelt EXCERCISE_DATE.
    rsu = filings["0000707388-24-000145"].derivative_transactions[0]
    assert rsu.conversion_or_exercise_price is None
    assert rsu.footnote_ids["conversion_or_exercise_price"] == ["F2", "F3"]
    assert rsu.footnote_ids["price_per_share"] == ["F2"] and rsu.footnote_ids["shares"] == ["F1"]
    assert (rsu.exercise_date, rsu.transaction_code, rsu.shares) == ("2024-08-23", "M", 400.0)
    note = filings["0001493152-24-038889"].derivative_transactions[0]
    assert (note.shares, note.total_value, note.exercise_date) == (None, 175000.0, "2024-09-30")
    assert note.footnote_ids == {"underlying_security_title": ["F1", "F2"]}
    assert filings["0000950170-24-110521"].derivative_transactions[0].equity_swap_involved is False
    thrift = filings["0001225208-24-008801"].derivative_transactions[0]
    assert thrift.underlying_security_title == 'Common Shares ("Shares of Beneficial Interest")'
    holding = filings["0001828318-24-000207"].non_derivative_holdings[0]
    assert (holding.shares_owned_following, holding.direct_indirect, holding.nature_of_ownership) == (
        900000.0, "I", "Trust")
    assert filings["0001493152-24-036155"].non_derivative_holdings[0].transaction_form_type == "3"
    assert all(f.content_hash for f in filings.values())


def test_a_zip_without_reportingowner_reads_the_rest_and_warns(tmp_path):
    path = write_zip(tmp_path / "2023q3_form345.zip", {"SUBMISSION": [submission()], "NONDERIV_TRANS": [nonderiv()]},
                     leave_out=["REPORTINGOWNER"])
    filings, dataset = read(path)
    assert list(filings) == [ACC]
    assert filings[ACC].reporting_owners == [] and len(filings[ACC].non_derivative_transactions) == 1
    assert [(p.file, p.line, p.warning) for p in dataset.problems] == [("REPORTINGOWNER.tsv", None, True)]
    assert "not in the zip" in dataset.problems[0].reason


def test_a_row_of_the_wrong_width_leaves_its_filing_out_and_the_rest_reads(tmp_path):
    other = "0001234567-24-000002"
    path = write_zip(tmp_path / "2023q3_form345.zip", {
        "SUBMISSION": [submission(), submission(other)],
        "REPORTINGOWNER": [owner(), owner(other)],
        "NONDERIV_TRANS": [nonderiv(sk=1), nonderiv(other, sk=2) + "\textra"],
    })
    filings, dataset = read(path)
    assert list(filings) == [ACC]
    [problem] = dataset.problems
    assert (problem.file, problem.line, problem.accession, problem.warning) == (
        "NONDERIV_TRANS.tsv", 3, other, False)
    assert "29 fields where the header has 28" in problem.reason
    assert str(problem).startswith("NONDERIV_TRANS.tsv line 3: 29 fields")


@pytest.mark.parametrize(("table", "line", "reason"), [
    ("SUBMISSION", submission(PERIOD_OF_REPORT="2024-13-45x"), "PERIOD_OF_REPORT value '2024-13-45x' is not a date"),
    ("SUBMISSION", submission(NOT_SUBJECT_SEC16="maybe"), "NOT_SUBJECT_SEC16 value 'maybe' is not a flag"),
    ("SUBMISSION", submission(DOCUMENT_TYPE="10-K"), "unknown DOCUMENT_TYPE '10-K'"),
    ("NONDERIV_TRANS", nonderiv(TRANS_SHARES="1,000"), "TRANS_SHARES value '1,000' is not a number"),
    ("NONDERIV_TRANS", nonderiv(TRANS_DATE="31-JUX-2024"), "TRANS_DATE value '31-JUX-2024' is not a date"),
    ("NONDERIV_TRANS", nonderiv(sk="ten"), "surrogate key 'ten' is not a number"),
])
def test_an_unreadable_value_is_reported_with_file_line_and_reason(tmp_path, table, line, reason):
    other = "0001234567-24-000002"
    tables = {"SUBMISSION": [submission(other)], "REPORTINGOWNER": [owner(), owner(other)],
              "NONDERIV_TRANS": [nonderiv(other, sk=1)]}
    if table != "SUBMISSION":
        tables["SUBMISSION"].append(submission())
    tables[table] = [*tables[table], line]
    filings, dataset = read(write_zip(tmp_path / "x_form345.zip", tables))
    assert list(filings) == [other]
    [problem] = dataset.problems
    assert (problem.file, problem.line, problem.accession) == (f"{table}.tsv", len(tables[table]) + 1, ACC)
    assert reason in problem.reason


def test_owners_signatures_and_footnotes_with_their_quirks(tmp_path):
    path = write_zip(tmp_path / "2023q3_form345.zip", {
        "SUBMISSION": [submission(REMARKS='"Line one\nline ""two"""')],
        "REPORTINGOWNER": [owner(RPTOWNER_RELATIONSHIP="Director,TenPercentOwnerOther", RPTOWNER_TXT="Member of group"),
                           owner(cik="1000", RPTOWNER_RELATIONSHIP="Other"),
                           owner()],  # the first owner again
        "NONDERIV_TRANS": [nonderiv(sk=7, TRANS_SHARES_FN="F2, F1", EQUITY_SWAP_TRANS_CD_FN="F3"),
                           nonderiv(sk=5, EQUITY_SWAP_INVOLVED="true", TRANS_CODE="P")],
        "FOOTNOTES": [tsv_line("FOOTNOTES", {"ACCESSION_NUMBER": ACC, "FOOTNOTE_ID": "F1",
                                             "FOOTNOTE_TXT": '"A tab\there and ""quotes"""'}),
                      tsv_line("FOOTNOTES", {"ACCESSION_NUMBER": ACC, "FOOTNOTE_ID": "F2", "FOOTNOTE_TXT": "Two."})],
        "OWNER_SIGNATURE": [tsv_line("OWNER_SIGNATURE", {"ACCESSION_NUMBER": ACC, "OWNERSIGNATURENAME": "/s/ J W",
                                                         "OWNERSIGNATUREDATE": "31-JUL-2024"})] * 2,
    })
    filings, dataset = read(path)
    assert dataset.problems == []
    f = filings[ACC]
    assert f.remarks == 'Line one\nline "two"'
    assert f.aff10b5one is False
    first, second = f.reporting_owners
    assert (first.is_director, first.is_officer, first.is_ten_percent_owner, first.is_other) == (True, False, True, True)
    assert (first.other_text, first.officer_title) == ("Member of group", "General Counsel")
    assert (second.cik, second.is_other, second.is_director) == ("0000001000", True, False)
    assert [(s.name, s.date) for s in f.signatures] == [("/s/ J W", "2024-07-31")]
    assert f.footnotes == {"F1": 'A tab\there and "quotes"', "F2": "Two."}
    rows = f.non_derivative_transactions
    assert [(r.seq, r.transaction_code, r.equity_swap_involved) for r in rows] == [(1, "P", True), (2, "S", False)]
    assert rows[1].footnote_ids == {"transaction_code": ["F3"], "shares": ["F2", "F1"]}


def test_a_bom_carriage_returns_and_a_misplaced_column_order_are_read(tmp_path):
    columns = HEADERS["SUBMISSION"].split()
    reordered = [columns[-1], *columns[:-1]]  # AFF10B5ONE first: columns are found by name
    line = submission().split("\t")
    path = tmp_path / "2023q3_form345.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("SUBMISSION.tsv", "\ufeff" + "\t".join(reordered) + "\r\n"
                         + "\t".join([line[-1], *line[:-1]]).replace("\t0\t", "\t0\t", 1) + "\r\n")
    filings, _ = read(path)
    assert filings[ACC].issuer.cik == "0001537435" and filings[ACC].aff10b5one is False


def test_only_the_issuers_asked_for_and_any_number_of_buckets(tmp_path):
    accs = [f"0001234567-24-{n:06d}" for n in range(1, 41)]
    tables = {
        "SUBMISSION": [submission(a, ISSUERCIK="0000000001" if n % 4 else "0000000002") for n, a in enumerate(accs)],
        "REPORTINGOWNER": [owner(a) for a in reversed(accs)],
        "NONDERIV_TRANS": [nonderiv(a, sk=100 + n) for n, a in enumerate(accs)],
    }
    path = write_zip(tmp_path / "2023q3_form345.zip", tables)
    whole, _ = read(path)
    spread, dataset = read(path, bucket_bytes=500)  # many buckets in scratch files
    assert dataset.problems == []
    assert sorted(whole) == sorted(spread) == accs
    assert all(whole[a].content_hash == spread[a].content_hash for a in accs)
    only, _ = read(path, issuer_ciks=["2"])
    assert sorted(only) == accs[::4]


def test_a_record_whose_filing_is_not_in_submission_is_reported(tmp_path):
    path = write_zip(tmp_path / "2023q3_form345.zip", {
        "SUBMISSION": [submission()], "REPORTINGOWNER": [owner(), owner("0009999999-24-000009")]})
    filings, dataset = read(path)
    assert list(filings) == [ACC]
    [problem] = dataset.problems
    assert (problem.file, problem.line) == ("REPORTINGOWNER.tsv", 3)
    assert "no SUBMISSION record" in problem.reason


def test_the_quarter_is_named_by_the_file():
    assert quarter_label("/x/2023q3_form345.zip") == "2023q3"
    assert quarter_label("2006Q1_form345.zip") == "2006q1"
    assert quarter_label("corpus_form345.zip") == "corpus"
    assert open_dataset("2024q1_form345.zip").label == "2024q1"

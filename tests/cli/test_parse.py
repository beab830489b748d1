"""``insiderbot parse``: JSON on stdout, one pretty document or one compact document per line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from bot.cli import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TECOGEN = FIXTURES / "tecogen-whiting-4-2023-09-27.xml"
TECOGEN_TXT = FIXTURES / "ownership" / "tecogen-whiting-4-0009999999-23-000001.txt"
FOOTNOTES = FIXTURES / "ownership" / "footnote-only-fields-4.xml"
TRUNCATED = FIXTURES / "ownership" / "bad-truncated-4.xml"

TOP_LEVEL_KEYS = [
    "document_type", "issuer", "reporting_owners", "schema_version", "period_of_report",
    "date_of_original_submission", "not_subject_to_section16", "no_securities_owned",
    "form3_holdings_reported", "form4_transactions_reported", "aff10b5one", "remarks",
    "non_derivative_transactions", "non_derivative_holdings", "derivative_transactions",
    "derivative_holdings", "footnotes", "signatures", "accession_number", "filed_at", "accepted_at",
    "source", "content_hash",
]
ROW_KEYS = [
    "security_title", "transaction_date", "deemed_execution_date", "transaction_form_type",
    "transaction_code", "equity_swap_involved", "transaction_timeliness", "shares", "price_per_share",
    "acquired_disposed", "shares_owned_following", "value_owned_following", "direct_indirect",
    "nature_of_ownership", "conversion_or_exercise_price", "exercise_date", "expiration_date",
    "underlying_security_title", "underlying_shares", "underlying_value", "total_value", "footnote_ids",
]


def run(*args: str):
    return CliRunner().invoke(cli, ["parse", *args], obj={})


def test_one_file_is_pretty_printed_json_with_the_documented_keys():
    result = run(str(TECOGEN))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith('{\n  "document_type": "4",')
    data = json.loads(result.stdout)
    assert list(data) == TOP_LEVEL_KEYS
    assert data["issuer"] == {"cik": "0001537435", "name": "Tecogen Inc.", "trading_symbol": "TGEN",
                              "foreign_trading_symbol": None}
    row = data["derivative_transactions"][0]
    assert list(row) == ROW_KEYS
    assert row["shares"] == 37500 and isinstance(row["shares"], float)
    assert row["conversion_or_exercise_price"] == 0.88
    assert row["deemed_execution_date"] is None
    assert row["footnote_ids"] == {"exercise_date": ["F1"]}
    assert data["footnotes"] == {"F1": "Vests 50% per year"}
    assert data["aff10b5one"] is False
    assert data["source"] == str(TECOGEN)
    assert len(data["content_hash"]) == 40
    assert result.stderr == ""


def test_several_files_give_one_compact_json_document_per_line():
    result = run(str(TECOGEN), str(TECOGEN_TXT), str(FOOTNOTES))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    documents = [json.loads(line) for line in lines]
    assert [d["source"] for d in documents] == [str(TECOGEN), str(TECOGEN_TXT), str(FOOTNOTES)]
    assert documents[1]["accession_number"] == "0009999999-23-000001"
    assert documents[0]["content_hash"] == documents[1]["content_hash"]
    for line, document in zip(lines, documents, strict=True):
        assert line == json.dumps(document, separators=(",", ":"), ensure_ascii=False)


def test_a_folder_is_walked_for_xml_txt_and_nc(tmp_path):
    folder = tmp_path / "filings"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(TECOGEN, folder / "a.xml")
    shutil.copy(TECOGEN_TXT, folder / "sub" / "b.txt")
    shutil.copy(TECOGEN_TXT.with_suffix(".nc"), folder / "sub" / "c.NC")
    (folder / "notes.md").write_text("not a filing")
    result = run(str(folder))
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(folder / "a.xml"), str(folder / "sub" / "b.txt"), str(folder / "sub" / "c.NC")]


def test_a_bad_file_is_reported_on_stderr_and_the_others_still_print():
    result = run(str(TECOGEN), str(TRUNCATED), str(FOOTNOTES))
    assert result.exit_code == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(TECOGEN), str(FOOTNOTES)]
    assert f"error: {TRUNCATED}: not well-formed XML: Premature end of data" in result.stderr
    assert "1 of 3 file(s) could not be parsed" in result.stderr


def test_a_missing_file_is_an_error_line(tmp_path):
    result = run(str(tmp_path / "absent.xml"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"error: {tmp_path / 'absent.xml'}: cannot read file" in result.stderr


def test_an_empty_folder_is_an_error(tmp_path):
    result = run(str(tmp_path))
    assert result.exit_code == 1
    assert "no .xml, .txt or .nc files found" in result.stderr

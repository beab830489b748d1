"""The reference answer, exactly, and the number formats answers use."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.answers.engine import answer
from bot.answers.render import numbers_in
from bot.domain.formats import fmt_price, fmt_shares
from bot.domain.wording import security_phrase
from bot.ownership.parser import parse_path
from storage.db import open_db
from storage.writes import store_filing

TECOGEN_FIXTURE = "tests/fixtures/tecogen-whiting-4-2023-09-27.xml"
ACCESSION = "0001990311-23-000001"  # a placeholder accession for the test; the fixture's CIK is one too
REFERENCE = """\
John Whiting, General Counsel & Secretary of Tecogen Inc. (TGEN), was granted 37,500 stock options (right to buy) on Sep 20, 2023 (code A, grant).
  Exercise price $0.88 · exercisable from Sep 20, 2024 (vests 50% per year) · expires Sep 20, 2033
  Underlying: 37,500 shares of Common Stock · 400,000 options held directly afterwards
  Reported late: due Sep 22, 2023, filed Sep 27, 2023
Source: Form 4 filed Sep 27, 2023 · https://www.sec.gov/Archives/edgar/data/1537435/000199031123000001/0001990311-23-000001-index.htm"""


@pytest.fixture
def tecogen_with_accession(tmp_path):
    """The Tecogen fixture stored as if read from EDGAR (accession and filing date known)."""
    filing = dataclasses.replace(parse_path(TECOGEN_FIXTURE), accession_number=ACCESSION, filed_at="2023-09-27")
    db = open_db(tmp_path / "t.db")
    store_filing(db, filing)
    db.close()
    return tmp_path / "t.db"


def test_reference_answer_exactly(tecogen_with_accession, rules_settings) -> None:
    result = answer("what options did Tecogen's GC get", tecogen_with_accession, settings=rules_settings,
                    today=dt.date(2024, 1, 1))
    assert result.text == REFERENCE
    assert result.kind == "records"
    assert result.headline.startswith("John Whiting, General Counsel & Secretary")
    assert [s.url for s in result.sources] == [
        "https://www.sec.gov/Archives/edgar/data/1537435/000199031123000001/0001990311-23-000001-index.htm"]
    record = result.records[0]
    assert (record["shares"], record["conversion_or_exercise_price"], record["transaction_code"]) == (37500, 0.88, "A")
    assert (record["exercise_date"], record["expiration_date"]) == ("2024-09-20", "2033-09-20")
    assert record["shares_owned_following"] == 400000 and record["direct_indirect"] == "D"
    assert record["footnotes"]["exercise_date"] == [{"id": "F1", "text": "Vests 50% per year"}]


def test_answer_json_shape(tecogen_with_accession, rules_settings) -> None:
    data = answer("options granted to John Whiting", tecogen_with_accession, settings=rules_settings).to_json()
    assert set(data) == {"answer", "query", "records", "sources"}
    assert data["query"]["spec"]["security"] == "option"
    assert data["query"]["spec"]["transaction"] == "grant"
    assert data["query"]["insider"]["names"] == ["Whiting John"]
    assert data["sources"][0]["label"] == "Form 4 filed Sep 27, 2023"


@pytest.mark.parametrize("value, shown", [(37500.0, "37,500"), (12126.682, "12,126.682"), (0.0, "0"),
                                          (383262.5326, "383,262.5326"), (None, "an unstated number of")])
def test_shares_as_filed(value, shown) -> None:
    assert fmt_shares(value) == shown


@pytest.mark.parametrize("value, shown", [(0.88, "$0.88"), (42.1735, "$42.1735"), (8.0, "$8.00"),
                                          (1186.779, "$1,186.779")])
def test_prices(value, shown) -> None:
    assert fmt_price(value) == shown


@pytest.mark.parametrize("title, amount, kind, derivative, shown", [
    ("Stock Option (Right to Buy)", 37500, "option", True, "stock options (right to buy)"),
    ("Restricted Stock Unit", 2, "rsu", True, "restricted stock units"),
    ("Common Stock", 10, "common", False, "shares of Common Stock"),
    ("Common Stock", 1, "common", False, "share of Common Stock"),
    ("Ordinary Shares", 5, "common", False, "Ordinary Shares"),
])
def test_security_phrases(title, amount, kind, derivative, shown) -> None:
    assert security_phrase(title, amount, kind, derivative) == shown


def test_numbers_in_text() -> None:
    text = "Sold 1,234.5 shares at $0.88 under a 10b5-1 plan (Form 4) on Sep 20, 2023."
    assert numbers_in(text) == {1234.5, 0.88, 20.0, 2023.0}

"""Full submission .txt and dissemination .nc files: the ownership XML inside and the SEC header fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ownership.parser import OwnershipParseError, parse_document, parse_path, parse_submission
from bot.ownership.submission import looks_like_submission

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TECOGEN = FIXTURES / "tecogen-whiting-4-2023-09-27.xml"
TECOGEN_TXT = FIXTURES / "ownership" / "tecogen-whiting-4-0009999999-23-000001.txt"
TECOGEN_NC = FIXTURES / "ownership" / "tecogen-whiting-4-0009999999-23-000001.nc"
FAKE_ACCESSION = "0009999999-23-000001"


def test_full_submission_txt_reads_header_and_xml():
    filing = parse_path(TECOGEN_TXT)
    assert filing.accession_number == FAKE_ACCESSION
    assert filing.filed_at == "2023-09-27"
    assert filing.accepted_at == "2023-09-27T16:35:12-04:00"  # Eastern daylight time in September
    assert filing.source == str(TECOGEN_TXT)
    assert filing.issuer.trading_symbol == "TGEN"
    assert filing.derivative_transactions[0].shares == 37500.0


def test_dissemination_nc_with_collapsed_newlines():
    filing = parse_path(TECOGEN_NC)
    assert b"\n<DOCUMENT>" not in TECOGEN_NC.read_bytes()
    assert filing.accession_number == FAKE_ACCESSION
    assert filing.filed_at == "2023-09-27"
    assert filing.accepted_at is None  # the .nc header carries no acceptance time
    assert filing.reporting_owners[0].officer_title == "General Counsel & Secretary"


def test_bare_xml_txt_and_nc_have_the_same_content_and_hash():
    bare = parse_path(TECOGEN)
    meta = ("accession_number", "filed_at", "accepted_at", "source", "content_hash")
    expected = {k: v for k, v in bare.to_dict().items() if k not in meta}
    for path in (TECOGEN_TXT, TECOGEN_NC):
        wrapped = parse_path(path)
        assert wrapped.content_hash == bare.content_hash, path
        assert {k: v for k, v in wrapped.to_dict().items() if k not in meta} == expected, path


def test_parse_document_tells_submissions_from_xml():
    assert looks_like_submission(TECOGEN_TXT.read_bytes())
    assert looks_like_submission(TECOGEN_NC.read_bytes())
    assert not looks_like_submission(TECOGEN.read_bytes())
    assert parse_document(TECOGEN_TXT.read_bytes()).accession_number == FAKE_ACCESSION
    assert parse_document(TECOGEN.read_bytes()).accession_number is None


def _submission(*documents: str, header: str) -> bytes:
    return ("<SEC-DOCUMENT>\n<SEC-HEADER>\n" + header + "</SEC-HEADER>\n" + "".join(documents)
            + "</SEC-DOCUMENT>\n").encode()


def _document(doc_type: str, body: str) -> str:
    return f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>1\n<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n"


WINTER_HEADER = ("<ACCEPTANCE-DATETIME>20250110163512\nACCESSION NUMBER:\t\t0009999999-25-000003\n"
                 "FILED AS OF DATE:\t\t20250113\n")


def test_the_form_document_is_picked_even_after_an_exhibit_holding_xml():
    xml = TECOGEN.read_text().replace("<documentType>4</documentType>", "<documentType>4/A</documentType>")
    exhibit = _document("EX-99", "<XML>\n<?xml version=\"1.0\"?><other/>\n</XML>")
    data = _submission(exhibit, _document("4/A", f"<XML>\n{xml}</XML>"), header=WINTER_HEADER)
    filing = parse_submission(data, "amended.txt")
    assert filing.document_type == "4/A"
    assert filing.accession_number == "0009999999-25-000003"
    assert filing.accepted_at == "2025-01-10T16:35:12-05:00"  # Eastern standard time in January
    assert filing.filed_at == "2025-01-13"
    assert filing.content_hash != parse_path(TECOGEN).content_hash


def test_accession_without_dashes_is_written_with_them():
    header = "<ACCESSION-NUMBER>000999999925000004\n<FILING-DATE>20250113\n"
    data = _submission(_document("4", f"<XML>\n{TECOGEN.read_text()}</XML>"), header=header)
    filing = parse_submission(data)
    assert filing.accession_number == "0009999999-25-000004"
    assert filing.accepted_at is None


@pytest.mark.parametrize("data, reason", [
    (_submission(_document("4", "<HTML>form</HTML>"), header=WINTER_HEADER),
     "the <DOCUMENT> of type 4 has no <XML> block"),
    (_submission(_document("EX-24", "<HTML>poa</HTML>"), header=WINTER_HEADER),
     "no <XML> block in the submission (document types: EX-24)"),
    (_submission(_document("EX-99", "<XML>\n<x/>\n</XML>"), _document("EX-24", "poa"), header=WINTER_HEADER),
     "no Form 3, 4 or 5 <DOCUMENT> in the submission (document types: EX-99, EX-24)"),
    (_submission(_document("4", "<XML>\n<?xml version=\"1.0\"?><ownershipDocument>"), header=WINTER_HEADER),
     "the <XML> block of the type 4 document has no </XML>"),
    (b"<SEC-HEADER>\nACCESSION NUMBER: 0009999999-25-000005\n</SEC-HEADER>\n",
     "no <DOCUMENT> and no <XML> block in the submission"),
    (b"", "empty file"),
])
def test_submission_without_a_readable_form(data, reason):
    with pytest.raises(OwnershipParseError) as caught:
        parse_submission(data, "sub.txt")
    assert caught.value.source == "sub.txt"
    assert caught.value.reason == reason


def test_bad_xml_inside_a_submission_names_the_submission():
    data = _submission(_document("4", "<XML>\n<ownershipDocument><issuer>\n</XML>"), header=WINTER_HEADER)
    with pytest.raises(OwnershipParseError, match=r"^sub\.nc: not well-formed XML"):
        parse_document(data, "sub.nc")

"""EDGAR SGML submissions (full ``.txt`` and dissemination ``.nc``): the SEC header and the ownership XML.

A submission is an SGML header followed by ``<DOCUMENT>`` blocks. The ownership document is the one whose
``<TYPE>`` is 3, 4, 5 or an amendment of those; its XML sits between ``<XML>`` and ``</XML>``. The ``.txt``
header writes ``ACCESSION NUMBER:`` / ``FILED AS OF DATE:`` lines, the ``.nc`` one ``<ACCESSION-NUMBER>`` /
``<FILING-DATE>`` tags, often with newlines collapsed so several tags share one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.domain.filing import DOCUMENT_TYPES
from bot.ownership.errors import OwnershipParseError

EDGAR_TZ = ZoneInfo("America/New_York")

_SUBMISSION_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*<(?:SEC-DOCUMENT|SEC-HEADER|SUBMISSION|IMS-DOCUMENT|IMS-HEADER|DOCUMENT)>", re.I
)
_DOCUMENT = re.compile(rb"<DOCUMENT>", re.I)
_DOCUMENT_END = re.compile(rb"</DOCUMENT>", re.I)
_TYPE = re.compile(rb"<TYPE>[ \t]*([^\s<]*)", re.I)
_XML_START = re.compile(rb"<XML>", re.I)
_XML_END = re.compile(rb"</XML>", re.I)
_ACCESSION = re.compile(rb"(?:ACCESSION NUMBER:|<ACCESSION-NUMBER>)[ \t]*(\d{10}-?\d{2}-?\d{6})")
_ACCEPTED = re.compile(rb"<ACCEPTANCE-DATETIME>[ \t]*(\d{14})")
_FILED = re.compile(rb"(?:FILED AS OF DATE:|<FILING-DATE>)[ \t]*(\d{8})")


@dataclass
class SubmissionParts:
    """What a submission contributes besides the XML itself."""

    xml: bytes
    accession_number: str | None
    accepted_at: str | None
    filed_at: str | None


def looks_like_submission(data: bytes) -> bool:
    """True when the bytes start like an EDGAR SGML submission rather than an XML document."""
    return _SUBMISSION_START.match(data, 0, 512) is not None


def split_submission(data: bytes, source: str | None) -> SubmissionParts:
    """The ownership XML and the header fields of one submission; OwnershipParseError when there is none."""
    first_doc = _DOCUMENT.search(data)
    if first_doc is None:
        if _XML_START.search(data) is None:
            raise OwnershipParseError(source, "no <DOCUMENT> and no <XML> block in the submission")
        raise OwnershipParseError(source, "no <DOCUMENT> block in the submission")
    header = data[: first_doc.start()]
    xml = _ownership_xml(data, first_doc.start(), source)
    return SubmissionParts(
        xml=xml,
        accession_number=_accession(header),
        accepted_at=_accepted_at(header),
        filed_at=_filed_at(header),
    )


def _ownership_xml(data: bytes, start: int, source: str | None) -> bytes:
    types_seen: list[str] = []
    position = start
    while True:
        doc = _DOCUMENT.search(data, position)
        if doc is None:
            break
        end_match = _DOCUMENT_END.search(data, doc.end())
        end = end_match.start() if end_match else len(data)
        next_doc = _DOCUMENT.search(data, doc.end(), end)
        if next_doc is not None:
            end = next_doc.start()
        type_match = _TYPE.search(data, doc.end(), end)
        doc_type = type_match.group(1).decode("ascii", "replace").upper() if type_match else ""
        types_seen.append(doc_type or "?")
        if doc_type in DOCUMENT_TYPES:
            xml_start = _XML_START.search(data, doc.end(), end)
            if xml_start is None:
                raise OwnershipParseError(source, f"the <DOCUMENT> of type {doc_type} has no <XML> block")
            xml_end = _XML_END.search(data, xml_start.end(), end)
            if xml_end is None:
                raise OwnershipParseError(source, f"the <XML> block of the type {doc_type} document has no </XML>")
            return data[xml_start.end(): xml_end.start()]
        position = end
    if _XML_START.search(data, start) is None:
        raise OwnershipParseError(
            source, f"no <XML> block in the submission (document types: {', '.join(types_seen)})"
        )
    raise OwnershipParseError(
        source, f"no Form 3, 4 or 5 <DOCUMENT> in the submission (document types: {', '.join(types_seen)})"
    )


def _accession(header: bytes) -> str | None:
    match = _ACCESSION.search(header)
    if match is None:
        return None
    digits = match.group(1).decode("ascii").replace("-", "")
    return f"{digits[:10]}-{digits[10:12]}-{digits[12:]}"


def _accepted_at(header: bytes) -> str | None:
    """``<ACCEPTANCE-DATETIME>YYYYMMDDHHMMSS`` is US Eastern time; ISO 8601 with its offset."""
    match = _ACCEPTED.search(header)
    if match is None:
        return None
    s = match.group(1).decode("ascii")
    try:
        moment = datetime(int(s[0:4]), int(s[4:6]), int(s[6:8]), int(s[8:10]), int(s[10:12]), int(s[12:14]),
                          tzinfo=EDGAR_TZ)
    except ValueError:
        return None
    return moment.isoformat()


def _filed_at(header: bytes) -> str | None:
    match = _FILED.search(header)
    if match is None:
        return None
    s = match.group(1).decode("ascii")
    return f"{s[0:4]}-{s[4:6]}-{s[6:8]}"

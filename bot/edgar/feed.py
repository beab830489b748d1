"""The EDGAR "latest filings" Atom feed (``browse-edgar?action=getcurrent&output=atom``).

Each filing appears once per CIK it names (issuer and each reporting owner), newest first; ``type=4``
is a prefix match that also returns 40-APP, 424B2 and the like. :func:`parse_feed` returns every entry
as filed; :func:`ownership_entries` keeps Forms 3, 4, 5 and their amendments, one per accession number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from lxml import etree

from bot.domain.filing import DOCUMENT_TYPES

OWNERSHIP_FORMS = DOCUMENT_TYPES
ATOM = "{http://www.w3.org/2005/Atom}"

_TITLE = re.compile(r"^(?P<form>.+?) - (?P<name>.*?)\s*\((?P<cik>\d+)\)\s*\((?P<role>[^()]*)\)\s*$", re.S)
_ACCESSION = re.compile(r"(\d{10}-\d{2}-\d{6})")
_FILED = re.compile(r"Filed:\s*(?:</b>)?\s*(\d{4}-\d{2}-\d{2})")
_LINK_CIK = re.compile(r"/Archives/edgar/data/(\d+)/")


class FeedFormatError(ValueError):
    """The bytes are not an Atom feed of filings."""


@dataclass(frozen=True)
class FeedEntry:
    accession: str
    form: str
    cik: str            # the CIK this entry is listed under, without leading zeros
    role: str           # "Reporting", "Issuer", "Filer", ...
    name: str
    accepted_at: datetime
    filed: date | None
    link: str


def parse_feed(data: bytes) -> list[FeedEntry]:
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise FeedFormatError(f"not well-formed XML: {exc}") from None
    if root.tag != f"{ATOM}feed":
        raise FeedFormatError(f"root element is {root.tag!r}, not an Atom <feed>")
    return [entry for node in root.iterfind(f"{ATOM}entry") if (entry := _entry(node)) is not None]


def _entry(node: etree._Element) -> FeedEntry | None:
    title = (node.findtext(f"{ATOM}title") or "").strip()
    match = _TITLE.match(title)
    if match is None:
        return None
    accession_match = _ACCESSION.search(node.findtext(f"{ATOM}id") or "") or _ACCESSION.search(
        node.findtext(f"{ATOM}summary") or ""
    )
    updated = (node.findtext(f"{ATOM}updated") or "").strip()
    if accession_match is None or not updated:
        return None
    try:
        accepted_at = datetime.fromisoformat(updated)
    except ValueError:
        return None
    category = node.find(f"{ATOM}category")
    form = (category.get("term") if category is not None else None) or match["form"]
    link_node = node.find(f"{ATOM}link")
    link = link_node.get("href", "") if link_node is not None else ""
    filed_match = _FILED.search(node.findtext(f"{ATOM}summary") or "")
    return FeedEntry(
        accession=accession_match.group(1),
        form=form.strip(),
        cik=str(int(match["cik"])),
        role=match["role"].strip(),
        name=match["name"].strip(),
        accepted_at=accepted_at,
        filed=date.fromisoformat(filed_match.group(1)) if filed_match else None,
        link=link,
    )


def ownership_entries(entries: list[FeedEntry]) -> dict[str, list[FeedEntry]]:
    """Forms 3/4/5 and amendments grouped by accession number, in feed order (newest first)."""
    grouped: dict[str, list[FeedEntry]] = {}
    for entry in entries:
        if entry.form in OWNERSHIP_FORMS:
            grouped.setdefault(entry.accession, []).append(entry)
    return grouped

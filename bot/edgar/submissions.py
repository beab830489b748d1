"""A company's filings from EDGAR's submissions JSON (``EDGAR_DATA_URL/submissions/CIK##########.json``).

The main document lists the latest filings (about 1,000) under ``filings.recent``, as parallel columns
(``accessionNumber``, ``form``, ``filingDate``, ...); the older ones are in the pages named under
``filings.files`` (``CIK0000320193-submissions-001.json``), each holding the same columns at its top level.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.edgar.client import EdgarClient, EdgarContentError
from bot.edgar.feed import OWNERSHIP_FORMS


@dataclass(frozen=True)
class ListedFiling:
    """One row of a submissions JSON."""

    accession: str
    form: str
    filed: str                    # YYYY-MM-DD
    accepted_at: str | None       # ISO, UTC (``...Z``)
    primary_document: str | None


@dataclass
class SubmissionsPage:
    """One submissions document: the company (main document only) and its filings."""

    cik: str | None
    name: str | None
    tickers: list[str]
    filings: list[ListedFiling]
    older_pages: list[str] = field(default_factory=list)


def _column(columns: dict[str, Any], name: str, count: int) -> list:
    values = columns.get(name) or []
    return list(values) + [None] * (count - len(values))


def _rows(columns: dict[str, Any]) -> list[ListedFiling]:
    accessions = columns.get("accessionNumber") or []
    count = len(accessions)
    forms, filed = _column(columns, "form", count), _column(columns, "filingDate", count)
    accepted, documents = _column(columns, "acceptanceDateTime", count), _column(columns, "primaryDocument", count)
    return [ListedFiling(accessions[i], str(forms[i] or ""), str(filed[i] or ""), accepted[i], documents[i])
            for i in range(count)]


def parse_submissions(document: dict[str, Any]) -> SubmissionsPage:
    """A parsed submissions JSON: the main document (``filings.recent``) or an older page (columns at the top)."""
    if not isinstance(document, dict):
        raise ValueError("a submissions JSON is an object")
    filings = document.get("filings")
    if isinstance(filings, dict):
        older = [str(item["name"]) for item in filings.get("files") or [] if isinstance(item, dict) and item.get("name")]
        return SubmissionsPage(document.get("cik"), document.get("name"), list(document.get("tickers") or []),
                               _rows(filings.get("recent") or {}), older)
    if "accessionNumber" in document:
        return SubmissionsPage(None, None, [], _rows(document))
    raise ValueError("neither filings.recent nor accessionNumber columns")


def ownership_filings(filings: Iterable[ListedFiling]) -> list[ListedFiling]:
    """Forms 3, 4, 5 and their amendments, each accession once."""
    seen: dict[str, ListedFiling] = {}
    for filing in filings:
        if filing.form in OWNERSHIP_FORMS:
            seen.setdefault(filing.accession, filing)
    return list(seen.values())


@dataclass
class CompanyFilings:
    """Every filing a company's submissions JSON lists, over all its pages."""

    cik: str
    name: str | None
    tickers: list[str]
    filings: list[ListedFiling]
    pages: int


def submissions_name(cik: str | int) -> str:
    return f"CIK{int(cik):010d}.json"


def fetch_company_filings(client: EdgarClient, cik: str | int, *,
                          stop: threading.Event | None = None) -> CompanyFilings | None:
    """The company's submissions JSON and every older page it lists (one request each); None when EDGAR
    has no submissions for ``cik`` (404)."""
    url = client.submissions_json_url(submissions_name(cik))
    main = _page(client, url, stop)
    if main is None:
        return None
    filings, pages = list(main.filings), 1
    for name in main.older_pages:
        older = _page(client, client.submissions_json_url(name), stop)
        if older is not None:
            filings += older.filings
            pages += 1
    return CompanyFilings(str(int(cik)), main.name, main.tickers, filings, pages)


def _page(client: EdgarClient, url: str, stop: threading.Event | None) -> SubmissionsPage | None:
    document = client.get_json(url, not_found_ok=True, stop=stop)
    if document is None:
        return None
    try:
        return parse_submissions(document)
    except (ValueError, KeyError, TypeError) as exc:
        raise EdgarContentError(f"not a submissions JSON: {exc}", url=url, status=200) from None

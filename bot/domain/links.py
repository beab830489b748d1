"""Where a filing lives on EDGAR: its filing index page, built from the accession number and the issuer's CIK.

The link is defined once: the answers link to it, the data-set road gives it as a filing's source, and storage
keeps a source that is exactly this link as NULL (:func:`stored_source`; it is built again on reading,
:func:`source_or_index`), about 100 bytes per filing of a database filled from the quarterly data sets.
"""

from __future__ import annotations

SEC_ARCHIVES = "https://www.sec.gov/Archives/edgar/data"


def filing_index_url(issuer_cik: str, accession: str) -> str:
    """The filing's EDGAR index page (``.../data/<cik>/<accession digits>/<accession>-index.htm``)."""
    return f"{SEC_ARCHIVES}/{int(issuer_cik)}/{accession.replace('-', '')}/{accession}-index.htm"


def stored_source(source: str | None, issuer_cik: str | None, accession: str | None) -> str | None:
    """What to store for ``source``: NULL when it is the filing index link (built again on reading). A CIK that is
    not a number ("N/A" as filed) has no such link: its source is kept."""
    if source and _linkable(issuer_cik, accession) and source == filing_index_url(issuer_cik, accession):
        return None
    return source


def source_or_index(source: str | None, issuer_cik: str | None, accession: str | None) -> str | None:
    """A stored source as it was read: the filing index link where NULL was stored for it. (A filing stored with
    no source at all before migration m013 reads back with its index link too: where it is on EDGAR.)"""
    if source is None and _linkable(issuer_cik, accession):
        return filing_index_url(issuer_cik, accession)
    return source


def _linkable(issuer_cik: str | None, accession: str | None) -> bool:
    return bool(accession and issuer_cik and issuer_cik.strip().isdigit())


INDEX_URL_SQL = (
    f"'{SEC_ARCHIVES}/' || CAST(issuer_cik AS INTEGER) || '/' || replace(accession_number, '-', '') || '/' "
    "|| accession_number || '-index.htm'"
)
""":func:`filing_index_url` of a ``filings`` row, in SQL (for the migration that stores it as NULL)."""

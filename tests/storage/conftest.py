"""Fixtures for the storage tests: a builder of Filing objects. The fresh database ``db`` comes from
tests/conftest.py."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

import pytest

from bot.domain.filing import Filing, Issuer, ReportingOwner, Signature, TableRow

HEADER_FIELDS = ("accession_number", "filed_at", "accepted_at", "source", "content_hash")


def build_filing(
    *,
    document_type: str = "4",
    issuer_cik: str = "0001537435",
    issuer_name: str = "Tecogen Inc.",
    symbol: str | None = "TGEN",
    owners: tuple[tuple[str, str], ...] = (("0001990311", "Whiting John"),),
    officer_title: str | None = "General Counsel & Secretary",
    period: str = "2023-09-20",
    shares: float = 37500.0,
    footnotes: dict[str, str] | None = None,
    signatures: tuple[tuple[str, str], ...] = (("/s/ John Whiting", "2023-09-27"),),
    remarks: str | None = None,
    date_of_original_submission: str | None = None,
    accession_number: str | None = None,
    filed_at: str | None = None,
    accepted_at: str | None = None,
    source: str | None = None,
) -> Filing:
    """A small Form 3/4/5 with one derivative transaction and one non-derivative holding. Its
    content_hash covers the content only, as the parser's does, so the same filing built with and
    without an accession number hashes alike."""
    filing = Filing(
        document_type=document_type,
        issuer=Issuer(cik=issuer_cik, name=issuer_name, trading_symbol=symbol),
        reporting_owners=[
            ReportingOwner(cik=cik, name=name, city="WALTHAM", state="MA", is_officer=i == 0,
                           is_director=i > 0, officer_title=officer_title if i == 0 else None)
            for i, (cik, name) in enumerate(owners)
        ],
        schema_version="X0508",
        period_of_report=period,
        date_of_original_submission=date_of_original_submission,
        aff10b5one=False,
        remarks=remarks,
        derivative_transactions=[
            TableRow(table="derivative_transaction", seq=1, security_title="Stock Option (Right to Buy)",
                     transaction_date=period, transaction_code="A", shares=shares, price_per_share=0.88,
                     acquired_disposed="A", conversion_or_exercise_price=0.88, exercise_date="2024-09-20",
                     expiration_date="2033-09-20", underlying_security_title="Common Stock",
                     underlying_shares=shares, shares_owned_following=400000.0, direct_indirect="D",
                     footnote_ids={"exercise_date": ["F1"]}),
        ],
        non_derivative_holdings=[
            TableRow(table="non_derivative_holding", seq=1, security_title="Common Stock",
                     shares_owned_following=1200.0, direct_indirect="I",
                     nature_of_ownership="By Whiting Family Trust"),
        ],
        footnotes=dict(footnotes if footnotes is not None else {"F1": "Vests 50% per year"}),
        signatures=[Signature(name=n, date=d) for n, d in signatures],
        accession_number=accession_number,
        filed_at=filed_at,
        accepted_at=accepted_at,
        source=source,
    )
    content = {k: v for k, v in asdict(filing).items() if k not in HEADER_FIELDS}
    filing.content_hash = hashlib.sha1(json.dumps(content, sort_keys=True).encode()).hexdigest()
    return filing


@pytest.fixture
def make_filing():
    return build_filing

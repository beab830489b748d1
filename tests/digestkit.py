"""Helpers for the digest and alert tests: Filing objects with set acceptance times, stored through the real writer."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from dataclasses import asdict, dataclass
from zoneinfo import ZoneInfo

from bot.domain.filing import Filing, Issuer, ReportingOwner, Signature, TableRow
from storage.writes import store_filing

NY = ZoneInfo("America/New_York")
HEADER_FIELDS = ("accession_number", "filed_at", "accepted_at", "source", "content_hash")
_serial = itertools.count(1)


def ny(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=NY)


@dataclass(frozen=True)
class Co:
    cik: str
    name: str
    ticker: str


@dataclass(frozen=True)
class Person:
    cik: str
    name: str  # as EDGAR files it: LAST FIRST
    title: str | None = None
    director: bool = False
    ten_percent: bool = False


ACME = Co("0000000101", "Acme Corp", "ACME")
BOLT = Co("0000000102", "Bolt Industries Inc", "BOLT")
OTHER = Co("0000000103", "Other Widgets Inc", "OWID")
DOE = Person("0000000201", "Doe Jane", "Chief Executive Officer")
ROE = Person("0000000202", "Roe Richard", None, director=True)
FUND = Person("0000000203", "Big Fund LP", None, ten_percent=True)


def tx(code: str, shares: float, price: float | None = None, date: str = "2024-03-07", *,
       derivative: bool = False, disposed: bool | None = None, title: str | None = None,
       exercise_price: float | None = None, late: bool = False) -> dict:
    return {"code": code, "shares": shares, "price": price, "date": date, "derivative": derivative,
            "disposed": code in ("S", "F") if disposed is None else disposed, "title": title,
            "exercise_price": exercise_price, "late": late}


def make_filing(company: Co, owners: list[Person], rows: list[dict], *, accepted: dt.datetime | None,
                document_type: str = "4", plan: bool = False, accession: str | None = None,
                period: str | None = None) -> Filing:
    """A Form 3/4/5 with the given transactions; ``accepted`` None leaves the acceptance time unknown."""
    n = next(_serial)
    non_derivative, derivative = [], []
    for r in rows:
        table = derivative if r["derivative"] else non_derivative
        kind = "derivative_transaction" if r["derivative"] else "non_derivative_transaction"
        table.append(TableRow(
            table=kind, seq=len(table) + 1,
            security_title=r["title"] or ("Stock Option (Right to Buy)" if r["derivative"] else "Common Stock"),
            transaction_date=r["date"], transaction_code=r["code"], shares=r["shares"],
            price_per_share=r["price"], acquired_disposed="D" if r["disposed"] else "A",
            transaction_timeliness="L" if r["late"] else None,
            conversion_or_exercise_price=r["exercise_price"], shares_owned_following=50000.0 + n,
            direct_indirect="D",
            underlying_security_title="Common Stock" if r["derivative"] else None,
            underlying_shares=r["shares"] if r["derivative"] else None,
        ))
    filing = Filing(
        document_type=document_type,
        issuer=Issuer(cik=company.cik, name=company.name, trading_symbol=company.ticker),
        reporting_owners=[ReportingOwner(cik=p.cik, name=p.name, is_officer=bool(p.title), officer_title=p.title,
                                         is_director=p.director, is_ten_percent_owner=p.ten_percent)
                          for p in owners],
        schema_version="X0508",
        period_of_report=period or (rows[0]["date"] if rows else "2024-03-07"),
        aff10b5one=plan,
        non_derivative_transactions=non_derivative,
        derivative_transactions=derivative,
        signatures=[Signature(name="/s/ signer", date=(rows[0]["date"] if rows else "2024-03-07"))],
        accession_number=accession or f"0000999999-24-{n:06d}",
        filed_at=accepted.astimezone(NY).date().isoformat() if accepted else None,
        accepted_at=accepted.isoformat() if accepted else None,
    )
    content = {k: v for k, v in asdict(filing).items() if k not in HEADER_FIELDS}
    content["serial"] = n  # two filings with the same rows are still two filings
    filing.content_hash = hashlib.sha1(json.dumps(content, sort_keys=True).encode()).hexdigest()
    return filing


def store(db, company: Co, owners: list[Person], rows: list[dict], *, origin: str | None = None,
          **kwargs) -> Filing:
    filing = make_filing(company, owners, rows, **kwargs)
    assert store_filing(db, filing, origin=origin) == "new"
    return filing


def index_url(filing: Filing) -> str:
    digits = filing.accession_number.replace("-", "")
    return f"https://www.sec.gov/Archives/edgar/data/{int(filing.issuer.cik)}/{digits}/{filing.accession_number}-index.htm"

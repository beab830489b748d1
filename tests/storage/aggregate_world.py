"""A seeded world of filings for the aggregate tests: a few companies and insiders, Forms 3, 4, 5 and their
amendments, trades spread over a few days in one filing, derivative and non-derivative rows of several
titles, holdings, a row without a date; stored through every road of the write path (new, re-filed with
new content, a bare XML file then its accession, a data-set copy then its XML).

Used by tests/storage/test_aggregates.py and tests/answers/test_aggregate_answers.py (loaded by path).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import asdict, replace

from bot.domain.filing import Filing, Issuer, ReportingOwner, Signature, TableRow
from storage.bulk import store_filings
from storage.writes import store_filing

ISSUERS = [("0000000101", "Acme Rockets Inc.", "ACME"), ("0000000102", "Boreal Foods Corp.", "BORF"),
           ("0000000103", "Cobalt Mining Ltd.", "CBLT"), ("0000000104", "Delta Software Inc.", "DLTS"),
           ("0000000105", "Ember Energy Inc.", "EMBR"), ("0000000106", "Falcon Bank", "FLCN"),
           ("0000000107", "Granite Health", "GRNH"), ("0000000108", "Harbor Tools", "HRBT"),
           ("0000000109", "Indigo Pharma", "INDP"), ("0000000110", "Juniper Air", "JNPA")]
OWNERS = [(f"00000002{i:02d}", f"OWNER{i} PERSON") for i in range(14)]
TITLES = [("Common Stock", 0), ("Class A Common Stock", 0), ("Stock Option (Right to Buy)", 1),
          ("Restricted Stock Units", 1), ("Series B Preferred Stock", 0), ("Warrants", 1)]
CODES = ["S", "S", "S", "P", "P", "A", "M", "F", "G"]
FIRST_DAY = dt.date(2023, 1, 2)
HEADER_FIELDS = ("accession_number", "filed_at", "accepted_at", "source", "content_hash")


def hashed(filing: Filing) -> Filing:
    content = {k: v for k, v in asdict(filing).items() if k not in HEADER_FIELDS}
    filing.content_hash = hashlib.sha1(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()
    return filing


class World:
    """Makes filings and stores them; ``stored`` keeps what was stored (for amendments and re-filings)."""

    def __init__(self, seed: int, days: int = 400) -> None:
        self.rng = random.Random(seed)
        self.days = days  # the periods of report spread over this many days from FIRST_DAY
        self.serial = 0
        self.stored: list[Filing] = []

    def accession(self) -> str:
        self.serial += 1
        return f"0000950123-{23 + self.serial % 3:02d}-{self.serial:06d}"

    def rows(self, period: dt.date) -> list[TableRow]:
        rng, rows, seqs = self.rng, [], {}
        for _ in range(rng.randint(1, 5)):
            title, derivative = rng.choice(TITLES)
            holding = rng.random() < 0.15
            table = f"{'derivative' if derivative else 'non_derivative'}_{'holding' if holding else 'transaction'}"
            seqs[table] = seqs.get(table, 0) + 1
            day = period - dt.timedelta(days=rng.choice((0, 0, 0, 1, 2, 5)))
            code = rng.choice(CODES)
            rows.append(TableRow(
                table=table, seq=seqs[table], security_title=title,
                transaction_date=None if holding or rng.random() < 0.03 else day.isoformat(),
                transaction_code=None if holding else code,
                shares=float(rng.randrange(1, 5000)) if rng.random() > 0.03 else None,
                price_per_share=(round(rng.uniform(0.5, 90), 4) if code in ("S", "P", "F") and rng.random() > 0.1
                                 else 0.0),
                acquired_disposed=None if holding else ("D" if code in ("S", "F", "G") else "A"),
                shares_owned_following=float(rng.randrange(0, 100_000)), direct_indirect="D"))
        return rows

    def filing(self, *, document_type: str | None = None, issuer: tuple | None = None,
               owners: list | None = None, period: dt.date | None = None,
               original_date: str | None = None) -> Filing:
        rng = self.rng
        cik, name, ticker = issuer or rng.choice(ISSUERS)
        period = period or FIRST_DAY + dt.timedelta(days=rng.randrange(self.days))
        owners = owners or rng.sample(OWNERS, rng.choice((1, 1, 1, 2)))
        rows = self.rows(period)
        filing = Filing(
            document_type=document_type or rng.choice(("4", "4", "4", "4", "5", "3")),
            issuer=Issuer(cik=cik, name=name, trading_symbol=ticker),
            reporting_owners=[ReportingOwner(cik=c, name=n, is_officer=True, officer_title="CEO") for c, n in owners],
            schema_version="X0508", period_of_report=period.isoformat(), date_of_original_submission=original_date,
            aff10b5one=False,
            non_derivative_transactions=[r for r in rows if r.table == "non_derivative_transaction"],
            non_derivative_holdings=[r for r in rows if r.table == "non_derivative_holding"],
            derivative_transactions=[r for r in rows if r.table == "derivative_transaction"],
            derivative_holdings=[r for r in rows if r.table == "derivative_holding"],
            signatures=[Signature(name="/s/ someone", date=(period + dt.timedelta(days=2)).isoformat())],
            accession_number=self.accession(),
            filed_at=(period + dt.timedelta(days=2)).isoformat(),
        )
        return hashed(filing)

    def amendment_of(self, original: Filing) -> Filing:
        """A 4/A (3/A, 5/A) of a stored filing: same issuer, owners and period, new rows."""
        issuer = (original.issuer.cik, original.issuer.name, original.issuer.trading_symbol)
        return self.filing(document_type=f"{original.document_type.rstrip('/A')}/A", issuer=issuer,
                           owners=[(o.cik, o.name) for o in original.reporting_owners],
                           period=dt.date.fromisoformat(original.period_of_report), original_date=original.filed_at)

    def step(self, db) -> str:
        """One write of a randomly chosen kind; what it was."""
        rng = self.rng
        originals = [f for f in self.stored if not f.document_type.endswith("/A")]
        kind = rng.choices(("new", "amend", "refile", "bare_then_accession", "dataset_then_xml", "batch"),
                           (8, 3, 2, 1, 1, 1))[0]
        if kind == "amend" and originals:
            f = self.amendment_of(rng.choice(originals))
        elif kind == "refile" and self.stored:
            old = rng.choice(self.stored)
            rows = self.rows(dt.date.fromisoformat(old.period_of_report))
            f = hashed(replace(old, non_derivative_transactions=[r for r in rows if r.table.endswith("n_transaction")
                                                                 and not r.table.startswith("derivative")],
                               content_hash=None))
        elif kind == "bare_then_accession":
            f = self.filing()
            store_filing(db, replace(f, accession_number=None))
        elif kind == "dataset_then_xml":
            f = self.filing(document_type="4")
            store_filing(db, f, origin="dataset:2023q3")
            exact = [replace(r, price_per_share=(r.price_per_share or 0) + 0.0001) for r in f.non_derivative_transactions]
            f = hashed(replace(f, non_derivative_transactions=exact, accession_number=None, content_hash=None))
        elif kind == "batch":
            batch = [self.filing() for _ in range(rng.randint(2, 6))]
            batch += [self.amendment_of(rng.choice(batch))] if rng.random() < 0.5 else []
            store_filings(db, batch, origin="dataset:2023q4")
            self.stored += batch
            return kind
        else:
            kind, f = "new", self.filing()
        store_filing(db, f)
        self.stored.append(f)
        return kind

"""Companies to fetch on demand, on the EDGAR stand-in: Tecogen (TGEN, CIK 1537435) with some Forms 4 of the
last two years and some older ones, its submissions JSON, and the SEC's ticker table naming it (and Apple,
NVIDIA, Palantir); Palantir (PLTR) published the same way for questions naming several companies. Shared by
the on-demand tests of the ingest layer, the terminal chat, the command line and Slack."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, timedelta

from edgar_server import EASTERN, EdgarTestServer, FilingFixture, Owner

CIK = "1537435"
TICKERS = {"0": {"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."},
           "1": {"cik_str": int(CIK), "ticker": "TGEN", "title": "TECOGEN INC."},
           "2": {"cik_str": 1045810, "ticker": "NVDA", "title": "NVIDIA CORP"},
           "3": {"cik_str": 1321655, "ticker": "PLTR", "title": "Palantir Technologies Inc."}}
GC = Owner("1700001", "Whiting John", "General Counsel")
PLTR_CIK = "1321655"
PLTR_CFO = Owner("1700002", "Glazer David", "Chief Financial Officer")


def tecogen_filings(*, recent: int = 3, old: int = 2, today: date | None = None) -> list[FilingFixture]:
    """``recent`` sales by Tecogen's GC within the last two years (newest first, 40 days apart) and ``old``
    ones three years and more ago."""
    today = today or date.today()
    days = [today - timedelta(days=10 + 40 * n) for n in range(recent)]
    days += [today - timedelta(days=3 * 365 + 30 * n) for n in range(old)]
    return [FilingFixture(accession=f"0001537435-{day.year % 100:02d}-{n:06d}", form="4", issuer_cik=CIK,
                          issuer_name="TECOGEN INC.", symbol="TGEN", owners=[GC],
                          accepted=datetime(day.year, day.month, day.day, 16, 5, tzinfo=EASTERN),
                          shares=1000.0 + n, price=2.5, code="S")
            for n, day in enumerate(days, start=1)]


def publish_tecogen(server: EdgarTestServer, *, recent: int = 3, old: int = 2) -> list[FilingFixture]:
    """Tecogen's filings, its submissions JSON and the ticker table, served by ``server``; the recent ones."""
    filings = tecogen_filings(recent=recent, old=old)
    server.add(*filings)
    server.tickers_json = json.dumps(TICKERS).encode()
    server.publish_submissions(CIK, "TECOGEN INC.", tickers=("TGEN",))
    return filings[:recent]


def palantir_filings(*, recent: int = 2, today: date | None = None) -> list[FilingFixture]:
    """``recent`` sales by Palantir's CFO within the last two years (newest first, 30 days apart)."""
    today = today or date.today()
    days = [today - timedelta(days=5 + 30 * n) for n in range(recent)]
    return [FilingFixture(accession=f"0001321655-{day.year % 100:02d}-{n:06d}", form="4", issuer_cik=PLTR_CIK,
                          issuer_name="Palantir Technologies Inc.", symbol="PLTR", owners=[PLTR_CFO],
                          accepted=datetime(day.year, day.month, day.day, 16, 30, tzinfo=EASTERN),
                          shares=5000.0 + n, price=20.0, code="S")
            for n, day in enumerate(days, start=1)]


def publish_palantir(server: EdgarTestServer, *, recent: int = 2) -> list[FilingFixture]:
    """Palantir's filings and submissions JSON (and the ticker table), served by ``server``."""
    filings = palantir_filings(recent=recent)
    server.add(*filings)
    server.tickers_json = json.dumps(TICKERS).encode()
    server.publish_submissions(PLTR_CIK, "Palantir Technologies Inc.", tickers=("PLTR",))
    return filings


def txt_requests(server: EdgarTestServer) -> Counter:
    """How often each filing's ``.txt`` was asked for, by accession."""
    return Counter(p.rsplit("/", 1)[-1].removesuffix(".txt") for p in server.submission_requests())


def stored_accessions(conn) -> list[str]:
    return sorted(row[0] for row in conn.execute("SELECT accession_number FROM filings").fetchall())

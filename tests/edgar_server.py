"""A stand-in for www.sec.gov on 127.0.0.1, for the sync tests and the sync benchmark.

It serves what the sync reads, in the exact formats of the real samples in
``../shared/form4-corpus/edgar-samples/``: the latest-filings Atom feed (``getcurrent``, paged, ``type=``
as a prefix match, one entry per CIK, the 503 "File Unavailable" page past the end), the daily
``form.*.idx`` / ``master.*.idx`` indexes (one row per CIK) and full submission ``.txt`` files (SEC header,
ownership XML, an EX-24 exhibit). Like the SEC it answers 403 "Undeclared Automated Tool" to a request
without a declared User-Agent. Faults can be queued per path: 429 with Retry-After, 503, the 403 rate
page, a response slower than the client's timeout, a body cut short, a dropped connection, an HTML page.
Every request is recorded with its arrival time and headers (``/_test/requests`` returns them as JSON,
for a server running in another process).

For the backfill it also serves the SEC's quarterly data-set zips (:meth:`EdgarTestServer.publish_dataset`)
under either of the two directories EDGAR uses, 404 in the other one and for a quarter not published, with
``ETag`` / ``Last-Modified`` and 304 to a conditional GET, HEAD requests, a slow transfer on demand; the
ticker table ``/files/company_tickers.json``; and each company's submissions JSON with older pages under
``filings.files`` (:meth:`EdgarTestServer.publish_submissions`), built from the filings it holds.
"""

from __future__ import annotations

import email.utils
import hashlib
import importlib.util
import json
import random
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

EASTERN = ZoneInfo("America/New_York")
USER_AGENT = "insiderbot tests tests@insiderbot.invalid"

UNAVAILABLE_PAGE = b"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta http-equiv="content-type" content="text/html; charset=utf-8">
    <title>SEC.gov | File Unavailable</title>
</head>
<body class="off-canvas hide-extras">
<h1>File Unavailable</h1>
<p>The file you requested is not available.</p>
</body>
</html>
"""
RATE_PAGE = b"""<!DOCTYPE html>
<html lang="en">
<head><title>SEC.gov | Request Rate Threshold Exceeded</title></head>
<body>
<h1>Your Request Originates from an Undeclared Automated Tool</h1>
<p>To allow for equitable access to all users, SEC reserves the right to limit requests originating from
undeclared automated tools. Your request has been identified as part of a network of automated tools
outside of the acceptable policy and will be managed until action is taken to declare your traffic.</p>
<p>Please declare your traffic by updating your user agent to include company specific information.</p>
<p>Request Rate Threshold Exceeded</p>
</body>
</html>
"""
UNDECLARED_PAGE = b"""<!DOCTYPE html>
<html lang="en">
<head><title>SEC.gov | Your Request Originates from an Undeclared Automated Tool</title></head>
<body><h1>Your Request Originates from an Undeclared Automated Tool</h1>
<p>Please declare your traffic by updating your user agent to include company specific information.</p>
</body>
</html>
"""
ERROR_PAGE = b"""<!DOCTYPE html>
<html lang="en">
<head><title>SEC.gov | Service Unavailable</title></head>
<body><h1>We are sorry</h1><p>The server is temporarily unable to service your request.</p></body>
</html>
"""


# --- documents -------------------------------------------------------------------------------------


@dataclass
class Owner:
    cik: str
    name: str
    title: str | None = "Chief Executive Officer"


@dataclass
class FilingFixture:
    """One ownership filing as EDGAR would publish it."""

    accession: str
    form: str
    issuer_cik: str
    issuer_name: str
    symbol: str
    owners: list[Owner]
    accepted: datetime               # Eastern, aware
    shares: float = 1000.0
    price: float = 10.0
    code: str = "P"
    xml: bytes | None = None         # overrides the generated ownership XML (malformed documents)
    size_kb: int = 8

    @property
    def filed(self) -> date:
        return self.accepted.date()

    @property
    def ciks(self) -> list[str]:
        return [self.issuer_cik] + [owner.cik for owner in self.owners]

    def ownership_xml(self) -> bytes:
        if self.xml is not None:
            return self.xml
        return ownership_xml(self)

    def submission(self) -> bytes:
        return full_submission(self)


@dataclass
class OtherFiling:
    """A filing of some other form (8-K, 424B2, 40-APP...): listed in feeds and indexes, never fetched."""

    accession: str
    form: str
    cik: str
    name: str
    accepted: datetime

    @property
    def filed(self) -> date:
        return self.accepted.date()


def ownership_xml(f: FilingFixture) -> bytes:
    """A hand-written ownershipDocument in the layout of tests/fixtures/tecogen-whiting-4-2023-09-27.xml."""
    doc_type = f.form
    period = f.filed.isoformat()
    owners = "".join(
        f"""
    <reportingOwner>
        <reportingOwnerId>
            <rptOwnerCik>{int(o.cik):010d}</rptOwnerCik>
            <rptOwnerName>{escape(o.name)}</rptOwnerName>
        </reportingOwnerId>
        <reportingOwnerAddress>
            <rptOwnerStreet1>1 MAIN STREET</rptOwnerStreet1>
            <rptOwnerStreet2></rptOwnerStreet2>
            <rptOwnerCity>SPRINGFIELD</rptOwnerCity>
            <rptOwnerState>IL</rptOwnerState>
            <rptOwnerZipCode>62701</rptOwnerZipCode>
            <rptOwnerStateDescription></rptOwnerStateDescription>
        </reportingOwnerAddress>
        <reportingOwnerRelationship>
            <isDirector>0</isDirector>
            <isOfficer>{1 if o.title else 0}</isOfficer>
            <isTenPercentOwner>0</isTenPercentOwner>
            <isOther>0</isOther>{f'''
            <officerTitle>{escape(o.title)}</officerTitle>''' if o.title else ''}
        </reportingOwnerRelationship>
    </reportingOwner>"""
        for o in f.owners
    )
    amendment = (
        f"\n    <dateOfOriginalSubmission>{(f.filed - timedelta(days=1)).isoformat()}</dateOfOriginalSubmission>"
        if doc_type.endswith("/A") else ""
    )
    if doc_type.startswith("3"):
        row, transaction, owned_after = "nonDerivativeHolding", "", f.shares
    else:
        row, owned_after = "nonDerivativeTransaction", f.shares * 3
        acquired = "D" if f.code in {"S", "F", "D", "G"} else "A"
        transaction = f"""
            <transactionDate>
                <value>{period}</value>
            </transactionDate>
            <transactionCoding>
                <transactionFormType>{doc_type[0]}</transactionFormType>
                <transactionCode>{f.code}</transactionCode>
                <equitySwapInvolved>0</equitySwapInvolved>
            </transactionCoding>
            <transactionAmounts>
                <transactionShares>
                    <value>{f.shares:g}</value>
                </transactionShares>
                <transactionPricePerShare>
                    <value>{f.price:g}</value>
                    <footnoteId id="F1"/>
                </transactionPricePerShare>
                <transactionAcquiredDisposedCode>
                    <value>{acquired}</value>
                </transactionAcquiredDisposedCode>
            </transactionAmounts>"""
    table = f"""
    <nonDerivativeTable>
        <{row}>
            <securityTitle>
                <value>Common Stock</value>
            </securityTitle>{transaction}
            <postTransactionAmounts>
                <sharesOwnedFollowingTransaction>
                    <value>{owned_after:g}</value>
                </sharesOwnedFollowingTransaction>
            </postTransactionAmounts>
            <ownershipNature>
                <directOrIndirectOwnership>
                    <value>D</value>
                </directOrIndirectOwnership>
            </ownershipNature>
        </{row}>
    </nonDerivativeTable>"""
    return f"""<?xml version="1.0"?>
<ownershipDocument>
    <schemaVersion>X0508</schemaVersion>
    <documentType>{doc_type}</documentType>
    <periodOfReport>{period}</periodOfReport>{amendment}
    <notSubjectToSection16>0</notSubjectToSection16>
    <issuer>
        <issuerCik>{int(f.issuer_cik):010d}</issuerCik>
        <issuerName>{escape(f.issuer_name)}</issuerName>
        <issuerTradingSymbol>{f.symbol}</issuerTradingSymbol>
    </issuer>{owners}
    <aff10b5One>0</aff10b5One>{table}
    <footnotes>
        <footnote id="F1">Weighted average price; test filing {f.accession}.</footnote>
    </footnotes>
    <remarks></remarks>
    <ownerSignature>
        <signatureName>/s/ {escape(f.owners[0].name)}</signatureName>
        <signatureDate>{period}</signatureDate>
    </ownerSignature>
</ownershipDocument>
""".encode()


def full_submission(f: FilingFixture) -> bytes:
    """The full submission ``.txt`` in the layout of form4-full-submission-0001127602-25-001055.txt."""
    day = f"{f.filed:%Y%m%d}"
    owners = "".join(
        f"""REPORTING-OWNER:


\tOWNER DATA:
\t\tCOMPANY CONFORMED NAME:\t\t\t{o.name}
\t\tCENTRAL INDEX KEY:\t\t\t{int(o.cik):010d}
\t\tORGANIZATION NAME:

\tFILING VALUES:
\t\tFORM TYPE:\t\t{f.form}
\t\tSEC ACT:\t\t1934 Act
\t\tSEC FILE NUMBER:\t001-{int(f.issuer_cik) % 100000:05d}
\t\tFILM NUMBER:\t\t{25000000 + int(o.cik) % 1000000}

\tMAIL ADDRESS:
\t\tSTREET 1:\t\t1 MAIN STREET
\t\tCITY:\t\t\tSPRINGFIELD
\t\tSTATE:\t\t\tIL
\t\tZIP:\t\t\t62701

"""
        for o in f.owners
    )
    header = f"""<SEC-DOCUMENT>{f.accession}.txt : {day}
<SEC-HEADER>{f.accession}.hdr.sgml : {day}
<ACCEPTANCE-DATETIME>{f.accepted:%Y%m%d%H%M%S}
ACCESSION NUMBER:\t\t{f.accession}
CONFORMED SUBMISSION TYPE:\t{f.form}
PUBLIC DOCUMENT COUNT:\t\t2
CONFORMED PERIOD OF REPORT:\t{day}
FILED AS OF DATE:\t\t{day}
DATE AS OF CHANGE:\t\t{day}

{owners}ISSUER:

\tCOMPANY DATA:
\t\tCOMPANY CONFORMED NAME:\t\t\t{f.issuer_name}
\t\tCENTRAL INDEX KEY:\t\t\t{int(f.issuer_cik):010d}
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tAIRCRAFT & PARTS [3720]
\t\tSTATE OF INCORPORATION:\t\t\tDE

\tBUSINESS ADDRESS:
\t\tSTREET 1:\t\t1 MAIN STREET
\t\tCITY:\t\t\tSPRINGFIELD
\t\tSTATE:\t\t\tIL
\t\tZIP:\t\t\t62701
</SEC-HEADER>
<DOCUMENT>
<TYPE>{f.form}
<SEQUENCE>1
<FILENAME>form4.xml
<DESCRIPTION>PRIMARY DOCUMENT
<TEXT>
<XML>
""".encode()
    exhibit = f"""</XML>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-24
<SEQUENCE>2
<FILENAME>doc1.htm
<DESCRIPTION>POWER OF ATTORNEY: POA
<TEXT>
<HTML><HEAD><TITLE>{escape(f.owners[0].name)}  POA</TITLE></HEAD><BODY><P>Know all men by these presents.</P>
<P>/s/ {escape(f.owners[0].name)}</P></BODY></HTML>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>""".encode()
    return header + f.ownership_xml() + exhibit


def _feed_rows(item: FilingFixture | OtherFiling) -> list[tuple[str, str, str]]:
    """(name, cik, role) for each feed entry / index row of a filing."""
    if isinstance(item, OtherFiling):
        return [(item.name, item.cik, "Filer")]
    rows = [(o.name, o.cik, "Reporting") for o in item.owners]
    rows.insert(1, (item.issuer_name, item.issuer_cik, "Issuer"))
    return rows


def atom_feed(entries: list[tuple[FilingFixture | OtherFiling, str, str, str]], generated: datetime) -> bytes:
    """A getcurrent page in the exact layout of getcurrent-type4-start0.atom.xml (ISO-8859-1)."""
    out = [
        '<?xml version="1.0" encoding="ISO-8859-1" ?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>Latest Filings - {generated:%a, %d %b %Y %H:%M:%S} EST</title>",
        '<link rel="alternate" href="/cgi-bin/browse-edgar?action=getcurrent"/>',
        '<link rel="self" href="/cgi-bin/browse-edgar?action=getcurrent"/>',
        "<id>https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent</id>",
        "<author><name>Webmaster</name><email>webmaster@sec.gov</email></author>",
        f"<updated>{generated.isoformat()}</updated>",
    ]
    for item, name, cik, role in entries:
        nodash = item.accession.replace("-", "")
        size = item.size_kb if isinstance(item, FilingFixture) else 12
        out += [
            "<entry>",
            f"<title>{escape(item.form, quote=False)} - {escape(name, quote=False)} ({int(cik):010d}) ({role})</title>",
            f'<link rel="alternate" type="text/html" href="https://www.sec.gov/Archives/edgar/data/{int(cik)}/'
            f'{nodash}/{item.accession}-index.htm"/>',
            '<summary type="html">',
            f" &lt;b&gt;Filed:&lt;/b&gt; {item.filed.isoformat()} &lt;b&gt;AccNo:&lt;/b&gt; {item.accession} "
            f"&lt;b&gt;Size:&lt;/b&gt; {size} KB",
            "</summary>",
            f"<updated>{item.accepted.isoformat()}</updated>",
            f'<category scheme="https://www.sec.gov/" label="form type" term="{escape(item.form)}"/>',
            f"<id>urn:tag:sec.gov,2008:accession-number={item.accession}</id>",
            "</entry>",
        ]
    out.append("</feed>")
    return ("\n".join(out) + "\n").encode("iso-8859-1")


def form_index(day: date, items: list[FilingFixture | OtherFiling]) -> bytes:
    """``form.YYYYMMDD.idx`` in the fixed-width layout of daily-index-form.20200318.idx."""
    rows = sorted(
        (item.form, name, str(int(cik)), item.accession)
        for item in items for name, cik, _role in _feed_rows(item)
    )
    lines = [
        "Description:           Daily Index of EDGAR Dissemination Feed by Form Type",
        f"Last Data Received:    {day:%b} {day.day}, {day.year}",
        "Comments:              webmaster@sec.gov",
        "Anonymous FTP:         ftp://ftp.sec.gov/edgar/",
        " ", " ", " ", " ",
        f"{'Form Type':<12}{'Company Name':<62}{'CIK':<12}{'Date Filed':<12}File Name",
        "-" * 141,
    ]
    for form, name, cik, accession in rows:
        filename = f"edgar/data/{cik}/{accession}.txt"
        lines.append(f"{form:<12}{name[:61]:<62}{cik:<12}{day:%Y%m%d}    {filename:<52}")
    return ("\n".join(lines) + "\n").encode("latin-1")


def master_index(day: date, items: list[FilingFixture | OtherFiling]) -> bytes:
    """``master.YYYYMMDD.idx`` in the pipe-delimited layout of daily-index-master.20181231.idx."""
    rows = sorted(
        (str(int(cik)), name, item.form, item.accession)
        for item in items for name, cik, _role in _feed_rows(item)
    )
    lines = [
        "Description:           Daily Index of EDGAR Dissemination Feed",
        f"Last Data Received:    {day:%b} {day.day}, {day.year}",
        "Comments:              webmaster@sec.gov",
        "Anonymous FTP:         ftp://ftp.sec.gov/edgar/",
        "",
        "CIK|Company Name|Form Type|Date Filed|File Name",
        "-" * 80,
    ]
    lines += [f"{cik}|{name}|{form}|{day:%Y%m%d}|edgar/data/{cik}/{accession}.txt"
              for cik, name, form, accession in rows]
    return "\n".join(lines).encode("latin-1")


# --- a world of filings ----------------------------------------------------------------------------


def accession_for(n: int, year: int = 2025) -> str:
    return f"{1900000 + n % 97:010d}-{year % 100:02d}-{n:06d}"


def make_filings(count: int, days: list[date], *, seed: int = 1, start: int = 1) -> list[FilingFixture]:
    """``count`` distinct Forms 3/4/5 spread over ``days`` (business hours, Eastern), some with two owners."""
    rng = random.Random(seed)
    forms = ["4"] * 14 + ["4/A", "3", "3/A", "5", "5/A"]
    filings = []
    for i in range(start, start + count):
        day = days[i % len(days)]
        accepted = datetime(day.year, day.month, day.day, 6, 0, tzinfo=EASTERN) + timedelta(
            seconds=rng.randrange(0, 15 * 3600))
        issuer = 1000 + (i % 37)
        owners = [Owner(str(2_000_000 + i), f"Insider{i} Person", "Chief Financial Officer" if i % 3 else None)]
        if i % 5 == 0:
            owners.append(Owner(str(3_000_000 + i), f"Holdings {i} LLC", None))
        filings.append(FilingFixture(
            accession=accession_for(i, day.year),
            form=forms[i % len(forms)],
            issuer_cik=str(issuer),
            issuer_name=f"Issuer {issuer} Corp",
            symbol=f"T{issuer}",
            owners=owners,
            accepted=accepted,
            shares=100.0 + i,
            price=round(5 + (i % 50) * 0.25, 2),
            code="S" if i % 2 else "P",
        ))
    return filings


def make_others(count: int, days: list[date], *, seed: int = 2) -> list[OtherFiling]:
    """Filings the sync must skip, including the ones ``type=4`` matches as a prefix."""
    rng = random.Random(seed)
    forms = ["424B2", "40-APP", "485BPOS", "8-K", "10-Q", "SC 13G/A", "497K", "S-8"]
    out = []
    for i in range(count):
        day = days[i % len(days)]
        accepted = datetime(day.year, day.month, day.day, 6, 0, tzinfo=EASTERN) + timedelta(
            seconds=rng.randrange(0, 15 * 3600))
        out.append(OtherFiling(f"{1800000 + i % 89:010d}-{day.year % 100:02d}-{500000 + i:06d}",
                               forms[i % len(forms)], str(5000 + i), f"Other Registrant {i} Inc", accepted))
    return out


def recent_days(today: date | None = None) -> tuple[list[date], date]:
    """The weekdays a first sync catches up on (the 3 days before today) and today itself (Eastern)."""
    today = today or datetime.now(EASTERN).date()
    days = [today - timedelta(days=n) for n in (3, 2, 1)]
    return [d for d in days if d.weekday() < 5], today


def recent_world(server: EdgarTestServer, count: int, *, seed: int = 1) -> list[FilingFixture]:
    """``count`` filings over the days a first ``insiderbot sync`` run now covers, indexes published for
    the past weekdays, some noise: what a sync with the real clock must end up storing."""
    past, today = recent_days()
    filings = make_filings(count, past + [today], seed=seed)
    server.add(*filings)
    server.add(*make_others(count // 4 + 1, past + [today]))
    server.publish_index(*past)
    return filings


def settings_for(server: EdgarTestServer | str, **overrides):
    """Settings pointing at ``server`` (or its URL), with retry delays and the 403 pause cut to test size."""
    from bot.config import Settings

    url = server if isinstance(server, str) else server.url
    values = dict(
        _env_file=None,
        sec_user_agent=USER_AGENT,
        edgar_base_url=url,
        edgar_data_url=url,
        sec_max_rps=10,
        edgar_timeout_seconds=2.0,
        edgar_max_retries=3,
        edgar_backoff_seconds=0.01,
        edgar_backoff_max_seconds=0.05,
        edgar_block_pause_seconds=0.3,
        sync_workers=4,
        sync_fetch_attempts=1,
        sync_ciks=None,
    )
    values.update(overrides)
    return Settings(**values)


def environment_for(server: EdgarTestServer, db_path, **overrides) -> dict[str, str]:
    """The same settings as environment variables, for ``python -m bot`` in a subprocess."""
    env = {
        "SEC_USER_AGENT": USER_AGENT,
        "EDGAR_BASE_URL": server.url,
        "EDGAR_DATA_URL": server.url,
        "SEC_MAX_RPS": "10",
        "EDGAR_TIMEOUT_SECONDS": "5",
        "EDGAR_MAX_RETRIES": "3",
        "EDGAR_BACKOFF_SECONDS": "0.01",
        "EDGAR_BACKOFF_MAX_SECONDS": "0.05",
        "EDGAR_BLOCK_PAUSE_SECONDS": "0.3",
        "SYNC_WORKERS": "2",
        "SYNC_FETCH_ATTEMPTS": "1",
        "INSIDERBOT_DB": str(db_path),
    }
    env.update({key.upper(): str(value) for key, value in overrides.items()})
    return env


# --- data sets and submissions JSON ----------------------------------------------------------------

DATASET_DIRECTORIES = (
    "files/structureddata/data/insider-transactions-data-sets",
    "files/datastandardsinnovation/data/insider-transactions-data-sets",
)


@dataclass
class DatasetZip:
    """A quarter's zip as the stand-in serves it."""

    body: bytes
    directory: int
    modified: float                  # unix time of Last-Modified (whole seconds in the header)
    pause: float = 0.0
    chunk: int = 65536

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:20] + '"'

    def not_modified(self, if_none_match: str | None, if_modified_since: str | None) -> bool:
        if if_none_match is not None:
            return if_none_match.strip() == self.etag
        if if_modified_since:
            try:
                since = email.utils.parsedate_to_datetime(if_modified_since).timestamp()
            except (TypeError, ValueError):
                return False
            return int(self.modified) <= since
        return False


@dataclass
class Company:
    """A company whose submissions JSON the stand-in serves."""

    cik: str
    name: str
    tickers: list[str]
    recent: int
    page_size: int


SUBMISSIONS_COLUMNS = ("accessionNumber", "filingDate", "reportDate", "acceptanceDateTime", "act", "form",
                       "fileNumber", "filmNumber", "items", "core_type", "size", "isXBRL", "isInlineXBRL",
                       "primaryDocument", "primaryDocDescription")


def submissions_row(item: FilingFixture | OtherFiling) -> dict:
    """One filing as a row of a submissions JSON (the columns of submissions-CIK0000320193.json)."""
    accepted = item.accepted.astimezone(ZoneInfo("UTC"))
    document = "xslF345X05/form4.xml" if isinstance(item, FilingFixture) else "d123456.htm"
    return {"accessionNumber": item.accession, "filingDate": item.filed.isoformat(), "reportDate": item.filed.isoformat(),
            "acceptanceDateTime": accepted.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "act": "", "form": item.form,
            "fileNumber": "", "filmNumber": "", "items": "", "core_type": item.form, "size": 4096, "isXBRL": 0,
            "isInlineXBRL": 0, "primaryDocument": document, "primaryDocDescription": item.form}


def columns(rows: list[dict]) -> dict[str, list]:
    """Rows as the parallel columns a submissions JSON holds them in."""
    return {name: [row[name] for row in rows] for name in SUBMISSIONS_COLUMNS}


def _dataset_zip_module():
    """tests/datasets/dataset_zip.py (the data-set writer of the import tests), loaded by path."""
    module = sys.modules.get("dataset_zip")
    if module is None:
        spec = importlib.util.spec_from_file_location("dataset_zip", Path(__file__).parent / "datasets" / "dataset_zip.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["dataset_zip"] = module
        spec.loader.exec_module(module)
    return module


def dataset_zip(filings: list[FilingFixture]) -> bytes:
    """The filings written as one data-set zip, in the SEC's exact layout (by tests/datasets/dataset_zip.py)."""
    from bot.ownership.parser import parse_submission

    parsed = [parse_submission(f.submission(), f.accession) for f in filings]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "quarter_form345.zip"
        _dataset_zip_module().write_filings(path, parsed)
        return path.read_bytes()


# --- the server ------------------------------------------------------------------------------------


def max_in_window(times: list[float], window: float = 1.0) -> int:
    """The most of ``times`` (seconds, any order) that fall within one half-open window of ``window`` seconds."""
    times = sorted(times)
    best, left = 0, 0
    for right, t in enumerate(times):
        while t - times[left] >= window:
            left += 1
        best = max(best, right - left + 1)
    return best


@dataclass
class Fault:
    kind: str            # 429 | 503 | 403-rate | 403-undeclared | slow | truncated | drop | html | 500
    retry_after: str | None = None
    delay: float = 1.0


@dataclass
class Recorded:
    at: float            # time.monotonic() when the request arrived
    path: str            # path and query string
    user_agent: str | None
    headers: dict[str, str] = field(default_factory=dict)
    method: str = "GET"


class EdgarTestServer:
    def __init__(self, *, delay: float = 0.0, feed_window: int = 5100, index_kind: str = "form") -> None:
        self.delay = delay
        self.feed_window = feed_window
        self.filings: dict[str, FilingFixture] = {}
        self.others: list[OtherFiling] = []
        self.published_days: set[date] = set()
        self.index_kind = index_kind
        self.tickers: dict[str, str] = {}
        self.tickers_json: bytes | None = None    # served as is instead of ``tickers`` (a real sample)
        self.datasets: dict[str, DatasetZip] = {}
        self.companies: dict[str, Company] = {}
        self.requests: list[Recorded] = []
        self._faults: dict[str, deque[Fault]] = {}
        self._always: dict[str, Fault] = {}
        self.blocked_until = 0.0
        self._lock = threading.Lock()
        self._cache: dict[str, bytes] = {}
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.app = self
        self._thread: threading.Thread | None = None

    # setup
    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def add(self, *items: FilingFixture | OtherFiling) -> None:
        with self._lock:
            for item in items:
                if isinstance(item, FilingFixture):
                    self.filings[item.accession] = item
                else:
                    self.others.append(item)
            self._cache.clear()

    def publish_index(self, *days: date) -> None:
        """Make the daily index of these days available (an unpublished day answers 404)."""
        with self._lock:
            self.published_days.update(days)
            self._cache.clear()

    def publish_dataset(self, label: str, body: bytes, *, directory: int = 0, pause: float = 0.0,
                        chunk: int = 65536) -> DatasetZip:
        """Serve ``body`` as the data-set zip of quarter ``label`` (``2023q3``) under DATASET_DIRECTORIES
        [``directory``] (404 under the other). Publishing new bytes changes its ETag and Last-Modified.
        ``pause`` seconds between chunks of ``chunk`` bytes make a slow download."""
        with self._lock:
            previous = self.datasets.get(label)
            modified = max(time.time(), previous.modified + 1) if previous else time.time() - 86400
            zipped = DatasetZip(body, directory, modified, pause, chunk)
            self.datasets[label] = zipped
            return zipped

    def withdraw_dataset(self, label: str) -> None:
        with self._lock:
            self.datasets.pop(label, None)

    def dataset_path(self, label: str, directory: int | None = None) -> str:
        if directory is None:
            directory = self.datasets[label].directory
        return f"/{DATASET_DIRECTORIES[directory]}/{label}_form345.zip"

    def dataset_requests(self, label: str = "", method: str | None = None) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith(f"{label}_form345.zip")
                    and (method is None or r.method == method)]

    def publish_submissions(self, cik: str, name: str, *, tickers: tuple[str, ...] = (), recent: int = 1000,
                            page_size: int = 2000) -> None:
        """Serve ``/submissions/CIK##########.json`` for the company ``cik``: its filings (as issuer or filer),
        the newest ``recent`` under ``filings.recent``, the older ones in pages of ``page_size`` named under
        ``filings.files`` (``CIK##########-submissions-001.json``)."""
        with self._lock:
            self.companies[str(int(cik))] = Company(str(int(cik)), name, list(tickers), recent, page_size)

    def fault(self, path: str, kind: str, *, times: int = 1, retry_after: str | None = None,
              delay: float = 1.0) -> None:
        """Answer the next ``times`` requests for ``path`` (without the query) with this fault."""
        with self._lock:
            self._faults.setdefault(path, deque()).extend(Fault(kind, retry_after, delay) for _ in range(times))

    def always(self, path: str, kind: str, *, delay: float = 1.0) -> None:
        with self._lock:
            self._always[path] = Fault(kind, None, delay)

    def block(self, seconds: float) -> None:
        """Answer every request with the 403 "Request Rate Threshold Exceeded" page for ``seconds``."""
        self.blocked_until = time.monotonic() + seconds

    def filing_paths(self, accession: str) -> list[str]:
        """The submission's path under each CIK it names (EDGAR serves the same folder under all)."""
        return [self.submission_path(accession, cik) for cik in self.filings[accession].ciks]

    def fault_filing(self, accession: str, kind: str, **options) -> None:
        """Queue a fault for the submission under every CIK (a sync asks under one of them)."""
        for path in self.filing_paths(accession):
            self.fault(path, kind, **options)

    def submission_path(self, accession: str, cik: str | None = None) -> str:
        f = self.filings[accession]
        return f"/Archives/edgar/data/{int(cik or f.issuer_cik)}/{accession}.txt"

    def index_path(self, day: date, kind: str = "form") -> str:
        return f"/Archives/edgar/daily-index/{day.year}/QTR{(day.month - 1) // 3 + 1}/{kind}.{day:%Y%m%d}.idx"

    # lifecycle
    def start(self) -> EdgarTestServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> EdgarTestServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # what was asked
    def paths(self, prefix: str = "") -> list[str]:
        with self._lock:
            return [r.path for r in self.requests if r.path.startswith(prefix)]

    def submission_requests(self) -> list[str]:
        return self.paths("/Archives/edgar/data/")

    def max_in_any_window(self, window: float = 1.0) -> int:
        """The most requests that arrived within any half-open window of ``window`` seconds."""
        with self._lock:
            times = [r.at for r in self.requests]
        return max_in_window(times, window)

    # responses
    def _next_fault(self, path: str) -> Fault | None:
        with self._lock:
            queue = self._faults.get(path)
            if queue:
                return queue.popleft()
            return self._always.get(path)

    def _feed(self, query: dict[str, list[str]]) -> tuple[int, str, bytes]:
        form = query.get("type", [""])[0]
        start = int(query.get("start", ["0"])[0])
        count = int(query.get("count", ["40"])[0])
        if count not in (10, 20, 40, 80, 100):
            count = 40
        with self._lock:
            items = [i for i in list(self.filings.values()) + self.others if i.form.startswith(form)]
        entries = sorted(((item, name, cik, role) for item in items for name, cik, role in _feed_rows(item)),
                         key=lambda e: (e[0].accepted, e[0].accession), reverse=True)
        if start > 0 and start >= min(self.feed_window, len(entries)):
            return 503, "text/html", UNAVAILABLE_PAGE
        page = entries[start:start + count]
        return 200, "application/atom+xml", atom_feed(page, datetime.now(EASTERN).replace(microsecond=0))

    def _index(self, name: str) -> tuple[int, str, bytes]:
        kind, _, rest = name.partition(".")
        stamp = rest.removesuffix(".idx")
        try:
            day = date(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]))
        except ValueError:
            return 404, "text/html", UNAVAILABLE_PAGE
        if day not in self.published_days or kind not in ("form", "master"):
            return 404, "text/html", UNAVAILABLE_PAGE
        key = f"index:{kind}:{day}"
        with self._lock:
            cached = self._cache.get(key)
            items = [i for i in list(self.filings.values()) + self.others if i.filed == day]
        if cached is None:
            cached = (form_index if kind == "form" else master_index)(day, items)
            with self._lock:
                self._cache[key] = cached
        return 200, "text/plain", cached

    def _submission(self, path: str) -> tuple[int, str, bytes]:
        parts = path.split("/")
        accession = parts[-1].removesuffix(".txt")
        with self._lock:
            filing = self.filings.get(accession)
            cached = self._cache.get(path)
        if filing is None or parts[-2] not in {str(int(c)) for c in filing.ciks}:
            return 404, "text/html", UNAVAILABLE_PAGE
        if cached is None:
            cached = filing.submission()
            with self._lock:
                self._cache[path] = cached
        return 200, "text/plain", cached

    def _dataset_at(self, path: str) -> DatasetZip | None:
        folder, _, name = path.strip("/").rpartition("/")
        with self._lock:
            zipped = self.datasets.get(name.removesuffix("_form345.zip"))
        if zipped is None or folder != DATASET_DIRECTORIES[zipped.directory]:
            return None
        return zipped

    def _company_rows(self, company: Company) -> list[dict]:
        with self._lock:
            items = [f for f in self.filings.values() if company.cik in {str(int(c)) for c in f.ciks}]
            items += [o for o in self.others if str(int(o.cik)) == company.cik]
        rows = [submissions_row(item) for item in items]
        return sorted(rows, key=lambda r: (r["acceptanceDateTime"], r["accessionNumber"]), reverse=True)

    def _submissions(self, name: str) -> tuple[int, str, bytes]:
        cik_text = name.removeprefix("CIK").split("-")[0].removesuffix(".json")
        with self._lock:
            company = self.companies.get(str(int(cik_text))) if cik_text.isdigit() else None
        if company is None:
            return 404, "text/html", UNAVAILABLE_PAGE
        rows = self._company_rows(company)
        recent, older = rows[:company.recent], rows[company.recent:]
        pages = [older[i:i + company.page_size] for i in range(0, len(older), company.page_size)]
        prefix = f"CIK{int(company.cik):010d}"
        if name == f"{prefix}.json":
            document = {
                "cik": f"{int(company.cik):010d}", "entityType": "operating", "name": company.name,
                "tickers": company.tickers, "insiderTransactionForIssuerExists": 1,
                "filings": {"recent": columns(recent), "files": [
                    {"name": f"{prefix}-submissions-{n:03d}.json", "filingCount": len(page),
                     "filingFrom": page[-1]["filingDate"], "filingTo": page[0]["filingDate"]}
                    for n, page in enumerate(pages, start=1)]},
            }
            return 200, "application/json", json.dumps(document).encode()
        for n, page in enumerate(pages, start=1):
            if name == f"{prefix}-submissions-{n:03d}.json":
                return 200, "application/json", json.dumps(columns(page)).encode()
        return 404, "text/html", UNAVAILABLE_PAGE

    def respond(self, path: str, query: dict[str, list[str]]) -> tuple[int, str, bytes]:
        if path == "/cgi-bin/browse-edgar" and query.get("action") == ["getcurrent"]:
            return self._feed(query)
        if path.startswith("/Archives/edgar/daily-index/"):
            return self._index(path.rsplit("/", 1)[-1])
        if path.startswith("/Archives/edgar/data/") and path.endswith(".txt"):
            return self._submission(path)
        if path.endswith("_form345.zip"):
            zipped = self._dataset_at(path)
            return (200, "application/zip", zipped.body) if zipped else (404, "text/html", UNAVAILABLE_PAGE)
        if path.startswith("/submissions/") and path.endswith(".json"):
            return self._submissions(path.rsplit("/", 1)[-1])
        if path == "/files/company_tickers.json" and self.tickers_json is not None:
            return 200, "application/json", self.tickers_json
        if path == "/files/company_tickers.json":
            body = {str(n): {"cik_str": int(cik), "ticker": ticker, "title": f"{ticker} Inc"}
                    for n, (ticker, cik) in enumerate(sorted(self.tickers.items()))}
            return 200, "application/json", json.dumps(body).encode()
        return 404, "text/html", UNAVAILABLE_PAGE


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "Apache"
    sys_version = ""

    def log_message(self, format, *args) -> None:
        return

    head = False

    def do_HEAD(self) -> None:
        self.head = True
        try:
            self.do_GET()
        finally:
            self.head = False

    def do_GET(self) -> None:
        app: EdgarTestServer = self.server.app
        arrived = time.monotonic()
        split = urlsplit(self.path)
        if split.path == "/_test/requests":
            with app._lock:
                data = [{"at": r.at, "path": r.path, "user_agent": r.user_agent} for r in app.requests]
            self._send(200, "application/json", json.dumps(data).encode())
            return
        user_agent = self.headers.get("User-Agent")
        with app._lock:
            app.requests.append(Recorded(arrived, self.path, user_agent, dict(self.headers.items()),
                                         "HEAD" if self.head else "GET"))
        if not user_agent or "@" not in user_agent:
            self._send(403, "text/html", UNDECLARED_PAGE)
            return
        if arrived < app.blocked_until:
            self._send(403, "text/html", RATE_PAGE)
            return
        if app.delay:
            time.sleep(app.delay)
        fault = app._next_fault(split.path)
        if fault is not None and self._fault(fault, split.path, parse_qs(split.query)):
            return
        zipped = app._dataset_at(split.path) if split.path.endswith("_form345.zip") else None
        if zipped is not None:
            self._send_dataset(zipped)
            return
        status, content_type, body = app.respond(split.path, parse_qs(split.query))
        self._send(status, content_type, body)

    def _send_dataset(self, zipped: DatasetZip) -> None:
        """A data-set zip with its validators: 304 when the client's copy is current, else the bytes
        (``zipped.pause`` seconds between chunks for a slow transfer)."""
        validators = {"ETag": zipped.etag, "Last-Modified": email.utils.formatdate(zipped.modified, usegmt=True)}
        if zipped.not_modified(self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")):
            self.send_response(304)
            for name, value in validators.items():
                self.send_header(name, value)
            self.end_headers()
            return
        if not zipped.pause or self.head:
            self._send(200, "application/zip", zipped.body, validators)
            return
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/zip")
            self.send_header("Content-Length", str(len(zipped.body)))
            for name, value in validators.items():
                self.send_header(name, value)
            self.end_headers()
            for start in range(0, len(zipped.body), zipped.chunk):
                self.wfile.write(zipped.body[start:start + zipped.chunk])
                self.wfile.flush()
                time.sleep(zipped.pause)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _fault(self, fault: Fault, path: str, query: dict[str, list[str]]) -> bool:
        """Apply one fault; True when the response has been dealt with."""
        kind = fault.kind
        if kind == "429":
            self._send(429, "text/html", ERROR_PAGE, {"Retry-After": fault.retry_after or "1"})
        elif kind in ("503", "500"):
            headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            self._send(int(kind), "text/html", ERROR_PAGE, headers)
        elif kind == "403-rate":
            self._send(403, "text/html", RATE_PAGE)
        elif kind == "403-undeclared":
            self._send(403, "text/html", UNDECLARED_PAGE)
        elif kind == "html":
            self._send(200, "text/html; charset=utf-8", UNAVAILABLE_PAGE)
        elif kind == "slow":
            time.sleep(fault.delay)
            return False
        elif kind == "truncated":
            _status, content_type, body = self.server.app.respond(path, query)
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
        elif kind == "drop":
            self.close_connection = True
        else:
            raise ValueError(f"unknown fault {kind!r}")
        return True

    def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if not self.head:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

"""Records: the rows that answer a query, with their filing's owners, footnotes, 10b5-1 and lateness
flags and a source link. ``build_records`` turns the query's rows into them (``bot.answers.fetch``
runs the queries); the digest builds its items from the same records.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from copy import deepcopy
from dataclasses import dataclass, field, fields
from functools import lru_cache

from bot.answers import query
from bot.answers.filters import Filters
from bot.answers.flags import is_late, is_plan_note, plan_basis
from bot.answers.sums import InsiderRow, TotalRow
from bot.domain.codes import code_meaning, direction_conflicts, is_open_market
from bot.domain.links import filing_index_url
from bot.domain.vocab import display_name, role_text, roles_of, security_kind
from bot.domain.wording import Trade


def filing_url(issuer_cik: str | None, accession: str | None, source: str | None) -> str | None:
    """The filing's EDGAR index page when the accession is known, else where it was read from."""
    if accession and issuer_cik:
        return filing_index_url(issuer_cik, accession)
    return source


@dataclass
class Owner:
    cik: str
    name: str
    display: str
    role: str
    roles: list[str]
    matched: bool = False


@dataclass
class Record:
    entry_id: str
    filing_id: str
    accession_number: str | None
    form: str
    document_type: str
    is_amendment: bool
    original_submitted: str | None  # an amendment's dateOfOriginalSubmission
    original_stored: bool  # the filing it amends is in the database too (and left out of answers)
    filed_at: str | None
    signed_at: str | None
    period_of_report: str | None
    issuer_cik: str
    issuer_name: str | None
    ticker: str | None
    owners: list[Owner]
    table: str
    is_derivative: bool
    is_holding: bool
    security_title: str | None
    security_kind: str | None
    transaction_date: str | None
    deemed_execution_date: str | None
    transaction_code: str | None
    code_meaning: str | None
    acquired_disposed: str | None
    shares: float | None
    price_per_share: float | None
    value: float | None
    shares_owned_following: float | None
    direct_indirect: str | None
    nature_of_ownership: str | None
    conversion_or_exercise_price: float | None
    exercise_date: str | None
    expiration_date: str | None
    underlying_security_title: str | None
    underlying_shares: float | None
    footnotes: dict[str, list[dict[str, str]]]
    remarks: str | None
    plan_10b5_1: bool | None
    plan_source: str | None
    transaction_timeliness: str | None
    late: bool | None
    url: str | None
    source: str | None

    @property
    def as_of(self) -> str | None:
        return self.transaction_date or self.period_of_report or self.filed_at

    @property
    def direction_conflict(self) -> bool:
        """The code and the acquired/disposed mark disagree (shown as filed, with a note)."""
        return not self.is_holding and direction_conflicts(self.transaction_code, self.acquired_disposed,
                                                           self.is_derivative)

    @property
    def lead_owners(self) -> list[Owner]:
        return lead_owners(self.owners)

    def footnote_texts(self, *fields: str) -> list[str]:
        out = []
        for name in fields:
            for note in self.footnotes.get(name, []):
                if note["text"] and note["text"] not in out:
                    out.append(note["text"])
        return out

    def to_dict(self) -> dict:
        """What ``dataclasses.asdict`` gives (fresh containers all the way down), built directly: asdict deep-copies
        field by field, which took most of the time of rendering a page of records."""
        out = {}
        for name in _RECORD_FIELDS:
            value = getattr(self, name)
            if name == "owners":
                value = [_owner_dict(o) for o in value]
            elif name == "footnotes":
                value = {field_name: [dict(note) for note in notes] for field_name, notes in value.items()}
            elif not (value is None or isinstance(value, str | int | float)):
                value = deepcopy(value)
            out[name] = value
        return out

    def trade(self, who: str, plural: bool = False) -> Trade:
        """The row as a trade to word (``bot.domain.wording``), with ``who`` as the sentence's subject."""
        return Trade(who, self.transaction_code, self.shares, self.security_title, self.security_kind,
                     self.is_derivative, self.acquired_disposed, price=self.price_per_share, value=self.value,
                     exercise_price=self.conversion_or_exercise_price, date=self.transaction_date, plural=plural)


def lead_owners(owners: list[Owner]) -> list[Owner]:
    """The owners a row is told under: the ones the question named (or whose role it asked), else all of them."""
    matched = [o for o in owners if o.matched]
    return matched or owners


@dataclass
class Brief:
    """What a summary of rows not shown reads of each (``cut_lists.rest_groups``): a row, its company and the
    owners it is told under, without its footnotes, 10b5-1 plan or lateness (``brief_records``)."""

    entry_id: str
    lead_owners: list[Owner]
    issuer_name: str | None
    ticker: str | None
    is_derivative: bool
    security_kind: str | None
    transaction_code: str | None
    shares: float | None
    transaction_date: str | None
    period_of_report: str | None


def brief_records(conn: sqlite3.Connection, rows: list[sqlite3.Row], filters: Filters) -> list[Brief]:
    """The rows as ``build_records`` would make them, only the fields a summary reads (a few hundred rows summed
    without reading their footnotes)."""
    owners_of = filing_owner_lists(conn, rows, filters)
    return [Brief(r["entry_id"], lead_owners(owners_of[r["filing_id"]]), r["issuer_name"] or r["filed_issuer_name"],
                  r["ticker"] or r["filed_ticker"], bool(r["is_derivative"]),
                  security_kind(r["security_title"], r["is_derivative"]), r["transaction_code"], r["shares"],
                  r["transaction_date"], r["period_of_report"]) for r in rows]


_RECORD_FIELDS = tuple(f.name for f in fields(Record))
_OWNER_FIELDS = tuple(f.name for f in fields(Owner))


def _owner_dict(owner: Owner) -> dict:
    out = {name: getattr(owner, name) for name in _OWNER_FIELDS}
    out["roles"] = type(owner.roles)(owner.roles)
    return out


@dataclass
class Fetched:
    """What one query found: records, plus sums or insiders for those aggregations."""

    records: list[Record] = field(default_factory=list)
    total_matches: int = 0
    totals: list[TotalRow] = field(default_factory=list)
    insiders: list[InsiderRow] = field(default_factory=list)
    holdings_only: bool = False  # the records are reported positions, not transactions
    filings: int | None = None  # how many filings the counted or summed transactions are in (count, total)
    companies: int | None = None  # how many companies the totals span, when counted in SQL (many companies)
    expired: list[Record] = field(default_factory=list)  # derivative positions past their expiration date
    # Aggregations whose rows are chosen after the query (10b5-1, late): every record chosen, newest first,
    # before the page was cut (a cut list sums the rest from these instead of querying again); else None.
    chosen: list[Record] | None = None
    # Holdings asked of a time no filing reports (the positions are then the latest reported by its end): that end.
    as_of: dt.date | None = None


def build_records(conn: sqlite3.Connection, rows: list[sqlite3.Row], filters: Filters) -> list[Record]:
    if not rows:
        return []
    owners_of = filing_owner_lists(conn, rows, filters)
    notes_by_filing = query.footnotes(conn, list(owners_of))
    # Only notes about a 10b5-1 plan can make a row's plan (``flags.plan_basis``): each note is read once.
    plan_notes = {fid: plans for fid, notes in notes_by_filing.items()
                  if (plans := {nid for nid, text in notes.items() if is_plan_note(text)})}
    cited_by_filing = query.cited_footnotes(conn, list(plan_notes))
    names = rows[0].keys()
    out = []
    for row in rows:
        r = dict(zip(names, row, strict=True))  # a dict reads a column by name faster than sqlite3.Row
        filing_id = r["filing_id"]
        notes = notes_by_filing.get(filing_id, {})
        footnotes = _footnotes(r["footnote_ids"], notes)
        owners = owners_of[filing_id]
        if r["is_holding"]:
            plan, plan_source = None, None
        else:
            plans = plan_notes.get(filing_id, ())
            row_notes = [n["text"] for ns in footnotes.values() for n in ns if n["id"] in plans]
            cited = cited_by_filing.get(filing_id, set())
            unreferenced = [notes[nid] for nid in plans if nid not in cited]
            plan, plan_source = plan_basis(r["transaction_code"], r["aff10b5one"], r["remarks"], row_notes,
                                           unreferenced)
        out.append(_record(r, owners, footnotes, plan, plan_source))
    return out


def _footnotes(footnote_ids: str | None, notes: dict[str, str]) -> dict[str, list[dict[str, str]]]:
    """The footnotes a row cites, per field, with their text."""
    if not footnote_ids or footnote_ids == "{}":
        return {}
    return {name: [{"id": fid, "text": notes.get(fid, "")} for fid in fids]
            for name, fids in json.loads(footnote_ids).items()}


def _record(r: dict, owners: list[Owner], footnotes: dict, plan: bool | None, plan_source: str | None) -> Record:
    code = r["transaction_code"]
    price = r["price_per_share"]
    value = r["shares"] * price if (r["shares"] is not None and price and is_open_market(code)) else None
    return Record(
        entry_id=r["entry_id"], filing_id=r["filing_id"], accession_number=r["accession_number"],
        form=r["form"], document_type=r["document_type"], is_amendment=bool(r["is_amendment"]),
        original_submitted=r["date_of_original_submission"], original_stored=bool(r["amends_filing_id"]),
        filed_at=r["filed_at"], signed_at=r["signed_at"], period_of_report=r["period_of_report"],
        issuer_cik=r["issuer_cik"], issuer_name=r["issuer_name"] or r["filed_issuer_name"],
        ticker=r["ticker"] or r["filed_ticker"], owners=list(owners), table=r["table_name"],
        is_derivative=bool(r["is_derivative"]), is_holding=bool(r["is_holding"]),
        security_title=r["security_title"],
        security_kind=security_kind(r["security_title"], r["is_derivative"]),
        transaction_date=r["transaction_date"], deemed_execution_date=r["deemed_execution_date"],
        transaction_code=code, code_meaning=code_meaning(code),
        acquired_disposed=r["acquired_disposed"], shares=r["shares"], price_per_share=price, value=value,
        shares_owned_following=r["shares_owned_following"], direct_indirect=r["direct_indirect"],
        nature_of_ownership=r["nature_of_ownership"],
        conversion_or_exercise_price=r["conversion_or_exercise_price"], exercise_date=r["exercise_date"],
        expiration_date=r["expiration_date"], underlying_security_title=r["underlying_security_title"],
        underlying_shares=r["underlying_shares"], footnotes=footnotes, remarks=r["remarks"],
        plan_10b5_1=plan, plan_source=plan_source, transaction_timeliness=r["transaction_timeliness"],
        late=is_late(r), url=filing_url(r["issuer_cik"], r["accession_number"], r["source"]),
        source=r["source"],
    )


def filing_owner_lists(conn: sqlite3.Connection, rows: list[sqlite3.Row], filters: Filters) -> dict[str, list[Owner]]:
    """The owners of each row's filing, worked out once per filing (its owners and remarks are the same for each of
    its rows), in the order the filings first appear."""
    by_filing = query.filing_owners(conn, [r["filing_id"] for r in rows])
    out: dict[str, list[Owner]] = {}
    for r in rows:
        if r["filing_id"] not in out:
            out[r["filing_id"]] = _owners(by_filing.get(r["filing_id"], []), r["remarks"], filters)
    return out


def _owners(rows: list[sqlite3.Row], remarks: str | None, filters: Filters) -> list[Owner]:
    """A filing's owners with their roles (the filing's remarks can name one), matched when the question named
    them or their role."""
    owners = []
    for o in rows:
        title = o["officer_title"]
        display, role, roles = _owner_words(
            o["owner_name"] or o["filed_name"], title, o["other_text"], o["is_director"], o["is_officer"],
            o["is_ten_percent_owner"], remarks if title and "remark" in title.lower() else None)
        matched = (o["owner_cik"] in filters.owner_ciks) or bool(filters.role and filters.role in roles)
        owners.append(Owner(o["owner_cik"], o["owner_name"] or o["filed_name"] or o["owner_cik"], display, role,
                            sorted(roles), matched))
    return owners


@lru_cache(maxsize=20_000)
def _owner_words(name: str | None, officer_title: str | None, other_text: str | None, is_director: int,
                 is_officer: int, is_ten_percent_owner: int, remarks: str | None) -> tuple[str, str, frozenset[str]]:
    """An owner's display name, role in words and roles: the same for every row of every filing that states them
    alike (a busy insider's hundreds of rows), so worked out once. ``remarks``: only when the title points to them
    (the only time ``roles_of`` and ``role_text`` read them)."""
    flags = (is_director, is_officer, is_ten_percent_owner)
    return (display_name(name), role_text(officer_title, other_text, *flags, remarks),
            frozenset(roles_of(officer_title, other_text, *flags, remarks)))

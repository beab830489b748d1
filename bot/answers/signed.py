"""Who signed a filing, and where its reporting owners are: the signature block (the name as signed, often an
attorney-in-fact, and its date) and the owners' addresses, both stored with every filing ("who signed dodge's form
4", "musk's address on the tsla form 5", "where is golden properties based", "which reporting owners are based
outside the United States"). The issuer's own address is not in an ownership filing; an answer about a company
gives its reporting owners' addresses and says so."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, replace

from bot.answers import query, sums
from bot.answers.ask_words import ABROAD, ADDRESSES_COMPARED, Place, state_asked
from bot.answers.filters import Filters
from bot.answers.render import Answer, Source, message
from bot.answers.render_records import Builder, filing_row_source
from bot.answers.resolve import Entity, Match
from bot.answers.understand import Understanding
from bot.domain.formats import format_date
from bot.domain.text import issuer_label
from bot.domain.vocab import display_name, is_entity_name
from storage.sql import marks

MOST_FILINGS = 10
# A US state code is two letters; EDGAR codes a foreign country as a letter and a digit ("A1" British Columbia).
_US_STATE = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class Address:
    """A reporting owner's address as one filing states it."""

    name: str
    street: str
    city: str
    state: str
    zip_code: str
    country: str  # the country or province as filed for an address abroad, else ""
    cik: str = ""  # the reporting owner's CIK, as the filing gives it

    @property
    def abroad(self) -> bool:
        return bool(self.country) or bool(self.state and not _US_STATE.fullmatch(self.state))

    def __str__(self) -> str:
        city = self.city.strip(" ,").title()
        place = ", ".join(p for p in (self.street, city, self.country.title() if self.country else self.state) if p)
        return f"{place} {self.zip_code}".strip()


def _filings(conn: sqlite3.Connection, filters: Filters) -> list[list[sqlite3.Row]]:
    """The filings of ``filters``, newest first, each as its rows of reporting owners."""
    grouped: dict[str, list[sqlite3.Row]] = {}
    for row in sums.owner_filings(conn, filters):
        grouped.setdefault(row["filing_id"], []).append(row)
    return list(grouped.values())


def _heading(owners: list[sqlite3.Row]) -> str:
    first = owners[0]
    who = ", ".join(dict.fromkeys(display_name(o["name"]) for o in owners))
    company = issuer_label(first["any_issuer_name"], first["any_ticker"])
    return f"Form {first['form']} for {format_date(first['as_of'])} ({who} at {company})"


def filing_heading(conn: sqlite3.Connection, filing_id: str) -> tuple[str, Source]:
    """'Form 4 for Dec 13, 2022 (Michael Scarpelli at Snowflake Inc. (SNOW))' and the filing's source, read by its
    id: how the answers that list filings by something other than their rows name each one."""
    filing = conn.execute(
        "SELECT f.id AS filing_id, coalesce(f.document_type, f.form) AS form, "
        "coalesce(f.period_of_report, f.filed_at) AS as_of, f.filed_at, f.signed_at, f.issuer_cik, "
        "f.accession_number, f.source, coalesce(i.name, f.issuer_name) AS issuer, "
        "coalesce(i.trading_symbol, f.issuer_trading_symbol) AS ticker FROM filings f "
        "LEFT JOIN issuers i ON i.cik = f.issuer_cik WHERE f.id = ?", (filing_id,)).fetchone()
    owners = ", ".join(dict.fromkeys(display_name(r[0] or "") for r in conn.execute(
        "SELECT coalesce(o.name, fo.name) FROM filing_owners fo LEFT JOIN owners o ON o.cik = fo.owner_cik "
        "WHERE fo.filing_id = ? ORDER BY fo.seq", (filing_id,)))) or "no reporting owner stored"
    return (f"Form {filing['form']} for {format_date(filing['as_of'])} ({owners} at "
            f"{issuer_label(filing['issuer'], filing['ticker'])})", filing_row_source(filing))


def add_filing_line(b: Builder, conn: sqlite3.Connection, filing_id: str, said: str) -> None:
    """A line naming the filing (``filing_heading``) and what is said of it, with the filing as its source."""
    heading, source = filing_heading(conn, filing_id)
    b.add_line(f"{heading}{said}")
    b.answer.lines[-1].source = len(b.answer.sources)
    b.answer.sources.append(source)


def filings_with_rows(conn: sqlite3.Connection, filters: Filters) -> set[str] | None:
    """The filings holding a row of the kind, role or amounts asked (None when nothing narrows the rows): a list
    of filings asked with "gifts" or "directors" is of those filings only."""
    rows = filters.rows_only
    if not (rows.kinds or rows.security or filters.role or rows.held_through or rows.weekdays or rows.months_out):
        return None
    return {r["filing_id"] for r in query.entries(conn, filters, limit=5000, counted=False)}


def signature_blocks(conn: sqlite3.Connection, filing_ids: list[str]) -> dict[str, list[sqlite3.Row]]:
    """Each filing's signature blocks (``name``, ``date``), in the order signed, read at once."""
    blocks: dict[str, list[sqlite3.Row]] = {}
    for row in conn.execute(f"SELECT filing_id, name, date FROM signatures WHERE filing_id IN ({marks(filing_ids)}) "
                            "ORDER BY filing_id, seq", filing_ids):
        blocks.setdefault(row["filing_id"], []).append(row)
    return blocks


def _add_source(b: Builder, owners: list[sqlite3.Row], line_index: int) -> None:
    b.answer.lines[line_index].source = len(b.answer.sources)
    b.answer.sources.append(filing_row_source(owners[0]))


# The signer's own part of a block: after the last "/s/", before whom it is signed for ("By: Aaron Beckman by
# Power of Attorney For: Elon Musk" was signed by Beckman; "/s/ Warren E. Buffett, on behalf of himself").
_SIGNED_FOR = re.compile(r"\b(?:for|from|on\s+behalf\s+of)\b.*", re.I | re.S)


def signer_part(block: str) -> str:
    """The signer's own part of a signature block, lowercased (see ``_SIGNED_FOR``)."""
    return _SIGNED_FOR.sub("", block.rsplit("/s/", 1)[-1]).lower()


def _whose(blocks: list[str], owners: list[sqlite3.Row]) -> str:
    """" (the reporting person's own signature)" when a block is signed in an owner's own name (their surname in
    the signer's part), " (signed for the reporting person by someone else)" when none is; nothing for a fund's filing."""
    people = [display_name(o["name"] or "") for o in owners if not is_entity_name(o["name"] or "")]
    surnames = [p.split()[-1].lower() for p in people if p.split()]
    if not surnames or not blocks:
        return ""
    own = any(re.search(rf"(?<![a-z]){re.escape(s)}(?![a-z])", signer_part(b)) for b in blocks for s in surnames)
    return " (the reporting person's own signature)" if own else " (signed for the reporting person by someone else)"


def signer_answer(conn: sqlite3.Connection, filters: Filters, scope: str) -> Answer | None:
    """Each filing's signatures, as signed and dated, newest filing first; None when no filing matches."""
    filings = _filings(conn, filters)
    if not filings:
        return None
    shown = filings[:MOST_FILINGS]
    ids = [owners[0]["filing_id"] for owners in shown]
    blocks = signature_blocks(conn, ids)
    more = f"; the newest {MOST_FILINGS} of {len(filings)}" if len(filings) > MOST_FILINGS else ""
    b = Builder("records", f"The signatures on the filings for {scope}{more}, as each signature block reads:")
    for owners in shown:
        signed = blocks.get(owners[0]["filing_id"], [])
        names = [f"{s['name'] or '(no name)'}" + (f", dated {format_date(s['date'])}" if s["date"] else "")
                 for s in signed] or ["no signature stored"]
        b.add_line(f"{_heading(owners)}: signed by " + "; ".join(names) + _whose([s["name"] or "" for s in signed], owners)
                   + ".")
        _add_source(b, owners, len(b.answer.lines) - 1)
    return b.answer


def owners_in(conn: sqlite3.Connection, place: Place) -> list[tuple[str, str]]:
    """(cik, name) of the reporting owners whose address on their newest filing is in the state (and city) asked
    (where they are based now: Thiel's Mithril filings give Austin, his newest Palantir one Denver)."""
    rows = conn.execute(
        "SELECT fo.owner_cik, coalesce(o.name, fo.name), fo.city, fo.state, max(f.period_of_report) FROM filing_owners fo "
        "JOIN filings f ON f.id = fo.filing_id LEFT JOIN owners o ON o.cik = fo.owner_cik "
        "WHERE fo.owner_cik IS NOT NULL GROUP BY fo.owner_cik").fetchall()
    return [(cik, name) for cik, name, city, state, _ in rows if place.holds(state, city)]


def _addresses(conn: sqlite3.Connection, filing_id: str, owner_ciks: tuple[str, ...]) -> list[Address]:
    rows = conn.execute(
        "SELECT name, street1, street2, city, state, zip_code, state_description, non_us_state_territory, country, "
        "owner_cik FROM filing_owners WHERE filing_id = ? ORDER BY seq", (filing_id,)).fetchall()
    return [Address(display_name(r[0] or ""), ", ".join(s.strip(" ,") for s in (r[1], r[2]) if s and s.strip(" ,")),
                    r[3] or "", r[4] or "", r[5] or "", r[6] or r[7] or r[8] or "", str(int(r[9])) if r[9] else "")
            for r in rows if not owner_ciks or r[9] in owner_ciks]


def address_answer(conn: sqlite3.Connection, filters: Filters, scope: str, question: str) -> Answer | None:
    """The reporting owners' addresses on the newest filing of each (abroad only when asked), newest first; when
    the question compares them, each filing's, whatever dates it names, and whether they differ. None when no
    filing matches."""
    abroad, state = bool(ABROAD.search(question)), state_asked(question)
    compared = bool(ADDRESSES_COMPARED.search(question))
    if compared:
        filters = replace(filters, date_from=None, date_to=None, date_label=None, form=None)
    b = Builder("records", "")
    seen: set[str] = set()
    for owners in _filings(conn, filters):
        found = [a for a in _addresses(conn, owners[0]["filing_id"], filters.owner_ciks)
                 if _said(a, compared) not in seen and (a.abroad or not abroad) and (state is None or (
                     not a.abroad and state.holds(a.state, a.city)))]
        if not found:
            continue
        seen |= {_said(a, compared) for a in found}
        b.add_line(f"{_heading(owners)}:", [f"{a.name}{f' (CIK {a.cik})' if a.cik else ''}: {a}" for a in found])
        _add_source(b, owners, len(b.answer.lines) - 1)
        if len(b.answer.lines) >= MOST_FILINGS:
            break
    if not b.answer.lines:
        return None
    where = " based outside the United States" if abroad else f" with an address in {state}" if state else ""
    b.answer.headline = (f"The addresses (and CIKs) of the reporting owners{where} for {scope}, as their newest "
                         "filings state them:")
    if compared:
        differ = len({key[1] for key in seen}) > 1  # (one owner's, or several owners' from one address or more)
        b.answer.headline = (f"{'The addresses differ' if differ else 'The same address'} from filing to filing "
                             f"for {scope}; each filing's, newest first:")
    if not filters.owner_ciks:
        b.answer.notes.append("An ownership filing gives its reporting owners' addresses, not the company's own.")
    if filters.issuer_ciks and re.search(r"\bciks?\b", question, re.I):  # "tesla's cik": the company's own
        b.answer.notes[:0] = ["The company's CIK: " + "; ".join(
            f"{r[1]} {int(r[0])}" for r in conn.execute(
                f"SELECT cik, name FROM issuers WHERE cik IN ({marks(filters.issuer_ciks)})",
                filters.issuer_ciks))]
    return b.answer


def _said(address: Address, compared: bool):
    """What makes an address shown once: its owner (the newest filing's), or its owner and place when compared."""
    return (address.name, str(address).lower()) if compared else address.name


def traded_in_state(understanding: Understanding, conn: sqlite3.Connection, today: dt.date, place: Place) -> Answer:
    """The trades asked about by the reporting owners whose filed address is in the state asked ("did any
    texas-based insiders buy in 2024"), never the addresses instead."""
    from bot.answers.answer_kinds import records_answer  # (it answers every kind of question; this is one)

    owners = owners_in(conn, place)
    if not owners:
        return message("no_match", f"No reporting owner on file gives an address in {place}.")
    insider = Match(f"owners based in {place}", [Entity(cik, name) for cik, name in owners], several=True)
    result = records_answer(replace(understanding, insider=insider, spec=understanding.spec.model_copy(
        update={"ask": None})), conn, today)
    result.notes.append(f"Reporting owners based in {place}, as their newest filings give their addresses: "
                        + ", ".join(display_name(name) for _, name in owners[:12]) + ".")
    return result

""""What is X's role at Y": the relationship boxes and titles of every filing, newest first. A title given only
in the remarks ("See Remarks") or in the "other" text is read from there; a role that changed is said as of
the filing that last showed it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from bot.answers.filters import Filters
from bot.answers.records import filing_url
from bot.answers.render import Answer, Source
from bot.answers.render_records import Builder
from bot.answers.sums import owner_filings
from bot.domain.formats import format_date
from bot.domain.text import issuer_label
from bot.domain.vocab import display_name, role_text, roles_of

MAX_PEOPLE = 10


@dataclass
class Held:
    """One role as filed, the filings that show it (newest first)."""

    text: str
    newest: str | None
    oldest: str | None
    form: str | None
    filings: int = 1


@dataclass
class Relationship:
    """One insider at one company: their roles, newest first."""

    owner_cik: str
    name: str
    issuer_cik: str
    issuer: str
    roles: list[Held] = field(default_factory=list)
    source: Source | None = None


def relationships(conn: sqlite3.Connection, filters: Filters) -> list[Relationship]:
    """Every insider of the companies or owners of ``filters`` with the roles their filings state."""
    out: dict[tuple[str, str], Relationship] = {}
    for r in owner_filings(conn, filters):
        key = (r["owner_cik"], r["issuer_cik"])
        rel = out.get(key)
        if rel is None:
            when = f"filed {format_date(r['filed_at'])}" if r["filed_at"] else f"signed {format_date(r['signed_at'])}"
            rel = out[key] = Relationship(
                r["owner_cik"], r["name"], r["issuer_cik"], issuer_label(r["any_issuer_name"], r["any_ticker"]),
                source=Source(f"Form {r['form']} {when}", filing_url(r["issuer_cik"], r["accession_number"],
                                                                    r["source"]), r["filing_id"]))
        text = role_text(r["officer_title"], r["other_text"], r["is_director"], r["is_officer"],
                         r["is_ten_percent_owner"], r["remarks"]) or "reporting owner (no relationship box ticked)"
        same = next((h for h in rel.roles if h.text == text), None)
        if same is None:
            rel.roles.append(Held(text, r["as_of"], r["as_of"], r["form"]))
        else:
            same.filings += 1
            same.oldest = r["as_of"]
    return list(out.values())


def roles_of_text(text: str) -> set[str]:
    """The roles (ceo, director...) a role as filed names."""
    return roles_of(text, None, "Director" in text, False, "10% owner" in text)


def render_roles(found: list[Relationship], scope: str) -> Answer:
    """'Drew G. Markham is GC of MICROVISION, INC. (MVIS), as of the Form 4 for Jun 8, 2026.' per insider."""
    b = Builder("insiders")
    for rel in found[:MAX_PEOPLE]:
        current, earlier = rel.roles[0], rel.roles[1:]
        text = (f"{display_name(rel.name)}: {current.text} of {rel.issuer}, as of the Form {current.form} for "
                f"{format_date(current.newest)}")
        text += f" ({current.filings} filings since {format_date(current.oldest)})." if current.filings > 1 else "."
        details = [f"Earlier: {h.text} (Form {h.form} for {format_date(h.newest)}"
                   + (f", {h.filings} filings from {format_date(h.oldest)})" if h.filings > 1 else ")")
                   for h in earlier]
        if earlier:
            details.append("The roles are as each filing states them; a role not stated in the newest filing may "
                           "have ended.")
        line = b.add_line(text, details)
        if rel.source is not None:
            line.source = len(b.answer.sources)
            b.answer.sources.append(rel.source)
        b.answer.records.append({"owner_cik": rel.owner_cik, "name": rel.name, "display": display_name(rel.name),
                                 "role": current.text, "issuer_cik": rel.issuer_cik, "as_of": current.newest,
                                 "earlier": [h.text for h in earlier]})
        line.record = len(b.answer.records) - 1
    n = len(found)
    if n == 1:
        b.answer.headline = b.answer.lines[0].text
    else:
        more = f"; the first {MAX_PEOPLE}" if n > MAX_PEOPLE else ""
        b.answer.headline = f"The roles of {n} insiders for {scope}, as their filings state them{more}:"
    return b.answer

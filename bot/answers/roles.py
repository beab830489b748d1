""""What is X's role at Y": the relationship boxes and titles of every filing, newest first. A title given only
in the remarks ("See Remarks") or in the "other" text is read from there; a role that changed is said as of
the filing that last showed it.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from bot.answers.filters import Filters
from bot.answers.render import Answer, Source
from bot.answers.render_records import Builder, filing_row_source
from bot.answers.sums import owner_filings
from bot.domain.formats import format_date
from bot.domain.text import issuer_label
from bot.domain.vocab import display_name, role_text, roles_of

MAX_PEOPLE = 10
# The relationship boxes of a filing (Form 4's box 5), as the form names them.
BOXES = (("is_director", "Director"), ("is_officer", "Officer"), ("is_ten_percent_owner", "10% Owner"),
         ("is_other", "Other"))
# Asked which boxes: "which relationship box did she check", "boxes ticked", "checked as officer or director" (not
# "can you check her role").
BOXES_ASKED = re.compile(r"\b(?:check)?box(?:es)?\b|\bchecked\b|\btick(?:ed|s)?\b", re.I)


@dataclass
class Held:
    """One role as filed, the filings that show it (newest first)."""

    text: str
    newest: str | None
    oldest: str | None
    form: str | None
    filings: int = 1
    boxes: str = ""  # the relationship boxes the newest filing showing it checks ("Director, 10% Owner")


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
            rel = out[key] = Relationship(
                r["owner_cik"], r["name"], r["issuer_cik"], issuer_label(r["any_issuer_name"], r["any_ticker"]),
                source=filing_row_source(r))
        text = role_text(r["officer_title"], r["other_text"], r["is_director"], r["is_officer"],
                         r["is_ten_percent_owner"], r["remarks"]) or "reporting owner (no relationship box ticked)"
        same = next((h for h in rel.roles if h.text == text), None)
        if same is None:
            rel.roles.append(Held(text, r["as_of"], r["as_of"], r["form"],
                                  boxes=", ".join(name for key, name in BOXES if r[key]) or "none"))
        else:
            same.filings += 1
            same.oldest = r["as_of"]
    return list(out.values())


def roles_of_text(text: str) -> set[str]:
    """The roles (ceo, director...) a role as filed names."""
    return roles_of(text, None, "Director" in text, False, "10% owner" in text)


# The roles a yes/no question asks about: "is X a director", "officer or just board", "sit on the board".
_ASKED = (("director", "a director", re.compile(r"\bboard\b|\bdirectors?\b", re.I)),
          ("officer", "an officer", re.compile(r"(?<!financial\s)(?<!executive\s)(?<!operating\s)(?<!legal\s)(?<!accounting\s)"
                                                r"\bofficers?\b|\bexec(?:s|utives?)?\b", re.I)),
          ("ten_percent_owner", "a 10% owner", re.compile(r"10\s*%|\bten\s+percent\b", re.I)),
          ("ceo", "the CEO", re.compile(r"\bceo\b|\bchief\s+executive\b", re.I)),
          ("cfo", "the CFO", re.compile(r"\bcfo\b|\bchief\s+financial\b", re.I)),
          ("coo", "the COO", re.compile(r"\bcoo\b|\bchief\s+operating\b", re.I)),
          ("general_counsel", "the general counsel", re.compile(r"\bgc\b|\bgeneral\s+counsel\b|\bchief\s+legal\b", re.I)))
_YES_NO = re.compile(r"^\s*(?:is|was|are|were|does|did|has|have)\b|\bor\s+(?:just\s+|only\s+|an?\s+)?(?:officer|director|board|exec)"
                     r"|\bstill\b"
                     r"|^\s*\S+(?:\s+\S+)?\s+an?\s+(?:officer|director|exec)", re.I)


def _holds(key: str, text: str) -> bool:
    """Whether a role as filed is ``key``: an officer is any title (not the director or 10% owner boxes)."""
    roles = roles_of_text(text)
    if key == "officer":
        return bool(roles - {"director", "ten_percent_owner", "officer"}) or "officer" in text.lower()
    return key in roles


def role_verdict(rel: Relationship, question: str) -> str | None:
    """"Keith Rabois is a director and is not an officer of Affirm Holdings, Inc. (AFRM)." for a yes/no
    question about roles (None for any other): from the newest filing, and an earlier one that said otherwise."""
    found = sorted((m.start(), key, label) for key, label, pattern in _ASKED if (m := pattern.search(question)))
    asked = [(key, label) for _, key, label in found]  # in the question's order
    if not asked or not _YES_NO.search(question):
        return None
    parts = []
    for key, label in asked:
        before = next((h for h in rel.roles[1:] if _holds(key, h.text)), None)
        if _holds(key, rel.roles[0].text):
            parts.append(f"is {label}")
        elif before is not None:
            parts.append(f"is no longer {label} in the newest filing (the Form {before.form} for "
                         f"{format_date(before.newest)} said so)")
        else:
            parts.append(f"is not {label} (no stored filing says so)")
    return f"At {rel.issuer}, {display_name(rel.name)} {' and '.join(parts)}."


def render_roles(found: list[Relationship], scope: str, verdict: str | None = None, question: str = "") -> Answer:
    """'Drew G. Markham is GC of MICROVISION, INC. (MVIS), as of the Form 4 for Jun 8, 2026.' per insider; the
    relationship boxes that filing checks when the question asks which."""
    boxes = bool(BOXES_ASKED.search(question))
    b = Builder("insiders")
    for rel in found[:MAX_PEOPLE]:
        current, earlier = rel.roles[0], rel.roles[1:]
        text = (f"{display_name(rel.name)}: {current.text} of {rel.issuer}, as of the Form {current.form} for "
                f"{format_date(current.newest)}")
        text += f" ({current.filings} filings since {format_date(current.oldest)})." if current.filings > 1 else "."
        text += f" Relationship boxes checked: {current.boxes}." if boxes else ""
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
        b.answer.headline = verdict or b.answer.lines[0].text
    else:
        more = f"; the first {MAX_PEOPLE}" if n > MAX_PEOPLE else ""
        b.answer.headline = f"The roles of {n} insiders for {scope}, as their filings state them{more}:"
    return b.answer


# A sentence of a footnote that gives someone a role at the company ("Ajay Royan ("Royan"), a member of the
# Issuer's board of directors, is ..."): what a role question finds for a person who files nothing there.
_ROLE_WORDS = re.compile(r"\bboard\b|\bdirectors?\b|\bofficer\b|\bchair(?:man|woman|person)?\b|\bpresident\b"
                         r"|\bchief\b|\bmanaging\s+member\b|\bgeneral\s+partner\b", re.I)
MAX_MENTIONS = 3


BOARD_TERMS = ["board of directors", "member of the board", "director of the issuer"]


def footnote_mentions(conn: sqlite3.Connection, issuer_ciks: tuple[str, ...], names: list[str]) -> list[str]:
    """Sentences of the companies' footnotes that hold one of ``names`` (every word of it: a person's surname and
    given name, or words such as :data:`BOARD_TERMS`) and a role word, each once, newest filings first."""
    if not issuer_ciks or not names:
        return []
    marks = ", ".join("?" for _ in issuer_ciks)
    found: list[str] = []
    for name in names:
        rows = conn.execute(
            f"SELECT fn.text FROM footnotes fn JOIN filings f ON f.id = fn.filing_id WHERE f.issuer_cik IN ({marks}) "
            "AND fn.text LIKE ? ORDER BY f.filed_at DESC LIMIT 50", (*issuer_ciks, f"%{name.split()[0]}%")).fetchall()
        for (text,) in rows:
            for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", " ".join((text or "").split())):
                if all(re.search(rf"\b{re.escape(word)}\b", sentence, re.I) for word in name.split()) \
                        and _ROLE_WORDS.search(sentence) and sentence not in found:
                    found.append(sentence)
    return found[:MAX_MENTIONS]

"""The filings a person signed, found by the name in their signature blocks ("which filings did travis shrout
sign", "in what capacity did ajay royan sign for mithril lp on the fractyl form 4", "did musk sign his own form
4s"). A signer is often no reporting owner at all (an attorney-in-fact, a fund's authorised person), so the name
is looked for where it was written: the signature, with the capacity it states. "Who signed dodge's form 4"
asks the other way round (the owner's filings, whoever signed them): bot/answers/signed.py."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from bot.answers.filters import where
from bot.answers.messages import scope_words
from bot.answers.render import Answer
from bot.answers.render_records import Builder
from bot.answers.signed import add_filing_line, signer_answer, signer_part
from bot.answers.sums import owner_filings as _owner_filings
from bot.answers.understand import Understanding
from bot.answers.unmatched import stored_words
from bot.domain.formats import format_date

MOST_FILINGS = 12
# The signing asked of its signer: "did X sign", "X signed", "signed by X", "X's signature" (never "a bad sign",
# "any sign of": a sign as a noun).
_SIGNING = re.compile(r"\bsign(?:ed|ing)\b(?!\s+(?:up|on|off)\b)|\b(?:did|does|do|to|will|would|can|could)\s+(?:[\w.'-]+\s+){0,3}?"
                      r"sign\b(?!\s+(?:up|on|off)\b)|\bsignatures?\b|\bsignator(?:y|ies)\b", re.I)
# "who signed dodge's form 4" names the owner, not the signer; a plan or agreement signed is no signature block.
_NOT_THE_SIGNER = re.compile(r"\bwho(?:m|se)?\b|\b(?:plan|agreement|10b5|contract|lease)s?\b", re.I)
_WORD = re.compile(r"[a-z][a-z'.-]*[a-z]", re.I)


def _names_asked(understanding: Understanding) -> list[list[str]]:
    """The names the question may ask about, as typed, most likely first: the words no owner matched, then the
    words read as no name at all (an owner matched by name is tried after them, by the caller, when that owner
    files nothing in the scope asked: a signer is often no reporting owner)."""
    typed = [understanding.unresolved_insider, " ".join(understanding.unknown_words)]
    return [words for t in typed if (words := [w.lower() for w in _WORD.findall(t or "") if len(w) > 2])]


def _owner_files_here(conn: sqlite3.Connection, understanding: Understanding) -> bool:
    """The insider the question names files in the scope asked (then "did musk sign his own form 4s", "when were
    levchin's forms signed" ask of their filings, each signer shown, not only those they signed themselves)."""
    insider = understanding.insider
    return insider is not None and bool(_owner_filings(conn, understanding.filters()))


def _signed(conn: sqlite3.Connection, understanding: Understanding, words: list[str]) -> list[sqlite3.Row]:
    """The signature rows whose name holds every word, on the filings of the companies, form and dates asked."""
    filters = replace(understanding.filters(), owner_ciks=())
    clauses, params = where(filters.filing_filters())
    rows = conn.execute(
        "SELECT s.filing_id, s.name AS signed, s.date AS signed_on, coalesce(f.period_of_report, f.filed_at) AS as_of "
        "FROM signatures s JOIN filings f ON f.id = s.filing_id "
        f"WHERE {' AND '.join(clauses)} AND " + " AND ".join("lower(s.name) LIKE ?" for _ in words)
        + " ORDER BY as_of DESC, f.filed_at DESC, s.seq",
        (*params, *(f"%{w}%" for w in words))).fetchall()
    bounded = [re.compile(rf"(?<![a-z]){re.escape(w)}(?![a-z])") for w in words]
    return [r for r in rows if all(b.search(signer_part(r["signed"] or "")) for b in bounded)]


def signed_by_answer(understanding: Understanding, question: str, conn: sqlite3.Connection) -> Answer | None:
    """The filings whose signature blocks carry the name asked about, each signature as it reads (the capacity
    it states) and dated, newest first; None when the question does not ask what someone signed, or no
    signature carries the name (then the name is answered as an owner, as ever). A name that files nothing and
    is not asked as a signer ("who is jennifer gill in these filings") is looked for in the signatures too: the
    answer says first that no reports of theirs are stored."""
    asked = bool(_SIGNING.search(question))
    if (asked and _NOT_THE_SIGNER.search(question)) or not (asked or (
            understanding.unresolved_insider and not stored_words(conn, understanding.unresolved_insider))):
        return None  # (a word of a stored owner's name, "elon", is read as that owner, never a signer's)
    names = _names_asked(understanding) if asked else [
        [w.lower() for w in _WORD.findall(understanding.unresolved_insider or "")]]  # (every word of the name)
    insider = understanding.insider
    if asked and insider is not None and insider.via == "name" and not insider.inexact:
        if _owner_files_here(conn, understanding):
            return signer_answer(conn, understanding.filters(), scope_words(understanding))
        names.append([w.lower() for w in _WORD.findall(insider.text) if len(w) > 2])  # Royan signs for Mithril
    rows, words = next(((found, words) for words in names if words and (found := _signed(conn, understanding, words))),
                       ([], []))
    if not rows:
        return None
    by_filing: dict[str, list[sqlite3.Row]] = {}
    for row in rows:
        by_filing.setdefault(row["filing_id"], []).append(row)
    who = " ".join(w.title() for w in words)
    more = f"; the newest {MOST_FILINGS} of {len(by_filing)}" if len(by_filing) > MOST_FILINGS else ""
    lead = "" if asked else f"No ownership reports by {who} are stored, but "
    b = Builder("records", f"{lead}{len(by_filing)} filing{'s' if len(by_filing) != 1 else ''} carr"
                           f"{'y' if len(by_filing) != 1 else 'ies'} a signature by {who}{more}, "
                           "as each signature block reads:")
    for fid, signed in list(by_filing.items())[:MOST_FILINGS]:
        blocks = "; ".join(f"“{s['signed']}”" + (f", dated {format_date(s['signed_on'])}" if s["signed_on"] else "")
                           for s in signed)
        add_filing_line(b, conn, fid, f": {blocks}.")
    if understanding.unresolved_insider and asked:
        b.answer.notes.append(f"{who} files no ownership reports of their own here; these are filings they signed.")
    return b.answer

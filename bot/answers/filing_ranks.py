"""Filings ranked by what they hold ("which filing has the most rows in Table II", "which Form 3 lists the most
holding rows", "which filing has the most different transaction codes", "the filing whose transactions span the
longest", "the most footnotes", "the most signatures"; the most reporting owners: ``rankings.rank_filings_by_owners``): a count over each filing's rows, footnotes or signatures,
largest first, each filing named by its form, date, owners and company, with its source. The scope (a company, an
insider, a form, dates) is the question's; an amendment's original is not counted."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from bot.answers.filters import where
from bot.answers.render import Answer
from bot.answers.render_records import Builder
from bot.answers.signed import add_filing_line
from bot.answers.understand import Understanding

MOST = 5


@dataclass(frozen=True)
class Measure:
    """What is counted per filing: its words, the SQL of the count (over ``e``, the filing's rows, or a table of
    its own) and the unit said."""

    words: str
    count: str
    source: str  # "entries": grouped over the filing's rows; else a table keyed by filing_id
    unit: str


_ROWS = "count(*)"
# (the words that ask it, what is counted), most specific first
MEASURES: list[tuple[re.Pattern, Measure]] = [
    (re.compile(r"\btable\s*(?:i|1)\b|\bnon-?derivative\b", re.I),
     Measure("rows in Table I", "sum(1 - e.is_derivative)", "entries", "Table I rows")),
    (re.compile(r"\btable\s*(?:ii|2)\b|\bderivative\b", re.I),
     Measure("rows in Table II", "sum(e.is_derivative)", "entries", "Table II rows")),
    (re.compile(r"\bholding\s+rows?\b|\bholdings?\s+(?:lines|entries)\b|\bpositions\b", re.I),
     Measure("holding rows", "sum(e.is_holding)", "entries", "holding rows")),
    (re.compile(r"\b(?:different|distinct)\s+(?:transaction\s+)?codes\b", re.I),
     Measure("different transaction codes", "count(DISTINCT e.transaction_code)", "entries", "codes")),
    (re.compile(r"\b(?:different|distinct)\s+(?:transaction\s+)?dates\b|\bmost\s+dates\b", re.I),
     Measure("different transaction dates", "count(DISTINCT e.transaction_date)", "entries", "dates")),
    (re.compile(r"\bspan\w*\b.*\blongest\b|\blongest\b.*\b(?:span|stretch)\b", re.I),
     Measure("the days between their first and last transactions",
             "CAST(julianday(max(e.transaction_date)) - julianday(min(e.transaction_date)) AS INTEGER)", "entries",
             "days")),
    (re.compile(r"\bsale\s+rows\b|\bsales?\s+lines\b", re.I),
     Measure("sale rows", "sum(e.transaction_code = 'S')", "entries", "sale rows")),
    (re.compile(r"\bfootnotes\b", re.I), Measure("footnotes", _ROWS, "footnotes", "footnotes")),
    (re.compile(r"\bsignatures\b|\bsignature\s+blocks\b", re.I), Measure("signatures", _ROWS, "signatures", "signatures")),
    (re.compile(r"\brows\b|\blines\b|\btransactions\b", re.I), Measure("rows", _ROWS, "entries", "rows")),
]
# "which filing has the most ...", "the form 3 with the most ...", "top 3 filings by number of ...", "longest span"
_ASKS = re.compile(r"\b(?:filings?|forms?(?:\s*[345](?:/a)?)?s?|form\s*[345]s?)\b[^?]*\b(?:most|longest|(?:largest|greatest|highest)\s+number)\b"
                   r"|\b(?:top\s+\d+|most)\s+(?:filings?|forms?)\s+by\b|\b(?:most|(?:largest|greatest|highest)\s+number)\b[^?]*\b(?:on|in)\s+(?:one|a\s+single)\s+"
                   r"(?:filing|form)\b", re.I)


def _measure(question: str) -> Measure | None:
    return next((m for pattern, m in MEASURES if pattern.search(question)), None)


def filings_ranked(understanding: Understanding, question: str, conn: sqlite3.Connection) -> Answer | None:
    """The filings of the scope ranked by the count the question asks ("which filing has the most rows in Table
    II"); None when it asks no such ranking of filings."""
    if not _ASKS.search(question) or understanding.spec.aggregation not in ("list", "biggest", "latest", "count", "holdings") or (
            (measure := _measure(question)) is None):
        return None
    clauses, params = where(understanding.filters().filing_filters())
    table = "entries e" if measure.source == "entries" else f"{measure.source} e"
    rows = conn.execute(
        f"SELECT e.filing_id, {measure.count} AS n FROM {table} JOIN filings f ON f.id = e.filing_id "
        f"WHERE {' AND '.join(clauses)} GROUP BY e.filing_id ORDER BY n DESC, e.filing_id LIMIT ?",
        (*params, MOST)).fetchall()
    if not rows or not rows[0]["n"]:
        return None
    limit = int(m[1]) if (m := re.search(r"\btop\s+(\d+)\b", question, re.I)) else 1 + sum(
        1 for r in rows[1:] if r["n"] == rows[0]["n"])
    b = Builder("records", f"Filings ranked by {measure.words}, the most first:")
    for fid, n in rows[:max(1, min(limit, MOST))]:
        add_filing_line(b, conn, fid, f": {n:,} {measure.unit}.")
    return b.answer

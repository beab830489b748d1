"""The filings' remarks, asked of directly ("which filings have an exhibit 24 power of attorney remark", "what do
the remarks on thiel's palantir form 4 say", "any remarks about a stock split"): each filing of the scope asked
(a company, an insider, a form, dates) whose remarks hold the topic named, newest first, with the remarks as
filed. A topic is read from a few words (an exhibit or power of attorney, a Rule 10b5-1 plan, a split, a group,
an offering, an amendment); without one, every filing with remarks."""

from __future__ import annotations

import re
import sqlite3

from bot.answers.filters import where
from bot.answers.render import Answer
from bot.answers.render_records import Builder
from bot.answers.signed import add_filing_line, filings_with_rows
from bot.answers.understand import Understanding

MOST_FILINGS = 12
# "remarks", "remark", "exhibit 24": the remarks asked of (not "remarkable")
_ASKS = re.compile(r"\bremarks?\b|\bexhibit\s*24(?:\.\d)?\b", re.I)
_FOOTNOTES = re.compile(r"\bfootnotes?\b", re.I)
# (the words naming a topic, what the remarks then hold: any one of the LIKE patterns)
TOPICS: list[tuple[re.Pattern, str, tuple[str, ...]]] = [
    (re.compile(r"\bexhibit\b|\bpower\s+of\s+attorney\b|\bpoa\b|\battorney\b", re.I), "a power of attorney",
     ("%attorney%", "%exhibit%")),
    (re.compile(r"\b10b5|\bplans?\b", re.I), "a Rule 10b5-1 plan", ("%10b5%", "% plan%")),
    (re.compile(r"\bsplits?\b", re.I), "a stock split", ("%-for-%split%", "%stock split%", "%forward split%",
                                                          "%reverse split%")),
    (re.compile(r"\bgroups?\b", re.I), "a group", ("%group%",)),
    (re.compile(r"\bipo\b|\bpublic\s+offering\b|\boffering\b", re.I), "an offering", ("%offering%",)),
    (re.compile(r"\bamend\w*\b", re.I), "an amendment", ("%amend%",)),
]


def _topic(question: str) -> tuple[str, tuple[str, ...]] | None:
    return next(((said, likes) for pattern, said, likes in TOPICS if pattern.search(question)), None)


def remarks_answer(understanding: Understanding, question: str, conn: sqlite3.Connection) -> Answer | None:
    """The filings whose remarks the question asks about, each with its remarks; None when it asks of no
    remarks, or none of the scope has any (then the question is answered as ever)."""
    if not _ASKS.search(question) or _FOOTNOTES.search(question):
        return None  # ("which footnotes or remarks mention a split": the footnote topics read both)
    topic = _topic(question)
    clauses, params = where(understanding.filters().filing_filters())
    likes = topic[1] if topic else ()
    said = f" about {topic[0]}" if topic else ""
    rows = conn.execute(
        "SELECT f.id, f.remarks FROM filings f WHERE " + " AND ".join(clauses)
        + " AND coalesce(trim(f.remarks), '') != ''"
        + (" AND (" + " OR ".join("lower(f.remarks) LIKE ?" for _ in likes) + ")" if likes else "")
        + " ORDER BY coalesce(f.period_of_report, f.filed_at) DESC, f.filed_at DESC",
        (*params, *likes)).fetchall()
    kept = filings_with_rows(conn, understanding.filters())  # "remarks on the ceo's filings": those filings
    rows = [r for r in rows if kept is None or r["id"] in kept]
    if not rows:
        return None
    more = f"; the newest {MOST_FILINGS} of {len(rows)}" if len(rows) > MOST_FILINGS else ""
    b = Builder("records", f"{len(rows)} filing{'s' if len(rows) != 1 else ''} carr{'y' if len(rows) != 1 else 'ies'} "
                           f"remarks{said}{more}, as filed:")
    for row in rows[:MOST_FILINGS]:
        add_filing_line(b, conn, row["id"], f": “{' '.join(row['remarks'].split())}”")
    return b.answer

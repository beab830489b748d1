""""Besides Michael Scarpelli, who else has filed at Snowflake?", "anyone other than thiel at pltr?": the other
insiders of the company named, leaving out the person named; "no other insider" when there are none. Words
like "besides" and "other than" usually ask to leave something out, which the engine refuses; next to "who
else" or "anyone" they ask for the others, and that is a list it can give."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from bot.answers.fetch import fetch
from bot.answers.messages import company_label, insider_label
from bot.answers.render import Answer, message
from bot.answers.render_positions import render_insiders
from bot.answers.understand import Understanding


def who_else_answer(understanding: Understanding, conn: sqlite3.Connection) -> Answer | None:
    """The insiders of the company other than the insider named; None without both a company and an insider."""
    company, insider = understanding.company, understanding.insider
    if company is None or insider is None:
        return None
    spec = understanding.spec.model_copy(update={"insider": None, "aggregation": "insiders"})
    others = replace(understanding, insider=None, spec=spec)
    excluded = set(insider.ciks)
    rows = [i for i in fetch(conn, others.filters(), "insiders", 50).insiders if i.owner_cik not in excluded]
    firm, person = company_label(company), insider_label(insider)
    if not rows:
        return message("insiders", f"Only {person} has filings stored for {firm}: no other insider does.")
    result = render_insiders(rows, firm or "", None, firm)
    result.notes.append(f"Leaving out {person}, as asked.")
    return result

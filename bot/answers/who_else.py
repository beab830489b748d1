""""Besides Michael Scarpelli, who else has filed at Snowflake?", "anyone other than thiel at pltr?": the other
insiders of the company named, leaving out the person named; "no other insider" when there are none. "PLTR
sales other than Thiel's", "tesla trades excluding musk": the trades of everyone else (``Filters.
excluded_owner_ciks``: the filings the person named is on are left out). A leaving-out word counts when the
insider's name follows it; otherwise the engine says it cannot leave things out."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import replace

from bot.answers.fetch import fetch
from bot.answers.messages import company_label, insider_label
from bot.answers.negation import LEAVING_OUT, LEAVING_OUT_WORDS
from bot.answers.render import Answer, message, preface
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


# A word that leaves out what follows it, up to three words before the insider's name ("besides thiel",
# "other than elon musk's", "excluding the ceo musk").
_LEAVING_OUT = re.compile(LEAVING_OUT_WORDS + r"\s+(?:\S+\s+){0,3}?$", re.I)


def leaves_out_insider(understanding: Understanding, question: str) -> bool:
    """The question names its insider right after a word that leaves it out."""
    insider = understanding.insider
    if insider is None or insider.via == "context":
        return False  # (with no company named: everyone else across the market, "leaving out golden properties")
    found = re.search(rf"\b{re.escape(insider.text)}", question, re.I)
    return found is not None and bool(
        _LEAVING_OUT.search(question[:found.start()]) or re.search(r"\bnot\s+(?:by|from)\s+$", question[:found.start()], re.I)
        or re.search(rf"\bleaving\s+{re.escape(insider.text)}\s+(?:out|aside)\b", question, re.I))  # "gifts leaving musk out"


def others_trades_answer(understanding: Understanding, conn: sqlite3.Connection, today: dt.date) -> Answer:
    """The trades (or totals) asked about at the company (or across the market) by everyone but the insider named."""
    from bot.answers.answer_kinds import records_answer

    insider, company = understanding.insider, understanding.company
    filers = replace(understanding, insider=None, spec=understanding.spec.model_copy(
        update={"insider": None, "aggregation": "insiders", "transaction": None}))
    if company is not None and not [i for i in fetch(conn, filers.filters(), "insiders", 50).insiders
                                    if i.owner_cik not in set(insider.ciks)]:
        return message("insiders", f"Only {insider_label(insider)} has filings stored for {company_label(company)}: "
                                   "no other insider does.")
    others = replace(understanding, insider=None, excluded_insider=insider,
                     spec=understanding.spec.model_copy(update={"insider": None}))
    result = records_answer(others, conn, today)
    preface(result, f"Leaving out {insider_label(insider)}, as asked (the filings they are on are not counted):")
    return result


def leaves_out_company(understanding: Understanding, question: str) -> bool:
    """The question names its company right after a word that leaves it out ("2025 sells ex wve", "leaving Wave
    aside") and names no insider."""
    company, question = understanding.company, understanding.question or question  # as read ("ex wve": excluding)
    if company is None or understanding.insider is not None or company.via == "context":
        return False
    found = re.search(rf"\b{re.escape(company.text.lstrip('$'))}", question, re.I)  # ("ex $wve")
    return found is not None and any(m.end() <= found.start() and re.fullmatch(r"\s*(?:the\s+)?\$?", question[m.end():found.start()])
                                     for m in LEAVING_OUT.finditer(question))  # ("excluding gifts, what did wave ...": no)


def other_companies_answer(understanding: Understanding, conn: sqlite3.Connection, today: dt.date,
                           question: str = "") -> Answer:
    """What was asked, across every company but the one named (with the figures asked of them: "the vwap of all
    2025 sells ex wve", the average price over the companies)."""
    from bot.answers.answer_kinds import records_answer
    from bot.answers.percents import asked_figures

    company = understanding.company
    others = replace(understanding, company=None, excluded_company=company, all_companies=True,
                     spec=understanding.spec.model_copy(update={"company": None}))
    result = records_answer(others, conn, today)
    result.notes[:0] = asked_figures(conn, others.filters(), question, across=True)
    preface(result, f"Leaving out {company_label(company)}, as asked (its filings are not counted):")
    return result


def leaving_out_answer(understanding: Understanding, question: str, conn: sqlite3.Connection, today: dt.date
                       ) -> Answer | None:
    """Everyone else's trades when the question leaves its insider out, every other company's when it leaves its
    company out; None when it leaves out neither."""
    if leaves_out_insider(understanding, question):
        return others_trades_answer(understanding, conn, today)
    if leaves_out_company(understanding, question):
        return other_companies_answer(understanding, conn, today, question)
    return None

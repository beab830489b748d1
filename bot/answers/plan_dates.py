"""When a Rule 10b5-1 plan was adopted, as the filings state it ("when did doe adopt her plan", "adams aapl 10b5
plan date"): no form has a field for it, so the date is read from the footnotes and remarks of the filings whose
rows the question selects ("... made under a Rule 10b5-1 trading plan adopted by the reporting person on December
1, 2023"), each with whose plan it is and where it is said."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import replace

from bot.answers import query
from bot.answers.dates import MONTHS
from bot.answers.filters import Filters
from bot.domain.formats import format_date
from bot.domain.vocab import display_name

_SET_UP = r"\b(?:set\s+up|put\s+in\s+place|enter\w*|start\w*|sign\w*)\b"
_PLAN = r"\b(?:plans?|10b5[\s-]*1)\b"
ASKS_ADOPTED = re.compile(rf"\badopt\w*|\b(?:10b5[\s-]*1|plan)\s+(?:adoption\s+)?dates?\b|\bsetting\s+up\b[^?]*{_PLAN}"
                          rf"|\bwhen\b[^?]*(?:{_PLAN}[^?]*{_SET_UP}|{_SET_UP}[^?]*{_PLAN})", re.I)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ADOPTED = re.compile(rf"\b(?:adopted|entered\s+into)\b[^.;]{{0,80}}?\b(?P<date>(?:{_MONTHS})\.?\s+\d{{1,2}},\s+\d{{4}})",
                      re.I)
MOST_FILINGS = 50


# "which plans were adopted during 2024": the time is the adoption's, not the trades'
_ADOPTED_IN = re.compile(r"\badopted\s+(?:[^?,.]{0,40}?\s)?(?:in|during|since|after|before|between|from|by)\s+(?:the\s+)?"
                         r"(?:\d|q[1-4]|h[12]|first|second|last|this|early|late|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def plan_dates_note(conn: sqlite3.Connection, filters: Filters, question: str = "") -> str | None:
    """'Rule 10b5-1 plan adoption dates the filings state: Dec 1, 2023 (Jane A. Doe, EXRB; footnote F1 of the
    Form 4 for May 15, 2024).' None when no filing in scope states one. A time said of the adoption ("adopted
    during 2024") picks the plans adopted then, from the filings of any time."""
    window = (str(filters.date_from or "0000"), str(filters.date_to or "9999"))
    adopted_in = bool(_ADOPTED_IN.search(question)) and (filters.date_from or filters.date_to)
    if adopted_in:
        filters = replace(filters, date_from=None, date_to=None)
    rows = query.entries(conn, filters, limit=query.MAX_SCAN_ROWS, counted=False)
    filings = list(dict.fromkeys(r["filing_id"] for r in rows))[:MOST_FILINGS]
    gap = bool(_GAP.search(question))
    said: dict[tuple[str, str], str] = {}
    for fid in filings:
        owner, ticker, period = _filing(conn, fid)
        for where, text in _texts(conn, fid):
            for m in _ADOPTED.finditer(text or ""):
                day = _iso(m["date"])
                if day is not None and (not adopted_in or window[0] <= day <= window[1]):
                    after = _first_sale_after(conn, fid, day) if gap else ""
                    said.setdefault((owner, day), f"{owner}, {ticker}; {where} of the filing for {format_date(period)}"
                                    f"{after}")
    if not said:
        return None
    return _longest(said, question) + "Rule 10b5-1 plan adoption dates the filings state: " + "; ".join(
        f"{format_date(day)} ({where})" for (_, day), where in sorted(said.items(), key=lambda kv: kv[0][1])) + "."


def _longest(said: dict[tuple[str, str], str], question: str) -> str:
    """'The longest from adoption to a first sale: Michael Feld, 322 days. ' when the longest (or shortest) wait
    is asked and the gaps are known; else ''."""
    asked = re.search(r"\b(?P<long>longest|most)\b|\b(?P<short>shortest|quickest|soonest|least)\b", question, re.I)
    gaps = [(int(m[1]), owner) for (owner, _), where in said.items() if (m := re.search(r", (\d+) days after", where))]
    if asked is None or not gaps:
        return ""
    days, owner = (max if asked["long"] else min)(gaps)
    return f"The {'longest' if asked['long'] else 'shortest'} from adoption to a first sale: {owner}, {days} days. "


# "how long from plan adoption to the sale", "days between adopting the plan and the first sale", "waited longest"
_GAP = re.compile(r"\bhow\s+long\b|\bdays?\b|\bgap\b|\bwait\w*|\bcooling[\s-]+off\b|\bbetween\b.*\bsell|\bsale\b.*\bafter\b", re.I)


def _first_sale_after(conn: sqlite3.Connection, filing_id: str, adopted: str) -> str:
    """'; its first sale here Dec 26, 2025, 322 days after adoption': the filing's earliest sale on or after
    the adoption day."""
    row = conn.execute("SELECT min(transaction_date) FROM entries WHERE filing_id = ? AND transaction_code = 'S' "
                       "AND transaction_date >= ?", (filing_id, adopted)).fetchone()
    if not row or not row[0]:
        return ""
    days = (dt.date.fromisoformat(row[0][:10]) - dt.date.fromisoformat(adopted)).days
    return f"; the filing's first sale under it {format_date(row[0])}, {days} days after adoption"


def _filing(conn: sqlite3.Connection, fid: str) -> tuple[str, str, str]:
    row = conn.execute("SELECT (SELECT name FROM filing_owners WHERE filing_id = f.id ORDER BY seq LIMIT 1), "
                       "coalesce(f.issuer_trading_symbol, ''), f.period_of_report FROM filings f WHERE f.id = ?",
                       (fid,)).fetchone()
    return display_name(row[0] or ""), row[1], row[2] or ""


def _texts(conn: sqlite3.Connection, fid: str) -> list[tuple[str, str]]:
    notes = conn.execute("SELECT footnote_id, text FROM footnotes WHERE filing_id = ? ORDER BY footnote_id",
                         (fid,)).fetchall()
    remarks = conn.execute("SELECT remarks FROM filings WHERE id = ?", (fid,)).fetchone()
    return [(f"footnote {n}", text) for n, text in notes] + ([("the remarks", remarks[0])] if remarks and remarks[0] else [])


def _iso(said: str) -> str | None:
    m = re.match(rf"({_MONTHS})\.?\s+(\d{{1,2}}),\s+(\d{{4}})", said, re.I)
    if m is None:
        return None
    return f"{m[3]}-{MONTHS[m[1].lower()]:02d}-{int(m[2]):02d}"

"""A figure stated as a premise ("musk sold 1 million tsla shares on nov 8 2021, right?", "did whiting get 50,000
options at tecogen?", "is it true thiel sold 20 million pltr shares in 2021?"): the engine never filters by it (it
is what the user believes, not what they ask for) but checks it against what the filings show, and leads the
answer with the verdict: yes (a row or the total is that figure), about (within 2%), or no, with the filed figure.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from bot.answers.figures import Figure, figure_of
from bot.answers.render import Answer, preface
from bot.domain.formats import fmt_shares

# "... right?", "correct?", "is it true ...", "did X get N options": a yes/no question stating a figure.
_CUE = re.compile(r"\b(?:right|correct|true|accurate|confirm|verify|yes\s+or\s+no)\b\W*$"
                  r"|^\s*(?:is\s+it\s+true|is\s+that\s+(?:right|correct)|can\s+you\s+confirm|confirm|verify|did|does|has|have|was)\b",
                  re.I)
_STATED = re.compile(r"(?<![\w$.,/-])(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|m|mm|million|thousand|bn|billion)?"
                     r"\s+(?:\$?[a-z]{1,6}\s+)?(?P<unit>shares|options|rsus|units|stock)\b", re.I)
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
CLOSE = 0.02  # "20 million" for 20,003,915: about right


def stated_shares(question: str) -> float | None:
    """The number of shares (options, units) a yes/no question states as a premise, else None."""
    found = _STATED.search(question)
    if found is None or not _CUE.search(question):
        return None
    try:
        return float(found["num"].replace(",", "")) * _MULTIPLIERS.get((found["mult"] or "").lower(), 1)
    except ValueError:
        return None


def verdict(stated: float, figure: Figure | None, row_shares: list[float]) -> str | None:
    """The premise checked against the filed total (``figure``) and the rows shown; None when nothing compares."""
    if figure is None or not figure.total.transactions or not figure.one_kind:
        return None
    total, filed, said = figure.total.shares, figure.words(False), fmt_shares(stated)
    if abs(total - stated) < 0.5 or any(abs(r - stated) < 0.5 for r in row_shares):
        return f"Yes: the filings show {said}" + ("." if abs(total - stated) < 0.5 else f" in one row ({filed} in all).")
    if abs(total - stated) <= CLOSE * stated:
        return f"About: the filings show {filed}, not exactly {said}."
    return f"No: the filings show {filed}, not {said}."


def check_premise(result: Answer, question: str, conn: sqlite3.Connection, query: dict) -> None:
    """Lead ``result`` (the answer to ``question``, which searched ``query``) with the verdict on a figure the
    question states, if it states one."""
    stated = stated_shares(question)
    if stated is None or result.kind not in ("records", "summary"):
        return
    rows = [r["shares"] for r in result.records if r.get("shares") is not None]
    said = verdict(stated, figure_of(conn, replace(result, query=query)), rows)
    if said:
        preface(result, said)

"""Questions of two clauses answered one after the other (a ``parts.Plan`` that combines them "both"): "did Musk
buy and did Thiel sell in 2024", "how much did X sell and how much does he still hold", "how many options did
Musk exercise on November 8, 2021, and how many shares did he sell that day" (the second clause's "that day"
is the first clause's), "feld bdx how many shrs sold n whats left"."""

from __future__ import annotations

import re

from bot.answers.parts import GIVE_AWAY, MEASURE, PERIOD, PRONOUN, Part, Plan, period_text, side_of

_CLAUSE_JOIN = re.compile(r",?\s+(?:and|&|n)\s+(?=(?:did|does|do|has|have|had|how|what|whats|who|when|was|were|is|"
                          r"are|which)\b)|\s*;\s*(?:and\s+)?(?:also\s+)?|,?\s+and\s+also\s+", re.I)  # "a; b", "a, and also b"
_LEADING = re.compile(r"^(?:(?:how\s+(?:much|many)|who|what|which|when|did|does|do|has|have|had|was|were|is|are|"
                      r"there|any|anyone|anybody)\s+)*", re.I)
# Besides trades and holdings, a clause may ask what was withheld or vested, what is left, who signed or a title.
_ALSO_MEASURE = re.compile(r"\b(?:withh(?:eld|olding)|vest(?:ed|ing)|left|remain(?:s|ing)?|sign(?:ed|s)?|signatures?|titles?|"
                           r"roles?)\b|\bwho(?:'?s|\s+is)\s+the\b", re.I)  # (and who signed, a title: "whos the cfo at exbt n did he sign")
# A second clause that only asks the first one's amount ("and how many shares were involved?").
_BARE_AMOUNT = re.compile(r"^how\s+(?:many|much)(?:\s+(?:shares?|stock|options?|units?))?(?:\s+(?:were|was|are|is))?"
                          r"(?:\s+(?:involved|affected|covered|concerned|in\s+(?:it|them|all|total)))?\s*\??$", re.I)
# The capitalised words that name a company or person ("Snowflake", "Scarpelli"), not a security's or a question's.
_NAMED = re.compile(r"(?<!^)(?<![.?!]\s)\b(?!(?:Class|Series|Common|Stock|Preferred|RSUs?|PSUs?|Form|Table|How|What|Which|Who|When|"
                    r"Did|Does|Was|Were|Is|Are|And|The|In|On|At|After|Before|January|February|March|April|May|June|July|"
                    r"August|September|October|November|December)\b)[A-Z][a-z]+(?:'s)?\b")
_SAME_TIME = re.compile(r"\b(?:that|the)(?:\s+same)?\s+(?:day|date|month|year|week|quarter)\b(?:'s)?", re.I)


def clauses(question: str) -> Plan | None:
    """'did Musk buy and did Thiel sell in 2024', 'how much did X sell and how much does he still hold'."""
    pieces = _CLAUSE_JOIN.split(question)
    if len(pieces) != 2 or not all(MEASURE.search(p) or _ALSO_MEASURE.search(p) for p in pieces):
        return None
    first, second = (p.strip(" ,") for p in pieces)
    if _BARE_AMOUNT.match(second):
        return None  # "which form 4 cites rule 16b-3, and how many shares were involved": one question's amount
    left, right = side_of(_LEADING.sub("", first)), side_of(_LEADING.sub("", second))
    if not PRONOUN.search(second):
        # What the second question says of its scope holds for the first when that one says nothing:
        # "who sold and who bought at TSLA", "did X buy and did Y sell in 2024".
        if not (left.name or left.rest) and right.rest:
            first = f"{first} {right.rest}"
        if right.period and not left.period:
            first = f"{first} {right.period}"
        if left.name and not right.rest and (not right.name or (
                _ALSO_MEASURE.search(right.name) and len(right.name.split()) <= 2)):
            second = f"{left.name} {second}"  # "feld bdx how many sold n whats left": whose, from the first
        elif (named := _NAMED.findall(first)) and not _NAMED.search(second):
            second = f"{' '.join(named)} {second}"  # "did Scarpelli hold ..., and how many after that day's sales"
    first, second = GIVE_AWAY.sub("gift", first), GIVE_AWAY.sub("gift", second)
    if (same := _SAME_TIME.search(second)) and (periods := [m.group(0) for m in PERIOD.finditer(first)]):
        # "... on November 8, 2021, and how many did he sell that day": the first part's time
        second = f"{second[:same.start()]}{' '.join(period_text(p) for p in periods)}{second[same.end():]}"
    parts = (Part(first, first), Part(second, second, refers_back=bool(PRONOUN.search(second))))
    return Plan("both", parts)

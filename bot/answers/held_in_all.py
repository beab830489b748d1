"""What the positions listed come to, said once after them: in all, by security ("how many isba shares does mcguirk
hold in total", "thiel pltr form 3 class a total all accounts": the shares held after each position's latest
filing, directly and indirectly, added up per security title), and which securities they are ("which securities
did thiel report on his 2020 palantir form 3": every title, with how many positions, not only the rows shown)."""

from __future__ import annotations

import re
import sqlite3

from bot.answers import query
from bot.answers.filters import Filters
from bot.answers.render import Answer
from bot.domain.formats import fmt_shares

ASKS_IN_ALL = re.compile(r"\b(?:in\s+total|total|combined|altogether|in\s+all|all\s+(?:his|her|their|the)\s+accounts|"
                         r"every\s+(?:account|entity))\b", re.I)
ASKS_SECURITIES = re.compile(r"\b(?:which|what)\s+(?:kinds?\s+of\s+|classes\s+of\s+|types?\s+of\s+)?"
                             r"(?:securities|classes|share\s+classes)\b", re.I)
SECURITIES_SCAN = 500  # positions read to name every security title


def positions_by_title(records: list[dict], by_title: dict[str, list[float]] | None = None,
                       seen: set | None = None) -> dict[str, list[float]]:
    """The shares held after each listed position (each once), per security title."""
    by_title = {} if by_title is None else by_title
    seen = set() if seen is None else seen
    for rec in records:
        key = (rec.get("filing_id"), rec.get("entry_id"))
        if rec.get("is_holding") is not None and rec.get("shares_owned_following") is not None and key not in seen:
            seen.add(key)
            by_title.setdefault(" ".join((rec.get("security_title") or "shares").split()), []).append(
                float(rec["shares_owned_following"]))
    return by_title


def shares_of(title: str) -> str:
    """'Ordinary Shares' as it is; 'Common Stock' as 'shares of Common Stock'."""
    return title if re.search(r"\bshares?\b", title, re.I) else f"shares of {title}"


def held_in_all(result: Answer) -> str | None:
    """'In all: 401,144.7327 shares of common in 3 positions.' per security title held in two positions or more."""
    parts = [f"{fmt_shares(sum(held))} {title} in {len(held)} positions"
             for title, held in positions_by_title(result.records).items() if len(held) > 1]
    return f"In all: {'; '.join(parts)}." if parts else None


def securities_note(conn: sqlite3.Connection, filters: Filters) -> str | None:
    """'Securities reported: Class A Common Stock (24 positions), Class B Common Stock (9 positions), Warrants (3
    positions).' Every title of the positions in scope, most positions first; None with fewer than two."""
    counts: dict[str, int] = {}
    for row in query.entries(conn, filters, order="holdings", limit=SECURITIES_SCAN, holdings=True, counted=False):
        title = " ".join((row["security_title"] or "untitled").split())
        counts[title] = counts.get(title, 0) + 1
    if len(counts) < 2:
        return None
    ranked = sorted(counts.items(), key=lambda tc: -tc[1])
    return "Securities reported: " + ", ".join(f"{t} ({n} position{'' if n == 1 else 's'})" for t, n in ranked) + "."


def holdings_notes(result: Answer, question: str, conn: sqlite3.Connection, filters: Filters) -> list[str]:
    """The notes a list of positions leads its notes with: the securities asked about, the total asked for."""
    notes = []
    if ASKS_SECURITIES.search(question) and (named := securities_note(conn, filters)):
        notes.append(named)
    if ASKS_IN_ALL.search(question) and not any(n.startswith("Together: ") for n in result.notes) and (
            total := held_in_all(result)):
        notes.append(total)
    return notes

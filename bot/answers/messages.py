"""Answers that are not records: help, "did you mean", "nothing found" (saying what was searched and what is
stored), and the words for whom an answer is about (its scope)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Literal

from bot.answers import query
from bot.answers.render import Answer, message
from bot.answers.resolve import Catalog, Match
from bot.answers.understand import Understanding
from bot.domain.formats import format_date
from bot.domain.text import issuer_label
from bot.domain.vocab import ROLE_LABELS, display_name
from storage.reader import ReadSource, reader_of

MAX_CANDIDATES = 8
HOW_TO_GET_MORE = ("To get more filings: `insiderbot sync` fetches the latest from EDGAR; "
                   "`insiderbot backfill --from YYYY-MM-DD --to YYYY-MM-DD --issuer TICKER` loads history.")
# In Slack nobody can run the CLI: a no-match says what the bot covers and what an admin can do instead.
SLACK_HOW_TO_GET_MORE = ("I answer from the insider filings (Forms 3, 4 and 5) this bot has stored. A company or "
                         "period that is not stored yet can be loaded by the bot's admin (a sync fetches the latest "
                         "filings from EDGAR; a backfill loads a company's history).")
Surface = Literal["terminal", "slack"]
EXAMPLES = [
    "What options did Tecogen's GC get?",
    "options granted to John Whiting",
    "Who sold $TSLA in 2021?",
    "Net buying by directors of PDEX since 2024",
    "How many shares does Reid Hoffman hold in Microsoft?",
    "Biggest open-market trades last month",
    "Who are the insiders at Snowflake?",
    "Which sales were under a 10b5-1 plan at DraftKings?",
]


def help_answer(db: ReadSource | None = None, headline: str | None = None) -> Answer:
    """What can be asked, with examples (and some stored companies when ``db`` is given)."""
    stored = []
    reader = reader_of(db) if db else None
    if reader and reader.path.exists():
        try:
            with query.connect(reader) as conn:
                if query.has_schema(conn):
                    stored = query.sample_companies(conn)
        except sqlite3.Error:
            stored = []
    lines = [f"• {q}" for q in EXAMPLES]
    notes = ["I understand companies (ticker or name), insiders (any part of the name), roles (GC, CEO, CFO, "
             "director, 10% owner…), securities (options, RSUs, PSUs, warrants, preferred, common), what "
             "happened (bought, sold, granted, exercised, tax withholding, gifted, converted), amounts (over $1M, "
             "at least 10,000 shares), amendments, dates (today, last week, past 90 days, Q3 2023, H1 2025, ytd, "
             "since March, between two dates) and totals, counts of transactions or filings, net buying, biggest "
             "and smallest trades, holdings, insiders, 10b5-1 (or not) and late filings. I don't know market "
             "prices, news or the future."]
    if stored:
        notes.append("Stored companies include: " + ", ".join(
            issuer_label(r["name"], r["trading_symbol"]) for r in stored) + ".")
    return message("help", headline or "Ask me about insider filings (Forms 3, 4, 5). For example:", lines, notes)


def no_database(db_path: Path) -> Answer:
    return message("error", f"There is no database at {db_path} yet.",
                   notes=["Run `insiderbot chat` once to load the bundled sample filings, or "
                          "`insiderbot sync` / `insiderbot backfill` to fetch filings from EDGAR."])


def stored_lines(conn: sqlite3.Connection, company: Match | None) -> list[str]:
    if company is not None:
        out = []
        for e in company.entities[:3]:
            s = query.issuer_summary(conn, e.cik)
            if not s["filings"]:
                out.append(f"Nothing is stored for {issuer_label(e.name, e.ticker)} yet.")
                continue
            out.append(
                f"Stored for {issuer_label(e.name, e.ticker)}: {s['filings']} "
                f"{'filing' if s['filings'] == 1 else 'filings'} from {format_date(s['first_date'])} to "
                f"{format_date(s['last_date'])} ({s['transactions']} "
                f"{'transaction' if s['transactions'] == 1 else 'transactions'}, {s['insiders']} "
                f"{'insider' if s['insiders'] == 1 else 'insiders'})."
            )
        return out
    s = query.store_summary(conn)
    return [f"The database holds {s['filings']} filings for {s['issuers']} companies, with transactions from "
            f"{format_date(s['first_date'])} to {format_date(s['last_date'])}."]


def ambiguous(kind: str, match: Match, conn: sqlite3.Connection, catalog: Catalog) -> Answer:
    candidates = []
    lines = []
    for e in match.entities[:MAX_CANDIDATES]:
        if kind == "company":
            label = issuer_label(e.name, e.ticker)
            candidates.append({"kind": "company", "cik": e.cik, "name": e.name, "ticker": e.ticker, "label": label,
                               "asked": match.text})
        else:
            at = [catalog.issuers[r["issuer_cik"]] for r in query.issuers_of_owners(conn, [e.cik])[:3]
                  if r["issuer_cik"] in catalog.issuers]
            where = ", ".join(a.ticker or a.name for a in at)
            label = display_name(e.name) + (f" ({where})" if where else "")
            candidates.append({"kind": "insider", "cik": e.cik, "name": e.name, "label": label, "asked": match.text})
        lines.append(f"{len(lines) + 1}. {label}")
    more = len(match.entities) - MAX_CANDIDATES
    notes = [f"…and {more} more; add more of the name{' or use the ticker' if kind == 'company' else ''}."] \
        if more > 0 else []
    return message("ambiguous", f"Which {kind} do you mean by “{match.text}”? Did you mean:", lines, notes, candidates)


def ticker_guesses(understanding: Understanding) -> Answer:
    """An unknown ticker one keystroke from stored ones: ask, never guess."""
    asked = understanding.guessed_from or ""
    candidates, lines = [], []
    for e in understanding.ticker_guesses:
        label = issuer_label(e.name, e.ticker)
        candidates.append({"kind": "company", "cik": e.cik, "name": e.name, "ticker": e.ticker, "label": label,
                           "asked": asked})
        lines.append(f"{len(lines) + 1}. {label}")
    return message("ambiguous", f"No company with the ticker {asked} is stored. Did you mean:", lines,
                   candidates=candidates)


def no_match(understanding: Understanding, conn: sqlite3.Connection, scope: str, searched: str) -> Answer:
    special = {"holdings": "holdings", "insiders": "insiders", "plan_10b5_1": "trades under a 10b5-1 plan",
               "not_plan_10b5_1": "trades not marked as under a 10b5-1 plan", "late": "late filings"}
    if understanding.spec.aggregation == "count" and understanding.spec.count_unit == "filings":
        special["count"] = "filings"
    what = special.get(understanding.spec.aggregation, searched)
    if understanding.spec.aggregation in special and searched:
        what = f"{what} ({searched})"
    if not (understanding.spec.transaction or understanding.spec.security) and understanding.spec.aggregation not in special:
        what = f"transactions {what}".strip()
    headline = f"No {what} found for {scope}."
    spec = understanding.spec
    if spec.aggregation == "insiders" and spec.role and understanding.company and not understanding.insider:
        headline = (f"No {ROLE_LABELS[spec.role]} is on file for {company_label(understanding.company)}: none of "
                    "its stored filings lists one.")
    notes = stored_lines(conn, understanding.company)
    if understanding.insider and not understanding.insider.ambiguous:
        at = [catalog_issuer for r in query.issuers_of_owners(conn, understanding.insider.ciks)[:5]
              if (catalog_issuer := query.issuer_row(conn, r["issuer_cik"])) is not None]
        if at:
            names = ", ".join(issuer_label(r["name"], r["trading_symbol"]) for r in at)
            notes.append(f"{insider_label(understanding.insider)} has filings stored for: {names}.")
    notes.append(HOW_TO_GET_MORE)
    return message("no_match", headline, notes=notes)


def company_label(match: Match | None) -> str | None:
    if match is None:
        return None
    if len(match.entities) == 1:
        e = match.entities[0]
        return issuer_label(e.name, e.ticker)
    return " / ".join(issuer_label(e.name, e.ticker) for e in match.entities[:3])


def insider_label(match: Match | None) -> str | None:
    if match is None:
        return None
    if len(match.entities) == 1:
        return display_name(match.entities[0].name)
    return f"{match.text} ({len(match.entities)} reporting owners)"


def scope_words(understanding: Understanding) -> str:
    company = company_label(understanding.company)
    who = insider_label(understanding.insider)
    if understanding.spec.role and not who:
        plural = understanding.role_plural or not company
        who = f"the {ROLE_LABELS[understanding.spec.role]}{'s' if plural else ''}"
    if who and company:
        return f"{who} at {company}" if understanding.insider else f"{who} of {company}"
    return who or company or "all companies"


def for_surface(result: Answer, surface: Surface) -> Answer:
    """The answer as its reader's surface can use it: in Slack, the CLI's commands become what the bot covers
    and what an admin can do (once)."""
    if surface != "slack":
        return result
    notes = [SLACK_HOW_TO_GET_MORE if "`insiderbot " in note else note for note in result.notes]
    if result.kind == "no_match" or "is not a company or insider" in result.headline:
        notes.append(SLACK_HOW_TO_GET_MORE)  # a name not stored: what an admin can do about it, in every case
    result.notes = list(dict.fromkeys(notes))
    return result

"""Filings that report holdings and no transactions (a Form 3, a Form 5 or 4 of positions only): a list of a
person's or a company's transactions names them after the trades, so "reid hoffman filings" also shows the
LinkedIn Form 3, never as if it were a trade."""

from __future__ import annotations

import sqlite3

from bot.answers.filters import FILED_AS_OF, Filters, where
from bot.answers.records import filing_url
from bot.answers.render import Answer, Line, Source
from bot.domain.formats import format_date
from bot.domain.text import issuer_label

HOLDINGS_ONLY_MAX = 5


def holdings_only_filings(conn: sqlite3.Connection, filters: Filters, limit: int = HOLDINGS_ONLY_MAX + 1
                          ) -> list[sqlite3.Row]:
    """Filings in scope with positions but no transaction rows, newest first, with their position count."""
    clauses, params = where(filters.filing_filters(
        "NOT EXISTS (SELECT 1 FROM entries t WHERE t.filing_id = f.id AND t.is_holding = 0)"))
    return conn.execute(
        "SELECT f.id AS filing_id, f.document_type, f.form, f.period_of_report, f.filed_at, f.signed_at, "
        "f.accession_number, f.source, f.issuer_cik, coalesce(i.name, f.issuer_name) AS issuer_name, "
        "coalesce(i.trading_symbol, f.issuer_trading_symbol) AS ticker, "
        "(SELECT count(*) FROM entries h WHERE h.filing_id = f.id) AS positions "
        "FROM filings f LEFT JOIN issuers i ON i.cik = f.issuer_cik "
        f"WHERE {' AND '.join(clauses)} AND EXISTS (SELECT 1 FROM entries h WHERE h.filing_id = f.id) "
        f"ORDER BY {FILED_AS_OF} DESC LIMIT ?",
        (*params, limit),
    ).fetchall()


def add_holdings_only(answer: Answer, filings: list[sqlite3.Row]) -> None:
    """Lines after the trades: 'Also filed, with holdings and no transactions:', then each such filing with
    its source ('the Form 3 of LINKEDIN CORP (LNKD) for May 18, 2011 (2 positions).')."""
    if not filings:
        return
    shown = filings[:HOLDINGS_ONLY_MAX]
    more = f" (the {len(shown)} newest)" if len(filings) > HOLDINGS_ONLY_MAX else ""
    answer.lines.append(Line(f"Also filed, with holdings and no transactions{more}:"))
    known = {s.filing_id: i for i, s in enumerate(answer.sources)}
    for f in shown:
        form = f"Form {f['document_type'] or f['form']}"
        n = f["positions"]
        line = Line(f"The {form} of {issuer_label(f['issuer_name'], f['ticker'])} for "
                    f"{format_date(f['period_of_report'] or f['filed_at'])} ({n} position{'' if n == 1 else 's'}).")
        if f["filing_id"] not in known:
            when = f"filed {format_date(f['filed_at'])}" if f["filed_at"] else \
                (f"signed {format_date(f['signed_at'])}" if f["signed_at"] else "")
            known[f["filing_id"]] = len(answer.sources)
            answer.sources.append(Source(f"{form} {when}".strip(),
                                         filing_url(f["issuer_cik"], f["accession_number"], f["source"]), f["filing_id"]))
        line.source = known[f["filing_id"]]
        answer.lines.append(line)

"""The days from a filing's transactions to its signature and to its filing ("how many days between the sale and
the signature", "how long after the trade was dodge's form 4 filed", "which form 4s were signed more than 30 days
after their transaction dates", "the longest lag between trade and filing"): each filing of the scope asked (a
company, an insider, a form, dates; only the filings with the kind of trade asked), with its transaction days, who
signed it and when, how many days after the first (and the last) transaction that was, and for a Form 4 the day it
was due (two business days after the trade). Ranked by the lag, or cut to those over a number of days, when the
question asks so."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from bot.answers.ask_words import LAG_RANKED, asks_lag, lag_over
from bot.answers.filters import where
from bot.answers.flags import add_business_days
from bot.answers.lexicon import NEWEST
from bot.answers.messages import scope_words
from bot.answers.render import Answer, message
from bot.answers.render_records import Builder
from bot.answers.signed import add_filing_line, filings_with_rows, signature_blocks
from bot.answers.understand import Understanding
from bot.domain.formats import format_day

MOST_FILINGS = 12


@dataclass(frozen=True)
class Lag:
    filing_id: str
    form: str
    first: dt.date
    last: dt.date
    signed: dt.date | None
    filed: dt.date | None

    @property
    def days(self) -> int | None:
        """Days from the first transaction to the signature (else to the filing): the longest wait it reports."""
        end = self.signed or self.filed
        return (end - self.first).days if end else None

    @property
    def days_from_last(self) -> int:
        return ((self.signed or self.filed or self.last) - self.last).days


def _lags(conn: sqlite3.Connection, understanding: Understanding) -> list[Lag]:
    clauses, params = where(understanding.filters().filing_filters())
    rows = conn.execute(
        "SELECT f.id, coalesce(f.document_type, f.form) AS form, coalesce(min(e.transaction_date), f.period_of_report) "
        "AS first, coalesce(max(e.transaction_date), f.period_of_report) AS last, f.signed_at, f.filed_at FROM filings f "
        "LEFT JOIN entries e ON e.filing_id = f.id AND e.is_holding = 0 AND e.transaction_date IS NOT NULL "
        f"WHERE {' AND '.join(clauses)} GROUP BY f.id",  # (a Form 3: its event, the period of report)
        params).fetchall()

    def day(value: str | None) -> dt.date | None:
        try:
            return dt.date.fromisoformat(value[:10]) if value else None
        except ValueError:
            return None

    found = [Lag(r["id"], r["form"], d1, d2, day(r["signed_at"]), day(r["filed_at"]))
             for r in rows if (d1 := day(r["first"])) and (d2 := day(r["last"]))]
    kept = filings_with_rows(conn, understanding.filters())  # "musk's gifts": the filings with gifts
    return [lag for lag in found if lag.days is not None and (kept is None or lag.filing_id in kept)]


def _signers(blocks: list) -> str:
    names = [b["name"] for b in blocks if b["name"]]
    return f" by {'; '.join(f'“{n}”' for n in names)}" if names else ""


def _line(lag: Lag, signers: str) -> str:
    event = "event" if lag.form.startswith("3") else "transaction"  # (a Form 3 reports holdings as of its event)
    traded = (f"{event} {format_day(lag.first)}" if lag.first == lag.last
              else f"{event}s {format_day(lag.first)} to {format_day(lag.last)}")
    days, last = lag.days or 0, lag.days_from_last
    after = "the same day (0 days)" if days == 0 else f"{-days} day{'s' if days != -1 else ''} before the {event}" if (
        days < 0) else f"{days} day{'s' if days != 1 else ''} after the {event}" if (
        lag.first == lag.last) else f"{days} days after the first and {last} day{'s' if last != 1 else ''} after the last"
    said = [f"signed{signers} {format_day(lag.signed)}, {after}" if lag.signed else f"filed {format_day(lag.filed)}, {after}"]
    if lag.signed and lag.filed and lag.filed != lag.signed:
        said.append(f"filed {format_day(lag.filed)}")
    if lag.form.startswith("4") and not lag.form.endswith("/A"):
        due = add_business_days(lag.first, 2)
        said.append(f"due {format_day(due)} (two business days): {'late' if (lag.filed or lag.signed) > due else 'on time'}")
    return f": {traded}; {'; '.join(said)}."


def filing_lag_answer(understanding: Understanding, question: str, conn: sqlite3.Connection) -> Answer | None:
    """The days from each filing's transactions to its signature and filing; None when not asked, or no filing of
    the scope has transactions."""
    if not asks_lag(question):
        return None
    lags = _lags(conn, understanding)
    over = lag_over(question)
    if over:
        lags = [lag for lag in lags if (lag.days or 0) > over[0] or (over[2] and (lag.days or 0) == over[0])]
        if not lags:  # "signed more than 500 days after": none, said so
            return message("no_match", f"No filing{' of ' + scope_words(understanding) if understanding.insider or understanding.company else ''} "
                                       f"was signed {'at least' if over[2] else 'more than'} {over[1]} after a transaction.")
    if not lags:
        return None
    ranked = bool(over or LAG_RANKED.search(question))
    lags.sort(key=(lambda lag: (-(lag.days or 0), lag.filing_id)) if ranked else (lambda lag: (lag.last, lag.filing_id)),
              reverse=not ranked)
    if not ranked and NEWEST.search(question):
        lags = lags[:1]  # "musk's most recent form 4": that one
    more = f"; the first {MOST_FILINGS} of {len(lags)}" if len(lags) > MOST_FILINGS else ""
    said = f" signed {'at least' if over[2] else 'more than'} {over[1]} after a transaction" if over else ""
    order = "longest first" if ranked else "newest first"
    b = Builder("records", f"{len(lags)} filing{'s' if len(lags) != 1 else ''}{said}, the days from the transactions to "
                           f"the signature, {order}{more}:")
    blocks = signature_blocks(conn, [lag.filing_id for lag in lags[:MOST_FILINGS]])
    for lag in lags[:MOST_FILINGS]:
        add_filing_line(b, conn, lag.filing_id, _line(lag, _signers(blocks.get(lag.filing_id, []))))
    if any(lag.form == "4" for lag in lags[:MOST_FILINGS]):
        b.answer.notes.append("A Form 4 is due two business days after the transaction (federal holidays excluded).")
    return b.answer

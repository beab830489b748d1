"""What an insider kept of an award once the shares withheld for taxes are taken off: "lamercie kept how many
shares from the psu after tax", "rsu shares settled minus shares withheld", "how many did markham keep after the
sell-to-cover". Per filing: the shares of stock received (Table I rows acquired by a grant, an exercise or a
settlement: codes A, M, X) minus those withheld to pay taxes or the exercise price (code F) or, when the
question says so, sold to cover them (code S); each figure with the rows it comes from."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace

from bot.answers.filters import Filters
from bot.answers.query import MAX_SCAN_ROWS, entries
from bot.answers.records import Record, build_records
from bot.answers.render import Answer
from bot.answers.render_records import Builder
from bot.domain.codes import code_word
from bot.domain.formats import fmt_shares, format_date

RECEIVED = ("A", "M", "X")  # a grant, an exercise or conversion, an exercise of an in-the-money derivative
WITHHELD = ("F",)
SHOWN = 5  # filings shown, newest first


@dataclass
class Kept:
    """One filing's award: the rows received, the rows given up for taxes, and what is left."""

    received: list[Record] = field(default_factory=list)
    given_up: list[Record] = field(default_factory=list)

    @property
    def received_shares(self) -> float:
        return sum(r.shares or 0 for r in self.received)

    @property
    def given_up_shares(self) -> float:
        return sum(r.shares or 0 for r in self.given_up)

    @property
    def kept(self) -> float:
        return self.received_shares - self.given_up_shares


def kept_after_tax(conn: sqlite3.Connection, filters: Filters, *, sold_to_cover: bool = False) -> list[Kept]:
    """The filings of the scope (newest first) that both received stock and gave some up for taxes."""
    scoped = replace(filters, kinds=(), security=None, min_shares=None, max_shares=None, min_value=None,
                     max_value=None, min_price=None, max_price=None)
    rows = [r for r in entries(conn, scoped, limit=MAX_SCAN_ROWS, counted=False) if not r["is_derivative"]]
    given_up_codes = WITHHELD + (("S",) if sold_to_cover else ())
    by_filing: dict[str, Kept] = {}
    for rec in build_records(conn, rows, scoped):
        code, way = rec.transaction_code or "", (rec.acquired_disposed or "").upper()
        if rec.shares is None:
            continue
        if code in RECEIVED and way == "A":
            by_filing.setdefault(rec.filing_id, Kept()).received.append(rec)
        elif code in given_up_codes and way == "D":
            by_filing.setdefault(rec.filing_id, Kept()).given_up.append(rec)
    return [k for k in by_filing.values() if k.received and k.given_up]


def _codes(records: list[Record]) -> str:
    letters = sorted({r.transaction_code or "" for r in records})
    return ", ".join(f"code {c}, {code_word(c)}" for c in letters)


def _headline(one: Kept, scope: str) -> str:
    first = one.received[0]
    owner = first.owners[0].display if first.owners else scope
    title = first.security_title or "stock"
    days = sorted({r.transaction_date for r in one.received + one.given_up if r.transaction_date})
    when = format_date(days[0]) if len(days) == 1 else f"{format_date(days[0])} to {format_date(days[-1])}"
    return (f"{owner} kept {fmt_shares(one.kept)} shares of {title} ({when}): {fmt_shares(one.received_shares)} "
            f"received ({_codes(one.received)}) minus {fmt_shares(one.given_up_shares)} given up to pay taxes "
            f"({_codes(one.given_up)}).")


def kept_answer(conn: sqlite3.Connection, filters: Filters, scope: str, *, sold_to_cover: bool = False
                ) -> Answer | None:
    """Each filing's received, given up and kept, newest first, with its rows; a total over several; None when no
    filing of the scope both received stock and withheld some."""
    found = kept_after_tax(conn, filters, sold_to_cover=sold_to_cover)
    if not found:
        return None
    several = len(found) > 1
    b = Builder("records", f"Kept after taxes, {scope}: {fmt_shares(sum(one.kept for one in found))} shares over "
                           f"{len(found)} filings." if several else _headline(found[0], scope))
    for one in found[:SHOWN]:
        if several:
            b.add_line(_headline(one, scope))
        for rec in one.received + one.given_up:
            b.add_record(rec)
    b.answer.notes.append("Kept = shares received (grant, exercise or settlement) minus shares withheld for taxes "
                          "or the exercise price (code F) on the same filing.")
    return b.answer

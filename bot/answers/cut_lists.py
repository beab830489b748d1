"""A list answer cut at N rows still accounts for every row it matched: it leads with the total of all of them
(per transaction code and security, per company when several) and sums the rows it did not show, one line per
insider, company, code and security ("Also matched, not shown: Jessica Snow (TSVT): 1 grant (code A), 70,750
options, Jan 6, 2025")."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answers.fetch import _page as page
from bot.answers.fetch import fetch
from bot.answers.filters import Filters
from bot.answers.records import Brief, Fetched, Record, brief_records
from bot.answers.render import Answer, Line
from bot.answers.render_totals import amount_of
from bot.answers.sums import TotalRow
from bot.domain.codes import code_word, group_name, is_open_market
from bot.domain.formats import fmt_money, fmt_shares, format_date
from bot.domain.vocab import SECURITY_LABELS
from bot.domain.wording import unit_word

TOTAL_ROWS_MAX = 4  # sums named in the lead of a cut list
REST_SCAN = 400  # rows read to sum the ones not shown
REST_GROUPS_MAX = 12  # groups of rows not shown, one line each


@dataclass
class _Group:
    who: str
    code: str
    unit: str
    rows: int = 0
    shares: float = 0.0
    first: str = ""
    last: str = ""

    def add(self, rec: Record | Brief) -> None:
        self.rows += 1
        self.shares += rec.shares or 0.0
        day = (rec.transaction_date or rec.period_of_report or "")[:10]
        self.first = min(filter(None, (self.first, day)), default="")
        self.last = max(self.last, day)

    @property
    def text(self) -> str:
        span = format_date(self.first) if self.first == self.last else \
            f"{format_date(self.first)} to {format_date(self.last)}"
        rows = f"{self.rows:,} {'transaction' if self.rows == 1 else 'transactions'}"
        return (f"{self.who}: {rows} (code {self.code}, {code_word(self.code)}), "
                f"{fmt_shares(self.shares)} {self.unit}, {span}")


def _who(rec: Record | Brief) -> str:
    lead = rec.lead_owners
    name = lead[0].display if lead else "An insider"
    more = f" and {len(lead) - 1} other owners" if len(lead) > 1 else ""
    return f"{name}{more} ({rec.ticker or rec.issuer_name or 'unnamed company'})"


def rest_groups(records: Sequence[Record | Brief], most: int | None = None) -> tuple[list[str], int]:
    """The rows not shown, summed per insider, company, code and kind of security, most rows first: the first
    ``most`` groups in words (all when None), and how many groups in all."""
    groups: dict[tuple, _Group] = {}
    for rec in records:
        unit = unit_word(rec.security_kind, rec.is_derivative)
        key = (_who(rec), rec.transaction_code or "?", unit)
        groups.setdefault(key, _Group(*key)).add(rec)
    ordered = sorted(groups.values(), key=lambda g: -g.rows)
    return [g.text for g in ordered[:most]], len(ordered)


def total_phrase(t: TotalRow) -> str:
    """'934,091 shares of common stock disposed of (sales, code S) in 49 transactions, $1,102,342,478.72'; a row
    summing several companies counts transactions, not shares (shares of different companies do not add)."""
    group = (group_name(t.code) or code_word(t.code)).lower()
    n = f"{t.transactions:,} {'transaction' if t.transactions == 1 else 'transactions'}"
    direction = {"A": " acquired", "D": " disposed of"}.get((t.acquired_disposed or "").upper(), "")
    spanned = t.company_count or len(t.issuers)
    of = f" in {SECURITY_LABELS[t.kind] if t.kind in ('common', 'preferred') else unit_word(t.kind, True)}" \
        if t.kind else ""
    what = f"{n}{of} at {spanned:,} companies ({group}, code {t.code}{direction and ','}{direction})" if spanned > 1 \
        else f"{amount_of(t)}{direction} ({group}, code {t.code}) in {n}"
    at = f" at {t.issuer_label}" if t.issuer_label and spanned <= 1 else ""
    value = f", {fmt_money(t.value)}" if t.priced and is_open_market(t.code) else ""
    return f"{what}{at}{value}"


def lead_total(totals: list[TotalRow]) -> str:
    """'In all: ... .' naming the largest sums first."""
    rows = sorted(totals, key=lambda t: -t.transactions)
    more = len(rows) - TOTAL_ROWS_MAX
    tail = f"; and {more:,} smaller {'group' if more == 1 else 'groups'}" if more > 0 else ""
    return f"In all: {'; '.join(map(total_phrase, rows[:TOTAL_ROWS_MAX]))}{tail}."


def account_for_cut(result: Answer, conn: sqlite3.Connection, filters: Filters, fetched: Fetched,
                    aggregation: str, today: dt.date | None) -> Answer:
    """Lead a cut list with the total of every row matched and end it with the rows not shown, summed
    (``aggregation`` list, or plan_10b5_1 / late, whose rows are chosen after the query: no total in SQL)."""
    shown = {r.entry_id for r in fetched.records}
    if fetched.holdings_only or len(shown) >= fetched.total_matches or not shown:
        return result
    totals = fetch(conn, filters, "total", 0, today=today).totals if aggregation == "list" else []
    wider = _wider(conn, filters, fetched, aggregation, today)
    rest, groups = rest_groups([r for r in wider if r.entry_id not in shown], REST_GROUPS_MAX)
    tail = []
    if rest:
        more = f" (and {groups - REST_GROUPS_MAX:,} more groups)" if groups > REST_GROUPS_MAX else ""
        tail = [Line(f"Also matched, not shown{more}:", rest)]
    if totals:
        result.headline = f"{lead_total(totals)} {result.headline}"
    result.lines += tail
    return result


def _wider(conn: sqlite3.Connection, filters: Filters, fetched: Fetched, aggregation: str, today: dt.date | None
           ) -> Sequence[Record | Brief]:
    """The first REST_SCAN rows of the list, newest first. Rows chosen after the query were all read already (the
    same query, newest first): no second pass. A plain list reads its rows again, as far as REST_SCAN, and only
    what a summary says of them (``records.brief_records``): the rows ``fetch`` would give, as it reads them."""
    if fetched.chosen is not None:
        return fetched.chosen[:REST_SCAN]
    if aggregation != "list":
        return fetch(conn, filters, aggregation, REST_SCAN, today=today).records
    rows, _ = page(conn, filters, "recent", REST_SCAN)
    return brief_records(conn, rows, filters)

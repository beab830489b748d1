"""Matching rules against new filings, in Python over rows read once per pass (1,000 rules over 500 filings
is a million cheap checks, not a million queries).

A filings rule holds for a filing when every condition it sets holds: the company, an owner (by CIK), an
owner's role, the channel's watchlist (the company or an owner watched), the form and amendment, and, when
the rule is about transactions (a kind, a security or an amount), at least one transaction row of that
kind and security at that price, with the filing's shares and dollar value of those rows within the rule's
bounds (a sale executed in twenty lots is one $2M sale). Dollar values come from open-market rows (P, S)
with a price only, as in answers.

A cluster rule holds for a filing with an open-market purchase that makes 3 or more different insiders of
its company buying within 10 days (the buys filed before it plus its own), and did not before it: it is
told when the third buy lands, not before, and not again for the fourth.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from bot.alerts.reads import NewFiling, purchases_around
from bot.alerts.rules import CLUSTER_DAYS, CLUSTER_MIN_INSIDERS, Rule
from bot.domain.codes import OPEN_MARKET_CODES


@dataclass(frozen=True)
class Watched:
    """A channel's watchlist: the companies and insiders it follows, by CIK."""

    issuers: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()

    def covers(self, filing: NewFiling) -> bool:
        return filing.issuer_cik in self.issuers or any(o.cik in self.owners for o in filing.owners)


def _within(value: float | None, least: float | None, most: float | None, strict: bool) -> bool:
    if least is None and most is None:
        return True
    if value is None:
        return False
    if least is not None and (value <= least if strict else value < least):
        return False
    return not (most is not None and (value >= most if strict else value > most))


def _row_price(record) -> float | None:
    return record.conversion_or_exercise_price if record.is_derivative else record.price_per_share


@dataclass(frozen=True)
class Matcher:
    """A filings rule made ready to check many filings: its sets and codes worked out once."""

    rule: Rule
    issuers: frozenset[str]
    owners: frozenset[str]
    roles: frozenset[str]
    codes: frozenset[str]
    on_rows: bool

    def matches(self, filing: NewFiling, watched: Watched = Watched()) -> bool:
        rule = self.rule
        if self.issuers and filing.issuer_cik not in self.issuers:
            return False
        if self.owners and not any(o.cik in self.owners for o in filing.owners):
            return False
        if self.roles and not any(o.roles & self.roles for o in filing.owners):
            return False
        if rule.watched and not watched.covers(filing):
            return False
        if rule.form and filing.form != rule.form:
            return False
        if rule.amendments_only and not filing.is_amendment:
            return False
        return self._rows_hold(filing) if self.on_rows else True

    def _rows_hold(self, filing: NewFiling) -> bool:
        rule, codes = self.rule, self.codes
        rows = [r for r in filing.records
                if (not codes or (r.transaction_code or "").upper() in codes)
                and (rule.security is None or r.security_kind == rule.security)
                and _within(_row_price(r), rule.min_price, rule.max_price, rule.strict_bounds)]
        if not rows:
            return False
        shares = [r.shares for r in rows if r.shares is not None]
        if not _within(sum(shares) if shares else None, rule.min_shares, rule.max_shares, rule.strict_bounds):
            return False
        valued = [r.shares * r.price_per_share for r in rows
                  if (r.transaction_code or "").upper() in OPEN_MARKET_CODES and not r.is_derivative
                  and r.shares is not None and r.price_per_share and r.price_per_share > 0]
        return _within(sum(valued) if valued else None, rule.min_value, rule.max_value, rule.strict_bounds)


def matcher(rule: Rule) -> Matcher:
    return Matcher(rule, frozenset(rule.issuer_ciks), frozenset(rule.owner_ciks), frozenset(rule.roles),
                   frozenset(rule.row_filters().codes), rule.on_rows)


def filing_matches(rule: Rule, filing: NewFiling, watched: Watched = Watched()) -> bool:
    """Whether a filings rule holds for ``filing`` (``watched``: the rule's channel's watchlist)."""
    return matcher(rule).matches(filing, watched)


def third_buys(conn: sqlite3.Connection, filings: Iterable[NewFiling], up_to_rowid: int) -> set[str]:
    """The filings among ``filings`` whose purchase makes a cluster: ``CLUSTER_MIN_INSIDERS`` or more different
    insiders of the company bought within ``CLUSTER_DAYS`` days up to its date, counting filings stored up to
    it, when there were fewer without it."""
    out: set[str] = set()
    for filing in filings:
        buys = filing.purchases()
        if not buys or not filing.owners:
            continue
        day = max(r.transaction_date[:10] for r in buys if r.transaction_date) if any(
            r.transaction_date for r in buys) else None
        if day is None:
            continue
        since = (dt.date.fromisoformat(day) - dt.timedelta(days=CLUSTER_DAYS)).isoformat()
        until = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
        earlier = {p.buyer_cik for p in purchases_around(conn, filing.issuer_cik, since, until, up_to_rowid)
                   if p.rowid < filing.rowid}
        buyer = filing.owners[0].cik
        if len(earlier) < CLUSTER_MIN_INSIDERS <= len(earlier | {buyer}):
            out.add(filing.filing_id)
    return out


def cluster_matches(rule: Rule, filing: NewFiling, thirds: set[str], watched: Watched = Watched()) -> bool:
    if filing.filing_id not in thirds:
        return False
    if rule.issuer_ciks and filing.issuer_cik not in rule.issuer_ciks:
        return False
    return not (rule.watched and filing.issuer_cik not in watched.issuers)

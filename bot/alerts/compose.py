"""Alerts in words: a matched filing -> ``Told`` (the trade in words with its dollar value, the owners' roles,
the 10b5-1 flag, a link) -> ``Notice`` (one message's worth: a single filing, a group, or a catch-up
summary). Pure functions; the Slack front end lays a ``Notice`` out in Block Kit, the terminal prints it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.alerts.reads import NewFiling, Person
from bot.domain.formats import fmt_money
from bot.domain.text import clip
from bot.domain.wording import DIGEST, Trade, word_trade

MAX_ROLE_CHARS = 60
MAX_LINES_PER_FILING = 4
CATCH_UP_LISTED = 20


@dataclass
class Told:
    """One filing as an alert tells it."""

    filing_id: str
    issuer: str
    lines: list[str]  # what happened, one line per kind of trade
    flags: list[str]
    url: str | None
    form_label: str
    value: float | None
    rules: list[str]  # the texts of the channel's rules it matched
    effective_at: str


@dataclass
class Notice:
    """One message: ``single`` (one filing), ``grouped`` (many of one pass) or ``catch_up`` (old matches)."""

    kind: str
    channel: str
    title: str
    items: list[Told] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)  # filings counted but not listed (catch-up)

    @property
    def more(self) -> int:
        return len(self.unlisted)

    @property
    def filing_ids(self) -> list[str]:
        return [t.filing_id for t in self.items] + self.unlisted

    def text_lines(self) -> list[str]:
        """The notice for the terminal."""
        out = [self.title]
        for t in self.items:
            out.append(f"- {t.issuer}: {'; '.join(t.lines)}" + "".join(f" [{f}]" for f in t.flags)
                       + (f" <{t.url}>" if t.url else ""))
            if self.kind == "single":
                out.append(f"  (rule: {', '.join(t.rules)})")
        if self.more:
            out.append(f"... and {self.more} more")
        return out


def who(owners: list[Person]) -> tuple[str, bool]:
    def one(p: Person) -> str:
        return f"{p.name} ({clip(p.role, MAX_ROLE_CHARS)})" if p.role else p.name

    if not owners:
        return "An insider", False
    if len(owners) == 1:
        return one(owners[0]), False
    return (f"{one(owners[0])} and {one(owners[1])}" if len(owners) == 2
            else f"{one(owners[0])} and {len(owners) - 1} others"), True


def trade_lines(filing: NewFiling) -> tuple[list[str], float | None]:
    """What the filing reports, one line per (code, direction, security): 'Jane Doe (CEO) bought 1,000 shares
    ... for $10,000'; and the dollar value of its open-market rows."""
    subject, plural = who(filing.owners)
    groups: dict[tuple, list] = {}
    for r in filing.records:
        key = ((r.transaction_code or "").upper(), (r.acquired_disposed or "").upper(), r.is_derivative,
               (r.security_title or "").lower())
        groups.setdefault(key, []).append(r)
    lines, total = [], 0.0
    for (code, direction, derivative, _), rows in groups.items():
        if code in ("M", "X") and not derivative and any(k[0] == code and k[2] for k in groups):
            continue  # an exercise's shares received echo its derivative row
        first = rows[0]
        shares = [r.shares for r in rows if r.shares is not None]
        priced = [r for r in rows if not derivative and r.shares and r.price_per_share and r.price_per_share > 0]
        value = sum(r.shares * r.price_per_share for r in priced) if priced else None
        if value and code in ("P", "S"):
            total += value
        dates = sorted(r.transaction_date[:10] for r in rows if r.transaction_date)
        prices = [r.price_per_share for r in priced]
        lines.append(word_trade(Trade(
            subject, code or None, sum(shares) if shares else None, first.security_title, first.security_kind,
            derivative, direction or None, price=min(prices) if prices else None,
            price_high=max(prices) if prices else None, value=value,
            exercise_price=first.conversion_or_exercise_price, date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None, plural=plural), DIGEST))
    if not lines:
        lines = [f"{subject} filed Form {filing.document_type} (holdings only)"]
    if len(lines) > MAX_LINES_PER_FILING:
        lines = lines[:MAX_LINES_PER_FILING] + [f"and {len(lines) - MAX_LINES_PER_FILING} more kinds of transaction"]
    return lines, total or None


def told(filing: NewFiling, rules: list[str]) -> Told:
    lines, value = trade_lines(filing)
    flags = []
    if any(r.plan_10b5_1 for r in filing.records):
        flags.append("10b5-1 plan")
    if any(r.late for r in filing.records):
        flags.append("filed late")
    if filing.is_amendment:
        flags.append(f"amendment ({filing.document_type})")
    return Told(filing.filing_id, filing.issuer, lines, flags, filing.url, f"Form {filing.document_type}", value,
                rules, filing.effective_at)


def single(channel: str, item: Told) -> Notice:
    value = f" · {fmt_money(item.value)}" if item.value else ""
    return Notice("single", channel, f"Insider alert · {item.issuer}{value}", [item])


def grouped(channel: str, items: list[Told]) -> Notice:
    companies = len({t.issuer for t in items})
    return Notice("grouped", channel, f"Insider alerts · {len(items)} new filings match this channel's rules "
                                      f"({companies} {'company' if companies == 1 else 'companies'})", items)


def catch_up(channel: str, items: list[Told], max_age_hours: float) -> Notice:
    shown = sorted(items, key=lambda t: (-(t.value or 0), t.effective_at))[:CATCH_UP_LISTED]
    return Notice("catch_up", channel,
                  f"Catch-up · while alerts were paused, {len(items)} filing(s) older than {max_age_hours:g} hours "
                  "matched this channel's rules", shown, [t.filing_id for t in items if t not in shown])

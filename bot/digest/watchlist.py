"""A channel's watchlist, shared by the command line and Slack: ``add`` (the ``watch`` command), ``remove``
(``unwatch``), ``set_filters`` and ``show`` (``watchlist``, in words). Every operation is handed the
process's ``Store``; writes go through its one writer (no migrations run here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bot.answers import query
from bot.answers.resolve import Catalogs
from bot.config import Settings
from bot.digest import schedule
from bot.digest.compose import fmt_moment
from bot.digest.targets import CIK_SHAPE, Refusal, Resolver, Target, resolve_targets
from storage import watchlists
from storage.db import Store
from storage.watchlists import ChannelFilters, WatchItem


@dataclass
class WatchChange:
    added: list[Target] = field(default_factory=list)
    already: list[Target] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"Now watching {t.label}." for t in self.added]
        out += [f"Already watching {t.label}." for t in self.already]
        out += [r.message() for r in self.refused]
        return out


@dataclass
class UnwatchChange:
    removed: list[WatchItem] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"Stopped watching {i.label}." for i in self.removed]
        out += [f"{text} is not on this watchlist." for text in self.missing]
        return out


def add(store: Store, channel: str, texts: list[str], *, user: str | None = None,
        catalogs: Catalogs | None = None) -> WatchChange:
    """Resolve each text to a stored company or insider (``catalogs``: the cache of names to resolve
    against) and add it to the channel's watchlist."""
    change = WatchChange()
    if not texts:
        return change
    for result in resolve_targets(store, texts, catalogs):
        if isinstance(result, Refusal):
            change.refused.append(result)
            continue
        with store.writing() as db:
            added = watchlists.add_watch(db, channel, result.kind, result.cik, result.label, added_by=user)
        (change.added if added else change.already).append(result)
    return change


def _matches(item: WatchItem, text: str) -> bool:
    t = text.strip().lstrip("$").lower()
    label = item.label.lower()
    if CIK_SHAPE.match(t):
        return item.cik.lstrip("0") == t.lstrip("0")
    return label == t or label.endswith(f"({t})")


def remove(store: Store, channel: str, texts: list[str], *, catalogs: Catalogs | None = None) -> UnwatchChange:
    """Remove each text from the channel's watchlist: by ticker, label or CIK as listed, else by the
    company or insider the text names."""
    change = UnwatchChange()
    with store.writing() as db:
        items = watchlists.list_watches(db, channel)
    chosen: list[WatchItem] = []
    unmatched: list[str] = []
    for text in texts:
        found = [i for i in items if _matches(i, text)]
        if found:
            chosen.extend(i for i in found if i not in chosen)
        else:
            unmatched.append(text)
    if unmatched:
        with query.connect(store) as conn:
            resolver = Resolver(conn, (catalogs or Catalogs()).load(conn, store.reader)) \
                if query.has_schema(conn) else None
            for text in unmatched:
                target = resolver.resolve(text) if resolver else None
                found = [i for i in items if isinstance(target, Target)
                         and (i.kind, i.cik) == (target.kind, target.cik)]
                if found:
                    chosen.extend(i for i in found if i not in chosen)
                else:
                    change.missing.append(text)
    with store.writing() as db:
        change.removed = [item for item in chosen if watchlists.remove_watch(db, channel, item.kind, item.cik)]
    return change


def set_filters(store: Store, channel: str, **changes) -> ChannelFilters:
    """Change some of the channel's digest filters; returns them all."""
    with store.writing() as db:
        return watchlists.set_filters(db, channel, **changes)


@dataclass
class Watchlist:
    channel: str
    items: list[WatchItem]
    filters: ChannelFilters
    last: watchlists.DigestRun | None
    next_digest: dt.datetime | None

    def lines(self, settings: Settings) -> list[str]:
        zone = schedule.digest_zone(settings)
        companies = [i.label for i in self.items if i.kind == "issuer"]
        insiders = [i.label for i in self.items if i.kind == "owner"]
        if not self.items:
            out = ["Nothing is watched here yet: add companies or insiders with watch (e.g. watch TGEN "
                   '"John Whiting").']
        else:
            out = [f"Companies: {', '.join(companies) or 'none'}", f"Insiders: {', '.join(insiders) or 'none'}"]
        described = self.filters.describe()
        out.append(f"Filters: {', '.join(described) if described else 'none (every transaction)'}")
        out.append("Quiet days: " + ("a one-line \"nothing new\" message" if self.filters.quiet_days
                                     else "no message"))
        if self.items and self.next_digest is not None:
            out.append(f"Next digest: {fmt_moment(self.next_digest, zone)}")
        if self.last is not None:
            when = self.last.sent_at or self.last.claimed_at
            moment = dt.datetime.fromisoformat(when)
            status = {"sent": "sent", "quiet": "nothing to say (quiet day)", "sending": "interrupted while sending",
                      "failed": "failed"}.get(self.last.status, self.last.status)
            detail = f" ({self.last.error})" if self.last.error else ""
            out.append(f"Last digest: {self.last.digest_date}, {status} {fmt_moment(moment, zone)}{detail}")
        return out


def show(store: Store, channel: str, settings: Settings, *, now: dt.datetime | None = None) -> Watchlist:
    """The channel's watchlist, filters, last digest and the time of the next one."""
    with store.writing() as db:
        recent = watchlists.recent_digests(db, channel, limit=1)
        items = watchlists.list_watches(db, channel)
        filters = watchlists.get_filters(db, channel)
    trigger = schedule.digest_trigger(settings)
    return Watchlist(channel, items, filters, recent[0] if recent else None,
                     trigger.get_next_fire_time(None, now or dt.datetime.now(dt.UTC)))


def channel_items(store: Store, channel: str) -> list[WatchItem]:
    """What ``channel`` watches (empty when nothing)."""
    with store.writing() as db:
        return watchlists.list_watches(db, channel)


def all_channels(store: Store) -> list[str]:
    """Every channel with a watchlist."""
    with store.writing() as db:
        return watchlists.watched_channels(db)

"""The alert pass, run after each sync pass: every rule matched against the filings stored since the last pass,
each (channel, filing) claimed before it is posted, then posted through a poster.

Exactly once: ``alert_sent`` has one row per (channel, filing), inserted (with the passes' cursor moved
forward, in the same transaction) before anything is posted; a second pass, a restart in the middle of
posting or a second process finds it and posts nothing. A filing that matches two rules of a channel is
one (channel, filing). A rule fires only for filings stored after it was made and accepted after it was made.

Timing: a match accepted more than ALERT_MAX_AGE_HOURS before the pass is old news. When it was accepted
after the previous pass (the bot was down, or no pass ran), it goes into one catch-up summary for the
channel; when it was accepted before (a late arrival or a backfill), it is never told. A pass bringing a
channel more than ALERT_GROUP_OVER fresh matches tells them in one grouped notice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from bot.alerts import compose
from bot.alerts.compose import Notice, Told
from bot.alerts.delivery import AlertPoster, AlertRefused, error_text
from bot.alerts.match import Watched, cluster_matches, matcher, third_buys
from bot.alerts.reads import NewFiling, max_rowid, new_filings
from bot.alerts.rules import Rule
from bot.answers import query
from bot.config import Settings
from storage import alerts, watchlists
from storage.alerts import AlertRule, Claim
from storage.db import Store
from storage.sql import sql_time

log = logging.getLogger(__name__)

QUERY_TIME_LIMIT_SECONDS = 120.0


@dataclass
class Plan:
    """What a pass would tell: notices per channel, the claims they need, and how far it read."""

    now: dt.datetime
    read_up_to: int
    notices: list[Notice] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    fired: dict[int, int] = field(default_factory=dict)  # rule id -> filings
    dropped: int = 0  # old matches accepted before the previous pass (late arrivals, backfills)


@dataclass
class Outcome:
    channel: str
    kind: str
    filings: int
    status: str  # sent | failed | skipped (claimed before)
    error: str | None = None
    ts: list[str] = field(default_factory=list)


@dataclass
class Channel:
    rules: list[tuple[AlertRule, Rule]]
    watched: Watched


def _channels(store: Store, channel: str | None) -> tuple[dict[str, Channel], tuple[int, str] | None]:
    with store.writing() as db:
        stored = alerts.list_rules(db, channel)
        cursor = alerts.get_cursor(db)
        out: dict[str, Channel] = {}
        for r in stored:
            if r.channel not in out:
                items = watchlists.list_watches(db, r.channel)
                out[r.channel] = Channel([], Watched(frozenset(i.cik for i in items if i.kind == "issuer"),
                                                     frozenset(i.cik for i in items if i.kind == "owner")))
            out[r.channel].rules.append((r, Rule.from_json(r.rule)))
    return out, cursor


@dataclass
class Index:
    """The new filings by company, by insider and by transaction code, in the order they were stored."""

    filings: list[NewFiling]
    by_issuer: dict[str, list[NewFiling]] = field(default_factory=lambda: defaultdict(list))
    by_owner: dict[str, list[NewFiling]] = field(default_factory=lambda: defaultdict(list))
    by_code: dict[str, list[NewFiling]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        for f in self.filings:
            self.by_issuer[f.issuer_cik].append(f)
            for cik in dict.fromkeys(o.cik for o in f.owners):
                self.by_owner[cik].append(f)
            for code in {(r.transaction_code or "").upper() for r in f.records}:
                self.by_code[code].append(f)

    def candidates(self, rule: Rule) -> list[NewFiling]:
        """The filings a rule can match at all: of its companies, by its insiders, with its kinds of trade."""
        if rule.issuer_ciks:
            return self._union(self.by_issuer, rule.issuer_ciks)
        if rule.kind == "cluster":
            return self.by_code.get("P", [])
        if rule.owner_ciks:
            return self._union(self.by_owner, rule.owner_ciks)
        codes = rule.row_filters().codes
        return self._union(self.by_code, codes) if codes else self.filings

    @staticmethod
    def _union(index: dict[str, list[NewFiling]], keys) -> list[NewFiling]:
        if len(keys) == 1:
            return index.get(keys[0], [])
        found = {f.filing_id: f for key in keys for f in index.get(key, ())}
        return sorted(found.values(), key=lambda f: f.rowid)


def _hits(channels: dict[str, Channel], filings: list[NewFiling], thirds: set[str]) -> dict[str, dict[str, list]]:
    """channel -> filing id -> the (stored) rules it matched, in filing order."""
    index = Index(filings)
    hits: dict[str, dict[str, list[AlertRule]]] = defaultdict(dict)
    for name, channel in channels.items():
        for stored, rule in channel.rules:
            check = matcher(rule).matches if rule.kind == "filings" else None
            for f in index.candidates(rule):
                if f.rowid <= stored.after_rowid or f.effective_at < stored.created_at:
                    continue
                ok = check(f, channel.watched) if check else cluster_matches(rule, f, thirds, channel.watched)
                if ok:
                    hits[name].setdefault(f.filing_id, []).append(stored)
    order = {f.filing_id: f.rowid for f in filings}
    return {name: dict(sorted(found.items(), key=lambda kv: order[kv[0]])) for name, found in hits.items()}


def plan_pass(store: Store, settings: Settings, *, now: dt.datetime | None = None,
              channel: str | None = None) -> Plan:
    """Read and match (nothing is recorded): what the next pass would tell, left out what was told before."""
    now = now or dt.datetime.now(dt.UTC)
    channels, cursor = _channels(store, channel)
    with query.connect(store, time_limit=QUERY_TIME_LIMIT_SECONDS) as conn:
        top = max_rowid(conn)
        if not channels:
            return Plan(now, top)
        start = cursor[0] if cursor else min(r.after_rowid for c in channels.values() for r, _ in c.rules)
        filings = new_filings(conn, start, top)
        clusters = any(rule.kind == "cluster" for c in channels.values() for _, rule in c.rules)
        thirds = third_buys(conn, [f for f in filings if f.purchases()], top) if clusters else set()
    by_id = {f.filing_id: f for f in filings}
    plan = Plan(now, top)
    oldest = sql_time(now - dt.timedelta(hours=settings.alert_max_age_hours))
    previous = cursor[1] if cursor else None
    for name, found in _hits(channels, filings, thirds).items():
        with store.writing() as db:
            done = alerts.claimed(db, name, list(found))
        fresh: list[Told] = []
        stale: list[Told] = []
        for filing_id, rules in found.items():
            if filing_id in done:
                continue
            filing = by_id[filing_id]
            item = compose.told(filing, [r.text for r in rules])
            if filing.effective_at >= oldest:
                fresh.append(item)
            elif previous is None or filing.effective_at > previous:
                stale.append(item)
            else:
                plan.dropped += 1
                continue
            for r in rules:
                plan.fired[r.id] = plan.fired.get(r.id, 0) + 1
        _add_notices(plan, name, fresh, stale, found, settings)
    return plan


def _add_notices(plan: Plan, channel: str, fresh: list[Told], stale: list[Told], found: dict[str, list],
                 settings: Settings) -> None:
    def claims(items: list[Told], how: str) -> list[Claim]:
        return [Claim(channel, t.filing_id, tuple(r.id for r in found[t.filing_id]), how) for t in items]

    if stale:
        notice = compose.catch_up(channel, stale, settings.alert_max_age_hours)
        plan.notices.append(notice)
        plan.claims += claims(stale, "catch_up")
    if len(fresh) > settings.alert_group_over:
        plan.notices.append(compose.grouped(channel, fresh))
        plan.claims += claims(fresh, "grouped")
    elif fresh:
        plan.notices += [compose.single(channel, t) for t in fresh]
        plan.claims += claims(fresh, "single")


def run_alert_pass(store: Store, poster: AlertPoster, settings: Settings, *, now: dt.datetime | None = None,
                   channel: str | None = None) -> list[Outcome]:
    """One pass: plan, claim every (channel, filing) and move the cursor (one transaction), then post each
    notice claimed here. With ``channel`` only that channel is told and the cursor stays (other channels'
    matches are left to the next full pass). Channels are independent: one's failure stops only its own."""
    plan = plan_pass(store, settings, now=now, channel=channel)
    stamp = sql_time(plan.now)
    with store.writing() as db:
        made = alerts.claim(db, plan.claims, now=stamp, cursor=None if channel else plan.read_up_to)
        if plan.fired:
            alerts.mark_fired(db, sorted(plan.fired), stamp)
    mine = {(c.channel, c.filing_id) for c in made}
    outcomes: list[Outcome] = []
    refused: dict[str, str] = {}
    for notice in plan.notices:
        ids = [i for i in notice.filing_ids if (notice.channel, i) in mine]
        if not ids:
            outcomes.append(Outcome(notice.channel, notice.kind, 0, "skipped"))
            continue
        notice.items = [t for t in notice.items if t.filing_id in ids]
        notice.unlisted = [i for i in notice.unlisted if i in ids]
        outcomes.append(_post(store, poster, notice, refused, stamp))
    return outcomes


def _post(store: Store, poster: AlertPoster, notice: Notice, refused: dict[str, str], stamp: str) -> Outcome:
    ids = notice.filing_ids
    error = refused.get(notice.channel)
    posted: list[str] = []
    if error is None:
        try:
            for message in poster.messages(notice):
                posted.append(poster.post(notice.channel, message, posted[0] if posted else None))
        except Exception as exc:
            error = error_text(exc)
            if isinstance(exc, AlertRefused):
                refused[notice.channel] = error
            log.log(logging.ERROR if isinstance(exc, AlertRefused) else logging.WARNING,
                    "alert for %s not sent: %s", notice.channel, error)
    with store.writing() as db:
        if posted:
            alerts.finish(db, notice.channel, ids, status="sent", ts=posted[0], error=error, now=stamp)
        else:
            alerts.finish(db, notice.channel, ids, status="failed", error=error, now=stamp)
    return Outcome(notice.channel, notice.kind, len(ids), "sent" if posted else "failed", error, posted)


def run_alert_job(settings: Settings, store: Store, poster: AlertPoster) -> None:
    """The pass the scheduler runs after each sync pass; never raises."""
    try:
        outcomes = run_alert_pass(store, poster, settings)
    except Exception:
        log.exception("alert pass failed")
        return
    if outcomes:
        sent = sum(o.filings for o in outcomes if o.status == "sent")
        failed = sum(o.filings for o in outcomes if o.status == "failed")
        log.info("alert pass: %d filing(s) told in %d notice(s), %d failed", sent, len(outcomes), failed)

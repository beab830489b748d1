"""A channel's alert rules, shared by the command line and Slack: ``add`` (``alert RULE``: read it, store it,
say it back), ``show`` (``alerts``: the rules with their ids, when each last fired, and the channel's last
posting failure), ``remove`` (``unalert ID``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.alerts.rules import EXAMPLES, Reading, Refused, read_rule
from bot.answers.resolve import Catalogs
from storage import alerts
from storage.alerts import AlertRule, ChannelHealth
from storage.db import Store
from storage.sql import parse_sql_time, sql_time


@dataclass
class Added:
    rule: AlertRule | None
    reading: Reading | None
    refused: Refused | None

    def text(self) -> str:
        if self.refused is not None:
            return self.refused.message()
        return f"Alert {self.rule.id}: {self.reading.words}"


def add(store: Store, channel: str, text: str, *, user: str | None = None, catalogs: Catalogs | None = None,
        now: dt.datetime | None = None) -> Added:
    now = now or dt.datetime.now(dt.UTC)
    result = read_rule(text, store, catalogs, today=now.date())
    if isinstance(result, Refused):
        return Added(None, None, result)
    with store.writing() as db:
        rule = alerts.add_rule(db, channel, " ".join(text.split()), result.rule.to_json(), result.words,
                               created_at=sql_time(now), created_by=user)
    return Added(rule, result, None)


def remove(store: Store, channel: str, rule_id: str | int) -> str:
    try:
        number = int(str(rule_id).strip().lstrip("#"))
    except ValueError:
        return f"“{rule_id}” is not an alert id: see the ids with alerts."
    with store.writing() as db:
        removed = alerts.remove_rule(db, channel, number)
    if removed is None:
        return f"This channel has no alert {number}: see the ids with alerts."
    return f"Removed alert {number} ({removed.text})."


@dataclass
class Listing:
    channel: str
    rules: list[AlertRule]
    health: ChannelHealth | None

    def lines(self) -> list[str]:
        if not self.rules:
            out = ["No alerts here yet. Add one with alert RULE, e.g. " + ", ".join(f"“{e}”" for e in EXAMPLES) + "."]
        else:
            out = [f"{r.id}. {r.text} — {_fired(r)}" for r in self.rules]
        h = self.health
        if h is not None and h.error and (h.ok_at is None or h.error_at >= h.ok_at):
            out.append(f"Last alert not delivered ({_when(h.error_at)}): {h.error}")
        return out


def _when(stamp: str | None) -> str:
    return parse_sql_time(stamp).strftime("%Y-%m-%d %H:%M UTC") if stamp else "never"


def _fired(rule: AlertRule) -> str:
    return f"last fired {_when(rule.last_fired_at)}" if rule.last_fired_at else "not fired yet"


def show(store: Store, channel: str | None = None) -> list[Listing]:
    """The channel's rules (each channel with rules, without ``channel``)."""
    with store.writing() as db:
        rules = alerts.list_rules(db, channel)
        names = [channel] if channel else sorted({r.channel for r in rules})
        return [Listing(n, [r for r in rules if r.channel == n], alerts.channel_health(db, n)) for n in names]

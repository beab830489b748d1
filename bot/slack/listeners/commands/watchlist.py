"""``/insider watch …``, ``/insider unwatch …``, ``/insider watchlist [filter value]…``: the channel's (or DM's)
watchlist for the daily digest (``bot.digest.watchlist``).

- ``/insider watch TGEN AAPL "John Whiting"``: follow companies (ticker, name or CIK) and insiders;
  unknown ones are refused with suggestions.
- ``/insider unwatch TGEN``: stop following.
- ``/insider watchlist``: what is followed, the filters, the next and the last digest.
- ``/insider watchlist open-market on``, ``min-value 100000`` (``off`` removes it), ``officers on``,
  ``quiet-days off`` (post nothing on a day with nothing new): the channel's digest filters.

The command is acknowledged at once; the change is made on the answer pool and the reply follows
through ``respond()``: in the channel when the watchlist or its filters changed (everyone there gets
the digest), privately otherwise.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import Any

from slack_bolt import Ack, Respond

from bot.answers.resolve import Catalogs
from bot.config import Settings
from bot.digest import watchlist
from bot.digest.targets import split_text
from bot.slack import blocks
from bot.slack.listeners.commands.command_reply import in_background, respond_with
from bot.slack.services import SlackServices
from storage.db import Store

VERBS = ("watch", "unwatch", "watchlist")
FILTER_WORDS = {
    "open-market": "open_market_only", "openmarket": "open_market_only",
    "min-value": "min_value", "minvalue": "min_value", "min": "min_value",
    "officers": "officers_directors_only", "officers-only": "officers_directors_only",
    "quiet-days": "quiet_days", "quietdays": "quiet_days",
}
ON = ("on", "yes", "true", "1")
OFF = ("off", "no", "false", "0", "none")
SORRY = "Sorry, the watchlist could not be changed. The details are in the bot's log."
USAGE = ('`/insider watch TGEN "John Whiting"` · `/insider unwatch TGEN` · '
         "`/insider watchlist open-market on|off` · `min-value 100000|off` · `officers on|off` · "
         "`quiet-days on|off`")


def watch_verb(text: str | None) -> tuple[str, str] | None:
    """``(verb, rest)`` when the command text starts with watch, unwatch or watchlist; else None."""
    first, _, rest = " ".join((text or "").split()).partition(" ")
    return (first.lower(), rest) if first.lower() in VERBS else None


class FilterError(ValueError):
    pass


def parse_filters(text: str) -> dict[str, Any]:
    """``open-market on min-value 50000`` -> the changes to the channel's filters."""
    words = text.lower().replace("$", "").replace(",", "").split()
    if len(words) % 2:
        raise FilterError(f"Each filter needs a value: {USAGE}")
    changes: dict[str, Any] = {}
    for key, value in zip(words[::2], words[1::2], strict=True):
        name = FILTER_WORDS.get(key)
        if name is None:
            raise FilterError(f"Unknown filter {key!r}. Filters: {USAGE}")
        if name == "min_value":
            if value in OFF:
                changes[name] = None
                continue
            try:
                amount = float(value.removesuffix("k")) * (1000 if value.endswith("k") else 1)
            except ValueError:
                raise FilterError(f"min-value takes a dollar amount or off, not {value!r}") from None
            if amount < 0:
                raise FilterError("min-value cannot be negative")
            changes[name] = amount
        elif value in ON or value in OFF:
            changes[name] = value in ON
        else:
            raise FilterError(f"{key} takes on or off, not {value!r}")
    return changes


def _message(lines: list[str], *, note: str | None = None) -> blocks.Message:
    return blocks.text_message("\n".join(blocks.escape(line) for line in lines), note=note)


def watch_reply(store: Store, settings: Settings, verb: str, rest: str, *, channel: str, user: str | None,
                catalogs: Catalogs | None = None) -> tuple[blocks.Message, str]:
    """The reply to one watch command and its visibility (``in_channel`` or ``ephemeral``), after
    making the change."""
    who = f"<@{user}>" if user else "Someone"
    if verb == "watch":
        targets = split_text(rest)
        if not targets:
            return _message(["Watch what? Give tickers, company names or insiders."], note=USAGE), "ephemeral"
        change = watchlist.add(store, channel, targets, user=user, catalogs=catalogs)
        changed = bool(change.added)
        note = f"{who} changed this channel's watchlist; its daily digest covers them." if changed else None
        return _message(change.lines(), note=note), "in_channel" if changed else "ephemeral"
    if verb == "unwatch":
        targets = split_text(rest)
        if not targets:
            return _message(["Unwatch what? Give a ticker or a name from `/insider watchlist`."]), "ephemeral"
        change = watchlist.remove(store, channel, targets, catalogs=catalogs)
        changed = bool(change.removed)
        note = f"{who} changed this channel's watchlist." if changed else None
        return _message(change.lines(), note=note), "in_channel" if changed else "ephemeral"
    lines: list[str] = []
    visibility = "ephemeral"
    if rest.strip():
        try:
            changes = parse_filters(rest)
        except FilterError as error:
            return _message([str(error)]), "ephemeral"
        filters = watchlist.set_filters(store, channel, **changes)
        described = filters.describe()
        lines.append(f"{who} set this channel's digest filters: {', '.join(described) if described else 'none'}; "
                     f"quiet days {'on' if filters.quiet_days else 'off'}.")
        visibility = "in_channel"
    current = watchlist.show(store, channel, settings)
    lines += ["This channel's watchlist:", *current.lines(settings)]
    return _message(lines, note=USAGE), visibility


def watch_command(ack: Ack, command: dict[str, Any], respond: Respond, context: dict[str, Any],
                  logger: logging.Logger) -> Future | None:
    """The listener for the watch verbs of ``/insider`` (dispatched from ``insider_command``)."""
    return in_background(ack, command, context, respond, logger, verb_of=watch_verb, run=run_watch_command)


def run_watch_command(services: SlackServices, respond: Respond, verb: str, rest: str, *, channel: str,
                      user: str | None, logger: logging.Logger) -> None:
    respond_with(respond, lambda: watch_reply(services.store, services.settings, verb, rest, channel=channel,
                                              user=user, catalogs=services.catalogs),
                 what=f"{verb} {rest!r} in {channel}", logger=logger, sorry=SORRY)

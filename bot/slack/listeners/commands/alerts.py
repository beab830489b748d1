"""``/insider alert RULE``, ``/insider alerts``, ``/insider unalert ID``: the channel's (or DM's) alert rules
(``bot.alerts.manage``).

- ``/insider alert CEO or CFO sales over $1M at watched companies``: the rule is read by the same
  understanding as questions and said back in the channel ("I'll post here when …"); a rule that cannot be
  read is refused privately, with examples.
- ``/insider alerts``: the rules with their ids, when each last fired, and the last delivery failure
  (say the bot is not in the channel).
- ``/insider unalert 3``: remove rule 3.

Acknowledged at once; the work runs on the answer pool and the reply follows through ``respond()``.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import Any

from slack_bolt import Ack, Respond

from bot.alerts import manage
from bot.slack import blocks
from bot.slack.listeners.commands.command_reply import in_background, respond_with
from bot.slack.services import SlackServices

VERBS = ("alert", "alerts", "unalert")
SORRY = "Sorry, the alerts could not be changed. The details are in the bot's log."
USAGE = "`/insider alert TGEN` · `/insider alert buys over $500k` · `/insider alerts` · `/insider unalert 3`"


def alert_verb(text: str | None) -> tuple[str, str] | None:
    """``(verb, rest)`` when the command text starts with alert, alerts or unalert; else None."""
    first, _, rest = " ".join((text or "").split()).partition(" ")
    return (first.lower(), rest) if first.lower() in VERBS else None


def _message(lines: list[str], *, note: str | None = None) -> blocks.Message:
    return blocks.text_message("\n".join(blocks.escape(line) for line in lines), note=note)


def alert_reply(services: SlackServices, verb: str, rest: str, *, channel: str,
                user: str | None) -> tuple[blocks.Message, str]:
    """The reply to one alert command and its visibility, after making the change."""
    who = f"<@{user}>" if user else "Someone"
    if verb == "alert" and rest.strip():
        added = manage.add(services.store, channel, rest, user=user, catalogs=services.catalogs)
        if added.refused is not None:
            return _message([added.text()]), "ephemeral"
        return _message([added.text()], note=f"{who} added an alert here; `/insider alerts` lists them."), \
            "in_channel"
    if verb == "unalert":
        text = manage.remove(services.store, channel, rest)
        return _message([text]), "in_channel" if text.startswith("Removed") else "ephemeral"
    listing = manage.show(services.store, channel)[0]
    return _message(["This channel's alerts:", *listing.lines()], note=USAGE), "ephemeral"


def alert_command(ack: Ack, command: dict[str, Any], respond: Respond, context: dict[str, Any],
                  logger: logging.Logger) -> Future | None:
    """The listener for the alert verbs of ``/insider`` (dispatched from ``insider_command``)."""
    return in_background(ack, command, context, respond, logger, verb_of=alert_verb, run=run_alert_command)


def run_alert_command(services: SlackServices, respond: Respond, verb: str, rest: str, *, channel: str,
                      user: str | None, logger: logging.Logger) -> None:
    respond_with(respond, lambda: alert_reply(services, verb, rest, channel=channel, user=user),
                 what=f"{verb} {rest!r} in {channel}", logger=logger, sorry=SORRY)

"""``/insider``: ``<question>``, ``TICKER``, ``share <question>``, ``help``; ``watch``, ``unwatch`` and
``watchlist`` go to ``watchlist.py``; ``alert``, ``alerts`` and ``unalert`` to ``alerts.py``; ``chart`` to
``charts.py``.

The command is acknowledged at once with a short "looking…" reply (Slack allows 3 s); the answer is
computed on the answer pool and follows through ``respond()``, ephemeral unless shared.
"""

from __future__ import annotations

import logging
import re
from concurrent.futures import Future
from typing import Any

from slack_bolt import Ack, Respond

from bot.domain.text import for_log
from bot.slack import blocks, home
from bot.slack.listeners.commands import alerts, charts, watchlist
from bot.slack.replies import LOOKING, SORRY, build_reply, fetch_if_missing, respond_reply
from bot.slack.services import SlackServices

COMMAND = "/insider"
TICKER = re.compile(r"^(?:\$([A-Za-z]{1,5}(?:[.\-][A-Za-z]{1,2})?)|([A-Z]{1,5}(?:[.\-][A-Z]{1,2})?))$")


def parse_command(text: str) -> tuple[str, str]:
    """``(kind, question)``: kind is ``help``, ``share``, ``ticker`` (one upper-case word or ``$word``)
    or ``ask``."""
    text = blocks.question_text(text)
    if not text or text.lower() in ("help", "?", "-h", "--help"):
        return "help", ""
    first, _, rest = text.partition(" ")
    if first.lower() == "share":
        kind, question = parse_command(rest)
        return ("help", "") if kind == "help" else ("share", question)
    match = TICKER.match(text)
    if match:
        return "ticker", ticker_question((match.group(1) or match.group(2)).upper())
    return "ask", text


def ticker_question(ticker: str) -> str:
    return f"latest insider activity at {ticker}"


def insider_command(ack: Ack, command: dict[str, Any], respond: Respond, context: dict[str, Any],
                    logger: logging.Logger) -> Future | None:
    if watchlist.watch_verb(command.get("text", "")):
        return watchlist.watch_command(ack, command, respond, context, logger)
    if alerts.alert_verb(command.get("text", "")):
        return alerts.alert_command(ack, command, respond, context, logger)
    if charts.chart_request(command.get("text", "")) is not None:
        return charts.chart_command(ack, command, respond, context, logger)
    kind, question = parse_command(command.get("text", ""))
    if kind == "help":
        message = home.help_message()
        ack(text=message["text"], blocks=message["blocks"], response_type="ephemeral")
        return None
    where = " (the answer will be posted in this channel)" if kind == "share" else ""
    ack(text=f"{LOOKING} _{blocks.escape(blocks.clip(question, 300))}_{where}", response_type="ephemeral")
    services: SlackServices = context["services"]
    visibility = "in_channel" if kind == "share" else "ephemeral"
    return services.submit(answer_command, services, respond, question, visibility=visibility,
                           user_id=command.get("user_id"), logger=logger)


def answer_command(services: SlackServices, respond: Respond, question: str, *, visibility: str,
                   user_id: str | None, logger: logging.Logger) -> None:
    def announce(text: str) -> None:  # a company not stored is fetched first: say so while it is
        try:
            respond(text=text, response_type="ephemeral", replace_original=False)
        except Exception:
            logger.exception("could not say that %r needs a fetch", for_log(question))

    reply = build_reply(services, question, fetched=fetch_if_missing(services, question, announce=announce))
    note = f"<@{user_id}> asked: {blocks.escape(question)}" if visibility == "in_channel" and user_id else None
    try:
        respond_reply(respond, reply, visibility=visibility, note=note)
    except Exception:
        logger.exception("could not send the answer to %r through the response_url", for_log(question))
        try:
            respond(text=SORRY, response_type="ephemeral", replace_original=False)
        except Exception:
            logger.exception("could not send the error message either")

"""Answering a ``/insider`` subcommand from a worker thread: build the reply, and say sorry instead when
that fails; either way respond once, and log (never raise) what went wrong."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from slack_bolt import Ack, Respond

from bot.slack import blocks
from bot.slack.replies import SORRY
from storage.problems import StoreProblem

Reply = tuple[blocks.Message, str]  # the message and its visibility: "ephemeral" or "in_channel"


def respond_with(respond: Respond, make_reply: Callable[[], Reply], *, what: str, logger: logging.Logger,
                 sorry: str = SORRY) -> None:
    """Respond with ``make_reply()`` (or ``sorry`` when it raises); ``what`` names the command in the log."""
    try:
        message, visibility = make_reply()
    except StoreProblem as problem:  # a read-only or full database: its own words say what to do
        logger.warning("/insider %s refused: %s", what, problem)
        message, visibility = blocks.text_message(str(problem)), "ephemeral"
    except Exception:
        logger.exception("/insider %s failed", what)
        message, visibility = blocks.text_message(sorry), "ephemeral"
    try:
        respond(text=message["text"], blocks=message["blocks"], response_type=visibility, replace_original=False)
    except Exception:
        logger.exception("could not send the reply to /insider %s", what)


VerbOf = Callable[[str], "tuple[str, str] | None"]
"""A subcommand's recogniser: ``(verb, the rest)`` of a ``/insider`` text, or None when it is not one."""


def in_background(ack: Ack, command: dict[str, Any], context: dict[str, Any], respond: Respond,
                  logger: logging.Logger, *, verb_of: VerbOf, run: Callable[..., None]) -> Future | None:
    """A subcommand's listener: None when ``verb_of`` does not recognise the text; else ack at once and
    ``run(services, respond, verb, rest, channel=, user=, logger=)`` on the answer pool."""
    found = verb_of(command.get("text", ""))
    if found is None:
        return None
    ack()
    services = context["services"]
    return services.submit(run, services, respond, found[0], found[1],
                           channel=command.get("channel_id", ""), user=command.get("user_id"), logger=logger)

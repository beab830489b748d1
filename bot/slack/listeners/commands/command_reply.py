"""Answering a ``/insider`` subcommand from a worker thread: build the reply, and say sorry instead when
that fails; either way respond once, and log (never raise) what went wrong."""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt import Respond

from bot.slack import blocks
from bot.slack.replies import SORRY

Reply = tuple[blocks.Message, str]  # the message and its visibility: "ephemeral" or "in_channel"


def respond_with(respond: Respond, make_reply: Callable[[], Reply], *, what: str, logger: logging.Logger) -> None:
    """Respond with ``make_reply()`` (or the apology when it raises); ``what`` names the command in the log."""
    try:
        message, visibility = make_reply()
    except Exception:
        logger.exception("/insider %s failed", what)
        message, visibility = blocks.text_message(SORRY), "ephemeral"
    try:
        respond(text=message["text"], blocks=message["blocks"], response_type=visibility, replace_original=False)
    except Exception:
        logger.exception("could not send the reply to /insider %s", what)

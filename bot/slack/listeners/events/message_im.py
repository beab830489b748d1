"""A direct message to the bot: answered in the DM (in the thread, when the message is in one)."""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import Any

from slack_sdk import WebClient

from bot.slack.listeners.events.conversation import event_services, start_conversation_reply

DM_TOP_LEVEL = "im"


def message_im(event: dict[str, Any], client: WebClient, context: dict[str, Any],
               logger: logging.Logger) -> Future | None:
    """Only plain user messages in a DM; edits, joins, bot posts and channel messages are skipped."""
    if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
        return None
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts")
    return start_conversation_reply(event_services(context), client, logger, channel=channel, ts=ts,
                                    text=event.get("text"), thread_ts=thread_ts,
                                    context_key=(channel, thread_ts or DM_TOP_LEVEL), user=event.get("user"))

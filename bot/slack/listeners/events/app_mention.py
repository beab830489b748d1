"""``@insiderbot <question>`` in a channel: answered in the thread of the mention."""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import Any

from slack_sdk import WebClient

from bot.slack.listeners.events.conversation import event_services, start_conversation_reply


def app_mention(event: dict[str, Any], client: WebClient, context: dict[str, Any],
                logger: logging.Logger) -> Future | None:
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts") or ts
    return start_conversation_reply(event_services(context), client, logger, channel=channel, ts=ts,
                                    text=event.get("text"), thread_ts=thread_ts,
                                    context_key=(channel, thread_ts), user=event.get("user"))

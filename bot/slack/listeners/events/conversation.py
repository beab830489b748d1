"""What a mention and a DM share: clean the text, claim the message once, reply in the right place."""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import Any

from slack_sdk import WebClient

from bot.slack import blocks, home
from bot.slack.replies import LOOKING, answer_in_conversation, post_message
from bot.slack.services import SlackServices


def start_conversation_reply(services: SlackServices, client: WebClient, logger: logging.Logger, *,
                             channel: str, ts: str, text: str | None, thread_ts: str | None,
                             context_key: tuple[str, str]) -> Future | None:
    """Post "looking…" where the answer will go, then answer on the answer pool.

    A message reaches the bot at most once, even when Slack sends it both as a mention and as a DM
    message, or sends it again."""
    if not services.claim_event(f"msg:{channel}:{ts}"):
        logger.info("message %s in %s already handled", ts, channel)
        return None
    question = blocks.question_text(text)
    if not question or question.lower() in ("help", "?"):
        post_message(client, home.help_message(), channel=channel, thread_ts=thread_ts)
        return None
    placeholder = client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=LOOKING,
                                          unfurl_links=False, unfurl_media=False)
    return services.submit(answer_in_conversation, services, client, question, channel=channel,
                           thread_ts=thread_ts, context_key=context_key, placeholder_ts=placeholder["ts"])


def event_services(context: dict[str, Any]) -> SlackServices:
    return context["services"]

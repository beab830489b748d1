"""What a mention and a DM share: clean the text, claim the message once, reply in the right place.

A message that asks for a picture ("plot insider buying at PLTR", "show me Musk's sales in 2021 on a chart":
``bot.charts.intent``) gets the chart uploaded into the same thread or DM instead of a written answer."""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import Any

from slack_sdk import WebClient

from bot.charts.intent import chart_words
from bot.slack import blocks, home
from bot.slack.listeners.commands.charts import upload_chart
from bot.slack.replies import LOOKING, answer_in_conversation, post_message
from bot.slack.services import SlackServices

CHART_HELP = "What should I chart? For example: `@insiderbot chart TSLA 2021` or `plot insider buying at PLTR`."


def start_conversation_reply(services: SlackServices, client: WebClient, logger: logging.Logger, *,
                             channel: str, ts: str, text: str | None, thread_ts: str | None,
                             context_key: tuple[str, str], user: str | None = None) -> Future | None:
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
    words = chart_words(question)
    if words == "":
        post_message(client, blocks.text_message(CHART_HELP), channel=channel, thread_ts=thread_ts)
        return None
    placeholder_text = LOOKING if words is None else f"Drawing a chart of _{blocks.escape(blocks.clip(words, 300))}_…"
    placeholder = client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=placeholder_text,
                                          unfurl_links=False, unfurl_media=False)
    if words is not None:
        return services.submit(chart_in_conversation, services, client, words, channel=channel, thread_ts=thread_ts,
                               user=user, placeholder_ts=placeholder["ts"], logger=logger)
    return services.submit(answer_in_conversation, services, client, question, channel=channel,
                           thread_ts=thread_ts, context_key=context_key, placeholder_ts=placeholder["ts"])


def chart_in_conversation(services: SlackServices, client: WebClient, words: str, *, channel: str,
                          thread_ts: str | None, user: str | None, placeholder_ts: str,
                          logger: logging.Logger) -> str | None:
    """The background half of a chart asked in a mention or DM: upload it where it was asked; the placeholder
    then says the chart is below, or becomes the "did you mean" (or the reason it could not be posted)."""

    def tell(text: str) -> None:
        post_message(client, blocks.text_message(text), channel=channel, thread_ts=thread_ts, replace_ts=placeholder_ts)

    file_id = upload_chart(services, client, words, channel=channel, thread_ts=thread_ts, user=user, tell=tell,
                           logger=logger)
    if file_id:
        try:
            tell(f"Chart of _{blocks.escape(blocks.clip(words, 300))}_:")
        except Exception:
            logger.exception("could not update the chart's placeholder in %s", channel)
    return file_id


def event_services(context: dict[str, Any]) -> SlackServices:
    return context["services"]

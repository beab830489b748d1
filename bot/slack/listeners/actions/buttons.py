"""Button handlers. The pages of an answer come from the database (``slack_replies``), so a button
still works after a restart; a reply pruned after a week gets a polite "ask again"."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.domain.text import for_log
from bot.slack.replies import SORRY, Reply, post_reply_in_thread, respond_reply
from bot.slack.services import SlackServices

EXPIRED = "That answer is no longer stored; please ask the question again."


def _value(body: dict[str, Any]) -> dict[str, Any]:
    try:
        value = json.loads(body["actions"][0].get("value") or "{}")
    except (KeyError, IndexError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _load(services: SlackServices, reply_id: Any) -> Reply | None:
    stored = services.load_reply(reply_id) if isinstance(reply_id, str) and reply_id else None
    if not stored or not stored["pages"]:
        return None
    return Reply(stored["question"], stored["pages"], reply_id=reply_id)


def share(ack: Ack, body: dict[str, Any], respond: Respond, context: dict[str, Any],
          logger: logging.Logger) -> None:
    """Post the answer for everyone in the channel, then remove the private copy."""
    ack()
    services: SlackServices = context["services"]
    try:
        reply = _load(services, _value(body).get("id"))
        if reply is None:
            respond(text=EXPIRED, response_type="ephemeral", replace_original=False)
            return
        user = body.get("user", {}).get("id")
        respond_reply(respond, reply, visibility="in_channel", shareable=False,
                      note=f"Shared by <@{user}>" if user else None)
        respond(delete_original=True)
    except Exception:
        logger.exception("share failed for %r", for_log(body.get("actions")))
        respond(text=SORRY, response_type="ephemeral", replace_original=False)


def show_more(ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: dict[str, Any],
              logger: logging.Logger) -> None:
    """The next part of a long answer, where the button was: privately, in the channel, or in the thread."""
    ack()
    services: SlackServices = context["services"]
    value = _value(body)
    try:
        reply = _load(services, value.get("id"))
        page = value.get("page")
        if reply is None or not isinstance(page, int) or not 0 < page < len(reply.pages):
            respond(text=EXPIRED, response_type="ephemeral", replace_original=False)
            return
        visibility = value.get("vis")
        if visibility == "thread":
            channel = body.get("channel", {}).get("id") or body["container"]["channel_id"]
            thread_ts = value.get("ts") if isinstance(value.get("ts"), str) else None
            post_reply_in_thread(client, reply, channel=channel, thread_ts=thread_ts, placeholder_ts=None,
                                 start=page)
        else:
            respond_reply(respond, reply, visibility="in_channel" if visibility == "in_channel" else "ephemeral",
                          page=page, shareable=visibility != "in_channel")
    except Exception:
        logger.exception("show more failed for %r", for_log(value))
        respond(text=SORRY, response_type="ephemeral", replace_original=False)


def filing_link(ack: Ack) -> None:
    """A link button opens its URL in the browser; Slack still sends the click, which needs an ack."""
    ack()

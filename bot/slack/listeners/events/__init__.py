"""Events API listeners: ``app_mention``, ``message`` in a DM, ``app_home_opened``."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners.events.app_home_opened import app_home_opened
from bot.slack.listeners.events.app_mention import app_mention
from bot.slack.listeners.events.message_im import message_im


def register(app: App) -> None:
    app.event("app_mention")(app_mention)
    app.event("message")(message_im)
    app.event("app_home_opened")(app_home_opened)

"""Bolt listeners grouped by kind; each package has one ``register(app)``."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners import actions, commands, events


def register_listeners(app: App) -> None:
    commands.register(app)
    events.register(app)
    actions.register(app)

"""Slash commands: ``/insider``."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners.commands.insider import COMMAND, insider_command


def register(app: App) -> None:
    app.command(COMMAND)(insider_command)

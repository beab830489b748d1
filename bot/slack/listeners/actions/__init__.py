"""Buttons: "Share in channel", "Show more", and the filing links (which only open a URL)."""

from __future__ import annotations

import re

from slack_bolt import App

from bot.slack.blocks import FILING_LINK_ACTION, SHARE_ACTION, SHOW_MORE_ACTION
from bot.slack.listeners.actions.buttons import filing_link, share, show_more


def register(app: App) -> None:
    app.action(SHARE_ACTION)(share)
    app.action(SHOW_MORE_ACTION)(show_more)
    app.action(re.compile(f"^{FILING_LINK_ACTION}_\\d+$"))(filing_link)

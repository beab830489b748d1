"""The App Home tab: what the bot can do, example questions, the data's freshness, and the watchlist of
the user's DM with the bot."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient

from bot.digest import watchlist as channel_watchlist
from bot.slack import home
from bot.slack.services import SlackServices


def app_home_opened(event: dict[str, Any], client: WebClient, context: dict[str, Any],
                    logger: logging.Logger) -> None:
    if event.get("tab") != "home":
        return
    services: SlackServices = context["services"]
    try:
        freshness = services.freshness()
    except Exception:
        logger.exception("could not read the data's freshness for the Home tab")
        freshness = None
    watchlist = None
    if event.get("channel"):
        try:
            shown = channel_watchlist.show(services.store, event["channel"], services.settings)
            watchlist = shown.lines(services.settings)
        except Exception:
            logger.exception("could not read the watchlist for the Home tab")
    client.views_publish(user_id=event["user"], view=home.home_view(freshness=freshness, watchlist=watchlist))

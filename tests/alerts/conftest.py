"""Fixtures for the alert tests: a fresh database, settings, the Slack Web API stand-in (which refuses what
Slack would refuse; ``NotMemberStandIn`` also says ``not_in_channel`` for the channels it is told). The
filings are made with the digest tests' filing maker (``tests/digestkit.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from slack_standin import SlackStandIn

from bot.config import Settings

BOT_TOKEN = "xoxb-alert-test"


class NotMemberStandIn(SlackStandIn):
    """The stand-in, refusing posts to ``outside`` channels with ``not_in_channel`` as Slack does."""

    def __init__(self) -> None:
        super().__init__()
        self.outside: set[str] = set()

    def _web_api(self, method: str, headers: dict[str, str], body: dict[str, Any]) -> tuple[int, Any, str]:
        if method == "chat.postMessage" and body.get("channel") in self.outside:
            return 200, {"ok": False, "error": "not_in_channel"}, "application/json"
        return super()._web_api(method, headers, body)


@pytest.fixture
def standin() -> Iterator[NotMemberStandIn]:
    server = NotMemberStandIn().start()
    yield server
    server.stop()
    refused = [(c.method, c.body.get("channel")) for c in server.calls() if not c.accepted
               and c.body.get("channel") not in server.outside]
    assert refused == [], "Slack would have refused these calls"


@pytest.fixture
def settings(standin: SlackStandIn, db_path: Path) -> Settings:
    return Settings(_env_file=None, insiderbot_db=db_path, slack_bot_token=BOT_TOKEN, slack_app_token=None,
                    slack_api_url=standin.base_url, sec_user_agent=None)


@pytest.fixture
def client(standin: SlackStandIn):
    from slack_sdk import WebClient

    return WebClient(token=BOT_TOKEN, base_url=standin.base_url)

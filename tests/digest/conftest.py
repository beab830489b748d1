"""Fixtures for the digest tests: a fresh database, settings, and the Slack Web API stand-in of the Slack
tests (``tests/slack_standin.py``), which refuses messages over Slack's limits as Slack does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_standin import SlackStandIn

from bot.config import Settings
from storage.db import Store

BOT_TOKEN = "xoxb-digest-test"


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    server = SlackStandIn().start()
    yield server
    server.stop()
    refused = [(c.method, c.body.get("error")) for c in server.calls() if not c.accepted]
    assert refused == [], "Slack would have refused these calls"


@pytest.fixture
def db_store(db_path: Path) -> Iterator[Store]:
    """The process's store over ``db_path``, as the composition root opens it."""
    with Store(db_path) as opened:
        yield opened


@pytest.fixture
def settings(standin: SlackStandIn, db_path: Path) -> Settings:
    return Settings(_env_file=None, insiderbot_db=db_path, slack_bot_token=BOT_TOKEN, slack_app_token=None,
                    slack_api_url=standin.base_url, sec_user_agent=None, digest_market_top=5)


@pytest.fixture
def client(standin: SlackStandIn):
    from slack_sdk import WebClient

    return WebClient(token=BOT_TOKEN, base_url=standin.base_url)

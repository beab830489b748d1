"""manifest.yml creates an app that delivers what the bot listens to: its slash command, its events
(with the scopes they need), interactivity for the buttons, the App Home tab and Socket Mode."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.slack.listeners import register_listeners

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = yaml.safe_load((ROOT / "manifest.yml").read_text())
# What each event needs besides the bot being installed.
EVENT_SCOPES = {"app_mention": {"app_mentions:read"}, "message.im": {"im:history"}, "app_home_opened": set()}


class Recorder:
    """Stands in for Bolt's ``App`` and keeps what ``register_listeners`` registers."""

    def __init__(self) -> None:
        self.commands: list[str] = []
        self.events: list[str] = []
        self.actions: list[object] = []

    def _keep(self, kept: list, key):
        kept.append(key)
        return lambda fn: fn

    def command(self, name):
        return self._keep(self.commands, name)

    def event(self, name):
        return self._keep(self.events, name)

    def action(self, constraint):
        return self._keep(self.actions, constraint)


def test_manifest_declares_what_the_app_listens_to() -> None:
    app = Recorder()
    register_listeners(app)
    features, settings = MANIFEST["features"], MANIFEST["settings"]
    assert [c["command"] for c in features["slash_commands"]] == app.commands == ["/insider"]
    # Bolt's "message" listener answers DMs only: the manifest subscribes to message.im.
    subscribed = settings["event_subscriptions"]["bot_events"]
    assert sorted(subscribed) == sorted("message.im" if e == "message" else e for e in app.events)
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert {"commands", "chat:write"} | set().union(*(EVENT_SCOPES[e] for e in subscribed)) <= scopes
    assert "files:write" in scopes  # /insider chart uploads its PNG (files.getUploadURLExternal)
    assert app.actions and settings["interactivity"]["is_enabled"] is True
    assert features["app_home"]["home_tab_enabled"] is True
    assert settings["socket_mode_enabled"] is True


def test_readme_lists_the_manifests_command_events_and_scopes() -> None:
    readme = (ROOT / "README.md").read_text()
    step = readme[readme.index("From an"):readme.index("**Install to Workspace**")]
    listed = set(re.findall(r"`([^`]+)`", step))
    assert {c["command"] for c in MANIFEST["features"]["slash_commands"]} <= listed
    assert set(MANIFEST["settings"]["event_subscriptions"]["bot_events"]) <= listed
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) <= listed

"""How the alert pass hands its notices to a chat service, without knowing which: the ``AlertPoster``
protocol (the Slack front end's ``bot.slack.alert_post.SlackAlertPoster`` implements it). A poster lays a
``Notice`` out as its messages and posts them; a refusal that will repeat until someone acts (the bot is not
in the channel) is ``AlertRefused``, anything else ``AlertRetryable``: either way the pass records why.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from bot.alerts.compose import Notice


class AlertPostError(Exception):
    """A message was not posted; ``str(error)`` says why, in words fit for the record."""


class AlertRefused(AlertPostError):
    """The service refused the message (not in the channel, the channel is gone)."""


class AlertRetryable(AlertPostError):
    """The service could not be reached or failed for now."""


class AlertPoster(Protocol):
    def messages(self, notice: Notice) -> Sequence[Any]:
        """The notice laid out as the service's messages (at least one), in posting order."""
        ...

    def post(self, channel: str, message: Any, thread_ts: str | None) -> str:
        """Post one message (paced: at most one a second per channel); its id. Raises ``AlertPostError``."""
        ...


def error_text(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, AlertPostError) else f"{type(exc).__name__}: {exc}"

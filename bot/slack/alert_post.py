"""Posting alerts to Slack: the ``bot.alerts.delivery.AlertPoster`` the composition root hands the alert pass.

Lays a notice out in Block Kit (``bot.slack.alert_blocks``) and posts it the way the digest is posted
(``SlackDigestPoster.post``: ``chat.postMessage`` at most once a second per channel, through a ``Pacer`` the
composition root shares between the two), with Slack's refusals (``not_in_channel``...) said as
``AlertRefused`` and anything else as ``AlertRetryable``.
"""

from __future__ import annotations

from slack_sdk import WebClient

from bot.alerts.compose import Notice
from bot.alerts.delivery import AlertRefused, AlertRetryable
from bot.digest.delivery import PostRefused
from bot.slack.alert_blocks import alert_messages
from bot.slack.blocks import Message
from bot.slack.digest_post import Pacer, SlackDigestPoster


class SlackAlertPoster:
    def __init__(self, client: WebClient, *, pacer: Pacer | None = None) -> None:
        self.slack = SlackDigestPoster(client, pacer=pacer)

    @property
    def pacer(self) -> Pacer:
        return self.slack.pacer

    @pacer.setter
    def pacer(self, pacer: Pacer) -> None:
        self.slack.pacer = pacer

    def messages(self, notice: Notice) -> list[Message]:
        return alert_messages(notice)

    def post(self, channel: str, message: Message, thread_ts: str | None) -> str:
        try:
            return self.slack.post(channel, message, thread_ts)
        except PostRefused as exc:
            raise AlertRefused(str(exc)) from exc
        except Exception as exc:
            raise AlertRetryable(str(exc)) from exc

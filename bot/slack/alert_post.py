"""Posting alerts to Slack: the ``bot.alerts.delivery.AlertPoster`` the composition root hands the alert pass.

Lays a notice out in Block Kit (``bot.slack.alert_blocks``) and posts it as the digest is posted
(``bot.slack.digest_post.SlackPoster``: ``chat.postMessage`` at most once a second per channel, through a
``Pacer`` the composition root shares between the two), with Slack's refusals (``not_in_channel``...) said as
``AlertRefused`` and anything else as ``AlertRetryable`` (a post Slack may have received without answering
too: a failed alert is recorded and never posted again, so it cannot be posted twice).
"""

from __future__ import annotations

from bot.alerts.compose import Notice
from bot.alerts.delivery import AlertRefused, AlertRetryable
from bot.slack.alert_blocks import alert_messages
from bot.slack.blocks import Message
from bot.slack.digest_post import SlackPoster


class SlackAlertPoster(SlackPoster):
    refused = AlertRefused
    retryable = AlertRetryable
    uncertain = AlertRetryable

    def messages(self, notice: Notice) -> list[Message]:
        return alert_messages(notice)

"""Posting the digest to Slack: the poster the composition root hands the digest job.

``SlackPoster`` posts one message at a time with ``chat.postMessage``, at most one message per second per
channel (Slack's rate for posting), paced by its ``Pacer``; Slack's refusals are raised as its ``refused``
error with what to do about them, a post Slack was sent but did not answer (a timeout, a hang-up: it may
be in the channel) as its ``uncertain`` one, everything else as its ``retryable`` one, so the job records
why nothing was sent. The client tries a 5xx or a failed connection again first (``bot.slack.retries``),
but never a post that may have gone through: a message is never posted twice. ``SlackDigestPoster`` is
that poster for the digest: it lays a digest out in Block Kit (``bot.slack.digest_blocks``) and says
failures as ``PostRefused``, ``PostRetryable`` and ``PostUncertain``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.digest.compose import Digest
from bot.digest.delivery import PostRefused, PostRetryable, PostUncertain
from bot.slack.blocks import Message
from bot.slack.digest_blocks import digest_messages
from bot.slack.retries import uncertain

SECONDS_PER_MESSAGE = 1.0
NOT_A_MEMBER = ("not_in_channel", "channel_not_found")


class Pacer:
    """At most one message per ``interval`` seconds per channel (Slack's chat.postMessage rate)."""

    def __init__(self, interval: float = SECONDS_PER_MESSAGE, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.interval = interval
        self.clock = clock
        self.sleep = sleep
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, channel: str) -> None:
        with self._lock:
            last = self._last.get(channel)
            if last is not None:
                delay = last + self.interval - self.clock()
                if delay > 0:
                    self.sleep(delay)
            self._last[channel] = self.clock()


def _worth_retrying(exc: SlackApiError) -> bool:
    """Slack failing (5xx) or still rate-limiting us after the client's own retry: a later run may
    succeed. Anything else Slack said (``not_in_channel``, ``invalid_blocks``) will not change."""
    status = getattr(exc.response, "status_code", None) or 0
    return status >= 500 or status == 429


def refusal_text(exc: SlackApiError) -> str:
    error = exc.response.get("error") if exc.response is not None else None
    hint = " (invite the bot to the channel: /invite @insiderbot)" if error in NOT_A_MEMBER else ""
    return f"Slack refused the message: {error or exc}{hint}"


class SlackPoster:
    """Posts Block Kit messages over a Slack ``WebClient``, paced; a subclass names its error types and
    lays its messages out."""

    refused: type[Exception] = PostRefused
    retryable: type[Exception] = PostRetryable
    uncertain: type[Exception] = PostUncertain

    def __init__(self, client: WebClient, *, pacer: Pacer | None = None) -> None:
        self.client = client
        self.pacer = pacer or Pacer()

    def post(self, channel: str, message: Message, thread_ts: str | None) -> str:
        self.pacer.wait(channel)
        try:
            response = self.client.chat_postMessage(channel=channel, text=message["text"], blocks=message["blocks"],
                                                    thread_ts=thread_ts, unfurl_links=False, unfurl_media=False)
        except SlackApiError as exc:
            if _worth_retrying(exc):
                raise self.retryable(refusal_text(exc)) from exc
            raise self.refused(refusal_text(exc)) from exc
        except Exception as exc:
            if uncertain(exc):
                raise self.uncertain(f"Slack was sent the message but did not answer ({type(exc).__name__}: {exc}); "
                                     "it may have been posted, so it is not posted again") from exc
            raise self.retryable(f"{type(exc).__name__}: {exc}") from exc
        return response["ts"]


class SlackDigestPoster(SlackPoster):
    """A ``bot.digest.delivery.DigestPoster`` over a Slack ``WebClient``."""

    def messages(self, digest: Digest) -> list[Message]:
        return digest_messages(digest)

"""How the digest job hands a digest to a chat service: a *poster* given by the caller.

The job decides what is posted where and records it exactly once; the poster (the Slack front end's
``bot.slack.digest_post.SlackDigestPoster``, or a recording one in tests) lays a ``Digest`` out as
messages and posts one message at a time. Failures are said with the two error types below, so the
job can record why a digest was not sent without knowing the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from bot.digest.compose import Digest


class PostError(Exception):
    """A message was not posted; ``str(error)`` says why, in words fit for the digest's record."""


class PostRefused(PostError):
    """The service refused the message (the bot is not in the channel, the channel is gone…): the same
    message will be refused again until someone acts."""


class PostRetryable(PostError):
    """The service could not be reached or failed for now; a later run may well succeed."""


class PostUncertain(PostError):
    """The service was sent the message but did not answer (a timeout after the request went out): it may
    have been posted. It is recorded as sent, with this said, and never posted again."""


class DigestPoster(Protocol):
    def messages(self, digest: Digest) -> Sequence[Any]:
        """The digest laid out as the service's messages (at least one), in posting order."""
        ...

    def post(self, channel: str, message: Any, thread_ts: str | None) -> str:
        """Post one message (in the thread of ``thread_ts`` when given); its id (Slack's ``ts``).
        Raises ``PostRefused``, ``PostRetryable`` or ``PostUncertain``."""
        ...


class PartialPost(Exception):
    """Some of a digest's messages were posted, then one failed."""

    def __init__(self, posted: list[str], cause: Exception):
        super().__init__(f"{len(posted)} message(s) posted, then: {cause}")
        self.posted = posted
        self.cause = cause


def post_threaded(poster: DigestPoster, channel: str, messages: Sequence[Any]) -> list[str]:
    """Post the first message in the channel and the rest in its thread; the ids of those posted.
    A failure after the first raises ``PartialPost`` carrying what was posted."""
    posted: list[str] = []
    thread_ts = None
    for message in messages:
        try:
            ts = poster.post(channel, message, thread_ts)
        except Exception as exc:
            if posted:
                raise PartialPost(posted, exc) from exc
            raise
        posted.append(ts)
        thread_ts = thread_ts or ts
    return posted


def error_text(exc: BaseException) -> str:
    """Why a post failed, for the record: the poster's own words, else the exception's type and text."""
    return str(exc) if isinstance(exc, PostError) else f"{type(exc).__name__}: {exc}"

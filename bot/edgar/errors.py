"""What a request to EDGAR can end in besides its body: the error types, the stop, and the User-Agent check
that comes before any request. Importable from :mod:`bot.edgar.client` as well."""

from __future__ import annotations

import re

USER_AGENT_HELP = (
    'SEC_USER_AGENT is not set. EDGAR refuses requests without a declared User-Agent: set '
    'SEC_USER_AGENT="Your Name you@example.com" in the environment or in .env.'
)
_USER_AGENT_SHAPE = re.compile(r"^\S.*\s\S+@\S+\.\S+$")


class EdgarError(Exception):
    """A request to EDGAR that failed for good (after any retries)."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class MissingUserAgent(EdgarError):
    """No usable SEC_USER_AGENT: nothing may be sent to EDGAR."""


class EdgarBlocked(EdgarError):
    """EDGAR kept answering with its 403 rate-threshold or undeclared-tool page."""


class EdgarContentError(EdgarError):
    """The body is not what was asked for: an HTML page, a truncated submission, an empty feed body."""


class Stopped(Exception):
    """The caller's stop event was set: the work was left where it stood, for the next run to finish."""


def check_user_agent(user_agent: str | None) -> str:
    """The User-Agent to send, or MissingUserAgent with the message that says how to set it."""
    value = (user_agent or "").strip()
    if not value:
        raise MissingUserAgent(USER_AGENT_HELP)
    if not _USER_AGENT_SHAPE.match(value):
        raise MissingUserAgent(
            f'SEC_USER_AGENT={value!r} does not declare a name and an e-mail address; the SEC wants '
            'SEC_USER_AGENT="Your Name you@example.com" (set it in the environment or in .env).'
        )
    return value

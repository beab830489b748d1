"""How the EDGAR client retries: :class:`RetryPolicy` (backoff, jitter, ``Retry-After``, the 403 block
pause) and :class:`Retry`, what one attempt raises to ask for another. The loop that obeys them is
:meth:`bot.edgar.client.EdgarClient.get` and its siblings."""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass

from bot.config import Settings
from bot.edgar.errors import EdgarError


@dataclass(frozen=True)
class RetryPolicy:
    """How the client retries, as one value (like ``httpx.Timeout`` and ``httpx.Limits``).

    ``retries``: how many times a failed request is sent again (so ``attempts`` = retries + 1);
    ``backoff``: the first backoff in seconds, doubling on each retry up to ``max_backoff``, with jitter
    (each wait is between half and all of it); ``block_pause``: how long every request waits after one
    of the SEC's 403 block pages; ``max_retry_after``: the most a ``Retry-After`` header is obeyed.
    """

    retries: int = 5
    backoff: float = 1.0
    max_backoff: float = 60.0
    block_pause: float = 600.0
    max_retry_after: float = 3600.0

    def __post_init__(self) -> None:
        if self.retries < 0:
            raise ValueError("retries must be 0 or more")
        if min(self.backoff, self.max_backoff, self.block_pause, self.max_retry_after) < 0:
            raise ValueError("backoff, max_backoff, block_pause and max_retry_after must not be negative")

    @property
    def attempts(self) -> int:
        """How many times one request is sent at most."""
        return self.retries + 1

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(retries=settings.edgar_max_retries, backoff=settings.edgar_backoff_seconds,
                   max_backoff=settings.edgar_backoff_max_seconds, block_pause=settings.edgar_block_pause_seconds)

    def backoff_before(self, retry: int, jitter: float) -> float:
        """The wait before retry number ``retry`` (0 for the first), ``jitter`` in [0, 1)."""
        ceiling = min(self.max_backoff, self.backoff * (2 ** retry))
        return ceiling * (0.5 + jitter / 2)

    def delay(self, retry: int, jitter: float, retry_after: float | None) -> float:
        """The backoff, or longer when the server asked for it with ``Retry-After`` (up to its limit)."""
        delay = self.backoff_before(retry, jitter)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.max_retry_after))
        return delay


class Retry(Exception):
    """One attempt failed in a way worth retrying: ``error`` is raised once the retries are spent;
    ``wait`` is what the server asked for (``Retry-After``); ``process_wide`` pauses every request
    sharing the limiter instead of this one alone."""

    def __init__(self, error: EdgarError, wait: float | None = None, process_wide: bool = False) -> None:
        self.error = error
        self.wait = wait
        self.process_wide = process_wide


def retry_after_seconds(value: str | None) -> float | None:
    """A ``Retry-After`` header (seconds, or an HTTP date) as seconds from now; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())

"""The rate limiter shared by every EDGAR request, job and thread of a process.

There is no module-level instance: whoever builds the EDGAR client (the composition root, a command)
builds one limiter for the process and hands the same one to every client.

The guarantee is the SEC's fair-access rule taken literally: EDGAR never sees more than ``N``
requests in any one-second window. A sliding log of *completion* times gives it without trusting
network latency: a request may start only when fewer than ``N`` requests are in flight or finished
less than one window ago. Since EDGAR receives a request after it starts and before its response
comes back, two requests ``N`` apart always reach EDGAR at least a full window apart.

The limiter also carries the pause ordered by a 403 "Request Rate Threshold Exceeded"
page (or a 429 with ``Retry-After``): every thread waits it out before its next request, unless the
caller's stop event is set meanwhile.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """At most ``max_per_second`` requests in any one-second window, across threads."""

    def __init__(self, max_per_second: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._cond = threading.Condition()
        self._in_flight = 0
        self._finished: deque[float] = deque()
        self._paused_until = 0.0
        self.configure(max_per_second)

    def configure(self, max_per_second: float) -> None:
        if max_per_second <= 0:
            raise ValueError("max_per_second must be positive")
        with self._cond:
            self.max_per_second = float(max_per_second)
            self.capacity = max(1, math.floor(max_per_second + 1e-9))
            self.window = max(1.0, self.capacity / max_per_second)
            self._cond.notify_all()

    def acquire(self, stop: threading.Event | None = None) -> bool:
        """Block until one more request may start; pair every successful call with :meth:`release`.

        With ``stop``, a pause is waited out on that event instead: setting it ends the wait at once and
        the call returns False without taking a slot. Otherwise it returns True.
        """
        with self._cond:
            while True:
                now = self._clock()
                if now < self._paused_until:
                    if stop is None:
                        self._cond.wait(self._paused_until - now)
                        continue
                    self._cond.release()
                    try:
                        stopped = stop.wait(self._paused_until - now)
                    finally:
                        self._cond.acquire()
                    if stopped:
                        return False
                    continue
                while self._finished and self._finished[0] + self.window <= now:
                    self._finished.popleft()
                if self._in_flight + len(self._finished) < self.capacity:
                    self._in_flight += 1
                    return True
                if self._finished:
                    self._cond.wait(self._finished[0] + self.window - now)
                else:
                    self._cond.wait()

    def release(self) -> None:
        """The request has its response (or failed): its slot frees one window from now."""
        with self._cond:
            self._in_flight -= 1
            self._finished.append(self._clock())
            self._cond.notify_all()

    def pause(self, seconds: float) -> bool:
        """Hold every request for ``seconds``; True when this starts a new pause (not an extension)."""
        with self._cond:
            now = self._clock()
            fresh = self._paused_until <= now
            self._paused_until = max(self._paused_until, now + seconds)
            self._cond.notify_all()
            return fresh

    def paused_for(self) -> float:
        with self._cond:
            return max(0.0, self._paused_until - self._clock())

    def __enter__(self) -> RateLimiter:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


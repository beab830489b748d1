"""The rate limiter every EDGAR client of a process shares: never more than N requests in any one-second window, across threads."""

from __future__ import annotations

import threading
import time

import pytest
from edgar_server import max_in_window

from bot.edgar.ratelimit import RateLimiter


def test_threads_never_exceed_the_rate_in_any_one_second_window():
    limiter = RateLimiter(20)
    starts: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(10):
            with limiter:
                with lock:
                    starts.append(time.monotonic())
                time.sleep(0.002)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    assert len(starts) == 60
    assert max_in_window(starts) <= 20
    assert elapsed >= 2.0          # 60 requests at 20 per second need two full windows after the first 20
    assert elapsed < 3.5           # ...and the cap, not something else, sets the pace


@pytest.mark.parametrize(("rate", "capacity", "window"), [(5, 5, 1.0), (10, 10, 1.0), (2.5, 2, 1.0), (0.5, 1, 2.0)])
def test_fractional_rates_round_down_within_a_window(rate, capacity, window):
    limiter = RateLimiter(rate)
    assert (limiter.capacity, limiter.window) == (capacity, window)


def test_rate_must_be_positive():
    with pytest.raises(ValueError):
        RateLimiter(0)


def test_pause_holds_every_thread_and_reports_only_the_first_call():
    limiter = RateLimiter(100)
    assert limiter.pause(0.3) is True
    assert limiter.pause(0.2) is False          # already paused: an extension, not a new block
    began = time.monotonic()
    waited: list[float] = []

    def worker() -> None:
        with limiter:
            waited.append(time.monotonic() - began)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(waited) == 3 and min(waited) >= 0.28
    assert limiter.paused_for() == 0.0


def test_a_pause_waited_on_a_stop_event_ends_when_it_is_set():
    limiter = RateLimiter(100)
    limiter.pause(600)
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    began = time.monotonic()
    assert limiter.acquire(stop) is False
    assert 0.15 <= time.monotonic() - began < 2
    assert limiter.paused_for() > 500                   # the pause itself stands for everyone else

    short = RateLimiter(100)
    short.pause(0.2)
    began = time.monotonic()
    assert short.acquire(threading.Event()) is True     # not stopped: waits the pause out, then a slot
    assert time.monotonic() - began >= 0.18
    short.release()


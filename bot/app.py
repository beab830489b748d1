"""The composition root: builds the store, the EDGAR rate limiter, the Slack app, the scheduler and the
terminal chat, and starts them (as the Bolt starter template's ``app.py`` does). Everything below is
handed what it uses: one ``storage.db.Store`` per process, the settings read once by the CLI.

``insiderbot serve`` picks the mode from the tokens:

- ``SLACK_BOT_TOKEN`` + ``SLACK_APP_TOKEN``: Socket Mode (no public URL);
- ``--http``: HTTP mode (needs ``SLACK_BOT_TOKEN`` + ``SLACK_SIGNING_SECRET``) on uvicorn;
- no Slack token at all: the terminal chat, after saying how to connect Slack.

A half-configured set-up raises ``ConfigError`` (the CLI makes it a usage error, exit code 2).

A read-only database (``Store.is_read_only``) still answers, in the chat and in Slack: nothing that writes
is started (no EDGAR sync, digest or alert job, no on-demand fetch of a company not stored, no sample
filings loaded), each said in one log line, and a command that would write (watch, alerts) is refused
with the store's "is read-only" message.
"""

from __future__ import annotations

import functools
import logging
import sys
from pathlib import Path
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

from bot import chat as terminal
from bot import scheduler as jobs
from bot.alerts.job import run_alert_job
from bot.config import Settings
from bot.digest.job import run_digest_job
from bot.edgar.ratelimit import RateLimiter
from bot.ingest.on_demand import OnDemand
from bot.slack.alert_post import SlackAlertPoster
from bot.slack.app import build_app, build_client
from bot.slack.digest_post import Pacer, SlackDigestPoster
from bot.slack.runners import SlackASGI, health_status, run_http, run_socket_mode
from bot.slack.services import SlackServices
from storage.db import Store

log = logging.getLogger("bot.slack")

HOW_TO_CONNECT = """\
No Slack tokens are set, so insiderbot opens the terminal chat instead.
To connect Slack: create the app from manifest.yml (https://api.slack.com/apps -> Create New App ->
From an app manifest), install it, then set SLACK_BOT_TOKEN (xoxb-...) and SLACK_APP_TOKEN (xapp-...,
scope connections:write) in .env and run `insiderbot serve` again (Socket Mode). For HTTP mode set
SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET and run `insiderbot serve --http --port 3000`.
See "Slack app set-up" in the README.
"""


class ConfigError(Exception):
    """The settings cannot work as asked (a token missing); the message says what to set."""


def choose_mode(settings: Settings, *, http: bool) -> str:
    """``socket``, ``http`` or ``chat``; a half-configured Slack set-up is a ``ConfigError`` saying what is missing."""
    bot_token, app_token, secret = settings.slack_bot_token, settings.slack_app_token, settings.slack_signing_secret
    if http:
        missing = [name for name, value in (("SLACK_BOT_TOKEN", bot_token), ("SLACK_SIGNING_SECRET", secret))
                   if not value]
        if missing:
            raise ConfigError(
                f"HTTP mode (--http) needs {' and '.join(missing)}: set {'them' if len(missing) > 1 else 'it'} "
                "in the environment or .env (Slack app settings: Basic Information -> Signing Secret; "
                "OAuth & Permissions -> Bot User OAuth Token)."
            )
        return "http"
    if bot_token and app_token:
        return "socket"
    if bot_token or app_token:
        missing = "SLACK_APP_TOKEN (xapp-..., for Socket Mode)" if bot_token else "SLACK_BOT_TOKEN (xoxb-...)"
        raise ConfigError(
            f"Slack is half configured: {missing} is missing. Socket Mode needs SLACK_BOT_TOKEN and "
            "SLACK_APP_TOKEN; HTTP mode needs --http with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET."
        )
    return "chat"


def digest_poster(settings: Settings, client: Any = None) -> SlackDigestPoster | None:
    """The Slack poster of the digest (``client``, else one made from SLACK_BOT_TOKEN); None without a token."""
    if client is None and not settings.slack_bot_token:
        return None
    return SlackDigestPoster(client if client is not None else build_client(settings))


def alert_poster(settings: Settings, client: Any = None, *, pacer: Pacer | None = None) -> SlackAlertPoster | None:
    """The Slack poster of alerts (``client``, else one made from SLACK_BOT_TOKEN; ``pacer``, else its own);
    None without a token."""
    if client is None and not settings.slack_bot_token:
        return None
    return SlackAlertPoster(client if client is not None else build_client(settings), pacer=pacer)


def make_scheduler(settings: Settings, store: Store, *, slack_client: Any = None,
                   interval_seconds: float | None = None, run_now: bool = True,
                   limiter: RateLimiter | None = None) -> BackgroundScheduler:
    """The scheduler with its jobs bound to this process's objects: the EDGAR sync pass (through a job
    writer of ``store``; one rate limiter for every run: ``limiter``, the process's, or a new one) and, with
    a Slack bot token (or ``slack_client``), the daily digest posted through a ``SlackDigestPoster`` and, after
    each sync pass, the alert pass posted through a ``SlackAlertPoster`` (sharing the digest's pacing).
    On a read-only database it holds no job (each of them writes), and says so in one log line."""
    if store.is_read_only():
        log.warning("the database %s is read-only: no EDGAR sync, digests or alerts (each stores what it does); "
                    "questions are answered from it as it is", store.path)
        return jobs.build_scheduler(settings)
    poster = digest_poster(settings, slack_client)
    # at most one message a second per channel, digests and alerts together
    alerts = alert_poster(settings, slack_client, pacer=poster.pacer if poster is not None else None)
    after = functools.partial(run_alert_job, settings, store, alerts) if alerts is not None else None
    sync = functools.partial(jobs.run_sync_job, settings, store, after=after,
                             limiter=limiter if limiter is not None else RateLimiter(settings.sec_max_rps))
    digest = functools.partial(run_digest_job, settings, store, poster) if poster is not None else None
    return jobs.build_scheduler(settings, sync=sync, digest=digest, interval_seconds=interval_seconds,
                                run_now=run_now)


def chat(settings: Settings, db_path: Path, **options: Any) -> int:
    """The terminal chat over the database at ``db_path`` (``options``: ``bot.chat.run_chat``'s), fetching a
    company not stored on demand (ON_DEMAND_FETCH) through the process's one EDGAR rate limiter."""
    with Store(db_path) as store:
        read_only = store.is_read_only()
        if read_only:
            print(f"The database {db_path} is read-only: answering from it as it is (no sample filings loaded, "
                  "no company fetched from EDGAR).", file=sys.stderr)
            options.setdefault("load_samples", False)
        on_demand = None if read_only else OnDemand.from_settings(settings, store,
                                                                  limiter=RateLimiter(settings.sec_max_rps))
        try:
            return terminal.run_chat(store, settings=settings, on_demand=on_demand, **options)
        finally:
            if on_demand is not None:
                on_demand.close()


def serve(settings: Settings, db_path: Path, *, http: bool, host: str, port: int) -> None:
    """``insiderbot serve``: the Slack app (Socket Mode or HTTP) and the scheduler in one process, or
    the terminal chat when no Slack token is set. Raises ``ConfigError`` before starting anything."""
    mode = choose_mode(settings, http=http)
    if mode == "chat":
        print(HOW_TO_CONNECT, file=sys.stderr)
        chat(settings, db_path)
        return
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    store = Store(db_path)
    limiter = RateLimiter(settings.sec_max_rps)  # the process's one EDGAR rate limiter: sync and on-demand fetches
    # a company not stored is fetched (and stored) first; not into a read-only database
    on_demand = None if store.is_read_only() else OnDemand.from_settings(settings, store, limiter=limiter)
    services = SlackServices(settings, store, on_demand=on_demand)
    app = build_app(settings, services)
    scheduler = make_scheduler(settings, store, limiter=limiter)
    scheduler.start()

    def on_stop() -> None:
        log.info("stopping: no new events; the running jobs get %.0f s to finish, then the answers under "
                 "way finish and the database is closed", settings.shutdown_grace_seconds)
        jobs.shut_down(scheduler, settings.shutdown_grace_seconds)
        if on_demand is not None:
            on_demand.stop()  # a fetch under way stops at its next checkpoint; its question is answered
        services.close()
        if on_demand is not None:
            on_demand.close()
        store.close()
        log.info("stopped")

    if mode == "http":
        log.info("HTTP mode on %s:%d: POST /slack/events, GET /healthz", host, port)
        asgi = SlackASGI(app, health=lambda: health_status(services.freshness()))
        run_http(asgi, host=host, port=port, on_stop=on_stop)
    else:
        run_socket_mode(app, settings.slack_app_token or "", on_stop=on_stop)

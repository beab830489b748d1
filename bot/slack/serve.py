"""``insiderbot serve``: pick the mode from the tokens, run the Slack app and the scheduler in one process.

- ``SLACK_BOT_TOKEN`` + ``SLACK_APP_TOKEN``: Socket Mode (no public URL);
- ``--http``: HTTP mode (needs ``SLACK_BOT_TOKEN`` + ``SLACK_SIGNING_SECRET``) on uvicorn;
- no Slack token at all: the terminal chat, after saying how to connect Slack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import click

from bot.config import Settings
from storage.status import Freshness

log = logging.getLogger("bot.slack")

HOW_TO_CONNECT = """\
No Slack tokens are set, so insiderbot opens the terminal chat instead.
To connect Slack: create the app from manifest.yml (https://api.slack.com/apps -> Create New App ->
From an app manifest), install it, then set SLACK_BOT_TOKEN (xoxb-...) and SLACK_APP_TOKEN (xapp-...,
scope connections:write) in .env and run `insiderbot serve` again (Socket Mode). For HTTP mode set
SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET and run `insiderbot serve --http --port 3000`.
See "Slack app set-up" in the README.
"""


def choose_mode(settings: Settings, *, http: bool) -> str:
    """``socket``, ``http`` or ``chat``; a half-configured Slack set-up is a usage error saying what is missing."""
    bot_token, app_token, secret = settings.slack_bot_token, settings.slack_app_token, settings.slack_signing_secret
    if http:
        missing = [name for name, value in (("SLACK_BOT_TOKEN", bot_token), ("SLACK_SIGNING_SECRET", secret))
                   if not value]
        if missing:
            raise click.UsageError(
                f"HTTP mode (--http) needs {' and '.join(missing)}: set {'them' if len(missing) > 1 else 'it'} in the environment or .env "
                "(Slack app settings: Basic Information -> Signing Secret; OAuth & Permissions -> Bot User "
                "OAuth Token)."
            )
        return "http"
    if bot_token and app_token:
        return "socket"
    if bot_token or app_token:
        missing = "SLACK_APP_TOKEN (xapp-..., for Socket Mode)" if bot_token else "SLACK_BOT_TOKEN (xoxb-...)"
        raise click.UsageError(
            f"Slack is half configured: {missing} is missing. Socket Mode needs SLACK_BOT_TOKEN and "
            "SLACK_APP_TOKEN; HTTP mode needs --http with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET."
        )
    return "chat"


def health_status(freshness: Freshness) -> dict[str, str | None]:
    """What ``GET /healthz`` reports besides ``ok``: when EDGAR was last synced (ISO 8601, UTC; None before
    the first sync) and the date of the newest filing stored."""
    synced = freshness.last_sync_at
    return {"filings_synced_up_to": synced.isoformat() if synced else None,
            "newest_filing_date": freshness.newest_filing_date}


def run_serve(settings: Settings, db_path: Path, *, http: bool, host: str, port: int,
              chat: Callable[[Settings, Path], None]) -> None:
    mode = choose_mode(settings, http=http)
    if mode == "chat":
        click.echo(HOW_TO_CONNECT, err=True)
        chat(settings, db_path)
        return

    from bot.scheduler import build_scheduler, shut_down
    from bot.slack.app import build_app
    from bot.slack.server import SlackASGI, run_http, run_socket_mode
    from bot.slack.services import SlackServices

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    services = SlackServices(settings, db_path)
    app = build_app(settings, db_path, services=services)
    scheduler = build_scheduler(settings, db_path)
    scheduler.start()

    def on_stop() -> None:
        log.info("stopping: no new events; the running jobs get %.0f s to finish, then the answers under "
                 "way finish and the database is closed", settings.shutdown_grace_seconds)
        shut_down(scheduler, settings.shutdown_grace_seconds)
        services.close()
        log.info("stopped")

    if mode == "http":
        log.info("HTTP mode on %s:%d: POST /slack/events, GET /healthz", host, port)
        asgi = SlackASGI(app, health=lambda: health_status(services.freshness()))
        run_http(asgi, host=host, port=port, on_stop=on_stop)
    else:
        run_socket_mode(app, settings.slack_app_token or "", on_stop=on_stop)

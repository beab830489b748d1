"""``build_app``: the Bolt app with every listener, middleware and error handler wired in."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.config import Settings
from bot.slack.listeners import register_listeners
from bot.slack.retries import SafeRetryHandler
from bot.slack.services import SlackServices

log = logging.getLogger("bot.slack")


class _DropTokenSkippedWarning(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment even when it is given a client made with that
    token, then warns that the token "will be unused"; the client does carry it, so the warning is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


log.addFilter(_DropTokenSkippedWarning())


def build_client(settings: Settings) -> WebClient:
    """The Web API client: bot token, ``SLACK_API_URL`` as base URL, one retry after a 429, and up to two
    after a 5xx or a failed connection where that cannot make Slack act twice (``bot.slack.retries``)."""
    base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    client = WebClient(token=settings.slack_bot_token, base_url=base_url, logger=log,
                       retry_handlers=[SafeRetryHandler()])
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=1))
    return client


def build_app(
    settings: Settings,
    services: SlackServices,
    *,
    client: WebClient | None = None,
    token_verification_enabled: bool = True,
) -> App:
    """The Slack app. ``services`` carries the store, the answer function, the worker pools and the state
    kept in the database; the caller that made it closes it."""
    app = App(
        client=client or build_client(settings),
        signing_secret=settings.slack_signing_secret or "",
        name="insiderbot",
        logger=log,
        listener_executor=services.listeners,
        token_verification_enabled=token_verification_enabled,
        process_before_response=False,
    )

    @app.middleware
    def provide_services(context: Any, next: Any) -> Any:
        context["services"] = services
        return next()

    @app.middleware
    def ignore_repeated_events(body: dict[str, Any], context: Any, logger: logging.Logger, next: Any) -> Any:
        """Slack retries an event it thinks was missed; answer each event id once, also after a restart."""
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not services.claim_event(f"event:{event_id}"):
            logger.info("ignoring repeated delivery of event %s", event_id)
            return BoltResponse(status=200, body="")
        return next()

    @app.error
    def log_unhandled(error: Exception, body: dict[str, Any], logger: logging.Logger) -> None:
        logger.error("unhandled error in a Slack listener (request type %s): %r",
                     body.get("type") or body.get("command"), error, exc_info=error)

    register_listeners(app)
    return app

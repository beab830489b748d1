"""``/insider chart TSLA`` (``chart TSLA 2021``, ``chart Elon Musk``, ``chart TSLA CEO``, and any question that
asks for a picture: ``/insider plot insider buying at PLTR``, read by ``bot.charts.intent``): the chart of a
company's or an insider's transactions (``bot.charts``) posted as a PNG into the channel, or the thread the
command came from, with a one-line summary and a link to the source filings on EDGAR. ``upload_chart`` is
also what a mention or a DM that asks for a chart uses (``bot.slack.listeners.events.conversation``).

Acknowledged at once; the chart is drawn on the answer pool and uploaded with ``files_upload_v2`` (Slack's
external upload: ``files.getUploadURLExternal``, the upload, ``files.completeUploadExternal``; the bot
needs the ``files:write`` scope and must be in the channel). Words that name no stored company or insider
get the usual "did you mean" privately instead of a chart.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk.errors import SlackApiError

from bot.charts import ChartRequest, chart_data, render_png
from bot.charts.files import chart_filename
from bot.charts.intent import chart_words
from bot.domain.text import for_log
from bot.slack import blocks
from bot.slack.replies import SORRY, fetch_for_chart
from bot.slack.services import SlackServices

VERB = "chart"
USAGE = ("`/insider chart TSLA` · `/insider chart TSLA 2021` · `/insider chart Elon Musk` · `/insider chart TSLA CEO` · "
         "`/insider plot insider buying at PLTR`")
NOT_POSTED = ("I could not post the chart here ({error}). Invite me to this channel (`/invite @insiderbot`); "
              "if that is not it, an admin may need to reinstall the app so it has the `files:write` scope.")


def chart_verb(text: str | None) -> str | None:
    """The words after ``chart`` when the command text starts with it; else None."""
    first, _, rest = " ".join((text or "").split()).partition(" ")
    return rest if first.lower() == VERB else None


def chart_request(text: str | None) -> str | None:
    """The words to chart of a ``/insider`` text: ``chart …`` or a question asking for a picture; else None."""
    words = chart_verb(text)
    return words if words is not None else chart_words(text)


def chart_command(ack: Ack, command: dict[str, Any], respond: Respond, context: dict[str, Any],
                  logger: logging.Logger) -> Future | None:
    """The listener for ``/insider chart …`` and chart questions (dispatched from ``insider_command``)."""
    words = chart_request(command.get("text", ""))
    if words is None:
        return None
    if not words:
        ack(text=f"What should I chart? {USAGE}", response_type="ephemeral")
        return None
    ack(text=f"Drawing a chart of _{blocks.escape(blocks.clip(words, 300))}_…", response_type="ephemeral")
    services: SlackServices = context["services"]
    return services.submit(post_chart, services, context["client"], respond, words,
                           channel=command.get("channel_id", ""), thread_ts=command.get("thread_ts"),
                           user=command.get("user_id"), logger=logger)


def chart_comment(data, user: str | None, notes: list[str] | None = None) -> str:
    """The message the PNG is posted with: the summary, the source link, who asked (and what fetching the
    company on demand left out)."""
    line = blocks.escape(data.summary())
    if data.source_url:
        line += f" {blocks.link(data.source_url, 'Source filings on EDGAR')}"
    return "\n".join([line + (f" (asked by <@{user}>)" if user else ""), *(notes or [])])


def post_chart(services: SlackServices, client, respond: Respond, words: str, *, channel: str,
               thread_ts: str | None, user: str | None, logger: logging.Logger) -> str | None:
    """Draw and upload the chart of a command; what goes wrong is said privately through ``respond``.
    Returns the uploaded file's id (None when nothing was posted)."""

    def tell(text: str) -> None:
        respond(text=text, response_type="ephemeral", replace_original=False)

    return upload_chart(services, client, words, channel=channel, thread_ts=thread_ts, user=user, tell=tell,
                        logger=logger)


def upload_chart(services: SlackServices, client, words: str, *, channel: str, thread_ts: str | None,
                 user: str | None, tell: Callable[[str], None], logger: logging.Logger) -> str | None:
    """Draw the chart of ``words`` and upload it into ``channel`` (and ``thread_ts``); a refusal ("did you
    mean …") or a failure goes to ``tell`` instead. A company not stored is fetched first (``tell`` says so).
    Returns the uploaded file's id, or None."""
    try:
        refused, notes = fetch_for_chart(services, words, lambda text: _tell(tell, text, logger))
        if refused is not None:
            _tell(tell, refused, logger)
            return None
        data = chart_data(services.store.reader, ChartRequest(words, surface="slack"))
        if data.refusal:
            _tell(tell, blocks.escape(data.refusal), logger)
            return None
        png = io.BytesIO()
        render_png(data, png)
        sent = client.files_upload_v2(channel=channel, thread_ts=thread_ts, file=png.getvalue(),
                                      filename=chart_filename(words), title=data.title,
                                      alt_txt=data.summary()[:1000], initial_comment=chart_comment(data, user, notes))
        return sent["file"]["id"]
    except SlackApiError as error:
        logger.warning("chart %r: the upload was refused: %s", for_log(words), error.response.get("error"))
        _tell(tell, NOT_POSTED.format(error=error.response.get("error", "refused")), logger)
    except Exception:
        logger.exception("chart %r failed", for_log(words))
        _tell(tell, SORRY, logger)
    return None


def _tell(tell: Callable[[str], None], text: str, logger: logging.Logger) -> None:
    try:
        tell(text)
    except Exception:
        logger.exception("could not send the chart's message")

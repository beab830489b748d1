"""``/insider chart TSLA`` (``chart TSLA 2021``, ``chart Elon Musk``, ``chart TSLA CEO``): the chart of a
company's or an insider's transactions (``bot.charts``) posted as a PNG into the channel, or the thread the
command came from, with a one-line summary and a link to the source filings on EDGAR.

Acknowledged at once; the chart is drawn on the answer pool and uploaded with ``files_upload_v2`` (Slack's
external upload: ``files.getUploadURLExternal``, the upload, ``files.completeUploadExternal``; the bot
needs the ``files:write`` scope and must be in the channel). Words that name no stored company or insider
get the usual "did you mean" privately instead of a chart.
"""

from __future__ import annotations

import io
import logging
from concurrent.futures import Future
from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk.errors import SlackApiError

from bot.charts import ChartRequest, chart_data, render_png
from bot.charts.files import chart_filename
from bot.domain.text import for_log
from bot.slack import blocks
from bot.slack.replies import SORRY
from bot.slack.services import SlackServices

VERB = "chart"
USAGE = "`/insider chart TSLA` · `/insider chart TSLA 2021` · `/insider chart Elon Musk` · `/insider chart TSLA CEO`"
NOT_POSTED = ("I could not post the chart here ({error}). Invite me to this channel (`/invite @insiderbot`); "
              "if that is not it, an admin may need to reinstall the app so it has the `files:write` scope.")


def chart_verb(text: str | None) -> str | None:
    """The words after ``chart`` when the command text starts with it; else None."""
    first, _, rest = " ".join((text or "").split()).partition(" ")
    return rest if first.lower() == VERB else None


def chart_command(ack: Ack, command: dict[str, Any], respond: Respond, context: dict[str, Any],
                  logger: logging.Logger) -> Future | None:
    """The listener for ``/insider chart …`` (dispatched from ``insider_command``)."""
    words = chart_verb(command.get("text", ""))
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


def chart_comment(data, user: str | None) -> str:
    """The message the PNG is posted with: the summary, the source link, who asked."""
    line = blocks.escape(data.summary())
    if data.source_url:
        line += f" {blocks.link(data.source_url, 'Source filings on EDGAR')}"
    return line + (f" (asked by <@{user}>)" if user else "")


def post_chart(services: SlackServices, client, respond: Respond, words: str, *, channel: str,
               thread_ts: str | None, user: str | None, logger: logging.Logger) -> str | None:
    """Draw and upload the chart; returns the uploaded file's id (None when nothing was posted)."""
    try:
        data = chart_data(services.store.reader, ChartRequest(words, surface="slack"))
        if data.refusal:
            respond(text=blocks.escape(data.refusal), response_type="ephemeral", replace_original=False)
            return None
        png = io.BytesIO()
        render_png(data, png)
        sent = client.files_upload_v2(channel=channel, thread_ts=thread_ts, file=png.getvalue(),
                                      filename=chart_filename(words), title=data.title,
                                      alt_txt=data.summary()[:1000], initial_comment=chart_comment(data, user))
        return sent["file"]["id"]
    except SlackApiError as error:
        logger.warning("/insider chart %r: the upload was refused: %s", for_log(words), error.response.get("error"))
        _tell(respond, NOT_POSTED.format(error=error.response.get("error", "refused")), logger)
    except Exception:
        logger.exception("/insider chart %r failed", for_log(words))
        _tell(respond, SORRY, logger)
    return None


def _tell(respond: Respond, text: str, logger: logging.Logger) -> None:
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except Exception:
        logger.exception("could not send the chart's error message")

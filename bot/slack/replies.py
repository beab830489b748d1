"""From a question to Slack messages, and the ways they are delivered (response_url, thread, DM).

Every failure here ends as a friendly message to the user and a log line with the details; nothing
raises into Bolt, so a bad question never shows a stack trace in Slack.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.answers.missing import MissingCompany, after_fetches, fetching_text, missing_companies
from bot.answers.render import Answer
from bot.answers.spec import ChatContext, QuerySpec
from bot.domain.text import for_log
from bot.slack import blocks
from bot.slack.services import SlackServices

log = logging.getLogger(__name__)

LOOKING = "Looking that up…"
SORRY = ("Sorry, something went wrong while answering that. The details are in the bot's log; "
         "try rephrasing, or `/insider help` for examples.")
MAX_THREAD_MESSAGES = 3  # parts posted at once in a thread; the rest come with "Show more"


@dataclass
class Reply:
    question: str
    pages: list[blocks.Message]
    reply_id: str | None = None
    context: dict[str, Any] | None = None
    ok: bool = True


def chat_context(stored: dict[str, Any] | None) -> ChatContext | None:
    """The engine's ``ChatContext`` from the JSON kept for a thread (``ChatContext.to_dict``)."""
    if not stored:
        return None
    spec = stored.get("spec")
    return ChatContext(
        company_ciks=tuple(stored.get("company_ciks") or ()), company_label=stored.get("company_label"),
        insider_ciks=tuple(stored.get("insider_ciks") or ()), insider_label=stored.get("insider_label"),
        spec=QuerySpec.model_validate(spec) if spec else None,
    )


def error_reply(question: str) -> Reply:
    return Reply(question, [blocks.text_message(SORRY)], ok=False)


@dataclass
class Fetched:
    """What fetching a company on demand means for the answer: an answer to give instead of the engine's (the
    company cannot be fetched), and notes to put after it (what was fetched, what the cap left out)."""

    instead: Answer | None = None
    notes: list[str] = field(default_factory=list)


def fetch_if_missing(services: SlackServices, question: str, *,
                     announce: Callable[[str], None] | None = None, updates: bool = False) -> Fetched:
    """Before answering: each company the question names that has no filings stored (the SEC's ticker table
    knows it) is fetched from EDGAR, one after the other. ``announce`` shows "Fetching Tecogen's insider
    filings…" meanwhile; for several companies it names them all at once ("Fetching the insider filings of
    Tecogen and Palantir from EDGAR…") and, with ``updates`` (a placeholder replaced in place, not a new
    message each time), again as each company's number of filings is known."""
    on_demand = services.on_demand
    if on_demand is None:
        return Fetched()
    try:
        on_demand.refresh_tickers()
        companies = missing_companies(question, services.store, catalogs=services.catalogs)
        if not companies:
            return Fetched()
        if not on_demand.can_fetch:
            return Fetched(*after_fetches([(company, None) for company in companies], "slack"))
        say = _Announcer(companies, announce, updates)
        return Fetched(*after_fetches(on_demand.fetch_each(companies, announce=say), "slack"))
    except Exception:
        log.exception("could not fetch the companies %r names on demand", for_log(question))
        return Fetched()


def fetch_for_chart(services: SlackServices, words: str, tell: Callable[[str], None]) -> tuple[str | None, list[str]]:
    """A chart of a company not stored ("chart TGEN"): fetch it first, as for a question (``tell`` says so).
    Returns what to say instead of the chart (it could not be fetched) or None, and the notes on the fetch,
    as Slack text."""
    fetched = fetch_if_missing(services, words, announce=tell)
    instead = blocks.escape(fetched.instead.text) if fetched.instead is not None else None
    return instead, [blocks.escape(note) for note in fetched.notes]


class _Announcer:
    """What the placeholder says while the companies are fetched (never raises into the fetch)."""

    def __init__(self, companies: list[MissingCompany], announce: Callable[[str], None] | None, updates: bool):
        self.companies = companies
        self.announce = announce
        self.updates = updates
        self.counts: dict[str, int] = {}
        if len(companies) > 1:
            self._say(fetching_text(companies))

    def __call__(self, company: MissingCompany, count: int | None) -> None:
        if len(self.companies) == 1:
            self._say(fetching_text(company, count))
        elif count is not None and self.updates:
            self.counts[company.cik] = count
            self._say(fetching_text(self.companies, counts=self.counts))

    def _say(self, text: str) -> None:
        if self.announce is None:
            return
        try:
            self.announce(text)
        except Exception:
            log.exception("could not say that companies are being fetched")


def build_reply(services: SlackServices, question: str, *, context: dict[str, Any] | None = None,
                fetched: Fetched | None = None) -> Reply:
    """Answer ``question`` (or give ``fetched.instead``, with ``fetched.notes`` after the answer) and lay it
    out in pages, stored for the "show more" and "share" buttons."""
    fetched = fetched or Fetched()
    try:
        answer = fetched.instead or services.answer_fn(question, services.store, context=chat_context(context),
                                                       settings=services.settings, surface="slack")
        answer.notes.extend(fetched.notes)
        pages = blocks.answer_pages(answer, freshness=services.freshness())
        new_context = blocks.answer_context(answer, previous=context)
    except Exception:
        log.exception("could not answer %r (context %r)", for_log(question), for_log(context))
        return error_reply(question)
    reply_id: str | None = uuid.uuid4().hex
    try:
        services.save_reply(reply_id, question, pages)
    except Exception:
        log.exception("could not store the pages of reply %s", reply_id)
        reply_id = None
    return Reply(question, pages, reply_id=reply_id, context=new_context)


def respond_reply(respond: Respond, reply: Reply, *, visibility: str = "ephemeral", page: int = 0,
                  shareable: bool = True, note: str | None = None) -> None:
    """Send one page of ``reply`` through a ``response_url``: ephemeral, or ``in_channel`` for all."""
    message = reply.pages[page]
    if note:
        message = {"text": message["text"], "blocks": [*message["blocks"], blocks.context(note)]}
    message = blocks.with_buttons(message, reply_id=reply.reply_id, page=page, pages=len(reply.pages),
                                  shareable=shareable and visibility == "ephemeral" and reply.ok,
                                  visibility=visibility)
    response = respond(text=message["text"], blocks=message["blocks"], response_type=visibility,
                       replace_original=False, unfurl_links=False, unfurl_media=False)
    if response.status_code != 200:
        log.error("response_url refused the reply to %r: %s %s", for_log(reply.question), response.status_code,
                  response.body)


def post_reply_in_thread(client: WebClient, reply: Reply, *, channel: str, thread_ts: str | None,
                         placeholder_ts: str | None, start: int = 0) -> None:
    """Put parts ``start…`` of ``reply`` in a conversation: the first replaces the placeholder (if any),
    the next follow in the same thread, and after ``MAX_THREAD_MESSAGES`` parts a "Show more" button
    waits for the rest."""
    end = min(len(reply.pages), start + MAX_THREAD_MESSAGES)
    for page in range(start, end):
        message = reply.pages[page]
        if page == end - 1:
            message = blocks.with_buttons(message, reply_id=reply.reply_id, page=page, pages=len(reply.pages),
                                          shareable=False, visibility="thread", thread_ts=thread_ts)
        post_message(client, message, channel=channel, thread_ts=thread_ts,
                     replace_ts=placeholder_ts if page == start else None)


def post_message(client: WebClient, message: blocks.Message, *, channel: str, thread_ts: str | None,
                 replace_ts: str | None = None) -> None:
    if replace_ts:
        client.chat_update(channel=channel, ts=replace_ts, text=message["text"], blocks=message["blocks"])
    else:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=message["text"],
                                blocks=message["blocks"], unfurl_links=False, unfurl_media=False)


def answer_in_conversation(services: SlackServices, client: WebClient, question: str, *, channel: str,
                           thread_ts: str | None, context_key: tuple[str, str],
                           placeholder_ts: str | None) -> Reply:
    """The background half of a mention or DM: answer with the thread's context, post, remember."""
    previous = None
    try:
        previous = services.thread_context(*context_key)
    except Exception:
        log.exception("could not read the context of %s", context_key)

    def announce(text: str) -> None:  # the placeholder says the company is being fetched
        try:
            post_message(client, blocks.text_message(text), channel=channel, thread_ts=thread_ts,
                         replace_ts=placeholder_ts)
        except Exception:
            log.exception("could not update the placeholder in %s", channel)

    fetched = fetch_if_missing(services, question, announce=announce, updates=True)
    reply = build_reply(services, question, context=previous, fetched=fetched)
    try:
        post_reply_in_thread(client, reply, channel=channel, thread_ts=thread_ts, placeholder_ts=placeholder_ts)
    except Exception:
        log.exception("could not post the answer to %r in %s", question, channel)
        try:
            post_message(client, blocks.text_message(SORRY), channel=channel, thread_ts=thread_ts,
                         replace_ts=placeholder_ts)
        except Exception:
            log.exception("could not tell the user in %s about the failure either", channel)
        return reply
    if reply.ok and reply.context:
        try:
            services.save_thread_context(*context_key, reply.context)
        except Exception:
            log.exception("could not save the context of %s", context_key)
    return reply

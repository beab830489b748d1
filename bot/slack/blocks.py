"""Block Kit builders: pure functions from an answer to Slack messages, within Slack's limits.

A message is ``{"text": <plain fallback>, "blocks": [...]}``. ``split_blocks`` cuts a long list of
blocks into messages that each respect the limits (50 blocks, 3,000 characters per section, about
12,000 characters of text per message); ``answer_pages`` does that for an answer and labels the
parts. Buttons that need an id (share, show more) are added by ``with_buttons`` when a page is sent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from bot.answers.render import Answer, Line, Source
from bot.domain.formats import format_date
from bot.domain.text import clip
from storage.status import Freshness

MAX_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_SECTION_CHARS = 3000
MAX_FIELD_CHARS = 2000
MAX_FIELDS = 10
MAX_HEADER_CHARS = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_BUTTON_LABEL = 75
MAX_BUTTON_VALUE = 2000
MAX_URL = 3000
MESSAGE_TEXT_BUDGET = 11000  # Slack refuses about 12,000; keep a margin for block overhead
FALLBACK_TEXT_CHARS = 3000
FOOTER_BLOCKS = 3  # continuation label, freshness, buttons
EASTERN = ZoneInfo("America/New_York")
FOOTER_CHARS = 600

SHARE_ACTION = "insider_share"
SHOW_MORE_ACTION = "insider_show_more"
FILING_LINK_ACTION = "insider_filing_link"

Block = dict[str, Any]
Message = dict[str, Any]


# --- text ------------------------------------------------------------------------------------------

MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def question_text(text: str | None) -> str:
    """The question in what Slack sent (a message's or a slash command's text): user mentions removed,
    links turned back into their words, Slack's escapes (``&amp;``, ``&lt;``, ``&gt;``) undone, spaces
    squeezed, so "tsla &amp; pltr" is read as the user typed it: "tsla & pltr"."""
    text = MENTION.sub(" ", text or "")
    text = re.sub(r"<(https?://[^|>]+)(?:\|([^>]*))?>", lambda m: m.group(2) or m.group(1), text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters, so text a user typed
    (or a filing carries) cannot make a mention (``<!channel>``, ``<@U123>``) or a link (``<url|label>``)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def defuse(text: str) -> str:
    """Plain text made safe as a message's fallback ``text``: ``<`` and ``>`` escaped, so it cannot open a
    mention or a link; a lone ``&`` is shown as it is, so it stays readable in notifications."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


def link(url: str, label: str) -> str:
    label = escape(label).replace("|", "¦")
    return f"<{url}|{label}>" if url else label


def _chunks(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut at line breaks, then at spaces."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            head, line = line[:cut], line[cut:].lstrip(" ")
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current:
        pieces.append(current)
    return [p for p in pieces if p.strip()] or [""]


# --- blocks ----------------------------------------------------------------------------------------

def mrkdwn(text: str) -> dict[str, Any]:
    """A mrkdwn text object. ``verbatim``: Slack makes no links, channel names or mentions of its own
    from the text (a bare URL or ``#channel`` a user typed stays text); the ``<url|label>`` links the
    bot writes itself still work."""
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


def header(text: str) -> Block:
    """A header block; a title longer than a header allows becomes a bold section instead."""
    text = " ".join(text.split())
    if len(text) <= MAX_HEADER_CHARS:
        return {"type": "header", "text": plain(text)}
    return section(f"*{escape(text)}*")


def section(text: str, *, fields: Sequence[str] = (), accessory: Block | None = None) -> Block:
    block: Block = {"type": "section"}
    if text:
        block["text"] = mrkdwn(text)
    if fields:
        block["fields"] = [mrkdwn(f) for f in fields]
    if accessory:
        block["accessory"] = accessory
    return block


def context(*texts: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(clip(t, MAX_SECTION_CHARS)) for t in texts[:MAX_CONTEXT_ELEMENTS]]}


def divider() -> Block:
    return {"type": "divider"}


def button(label: str, *, action_id: str, value: str | None = None, url: str | None = None,
           style: str | None = None) -> Block:
    element: Block = {"type": "button", "text": plain(clip(label, MAX_BUTTON_LABEL)), "action_id": action_id}
    if value is not None:
        element["value"] = value[:MAX_BUTTON_VALUE]
    if url:
        element["url"] = url[:MAX_URL]
    if style:
        element["style"] = style
    return element


def actions(elements: Sequence[Block], *, block_id: str | None = None) -> Block:
    block: Block = {"type": "actions", "elements": list(elements)[:25]}
    if block_id:
        block["block_id"] = block_id
    return block


# --- limits ----------------------------------------------------------------------------------------

def block_chars(block: Block) -> int:
    """The characters of text a block carries (what counts toward a message's text budget)."""
    total = 0
    for key in ("text",):
        if isinstance(block.get(key), dict):
            total += len(block[key].get("text", ""))
    for f in block.get("fields") or []:
        total += len(f.get("text", ""))
    if block.get("type") == "context":
        total += sum(len(e.get("text", "")) for e in block.get("elements") or [])
    return total


def fit_block(block: Block) -> list[Block]:
    """``block`` as one or more blocks that each respect the per-block limits."""
    if block.get("type") == "header":
        text = block["text"]["text"]
        return [block] if len(text) <= MAX_HEADER_CHARS else fit_block(section(f"*{escape(text)}*"))
    if block.get("type") != "section":
        return [block]
    text = (block.get("text") or {}).get("text", "")
    fields = [clip(f.get("text", ""), MAX_FIELD_CHARS) for f in block.get("fields") or []]
    accessory = block.get("accessory")
    out: list[Block] = []
    if text:
        out.extend(section(chunk) for chunk in _chunks(text, MAX_SECTION_CHARS))
    for i in range(0, len(fields), MAX_FIELDS):
        out.append(section("", fields=fields[i : i + MAX_FIELDS]))
    if not out:
        return []
    if accessory:
        out[0]["accessory"] = accessory
    return out


def split_blocks(
    blocks: Sequence[Block],
    *,
    max_blocks: int = MAX_BLOCKS,
    max_chars: int = MESSAGE_TEXT_BUDGET,
    reserve_blocks: int = 0,
    reserve_chars: int = 0,
) -> list[list[Block]]:
    """Cut ``blocks`` into messages of at most ``max_blocks - reserve_blocks`` blocks and
    ``max_chars - reserve_chars`` characters each, after splitting any over-long section.
    Order is kept; a divider never starts or ends a message."""
    block_cap = max_blocks - reserve_blocks
    char_cap = max_chars - reserve_chars
    pages: list[list[Block]] = []
    current: list[Block] = []
    chars = 0
    for original in blocks:
        for block in fit_block(original):
            size = block_chars(block)
            if current and (len(current) + 1 > block_cap or chars + size > char_cap):
                pages.append(current)
                current, chars = [], 0
            if not current and block.get("type") == "divider":
                continue
            current.append(block)
            chars += size
    if current:
        pages.append(current)
    for page in pages:
        while page and page[-1].get("type") == "divider":
            page.pop()
    return [p for p in pages if p] or [[]]


def fallback_text(text: str, limit: int = FALLBACK_TEXT_CHARS) -> str:
    """The plain ``text`` of a message (notifications, screen readers): never empty, never too long."""
    text = text.strip() or "insiderbot"
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip() + "…"


def paginate(blocks: Sequence[Block], *, text: str, title: str, footer: Sequence[Block] = ()) -> list[Message]:
    """Messages for ``blocks`` within the limits; parts after the first say so, the last gets ``footer``.
    ``text`` and ``title`` are plain text (defused here for the fallback ``text``)."""
    parts = split_blocks(blocks, reserve_blocks=FOOTER_BLOCKS + len(footer),
                         reserve_chars=FOOTER_CHARS + sum(block_chars(b) for b in footer))
    messages: list[Message] = []
    for i, part in enumerate(parts):
        page = list(part)
        if len(parts) > 1:
            page.append(context(f"Part {i + 1} of {len(parts)}"))
        if i == len(parts) - 1:
            page.extend(footer)
        label = text if i == 0 else f"{title} (part {i + 1} of {len(parts)})"
        messages.append({"text": fallback_text(defuse(label)), "blocks": page})
    return messages


def with_buttons(message: Message, *, reply_id: str | None, page: int, pages: int, shareable: bool,
                 visibility: str, thread_ts: str | None = None) -> Message:
    """``message`` with a row of buttons: "Show more" (when pages follow) and "Share in channel".
    ``visibility`` says where the next part goes: ``ephemeral``, ``in_channel`` or ``thread`` (then
    ``thread_ts``, None for a DM's top level)."""
    elements = []
    if reply_id and page + 1 < pages:
        target: dict[str, Any] = {"id": reply_id, "page": page + 1, "vis": visibility}
        if visibility == "thread":
            target["ts"] = thread_ts
        value = json.dumps(target, separators=(",", ":"))
        elements.append(button(f"Show more ({page + 2} of {pages})", action_id=SHOW_MORE_ACTION, value=value))
    if reply_id and shareable:
        value = json.dumps({"id": reply_id}, separators=(",", ":"))
        elements.append(button("Share in channel", action_id=SHARE_ACTION, value=value, style="primary"))
    if not elements:
        return message
    return {"text": message["text"], "blocks": [*message["blocks"], actions(elements, block_id="insider_buttons")]}


def text_message(text: str, *, note: str | None = None) -> Message:
    """A short reply (acks, errors, help lines) as a message with one section."""
    blocks = [section(chunk) for chunk in _chunks(text, MAX_SECTION_CHARS)][:MAX_BLOCKS - 1]
    if note:
        blocks.append(context(note))
    return {"text": fallback_text(text), "blocks": blocks}


# --- answers ---------------------------------------------------------------------------------------

def _is_web_url(url: str | None) -> bool:
    return bool(url) and url.startswith(("https://", "http://")) and len(url) <= MAX_URL


def _source_line(source: Source) -> str:
    url = source.url if _is_web_url(source.url) else None
    return f"_Source: {link(url, source.label) if url else escape(source.label)}_"


def _group_lines(lines: Sequence[Line]) -> list[tuple[list[Line], int | None]]:
    """Consecutive lines that cite the same filing (or no filing) form one group: one section in Slack."""
    groups: list[tuple[list[Line], int | None]] = []
    for line in lines:
        if groups and groups[-1][1] == line.source:
            groups[-1][0].append(line)
        else:
            groups.append(([line], line.source))
    return groups


def _line_text(line: Line, *, headline: str) -> str:
    """A line and its details; a line that only repeats the header keeps just its details."""
    parts = [] if line.text == headline else [escape(line.text)]
    parts.extend(f"      • {escape(detail)}" for detail in line.details)
    return "\n".join(parts)


def _context_blocks(texts: Iterable[str]) -> list[Block]:
    elements = [chunk for text in texts if text.strip() for chunk in _chunks(escape(text), MAX_SECTION_CHARS)]
    return [context(*elements[i : i + MAX_CONTEXT_ELEMENTS]) for i in range(0, len(elements), MAX_CONTEXT_ELEMENTS)]


def freshness_text(freshness: Freshness | None) -> str:
    """The data's freshness line, under every answer and on the Home tab (times in US Eastern)."""
    if freshness is None or (freshness.last_sync_at is None and freshness.newest_filing_date is None):
        return "No filings stored yet"
    if freshness.last_sync_at is None:
        return f"Newest filing stored: {format_date(freshness.newest_filing_date)} (not synced from EDGAR yet)"
    synced = freshness.last_sync_at.astimezone(EASTERN)
    clock = f"{synced:%I:%M %p}".lstrip("0")
    text = f"Filings synced up to {format_date(synced.date())} {clock} ET"
    if freshness.newest_filing_date:
        text += f" (newest filing {format_date(freshness.newest_filing_date)})"
    return text


def answer_blocks(answer: Answer) -> list[Block]:
    """The body of an answer: a header line, one section per record group (with a button to its
    filing), then the notes. Not yet cut to Slack's limits (``answer_pages`` does that)."""
    body: list[Block] = []
    headline = " ".join((answer.headline or (answer.lines[0].text if answer.lines else "")).split())
    if headline:
        body.append(header(headline))
    for group, source_index in _group_lines(answer.lines):
        text = "\n".join(t for t in (_line_text(line, headline=headline) for line in group) if t)
        accessory = None
        if source_index is not None and 0 <= source_index < len(answer.sources):
            source = answer.sources[source_index]
            text = f"{text}\n{_source_line(source)}" if text else _source_line(source)
            if _is_web_url(source.url):
                accessory = button("View filing", action_id=f"{FILING_LINK_ACTION}_{source_index}",
                                   url=source.url)
        if text:
            body.append(section(text, accessory=accessory))
    body.extend(_context_blocks(answer.notes))
    return body


def answer_pages(answer: Answer, *, freshness: Freshness | None) -> list[Message]:
    """An answer as one or more messages within Slack's limits, the freshness line on the last one."""
    title = clip(" ".join((answer.headline or "insiderbot").split()), 120)
    footer = [context(freshness_text(freshness))]
    return paginate(answer_blocks(answer), text=answer.text or title, title=title, footer=footer)


def answer_context(answer: Answer, *, previous: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the conversation is about after this answer (its company and insider), as plain JSON; the
    previous context when this answer names neither (help, no match), so a follow-up keeps its subject."""
    ctx = answer.context
    if ctx is None or not (ctx.company_ciks or ctx.insider_ciks):
        return previous
    return ctx.to_dict()

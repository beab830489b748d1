"""Alerts in Block Kit: pure functions from a plain ``bot.alerts.compose.Notice`` to Slack messages within
Slack's limits (a grouped notice or a catch-up too long for one message continues in its thread)."""

from __future__ import annotations

from bot.alerts.compose import Notice, Told
from bot.slack import blocks


def told_line(item: Told, *, with_issuer: bool) -> str:
    text = "; ".join(item.lines)
    text = blocks.escape(f"{item.issuer}: {text}" if with_issuer else text)
    flags = [f"_{blocks.escape(f)}_" for f in item.flags]
    link = blocks.link(item.url, item.form_label) if item.url and item.url.startswith("http") else item.form_label
    return " · ".join([text, *flags, link])


def alert_blocks(notice: Notice) -> list[blocks.Block]:
    out: list[blocks.Block] = [blocks.header(notice.title)]
    if notice.kind == "single":
        item = notice.items[0]
        out.append(blocks.section(told_line(item, with_issuer=False)))
        out.append(blocks.context(blocks.escape("Rule: " + "; ".join(item.rules))))
        return out
    for item in notice.items:
        out.append(blocks.section(f"• {told_line(item, with_issuer=True)}"))
    if notice.more:
        out.append(blocks.context(blocks.escape(f"… and {notice.more} more filing(s).")))
    return out


def alert_messages(notice: Notice) -> list[blocks.Message]:
    """The notice as Slack messages within the limits; the first in the channel, the others in its thread."""
    return blocks.paginate(alert_blocks(notice), text=notice.title, title=notice.title)

"""The digest in Block Kit: pure functions from a plain ``bot.digest.compose.Digest`` to Slack messages
within Slack's limits (50 blocks, 3,000 characters a section, about 11,000 characters a message).

The words (titles, item phrases, flags, cluster lines) come from the digest; only the layout, the
mrkdwn escaping and the links are Slack's.
"""

from __future__ import annotations

from bot.digest.compose import (
    CLUSTER_HEADING,
    Cluster,
    Digest,
    Item,
    cluster_phrase,
    quiet_line,
    summary_line,
    title,
    watching_line,
    window_line,
)
from bot.slack import blocks


def item_line(item: Item, *, with_issuer: bool = False) -> str:
    """One item as a mrkdwn line: what happened, its flags in italics, a link to its filing."""
    phrase = item.phrase()
    text = blocks.escape(f"{item.issuer}: {phrase}" if with_issuer else phrase)
    flags = [f"_{blocks.escape(f)}_" for f in item.flags()]
    link = blocks.link(item.url, item.form_label) if item.url and item.url.startswith("http") else item.form_label
    return " · ".join([text, *flags, link])


def cluster_line(cluster: Cluster) -> str:
    links = [blocks.link(url, f"Form 4 ({name})") for name, url in cluster.links if url.startswith("http")]
    return " · ".join([blocks.escape(cluster_phrase(cluster)), *links])


def bulleted(heading: str, lines: list[str]) -> blocks.Block:
    return blocks.section("\n".join([f"*{blocks.escape(heading)}*", *(f"• {line}" for line in lines)]))


def market_blocks(digest: Digest) -> list[blocks.Block]:
    if not digest.has_market:
        return []
    out = [blocks.divider(), blocks.section("*Across the market*")]
    if digest.market_buys:
        out.append(bulleted("Largest open-market purchases",
                            [item_line(i, with_issuer=True) for i in digest.market_buys]))
    if digest.market_sales:
        out.append(bulleted("Largest open-market sales",
                            [item_line(i, with_issuer=True) for i in digest.market_sales]))
    if digest.clusters:
        out.append(bulleted(CLUSTER_HEADING, [cluster_line(c) for c in digest.clusters]))
    return out


def digest_blocks(digest: Digest) -> list[blocks.Block]:
    """The digest's blocks, not yet cut to Slack's limits (``digest_messages`` does that)."""
    if digest.quiet:
        return [blocks.section(blocks.escape(quiet_line(digest))), *market_blocks(digest)]
    body = [
        blocks.header(title(digest)),
        blocks.context(blocks.escape(window_line(digest)), blocks.escape(watching_line(digest))),
    ]
    for group in digest.companies:
        body.append(bulleted(group.issuer, [item_line(i) for i in group.items]))
    body.extend(market_blocks(digest))
    return body


def digest_messages(digest: Digest) -> list[blocks.Message]:
    """The digest as Slack messages within the limits; the first is posted in the channel, the others in
    its thread."""
    text = quiet_line(digest) if digest.quiet else summary_line(digest)
    return blocks.paginate(digest_blocks(digest), text=text, title=title(digest))

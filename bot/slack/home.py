"""The help message and the App Home tab: what the bot can do, example questions, data freshness."""

from __future__ import annotations

from typing import Any

from bot.slack import blocks
from storage.status import Freshness

EXAMPLES = (
    "what options did Tecogen's GC get",
    "TGEN insider buys in 2023",
    "who are the insiders at Tecogen",
    "how many shares does John Whiting hold",
    "biggest insider sales last month",
)

CAPABILITIES = (
    "*Who bought or sold*: open-market purchases and sales (codes P and S), by company, person or role.",
    "*Grants and options*: what was granted, the exercise price, when it vests and when it expires.",
    "*Holdings*: what an insider holds after their latest filing, directly and indirectly.",
    "*Every answer links to the SEC filing* it comes from.",
)


def usage_lines() -> list[str]:
    return [
        "`/insider <question>`: ask anything; only you see the answer (a button shares it).",
        "`/insider TICKER`: the latest insider activity at that company.",
        "`/insider share <question>`: the answer is posted for everyone in the channel.",
        "`@insiderbot <question>` in a channel: answered in the thread; follow-ups there remember "
        "the company and the insider.",
        "A direct message to the bot works too.",
        "`/insider watch TICKER \"Insider Name\"`, `/insider unwatch TICKER`, `/insider watchlist`: follow "
        "companies and insiders in this channel (or DM); the bot posts a digest of their filings every morning.",
        "`/insider alert RULE` (e.g. `alert TGEN`, `alert buys over $500k`, `alert cluster buys`), "
        "`/insider alerts`, `/insider unalert ID`: be told here within one sync of a filing that matches.",
        "`/insider chart TSLA` (or `chart TSLA 2021`, `chart Elon Musk`, or ask \"plot insider buying at PLTR\"): a "
        "picture of the insiders' trades.",
    ]


def help_message() -> blocks.Message:
    examples = "\n".join(f"• `{q}`" for q in EXAMPLES)
    page = [
        blocks.section("*insiderbot* answers questions about SEC insider filings (Forms 3, 4, 5).\n"
                       + "\n".join(f"• {line}" for line in usage_lines())),
        blocks.section(f"*Examples*\n{examples}"),
    ]
    return {"text": "insiderbot: ask about SEC insider filings, e.g. /insider " + EXAMPLES[0], "blocks": page}


def home_view(*, freshness: Freshness | None, watchlist: list[str] | None = None) -> dict[str, Any]:
    """The Home tab (``views.publish``); ``watchlist``: lines describing the watchlist of the user's DM
    with the bot (its daily digest arrives in the Messages tab)."""
    page = [
        blocks.header("insiderbot"),
        blocks.section("Answers questions about SEC insider filings (Forms 3, 4, 5) with exact figures "
                       "and a link to each filing."),
        blocks.context(blocks.freshness_text(freshness)),
        blocks.divider(),
        blocks.section("*What it can do*\n" + "\n".join(f"• {c}" for c in CAPABILITIES)),
        blocks.section("*How to ask*\n" + "\n".join(f"• {line}" for line in usage_lines())),
        blocks.section("*Example questions*\n" + "\n".join(f"• `{q}`" for q in EXAMPLES)),
    ]
    if watchlist is not None:
        text = "*Your watchlist* (its digest arrives in the Messages tab)\n" + "\n".join(
            f"• {blocks.escape(line)}" for line in watchlist)
        page += [blocks.divider(), *blocks.fit_block(blocks.section(text))]
    return {"type": "home", "blocks": page[: blocks.MAX_VIEW_BLOCKS]}

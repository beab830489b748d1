"""What the positions listed come to in all, by security ("how many isba shares does mcguirk hold in total", "thiel
pltr form 3 class a total all accounts"): the shares held after each position's latest filing, directly and
indirectly, added up per security title."""

from __future__ import annotations

import re

from bot.answers.render import Answer
from bot.domain.formats import fmt_shares

ASKS_IN_ALL = re.compile(r"\b(?:in\s+total|total|combined|altogether|in\s+all|all\s+(?:his|her|their|the)\s+accounts|"
                         r"every\s+(?:account|entity))\b", re.I)


def held_in_all(result: Answer) -> str | None:
    """'In all: 401,144.7327 shares of common in 3 positions.' per security title held in two positions or more."""
    by_title: dict[str, list[float]] = {}
    for rec in result.records:
        if rec.get("is_holding") is not None and rec.get("shares_owned_following") is not None:
            by_title.setdefault(rec.get("security_title") or "shares", []).append(rec["shares_owned_following"])
    parts = [f"{fmt_shares(sum(held))} {title} in {len(held)} positions" for title, held in by_title.items()
             if len(held) > 1]
    return f"In all: {'; '.join(parts)}." if parts else None

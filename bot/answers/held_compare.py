"""Holdings compared ("who held more stock directly, Katherine Adams or Michael Scarpelli", "who holds more
shares: adams or scarpelli"): each side's positions after its latest filings added up, shares of stock unless
a side holds only derivatives, the larger first with the difference. Never a count of trades."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.formats import fmt_shares
from bot.domain.wording import unit_word

# A part that asks what is held ("who held more", "holds more shares", "bigger stake", "more shs left after the
# tax withholding", unless a trade is asked too: "what did each sell + shs left after"), not what was traded.
ASKS_HELD = re.compile(r"\b(?:hold(?:s|ing|ings)?|held|own(?:s|ed)?|positions?|stakes?)\b"
                       r"|^(?!.*\b(?:sell|sold|sells|bought|buys?|purchas\w*)\b).*\b(?:left|remain(?:s|ed|ing)?)\b", re.I)


@dataclass(frozen=True)
class Held:
    """What one side held: the shares (or derivatives' units) added up, in how many positions, of what kind."""

    shares: float
    positions: int
    kind: str | None

    @property
    def unit(self) -> str:
        return "shares" if self.kind in (None, "common", "preferred") else unit_word(self.kind, True)

    def words(self) -> str:
        return f"{fmt_shares(self.shares)} {self.unit} in {self.positions:,} position{'' if self.positions == 1 else 's'}"


def held_of(result) -> Held | None:
    """The side's positions (an answer of kind "holdings") added up; None when the answer is not holdings."""
    if result.kind != "holdings":
        return None
    rows = [r for r in result.records if _amount(r) is not None]
    stock = [r for r in rows if not r.get("is_derivative")]
    chosen = stock or rows
    kinds = {r.get("security_kind") for r in chosen}
    return Held(sum(_amount(r) for r in chosen), len(chosen), next(iter(kinds)) if len(kinds) == 1 else None)


def _amount(rec: dict) -> float | None:
    """What a position holds: the shares owned after its filing, or a Form 3 derivative's underlying shares."""
    held = rec.get("shares_owned_following")
    return held if held is not None else rec.get("underlying_shares")


def held_sentence(parts: list) -> str | None:
    """'Holdings by Katherine L. Adams were bigger: 452,334 shares in 1 position, vs 101,097 shares in 1
    position by Michael Scarpelli: a difference of 351,237 shares.' (each part has ``result``, ``first`` and
    ``short``); None unless every side's answer is holdings."""
    held = [held_of(p.result) for p in parts]
    if len(parts) < 2 or any(h is None for h in held):
        return None
    if not any(ASKS_HELD.search(p.question) for p in parts) and any(
            p.figure is not None and p.figure.total.transactions for p in parts):
        return None  # "melkote rsus vs options, how many each": what was granted, compared
    ranked = sorted(zip(parts, held, strict=True), key=lambda ph: -ph[1].shares)
    (top, most), *rest = ranked
    if all(h.shares == most.shares for _, h in rest):
        return (f"Holdings {top.first} and {' and '.join(p.short or p.first for p, _ in rest)} were the same: "
                f"{most.words()} each, after each one's latest filing.")
    others = ", and ".join(f"{h.words()} {p.short}" for p, h in rest)
    gap = f": a difference of {fmt_shares(most.shares - rest[0][1].shares)} {most.unit}" if len(rest) == 1 else ""
    return (f"Holdings {top.first} were {'bigger' if len(rest) == 1 else 'the biggest'}: {most.words()}, vs "
            f"{others}{gap}, after each one's latest filing.")

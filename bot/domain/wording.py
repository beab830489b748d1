"""One way to word a trade: ``word_trade(Trade(...))`` -> 'bought 1,000 shares of Common Stock at $10.00 per
share on Sep 20, 2023 (code P, purchase)', with the subject in front.

Answers word one row of a filing; the digest words one filing's rows of one kind in one security (a sale
in twenty lots: a price range, a total value, a first and last date). Both say the same trade with the
same verbs; ``Wording`` says how much beside the trade a sentence carries (``ANSWER``: the price per share
and the code; ``DIGEST``: the dollar value and the exercise price, the code only when no verb says it).

Rules: shares as filed; a grant (A) or an exercise (M) is never called a purchase; a purchase or sale
whose acquired/disposed mark contradicts its code is "reported", not bought or sold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.codes import CODES, code_of, code_word, direction_conflicts, is_open_market
from bot.domain.formats import fmt_money, fmt_price, fmt_shares, format_date
from bot.domain.vocab import SECURITY_LABELS

# ---- securities in words -------------------------------------------------------------------------


def _lower_title(title: str) -> str:
    words = []
    for w in title.split():
        core = w.strip("()\"'")
        keep = (len(core) >= 2 and core.isupper()) or (len(core) == 1 and core.isupper())
        words.append(w if keep else w.lower())
    return " ".join(words)


def _pluralise(text: str) -> str:
    """'stock option (right to buy)' -> 'stock options (right to buy)'; 'option to buy' -> 'options to buy'."""
    head, paren, tail = text.partition("(")
    head = head.rstrip()
    noun = re.search(r"\b(option|warrant|right|unit)(?=\s+to\s)", head, re.I)
    if noun:
        head = head[: noun.end()] + "s" + head[noun.end():]
        return f"{head} ({tail}" if paren else head
    last = head.split()[-1] if head.split() else ""
    if last and not last.lower().endswith(("s", "stock")):
        head = head[: len(head) - len(last)] + last + "s"
    return f"{head} ({tail}" if paren else head


def security_phrase(title: str | None, amount: float | None, kind: str | None, is_derivative: bool) -> str:
    """'37,500' + 'Stock Option (Right to Buy)' -> 'stock options (right to buy)'; shares of stock stay titled."""
    title = (title or "securities").strip()
    if kind in ("option", "rsu", "psu", "warrant") or (is_derivative and kind is None):
        text = _lower_title(title)
        return text if amount == 1 else _pluralise(text)
    if re.search(r"\bshares?\b", title, re.I):
        return title
    return f"{'share' if amount == 1 else 'shares'} of {title}"


def unit_word(kind: str | None, is_derivative: bool) -> str:
    if kind == "option":
        return "options"
    if kind in ("rsu", "psu"):
        return SECURITY_LABELS[kind]
    if kind == "warrant":
        return "warrants"
    return "shares" if not is_derivative or kind in ("common", "preferred") else "units"


# ---- a trade in words ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Trade:
    """One trade (or one filing's lots of it) as a sentence needs it."""

    who: str  # the subject, as the sentence opens: "Jane Doe (CEO)", "John Whiting, GC of Tecogen Inc. (TGEN),"
    code: str | None
    shares: float | None
    security_title: str | None
    security_kind: str | None = None
    is_derivative: bool = False
    acquired_disposed: str | None = None  # 'A' or 'D' as filed
    price: float | None = None  # per share; the lowest when the trade was made in several lots
    price_high: float | None = None  # the highest of several lots
    value: float | None = None  # dollars, for open-market trades
    exercise_price: float | None = None  # of the option or warrant granted or exercised
    date: str | None = None  # the trade's date; the first when there were several
    last_date: str | None = None
    plural: bool = False  # ``who`` names several owners ("were granted")


@dataclass(frozen=True)
class Wording:
    """What a sentence says beside the trade itself."""

    per_share: bool = True  # "at $10.00 per share" (else "at $10.00")
    code: bool = True  # "(code P, purchase)" after the date; else only for codes no verb says ("other" codes)
    terms: bool = False  # the dollar value ("for $10,500.00") and an option's exercise price


ANSWER = Wording()
DIGEST = Wording(per_share=False, code=False, terms=True)


def word_trade(trade: Trade, wording: Wording = ANSWER) -> str:
    """``who`` + what happened + price + when + code, without a full stop."""
    code = (trade.code or "").upper()
    price = _price_words(trade, wording)
    dates = _date_words(trade)
    named = code_of(code)
    coded = f" (code {trade.code}, {code_word(trade.code)})" if trade.code and (
        wording.code or named is None or named.category == "other") else ""
    return f"{trade.who} {_action(trade, code, wording)}{price}{dates}{coded}"


def _conflict(trade: Trade) -> bool:
    return direction_conflicts(trade.code, trade.acquired_disposed, trade.is_derivative)


def _action(trade: Trade, code: str, wording: Wording) -> str:
    """The verb and what was traded: 'bought 1,000 shares of Common Stock', 'was granted 37,500 stock options'."""
    n = fmt_shares(trade.shares)
    what = security_phrase(trade.security_title, trade.shares, trade.security_kind, trade.is_derivative)
    disposed = (trade.acquired_disposed or "").upper() == "D"
    kind = trade.security_kind
    if is_open_market(code):
        return f"reported {n} {what}" if _conflict(trade) else f"{CODES[code].verb} {n} {what}"
    if code == "A":
        if disposed:
            return f"reported a disposition of {n} {what} coded as a grant"
        terms = f" (exercise price {fmt_price(trade.exercise_price)})" if wording.terms and trade.exercise_price else ""
        return f"{'were' if trade.plural else 'was'} granted {n} {what}{terms}"
    if code in ("M", "X", "O"):
        if not trade.is_derivative:
            return f"acquired {n} {what} by exercising or converting a derivative security"
        if kind in ("rsu", "psu"):
            return f"had {n} {what} vest and convert"
        verb = "exercised" if kind in ("option", "warrant") else "exercised or converted"
        at = f" at {fmt_price(trade.exercise_price)}" if wording.terms and trade.exercise_price else ""
        return f"{verb} {n} {what}{at}"
    if code == "F":
        return f"had {n} {what} withheld to pay taxes or the exercise price"
    if code == "G":
        return f"gave {n} {what} as a gift" if disposed else f"received {n} {what} as a gift"
    if code == "C":
        return f"converted {n} {what}" if disposed else f"received {n} {what} on conversion of a derivative security"
    return f"disposed of {n} {what}" if disposed else f"acquired {n} {what}"


def _price_words(trade: Trade, wording: Wording) -> str:
    """' at $10.00 per share' (or a range of lots), the dollar value, and a contradicted code said as filed."""
    if not is_open_market(trade.code):
        return ""
    text = ""
    if trade.price:
        text = f" at {fmt_price(trade.price)}"
        if trade.price_high is not None and trade.price_high != trade.price:
            text += f"–{fmt_price(trade.price_high)}"
        if wording.per_share:
            text += " per share"
    if wording.terms and trade.value is not None:
        text += f" for {fmt_money(trade.value)}"
    if _conflict(trade):
        mark = "disposed of" if (trade.acquired_disposed or "").upper() == "D" else "acquired"
        text += f", coded as a {code_word(trade.code)} but marked {mark},"
    return text


def _date_words(trade: Trade) -> str:
    if not trade.date:
        return ""
    if trade.last_date and trade.last_date != trade.date:
        return f" between {format_date(trade.date)} and {format_date(trade.last_date)}"
    return f" on {format_date(trade.date)}"

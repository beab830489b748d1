"""The transaction codes of Forms 4 and 5, as one table: what each letter means, how a sentence says it,
whether it is an open-market trade, which way it moves shares, and where a digest or a total files it.

Everything that asks "is this a purchase?", "does this row have a dollar value?" or "what does code F
mean?" asks this table (the answers' SQL, their wording and totals, the 10b5-1 rule, the digest and the
LLM prompt, which a test checks against it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TransactionCode:
    letter: str
    word: str  # short name: "purchase", "grant"
    meaning: str  # what the SEC's instructions say, in plain words
    verb: str  # past tense, as a sentence says it: "bought", "was granted"
    open_market: bool = False  # an open-market (or private) purchase or sale: the only trades with a dollar value
    direction: str | None = None  # 'A' (acquires) or 'D' (disposes) as the code implies, None when either way
    derivative_direction: str | None = None  # the same on the derivative table, where exercises dispose
    category: str = "other"  # the digest's section: buy, sell, grant, exercise, tax, gift, other
    group: str | None = None  # the heading of its totals ("Purchases"); None: "Other transactions"


def _code(letter: str, word: str, meaning: str, verb: str, *, direction: str | None = None,
          derivative_direction: str | None = None, **kw) -> TransactionCode:
    """A row of the table; a code that moves shares the same way on both tables gives ``direction`` once."""
    return TransactionCode(letter, word, meaning, verb, direction=direction,
                           derivative_direction=derivative_direction or direction, **kw)


CODES: dict[str, TransactionCode] = {c.letter: c for c in (
    _code("P", "purchase", "open-market or private purchase", "bought", open_market=True, direction="A",
          category="buy", group="Purchases"),
    _code("S", "sale", "open-market or private sale", "sold", open_market=True, direction="D", category="sell",
          group="Sales"),
    _code("A", "grant", "grant or award from the company", "was granted", direction="A", category="grant",
          group="Grants and awards"),
    _code("M", "exercise or conversion", "exercise or conversion of a derivative security", "exercised or converted",
          direction="A", derivative_direction="D", category="exercise", group="Exercises and conversions"),
    _code("X", "exercise", "exercise of an in-the-money or at-the-money derivative", "exercised", direction="A",
          derivative_direction="D", category="exercise", group="Exercises"),
    _code("F", "tax withholding", "shares withheld or delivered to pay the exercise price or taxes",
          "had withheld to pay taxes", direction="D", category="tax", group="Tax withholding"),
    _code("G", "gift", "bona fide gift", "gave or received as a gift", category="gift", group="Gifts"),
    _code("C", "conversion", "conversion of a derivative security", "converted", direction="A",
          derivative_direction="D", category="exercise", group="Conversions"),
    _code("J", "other", "other acquisition or disposition (see the footnotes)", "acquired or disposed of"),
    _code("D", "disposition to the issuer", "disposition to the company", "disposed of to the company"),
    _code("I", "discretionary", "discretionary transaction", "made a discretionary transaction in"),
    _code("W", "will or inheritance", "acquisition or disposition by will or the laws of descent",
          "acquired or disposed of by will or inheritance"),
    _code("L", "small acquisition", "small acquisition", "made a small acquisition of"),
    _code("Z", "voting trust", "deposit into or withdrawal from a voting trust",
          "deposited into or withdrew from a voting trust"),
    _code("K", "equity swap", "equity swap or similar instrument", "entered an equity swap on"),
    _code("H", "expiration", "expiration or cancellation of a long derivative position with value received",
          "had expire or cancelled"),
    _code("E", "expiration", "expiration of a short derivative position", "had expire"),
    _code("O", "exercise", "exercise of an out-of-the-money derivative", "exercised", direction="A",
          derivative_direction="D", category="exercise"),
    _code("U", "tender", "disposition in a tender of shares in a change of control", "tendered"),
    _code("V", "voluntary report", "transaction reported voluntarily earlier than required", "reported voluntarily"),
)}

OPEN_MARKET_CODES: tuple[str, ...] = tuple(c.letter for c in CODES.values() if c.open_market)  # ("P", "S")
# Shares withheld for taxes (F) are common stock whatever the award was: a security kind does not restrict them
# when they are asked about beside an award's vesting.
SECURITY_FREE_CODES: tuple[str, ...] = tuple(c.letter for c in CODES.values() if c.category == "tax")


def code_of(code: str | None) -> TransactionCode | None:
    return CODES.get((code or "").upper())


def has_dollar_value(code: str | None) -> bool:
    """A row whose shares times price is money that changed hands or was withheld: open-market trades (P, S) and
    shares withheld for taxes (F, valued at the price the filing gives: "total $ withheld for taxes")."""
    return is_open_market(code) or (code or "").upper() == "F"


def is_open_market(code: str | None) -> bool:
    """An open-market (or private) purchase or sale (P, S): the only rows whose price is a trade's price, and the
    only ones a Rule 10b5-1 plan covers (shares withheld for taxes have a dollar value too: :func:`has_dollar_value`)."""
    found = code_of(code)
    return bool(found and found.open_market)


def code_word(code: str | None) -> str:
    """'sale' for S; 'holding' for no code (a holding row); 'code Q' for a letter the table does not know."""
    if not code:
        return "holding"
    found = code_of(code)
    return found.word if found else "code " + code


def code_meaning(code: str | None) -> str | None:
    found = code_of(code)
    return found.meaning if found else None


def category_of(code: str | None) -> str:
    """The digest's section for a code: buy, sell, grant, exercise, tax, gift or other."""
    found = code_of(code)
    return found.category if found else "other"


def group_name(code: str | None) -> str | None:
    """The heading of a code's totals ('Purchases'), None for the codes totalled as other transactions."""
    found = code_of(code)
    return found.group if found else None


def expected_direction(code: str | None, is_derivative: int | bool | None = None) -> str | None:
    """'A' or 'D' as the code implies (exercises and conversions depend on the table), else None."""
    found = code_of(code)
    if found is None:
        return None
    if found.direction == found.derivative_direction:
        return found.direction
    if is_derivative is None:
        return None
    return found.derivative_direction if is_derivative else found.direction


def direction_conflicts(code: str | None, acquired_disposed: str | None,
                        is_derivative: int | bool | None = None) -> bool:
    """The filing's code and its acquired/disposed mark disagree (e.g. a purchase P marked D)."""
    expected = expected_direction(code, is_derivative)
    mark = (acquired_disposed or "").upper()
    return bool(expected and mark in ("A", "D") and mark != expected)


# ---- the kinds of transaction a question asks about -----------------------------------------------

@dataclass(frozen=True)
class TransactionKind:
    name: str  # the QuerySpec's value: buy, sell, open_market...
    codes: tuple[str, ...]  # empty: any code
    words: str  # "purchases": the label adds the codes ("purchases (P)")

    @property
    def label(self) -> str:
        return f"{self.words} ({', '.join(self.codes)})" if self.codes else self.words


TRANSACTION_KINDS: dict[str, TransactionKind] = {k.name: k for k in (
    TransactionKind("buy", ("P",), "purchases"),
    TransactionKind("sell", ("S",), "sales"),
    TransactionKind("open_market", OPEN_MARKET_CODES, "open-market purchases and sales"),
    TransactionKind("grant", ("A",), "grants and awards"),
    TransactionKind("exercise", ("M", "X"), "exercises and conversions of derivatives"),
    TransactionKind("tax_withholding", SECURITY_FREE_CODES, "tax withholding"),
    TransactionKind("gift", ("G",), "gifts"),
    TransactionKind("conversion", ("C",), "conversions"),
    TransactionKind("distribution", ("J",), "distributions and other transactions"),
    TransactionKind("any", (), "any transaction"),
)}

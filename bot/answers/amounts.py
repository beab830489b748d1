"""Amounts in a question: bounds on dollars, shares or price ("over $1M", "at least 10,000 shares", "between
$1M and $5M", "50k+ shares", "over half a million bucks"), and an exact price or strike ("at $5.96", "the 3.14
options"). Each becomes an ``amount`` span whose value is (field, number, strict)."""

from __future__ import annotations

import re

from bot.answers.spans import Span, _span
from bot.answers.tokens import NUMBER_WORDS, Text

_BOUND = re.compile(
    r"(?P<op>more\s+than|greater\s+than|larger\s+than|bigger\s+than|higher\s+than|over|above|exceed(?:ing|ed|s)?|"
    r"in\s+excess\s+of|at\s+least|no\s+less\s+than|a\s+minimum\s+of|less\s+than|fewer\s+than|smaller\s+than|"
    r"lower\s+than|under|below|at\s+most|no\s+more\s+than|a\s+maximum\s+of|>=|<=|>|<)\s*(?:an?\s+(?=\$))?"
    r"(?P<cur>\$|usd\s*)?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|m|mm|mn|b|bn|thousand|million|billion)?(?![\w.])"
    r"(?:\s*(?P<unit>dollars|dollar|usd|bucks|buck|shares|share|units|options|rsus|stock))?"
    r"(?P<per>\s*(?:per|a|/)\s*(?:share|sh)\b)?", re.I)
_AMOUNT = r"(?P<{p}cur>\$|usd\s*)?(?P<{p}>\d[\d,]*(?:\.\d+)?)\s*(?P<{p}mult>k|m|mm|mn|b|bn|thousand|million|billion)?"
# A price with cents and no bound word ("at $5.96", "the $8.17 options"): one price per share, not a value.
_EXACT_PRICE = re.compile(r"(?<![\w.])\$(?P<num>\d{1,5}\.\d{1,4})(?![\d.]|\s*(?:k|m|mm|mn|b|bn|thousand|million|billion)\b)",
                          re.I)
# "at $18 a share", "at $20 per share": one price per share, whole dollars too.
_AT_A_SHARE = re.compile(r"(?<=\bat\s)\$(?P<num>\d{1,5}(?:\.\d{1,4})?)(?=\s*(?:a|per|/)\s*(?:share|sh)\b)", re.I)
# "flipped how many shs at $18": after shares and "at", whole dollars are a price per share too.
_SHARES_AT = re.compile(r"(?:(?<=\bshs\sat\s)|(?<=\bshares\sat\s)|(?<=\bstock\sat\s))\$(?P<num>\d{1,5}(?:\.\d{1,4})?)"
                        r"(?![\d.,]|\s*(?:k|m|mm|mn|b|bn|thousand|million|billion|or)\b)", re.I)
# "at $163 or higher", "$20 or less": the amount, then which way the bound goes.
_OR_BEYOND = re.compile(r"(?P<cur>\$)(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|m|mm|mn|b|bn|thousand|million|billion)?\s+or\s+"
                        r"(?P<op>higher|more|above|greater|over|less|lower|below|under|fewer)\b", re.I)
# "the 36k options", "the 60,000 shares": that many, exactly (a number of options or shares named as a thing).
_THE_COUNT = re.compile(r"\bthe\s+(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|m|mm)?\s+(?:(?:share|stock)\s+)?"
                        r"(?=(?:options|shares|rsus|units|warrants|shs)\b)", re.I)
# "the 3.14 wave options": a number with cents just before the options (or their strike) is their exercise price.
_BARE_STRIKE = re.compile(r"(?<![\w$.,])(?P<num>\d{1,4}\.\d{2})(?=\s+(?:[\w$.&'-]+\s+)?(?:options?|opts?|strikes?|warrants?|calls?)\b)",
                          re.I)
# "50k+ shares", "$1m+": at least that amount.
_PLUS = re.compile(r"(?<![\w$.,])(?P<cur>\$)?(?P<num>\d[\d,]*(?:\.\d+)?) ?(?P<mult>k|m|mm|mn|b|bn)? ?\+(?![\w+]|\s*[\d$])"
                   r"(?:\s*(?P<unit>dollars|bucks|usd|shares|units|options|rsus))?", re.I)
# "over half a million bucks", "more than a million shares": a bound said in words.
_WORD_BOUND = re.compile(r"(?P<op>more\s+than|over|above|at\s+least|less\s+than|under|below)\s+(?P<word>half\s+a|a|one|"
                         r"two|three|five|ten)\s+(?P<mult>thousand|million|billion)\b(?:\s*(?P<unit>dollars|bucks|usd|"
                         r"shares|units|options))?", re.I)
_WORD_NUMBERS = {"half a": 0.5, "a": 1, **{w: NUMBER_WORDS[w] for w in ("one", "two", "three", "five", "ten")}}
_BETWEEN_AMOUNTS = re.compile(
    r"(?:\b(?:between|from)\s+|(?<=\bpriced\s)|(?<=\bpx\s))" + _AMOUNT.format(p="a") + r"\s*(?:and|(?:up\s+)?to|-|through|thru)\s*" + _AMOUNT.format(p="b")
    + r"(?![\w.])(?:\s*(?P<unit>dollars|usd|shares|units|options|rsus))?(?P<per>\s*(?:per|a|/)\s*(?:share|sh)\b)?"
    r"(?!\s*(?:and|to|-)\s*\d)(?<!\d{4}\s)", re.I)
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
                "billion": 1e9}
_STRICT_OPS = re.compile(r"more|greater|larger|bigger|higher|over|above|exceed|excess|less\s+than|fewer|"
                         r"smaller|lower|under|below|^>$|^<$", re.I)
_UPPER_OPS = re.compile(r"less|fewer|smaller|lower|under|below|at\s+most|no\s+more|a\s+maximum|<", re.I)
_WORTH = re.compile(r"\b(?:worth|valued?|value\s+of|dollar|dollars|proceeds)\b", re.I)


def _amount(num: str, mult: str | None) -> float | None:
    try:
        return float(num.replace(",", "")) * _MULTIPLIERS.get((mult or "").lower(), 1)
    except ValueError:
        return None


def _bound_kind(text: str, start: int, cur: str | None, mult: str | None, unit: str | None) -> str:
    """value (dollars traded), price (per share or exercise price) or shares."""
    unit = (unit or "").lower()
    if unit in ("bucks", "buck"):  # "below 161 bucks": as if written "$161"
        cur, unit = "$", ""
    before = text[max(0, start - 30):start]
    if re.match(r"[^,;?]{0,25}?\b(?:strikes?|exercise\s+prices?)\b", text[start:start + 40], re.I):
        return "price"  # "above a $10 strike"
    if re.search(r"\b(?:prices?|priced|px)\s*(?:of\s+|is\s+|was\s+|at\s+)?$|\bstrikes?\s*$|\bper\s+share\s*$", before, re.I):
        return "price"
    if cur and not mult and re.search(r"\b(?:shares?|shs|stock|at)\s*$", before, re.I) and re.match(
            r"[^\d]{0,12}\d{1,3}(?:\.\d+)?(?![\d,])", text[start:]):
        return "price"  # "sell shares below $15", "bought at under $20": a price per share
    if cur and not mult and re.search(r"\bat\s*$", before, re.I) and re.match(
            r"[^\d]{0,12}\d{1,2},?\d{3}(?:\.\d+)?(?![\d,])", text[start:]):
        return "price"  # "sold at over $1,190": a price per share, thousands too
    if cur and not mult and not _WORTH.search(before) and re.match(r"[^\d]{0,12}\d{1,3}(?:\.\d+)?(?![\d,])", text[start:]):
        return "price"  # "trimmed how much snow above $152": no trade's value is a few hundred dollars
    if cur or unit in ("dollars", "dollar", "usd") or _WORTH.search(before):
        return "value"
    return "shares" if unit or not mult else "value"


def _looks_like_years(m: re.Match, *numbers: str) -> bool:
    """'between 2021 and 2022', 'over 2023': years, left to the date parser (no $, unit or multiplier)."""
    marked = any(m.groupdict().get(g) for g in ("cur", "acur", "bcur", "mult", "amult", "bmult", "unit"))
    return not marked and all(re.fullmatch(r"(?:19|20)\d\d", n) for n in numbers)


def amounts(text: Text) -> list[Span]:
    """'over $1M' -> (min_value, 1e6, strict); 'at least 10,000 shares' -> (min_shares, 10000, not strict);
    'between $1M and $5M' -> both bounds. Each span's value is (field, number, strict)."""
    spans: list[Span] = []
    for m in _BETWEEN_AMOUNTS.finditer(text.value):
        low, high = _amount(m["a"], m["amult"]), _amount(m["b"], m["bmult"])
        if low is None or high is None or _looks_like_years(m, m["a"], m["b"]):
            continue
        what = "price" if m["per"] else _bound_kind(text.value, m.start(), m["acur"] or m["bcur"], m["amult"] or m["bmult"],
                                                     m["unit"])
        spans += [_span("amount", (f"min_{what}", min(low, high), False), m),
                  _span("amount", (f"max_{what}", max(low, high), False), m)]
        text.blank(*m.span())
    for m in _BOUND.finditer(text.value):
        number = _amount(m["num"], m["mult"])
        if number is None or _looks_like_years(m, m["num"]):
            continue
        what = "price" if m["per"] else _bound_kind(text.value, m.start(), m["cur"], m["mult"], m["unit"])
        side = "max" if _UPPER_OPS.match(m["op"]) else "min"
        spans.append(_span("amount", (f"{side}_{what}", number, bool(_STRICT_OPS.search(m["op"]))), m))
        text.blank(*m.span())
    for m in _THE_COUNT.finditer(text.value):  # ("the 2 options": two of them, not a size)
        if (number := _amount(m["num"], m["mult"])) is not None and number >= 100 and not _looks_like_years(m, m["num"]):
            spans += [_span("amount", ("min_shares", number, False), m), _span("amount", ("max_shares", number, False), m)]
            text.blank(*m.span())
    for m in _OR_BEYOND.finditer(text.value):
        number = _amount(m["num"], m["mult"])
        if number is None:
            continue
        what = _bound_kind(text.value, m.start(), m["cur"], m["mult"], None)
        spans.append(_span("amount", (f"{'max' if _UPPER_OPS.match(m['op']) else 'min'}_{what}", number, False), m))
        text.blank(*m.span())
    for m in [*text.take(_AT_A_SHARE), *text.take(_SHARES_AT), *text.take(_EXACT_PRICE), *text.take(_BARE_STRIKE)]:
        price = float(m["num"])
        spans += [_span("amount", ("min_price", price, False), m), _span("amount", ("max_price", price, False), m)]
    return spans + _said_bounds(text)


def _said_bounds(text: Text) -> list[Span]:
    """Bounds written with a plus ("50k+ shares") or in words ("over half a million bucks")."""
    spans = []
    for m in text.take(_PLUS):
        number = _amount(m["num"], m["mult"])
        if number is not None and not _looks_like_years(m, m["num"]):
            unit = "dollars" if (m["unit"] or "").lower() == "bucks" else m["unit"]
            spans.append(_span("amount", (f"min_{_bound_kind(text.value, m.start(), m['cur'], m['mult'], unit)}",
                                          number, False), m))
    for m in text.take(_WORD_BOUND):
        number = _WORD_NUMBERS[" ".join(m["word"].lower().split())] * _MULTIPLIERS[m["mult"].lower()]
        unit = "dollars" if (m["unit"] or "").lower() == "bucks" else m["unit"]
        what = "shares" if unit in ("shares", "units", "options") else "value"
        side = "max" if _UPPER_OPS.match(m["op"]) else "min"
        spans.append(_span("amount", (f"{side}_{what}", number, bool(_STRICT_OPS.search(m["op"]))), m))
    return spans

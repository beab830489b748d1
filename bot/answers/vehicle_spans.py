"""The holder a question names for indirect positions, read as a span before names are: "through the family trust"
-> "trust", "via STS Holdings" -> "sts holdings", "held by Scarpelli's Fintail trusts" -> "fintail trust", "direct
+ all 4 trusts" (both, added). The words are taken, so they are never read as a person's name."""

from __future__ import annotations

import re

from bot.answers import lexicon
from bot.answers.spans import Span, _span
from bot.answers.tokens import NUMBER_WORDS, Text


def vehicle(text: Text) -> list[Span]:
    """The holder of an indirect position the question names: "through the family trust" -> "trust", "via STS
    Holdings" -> "sts holdings", "for his kid" -> "child", "indirectly" -> "indirect"; "direct and indirect"
    is both (an "ownership" span, no vehicle). The words are taken, so they are never read as names."""
    both = [_span("ownership", "both", m) for m in text.take(lexicon.DIRECT_AND_INDIRECT)] or _both_added(text)
    if both:
        return both
    words = [m for m in lexicon.VEHICLE_WORDS.finditer(text.value) if not _ASKERS_OWN.search(text.value[:m.start()])]
    named = _vehicle_named(text, words) or _vehicle_titled(text, words)
    for m in words:
        text.blank(*m.span())
    if words or named is not None:
        text.take(lexicon.INDIRECT)  # "what indirect holding did musk's trust report": the trust says it
    if named is not None:
        return [named]
    if words:
        kept = [m for m in words if m.group("word").lower() != "family"] or words
        value = kept[0].group("word").lower()
        return [Span("vehicle", lexicon.VEHICLE_SAME.get(value, value), kept[0].group(0), *kept[0].span())]
    return [_span("vehicle", "indirect", m) for m in text.take(lexicon.INDIRECT)] or \
        [_span("vehicle", "direct", m) for m in text.take(lexicon.DIRECT)][:1]


# "my late husband", "our kids": the asker's own family, no insider's holder.
_ASKERS_OWN = re.compile(r"\b(?:my|our)\s+(?:[a-z]+\s+)?$", re.I)


def _both_added(text: Text) -> list[Span]:
    """"direct + all 4 trusts", "add the pensco trust shs to his direct ones": the direct positions and a
    vehicle's, added together (the vehicle's own name word is taken with it, never read as a person's)."""
    direct, words = lexicon.DIRECT.search(text.value), list(lexicon.VEHICLE_WORDS.finditer(text.value))
    added = lexicon.ADDED_TOGETHER.search(text.value)
    if direct is None or not words or added is None or lexicon.SIDES_SET_APART.search(text.value):
        return []
    if added.group(0).lower().startswith("add"):
        text.blank(*added.span())  # "add the pensco trust shs to his direct ones": not a purchase
    for m in words:
        before = re.search(r"([a-z]{3,})\s+$", text.value[:m.start()], re.I)
        start = before.start(1) if before and before.group(1).lower() not in lexicon.BEFORE_VEHICLE else m.start()
        text.blank(start, m.end())
    text.blank(*direct.span())
    return [_span("ownership", "both", direct)]


# Capitalised words just before a vehicle's kind: "the Scarpelli Family Trust" (not at the question's start).
_TITLED = re.compile(r"(?:^|(?<=\S) )(?!(?:What|Which|How|Who|Does|Did|Is|Are|Show|List)\b)"
                     r"(?P<name>(?:\d{4} )?(?:[A-Z][\w&'-]*\.? ){1,4})$")  # a year first: its name


def _vehicle_titled(text: Text, words: list[re.Match]) -> Span | None:
    """"the Scarpelli Family Trust", "the John McMahon Software Irrevocable Trust": a vehicle written as a name
    (capitalised, its kind too) is read whole, so its first words are not taken for a person."""
    for m in words:
        if not m.group(0)[:1].isupper() or m.group("word").lower() not in ("trust", "trusts", "foundation"):
            continue  # (a fund, an LLC, an LP often files itself: "Mithril II LP" is a reporting owner)
        before = _TITLED.search(text.original[:m.start()])
        if before is None or text.value[before.start("name"):m.start()] != before.group("name"):
            continue  # (words of it already read as something else: a date, a company)
        start = before.start("name")
        if len(before.group("name").split()) < 2 and len(m.group(0).split()) < 2:
            continue  # "the Musk Trust": the insider's trust, his name still read as his
        phrase = " ".join(f"{text.value[start:m.start()]} {m.group(0)}".lower().split())
        text.blank(start, m.end())
        return Span("vehicle", phrase, text.original[start:m.end()], start, m.end())
    return None


_HOW_NOT_WHO = re.compile(r"\s*(?:(?:his|her|their|the|option|stock|open[\s-]market|rsu)\s+)*(?:exercis\w*|sales?|sells?|selling|purchases?|buys?|buying|grants?|awards?|gifts?|"
                          r"conversions?|converting|vesting|vested|trades?|transactions?|withholding|plans?)\b", re.I)


_SERIES_OF = re.compile(r"\b(?!(?:the|his|her|their|its|a|an|via|through|by|for|of|in|at)\s)[a-z][\w&'-]+\s+$", re.I)


# "held by Scarpelli's Fintail trusts": an owner before the vehicle's name; never a relative ("the children's trust")
_OWNER_FIRST = re.compile(r"(?!(?:children|child|kids?|daughters?|sons?|wife|husband|spouse|family|grandchildren|"
                          r"grandchild|mother|father|parents?|brother|sister|minor)(?:'s|’s))[\w.-]+(?:'s|’s)\s+(?=\S)", re.I)


def _vehicle_named(text: Text, words: list[re.Match]) -> Span | None:
    """"through|via|held by|for X" naming the vehicle ("via sts holdings", "held by minor child"): a bare "by"
    or "for" only with a vehicle word ("for his kid"), so "sales by jane roe" stays a name."""
    m = lexicon.VEHICLE_VIA.search(text.value)
    if m is None and (numbered := lexicon.NUMBERED_VEHICLE.search(text.value)):
        # "the John McMahon 1995 Family Trust": the number names which of the holder's vehicles
        start = numbered.start("name")
        if len(numbered.group("name").split()[0]) < 4 and (series := _SERIES_OF.search(text.value[:start])):
            start = series.start()  # "Rivendell 7 LLC": a number of a series follows the fund's name
        text.blank(start, numbered.end("name"))
        name = " ".join(text.original[start:numbered.end("name")].lower().split())
        return Span("vehicle", f"{name} {lexicon.VEHICLE_SAME.get(numbered['word'].lower(), numbered['word'].lower())}",
                    text.original[start:numbered.end()], start, numbered.end())
    if m is None or (m.group("via").lower() in ("by", "for") and not any(
            m.start("name") <= w.start() < m.end("name") for w in words)):
        return None  # "for its Fractyl Health shares": what was paid for ("Mithril II LP" held the vehicle word)
    start, end = m.span("name")
    if owner := _OWNER_FIRST.match(m.group("name")):
        start += owner.end()  # "held by Scarpelli's Fintail trusts": the owner stays a name, the rest is the vehicle
    said = text.value[start:end].lower().split()
    named = [w for i, w in enumerate(said) if w not in lexicon.VEHICLE_FILLER and not (  # "the 4 trusts": a count
        (w.isdigit() and len(w) < 3 or w in NUMBER_WORDS) and any(s.endswith("s") for s in said[i + 1:]))]
    if not named or not (words or len(named) > 1) or _HOW_NOT_WHO.match(text.value[start:end]) or re.search(
            r"\bplans?\s*$", text.value[start:end], re.I):
        return None  # "through option exercises", "via open-market buys", "through an employee stock purchase plan"
    text.blank(start, end)  # "via sts holdings", "through Rivendell 7 LLC": the vehicle's name, not a person's
    return Span("vehicle", " ".join(lexicon.VEHICLE_SAME.get(w, w) for w in named), text.original[start:end], start, end)

"""Comparisons said with a comparative instead of "vs" or "or" between names: "were Musk's 2021 sales bigger
than Thiel's 2021 sales", "at Wave, were the CEO's sales bigger than the CFO's last year", "was Thiel's 2021
Palantir selling larger than his 2024 selling, in shares", and two times of one question: "did Thiel sell more
Palantir stock in 2021 or in 2024"; and two times or two kinds of security added up: "Thiel's sales in 2021 and 2024 combined", "RSUs and options
combined". Each
reader gives a ``parts.Plan`` of two sides, or None.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers.lexicon import HELD_MORE, ROLE_PHRASES, SECURITY_PHRASES
from bot.answers.parts import GIVE_AWAY, MEASURE, PERIOD, PRONOUN, Part, Plan, asks_by_shares, sides_plan

_COMPARATIVE = re.compile(r"\s+(?:(?:much|a\s+lot|far)\s+)?(?:bigger|larger|greater|higher|more|smaller|lower|less|"
                          r"fewer)\s+than\s+", re.I)
# "in dollar terms", "in shares", "by value": how the sides are measured, said once for both.
_MEASURED = re.compile(r",?\s*\b(?:in|by)\s+(?P<unit>dollar\s+terms|dollars|value|\$|shares|number\s+of\s+shares)\b",
                       re.I)
_SCOPE = re.compile(r"^(?P<prep>at|for|in)\s+(?P<scope>[^,]{2,40}),\s*", re.I)
_NOT_A_SIDE = re.compile(r"^(?:\$|(?!(?:19|20)\d\d\b)\d|(?:who|which|what|any(?:one|body)?|some(?:one|body))\b)", re.I)
_BOUND = re.compile(r"\b(?:more|less|fewer|greater|bigger|larger)\s+than\s+(?:\$|\d)", re.I)  # a bound, not a side
_THAN = re.compile(r"^(?:did|does|has|have|had|is|was|are|were)\s+(?P<who>.+?)\s+(?P<verb>\S+(?:\s+away)?)\s+more\s+(?P<obj>.*?)\s*"
                   r"than\s+(?:(?:he|she|they|it)\s+)?(?P<other>.+?)(?P<rest>(?:\s+(?:in|during|on|since|over|thru|"
                   r"through|last|this)\b.*)?)$", re.I)
# "how much more did musk sell in dollars than thiel", "how many more shares did X sell than Y": the same sides
_MORE_THAN = re.compile(r"^how\s+(?:much|many)\s+more\s+(?P<obj>(?:shares|shs|stock)\s+)?(?:did|does|has|have|had)\s+"
                        r"(?P<who>.+?)\s+(?P<verb>\S+(?:\s+away)?)\s+(?P<mid>(?:in|during)\s+(?!dollars|shares)\S+\s+)?"
                        r"(?:in\s+(?:dollars|shares)\s+)?than\s+"
                        r"(?:(?:he|she|they|it)\s+)?(?P<other>.+?)(?P<rest>(?:,?\s+(?:in|during|on|since|over|thru|through|"
                        r"last|this|across)\b.*)?)$", re.I)
_AUX = re.compile(r"^(?:were|was|are|is|did|do|does|has|have|had)\s+", re.I)
_MORE = re.compile(r"\b(?:more|bigger|larger|greater|higher|less|fewer|smaller|lower)\b", re.I)
_CHOICE = re.compile(r"\s+(?:or|vs\.?|versus|than)\s+(?:(?:in|during|for|on)\s+)?$", re.I)


def _measured(text: str) -> tuple[str, bool | None]:
    """The question without "in dollar terms" / "in shares", and whether shares were asked (None: not said)."""
    found = _MEASURED.search(text)
    if found is None:
        return text, None
    return (text[:found.start()] + text[found.end():]).strip(" ,"), "share" in found["unit"].lower()


def than_sides(question: str) -> Plan | None:
    """"A's sales bigger than B's": each side a question, what one side leaves out taken from the other."""
    text, shares = _measured(question)
    scope = _SCOPE.match(text)
    suffix = f" {scope['prep']} {scope['scope']}" if scope else ""
    text = text[scope.end():] if scope else text
    pieces = _COMPARATIVE.split(_AUX.sub("", text), maxsplit=1)
    if len(pieces) != 2 or not MEASURE.search(pieces[0]):
        return None
    left, right = (" ".join(p.split()).strip(" ,") for p in pieces)
    right = PRONOUN.sub("", right).strip()  # "than his 2024 selling": the same person
    if not right or len(right.split()) > 12 or _NOT_A_SIDE.match(right) or _NOT_A_SIDE.match(left):
        return None  # "sales of more than 1,000,000 shares", "who sold more than $1M": a bound, not two sides
    plan = sides_plan([left, right], by_shares=bool(shares))
    if plan is None or not suffix:
        return plan
    return replace(plan, parts=tuple(replace(p, question=p.question + suffix) for p in plan.parts))


def period_choice(question: str) -> Plan | None:
    """"did Thiel sell more Palantir stock in 2021 or in 2024": the question asked of each time."""
    if not _MORE.search(question) or _BOUND.search(question):
        return None
    periods = list(PERIOD.finditer(question))
    if len(periods) != 2 or not _CHOICE.fullmatch(" " + question[periods[0].end():periods[1].start()]):
        return None
    base = question[:periods[0].start()] + question[periods[1].end():]
    base = " ".join(_MORE.sub(" ", _AUX.sub("", base)).split()).strip(" ,")
    if not MEASURE.search(base):
        return None
    text, shares = _measured(base)
    return sides_plan([f"{text} {p.group(0).strip()}" for p in periods], by_shares=bool(shares))


_TWO_TIMES = re.compile(r"\s*(?:(?:and|plus|or)\s+|[&+]\s*)(?:(?:in|during|for)\s+)?$", re.I)
_COMPARED = re.compile(r"\b(?:more|less|fewer|bigger|larger|smaller|higher|lower|compared?|comparison|vs\.?|versus|which"
                       r"|whose|than|difference|differ)\b", re.I)
_ADDED_UP = re.compile(r"\b(?:combined|together|altogether|in\s+total|total|summed|in\s+all|both\s+years)\b", re.I)


def periods_combined(question: str) -> Plan | None:
    """"Peter Thiel's Palantir sales in 2021 and 2024 combined": the question asked of each time, then added up
    (never one window from the first to the last, which would take in the years between)."""
    periods = list(PERIOD.finditer(question))  # "sales in 2010 or 2021": each, then both (never the first alone)
    if len(periods) != 2 or not _TWO_TIMES.fullmatch(" " + question[periods[0].end():periods[1].start()]) or (
            re.search(r"\b(?:between|from)\s*$", question[:periods[0].start()], re.I)) or (  # "between nov 15 and 30"
            not _ADDED_UP.search(question) and _COMPARED.search(question)):  # "2021 & 2024, which was bigger"
        return None
    base = question[:periods[0].start()] + " {} " + question[periods[1].end():]
    if not MEASURE.search(base):
        return None
    parts = tuple(Part(" ".join(base.format(p.group(0).strip()).split()), p.group(0).strip()) for p in periods)
    return Plan("sum", parts)


# Two kinds of security joined ("rsus and options", "options + preferred"), each as the lexicon names it.
_SECURITY = "|".join(f"(?:{pattern})" for _, pattern in SECURITY_PHRASES)
_TWO_SECURITIES = re.compile(rf"(?P<a>{_SECURITY})\s*(?:and|&|\+|plus)\s*(?P<b>{_SECURITY})", re.I)


# "more stock options or more RSUs": two kinds of security, compared.
_SECURITY_CHOICE = re.compile(rf"\bmore\s+(?P<a>{_SECURITY})\s+or\s+(?:more\s+)?(?P<b>{_SECURITY})", re.I)


def security_choice(question: str) -> Plan | None:
    """"did jessica snow receive more stock options or more RSUs": the question asked of each kind, compared."""
    found = _SECURITY_CHOICE.search(question)
    if found is None:
        return None
    kinds = [next(kind for kind, pattern in SECURITY_PHRASES if re.fullmatch(pattern, found[side], re.I))
             for side in ("a", "b")]
    if kinds[0] == kinds[1]:
        return None
    return _in_place(question, found, [found["a"], found["b"]], "compare")


def securities_combined(question: str) -> Plan | None:
    """"RSUs and options combined for melkote", "garrett options + preferred, total": the question asked of each
    kind of security, then added up."""
    found = _TWO_SECURITIES.search(question)
    if found is None or not _ADDED_UP.search(question):
        return None
    kinds = [next(kind for kind, pattern in SECURITY_PHRASES if re.fullmatch(pattern, found[side], re.I))
             for side in ("a", "b")]
    if kinds[0] == kinds[1]:
        return None
    return _in_place(question, found, [found["a"], found["b"]], "sum")


# Two companies' officers joined ("zip pres + mvis gc", "the tsla ceo and the pltr director"): each a company and a role.
_ROLE = "|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', pattern)})" for _, pattern in ROLE_PHRASES)
_TWO_ROLES = re.compile(rf"(?P<a>(?:the\s+)?\$?[a-z][\w.&'-]*\s+(?:{_ROLE}))\s*(?:and|&|\+|plus)\s*"
                        rf"(?P<b>(?:the\s+)?\$?[a-z][\w.&'-]*\s+(?:{_ROLE}))(?!\w)", re.I)


def roles_combined(question: str) -> Plan | None:
    """"zip pres + mvis gc rsu vests combined shs": the question asked of each company's officer, then added up
    (never the first role alone at both companies)."""
    found = _TWO_ROLES.search(question)
    if found is None or not _ADDED_UP.search(question):
        return None
    return _in_place(question, found, [found["a"], found["b"]], "sum")


# Funds named by their short names and joined ("ff-iii + ff-iiie + ff-iiip ... summed"): each asked, then added up.
_SHORT_NAME = r"[a-z]{2,5}-(?:[ivx]{1,4}[a-z]{0,2}|\d{1,2})"
_SHORT_NAMES = re.compile(rf"\b(?P<names>{_SHORT_NAME}(?:\s*(?:,|\+|&|and|plus)\s*{_SHORT_NAME})+)\b", re.I)


def vehicles_combined(question: str) -> Plan | None:
    """"ff-iii + ff-iiie + ff-iiip pltr class a on the 2020 form 3 summed": the question asked of each fund, then
    what they hold (or did) added up."""
    found = _SHORT_NAMES.search(question)
    if found is None or not _ADDED_UP.search(question):
        return None
    return _in_place(question, found, re.findall(_SHORT_NAME, found["names"], re.I), "sum")


def _in_place(question: str, found: re.Match, sides: list[str], combine: str) -> Plan:
    """The question asked of each side in place of the words that named them all."""
    return Plan(combine, tuple(Part(" ".join(f"{question[:found.start()]} {side} {question[found.end():]}".split()),
                                    side) for side in sides))


# "After selling, who held more ...": the event the question opens with, said of every side.
_AFTER_LEAD = re.compile(r"^(?P<lead>(?:after|following|post)\s+[^,:]{2,40}?)\s*[,:]\s*(?P<rest>.+)$", re.I)


def after_lead(question: str) -> Plan | None:
    """"After selling, who held more stock directly: Katherine Adams or Michael Scarpelli?": the rest's plan,
    each part ending with the opening event ("... after selling")."""
    from bot.answers.parts import split_question  # (the rest is a question of several parts of its own)

    found = _AFTER_LEAD.match(question)
    plan = split_question(found["rest"]) if found else None
    if plan is None:
        return None
    return replace(plan, parts=tuple(replace(p, question=f"{p.question} {found['lead']}") for p in plan.parts))


# "direct vs the 4 trusts", "directly or through the family trust": the insider's own positions against a vehicle's.
_VEHICLE_CHOICE = re.compile(
    r"\b(?:held\s+)?direct(?:ly)?(?:\s+(?:holdings?|positions?|shares?|ones))?\s*(?:vs\.?|versus|or|compared\s+(?:to|with))\s+"
    r"(?P<via>(?:(?:held\s+)?(?:through|via|in|by)\s+)?(?:the\s+|his\s+|her\s+|their\s+|all\s+)?(?:\d+\s+|\w+\s+)?"
    r"(?:family\s+)?(?:trusts?|llcs?|partnerships?|funds?|ira|gr?ats?)\b)", re.I)


def vehicle_choice(question: str) -> Plan | None:
    """"garrett options: direct vs the 4 trusts combined": the positions held directly against those held through
    the vehicle, each side asked of the rest of the question."""
    found = _VEHICLE_CHOICE.search(question)
    if found is None:
        return None
    via = found["via"] if re.match(r"(?:held\s+)?(?:through|via|in|by)\b", found["via"], re.I) else \
        f"through {found['via']}"
    before, after = question[:found.start()], question[found.end():]
    parts = (Part(" ".join(f"{before} held directly {after}".split()), "held directly"),
             Part(" ".join(f"{before} {via} {after}".split()), via))
    return Plan("compare", parts)


_HELD_MORE = re.compile(HELD_MORE, re.I)


def holding_parts(question: str, plan: Plan) -> Plan:
    """"who held more stock directly, A or B": each part asks what is held ("A holds stock directly"), never a bare
    "held" left to read as a past trade's word."""
    if not _HELD_MORE.search(question):
        return plan
    return replace(plan, parts=tuple(replace(p, question=re.sub(r"\bheld\b", "holds", p.question, flags=re.I))
                                     for p in plan.parts))


# "who sold more shs feld at bdx or garascia at aar", "who bought more adams or dodge": the asked verb first,
# then the two sides joined by "or" (each a name, with its company)
_WHO_MORE = re.compile(r"^\W*who\s+(?P<verb>\S+)\s+(?:the\s+)?more(?P<unit>\s+(?:shs|shares|stock|\$+|dollars|money))?\s*,?\s+"
                       r"(?P<a>[^,?]+?)\s+or\s+(?P<b>[^,?]+?)\s*\??$", re.I)


_TRADE_VERB = re.compile(r"sold|sells?|bought|buys?|dumped|unloaded|purchased|exercised|gifted|got|received", re.I)


def who_more(question: str) -> Plan | None:
    """Two sides named after "who <verb> more": each side asked with the verb, compared."""
    found = _WHO_MORE.match(question)
    if found is None or not _TRADE_VERB.fullmatch(found["verb"]) or any(
            len(found[s].split()) > 5 or ":" in found[s] or MEASURE.search(found[s]) or PERIOD.search(found[s])
            for s in "ab"):
        return None  # ("who sold more in 2021: musk or thiel", "who held more ...": read elsewhere)
    unit = (found["unit"] or "").strip()
    shares = unit.lower() in ("shs", "shares", "stock")
    return sides_plan([f"{found[s]} {found['verb']}" for s in "ab"], by_shares=shares)


# "compare the direct holdings Katherine Adams and Stanton Dodge reported after their sales": two capitalised names
# between words both parts share (what is measured before them, what they did after), each asked with those words.
_NAMES_IN_MIDDLE = re.compile(r"^compare\s+(?P<pre>(?:\S+\s+){0,6}?\S+)\s+(?P<a>(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2}))"
                              r"\s+(?:and|&)\s+(?P<b>(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2}))"
                              r"(?P<post>(?:'s?)?\s+(?-i:[a-z0-9$])\S*.*)$", re.I)
_NAME_WORD = re.compile(r"\b(?-i:[A-Z][a-z])")  # a capitalised word: a name or a company, not an acronym (RSU)


def names_in_middle(question: str) -> Plan | None:
    """Two names said between the words both sides share, when those words say what is measured and name no one
    themselves ("the RSU grants of Carol Clements at JetBlue and Jessica Snow at 2seventy bio" is two sides)."""
    found = _NAMES_IN_MIDDLE.match(question)
    if found is None or not (MEASURE.search(found["pre"]) or MEASURE.search(found["post"])) or re.search(
            r"\b(?:and|&|vs\.?|versus|or)\b", found["pre"] + found["post"], re.I) or _NAME_WORD.search(
            re.sub(r"^(?:the|their|his|her|its)\s+", "", found["pre"], flags=re.I)) or _NAME_WORD.search(found["post"]) or (
            "'" in found["a"]):
        return None
    parts = tuple(Part(f"{found['pre']} {name}{found['post']}", name, slot="name") for name in (found["a"], found["b"]))
    return Plan("compare", parts)


def more_than(question: str) -> Plan | None:
    """'did elon give away more tsla than he sold in november 2021' (two kinds of trade of one person),
    'did musk sell more than thiel in 2021', 'how much more did musk sell than thiel' (two people)."""
    found = _THAN.match(question) or _MORE_THAN.match(question)
    if found is None or not MEASURE.fullmatch(found["verb"]):
        return None
    who, obj, other = found["who"], found["obj"] or "", found["other"].strip()
    rest = f"{found.groupdict().get('mid') or ''} {found['rest']}".strip()  # ("... sell in 2021 than thiel")
    if re.fullmatch(r"any(?:one|body)|some(?:one|body)|(?:any\s+)?insiders?", who, re.I) or re.match(r"[$\d]", other):
        return None  # "did musk sell more than $1 billion": an amount, not a second side
    other_verb = MEASURE.match(other)
    if other_verb:  # "... than he sold": two kinds of trade
        texts = [f"{who} {_noun(found['verb'])} {obj} {other[other_verb.end():]} {rest}",
                 f"{who} {_noun(other_verb.group(0))} {obj} {other[other_verb.end():]} {rest}"]
    else:  # "... than thiel": two people
        texts = [f"{who} {_noun(found['verb'])} {obj} {rest}", f"{other} {_noun(found['verb'])} {obj} {rest}"]
    return sides_plan([" ".join(t.split()) for t in texts], asks_by_shares(question))


def _noun(verb: str) -> str:
    """'give away' -> 'gifts'; other verbs as said."""
    return "gifts" if GIVE_AWAY.fullmatch(verb) else verb

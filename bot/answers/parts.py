"""Questions of several parts, split into a plan: each part a question of its own (with a label), and how
the parts combine (``compare``, ``while``, ``both``).

- compare: "TSLA vs PLTR sales in 2021", "Musk's 2019 sales vs 2022", "compare Musk and Thiel's sales",
  "Musk or Thiel: whose sales were bigger?", "who sold more, Musk or Thiel?"
- while: "were there insider purchases at TSLA during the CEO's selling?" (the CEO's selling window
  first, then the purchases inside it)
- both: "did Musk buy and did Thiel sell in 2024", "how much did Musk sell and how much does he still hold"

What the parts share is given to each ("TSLA vs PLTR sales in 2021" -> "TSLA sales in 2021", "PLTR sales
in 2021"). Splitting is conservative: a question that names several companies or kinds of trade in one query
("TSLA and PLTR sales", "sales at Tesla or Apple", "RSU vesting at MVIS and taxes withheld") is one query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from bot.answers.ask_words import ADDRESSES_SAME_ASKED, asks_lag
from bot.answers.figures import IN_DOLLARS
from bot.answers.tokens import fold

Combine = Literal["compare", "while", "both", "sum"]

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_YEAR = r"(?:19[89]\d|20\d\d)"
_DAY = (rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b|\b\d{{4}}-\d{{1,2}}-\d{{1,2}}\b"
        r"|\b\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d\d))?\b")
# A time phrase: a day, a year, a quarter or half, a month and year, or a relative period (with its preposition).
PERIOD = re.compile(
    rf"(?:\b(?:in|during|for|from|since|over|thru|through|on)\s+)?(?:the\s+)?"
    rf"(?:{_DAY}|\b(?:q[1-4]|h[12])\s*(?:of\s+)?'?(?:{_YEAR}|\d\d)\b|\b{_MONTH}\.?,?\s+{_YEAR}\b"
    rf"|\bfy\s*'?(?:{_YEAR}|\d\d)\b|\b{_YEAR}\b|(?<![\w'])'\d\d\b|\b(?:this|last|past|previous)\s+(?:year|quarter|month|week)\b"
    rf"|\bytd\b|\byear\s+to\s+date\b)",
    re.I,
)
_YEAR_IN = re.compile(rf"{_YEAR}\b|\d+/\d+/\d+|'\d\d\b")
_PREPOSITION = re.compile(r"^(?:in|during|for|from|since|over|thru|through|on)\s", re.I)
_OBJECT = re.compile(r"^(?P<lead>(?:per\s+share|a\s+share|each)\s+)?(?P<prep>at|of|for|in|from)\s+(?P<object>.+)$", re.I)
# A side that is only another object, said with its preposition ("... for Adagio and for Fractyl stock").
_OBJECT_SIDE = re.compile(r"^(?P<prep>at|of|for|in|from)\s+(?P<object>.+?)(?:\s+(?:stock|shares))?$", re.I)
# Words that say what was done (the measure compared): trades, holdings, filings.
MEASURE = re.compile(
    r"\b(?:sales?|sell(?:s|ing|ers?)?|sold|purchases?|purchas(?:ed|ing)|buy(?:s|ing|ers?)?|bought|grants?|granted|"
    r"awards?|awarded|got|received?|exercis(?:e|es|ed|ing)|options?|rsus?|holdings?|holds?|held|own(?:s|ed)?|"
    r"trades?|trad(?:ed|ing)|transactions?|filings?|filed|dump(?:s|ed|ing)?|unload(?:s|ed|ing)?|"
    r"offload(?:s|ed|ing)?|trimm?(?:s|ed|ing)?|cash(?:ed|ing)?\s+out|took\s+profits?|pick(?:ed|ing)?\s+up|"
    r"load(?:ed|ing)?\s+up|scoop(?:ed|ing)?\s+up|added\s+to|gifts?|gifted|giv(?:e|en|ing)\s+away|gave\s+away|"
    r"paid|pa(?:y|ys|ying)|conver(?:ted|sions?)|t(?:ake|akes|ook)\s+in|br(?:ing|ings|ought)\s+in|stock|shares?)\b",
    re.I,
)
_TRADE = re.compile(r"\b(?:sales?|sell(?:s|ing)?|sold|dump(?:s|ed|ing)?|unload(?:s|ed|ing)?|offload(?:s|ed|ing)?|"
                    r"purchases?|purchas(?:ed|ing)|buy(?:s|ing)?|bought)\b", re.I)
_BUYING = re.compile(r"\b(?:purchases?|purchas(?:ed|ing)|buy(?:s|ing)?|bought)\b", re.I)
# (a bare "v" after a fund's name is its number: "founders fund v lp")
_VERSUS = re.compile(r"(?<!\bclass)(?<!\bseries)\s+(?:vs\.?|versus|(?<!\bfund\s)(?<!\bfunds\s)v\.?|compared?s?\s+(?:to|with)"
                     r"|against)\s+", re.I)
_ASKING = re.compile(r"^(?:how\s+(?:do|does|did)|do|does|did)\s+", re.I)
_COMPARE = re.compile(r"^\s*(?:can\s+you\s+|please\s+)?compare\s+(?:the\s+)?", re.I)
_LIST_JOIN = re.compile(r",?\s+(?:and|with|to|&|vs\.?|versus)\s+|,\s+", re.I)
_BETWEEN = re.compile(r"\bbetween\s+\S+(?:\s+\S+){0,2}?\s+(?:and|&)\s+", re.I)
_ALTERNATIVES = re.compile(r"\s+(?:or|vs\.?|versus|and|&)\s+|,(?!\s*(?:19|20)\d\d\b)\s+(?:or\s+)?", re.I)
_CUE = re.compile(r"\b(?:whose|who|which|more|most|bigger|biggest|larger|largest|higher|greater|less|fewer)\b", re.I)
_CUE_WORDS = re.compile(r"\b(?:whose|who|where|what|which(?:\s+one)?|compan(?:y|ies)|person|guy|one|of\s+(?:them|the\s+two)|the|more|most|bigger|biggest|"
                        r"larger|largest|higher|greater|less|fewer|was|were|is|are|had|has|have|did|does|do|"
                        r"in\s+total|overall)\b", re.I)
_WHILE = re.compile(r"^(?:during|while|when)\s+(?P<window>[^,]+?),\s*(?P<main>.+)$"  # "while X was selling, did…"
                    r"|^(?P<main2>.+?)\s+(?:during|while|when)\s+(?P<window2>.+)$", re.I)
_WINDOW_VERBS = re.compile(r"(?:'s|s')?\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:\S+ly\s+)?"
                           r"(?:selling|sales?|sold|dumping|dumped|unloading|unloaded|offloading|buying|purchases|"
                           r"purchasing|bought)\b.*$", re.I)
GIVE_AWAY = re.compile(r"\b(?:giv(?:e|en|ing)|gave)\s+away\b", re.I)
# Words that qualify a holding, not things to compare ("direct vs indirect holdings for X" is one query).
_QUALIFIERS = re.compile(r"(?:direct|indirect)(?:ly)?|common|preferred|derivative|non-derivative", re.I)
_DATE_KINDS = re.compile(r"\b(?:fil(?:ing|ed)|report(?:ed|ing)?|sign(?:ed|ing)?|trade|transaction|execution|due|"
                         r"submission|acceptance)\s+dates?\b|\bdeadline\b|\bwhen\s+(?:it\s+was\s+)?(?:filed|traded)\b", re.I)
_TOPIC = re.compile(r"^(?P<topic>[^:\s]+(?:\s+[^:\s-]+){0,2})(?::|\s+[-–—])\s+(?P<rest>.+)$")  # "sales: a vs b", "2021 sells $ - a vs b"
PRONOUN = re.compile(r"\b(?:he|she|they|him|them|his|her|their)\b", re.I)
_SIGN_OFF = re.compile(r"(?<=[?.!])\s+(?:both\s+(?:#s|numbers)|thanks?|thx|ty|pls|please|lmk|asap)\b[^?]*$"
                       r"|,?\s+(?:and\s+by\s+how\s+(?:much|many(?:\s+[a-z]+)?)|(?:n|&)\s+how\s+(?:much|many)\s+(?:each|apiece)"
                       r"|both\s+(?:#s|numbers|figures)(?:\s+pls)?|(?:n|and|&)\s+by\s+how\s+(?:much|many))\s*\??\s*$", re.I)  # (both figures, and the difference, are always given)
_PLAIN_YEAR = re.compile(rf"^{_YEAR}$|^'\d\d$|^(?:q[1-4]|h[12])\b|^{_MONTH}\b|^fy|^\d{{1,2}}/\d|^\d{{4}}-\d", re.I)
MAX_SIDE_WORDS = 12
MAX_SIDES = 4


@dataclass(frozen=True)
class Part:
    """One part of a plan: a question of its own, and the label that tells it from the other parts."""
    question: str
    label: str
    refers_back: bool = False  # the part says "he" / "his" of the person in the part before
    slot: str = ""  # what tells the parts of a comparison apart: name, period, measure or rest


@dataclass(frozen=True)
class Plan:
    combine: Combine
    parts: tuple[Part, ...]
    by_shares: bool = False  # "who sold more shares": compare shares, not dollars
    window_buying: bool = False  # a while plan over a buying window ("while the CEO was buying")


@dataclass(frozen=True)
class Side:
    """One side of a comparison, in slots: who or what, the measure, the rest, the time."""

    name: str = ""
    measure: str = ""
    rest: str = ""
    period: str = ""

    def question(self) -> str:
        return " ".join(w for w in (self.name, self.measure, self.rest, self.period) if w)

    def filled_from(self, other: Side) -> Side:
        """Slots this side leaves out taken from ``other``; a day without its year takes the other's year
        ("dec 8 vs dec 9 2025")."""
        period = self.period or other.period
        if self.period and other.period and not _YEAR_IN.search(self.period):
            # "3/14/25" or "'25", never the day of "3/17" or "jan 24"
            year = re.search(rf"({_YEAR})|\d{{1,2}}/\d{{1,2}}/(\d\d)$|'(\d\d)$", other.period)
            if year:
                found = next(g for g in year.groups() if g)
                period = f"{self.period}/{found}" if re.search(r"\d/\d+$", self.period) else f"{self.period} {found}"
        return Side(self.name or other.name, self.measure or other.measure, self.rest or other.rest, period)

    @property
    def bare(self) -> bool:
        """Only a name, perhaps with a time ("PLTR" in "TSLA sales vs PLTR")."""
        return bool(self.name) and not (self.measure or self.rest)

    def instead_of_object(self, other: Side) -> Side | None:
        """A bare name standing for the object of the other side's rest: "insider sales at Tesla and
        Palantir" -> "insider sales at Palantir"; None when the other side's rest has no object."""
        found = _OBJECT.match(other.rest)
        alone = _OBJECT_SIDE.match(self.name) if not self.rest and self.measure.lower() in ("", "stock", "shares") else None
        if found is None or not (self.bare or alone):
            return None
        name = alone["object"] if alone else self.name
        return Side(other.name, other.measure, f"{found['lead'] or ''}{found['prep']} {name}", self.period or other.period)


def _clean(question: str) -> str:  # (a sign-off after the question is not a part: "musk or thiel? both #s pls")
    return _SIGN_OFF.sub("", " ".join(fold(question).split())).strip().rstrip("?!.").strip()


def period_text(found: str) -> str:
    """'2019' -> 'in 2019', 'march 14' -> 'on march 14'; one with a preposition or a relative one as written."""
    found = found.strip()
    if _PREPOSITION.match(found) or not _PLAIN_YEAR.match(found):
        return found
    day = re.match(rf"\d{{1,2}}/|\d{{4}}-\d|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)", found, re.I)
    return f"on {found}" if day else f"in {found}"


def side_of(text: str) -> Side:
    """A side's slots: its time phrase, then the words before the first measure word (the name), the measure
    word and the words after it."""
    periods = [m.group(0) for m in PERIOD.finditer(text)]
    text = " ".join(PERIOD.sub(" ", text).split())
    period = " ".join(period_text(p) for p in periods)
    found = MEASURE.search(text)
    if found is None:
        return Side(name=text.strip(" ,"), period=period)
    name = text[: found.start()].strip(" ,")
    return Side(name=name, measure=found.group(0), rest=text[found.end():].strip(" ,"), period=period)


def _part(side: Side, others: list[Side], by_object: bool) -> Part:
    """The side as a part, labelled by what tells it from the others: the name (or the company its rest
    names), else the time, the measure or the rest."""
    if by_object:
        return Part(side.question(), _OBJECT.match(side.rest)["object"], slot="name")
    for slot in ("name", "period", "measure", "rest"):
        mine = getattr(side, slot)
        if mine and any(mine.lower() != getattr(o, slot).lower() for o in others):
            return Part(side.question(), re.sub(r"'s?$", "", mine) if slot == "name" else mine, slot=slot)
    return Part(side.question(), side.question())


def _filled(side: Side, other: Side, last: Side) -> Side:
    """``side`` given what it leaves out by ``other``; a time said inside a side that is not the last ("thiel
    2024 pltr sells vs rabois afrm sells") is that side's own when the side given it names who and what."""
    if other.period and not side.period and other is not last and side.name and side.measure:
        return replace(side.filled_from(replace(other, period="")), period="")
    return side.filled_from(other)


def _fuller(sides: list[Side]) -> Side:
    return max(sides, key=lambda s: sum(bool(v) for v in (s.measure, s.rest, s.period, s.name)))


def sides_plan(texts: list[str], by_shares: bool = False) -> Plan | None:
    """A comparison of two to four sides, each given what it leaves out by the fullest side."""
    texts = [t.strip(" ,:") for t in texts]
    if any(_QUALIFIERS.fullmatch(t) or _NO_SIDE.fullmatch(t) for t in texts):
        return None  # ("direct vs indirect holdings"; "a lawyer or him": who, not two sides)
    if not 2 <= len(texts) <= MAX_SIDES or not all(texts) or any(len(t.split()) > MAX_SIDE_WORDS for t in texts):
        return None
    sides = [side_of(t) for t in texts]
    full = _fuller(sides)
    objects = [s.instead_of_object(full) for s in sides]
    by_object = all(o is not None or s is full for s, o in zip(sides, objects, strict=True)) and any(objects)
    if by_object:
        sides = [o or s for s, o in zip(sides, objects, strict=True)]
        periods = {s.period for s in sides if s.period}
        if len(periods) == 1:  # "sales at Tesla and Palantir in 2021": the time is said once for all
            sides = [replace(s, period=s.period or next(iter(periods))) for s in sides]
    else:
        last = sides[-1]
        sides = [_filled(s, full, last) if s is not full else s for s in sides]
        sides = [_filled(s, _fuller([o for o in sides if o is not s]), sides[-1]) for s in sides]
    questions = [s.question().lower() for s in sides]
    if len(set(questions)) < len(questions) or not all(s.name or s.measure for s in sides):
        return None
    parts = tuple(_part(s, [o for o in sides if o is not s], by_object) for s in sides)
    return Plan("compare", parts, by_shares=by_shares or any(asks_by_shares(t) for t in texts))


def _versus(question: str) -> Plan | None:
    """'TSLA vs PLTR sales in 2021', "Musk's 2019 sales vs 2022", 'tsla vs pltr vs aapl sales'."""
    pieces = _VERSUS.split(question)
    if len(pieces) < 2 or sum(bool(_DATE_KINDS.search(p)) for p in pieces[:2]) == 2:
        return None  # "filing date vs trade date": two dates of the same filings, not two questions
    unit = re.search(r",?\s+(?:in\s+)?(?:shares|shs|shrs)$", pieces[-1], re.I) if _TRADE.search(pieces[0]) else None
    if unit:  # "moran sells dec 8 vs dec 9 shares": the sales compared in shares, not a holding of shares
        pieces[-1] = pieces[-1][:unit.start()]
    return sides_plan([_ASKING.sub("", _COMPARE.sub("", pieces[0])), *pieces[1:]], bool(unit) or asks_by_shares(question))


def _compare_verb(question: str) -> Plan | None:
    """'compare Musk and Thiel's sales', 'compare TSLA sales in 2021 and 2022'."""
    if not _COMPARE.match(question):
        return None
    return sides_plan(_listed(_COMPARE.sub("", question)), asks_by_shares(question))


def _listed(text: str, joins: re.Pattern = _LIST_JOIN) -> list[str]:
    """'Tesla, Palantir and Apple' -> the three; "between 2021 and 2022" stays one range."""
    masked = _BETWEEN.sub(lambda m: "_" * len(m.group(0)), text)
    cuts = [m.span() for m in joins.finditer(masked)]
    if not cuts:
        return [text]
    starts = [0, *(end for _, end in cuts)]
    ends = [start for start, _ in cuts] + [len(text)]
    return [text[a:b] for a, b in zip(starts, ends, strict=True)]


def asks_by_shares(text: str) -> bool:
    return bool(re.search(r"\b(?:more|most|bigger|larger|fewer|less)\s+(?:shares|shs|shrs)\b|\bshares\b.*\b(?:more|bigger)\b"
                          r"|\bhow\s+many\s+shares\b", text, re.I))


def _alternatives(clause: str) -> list[str] | None:
    """'Musk or Thiel', 'scarpelli vs moran' -> the names: two to four short names and nothing else."""
    pieces = [p.strip() for p in _ALTERNATIVES.split(clause.strip(" ,:-"))]
    if not 2 <= len(pieces) <= MAX_SIDES or not all(pieces) or any(
            len(p.split()) > 7 or MEASURE.search(p) or _CUE.search(p) or _NO_SIDE.fullmatch(p) for p in pieces):
        return None
    return pieces


_NO_SIDE = re.compile(r"(?:him|her|them|he|she|they|it|(?:him|her|them|it)sel(?:f|ves)|(?-i:an?|some)\s+[a-z]+)", re.I)  # ("A or B": names)


def _either(question: str) -> Plan | None:
    """'Musk or Thiel: whose sales were bigger?', 'who sold more, Musk or Thiel?', 'did Musk or Thiel sell
    more in 2021', 'pltr sales 2021 & 2024, which was bigger'."""
    if not _ALTERNATIVES.search(question) or not _CUE.search(question):
        return None
    clauses = [c for c in re.split(r"\s*[:;?]\s*|\s*,(?!\d)(?!\s*(?:19|20)\d\d\b)(?!\s*(?:or|vs\.?|versus)\s)\s*|\s+-\s+", question)
               if c]  # not "Dec 8, 2025", "10,000", "A in March, or B in June"
    if len(clauses) == 3 and _PREPOSITION.match(clauses[0]) and (_YEAR_IN.search(clauses[0]) or IN_DOLLARS.fullmatch(clauses[0])):
        # "In January 2025, which company saw more selling, AAR or Pro-Dex?": the time belongs to what is asked
        clauses = [f"{clauses[1]} {clauses[0]}", clauses[2]]
    if len(clauses) == 2:
        for i in (0, 1):
            asked, other = clauses[1 - i], clauses[i]
            names = _alternatives(other)
            if names and _CUE.search(asked) and (plan := _asked_of(names, asked)) is not None:
                return plan
            listed = _listed(other, _ALTERNATIVES)
            if _CUE.search(asked) and not _CUE.search(other) and (not MEASURE.search(asked) or (
                    len(listed) > 1 and any(MEASURE.search(side) for side in listed))):
                # "pltr sales 2021 & 2024, which was bigger", "what's bigger: X's sales or Y's", "who got more:
                # clements rsus or melkote rsus" (a side says what it measures; the others take it from it)
                return sides_plan(listed, asks_by_shares(asked))
        return None
    inline = re.match(r"^(?:did|does|has|have|was|were|is)\s+(?P<a>.+?)\s+or\s+(?P<b>.+?)\s+(?P<rest>"
                      + MEASURE.pattern[2:-2] + r"\b.*)$", question, re.I)
    if inline and _alternatives(f"{inline['a']} or {inline['b']}"):
        return _asked_of([inline["a"], inline["b"]], inline["rest"])
    # "who sold more tsla or pltr insiders 2024": the verb first, then the two sides
    first = re.match(r"^(?:who|which)\s+(?P<verb>\S+)\s+more\s+(?P<a>\S+)\s+or\s+(?P<b>.+)$", question, re.I)
    if first and MEASURE.fullmatch(first["verb"]) and not MEASURE.search(first["a"]):
        return sides_plan([f"{first['a']} {first['verb']}", f"{first['b']} {first['verb']}"], asks_by_shares(question))
    return None


def _asked_of(names: list[str], asked: str) -> Plan | None:
    """Each name with what the comparison asks ("whose sales were bigger" -> "sales")."""
    what = " ".join(_CUE_WORDS.sub(" ", asked).split())
    if not (MEASURE.search(what) or re.search(r"\bwithh(?:eld|olding)\b", what, re.I)):  # "whose tax withholding"
        return None
    return sides_plan([f"{name} {what}" for name in names], asks_by_shares(asked))


def _during(question: str) -> Plan | None:
    """'were there insider purchases at TSLA during the CEO's selling?': the window (the CEO's sales),
    then the main question inside it."""
    found = _WHILE.match(question)
    main, window = (found["main"] or found["main2"], found["window"] or found["window2"]) if found else ("", "")
    if found is None or not _TRADE.search(main) or PERIOD.fullmatch(window.strip()):
        return None
    period = " ".join(period_text(m.group(0)) for m in PERIOD.finditer(window))
    window = " ".join(PERIOD.sub(" ", window).split())  # "during elons nov 2021 sales": the time apart
    verb = _WINDOW_VERBS.search(window)
    if verb is None:
        return None
    subject = window[: verb.start()].strip()
    if not subject or len(subject.split()) > 6:
        return None
    buying = bool(_BUYING.search(verb.group(0)))
    measure = "purchases" if buying else "sales"
    label = f"{subject}'s {'buying' if buying else 'selling'}"
    window_part = Part(" ".join(f"{subject} {measure} {period}".split()), label)
    return Plan("while", (window_part, Part(main.strip(), main.strip())), window_buying=buying)


# Words that say what is compared, before the names in "avg sell px adams aapl vs garascia air".
_TOPIC_WORDS = re.compile(r"(?:avg|average|mean|px|price|prices|total|totals|tax|taxes|withholding|withheld|strike|"
                          r"strikes|expiry|expiries|expiration|vesting|vested|how|many|much|the|their|insider|"
                          r"open|market|\$)$", re.I)


def _leading_topic(text: str) -> tuple[str, str] | None:
    """"gifts musk vs mcmahon" -> ("gifts", "musk vs mcmahon"): what is compared said first, then names only
    (the last side is a bare name); None otherwise."""
    pieces = _VERSUS.split(text)
    if len(pieces) < 2 or ":" in text or not side_of(pieces[-1]).bare:
        return None
    words = pieces[0].split()
    n = 0
    while n < len(words) - 1 and (MEASURE.fullmatch(words[n]) or _TOPIC_WORDS.fullmatch(words[n])):
        n += 1
    if n == 0 or not any(MEASURE.fullmatch(w) for w in words[:n]):
        return None
    rest = " ".join(words[n:]) + text[len(pieces[0]):]
    return " ".join(words[:n]), rest


def split_question(question: str) -> Plan | None:
    """The plan of a question of several parts, None for a question of one part (most questions)."""
    from bot.answers import comparatives as c  # (they build on this module's sides)
    from bot.answers.clauses import clauses

    text = _clean(question)
    if not text or ADDRESSES_SAME_ASKED.search(text) or (asks_lag(text) and not _VERSUS.search(text) and " or " not in text):
        return None  # (each filing's address, or its days from trade to signature, answers every side at once)
    if (owned := c.vehicle_choice(text)) is not None:
        return owned  # "garrett options: direct vs the 4 trusts": the topic stays where it stands
    topic = _TOPIC.match(text)
    if topic and not (_CUE.search(topic["topic"]) or _ALTERNATIVES.search(topic["topic"])):
        plan = split_question(topic["rest"])  # "exrb: ceo selling vs director buying", "sales: tsla vs pltr"
        if plan is not None:
            said = topic["topic"]
            return replace(plan, by_shares=plan.by_shares or asks_by_shares(said), parts=tuple(
                replace(p, question=f"{p.question} {said}" if MEASURE.search(said) else f"{said} {p.question}")
                for p in plan.parts))
    if (lead := _leading_topic(text)) is not None:
        return split_question(f"{lead[0]}: {lead[1]}")  # "rsu grants clements vs markham" -> "rsu grants: …"

    for reader in (c.after_lead, _during, c.more_than, c.period_choice, c.security_choice, c.periods_combined, c.securities_combined, c.roles_combined, c.vehicles_combined,
                   c.who_more, _either, _versus, c.names_in_middle, _compare_verb, c.than_sides, clauses):
        plan = reader(text)
        if plan is not None:
            return c.holding_parts(text, plan)
    return None

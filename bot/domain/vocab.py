"""What filings mean in words: roles from titles and flags, security kinds from titles, and display names
("Whiting John" -> "John Whiting"). The transaction codes are in ``bot.domain.codes``.

These are pure functions shared by the SQL layer (registered as SQLite functions), the rules parser
and the renderer, so a role or a kind means the same thing everywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

# ---- roles ---------------------------------------------------------------------------------------

ROLE_LABELS: dict[str, str] = {
    "general_counsel": "general counsel / chief legal officer",
    "ceo": "CEO",
    "cfo": "CFO",
    "coo": "COO",
    "cto": "CTO",
    "cao": "chief accounting officer",
    "cro": "chief revenue officer",
    "cmo": "chief marketing or medical officer",
    "chro": "chief people / human resources officer",
    "president": "president",
    "chair": "chair",
    "secretary": "corporate secretary",
    "treasurer": "treasurer",
    "director": "director",
    "ten_percent_owner": "10% owner",
    "officer": "officer",
}

_ROLE_TITLE_PATTERNS: dict[str, re.Pattern] = {
    "general_counsel": re.compile(r"\bgeneral counsel\b|\bgc\b|\bchief (?:[a-z]+ (?:and )?)?legal\b|\bclo\b"
                                  r"|\blegal officer\b|\bhead of legal\b"),
    "ceo": re.compile(r"\bchief exec(?:utive)?\b|\bceo\b|\bprincipal executive\b"),
    "cfo": re.compile(r"\bchief financ(?:e|ial)\b|\bcfo\b|\bprincipal financial\b"),
    "coo": re.compile(r"\bchief operating\b|\bchief operations\b|\bcoo\b"),
    "cto": re.compile(r"\bchief (?:[a-z]+ (?:and )?)?tech(?:nology|nical)? officer\b|\bcto\b"),
    "cao": re.compile(r"\bchief (?:financial (?:and )?)?accounting\b|\bcao\b"
                      r"|\bprincipal (?:financial (?:and )?)?accounting\b"),
    "cro": re.compile(r"\bchief revenue\b|\bcro\b"),
    "cmo": re.compile(r"\bchief (?:marketing|medical)\b|\bcmo\b"),
    "chro": re.compile(r"\bchief (?:people|human resources?|hr|talent)\b|\bchro\b"),
    "president": re.compile(r"(?<!vice )(?<!vice)\bpres(?:ident)?\b"),
    "chair": re.compile(r"\bchair(?:man|woman|person|mn)?\b"),
    "secretary": re.compile(r"\bsecretary\b|\bsecy\b"),
    "treasurer": re.compile(r"\btreasurer\b"),
}


def _normalise_title(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("-", " ")
    text = re.sub(r"[^a-z0-9% ]+", " ", text)
    return " ".join(text.split())


def roles_of(officer_title: str | None, other_text: str | None = None, is_director: int | bool = False,
             is_officer: int | bool = False, is_ten_percent_owner: int | bool = False,
             remarks: str | None = None) -> set[str]:
    """Every role a reporting owner holds in one filing, from the title text and the relationship flags.

    "See Remarks" titles are read from the filing's remarks (the title is stated there)."""
    roles = set(_title_roles(_role_words(officer_title, other_text, remarks)))
    if is_director:
        roles.add("director")
    if is_ten_percent_owner:
        roles.add("ten_percent_owner")
    if is_officer or (officer_title and officer_title.strip()):
        roles.add("officer")
    return roles


def has_role(role: str, officer_title: str | None, other_text: str | None, is_director: int,
             is_officer: int, is_ten_percent_owner: int, remarks: str | None = None) -> int:
    """SQLite function ``has_role(role, title, other, director, officer, ten_pct, remarks)``: whether ``role`` is
    among ``roles_of`` the same arguments. Called once per owner row a query reads (thousands for a market-wide
    question), so it checks only the role asked, and a title's roles are worked out once per text."""
    if role == "director":
        return int(bool(is_director))
    if role == "ten_percent_owner":
        return int(bool(is_ten_percent_owner))
    if role == "officer":
        return int(bool(is_officer or (officer_title and officer_title.strip())))
    if role not in _ROLE_TITLE_PATTERNS or not (officer_title or other_text):
        return 0
    return int(role in _title_roles(_role_words(officer_title, other_text, remarks)))


def _role_words(officer_title: str | None, other_text: str | None, remarks: str | None) -> str:
    """The text roles are read from: the title and other text, and the remarks a "See Remarks" title points to."""
    text = " ".join(t for t in (officer_title, other_text) if t)
    if remarks and officer_title and "remark" in officer_title.lower():
        text = f"{text} {remarks[:300]}"
    return text


@lru_cache(maxsize=8192)
def _title_roles(text: str) -> frozenset[str]:
    """The roles a title's words name (titles repeat: each text is read once)."""
    title = _normalise_title(text)
    return frozenset(role for role, pattern in _ROLE_TITLE_PATTERNS.items() if pattern.search(title))


def role_text(officer_title: str | None, other_text: str | None, is_director: int | bool,
              is_officer: int | bool, is_ten_percent_owner: int | bool, remarks: str | None = None) -> str:
    """The role as filed, in words: 'General Counsel & Secretary', 'Director, 10% owner'. A "See Remarks"
    title is followed by the (short) remarks it points to."""
    parts = []
    if officer_title and officer_title.strip():
        title = officer_title.strip()
        note = " ".join((remarks or "").split())
        if "remark" in title.lower() and note and len(note) <= 120:
            title = f"{title} ({note})"
        parts.append(title)
    elif is_officer:
        parts.append("Officer")
    if is_director and not (officer_title and "director" in officer_title.lower()):
        parts.append("Director")
    if is_ten_percent_owner:
        parts.append("10% owner")
    if other_text and other_text.strip():
        parts.append(other_text.strip())
    return ", ".join(parts)


# ---- security kinds ------------------------------------------------------------------------------

SECURITY_LABELS: dict[str, str] = {
    "option": "options", "rsu": "RSUs", "psu": "PSUs", "warrant": "warrants",
    "preferred": "preferred stock", "common": "common stock",
}

_KIND_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("warrant", re.compile(r"\bwarrants?\b")),
    ("psu", re.compile(r"\bpsus?\b|\bperformance (?:based )?(?:stock |share |restricted stock )?(?:units?|shares|awards?)\b")),
    ("rsu", re.compile(r"\brsus?\b|\brestricted (?:stock|share) units?\b|\b(?:deferred )?(?:stock|share) units?\b")),
    ("option", re.compile(r"\boptions?\b")),
    ("preferred", re.compile(r"\bpreferred\b|\bpref\b")),
]
_COMMON = re.compile(r"\bcommon\b|\bordinary\b|\bshares?\b|\bstock\b|\bclass [a-z]\b")


@lru_cache(maxsize=8192)
def security_kind(title: str | None, is_derivative: int | bool = False) -> str | None:
    """option | rsu | psu | warrant | preferred | common, or None for other derivatives (SARs, notes, units).
    Titles repeat (every row of every filing states one): each title is read once."""
    text = _normalise_title(title or "")
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(text):
            return kind
    if _COMMON.search(text) or not is_derivative:
        return "common"
    return None


# An award filed in Table I as shares whose footnote says what it is ("Represents restricted stock units
# issued ...", "This restricted stock unit award vests ..."); not a row merely about units ("upon vesting of").
_NOTE_KINDS: list[tuple[str, re.Pattern]] = [
    # "Represents restricted stock units ...", "Represents Common Stock earned from the vesting and settlement of
    # a Performance Stock Unit ("PSU") grant": an award of units, or shares it settled in.
    (kind, re.compile(r"(?:(?:\brepresents?|\bconsists?\s+of|^\s*(?:this|these|the|such))\s+(?:[\w-]+\s+){0,3}?"
                      r"|\b(?:earned|received|issued|acquired|delivered)\s+(?:from|upon|on|in)\s+(?:the\s+)?"
                      r"(?:vesting|settlement)\s+(?:and\s+(?:settlement|vesting)\s+)?of\s+(?:an?\s+|the\s+)?)"
                      + words, re.I))
    for kind, words in (("psu", r"performance(?:[\s-]based)?\s+(?:stock\s+|share\s+|restricted\s+stock\s+)?units?\b"),
                        ("rsu", r"restricted\s+(?:stock|share)\s+units?\b|rsus?\b"))
]


def note_security_kind(note: str | None) -> str | None:
    """SQLite function ``note_security_kind(text)``: rsu or psu when a footnote says its row is such an award."""
    for kind, pattern in _NOTE_KINDS:
        if note and pattern.search(note):
            return kind
    return None


# ---- names ---------------------------------------------------------------------------------------

_ENTITY_WORDS = {
    "llc", "l.l.c.", "lp", "l.p.", "llp", "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company",
    "ltd", "ltd.", "limited", "trust", "fund", "funds", "partners", "partnership", "capital", "holdings",
    "holding", "group", "management", "advisers", "advisors", "ventures", "bank", "foundation", "associates",
    "investments", "investors", "pte", "pte.", "plc", "sa", "ag", "gmbh", "nv", "bv", "trustee", "estate",
    "family", "equity", "opportunities", "master", "offshore", "gp", "aggregator", "n.a.", "na",
    "securities", "financial", "technologies", "university", "the", "&",
}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "md", "m.d.", "phd", "ph.d.", "esq", "esq."}


def is_entity_name(name: str) -> bool:
    words = re.split(r"[\s,/()]+", name.lower())
    return any(w in _ENTITY_WORDS for w in words) or any(ch.isdigit() for ch in name)


def _cap_word(word: str) -> str:
    if len(word) == 1 and word.isalpha():
        return word.upper() + "."
    low = word.lower()
    if low in _SUFFIXES:
        return {"jr": "Jr.", "sr": "Sr.", "md": "M.D.", "phd": "Ph.D.", "esq": "Esq."}.get(
            low, low.upper() if low.strip(".") in {"ii", "iii", "iv", "v"} else word)
    if not (word.isupper() or word.islower()):
        return word
    out = "-".join(part[:1].upper() + part[1:] for part in low.split("-"))
    out = re.sub(r"^(Mc)([a-z])", lambda m: m[1] + m[2].upper(), out)
    out = re.sub(r"^(O')([a-z])", lambda m: m[1] + m[2].upper(), out)
    return out


def display_name(name: str | None) -> str:
    """EDGAR's 'LAST FIRST MIDDLE' as 'First Middle Last'; entities stay as filed."""
    if not name:
        return "Unknown filer"
    name = " ".join(name.split())
    if is_entity_name(name):
        return name
    if "," in name:
        last, _, rest = name.partition(",")
        words = rest.split()
        last_words = last.split()
    else:
        parts = name.split()
        if len(parts) == 1:
            return _cap_word(parts[0])
        last_words, words = parts[:1], parts[1:]
    suffixes = [w for w in words if w.lower() in _SUFFIXES and w.lower().strip(".") != "v"]
    given = [w for w in words if w not in suffixes]
    ordered = given + last_words + suffixes
    return " ".join(_cap_word(w) for w in ordered)

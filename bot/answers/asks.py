"""What shape of answer a question wants, beyond the rows its spec selects: the terms of a grant (vesting,
expiry, strike), a value that needs a market price, or the positions held through a named vehicle (a trust,
a partnership, a fund). Read from the question's words after the spec is known; the spec's filters are not
changed here, only which answer is written from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "what's the vesting schedule", "how do his options vest", "when do they expire", "what's the strike".
_TERMS = re.compile(
    r"\bvesting\s+(?:schedule|terms?|dates?)\b|\bhow\s+(?:do|does|did|will)\b.*\bvest\b|\b(?:option|rsu|grant)s?\s+"
    r"vesting\b|\bvesting\b(?!.*\b(?:and|&)\b.*\b(?:withh|tax))|\bvested\s*\?|\bare\b.*\bvested\b|\bexpir(?:e|es|y|ation|ing|ed)\b"
    r"|\bstrikes?\b|\bexercise\s+prices?\b|\bexercisable\b|\bwhen\s+can\b.*\bexercise\b|\boption\s+terms\b"
    r"|\bterms\b", re.I)
# A value now: needs a market price the filings do not have. "worth" alone may be the dollar value of trades
# ("what were his sales worth"), which the filings do state.
_WORTH = re.compile(r"\bworth\b(?!\s+buying)|\bvalue\b", re.I)
_VALUE_NOW = re.compile(
    r"\bnet\s+worth\b|\bworth\s+(?:now|today|rn|right\s+now|currently)\b|\b(?:now|today|rn|currently)\s*\??$|\b(?:current|market)\s+(?:value|price|cap)\b|\bvalue\s+(?:of|today|now)\b"
    r"|\b(?:holdings?|stake|position|shares?)\s+value\b|\bvalue\s*$|\bmarket\s+value\b|\btrading\s+at\b|\bquotes?\b"
    r"|\bshare\s+price\b|\bstock\s+price\b|\bprice\s+(?:rn|now|today)\b|\bis\s+that\s+a\s+lot\b|\ba\s+lot\s+for\b"
    r"|\bcheap\b|\bexpensive\b|\bgood\s+price\b|\b(?:above|below)\s+(?:the\s+)?market\b|\bmarket\s+cap\b"
    r"|\bmake\s+selling\b|\bget\s+if\b|\bif\s+(?:he|she|they)\s+(?:sold|dumped)\b", re.I)
# "through the family trust", "held by Example Ventures Fund II", "via STS Holdings", "indirectly".
_VIA = re.compile(r"\b(?:through|thru|via|held\s+by|by|for)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
                  r"(?P<name>[\w&.' -]+?)\s*(?:\b(?:at|in|of|on)\b.*)?\??\s*$", re.I)
_VEHICLE_WORDS = re.compile(r"\b(trusts?|partnerships?|funds?|llcs?|lps?|estate|foundation|child|kids?|spouse|wife|"
                            r"husband|ira|family)\b", re.I)
# "which options were exercised": the exercises themselves, not the terms (unlike "exercise price", "exercisable").
_EXERCISED = re.compile(r"\bexercis(?:e|ed|es|ing)\b(?!\s+prices?)", re.I)
_INDIRECT = re.compile(r"\bindirect(?:ly)?\b", re.I)
_DIRECT_TOO = re.compile(r"\bdirect\b.*\bindirect|\bindirect\b.*\bdirect\b", re.I)
_SAME = {"kid": "child", "kids": "child", "trusts": "trust", "funds": "fund", "llcs": "llc", "partnerships":
         "partnership"}
_FILLER = {"the", "his", "her", "their", "family", "a", "an"}

@dataclass(frozen=True)
class Asks:
    """The answer's shape: ``terms`` (of derivatives), ``value_now`` (needs a market price), ``worth`` (a value
    is asked, of holdings or of trades), ``vehicle`` (the words naming the indirect holder, or "" for any indirect
    holding; None: not asked)."""

    terms: bool = False
    exercised: bool = False
    value_now: bool = False
    worth: bool = False
    vehicle: str | None = None

    def needs_market_price(self, transaction: str | None) -> bool:
        """A value only a market price gives: asked as of now, or "worth" of what is held (not of trades)."""
        return self.value_now or (self.worth and transaction in (None, "open_market"))


def read_asks(question: str) -> Asks:
    question = " ".join(question.replace("’", "'").split())
    exercised = bool(_EXERCISED.search(question)) and not re.search(r"\bwhen\s+can\b", question, re.I)
    return Asks(terms=bool(_TERMS.search(question)), exercised=exercised, value_now=bool(_VALUE_NOW.search(question)),
                worth=bool(_WORTH.search(question)), vehicle=_vehicle(question))


def _vehicle(question: str) -> str | None:
    """The words naming the indirect holder ("family trust", "sts holdings", "child"), "" for any indirect
    holding, None when the question does not ask about one (or asks about direct and indirect alike)."""
    if _DIRECT_TOO.search(question):
        return None
    words = _VEHICLE_WORDS.findall(question)
    m = _VIA.search(question)
    if m and (words or not re.search(r"\bby\s+\w+$", m.group(0).strip("? "))):
        named = [w for w in m.group("name").lower().split() if w not in _FILLER]
        if named and (words or len(named) > 1):
            return " ".join(_SAME.get(w, w) for w in named)
    if words:
        kept = [w.lower() for w in words if w.lower() != "family"] or ["family"]
        return _SAME.get(kept[0], kept[0])
    return "" if _INDIRECT.search(question) else None


def vehicle_matches(vehicle: str, *texts: str | None) -> bool:
    """The position's nature of ownership (or its footnote) names the vehicle ("trust" -> "By Trust")."""
    if not vehicle:
        return True
    text = " ".join(t for t in texts if t).lower()
    if re.search(rf"\b{re.escape(vehicle)}", text):
        return True
    return all(re.search(rf"\b{re.escape(word)}", text) for word in vehicle.split() if len(word) > 1)

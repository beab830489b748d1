"""Does a question ask for a picture? ``chart_words(text)``: the words to chart ("plot insider buying at PLTR"
-> "insider buying at PLTR"), or None when the question does not ask for a chart.

The one place chart intent is read (Slack mentions, DMs and ``/insider``, the terminal chat, ``insiderbot
ask``). Conservative on purpose: only a leading request ("chart …", "plot …", "graph …", "visualize …",
"show me a chart of …") or an explicit ending ("… on a chart", "… as a graph", "… in a picture"). A word
in the middle ("what is a chart", "did anyone sell at Chart Industries") is a question, not a request.
Plain ``re`` only: ``insiderbot ask`` imports this for every question, and it must stay cheap.
"""

from __future__ import annotations

import re

_POLITE = r"(?:(?:please|pls|hey|ok|okay)[,\s]+)?(?:(?:can|could|would|will)\s+(?:you|i|we)\s+(?:please\s+)?)?"
_ASK = r"(?:(?:show|give|get|send|make|draw|create|build|post|render)(?:\s+(?:me|us))?|i(?:'d|’d| would)\s+like|i\s+want)"
_NOUN = r"(?:chart|graph|plot|picture|visuali[sz]ation|timeline)s?"
_VERB = r"(?:chart|plot|graph|visuali[sz]e)"
_OF = r"(?:\s+(?:of|for|showing|with|on)\b)?"

# "chart TSLA", "plot of TSLA", "please graph …", "can you plot …", "visualize …"
_LEADING_VERB = re.compile(rf"^{_POLITE}{_VERB}{_OF}(?:\s+|:\s*|$)", re.I)
# "show me a chart of …", "give me a graph for …", "draw a picture of …", "a chart of …"
_LEADING_NOUN = re.compile(rf"^{_POLITE}(?:{_ASK}\s+)?(?:an?|the|some)\s+{_NOUN}{_OF}(?:\s+|:\s*|$)", re.I)
# "… on a chart", "… as a graph", "… in a picture", "… on a plot please"
_TRAILING = re.compile(rf"[\s,]+(?:on|as|in|into|with)\s+(?:an?|the|one)\s+{_NOUN}(?:\s+please)?\s*[?.!]*$", re.I)
# what is left in front of the words once the trailing form is cut: "show me", "can you show me"
_LEFT_ASK = re.compile(rf"^{_POLITE}{_ASK}\s+", re.I)
# "Chart Industries …": a company whose name starts with a chart word is a question about it
_COMPANY_WORDS = re.compile(r"^(?:industries|inc|corp|corporation|co|company|group|holdings|ltd|technologies)\b",
                            re.I)


def _clean(words: str) -> str:
    return " ".join(words.strip(" \t\n,:;-").split()).rstrip("?.!").strip()


def chart_words(text: str | None) -> str | None:
    """The words of a chart request ("" when it names nothing, e.g. "plot"), or None when ``text`` is not one."""
    text = " ".join((text or "").split())
    if not text:
        return None
    trailing = _TRAILING.search(text)
    if trailing:
        front = text[:trailing.start()]
        return _clean(_LEFT_ASK.sub("", front, count=1)) if front.strip() else None
    for pattern in (_LEADING_NOUN, _LEADING_VERB):
        found = pattern.match(text)
        if found:
            rest = text[found.end():]
            if pattern is _LEADING_VERB and _COMPANY_WORDS.match(rest):
                return None
            return _clean(rest)
    return None

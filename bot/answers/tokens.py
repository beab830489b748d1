"""The first stage of reading a question: its text made plain (accents, quotes, emoji, chat shorthand) and
held as a ``Text`` whose recognised spans are blanked, so each phrase is read once and what is left are the
words no stage understood.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from rapidfuzz.distance import DamerauLevenshtein

# Words that are never the name before "an officer at …" or "is director of …" ("sales by a director at pltr?",
# "guess who is director of snow"): prepositions, verbs of asking, what is asked about.
_NOT_A_NAME = (r"(?:by|from|of|for|to|with|at|in|on|sales?|sells?|buys?|purchases?|gifts?|trades?|grants?|options?|"
               r"shares?|stock|filings?|guess|remind|tell|show|list|find|check|see|know|wonder)\b")
# Chat shorthand written out, so the later stages see one spelling ("thru" -> "through").
SHORTHAND: list[tuple[re.Pattern, str | Callable[[re.Match], str]]] = [
    (re.compile(r"\bthru\b", re.I), "through"),
    (re.compile(r"\btil+\b", re.I), "until"),
    (re.compile(r"\bw/o\b", re.I), "without"),
    (re.compile(r"\bw/(?=\s|\w)", re.I), "with "),
    (re.compile(r"\bb/c\b", re.I), "because"),
    (re.compile(r"\bwho(?:'|’)?s\s+(?=(?:been|got|gotten|had|done|filed|sold|bought|made|given|received|reported)\b)", re.I), "who has "),  # "who's been selling"
    (re.compile(r"\bwho(?:'|’)?s\b", re.I), "who is"),  # "who's the ceo of tesla", "whos the cfo"
    (re.compile(r"\b(?:whats|wats|wuts)\b", re.I), "what's"),
    (re.compile(r"\b(?:wat|wut)\b", re.I), "what"),
    (re.compile(r"\bwen\b(?=\s+(?:did|does|do|is|was|were|will|has|have|are|r)\b)", re.I), "when"),  # not "did wen sell"
    (re.compile(r"\bsh(?:r?s|rs?)\b", re.I), "shares"),  # "shs", "shrs"
    (re.compile(r"(?<=\bper\s)sh\b", re.I), "share"),  # "priciest buy per sh"
    (re.compile(r"\bany1\b", re.I), "anyone"),
    (re.compile(r"(?<=\w\s)r(?=\s+(?:the|officers?|directors?|insiders?|there|any|all|both|on|in|at)\b)"), "are"),  # "which snow insiders r officers"
    (re.compile(r"\b(would|could|should|might|must)ve\b", re.I), r"\1 have"),  # "when wouldve they expired"
    (re.compile(r"\b(dump|unload|offload|dodg|flipp|trimm|scoop|grabb|load)d\b", re.I), r"\1ed"),  # "who dumpd most"
    (re.compile(r"\btxns?\b", re.I), "transaction"),
    (re.compile(r"\byrs\b", re.I), "years"),
    (re.compile(r"\byr\b", re.I), "year"),
    (re.compile(r"\bper-share\b", re.I), "per share"),
    (re.compile(r"\b([a-z$][\w.$]*)-wise\b", re.I), r"\1"),  # "snow-wise": about SNOW
    (re.compile(r"\b\d+[\s-]for[\s-]\d+(?=\s+(?:stock\s+)?splits?\b)", re.I), ""),  # "the 10-for-1 split"
    (re.compile(r"\bevery1\b", re.I), "everyone"),
    (re.compile(r"\bppl\b"), "people"),  # (not "PPL", a ticker)
    (re.compile(r"^\W*(?:sanity\s+check|quick\s+q(?:uestion)?|q)\s*[:,-]\s*", re.I), ""),  # "sanity check - ...", "quick q: ..."
    # "singerman an officer at oscar or what", "cabillot an officer at pdex?", "feld on the bdx board?": "is …"
    (re.compile(r"^(?=(?!" + _NOT_A_NAME + r")[\w.'-]+(?:\s+(?!" + _NOT_A_NAME + r")[\w.'-]+)?\s+"
                r"(?:an?\s+(?:officer|director|insider|exec\w*|10\s*%\s*owner)"
                r"(?:\s+(?:at|of|for|in)\s+\$?[\w.&'-]+)?|on\s+the\s+(?:\$?[\w.&'-]+\s+)?board(?:\s+(?:at|of)\s+\$?[\w.&'-]+)?)"
                r"(?:\s*\?+|(?:,?\s+or\s+what\s*\?*))?\s*$)(?!(?:first|last|the|any|who|which|what|when|has|have|had|did|does|do|is|was|were|are)\b)",
                re.I), "is "),
    (re.compile(r"[,\s]+or\s+what\s*(?=\?*$)", re.I), ""),
    # "jane doe is director of example robotics", "david travers is ceo of zip": asked as a statement
    (re.compile(r"^(?!(?:[\w.'-]+\s+){0,2}(?:who|what|which|whether|if|how|when|where|why|me|it|he|she|they|there|that|"
                r"this|the|any|anyone|someone)\b)(?!" + _NOT_A_NAME + r")"
                r"(?P<who>[\w.'-]+(?:\s+[\w.'-]+){0,2})\s+is\s+(?P<art>an?\s+|the\s+)?(?P<role>(?:director|ceo|cfo|coo|cto|"
                r"president|chair\w*|officer|gc|general\s+counsel|secretary|10\s*%\s*owner|insider)\b(?:\s+(?:of|at|for)"
                r"\s+[\w$.&' -]+)?\s*\??)$", re.I), lambda m: f"is {m['who']} {m['art'] or 'a '}{m['role']}"),
    (re.compile(r"\bsome1\b", re.I), "someone"),
    (re.compile(r"\b(?<=list\s)em\b|(?<=show\s)em\b|(?<=name\s)em\b"), "them"),  # "list em"
    (re.compile(r"\bstk\b"), "stock"),  # (lower case: STK is a ticker)
    (re.compile(r"\bvwap\b", re.I), "average price"),  # the volume-weighted average: dollars over shares
    (re.compile(r"\b(?:tot|ttl)\b"), "total"),  # "tot shs withheld", "ttl shs sold" (lower case: TOT is a ticker)
    (re.compile(r"\bwhat(?:'|’)?d\b(?=\s+\w+\s+(?:pay|sell|buy|get|exercise|make|give|do|file|hold|own)\b)", re.I), "what did"),
    (re.compile(r"\bb4\b", re.I), "before"),
    (re.compile(r"\b(?:has\s+|have\s+|(?<=\w)'s\s+)?got\s+left\b", re.I), " has left"),  # "whats jane doe got left in exrb"
    (re.compile(r"(?<=\w)\s+n\s+(?=(?:what|how|when|where|who|the|his|her|their|px|price|shs|shares)\b)"), " and "),
    (re.compile(r"\bas\s+part\s+of\b", re.I), "as"),  # "received equity as part of their director pay"
    (re.compile(r"\bex(?:'|’)?d\b", re.I), "exercised"),  # "anyone ex'd options"
    (re.compile(r"(?<=\bto\s)ex\b(?=\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w$]+\s+)?op(?:tion)?ts?\b)", re.I),
     "exercise"),  # "what did it cost to ex the snow opts"
    # "option ex", "ex notional", "ex cost": an exercise; "ex wve", "ex rsu settles": leaving that out
    (re.compile(r"(?<=\boptions\s)ex\b|(?<=\boption\s)ex\b|\bex\b(?=\s+(?:notional|cost|costs|px|prices?|dates?|strikes?)\b|\s*\??\s*$)"
                r"|(?<=\d\s)ex\b(?=\s+(?:how|what|when)\b)", re.I),  # "after the nov 21 ex how many", not "sales ex what X sold"
     "exercise"),
    (re.compile(r"\bex\b(?=\s+(?:the\s+)?\$?[a-z])(?!\s+(?:ceo|cfo|coo|cto|gc|clo|cao|president|chair\w*|director|"
                r"officer|exec\w*|employee|wife|husband|partner|vp|svp|evp)\b)", re.I), "excluding"),
    # chat asides that carry nothing: "ngl", "fr", "lowkey", "nah", "smth", "bc he knew" is kept ("because")
    (re.compile(r"(?:^|(?<=\s))(?:ngl|fr|frfr|lowkey|highkey|tbh|imo|imho|lol|lmao|nah|yo)(?=\s|[?!.,]|$)"), " "),
    (re.compile(r"\bsmth\b", re.I), "something"),
    (re.compile(r"\bbc\b(?=\s+(?:he|she|they|it|of|the)\b)", re.I), "because"),
]
# Numbers in words, defined once (the stages that read them take theirs from here).
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "hundred": 100, "a hundred": 100}
# Small dollar amounts in words ("a strike under five dollars"): written as figures, "$5".
_DOLLARS_IN_WORDS = re.compile(rf"\b(?P<n>{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s+(?:dollars|bucks)\b",
                               re.I)
# Share counts in words ("half a million shares", "two million options"): written as figures, "500,000 shares".
_SHARES_IN_WORDS = re.compile(rf"\b(?P<n>half\s+a|a|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s+"
                              r"(?P<mult>thousand|million)(?=\s+(?:\$?[a-z]{1,6}\s+)?(?:shares|options|rsus|units|stock)\b)",
                              re.I)


def _shares_figure(m: re.Match) -> str:
    n = m["n"].lower()
    count = 0.5 if n.startswith("half") else 1 if n == "a" else NUMBER_WORDS[n]
    return f"{int(count * (1_000 if m['mult'].lower() == 'thousand' else 1_000_000)):,}"


_DROPPED_CATEGORIES = {"So", "Sk", "Cf", "Co", "Cn", "Cs", "Me"}
_TRAILING = re.compile(r"[\s!?.,;:~*]+$")


def fold(text: str) -> str:
    """Accents dropped ("Müsk" -> "Musk", "Société" -> "Societe") and typographic quotes made plain, so
    names match EDGAR's spelling and the word patterns see whole words."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("—", " - ").replace("–", " - ")  # an em or en dash sets a clause apart, as " - " does
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def normalise(question: str | None) -> str:
    """The question as the stages read it: folded, emoji and symbols dropped, shorthand written out, one
    space between words, no trailing punctuation except a question mark."""
    text = fold(question or "")
    text = "".join(" " if unicodedata.category(ch) in _DROPPED_CATEGORIES else ch for ch in text)
    for pattern, plain in SHORTHAND:
        text = pattern.sub(plain, text)
    text = _DOLLARS_IN_WORDS.sub(lambda m: f"${NUMBER_WORDS[m['n'].lower()]}", text)
    text = re.sub(r"\ba\s+buck\b", "$1", text, flags=re.I)  # "under a buck a share"
    text = _SHARES_IN_WORDS.sub(_shares_figure, text)
    text = " ".join(text.split())
    asked = text.rstrip().endswith("?")
    text = _TRAILING.sub("", text)
    return f"{text}?" if asked and text else text


class Text:
    """The question with consumed spans blanked out, so one phrase is read once."""

    def __init__(self, text: str):
        self.original = text
        self.chars = list(text)

    @property
    def value(self) -> str:
        return "".join(self.chars)

    def take(self, pattern: str | re.Pattern, flags: int = re.I) -> list[re.Match]:
        """Every match of ``pattern`` in what is left, blanked."""
        found = list(re.finditer(pattern, self.value) if isinstance(pattern, re.Pattern)
                     else re.finditer(pattern, self.value, flags))
        for m in found:
            self.blank(*m.span())
        return found

    def blank(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.chars[i] = " "

    def restore(self, start: int, end: int) -> None:
        """Words a phrase passed over, given back to later stages."""
        self.chars[start:end] = self.original[start:end]


WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&.'\-]*")


def bare_word(raw: str) -> str:
    """A word without its possessive or trailing punctuation ("Acme's" -> "Acme", "Inc." -> "Inc")."""
    return re.sub(r"(?:'s|s'|')$", "", raw, flags=re.I).strip(".-'&")


def correct_spelling(text: str, keywords: set[str], known: set[str]) -> str:
    """Lower-case domain words one keystroke off ("opitons" -> "options", "purchses" -> "purchases"); words
    in ``known`` and capitalised words (names) are left as written."""
    def fix(m: re.Match) -> str:
        word = m.group(0)
        if len(word) < 5 or word in keywords or word in known or not word.islower():
            return word
        close = [k for k in keywords if k[0] == word[0] and DamerauLevenshtein.distance(word, k, score_cutoff=1) <= 1]
        return min(close, key=lambda k: (DamerauLevenshtein.distance(word, k), k)) if close else word

    return re.sub(r"[A-Za-z]+", fix, text)

"""Words that leave something out of an answer ("not", "except", "besides"), which the filters cannot express
(only "not under a 10b5-1 plan" can), and the wordings where such a word leaves nothing out: "had not vested"
asks about vesting, "confirm that X never sold" whether X sold, "besides X, who else" lists the others."""

from __future__ import annotations

import re

# "besides X, who else…", "anyone other than thiel": the others, not something left out of an answer.
# Words that leave out what follows ("besides thiel", "other than elon musk's"); "besides being CEO" leaves nobody out.
LEAVING_OUT_WORDS = (r"\b(?:besides|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?|excluding|exclude|"
                     r"not\s+counting|leaving\s+(?:out|aside)|leaving(?=\s+\S+(?:\s+\S+){0,2}\s+(?:aside|out)\b)|leave\s+out|but\s+not)\b(?!\s+(?:being|his|her|their|its)\b)")
LEAVING_OUT = re.compile(LEAVING_OUT_WORDS, re.I)
_OTHERS = re.compile(r"\bwho\s+else\b|\banyone\b|\banybody\b|\bany\s+other\b|\bothers?\b|\bwho\b"
                     r"|\bwhich\s+(?:individuals|people|persons|insiders|owners|filers)\b", re.I)
_WHO_ELSE = re.compile(r"\bwho\s+else\b|\banyone\s+else\b|\banybody\s+else\b", re.I)


def asks_who_else(question: str) -> bool:
    """The question asks for the insiders other than someone it names."""
    return bool(_WHO_ELSE.search(question) or (LEAVING_OUT.search(question) and _OTHERS.search(question)))


# Words that leave something out, which the filters cannot express (only "not under a 10b5-1 plan" can).
NEGATION = re.compile(r"\b(?<!\bor\s)(?<!\()(?:not|never|except|excluding|exclude|excludes|other\s+than|besides|apart\s+from|"
                      r"aside\s+from|without|but\s+not)\b(?!\s+being\b)|n't\b", re.I)
NOT_A_FILTER = re.compile(r"not\s+(?:yet\s+)?(?:vested|exercisable|exercised|expired|converted)\b", re.I)

# "confirm that tim cook never sold", "has musk never bought": whether it happened, not a thing to leave out.
NEVER_DID = re.compile(r"never\s+(?:(?:once|really|actually|ever)\s+)?(?:sold|sell|bought|buy|purchased|exercised|gifted|"
                       r"gave|traded|filed|received|acquired|disposed|converted|dumped|unloaded|held|owned|reported)\b", re.I)
_ASKS_WHO = re.compile(r"^\W*(?:who|which|what)\b", re.I)  # "who never sold": the others, which cannot be listed


def negation_of(question: str, text: str) -> str | None:
    """The word of ``text`` (the question with its spans blanked) that leaves something out, or None: "had not
    vested" asks about vesting, "confirm that X never sold" whether X sold, "besides X, who else" lists the others."""
    for m in NEGATION.finditer(text):
        if NOT_A_FILTER.match(question, m.start()) or (
                NEVER_DID.match(question, m.start()) and not _ASKS_WHO.match(question)):
            continue
        return None if asks_who_else(question) else m.group(0).strip()
    return None

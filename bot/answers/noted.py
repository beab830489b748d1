"""What a row's footnotes say, asked about as a topic ("who bought shares under an employee stock purchase plan",
"which Form 4 cites a Rule 16b-3 exemption", "vested under which bonus plan"):
each topic with the words that ask it and the footnote text that states it. The words are taken, so they are never
read as names; the rows are those citing a footnote that says it (``Filters.noted``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.spans import Span, _span
from bot.answers.tokens import Text


@dataclass(frozen=True)
class Topic:
    asked: re.Pattern  # the words of a question that ask it
    stated: tuple[str, ...]  # SQL LIKE patterns for the footnote text that states it
    words: str  # what the answer says was searched


_RULE = r"(?:rules?\s+)?16[ab]-?\d+(?:\s*\([a-z0-9]\))*"
TOPICS: dict[str, Topic] = {
    # "an SEC exemption rule (such as Rule 16a-9, 16a-13 or 16b-3)": any of Section 16's exemption rules.
    "exemption_rule": Topic(re.compile(r"\b(?:(?:a|any|an|specific|sec|section\s+16)\s+)*exemption\s+rules?\b"
                                       rf"|\b{_RULE}(?:\s*(?:,|or|and)\s*{_RULE})*(?:\s*,)?\s*(?:or|and)\s*(?:rule\s+)?16b-?\d+"
                                       rf"|\b(?:rules?\s+)?16b-?\d+(?:\s*\([a-z0-9]\))*\s*(?:,|or|and)\s*{_RULE}", re.I),
                            ("%Rule 16a-%", "%Rule 16b-%", "%Rules 16a-%", "%Rules 16b-%"),
                            "citing a Section 16 exemption rule (per a footnote)"),
    "espp": Topic(re.compile(r"\bespps?\b|\bemployee\s+(?:stock|share)\s+(?:or\s+(?:stock|share)\s+)?purchase(?:\s+plans?)?\b", re.I),
                  ("%employee stock purchase%", "%employee share purchase%", "%ESPP%"), "under an employee stock purchase plan (per a footnote)"),
    # "which sales were done only to cover taxes", "sold solely to pay the taxes": sales a footnote says were made to
    # pay the taxes of an exercise or a vesting ("sell to cover" alone is the withholding, code F: bot/answers/kept.py)
    "sold_to_cover": Topic(re.compile(r"\b(?:sales?|sells?|sold)\b[^?]{0,30}?\b(?:only|solely|just)\s+to\s+"
                                      r"(?:cover|pay|satisfy)\s+(?:the\s+)?(?:taxes|tax)\b", re.I),
                           ("%sold solely to satisfy%tax%", "%sell-to-cover%", "%sold to cover%tax%", "%to satisfy%tax withholding%"),
                           "made to cover taxes (per a footnote)"),
    "rule_16b3": Topic(re.compile(r"\b(?:rule\s+)?16b-?3(?:\([a-z]\))?(?:\s+exemptions?)?\b", re.I),
                       ("%16b-3%",), "citing a Rule 16b-3 exemption (per a footnote)"),
    "bonus_plan": Topic(re.compile(r"\b(?:executive\s+)?bonus\s+plans?\b", re.I),
                        ("%bonus plan%",), "under a bonus plan (per a footnote)"),
    "business_combination": Topic(re.compile(r"\bbusiness\s+combinations?\b|\bde-?spac\b", re.I),
                                  ("%business combination%",), "in a business combination (per a footnote)"),
    "private_placement": Topic(re.compile(r"\bprivate\s+placements?\b", re.I),
                               ("%private placement%",), "in a private placement (per a footnote)"),
    "dividend_reinvestment": Topic(re.compile(r"\bdividend\s+reinvest\w*(?:\s+plans?)?\b|\bdrips?\b|\breinvested\s+dividends?\b",
                                              re.I),
                                   ("%dividend reinvest%", "%reinvested dividend%", "%reinvestment of dividend%"),
                                   "from reinvested dividends (per a footnote)"),
    "rule_16a": Topic(re.compile(r"\b(?:rules?\s+)?16a-?\d+(?:\s*\([a-z]\))?(?:\s*(?:,|or|and)\s*(?:rule\s+)?16a-?\d+"
                                 r"(?:\s*\([a-z]\))?)*(?:\s+exemptions?)?", re.I),
                      ("%16a-%",), "citing a Rule 16a exemption (per a footnote)"),
    "performance_vesting": Topic(re.compile(r"\bperformance(?:[\s-]+based)?\s+(?:milestones?|objectives?|goals?|targets?|hurdles?|"
                                            r"vesting)\b|\bvest\w*\s+on\s+performance\b", re.I),
                                 ("%performance objective%", "%performance condition%", "%performance goal%",
                                  "%performance milestone%", "%performance-based%", "%performance based%"),
                                 "vesting on performance (per a footnote)"),
    "merger": Topic(re.compile(r"(?<!\bbefore\s)(?<!\bafter\s)(?<!\bbefore\sthe\s)(?<!\bafter\sthe\s)(?<!\bsince\sthe\s)"
                               r"(?<!\bsolarcity\s)\bmergers?\b(?!\s+(?:closed|closing|date))|\breorgani[sz]ations?\b|\bmerger\s+consideration\b", re.I),
                    ("%merger%", "%reorganization%", "%reorganisation%"), "in a merger or reorganization (per a footnote)"),
    "reverse_split": Topic(re.compile(r"\breverse\s+(?:stock\s+)?splits?\b", re.I),
                           ("%reverse stock split%", "%reverse split%"), "around a reverse stock split (per a footnote)"),
    "stock_split": Topic(re.compile(r"\b(?:stock|share|forward)\s+splits?\b|\b\d+[-\s]for[-\s]\d+\s+(?:forward\s+|stock\s+)?splits?\b"
                                    r"|\bsplit[-\s]adjusted\b", re.I),
                         ("%stock split%", "%share split%", "%split-adjusted%", "%split adjusted%", "%forward split%",
                          "%-for-one split%"), "around a stock split (per a footnote)"),
    # One event's transactions reported over two Form 4s (EDGAR's limit on rows per form), as the remarks say.
    "split_filing": Topic(re.compile(r"\bsplit\s+(?:in(?:to)?\s+)?(?:two|2|multiple|several)\s+(?:form\s*4s|filings|forms)\b"
                                     r"|\b(?:edgar'?s?\s+)?(?:transaction|row|30[-\s](?:transaction|row))\s+limit\b", re.I),
                          ("%split into two filings%", "%first of two Form 4s%", "%second of two Form 4s%"),
                          "in a filing split over two Form 4s (per its remarks)"),
}


def noted_spans(text: Text) -> list[Span]:
    """The footnote topic a question asks about, its words taken ("ESPP shares" -> "espp")."""
    for key, topic in TOPICS.items():
        found = text.take(topic.asked)
        if found:
            return [_span("noted", key, found[0])]
    return []


def noted_sql(key: str) -> tuple[str, tuple[str, ...]]:
    """The rows ``e`` (with filing ``f``) citing a footnote that states the topic, or in a filing whose remarks do."""
    stated = TOPICS[key].stated
    likes = " OR ".join("fn.text LIKE ?" for _ in stated)
    return (f"(EXISTS (SELECT 1 FROM footnotes fn WHERE fn.filing_id = e.filing_id AND ({likes}) AND "
            "instr(coalesce(e.footnote_ids, ''), '\"' || fn.footnote_id || '\"') > 0) "
            f"OR ({' OR '.join('f.remarks LIKE ?' for _ in stated)}))", (*stated, *stated))

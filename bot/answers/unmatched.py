"""A named constraint is never dropped: when the question names a person or a company that is not stored
(or names words that look like a name and match nothing), the answer says so instead of answering without
that name. What is stored nearby (who files for the named company, where the named person files) is shown
after it, clearly labelled as not the answer.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from bot.answers import lexicon, query, sums
from bot.answers.english import unheard_of_name
from bot.answers.filters import Filters
from bot.answers.messages import HOW_TO_GET_MORE, company_label, insider_label, stored_lines
from bot.answers.render import Answer, message
from bot.answers.resolve import Match
from bot.answers.understand import Understanding
from bot.domain.text import issuer_label
from bot.domain.vocab import display_name, is_entity_name, role_text
from storage import names_index

MAX_SHOWN = 8


def unmatched_names(understanding: Understanding) -> tuple[str | None, str | None]:
    """The person and the company the question named that did not resolve (the understanding step says)."""
    return _as_name(understanding.unresolved_insider), _as_name(understanding.unresolved_company)


def _as_name(words: str | None) -> str | None:
    """A name as the question gave it, capitalised when it was typed all in lower case ("jane roe")."""
    if not words:
        return None
    return words.title() if words == words.lower() else words


def name_like_unknowns(understanding: Understanding, question: str) -> list[str]:
    """Phrases of left-over words written like a name (capitalised, or a ticker) while another name matched:
    answering without them would answer about someone else. Words that stand together in the question make
    one phrase ("Jane Roe"); a lone capitalised first word ("Compare ...") is not taken for a name."""
    if not (understanding.company or understanding.insider) or not understanding.unknown_words:
        return []
    words = question.replace("'s", "").replace("’s", "").split()
    bare = [w.strip("$'\"?,.!:;()") for w in words]
    named_already = {w.lower() for m in (understanding.company, understanding.insider) if m is not None
                     for e in m.entities for w in (e.ticker or "", *e.name.split())}
    unknown = {w for w in understanding.unknown_words if w.lower() not in named_already}  # "affirm ... afrm"
    phrases: list[list[str]] = []
    for i, word in enumerate(bare):
        if word not in unknown:
            continue
        if phrases and i > 0 and bare[i - 1] == phrases[-1][-1]:
            phrases[-1].append(word)
        else:
            phrases.append([word])
    out = []
    for phrase in phrases:
        capitalised = [w for w in phrase if w[:1].isupper() and w.lower() != w]
        unheard = [w for w in phrase if unheard_of_name(w, _place(question, w), question)]
        if not (capitalised or unheard) or (len(phrase) == 1 and bare and phrase[0] == bare[0] and not unheard):
            continue
        out.append(" ".join(phrase))
    return out


def stored_words(conn: sqlite3.Connection, phrase: str) -> bool:
    """Every word of the phrase is a word of a stored owner's or company's name."""
    words = [w for w in re.split(r"[^0-9a-z]+", phrase.lower()) if w]
    return bool(words) and any(len(names_index.known_words(conn, kind, words)) == len(set(words))
                               for kind in names_index.KINDS)


def _place(question: str, word: str) -> int:
    found = re.search(rf"(?<![\w$]){re.escape(word)}(?!\w)", question)
    return found.start() if found else 0


def unmatched_answer(understanding: Understanding, conn: sqlite3.Connection, question: str) -> Answer | None:
    """"No filings by Jane Roe are stored" (and who does file for the named company), or None when every name
    the question gave was matched."""
    person, company = unmatched_names(understanding)
    if person is None and company is None:
        leftover = [p for p in name_like_unknowns(understanding, question) if not stored_words(conn, p)]
        if not leftover:
            return None  # ("Buffett … Berkshire's stake": Berkshire is stored too, a second party, not a name unknown)
        return _leftover_answer(understanding, conn, leftover, question)
    if person is not None:
        headline = f"No filings by {person} are stored"
        if company is not None:
            headline += f", and no company called “{company}” is stored either"
        elif understanding.company is not None:
            headline += f" (for {company_label(understanding.company)} or any other company)"
        headline += "."
    else:
        headline = f"I could not find a company or insider called “{company}” in the database."
    lines, notes = _nearby(understanding, conn)
    if person is None and understanding.insider is None:
        notes += stored_lines(conn, None) + ["Try the ticker (e.g. $TGEN) or part of the insider's name."]
    return message("no_match", headline, lines, notes + [HOW_TO_GET_MORE])


def _leftover_answer(understanding: Understanding, conn: sqlite3.Connection, words: list[str],
                     question: str) -> Answer:
    lines, notes = _nearby(understanding, conn)
    person = _whole_name(understanding.insider, words, question)
    if person is not None:
        headline = (f"No filings by {person} are stored (“{understanding.insider.text}” alone matches "  # type: ignore[union-attr]
                    f"{insider_label(understanding.insider)}, who is someone else).")
    else:
        quoted = " or ".join(f"“{w}”" for w in words)
        headline = (f"Nothing is stored for {quoted}: no company or insider by that name has filings here, so "
                    "I have not answered without it.")
    return message("no_match", headline, lines, notes + ["Check the spelling, or use the ticker (e.g. $TSLA) or "
                                                         "the insider's full name.", HOW_TO_GET_MORE])


def _whole_name(insider: Match | None, words: list[str], question: str) -> str | None:
    """'Jane Roe' when the question wrote an unmatched word right beside the matched insider's words."""
    if insider is None or insider.via == "context":
        return None
    low = " ".join(question.lower().replace("'s", "").split())
    for word in (w for w in words if w != w.lower()):  # "Jane Roe"; "levchin paypal" is a person and a company
        for phrase in (f"{word} {insider.text}", f"{insider.text} {word}"):
            if phrase.lower() in low:
                return phrase
    return None


def _nearby(understanding: Understanding, conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """Lines about the names that did match, each labelled as not the answer."""
    lines: list[str] = []
    notes: list[str] = []
    if understanding.company is not None and not understanding.company.ambiguous:
        lines.extend(who_files(conn, understanding.company))
    if understanding.insider is not None and not understanding.insider.ambiguous:
        where = _where_files(conn, understanding.insider)
        if where:
            notes.append(f"For reference, not the answer: “{understanding.insider.text}” matches "
                         f"{insider_label(understanding.insider)}, who has filings stored for {where}.")
    return lines, notes


def who_files(conn: sqlite3.Connection, company: Match) -> list[str]:
    """'Who does file for Tesla, Inc. (TSLA) (not an answer to the question):' and one line per insider."""
    people = sums.insiders(conn, Filters(issuer_ciks=company.ciks))
    if not people:
        return [f"Nothing is stored for {company_label(company)} yet."]
    lines = [f"Who does file for {company_label(company)} (for reference, not an answer to the question):"]
    for person in people[:MAX_SHOWN]:
        role = role_text(person.officer_title, person.other_text, person.is_director, person.is_officer,
                         person.is_ten_percent_owner, person.remarks)
        lines.append(f"• {display_name(person.name)}" + (f" ({role})" if role else ""))
    if len(people) > MAX_SHOWN:
        lines.append(f"…and {len(people) - MAX_SHOWN} more.")
    return lines


def _where_files(conn: sqlite3.Connection, insider: Match) -> str:
    rows = [query.issuer_row(conn, r["issuer_cik"]) for r in query.issuers_of_owners(conn, insider.ciks)[:5]]
    return ", ".join(issuer_label(r["name"], r["trading_symbol"]) for r in rows if r is not None)


def _end_of(words: str, question: str) -> int:
    found = question.lower().find(words.lower())
    return found + len(words) if found >= 0 else len(question)


def with_series(name: str | None, question: str) -> str | None:
    """The name with the number or roman numeral the question writes after it: which of a series of funds
    ("Rivendell 25", "FF Pathfinder VI")."""
    if not name:
        return name
    m = re.search(rf"\b{re.escape(name)}\s+({lexicon.SERIES})\b", question, re.I)
    return f"{name} {m.group(1)}" if m else name


def holder_words(understanding: Understanding, question: str) -> str | None:
    """The words that may name a holder in the nature of ownership rather than a reporting owner: a name that
    matched nothing ("Thiel Capital"), or, with a company or insider named, the words left over ("what do the
    Fintail trusts hold in Snowflake"); None for a person's name ("alex karp" files nothing here: never answered
    with the holdings of a filer whose footnote names him)."""
    named = understanding.unresolved_insider or understanding.unresolved_company
    if named and named == understanding.unresolved_insider and len(named.split()) > 1 and not (
            is_entity_name(named) or lexicon.ENTITY_AFTER.match(question, _end_of(named, question))):
        return None  # (a person's name; "Columbia Insurance Company": the question gave the entity's word)
    if named or not (understanding.company or understanding.insider):
        return with_series(named, question)
    spec = understanding.spec
    unknown = [w for w in understanding.unknown_words if len(w) > 3 and w.lower() not in lexicon.HOLDING_VERBS] \
        if spec.aggregation == "holdings" and not spec.ask else []
    named_words = name_like_unknowns(understanding, question)
    if spec.vehicle and spec.vehicle not in ("direct", "indirect") and (named_words or unknown):
        # "scarpelli kids trusts (fintail)": the name left over and the kind of vehicle together
        return " ".join([*(named_words or unknown), spec.vehicle])
    return with_series(" ".join(named_words or ([] if spec.vehicle else unknown)), question) or None


_NAME_WORDS = r"(?P<name>[A-Za-z][\w'.-]*(?:\s+[A-Za-z][\w'.-]*)?)"


def other_person_unknown(understanding: Understanding, parse, conn: sqlite3.Connection
                         ) -> tuple[Understanding, str] | None:
    """"What did Peter Thiel and Jeff Bezos sell at Palantir", "did jane doe or john smith sell": two people
    named together, one stored and the other not. The answer is the stored one's, and says first that the other
    has no filings here (never silently left out, never answered as if asked about the other)."""
    insider = understanding.insider
    if insider is None or insider.via == "context" or not understanding.unknown_words:
        return None
    unknown = {w.lower().removesuffix("'s") for w in understanding.unknown_words}
    text = re.escape(insider.text)
    joined = lexicon.NAMES_JOINED
    for pattern in (rf"\b{text}(?:'s)?{joined}{_NAME_WORDS}", rf"{_NAME_WORDS}(?:'s)?{joined}{text}\b"):
        m = re.search(pattern, parse.question, re.I)
        if m is None:
            continue
        words = [w for w in m.group("name").split() if w.lower().removesuffix("'s") in unknown]
        if not words or words[0] != m.group("name").split()[0]:
            continue
        name = _as_name(" ".join(words))
        gone = {w.lower() for w in words}
        moved = replace(understanding, unknown_words=[w for w in understanding.unknown_words if w.lower() not in gone])
        return moved, (f"No filings by {name} are stored: this answer is {insider_label(insider)}'s alone.")
    return None

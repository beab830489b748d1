"""A person's name mistyped beside the company they file for ("buffit's snowflake position", "carol clemmons rsus
at jetblue", "roelof boetha at mongodb"): when the name matches no one but the company resolves, the company's own
filers are the candidates, and one whose every typed word is close to a word of their name is read as meant, with
a note. Every typed word must match (a first name too), so "jane roe at EXRB" never becomes Richard Roe or Jane
Doe: a person with no filings is still said to have none (bot/answers/unmatched.py)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from rapidfuzz.distance import DamerauLevenshtein

from bot.answers import sums
from bot.answers.english import is_ordinary
from bot.answers.filters import Filters
from bot.answers.messages import company_label
from bot.answers.resolve import Entity, Match
from bot.answers.understand import Understanding
from bot.domain.vocab import display_name
from storage import names_index

SHORT = 4  # words shorter than this must be typed exactly ("roe" is not "doe")
CLOSE = 0.6  # normalised similarity of a longer word to a word of the name ("clemmons" ~ "clements": 0.625)
CLOSE_OTHER_START = 0.8  # the same, for a word whose first letter differs ("karine" ~ "carine": 0.83)
CLOSE_ENDING = 0.5  # the same, for a word that starts with the name word's first four letters ("markems" ~ "markham")
CROWDED = 2_000  # a typed word held by more names than this ("john") does not pick candidates market-wide


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower().replace("'s", " "))


def _close(typed: str, name_words: list[str]) -> bool:
    """The typed word is a word of the name, or close to one of four letters or more: with the same first letter,
    or a first letter misheard and the rest nearly the same ("karine" for Carine: 0.83), or the same first four
    letters and the ending misheard ("markems" for Markham: 0.57)."""
    if typed in name_words:
        return True
    if len(typed) < SHORT:
        return False
    return any(len(w) >= SHORT and (similarity := DamerauLevenshtein.normalized_similarity(typed, w)) >= CLOSE_ENDING
               and (similarity >= CLOSE and w[:1] == typed[:1] or similarity >= CLOSE_OTHER_START
                    or len(typed) > SHORT and len(w) > SHORT and w[:SHORT] == typed[:SHORT]) for w in name_words)


def _typed_name(unresolved: str) -> list[str]:
    """The words of the unmatched name that can be part of a name: ordinary English words after the first
    ("roelof boetha take") are left out."""
    words = _words(unresolved)
    return words[:1] + [w for w in words[1:] if not is_ordinary(w)]


def close_filer(understanding: Understanding, parse, conn: sqlite3.Connection) -> tuple[Understanding, str] | None:
    """The understanding with the mistyped insider read as the company's one close filer, and a note; None when
    no name is unmatched, no company resolved, or no single filer is close in every typed word."""
    typed, company = understanding.unresolved_insider, understanding.company
    unheard = [w for w in understanding.unknown_words if not is_ordinary(w)]
    if not typed and 0 < len(unheard) <= 2:
        typed = " ".join(unheard)  # "garsia aar": a word no dictionary knows, beside the company
    if not typed or company is None or company.ambiguous or understanding.insider is not None:
        return None
    words = _typed_name(typed)
    if not words or not any(len(w) >= SHORT for w in words):
        return None
    people = sums.insiders(conn, Filters(issuer_ciks=company.ciks))
    close = {p.owner_cik: p for p in people if all(_close(w, _words(display_name(p.name))) for w in words)}
    if len(close) != 1:
        return None
    person = next(iter(close.values()))
    match = Match(text=typed, entities=[Entity(person.owner_cik, person.name)], via="name")
    typed_words = set(_words(typed))
    moved = replace(understanding, insider=match, unresolved_insider=None,
                    unknown_words=[w for w in understanding.unknown_words if w.lower() not in typed_words])
    shown = " ".join(t for t in typed.split() if set(_words(t)) & set(words)) or typed
    return moved, (f"(Read “{shown}” as {display_name(person.name)}, the closest name among the insiders who "
                   f"file for {company_label(company)}.)")


def _typed_with_neighbours(typed: str, question: str) -> tuple[list[str], list[str]]:
    """The typed name's words, and the words either side of it in the question ("jesicca" in "jesicca snow
    options": snow, options), which count only where a name holds them exactly."""
    words = _typed_name(typed)
    m = re.search(rf"(?:([a-z]+)\W+)?{re.escape(typed.lower())}(?:'s)?(?:\W+([a-z]+))?", question.lower())
    beside = [w for w in (m.groups() if m else ()) if w and len(w) >= 3 and w not in words]
    return words, beside


def close_person(understanding: Understanding, parse, conn: sqlite3.Connection) -> tuple[Understanding, str] | None:
    """A person's name mistyped with no company beside it ("whats drew markems title", "jesicca snow options"):
    the one insider on file whose name holds a typed or neighbouring word exactly and is close to every typed word,
    two words at least, read as meant with a note; None otherwise (a name matching no one is said to have none)."""
    typed, company = understanding.unresolved_insider, understanding.company
    if not typed and company is not None and 0 < len(understanding.unknown_words) <= 2:
        typed = " ".join(understanding.unknown_words)  # "jesicca snow options": the company took "snow"
    if not typed or understanding.insider is not None or not names_index.present(conn):
        return None
    words, beside = _typed_with_neighbours(typed, parse.question)
    # "Jesicca Snow's": the company read from the word beside the name (Snowflake) goes if a person holds the word
    if company is not None and _words(company.text) != [w for w in beside if w in _words(company.text)][:1]:
        return None
    if not any(len(w) >= SHORT for w in words):
        return None
    picks = [w for w in (*words, *beside) if 0 < names_index.names_holding(conn, "owners", w) <= CROWDED]
    found: dict[str, tuple[str, list[str]]] = {}
    for cik, name in names_index.with_words(conn, "owners", picks):
        name_words = _words(display_name(name))
        held = [w for w in beside if w in name_words]
        if all(_close(w, name_words) for w in words) and len(words) + len(held) >= 2:
            found[cik] = name, held
    if len(found) != 1:
        return None
    (cik, (name, held)), = found.items()
    gone = {*words, *held}
    if company is not None and not set(_words(company.text)) <= set(held):
        return None
    moved = replace(understanding, insider=Match(text=typed, entities=[Entity(cik, name)], via="name"),
                    company=None, unresolved_insider=None, unknown_words=[w for w in understanding.unknown_words
                                                            if w.lower().removesuffix("'s") not in gone])
    shown = " ".join([typed, *held]) if held else typed
    return moved, f"(Read “{shown}” as {display_name(name)}, the closest name on file.)"

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

SHORT = 4  # words shorter than this must be typed exactly ("roe" is not "doe")
CLOSE = 0.6  # normalised similarity of a longer word to a word of the name ("clemmons" ~ "clements": 0.625)
CLOSE_OTHER_START = 0.8  # the same, for a word whose first letter differs ("karine" ~ "carine": 0.83)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower().replace("'s", " "))


def _close(typed: str, name_words: list[str]) -> bool:
    """The typed word is a word of the name, or close to one of four letters or more: with the same first letter,
    or a first letter misheard and the rest nearly the same ("karine" for Carine: 0.83)."""
    if typed in name_words:
        return True
    if len(typed) < SHORT:
        return False
    return any(len(w) >= SHORT and (similarity := DamerauLevenshtein.normalized_similarity(typed, w)) >= CLOSE and (
        w[:1] == typed[:1] or similarity >= CLOSE_OTHER_START) for w in name_words)


def _typed_name(unresolved: str) -> list[str]:
    """The words of the unmatched name that can be part of a name: ordinary English words after the first
    ("roelof boetha take") are left out."""
    words = _words(unresolved)
    return words[:1] + [w for w in words[1:] if not is_ordinary(w)]


def close_filer(understanding: Understanding, parse, conn: sqlite3.Connection) -> tuple[Understanding, str] | None:
    """The understanding with the mistyped insider read as the company's one close filer, and a note; None when
    no name is unmatched, no company resolved, or no single filer is close in every typed word."""
    typed, company = understanding.unresolved_insider, understanding.company
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

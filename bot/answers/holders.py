"""A holder named only in the filings: "How many Palantir shares did FF Pathfinder VI sell", "rivendell 25 pltr
shares". Such a fund or company is no reporting owner; its name is in the footnotes ("These shares are held of
record by FF Pathfinder VI, LLC") or the nature of ownership of the rows of the company or insider the question
names. Words left over that name such a holder of record are read as the vehicle the rows were held through,
never ignored and never taken for a person who files nothing. The check is on the stored text: a person's name
("Alexander Karp") merely mentioned in a footnote is not a holder of record.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from bot.answers import lexicon
from bot.answers.filters import vehicle_matches
from bot.answers.matches import Entity, Match
from bot.answers.rules import RulesParse
from bot.answers.understand import Understanding
from bot.answers.unmatched import holder_words
from bot.domain.text import issuer_label
from storage.sql import marks

# A number or roman numeral after a name says which of a series ("Rivendell 7", "FF Pathfinder VI").
_SERIES = re.compile(lexicon.SERIES + "$", re.I)
_SCAN = 400
# Bare kinds of vehicle ("his LLC", "the trusts") the words naming which one may stand beside.


def holder_named_in_notes(understanding: Understanding, parse: RulesParse, conn: sqlite3.Connection
                          ) -> tuple[Understanding, str] | None:
    """The understanding with the words that name a holder of record read as its vehicle (and no longer as an
    unknown name), and a note saying so; None when no such words."""
    kind = understanding.spec.vehicle
    if kind and kind not in lexicon.NAMED_BESIDE:
        return None
    if not (understanding.company or understanding.insider):
        return _holder_alone(understanding, parse.question, conn)
    if (outsider := _outsider(understanding, parse.question, conn)) is not None:
        return outsider
    if holder_words(understanding, parse.question):
        return None  # (words the engine already looks for as a holder: "what did Sequoia receive at Square")
    for phrase in _candidates(understanding, parse.question, kind):
        if _names_holder(conn, understanding, phrase):
            return _read_as_holder(understanding, phrase), (
                f"“{phrase}” is not a reporting owner: read as the holder of record the filings' footnotes name, "
                "and the rows held through it.")
    return None


def _holder_alone(understanding: Understanding, question: str, conn: sqlite3.Connection
                  ) -> tuple[Understanding, str] | None:
    """"whats left in ff-iie after the feb 21 distribution", "did the founders fund ii principals fund sell": a
    holder of record named with no company or insider; read as the vehicle of the companies whose filings'
    footnotes name it (found through their full-text index), when at most three do."""
    for phrase in _candidates(understanding, question, understanding.spec.vehicle):
        words = re.findall(r"[a-z0-9]+", phrase.lower())
        if not words or len(phrase) < 4:
            continue
        try:
            rows = conn.execute(
                "SELECT DISTINCT f.issuer_cik, coalesce(i.name, f.issuer_name), i.trading_symbol FROM footnotes_fts x "
                "JOIN footnotes fn ON fn.rowid = x.rowid JOIN filings f ON f.id = fn.filing_id "
                "LEFT JOIN issuers i ON i.cik = f.issuer_cik WHERE footnotes_fts MATCH ? LIMIT 4",
                ('"' + " ".join(words) + '"',)).fetchall()
        except sqlite3.OperationalError:  # no full-text index, or interrupted: the reader's time limit
            return None
        if not rows or len(rows) > 3:
            continue
        company = Match(phrase, [Entity(cik, name, ticker) for cik, name, ticker in rows], several=True)
        scoped = replace(understanding, company=company)
        if _names_holder(conn, scoped, phrase):
            names = " and ".join(issuer_label(name, ticker) for _, name, ticker in rows)
            return _read_as_holder(scoped, phrase), (
                f"“{phrase}” is not a reporting owner: read as the holder of record the footnotes of {names}'s "
                "filings name, and the rows held through it.")
    return None


def _read_as_holder(understanding: Understanding, phrase: str) -> Understanding:
    words = {w.lower() for w in phrase.split()}
    unresolved = understanding.unresolved_insider
    update: dict = {"vehicle": phrase.lower()}
    spec = understanding.spec
    if spec.transaction is None and spec.aggregation in ("list", "latest") and not spec.date_from:
        update["aggregation"] = "holdings"  # "rivendell 25 pltr shares": what it holds
    gone = unresolved and set(unresolved.lower().split()) & words
    return replace(understanding, spec=spec.model_copy(update=update),
                   unknown_words=[w for w in understanding.unknown_words if w.lower() not in words],
                   unresolved_insider=None if gone else unresolved)


def _outsider(understanding: Understanding, question: str, conn: sqlite3.Connection
              ) -> tuple[Understanding, str] | None:
    """"the Palantir warrant held by Mithril", "mithril pal-spv 1 pltr holdings": a reporting owner elsewhere who
    files nothing for the named company but is a holder of record in its filings ("This warrant is held by
    Mithril"); the words after the name that are left over say which of its vehicles ("PAL-SPV 1")."""
    insider, company = understanding.insider, understanding.company
    if insider is None or company is None or insider.via == "context":
        return None
    files_there = conn.execute(
        f"SELECT 1 FROM filing_owners fo JOIN filings f ON f.id = fo.filing_id WHERE fo.owner_cik IN "
        f"({marks(insider.ciks)}) AND f.issuer_cik IN ({marks(company.ciks)}) LIMIT 1",
        (*insider.ciks, *company.ciks)).fetchone()
    if files_there:
        return None
    elsewhere = replace(understanding, insider=None)
    phrase = _followed(insider.text, understanding.unknown_words, question)
    if not _names_holder(conn, elsewhere, phrase):
        phrase = insider.text
        if not _names_holder(conn, elsewhere, phrase):
            return None
    spec = understanding.spec.model_copy(update={"vehicle": phrase.lower(), "insider": None})
    left = {w.lower() for w in phrase.split()}
    return replace(understanding, spec=spec, insider=None,
                   unknown_words=[w for w in understanding.unknown_words if w.lower() not in left]), (
        f"“{insider.text}” files nothing for {company.text}: read as the holder of record its filings' footnotes "
        f"name (“{phrase}”), and the rows held through it.")


def _followed(name: str, unknown: list[str], question: str) -> str:
    """The name with the left-over words and series numbers written right after it ("mithril pal-spv 1")."""
    left = {w.lower() for w in unknown}
    m = re.search(rf"\b{re.escape(name)}\b", question, re.I)
    if m is None:
        return name
    words = [name]
    for token in question[m.end():].split():
        bare = token.strip("$'\"?,.!:;()")
        if bare.lower() in left or _SERIES.fullmatch(bare):
            words.append(bare)
        else:
            break
    return " ".join(words)


def _candidates(understanding: Understanding, question: str, kind: str | None) -> list[str]:
    """Runs of words of the question the reading left over (an unmatched name, unknown words), each with a
    number or roman numeral that follows it, then the run without its first words ("Scarpelli Fintail" ->
    "Fintail"); with a bare kind of vehicle, the words before it too ("thiel capital llc", "Beaver LLC")."""
    raw = question.replace("’", "'").split()
    owned = [t.rstrip("?,.!:;)").lower().endswith("'s") for t in raw]  # "Scarpelli's": the owner of what follows
    tokens = [t.strip("$'\"?,.!:;()") for t in question.replace("'s", "").replace("’s", "").split()]
    lower = [t.lower() for t in tokens]
    unknown = {w.lower() for w in understanding.unknown_words}
    for name in (understanding.unresolved_insider, understanding.unresolved_company):
        unknown |= {w.lower() for w in (name or "").split()}
    runs: list[list[int]] = []
    for i, word in enumerate(lower):
        if word in unknown and len(word) > 1:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            elif runs and runs[-1][-1] == i - 2 and _SERIES.fullmatch(tokens[i - 1]):  # "Fund II Principals Fund"
                runs[-1] += [i - 1, i]
            else:
                runs.append([i])
    out = []
    for run in runs:
        end = run[-1] + 1
        if end < len(tokens) and _SERIES.fullmatch(tokens[end]):
            run = [*run, end]
        # without its first words only after a possessive: "Scarpelli's Fintail" -> "Fintail" ("jane roe" stays whole)
        out += [" ".join(tokens[i] for i in run[k:]) for k in range(len(run)) if k == 0 or owned[run[k - 1]]]
    if kind:
        named = understanding.insider.text.lower() if understanding.insider else None
        for i, word in enumerate(lower):
            if word.rstrip("s") != kind:
                continue
            for start in range(max(0, i - 3), i):
                if named and lower[start] == named.split()[-1] or lower[start] in unknown:
                    out.append(" ".join(tokens[start:i + 1]))
    return list(dict.fromkeys(out))


def _names_holder(conn: sqlite3.Connection, understanding: Understanding, phrase: str) -> bool:
    """Whether a footnote of the scope's filings names ``phrase`` as a holder of record, or a row's nature of
    ownership names it."""
    first = max(phrase.split(), key=len)
    scope, params = _scope(understanding)
    try:
        notes = conn.execute(f"SELECT fn.text FROM footnotes fn WHERE fn.filing_id IN ({scope}) AND fn.text LIKE ? "
                             f"LIMIT {_SCAN}", (*params, f"%{first}%")).fetchall()
        natures = conn.execute(f"SELECT DISTINCT e.nature_of_ownership FROM entries e WHERE e.filing_id IN ({scope}) "
                               f"AND e.nature_of_ownership LIKE ? LIMIT {_SCAN}", (*params, f"%{first}%")).fetchall()
    except sqlite3.OperationalError:  # interrupted: the reader's time limit
        return False
    vehicle = phrase.lower()
    short = re.compile(rf"\(\s*[\"“]?{re.escape(phrase)}[\"”]?\s*\)", re.I)  # '("FF-IVP")': the name it is known by
    return any(vehicle_matches(vehicle, m.group("name")) for (text,) in notes for m in lexicon.HELD_BY.finditer(text or "")) \
        or any(vehicle_matches(vehicle, text) for (text,) in natures) or any(short.search(text or "") for (text,) in notes)


def _scope(understanding: Understanding) -> tuple[str, tuple]:
    """The filings of the named company (else of the named insider), as a sub-select and its parameters."""
    if understanding.company:
        ciks = understanding.company.ciks
        return f"SELECT id FROM filings WHERE issuer_cik IN ({marks(ciks)})", tuple(ciks)
    ciks = understanding.insider.ciks
    return f"SELECT filing_id FROM filing_owners WHERE owner_cik IN ({marks(ciks)})", tuple(ciks)

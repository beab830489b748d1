"""A company the question names that has no filings stored but that the SEC's ticker table knows
(``company_tickers``, cached in the database by the backfill): which one it is, and the words a front end
says about it (fetching it on demand, what a fetch left out, how an admin loads it).

Read-only like the rest of the answers: the front ends fetch the company (``bot.ingest.on_demand``) and
then ask :func:`bot.answers.engine.answer` as usual.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.answers import query, rules
from bot.answers.messages import Surface
from bot.answers.parts import split_question
from bot.answers.render import Answer, message
from bot.answers.resolve import CORPORATE_WORDS, Catalog, Catalogs, resolve, tokens
from bot.answers.tickers import ticker_table_loaded
from bot.domain.text import issuer_label
from storage.reader import ReadSource, reader_of

MAX_QUESTION_CHARS = 500
MAX_COMPANIES = 6  # companies read from one question (or part)


@dataclass(frozen=True)
class MissingCompany:
    """A company named in a question, in the ticker table, with no filings stored."""

    cik: str
    ticker: str | None
    title: str | None
    asked: str  # the words of the question that name it ("Tecogen", "$TGEN")

    @property
    def label(self) -> str:
        """'TECOGEN INC. (TGEN)'."""
        return issuer_label(self.title or f"CIK {self.cik}", self.ticker)

    @property
    def short_name(self) -> str:
        """'Tecogen': the title without its corporate words, capitalised when the SEC wrote it in capitals."""
        title = self.title or self.ticker or f"CIK {self.cik}"
        words = title.replace(",", " ").split()
        kept = [w for w in words if tokens(w) and tokens(w)[0] not in CORPORATE_WORDS] or words
        name = " ".join(kept)
        return name.title() if name.isupper() and len(name) > 5 else name

    @property
    def possessive(self) -> str:
        return f"{self.short_name}'" if self.short_name.endswith("s") else f"{self.short_name}'s"


def missing_company(question: str, db: ReadSource, *, catalogs: Catalogs | None = None,
                    today: dt.date | None = None) -> MissingCompany | None:
    """The company ``question`` names that no stored filing is about but the ticker table lists (by ticker,
    ``$TICKER``, or by name: "Tecogen" is TECOGEN INC.), or None: the question names a stored company, or
    no company, or one the table does not know (or names it ambiguously: "Apple" when two titles start so)."""
    found = missing_companies(question, db, catalogs=catalogs, today=today)
    return found[0] if found else None


def missing_companies(question: str, db: ReadSource, *, catalogs: Catalogs | None = None,
                      today: dt.date | None = None) -> list[MissingCompany]:
    """Every company ``question`` names that has no filings stored but the ticker table lists, in the order
    named: the one of a question about one company (as :func:`missing_company`), and for a question naming
    several ("compare TSLA and PLTR insider sales", "did anyone buy at $aapl or $msft") each of them, read
    from the whole question and from each part of a question of several parts (``parts.split_question``)."""
    question = " ".join((question or "").split())[:MAX_QUESTION_CHARS]
    reader = reader_of(db)
    if not question or not reader.path.exists():
        return []
    plan = split_question(question)
    texts = [question, *(part.question for part in plan.parts)] if plan is not None else [question]
    day = today or dt.date.today()
    found: dict[str, MissingCompany] = {}
    with query.connect(reader) as conn:
        if not query.has_schema(conn) or not ticker_table_loaded(conn):
            return []
        catalog = (catalogs or Catalogs()).load(conn, reader)
        for text in texts:
            for company in _named_not_stored(text, day, catalog, conn):
                found.setdefault(company.cik, company)
    return list(found.values())


def _named_not_stored(text: str, day: dt.date, catalog: Catalog, conn: sqlite3.Connection) -> list[MissingCompany]:
    """The companies one question (or part) names that the ticker table knows and no filing is about. A
    question naming several ("Apple or Microsoft", "EXRB and NVDA") is read again without the words of each
    company found (stored or not) until it names no more."""
    found: list[MissingCompany] = []
    for again in range(MAX_COMPANIES):
        parse = rules.parse(text, day)
        if parse.empty:
            break
        named, words = _named_once(parse, catalog, conn, as_person=not again)
        found.extend(named)
        if not rules.CONJUNCTION.search(parse.question):
            break
        rest = parse.question
        for word in " ".join(words).split():
            rest = re.sub(rf"(?<![\w$])\$?{re.escape(word)}(?:'s|’s)?(?!\w)", " ", rest, flags=re.I)
        if " ".join(rest.split()) == " ".join(parse.question.split()):
            break
        text = rest
    return found


def _named_once(parse: rules.RulesParse, catalog: Catalog, conn: sqlite3.Connection, *, as_person: bool
                ) -> tuple[list[MissingCompany], list[str]]:
    """The companies not stored that a question names as the engine reads it, and the words that name a
    company in it (stored or not); ``as_person``: a name read as a person's may be a company's whole title
    (not on a re-read, where the words left are often an insider's name)."""
    res = resolve(parse, catalog, conn)
    several = bool(rules.CONJUNCTION.search(parse.question))
    if res.company is not None and not several:
        return [], []
    symbols = [res.unknown_ticker] + [t.symbol for t in parse.tickers if t.symbol.upper() not in catalog.tickers]
    found = [_by_ticker(conn, symbol, symbol) for symbol in dict.fromkeys(filter(None, symbols))]
    if res.unresolved_company and (several or (res.company is None and not any(found))):
        words = res.unresolved_company
        found.append((_by_ticker(conn, words, words) if " " not in words else None) or _by_title(conn, words))
    if as_person and not any(found) and res.company is None and res.unresolved_insider:
        found.append(_by_title(conn, res.unresolved_insider, exact=True))
    named = [company for company in found if company is not None]
    words = [company.asked for company in named] + ([res.company.text] if res.company is not None else [])
    return [company for company in named if not _has_filings(conn, company.cik)], words


def _has_filings(conn: sqlite3.Connection, cik: str) -> bool:
    ciks = (cik, f"{int(cik):010d}")
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM filings WHERE issuer_cik IN (?, ?))", ciks).fetchone()[0])


def _by_ticker(conn: sqlite3.Connection, symbol: str, asked: str) -> MissingCompany | None:
    symbol = symbol.strip().lstrip("$").upper()
    if symbol.endswith("'S"):
        symbol = symbol[:-2]
    row = conn.execute("SELECT ticker, cik, title FROM company_tickers WHERE ticker = ?", (symbol,)).fetchone()
    return MissingCompany(str(int(row[1])), row[0], row[2], asked) if row else None


def _by_title(conn: sqlite3.Connection, words: str, *, exact: bool = False) -> MissingCompany | None:
    """The one company whose title (without corporate words) is ``words``, or starts with them when no title
    is exactly that ("Palantir" -> PALANTIR TECHNOLOGIES INC.); None when several companies would fit."""
    wanted = [t for t in tokens(words) if t not in CORPORATE_WORDS]
    for attempt in (wanted, [*wanted[:-1], wanted[-1][:-1]] if wanted and wanted[-1].endswith("s") else None):
        if not attempt:
            continue
        rows = conn.execute("SELECT ticker, cik, title FROM company_tickers WHERE title LIKE ? ORDER BY rowid",
                            (f"%{attempt[0]}%",)).fetchall()
        by_cik: dict[str, tuple] = {}
        for ticker, cik, title in rows:
            by_cik.setdefault(str(int(cik)), (ticker, title))
        names = {cik: [t for t in tokens(title or "") if t not in CORPORATE_WORDS] for cik, (_, title) in by_cik.items()}
        same = [cik for cik, sig in names.items() if sig == attempt]
        starts = [cik for cik, sig in names.items() if sig[:len(attempt)] == attempt]
        chosen = same if same or exact else starts
        if len(chosen) == 1:
            ticker, title = by_cik[chosen[0]]
            return MissingCompany(chosen[0], ticker, title, words)
    return None


# --- what the front ends say ---------------------------------------------------------------------------

def fetching_text(company: MissingCompany | Sequence[MissingCompany], count: int | None = None, *,
                  counts: Mapping[str, int] | None = None) -> str:
    """The placeholder while a company is fetched: "Fetching Tecogen's insider filings from EDGAR, about 40
    filings…" (without a count while the listing is read, or while another question's fetch runs). Several
    companies are all named, each with its count once known (``counts``, by CIK): "Fetching the insider
    filings of Tecogen (about 40) and Apple from EDGAR…"."""
    companies = [company] if isinstance(company, MissingCompany) else list(company)
    if len(companies) == 1:
        count = count if count is not None else (counts or {}).get(companies[0].cik)
        about = f", about {count} filing{'s' if count != 1 else ''}" if count is not None else ""
        return f"Fetching {companies[0].possessive} insider filings from EDGAR{about}…"
    named = [c.short_name + (f" (about {(counts or {})[c.cik]})" if c.cik in (counts or {}) else "")
             for c in companies]
    return f"Fetching the insider filings of {', '.join(named[:-1])} and {named[-1]} from EDGAR…"


def _load_hint(company: MissingCompany, surface: Surface, what: str) -> str:
    if surface == "slack":
        return f"Ask an admin to load {what}."
    return f"An admin can load {what} with `insiderbot backfill --issuer {company.ticker or company.cik}`."


def not_stored_answer(company: MissingCompany, surface: Surface, *, reason: str | None = None) -> Answer:
    """The answer when the company cannot be fetched here (no EDGAR access, or the fetch failed): it is not
    stored, and how an admin loads it (the command only in the terminal)."""
    headline = f"{company.label} is not stored: none of its insider filings are in this bot's database yet."
    notes = [f"Fetching it from EDGAR failed just now ({reason})."] if reason else []
    notes.append(_load_hint(company, surface, "it"))
    if surface != "slack" and reason is None:
        notes.append("With SEC_USER_AGENT set, a question about it fetches it from EDGAR on demand.")
    return message("no_match", headline, notes=notes)


class FetchOutcome(Protocol):
    """What a front end learnt from fetching the company (``bot.ingest.on_demand.OnDemandResult``)."""

    since: dt.date
    cap: int
    new: int
    left_out: int
    error: str | None


def _day(day: dt.date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def after_fetch(company: MissingCompany, outcome: FetchOutcome, surface: Surface) -> tuple[Answer | None, list[str]]:
    """What to say once the company was fetched: an answer instead of the engine's (the fetch failed, or found
    nothing to store) or None, and the notes to put after the engine's answer (how many filings were fetched,
    from when, how many the cap left out)."""
    if outcome.error:
        return not_stored_answer(company, surface, reason=outcome.error), []
    if outcome.new == 0 and not outcome.left_out:
        return message("no_match", f"EDGAR has no insider filings of {company.label} filed since "
                                   f"{_day(outcome.since)} that could be stored, so none are stored here.",
                       notes=[_load_hint(company, surface, "its older filings")]), []
    new, left_out = outcome.new, outcome.left_out
    fetched = (f"Fetched {new} insider filing{'s' if new != 1 else ''} of {company.label} from EDGAR just now "
               f"(filed since {_day(outcome.since)})")
    if left_out:
        return None, [f"{fetched}, the newest ones: {left_out} more filing{'s were' if left_out != 1 else ' was'} "
                      f"left out (at most {outcome.cap} are fetched for a question). "
                      + _load_hint(company, surface, "the rest")]
    return None, [f"{fetched}; older filings are not loaded. " + _load_hint(company, surface, "them")]


def after_fetches(fetched: Sequence[tuple[MissingCompany, FetchOutcome | None]],
                  surface: Surface) -> tuple[Answer | None, list[str]]:
    """:func:`after_fetch` for every company a question names (an outcome of None: it cannot be fetched here,
    :func:`not_stored_answer`). One company: its answer or notes. Several: the engine answers (with a note
    for each company) unless none of them could be stored, then one answer naming each."""
    said = [after_fetch(company, outcome, surface) if outcome is not None else (not_stored_answer(company, surface), [])
            for company, outcome in fetched]
    if len(said) == 1:
        return said[0]
    if all(instead is not None for instead, _ in said):
        insteads = [instead for instead, _ in said if instead is not None]
        shared = [note for note in insteads[0].notes if all(note in instead.notes for instead in insteads)]
        notes = [note for instead in insteads for note in instead.notes if note not in shared] + shared
        return message("no_match", " ".join(instead.headline for instead in insteads), notes=notes), []
    notes = []
    for instead, more in said:
        notes.extend([instead.headline, *instead.notes] if instead is not None else more)
    return None, list(dict.fromkeys(notes))

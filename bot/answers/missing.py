"""A company the question names that has no filings stored but that the SEC's ticker table knows
(``company_tickers``, cached in the database by the backfill): which one it is, and the words a front end
says about it (fetching it on demand, what a fetch left out, how an admin loads it).

Read-only like the rest of the answers: the front ends fetch the company (``bot.ingest.on_demand``) and
then ask :func:`bot.answers.engine.answer` as usual.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Protocol

from bot.answers import query, rules
from bot.answers.messages import Surface
from bot.answers.render import Answer, message
from bot.answers.resolve import CORPORATE_WORDS, Catalogs, resolve, tokens
from bot.domain.text import issuer_label
from storage.reader import ReadSource, reader_of

MAX_QUESTION_CHARS = 500


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
    question = " ".join((question or "").split())[:MAX_QUESTION_CHARS]
    reader = reader_of(db)
    parse = rules.parse(question, today or dt.date.today())
    if parse.empty or not reader.path.exists():
        return None
    with query.connect(reader) as conn:
        if not query.has_schema(conn) or not _has_tickers(conn):
            return None
        catalog = (catalogs or Catalogs()).load(conn, reader)
        res = resolve(parse, catalog, conn)
        if res.company is not None:
            return None
        found = None
        symbols = [res.unknown_ticker] + [t.symbol for t in parse.tickers if t.symbol.upper() not in catalog.tickers]
        for symbol in filter(None, symbols):
            found = found or _by_ticker(conn, symbol, symbol)
        if found is None and res.unresolved_company:
            words = res.unresolved_company
            found = (_by_ticker(conn, words, words) if " " not in words else None) or _by_title(conn, words)
        if found is None and res.unresolved_insider:
            found = _by_title(conn, res.unresolved_insider, exact=True)
        if found is None or _has_filings(conn, found.cik):
            return None
        return found


def _has_tickers(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'company_tickers'").fetchone()
    return row is not None and conn.execute("SELECT EXISTS (SELECT 1 FROM company_tickers)").fetchone()[0] == 1


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

def fetching_text(company: MissingCompany, count: int | None = None) -> str:
    """The placeholder while a company is fetched: "Fetching Tecogen's insider filings from EDGAR, about 40
    filings…" (without a count while the listing is read, or while another question's fetch runs)."""
    about = f", about {count} filing{'s' if count != 1 else ''}" if count is not None else ""
    return f"Fetching {company.possessive} insider filings from EDGAR{about}…"


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

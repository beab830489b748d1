"""Watch targets: ``TGEN``, ``$tgen``, ``"John Whiting"``, ``Tecogen``, a CIK; resolved against the stored
companies and insiders with the answer engine's catalog (``bot.answers.resolve``).

A ticker must be known exactly; an unknown one is refused with the closest tickers and names as
suggestions, and so is a name that matches nothing or several people or companies equally well.
"""

from __future__ import annotations

import re
import shlex
import sqlite3
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.answers import query
from bot.answers.resolve import Catalog, Catalogs, Entity, Match, _words_of, resolve_texts
from bot.domain.text import issuer_label
from bot.domain.vocab import display_name
from storage.db import Store

TICKER_SHAPE = re.compile(r"^\$?[A-Z]{1,5}(?:[.\-][A-Z]{1,2})?$|^\$[A-Za-z]{1,5}(?:[.\-][A-Za-z]{1,2})?$")
CIK_SHAPE = re.compile(r"^\d{1,10}$")
MAX_SUGGESTIONS = 3
MAX_CANDIDATES = 5
TICKER_CUTOFF = 50
NAME_CUTOFF = 70
NAME_CUTOFF_FOR_TICKER = 85  # a short ticker is close to many long names


@dataclass(frozen=True)
class Target:
    kind: str  # issuer | owner
    cik: str
    label: str
    text: str = ""  # what was typed


@dataclass
class Refusal:
    text: str
    reason: str
    suggestions: list[str] = field(default_factory=list)

    def message(self) -> str:
        if not self.suggestions:
            return self.reason
        return f"{self.reason} Did you mean: {'; '.join(self.suggestions)}?"


def company_label(entity: Entity) -> str:
    return issuer_label(entity.name, entity.ticker)


def owner_label(entity: Entity) -> str:
    return display_name(entity.name)


def split_text(text: str) -> list[str]:
    """The targets in a Slack command's text: quoted names stay whole (``"John Whiting"``),
    ticker-shaped words stand alone, and runs of other words form one name (``John Whiting``)."""
    try:
        tokens = shlex.split(text)
    except ValueError:  # an unbalanced quote: take the words as they are
        tokens = text.replace('"', " ").replace("'", " ").split()
    return split_targets(tokens)


def split_targets(tokens: list[str]) -> list[str]:
    """Group words into targets: a token with a space (it was quoted) or a ticker or CIK is one target;
    consecutive other words are one name."""
    out: list[str] = []
    run: list[str] = []
    for token in tokens:
        token = token.strip().strip(",")
        if not token:
            continue
        if " " in token or TICKER_SHAPE.match(token) or CIK_SHAPE.match(token):
            if run:
                out.append(" ".join(run))
                run = []
            out.append(" ".join(token.split()))
        else:
            run.append(token)
    if run:
        out.append(" ".join(run))
    return out


class Resolver:
    """Resolves targets against one database's catalog of names, read through ``conn``."""

    def __init__(self, conn: sqlite3.Connection, catalog: Catalog):
        self.conn = conn
        self.catalog = catalog

    def resolve(self, text: str) -> Target | Refusal:
        text = " ".join(text.split())
        if not text:
            return Refusal(text, "Nothing to watch was given.")
        if CIK_SHAPE.match(text):
            return self._by_cik(text)
        symbol = text.lstrip("$").upper()
        ciks = self.catalog.tickers.get(symbol)
        if ciks and (TICKER_SHAPE.match(text) or " " not in text):
            return self._issuer(text, ciks)
        if TICKER_SHAPE.match(text):
            return Refusal(text, f"Unknown ticker {symbol}: no filings of a company with that ticker are stored.",
                           self.suggestions(symbol, ticker=True))
        return self._by_name(text)

    def _issuer(self, text: str, ciks: list[str]) -> Target | Refusal:
        entities = [self.catalog.issuers[c] for c in ciks]
        if len(entities) > 1:
            return Refusal(text, f"{text} names {len(entities)} companies; watch one by its CIK.",
                           [f"{company_label(e)} CIK {int(e.cik)}" for e in entities[:MAX_CANDIDATES]])
        return Target("issuer", entities[0].cik, company_label(entities[0]), text)

    def _by_cik(self, text: str) -> Target | Refusal:
        cik = text.zfill(10)
        if cik in self.catalog.issuers:
            return Target("issuer", cik, company_label(self.catalog.issuers[cik]), text)
        if cik in self.catalog.owners:
            return Target("owner", cik, owner_label(self.catalog.owners[cik]), text)
        return Refusal(text, f"No company or insider with CIK {int(text)} is stored.")

    def _by_name(self, text: str) -> Target | Refusal:
        company, _ = resolve_texts(text, None, self.catalog, self.conn)
        _, insider = resolve_texts(None, text, self.catalog, self.conn)
        choice = _better(text, company, insider)
        if choice is None:
            return Refusal(text, f"No stored company or insider is called {text}.", self.suggestions(text))
        kind, match = choice
        if match.ambiguous:
            labels = [company_label(e) if kind == "issuer" else f"{owner_label(e)} (CIK {int(e.cik)})"
                      for e in match.entities[:MAX_CANDIDATES]]
            return Refusal(text, f"{text} matches {len(match.entities)} "
                                 f"{'companies' if kind == 'issuer' else 'insiders'}; be more specific.", labels)
        entity = match.entities[0]
        label = company_label(entity) if kind == "issuer" else owner_label(entity)
        if len(match.words) < len(_words_of(text)):
            return Refusal(text, f"No stored company or insider is called {text}.", [label])
        return Target(kind, entity.cik, label, text)

    def suggestions(self, text: str, *, ticker: bool = False) -> list[str]:
        """The closest tickers and names, best first."""
        scored: dict[str, float] = {}
        if ticker:
            for symbol, score, _ in process.extract(text, list(self.catalog.tickers), scorer=fuzz.ratio,
                                                    limit=MAX_SUGGESTIONS, score_cutoff=TICKER_CUTOFF):
                for cik in self.catalog.tickers[symbol]:
                    label = company_label(self.catalog.issuers[cik])
                    scored[label] = max(scored.get(label, 0), score)
        names = {company_label(e): e.name for e in self.catalog.issuers.values()}
        names.update({owner_label(e): owner_label(e) for e in self.catalog.owners.values()})
        cutoff = NAME_CUTOFF_FOR_TICKER if ticker else NAME_CUTOFF
        for label, score, _ in process.extract(text, names, scorer=fuzz.WRatio, limit=MAX_SUGGESTIONS,
                                               score_cutoff=cutoff, processor=str.lower):
            scored[label] = max(scored.get(label, 0), score)
        best = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))
        return [label for label, _ in best[:MAX_SUGGESTIONS]]


def _better(text: str, company: Match | None, insider: Match | None) -> tuple[str, Match] | None:
    """The company or the insider reading of ``text``: the one that explains more of its words, then the
    closer name."""
    if company is None and insider is None:
        return None
    if insider is None:
        return "issuer", company
    if company is None:
        return "owner", insider

    def score(match: Match, names: list[str]) -> tuple[int, float]:
        return len(match.words), max(fuzz.token_set_ratio(text.lower(), n.lower()) for n in names)

    company_score = score(company, [e.name for e in company.entities])
    insider_score = score(insider, [owner_label(e) for e in insider.entities])
    return ("owner", insider) if insider_score > company_score else ("issuer", company)


def resolve_targets(store: Store, texts: list[str], catalogs: Catalogs | None = None) -> list[Target | Refusal]:
    """Each text resolved, in order, over a read-only connection; ``catalogs`` keeps the catalog of names
    between calls (a new one is read without it)."""
    with query.connect(store) as conn:
        if not query.has_schema(conn):
            return [Refusal(t, "No filings are stored yet, so nothing can be watched.") for t in texts]
        resolver = Resolver(conn, (catalogs or Catalogs()).load(conn, store.reader))
        return [resolver.resolve(t) for t in texts]

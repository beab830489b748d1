"""Reading an alert rule: the words of ``/insider alert RULE`` -> a ``Rule`` (what a new filing must be to be
told), read by the answer engine's understanding layer, the same that reads questions (``bot.answers``:
the rules parser, names resolved against the stored companies and insiders).

Two phrases are the rule's own: "at watched companies" (or "on the watchlist": the channel's watched
companies and insiders, as they are when a filing arrives) and "cluster buys" (3 or more insiders of one
company buying on the open market within 10 days, told when the third buy lands). A rule is refused, with
examples, when it names an unknown or ambiguous company or insider, leaves words unread, gives dates (an
alert is about filings to come) or asks for a sum or a ranking.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from dataclasses import dataclass, field

from bot.answers import query
from bot.answers import rules as parser
from bot.answers.filters import Filters
from bot.answers.resolve import Catalogs, Entity, Match, close_spellings, resolve
from bot.answers.understand import Understanding, understand_rules
from bot.domain.text import issuer_label
from bot.domain.vocab import ROLE_LABELS, display_name
from storage.reader import ReadSource, reader_of

CLUSTER_DAYS = 10
CLUSTER_MIN_INSIDERS = 3
MAX_RULE_CHARS = 300
EXAMPLES = ("TGEN", "Elon Musk", "buys over $500k", "CEO or CFO sales over $1M at watched companies",
            "cluster buys")
_WATCHED = re.compile(r"\b(?:(?:at|in|of|for|by|from|among)\s+)?(?:my|our|the|this\s+channel'?s?|these)?\s*"
                      r"(?:watched|followed)\s+(?:companies|company|names|insiders|tickers|stocks)\b"
                      r"|\b(?:(?:at|in|on|from)\s+)?(?:my|our|the|this\s+channel'?s?)\s+watch\s*list\b", re.I)
_CLUSTER = re.compile(r"\bcluster(?:ed)?\s+(?:buys|buying|purchases)\b|\bcluster\s+of\s+(?:buys|purchases)\b", re.I)
_LEAD = re.compile(r"^\s*(?:(?:tell|alert|ping|notify)\s+(?:me|us)\s+)?(?:when(?:ever)?|if|on|about)?\s*"
                   r"(?:any|every|all|new)?\s*(?:filings?\s+(?:of|by|at|from|for)\s+)?", re.I)
_LISTS = ("list", "latest")


@dataclass(frozen=True)
class Rule:
    """What a filing must be to be told: every condition set must hold (None / empty: any)."""

    kind: str = "filings"  # filings | cluster
    issuer_ciks: tuple[str, ...] = ()
    issuers: tuple[str, ...] = ()  # labels, for the words
    owner_ciks: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # any of them
    watched: bool = False  # the channel's watched companies and insiders
    kinds: tuple[str, ...] = ()  # bot.domain.codes.TRANSACTION_KINDS names
    security: str | None = None
    form: str | None = None
    amendments_only: bool = False
    min_value: float | None = None
    max_value: float | None = None
    min_shares: float | None = None
    max_shares: float | None = None
    min_price: float | None = None
    max_price: float | None = None
    strict_bounds: bool = False

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Rule:
        data = json.loads(text)
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known})

    def row_filters(self) -> Filters:
        """The conditions on a filing's rows, as the answers' filter record (it words them too)."""
        return Filters(kinds=self.kinds, security=self.security, min_value=self.min_value, max_value=self.max_value,
                       min_shares=self.min_shares, max_shares=self.max_shares, min_price=self.min_price,
                       max_price=self.max_price, strict_bounds=self.strict_bounds)

    @property
    def on_rows(self) -> bool:
        """The rule asks about transactions (a kind, a security or an amount), not just any filing."""
        f = self.row_filters()
        return bool(f.codes or self.security or any(
            getattr(self, n) is not None for n in ("min_value", "max_value", "min_shares", "max_shares",
                                                   "min_price", "max_price")))

    def describe(self) -> str:
        """The rule in words, after "I'll post here when ": "Elon Musk reports sales (S) worth more than $1,000,000"."""
        where = _where_words(self)
        if self.kind == "cluster":
            company = "one company this channel watches" if self.watched else (
                " or ".join(self.issuers) if self.issuers else "one company")
            return (f"{CLUSTER_MIN_INSIDERS} or more insiders of {company} have bought on the open market "
                    f"within {CLUSTER_DAYS} days (told when the {_ordinal(CLUSTER_MIN_INSIDERS)} buy is filed)")
        subject = _subject_words(self)
        what = self.row_filters().describe()
        form = f" on Form {self.form}{'/A' if self.amendments_only else ''}" if self.form else (
            " on an amended filing" if self.amendments_only else "")
        if not self.on_rows:
            return f"{subject}{where} files anything{form or ' (Form 3, 4 or 5)'}"
        total = " (the filing's total)" if self.min_value is not None or self.max_value is not None else ""
        return f"{subject}{where} reports {what}{total}{form}"


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(n, f"{n}th")


def _subject_words(rule: Rule) -> str:
    if rule.owners:
        return " or ".join(rule.owners)
    if rule.roles:
        labels = [ROLE_LABELS.get(r, r) for r in rule.roles]
        return "a " + " or ".join(labels) if labels[0][0].lower() not in "aeiou" else "an " + " or ".join(labels)
    return "any insider"


def _where_words(rule: Rule) -> str:
    parts = []
    if rule.issuers:
        parts.append(" of " + " or ".join(rule.issuers))
    if rule.watched:
        parts.append(" at a company or by an insider this channel watches")
    return "".join(parts)


@dataclass
class Refused:
    """A rule that could not be read: why, what was meant perhaps, and examples."""

    reason: str
    suggestions: list[str] = field(default_factory=list)

    def message(self) -> str:
        out = self.reason
        if self.suggestions:
            out += f" Did you mean: {'; '.join(self.suggestions)}?"
        return out + " Rules look like: " + ", ".join(f"“{e}”" for e in EXAMPLES) + "."


@dataclass
class Reading:
    rule: Rule
    words: str  # "I'll post here when ..."


def _entity_label(entity: Entity, company: bool) -> str:
    return issuer_label(entity.name, entity.ticker) if company else display_name(entity.name)


def _names_refusal(u: Understanding, conn, catalog) -> Refused | None:
    """Why the names of a reading cannot make a rule (unknown, ambiguous), or None."""
    if u.ticker_guesses and (u.company is None or u.company.via == "ticker_guess"):  # a guess is never a rule
        return Refused(f"No company with the ticker {u.guessed_from} is stored.",
                       [_entity_label(e, True) for e in u.ticker_guesses[:3]])
    if u.unknown_ticker and u.company is None:
        near = close_spellings(u.unknown_ticker, list(catalog.tickers), ticker=True)[:3]
        return Refused(f"No company with the ticker {u.unknown_ticker} is stored.",
                       [_entity_label(catalog.issuers[catalog.tickers[t][0]], True) for t in near])
    for match, company in ((u.company, True), (u.insider, False)):
        if match is not None and match.ambiguous:
            what = "companies" if company else "insiders"
            return Refused(f"“{match.text}” matches {len(match.entities)} {what}; name one.",
                           [_entity_label(e, company) for e in match.entities[:5]])
    unresolved = u.unresolved_insider or u.unresolved_company
    if unresolved:
        return Refused(f"No stored company or insider is called “{unresolved}”.")
    if u.unknown_words:
        return Refused(f"I could not read “{' '.join(u.unknown_words)}” in that rule.")
    return None


def _spec_refusal(u: Understanding, parse: parser.RulesParse) -> Refused | None:
    spec = u.spec
    if spec.date_from or spec.date_to:
        return Refused("An alert is about filings still to come, so it takes no dates.")
    if spec.aggregation not in _LISTS or spec.per_insider or parse.negation or spec.ask == "market_value" \
            or spec.vehicle:
        return Refused("An alert tells each matching filing as it arrives; it cannot sum, rank or leave things out.")
    return None


def _labels(match: Match | None, company: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if match is None:
        return (), ()
    return match.ciks, tuple(_entity_label(e, company) for e in match.entities)


def read_rule(text: str, db: ReadSource, catalogs: Catalogs | None = None, *,
              today: dt.date | None = None) -> Reading | Refused:
    """Read one rule against the stored names; a ``Reading`` (the rule and its words) or why not."""
    text = " ".join((text or "").split())[:MAX_RULE_CHARS]
    watched = bool(_WATCHED.search(text))
    cluster = bool(_CLUSTER.search(text))
    rest = _CLUSTER.sub(" ", _WATCHED.sub(" ", text))
    rest = _LEAD.sub("", rest, count=1).strip(" .,:;")
    if not rest and not (watched or cluster):
        return Refused("That rule is empty.")
    reader = reader_of(db)
    parse = parser.parse(rest, today or dt.date.today()) if rest else None
    if parse is not None and parse.empty:
        return Refused(f"I could not read “{rest}” as a rule.")
    if parse is None:
        return _reading(Rule(kind="cluster" if cluster else "filings", watched=watched))
    with query.connect(reader) as conn:
        if not query.has_schema(conn):
            return Refused("No filings are stored yet, so no names can be read.")
        catalog = (catalogs or Catalogs()).load(conn, reader)
        u = understand_rules(parse, resolve(parse, catalog, conn), catalog, None)
        refusal = _names_refusal(u, conn, catalog) or _spec_refusal(u, parse)
    if refusal is not None:
        return refusal
    spec = u.spec
    issuer_ciks, issuers = _labels(u.company, True)
    owner_ciks, owners = _labels(u.insider, False)
    roles = tuple(dict.fromkeys(s.value for s in parse.of_kind("role"))) or ((spec.role,) if spec.role else ())
    if cluster:
        return _reading(Rule(kind="cluster", issuer_ciks=issuer_ciks, issuers=issuers, watched=watched))
    return _reading(Rule(
        issuer_ciks=issuer_ciks, issuers=issuers, owner_ciks=owner_ciks, owners=owners, roles=roles,
        watched=watched, kinds=tuple(k for k in spec.kinds if k != "any"), security=spec.security, form=spec.form,
        amendments_only=spec.amendments_only, min_value=spec.min_value, max_value=spec.max_value,
        min_shares=spec.min_shares, max_shares=spec.max_shares, min_price=spec.min_price, max_price=spec.max_price,
        strict_bounds=spec.strict_bounds,
    ))


def _reading(rule: Rule) -> Reading:
    return Reading(rule, f"I'll post here when {rule.describe()}.")

"""Reading a question: the rules parser's reading (or an LLM's spec) with its names resolved against the
database, and a follow-up ("and the CFO?") completed from the conversation so far -> ``Understanding``.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, field, replace

from bot.answers import ask_words, lexicon, query, rules
from bot.answers.dates import describe_range
from bot.answers.filters import Filters
from bot.answers.negation import LEAVING_OUT
from bot.answers.percents import WOULD_COST
from bot.answers.resolve import Catalog, Catalogs, Entity, Match, Resolution, resolve, resolve_texts
from bot.answers.spec import ChatContext, QuerySpec, bounds_of
from storage.reader import ReadSource, reader_of

SPEC_TEXT_MAX = 120  # QuerySpec's limit for company and insider words
# "who has the most sale rows", "ranked by number of transactions": a ranking by rows, not dollars or shares
BY_ROWS = re.compile(r"\bmost\s+(?!recent\b|latest\b)(?:\w+\s+){0,3}?(?:rows|entries|line\s+items)\b"
                     r"|\bby\s+(?:the\s+)?(?:number\s+of\s+)?(?:rows|transactions)\b", re.I)


@dataclass
class Understanding:
    """A question read into a spec, with its names resolved."""

    spec: QuerySpec
    parser: str
    confidence: float
    company: Match | None = None
    insider: Match | None = None
    unknown_ticker: str | None = None
    unknown_words: list[str] = field(default_factory=list)
    role_plural: bool = False
    ticker_guesses: list[Entity] = field(default_factory=list)
    guessed_from: str | None = None
    unresolved_insider: str | None = None
    unresolved_company: str | None = None
    all_companies: bool = False
    excluded_insider: Match | None = None  # "besides thiel": the insider whose filings are left out
    excluded_company: Match | None = None  # "2025 sells ex wve": the company whose filings are left out
    question: str = ""  # as the rules parser read it ("" from an LLM's spec)

    @property
    def yes_no(self) -> bool:
        """Asked as a yes/no ("did rabois buy afrm?"), not as a request for a list ("roe sales")."""
        return bool(_YES_NO.search(self.question))

    @property
    def readings(self) -> list[tuple[str, Match]]:
        """Names read by a close spelling: (the words as typed, the match), e.g. ("bezoz", Jeffrey Bezos)."""
        return [(m.text, m) for m in (self.company, self.insider) if m is not None and m.inexact and m.via != "context"]

    @property
    def date_from(self) -> dt.date | None:
        return self.spec.date_from

    @property
    def date_to(self) -> dt.date | None:
        return self.spec.date_to

    @property
    def date_label(self) -> str | None:
        return self.spec.period

    def filters(self) -> Filters:
        """The query: the spec's filters on the resolved companies and insiders."""
        filters = self.spec.to_filters(self.company.ciks if self.company else (),
                                       self.insider.ciks if self.insider else ())
        return replace(filters, excluded_owner_ciks=tuple(self.excluded_insider.ciks) if self.excluded_insider else (),
                       excluded_issuer_ciks=tuple(self.excluded_company.ciks) if self.excluded_company else ())

    def as_dict(self, question: str) -> dict:
        """The reading as plain data (``Answer.query``: the CLI's --explain, the logs)."""
        def match_dict(m: Match | None) -> dict | None:
            return None if m is None else {
                "text": m.text, "via": m.via, "ciks": list(m.ciks), "names": [e.name for e in m.entities],
                "tickers": [e.ticker for e in m.entities if e.ticker]}

        return {"question": question, "parser": self.parser, "confidence": round(self.confidence, 2),
                "spec": self.spec.model_dump(mode="json"), "company": match_dict(self.company),
                "insider": match_dict(self.insider), "date_from": self.date_from.isoformat() if self.date_from else None,
                "date_to": self.date_to.isoformat() if self.date_to else None, "dates": self.date_label,
                "ignored_words": self.unknown_words}

    def resolved_spec(self) -> QuerySpec:
        """The spec with names replaced by what the database calls them (so the retriever finds the same rows)."""
        update: dict = {"period": None}
        if self.company:
            e = self.company.entities[0]
            update["company"] = e.ticker or e.name
        if self.insider:
            update["insider"] = self.insider.entities[0].name
        return self.spec.model_copy(update=update)


def _from_context(ciks: tuple[str, ...], label: str | None, entities: dict[str, Entity]) -> Match | None:
    known = [entities[c] for c in ciks if c in entities]
    return Match(label or "", known, set(), via="context") if known else None


# "... after the march 2024 sales", "left after nov 21 exercise": the trades of that time, then what was held.
_EVENT = re.compile(r"\s*(?:the\s+)?(?:sales?|sells?|selling|exercises?|buys?|purchases?|trades?|grants?|conversions?|"
                    r"vesting|gifts?)\b", re.I)
_HELD = re.compile(r"\b(?:shares|holdings?|held|hold|holds|left|remain\w*|position|stake|options|rsus)\b", re.I)
# "did rabois buy afrm?", "rabois buy afrm in apr 23?": asked; not "roe sales?" (a list, however asked).
_ASKED_IF_WORDS = r"^\W*(?:did|does|do|has|have|had|was|were|is|are|any)\b"  # "any trades by levchin?"
_ASKED_IF = re.compile(_ASKED_IF_WORDS, re.I)
_YES_NO = re.compile(_ASKED_IF_WORDS +
                     # "hegde sell spwr", "dodge exercise any dkng options": a "did" left out before a bare verb
                     r"|^(?!\W*(?:who|what|which|when|where|how|why|show|list|give|get|find|pull|all|every)\b)"
                     r"\W*(?:[$\w.'-]+\s+){1,4}?(?:sell|buy|exercise|purchase|dump|unload|gift|convert|selling|buying)\s+"
                     r"(?:any|anything|all|some|shares?|stock|options?|\$?[a-z]{1,5}\b)"
                     r"|^(?!\W*(?:\S+\s+){0,3}(?:sales|purchases|trades|buys|sells|transactions|filings|grants|gifts)\s*\?+\s*$)"
                     r".*\?\s*$", re.I)
_EXPIRING = re.compile(r"\b(?:expir\w*|expiration(?:\s+dates?)?)\s*(?:is\s+|was\s+|dates?\s+)?"
                       r"(?:(?:soonest|first|next|earliest|latest|last)\s+)?$", re.I)  # "expire soonest from today"


def _only_trades_said(parse: rules.RulesParse) -> bool:
    """The only kind of transaction said is "trades" or "transactions" ("X's trades in 2012"), not open market."""
    said = [s.text.lower() for s in parse.of_kind("transaction")]
    return parse.transaction == "open_market" and bool(said) and all(
        re.fullmatch(r"trades?|transactions?", t) for t in said) and not parse.also_transactions


def _aggregation(parse: rules.RulesParse) -> str:
    """"any activity in july? which yrs": every year's rows of that month, not the newest alone (unless asked)."""
    if parse.aggregation == "latest" and parse.month_any_year and not lexicon.NEWEST.search(parse.question):
        return "list"
    return parse.aggregation


def _spec_fields(parse: rules.RulesParse) -> dict:
    """The parser's reading as QuerySpec fields (names and dates apart)."""
    return dict(role=parse.role, security=parse.security, transaction=parse.transaction,
                also_transactions=list(parse.also_transactions), form=parse.form,
                amendments_only=parse.amendments_only, aggregation=_aggregation(parse), limit=parse.limit,
                count_unit=parse.count_unit, largest_first=parse.largest_first, by_price=parse.by_price,
                by_shares=parse.by_shares, by_rows=bool(BY_ROWS.search(parse.question)), per_insider=parse.per_insider,
                per_company=parse.per_company, ask=parse.ask, vehicle=parse.vehicle, noted=parse.noted,
                month_any_year=parse.month_any_year, weekdays=[d for s in parse.of_kind("weekday") for d in s.value],
                months_out=[s.value for s in parse.of_kind("month_out")],
                **bounds_of(parse))


def _follow(fields: dict, parse: rules.RulesParse, prev: QuerySpec) -> None:
    """A follow-up asks the same kind of question as before, changed only where it says so."""
    if not (fields["security"] or fields["transaction"]):
        # "and the CFO?": the same kind of question. A follow-up that names a security or a kind of
        # transaction ("what about his options?") asks about that instead, not about both.
        fields.update(security=prev.security, transaction=prev.transaction,
                      also_transactions=list(prev.also_transactions))
    fields["form"] = fields["form"] or prev.form
    fields["amendments_only"] = fields["amendments_only"] or (prev.amendments_only and not parse.form)
    if not parse.bounded:
        fields.update(prev.bounds())
    if not parse.aggregation_stated:
        fields.update(aggregation=prev.aggregation, limit=prev.limit, count_unit=prev.count_unit,
                      per_insider=prev.per_insider, per_company=prev.per_company)
    if fields["date_from"] is None and fields["date_to"] is None and (prev.date_from or prev.date_to):
        fields.update(date_from=prev.date_from, date_to=prev.date_to,
                      period=prev.period or describe_range(prev.date_from, prev.date_to))


def understand_rules(parse: rules.RulesParse, resolution: Resolution, catalog: Catalog,
                     context: ChatContext | None) -> Understanding:
    company, insider = resolution.company, resolution.insider
    fields = _spec_fields(parse)
    dates = parse.dates
    fields.update(date_from=dates.start if dates else None, date_to=dates.end if dates else None,
                  period=dates.label if dates else None)
    if dates and dates.label.startswith("after ") and _HELD.search(parse.question) and (
            _EVENT.match(parse.question[dates.span[1]:]) or (not parse.transaction and parse.aggregation == "list")):
        # "rivendell 7 pltr shares after march 2024 sales": what was held once those trades were done
        fields.update(aggregation="holdings", transaction=None, also_transactions=[], date_from=None,
                      date_to=dates.start - dt.timedelta(days=1), period=None)
    if dates and _EXPIRING.search(parse.question[:dates.span[0]]):  # "options expiring in 2035": not a trade date
        said = parse.question[dates.span[0]:dates.span[1]].lower()
        fields.update(expires_from=None if re.match(r"\s*(?:before|until|till|through)\b", said) else dates.start,
                      expires_to=None if re.match(r"\s*(?:after|since|from)\b", said) else dates.end,
                      date_from=None, date_to=None, period=None)
    if (ask_words.SOONEST.search(parse.question) or ask_words.LATEST_EXPIRY.search(parse.question)) and not (
            parse.transaction) and fields["aggregation"] in ("list", "latest"):
        fields.update(aggregation="holdings")  # "which opts expire soonest": positions held, by expiration date
    if insider is not None and _only_trades_said(parse) and fields["aggregation"] in ("list", "total") and not (
            _ASKED_IF.match(parse.question) or LEAVING_OUT.search(parse.question)):
        fields.update(transaction=None, also_transactions=[])  # "scarpelli's trades in 2022": everything he filed
    if parse.out_of_scope == "advice" and insider is None and fields["transaction"] in ("buy", "sell", "open_market"):
        fields.update(transaction=None, also_transactions=[])  # "should i buy tsla": the asker's trade, not insiders'
    if WOULD_COST.search(parse.question) and fields["transaction"] in (None, "exercise"):
        fields.update(transaction=None, also_transactions=[], aggregation="holdings",  # what exercising would cost
                      security=fields["security"] or "option", date_from=None, date_to=None, period=None)
    if context is not None:
        refers = parse.followup or parse.pronoun or parse.same_company
        if company is None and not resolution.unknown_ticker and context.company_ciks and (
            refers or (parse.role and not parse.role_plural)
        ):
            company = _from_context(context.company_ciks, context.company_label, catalog.issuers)
        if insider is None and parse.role is None and context.insider_ciks and (
            parse.pronoun or (parse.followup and not parse.tickers and not parse.name_words)
        ):
            insider = _from_context(context.insider_ciks, context.insider_label, catalog.owners)
        if parse.followup and context.spec is not None:
            _follow(fields, parse, context.spec)
    confidence = 0.0 if parse.empty else (
        1.0 - 0.25 * len(resolution.unknown_words) - (0.5 if resolution.unknown_ticker else 0))
    if not any((company, insider, fields["role"], fields["security"], fields["transaction"], fields["form"],
                fields["date_from"], fields["date_to"], parse.aggregation_stated, fields["amendments_only"],
                parse.bounded)):
        confidence = min(confidence, 0.3)
    spec = QuerySpec(company=company.text[:SPEC_TEXT_MAX] if company else None,
                     insider=insider.text[:SPEC_TEXT_MAX] if insider else None, **fields)
    return Understanding(spec, "rules", max(confidence, 0.0), company, insider, resolution.unknown_ticker,
                         list(resolution.unknown_words), parse.role_plural, list(resolution.ticker_guesses),
                         resolution.guessed_from, resolution.unresolved_insider, resolution.unresolved_company,
                         parse.all_companies and company is None,
                         question=parse.question)


def understand_llm(spec: QuerySpec, catalog: Catalog, conn: sqlite3.Connection, today: dt.date,
                   context: ChatContext | None) -> tuple[Understanding | None, str | None]:
    """An LLM's spec, re-resolved against the database; (None, why) when it names something unknown."""
    company, insider = resolve_texts(spec.company, spec.insider, catalog, conn)
    if spec.company and company is None:
        return None, f"the language model named a company that is not in the database (“{spec.company}”)"
    if spec.insider and insider is None:
        return None, f"the language model named an insider who is not in the database (“{spec.insider}”)"
    if company is None and context is not None and context.company_ciks and not spec.insider:
        company = _from_context(context.company_ciks, context.company_label, catalog.issuers)
    return Understanding(spec.dated(today), "llm", 1.0, company, insider), None


def rules_spec(question: str, db: ReadSource, catalogs: Catalogs | None = None, *,
               today: dt.date | None = None) -> QuerySpec | None:
    """The rules parser's spec for a question (names as the database knows them), or None."""
    today = today or dt.date.today()
    parse = rules.parse(question, today)
    reader = reader_of(db)
    if parse.empty or not reader.path.exists():
        return None
    with query.connect(reader) as conn:
        if not query.has_schema(conn):
            return None
        catalog = (catalogs or Catalogs()).load(conn, reader)
        understanding = understand_rules(parse, resolve(parse, catalog, conn), catalog, None)
    spec = understanding.spec
    if understanding.company:
        entity = understanding.company.entities[0]
        spec = spec.model_copy(update={"company": entity.ticker or entity.name})
    if understanding.insider:
        spec = spec.model_copy(update={"insider": understanding.insider.entities[0].name})
    return spec

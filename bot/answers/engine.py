"""The answer engine: ``answer(question, db_path)`` is the single entry point for the CLI, chat and Slack.

question -> QuerySpec (rules parser; the LLM parser when configured and the rules are unsure)
         -> names resolved to CIKs against the database (ambiguity -> "did you mean")
         -> records (parameterised SQL on a read-only connection)
         -> Answer (template text; optionally worded by the LLM when every number checks out).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.answers import query, records, render, rules
from bot.answers.dates import describe_range, period_to_range
from bot.answers.query import Filters
from bot.answers.render import Answer, issuer_label, message
from bot.answers.resolve import Catalog, Entity, Match, Resolution, resolve, resolve_texts
from bot.answers.spec import (
    ROLE_LABELS,
    SECURITY_LABELS,
    ChatContext,
    QuerySpec,
)
from bot.domain.vocab import display_name

CONFIDENCE_THRESHOLD = 0.7
MAX_QUESTION_CHARS = 500  # longer questions are read up to here (a note says so)
SPEC_TEXT_MAX = 120  # QuerySpec's limit for company and insider words
MAX_CANDIDATES = 8
HOW_TO_GET_MORE = ("To get more filings: `insiderbot sync` fetches the latest from EDGAR; "
                   "`insiderbot backfill --from YYYY-MM-DD --to YYYY-MM-DD --issuer TICKER` loads history.")
EXAMPLES = [
    "What options did Tecogen's GC get?",
    "options granted to John Whiting",
    "Who sold $TSLA in 2021?",
    "Net buying by directors of PDEX since 2024",
    "How many shares does Reid Hoffman hold in Microsoft?",
    "Biggest open-market trades last month",
    "Who are the insiders at Snowflake?",
    "Which sales were under a 10b5-1 plan at DraftKings?",
]
_DEFINE = re.compile(r"^\s*(?:what\s+(?:is|are|'s)|whats|explain|define|meaning\s+of)\b", re.I)
FORMS_EXPLAINED = ("Form 3 is an insider's first report of what they hold; Form 4 reports a change (due within "
                   "two business days); Form 5 is the annual report of changes not reported on Form 4.")
_HELP = re.compile(r"^\s*(?:help|\?+|examples?|what can you do\??|how does this work\??)\s*$", re.I)
WHAT_I_KNOW = ("I answer from the insider filings (Forms 3, 4 and 5) stored here: who bought, sold, was granted or "
               "exercised what, when, at what price, and what they held afterwards.")
CANNOT = {
    "price": ("I don't have market prices or quotes.", "For the prices insiders traded at, ask e.g. “latest sales at "
              "TSLA”."),
    "advice": ("I can't give investment advice or say whether to buy or sell.", "I can show what insiders did, e.g. "
               "“net buying at PLTR this year”."),
    "pnl": ("I can't tell profits or losses: filings don't report what an insider paid for the shares they sell.",
            "I can show the prices of their trades, e.g. “Musk's sales in 2021”."),
}
PREFACES = {
    "news": "I don't have news; I only know insider filings. What they show:",
    "prediction": "I can't predict future trades; I only know what insiders have filed. What the filings show so far:",
    "why": "Filings don't say why an insider traded, beyond what their footnotes state (a 10b5-1 plan, taxes, a "
           "gift). What the filings show:",
}


@dataclass
class Understanding:
    """A question read into a spec, with its names resolved."""

    spec: QuerySpec
    parser: str
    confidence: float
    company: Match | None = None
    insider: Match | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date_label: str | None = None
    unknown_ticker: str | None = None
    unknown_words: list[str] = field(default_factory=list)
    role_plural: bool = False
    ticker_guesses: list[Entity] = field(default_factory=list)
    guessed_from: str | None = None


def _settings_values(settings) -> tuple[str, str | None, float]:
    if settings is None:
        from bot.config import load_settings

        settings = load_settings()
    return settings.answer_mode, settings.llm_model, settings.llm_timeout_seconds


# ---- reading the question ------------------------------------------------------------------------

def _from_context(ciks: tuple[str, ...], label: str | None, entities: dict[str, Entity]) -> Match | None:
    known = [entities[c] for c in ciks if c in entities]
    return Match(label or "", known, set(), via="context") if known else None


def understand_rules(parse: rules.RulesParse, res: Resolution, catalog: Catalog,
                     context: ChatContext | None) -> Understanding:
    company, insider = res.company, res.insider
    role, security, transaction, form = parse.role, parse.security, parse.transaction, parse.form
    also = list(parse.also_transactions)
    aggregation, limit, count_unit = parse.aggregation, parse.limit, parse.count_unit
    bounds = {"min_value": parse.min_value, "max_value": parse.max_value, "min_shares": parse.min_shares,
              "max_shares": parse.max_shares, "min_price": parse.min_price, "max_price": parse.max_price,
              "strict_bounds": parse.strict_bounds}
    amendments_only = parse.amendments_only
    start = end = None
    label = None
    if parse.dates:
        start, end, label = parse.dates.start, parse.dates.end, parse.dates.label
    if context is not None:
        refers = parse.followup or parse.pronoun or parse.same_company
        if company is None and not res.unknown_ticker and context.company_ciks and (
            refers or (role and not parse.role_plural)
        ):
            company = _from_context(context.company_ciks, context.company_label, catalog.issuers)
        if insider is None and role is None and context.insider_ciks and (
            parse.pronoun or (parse.followup and not parse.tickers and not parse.name_words)
        ):
            insider = _from_context(context.insider_ciks, context.insider_label, catalog.owners)
        prev = context.spec
        if parse.followup and prev is not None:
            if not (security or transaction):
                # "and the CFO?": the same kind of question. A follow-up that names a security or a kind of
                # transaction ("what about his options?") asks about that instead, not about both.
                security, transaction, also = prev.security, prev.transaction, list(prev.also_transactions)
            form = form or prev.form
            amendments_only = amendments_only or (prev.amendments_only and not parse.form)
            if not parse.bounded:
                bounds = {key: getattr(prev, key) for key in bounds}
            if not parse.aggregation_stated:
                aggregation, limit, count_unit = prev.aggregation, prev.limit, prev.count_unit
            if start is None and end is None and (prev.date_from or prev.date_to):
                start, end = prev.date_from, prev.date_to
                label = prev.period or describe_range(start, end)
    confidence = 0.0 if parse.empty else 1.0 - 0.25 * len(res.unknown_words) - (0.5 if res.unknown_ticker else 0)
    if not any((company, insider, role, security, transaction, form, start, end, parse.aggregation_stated,
                amendments_only, parse.bounded)):
        confidence = min(confidence, 0.3)
    spec = QuerySpec(
        company=company.text[:SPEC_TEXT_MAX] if company else None,
        insider=insider.text[:SPEC_TEXT_MAX] if insider else None,
        role=role, security=security, transaction=transaction, also_transactions=also, form=form,
        amendments_only=amendments_only, period=label, date_from=start, date_to=end, aggregation=aggregation,
        count_unit=count_unit, limit=limit, largest_first=parse.largest_first, **bounds,
    )
    return Understanding(spec, "rules", max(confidence, 0.0), company, insider, start, end, label,
                         res.unknown_ticker, list(res.unknown_words), parse.role_plural, list(res.ticker_guesses),
                         res.guessed_from)


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
    found = period_to_range(spec.period, today)
    if found is not None:
        start, end, label = found.start, found.end, found.label
    else:
        clamped = spec.clamp_dates(today)
        start, end = clamped.date_from, clamped.date_to
        label = describe_range(start, end) if (start or end) else None
    spec = spec.model_copy(update={"date_from": start, "date_to": end, "period": label})
    return Understanding(spec, "llm", 1.0, company, insider, start, end, label), None


def rules_spec(question: str, db_path: str | Path, *, today: dt.date | None = None) -> QuerySpec | None:
    """The rules parser's spec for a question (names as the database knows them), or None."""
    today = today or dt.date.today()
    parse = rules.parse(question, today)
    if parse.empty or not Path(db_path).exists():
        return None
    with query.connect(db_path) as conn:
        if not query.has_schema(conn):
            return None
        catalog = Catalog.load(conn, db_path)
        und = understand_rules(parse, resolve(parse, catalog, conn), catalog, None)
    spec = und.spec
    if und.company:
        spec = spec.model_copy(update={"company": und.company.entities[0].ticker or und.company.entities[0].name})
    if und.insider:
        spec = spec.model_copy(update={"insider": und.insider.entities[0].name})
    return spec


# ---- answers that are not records ----------------------------------------------------------------

def help_answer(db_path: str | Path | None = None, headline: str | None = None) -> Answer:
    stored = []
    if db_path and Path(db_path).exists():
        try:
            with query.connect(db_path) as conn:
                if query.has_schema(conn):
                    stored = query.sample_companies(conn)
        except sqlite3.Error:
            stored = []
    lines = [f"• {q}" for q in EXAMPLES]
    notes = ["I understand companies (ticker or name), insiders (any part of the name), roles (GC, CEO, CFO, "
             "director, 10% owner…), securities (options, RSUs, PSUs, warrants, preferred, common), what "
             "happened (bought, sold, granted, exercised, tax withholding, gifted, converted), amounts (over $1M, "
             "at least 10,000 shares), amendments, dates (today, last week, past 90 days, Q3 2023, H1 2025, ytd, "
             "since March, between two dates) and totals, counts of transactions or filings, net buying, biggest "
             "and smallest trades, holdings, insiders, 10b5-1 (or not) and late filings. I don't know market "
             "prices, news or the future."]
    if stored:
        notes.append("Stored companies include: " + ", ".join(
            issuer_label(r["name"], r["trading_symbol"]) for r in stored) + ".")
    return message("help", headline or "Ask me about insider filings (Forms 3, 4, 5). For example:", lines, notes)


def _no_database(db_path: Path) -> Answer:
    return message("error", f"There is no database at {db_path} yet.",
                   notes=["Run `insiderbot chat` once to load the bundled sample filings, or "
                          "`insiderbot sync` / `insiderbot backfill` to fetch filings from EDGAR."])


def _stored_lines(conn: sqlite3.Connection, company: Match | None) -> list[str]:
    if company is not None:
        out = []
        for e in company.entities[:3]:
            s = query.issuer_summary(conn, e.cik)
            if not s["filings"]:
                out.append(f"Nothing is stored for {issuer_label(e.name, e.ticker)} yet.")
                continue
            out.append(
                f"Stored for {issuer_label(e.name, e.ticker)}: {s['filings']} "
                f"{'filing' if s['filings'] == 1 else 'filings'} from {render.format_date(s['first_date'])} to "
                f"{render.format_date(s['last_date'])} ({s['transactions']} "
                f"{'transaction' if s['transactions'] == 1 else 'transactions'}, {s['insiders']} "
                f"{'insider' if s['insiders'] == 1 else 'insiders'})."
            )
        return out
    s = query.store_summary(conn)
    return [f"The database holds {s['filings']} filings for {s['issuers']} companies, with transactions from "
            f"{render.format_date(s['first_date'])} to {render.format_date(s['last_date'])}."]


def _ambiguous(kind: str, match: Match, conn: sqlite3.Connection, catalog: Catalog) -> Answer:
    candidates = []
    lines = []
    for e in match.entities[:MAX_CANDIDATES]:
        if kind == "company":
            label = issuer_label(e.name, e.ticker)
            candidates.append({"kind": "company", "cik": e.cik, "name": e.name, "ticker": e.ticker, "label": label,
                               "asked": match.text})
        else:
            at = [catalog.issuers[r["issuer_cik"]] for r in query.issuers_of_owners(conn, [e.cik])[:3]
                  if r["issuer_cik"] in catalog.issuers]
            where = ", ".join(a.ticker or a.name for a in at)
            label = display_name(e.name) + (f" ({where})" if where else "")
            candidates.append({"kind": "insider", "cik": e.cik, "name": e.name, "label": label, "asked": match.text})
        lines.append(f"{len(lines) + 1}. {label}")
    more = len(match.entities) - MAX_CANDIDATES
    notes = [f"…and {more} more; add more of the name{' or use the ticker' if kind == 'company' else ''}."] \
        if more > 0 else []
    return message("ambiguous", f"Which {kind} do you mean by “{match.text}”? Did you mean:", lines, notes, candidates)


def _joint_filers(conn: sqlite3.Connection, match: Match) -> bool:
    """Several owners matched, but they always file together (fund entities): treat them as one."""
    if not match.ambiguous or len(match.entities) > 12:
        return False
    return bool(set.intersection(*query.owner_filing_sets(conn, match.ciks)))


# ---- labels --------------------------------------------------------------------------------------

def _company_label(match: Match | None) -> str | None:
    if match is None:
        return None
    if len(match.entities) == 1:
        e = match.entities[0]
        return issuer_label(e.name, e.ticker)
    return " / ".join(issuer_label(e.name, e.ticker) for e in match.entities[:3])


def _insider_label(match: Match | None) -> str | None:
    if match is None:
        return None
    if len(match.entities) == 1:
        return display_name(match.entities[0].name)
    return f"{match.text} ({len(match.entities)} reporting owners)"


def _scope(und: Understanding) -> str:
    company = _company_label(und.company)
    who = _insider_label(und.insider)
    if und.spec.role and not who:
        plural = und.role_plural or not company
        who = f"the {ROLE_LABELS[und.spec.role]}{'s' if plural else ''}"
    if who and company:
        return f"{who} at {company}" if und.insider else f"{who} of {company}"
    return who or company or "all companies"


def _searched(spec: QuerySpec, und: Understanding) -> str:
    parts = []
    if label := spec.transaction_label():
        parts.append(label)
    if spec.security:
        parts.append(("in " if parts else "") + SECURITY_LABELS[spec.security])
    if bounds := spec.bounds_label():
        parts.append(bounds)
    if spec.form:
        parts.append(f"on Form {spec.form}{'/A' if spec.amendments_only else ''}")
    elif spec.amendments_only:
        parts.append("on amended filings")
    if und.date_from or und.date_to:
        parts.append(und.date_label or describe_range(und.date_from, und.date_to))
    return " ".join(parts)


def _query_dict(question: str, und: Understanding) -> dict:
    def match_dict(m: Match | None) -> dict | None:
        if m is None:
            return None
        return {"text": m.text, "via": m.via, "ciks": list(m.ciks),
                "names": [e.name for e in m.entities], "tickers": [e.ticker for e in m.entities if e.ticker]}

    return {
        "question": question,
        "parser": und.parser,
        "confidence": round(und.confidence, 2),
        "spec": und.spec.model_dump(mode="json"),
        "company": match_dict(und.company),
        "insider": match_dict(und.insider),
        "date_from": und.date_from.isoformat() if und.date_from else None,
        "date_to": und.date_to.isoformat() if und.date_to else None,
        "dates": und.date_label,
        "ignored_words": und.unknown_words,
    }


def _next_context(und: Understanding, answer: Answer) -> ChatContext:
    insider_ciks = und.insider.ciks if und.insider else ()
    insider_label = _insider_label(und.insider)
    if not insider_ciks:
        people = {(o["cik"], o["name"]) for r in answer.records for o in r.get("owners", []) if o.get("matched")}
        if answer.kind == "insiders":
            people = {(r["owner_cik"], r["name"]) for r in answer.records}
        if len(people) == 1:
            cik, name = people.pop()
            insider_ciks, insider_label = (cik,), display_name(name)
    return ChatContext(
        company_ciks=und.company.ciks if und.company else (),
        company_label=und.company.text if und.company else None,
        insider_ciks=insider_ciks, insider_label=insider_label, spec=und.spec,
    )


# ---- the entry point -----------------------------------------------------------------------------

def answer(question: str, db_path: str | Path, *, context: ChatContext | None = None,
           today: dt.date | None = None, settings=None, model: Any = None) -> Answer:
    """Answer one question from the filings in ``db_path`` (opened read-only).

    ``context`` carries the previous turn (company, insider, spec) for follow-ups; ``today`` fixes the
    clock for relative dates; ``settings`` gives ANSWER_MODE / LLM_MODEL / LLM_TIMEOUT_SECONDS
    (default: read from the environment); ``model`` injects a LangChain chat model (tests, callers
    that hold one)."""
    today = today or dt.date.today()
    question = " ".join((question or "").split())
    if not question or _HELP.match(question):
        return help_answer(db_path)
    clipped = len(question) > MAX_QUESTION_CHARS
    if clipped:
        question = question[:MAX_QUESTION_CHARS].rsplit(" ", 1)[0]
    db_path = Path(db_path)
    if not db_path.exists():
        return _no_database(db_path)
    mode, llm_model_name, timeout = _settings_values(settings)
    parse = rules.parse(question, today)

    with query.connect(db_path) as conn:
        if not query.has_schema(conn) or not query.has_filings(conn):
            return message("no_match", "No filings are stored yet.", notes=[HOW_TO_GET_MORE])
        catalog = Catalog.load(conn, db_path)
        res = resolve(parse, catalog, conn)
        und = understand_rules(parse, res, catalog, context)
        notes: list[str] = []
        llm_model = None
        if mode == "llm" or (mode == "auto" and und.confidence < CONFIDENCE_THRESHOLD):
            if model is not None:
                llm_model = model
            elif llm_model_name:
                try:
                    from bot.answers.llm import make_model

                    llm_model = make_model(llm_model_name, timeout)
                except Exception as error:
                    notes.append(f"Note: the language model {llm_model_name} could not be set up "
                                 f"({type(error).__name__}); answered with the rules parser.")
            elif mode == "llm":
                notes.append("Note: ANSWER_MODE is llm but LLM_MODEL is not set; answered with the rules parser.")
        if llm_model is not None:
            from bot.answers.llm import parse_question

            outcome = parse_question(question, llm_model, today=today, timeout=timeout)
            if outcome.spec is None:
                notes.append(f"Note: the language model's reply could not be used ({outcome.error}); "
                             "answered with the rules parser.")
                llm_model = None
            else:
                llm_und, why = understand_llm(outcome.spec, catalog, conn, today, context)
                if llm_und is None:
                    notes.append(f"Note: {why}; answered with the rules parser.")
                    llm_model = None
                else:
                    und = llm_und
        result = _answer_understood(und, parse, conn, catalog, today)
        if clipped:
            notes.append(f"Note: the question is long; only its first {len(question)} characters were read.")
        result.notes = notes + result.notes
        result.query = _query_dict(question, und)
        result.context = _next_context(und, result)

    if llm_model is not None and result.kind in ("records", "summary", "holdings") and result.records:
        _phrase(question, und, result, llm_model, db_path, today, timeout)
    return result


def _unsupported(headline: str, hint: str) -> Answer:
    return message("unsupported", headline, notes=[WHAT_I_KNOW, hint])


def _answer_understood(und: Understanding, parse: rules.RulesParse, conn: sqlite3.Connection,
                       catalog: Catalog, today: dt.date) -> Answer:
    spec = und.spec
    scope_issue = parse.out_of_scope
    if scope_issue in CANNOT and not (scope_issue == "price" and spec.transaction):
        return _unsupported(*CANNOT[scope_issue])
    if spec.aggregation == "holdings" and (spec.min_value is not None or spec.max_value is not None
                                           or spec.min_price is not None or spec.max_price is not None):
        return _unsupported("I can't value holdings: filings report how many shares are held, not what they are "
                            "worth today.", "Ask by number of shares instead, e.g. “who holds over 1,000,000 "
                            "shares of PLTR”.")
    if parse.negation and spec.aggregation != "not_plan_10b5_1":
        return _unsupported(
            f"I can't leave things out of an answer (“{parse.negation} …”): I can only look for what to include.",
            "Ask for what you want to see, e.g. “sales at TSLA by the CFO”, or “sales not under a 10b5-1 plan”.")
    if und.parser == "rules" and parse.empty and und.company is None and und.insider is None:
        return help_answer(None, "I could not tell what you are asking. Ask me about insider filings, for example:")
    if und.company is None and und.ticker_guesses:
        return _ticker_guesses(und)
    if und.unknown_ticker and und.company is None:
        stored = query.sample_companies(conn)
        names = ", ".join(issuer_label(r["name"], r["trading_symbol"]) for r in stored)
        return message("no_match", f"No company with the ticker {und.unknown_ticker} is stored.",
                       notes=([f"Stored companies include: {names}."] if names else []) + [HOW_TO_GET_MORE])
    if und.company and und.company.ambiguous:
        return _ambiguous("company", und.company, conn, catalog)
    joint_note = None
    if und.insider and und.insider.ambiguous:
        if not _joint_filers(conn, und.insider):
            return _ambiguous("insider", und.insider, conn, catalog)
        joint_note = (f"“{und.insider.text}” matches {len(und.insider.entities)} reporting owners who file "
                      f"jointly; showing their filings together.")
    if und.company is None and und.insider is None and und.unknown_words:
        words = " ".join(und.unknown_words)
        if not any((spec.role, spec.security, spec.transaction, spec.form, und.date_from, und.date_to,
                    parse.aggregation_stated, spec.amendments_only, spec.bounds_label())):
            return help_answer(None, f"I could not tell what you are asking: “{words}” is not a company or "
                                     "insider in the database. Ask me about insider filings, for example:")
        return message(
            "no_match", f"I could not find a company or insider called “{words}” in the database.",
            notes=_stored_lines(conn, None) + [
                "Try the ticker (e.g. $TGEN) or part of the insider's name.", HOW_TO_GET_MORE],
        )
    if not any((und.company, und.insider, spec.role, spec.security, spec.transaction, und.date_from,
                und.date_to, spec.amendments_only, spec.bounds_label(), parse.newest_n)) and spec.aggregation in (
            "list", "holdings", "insiders"):
        if spec.form and _DEFINE.match(parse.question):
            return help_answer(None, f"{FORMS_EXPLAINED} Ask me about them, for example:")
        if not spec.form:
            return help_answer(None, "Which company or insider do you mean? For example:")

    filters = Filters(
        issuer_ciks=und.company.ciks if und.company else (),
        owner_ciks=und.insider.ciks if und.insider else (),
        role=spec.role, security=spec.security, codes=spec.codes, form=spec.form,
        date_from=und.date_from, date_to=und.date_to, security_free_codes=spec.security_free_codes,
        amendments_only=spec.amendments_only, min_value=spec.min_value, max_value=spec.max_value,
        min_shares=spec.min_shares, max_shares=spec.max_shares, min_price=spec.min_price, max_price=spec.max_price,
        strict_bounds=spec.strict_bounds,
    )
    scope, searched = _scope(und), _searched(spec, und)
    if spec.aggregation == "count" and spec.count_unit == "filings":
        counted = query.count_filings(conn, filters)
        if not counted:
            return _no_match(und, conn, scope, searched)
        return _with_notes(render.render_filing_count(counted, scope, searched), und)
    fetched = records.fetch(conn, filters, spec.aggregation, spec.limit, today=today)
    if spec.aggregation == "insiders":
        found = bool(fetched.insiders)
    elif spec.aggregation in ("total", "net", "count"):
        found = bool(fetched.totals)
    else:
        found = bool(fetched.records or fetched.expired)
    empty_forms = []
    if not found and spec.aggregation in ("list", "holdings", "latest") and not (spec.transaction or spec.security):
        empty_forms = query.no_securities_filings(conn, filters)
    if empty_forms:
        owners = query.filing_owners(conn, [f["filing_id"] for f in empty_forms])
        result = render.render_no_securities(empty_forms, owners, filters.owner_ciks)
    elif not found:
        result = _no_match(und, conn, scope, searched)
    elif spec.aggregation == "insiders":
        result = render.render_insiders(fetched.insiders, scope,
                                        ROLE_LABELS[spec.role] if spec.role else None,
                                        _company_label(und.company) or "all companies")
    elif spec.aggregation == "holdings":
        if spec.largest_first:
            fetched.records.sort(key=lambda r: -(r.shares_owned_following or r.underlying_shares or 0))
        result = render.render_holdings(fetched, scope, by_size=spec.largest_first, bounds=spec.bounds_label())
    elif spec.aggregation in ("total", "net", "count"):
        result = render.render_totals(fetched, spec.aggregation, scope, searched)
    else:
        result = render.render_records(fetched, spec.aggregation, scope, searched,
                                       always_count=bool(spec.bounds_label()))
        if fetched.holdings_only and not (spec.transaction or spec.security or spec.bounds_label()):
            # Form 3s that report owning nothing are filings too: list them after the positions.
            empty = query.no_securities_filings(conn, filters)
            if empty:
                owners = query.filing_owners(conn, [f["filing_id"] for f in empty])
                render.add_no_securities(result, empty, owners, filters.owner_ciks)
    if spec.aggregation == "not_plan_10b5_1":
        result.notes.append("“Not under a 10b5-1 plan” means the filing does not say so: no checkbox, footnote or "
                            "remark marks the trade as made under a plan (the checkbox exists only since April 2023).")
    if joint_note:
        result.notes.append(joint_note)
    if scope_issue in PREFACES:
        render.preface(result, PREFACES[scope_issue])
    return _with_notes(result, und)


def _with_notes(result: Answer, und: Understanding) -> Answer:
    """Say how names were read: a close spelling taken for a name, words that were not understood."""
    for match, label in ((und.company, _company_label(und.company)), (und.insider, _insider_label(und.insider))):
        if match is not None and match.inexact and match.via != "context":
            result.notes.append(f"(Read “{match.text}” as {label}, the closest name on file.)")
    if und.unknown_words and (und.company or und.insider):
        result.notes.append(f"(Not understood and ignored: {', '.join(und.unknown_words)}.)")
    return result


def _ticker_guesses(und: Understanding) -> Answer:
    """An unknown ticker one keystroke from stored ones: ask, never guess."""
    asked = und.guessed_from or ""
    candidates, lines = [], []
    for e in und.ticker_guesses:
        label = issuer_label(e.name, e.ticker)
        candidates.append({"kind": "company", "cik": e.cik, "name": e.name, "ticker": e.ticker, "label": label,
                           "asked": asked})
        lines.append(f"{len(lines) + 1}. {label}")
    return message("ambiguous", f"No company with the ticker {asked} is stored. Did you mean:", lines,
                   candidates=candidates)


def _no_match(und: Understanding, conn: sqlite3.Connection, scope: str, searched: str) -> Answer:
    special = {"holdings": "holdings", "insiders": "insiders", "plan_10b5_1": "trades under a 10b5-1 plan",
               "not_plan_10b5_1": "trades not marked as under a 10b5-1 plan", "late": "late filings"}
    if und.spec.aggregation == "count" and und.spec.count_unit == "filings":
        special["count"] = "filings"
    what = special.get(und.spec.aggregation, searched)
    if und.spec.aggregation in special and searched:
        what = f"{what} ({searched})"
    if not (und.spec.transaction or und.spec.security) and und.spec.aggregation not in special:
        what = f"transactions {what}".strip()
    headline = f"No {what} found for {scope}."
    notes = _stored_lines(conn, und.company)
    if und.insider and not und.insider.ambiguous:
        at = [catalog_issuer for r in query.issuers_of_owners(conn, und.insider.ciks)[:5]
              if (catalog_issuer := query.issuer_row(conn, r["issuer_cik"])) is not None]
        if at:
            names = ", ".join(issuer_label(r["name"], r["trading_symbol"]) for r in at)
            notes.append(f"{_insider_label(und.insider)} has filings stored for: {names}.")
    notes.append(HOW_TO_GET_MORE)
    return message("no_match", headline, notes=notes)


def _phrase(question: str, und: Understanding, result: Answer, model: Any, db_path: Path, today: dt.date,
            timeout: float) -> None:
    """Let the model word the answer; keep its text only if every number in it is in the records."""
    from bot.answers.llm import phrase_answer
    from bot.answers.retriever import FilingsRetriever

    documents = FilingsRetriever(db_path=str(db_path), today=today).invoke(question, spec=_resolved_spec(und))
    text, why = phrase_answer(question, documents, model, today=today, timeout=timeout)
    if text is None:
        result.notes.append(f"Note: the language model did not word the answer ({why}); template answer shown.")
        return
    bad = render.unsupported_numbers(text, result)
    if bad:
        shown = ", ".join(render.fmt_shares(n) for n in sorted(bad)[:5])
        result.notes.append(f"Note: the language model's wording had figures that are not in the filings ({shown}); "
                            "template answer shown.")
        return
    result.headline = text
    result.notes.append("(Worded by a language model; every figure was checked against the filings.)")


def _resolved_spec(und: Understanding) -> QuerySpec:
    """The spec with names replaced by what the database calls them (so the retriever finds the same rows)."""
    update: dict = {"period": None, "date_from": und.date_from, "date_to": und.date_to}
    if und.company:
        e = und.company.entities[0]
        update["company"] = e.ticker or e.name
    if und.insider:
        update["insider"] = und.insider.entities[0].name
    return und.spec.model_copy(update=update)

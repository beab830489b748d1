"""The answer engine: ``answer(question, db)`` is the single entry point for the CLI, chat and Slack.

question -> QuerySpec (rules parser; the LLM parser when configured and the rules are unsure)
         -> names resolved to CIKs against the database (ambiguity -> "did you mean")   [understand]
         -> filters -> records (parameterised SQL through the store's read-only reader)  [filters, fetch]
         -> Answer (template text; optionally worded by the LLM when every number checks out).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from typing import Any

from bot.answers import filing_lag, lexicon, query, remarks, rules
from bot.answers.answer_kinds import (
    entity_count_answer,
    filing_count_answer,
    ranking_answer,
    records_answer,
    roles_answer,
    shaped_answer,
    with_notes,
)
from bot.answers.any_of import any_of_verdict
from bot.answers.budget import DEFAULT_SECONDS, Budget, Overrun, out_of_time
from bot.answers.cannot import CANNOT, PREFACES, SAID_BEFORE_NO_MATCH, SHOWN_AFTER, WHAT_I_KNOW
from bot.answers.close_filers import close_filer, close_person
from bot.answers.english import is_ordinary
from bot.answers.filing_ranks import filings_ranked
from bot.answers.held_in_all import holdings_notes
from bot.answers.holders import holder_named_in_notes
from bot.answers.messages import (
    HOW_TO_GET_MORE,
    Surface,
    ambiguous,
    for_surface,
    help_answer,
    insider_label,
    no_database,
    scope_words,
    stored_lines,
    ticker_guesses,
)
from bot.answers.negation import asks_who_else
from bot.answers.out_of_scope import OUT_OF_SCOPE
from bot.answers.percents import asked_figures
from bot.answers.premise import check_premise
from bot.answers.render import Answer, message, preface, unsupported_numbers
from bot.answers.render_asks import vehicle_answer
from bot.answers.resolve import Catalog, Catalogs, Match, resolve
from bot.answers.signed_by import signed_by_answer
from bot.answers.spec import ChatContext
from bot.answers.understand import Understanding, understand_llm, understand_rules
from bot.answers.unmatched import holder_words, other_person_unknown, unmatched_answer
from bot.answers.who_else import leaving_out_answer, who_else_answer
from bot.answers.yearless import read_in_year_with_records
from bot.domain.formats import fmt_shares
from bot.domain.text import issuer_label
from bot.domain.vocab import display_name
from storage.reader import Reader, ReadSource, reader_of

CONFIDENCE_THRESHOLD = 0.7
MAX_QUESTION_CHARS = 500  # longer questions are read up to here (a note says so)
_DEFINE = re.compile(r"^\s*(?:what\s+(?:is|are|'s)|whats|explain|define|meaning\s+of)\b", re.I)
FORMS_EXPLAINED = ("Form 3 is an insider's first report of what they hold; Form 4 reports a change (due within "
                   "two business days); Form 5 is the annual report of changes not reported on Form 4.")
_ADVICE = dict(OUT_OF_SCOPE)["advice"]
_HELP = re.compile(r"^\s*(?:help|\?+|examples?|what can you do\??|how does this work\??)\s*$", re.I)
# The name catalogs, kept between questions: plain data keyed per database file, never a connection (see
# ``Catalogs``); the engine is their one owner in a process.
_CATALOGS = Catalogs()


def _settings_values(settings) -> tuple[str, str | None, float, Budget]:
    if settings is None:
        from bot.config import load_settings

        settings = load_settings()
    return (settings.answer_mode, settings.llm_model, settings.llm_timeout_seconds,
            Budget(getattr(settings, "answer_time_budget_seconds", DEFAULT_SECONDS)))


def _joint_filers(conn: sqlite3.Connection, match: Match) -> bool:
    """Several owners matched, but they always file together (fund entities): treat them as one."""
    if not match.ambiguous or len(match.entities) > 12:
        return False
    return bool(set.intersection(*query.owner_filing_sets(conn, match.ciks)))


def _next_context(understanding: Understanding, answer: Answer) -> ChatContext:
    insider_ciks = understanding.insider.ciks if understanding.insider else ()
    label = insider_label(understanding.insider)
    if not insider_ciks:
        people = {(o["cik"], o["name"]) for r in answer.records for o in r.get("owners", []) if o.get("matched")}
        if answer.kind == "insiders":
            people = {(r["owner_cik"], r["name"]) for r in answer.records}
        if len(people) == 1:
            cik, name = people.pop()
            insider_ciks, label = (cik,), display_name(name)
    return ChatContext(
        company_ciks=understanding.company.ciks if understanding.company else (),
        company_label=understanding.company.text if understanding.company else None,
        insider_ciks=insider_ciks, insider_label=label, spec=understanding.spec,
    )


def answer(question: str, db: ReadSource, *, context: ChatContext | None = None,
           today: dt.date | None = None, settings=None, model: Any = None,
           surface: Surface = "terminal") -> Answer:
    """Answer one question from the filings of ``db`` (a Store, its Reader, or a database file's path),
    read through the store's read-only reader.

    ``context`` carries the previous turn (company, insider, spec) for follow-ups; ``today`` fixes the
    clock for relative dates; ``settings`` gives ANSWER_MODE / LLM_MODEL / LLM_TIMEOUT_SECONDS
    (default: read from the environment); ``model`` injects a LangChain chat model (tests, callers
    that hold one); ``surface`` is who reads the answer: the terminal (CLI commands may be named) or Slack
    (what the bot covers and what an admin can do instead)."""
    try:
        return for_surface(_answer(question, db, context, today, settings, model), surface)
    except sqlite3.OperationalError as error:  # out of time outside the reads Overrun watches
        return for_surface(out_of_time(error, settings), surface)


def _answer(question: str, db: ReadSource, context: ChatContext | None, today: dt.date | None, settings,
            model: Any) -> Answer:
    today = today or dt.date.today()
    question = " ".join((question or "").split())
    reader = reader_of(db)
    if not question or _HELP.match(question):
        return help_answer(reader)
    clipped = len(question) > MAX_QUESTION_CHARS
    if clipped:
        question = question[:MAX_QUESTION_CHARS].rsplit(" ", 1)[0]
    if not reader.path.exists():
        return no_database(reader.path)
    mode, llm_model_name, timeout, budget = _settings_values(settings)
    from bot.answers.compare import LlmSetup, answer_if_plan  # lazily: it answers each part with answer()

    planned = answer_if_plan(question, reader, answer, context=context, today=today,
                             llm=LlmSetup(mode, llm_model_name, timeout, model), budget_seconds=budget.seconds)
    if planned is not None:
        return planned
    parse = rules.parse(question, today)

    with Overrun(budget, reader) as overrun, query.connect(reader, time_limit=budget.main) as conn:
        if not query.has_schema(conn) or not query.has_filings(conn):
            return message("no_match", "No filings are stored yet.", notes=[HOW_TO_GET_MORE])
        catalog = _CATALOGS.load(conn, reader)
        understanding = understand_rules(parse, resolve(parse, catalog, conn), catalog, context)
        overrun.understanding = understanding  # what a read that runs out of time answers from
        if (asked := _needs_context(question, parse, understanding, context)) is not None:
            return asked
        notes: list[str] = []
        llm_model = None
        if mode == "llm" or (mode == "auto" and understanding.confidence < CONFIDENCE_THRESHOLD):
            llm_model = _language_model(mode, model, llm_model_name, timeout, notes)
        if llm_model is not None:
            llm_understanding = _llm_understanding(question, llm_model, catalog, conn, today, timeout, context, notes)
            if llm_understanding is None:
                llm_model = None
            else:
                understanding = llm_understanding
        if (apart := _answered_apart(understanding, question, conn, today)) is not None:
            apart.query = understanding.as_dict(question)
            return apart  # "besides Scarpelli, who else filed at Snowflake", "which filings did shrout sign"
        reread_notes = []
        # "may 16" with nothing this year: the latest May 16 with filings; "FF Pathfinder VI": a holder of record
        for reread in (read_in_year_with_records, close_filer, close_person, other_person_unknown, holder_named_in_notes):
            if (moved := reread(understanding, parse, conn)) is not None:
                understanding, note = moved
                reread_notes.append(note)
        overrun.understanding = understanding
        result = _answer_understood(understanding, parse, conn, catalog, today)
        result.notes += reread_notes
        if clipped:
            notes.append(f"Note: the question is long; only its first {len(question)} characters were read.")
        result.notes = notes + result.notes
        result.query = understanding.as_dict(question)
        result.context = _next_context(understanding, result)
    if overrun.answer is not None:
        return overrun.answer  # the reads ran out of time: what was found in time, and how to narrow it

    if llm_model is not None and result.kind in ("records", "summary", "holdings") and result.records:
        _phrase(question, understanding, result, llm_model, reader, today, timeout)
    return result


_ABOUT_ONLY = re.compile(r"^\s*(?:and|what\s+about|how\s+about|same\s+for)\b", re.I)


def _needs_context(question: str, parse: rules.RulesParse, understanding: Understanding,
                   context: ChatContext | None) -> Answer | None:
    """"what about the cfo?" with no earlier question: which company's, asked back, never a guess over all."""
    if context is not None or parse.all_companies:
        return None
    if understanding.company or understanding.insider or parse.name_words or parse.tickers:
        return None
    if parse.pronoun and (_ABOUT_ONLY.search(question) or lexicon.HE_OR_SHE.search(question)):
        # "and what about his options?", "what did she sell": whose, asked back, never everyone's
        return message("ambiguous", "Whom do you mean? There is no earlier question to follow on from.",
                       notes=["Name the insider or the company, e.g. “what about John Whiting's options?”."])
    if not _ABOUT_ONLY.search(question) or not parse.role:
        return None
    return message("ambiguous", "Which company do you mean? There is no earlier question to follow on from.",
                   notes=["Name the company or its ticker, e.g. “what about the Tesla CFO?”."])


def _language_model(mode: str, model: Any, name: str | None, timeout: float, notes: list[str]) -> Any:
    """The injected model, else the configured one; None (and a note saying why) when there is none."""
    if model is not None:
        return model
    if name:
        try:
            from bot.answers.llm import make_model

            return make_model(name, timeout)
        except Exception as error:
            notes.append(f"Note: the language model {name} could not be set up "
                         f"({type(error).__name__}); answered with the rules parser.")
    elif mode == "llm":
        notes.append("Note: ANSWER_MODE is llm but LLM_MODEL is not set; answered with the rules parser.")
    return None


def _llm_understanding(question: str, model: Any, catalog: Catalog, conn: sqlite3.Connection, today: dt.date,
                       timeout: float, context: ChatContext | None, notes: list[str]) -> Understanding | None:
    """The model's reading of the question, resolved; None (and a note saying why) when it cannot be used."""
    from bot.answers.llm import parse_question

    outcome = parse_question(question, model, today=today, timeout=timeout)
    if outcome.spec is None:
        notes.append(f"Note: the language model's reply could not be used ({outcome.error}); "
                     "answered with the rules parser.")
        return None
    understanding, why = understand_llm(outcome.spec, catalog, conn, today, context)
    if understanding is None:
        notes.append(f"Note: {why}; answered with the rules parser.")
    return understanding


def _answered_apart(understanding: Understanding, question: str, conn: sqlite3.Connection, today: dt.date
                    ) -> Answer | None:
    """The others, when the question leaves its insider out (who else files there, or everyone else's trades);
    the filings a name signed, when it asks what someone signed."""
    for apart in (filing_lag.filing_lag_answer, signed_by_answer, filings_ranked, remarks.remarks_answer):  # "which filing has the most rows in Table II"
        if (found := apart(understanding, question, conn)) is not None:
            return found
    spec = understanding.spec
    asks_who = asks_who_else(question) and not (spec.transaction and spec.aggregation != "insiders")
    if asks_who:
        return who_else_answer(understanding, conn)
    return leaving_out_answer(understanding, question, conn, today)  # "besides thiel", "2025 sells ex wve"


def _unsupported(headline: str, hint: str) -> Answer:
    return message("unsupported", headline, notes=[WHAT_I_KNOW, hint])


def _answer_understood(understanding: Understanding, parse: rules.RulesParse, conn: sqlite3.Connection,
                       catalog: Catalog, today: dt.date) -> Answer:
    vehicle = holder_words(understanding, parse.question)
    if vehicle and not (understanding.unresolved_insider and understanding.unresolved_company) and (
            held := vehicle_answer(conn, understanding.filters(), vehicle.lower(), scope_words(understanding),
                                   today, worth=understanding.spec.ask == "market_value")) is not None:
        return _prefaced(held, parse)  # the unmatched name is a trust or fund named in the nature of ownership
    early, joint_note = _not_records(understanding, parse, conn, catalog)
    if early is not None:  # ("is thiel bullish on fintech": the can't, then that nothing is stored for "fintech")
        return preface(early, SAID_BEFORE_NO_MATCH[parse.out_of_scope]) if parse.out_of_scope in SAID_BEFORE_NO_MATCH else early
    if (shaped := shaped_answer(understanding, conn, today, parse.question)) is not None:
        return with_notes(_prefaced(shaped, parse), understanding)
    if (ranked := ranking_answer(understanding, conn)) is not None:
        return ranked  # insiders, companies, days, months or years ranked
    if understanding.spec.count_unit == "filings" and understanding.spec.aggregation in ("count", "list", "latest", "earliest"):
        return filing_count_answer(understanding, conn)
    if understanding.spec.aggregation == "count" and understanding.spec.count_unit in ("companies", "insiders"):
        return entity_count_answer(understanding, conn)
    if understanding.spec.aggregation == "role":
        return _prefaced(roles_answer(understanding, conn, parse.question), parse)  # ("doing a good job as ceo")
    result = records_answer(understanding, conn, today)
    if understanding.spec.aggregation == "holdings" or understanding.spec.form == "3":
        result.notes[:0] = holdings_notes(result, parse.question, conn, understanding.filters())
    result.notes[:0] = asked_figures(conn, understanding.filters(), parse.question, across=not understanding.company
                                     and understanding.spec.aggregation in ("total", "list"))
    if understanding.spec.aggregation == "not_plan_10b5_1":
        result.notes.append("“Not under a 10b5-1 plan” means the filing does not say so: no checkbox, footnote or "
                            "remark marks the trade as made under a plan (the checkbox exists only since April 2023).")
    if joint_note:
        result.notes.append(joint_note)
    check_premise(result, parse.question, conn, understanding.as_dict(parse.question))
    return with_notes(_prefaced(any_of_verdict(result, parse), parse), understanding)


def _prefaced(result: Answer, parse: rules.RulesParse) -> Answer:
    """What the filings show, after what they cannot say ("will her rsus be worth 500k": no forecast, the terms)."""
    if parse.out_of_scope in PREFACES:
        preface(result, PREFACES[parse.out_of_scope])
    elif parse.out_of_scope in (*SHOWN_AFTER, "price"):  # "the black-scholes value of his grant": the grant
        preface(result, f"{CANNOT[parse.out_of_scope][0]} What the filings show:")
    return result


def _not_records(understanding: Understanding, parse: rules.RulesParse, conn: sqlite3.Connection,
                 catalog: Catalog) -> tuple[Answer | None, str | None]:
    """The answer when the question cannot be answered from records as asked (out of scope, unclear, a name
    to choose), else None; and a note when several owners who file jointly are taken as one."""
    spec, company, insider = understanding.spec, understanding.company, understanding.insider
    scope_issue = parse.out_of_scope
    if scope_issue in CANNOT and not (scope_issue == "price" and (spec.transaction or insider)) and not (
            scope_issue in SHOWN_AFTER and _facts_follow(understanding, scope_issue)):
        return _unsupported(*CANNOT[scope_issue]), None
    strike = spec.min_price is not None and spec.min_price == spec.max_price  # "the $3.14 options he still holds"
    if spec.aggregation == "holdings" and spec.ask != "market_value" and (spec.min_value is not None or spec.max_value is not None or (
            not strike and (spec.min_price is not None or spec.max_price is not None))):
        return _unsupported("I can't value holdings: filings report how many shares are held, not what they are "
                            "worth today.", "Ask by number of shares instead, e.g. “who holds over 1,000,000 "
                            "shares of PLTR”."), None
    if parse.negation and spec.aggregation != "not_plan_10b5_1":
        return _unsupported(
            f"I can't leave things out of an answer (“{parse.negation} …”): I can only look for what to include.",
            "Ask for what you want to see, e.g. “sales at TSLA by the CFO”, or “sales not under a 10b5-1 plan”."), None
    if understanding.parser == "rules" and parse.empty and company is None and insider is None:
        return help_answer(None, "I could not tell what you are asking. Ask me about insider filings, for example:"), None
    if company is None and understanding.ticker_guesses:
        return ticker_guesses(understanding), None
    if understanding.unknown_ticker and company is None:
        stored = query.sample_companies(conn)
        names = ", ".join(issuer_label(r["name"], r["trading_symbol"]) for r in stored)
        return message("no_match", f"No company with the ticker {understanding.unknown_ticker} is stored.",
                       notes=([f"Stored companies include: {names}."] if names else []) + [HOW_TO_GET_MORE]), None
    if company and company.ambiguous:
        return ambiguous("company", company, conn, catalog), None
    if (missing := unmatched_answer(understanding, conn, parse.question)) is not None:
        return missing, None
    joint_note = None
    if insider and insider.ambiguous:
        if not _joint_filers(conn, insider):
            return ambiguous("insider", insider, conn, catalog), None
        joint_note = (f"“{insider.text}” matches {len(insider.entities)} reporting owners who file "
                      f"jointly; showing their filings together.")
    return _unclear(understanding, parse, conn), joint_note


def _facts_follow(understanding: Understanding, scope_issue: str) -> bool:
    """What the filings show follows a can't ("should i buy tsla": the can't, then Tesla's filings) when the
    question names a company or insider; advice only when no other name is left unmatched and no word of the
    advice asked is left unread ("is good time buy snowflake", "because he thought it was overvalued": the can't
    alone)."""
    if not (understanding.company or understanding.insider) or scope_issue != "advice":
        return bool(understanding.company or understanding.insider)
    cue = " ".join(m.group(0) for m in _ADVICE.finditer(understanding.question)).lower()
    return not (understanding.unresolved_insider or understanding.unresolved_company
                or any(w.lower() in cue and not is_ordinary(w) for w in understanding.unknown_words))


def _unclear(understanding: Understanding, parse: rules.RulesParse, conn: sqlite3.Connection) -> Answer | None:
    """Help or "not found" when the question names nothing the database knows, else None."""
    spec, company, insider = understanding.spec, understanding.company, understanding.insider
    if company is None and insider is None and understanding.unknown_words:
        words = " ".join(understanding.unknown_words)
        if not any((spec.role, spec.security, spec.transaction, spec.form, spec.date_from, spec.date_to,
                    parse.aggregation_stated, spec.amendments_only, spec.bounded)):
            return help_answer(None, f"I could not tell what you are asking: “{words}” is not a company or "
                                     "insider in the database. Ask me about insider filings, for example:")
        return message(
            "no_match", f"I could not find a company or insider called “{words}” in the database.",
            notes=stored_lines(conn, None) + [
                "Try the ticker (e.g. $TGEN) or part of the insider's name.", HOW_TO_GET_MORE],
        )
    if not any((company, insider, spec.role, spec.security, spec.transaction, spec.date_from, spec.date_to,
                spec.amendments_only, spec.bounded, parse.newest_n, spec.noted, spec.vehicle, spec.month_any_year, spec.weekdays, spec.ask in ("no_securities", "address"))) and spec.aggregation in (
            "list", "holdings", "insiders"):
        if spec.form and _DEFINE.match(parse.question):
            return help_answer(None, f"{FORMS_EXPLAINED} Ask me about them, for example:")
        if not spec.form:
            return help_answer(None, "Which company or insider do you mean? For example:")
    return None


def _phrase(question: str, understanding: Understanding, result: Answer, model: Any, reader: Reader,
            today: dt.date, timeout: float) -> None:
    """Let the model word the answer; keep its text only if every number in it is in the records."""
    from bot.answers.llm import phrase_answer
    from bot.answers.retriever import FilingsRetriever

    retriever = FilingsRetriever(db_path=reader, catalogs=_CATALOGS, today=today)
    documents = retriever.invoke(question, spec=understanding.resolved_spec())
    text, why = phrase_answer(question, documents, model, today=today, timeout=timeout)
    if text is None:
        result.notes.append(f"Note: the language model did not word the answer ({why}); template answer shown.")
        return
    bad = unsupported_numbers(text, result)
    if bad:
        shown = ", ".join(fmt_shares(n) for n in sorted(bad)[:5])
        result.notes.append(f"Note: the language model's wording had figures that are not in the filings ({shown}); "
                            "template answer shown.")
        return
    result.headline = text
    result.notes.append("(Worded by a language model; every figure was checked against the filings.)")

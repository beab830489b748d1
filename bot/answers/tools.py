"""The LLM's tool loop for comparisons and questions of several parts (when LLM_MODEL is set).

The model may call ``search_filings`` (the fields of a QuerySpec) a few times (``MAX_CALLS``); each call
resolves the names against the database (a name that is not stored is said to be not stored: nothing
is searched in its place) and returns the matching records and their sums. The model then writes the
answer, which is kept only when every figure in it is in what the searches returned; otherwise, and
when the model fails, loops or never searches, the rules answer stands with a note saying why.

Imported only on the LLM path (it loads LangChain).
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from pydantic import ValidationError

from bot.answers import query, sums
from bot.answers.compare import LlmSetup
from bot.answers.fetch import fetch
from bot.answers.figures import figure_from_rows
from bot.answers.llm import make_model, message_text, records_text, run_bounded, short_text, tools_prompt
from bot.answers.render import Answer, unsupported_numbers
from bot.answers.resolve import Catalog, Catalogs, resolve_texts
from bot.answers.retriever import record_document
from bot.answers.spec import QuerySpec
from bot.domain.formats import fmt_money, fmt_shares
from bot.domain.text import issuer_label
from storage.reader import Reader

TOOL_NAME = "search_filings"
MAX_CALLS = 4
MAX_RECORDS_PER_CALL = 15
TOOL_DESCRIPTION = ("Search the stored insider filings (Forms 3, 4, 5). Give the fields of one query: company, "
                    "insider, role, transaction, period, aggregation, ... Returns the matching records and their "
                    "totals; a company or person that is not in the database is reported as such.")


@dataclass
class Searched:
    """What one search told the model: its text, the records and sums behind it, and a name not on file."""

    text: str
    records: list[dict] = field(default_factory=list)
    sums_text: str = ""
    missing: str | None = None


def tool_schema() -> dict:
    """``search_filings`` as a tool definition: its arguments are the QuerySpec's fields."""
    return {"type": "function", "function": {"name": TOOL_NAME, "description": TOOL_DESCRIPTION,
                                             "parameters": QuerySpec.model_json_schema()}}


def _sums_text(rows: list[sums.TotalRow], catalog: Catalog) -> str:
    """The sums per company, code and kind of security, and all together, as the model reads them."""
    if not rows:
        return "Totals: no matching transactions."
    lines = []
    for r in rows:
        issuer = catalog.issuers.get(r.issuer_cik or "")
        company = issuer_label(issuer.name, issuer.ticker) if issuer else (r.issuer_label or "several companies")
        value = f", {fmt_money(r.value)} at the filed prices" if r.priced else ""
        lines.append(f"- {company} code {r.code} ({r.kind or 'other'}): "
                     f"{r.transactions:,} transactions in {r.filings:,} filings, {fmt_shares(r.shares)} shares{value}, "
                     f"{r.first_date or '?'} to {r.last_date or '?'}")
    figure = figure_from_rows(rows)
    lines.append(f"- All together: {figure.total.transactions:,} transactions, {fmt_money(figure.total.value)} at the filed prices"
                 + (f", {fmt_shares(figure.total.shares)} shares" if figure.one_kind else ""))
    return "Totals:\n" + "\n".join(lines)


def search_filings(conn: sqlite3.Connection, catalogs: Catalogs, reader: Reader, spec: QuerySpec,
                   today: dt.date) -> Searched:
    """One search for the model: the spec's names resolved (or said to be missing), its records and sums."""
    catalog = catalogs.load(conn, reader)
    spec = spec.dated(today)
    company, insider = resolve_texts(spec.company, spec.insider, catalog, conn)
    for asked, found, what in ((spec.company, company, "company"), (spec.insider, insider, "insider")):
        if asked and found is None:
            return Searched(f"No {what} called “{asked}” is in the database; nothing was searched for it.",
                            missing=asked)
        if found is not None and found.ambiguous:
            names = ", ".join(e.name for e in found.entities[:6])
            return Searched(f"“{asked}” matches several: {names}. Search again with one of them.")
    filters = spec.to_filters(company.ciks if company else (), insider.ciks if insider else ())
    aggregation = "list" if spec.aggregation in ("total", "net", "count") else spec.aggregation
    fetched = fetch(conn, filters, aggregation, min(spec.limit, MAX_RECORDS_PER_CALL), today=today)
    totals = _sums_text(sums.totals(conn, filters), catalog) if aggregation != "holdings" else ""
    documents = [record_document(r) for r in fetched.records]
    searched = f"Searched: {filters.describe() or 'all filings'}; {fetched.total_matches:,} matches."
    text = "\n\n".join(part for part in (searched, totals, "<records>\n" + records_text(documents) + "\n</records>")
                       if part)
    return Searched(text, [r.to_dict() for r in fetched.records], totals)


@dataclass
class LoopOutcome:
    """The model's answer (None when there is none to use), why not, and everything its searches returned."""

    text: str | None
    error: str | None = None
    searches: list[Searched] = field(default_factory=list)

    def evidence(self, question: str) -> Answer:
        """The searches' records and sums as one answer, for the figure check."""
        sums_texts = " ".join(s.sums_text for s in self.searches)
        return Answer("summary", f"{question} {sums_texts}", records=[r for s in self.searches for r in s.records])


def _calls(reply: BaseMessage) -> list[dict]:
    return list(getattr(reply, "tool_calls", None) or [])


def _tool_reply(call: dict, search: Callable[[QuerySpec], Searched], outcome: LoopOutcome) -> ToolMessage:
    if call.get("name") != TOOL_NAME:
        return ToolMessage(f"Unknown tool {call.get('name')!r}; the only tool is {TOOL_NAME}.", tool_call_id=call["id"])
    try:
        spec = QuerySpec.model_validate(call.get("args") or {})
    except ValidationError as error:
        return ToolMessage(f"Invalid search: {short_text(str(error))}", tool_call_id=call["id"])
    found = search(spec)
    outcome.searches.append(found)
    return ToolMessage(found.text, tool_call_id=call["id"])


def run_tool_loop(question: str, model: Any, search: Callable[[QuerySpec], Searched], *, today: dt.date,
                  timeout: float, max_calls: int = MAX_CALLS) -> LoopOutcome:
    """Let the model search (at most ``max_calls`` times) and then answer; failures come back as errors."""
    outcome = LoopOutcome(None)
    try:
        bound = model.bind_tools([tool_schema()])
        messages: list[BaseMessage] = tools_prompt().invoke(
            {"question": question, "today": today.isoformat(), "max_calls": str(max_calls)}).to_messages()
        calls = 0
        while True:
            reply = run_bounded(lambda: bound.invoke(messages), timeout)
            if not isinstance(reply, AIMessage):
                outcome.error = "unexpected reply"
                return outcome
            messages.append(reply)
            if not _calls(reply):
                text = message_text(reply)
                outcome.text, outcome.error = (text, None) if text else (None, "empty reply")
                return outcome
            for call in _calls(reply):
                calls += 1
                if calls > max_calls:
                    outcome.error = f"it kept searching past the bound of {max_calls} searches"
                    return outcome
                messages.append(_tool_reply(call, search, outcome))
    except concurrent.futures.TimeoutError:
        outcome.error = f"no reply within {timeout:g} s"
    except Exception as error:  # provider errors, bad arguments: the rules answer stands
        outcome.error = f"{type(error).__name__}: {short_text(str(error))}"
    return outcome


def _model_of(llm: LlmSetup, notes: list[str]) -> Any:
    if llm.model is not None:
        return llm.model
    try:
        return make_model(llm.model_name, llm.timeout)
    except Exception as error:
        notes.append(f"Note: the language model {llm.model_name} could not be set up ({type(error).__name__}); "
                     "answered with the rules.")
        return None


def check_outcome(question: str, outcome: LoopOutcome) -> str | None:
    """Why the model's answer cannot be used (None when it can)."""
    if outcome.text is None:
        return outcome.error or "no answer"
    if not any(s.records or s.sums_text for s in outcome.searches):
        return "it answered without finding any records"
    bad = unsupported_numbers(outcome.text, outcome.evidence(question))
    if bad:
        shown = ", ".join(fmt_shares(n) for n in sorted(bad)[:5])
        return f"its answer had figures that are not in the filings ({shown})"
    return None


def word_with_tools(question: str, result: Answer, reader: Reader, llm: LlmSetup, *, today: dt.date,
                    max_calls: int = MAX_CALLS) -> None:
    """Put the model's answer (from its own searches, every figure checked) over the rules answer's details;
    keep the rules answer, with a note saying why, when the model's cannot be used."""
    model = _model_of(llm, result.notes)
    if model is None:
        return
    catalogs = Catalogs()
    with query.connect(reader) as conn:
        outcome = run_tool_loop(question, model, lambda spec: search_filings(conn, catalogs, reader, spec, today),
                                today=today, timeout=llm.timeout, max_calls=max_calls)
    missing = [s.missing for s in outcome.searches if s.missing]
    if missing:
        result.notes.append("Note: the language model searched for names that are not in the database: "
                            + ", ".join(f"“{m}”" for m in missing) + ".")
    why = check_outcome(question, outcome)
    if why is not None:
        result.notes.append(f"Note: the language model's answer was not used ({why}); the rules answer is shown.")
        return
    result.headline = outcome.text
    result.notes.append(f"(Answered by a language model from {len(outcome.searches)} searches of the filings; every "
                        "figure was checked against the records they returned.)")

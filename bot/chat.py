"""The terminal chat: a question loop over any text streams, with history and follow-ups.

Follow-ups reuse the last company or insider ("and the CFO?", "what did he sell?"); after a "did you
mean" a number picks a candidate. On a database with no filings the bundled sample filings are
loaded first, labelled as samples. The chat is handed the process's ``Store`` (``bot.app.chat`` opens it)
and, when fetching on demand is on, its ``OnDemand``: a question (or a chart) naming companies with no filings
stored that the SEC's ticker table knows fetches each of them from EDGAR first, one after the other (a line
says so for each), then is answered; ``insiderbot ask`` and ``insiderbot chart`` fetch the same way
(``bot.cli.on_demand``).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from bot.answers.engine import answer, help_answer
from bot.answers.missing import after_fetches, fetching_text, missing_companies
from bot.answers.query import has_filings
from bot.answers.render import Answer
from bot.answers.resolve import Catalogs
from bot.answers.spec import ChatContext
from bot.charts.data import ChartRequest
from bot.charts.files import write_chart
from bot.charts.intent import chart_words
from bot.ingest import ingest_paths
from bot.ingest.on_demand import OnDemand
from storage.db import Store

SAMPLES_DIR = Path(__file__).resolve().parent / "samples"
PROMPT = "you> "
QUIT = {"quit", "exit", "q", ":q", "bye"}
SAMPLE_QUESTIONS = [
    "What options did Tecogen's GC get?",
    "Who sold EXRB stock under a 10b5-1 plan?",
    "Director purchases at Example Robotics",
    "RSUs vested at EXBT and the tax withheld",
    "Who are the insiders at Example Biotech?",
]


def load_samples_if_empty(store: Store) -> int:
    """Ingest ``bot/samples`` when the database holds no filings; returns how many were stored."""
    with store.writing() as db:
        if has_filings(db.conn):
            return 0
        report = ingest_paths(db, [SAMPLES_DIR])
    return report.new + report.updated


def _pick(choice: str, last: Answer | None, last_question: str | None) -> str | None:
    """'2' after a did-you-mean: the previous question with the chosen candidate's name in it."""
    if not (last and last.kind == "ambiguous" and last.candidates and last_question and choice.isdigit()):
        return None
    index = int(choice) - 1
    if not 0 <= index < len(last.candidates):
        return None
    picked = last.candidates[index]
    replacement = f"${picked['ticker']}" if picked["kind"] == "company" and picked.get("ticker") else picked["name"]
    question = last_question
    for word in picked.get("asked", "").split():
        question = re.sub(rf"\b{re.escape(word)}(?:'s|’s)?\b", " ", question, count=1, flags=re.I)
    return " ".join(f"{question} {replacement}".split())


def fetch_if_missing(store: Store, on_demand: OnDemand | None, question: str, catalogs: Catalogs,
                     say: Callable[[str], None]) -> tuple[Answer | None, list[str]]:
    """Before answering (or drawing a chart): each company the question names that is not stored is fetched,
    one after the other (``say`` tells so, a line a company). Returns the answer to give instead (none of
    them can be fetched here) or None, and the notes on the fetches."""
    if on_demand is None:
        return None, []
    on_demand.refresh_tickers()
    companies = missing_companies(question, store, catalogs=catalogs)
    if not companies:
        return None, []
    if not on_demand.can_fetch:
        return after_fetches([(company, None) for company in companies], "terminal")
    started = time.monotonic()
    fetched = on_demand.fetch_each(companies, announce=lambda company, count: say(fetching_text(company, count)))
    new = sum(result.new for _, result in fetched if not result.error)
    if any(not result.error for _, result in fetched):
        of = f" of {len(companies)} companies" if len(companies) > 1 else ""
        say(f"Fetched {new} filing{'s' if new != 1 else ''}{of} in {time.monotonic() - started:.1f} s.")
    return after_fetches(fetched, "terminal")


def chart_text(store: Store, on_demand: OnDemand | None, words: str, catalogs: Catalogs,
               say: Callable[[str], None], *, today: dt.date | None, folder: Path) -> str:
    """A chart asked in the chat (or by ``insiderbot ask``): a company not stored is fetched first, then the PNG
    is written into ``folder``; what to print (where it went, and what the fetch left out)."""
    instead, notes = fetch_if_missing(store, on_demand, words, catalogs, say)
    if instead is not None:
        return instead.text
    return "\n".join([write_chart(store.reader, ChartRequest(words, today=today), folder).text, *notes])


def _is_tty(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def run_chat(store: Store, *, settings=None, stdin: TextIO | None = None, stdout: TextIO | None = None,
             today: dt.date | None = None, model: Any = None, load_samples: bool = True,
             on_demand: OnDemand | None = None, chart_dir: Path | None = None) -> int:
    """Read questions until EOF or 'quit'; print each answer. Returns the number of questions answered.
    ``on_demand`` fetches a company not stored before its question is answered (None: never); "chart TSLA" (or
    any question asking for a picture: ``bot.charts.intent``) writes a PNG into ``chart_dir`` (default: the
    current folder) and prints its path."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout

    def say(text: str = "") -> None:
        stdout.write(text + "\n")
        stdout.flush()

    if load_samples:
        loaded = load_samples_if_empty(store)
        if loaded:
            say(f"Loaded {loaded} sample filings (samples, not live data) from {SAMPLES_DIR}.")
            say("They are hand-written examples; run `insiderbot sync` or `insiderbot backfill` for real filings.")
            say("Try: " + " · ".join(SAMPLE_QUESTIONS))
            say()
    say("insiderbot chat: ask about insider filings (Forms 3, 4, 5). "
        "Type 'help' for examples, 'history' for your questions, 'quit' to leave.")
    context: ChatContext | None = None
    history: list[tuple[str, str]] = []
    last: Answer | None = None
    last_question: str | None = None
    answered = 0
    catalogs = Catalogs()
    while True:
        stdout.write(PROMPT)
        stdout.flush()
        line = stdin.readline()
        if not line:
            say()
            break
        question = line.strip()
        if not question:
            continue
        if not _is_tty(stdin):
            say(question)
        lowered = question.lower()
        if lowered in QUIT:
            break
        if lowered == "help":
            say(help_answer(store).text)
            say()
            continue
        if lowered == "history":
            if not history:
                say("No questions yet.")
            for i, (q, headline) in enumerate(history, start=1):
                say(f"{i}. {q}\n   → {headline}")
            say()
            continue
        if lowered in ("reset", "new", "clear"):
            context = None
            say("Starting over: follow-ups no longer refer to earlier questions.")
            say()
            continue
        words = chart_words(question)  # "chart TSLA", "plot insider buying at PLTR", "… on a chart"
        if words is not None:
            say(chart_text(store, on_demand, words, catalogs, say, today=today, folder=chart_dir or Path.cwd()))
            say()
            continue
        question = _pick(question, last, last_question) or question
        instead, notes = fetch_if_missing(store, on_demand, question, catalogs, say)
        result = instead or answer(question, store, context=context, today=today, settings=settings, model=model)
        result.notes.extend(notes)
        say(result.text)
        if result.kind == "ambiguous":
            say("(Reply with a number to choose.)")
        say()
        if result.context is not None and result.kind in ("records", "summary", "holdings", "insiders", "no_match"):
            # A follow-up refers to the last question answered, even one about no particular company.
            context = result.context
        history.append((question, result.headline))
        last, last_question = result, question
        answered += 1
    return answered

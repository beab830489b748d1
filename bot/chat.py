"""The terminal chat: a question loop over any text streams, with history and follow-ups.

Follow-ups reuse the last company or insider ("and the CFO?", "what did he sell?"); after a "did you
mean" a number picks a candidate. On a database with no filings the bundled sample filings are
loaded first, labelled as samples. The chat is handed the process's ``Store`` (``bot.app.chat`` opens it).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any, TextIO

from bot.answers.engine import answer, help_answer
from bot.answers.query import has_filings
from bot.answers.render import Answer
from bot.answers.spec import ChatContext
from bot.ingest import ingest_paths
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


def _is_tty(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def run_chat(store: Store, *, settings=None, stdin: TextIO | None = None, stdout: TextIO | None = None,
             today: dt.date | None = None, model: Any = None, load_samples: bool = True) -> int:
    """Read questions until EOF or 'quit'; print each answer. Returns the number of questions answered."""
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
        question = _pick(question, last, last_question) or question
        result = answer(question, store, context=context, today=today, settings=settings, model=model)
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

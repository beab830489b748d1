"""Answers to questions of several parts (``bot.answers.parts``): each part is answered as a question of
its own by the engine, then combined into one answer that leads with the comparison (both figures), the
"while" finding or each part's short answer, followed by each part's details and sources.

The figures of a comparison are the sums of the rows each part's own answer searched (``figures``): never
a number the parts do not show. A part that cannot be answered (a name not on file, a name to choose) is
said plainly, never compared as zero.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from bot.answers import lexicon, query
from bot.answers.budget import DEFAULT_SECONDS
from bot.answers.figures import (
    IN_DOLLARS,
    PRICED_KINDS,
    Figure,
    figure_of,
    found_rows,
    held_together,
    measure_of,
    part_spec,
    price_sentence,
    together_sentence,
    understood,
)
from bot.answers.held_compare import held_sentence
from bot.answers.parts import PRONOUN, Part, Plan, split_question
from bot.answers.render import Answer, merge
from bot.domain.text import issuer_label
from bot.domain.vocab import ROLE_LABELS, display_name
from storage.reader import Reader

__all__ = ["answer_if_plan", "answer_plan", "split_question", "merge"]

Ask = Callable[[str], Answer]
_PART_PRONOUN = re.compile(rf"\b(?:{lexicon.PRONOUNS})\b", re.I)
_NOT_FIGURES = ("address", "signer")  # parts answered with what filings say, not sums to compare
_PER_SHARE = re.compile(r"\bper\s+share\b|\ba\s+share\b|\b(?:avg|average)\s+(?:price|px)\b", re.I)
_YES_NO = re.compile(r"^(?:did|does|do|has|have|had|was|were|is|are|any)\b", re.I)
_ROLE_WORDS = {*ROLE_LABELS, *ROLE_LABELS.values(), "gc", "clo", "chairman", "chairwoman", "general counsel",
               "10% owner", "ten percent owner", "board member", "chief executive", "chief financial officer"}
_AGGREGATE_WORDS = re.compile(r"\b(?:total|how\s+(?:much|many)|biggest|largest|smallest|count|number\s+of|net|"
                              r"hold(?:s|ing|ings)?|held|latest|last|recent|did|does|was|were)\b", re.I)


def _who(result: Answer) -> tuple[str | None, str | None]:
    """The one insider and the one company a part's answer is about (None where it is not one)."""
    q = result.query or {}
    insider = q.get("insider") or {}
    company = q.get("company") or {}
    person = display_name(insider["names"][0]) if len(insider.get("names") or ()) == 1 else None
    role = ((q.get("spec") or {}).get("role"))
    if person is None and role:  # "the CEO (Jane A. Doe)": the role asked, and who it was when one person
        who = result.context.insider_label if result.context and result.context.insider_ciks else None
        person = f"the {ROLE_LABELS[role]}" + (f" ({who})" if who else "")
    firm = None
    if len(company.get("names") or ()) == 1:
        firm = issuer_label(company["names"][0], (company.get("tickers") or [None])[0])
    return person, firm


def _all_differ(values: list[str | None]) -> bool:
    return all(values) and len(set(values)) == len(values)


def labels_of(plan: Plan, results: list[Answer]) -> list[tuple[str, str]]:
    """How each part is named in the comparison, the first time and after that: by what tells the parts
    apart (the insider, the company, the time), the first time with whose it is: ('by Elon Musk', 'by Elon
    Musk'), ('by Reid Hoffman at ZYNGA INC (ZNGA)', 'at MICROSOFT CORP (MSFT)'), ('by Elon Musk in 2021',
    'in 2021')."""
    whos = [_who(r) for r in results]
    people, firms = [w[0] for w in whos], [w[1] for w in whos]
    one_person = people[0] if people[0] and len(set(people)) == 1 else None
    one_firm = firms[0] if firms[0] and len(set(firms)) == 1 else None
    shared = f"by {one_person}" if one_person else (f"at {one_firm}" if one_firm else "")
    labels = []
    for part, (person, firm) in zip(plan.parts, whos, strict=True):
        if part.slot == "name" and _all_differ(people):
            at = f" at {firm}" if person.startswith("the ") and firm and _all_differ(firms) else ""
            labels.append((f"by {person}{at}", f"by {person}{at}"))
        elif part.slot == "name" and _all_differ(firms):
            short = f"at {firm}"
            labels.append((f"{shared} {short}".strip(), short))
        elif part.slot == "measure" or _PART_PRONOUN.fullmatch(part.label.strip()):
            labels.append((shared, ""))  # "his gifts": whose is said by the shared name
        else:
            short = part.label if re.match(r"(?:in|on|during|for|from|since|over|thru|through|held)\b", part.label,
                                           re.I) else f"for {part.label}"
            labels.append((f"{shared} {short}".strip(), short))
    return labels


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if len(text) > 1 and text[0].isupper() and text[1].islower() else text


def _lead(result: Answer) -> str:
    """A part's answer in one sentence: its headline up to the list it introduces."""
    text = re.split(r";\s+showing|,\s+newest\s+first|:$", result.headline.strip())[0].rstrip(" :;,.")
    return text + "."


@dataclass
class Compared:
    """One part of a comparison: its answer, its figure (None when it was not understood), its labels."""

    question: str
    result: Answer
    figure: Figure | None
    first: str
    short: str
    unmatched: str | None = None  # words of the part that named nothing the answer used

    @property
    def measure(self) -> str:
        return measure_of(self.result)

    def priced(self) -> bool:
        spec = part_spec(self.result)
        return bool(spec and (spec.transaction in PRICED_KINDS or IN_DOLLARS.search(self.question)))


def compare_sentence(parts: list[Compared], by_shares: bool = False) -> str:
    """The comparison in one sentence with every figure; a part with no data or not understood said plainly."""
    by_value = not by_shares and all(p.priced() for p in parts)
    unclear = [p for p in parts if p.figure is None or p.unmatched]
    known = [p for p in parts if p not in unclear and p.figure.total.transactions]
    empty = [p for p in parts if p not in unclear and not p.figure.total.transactions]
    measure = parts[0].measure
    if unclear:
        why = f"“{unclear[0].unmatched}” was not matched to a company or insider" if unclear[0].unmatched \
            else _lead(unclear[0].result).rstrip(".")
        lead = f"I could not compare: the part “{unclear[0].question}” could not be answered ({why})."
        return " ".join([lead, *(f"{p.measure.capitalize()} {p.first}: {p.figure.words(by_value)}." for p in known)])
    if not known:
        nobody = "Neither" if len(parts) == 2 else "None of them"
        return f"{nobody} has {measure} on file: none {parts[0].first}" + "".join(
            f" and none {p.short}" for p in parts[1:]) + "."
    top, *rest = sorted(known, key=lambda p: -p.figure.amount(by_value))
    same_measure = len({p.measure for p in parts}) == 1
    if len(known) == 1:
        return (f"{top.measure.capitalize()} {top.first}: {top.figure.words(by_value)}; "
                + "; ".join(f"{p.short}: none on file" for p in empty) + f", so only one side has {measure}.")
    if all(p.figure.amount(by_value) == top.figure.amount(by_value) for p in rest):
        sentence = (f"{measure.capitalize()} {top.first} and {' and '.join(p.short for p in rest)} were the same: "
                    f"{top.figure.words(by_value)} each.")
    else:
        others = ", and ".join(f"{p.figure.words(by_value)} {_of_measure(p, same_measure)}".rstrip() for p in rest)
        sentence = (f"{top.measure.capitalize()} {top.first} were {'bigger' if len(known) == 2 else 'the biggest'}: "
                    f"{top.figure.words(by_value)}, vs {others}.")
        gap = top.figure.difference(rest[0].figure, by_value) if len(known) == 2 and same_measure else None
        if gap:
            sentence = f"{sentence[:-1]}: a difference of {gap}."
    if empty:
        sentence += " None on file " + " or ".join(p.short for p in empty) + "."
    return sentence


def _of_measure(part: Compared, same_measure: bool) -> str:
    """Which side a figure is: its label, with what it counts when the sides count different things (never
    "6 transactions in transactions")."""
    return part.short if same_measure or part.measure == "transactions" else f"in {part.measure} {part.short}"


def _totalled(question: str) -> str:
    """A comparison part asks for the sums (the figures compared) unless it asks for something else."""
    return question if _AGGREGATE_WORDS.search(question) else f"total {question}"


def _compare(plan: Plan, ask: Ask, conn: sqlite3.Connection) -> Answer:
    questions = [_totalled(p.question) for p in plan.parts]
    results = [ask(q) for q in questions]
    results = _roles_at_the_company(plan, questions, results, ask)
    labels = labels_of(plan, results)
    parts = [Compared(p.question, r, figure_of(conn, r), first, short, _unmatched(p, r))
             for p, r, (first, short) in zip(plan.parts, results, labels, strict=True)]
    if any(((p.result.query or {}).get("spec") or {}).get("ask") in _NOT_FIGURES for p in parts):
        return merge("Each side, as filed:", [(f"— {re.sub(r'^by ', '', p.first)}:", p.result) for p in parts])
    held = held_sentence(parts)  # "who held more": what each side holds, not its trades
    sections = [(f"— {'Holdings' if held else p.measure.capitalize()} {p.first}:".replace("  ", " "), p.result)
                for p in parts]
    by_price = all(_PER_SHARE.search(p.question) for p in plan.parts)  # "who got more per share"
    return merge(by_price and price_sentence(parts) or held or compare_sentence(parts, plan.by_shares), sections)


def _roles_at_the_company(plan: Plan, questions: list[str], results: list[Answer], ask: Ask) -> list[Answer]:
    """A part that names only a role ("the director's purchases") is about the one company the other parts
    name ("the EXRB CEO's sales vs the director's purchases")."""
    tickers = {_company_words(r) for r in results} - {None}
    if len(tickers) != 1:
        return results
    ticker = tickers.pop()
    out = []
    for part, question, result in zip(plan.parts, questions, results, strict=True):
        spec = part_spec(result)
        if spec is not None and spec.role and not (result.query or {}).get("company") and _only_a_role(part.label):
            result = ask(f"{question} at {ticker}")
        out.append(result)
    return out


def _unmatched(part: Part, result: Answer) -> str | None:
    """The words naming a part ("wave cfo") when its answer is about no company and no insider although
    they say more than a role: a name that was dropped, never to be compared as if it were all insiders."""
    q = result.query or {}
    if part.slot != "name" or q.get("company") or q.get("insider") or _only_a_role(part.label):
        return None
    role = (q.get("spec") or {}).get("role")
    if not role:
        return None  # not understood at all: the part's own answer says so
    words = [w for w in re.sub(r"'s?\b", "", part.label).split() if w.lower() not in _ROLE_WORDS | {"the"}]
    return " ".join(words) or None


def _only_a_role(words: str) -> bool:
    """'the director', "the CFO's": a role and nothing else (no word that may name a company)."""
    words = re.sub(r"^the\s+|'s?$", "", words.strip().lower())
    return words in _ROLE_WORDS


def _company_words(result: Answer) -> str | None:
    company = (result.query or {}).get("company")
    if not company or len(company.get("ciks") or ()) != 1:
        return None
    return (company.get("tickers") or company.get("names") or [None])[0]


def _while(plan: Plan, ask: Ask, conn: sqlite3.Connection) -> Answer:
    """The window (whose selling), then the main question inside the window's first and last day."""
    window_part, main_part = plan.parts
    undated = ask(main_part.question)
    if not understood(undated):
        return merge(f"I could not answer this: {_lead(undated)}", [(f"— {main_part.question}:", undated)])
    company = _company_words(undated)
    window = ask(_totalled(window_part.question + (f" at {company}" if company else "")))
    figure = figure_of(conn, window)
    trades = "purchases" if plan.window_buying else "sales"
    if figure is None or not figure.total.transactions:
        headline = f"I could not find {window_part.label} on file, so there is no window to look in: {_lead(window)}"
        return merge(headline, [(f"— {window_part.label}:", window), (f"— {main_part.question}, at any time:", undated)])
    dated = ask(f"{main_part.question} between {figure.total.first_date[:10]} and {figure.total.last_date[:10]}")
    found = found_rows(dated)
    who = _window_owner(window_part.label.rsplit("'s ", 1)[0], window)
    headline = (f"{'Yes' if found else 'No'}: while {who} was {'buying' if plan.window_buying else 'selling'} "
                f"({figure.span()}; {figure.words(not plan.window_buying or figure.total.priced > 0)}), "
                f"{_lower_first(_lead(dated))}")
    result = merge(headline, [(f"— {main_part.question}, {figure.span()}:", dated), (f"— {trades} by {who}:", window)])
    result.notes.append(f"(The window runs from the first to the last of these {trades} by {who} on file.)")
    return result


def _window_owner(subject: str, window: Answer) -> str:
    """Who traded in the window: 'the CEO (Jane A. Doe)' for a role, the name on file for a person."""
    person = window.context.insider_label if window.context and window.context.insider_ciks else None
    if not person:
        return subject
    return f"{subject} ({person})" if subject.lower().startswith("the ") else person


def _refer(question: str, previous: Answer) -> str:
    """'how much does he still hold' -> 'how much does Elon Musk still hold' (the person of the part before)."""
    who = previous.context.insider_label if previous.context else None
    if not who:
        return question

    def swap(m: re.Match) -> str:
        return f"{who}'s" if m.group(0).lower() in ("his", "her", "their") else who

    return PRONOUN.sub(swap, question, count=1)


def _both(plan: Plan, ask: Ask, conn: sqlite3.Connection) -> Answer:
    results: list[Answer] = []
    questions: list[str] = []
    for part in plan.parts:
        question = _refer(part.question, results[-1]) if part.refers_back and results else part.question
        questions.append(question)
        results.append(ask(question))
    headline = " ".join(_yes_no(q, r) + _in_all(conn, r) for q, r in zip(questions, results, strict=True))
    return merge(headline, [(f"— {q}:", r) for q, r in zip(questions, results, strict=True)])


def _sum(plan: Plan, ask: Ask, conn: sqlite3.Connection) -> Answer:
    """"… in 2021 and 2024 combined": each part's answer, led by what they come to together (trades or holdings)."""
    results = [ask(part.question) for part in plan.parts]
    figures = [figure_of(conn, r) for r in results]
    labels = " and ".join(p.label for p in plan.parts)
    headline = (together_sentence(labels, figures) if all(f is not None for f in figures) else None) or held_together(  # type: ignore[arg-type]
        labels, results) or "; ".join(_lead(r) for r in results)
    return merge(headline, [(f"— {p.label}:", r) for p, r in zip(plan.parts, results, strict=True)])


def _in_all(conn: sqlite3.Connection, result: Answer) -> str:
    """What a listed part comes to in all (" In all: $1,102,342,478.72 for 934,091 shares in 49 transactions."),
    when it lists several transactions of one kind; else nothing."""
    spec = part_spec(result)
    if spec is None or spec.aggregation != "list" or result.kind != "records" or len(result.records) < 2:
        return ""
    figure = figure_of(conn, result)
    if figure is None or figure.total.transactions < 2 or not figure.one_kind:
        return ""
    priced = spec.transaction in PRICED_KINDS and figure.total.priced == figure.total.transactions
    return f" In all: {figure.words(priced)}."


def _yes_no(question: str, result: Answer) -> str:
    """A part's short answer, led by yes or no when it asks "did ...?" and was understood."""
    lead = _lead(result)
    if not _YES_NO.match(question) or not understood(result) or (result.lines and not result.records):
        return lead  # (an answer of lines, not rows, says its own yes or no: "did he sign his own form")
    return f"Yes: {lead}" if found_rows(result) else f"No: {_lower_first(lead)}"


def answer_plan(plan: Plan, reader: Reader, ask: Ask) -> Answer:
    """The answer to a question of several parts from the rules: ``ask`` answers one question (the engine's
    ``answer`` with the same database, conversation and clock)."""
    asked: list[Answer] = []

    def ask_and_keep(question: str) -> Answer:
        asked.append(ask(question))
        return asked[-1]

    with query.connect(reader) as conn:
        combine = {"compare": _compare, "while": _while, "both": _both, "sum": _sum}[plan.combine]
        result = combine(plan, ask_and_keep, conn)
    result.query = {"plan": plan.combine, "parts": [a.query for a in asked]}
    result.context = asked[-1].context if asked else None
    return result


@dataclass(frozen=True)
class LlmSetup:
    """The engine's LLM settings for a question: ANSWER_MODE, LLM_MODEL, its timeout, an injected model."""

    mode: str
    model_name: str | None
    timeout: float
    model: object = None


@dataclass(frozen=True)
class RulesOnly:
    """Settings for answering a part: the rules path (the model, if any, works on the whole question)."""

    answer_mode: str = "rules"
    llm_model: str | None = None
    llm_timeout_seconds: float = 0.0
    answer_time_budget_seconds: float = DEFAULT_SECONDS


def answer_if_plan(question: str, reader: Reader, answer: Callable[..., Answer], *, context, today: dt.date,
                   llm: LlmSetup, budget_seconds: float = DEFAULT_SECONDS) -> Answer | None:
    """The answer when ``question`` has several parts (None otherwise): from the rules, or through the
    language model's tool loop when one is configured (the rules answer is its fallback). The parts share the
    question's time budget (one more share for the reads a "while" plan adds)."""
    plan = split_question(question)
    if plan is None:
        return None
    settings = RulesOnly(answer_time_budget_seconds=budget_seconds / (len(plan.parts) + 1))

    earlier: list[Answer] = []

    def ask(part: str) -> Answer:
        # "... compare with his gifts": a pronoun in a later part means whom the part before named.
        before = earlier[-1].context if earlier and _PART_PRONOUN.search(part) else None
        earlier.append(answer(part, reader, context=before or context, today=today, settings=settings))
        return earlier[-1]

    result = answer_plan(plan, reader, ask)
    if llm.mode != "rules" and (llm.model is not None or llm.model_name):
        from bot.answers.tools import word_with_tools

        word_with_tools(question, result, reader, llm, today=today)
    elif llm.mode == "llm":
        result.notes.append("Note: ANSWER_MODE is llm but LLM_MODEL is not set; answered with the rules.")
    return result


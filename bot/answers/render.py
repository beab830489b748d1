"""An answer as data: a headline, lines with their details, the records they cite, sources and notes, and
the plain text the terminal prints. Slack builds its blocks from the same structure. The renderers
(``render_records``, ``render_positions``, ``render_totals``) fill it from records.

An LLM's wording of an answer is kept only when every figure in it is one of the answer's own
(``unsupported_numbers``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answers.spec import ChatContext


@dataclass
class Source:
    label: str
    url: str | None
    filing_id: str


@dataclass
class Line:
    text: str
    details: list[str] = field(default_factory=list)
    record: int | None = None  # index into Answer.records
    source: int | None = None  # index into Answer.sources


@dataclass
class Answer:
    kind: str  # records | summary | holdings | insiders | no_match | ambiguous | help | error
    headline: str
    lines: list[Line] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    query: dict = field(default_factory=dict)
    records: list[dict] = field(default_factory=list)
    candidates: list[dict] = field(default_factory=list)
    context: ChatContext | None = None
    near_miss: bool = False  # nothing matched the question; the records are the closest that did happen

    @property
    def text(self) -> str:
        out: list[str] = []
        if self.headline and not (self.lines and self.lines[0].text == self.headline):
            out.append(self.headline)
        for i, line in enumerate(self.lines):
            out.append(line.text)
            out.extend(f"  {d}" for d in line.details)
            following = self.lines[i + 1].source if i + 1 < len(self.lines) else None
            if line.source is not None and line.source != following:
                src = self.sources[line.source]
                out.append(f"Source: {src.label}" + (f" · {src.url}" if src.url else ""))
        out.extend(self.notes)
        return "\n".join(out)

    def to_json(self) -> dict:
        return {
            "answer": self.text,
            "query": self.query,
            "records": self.records,
            "sources": [{"label": s.label, "url": s.url} for s in self.sources],
        }


def message(kind: str, headline: str, lines: list[str] | None = None, notes: list[str] | None = None,
            candidates: list[dict] | None = None) -> Answer:
    answer = Answer(kind, headline, [Line(t) for t in (lines or [])], notes=list(notes or []),
                    candidates=list(candidates or []))
    return answer


def preface(answer: Answer, text: str) -> Answer:
    """Put a caveat before the answer's own headline ("I don't have news; ..."); the answer, for chaining."""
    if answer.lines and answer.lines[0].text == answer.headline:
        answer.headline = text
        return answer
    own = answer.headline
    if len(own) > 1 and own[0].isupper() and own[1].islower() and text.endswith(":"):
        own = own[0].lower() + own[1:]
    answer.headline = f"{text} {own}"
    return answer


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NOT_FIGURES = re.compile(r"10b5-1|10b5|form\s+[345](?:/a)?|rule\s+\d+[a-z\d-]*|\bq[1-4]\b", re.I)


def numbers_in(text: str) -> set[float]:
    """Every number in a text, as floats ('$1,234.50' -> 1234.5); rule and form names are not figures."""
    cleaned = _NOT_FIGURES.sub(" ", text)
    out = set()
    for m in _NUMBER.finditer(cleaned):
        token = m.group(0).rstrip(",.")
        try:
            out.add(float(token.replace(",", "")))
        except ValueError:
            continue
    return out


def allowed_numbers(answer: Answer) -> set[float]:
    """Numbers an LLM may use: the structured fields of the records and the template's own sentences.

    Text copied from filings (footnotes, remarks) does not count: a figure that appears only there is
    data a model must not promote into the answer."""
    allowed = numbers_in(" ".join([answer.headline, *(line.text for line in answer.lines)]))

    def walk(value) -> None:
        if isinstance(value, bool) or value is None:
            return
        if isinstance(value, int | float):
            allowed.add(float(value))
            allowed.add(round(float(value), 2))
        elif isinstance(value, str):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
                year, month, day = value[:10].split("-")
                allowed.update({float(year), float(month), float(day)})
        elif isinstance(value, dict):
            for key, v in value.items():
                if key not in ("footnotes", "remarks"):
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(answer.records)
    return allowed


def unsupported_numbers(text: str, answer: Answer) -> set[float]:
    """Numbers in ``text`` that the records do not contain."""
    allowed = allowed_numbers(answer)
    return {n for n in numbers_in(text) if n not in allowed and round(n, 2) not in allowed}


def merge(headline: str, sections: list[tuple[str, Answer]], kind: str = "summary") -> Answer:
    """One answer from the parts' answers: the headline, then for each part a heading line, its headline and
    its lines (their records and sources renumbered), its notes once each."""
    out = Answer(kind, headline)
    for heading, part in sections:
        out.lines.append(Line(heading))
        if part.headline and not (part.lines and part.lines[0].text == part.headline):
            out.lines.append(Line(part.headline))
        record_base, source_base = len(out.records), len(out.sources)
        for line in part.lines:
            out.lines.append(Line(line.text, list(line.details),
                                  None if line.record is None else line.record + record_base,
                                  None if line.source is None else line.source + source_base))
        out.records.extend(part.records)
        out.sources.extend(part.sources)
        out.notes.extend(n for n in part.notes if n not in out.notes)
    return out

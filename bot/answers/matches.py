"""What resolving a name finds: an ``Entity`` (a stored company or reporting owner) and a ``Match`` (the words of a
question and the entities they name, how they were read)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entity:
    cik: str
    name: str
    ticker: str | None = None


@dataclass
class Match:
    """A resolved name: one entity, or several equally likely ones (ambiguous)."""

    text: str
    entities: list[Entity]
    words: set[int] = field(default_factory=set)
    via: str = "name"  # name | ticker | ticker_guess ("$DKGN": one keystroke from a stored ticker) | context
    several: bool = False  # the question names several companies ("TSLA and PLTR"): all of them, not a choice
    inexact: bool = False  # found by a close spelling ("Tecogn" -> Tecogen), not the words as written

    @property
    def ambiguous(self) -> bool:
        return len(self.entities) > 1 and not self.several

    @property
    def ciks(self) -> tuple[str, ...]:
        return tuple(e.cik for e in self.entities)

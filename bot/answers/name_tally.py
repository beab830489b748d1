"""Which entities match how many of a question's name words, found from the rarest word up.

A name word may be held by thousands of names ("international", a common first name): reading them all to
find the one entity that also holds the question's other words costs tens of milliseconds at a decade's
size. An entity that matches ``k`` of ``n`` words is among the hits of any ``n - k + 1`` of them, so the
entities matching the most words are found by listing the hits of the rarest ``n - k + 1`` words only and
asking every word about each of those candidates (``cik in hits``: the stored index reads the candidate's
name, not the word's entities). The groups come out most words first, each one complete, the order
``resolve._best`` reads them in; all the words' hits are listed only when one word is all that matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain

Hits = Mapping[str, set[str]]  # CIK -> the name tokens one question word matched


def size(found: Collection[str]) -> int:
    """How many entities a word's hits (or a restricting set) hold, as cheaply as known: the stored index
    and ``filers.Filers`` estimate without reading them."""
    estimate = getattr(found, "estimate", None)
    return estimate() if estimate is not None else len(found)


@dataclass
class Tally:
    """The question words' hits (position -> (hits, exactly written)), optionally only among ``restrict``
    (asked about the candidates that match enough words, or listed when fewer than they); per candidate
    read: the word positions it matched, the tokens they matched, how many exactly."""

    found: dict[int, tuple[Hits, bool]]
    restrict: Collection[str] | None = None
    words: dict[str, set[int]] = field(default_factory=dict)
    tokens: dict[str, set[str]] = field(default_factory=dict)
    exact: dict[str, int] = field(default_factory=dict)
    _asked: dict[str, tuple[int, int]] = field(default_factory=dict)  # CIK -> (words asked, missed)
    _outside: set[str] = field(default_factory=set)  # candidates not in ``restrict``

    def groups(self) -> Iterator[tuple[int, list[str]]]:
        """(k, every entity matching exactly k words), k from the most words down; empty groups skipped."""
        rarest = sorted(self.found, key=lambda i: size(self.found[i][0]))
        by_count: dict[int, list[str]] = defaultdict(list)
        for count in range(len(rarest), 0, -1):
            for cik in self._candidates(rarest[:len(rarest) - count + 1]):
                if cik in self.words or cik in self._outside:
                    continue
                if count > 1 and self._misses(cik, rarest, len(rarest) - count):
                    continue  # fewer than ``count`` words: read for a smaller group, if one is needed
                if self.restrict is not None and cik not in self.restrict:
                    self._outside.add(cik)
                    continue
                by_count[self._read(cik)].append(cik)
            if by_count[count]:
                yield count, by_count[count]

    def _misses(self, cik: str, rarest: list[int], allowed: int) -> bool:
        """Whether ``cik`` is missing from more than ``allowed`` words' hits. The rarest are asked first (the
        words whose hits were read answer at once, and most candidates miss one of them); a candidate asked
        again for a smaller group goes on from the word it stopped at."""
        at, missed = self._asked.get(cik, (0, 0))
        while at < len(rarest):
            missed += cik not in self.found[rarest[at]][0]
            at += 1
            if missed > allowed:
                self._asked[cik] = (at, missed)
                return True
        return False

    def _candidates(self, chosen: list[int]) -> Iterable[str]:
        """The entities in the hits of the words ``chosen``, or the restricting set when that is smaller."""
        if self.restrict is not None and size(self.restrict) <= sum(size(self.found[i][0]) for i in chosen):
            return sorted(self.restrict)
        return chain.from_iterable(self.found[i][0] for i in chosen)

    def _read(self, cik: str) -> int:
        used, tokens, exact = set(), set(), 0
        for i, (hits, is_exact) in self.found.items():
            toks = hits.get(cik)
            if toks is not None:
                used.add(i)
                tokens |= toks
                exact += int(is_exact)
        self.words[cik], self.tokens[cik], self.exact[cik] = used, tokens, exact
        return len(used)

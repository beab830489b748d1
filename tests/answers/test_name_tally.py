"""Which entities match how many name words (bot.answers.name_tally): the same groups as counting every
entity of every word, found without listing a word held by many names when rarer words settle it."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator, Mapping

import pytest

from bot.answers.name_tally import Tally


class Watched(Mapping[str, set[str]]):
    """A word's hits that record whether they were listed (iterated) or only asked about."""

    def __init__(self, hits: dict[str, set[str]]):
        self.hits, self.listed = hits, False

    def estimate(self) -> int:
        return len(self.hits)

    def __getitem__(self, cik: str) -> set[str]:
        return self.hits[cik]

    def __iter__(self) -> Iterator[str]:
        self.listed = True
        return iter(self.hits)

    def __len__(self) -> int:
        self.listed = True
        return len(self.hits)


def every_group(found: dict[int, tuple[Mapping[str, set[str]], bool]], restrict: set[str] | None
                ) -> list[tuple[int, list[str]]]:
    """The groups as counted by reading every word's every entity."""
    used: dict[str, set[int]] = defaultdict(set)
    for i, (hits, _) in found.items():
        for cik in dict(hits.items()):
            if restrict is None or cik in restrict:
                used[cik].add(i)
    by_count: dict[int, list[str]] = defaultdict(list)
    for cik, words in used.items():
        by_count[len(words)].append(cik)
    return [(count, sorted(by_count[count])) for count in sorted(by_count, reverse=True)]


def _random_words(rng: random.Random) -> dict[int, tuple[dict[str, set[str]], bool]]:
    entities = [f"{n:010d}" for n in range(rng.randrange(1, 60))]
    found = {}
    for i in range(rng.randrange(1, 6)):
        share = rng.choice((0.0, 0.02, 0.1, 0.5, 1.0))
        found[i] = ({cik: {f"t{i}", f"u{i}"} if rng.random() < 0.2 else {f"t{i}"} for cik in entities
                     if rng.random() < share}, rng.random() < 0.7)
    return found


@pytest.mark.parametrize("seed", range(300))
def test_the_groups_are_those_of_counting_every_entity(seed):
    rng = random.Random(seed)
    found = _random_words(rng)
    restrict = {f"{n:010d}" for n in range(60) if rng.random() < 0.3} if seed % 3 == 0 else None
    tally = Tally(found, restrict)
    groups = [(count, sorted(group)) for count, group in tally.groups()]
    assert groups == every_group(found, restrict)
    for _, group in groups:
        for cik in group:
            words = {i for i, (hits, _) in found.items() if cik in hits}
            assert tally.words[cik] == words
            assert tally.tokens[cik] == set().union(*(found[i][0][cik] for i in words))
            assert tally.exact[cik] == sum(found[i][1] for i in words)


def test_a_word_in_many_names_is_not_listed_when_a_rarer_word_settles_it():
    """"Acorn Dynamics International": 'international' is in 10,000 names; the one that also holds the
    rarer words is found by asking it about the rarer words' few candidates."""
    acorn = Watched({f"{n:010d}": {"acorn"} for n in range(0, 10_000, 100)})
    dynamics = Watched({f"{n:010d}": {"dynamics"} for n in range(0, 200)})
    international = Watched({f"{n:010d}": {"international"} for n in range(0, 10_000)})
    tally = Tally({0: (acorn, True), 1: (dynamics, True), 2: (international, True)})
    assert next(tally.groups()) == (3, ["0000000000", "0000000100"])
    assert not international.listed
    assert len(tally.words) < 10


def test_only_one_matching_word_lists_them_all():
    common = Watched({f"{n:010d}": {"international"} for n in range(500)})
    nothing = Watched({})
    tally = Tally({0: (common, True), 1: (nothing, True)})
    count, group = next(tally.groups())
    assert count == 1 and len(group) == 500 and common.listed


def test_a_few_restricting_entities_are_asked_instead_of_listing_the_words():
    """An insider among a company's filers: the filers are asked about, the words are not listed."""
    first = Watched({f"{n:010d}": {"alex"} for n in range(2_400)})
    last = Watched({f"{n:010d}": {"ashby"} for n in range(0, 2_400, 24)})
    tally = Tally({0: (first, True), 1: (last, True)}, restrict={"0000000024", "0000000025", "0009999999"})
    assert list(tally.groups()) == [(2, ["0000000024"]), (1, ["0000000025"])]
    assert not first.listed and not last.listed


class AskedFilers(set):
    """A restricting set that records which entities it was asked about and whether it was listed."""

    def __init__(self, ciks: set[str], about: int):
        super().__init__(ciks)
        self.about, self.asked, self.listed = about, set(), False

    def estimate(self) -> int:
        return self.about

    def __contains__(self, cik: object) -> bool:
        self.asked.add(cik)
        return super().__contains__(cik)

    def __iter__(self) -> Iterator[str]:
        self.listed = True
        return super().__iter__()


def test_a_restricting_set_is_asked_only_about_entities_that_match_enough_words():
    """"Alex Ashby" at a company with many filings: the company's filers are not listed; only the one
    candidate holding both words is asked about."""
    first = Watched({f"{n:010d}": {"alex"} for n in range(2_400) if n % 24 or n == 24})
    last = Watched({f"{n:010d}": {"ashby"} for n in range(0, 2_400, 24)})
    filers = AskedFilers({"0000000024", "0000000025"}, about=500)
    tally = Tally({0: (first, True), 1: (last, True)}, restrict=filers)
    assert next(tally.groups()) == (2, ["0000000024"])
    assert not filers.listed and filers.asked == {"0000000024"}

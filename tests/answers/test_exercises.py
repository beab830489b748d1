"""Option exercises as filed: a Table I exercise (code M or X) paired with its Table II row by filing, date and
shares; a miscoded Table II row (code A marked D) is read as the exercise, with the Table I price as the strike."""

from __future__ import annotations

import pytest

from bot.answers import query
from bot.answers.exercises import find_exercises
from bot.answers.filters import Filters
from bot.answers.resolve import Catalogs, resolve_texts
from storage.reader import reader_of

# insider -> (shares, strike, miscoded, strike from Table I) per exercise, newest first
EXERCISES = {
    "Kyle Moran": [(36_000, 8.17, True, True), (50_000, 10.48, True, True), (60_000, 2.83, True, True),
                   (100_000, 3.14, True, True), (50_000, 4.75, True, True)],
    "Michael Scarpelli": [(200_000, 8.88, False, False)],
    "Elon Musk": [(2_154_572, 6.24, False, False)],  # the 2010 warrant exercise (X) is not an option
}


@pytest.mark.parametrize("insider", list(EXERCISES))
def test_each_exercise_pairs_its_tables(insider: str, corpus_db) -> None:
    with query.connect(corpus_db) as conn:
        catalog = Catalogs().load(conn, reader_of(corpus_db))
        _, match = resolve_texts(None, insider, catalog, conn)
        found = find_exercises(conn, Filters(owner_ciks=match.ciks, kinds=("exercise",), security="option"))
    got = sorted((e.shares, e.strike, e.miscoded, e.strike_from_table_i) for e in found)
    assert got == sorted(EXERCISES[insider])
    assert all(e.stock is not None and e.option is not None for e in found)

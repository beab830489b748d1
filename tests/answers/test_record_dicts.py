"""A record as a dict (what answers carry and the JSON output prints) is exactly ``dataclasses.asdict`` of it, built
directly for speed (#12): every field, in field order, with containers of its own."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from bot.answers import query
from bot.answers.filters import Filters
from bot.answers.records import build_records


def _every_record(path: Path) -> list:
    with query.connect(path) as conn:
        rows = query.entries(conn, Filters(), limit=100_000, holdings=None)
        return build_records(conn, rows, Filters(role="ceo"))


def test_to_dict_is_asdict(samples_db: Path) -> None:
    records = _every_record(samples_db)
    assert records and any(r.footnotes for r in records) and any(r.owners for r in records)
    for rec in records:
        assert rec.to_dict() == dataclasses.asdict(rec)
        assert list(rec.to_dict()) == list(dataclasses.asdict(rec))


def test_to_dict_containers_are_the_callers_own(samples_db: Path) -> None:
    rec = next(r for r in _every_record(samples_db) if r.footnotes and r.owners)
    out = rec.to_dict()
    out["owners"][0]["roles"].append("changed")
    out["owners"].append({})
    for notes in out["footnotes"].values():
        notes[0]["text"] = "changed"
        notes.append({})
    assert rec.to_dict() == dataclasses.asdict(rec) != out


def test_to_dict_on_the_corpus(corpus_db: Path) -> None:
    for rec in _every_record(corpus_db):
        assert rec.to_dict() == dataclasses.asdict(rec)

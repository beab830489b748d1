"""``Filing.to_dict``: the README's JSON shape, the same as ``dataclasses.asdict`` less each row's table and
position, for every real filing; and a copy (changing it leaves the filing as it was)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from corpus import CORPUS

from bot.domain.filing import TABLE_FIELDS
from bot.ownership.parser import parse_path

FILES = sorted(CORPUS.glob("*.xml")) + sorted((Path(__file__).parents[2] / "bot" / "samples").glob("*.xml"))


def reference(filing) -> dict:
    data = dataclasses.asdict(filing)
    for name in TABLE_FIELDS:
        for row in data[name]:
            del row["table"], row["seq"]
    return data


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_to_dict_is_asdict_without_table_and_seq(path: Path) -> None:
    filing = parse_path(path)
    data = filing.to_dict()
    assert data == reference(filing)
    assert list(data) == list(reference(filing))  # keys in the same order, so the JSON is the same


def test_to_dict_is_a_copy() -> None:
    filing = parse_path(FILES[0])
    data = filing.to_dict()
    data["issuer"]["name"] = "changed"
    for name in TABLE_FIELDS:
        for row in data[name]:
            for ids in row["footnote_ids"].values():
                ids.append("F99")
    assert filing.to_dict() == reference(filing)

"""storage.rows.filing_of: a filing sent to the writer as rows only (the data-set import's reader process sends
no Filing objects) is built back from its rows into the very Filing it was read as, so the rare filing that must
go through store_filing (a data-set copy meeting its XML, a regenerated quarter) is stored as before."""

from __future__ import annotations

import pytest
from corpus import CORPUS
from test_dataset_reader import EXCERPTS, real_zip

from bench.dataset_import import write_quarter
from bot.datasets import open_dataset
from bot.domain.content_hash import content_hash
from bot.ownership.parser import parse_path
from storage.bulk import prepare
from storage.rows import filing_of

CORPUS_ZIP = CORPUS / "datasets" / "corpus_form345.zip"


def built_back(filing):
    p = prepare(filing, origin="dataset:2030q1", stamp="2030-01-01T00:00:00+00:00", keep=False)
    assert p.document is None
    return filing_of(p.filing, p.owner_rows, p.entry_rows, p.footnote_rows, p.signature_rows)


def assert_built_back(filings) -> int:
    for filing in filings:
        back = built_back(filing)
        assert back == filing
        assert content_hash(back) == filing.content_hash
    return len(filings)


def test_a_synthetic_quarter_is_built_back_from_its_rows(tmp_path):
    path = tmp_path / "2030q1_form345.zip"
    write_quarter(path, 400, 2030, 1, seed=1)
    assert assert_built_back(list(open_dataset(path).filings())) == 400


@pytest.mark.skipif(not CORPUS_ZIP.is_file(), reason="no shared corpus")
def test_the_corpus_by_both_roads_is_built_back_from_its_rows():
    assert assert_built_back(list(open_dataset(CORPUS_ZIP).filings())) == 44
    xml = [parse_path(p) for p in sorted(CORPUS.glob("*.xml"))]
    assert assert_built_back(xml) == len(xml) > 0


@pytest.mark.skipif(not EXCERPTS.is_dir(), reason="no real data-set excerpts")
def test_the_real_2024q3_excerpts_are_built_back_from_their_rows(tmp_path):
    assert assert_built_back(list(open_dataset(real_zip(tmp_path)).filings())) > 0

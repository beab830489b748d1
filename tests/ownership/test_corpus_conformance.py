"""Every real ownership document in the shared corpus parses with no element, value or footnote lost.

The corpus is ``../shared/form4-corpus`` next to the repository (or ``$INSIDERBOT_CORPUS``); the tests skip
when it is absent. The checks read the XML on their own (plain lxml, no parser code) and compare.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import pytest
from corpus import CORPUS, EDGAR_SAMPLES
from lxml import etree

from bot.domain.filing import Filing
from bot.ownership.parser import parse_path

CORPUS_FILES = sorted(CORPUS.glob("*.xml")) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not CORPUS_FILES, reason=f"no shared corpus at {CORPUS}")
each_corpus_file = pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)

ROW_ELEMENTS = {
    "nonDerivativeTransaction": "non_derivative_transactions",
    "nonDerivativeHolding": "non_derivative_holdings",
    "derivativeTransaction": "derivative_transactions",
    "derivativeHolding": "derivative_holdings",
}
DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$")
BOOLEAN = {"1": True, "0": False, "true": True, "false": False}


def _tree(path: Path):
    data = path.read_bytes()
    start = data.find(b"<?xml")
    return etree.fromstring(data[max(start, 0):], etree.XMLParser(resolve_entities=False, no_network=True))


def _leaves(element) -> list[tuple[str, str]]:
    """(element name, stripped text) of every non-empty text under ``element``, footnote ids excluded."""
    out = []
    for node in element.iter():
        if not isinstance(node.tag, str) or len(node):
            continue
        text = (node.text or "").strip()
        if text:
            name = node.getparent().tag if node.tag == "value" else node.tag
            out.append((name, text))
    return out


def _values(obj) -> list:
    """Every scalar in a parsed structure (dataclass dicts, lists, dict values), footnote id lists excluded."""
    if isinstance(obj, dict):
        return [v for key, value in obj.items() if key != "footnote_ids" for v in _values(value)]
    if isinstance(obj, list):
        return [v for item in obj for v in _values(item)]
    return [obj]


def _found(text: str, values: list) -> bool:
    """Is the XML text ``text`` among the parsed ``values``, compared by kind?"""
    strings = {v for v in values if isinstance(v, str)}
    if text in strings or (text.isdigit() and text.zfill(10) in strings):
        return True
    match = DATE.match(text)
    if match and match.group(1) in strings:
        return True
    if text.lower() in BOOLEAN and any(v is BOOLEAN[text.lower()] for v in values):
        return True
    try:
        number = float(text)
    except ValueError:
        return False
    return any(isinstance(v, float) and math.isclose(v, number, rel_tol=0, abs_tol=1e-9) for v in values)


def missing_values(root, filing: Filing) -> list[str]:
    """The XML leaf values that do not appear in the parsed filing, each row and owner checked on its own."""
    data = filing.to_dict()
    missing = []
    scoped = set()
    for tag, key in ROW_ELEMENTS.items():
        for element, row in zip(root.iter(tag), data[key], strict=False):
            scoped.add(element)
            missing += [f"{tag}/{name}={text!r}" for name, text in _leaves(element)
                        if not _found(text, _values(row))]
    for element, owner in zip(root.iter("reportingOwner"), data["reporting_owners"], strict=False):
        scoped.add(element)
        missing += [f"reportingOwner/{name}={text!r}" for name, text in _leaves(element)
                    if not _found(text, _values(owner))]
    rest = [v for key, value in data.items() if key not in {*ROW_ELEMENTS.values(), "reporting_owners"}
            for v in _values(value)]
    for child in root:
        if child not in scoped and child.tag not in ("nonDerivativeTable", "derivativeTable", "reportingOwner"):
            missing += [f"{name}={text!r}" for name, text in _leaves(child) if not _found(text, rest)]
    return missing


def footnote_references(element) -> Counter:
    return Counter(node.get("id").strip() for node in element.iter("footnoteId"))


def parsed_references(row) -> Counter:
    return Counter(fid for ids in row.footnote_ids.values() for fid in ids)


@needs_corpus
@each_corpus_file
def test_corpus_document_parses_with_every_element_counted(path):
    filing = parse_path(path)
    root = _tree(path)
    for tag, key in ROW_ELEMENTS.items():
        assert len(getattr(filing, key)) == len(list(root.iter(tag))), tag
    assert len(filing.reporting_owners) == len(list(root.iter("reportingOwner")))
    assert len(filing.footnotes) == len(list(root.iter("footnote")))
    assert len(filing.signatures) == len(list(root.iter("ownerSignature")))
    assert filing.document_type == root.findtext("documentType").strip()
    assert filing.issuer.cik == root.findtext("issuer/issuerCik").strip().zfill(10)
    assert len(filing.content_hash) == 40


@needs_corpus
@each_corpus_file
def test_corpus_document_loses_no_value(path):
    assert missing_values(_tree(path), parse_path(path)) == []


@needs_corpus
@each_corpus_file
def test_corpus_document_keeps_every_footnote_reference(path):
    filing = parse_path(path)
    root = _tree(path)
    for tag, key in ROW_ELEMENTS.items():
        rows = getattr(filing, key)
        for element, row in zip(root.iter(tag), rows, strict=True):
            assert parsed_references(row) == footnote_references(element), (tag, row.seq)
    outside_rows = sum(footnote_references(child).total() for child in root
                       if child.tag not in ("nonDerivativeTable", "derivativeTable"))
    assert outside_rows == 0
    for row in filing.rows:
        for ids in row.footnote_ids.values():
            assert set(ids) <= set(filing.footnotes), (row.table, row.seq, ids)


@needs_corpus
def test_the_value_check_notices_a_lost_value():
    path = CORPUS / "aapl-adams-gc-4-2022-05-04.xml"
    filing = parse_path(path)
    filing.non_derivative_transactions[2].price_per_share = None
    filing.footnotes.popitem()
    missing = missing_values(_tree(path), filing)
    assert any(item.startswith("nonDerivativeTransaction/transactionPricePerShare=") for item in missing)
    assert any(item.startswith("footnote=") for item in missing)


@needs_corpus
@pytest.mark.parametrize("sample, corpus_file, accession, accepted_at, filed_at", [
    ("form4-full-submission-0001127602-25-001055.txt", "air-garascia-gc-4-2025-01-10.xml",
     "0001127602-25-001055", "2025-01-10T16:07:30-05:00", "2025-01-10"),
    ("form4-dissemination-0001127602-25-004598.nc", "arw-lamercie-clo-4-2025-02-12.xml",
     "0001127602-25-004598", None, "2025-02-13"),
])
def test_edgar_sample_submissions_match_their_corpus_xml(sample, corpus_file, accession, accepted_at, filed_at):
    filing = parse_path(EDGAR_SAMPLES / sample)
    bare = parse_path(CORPUS / corpus_file)
    assert (filing.accession_number, filing.accepted_at, filing.filed_at) == (accession, accepted_at, filed_at)
    assert filing.content_hash == bare.content_hash
    meta = ("accession_number", "filed_at", "accepted_at", "source", "content_hash")
    assert ({k: v for k, v in filing.to_dict().items() if k not in meta}
            == {k: v for k, v in bare.to_dict().items() if k not in meta})


@needs_corpus
def test_corpus_hashes_are_distinct():
    hashes = [parse_path(path).content_hash for path in CORPUS_FILES]
    assert len(set(hashes)) == len(hashes)

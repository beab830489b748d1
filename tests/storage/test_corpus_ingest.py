"""The shared Form 3/4/5 corpus through the parser into the store: every row lands, re-ingesting is a
no-op down to the bytes, and the submission files re-key the bare XML copies to their accession.

The corpus is ``$INSIDERBOT_CORPUS`` or ``shared/form4-corpus`` beside the repository; skipped when absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import CORPUS, EDGAR_SAMPLES

from bot.ingest import ingest_paths
from bot.ownership.parser import parse_path
from storage.migrations import FTS_001

SUBMISSIONS = (sorted([*EDGAR_SAMPLES.glob("*.txt"), *EDGAR_SAMPLES.glob("*.nc")])
               if EDGAR_SAMPLES.is_dir() else [])

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no corpus at {CORPUS}")


@pytest.fixture
def bare_files() -> list[Path]:
    files = sorted(CORPUS.glob("*.xml"))
    assert len(files) >= 40
    return files


def counts(db) -> dict[str, int]:
    tables = ("issuers", "owners", "filings", "filing_owners", "entries", "footnotes", "signatures")
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def expected_counts(files: list[Path]) -> dict[str, int]:
    filings = {f.content_hash: f for f in map(parse_path, files)}.values()
    return {
        "issuers": len({f.issuer.cik for f in filings}),
        "owners": len({o.cik for f in filings for o in f.reporting_owners}),
        "filings": len(filings),
        "filing_owners": sum(len({o.cik for o in f.reporting_owners}) for f in filings),
        "entries": sum(len(f.rows) for f in filings),
        "footnotes": sum(len(f.footnotes) for f in filings),
        "signatures": sum(len(f.signatures) for f in filings),
    }


def dump(db) -> list[str]:
    return list(db.conn.iterdump())


def test_the_whole_corpus_ingests_and_reingests_unchanged(db, bare_files):
    report = ingest_paths(db, bare_files)
    assert report.rejected == []
    assert (report.new, report.unchanged, report.updated) == (len(bare_files), 0, 0)
    assert counts(db) == expected_counts(bare_files)

    before = dump(db)
    again = ingest_paths(db, bare_files)
    assert (again.new, again.unchanged, again.updated, again.rejected) == (0, len(bare_files), 0, [])
    assert dump(db) == before

    for table in FTS_001:
        db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.skipif(len(SUBMISSIONS) < 2, reason="no submission .txt/.nc samples")
def test_submissions_rekey_the_bare_copies_to_their_accession(db, bare_files):
    ingest_paths(db, bare_files)
    before = counts(db)

    report = ingest_paths(db, SUBMISSIONS)
    assert report.rejected == []
    assert (report.new, report.unchanged, report.updated) == (0, 0, len(SUBMISSIONS))
    assert counts(db) == before
    for path in SUBMISSIONS:
        parsed = parse_path(path)
        assert parsed.accession_number
        row = db["filings"].get(parsed.accession_number)
        assert (row["content_hash"], row["filed_at"], row["source"]) == (
            parsed.content_hash, parsed.filed_at, str(path))
        bare_id = f"sha1:{parsed.content_hash}"
        for table, column in (("filings", "id"), ("filing_owners", "filing_id"), ("entries", "filing_id"),
                              ("footnotes", "filing_id"), ("signatures", "filing_id")):
            assert db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [bare_id]).fetchone()[0] == 0

    # The whole folder (feeds and index pages included) a second time leaves the bytes as they were.
    first = ingest_paths(db, [CORPUS])
    assert first.new == 0 and first.updated == 0
    assert all(Path(source).parent == EDGAR_SAMPLES for source, _ in first.rejected)
    snapshot = dump(db)
    second = ingest_paths(db, [CORPUS])
    assert (second.new, second.unchanged, second.updated) == (0, first.unchanged, 0)
    assert second.rejected == first.rejected
    assert dump(db) == snapshot

"""Parse and ingest speed over the shared Form 3/4/5 corpus.

Run from the repository root: ``python -m bench.parse_ingest [--seconds 5] [--corpus DIR]``.

Three timed phases, each repeating the corpus for about ``--seconds``; both of ours are also printed
as a ratio to (1):

1. ``lxml.etree.fromstring`` of each file's bytes: the floor any parser built on lxml stands on;
2. our parser (``parse_document``) on the same bytes (target ≥ 0.30 of (1));
   (1) and (2) take turns round by round, so a busy machine slows both alike;
3. ingest: what ``insiderbot ingest`` does with each file's bytes (``parse_document``, then ``store_parsed``:
   one transaction per batch) into a fresh database file with every index and full-text trigger (target ≥ 500
   filings/s). Every round stores each corpus filing again under a new accession number and content
   hash, so every store is a new filing with all its rows, not an "unchanged" no-op.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from bot.ingest.files import IngestReport, ParsedFile, store_parsed
from bot.ownership.parser import parse_document
from storage.db import open_db
from tests.corpus import corpus_dir

PARSE_RATIO_TARGET = 0.30
INGEST_TARGET = 500.0


class Timing(NamedTuple):
    items: int
    wall: float      # seconds
    cpu: float       # CPU seconds of this process


def timed(seconds: float, *rounds) -> list[Timing]:
    """Call each ``round()`` (which returns how many items it did) in turn, timing each separately, until
    every one has run ``seconds``: the items, wall seconds and CPU seconds of each round function.
    Taking turns keeps the ratio between them fair on a busy machine."""
    done, wall, cpu = [0] * len(rounds), [0.0] * len(rounds), [0.0] * len(rounds)
    while min(wall) < seconds:
        for i, one_round in enumerate(rounds):
            start, start_cpu = time.perf_counter(), time.process_time()
            done[i] += one_round()
            wall[i] += time.perf_counter() - start
            cpu[i] += time.process_time() - start_cpu
    return [Timing(*figures) for figures in zip(done, wall, cpu, strict=True)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="time per phase (default 5)")
    parser.add_argument("--corpus", type=Path, default=corpus_dir())
    args = parser.parse_args()

    files = sorted(args.corpus.glob("*.xml"))
    if not files:
        print(f"no *.xml files in {args.corpus}", file=sys.stderr)
        return 2
    docs = [(str(p), p.read_bytes()) for p in files]
    megabytes = sum(len(data) for _, data in docs) / 1e6
    print(f"corpus: {len(docs)} XML files, {megabytes:.2f} MB ({args.corpus})")

    def lxml_round() -> int:
        for _, data in docs:
            etree.fromstring(data)
        return len(docs)

    def parse_round() -> int:
        for source, data in docs:
            parse_document(data, source)
        return len(docs)

    (lxml_docs, lxml_s, _), (parse_docs, parse_s, _) = timed(args.seconds, lxml_round, parse_round)
    rows_per_round = sum(len(parse_document(data, source).rows) for source, data in docs)
    round_no = 0

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")

        def ingest_round() -> int:
            nonlocal round_no
            round_no += 1
            parsed = []
            for n, (source, data) in enumerate(docs, start=1):
                filing = parse_document(data, source)
                filing.accession_number = f"9{round_no:09d}-26-{n:06d}"
                filing.content_hash = hashlib.sha1(f"{filing.content_hash}:{round_no}".encode()).hexdigest()
                filing.filed_at = "2026-01-02"
                parsed.append(ParsedFile(source, filing))
            report = IngestReport()
            store_parsed(db, parsed, report)
            if report.new != len(docs):
                raise RuntimeError(f"expected {len(docs)} new filings in round {round_no}: {report}")
            return len(docs)

        ((ingest_docs, ingest_s, ingest_cpu),) = timed(args.seconds, ingest_round)
        stored = db.execute("SELECT count(*) FROM filings").fetchone()[0]
        entries = db.execute("SELECT count(*) FROM entries").fetchone()[0]
        db.close()
    lxml_rate, parse_rate, ingest_rate = lxml_docs / lxml_s, parse_docs / parse_s, ingest_docs / ingest_s

    ratio = parse_rate / lxml_rate
    print(f"{'phase':<34}{'rate':>14}  target")
    print(f"{'lxml.etree.fromstring':<34}{lxml_rate:>9.0f} doc/s")
    print(f"{'parse_document':<34}{parse_rate:>9.0f} doc/s  ratio {ratio:.2f} "
          f"({'ok' if ratio >= PARSE_RATIO_TARGET else 'BELOW'} ≥ {PARSE_RATIO_TARGET:.2f})")
    print(f"{'ingest (parse + store, idx + FTS)':<34}{ingest_rate:>9.0f} filings/s  ratio {ingest_rate / lxml_rate:.3f} "
          f"({'ok' if ingest_rate >= INGEST_TARGET else 'BELOW'} ≥ {INGEST_TARGET:.0f}/s); "
          f"{ingest_rate * rows_per_round / len(docs):.0f} entries/s")
    print(f"{'  per CPU second of this process':<34}{ingest_docs / ingest_cpu:>9.0f} filings/s  "
          f"(wall/CPU {ingest_s / ingest_cpu:.2f}; well above 1 means a busy machine or slow disk)")
    print(f"ingest database at the end: {stored} filings, {entries} entries")
    return 0 if ratio >= PARSE_RATIO_TARGET and ingest_rate >= INGEST_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

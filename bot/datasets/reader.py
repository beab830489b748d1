"""A data-set zip → :class:`Filing` objects (or whatever a caller builds from each filing's records), streamed,
with the problems met on the way.

The files of a quarter are not sorted by accession number, so a filing's records are gathered before it is
built. SUBMISSION (one short record per filing) is read first and kept, each filing given one of ``buckets``
groups (ranges of accession numbers); each other file is then read once, its records sent to their filing's
bucket, and the filings are built a bucket at a time, in accession order. A small zip is one bucket held in memory; a quarter (about 50 to 100 MB unzipped) is spread
over scratch files of about ``BUCKET_BYTES`` each, so at most one bucket's records are in memory at once.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import re
import tempfile
import zipfile
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from bot.datasets import tables as t
from bot.datasets import tsv
from bot.datasets.assemble import FilingSource, Plans, build_filing
from bot.datasets.tsv import Record
from bot.domain.filing import Filing

BUCKET_BYTES = 12_000_000  # unzipped bytes per bucket: a tenth of the 500 MB the import may use, and then some
_QUARTER = re.compile(r"(\d{4}q[1-4])", re.IGNORECASE)
T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    """Something in the zip that was not imported as it stands: a file, a line (None for a whole file),
    why, and the filing it concerns when known. ``warning`` for what does not leave a filing out (a missing
    table, a duplicate record)."""

    file: str
    line: int | None
    reason: str
    accession: str | None = None
    warning: bool = False

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file} line {self.line}"
        about = f" (filing {self.accession})" if self.accession else ""
        return f"{where}: {self.reason}{about}"


def quarter_label(path: str | os.PathLike[str]) -> str:
    """``2023q3`` for ``2023q3_form345.zip``; else the file name without ``_form345`` and extension."""
    name = Path(path).name
    match = _QUARTER.search(name)
    if match:
        return match.group(1).lower()
    stem = Path(name).stem
    return stem[: -len("_form345")] if stem.lower().endswith("_form345") else stem


def _members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The table files by table name (``SUBMISSION``), wherever they sit in the zip."""
    found = {}
    for info in archive.infolist():
        base = info.filename.rsplit("/", 1)[-1]
        stem, _, ext = base.rpartition(".")
        if ext.lower() in ("tsv", "txt") and stem.upper() in t.TABLES and not info.is_dir():
            found.setdefault(stem.upper(), info)
    return found


def _buckets_of(accessions: Iterable[str], buckets: int) -> dict[str, int]:
    """The bucket of each filing: ranges of accession numbers of about the same number of filings, so that
    the filings come out in accession order, the order of the store's keys (``filings.id`` and every index
    that starts with the filing): the writer inserts each batch into neighbouring pages of those indexes
    rather than into pages all over them."""
    ordered = sorted(accessions)
    return {accession: n * buckets // len(ordered) for n, accession in enumerate(ordered)}


@dataclass
class _Scan:
    """What the first pass keeps: every SUBMISSION record by accession (those wanted), the bucket of each
    (those wanted), and all accessions."""

    submissions: dict[str, Record] = field(default_factory=dict)
    bucket_of: dict[str, int] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)


class Dataset:
    """One data-set zip being read. ``filings()`` yields each readable filing once; ``problems`` fills as it
    goes (complete when ``filings()`` is exhausted)."""

    def __init__(self, path: str | os.PathLike[str], *, issuer_ciks: Iterable[str] | None = None,
                 bucket_bytes: int = BUCKET_BYTES) -> None:
        self.path = Path(path)
        self.label = quarter_label(self.path)
        self.issuer_ciks = None if issuer_ciks is None else {c.strip().zfill(10) for c in issuer_ciks}
        self.bucket_bytes = bucket_bytes
        self.problems: list[Problem] = []
        self.has_aff10b5one: bool | None = None  # known once SUBMISSION's header is read

    def _text(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[Record]:
        with archive.open(info) as raw:
            yield from tsv.read_records(raw)

    def _layout(self, table: str, info: zipfile.ZipInfo, records: Iterator[Record]) -> t.Layout | None:
        file = info.filename.rsplit("/", 1)[-1]
        head = next(records, None)
        if head is None or not head[1].strip():
            self.problems.append(Problem(file, None, "empty file: read as no rows", warning=True))
            return None
        layout = t.layout_of(table, file, head[1])
        if layout.index("ACCESSION_NUMBER") is None:
            self.problems.append(Problem(file, 1, "no ACCESSION_NUMBER column: read as no rows", warning=True))
            return None
        return layout

    def _scan_submissions(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                          buckets: int) -> tuple[t.Layout | None, _Scan]:
        scan = _Scan()
        records = self._text(archive, info)
        layout = self._layout(t.SUBMISSION, info, records)
        if layout is None:
            return None, scan
        self.has_aff10b5one = layout.index("AFF10B5ONE") is not None
        issuer = layout.index("ISSUERCIK")
        for record in records:
            accession = tsv.accession_of(record[1])
            if accession in scan.known:
                self.problems.append(Problem(layout.file, record[0], "accession listed twice: the first kept",
                                             accession, warning=True))
                continue
            scan.known.add(accession)
            if self.issuer_ciks is not None and issuer is not None:
                values = tsv.fields(record[1])
                if len(values) > issuer and values[issuer].strip().zfill(10) not in self.issuer_ciks:
                    continue
            scan.submissions[accession] = record
        scan.bucket_of = _buckets_of(scan.submissions, buckets)
        return layout, scan

    def sourced(self) -> Iterator[tuple[Filing, FilingSource]]:
        """Each readable filing with the records it was built from."""
        return self.built(lambda source: (build_filing(*source), source))

    def filings(self) -> Iterator[Filing]:
        for filing, _ in self.sourced():
            yield filing

    def built(self, build: Callable[[FilingSource], T]) -> Iterator[T]:
        """``build(source)`` of each filing's records (:class:`FilingSource`), in the order :meth:`filings`
        gives them; a filing whose ``build`` raises :class:`~bot.datasets.tables.RowError` is left out and
        reported (``build_filing`` raises it for the first record it cannot read)."""
        with zipfile.ZipFile(self.path) as archive:
            members = _members(archive)
            for table in t.TABLES:
                if table not in members:
                    self.problems.append(Problem(f"{table}.tsv", None, "not in the zip: read as no rows",
                                                 warning=True))
            if t.SUBMISSION not in members:
                return
            total = sum(info.file_size for info in members.values())
            buckets = max(1, math.ceil(total / self.bucket_bytes))
            layout, scan = self._scan_submissions(archive, members[t.SUBMISSION], buckets)
            if layout is None:
                return
            with tempfile.TemporaryDirectory(prefix="insiderbot-dataset-") as scratch:
                store = _Buckets(Path(scratch), buckets)
                layouts = {t.SUBMISSION: layout}
                for table in t.TABLES[1:]:
                    if table in members:
                        child = self._spread(archive, table, members[table], scan, store)
                        if child is not None:
                            layouts[table] = child
                try:
                    plans = Plans.of(layouts)
                except ValueError as error:  # a row table without its key column
                    self.problems.append(Problem(t.SUBMISSION, None, str(error)))
                    return
                yield from self._build(plans, scan, store, build)

    def _spread(self, archive: zipfile.ZipFile, table: str, info: zipfile.ZipInfo, scan: _Scan,
                store: _Buckets) -> t.Layout | None:
        """Each record of ``table`` to its filing's bucket, read a block at a time (the loop below is most of
        the time before the first filing can be built: kept to a dictionary look-up and an append)."""
        with archive.open(info) as raw:
            blocks = tsv.record_blocks(raw)
            first = next(blocks, [])
            layout = self._layout(table, info, iter(first))
            if layout is None:
                return None
            with store.writer(table) as piles:
                appends = [pile.append for pile in piles]
                accession_of, bucket_of, known = tsv.accession_of, scan.bucket_of.get, scan.known
                for block in itertools.chain((first[1:],), blocks):
                    for record in block:
                        text = record[1]
                        accession = text[:20] if text[20:21] == "\t" else accession_of(text)
                        bucket = bucket_of(accession)
                        if bucket is not None:
                            appends[bucket](record)
                        elif accession not in known:
                            self.problems.append(Problem(
                                layout.file, record[0], f"no SUBMISSION record for accession {accession!r}: left out"))
                    store.flush(table, piles)
        return layout

    def _build(self, plans: Plans, scan: _Scan, store: _Buckets,
               build: Callable[[FilingSource], T]) -> Iterator[T]:
        by_bucket: dict[int, list[str]] = defaultdict(list)
        for accession, number in scan.bucket_of.items():
            by_bucket[number].append(accession)
        for number in range(store.count):
            children = store.read(number)
            for accession in sorted(by_bucket.get(number, ())):
                parts = {table: records[accession] for table, records in children.items() if accession in records}
                source = FilingSource(plans, scan.submissions[accession], parts)
                try:
                    yield build(source)
                except t.RowError as error:
                    self.problems.append(Problem(error.file, error.line, error.reason + ": filing left out",
                                                 accession))


class _Buckets:
    """Records grouped by bucket and table: in memory for one bucket, in scratch files for more (per table
    and bucket: a file of the texts one after the other, with their line numbers and lengths kept in memory in
    two arrays, 16 bytes a record, so that no character is taken to separate records)."""

    def __init__(self, folder: Path, count: int) -> None:
        self.folder, self.count = folder, count
        self.memory: dict[str, list[Record]] = {}
        self.files: dict[str, list] = {}  # table → its scratch file for each bucket, while being spread
        self.lines: dict[tuple[str, int], array] = defaultdict(lambda: array("q"))
        self.lengths: dict[tuple[str, int], array] = defaultdict(lambda: array("q"))

    def path(self, table: str, number: int) -> Path:
        return self.folder / f"{table}.{number}"

    @contextlib.contextmanager
    def writer(self, table: str) -> Iterator[list[list[Record]]]:
        """``with store.writer(table) as piles:`` append each record to ``piles[bucket]``, calling
        :meth:`flush` now and then."""
        piles: list[list[Record]] = [[] for _ in range(self.count)]
        if self.count == 1:
            yield piles
            self.memory[table] = piles[0]
            return
        with contextlib.ExitStack() as stack:
            self.files[table] = [stack.enter_context(open(self.path(table, n), "w", encoding="utf-8", newline=""))
                                 for n in range(self.count)]
            yield piles
            self.flush(table, piles)
            del self.files[table]

    def flush(self, table: str, piles: list[list[Record]]) -> None:
        """The records piled up so far to the scratch files (none while everything stays in memory)."""
        if self.count == 1:
            return
        for number, (file, pile) in enumerate(zip(self.files[table], piles, strict=True)):
            if pile:
                texts = [record[1] for record in pile]
                file.write("".join(texts))
                self.lines[table, number].extend([record[0] for record in pile])
                self.lengths[table, number].extend(map(len, texts))
                pile.clear()

    def _records(self, table: str, number: int) -> list[Record]:
        path = self.path(table, number)
        with open(path, encoding="utf-8", newline="") as handle:
            data = handle.read()
        path.unlink()
        lines, lengths = self.lines.pop((table, number)), self.lengths.pop((table, number))
        ends = list(itertools.accumulate(lengths))
        return list(zip(lines, map(data.__getitem__, map(slice, [0, *ends[:-1]], ends)), strict=True))

    def read(self, number: int) -> dict[str, dict[str, list[Record]]]:
        """The records of bucket ``number``: by table, by accession, in the order read."""
        if self.count == 1:
            tables, self.memory = self.memory, {}
        else:
            tables = {table: self._records(table, number) for table, n in sorted(self.lines) if n == number}
        out: dict[str, dict[str, list[Record]]] = {}
        accession_of = tsv.accession_of
        for table, records in tables.items():
            grouped: dict[str, list[Record]] = defaultdict(list)
            for record in records:
                text = record[1]
                grouped[text[:20] if text[20:21] == "\t" else accession_of(text)].append(record)
            out[table] = grouped
        return out


def open_dataset(path: str | os.PathLike[str], *, issuer_ciks: Iterable[str] | None = None) -> Dataset:
    """A data-set zip ready to be read: ``for filing in ds.filings(): ...``, then ``ds.problems``."""
    return Dataset(path, issuer_ciks=issuer_ciks)

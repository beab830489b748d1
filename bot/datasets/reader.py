"""A data-set zip → :class:`Filing` objects, streamed, with the problems met on the way.

The files of a quarter are not sorted by accession number, so a filing's records are gathered before it is
built. SUBMISSION (one short record per filing) is read first and kept; each other file is then read once,
its records sent to one of ``buckets`` groups by a hash of their accession number, and the filings are built
a bucket at a time. A small zip is one bucket held in memory; a quarter (about 50 MB unzipped) is spread
over temporary files of about ``BUCKET_BYTES`` each, so at most one bucket's records are in memory at once.
"""

from __future__ import annotations

import io
import math
import os
import re
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.datasets import tables as t
from bot.datasets import tsv
from bot.datasets.assemble import FilingSource, Plans, build_filing
from bot.datasets.tsv import Record
from bot.domain.filing import Filing

BUCKET_BYTES = 12_000_000  # unzipped bytes per bucket: a tenth of the 500 MB the import may use, and then some
_QUARTER = re.compile(r"(\d{4}q[1-4])", re.IGNORECASE)
_SEP_RECORD, _SEP_LINE = "\x1e", "\x1f"  # not allowed in XML 1.0, so never in a field


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


def _bucket(accession: str, buckets: int) -> int:
    """The bucket of a filing's records: any spread will do, as long as it is the same all through one read
    (one process), so Python's own string hash, the cheapest."""
    return hash(accession) % buckets if buckets > 1 else 0


@dataclass
class _Scan:
    """What the first pass keeps: every SUBMISSION record by accession (those wanted) and all accessions."""

    submissions: dict[str, Record] = field(default_factory=dict)
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
            yield from tsv.records(io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline=""))

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

    def _scan_submissions(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[t.Layout | None, _Scan]:
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
        return layout, scan

    def sourced(self) -> Iterator[tuple[Filing, FilingSource]]:
        """Each readable filing with the records it was built from."""
        with zipfile.ZipFile(self.path) as archive:
            members = _members(archive)
            for table in t.TABLES:
                if table not in members:
                    self.problems.append(Problem(f"{table}.tsv", None, "not in the zip: read as no rows",
                                                 warning=True))
            if t.SUBMISSION not in members:
                return
            layout, scan = self._scan_submissions(archive, members[t.SUBMISSION])
            if layout is None:
                return
            total = sum(info.file_size for info in members.values())
            buckets = max(1, math.ceil(total / self.bucket_bytes))
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
                yield from self._build(plans, scan, store)

    def filings(self) -> Iterator[Filing]:
        for filing, _ in self.sourced():
            yield filing

    def _spread(self, archive: zipfile.ZipFile, table: str, info: zipfile.ZipInfo, scan: _Scan,
                store: _Buckets) -> t.Layout | None:
        records = self._text(archive, info)
        layout = self._layout(table, info, records)
        if layout is None:
            return None
        with store.writer(table) as put:
            accession_of, submissions, known = tsv.accession_of, scan.submissions, scan.known
            for record in records:
                accession = accession_of(record[1])
                if accession in submissions:
                    put(accession, record)
                elif accession not in known:
                    self.problems.append(Problem(layout.file, record[0],
                                                 f"no SUBMISSION record for accession {accession!r}: left out"))
        return layout

    def _build(self, plans: Plans, scan: _Scan, store: _Buckets) -> Iterator[tuple[Filing, FilingSource]]:
        by_bucket: dict[int, list[str]] = defaultdict(list)
        for accession in scan.submissions:
            by_bucket[_bucket(accession, store.count)].append(accession)
        for number in range(store.count):
            children = store.read(number)
            for accession in sorted(by_bucket.get(number, ())):
                parts = {table: records[accession] for table, records in children.items() if accession in records}
                source = FilingSource(plans, scan.submissions[accession], parts)
                try:
                    yield build_filing(*source), source
                except t.RowError as error:
                    self.problems.append(Problem(error.file, error.line, error.reason + ": filing left out",
                                                 accession))


class _Buckets:
    """Records grouped by bucket and table: in memory for one bucket, in scratch files for more."""

    def __init__(self, folder: Path, count: int) -> None:
        self.folder, self.count = folder, count
        self.memory: dict[str, dict[str, list[Record]]] = defaultdict(lambda: defaultdict(list))

    def _path(self, table: str, number: int) -> Path:
        return self.folder / f"{table}.{number}"

    def writer(self, table: str):
        return _BucketWriter(self, table)

    def read(self, number: int) -> dict[str, dict[str, list[Record]]]:
        if self.count == 1:
            memory, self.memory = self.memory, defaultdict(lambda: defaultdict(list))
            return memory
        out: dict[str, dict[str, list[Record]]] = {}
        for path in self.folder.glob(f"*.{number}"):
            grouped: dict[str, list[Record]] = defaultdict(list)
            for chunk in path.read_text(encoding="utf-8").split(_SEP_RECORD):
                if chunk:
                    line, _, text = chunk.partition(_SEP_LINE)
                    grouped[tsv.accession_of(text)].append((int(line), text))
            out[path.stem] = grouped
            path.unlink()
        return out


class _BucketWriter:
    """``with store.writer(table) as put: put(accession, record)``."""

    def __init__(self, store: _Buckets, table: str) -> None:
        self.store, self.table = store, table
        self.files: list = []

    def __enter__(self):
        store = self.store
        if store.count == 1:
            grouped = store.memory[self.table]
            return lambda accession, record: grouped[accession].append(record)
        self.files = [open(store._path(self.table, n), "w", encoding="utf-8") for n in range(store.count)]
        writes, count = [handle.write for handle in self.files], store.count

        def put(accession: str, record: Record) -> None:
            writes[hash(accession) % count](f"{record[0]}{_SEP_LINE}{record[1]}{_SEP_RECORD}")  # _bucket
        return put

    def __exit__(self, *exc) -> None:
        for handle in self.files:
            handle.close()


def open_dataset(path: str | os.PathLike[str], *, issuer_ciks: Iterable[str] | None = None) -> Dataset:
    """A data-set zip ready to be read: ``for filing in ds.filings(): ...``, then ``ds.problems``."""
    return Dataset(path, issuer_ciks=issuer_ciks)

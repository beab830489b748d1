"""Reading one tab-separated file of a data set, streamed: records with their line numbers, then fields.

The SEC writes one record per line, tab-separated, and wraps a field holding ``"`` in double quotes with
inner quotes doubled (CSV style); no other field is quoted. A quoted field could hold a tab or a line break,
so a record is a line joined with the next ones while its count of ``"`` is odd (quotes come in pairs
inside a closed field). Fields are split on tabs directly when the record holds no quote (nearly all of
them), otherwise with the ``csv`` module.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator

csv.field_size_limit(1 << 24)

# A record: (where it starts in its file, the header being line 1; its raw text without the line end).
# A plain tuple: a quarter has a million of them.
Record = tuple[int, str]


def records(lines: Iterable[str]) -> Iterator[Record]:
    """Records of a file read as text lines (a BOM and CR/LF line ends are dropped)."""
    lines = iter(lines)
    head = next(lines, None)
    if head is None:
        return
    if head.startswith("\ufeff"):
        head = head[1:]
    pending: list[str] = []
    start = 0
    for number, line in enumerate(itertools.chain((head,), lines), start=1):
        line = line.rstrip("\r\n")
        if pending:
            pending.append(line)
            if line.count('"') % 2:
                yield start, "\n".join(pending)
                pending = []
        elif '"' in line and line.count('"') % 2:
            pending, start = [line], number
        elif line or number == 1:
            yield number, line
    if pending:
        yield start, "\n".join(pending)


def fields(text: str) -> list[str]:
    """The fields of one record; quoted fields unwrapped with their doubled quotes made single."""
    if '"' not in text:
        return text.split("\t")
    return next(csv.reader(io.StringIO(text, newline=""), delimiter="\t", quotechar='"', strict=False))


def accession_of(text: str) -> str:
    """The first field of a record (the accession number is never quoted)."""
    if text[20:21] == "\t":  # ##########-##-######
        return text[:20]
    end = text.find("\t")
    return (text if end < 0 else text[:end]).strip()


def header(text: str) -> list[str]:
    return [name.strip().upper() for name in fields(text)]

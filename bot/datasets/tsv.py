"""Reading one tab-separated file of a data set, streamed: records with their line numbers, then fields.

The SEC writes one record per line, tab-separated, and wraps a field holding ``"`` in double quotes with
inner quotes doubled (CSV style); no other field is quoted. A quoted field could hold a tab or a line break,
so a record is a line joined with the next ones while its count of ``"`` is odd (quotes come in pairs
inside a closed field). Fields are split on tabs directly when the record holds no quote (nearly all of
them), otherwise with the ``csv`` module. :func:`records` reads text lines one at a time (the specification);
:func:`record_blocks` gives the same records from a binary file a large block at a time, at half the cost.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterable, Iterator
from typing import BinaryIO

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


BLOCK_BYTES = 1 << 20  # read and decoded at a time by record_blocks


def _lines(raw: BinaryIO, block: int) -> Iterator[list[str]]:
    """The text lines of a binary file, a block at a time (lists of lines without their ends): UTF-8 decoded
    with bad bytes replaced, a line ending at LF, CR LF or a lone CR, as ``TextIOWrapper(..., newline="")``
    iterates them, at a fraction of the cost per line."""
    decode = codecs.getincrementaldecoder("utf-8")("replace").decode
    rest = ""
    while True:
        data = raw.read(block)
        text = rest + decode(data, final=not data)
        held = ""
        if data and text.endswith("\r"):  # perhaps the first half of a \r\n: decided with the next block
            text, held = text[:-1], "\r"
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        rest = lines.pop() + held
        if lines:
            yield lines
        if not data:
            if rest:
                yield [rest]
            return


def record_blocks(raw: BinaryIO, block: int = BLOCK_BYTES) -> Iterator[list[Record]]:
    """:func:`records` of a binary file (a zip member), read in large blocks and given a block at a time: the
    same records, line numbers included, at about half the cost (a quarter has a million records)."""
    pending: list[str] = []
    start = number = 0
    for lines in _lines(raw, block):
        if number == 0 and lines[0].startswith("\ufeff"):
            lines[0] = lines[0][1:]
        found: list[Record] = []
        for line in lines:
            number += 1
            if pending:
                pending.append(line)
                if line.count('"') % 2:
                    found.append((start, "\n".join(pending)))
                    pending = []
            elif '"' in line and line.count('"') % 2:
                pending, start = [line], number
            elif line or number == 1:
                found.append((number, line))
        if found:
            yield found
    if pending:
        yield [(start, "\n".join(pending))]


def read_records(raw: BinaryIO, block: int = BLOCK_BYTES) -> Iterator[Record]:
    """:func:`record_blocks` one record at a time."""
    return itertools.chain.from_iterable(record_blocks(raw, block))


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

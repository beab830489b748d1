"""The SEC's quarterly Insider Transactions Data Sets on EDGAR: which quarter holds which days, where its
zip is published (either of two directories), and getting it to disk once.

A quarter's zip (``2023q3_form345.zip``) is under ``/files/structureddata/...`` or, for the newest
quarters, ``/files/datastandardsinnovation/...``: a 404 in one directory is normal, a 404 in both means
the quarter is not published (yet). A zip is downloaded streaming to the data folder, with its size,
SHA-256 and validators kept by the caller; given those again, :func:`fetch_zip` sends a conditional GET,
so an unchanged zip is not sent twice. A zip that is not a complete archive is removed and reported.
"""

from __future__ import annotations

import hashlib
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Literal, NamedTuple

from bot.edgar.client import EdgarClient, EdgarContentError
from bot.edgar.transfer import Validators

DATASET_DIRECTORIES = (
    "files/structureddata/data/insider-transactions-data-sets",
    "files/datastandardsinnovation/data/insider-transactions-data-sets",
)


class Quarter(NamedTuple):
    """A calendar quarter, as the data sets name it (``2023q3``)."""

    year: int
    number: int

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, label: str) -> Quarter:
        year, _, number = label.lower().partition("q")
        return cls(int(year), int(number))

    @property
    def label(self) -> str:
        return f"{self.year}q{self.number}"

    @property
    def file_name(self) -> str:
        return f"{self.label}_form345.zip"

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    def __str__(self) -> str:
        return self.label


FIRST_QUARTER = Quarter(2006, 1)   # the data sets start with 2006q1


def quarters_touching(first: date, last: date) -> list[Quarter]:
    """Every quarter holding at least one day of ``first``..``last``, oldest first."""
    quarters, quarter = [], Quarter.of(first)
    while quarter.first_day <= last:
        quarters.append(quarter)
        quarter = quarter.next()
    return quarters


def dataset_urls(base_url: str, quarter: Quarter) -> list[str]:
    """The quarter's zip under each directory it may be published in, the usual one first."""
    return [f"{base_url.rstrip('/')}/{folder}/{quarter.file_name}" for folder in DATASET_DIRECTORIES]


@dataclass(frozen=True)
class KnownZip:
    """A zip downloaded before: where from, where it is kept, what it was, and its validators."""

    url: str
    path: Path
    size: int
    sha256: str
    validators: Validators


@dataclass(frozen=True)
class ZipFetch:
    """What :func:`fetch_zip` did: ``downloaded`` (new or changed), ``unchanged`` (the copy on disk is
    current: nothing was sent) or ``unpublished`` (404 in every directory)."""

    quarter: Quarter
    status: Literal["downloaded", "unchanged", "unpublished"]
    zip: KnownZip | None = None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def on_disk(known: KnownZip | None) -> bool:
    """Whether the zip recorded as ``known`` is still on disk as it was downloaded."""
    if known is None or not known.path.is_file() or known.path.stat().st_size != known.size:
        return False
    return sha256_of(known.path) == known.sha256


def locate(client: EdgarClient, quarter: Quarter, *, stop: threading.Event | None = None) -> tuple[str, int | None] | None:
    """(URL, size) of the quarter's zip from HEAD requests, trying each directory; None when unpublished."""
    for url in dataset_urls(client.base_url, quarter):
        probe = client.probe(url, stop=stop)
        if probe.found:
            return url, probe.size
    return None


def fetch_zip(client: EdgarClient, quarter: Quarter, folder: Path, known: KnownZip | None = None, *,
              first_url: str | None = None, stop: threading.Event | None = None,
              on_bytes: Callable[[int, int | None], None] | None = None) -> ZipFetch:
    """The quarter's zip in ``folder``: a conditional GET when ``known`` is still on disk, else a download.

    The URL it came from (or ``first_url``) is asked first, then the other directory. Raises
    EdgarContentError (the file removed) when what came is not a complete zip, EdgarError when the
    download failed for good, Stopped when ``stop`` was set (no half file is left)."""
    current = known if on_disk(known) else None
    urls = dataset_urls(client.base_url, quarter)
    preferred = [u for u in (known.url if known else None, first_url) if u]
    for url in dict.fromkeys(preferred + urls):
        validators = current.validators if current is not None and url == current.url else None
        result = client.download(url, folder / quarter.file_name, validators=validators, stop=stop,
                                 on_bytes=on_bytes)
        if result.status == "not_found":
            continue
        if result.status == "not_modified" and current is not None:
            return ZipFetch(quarter, "unchanged", current)
        if result.path is None or result.sha256 is None:
            raise EdgarContentError("a 304 for a file not asked for conditionally", url=url, status=304)
        check_zip(result.path, url)
        return ZipFetch(quarter, "downloaded",
                        KnownZip(url, result.path, result.size, result.sha256, result.validators))
    return ZipFetch(quarter, "unpublished")


def check_zip(path: Path, url: str) -> None:
    """EdgarContentError (and the file removed) unless ``path`` is a zip whose every member reads back
    with its CRC: a zip cut short is never imported half-way."""
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        path.unlink(missing_ok=True)
        raise EdgarContentError(f"not a complete zip: {exc}", url=url, status=200) from None
    if bad is not None:
        path.unlink(missing_ok=True)
        raise EdgarContentError(f"not a complete zip: {bad} does not read back", url=url, status=200)

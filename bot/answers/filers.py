"""The insiders who filed at a company, asked about one insider at a time.

An insider named together with a company is looked for first among the company's filers. Reading them
all means reading every filing of the company (a few hundred scattered rows at a decade's size, several
milliseconds cold); asking whether one candidate filed there reads that candidate's filings only. Name
resolution asks about the few candidates its words leave (``bot.answers.name_tally``), and lists the
filers when they are fewer than the candidates, or once it has asked about a few dozen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence, Set

from bot.answers import query
from storage.sql import marks

_ASK_UP_TO = 32  # owners asked about one at a time; past these, the filers are listed


class Filers(Set[str]):
    """The CIKs of the owners who filed at ``issuer_ciks`` (``query.owners_of_issuers``), read on demand."""

    def __init__(self, conn: sqlite3.Connection, issuer_ciks: Sequence[str]):
        self.conn, self.issuer_ciks = conn, tuple(issuer_ciks)
        self._all: set[str] | None = None
        self._asked: dict[str, bool] = {}
        self._filings: int | None = None

    def __contains__(self, cik: object) -> bool:
        if not isinstance(cik, str):
            return False
        if self._all is None and cik not in self._asked and len(self._asked) >= _ASK_UP_TO:
            self._list()  # asked about many: one read of them all costs less
        if self._all is not None:
            return cik in self._all
        if cik not in self._asked:
            self._asked[cik] = self.conn.execute(
                f"SELECT 1 FROM filing_owners fo JOIN filings f ON f.id = fo.filing_id "
                f"WHERE fo.owner_cik = ? AND f.issuer_cik IN ({marks(self.issuer_ciks)}) LIMIT 1",
                (cik, *self.issuer_ciks)).fetchone() is not None
        return self._asked[cik]

    def estimate(self) -> int:
        """About how many they are, without reading them: the companies' filings (one owner each, mostly)."""
        if self._all is not None:
            return len(self._all)
        if self._filings is None:
            self._filings = self.conn.execute(
                f"SELECT count(*) FROM filings WHERE issuer_cik IN ({marks(self.issuer_ciks)})",
                self.issuer_ciks).fetchone()[0]
        return self._filings

    def __iter__(self) -> Iterator[str]:
        return iter(self._list())

    def __len__(self) -> int:
        return len(self._list())

    def _list(self) -> set[str]:
        if self._all is None:
            self._all = query.owners_of_issuers(self.conn, self.issuer_ciks)
        return self._all

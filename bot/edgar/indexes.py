"""EDGAR daily (and quarterly) index files: ``form.*.idx`` (fixed width) and ``master.*.idx`` (pipes).

A filing is listed once per CIK it names, so the same accession number comes back on several rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.edgar.feed import OWNERSHIP_FORMS

_FORM_ROW = re.compile(
    r"^(?P<left>.*?)\s+(?P<cik>\d+)\s+(?P<date>\d{8}|\d{4}-\d{2}-\d{2})\s+(?P<file>edgar/\S+)\s*$"
)
_ACCESSION = re.compile(r"(\d{10}-\d{2}-\d{6})\.txt$")


class IndexFormatError(ValueError):
    """The bytes are not an EDGAR index file."""


@dataclass(frozen=True)
class IndexRow:
    form: str
    company: str
    cik: str             # without leading zeros
    date_filed: date
    filename: str        # edgar/data/<cik>/<accession>.txt

    @property
    def accession(self) -> str | None:
        match = _ACCESSION.search(self.filename)
        return match.group(1) if match else None


def _date(text: str) -> date:
    text = text.strip()
    if "-" in text:
        return date.fromisoformat(text)
    return date(int(text[0:4]), int(text[4:6]), int(text[6:8]))


def parse_index(data: bytes) -> list[IndexRow]:
    """Every row of a form or master index (detected from its column header)."""
    text = data.decode("latin-1")
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if line.startswith("CIK|Company Name|Form Type|Date Filed|File"):
            return _master_rows(lines[number + 1:])
        if line.startswith("Form Type") and "Company Name" in line and "File Name" in line:
            return _form_rows(lines[number + 1:], line.index("Company Name"))
    raise IndexFormatError("no 'Form Type ... File Name' or 'CIK|Company Name|...' column header")


def _master_rows(lines: list[str]) -> list[IndexRow]:
    rows = []
    for line in lines:
        parts = line.split("|")
        if len(parts) != 5 or not parts[0].strip().isdigit():
            continue
        cik, company, form, filed, filename = (part.strip() for part in parts)
        try:
            rows.append(IndexRow(form, company, str(int(cik)), _date(filed), filename))
        except ValueError:
            continue
    return rows


def _form_rows(lines: list[str], company_column: int) -> list[IndexRow]:
    rows = []
    for line in lines:
        match = _FORM_ROW.match(line)
        if match is None:
            continue
        left = match["left"]
        if len(left) > company_column and left[company_column - 1] == " ":
            form, company = left[:company_column].strip(), left[company_column:].strip()
        else:
            form, _, company = left.partition("  ")
            form, company = form.strip(), company.strip()
        try:
            rows.append(IndexRow(form, company, str(int(match["cik"])), _date(match["date"]), match["file"]))
        except ValueError:
            continue
    return rows


def ownership_rows(rows: list[IndexRow]) -> dict[str, list[IndexRow]]:
    """Forms 3/4/5 and amendments grouped by accession number (one group per filing)."""
    grouped: dict[str, list[IndexRow]] = {}
    for row in rows:
        accession = row.accession
        if row.form in OWNERSHIP_FORMS and accession:
            grouped.setdefault(accession, []).append(row)
    return grouped

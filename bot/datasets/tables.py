"""The eight tables of a data set and how their columns map to the fields of a :class:`Filing`.

Each column comes from the XML element of the same meaning, so it lands in the field the XML parser fills
(``bot.ownership.parser``): ``TRANS_SHARES`` → ``shares`` (``transactionShares``), ``UNDLYNG_SEC_SHARES`` →
``underlying_shares``, and so on. Each ``<COLUMN>_FN`` lists the footnote ids of that field. The footnotes of
the transaction-coding cell (``EQUITY_SWAP_TRANS_CD_FN``; in the holding tables ``TRANS_FORM_TYPE_FN``) are
those the parser files under ``transaction_code``, the field of a footnote placed in ``<transactionCoding>``.
Columns are found by their header name, never by position; a column a file lacks reads as empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.datasets import tsv
from bot.datasets.values import (
    BadValue,
    Converter,
    as_cik,
    as_date,
    as_flag,
    as_float,
    as_text,
    footnote_ids,
    relationship_flags,
)
from bot.domain.filing import DOCUMENT_TYPES, TableName

SUBMISSION = "SUBMISSION"
REPORTINGOWNER = "REPORTINGOWNER"
FOOTNOTES = "FOOTNOTES"
OWNER_SIGNATURE = "OWNER_SIGNATURE"
# Row tables: file → (Filing table name, surrogate key column).
ROW_TABLES: dict[str, tuple[TableName, str]] = {
    "NONDERIV_TRANS": ("non_derivative_transaction", "NONDERIV_TRANS_SK"),
    "NONDERIV_HOLDING": ("non_derivative_holding", "NONDERIV_HOLDING_SK"),
    "DERIV_TRANS": ("derivative_transaction", "DERIV_TRANS_SK"),
    "DERIV_HOLDING": ("derivative_holding", "DERIV_HOLDING_SK"),
}
# Every table, SUBMISSION first (it defines the filings), the others in the readme's order.
TABLES = (SUBMISSION, REPORTINGOWNER, *ROW_TABLES, FOOTNOTES, OWNER_SIGNATURE)

# SUBMISSION column → (Filing field, converter). AFF10B5ONE is absent from older downloads: then unknown.
SUBMISSION_COLUMNS: dict[str, tuple[str, Converter]] = {
    "PERIOD_OF_REPORT": ("period_of_report", as_date),
    "DATE_OF_ORIG_SUB": ("date_of_original_submission", as_date),
    "NO_SECURITIES_OWNED": ("no_securities_owned", as_flag),
    "NOT_SUBJECT_SEC16": ("not_subject_to_section16", as_flag),
    "FORM3_HOLDINGS_REPORTED": ("form3_holdings_reported", as_flag),
    "FORM4_TRANS_REPORTED": ("form4_transactions_reported", as_flag),
    "REMARKS": ("remarks", as_text),
    "AFF10B5ONE": ("aff10b5one", as_flag),
}
OWNER_COLUMNS: dict[str, str] = {
    "RPTOWNERNAME": "name",
    "RPTOWNER_TITLE": "officer_title",
    "RPTOWNER_TXT": "other_text",
    "RPTOWNER_STREET1": "street1",
    "RPTOWNER_STREET2": "street2",
    "RPTOWNER_CITY": "city",
    "RPTOWNER_STATE": "state",
    "RPTOWNER_ZIPCODE": "zip_code",
    "RPTOWNER_STATE_DESC": "state_description",
}
# Row-table value columns → (TableRow field, converter); the same name means the same in all four tables.
ROW_COLUMNS: dict[str, tuple[str, Converter]] = {
    "SECURITY_TITLE": ("security_title", as_text),
    "TRANS_DATE": ("transaction_date", as_date),
    "DEEMED_EXECUTION_DATE": ("deemed_execution_date", as_date),
    "TRANS_FORM_TYPE": ("transaction_form_type", as_text),
    "TRANS_CODE": ("transaction_code", as_text),
    "EQUITY_SWAP_INVOLVED": ("equity_swap_involved", as_flag),
    "TRANS_TIMELINESS": ("transaction_timeliness", as_text),
    "TRANS_SHARES": ("shares", as_float),
    "TRANS_TOTAL_VALUE": ("total_value", as_float),
    "TRANS_PRICEPERSHARE": ("price_per_share", as_float),
    "TRANS_ACQUIRED_DISP_CD": ("acquired_disposed", as_text),
    "CONV_EXERCISE_PRICE": ("conversion_or_exercise_price", as_float),
    "EXCERCISE_DATE": ("exercise_date", as_date),  # sic, in DERIV_TRANS
    "EXERCISE_DATE": ("exercise_date", as_date),  # in DERIV_HOLDING
    "EXPIRATION_DATE": ("expiration_date", as_date),
    "UNDLYNG_SEC_TITLE": ("underlying_security_title", as_text),
    "UNDLYNG_SEC_SHARES": ("underlying_shares", as_float),
    "UNDLYNG_SEC_VALUE": ("underlying_value", as_float),
    "SHRS_OWND_FOLWNG_TRANS": ("shares_owned_following", as_float),
    "VALU_OWND_FOLWNG_TRANS": ("value_owned_following", as_float),
    "DIRECT_INDIRECT_OWNERSHIP": ("direct_indirect", as_text),
    "NATURE_OF_OWNERSHIP": ("nature_of_ownership", as_text),
}
# Footnote columns whose field is not the one their name starts with.
FOOTNOTE_FIELD_EXCEPTIONS = {
    "EQUITY_SWAP_TRANS_CD_FN": "transaction_code",
    "EQUITY_SWAP_INVOLVED_FN": "transaction_code",  # the metadata json's name for the same column
    "TRANS_FORM_TYPE_FN": "transaction_code",
}


class RowError(Exception):
    """A record that cannot be read: its file, line and why. The filing it belongs to is left out."""

    def __init__(self, file: str, line: int, reason: str) -> None:
        super().__init__(f"{file} line {line}: {reason}")
        self.file, self.line, self.reason = file, line, reason


@dataclass(frozen=True)
class Layout:
    """One file's header: its name, width and where each column is."""

    table: str
    file: str
    columns: dict[str, int]
    width: int

    def index(self, column: str) -> int | None:
        return self.columns.get(column)

    def split(self, record: tsv.Record) -> list[str]:
        text = record[1]
        values = text.split("\t") if '"' not in text else tsv.fields(text)
        if len(values) != self.width:
            raise RowError(self.file, record[0], f"{len(values)} fields where the header has {self.width}")
        return values


def layout_of(table: str, file: str, header_text: str) -> Layout:
    names = tsv.header(header_text)
    return Layout(table, file, {name: i for i, name in enumerate(names) if name}, len(names))


@dataclass(frozen=True)
class RowPlan:
    """For one row table: where its value columns and footnote columns are."""

    table: TableName
    key: int
    values: tuple[tuple[int, str, Converter, str], ...]  # (index, field, converter, column)
    footnotes: tuple[tuple[int, str], ...]  # (index, field)


def row_plan(layout: Layout) -> RowPlan:
    table, key_column = ROW_TABLES[layout.table]
    key = layout.index(key_column)
    if key is None:
        raise ValueError(f"{layout.file} has no {key_column} column")
    values = tuple((i, ROW_COLUMNS[c][0], ROW_COLUMNS[c][1], c)
                   for c, i in layout.columns.items() if c in ROW_COLUMNS)
    fields_by_column = {c: f for c, (f, _) in ROW_COLUMNS.items()}
    notes = []
    for column, i in layout.columns.items():
        if not column.endswith("_FN"):
            continue
        field = FOOTNOTE_FIELD_EXCEPTIONS.get(column) or fields_by_column.get(column[:-3])
        if field is not None:
            notes.append((i, field))
    return RowPlan(table, key, values, tuple(notes))


def read_values(values: Sequence[str], plan: Sequence[tuple[int, str, Converter, str]], file: str,
                line: int) -> dict:
    """The non-empty values of a record converted by ``plan`` into a field → value mapping."""
    out: dict = {}
    try:
        for i, field, convert, column in plan:
            text = values[i]
            if text:
                out[field] = text if convert is as_text else convert(text, column)
    except BadValue as error:
        raise RowError(file, line, str(error)) from None
    return out


def read_footnote_ids(values: Sequence[str], plan: Sequence[tuple[int, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for i, field in plan:
        text = values[i]
        if text:
            if field in out:
                out[field].extend(footnote_ids(text))
            else:
                ids = footnote_ids(text)
                if ids:
                    out[field] = ids
    return out


def document_type(text: str, file: str, line: int) -> str:
    value = text.upper().replace(" ", "")
    if value not in DOCUMENT_TYPES:
        raise RowError(file, line, f"unknown DOCUMENT_TYPE {text!r} (expected 3, 4, 5 or x/A)")
    return value


def cik(text: str, column: str, file: str, line: int) -> str:
    try:
        return as_cik(text, column)
    except BadValue as error:
        raise RowError(file, line, str(error)) from None


def relationships(text: str) -> dict[str, bool]:
    return relationship_flags(text)

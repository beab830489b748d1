"""Plain dataclasses for one parsed ownership filing (Form 3, 4, 5 and their amendments).

The parser fills these; storage and the answer engine read them. Field names are the snake_case
names of the EDGAR ``ownershipDocument`` elements, so the JSON printed by ``insiderbot parse`` and the
database columns use the same words a reader of the SEC specification knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

TableName = Literal[
    "non_derivative_transaction",
    "non_derivative_holding",
    "derivative_transaction",
    "derivative_holding",
]

TABLE_NAMES: tuple[TableName, ...] = (
    "non_derivative_transaction",
    "non_derivative_holding",
    "derivative_transaction",
    "derivative_holding",
)
# The Filing fields holding the rows of each table, in the same order.
TABLE_FIELDS: tuple[str, ...] = (
    "non_derivative_transactions",
    "non_derivative_holdings",
    "derivative_transactions",
    "derivative_holdings",
)

# documentType of Forms 3, 4, 5 and their amendments; EDGAR lists the filings under the same form types.
DOCUMENT_TYPES = frozenset({"3", "3/A", "4", "4/A", "5", "5/A"})


@dataclass
class Issuer:
    cik: str
    name: str | None = None
    trading_symbol: str | None = None
    foreign_trading_symbol: str | None = None


@dataclass
class ReportingOwner:
    cik: str
    name: str | None = None
    street1: str | None = None
    street2: str | None = None
    city: str | None = None
    state: str | None = None
    zip_code: str | None = None
    state_description: str | None = None
    non_us_address_flag: bool | None = None
    non_us_state_territory: str | None = None
    country: str | None = None
    is_director: bool = False
    is_officer: bool = False
    is_ten_percent_owner: bool = False
    is_other: bool = False
    officer_title: str | None = None
    other_text: str | None = None


@dataclass
class TableRow:
    """One row of any of the four tables; fields that do not apply to a table stay None."""

    table: TableName
    seq: int
    security_title: str | None = None
    transaction_date: str | None = None
    deemed_execution_date: str | None = None
    transaction_form_type: str | None = None
    transaction_code: str | None = None
    equity_swap_involved: bool | None = None
    transaction_timeliness: str | None = None
    shares: float | None = None
    price_per_share: float | None = None
    acquired_disposed: str | None = None
    shares_owned_following: float | None = None
    value_owned_following: float | None = None
    direct_indirect: str | None = None
    nature_of_ownership: str | None = None
    conversion_or_exercise_price: float | None = None
    exercise_date: str | None = None
    expiration_date: str | None = None
    underlying_security_title: str | None = None
    underlying_shares: float | None = None
    underlying_value: float | None = None
    total_value: float | None = None
    footnote_ids: dict[str, list[str]] = field(default_factory=dict)

    @property
    def is_derivative(self) -> bool:
        return self.table.startswith("derivative")

    @property
    def is_holding(self) -> bool:
        return self.table.endswith("holding")


@dataclass
class Signature:
    name: str | None
    date: str | None


@dataclass
class Filing:
    document_type: str
    issuer: Issuer
    reporting_owners: list[ReportingOwner]
    schema_version: str | None = None
    period_of_report: str | None = None
    date_of_original_submission: str | None = None
    not_subject_to_section16: bool | None = None
    no_securities_owned: bool | None = None
    form3_holdings_reported: bool | None = None
    form4_transactions_reported: bool | None = None
    aff10b5one: bool | None = None
    remarks: str | None = None
    non_derivative_transactions: list[TableRow] = field(default_factory=list)
    non_derivative_holdings: list[TableRow] = field(default_factory=list)
    derivative_transactions: list[TableRow] = field(default_factory=list)
    derivative_holdings: list[TableRow] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)
    signatures: list[Signature] = field(default_factory=list)
    accession_number: str | None = None
    filed_at: str | None = None
    accepted_at: str | None = None
    source: str | None = None
    content_hash: str | None = None

    @property
    def rows(self) -> list[TableRow]:
        """Every row of the four tables, in document order per table."""
        return (
            self.non_derivative_transactions
            + self.non_derivative_holdings
            + self.derivative_transactions
            + self.derivative_holdings
        )

    @property
    def is_amendment(self) -> bool:
        return self.document_type.endswith("/A")

    def to_dict(self) -> dict:
        """The JSON shape documented in the README (``insiderbot parse``): what ``dataclasses.asdict`` gives,
        without each row's ``table`` and ``seq``, built directly (``asdict`` deep-copies every value and
        was most of the time of a whole ``insiderbot parse`` run)."""
        data = dict(self.__dict__)
        data["issuer"] = dict(self.issuer.__dict__)
        data["reporting_owners"] = [dict(owner.__dict__) for owner in self.reporting_owners]
        for name in TABLE_FIELDS:
            data[name] = [_row_dict(row) for row in data[name]]
        data["footnotes"] = dict(self.footnotes)
        data["signatures"] = [dict(signature.__dict__) for signature in self.signatures]
        return data


def _row_dict(row: TableRow) -> dict:
    data = dict(row.__dict__)
    del data["table"], data["seq"]
    data["footnote_ids"] = {key: list(ids) for key, ids in row.footnote_ids.items()}
    return data

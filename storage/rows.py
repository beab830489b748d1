"""The rows a filing is stored as: one ``filings`` row, its ``filing_owners``, ``entries`` (the four tables),
``footnotes`` and ``signatures``, as tuples in the column order of the INSERT statements here. Shared by the
one-filing path (``storage.writes``) and the batch path for new filings (``storage.bulk``)."""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Sequence

from bot.domain.filing import (
    TABLE_FIELDS,
    TABLE_NAMES,
    Filing,
    Issuer,
    ReportingOwner,
    Signature,
    TableRow,
)
from bot.domain.links import source_or_index, stored_source

_ACCESSION_DIGITS = re.compile(r"^\d{18}$")


def normalize_accession(accession_number: str | None) -> str | None:
    """``0001127602-25-001055`` whether given with or without dashes; None stays None."""
    if accession_number is None:
        return None
    value = accession_number.strip()
    if _ACCESSION_DIGITS.match(value):
        return f"{value[:10]}-{value[10:12]}-{value[12:]}"
    return value or None


def flag(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def signed_at(filing: Filing) -> str | None:
    dates = [s.date for s in filing.signatures if s.date]
    return max(dates) if dates else None


def form_of(document_type: str) -> str:
    return document_type.strip().upper().split("/", 1)[0]


def insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


FILING_COLUMNS = (
    "id", "accession_number", "content_hash", "document_type", "form", "is_amendment",
    "schema_version", "period_of_report", "date_of_original_submission", "not_subject_to_section16",
    "no_securities_owned", "form3_holdings_reported", "form4_transactions_reported", "aff10b5one",
    "remarks", "issuer_cik", "issuer_name", "issuer_trading_symbol", "issuer_foreign_trading_symbol",
    "filed_at", "accepted_at", "signed_at", "source", "ingested_at", "origin",
)
INSERT_FILING = insert_sql("filings", FILING_COLUMNS)
# Columns that come from the document itself (everything but the key, header and bookkeeping).
CONTENT_COLUMNS = (
    "content_hash", "document_type", "form", "is_amendment", "schema_version", "period_of_report",
    "date_of_original_submission", "not_subject_to_section16", "no_securities_owned",
    "form3_holdings_reported", "form4_transactions_reported", "aff10b5one", "remarks", "issuer_cik",
    "issuer_name", "issuer_trading_symbol", "issuer_foreign_trading_symbol", "signed_at",
)

OWNER_COLUMNS = (
    "filing_id", "owner_cik", "seq", "name", "street1", "street2", "city", "state", "zip_code",
    "state_description", "non_us_address_flag", "non_us_state_territory", "country", "is_director",
    "is_officer", "is_ten_percent_owner", "is_other", "officer_title", "other_text",
)
INSERT_OWNER = insert_sql("filing_owners", OWNER_COLUMNS)

ENTRY_VALUE_FIELDS = (
    "security_title", "transaction_date", "deemed_execution_date", "transaction_form_type",
    "transaction_code", "equity_swap_involved", "transaction_timeliness", "shares", "price_per_share",
    "acquired_disposed", "shares_owned_following", "value_owned_following", "direct_indirect",
    "nature_of_ownership", "conversion_or_exercise_price", "exercise_date", "expiration_date",
    "underlying_security_title", "underlying_shares", "underlying_value", "total_value",
)
# The stored columns of a table row; ``id`` ('<filing id>:<table>:<seq>') and ``table_name`` are generated from
# them (migration m012, ``storage.compact``).
ENTRY_COLUMNS = ("filing_id", "seq", "is_derivative", "is_holding", "issuer_cik", *ENTRY_VALUE_FIELDS, "footnote_ids")
INSERT_ENTRY = insert_sql("entries", ENTRY_COLUMNS)
INSERT_FOOTNOTE = insert_sql("footnotes", ("filing_id", "footnote_id", "text"))
INSERT_SIGNATURE = insert_sql("signatures", ("filing_id", "seq", "name", "date"))


def filing_row(fid: str, filing: Filing, ingested_at: str, origin: str) -> tuple:
    issuer = filing.issuer
    return (
        fid, normalize_accession(filing.accession_number), filing.content_hash, filing.document_type,
        form_of(filing.document_type), int(filing.is_amendment), filing.schema_version,
        filing.period_of_report, filing.date_of_original_submission,
        flag(filing.not_subject_to_section16), flag(filing.no_securities_owned),
        flag(filing.form3_holdings_reported), flag(filing.form4_transactions_reported),
        flag(filing.aff10b5one), filing.remarks, issuer.cik, issuer.name, issuer.trading_symbol,
        issuer.foreign_trading_symbol, filing.filed_at, filing.accepted_at, signed_at(filing),
        stored_source(filing.source, issuer.cik, normalize_accession(filing.accession_number)), ingested_at, origin,
    )


def owner_rows(fid: str, filing: Filing) -> list[tuple]:
    rows, seen = [], set()
    for seq, o in enumerate(filing.reporting_owners, start=1):
        if o.cik in seen:  # the same owner block twice: the key is (filing, owner)
            continue
        seen.add(o.cik)
        rows.append((
            fid, o.cik, seq, o.name, o.street1, o.street2, o.city, o.state, o.zip_code,
            o.state_description, flag(o.non_us_address_flag), o.non_us_state_territory, o.country,
            int(o.is_director), int(o.is_officer), int(o.is_ten_percent_owner), int(o.is_other),
            o.officer_title, o.other_text,
        ))
    return rows


_ENTRY_VALUES = operator.attrgetter(*ENTRY_VALUE_FIELDS)
_SWAP = ENTRY_VALUE_FIELDS.index("equity_swap_involved")
_FOOTNOTE_IDS = json.JSONEncoder(separators=(",", ":")).encode  # one encoder, not one per json.dumps call


def footnote_ids_json(ids: dict) -> str:
    """A row's footnote ids ``{field: [ids]}`` as stored in ``entries.footnote_ids`` ("{}" for none)."""
    return _FOOTNOTE_IDS(ids) if ids else "{}"


def entry_tuple(fid: str, issuer_cik: str, table: str, seq: int, values: Sequence, footnote_ids: str) -> tuple:
    """One ``entries`` row in the column order of :data:`INSERT_ENTRY`: ``values`` in the order of
    :data:`ENTRY_VALUE_FIELDS`, ``footnote_ids`` already JSON (``"{}"`` for none). The one place the
    layout of a stored table row is written, whichever road the filing came by. ``table`` is kept as its two
    flags (:func:`table_of` gives it back)."""
    return (fid, seq, int(table.startswith("derivative")), int(table.endswith("holding")), issuer_cik, *values,
            footnote_ids)


def table_of(is_derivative: int, is_holding: int) -> str:
    """The table name a row's two flags stand for (what the generated column ``entries.table_name`` says)."""
    return f"{'derivative' if is_derivative else 'non_derivative'}_{'holding' if is_holding else 'transaction'}"


def entry_rows(fid: str, filing: Filing) -> list[tuple]:
    cik = filing.issuer.cik
    rows = []
    for r in filing.rows:
        values = _ENTRY_VALUES(r)
        swap = values[_SWAP]
        if swap is not None and swap is not True and swap is not False:
            values = (*values[:_SWAP], bool(swap), *values[_SWAP + 1:])
        ids = footnote_ids_json(r.footnote_ids)
        rows.append(entry_tuple(fid, cik, r.table, r.seq, values, ids))
    return rows


def footnote_rows(fid: str, filing: Filing) -> list[tuple]:
    return [(fid, key, text) for key, text in filing.footnotes.items()]


def signature_rows(fid: str, filing: Filing) -> list[tuple]:
    return [(fid, seq, s.name, s.date) for seq, s in enumerate(filing.signatures, start=1)]


def _flag_back(value: int | None) -> bool | None:
    return None if value is None else bool(value)


_TABLE_FIELDS = dict(zip(TABLE_NAMES, TABLE_FIELDS, strict=True))


_OWNER_FLAGS = ("is_director", "is_officer", "is_ten_percent_owner", "is_other")


def _owner(row: tuple) -> ReportingOwner:
    o = dict(zip(OWNER_COLUMNS, row, strict=True))
    del o["filing_id"], o["seq"]
    o["cik"] = o.pop("owner_cik")
    o["non_us_address_flag"] = _flag_back(o["non_us_address_flag"])
    for name in _OWNER_FLAGS:
        o[name] = bool(o[name])
    return ReportingOwner(**o)


def filing_of(filing: tuple, owners: Sequence[tuple], entries: Sequence[tuple], footnotes: Sequence[tuple],
              signatures: Sequence[tuple]) -> Filing:
    """The Filing that :func:`filing_row`, :func:`owner_rows`, :func:`entry_rows`, :func:`footnote_rows` and
    :func:`signature_rows` turned into these rows, built back from them (every field a filing is stored with;
    the same rows again): what the batch path hands to ``store_filing`` for a filing it was sent as rows."""
    f = dict(zip(FILING_COLUMNS, filing, strict=True))
    out = Filing(
        document_type=f["document_type"],
        issuer=Issuer(f["issuer_cik"], f["issuer_name"], f["issuer_trading_symbol"],
                      f["issuer_foreign_trading_symbol"]),
        reporting_owners=[_owner(row) for row in owners],
        schema_version=f["schema_version"], period_of_report=f["period_of_report"],
        date_of_original_submission=f["date_of_original_submission"],
        not_subject_to_section16=_flag_back(f["not_subject_to_section16"]),
        no_securities_owned=_flag_back(f["no_securities_owned"]),
        form3_holdings_reported=_flag_back(f["form3_holdings_reported"]),
        form4_transactions_reported=_flag_back(f["form4_transactions_reported"]),
        aff10b5one=_flag_back(f["aff10b5one"]), remarks=f["remarks"],
        footnotes={key: text for _, key, text in footnotes},
        signatures=[Signature(name, date) for _, _, name, date in signatures],
        accession_number=f["accession_number"], filed_at=f["filed_at"], accepted_at=f["accepted_at"],
        source=source_or_index(f["source"], f["issuer_cik"], f["accession_number"]), content_hash=f["content_hash"],
    )
    for row in entries:
        table = table_of(row[_DERIVATIVE], row[_HOLDING])
        fields = dict(zip(ENTRY_VALUE_FIELDS, row[_VALUES], strict=True))
        getattr(out, _TABLE_FIELDS[table]).append(TableRow(
            table=table, seq=row[_SEQ], footnote_ids=json.loads(row[_NOTES]), **fields))
    return out


_SEQ, _DERIVATIVE, _HOLDING, _NOTES = (ENTRY_COLUMNS.index(c) for c in ("seq", "is_derivative", "is_holding",
                                                                          "footnote_ids"))
_VALUES = slice(ENTRY_COLUMNS.index(ENTRY_VALUE_FIELDS[0]), _NOTES)

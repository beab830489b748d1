"""One filing from its records in the eight tables: the same :class:`Filing` the XML parser would give, up to
what the data sets leave out (acceptance time, schema version, owner country, exact decimals).

Rows are put in the form's line order by their surrogate key; an owner listed twice counts once (the first);
an exact duplicate signature counts once; a footnote id given twice with different text keeps both texts on
two lines, as the parser does. Where each column sits is worked out once per file (:class:`Plans`), not per
record: a quarter has about a million records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from bot.datasets import tables as t
from bot.datasets.tsv import Record
from bot.domain.content_hash import content_hash
from bot.domain.filing import TABLE_FIELDS, TABLE_NAMES, Filing, Issuer, ReportingOwner, Signature, TableRow
from bot.domain.links import filing_index_url

_TABLE_FIELD = dict(zip(TABLE_NAMES, TABLE_FIELDS, strict=True))
_NOWHERE = -1  # the index of a column the file lacks; _at() reads it as empty


def _at(values: Sequence[str], i: int) -> str | None:
    return (values[i] or None) if i >= 0 else None


@dataclass(frozen=True)
class Plans:
    """The layouts of the files a data set has (by table), with where the columns read are."""

    layouts: Mapping[str, t.Layout]
    rows: Mapping[str, t.RowPlan]
    submission: tuple[tuple[int, str, t.Converter, str], ...]
    index: Mapping[str, int]  # "TABLE.COLUMN" → position, _NOWHERE when absent

    @classmethod
    def of(cls, layouts: Mapping[str, t.Layout]) -> Plans:
        rows = {name: t.row_plan(layout) for name, layout in layouts.items() if name in t.ROW_TABLES}
        sub = layouts[t.SUBMISSION]
        submission = tuple((i, field, convert, column) for column, (field, convert)
                           in t.SUBMISSION_COLUMNS.items() if (i := sub.index(column)) is not None)
        index = {}
        for table, columns in _NAMED_COLUMNS.items():
            layout = layouts.get(table)
            for column in columns:
                found = layout.index(column) if layout else None
                index[f"{table}.{column}"] = _NOWHERE if found is None else found
        return cls(layouts, rows, submission, index)


_NAMED_COLUMNS = {
    t.SUBMISSION: ("ACCESSION_NUMBER", "FILING_DATE", "DOCUMENT_TYPE", "ISSUERCIK", "ISSUERNAME",
                   "ISSUERTRADINGSYMBOL"),
    t.REPORTINGOWNER: ("RPTOWNERCIK", "RPTOWNER_RELATIONSHIP", *t.OWNER_COLUMNS),
    t.FOOTNOTES: ("FOOTNOTE_ID", "FOOTNOTE_TXT"),
    t.OWNER_SIGNATURE: ("OWNERSIGNATURENAME", "OWNERSIGNATUREDATE"),
}


def _required(layout: t.Layout, values: Sequence[str], i: int, column: str, line: int) -> str:
    value = _at(values, i)
    if value is None:
        raise t.RowError(layout.file, line, f"no {column}")
    return value


def _date(layout: t.Layout, text: str | None, column: str, line: int) -> str | None:
    if text is None:
        return None
    try:
        return t.as_date(text, column)
    except t.BadValue as error:
        raise t.RowError(layout.file, line, str(error)) from None


def _header(plans: Plans, record: Record) -> Filing:
    layout = plans.layouts[t.SUBMISSION]
    values = layout.split(record)
    line = record[0]
    at = plans.index
    top = t.read_values(values, plans.submission, layout.file, line)
    issuer = Issuer(
        cik=t.cik(_required(layout, values, at["SUBMISSION.ISSUERCIK"], "ISSUERCIK", line), "ISSUERCIK",
                  layout.file, line),
        name=_at(values, at["SUBMISSION.ISSUERNAME"]),
        trading_symbol=_at(values, at["SUBMISSION.ISSUERTRADINGSYMBOL"]),
    )
    accession = _required(layout, values, at["SUBMISSION.ACCESSION_NUMBER"], "ACCESSION_NUMBER", line).strip()
    kind = _required(layout, values, at["SUBMISSION.DOCUMENT_TYPE"], "DOCUMENT_TYPE", line)
    return Filing(
        document_type=t.document_type(kind, layout.file, line),
        issuer=issuer,
        reporting_owners=[],
        accession_number=accession,
        filed_at=_date(layout, _at(values, at["SUBMISSION.FILING_DATE"]), "FILING_DATE", line),
        source=filing_index_url(issuer.cik, accession),
        **top,
    )


def _owners(plans: Plans, records: Sequence[Record]) -> list[ReportingOwner]:
    layout, at = plans.layouts[t.REPORTINGOWNER], plans.index
    cik_at, role_at = at["REPORTINGOWNER.RPTOWNERCIK"], at["REPORTINGOWNER.RPTOWNER_RELATIONSHIP"]
    named = [(field, at[f"REPORTINGOWNER.{column}"]) for column, field in t.OWNER_COLUMNS.items()]
    owners: dict[str, ReportingOwner] = {}
    for record in records:
        values = layout.split(record)
        cik = t.cik(_required(layout, values, cik_at, "RPTOWNERCIK", record[0]), "RPTOWNERCIK", layout.file,
                    record[0])
        if cik not in owners:
            owners[cik] = ReportingOwner(cik=cik, **{field: _at(values, i) for field, i in named},
                                         **t.relationships(_at(values, role_at) or ""))
    return list(owners.values())


def _rows(layout: t.Layout, plan: t.RowPlan, records: Sequence[Record]) -> list[TableRow]:
    keyed = []
    for record in records:
        values = layout.split(record)
        try:
            keyed.append((int(values[plan.key]), record[0], values))
        except ValueError:
            raise t.RowError(layout.file, record[0], f"surrogate key {values[plan.key]!r} is not a number")\
                from None
    keyed.sort(key=lambda item: item[0])
    read_values, read_footnote_ids, table = t.read_values, t.read_footnote_ids, plan.table
    return [TableRow(table=table, seq=seq, footnote_ids=read_footnote_ids(values, plan.footnotes),
                     **read_values(values, plan.values, layout.file, line))
            for seq, (_, line, values) in enumerate(keyed, start=1)]


def _footnotes(plans: Plans, records: Sequence[Record]) -> dict[str, str]:
    layout, at = plans.layouts[t.FOOTNOTES], plans.index
    id_at, text_at = at["FOOTNOTES.FOOTNOTE_ID"], at["FOOTNOTES.FOOTNOTE_TXT"]
    notes: dict[str, str] = {}
    for record in records:
        values = layout.split(record)
        fid = _required(layout, values, id_at, "FOOTNOTE_ID", record[0]).strip()
        text = _at(values, text_at) or ""
        if fid not in notes:
            notes[fid] = text
        elif text and text not in notes[fid].split("\n"):
            notes[fid] = f"{notes[fid]}\n{text}"
    return notes


def _signatures(plans: Plans, records: Sequence[Record]) -> list[Signature]:
    layout, at = plans.layouts[t.OWNER_SIGNATURE], plans.index
    name_at, date_at = at["OWNER_SIGNATURE.OWNERSIGNATURENAME"], at["OWNER_SIGNATURE.OWNERSIGNATUREDATE"]
    signatures: list[Signature] = []
    seen = set()
    for record in records:
        values = layout.split(record)
        key = (_at(values, name_at), _at(values, date_at))
        if key not in seen:
            seen.add(key)
            signatures.append(Signature(name=key[0], date=_date(layout, key[1], "OWNERSIGNATUREDATE", record[0])))
    return signatures


class FilingSource(NamedTuple):
    """The records one filing is built from, with the plans of their files: ``filing()`` builds it again.
    Far cheaper to pickle than the Filing (strings and a shared ``plans``)."""

    plans: Plans
    submission: Record
    children: Mapping[str, Sequence[Record]]

    def filing(self) -> Filing:
        return build_filing(self.plans, self.submission, self.children)


def build_filing(plans: Plans, submission: Record, children: Mapping[str, Sequence[Record]]) -> Filing:
    """The filing of one SUBMISSION record and its records in the other tables (by table name).

    Raises :class:`~bot.datasets.tables.RowError` for the first record that cannot be read."""
    filing = _header(plans, submission)
    layouts = plans.layouts
    if t.REPORTINGOWNER in children:
        filing.reporting_owners = _owners(plans, children[t.REPORTINGOWNER])
    for name, plan in plans.rows.items():
        records = children.get(name)
        if records:
            setattr(filing, _TABLE_FIELD[plan.table], _rows(layouts[name], plan, records))
    if t.FOOTNOTES in children:
        filing.footnotes = _footnotes(plans, children[t.FOOTNOTES])
    if t.OWNER_SIGNATURE in children:
        filing.signatures = _signatures(plans, children[t.OWNER_SIGNATURE])
    filing.content_hash = content_hash(filing)
    return filing

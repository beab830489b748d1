"""A data-set filing's rows straight from its records: the :class:`storage.bulk.Prepared` that
``prepare(build_filing(...))`` gives, without building the Filing, its rows and owners as objects.

The import spent most of its reader's time building Filing objects, hashing them and turning them into rows.
Here each record is split once and its values converted once (by the same converters as
``bot.datasets.assemble``), then put both into the rows to store and into the content the hash covers, in the
canonical form ``bot.domain.content_hash`` gives a Filing (same keys in the same order, nulls left out, footnote
mappings sorted): the same hash, tested on whole quarters. Table rows are built only through
``storage.rows.entry_tuple``.

A filing with a record this road cannot read is built the old way (``build_filing``), which raises the error
for its first unreadable record: bad input is reported exactly as before.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.datasets import tables as t
from bot.datasets import tsv
from bot.datasets.assemble import FilingSource, Plans, build_filing
from bot.domain.content_hash import METADATA_KEYS, hash_content
from bot.domain.filing import TABLE_FIELDS, TABLE_NAMES, Filing, Issuer, ReportingOwner, TableRow
from storage.bulk import Prepared, prepare
from storage.rows import (
    ENTRY_VALUE_FIELDS,
    FILING_COLUMNS,
    OWNER_COLUMNS,
    entry_tuple,
    flag,
    footnote_ids_json,
    form_of,
    normalize_accession,
)

# The content hashed, key by key in the order content_hash gives them (dataclass field order).
_CONTENT_KEYS = tuple(f.name for f in dataclasses.fields(Filing) if f.name not in METADATA_KEYS)
_ISSUER_KEYS = tuple(f.name for f in dataclasses.fields(Issuer))
_OWNER_KEYS = tuple(f.name for f in dataclasses.fields(ReportingOwner))
_ROW_KEYS = tuple(f.name for f in dataclasses.fields(TableRow) if f.name not in ("table", "seq", "footnote_ids"))
_OWNER_FLAGS = ("is_director", "is_officer", "is_ten_percent_owner", "is_other")
_TABLE_FIELD = dict(zip(TABLE_NAMES, TABLE_FIELDS, strict=True))
_FILING_ROW = operator.itemgetter(*FILING_COLUMNS)
_OWNER_ROW = operator.itemgetter(*OWNER_COLUMNS)
_CACHE_LIMIT = 50_000  # distinct footnote-column contents remembered per table, at most (then forgotten)


def _getter(spots: list[int]) -> Callable[[Sequence[str]], tuple]:
    """The fields at ``spots`` of a record, as a tuple (whatever their number)."""
    if len(spots) > 1:
        return operator.itemgetter(*spots)
    return lambda values: tuple(values[i] for i in spots)


def _sorted(mapping: dict) -> dict:
    return mapping if len(mapping) < 2 else dict(sorted(mapping.items()))


def _split(layout: t.Layout, text: str, line: int) -> list[str]:
    values = text.split("\t") if '"' not in text else tsv.fields(text)
    if len(values) != layout.width:
        raise t.RowError(layout.file, line, f"{len(values)} fields where the header has {layout.width}")
    return values


def _read(values: Sequence[str], i: int) -> str:
    return values[i] if i >= 0 else ""


class _Unreadable(Exception):
    """A record this road cannot read: the filing is built the old way, which reports it."""


@dataclass(frozen=True)
class _TableRecipe:
    """One row table: where its key and value columns are, each value column's place in the stored values
    (``ENTRY_VALUE_FIELDS``) and its name in the hashed row, in ``TableRow`` field order."""

    layout: t.Layout
    plan: t.RowPlan
    key: int
    texts: Callable[[Sequence[str]], Sequence[str]]  # the value columns' texts, in the order of ``values``
    values: tuple[tuple[int | None, str, t.Converter | None, str], ...]  # dest, name, convert, column
    footnotes: Callable[[Sequence[str]], Any]  # the footnote columns' texts (the cache key)
    cache: dict

    @classmethod
    def of(cls, layout: t.Layout, plan: t.RowPlan) -> _TableRecipe:
        order = {name: n for n, name in enumerate(_ROW_KEYS)}
        dest = {name: n for n, name in enumerate(ENTRY_VALUE_FIELDS)}
        values = sorted(((i, dest.get(name), name, None if convert is t.as_text else convert, column)
                         for i, name, convert, column in plan.values), key=lambda v: (order[v[2]], v[0]))
        return cls(layout, plan, plan.key, _getter([v[0] for v in values]), tuple(v[1:] for v in values),
                   _getter([i for i, _ in plan.footnotes]), {})

    def footnote_ids(self, values: Sequence[str]) -> tuple[dict, str]:
        """The row's footnote ids as hashed and as stored (JSON), worked out once per distinct contents of the
        footnote columns, by ``bot.datasets.tables.read_footnote_ids``."""
        key = self.footnotes(values)
        found = self.cache.get(key)
        if found is None:
            ids = t.read_footnote_ids(values, self.plan.footnotes)
            found = (_sorted(ids), footnote_ids_json(ids))
            if len(self.cache) >= _CACHE_LIMIT:
                self.cache.clear()
            self.cache[key] = found
        return found


@dataclass(frozen=True)
class Recipe:
    """How the records of one data set's files become rows: worked out once per data set (its
    :class:`~bot.datasets.assemble.Plans`)."""

    plans: Plans
    tables: tuple[tuple[str, str, _TableRecipe], ...]  # file, table name, recipe (in TABLE_NAMES order)

    @classmethod
    def of(cls, plans: Plans) -> Recipe:
        by_table = {plan.table: (name, _TableRecipe.of(plans.layouts[name], plan)) for name, plan in plans.rows.items()}
        return cls(plans, tuple((by_table[table][0], table, by_table[table][1])
                                for table in TABLE_NAMES if table in by_table))


@dataclass
class _Built:
    """What one filing's records gave, for its hashed content and its rows (their fid filled in at the end)."""

    owners: list[tuple[str, str | None, dict]]  # cik, name, the owner's row by column
    entries: list[tuple[str, int, list, str]]  # table, seq, stored values, footnote ids JSON
    footnotes: dict[str, str]
    signatures: list[tuple[str | None, str | None]]


class DatasetRows:
    """``rows(source)``: the Prepared of one filing from its records; ``keep``: with the records to build the
    Filing again (``FilingSource.filing``), else None (built back from its rows if ever needed). ``old_road``
    counts the filings built the old way (a record this road could not read)."""

    def __init__(self, *, origin: str, stamp: str, keep: bool = True) -> None:
        self.origin, self.stamp, self.keep = origin, stamp, keep
        self.recipe: Recipe | None = None
        self.old_road = 0

    def __call__(self, source: FilingSource) -> Prepared:
        recipe = self.recipe
        if recipe is None or recipe.plans is not source.plans:
            recipe = self.recipe = Recipe.of(source.plans)
        try:
            return self._prepared(recipe, source)
        except (t.RowError, ValueError, _Unreadable):
            # the old road raises the error of the first unreadable record (file, line, reason)
            self.old_road += 1
            return prepare(build_filing(*source), origin=self.origin, stamp=self.stamp, keep=self.keep)

    def _prepared(self, recipe: Recipe, source: FilingSource) -> Prepared:
        plans, children = source.plans, source.children
        header = _header(plans, source.submission)
        built = _Built(owners=[], entries=[], footnotes={}, signatures=[])
        if t.REPORTINGOWNER in children:
            _owners(plans, children[t.REPORTINGOWNER], built)
        tables = {}
        for file, table, table_recipe in recipe.tables:
            records = children.get(file)
            tables[_TABLE_FIELD[table]] = _rows(table_recipe, table, records, built) if records else []
        if t.FOOTNOTES in children:
            built.footnotes = _footnotes(plans, children[t.FOOTNOTES])
        if t.OWNER_SIGNATURE in children:
            built.signatures = _signatures(plans, children[t.OWNER_SIGNATURE])
        parts = {
            **header["top"], **tables,
            "document_type": header["document_type"],
            "issuer": {key: value for key, value in zip(_ISSUER_KEYS[:3], header["issuer"], strict=True)
                       if value is not None},
            "reporting_owners": [row["hashed"] for _, _, row in built.owners],
            "footnotes": _sorted(built.footnotes),
            "signatures": [{key: value for key, value in zip(("name", "date"), signature, strict=True) if value is not None}
                           for signature in built.signatures],
        }
        for name in TABLE_FIELDS:
            parts.setdefault(name, [])
        digest = hash_content({key: parts[key] for key in _CONTENT_KEYS if parts.get(key) is not None})
        return self._assemble(header, built, digest, source)

    def _assemble(self, header: dict, built: _Built, digest: str, source: FilingSource) -> Prepared:
        accession, document_type = header["accession"], header["document_type"]
        issuer_cik, issuer_name, ticker = header["issuer"]
        number = normalize_accession(accession)
        fid = number or f"sha1:{digest}"
        top = header["top"]
        dates = [date for _, date in built.signatures if date]
        filing = {
            "id": fid, "accession_number": number, "content_hash": digest, "document_type": document_type,
            "form": form_of(document_type), "is_amendment": int(document_type.endswith("/A")),
            "schema_version": None, "remarks": top.get("remarks"),
            "issuer_cik": issuer_cik, "issuer_name": issuer_name, "issuer_trading_symbol": ticker,
            "issuer_foreign_trading_symbol": None, "filed_at": header["filed_at"], "accepted_at": None,
            "signed_at": max(dates) if dates else None, "source": None,  # the filing index link: stored as NULL
            "ingested_at": self.stamp, "origin": self.origin,
            "period_of_report": top.get("period_of_report"),
            "date_of_original_submission": top.get("date_of_original_submission"),
            **{name: flag(top.get(name)) for name in _FILING_FLAGS},
        }
        owner_rows = []
        for seq, (_, _, row) in enumerate(built.owners, start=1):
            row["filing_id"], row["seq"] = fid, seq
            owner_rows.append(_OWNER_ROW(row))
        return Prepared(
            fid=fid, bare_id=f"sha1:{digest}", has_accession=number is not None,
            issuer=(issuer_cik, issuer_name, ticker),
            owners=tuple((cik, name) for cik, name, _ in built.owners),
            is_amendment=document_type.endswith("/A"), form=form_of(document_type),
            filing=_FILING_ROW(filing), owner_rows=owner_rows,
            entry_rows=[entry_tuple(fid, issuer_cik, table, seq, values, ids)
                        for table, seq, values, ids in built.entries],
            footnote_rows=[(fid, key, text) for key, text in built.footnotes.items()],
            signature_rows=[(fid, seq, name, date) for seq, (name, date) in enumerate(built.signatures, start=1)],
            document=source if self.keep else None,
        )


_FILING_FLAGS = ("not_subject_to_section16", "no_securities_owned", "form3_holdings_reported",
                 "form4_transactions_reported", "aff10b5one")


def _header(plans: Plans, record: tsv.Record) -> dict:
    """SUBMISSION's record: what ``assemble._header`` reads from it, as plain values."""
    layout, at, line = plans.layouts[t.SUBMISSION], plans.index, record[0]
    values = _split(layout, record[1], line)
    top = {}
    for i, name, convert, column in plans.submission:
        text = values[i]
        if text:
            top[name] = text if convert is t.as_text else convert(text, column)
    cik = _read(values, at["SUBMISSION.ISSUERCIK"])
    accession = _read(values, at["SUBMISSION.ACCESSION_NUMBER"])
    kind = _read(values, at["SUBMISSION.DOCUMENT_TYPE"])
    if not (cik and accession and kind):
        raise _Unreadable
    filed = _read(values, at["SUBMISSION.FILING_DATE"])
    return {
        "top": top, "accession": accession.strip(),
        "issuer": (t.as_cik(cik, "ISSUERCIK"), _read(values, at["SUBMISSION.ISSUERNAME"]) or None,
                   _read(values, at["SUBMISSION.ISSUERTRADINGSYMBOL"]) or None),
        "document_type": t.document_type(kind, layout.file, line),
        "filed_at": t.as_date(filed, "FILING_DATE") if filed else None,
    }


def _owners(plans: Plans, records: Sequence[tsv.Record], built: _Built) -> None:
    """REPORTINGOWNER's records: each owner once (the first record), as hashed and as its row by column."""
    layout, at = plans.layouts[t.REPORTINGOWNER], plans.index
    cik_at, role_at = at["REPORTINGOWNER.RPTOWNERCIK"], at["REPORTINGOWNER.RPTOWNER_RELATIONSHIP"]
    named = [(name, at[f"REPORTINGOWNER.{column}"]) for column, name in t.OWNER_COLUMNS.items()]
    seen = set()
    for line, text in records:
        values = _split(layout, text, line)
        raw = _read(values, cik_at)
        if not raw:
            raise _Unreadable
        cik = t.as_cik(raw, "RPTOWNERCIK")
        if cik in seen:
            continue
        seen.add(cik)
        owner: dict[str, Any] = {"cik": cik, **{name: _read(values, i) or None for name, i in named},
                                 **t.relationships(_read(values, role_at))}
        hashed = {key: owner[key] for key in _OWNER_KEYS if owner.get(key) is not None}
        row = {**owner, "owner_cik": cik, "non_us_address_flag": None, "non_us_state_territory": None,
               "country": None, "hashed": hashed, **{name: int(owner[name]) for name in _OWNER_FLAGS}}
        built.owners.append((cik, owner["name"], row))


def _rows(recipe: _TableRecipe, table: str, records: Sequence[tsv.Record], built: _Built) -> list[dict]:
    """A row table's records in the form's line order (by surrogate key): each row's stored values into
    ``built.entries``, its hashed form returned."""
    layout, key = recipe.layout, recipe.key
    keyed = []
    for line, text in records:
        values = _split(layout, text, line)
        keyed.append((int(values[key]), values))
    keyed.sort(key=operator.itemgetter(0))
    width, texts, columns, footnote_ids = len(ENTRY_VALUE_FIELDS), recipe.texts, recipe.values, recipe.footnote_ids
    entries, hashed = built.entries, []
    for seq, (_, values) in enumerate(keyed, start=1):
        stored: list = [None] * width
        row: dict[str, Any] = {}
        for text, column in zip(texts(values), columns, strict=True):
            if text:
                dest, name, convert, header = column
                value = text if convert is None else convert(text, header)
                row[name] = value
                if dest is not None:
                    stored[dest] = value
        ids, ids_json = footnote_ids(values)
        row["footnote_ids"] = ids
        hashed.append(row)
        entries.append((table, seq, stored, ids_json))
    return hashed


def _footnotes(plans: Plans, records: Sequence[tsv.Record]) -> dict[str, str]:
    """As ``assemble._footnotes``: an id given twice with another text keeps both texts on two lines."""
    layout, at = plans.layouts[t.FOOTNOTES], plans.index
    id_at, text_at = at["FOOTNOTES.FOOTNOTE_ID"], at["FOOTNOTES.FOOTNOTE_TXT"]
    notes: dict[str, str] = {}
    for line, record in records:
        values = _split(layout, record, line)
        fid = _read(values, id_at)
        if not fid:
            raise _Unreadable
        fid = fid.strip()
        text = _read(values, text_at)
        if fid not in notes:
            notes[fid] = text
        elif text and text not in notes[fid].split("\n"):
            notes[fid] = f"{notes[fid]}\n{text}"
    return notes


def _signatures(plans: Plans, records: Sequence[tsv.Record]) -> list[tuple[str | None, str | None]]:
    """As ``assemble._signatures``: an exact duplicate counts once."""
    layout, at = plans.layouts[t.OWNER_SIGNATURE], plans.index
    name_at, date_at = at["OWNER_SIGNATURE.OWNERSIGNATURENAME"], at["OWNER_SIGNATURE.OWNERSIGNATUREDATE"]
    signatures, seen = [], set()
    for line, text in records:
        values = _split(layout, text, line)
        key = (_read(values, name_at) or None, _read(values, date_at) or None)
        if key not in seen:
            seen.add(key)
            signatures.append((key[0], t.as_date(key[1], "OWNERSIGNATUREDATE") if key[1] else None))
    return signatures

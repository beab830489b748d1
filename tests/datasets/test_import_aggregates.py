"""A data-set import keeps the pre-aggregated transactions (storage.aggregates) equal to the rows: the new
filings' transactions are summed per cell from the rows in hand and added to the stored cells once per write
transaction (storage.aggregate_sums.Pending), the cells something else touched (an amendment superseding its
original) are marked and recomputed (refresh_many), giving the tables a full rebuild gives, whether the cells
are new, already summed from an earlier quarter, or changed by an amendment."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from dataset_zip import write_filings

from bench.dataset_import import write_quarter
from bot.datasets import open_dataset
from bot.ingest.datasets import import_dataset
from storage import aggregate_sums, aggregates
from storage.sql import AGGREGATES_CURRENT, ordinals


def snapshot(conn: sqlite3.Connection) -> dict[str, list]:
    """Both aggregate tables, blobs decoded, sums rounded past float noise, in one order."""
    out = {}
    for table, blobs in (("agg_cells", (11,)), ("agg_days", (10, 11))):
        out[table] = sorted((tuple(tuple(sorted(ordinals(v))) if i in blobs else round(v, 4)
                                   if isinstance(v, float) else v for i, v in enumerate(row))
                             for row in conn.execute(f"SELECT * FROM {table}")), key=repr)
    return out


def same_days_again(first, path, amend_every: int = 5):
    """The filings of ``first`` under new accession numbers with other share counts, every ``amend_every``-th
    an amendment of its original (same issuer, form, owners and period): the same (company, date) cells."""
    out = []
    for n, filing in enumerate(open_dataset(first).filings()):
        rows = [dataclasses.replace(r, shares=(r.shares or 0) + 7) for r in filing.non_derivative_transactions]
        amended = n % amend_every == 0 and not filing.is_amendment
        out.append(dataclasses.replace(
            filing, accession_number=f"0009999999-30-{n:06d}", non_derivative_transactions=rows,
            document_type=f"{filing.document_type}/A" if amended else filing.document_type,
            date_of_original_submission=filing.filed_at if amended else filing.date_of_original_submission))
    return write_filings(path, out)


@pytest.mark.parametrize("many", [aggregates._MANY, 1])
def test_an_import_leaves_the_aggregates_a_rebuild_would_give(db, tmp_path, monkeypatch, many):
    monkeypatch.setattr(aggregates, "_MANY", many)
    first = tmp_path / "2030q1_form345.zip"
    write_quarter(first, 300, 2030, 1, seed=1)
    assert import_dataset(db, first, reader_process=False).new == 300
    assert db.conn.execute("SELECT count(*) FROM agg_cells").fetchone()[0] > aggregates._MANY
    second = same_days_again(first, tmp_path / "2030q1b_form345.zip")
    assert import_dataset(db, second, reader_process=False, batch_size=100).new == 300
    assert db.conn.execute("SELECT count(*) FROM filings WHERE amends_filing_id IS NOT NULL").fetchone()[0] > 0
    assert db.conn.execute(AGGREGATES_CURRENT).fetchone()[0] == 1
    incremental = snapshot(db.conn)
    with db.conn:
        aggregates.rebuild(db.conn)
    assert incremental == snapshot(db.conn)


def test_sums_in_hand_are_added_only_to_current_aggregates(db, tmp_path):
    """When the aggregates were not current as the import began (agg_state behind the rows), the import's cells
    are marked and recomputed from the rows instead of having the new sums added: the same tables either way."""
    first = tmp_path / "2030q1_form345.zip"
    write_quarter(first, 200, 2030, 1, seed=1)
    import_dataset(db, first, reader_process=False)
    with db.conn:
        db.conn.execute("UPDATE agg_state SET entries_rowid = entries_rowid - 1")
    assert aggregate_sums.Pending().start(db.conn).usable is False
    second = same_days_again(first, tmp_path / "2030q1b_form345.zip")
    assert import_dataset(db, second, reader_process=False, batch_size=100).new == 200
    assert aggregate_sums.Pending().start(db.conn).usable is True
    incremental = snapshot(db.conn)
    with db.conn:
        aggregates.rebuild(db.conn)
    assert incremental == snapshot(db.conn)


def test_an_import_keeps_the_count_of_filings(db, tmp_path):
    """The filings_count trigger is dropped during a batch and made up for at its end (storage.bulk)."""
    first = tmp_path / "2030q1_form345.zip"
    write_quarter(first, 150, 2030, 1, seed=1)
    import_dataset(db, first, reader_process=False, batch_size=40)
    import_dataset(db, same_days_again(first, tmp_path / "2030q1b_form345.zip"), reader_process=False)
    assert db.conn.execute("SELECT filings, top_rowid FROM filings_count").fetchone() == \
        db.conn.execute("SELECT count(*), max(rowid) FROM filings").fetchone() == (300, 300)


@pytest.mark.parametrize("amendments_first", [True, False])
@pytest.mark.parametrize("batch_size", [30, 1000])
def test_originals_and_their_amendments_in_one_zip_leave_the_aggregates_a_rebuild_would_give(
        db, tmp_path, amendments_first, batch_size):
    """One quarter holding filings and 4/As of some of them, in either order and over batch edges: the
    amendment replaces its original in the sums exactly as a rebuild from the rows would count it."""
    first = tmp_path / "2030q1_form345.zip"
    write_quarter(first, 200, 2030, 1, seed=1)
    originals = list(open_dataset(first).filings())
    amends = [dataclasses.replace(
        filing, accession_number=f"0009999999-30-{n:06d}", document_type=f"{filing.document_type}/A",
        non_derivative_transactions=[dataclasses.replace(r, shares=(r.shares or 0) + 7)
                                     for r in filing.non_derivative_transactions],
        date_of_original_submission=filing.filed_at)
        for n, filing in enumerate(originals) if n % 4 == 0 and not filing.is_amendment]
    mixed = write_filings(tmp_path / "2030q2_form345.zip",
                          amends + originals if amendments_first else originals + amends)
    assert import_dataset(db, mixed, reader_process=False, batch_size=batch_size).new == len(originals) + len(amends)
    assert db.conn.execute("SELECT count(*) FROM filings WHERE amends_filing_id IS NOT NULL").fetchone()[0] == len(amends)
    assert db.conn.execute(AGGREGATES_CURRENT).fetchone()[0] == 1
    incremental = snapshot(db.conn)
    with db.conn:
        aggregates.rebuild(db.conn)
    assert incremental == snapshot(db.conn)

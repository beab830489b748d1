"""Storing one filing reads a few index entries, never all of a company's rows: at decade scale (hundreds of
filings and of aggregate cells per company) a search that falls back to the whole company costs a
millisecond a filing stored (issue #12: the sync write path at >= 500 filings/s)."""

from __future__ import annotations

import pytest

from storage import aggregates, links


def plan(db, sql: str, params: tuple) -> str:
    return " | ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_the_amendments_of_a_new_original_are_looked_for_among_the_company_amendments_of_its_form(db):
    found = plan(db, links._AMENDMENTS_OF_ORIGINAL, ("1", "4", "x", "2024-01-02", None, None))
    assert "USING INDEX idx_filings_amendments (issuer_cik=? AND form=?)" in found, found  # m014
    assert "idx_filings_issuer" not in found, found  # every filing of the company


@pytest.mark.parametrize("statement", [
    "SELECT * FROM agg_cells WHERE {cell}",
    "DELETE FROM agg_cells WHERE {cell}",
])
@pytest.mark.parametrize("day", ["2024-01-02", ""])
def test_a_refreshed_cell_is_found_by_company_and_date(db, statement, day):
    found = plan(db, statement.format(cell=aggregates._CELL_ROWS), ("1", day))
    searches = [step for step in found.split(" | ") if "agg_cells" in step and "idx_agg_cells_issuer_day" in step]
    assert searches and all("(issuer_cik=? AND day=?)" in step for step in searches), found


def test_the_rows_a_batch_inserted_are_marked_by_their_rowid_range(db):
    found = plan(db, aggregates.MARK_INSERTED, (0,))
    assert "USING INTEGER PRIMARY KEY (rowid>?)" in found, found  # not a scan of an index of every row

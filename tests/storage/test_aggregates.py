"""The pre-aggregated transactions (storage.aggregates) agree with the rows: kept current by every road of the
write path (new filings, amendments superseding their originals in either order, new content under the same
accession, a bare XML file re-keyed to its accession, a data-set copy replaced by its XML, a data-set batch),
filled by migration m008 for an existing database, and known to be stale when rows arrive around them."""

from __future__ import annotations

import sqlite3

import pytest
from aggregate_world import World

from bot.domain.vocab import security_kind
from storage import aggregates
from storage.migrations import migrate
from storage.sql import AGGREGATES_CURRENT, SUPERSEDED, ordinals
from storage.writes import store_filing


def snapshot(conn: sqlite3.Connection) -> dict[str, list]:
    """Both tables, blobs decoded, sums rounded past float noise, in one order."""
    out = {}
    for table, blobs in (("agg_cells", ("filings",)), ("agg_days", ("filings", "issuers"))):
        rows = conn.execute(f"SELECT * FROM {table}").fetchall()
        names = [d[0] for d in conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
        out[table] = sorted(
            (tuple(tuple(sorted(ordinals(v))) if n in blobs else round(v, 6) if isinstance(v, float) else v
                   for n, v in zip(names, row, strict=True)) for row in rows), key=repr)
    return out


def row_level_days(conn: sqlite3.Connection) -> dict[tuple, tuple]:
    """(day, code, direction, kind, form, amendment) -> (transactions, filings, companies, shares, value) read
    from the rows the way the answers read them."""
    out: dict[tuple, list] = {}
    for day, code, ad, title, derivative, form, amendment, shares, price, fid, issuer in conn.execute(
            "SELECT e.transaction_date, e.transaction_code, e.acquired_disposed, e.security_title, e.is_derivative, "
            "f.form, f.is_amendment, e.shares, e.price_per_share, f.id, e.issuer_cik FROM entries e "
            f"JOIN filings f ON f.id = e.filing_id WHERE e.is_holding = 0 AND f.id NOT IN {SUPERSEDED}"):
        key = (day, code, ad, security_kind(title, derivative), form, amendment)
        acc = out.setdefault(key, [0, set(), set(), 0.0, 0.0])
        acc[0] += 1
        acc[1].add(fid)
        acc[2].add(issuer)
        acc[3] += shares or 0.0
        acc[4] += (shares or 0.0) * price if price and price > 0 and shares is not None else 0.0
    return {k: (n, len(f), len(i), round(s, 6), round(v, 6)) for k, (n, f, i, s, v) in out.items()}


def aggregated_days(conn: sqlite3.Connection) -> dict[tuple, tuple]:
    return {tuple(r[:6]): (r[6], len(ordinals(r[9])), len(ordinals(r[10])), round(r[7], 6), round(r[8], 6))
            for r in conn.execute("SELECT day, transaction_code, acquired_disposed, kind, form, is_amendment, "
                                  "transactions, shares, value, filings, issuers FROM agg_days")}


def current(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute(AGGREGATES_CURRENT).fetchone()[0])


def rebuilt(db) -> dict[str, list]:
    with db.conn:
        aggregates.rebuild(db.conn)
    return snapshot(db.conn)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_road_of_the_write_path_keeps_the_aggregates_equal_to_the_rows(db, seed):
    world = World(seed)
    done = set()
    for step in range(120):
        done.add(world.step(db))
        if step % 40 == 39:
            assert current(db.conn)
            assert aggregated_days(db.conn) == row_level_days(db.conn)
    assert done == {"new", "amend", "refile", "bare_then_accession", "dataset_then_xml", "batch"}
    assert db.conn.execute("SELECT count(*) FROM filings WHERE amends_filing_id IS NOT NULL").fetchone()[0] > 0
    incremental = snapshot(db.conn)
    assert incremental == rebuilt(db)


@pytest.mark.parametrize("original_first", [True, False])
def test_an_amendment_takes_its_originals_rows_out_of_the_sums(db, original_first):
    world = World(7)
    original = world.filing(document_type="4")
    amendment = world.amendment_of(original)
    for f in (original, amendment) if original_first else (amendment, original):
        store_filing(db, f)
    days = aggregated_days(db.conn)
    assert days == row_level_days(db.conn)
    assert sum(n for (_, _, _, _, _, amended), (n, *_) in days.items() if not amended) == 0
    assert sum(n for key, (n, *_) in days.items()) == len(
        [r for r in amendment.non_derivative_transactions + amendment.derivative_transactions])


def test_a_data_set_copy_replaced_by_its_xml_is_summed_once(db):
    world = World(11)
    world.rng.seed(11)
    for _ in range(30):
        world.step(db)
    f = world.filing(document_type="4")
    store_filing(db, f, origin="dataset:2023q3")
    before = aggregated_days(db.conn)
    bare = world.filing(document_type="4")  # a different filing: must not disturb f's sums
    store_filing(db, bare)
    from dataclasses import replace

    exact = [replace(r, price_per_share=(r.price_per_share or 0) + 0.0001) for r in f.non_derivative_transactions]
    from aggregate_world import hashed

    assert store_filing(db, hashed(replace(f, non_derivative_transactions=exact, accession_number=None,
                                           content_hash=None))) == "updated"
    assert aggregated_days(db.conn) == row_level_days(db.conn)
    assert aggregated_days(db.conn) != before
    assert current(db.conn)


def test_migration_m008_fills_the_tables_of_an_existing_database(db):
    world = World(5)
    for _ in range(60):
        world.step(db)
    expected = snapshot(db.conn)
    with db.conn:
        for table in ("agg_cells", "agg_days", "agg_state"):
            db.conn.execute(f"DROP TABLE {table}")
        for trigger in ("entries_agg_ai", "entries_agg_ad", "entries_agg_au", "filings_agg_au", "filings_agg_ad"):
            db.conn.execute(f"DROP TRIGGER {trigger}")
        db.conn.execute("DROP INDEX idx_entries_open_market_value")
        db.conn.execute("DELETE FROM _migrations WHERE name = 'm008_aggregates'")
    assert "m008_aggregates" in migrate(db)
    assert snapshot(db.conn) == expected
    assert current(db.conn)
    world.step(db)  # and the write path keeps them from there
    assert aggregated_days(db.conn) == row_level_days(db.conn)


def test_rows_written_around_the_triggers_make_the_aggregates_stale_until_rebuilt(db):
    world = World(9)
    for _ in range(10):
        world.step(db)
    assert current(db.conn)
    with db.conn:  # what a bulk load does: triggers dropped, rows in, triggers back
        triggers = db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name LIKE '%agg%'").fetchall()
        for name, _ in triggers:
            db.conn.execute(f"DROP TRIGGER {name}")
        fid = db.conn.execute("SELECT filing_id FROM entries WHERE is_holding = 0 LIMIT 1").fetchone()[0]
        db.conn.execute("INSERT INTO entries (filing_id, seq, is_derivative, is_holding, issuer_cik, "
                        "transaction_date, transaction_code, shares) SELECT id, 99, 0, 0, issuer_cik, '2023-05-05', "
                        "'S', 10 FROM filings WHERE id = ?", (fid,))
        for _, sql in triggers:
            db.conn.execute(sql)
    assert not current(db.conn)
    rebuilt(db)
    assert current(db.conn)
    assert aggregated_days(db.conn) == row_level_days(db.conn)


def test_a_write_that_leaves_cells_marked_makes_them_stale_until_the_next_refresh(db):
    world = World(13)
    for _ in range(10):
        world.step(db)
    with db.conn:
        db.conn.execute("UPDATE entries SET shares = shares + 1 WHERE rowid = (SELECT min(rowid) FROM entries "
                        "WHERE is_holding = 0)")
    assert not current(db.conn)
    with db.conn:
        assert aggregates.refresh(db.conn) >= 1
    assert current(db.conn)
    assert aggregated_days(db.conn) == row_level_days(db.conn)


def test_a_data_set_batch_that_marks_many_cells_keeps_the_aggregates_equal_to_the_rows(db):
    from storage.bulk import store_filings

    world = World(17)
    for _ in range(40):
        world.step(db)
    batch = [world.filing() for _ in range(80)]
    batch += [world.amendment_of(f) for f in batch[:10]] + [world.amendment_of(world.stored[0])]
    assert db.conn.execute("SELECT count(*) FROM agg_dirty").fetchone()[0] == 0
    store_filings(db, batch, origin="dataset:2023q4")
    assert current(db.conn)
    assert aggregated_days(db.conn) == row_level_days(db.conn)
    assert snapshot(db.conn) == rebuilt(db)

"""Amendments linked to their originals through the index of a company's amendments by form (m014,
``storage.sql.AMENDMENTS_INDEX``): the same links as reading them through the originals' owners' filings (the
query before m014, kept here as the reference), whether amendments arrive before or after their originals, in
the same batch or in later ones, stored in batches or one by one."""

from __future__ import annotations

import random

import pytest
import sqlite_utils

from storage.bulk import _AMENDMENTS_OF_ORIGINALS, store_filings
from storage.links import _AMENDMENTS_OF_ORIGINAL
from storage.migrations import migrate
from storage.writes import store_filing

DATASET = "dataset:2023q3"
ISSUERS = ("0000000101", "0000000102", "0000000103")
OWNERS = tuple(f"00000009{n:02d}" for n in range(6))
DAYS = ("2023-01-10", "2023-01-11", "2023-02-01", "2023-03-15")

THROUGH_OWNERS = """
    SELECT DISTINCT f.id FROM filing_owners mine CROSS JOIN filing_owners fo CROSS JOIN filings f
    WHERE mine.filing_id = ?3 AND fo.owner_cik = mine.owner_cik AND f.id = fo.filing_id
      AND +f.issuer_cik = ?1 AND f.form = ?2 AND f.is_amendment = 1
      AND (f.amends_filing_id IS NULL
           OR substr(f.period_of_report, 1, 10) = substr(?4, 1, 10)
           OR substr(f.date_of_original_submission, 1, 10) IN (substr(?5, 1, 10), substr(?6, 1, 10)))
    ORDER BY f.id
"""
"""The amendments of an original as found before m014: through the original's owners' filings."""


def world(make_filing, seed: int, count: int = 90) -> list:
    """Filings of three companies by six people over four days, a third of them amendments (some naming a day
    of original submission, some not), forms 3, 4 and 5, one or two owners each: several candidate originals per
    amendment, links that change as better originals arrive."""
    rng = random.Random(seed)
    filings = []
    for n in range(count):
        amendment = rng.random() < 0.35
        form = rng.choice("4445" if amendment else "34445")
        filings.append(make_filing(
            accession_number=f"0000000001-23-{n:06d}", document_type=form + ("/A" if amendment else ""),
            issuer_cik=rng.choice(ISSUERS), period=rng.choice(DAYS), filed_at=rng.choice(DAYS),
            date_of_original_submission=rng.choice((*DAYS, None)) if amendment else None,
            owners=tuple((cik, f"Owner {cik[-2:]}") for cik in sorted(rng.sample(OWNERS, rng.choice((1, 1, 2))))),
            shares=float(n + 1),
        ))
    rng.shuffle(filings)
    return filings


def links(db) -> dict[str, str | None]:
    return dict(db.execute("SELECT id, amends_filing_id FROM filings WHERE is_amendment = 1 ORDER BY id").fetchall())


def fresh(tmp_path, name: str) -> sqlite_utils.Database:
    database = sqlite_utils.Database(tmp_path / f"{name}.db")
    migrate(database)
    return database


def in_batches(filings: list, seed: int) -> list[list]:
    rng, batches, at = random.Random(seed), [], 0
    while at < len(filings):
        size = rng.choice((1, 3, 10, 25))
        batches.append(filings[at:at + size])
        at += size
    return batches


@pytest.mark.parametrize("seed", range(6))
def test_batches_link_as_one_by_one_whatever_the_order_of_arrival(tmp_path, make_filing, seed):
    filings = world(make_filing, seed)
    one_by_one, batched, at_once = fresh(tmp_path, "one"), fresh(tmp_path, "batched"), fresh(tmp_path, "once")
    for filing in filings:
        store_filing(one_by_one, filing, origin=DATASET)
    for batch in in_batches(filings, seed):
        store_filings(batched, batch, origin=DATASET)
    store_filings(at_once, filings, origin=DATASET)

    expected = links(one_by_one)
    assert sum(original is not None for original in expected.values()) >= 10  # the world links amendments
    assert links(batched) == expected
    assert links(at_once) == expected


@pytest.mark.parametrize("seed", range(6))
def test_the_amendment_index_finds_what_the_owners_filings_found(tmp_path, make_filing, seed):
    db = fresh(tmp_path, "world")
    for batch in in_batches(world(make_filing, seed), seed):
        store_filings(db, batch, origin=DATASET)
    originals = db.execute(
        "SELECT issuer_cik, form, id, period_of_report, filed_at, signed_at FROM filings WHERE is_amendment = 0 "
        "ORDER BY id").fetchall()
    everyone = []
    for original in originals:
        expected = db.execute(THROUGH_OWNERS, original).fetchall()
        assert db.execute(_AMENDMENTS_OF_ORIGINAL, original).fetchall() == expected
        everyone += expected
    ids = "[" + ", ".join(f'"{row[2]}"' for row in originals) + "]"
    assert sorted(db.execute(_AMENDMENTS_OF_ORIGINALS, [ids, "[]"]).fetchall()) == sorted(set(everyone))
    assert everyone  # the originals have amendments


def test_the_owners_left_out_are_left_out_of_the_batch_query(db, make_filing):
    """An amendment sharing only a left-out owner (the batch's new owners) with the original is not found."""
    amendment = make_filing(accession_number="0000000001-23-000003", document_type="4/A", period="2023-09-20",
                            owners=(("0000000888", "New Owner"),))
    original = make_filing(accession_number="0000000001-23-000001", period="2023-09-20",
                           owners=(("0000000888", "New Owner"), ("0001990311", "Whiting John")))
    store_filings(db, [amendment, original], origin=DATASET)
    ids = '["0000000001-23-000001"]'
    assert db.execute(_AMENDMENTS_OF_ORIGINALS, [ids, "[]"]).fetchall() == [("0000000001-23-000003",)]
    assert db.execute(_AMENDMENTS_OF_ORIGINALS, [ids, '["0000000888"]']).fetchall() == []

"""Matching rules against stored filings: each rule (as typed) -> the filings it tells, over one set of filings."""

from __future__ import annotations

import datetime as dt

import pytest
from digestkit import ACME, BOLT, DOE, FUND, OTHER, ROE, Co, Person, ny, store, tx

from bot.alerts.match import Watched, cluster_matches, filing_matches, third_buys
from bot.alerts.reads import max_rowid, new_filings
from bot.alerts.rules import read_rule
from bot.answers import query

CFO = Person("0000000204", "Poe Edgar", "Chief Financial Officer")
ZED = Person("0000000205", "Zed Zara", None, director=True)
DIM = Co("0000000104", "Dim Sum Holdings", "DIM")


@pytest.fixture
def filings(db, db_path):
    """Label -> filing id of the stored filings, and their reading as an alert pass reads them."""
    made = {
        "acme ceo buys $2M": store(db, ACME, [DOE], [tx("P", 200_000, 10.0)], accepted=ny(2024, 3, 8, 10)),
        "acme ceo buys $300k in lots": store(db, ACME, [DOE], [tx("P", 10_000, 10.0), tx("P", 20_000, 10.0)],
                                             accepted=ny(2024, 3, 8, 10)),
        "bolt director sells $1.5M (10b5-1)": store(db, BOLT, [ROE], [tx("S", 100_000, 15.0)], plan=True,
                                                    accepted=ny(2024, 3, 8, 10)),
        "bolt cfo sells $2M": store(db, BOLT, [CFO], [tx("S", 100_000, 20.0)], accepted=ny(2024, 3, 8, 10)),
        "other fund grant": store(db, OTHER, [FUND], [tx("A", 5_000, 0.0)], accepted=ny(2024, 3, 8, 10)),
        "other director form 3": store(db, OTHER, [ZED], [], document_type="3", accepted=ny(2024, 3, 8, 10)),
        "dim cfo options": store(db, DIM, [CFO], [tx("A", 1_000, None, derivative=True, exercise_price=4.0)],
                                 accepted=ny(2024, 3, 8, 10)),
    }
    ids = {f.accession_number: label for label, f in made.items()}
    with query.connect(db_path) as conn:
        read = new_filings(conn, 0, max_rowid(conn))
    return {ids[f.filing_id]: f for f in read}


MATCHES = [
    ("ACME", {"acme ceo buys $2M", "acme ceo buys $300k in lots"}),
    ("Jane Doe", {"acme ceo buys $2M", "acme ceo buys $300k in lots"}),
    ("buys over $500k", {"acme ceo buys $2M"}),
    ("buys over $250k", {"acme ceo buys $2M", "acme ceo buys $300k in lots"}),  # the filing's lots summed
    ("CEO or CFO sales over $1M", {"bolt cfo sells $2M"}),
    ("sales over $1M", {"bolt director sells $1.5M (10b5-1)", "bolt cfo sells $2M"}),
    ("sales by directors", {"bolt director sells $1.5M (10b5-1)"}),
    ("grants at OWID", {"other fund grant"}),
    ("Form 3 filings", {"other director form 3"}),
    ("options with exercise price under $5", {"dim cfo options"}),
    ("CFO", {"bolt cfo sells $2M", "dim cfo options"}),
    ("10% owners", {"other fund grant"}),
]


@pytest.mark.parametrize(("text", "expected"), MATCHES, ids=[t for t, _ in MATCHES])
def test_a_rule_matches_the_filings_it_describes(filings, db_path, text, expected):
    rule = read_rule(text, db_path, today=dt.date(2024, 3, 8)).rule
    assert {label for label, f in filings.items() if filing_matches(rule, f)} == expected


def test_watched_means_the_channels_companies_and_insiders(filings, db_path):
    rule = read_rule("sales over $1M at watched companies", db_path).rule
    watched = Watched(issuers=frozenset({BOLT.cik}))
    assert {label for label, f in filings.items() if filing_matches(rule, f, watched)} == {
        "bolt director sells $1.5M (10b5-1)", "bolt cfo sells $2M"}
    by_insider = Watched(owners=frozenset({CFO.cik}))
    assert {label for label, f in filings.items() if filing_matches(rule, f, by_insider)} == {"bolt cfo sells $2M"}
    assert not any(filing_matches(rule, f, Watched()) for f in filings.values())


def test_a_cluster_is_told_on_the_third_buyer_and_not_before_or_after(db, db_path):
    buyers = [DOE, ROE, CFO, ZED]
    stored = [store(db, ACME, [p], [tx("P", 1_000, 10.0, date=f"2024-03-0{i + 1}")], accepted=ny(2024, 3, 8, 10 + i))
              for i, p in enumerate(buyers)]
    store(db, BOLT, [DOE], [tx("P", 1_000, 10.0, date="2024-03-01")], accepted=ny(2024, 3, 8, 15))
    rule = read_rule("cluster buys", db_path).rule
    with query.connect(db_path) as conn:
        read = new_filings(conn, 0, max_rowid(conn))
        thirds = third_buys(conn, read, max_rowid(conn))
    told = [f.filing_id for f in read if cluster_matches(rule, f, thirds)]
    assert told == [stored[2].accession_number]

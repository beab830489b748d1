"""The holdings panel (``--json``'s ``holdings``): a line starts at what the insider held when the period starts
(the last amounts held afterwards that their filings reported before it, one per position), not at the first
trade in the period; positions a filing lists without a trade (a trust's shares) are counted from that filing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from test_chart_data import MUSK, TESLA, chart_json

EXRB, EXRB_SELLER = "0009990001", "0009991001"


def steps(data: dict, group: str) -> list[tuple[str, float, bool]]:
    (holding,) = [h for h in data["holdings"] if h["group"] == group]
    return [(s["date"], s["shares"], s["carried"]) for s in holding["steps"]]


def held_before(db: Path, owner: str, issuer: str, day: str) -> float:
    """What the owner's filings last reported held (non-derivative, per security and kind of ownership) before
    ``day``: read row by row, oldest first, each position keeping its latest amount."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT lower(e.security_title), e.direct_indirect, lower(coalesce(e.nature_of_ownership, '')), "
            "e.shares_owned_following FROM entries e JOIN filings f ON f.id = e.filing_id "
            "JOIN filing_owners fo ON fo.filing_id = f.id WHERE fo.owner_cik = ? AND e.issuer_cik = ? "
            "AND e.is_derivative = 0 AND e.shares_owned_following IS NOT NULL "
            "AND coalesce(e.transaction_date, f.period_of_report) < ? "
            "ORDER BY coalesce(e.transaction_date, f.period_of_report), f.filed_at, e.filing_id, e.seq",
            (owner, issuer, day)).fetchall()
    finally:
        conn.close()
    positions = {}
    for security, kind, nature, shares in rows:
        positions[(security, kind, nature)] = shares
    return sum(positions.values())


def test_a_holding_line_starts_at_the_amount_carried_into_the_period(samples_db) -> None:
    data = chart_json(samples_db, "EXRB", "--from", "2024-05-16", "--to", "2024-12-31")
    assert [p["date"] for p in data["points"] if p["insider"] == "Jane A. Doe"] == ["2024-05-16"]
    # her sale of May 15 is before the period: the line starts on its first day at what she held after it
    carried = held_before(samples_db, EXRB_SELLER, EXRB, "2024-05-16")
    assert carried == 310_250
    assert steps(data, "Jane A. Doe") == [("2024-05-16", carried, True), ("2024-05-16", 305_250, False)]


def test_without_a_period_or_anything_before_it_nothing_is_carried(samples_db) -> None:
    everything = chart_json(samples_db, "EXRB")
    assert steps(everything, "Jane A. Doe") == [("2024-05-16", 305_250, False)]  # one filing: both sales
    before_any = chart_json(samples_db, "EXRB", "--from", "2024-01-01", "--to", "2024-12-31")
    assert steps(before_any, "Jane A. Doe") == steps(everything, "Jane A. Doe")


def test_a_position_listed_without_a_trade_counts_from_its_filing(samples_db) -> None:
    # Richard Roe's filing of June 3: a purchase held directly (55,000 afterwards) and 120,000 shares held by a
    # family trust, listed as a holding
    data = chart_json(samples_db, "EXRB", "--from", "2024-05-16")
    assert steps(data, "Richard Roe") == [("2024-06-03", 175_000, False)]


def test_musks_2021_line_starts_at_his_holding_and_counts_the_trust(corpus_db) -> None:
    data = chart_json(corpus_db, "TSLA", "2021")
    line = steps(data, "Elon Musk")
    carried = held_before(corpus_db, MUSK, TESLA, "2021-01-01")
    assert carried == 25_699_596  # the trust's shares after his July 2010 trades
    assert line[0] == ("2021-01-01", carried, True)
    # the trust's 170,492,985 shares listed in the Nov 8 filing are in the line from that filing on
    assert all(shares > 170_492_985 for day, shares, _ in line if day >= "2021-11-08")
    assert [day for day, _, carried in line if carried] == ["2021-01-01"]

"""The digest's reads at a decade (#12): the market-wide part of a window is read once per digest run and
serves every channel with that window, exactly as a fresh read would; a filing stored meanwhile is in the
next channel's read. (``python -m bench.digest_decade``: 200 channels over the decade database.)"""

from __future__ import annotations

from digestkit import ACME, BOLT, DOE, FUND, OTHER, ROE, ny, store, tx

from bot.answers import query
from bot.digest import reads
from bot.digest.reads import DigestData, Window, load_digest

WINDOW = Window(ny(2024, 3, 8, 8), ny(2024, 3, 11, 8))


def read(db_path, issuers: list[str]) -> DigestData:
    with query.connect(db_path) as conn:
        return load_digest(conn, WINDOW, issuer_ciks=issuers, owner_ciks=[], market_top=5)


def market(data: DigestData) -> tuple:
    return ([r.entry_id for r in data.market_records],
            sorted(data.market_filings), [(p.filing_id, p.buyer_cik) for p in data.purchases], data.window_filings,
            sorted(data.new_filing_ids))


def fresh(db_path, issuers: list[str]) -> DigestData:
    reads._MARKET.clear()
    return read(db_path, issuers)


def test_every_channel_of_a_run_gets_the_market_a_fresh_read_gives(db, db_path) -> None:
    store(db, ACME, [DOE], [tx("S", 100, 50.0, "2024-03-08")], accepted=ny(2024, 3, 8, 12))
    store(db, BOLT, [ROE], [tx("S", 10_000, 30.0, "2024-03-08")], accepted=ny(2024, 3, 9, 11))
    store(db, OTHER, [FUND], [tx("P", 1000, 10.0, "2024-03-08")], accepted=ny(2024, 3, 8, 10))
    first = fresh(db_path, [ACME.cik])
    second = read(db_path, [BOLT.cik])  # the same window: the market part is the one read for the first
    assert market(second) == market(first) == market(fresh(db_path, [BOLT.cik]))
    assert [r.filing_id for r in second.records] != [r.filing_id for r in first.records]  # each its own watchlist
    assert len(second.market_filings) == 3


def test_a_filing_stored_during_the_run_is_in_the_next_channels_market(db, db_path) -> None:
    store(db, ACME, [DOE], [tx("S", 100, 50.0, "2024-03-08")], accepted=ny(2024, 3, 8, 12))
    before = fresh(db_path, [ACME.cik])
    big = store(db, BOLT, [ROE], [tx("S", 10_000, 30.0, "2024-03-08")], accepted=ny(2024, 3, 9, 11))
    after = read(db_path, [ACME.cik])
    assert big.accession_number not in " ".join(before.market_filings)
    assert any(big.accession_number in filing_id for filing_id in after.market_filings)
    assert market(after) == market(fresh(db_path, [ACME.cik]))

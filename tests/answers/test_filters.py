"""Each filter's SQL and its English agree: filters built from specs select exactly the rows their words
describe (checked row by row in Python against every stored transaction), and say so in the words an
answer shows as "what was searched"."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers import query
from bot.answers.filters import Filters, where
from bot.answers.spec import QuerySpec
from bot.domain.vocab import security_kind


def kind(r) -> str | None:
    return security_kind(r["security_title"], r["is_derivative"])


def price(r) -> float | None:
    return r["conversion_or_exercise_price"] if r["is_derivative"] else r["price_per_share"]


def day(r) -> dt.date:
    return dt.date.fromisoformat(r["transaction_date"][:10])


CASES = {
    "nothing": ({}, "", lambda r: True),
    "sales": ({"transaction": "sell"}, "sales (S)", lambda r: r["transaction_code"] == "S"),
    "open market": ({"transaction": "open_market"}, "open-market purchases and sales (P, S)",
                    lambda r: r["transaction_code"] in ("P", "S")),
    "vesting and its tax": (
        {"transaction": "exercise", "also_transactions": ["tax_withholding"], "security": "rsu"},
        "exercises and conversions of derivatives (M, X) and tax withholding (F) in RSUs",
        lambda r: r["transaction_code"] in ("M", "X", "F") and (kind(r) == "rsu" or r["transaction_code"] == "F")),
    "options": ({"security": "option"}, "options", lambda r: kind(r) == "option"),
    # Shares withheld when RSUs vest are filed as the shares: the award named does not narrow code F.
    "withheld from rsus": ({"transaction": "tax_withholding", "security": "rsu"}, "tax withholding (F) in RSUs",
                           lambda r: r["transaction_code"] == "F"),
    "distributions": ({"transaction": "distribution"}, "distributions and other transactions (J)",
                      lambda r: r["transaction_code"] == "J"),
    "worth more than": ({"min_value": 500_000, "strict_bounds": True}, "worth more than $500,000",
                        lambda r: r["transaction_code"] in ("P", "S") and r["price_per_share"] > 0
                        and r["shares"] * r["price_per_share"] > 500_000),
    "shares between": ({"min_shares": 5000, "max_shares": 30000}, "of between 5,000 and 30,000 shares",
                       lambda r: 5000 <= r["shares"] <= 30000),
    "price at most": ({"max_price": 1}, "at a price of at most $1.00",
                      lambda r: price(r) is not None and price(r) <= 1),
    "amendments": ({"form": "4", "amendments_only": True}, "on Form 4/A",
                   lambda r: r["form"] == "4" and r["is_amendment"] == 1),
    "amended filings": ({"amendments_only": True}, "on amended filings", lambda r: r["is_amendment"] == 1),
    "a half year": ({"date_from": dt.date(2024, 1, 1), "date_to": dt.date(2024, 6, 30), "period": "H1 2024"},
                    "H1 2024", lambda r: dt.date(2024, 1, 1) <= day(r) <= dt.date(2024, 6, 30)),
    "a month of any year": ({"month_any_year": 3}, "in March of any year", lambda r: day(r).month == 3),
    "since": ({"date_from": dt.date(2024, 1, 1)}, "since Jan 1, 2024", lambda r: day(r) >= dt.date(2024, 1, 1)),
    "until": ({"date_to": dt.date(2023, 12, 31)}, "until Dec 31, 2023", lambda r: day(r) <= dt.date(2023, 12, 31)),
    "purchases of at least": (
        {"transaction": "buy", "min_shares": 10000, "date_to": dt.date(2024, 12, 31)},
        "purchases (P) of at least 10,000 shares until Dec 31, 2024",
        lambda r: r["transaction_code"] == "P" and r["shares"] >= 10000 and day(r) <= dt.date(2024, 12, 31)),
}


@pytest.fixture(scope="module")
def stored(samples_db) -> list:
    with query.connect(samples_db) as conn:
        return query.entries(conn, Filters(), limit=100_000)


@pytest.mark.parametrize("fields, words, means", CASES.values(), ids=CASES.keys())
def test_a_filters_sql_selects_what_its_words_say(samples_db, stored, fields, words, means) -> None:
    filters = QuerySpec(**fields).to_filters()
    assert filters.describe() == words
    with query.connect(samples_db) as conn:
        found = {r["entry_id"] for r in query.entries(conn, filters, limit=100_000)}
    assert found == {r["entry_id"] for r in stored if means(r)}


def test_every_condition_that_narrows_the_rows_is_said(samples_db) -> None:
    """Only the scope (company, insider, role: the answer names them) and the bookkeeping conditions
    (superseded filings, transactions rather than holdings) go without words."""
    spec = QuerySpec(transaction="sell", security="common", min_value=1, form="4", date_from=dt.date(2020, 1, 1),
                     role="ceo")
    filters = spec.to_filters(("1",), ("2",))
    silent = [f.sql for f in filters.entry_filters(holdings=False) if not f.describe]
    assert len(silent) == 5  # superseded, transactions only, the company, the insider, the role
    assert filters.describe() == ("sales (S) in common stock worth at least $1 on Form 4 since Jan 1, 2020")
    clauses, params = where(filters.entry_filters(holdings=False))
    assert " AND ".join(clauses).count("?") == len(params)


def test_the_spec_is_copied_into_filters_in_one_place() -> None:
    spec = QuerySpec(company="Tecogen", role="general_counsel", security="option", transaction="grant",
                     period="Sep 2023", date_from=dt.date(2023, 9, 1), date_to=dt.date(2023, 9, 30),
                     max_shares=50_000, strict_bounds=True)
    filters = spec.to_filters(("1537435",))
    assert (filters.issuer_ciks, filters.owner_ciks, filters.role, filters.security, filters.codes) == (
        ("1537435",), (), "general_counsel", "option", ("A",))
    assert (filters.date_from, filters.date_to, filters.max_shares, filters.strict_bounds) == (
        dt.date(2023, 9, 1), dt.date(2023, 9, 30), 50_000, True)
    assert filters.describe() == "grants and awards (A) in options of less than 50,000 shares Sep 2023"
    assert filters.bounds_words() == "of less than 50,000 shares"


@pytest.mark.parametrize("note, kind", [
    ("Represents restricted stock units issued to the Reporting Person pursuant to the annual equity grant", "rsu"),
    ("This restricted stock unit award vests ratably over a four-year period", "rsu"),
    ("Represents performance stock units earned for the 2023-2025 period", "psu"),
    ("Shares withheld to cover taxes upon vesting of restricted stock units", None),
    ("Represents fully vested shares issued in lieu of cash", None),
    (None, None),
])
def test_a_footnote_can_say_a_table_i_row_is_an_award(note, kind) -> None:
    from bot.domain.vocab import note_security_kind

    assert note_security_kind(note) == kind


def test_rsus_filed_as_shares_with_a_footnote_are_rsus(corpus_db) -> None:
    """MongoDB's 629 RSUs to Roelof Botha are filed in Table I as Class A Common Stock, footnoted as RSUs."""
    with query.connect(corpus_db) as conn:
        mdb = conn.execute("SELECT cik FROM issuers WHERE trading_symbol = 'MDB'").fetchone()[0]
        rows = query.entries(conn, Filters(issuer_ciks=(mdb,), security="rsu"), limit=10)
    assert [(r["shares"], r["transaction_code"]) for r in rows] == [(629.0, "A")]


@pytest.mark.parametrize("vehicle, how, nature, notes, owners, held", [
    ("direct", "D", None, None, "Elon Musk", True),
    ("direct", "I", "By Trust", None, "Elon Musk", False),
    ("indirect", "I", "By Trust", None, "Elon Musk", True),
    ("rivendell 7", "I", "See Footnote", "These shares are held of record by Rivendell 7 LLC, of which", "Thiel", True),
    ("rivendell 7", "I", "See Footnote", "held of record by Rivendell 25 LLC", "Peter Thiel", False),
    ("ff affirm growth llc", "I", "By FF Affirm Growth, LLC", None, "Keith Rabois", True),  # the comma is no word
    ("trust", "I", None, "The shares are held by the Scarpelli\n   Family Trust", "Scarpelli", True),
    ("mithril", "D", None, None, "Mithril II LP", True),  # a fund that files itself
    ("trust", "D", None, None, "Elon Musk", False),
])
def test_trades_held_through_a_vehicle(vehicle, how, nature, notes, owners, held) -> None:
    from bot.answers.filters import held_through

    assert held_through(vehicle, how, nature, notes, owners) is held


@pytest.mark.parametrize("vehicle, aggregation, filtered", [
    ("rivendell 7", "total", "rivendell 7"),
    ("direct", "list", "direct"),
    ("rivendell 7", "holdings", None),  # positions read the vehicle themselves
    ("fund", "total", None),  # "Thiel's funds": a bare kind of entity often files itself
    (None, "total", None),
])
def test_a_spec_filters_trades_by_the_vehicle_it_names(vehicle, aggregation, filtered) -> None:
    assert QuerySpec(vehicle=vehicle, aggregation=aggregation).to_filters().held_through == filtered


def test_sales_held_through_a_fund_are_summed_apart(corpus_db) -> None:
    """Palantir, Feb 18, 2021: Rivendell 7 LLC sold 20,000,000 of Thiel's 20,003,915 shares."""
    from bot.answers import sums

    with query.connect(corpus_db) as conn:
        pltr = conn.execute("SELECT cik FROM issuers WHERE trading_symbol = 'PLTR'").fetchone()[0]
        every = Filters(issuer_ciks=(pltr,), kinds=("sell",), date_from=dt.date(2021, 2, 1),
                        date_to=dt.date(2021, 2, 28))
        held = Filters(**{**every.__dict__, "held_through": "rivendell 7"})
        assert sum(t.shares for t in sums.totals(conn, every)) == 20_003_915
        assert sum(t.shares for t in sums.totals(conn, held)) == 20_000_000
    assert held.describe().endswith("held through “rivendell 7”")


@pytest.mark.parametrize("expires_from, expires_to, words", [
    (dt.date(2035, 1, 1), dt.date(2035, 12, 31), "expiring in 2035"),
    (dt.date(2035, 1, 1), None, "expiring from Jan 1, 2035"),
])
def test_an_expiry_filter_is_on_the_expiration_date(corpus_db, expires_from, expires_to, words) -> None:
    """Options expiring in (or after) 2035: Melkote's 757,576 (Apr 29, 2035) and Snow's 70,750 — never a trade date."""
    filters = Filters(expires_from=expires_from, expires_to=expires_to, kinds=("grant",))
    with query.connect(corpus_db) as conn:
        rows = query.entries(conn, filters, limit=10)
    assert sorted(r["shares"] for r in rows) == [70_750.0, 757_576.0]
    assert all(r["expiration_date"] >= "2035-01-01" for r in rows)
    assert filters.describe().endswith(words)


def test_the_filters_on_rows_keep_the_vehicle_and_the_expiry() -> None:
    """Counts of filings read the row conditions through ``rows_only``: the vehicle and the expiry go with them."""
    full = Filters(issuer_ciks=("1",), held_through="rivendell 7", expires_from=dt.date(2035, 1, 1))
    assert (full.rows_only.held_through, full.rows_only.expires_from) == ("rivendell 7", dt.date(2035, 1, 1))
    assert full.rows_only.issuer_ciks == ()


def test_grants_across_insiders_leave_out_rows_coded_a_but_disposed_of(corpus_db) -> None:
    """Wave, Dec 8-9, 2025: Moran's five Table II option rows are coded A (grant) but marked D, exercises filed
    under the grant code. Grants across the market leave them out (the rows and the pre-aggregated days alike);
    Moran's own grants keep them, shown as filed ("Moran's $3.14 option grant")."""
    from bot.answers.day_totals import transaction_count

    market = Filters(kinds=("grant",), date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
    with query.connect(corpus_db) as conn:
        rows = query.entries(conn, market, limit=1000)
        counted = transaction_count(conn, market)
        moran = conn.execute("SELECT cik FROM owners WHERE name LIKE '%Moran%'").fetchone()[0]
        his = query.entries(conn, Filters(kinds=("grant",), owner_ciks=(moran,)), limit=1000)
    assert rows and all(r["acquired_disposed"] == "A" for r in rows)
    assert counted in (None, len(rows))
    assert sorted(r["conversion_or_exercise_price"] for r in his if r["acquired_disposed"] == "D") == [
        2.83, 3.14, 4.75, 8.17, 10.48]


def test_a_company_left_out_is_left_out_of_rows_and_filings(corpus_db) -> None:
    """"2025 sells ex wve": Wave's rows and filings are not counted; the pre-aggregated days cannot say so."""
    from bot.answers.day_totals import answerable

    with query.connect(corpus_db) as conn:
        wave = conn.execute("SELECT cik FROM issuers WHERE trading_symbol = 'WVE'").fetchone()[0]
        every = Filters(kinds=("sell",), date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
        others = Filters(**{**every.__dict__, "excluded_issuer_ciks": (wave,)})
        rows = query.entries(conn, others, limit=1000)
        clauses, params = where(others.filing_filters())
        filings = conn.execute(f"SELECT f.issuer_cik FROM filings f WHERE {' AND '.join(clauses)}", params).fetchall()
        assert len(query.entries(conn, every, limit=1000)) > len(rows) > 0
    assert all(r["issuer_cik"] != wave for r in rows) and all(f[0] != wave for f in filings)
    assert not answerable(others)

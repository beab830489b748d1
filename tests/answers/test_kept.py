"""What an insider kept of an award after taxes (bot/answers/kept.py): per filing, the Table I shares received by a
grant, exercise or settlement (A, M, X) minus those withheld for taxes (F), and sold to cover only when asked."""

from __future__ import annotations

import pytest

from bot.answers import query
from bot.answers.filters import Filters
from bot.answers.kept import kept_after_tax
from bot.answers.resolve import Catalogs, resolve_texts
from storage.reader import reader_of

# insider -> (received, given up, kept) per filing, newest first
KEPT = {
    "David Travers": [(60_732, 33_148, 27_584)],  # four RSU tranches settled (M), one F row, Mar 15, 2025
    "Carine Lamercie Jean-Claude": [(2_193, 1_009, 1_184)],  # PSU shares granted (A), F the same day
    "Drew G. Markham": [(268_800, 77_905, 190_895)],  # M on Jun 8, 2026, F two days later on the same filing
    # Tesla's IPO day (Jul 2, 2010): 113,908 by a warrant exercise (X), 21,728 withheld (F); his preferred
    # converted (C) is not received by an award, and his Nov 2021 exercises were covered by sales (S), not F.
    "Elon Musk": [(113_908, 21_728, 92_180)],
    "Jane A. Doe": [],  # open-market sales only
}


def _owner(conn, db, name: str) -> tuple[str, ...]:
    _, match = resolve_texts(None, name, Catalogs().load(conn, reader_of(db)), conn)
    return match.ciks


@pytest.mark.parametrize("insider", list(KEPT))
def test_received_minus_withheld_per_filing(insider: str, corpus_db) -> None:
    with query.connect(corpus_db) as conn:
        found = kept_after_tax(conn, Filters(owner_ciks=_owner(conn, corpus_db, insider)))
    assert [(k.received_shares, k.given_up_shares, k.kept) for k in found] == KEPT[insider]
    assert all({r.transaction_code for r in k.given_up} == {"F"} for k in found)


def test_the_kinds_asked_do_not_narrow_the_rows(corpus_db) -> None:
    """"rsu shares settled minus withheld" asks about RSUs and exercises; the stock rows still answer it."""
    with query.connect(corpus_db) as conn:
        owner = _owner(conn, corpus_db, "David Travers")
        found = kept_after_tax(conn, Filters(owner_ciks=owner, kinds=("exercise",), security="rsu"))
    assert [k.kept for k in found] == [27_584]


def test_sales_count_only_when_sold_to_cover_is_asked(corpus_db) -> None:
    """Musk's Nov 2021 sales paid the taxes of his option exercise (the filing says so); they are given up only
    when the question says "sold to cover"."""
    with query.connect(corpus_db) as conn:
        owner = _owner(conn, corpus_db, "Elon Musk")
        plain = kept_after_tax(conn, Filters(owner_ciks=owner))
        covered = kept_after_tax(conn, Filters(owner_ciks=owner), sold_to_cover=True)
    assert len(plain) == 1
    newest = covered[0]
    assert len(covered) > len(plain) and {r.transaction_code for r in newest.given_up} == {"S"}
    assert newest.received_shares == 2_154_572 and newest.received[0].transaction_date == "2021-11-08"

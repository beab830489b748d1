"""Near misses: "Did the CEO sell in March?" when the only dispositions were shares withheld for taxes (F), a
gift (G) or options given up by an exercise (M). The strict question is answered first ("No open-market
sales (S) ..."); then the closest dispositions that did happen, each with its code and what it means.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

from bot.answers import query
from bot.answers.filters import Filters
from bot.answers.records import Record, build_records
from bot.answers.render import Answer
from bot.answers.render_records import Builder, group_by_filing, record_details
from bot.domain.codes import code_meaning, is_open_market

NEAR_MISS_MAX = 8
NEAR_MISS_SCAN = 200


# What was asked about, and which way the closest other rows go: dispositions for a sale, acquisitions for a
# purchase ("did Tecogen's GC buy any stock?": no open-market purchases; his option grant, code A, is shown
# after the "no" as what did happen, never as a purchase).
NEAR_KINDS = {("sell",): ("open-market sales", "an open-market sale"),
              ("open_market",): ("open-market purchases or sales", "an open-market purchase or sale"),
              ("buy",): ("open-market purchases", "an open-market purchase"),
              # "did whiting exercise his tgen options yet": no; the grant of them is what did happen
              ("exercise",): ("exercises", "an exercise"),
              # "any juicy grants at exbt": no; the RSUs that vested (M) and the shares withheld (F) did happen
              ("grant",): ("grants", "a grant"),
              # "did clements sell to cover taxes on her rsus": no; the award itself is what did happen
              ("tax_withholding",): ("shares withheld for taxes", "shares withheld for taxes")}
_LEADING = {("sell",): "D", ("open_market",): "D", ("buy",): "A", ("exercise",): "A", ("grant",): "A",
            ("tax_withholding",): "D"}


def near_miss_records(conn: sqlite3.Connection, filters: Filters, *, other_way: bool = False) -> list[Record]:
    """When only sales (S), only purchases (P) or only open-market trades ("max levchin trades") were asked
    about and none happened: the other transactions in the same scope and window, those going the asked way
    first (for a sale: shares withheld, gifts, options given up; for a purchase: grants, conversions,
    exercises). ``other_way``: asked as a yes/no, a named insider's open-market trades the other way are shown
    when nothing else is (never for a list: "roe sales" does not show his purchase)."""
    kinds = tuple(filters.kinds)
    named = filters.owner_ciks or (filters.role and filters.issuer_ciks)  # "did example biotech's cfo exercise options": one insider asked of
    if kinds not in NEAR_KINDS or (kinds == ("exercise",) and not (other_way and named)) or (
            kinds in (("grant",), ("tax_withholding",)) and not other_way):
        return []  # (an exercise's near miss only for "did X exercise ... yet?": the grant; "options exercised" lists)
    relaxed = replace(filters, kinds=(), min_value=None, max_value=None, min_price=None, max_price=None,
                      security=None if kinds == ("tax_withholding",) else filters.security)
    # An open-market trade is not a near miss of the other kind, unless it is marked the asked way (the
    # filing's code and its acquired/disposed mark disagree: either may be the error).
    way = _LEADING[kinds]
    traded = query.entries(conn, relaxed, limit=NEAR_MISS_SCAN, counted=False)
    rows = [r for r in traded if not is_open_market(r["transaction_code"]) or (r["acquired_disposed"] or "").upper() == way]
    if kinds == ("grant",):  # a purchase is never a grant's near miss
        rows = [r for r in rows if not is_open_market(r["transaction_code"])]
    if kinds == ("buy",):  # shares withheld or given away are nothing like a purchase
        rows = [r for r in rows if (r["acquired_disposed"] or "").upper() == way]
    if not rows and kinds == ("exercise",) and filters.security:  # "clements exercise any options": her RSUs
        return near_miss_records(conn, replace(filters, security=None), other_way=other_way)
    if not rows and named and traded and other_way:
        rows = list(traded)  # "did rabois buy afrm?": his only trades went the other way, said not to be it
    if not rows and filters.owner_ciks and kinds == ("sell",) and (filters.date_from or filters.date_to):
        rows = _nearest_outside(conn, relaxed, filters)  # "did mcmahon sell in 2022": his Dec 2021 gift, said so
    if not rows and filters.owner_ciks and (kinds == ("buy",) or not traded):
        rows = _held_instead(conn, relaxed)  # a named insider who traded nothing of the kind: what they held
    rows.sort(key=lambda r: (r["acquired_disposed"] or "").upper() != way)  # stable: newest first within each
    return build_records(conn, rows[:NEAR_MISS_MAX], filters)


def _nearest_outside(conn: sqlite3.Connection, relaxed: Filters, asked: Filters) -> list:
    """A named insider who never sold on the open market: the dispositions nearest the time asked, when none fall
    in it (one who did sell at another time is answered by the sales asked at that time, not by this)."""
    first, last = str(asked.date_from or "0000"), str(asked.date_to or "9999")
    every = query.entries(conn, replace(relaxed, date_from=None, date_to=None), limit=NEAR_MISS_SCAN, counted=False)
    if any(is_open_market(r["transaction_code"]) and (r["acquired_disposed"] or "").upper() == "D" for r in every):
        return []
    rows = [r for r in every if (r["acquired_disposed"] or "").upper() == "D"]
    gap = [_days(day, first) if day < first else _days(last, day) for day in ((r["transaction_date"] or "")[:10] for r in rows)]
    nearest = min(gap, default=None)
    return [r for r, g in zip(rows, gap, strict=True) if g == nearest]


def _days(earlier: str, later: str) -> int:
    try:
        return (dt.date.fromisoformat(later[:10]) - dt.date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 10**6


def _held_instead(conn: sqlite3.Connection, relaxed: Filters) -> list:
    """A named insider who traded nothing near what was asked: what their filings (a Form 3) report holding ("did
    berkshire scoop up snow at the ipo", "buffett ever sell any snow": the 6,125,376 shares its Form 3 reported).
    A sale is never shown as a purchase's near miss."""
    return query.entries(conn, replace(relaxed, date_from=None, date_to=None), limit=NEAR_MISS_MAX, holdings=True,
                         counted=False)


def render_near_misses(strict: Answer, records: list[Record], kinds: tuple[str, ...] = ("sell",),
                       window: tuple[dt.date | None, dt.date | None] = (None, None)) -> Answer:
    """The strict "no" first (its headline), then the transactions that did happen, each with its code (and that
    they fall outside the time asked, when they do)."""
    headline = strict.headline.replace("No sales (S)", "No open-market sales (S)", 1).replace(
        "No purchases (P)", "No open-market purchases (P)", 1)
    b = Builder("records", headline)
    b.answer.near_miss = True
    way = _LEADING.get(kinds, "D")
    leading = [r for r in records if (r.acquired_disposed or "").upper() == way]
    n = len(records)
    what = ("dispositions" if way == "D" else "acquisitions") if len(leading) == n else "transactions"
    if all(r.is_holding for r in records):
        b.add_line("What the filings report holding instead (no trade of that kind is filed):")
    else:
        outside = all(r.transaction_date and not (str(window[0] or "0000") <= r.transaction_date[:10] <= str(
            window[1] or "9999")) for r in records)
        b.add_line(f"The closest {what[:-1] if n == 1 else what} that did happen "
                   f"({'it is' if n == 1 else 'they are'} not {NEAR_KINDS.get(kinds, NEAR_KINDS['sell',])[n == 1]}"
                   f"{', and outside the time asked' if outside else ''}):")
    for rec in leading + group_by_filing([r for r in records if r not in leading]):
        details = [f"Code {rec.transaction_code}: {code_meaning(rec.transaction_code) or 'see the filing'}"
                   ] if rec.transaction_code else []
        b.add_record(rec, details=details + record_details(rec, b.shown_notes))
    return b.answer


# ---- a kind of transaction filed under another code --------------------------------------------

# Conversions of RSUs and of derivatives are usually filed as code M (exercise or conversion), not C.
# Shares earned when PSUs vest are usually filed as an award of stock, code A (Arrow's CLO, Feb 2025), not as M.
FILED_AS = {("conversion",): ("exercise",), ("exercise",): ("grant",)}
_FILED_AS_SECURITY = {("exercise",): "psu"}  # a kind filed under another code only for this security


def filed_as(conn: sqlite3.Connection, filters: Filters, limit: int) -> tuple[list[Record], int, Filters] | None:
    """The rows filed under the code a kind is usually reported with, when none carry its own code."""
    kinds = FILED_AS.get(tuple(filters.kinds))
    only = _FILED_AS_SECURITY.get(tuple(filters.kinds))
    if kinds is None or (only is not None and filters.security != only):
        return None
    wider = replace(filters, kinds=kinds)
    rows, total = query.entries_page(conn, wider, limit=limit)
    return (build_records(conn, rows, filters), total, wider) if rows else None


def render_filed_as(strict: Answer, records: list[Record], total: int, searched: str) -> Answer:
    """'No conversions (C) found ...' then the rows coded M, which is how such conversions are filed."""
    n = total
    code = records[0].transaction_code if records else "M"
    b = Builder("records", strict.headline)
    b.add_line(f"They are filed as code {code} ({code_meaning(code)}): {n:,} "
               f"{'transaction' if n == 1 else 'transactions'} ({searched})"
               f"{f', the {len(records)} newest' if len(records) < n else ''}:")
    for rec in group_by_filing(records):
        b.add_record(rec)
    return b.answer


# ---- "was it late?" when nothing is late ---------------------------------------------------------------

def on_time_records(conn: sqlite3.Connection, filters: Filters) -> list[Record]:
    """The rows a "reported late?" question is about, when none of them is late (shown with their timeliness)."""
    rows = query.entries(conn, filters, limit=NEAR_MISS_MAX, counted=False)
    return build_records(conn, rows, filters)


def render_on_time(strict: Answer, records: list[Record]) -> Answer:
    """'No late filings found ...', then the transactions asked about and how each filing marks its timing."""
    b = Builder("records", strict.headline)
    n = len(records)
    b.add_line(f"The {'transaction' if n == 1 else f'{n} transactions'} asked about, not marked late:")
    for rec in group_by_filing(records):
        b.add_record(rec)
    return b.answer

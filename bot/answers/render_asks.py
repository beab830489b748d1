"""Answers whose shape the question's words choose (``bot.answers.asks``): what something is worth now (no
market price: say so, then what the filings do show), positions held through a named vehicle (a trust, a
fund), and the terms of derivatives (strike, exercisable and expiration dates, the vesting footnotes).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import replace

from bot.answers import lexicon, query
from bot.answers.asks import DIRECT
from bot.answers.fetch import fetch
from bot.answers.filters import NOTED_KINDS, Filters, plain_name, vehicle_matches
from bot.answers.records import Fetched, Record, build_records
from bot.answers.render import Answer, preface
from bot.answers.render_positions import render_holdings
from bot.answers.render_records import Builder, clip_note, source_for, terms_line
from bot.answers.vesting import schedule_of
from bot.domain.formats import fmt_money, fmt_shares, format_date
from bot.domain.text import issuer_label
from bot.domain.wording import security_phrase, unit_word

NO_MARKET_PRICE = ("I don't have market prices, so I can't say what they are worth now (or whether a price is "
                   "high or low). What the filings do show:")
LAST_TRADES = 3
TERMS_MAX = 10
VEHICLE_SCAN = 200
VESTING_NOTE_MAX = 600


def _positions_filters(filters: Filters) -> Filters:
    """The scope only (company, insider, role, security): what is held does not depend on the trade asked about."""
    return Filters(issuer_ciks=filters.issuer_ciks, owner_ciks=filters.owner_ciks, role=filters.role,
                   security=filters.security)


def value_answer(conn: sqlite3.Connection, filters: Filters, scope: str, today: dt.date) -> Answer:
    """The short can't-answer, then the positions held and the prices of the last open-market trades."""
    scoped = _positions_filters(filters)
    held = fetch(conn, scoped, "holdings", 10, today=today)
    result = render_holdings(held, scope) if (held.records or held.expired) else Answer("holdings", "")
    trades = build_records(conn, query.entries(conn, replace(scoped, security=None, kinds=("open_market",)),
                                               limit=LAST_TRADES, counted=False), scoped)
    b = Builder(result.kind)
    b.answer = result
    b.source_ids = {src.filing_id: i for i, src in enumerate(result.sources)}
    if trades:
        b.add_line(f"The last {'trade' if len(trades) == 1 else f'{len(trades)} trades'} with a price "
                   "(the nearest thing to a market price in the filings):")
        for rec in trades:
            b.add_record(rec)
    if not (held.records or held.expired or trades):
        b.add_line(f"No positions or trades are stored for {scope}.")
    result.headline = NO_MARKET_PRICE
    result.kind = "unsupported" if not (held.records or trades) else result.kind
    return result


# A vehicle named as one entity: its legal form, or its number in a series ("Rivendell 7", "Fund VI").
_ENTITY_KIND = r"(?:llc|lp|l\.p\.|l p|l l c|inc|ltd|gp)"  # the kind of entity a holder's name ends with
ONE_ENTITY = re.compile(rf"\b{_ENTITY_KIND}$|\b" + lexicon.SERIES + r"\b")


def vehicle_holdings(held: Fetched, vehicle: str) -> tuple[Fetched, str | None]:
    """The positions held indirectly through ``vehicle`` ("" for any indirect holding), read from the nature of
    ownership and its footnotes; all positions and a note when none matches."""
    def indirect(rec: Record) -> bool:
        return (rec.direct_indirect or "").upper() == "I"

    def names(rec: Record) -> list[str | None]:
        return [rec.nature_of_ownership, *rec.footnote_texts("nature_of_ownership", "direct_indirect"),
                *(o.name for o in rec.owners)]

    if vehicle == DIRECT:
        direct = [r for r in held.records if (r.direct_indirect or "").upper() == "D"]
        if not direct:
            return held, "No position is reported as held directly; every position is shown."
        return replace(held, records=direct, expired=[], total_matches=len(direct)), None
    chosen = [r for r in held.records if (indirect(r) or vehicle) and vehicle_matches(vehicle, *names(r))]
    chosen = [r for r in chosen if indirect(r)] or chosen
    if ONE_ENTITY.search(vehicle):  # the nature of ownership names one holder more closely than a footnote
        chosen = [r for r in chosen if vehicle_matches(vehicle, r.nature_of_ownership, *(o.name for o in r.owners))] \
            or chosen  # listing several funds does ("FF Affirm Growth LLC")
    named = [r for r in chosen if any(_bare(m["name"]) == _bare(vehicle)
                                      for text in names(r) for m in lexicon.HELD_BY.finditer(text or ""))]
    if not lexicon.VEHICLE_WORDS.fullmatch(vehicle):  # a bare kind ("trust") names no one holder: every trust
        chosen = named or chosen  # "The Founders Fund V, LP": the fund of that name, not "Founders Fund V Principals"
    if not chosen:
        what = f"through “{vehicle}”" if vehicle else "indirectly"
        return held, f"No position is reported as held {what}; every position is shown."
    return replace(held, records=chosen, expired=[], total_matches=len(chosen)), None


def _bare(name: str) -> str:
    """A holder's name without "the" and its kind of entity: "The Founders Fund V, LP" is "founders fund v"."""
    return re.sub(rf"\s+{_ENTITY_KIND}$", "", plain_name(name).removeprefix("the "))


def vehicle_answer(conn: sqlite3.Connection, filters: Filters, vehicle: str, scope: str,
                   today: dt.date, *, worth: bool = False) -> Answer | None:
    """The positions held through a vehicle the question names as if it were a person ("how much PLTR does
    Rivendell 7 hold"): its name is in the nature of ownership, not among the reporting owners. None when no
    position names it. A question about its trades ("what did Sequoia receive at Square in November 2018") gets
    the trades whose nature of ownership names it. A single word with no company or insider named is not
    looked for across the market (a word left over is rarely a fund's name); a search that runs out of time
    finds nothing. ``worth``: its value now was asked, which only a market price gives (said first)."""
    if not (filters.issuer_ciks or filters.owner_ciks or len(vehicle.split()) > 1):
        return None
    try:
        held = _vehicle_positions(conn, filters, vehicle, scope, today)
    except sqlite3.OperationalError:  # interrupted: the reader's time limit
        return None
    if held is not None and worth:
        preface(held, NO_MARKET_PRICE)
    return held


def _vehicle_positions(conn: sqlite3.Connection, filters: Filters, vehicle: str, scope: str,
                       today: dt.date) -> Answer | None:
    asked_trades = ""
    if filters.kinds or filters.date_from:
        traded = _vehicle_trades(conn, filters, vehicle, scope)
        if traded is not None:
            return traded
        if filters.kinds:  # "did founders fund sell oscr": no sale, then what is filed for the fund (never a person's:
            asked_trades = filters.describe()  # a person's name never reaches here, see unmatched.holder_words)
            filters = replace(filters, kinds=(), date_from=None)  # (as of the end of the time asked)
    if filters.form == "3":  # "what did FF-IVP hold on its 2020 form 3": what those Form 3s reported
        reported = replace(filters, held_through=vehicle)
        held = fetch(conn, reported, "holdings", 10, today=today)
        if held.records:
            return render_holdings(held, scope)
    # the positions as of the end of the time asked ("after the march 2024 sales", "in mid 2022", no trade then)
    as_of = filters.date_to
    held = fetch(conn, replace(_positions_filters(filters), date_to=as_of), "holdings", 10, today=today)
    chosen, note, earlier = held_through(conn, _positions_filters(filters), held, vehicle)
    if note is not None or not chosen.records:
        return None
    result = render_holdings(chosen, scope)
    result.notes.append(f"“{vehicle}” is not a reporting owner: these are the positions whose nature of ownership "
                        "names it" + (", as of the latest filing that names it." if earlier else "."))
    if asked_trades:
        preface(result, f"No {asked_trades} held through “{vehicle}” are on file. What is filed for it:")
    return result


def held_through(conn: sqlite3.Connection, filters: Filters, held: Fetched, vehicle: str
                 ) -> tuple[Fetched, str | None, bool]:
    """The positions held through ``vehicle`` (:func:`vehicle_holdings`) and, when none of the latest positions
    names it (a later filing no longer does), its latest reported ones; the bool says they are those earlier
    ones."""
    chosen, note = vehicle_holdings(held, vehicle)
    if not vehicle or (note is None and chosen.records and all(r.shares_owned_following for r in chosen.records)):
        return chosen, note, False  # (a position now 0: another security's last named one may be what is left)
    if (named := last_named_positions(conn, filters, vehicle, held)) is None:
        return chosen, note, False
    if note is None and chosen.records:  # a security whose latest position is another holder's: its last named
        have = {(r.security_title or "").lower() for r in chosen.records}  # ("ff-iie": class B now, class A in 2021)
        since = min(r.period_of_report or "" for r in chosen.records)  # (never an older filing's: it may be gone)
        extra = [r for r in named.records if (r.security_title or "").lower() not in have
                 and (r.period_of_report or "") >= since]
        if not extra:
            return chosen, note, False
        return replace(chosen, records=chosen.records + extra, total_matches=len(chosen.records) + len(extra)), None, True
    return named, None, True


def last_named_positions(conn: sqlite3.Connection, filters: Filters, vehicle: str, held: Fetched) -> Fetched | None:
    """The newest position of each security whose nature of ownership (or its footnote) names the vehicle."""
    rows = query.entries(conn, filters, order="holdings", limit=VEHICLE_SCAN * 10, holdings=None,
                         require_following=True)
    latest: dict[str, Record] = {}
    for rec in build_records(conn, rows, filters):
        if (rec.direct_indirect or "").upper() != "I" or not vehicle_matches(
                vehicle, rec.nature_of_ownership, *rec.footnote_texts("nature_of_ownership", "direct_indirect")):
            continue
        key = (rec.security_title or "").lower()
        if key not in latest or (rec.period_of_report or "") > (latest[key].period_of_report or ""):
            latest[key] = rec
    if not latest:
        return None
    return replace(held, records=list(latest.values()), expired=[], total_matches=len(latest))


# The way a trade asked of a vehicle goes: when none names it, the vehicle's other trades that way are shown.
_WAY = {("grant",): "A", ("buy",): "A", ("sell",): "D"}


def _vehicle_trades(conn: sqlite3.Connection, filters: Filters, vehicle: str, scope: str) -> Answer | None:
    """The transactions in the window whose nature of ownership names the vehicle; when a grant, a purchase or a
    sale was asked and none names it, what the vehicle acquired (or disposed of) otherwise, said so."""
    def named(scoped: Filters) -> list[Record]:  # the filter every trade question through a vehicle uses
        held = replace(scoped, held_through=vehicle)
        return build_records(conn, query.entries(conn, held, limit=VEHICLE_SCAN, counted=False), held)

    found, searched, lead = named(filters), replace(filters, held_through=None).describe(), ""  # (said once, below)
    way = _WAY.get(filters.kinds)
    if not found and way is not None:  # "were ff-iiie's shares sold in feb 2021": no; distributed (J) instead
        found = [r for r in named(replace(filters, kinds=())) if (r.acquired_disposed or "").upper() == way]
        lead = f"No {searched} held through “{vehicle}”; what it {'acquired' if way == 'A' else 'disposed of'} otherwise: "
        searched = replace(filters, kinds=(), held_through=None).describe()
    if not found:
        return None
    what = f"{len(found)} {'transaction' if len(found) == 1 else 'transactions'}"
    b = Builder("records", f"{lead}{what} for {scope} ({searched}) held through “{vehicle}”:{_together(found)}")
    for rec in found[:TERMS_MAX]:
        b.add_record(rec)
    b.answer.notes.append(f"“{vehicle}” is not a reporting owner: these are the transactions whose nature of "
                          "ownership names it.")
    return b.answer


def _together(found: list[Record]) -> str:
    """The sum of several trades of one code and direction through a vehicle ("rivendell 7's feb 2021 sales,
    total"): shares, and dollars when every row has a price; empty for one trade or a mix."""
    if len(found) < 2 or len({(r.transaction_code, r.acquired_disposed) for r in found}) > 1 or any(
            r.shares is None for r in found):
        return ""
    dollars = f", {fmt_money(sum(r.value for r in found))}" if all(r.value is not None for r in found) else ""
    return f" together {fmt_shares(sum(r.shares for r in found))} shares{dollars}."


def derivative_terms(conn: sqlite3.Connection, filters: Filters, limit: int = TERMS_MAX) -> list[Record]:
    """The derivative rows of the scope with their terms: one per security title, price and expiration,
    newest first (grants and holdings before exercises)."""
    scoped = replace(filters, kinds=(), min_value=None, max_value=None, min_shares=None, max_shares=None)
    # An award of RSUs filed in Table I (its footnote says so) has its terms in that footnote.
    noted = filters.security in NOTED_KINDS
    rows = [r for r in query.entries(conn, scoped, limit=query.MAX_SCAN_ROWS, holdings=None, counted=False)
            if r["is_derivative"] or noted]
    seen: dict[tuple, Record] = {}
    for rec in build_records(conn, rows, filters):
        # Vesting told differently (a footnote on the dates) is another grant: "33% a year until 2028" is not
        # the tranche that "vested on June 8, 2026".
        key = (rec.issuer_cik, (rec.security_title or "").lower(), rec.conversion_or_exercise_price,
               rec.expiration_date, rec.exercise_date, tuple(rec.footnote_texts("exercise_date")))
        if key not in seen or (seen[key].transaction_code not in (None, "A") and rec.transaction_code == "A"):
            seen[key] = rec
    return list(seen.values())[:limit]


def _schedule(rec: Record):
    """The vesting schedule the row's footnotes state (bot/answers/vesting.py), or None."""
    granted = rec.transaction_date or rec.period_of_report
    for text in rec.footnote_texts("exercise_date", "expiration_date", "security_title", "conversion_or_exercise_price",
                                   "shares"):  # (an award of RSUs in Table I: its footnote on the shares)
        found = schedule_of(text, dt.date.fromisoformat(granted[:10]) if granted else None,
                            dt.date.fromisoformat(rec.exercise_date[:10]) if rec.exercise_date else None)
        if found is not None:
            return found
    return None


def _term(granted: str | None, expires: str | None) -> str | None:
    """'A term of 7 years from the grant (Dec 4, 2009 to Dec 3, 2016)', to the nearest month; None without both."""
    try:
        start, end = dt.date.fromisoformat((granted or "")[:10]), dt.date.fromisoformat((expires or "")[:10])
    except ValueError:
        return None
    months = round((end.year - start.year) * 12 + end.month - start.month + (end.day - start.day) / 30.4)
    if months <= 0:
        return None
    years, rest = divmod(months, 12)
    length = " and ".join(p for p in (f"{years} year{'s' * (years != 1)}" if years else "",
                                      f"{rest} month{'s' * (rest != 1)}" if rest else "") if p)
    return f"A term of {length} from the grant ({format_date(start.isoformat())} to {format_date(end.isoformat())})"


# "by the end of 2026", "as of june 2027", "through 2027", with a vesting word: the day vesting is counted to,
# not the grant's date.
_BY_DAY = (r"\b(?:by|as\s+of|through|thru|until|till)\s+(?:the\s+)?(?:end\s+of\s+)?"
           r"(?:(?:this|next)\s+year|(?:[a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4})\b")
_COUNTED_TO = re.compile(rf"{_BY_DAY}(?=.*\bvest)|\bvest.*{_BY_DAY}", re.I)


def terms_answer(conn: sqlite3.Connection, filters: Filters, scope: str, today: dt.date, question: str,
                 period: str | None) -> Answer | None:
    """The terms of the derivatives of the scope. Dates the question names select the grants, unless they say
    when vesting is counted to ("how many will have vested by the end of 2026"); a grant told of only in a later
    filing's footnote is shown with the dates said not to match. None when there are none."""
    counted_to = filters.date_to if filters.date_to and _COUNTED_TO.search(question) else None
    if counted_to is None and filters.date_from and abs((filters.date_from - today).days) <= 1:
        counted_to = today  # "still unvested today", "after today, how many vests are left": counted to today
    records = [] if counted_to else derivative_terms(conn, filters)
    if records:
        return render_terms(records, scope, today)
    if not (filters.date_from or filters.date_to) or not (
            records := derivative_terms(conn, replace(filters, date_from=None, date_to=None))):
        return None
    result = render_terms(records, scope, today, counted_to)
    if counted_to is None:
        result.notes.append(f"Nothing is filed as dated {period or 'in that period'}; these are the terms on file, "
                            "whatever their dates.")
    return result


# "The share option represented a right to purchase a total of 272,200 ordinary shares that vest ...".
_GRANT_TOTAL = re.compile(r"\ba\s+total\s+of\s+(\d{1,3}(?:,\d{3})+|\d+)\s+(?:ordinary\s+|common\s+)?shares\b", re.I)


def _vesting_size(rec: Record, amount: float | None, schedule) -> tuple[float | None, str]:
    """The award a schedule's shares are of, and how it was found: the total a footnote states; a grant's or a
    position's own size; for an exercise (or a row coded as a grant that disposed of options) before any
    installment had vested, what was held before it. None (installments counted without shares) otherwise."""
    for text in rec.footnote_texts("exercise_date", "expiration_date", "security_title"):
        if found := _GRANT_TOTAL.search(text):
            return float(found[1].replace(",", "")), ""
    if rec.transaction_code in (None, "A") and not rec.direction_conflict:
        return rec.underlying_shares or amount, ""
    when = rec.transaction_date or rec.period_of_report or ""
    if rec.is_derivative and rec.shares and rec.shares_owned_following and when[:10] <= schedule.first.isoformat():
        before = rec.shares + rec.shares_owned_following
        return before, (f"The schedule's shares are counted on the {fmt_shares(before)} held before this row "
                        f"({fmt_shares(rec.shares)} on the row plus {fmt_shares(rec.shares_owned_following)} left).")
    return None, ""


def render_terms(records: list[Record], scope: str, today: dt.date | None = None,
                 counted_to: dt.date | None = None) -> Answer:
    """'Terms of the stock options (right to buy) of John Whiting at Tecogen Inc. (TGEN):' one line per grant;
    vesting counted to today, or to ``counted_to`` when the question names the day."""
    n = len(records)
    b = Builder("records", f"Terms of {n} derivative {'grant or position' if n == 1 else 'grants and positions'} "
                           f"for {scope}, as filed:")
    for rec in records:
        owner = rec.lead_owners[0].display if rec.lead_owners else "An insider"
        amount = rec.shares if rec.shares is not None else rec.shares_owned_following
        what = security_phrase(rec.security_title, amount, rec.security_kind, True)
        how = f"{fmt_shares(amount)} {what}" if amount is not None else what
        when = rec.transaction_date or rec.period_of_report
        verb = "reported" if rec.direction_conflict else {"A": "granted", "M": "exercised or converted",
                                                          "X": "exercised"}.get(rec.transaction_code or "", "reported")
        text = (f"{owner}'s {how} of {issuer_label(rec.issuer_name, rec.ticker)} ({verb} "
                f"{format_date(when)}, {source_for(rec).label}):")
        details = [terms_line(rec) or "No exercise price or dates are stated"]
        if rec.underlying_shares is not None:
            details.append(f"Underlying: {fmt_shares(rec.underlying_shares)} shares of "
                           f"{rec.underlying_security_title or 'the underlying security'}")
        if rec.shares_owned_following is not None:
            details.append(f"{fmt_shares(rec.shares_owned_following)} {unit_word(rec.security_kind, True)} held "
                           "afterwards")
        for name in ("exercise_date", "expiration_date", "conversion_or_exercise_price", "security_title",
                     *(() if rec.is_derivative else ("shares",))):
            for text_ in rec.footnote_texts(name):
                note = f"Footnote ({name.replace('_', ' ')}): {clip_note(text_, VESTING_NOTE_MAX)}"
                if note not in details:
                    details.append(note)
        if rec.transaction_code == "A" and (term := _term(rec.transaction_date, rec.expiration_date)):
            details.insert(1, term)  # "how long was the term of musk's december 2009 option": 7 years
        if (schedule := _schedule(rec)) is not None:
            size, counted_on = _vesting_size(rec, amount, schedule)
            details.insert(1, schedule.words(size))
            if today is not None and (status := schedule.status(size, today, counted_to)) is not None:
                details.insert(2, status)  # "have they finished vesting", "what's left to vest", "next vest date"
            if counted_on:
                details.insert(2, counted_on)
        b.add_record(rec, text, details)
    if n == 1:
        b.answer.headline = b.answer.lines[0].text.rstrip(":") + "."
        b.answer.lines[0].text = b.answer.headline
    return b.answer

"""The answer for each kind of question once it is understood and no early answer applies: counts of filings,
insiders ranked, roles, values that need a market price, terms of derivatives, exercises as filed, and the
records, sums and holdings of a query (with near misses when nothing matches). ``engine`` chooses among them.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import replace

from bot.answers import query, render_positions, render_records, render_totals, sums
from bot.answers.ask_words import SIGNED_HOW, SOLD_TO_COVER, state_asked
from bot.answers.asks import needs_market_price, vehicle_of, wants_terms
from bot.answers.cut_lists import account_for_cut
from bot.answers.exercises import asks_exercises, find_exercises, render_exercises
from bot.answers.fetch import fetch, fetch_each_company
from bot.answers.filters import Filters
from bot.answers.held_around import around_answer, asks_around
from bot.answers.holdings_only import add_holdings_only, holdings_only_filings
from bot.answers.kept import kept_answer
from bot.answers.messages import company_label, insider_label, no_match, scope_words
from bot.answers.near_miss import (
    filed_as,
    near_miss_records,
    on_time_records,
    render_filed_as,
    render_near_misses,
    render_on_time,
)
from bot.answers.rankings import (
    PERIOD_CHARS,
    average_ranking,
    by_value,
    rank_companies,
    rank_days,
    rank_filers,
    rank_filings_by_owners,
    rank_insiders,
    render_days,
    render_filings_by_owners,
    render_ranking,
)
from bot.answers.render import Answer, Line, message, preface
from bot.answers.render_asks import (
    held_through,
    terms_answer,
    value_answer,
)
from bot.answers.roles import (
    BOARD_TERMS,
    footnote_mentions,
    relationships,
    render_roles,
    role_verdict,
    roles_of_text,
)
from bot.answers.signed import ABROAD, address_answer, signer_answer, traded_in_state
from bot.answers.understand import Understanding
from bot.domain.formats import fmt_money, format_date
from bot.domain.text import issuer_label
from bot.domain.vocab import ROLE_LABELS

FEW_FILINGS = 5  # a count of this many filings or fewer lists them too


def filing_count_answer(understanding: Understanding, conn: sqlite3.Connection) -> Answer:
    """How many filings match, by form type (not the transactions they report); asked for as a list ("show the
    Form 3s filed in 2020"), the filings themselves, one line each."""
    filters = understanding.filters()
    scope, searched = scope_words(understanding), filters.describe()
    if understanding.spec.aggregation != "count" and filters.rows_only == Filters() and not filters.role:
        oldest_first = understanding.spec.aggregation == "earliest"
        rows = sums.owner_filings(conn, filters, oldest_first=oldest_first)
        if not rows:
            return no_match(understanding, conn, scope, searched)
        return with_notes(render_totals.render_filing_list(rows, scope, searched, oldest_first=oldest_first),
                          understanding)
    counted = sums.count_filings(conn, filters)
    if not counted:
        return no_match(understanding, conn, scope, searched)
    result = render_totals.render_filing_count(counted, scope, searched)
    if sum(c.filings for c in counted) <= FEW_FILINGS and filters.rows_only == Filters() and not filters.role:
        # "how many 4/As in the data and whose": a few filings are also listed, who filed each and for what
        listed = render_totals.render_filing_list(sums.owner_filings(conn, filters), scope, searched)
        result.lines, result.sources = listed.lines, listed.sources
    return with_notes(result, understanding)


def entity_count_answer(understanding: Understanding, conn: sqlite3.Connection) -> Answer:
    """How many companies (or insiders) have matching filings, and which file the most."""
    filters, unit = understanding.filters(), understanding.spec.count_unit
    scope, searched = scope_words(understanding), filters.describe()
    counted = sums.count_entities(conn, filters, unit)
    if not counted.count:
        return no_match(understanding, conn, scope, searched)
    return with_notes(render_totals.render_entity_count(counted, unit, scope, searched), understanding)


def shaped_answer(understanding: Understanding, conn: sqlite3.Connection, today: dt.date, question: str = ""
                  ) -> Answer | None:
    """The answers shaped by what is asked beyond rows: signatures, addresses, holdings around a transaction, a
    value that needs a market price, the terms of derivatives; None otherwise."""
    spec = understanding.spec
    if spec.ask == "no_securities":
        return _no_securities_answer(understanding, conn)
    scope = scope_words(understanding)
    if spec.ask == "signer" and (understanding.company or understanding.insider or SIGNED_HOW.search(question)):
        return signer_answer(conn, understanding.filters(), scope)
    place = state_asked(question)
    if place is not None and spec.transaction and not understanding.insider:  # "did any texas-based insiders buy"
        return traded_in_state(understanding, conn, today, place)
    if spec.ask == "address" and (understanding.company or understanding.insider or ABROAD.search(question)
                                  or place):
        return address_answer(conn, understanding.filters(), scope, question)
    if not (understanding.company or understanding.insider):
        return None
    if spec.ask == "kept" and (kept := kept_answer(conn, understanding.filters(), scope, sold_to_cover=bool(
            re.search(SOLD_TO_COVER, question, re.I)))) is not None:
        return kept
    if (spec.aggregation == "holdings" or asks_around(question)) and (
            around := around_answer(conn, understanding.filters(), scope, question)):
        return around  # "how many shares did musk hold right after his 33,171-share sale"
    if needs_market_price(spec):
        return value_answer(conn, understanding.filters(), scope, today)
    if wants_terms(spec):
        return terms_answer(conn, understanding.filters(), scope, today, question, spec.period)
    return None


def _no_securities_answer(understanding: Understanding, conn: sqlite3.Connection) -> Answer:
    """"Which Form 3s reported owning nothing": the filings that say so, or a plain no."""
    filters = understanding.filters()
    empty = sums.no_securities_filings(conn, filters, limit=50)
    if not empty:
        return no_match(understanding, conn, scope_words(understanding), "filings reporting no securities owned")
    owners = query.filing_owners(conn, [f["filing_id"] for f in empty])
    return render_positions.render_no_securities(empty, owners, filters.owner_ciks)


def ranking_answer(understanding: Understanding, conn: sqlite3.Connection) -> Answer | None:
    """"Who unloaded the most", "which insiders filed the most": one figure per insider (or company, day, month,
    year), largest first; None when the question ranks nothing."""
    spec = understanding.spec
    if spec.count_unit == "owners":  # "the filing with the most reporting owners"
        ranked_filings = rank_filings_by_owners(conn, understanding.filters(), spec.limit)
        return with_notes(render_filings_by_owners(ranked_filings, scope_words(understanding)), understanding) \
            if ranked_filings else no_match(understanding, conn, scope_words(understanding), "filings")
    if not (spec.per_insider or spec.per_company or spec.count_unit in PERIOD_CHARS):
        return None
    filters = understanding.filters()
    scope, searched = scope_words(understanding), filters.describe()
    filings_only, limit = spec.count_unit == "filings" or not filters.kinds, spec.limit
    if spec.count_unit in PERIOD_CHARS:  # "the biggest single day of selling", "the heaviest year for selling"
        days = rank_days(conn, filters, limit, per_insider=spec.per_insider, by_shares=spec.by_shares,
                         unit=spec.count_unit)
        if not days:
            return no_match(understanding, conn, scope, searched)
        return with_notes(render_days(days, scope, searched, valued=by_value(filters) and not spec.by_shares,
                                      counted=not filters.kinds, unit=spec.count_unit), understanding)
    if spec.per_company:
        filings_only = False
        ranked = rank_companies(conn, filters, limit, by_shares=spec.by_shares, by_rows=spec.by_rows)
    else:
        ranked = rank_filers(conn, filters, limit) if filings_only else rank_insiders(
            conn, filters, limit, by_shares=spec.by_shares, by_rows=spec.by_rows)
    if not ranked:
        return no_match(understanding, conn, scope, searched)
    if not (filings_only or spec.per_company) and (avg := average_ranking(conn, filters, understanding.question, scope, searched, limit)):
        return with_notes(avg, understanding)  # "which seller has the lowest average sale price"
    valued = not filings_only and by_value(filters) and not (spec.by_shares or spec.by_rows)
    return with_notes(render_ranking(ranked, scope, searched, filings_only=filings_only, valued=valued,
                                     companies=spec.per_company, by_rows=spec.by_rows), understanding)


def roles_answer(understanding: Understanding, conn: sqlite3.Connection, question: str = "") -> Answer:
    """"What is X's role at Y": the roles every filing states (the dates and kinds of trades do not matter); a
    yes/no question ("is X a director") is answered first."""
    filters = understanding.filters()
    found = relationships(conn, Filters(issuer_ciks=filters.issuer_ciks, owner_ciks=filters.owner_ciks,
                                        form=filters.form, date_from=filters.date_from, date_to=filters.date_to))
    scope = scope_words(understanding)
    if filters.role:
        holding = [rel for rel in found if any(filters.role in roles_of_text(h.text) for h in rel.roles)]
        if not holding and filters.role == "director" and understanding.company and not understanding.insider and (
                mentions := footnote_mentions(conn, filters.issuer_ciks, BOARD_TERMS)):
            return message("records", f"No filer states a director's role at {company_label(understanding.company)}; "
                                      "its filings' footnotes say:",
                           [f"“{m}”" for m in mentions])  # "who at Fractyl sits on the board": Royan, per a footnote
        found = holding or found
    if not found:
        return _roles_in_footnotes(understanding, conn, scope) or no_match(understanding, conn, scope,
                                                                          filters.describe())
    verdict = None
    if len(found) == 1:  # a yes/no question is answered from every filing, whatever dates it names
        every = relationships(conn, Filters(issuer_ciks=(found[0].issuer_cik,), owner_ciks=(found[0].owner_cik,)))
        verdict = role_verdict(every[0] if every else found[0], question)
    return with_notes(render_roles(found, scope, verdict, question), understanding)


def _roles_in_footnotes(understanding: Understanding, conn: sqlite3.Connection, scope: str) -> Answer | None:
    """A person who files nothing for the company but whom its filings' footnotes give a role ("is ajay royan on
    the adagio board": the Mithril filings say he is a member of Adagio's board)."""
    company, insider = understanding.company, understanding.insider
    if company is None or insider is None:
        return None
    # EDGAR's "Royan Ajay": the surname and the given name, both in the sentence ("Jane Smith" is not John Smith)
    names = sorted({" ".join(e.name.replace(",", " ").split()[:2]).title() for e in insider.entities if e.name})
    mentions = footnote_mentions(conn, company.ciks, names)
    if not mentions:
        return None
    return message("records", f"{insider_label(insider)} files nothing for {company_label(company)} as an insider; "
                              "its filings' footnotes say:", [f"“{m}”" for m in mentions],
                   notes=["A footnote names a role; the relationship boxes of a filing by this person would state it."])


def _held_not_traded(understanding: Understanding, conn: sqlite3.Connection, filters: Filters, scope: str,
                     today: dt.date) -> Answer | None:
    """"how many snowflake shares did buffett report": a named insider asked for shares, no kind of trade or time,
    who filed holdings only (a Form 3): what was reported held, said as such. None otherwise."""
    spec = understanding.spec
    if understanding.insider is None or spec.transaction or filters.date_from or filters.date_to or (
            spec.aggregation not in ("total", "count", "list")):
        return None
    held = fetch(conn, filters, "holdings", spec.limit, today=today)
    if not held.records:
        return None
    result = render_positions.render_holdings(held, scope)
    result.notes.insert(0, "No transactions are filed for this: the filings report holdings only.")
    return result


def records_answer(understanding: Understanding, conn: sqlite3.Connection, today: dt.date) -> Answer:
    """The records, sums, holdings or insiders that answer the question, or "nothing found". A list of several
    kinds ("musk 2021: sales & gifts") leads with each kind's total, then the newest rows."""
    spec = understanding.spec
    if spec.aggregation == "list" and spec.also_transactions:
        spec = spec.model_copy(update={"aggregation": "total"})
    filters = understanding.filters()
    scope, searched = scope_words(understanding), filters.describe()
    if asks_exercises(filters) and spec.aggregation in ("list", "latest", "earliest", "biggest", "smallest", "total",
                                                          "count"):
        exercises = find_exercises(conn, filters)
        if exercises and (filters.security or any(e.miscoded for e in exercises)):
            return render_exercises(exercises, scope, searched, spec.limit,
                                    total=spec.aggregation in ("total", "count"), largest=spec.aggregation == "biggest")
    each = spec.aggregation == "list" and understanding.company is not None and understanding.company.several and (
        len(filters.issuer_ciks) > 1)
    fetched = fetch_each_company(conn, filters, spec.limit, today) if each else fetch(
        conn, filters, spec.aggregation, spec.limit, today=today, largest_first=spec.largest_first,
        by_price=spec.by_price, by_shares=spec.by_shares)
    if spec.aggregation == "insiders":
        found = bool(fetched.insiders)
    elif spec.aggregation in ("total", "net", "count"):
        found = bool(fetched.totals)
    else:
        found = bool(fetched.records or fetched.expired)
    empty_forms = []
    if not found and spec.aggregation in ("list", "holdings", "latest", "earliest") and not (spec.transaction or spec.security):
        empty_forms = sums.no_securities_filings(conn, filters)
    if empty_forms:
        owners = query.filing_owners(conn, [f["filing_id"] for f in empty_forms])
        return render_positions.render_no_securities(empty_forms, owners, filters.owner_ciks)
    if not found and (held := _held_not_traded(understanding, conn, filters, scope, today)) is not None:
        return held
    if not found:
        return nothing_found(understanding, conn, filters, scope, searched)
    if spec.aggregation == "insiders":
        return render_positions.render_insiders(fetched.insiders, scope,
                                                ROLE_LABELS[spec.role] if spec.role else None,
                                                company_label(understanding.company) or "all companies")
    if spec.aggregation == "holdings":
        vehicle, note, every = vehicle_of(spec), None, fetched
        if vehicle is not None:
            fetched, note, earlier = held_through(conn, filters, fetched, vehicle)
            note = f"As of the latest filing that names “{vehicle}”." if earlier else note
        order = render_positions.order_positions(fetched.records, spec.largest_first, understanding.question)
        held = render_positions.render_holdings(fetched, scope, by_size=spec.largest_first,
                                                bounds=filters.bounds_words())
        held.notes += [n for n in (order, note, render_positions.held_otherwise(every, fetched, vehicle),
                                   render_positions.share_of_all(every, fetched, vehicle, understanding.question)) if n]
        return held
    if spec.aggregation in ("total", "net", "count"):
        return render_totals.render_totals(fetched, spec.aggregation, scope, searched)
    result = render_records.render_records(fetched, spec.aggregation, scope, searched, always_count=spec.bounded,
                                           by_size=spec.largest_first, by_price=spec.by_price,
                                           by_shares=spec.by_shares)
    _one_side_only(result, fetched, spec.transaction)
    if spec.aggregation == "latest" and not (spec.date_from or spec.date_to) and (stale := _stale_note(fetched.records, today)):
        result.notes.append(stale)  # "did anyone buy lately?": the newest is two years old
    if each and len(fetched.records) < fetched.total_matches:
        result.notes.append("Shown: the newest rows of each company named, an equal share each.")
    elif spec.aggregation in ("list", "plan_10b5_1", "late") and not spec.largest_first:
        result = account_for_cut(result, conn, filters, fetched, spec.aggregation, today)
    if fetched.holdings_only and not (spec.transaction or spec.security or spec.bounded):
        # Form 3s that report owning nothing are filings too: list them after the positions.
        empty = sums.no_securities_filings(conn, filters)
        if empty:
            owners = query.filing_owners(conn, [f["filing_id"] for f in empty])
            render_positions.add_no_securities(result, empty, owners, filters.owner_ciks)
    elif spec.aggregation == "list" and not (spec.transaction or spec.security or spec.bounded or spec.largest_first
                                             or spec.noted):
        add_holdings_only(result, holdings_only_filings(conn, filters))
    return result


def _one_side_only(result: Answer, fetched, transaction: str | None) -> None:
    """"did lee morgan ever sell, or only buy?": when every open-market trade found is of one side, the other
    side is said to have none first (only when every matching row was read)."""
    if transaction != "open_market" or not fetched.records or fetched.total_matches > len(fetched.records):
        return
    codes = {r.transaction_code for r in fetched.records}
    if codes == {"P"}:
        preface(result, "No open-market sales (S) found; only purchases (P):")
    elif codes == {"S"}:
        preface(result, "No open-market purchases (P) found; only sales (S):")


LATELY_DAYS = 90


def _stale_note(records: list, today: dt.date | None) -> str | None:
    """Said under the newest rows when even they are older than ``LATELY_DAYS``: "lately" they are not."""
    newest = max((r.transaction_date or r.period_of_report or "")[:10] for r in records) if records else ""
    today = today or dt.date.today()
    if not newest or newest >= (today - dt.timedelta(days=LATELY_DAYS)).isoformat():
        return None
    return (f"Nothing in the last {LATELY_DAYS} days (to {format_date(today.isoformat())}): "
            f"the newest shown is from {format_date(newest)}.")


def nothing_found(understanding: Understanding, conn: sqlite3.Connection, filters: Filters, scope: str,
                   searched: str) -> Answer:
    """The strict "no", then what did happen nearby: the same kind filed under its usual code (conversions as
    M), or the other transactions when sales were asked about."""
    strict = no_match(understanding, conn, scope, searched)
    if understanding.spec.aggregation in ("list", "latest", "earliest", "biggest", "smallest", "total",
                                          "count"):
        found = filed_as(conn, filters, understanding.spec.limit)
        if found is not None:
            records, total, wider = found
            return render_filed_as(strict, records, total, wider.describe())
    if understanding.spec.aggregation == "late":
        on_time = on_time_records(conn, filters)
        if on_time:
            return render_on_time(strict, on_time)
    if filters.min_value is not None and (filters.owner_ciks or filters.issuer_ciks) and (
            together := _together_over(conn, filters, scope)) is not None:
        return together
    near = near_miss_records(conn, filters, other_way=understanding.yes_no)
    if near:
        return render_near_misses(strict, near, tuple(filters.kinds), (filters.date_from, filters.date_to))
    if filters.owner_ciks and (empty := sums.no_securities_filings(conn, Filters(
            issuer_ciks=filters.issuer_ciks, owner_ciks=filters.owner_ciks), limit=3)):
        # "hegde sell spwr": his only filing, a Form 3, reports owning no securities at all
        strict.lines[:0] = [Line(f"What is filed instead: the Form {e['document_type'] or e['form']} for "
                                 f"{format_date(e['period_of_report'] or e['filed_at'])} at "
                                 f"{issuer_label(e['issuer_name'], e['ticker'])} reports owning no securities.")
                            for e in empty]
    return strict


def _together_over(conn: sqlite3.Connection, filters: Filters, scope: str) -> Answer | None:
    """"did musk really sell over a billion $ of tsla on 11/8/21": no single trade was over the amount, but together
    the trades were (the total, with that said first); None when even the total is under it."""
    unbounded = replace(filters, min_value=None, max_value=None)
    fetched = fetch(conn, unbounded, "total", 10)
    value = sum(t.value for t in fetched.totals)
    if not fetched.totals or value <= filters.min_value:
        return None
    result = render_totals.render_totals(fetched, "total", scope, unbounded.describe())
    preface(result, f"No single transaction was over {fmt_money(filters.min_value)}, but together they were "
                    f"{fmt_money(value)}:")
    return result


def with_notes(result: Answer, understanding: Understanding) -> Answer:
    """Say how names were read: a close spelling taken for a name, words that were not understood."""
    company, insider = understanding.company, understanding.insider
    for match, label in ((company, company_label(company)), (insider, insider_label(insider))):
        if match is not None and match.via == "ticker_guess":
            preface(result, f"No company with the ticker {understanding.guessed_from} is stored; read as {label}, one keystroke away.")
        elif match is not None and match.inexact and match.via != "context":
            result.notes.append(f"(Read “{match.text}” as {label}, the closest name on file.)")
    if understanding.unknown_words and (company or insider):
        result.notes.append(f"(Not understood and ignored: {', '.join(understanding.unknown_words)}.)")
    return result

"""Sums as answers: totals and counts per code, direction and security kind, net buying from open-market
trades, and counts of filings. Shares of different companies are never added together."""

from __future__ import annotations

from dataclasses import replace

from bot.answers.records import Fetched
from bot.answers.render import Answer
from bot.answers.render_records import Builder, filing_row_source, group_by_filing
from bot.answers.sums import EntityCount, TotalRow
from bot.domain.codes import code_word, direction_conflicts, group_name, has_dollar_value, is_open_market
from bot.domain.formats import fmt_money, fmt_price, fmt_shares, format_date
from bot.domain.text import issuer_label
from bot.domain.vocab import SECURITY_LABELS, display_name
from bot.domain.wording import unit_word


def amount_of(t: TotalRow) -> str:
    """'30,000 shares of common stock', '838,996 options', '1,474,432 RSUs'."""
    unit = unit_word(t.kind, t.kind not in ("common", "preferred"))
    if t.kind in ("common", "preferred"):
        return f"{fmt_shares(t.shares)} {unit} of {SECURITY_LABELS[t.kind]}"
    if t.kind is None:
        return f"{fmt_shares(t.shares)} {unit} of other securities"
    return f"{fmt_shares(t.shares)} {unit}"


def _conflicting(t: TotalRow) -> bool:
    return direction_conflicts(t.code, t.acquired_disposed)


def total_line(t: TotalRow) -> str:
    name = group_name(t.code) or f"Other transactions ({code_word(t.code)})"
    kind = SECURITY_LABELS.get(t.kind or "", "other securities")
    direction = {"A": "acquired", "D": "disposed of"}.get((t.acquired_disposed or "").upper(), "")
    parts = [f"{t.transactions:,} {'transaction' if t.transactions == 1 else 'transactions'} in {t.filings:,} "
             f"{'filing' if t.filings == 1 else 'filings'}"]
    spanned = t.company_count or len(t.issuers)
    if spanned > 1:
        parts[0] += f" at {spanned:,} companies" + (f" ({direction})" if direction else "")
    else:
        if t.issuers:
            parts[0] += " at 1 company"
        parts.append(f"{fmt_shares(t.shares)} {unit_word(t.kind, t.kind not in ('common', 'preferred'))}"
                     + (f" {direction}" if direction else ""))
    if t.priced and has_dollar_value(t.code):
        parts.append(f"{fmt_money(t.value)}")
    span = f"{format_date(t.first_date)} to {format_date(t.last_date)}" if t.first_date != t.last_date \
        else format_date(t.first_date)
    at = f" at {t.issuer_label}" if t.issuer_label else ""
    conflict = " (as filed: the code and the acquired/disposed mark disagree)" if _conflicting(t) else ""
    return f"{name}, code {t.code}, {kind}{at}: {', '.join(parts)} ({span}){conflict}"


def render_totals(fetched: Fetched, aggregation: str, scope: str, searched: str) -> Answer:
    totals = fetched.totals
    n = sum(t.transactions for t in totals)
    counted_note = None
    if aggregation == "count":
        what = f" ({searched})" if searched else ""
        headline = f"{n:,} {'transaction' if n == 1 else 'transactions'} for {scope}{what}."
        if fetched.filings is not None:
            k = fetched.filings
            counted_note = (f"Counted transactions (rows of the filings), not filings: they are in {k:,} "
                            f"{'filing' if k == 1 else 'filings'}.")
    elif aggregation == "net":
        headline = _net_headline(totals, scope, searched)
    else:
        headline = _total_headline(totals, scope, searched, fetched.companies, fetched.filings)
    b = Builder("summary", headline)
    for t in totals:
        b.add_line(total_line(t))
    if aggregation == "total" and (both := _bought_and_sold(totals)):
        b.add_line(both)
    if fetched.records:
        shown = len(fetched.records)
        b.add_line(f"The {shown} newest of these:" if shown < n else "The transactions, newest first:")
        for rec in group_by_filing(fetched.records):
            b.add_record(rec)
    if counted_note:
        b.answer.notes.append(counted_note)
    return b.answer


def _bought_and_sold(totals: list[TotalRow]) -> str | None:
    """'Purchases and sales together: 40,000 shares in 3 transactions ($1,654,587.50 traded)': the shares traded
    both ways at one company in one kind of security ("total shs traded, buys + sells"); None otherwise."""
    market = [t for t in totals if t.code in ("P", "S")]
    if {t.code for t in market} != {"P", "S"} or len({(t.kind, t.issuer_cik) for t in market}) != 1:
        return None
    shares, n = sum(t.shares for t in market), sum(t.transactions for t in market)
    return (f"Purchases and sales together: {fmt_shares(shares)} shares in {n:,} transactions "
            f"({fmt_money(sum(t.value for t in market))} traded).")


def render_filing_count(counts: list, scope: str, searched: str) -> Answer:
    """'3 filings for X: 1 Form 3, 2 Form 4.' Filings, not the transactions they report."""
    n = sum(c.filings for c in counts)
    by_form = ", ".join(f"{c.filings:,} Form {c.document_type}" for c in counts)
    what = f" ({searched})" if searched else ""
    b = Builder("summary", f"{n:,} {'filing' if n == 1 else 'filings'} for {scope}{what}: {by_form}.")
    transactions = sum(c.transactions for c in counts)
    b.answer.notes.append(f"Counted filings, not transactions: {'it reports' if n == 1 else 'they report'} "
                          f"{transactions:,} {'transaction' if transactions == 1 else 'transactions'}.")
    if any(c.amended_originals for c in counts) or any("/A" in (c.document_type or "") for c in counts):
        b.answer.notes.append("An amendment replaces the filing it amends; the replaced filing is not counted.")
    return b.answer


def _companies(totals: list[TotalRow], counted: int | None = None) -> int:
    if counted is not None:
        return counted
    return len(frozenset().union(*(t.companies for t in totals)))


def _by_company_note(totals: list[TotalRow]) -> str:
    return " (shares by company below)" if not any(t.issuers or t.company_count for t in totals) else ""


def _total_headline(totals: list[TotalRow], scope: str, searched: str, counted: int | None = None,
                    filings: int | None = None) -> str:
    what = f" ({searched})" if searched else ""
    companies = _companies(totals, counted)
    if len(totals) == 1 and companies == 1:
        t = totals[0]
        value = f", {fmt_money(t.value)} in total" if t.priced and has_dollar_value(t.code) else ""
        if value and t.priced == t.transactions and t.shares:
            value += f" (an average of {fmt_price(round(t.value / t.shares, 2))} per share)"
        group = (group_name(t.code) or f"code {t.code}").lower()
        return (f"In total for {scope}{what}: {amount_of(t)} ({group}, code {t.code}) "
                f"in {t.transactions:,} {'transaction' if t.transactions == 1 else 'transactions'}"
                f"{_from_filings(t.filings)}{value}.")
    codes = {(t.code or "").upper() for t in totals}
    if len(codes) == 1 and all(map(has_dollar_value, codes)) and companies > 1:
        n = sum(t.transactions for t in totals)
        value = sum(t.value for t in totals)
        shares = ""  # the shares added up too when they are one kind of security (each company's own stock)
        if len({(t.acquired_disposed, t.kind) for t in totals}) == 1:
            shares = f" for {amount_of(replace(totals[0], shares=sum(t.shares for t in totals)))} (each company's own)"
        return (f"In total for {scope}{what}: {fmt_money(value)}{shares} in {n:,} "
                f"{'transaction' if n == 1 else 'transactions'} at {companies:,} companies"
                f"{' (each company below)' if shares else _by_company_note(totals)}:")
    by = "company, transaction code and security" if companies > 1 else "transaction code and security"
    summed = f" (summed over {filings:,} filings)" if filings and filings > 1 else ""
    return f"Totals for {scope}{what}, by {by}{summed}{_in_all(totals, companies)}:"


_LEGS = ("C", "M", "X", "O")  # conversions and exercises: Class B into Class A, options into shares


def _in_all(totals: list[TotalRow], companies: int) -> str:
    """'; in all 5,105,386 shares of common stock' when the rows sum one kind of security: one kind of trade at
    several companies (the gifts of 2021 across everyone), or several kinds at one company (sold and withheld on
    one day); by direction when both ways were filed ('disposed of …, acquired …')."""
    if len({t.code for t in totals}) > 1:  # a conversion's or exercise's two legs are one security becoming another
        totals = [t for t in totals if (t.code or "").upper() not in _LEGS]
    if len(totals) < 2 or len({t.kind for t in totals}) != 1 or (companies >= 2 and len({t.code for t in totals}) != 1):
        return ""
    ways: dict[str, list[TotalRow]] = {}
    for t in totals:
        ways.setdefault((t.acquired_disposed or "").upper(), []).append(t)
    if all(len(rows) == 1 for rows in ways.values()):
        return ""  # each direction is one row already
    if len(ways) == 1:
        return f"; in all {amount_of(replace(totals[0], shares=sum(t.shares for t in totals)))}"
    named = {"D": "disposed of", "A": "acquired"}
    return "; in all " + ", ".join(
        f"{amount_of(replace(rows[0], shares=sum(t.shares for t in rows)))} {named.get(way, '')}".rstrip()
        for way, rows in sorted(ways.items(), key=lambda item: item[0] != "D"))


def _from_filings(filings: int | None) -> str:
    """' from 2 filings': one person's trades of one day are often split over several filings (directly and
    through a trust), and a total sums every one of them."""
    return f" from {filings:,} filings" if filings and filings > 1 else ""


def _net_headline(totals: list[TotalRow], scope: str, searched: str) -> str:
    """Net buying from open-market purchases (P) and sales (S). A trade whose code and acquired/disposed
    mark disagree is left out (its direction cannot be told) and the headline says so."""
    odd = [t for t in totals if is_open_market(t.code) and _conflicting(t)]
    bought = [t for t in totals if (t.code or "").upper() == "P" and t not in odd]
    sold = [t for t in totals if (t.code or "").upper() == "S" and t not in odd]
    what = f" ({searched})" if searched else ""
    left_out = ""
    if odd:
        k = sum(t.transactions for t in odd)
        shares = fmt_shares(sum(t.shares for t in odd)) if _companies(odd) == 1 else "their"
        left_out = (f"{k} {'trade' if k == 1 else 'trades'} ({shares} shares, {fmt_money(sum(t.value for t in odd))}) "
                    f"coded P or S but marked the other way (acquired/disposed) in "
                    f"{'its filing' if k == 1 else 'their filings'}")
        if not (bought or sold):
            return f"Net buying or selling for {scope}{what} cannot be told from the filings: {left_out}."
        left_out = f" Left out: {left_out}."
    b_sh, s_sh = sum(t.shares for t in bought), sum(t.shares for t in sold)
    b_val, s_val = sum(t.value for t in bought), sum(t.value for t in sold)
    companies = _companies(bought + sold)
    if companies > 1:
        # Shares of different companies do not add up: the verdict is by dollar value.
        net_val = b_val - s_val
        verdict = "Net buying" if net_val > 0 else "Net selling" if net_val < 0 else "No net change"
        return (f"{verdict} for {scope}{what} across {companies:,} companies, by dollar value: bought "
                f"{fmt_money(b_val)}, sold {fmt_money(s_val)}; net {fmt_money(abs(net_val))}"
                f"{' bought' if net_val > 0 else ' sold' if net_val < 0 else ''}{_by_company_note(bought + sold)}."
                f"{left_out}")
    net = b_sh - s_sh
    verdict = "Net buying" if net > 0 else "Net selling" if net < 0 else "No net change"
    direction = " bought" if net > 0 else " sold" if net < 0 else ""
    return (f"{verdict} for {scope}{what}: bought {fmt_shares(b_sh)} shares for {fmt_money(b_val)}, "
            f"sold {fmt_shares(s_sh)} shares for {fmt_money(s_val)}; net {fmt_shares(abs(net))} "
            f"shares{direction}.{left_out}")


def render_entity_count(counted: EntityCount, unit: str, scope: str, searched: str) -> Answer:
    """'37 companies have filings stored: ...' the companies (or insiders) counted, the most filed first."""
    what = f" ({searched})" if searched else ""
    noun = {"companies": ("company", "companies"), "insiders": ("insider", "insiders")}[unit][counted.count != 1]
    where = "" if scope == "all companies" else f" for {scope}"
    b = Builder("summary", f"{counted.count:,} {noun} with filings stored{where}{what}.")
    if counted.top:
        b.add_line("The ones with the most filings:" if len(counted.top) < counted.count else "They are:")
    for name, ticker, filings in counted.top:
        who = issuer_label(name, ticker) if unit == "companies" else display_name(name)
        b.add_line(f"• {who}: {filings:,} {'filing' if filings == 1 else 'filings'}")
    return b.answer


MAX_FILINGS_LISTED = 15


def render_filing_list(rows: list, scope: str, searched: str, *, oldest_first: bool = False) -> Answer:
    """'4 filings for all companies (on Form 3 in 2020), newest first:' then one line per filing: its form and
    date, who filed it (every reporting owner once) and for which company, with its source. ``rows``: one per
    owner per filing (``sums.owner_filings``), newest first or oldest first."""
    filings: dict[str, list] = {}
    for row in rows:
        filings.setdefault(row["filing_id"], []).append(row)
    n = len(filings)
    what = f" ({searched})" if searched else ""
    order = "oldest" if oldest_first else "newest"
    more = f"; the {order} {MAX_FILINGS_LISTED}" if n > MAX_FILINGS_LISTED else f", {order} first"
    dates = sorted(o[0]["as_of"] for o in filings.values() if o[0]["as_of"])
    span = f", from {format_date(dates[0])} to {format_date(dates[-1])}" if len(set(dates)) > 1 else ""
    b = Builder("records", f"{n:,} {'filing' if n == 1 else 'filings'} for {scope}{what}{span}{more}:")
    for owners in list(filings.values())[:MAX_FILINGS_LISTED]:
        first = owners[0]
        who = ", ".join(dict.fromkeys(display_name(o["name"]) for o in owners))
        company = issuer_label(first["any_issuer_name"], first["any_ticker"])
        line = b.add_line(f"Form {first['form']} for {format_date(first['as_of'])}: {who} at {company}")
        line.source = len(b.answer.sources)
        b.answer.sources.append(filing_row_source(first))
        b.answer.records.append({"filing_id": first["filing_id"], "form": first["form"], "as_of": first["as_of"],
                                 "issuer_cik": first["issuer_cik"], "owner_ciks": [o["owner_cik"] for o in owners]})
        line.record = len(b.answer.records) - 1
    return b.answer

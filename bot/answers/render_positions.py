"""Positions and people as answers: holdings after the latest filing, Form 3s that report owning nothing,
and the insiders who file for a company."""

from __future__ import annotations

import re

from bot.answers import ask_words
from bot.answers.records import Fetched, Record, filing_url
from bot.answers.render import Answer, Source
from bot.answers.render_records import (
    Builder,
    all_owners_detail,
    clip_note,
    form_label,
    joint_detail,
    owner_list,
    ownership_words,
    underlying_phrase,
)
from bot.answers.sums import InsiderRow
from bot.domain.formats import fmt_price, fmt_shares, format_date
from bot.domain.text import issuer_label
from bot.domain.vocab import display_name, role_text
from bot.domain.wording import security_phrase


def _holder(rec: Record) -> str:
    lead = rec.lead_owners
    if not lead:
        return "An insider"
    if len(lead) == 1:
        return lead[0].display
    return f"{owner_list(lead, with_roles=False)}, filing jointly,"


def held_otherwise(every: Fetched, direct: Fetched, vehicle: str | None) -> str | None:
    """"anything left in his own name": when nothing is held directly, what is held indirectly, said after."""
    if vehicle != "direct" or any(r.shares_owned_following for r in direct.records):
        return None
    others = [r for r in every.records if r not in direct.records and r.shares_owned_following]
    if not others:
        return None
    return "Held indirectly (not in their own name): " + "; ".join(
        f"{fmt_shares(r.shares_owned_following)} {security_phrase(r.security_title, r.shares_owned_following, r.security_kind, r.is_derivative)}"
        f" {ownership_words(r.direct_indirect, r.nature_of_ownership)}".rstrip() for r in others[:6]) + "."


def share_of_all(every: Fetched, chosen: Fetched, vehicle: str | None, question: str) -> str | None:
    """"what % of his total sits in the llc", "what share of roe's holdings is in his family trust": the positions
    held that way as a share of every position in the same securities (each as its latest filing reports it)."""
    picked = [r for r in chosen.records if not r.is_derivative and r.shares_owned_following]
    if vehicle is None or not picked or not ask_words.ASKS_PERCENT.search(question):
        return None
    titles = {(r.security_title or "").lower() for r in picked}
    whole = [r for r in every.records if not r.is_derivative and (r.security_title or "").lower() in titles
             and r.shares_owned_following]
    part, total = sum(r.shares_owned_following for r in picked), sum(r.shares_owned_following for r in whole)
    if not total or len(whole) <= len(picked):
        return None
    how = "directly" if vehicle == "direct" else f"through “{vehicle}”"
    return (f"Held {how}: {fmt_shares(part)} of the {fmt_shares(total)} shares held in all ({len(whole)} positions, "
            f"direct and indirect), {100 * part / total:.2f}%.")


def render_holdings(fetched: Fetched, scope: str, *, by_size: bool = False, bounds: str | None = None) -> Answer:
    """One line per position (``by_size``: the records come largest first). Positions reported as 0 are
    left out when others are held (a note says how many)."""
    held = [rec for rec in fetched.records if rec.shares_owned_following != 0]
    records = held or fetched.records
    zeros = len(fetched.records) - len(records)
    only_expired = not records
    if only_expired:
        records = fetched.expired
    b = Builder("holdings")
    for rec in records:
        amount = rec.shares_owned_following
        how = ownership_words(rec.direct_indirect, rec.nature_of_ownership)
        when = format_date(rec.transaction_date or rec.period_of_report or rec.filed_at)
        if amount is None:  # an old Form 3 derivative row: only the underlying amount is stated
            what = underlying_phrase(rec)
        else:
            what = f"{fmt_shares(amount)} {security_phrase(rec.security_title, amount, rec.security_kind, rec.is_derivative)}"
        text = (f"{_holder(rec)} held {what} of {issuer_label(rec.issuer_name, rec.ticker)}"
                f"{' ' + how if how else ''} after the {form_label(rec)} for {when}.")
        details = []
        if rec.is_derivative:
            parts = []
            if rec.conversion_or_exercise_price is not None:
                parts.append(f"Exercise price {fmt_price(rec.conversion_or_exercise_price)}")
            if rec.exercise_date:
                parts.append(f"exercisable from {format_date(rec.exercise_date)}")
            if rec.expiration_date:
                parts.append(f"{'expired' if only_expired else 'expires'} {format_date(rec.expiration_date)}")
            if parts:
                details.append(" · ".join(parts))
        for name in ("direct_indirect", "nature_of_ownership"):
            for note in rec.footnotes.get(name, []):
                if not note["text"]:
                    continue
                if (rec.filing_id, note["id"]) in b.shown_notes:
                    details.append(f"See footnote {note['id']} above")
                else:
                    b.shown_notes.add((rec.filing_id, note["id"]))
                    details.append(f"Footnote {note['id']} ({name.replace('_', ' ')}): {clip_note(note['text'])}")
        if joint := joint_detail(rec):
            details.append(joint)
        elif owners := all_owners_detail(rec, b.shown_notes):
            details.append(owners)
        b.add_record(rec, text, details)
    if only_expired:
        n = len(records)
        b.answer.headline = (f"No current holdings of {scope}: {'the position' if n == 1 else f'all {n} positions'} "
                             f"on file {'has' if n == 1 else 'have'} passed {'its' if n == 1 else 'their'} "
                             "expiration date:")
        return b.answer
    if len(records) == 1 and not zeros and not fetched.expired and not bounds:
        b.answer.headline = b.answer.lines[0].text
    else:
        n = len(records)
        order = ", largest first (shares or units)" if by_size else ""
        held = f" {bounds}" if bounds else ""
        b.answer.headline = f"Holdings of {scope}{held} after the latest filing for each security " \
                            f"({n} {'position' if n == 1 else 'positions'}{order}):"
    b.answer.notes.extend(_together(records))
    if fetched.as_of is not None:
        b.answer.notes.insert(0, f"No filing in the period asked reports these positions: each is as the latest "
                                 f"filing by {format_date(fetched.as_of.isoformat())} reported it.")
    if zeros:
        b.answer.notes.append(f"{zeros} {'position' if zeros == 1 else 'positions'} reported as 0 after "
                              f"the latest filing {'is' if zeros == 1 else 'are'} not listed.")
    if fetched.expired:
        n = len(fetched.expired)
        b.answer.notes.append(f"{n} option, warrant or other derivative {'position' if n == 1 else 'positions'} "
                              f"past {'its' if n == 1 else 'their'} expiration date {'is' if n == 1 else 'are'} "
                              "not listed.")
    return b.answer


def _together(records: list[Record]) -> list[str]:
    """'Together: 1,622,338 shares of Class A Common Stock of Affirm Holdings, Inc. (AFRM) in 3 positions (all
    indirect).' for each company and security held in more than one position (directly and through a trust);
    options and other derivatives by how many are held (or, when a Form 3 states only that, their underlying
    shares)."""
    groups: dict[tuple, list[Record]] = {}
    for rec in records:
        if _amount(rec):
            title = re.sub(r"[^a-z0-9]", "", (rec.security_title or "").lower())
            # A title cut short in the filing ("Class A Common Stoc") is the same stock.
            same = next((k for k in groups if k[:2] == (rec.issuer_cik, rec.is_derivative)
                         and len(min(k[2], title, key=len)) >= 8 and (k[2].startswith(title) or title.startswith(k[2]))),
                        None)
            groups.setdefault(same or (rec.issuer_cik, rec.is_derivative, title), []).append(rec)
    notes = []
    for group in groups.values():
        if len(group) < 2:
            continue
        first = max(group, key=lambda r: len(r.security_title or ""))
        total = sum(_amount(r) or 0 for r in group)
        ways = {(r.direct_indirect or "").upper() for r in group}
        how = "direct and indirect" if ways == {"D", "I"} else ("all indirect" if ways == {"I"} else "all direct")
        what = f"shares of {first.security_title or 'stock'}"
        if first.is_derivative:
            underlying = all(r.shares_owned_following is None for r in group)
            what = f"{first.security_title or 'derivatives'}" + (" (as underlying shares)" if underlying else "")
        notes.append(f"Together: {fmt_shares(total)} {what} of "
                     f"{issuer_label(first.issuer_name, first.ticker)} in {len(group)} positions ({how}).")
    return notes


def _amount(rec: Record) -> float | None:
    """What a position holds: shares, or a derivative's units (its underlying shares when only those are told)."""
    if not rec.is_derivative:
        return rec.shares_owned_following
    return rec.shares_owned_following if rec.shares_owned_following is not None else rec.underlying_shares


def render_no_securities(filings: list, owners_by_filing: dict[str, list], owner_ciks: tuple[str, ...]) -> Answer:
    """Form 3s that report owning no securities: a definite answer (nothing held), with its source."""
    b = Builder("holdings")
    _no_securities_lines(b, filings, owners_by_filing, owner_ciks)
    b.answer.headline = b.answer.lines[0].text if len(filings) == 1 else \
        f"{len(filings)} filings report owning no securities:"
    return b.answer


def add_no_securities(answer: Answer, filings: list, owners_by_filing: dict[str, list],
                      owner_ciks: tuple[str, ...]) -> None:
    """After a list of reported positions: the filings that report owning nothing."""
    b = Builder(answer.kind)
    b.answer = answer
    b.source_ids = {src.filing_id: i for i, src in enumerate(answer.sources)}
    n = len(filings)
    b.add_line(f"Also {n} {'filing reports' if n == 1 else 'filings report'} owning no securities:")
    _no_securities_lines(b, filings, owners_by_filing, owner_ciks)


def _no_securities_lines(b: Builder, filings: list, owners_by_filing: dict[str, list],
                         owner_ciks: tuple[str, ...]) -> None:
    for f in filings:
        owners = owners_by_filing.get(f["filing_id"], [])
        lead = [o for o in owners if o["owner_cik"] in owner_ciks] or owners
        names = [display_name(o["owner_name"] or o["filed_name"]) for o in lead]
        who = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else (names[0] if names else "An insider")
        role = role_text(lead[0]["officer_title"], lead[0]["other_text"], lead[0]["is_director"],
                         lead[0]["is_officer"], lead[0]["is_ten_percent_owner"]) if len(lead) == 1 else ""
        form = f"Form {f['document_type'] or f['form']}"
        text = (f"{who}{', ' + role + ',' if role else ''} reported owning no securities of "
                f"{issuer_label(f['issuer_name'], f['ticker'])} in the {form} for "
                f"{format_date(f['period_of_report'] or f['filed_at'])}.")
        line = b.add_line(text)
        if f["filed_at"]:
            when = f"filed {format_date(f['filed_at'])}"
        else:
            when = f"signed {format_date(f['signed_at'])}" if f["signed_at"] else ""
        line.source = len(b.answer.sources)
        b.answer.sources.append(Source(f"{form} {when}".strip(), filing_url(f["issuer_cik"], f["accession_number"],
                                                                              f["source"]), f["filing_id"]))


def render_insiders(insiders: list[InsiderRow], scope: str, role_label: str | None,
                    company: str | None = None) -> Answer:
    who = f"{role_label} " if role_label else ""
    n = len(insiders)
    if n == 1:
        i = insiders[0]
        role = role_text(i.officer_title, i.other_text, i.is_director, i.is_officer, i.is_ten_percent_owner,
                         i.remarks)
        headline = f"{display_name(i.name)} is the {who.strip() or 'insider'} on file for " \
                   f"{issuer_label(i.issuer_name, i.ticker)}" + (f" ({role})" if role else "") + \
                   f", latest filing for {format_date(i.latest)}."
    elif role_label:
        headline = f"{n} insiders with the role {role_label} have filed for {company or scope}:"
    else:
        headline = f"{n} insiders have filed for {scope}:"
    b = Builder("insiders", headline)
    for i in insiders:
        role = role_text(i.officer_title, i.other_text, i.is_director, i.is_officer, i.is_ten_percent_owner,
                         i.remarks)
        text = f"{display_name(i.name)}" + (f", {role}" if role else "") + \
               f" of {issuer_label(i.issuer_name, i.ticker)}: {i.filings} " \
               f"{'filing' if i.filings == 1 else 'filings'}, latest for {format_date(i.latest)}" + \
               (f", first for {format_date(i.first)}" if i.first != i.latest else "")
        line = b.add_line(text)
        url = filing_url(i.issuer_cik, i.latest_accession, i.latest_source)
        when = f"filed {format_date(i.latest_filed)}" if i.latest_filed else f"signed {format_date(i.latest_signed)}"
        src = Source(f"Form {i.latest_form} {when}", url, i.filing_ids[0])
        line.source = len(b.answer.sources)
        b.answer.sources.append(src)
        b.answer.records.append({"owner_cik": i.owner_cik, "name": i.name, "display": display_name(i.name),
                                 "role": role, "issuer_cik": i.issuer_cik, "issuer_name": i.issuer_name,
                                 "ticker": i.ticker, "filings": i.filings, "latest": i.latest, "first": i.first,
                                 "url": url})
        line.record = len(b.answer.records) - 1
    if n == 1:
        b.answer.lines[0].text = headline
    return b.answer


def order_positions(records: list, largest_first: bool, question: str) -> str | None:
    """Positions in the order asked: the largest first, or the soonest (latest) to expire first (those with no
    expiration date last); else as fetched. The order in words when it is by expiration."""
    if ask_words.SOONEST.search(question):
        records.sort(key=lambda r: (r.expiration_date is None, r.expiration_date or ""))
        return "Listed by expiration date, the soonest first."
    if ask_words.LATEST_EXPIRY.search(question):  # the latest first; those with no expiration date last
        records.sort(key=lambda r: (r.expiration_date is not None, r.expiration_date or ""), reverse=True)
        return "Listed by expiration date, the latest first."
    if largest_first:
        records.sort(key=lambda r: -(r.shares_owned_following or r.underlying_shares or 0))
    return None

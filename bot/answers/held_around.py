"""What an insider held right before or right after one transaction ("how many tesla shares did musk hold directly
right after his 33,171-share sale on nov 8, 2021", "what did garascia hold before her january 2025 sale"): after it,
the row's own shares owned following; before it, that figure less what the row acquired, or plus what it disposed
of. The row is the one whose size the question gives, else the first of the event (before) or the last (after),
in the order the filings report them (``filed_order``); holdings of the stock itself (Table I), or of the class
asked ("Zynga Class B", filed in Table II), directly when the question says so. Between two events ("after the
vesting but before the tax withholding"), what was held before the second that follows the first; over several
rows ("how did dodge's holding fall over his march sales"), the holding before the first and after the last.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from bot.answers import query
from bot.answers.filed_order import filed_order, filing_ranks, held_before
from bot.answers.filters import Filters
from bot.answers.held_compare import ASKS_HELD
from bot.answers.held_in_all import shares_of
from bot.answers.records import Record, build_records
from bot.answers.render import Answer
from bot.answers.render_records import Builder
from bot.answers.rereads import AFTER_EACH
from bot.domain.formats import fmt_shares, format_date

MOST_ROWS = 500
# "right after his 33,171-share sale", "just before her RSUs settled", "prior to exercising", "after the vesting"
AROUND = re.compile(r"\b(?P<right>(?:right|just|immediately)\s+)?(?P<side>after|before|prior\s+to)\s+"
                    r"(?:(?:his|her|their|its|the|that|this|each|a)\s+)?(?:[\w$.,%'-]+\s+){0,4}?"
                    r"(?P<event>sales?|sell(?:ing)?|sold|purchases?|buys?|buying|bought|exercis\w*|vest\w*|settl\w*|"
                    r"grants?|granted|conversions?|convert\w*|gifts?|gave|withh\w*|tax(?:es)?)\b", re.I)
_EVENTS = (("sell", r"sal|sel|sol"), ("buy", r"pur|buy|bou"), ("exercise", r"exe|ves|set"), ("grant", r"gra"),
           ("conversion", r"conv"), ("gift", r"gif|gav"), ("tax_withholding", r"with|tax"))
_HOLD_WORDS = re.compile(ASKS_HELD.pattern + r"|\b(?:have|had|left\s+with)\b", re.I)  # the holding words, and "had"
# "musk trust tsla shs right before the gift": shares named with no trade verb before the event are a holding
_SHARES = re.compile(r"\b(?:shares|shs|stock)\b", re.I)
_TRADED = re.compile(r"\b(?:sell|sold|sells|buy|bought|buys|exercis\w*|grant\w*|gave|give|gift\w*|dump\w*|unload\w*|"
                     r"acquir\w*|dispos\w*|receiv\w*|got|get|convert\w*|withh\w*|trade[ds]?|transfer\w*|vest\w*|"
                     r"settl\w*|purchas\w*|award\w*|donat\w*|issu\w*|list|show)\b", re.I)
_DIRECT = re.compile(r"\bdirect(?:ly)?\b", re.I)
# a row's size: "33,171", "150000", "6250-share" (never a year: "2022")
_SIZE = re.compile(r"(?<![\d.$/])(\d{1,3}(?:,\d{3})+|\d{5,}|\d{1,4}(?=[\s-]+(?:shares?|shs)\b))(?![\d.%/])")
_LEFT = re.compile(r"\b(?:left|remaining|remain|still\s+(?:had|have|has|held|hold|own|owned))\b", re.I)
_HOW_LONG = re.compile(r"\bhow\s+long\b|\bfor\s+(?:\S+\s+)?long\b|\blong\s+before\b", re.I)
_AWARD_HELD = re.compile(r"\b(?:options?|rsus?|psus?|units?|warrants?|preferred)\b", re.I)  # held, said before "after"
_CLASS = re.compile(r"\bclass\s+([a-c])\b", re.I)


def _kind(event: str) -> str:
    return next(kind for kind, start in _EVENTS if re.match(start, event, re.I))


def _around(question: str) -> re.Match | None:
    """The transaction the holding is asked around; of "after the vesting but before the tax withholding", the
    one it is asked before (what was held between the two is what was held before the second)."""
    found = list(AROUND.finditer(question))
    if not found or found[0]["right"]:  # "right after exercising, and before selling": the one said first
        return found[0] if found else None
    return next((m for m in found if not m["side"].lower().startswith("after")), found[0])


def _holding_said(question: str, at: int) -> int | None:
    """Where the holding is said before the transaction (the end of its word): a holding word ("held", "own"), or
    shares named with no trade verb before it; None when it is not."""
    held = _HOLD_WORDS.search(question)
    if held and held.start() < at:
        return held.end()
    lead = question[:min(at, first.start())] if (first := AROUND.search(question)) else question[:at]
    shares = _SHARES.search(lead)  # (the words before the first event named: "zip shs after rsu vest b4 tax")
    return shares.end() if shares and not _TRADED.search(lead) else None


# "by how much did dodge's holding fall over his march 2025 sales", "how did her stake change across the sales"
CHANGE = re.compile(r"\b(?:fall|fell|fallen|drop(?:ped)?|declin(?:e|ed)|chang(?:e|ed)|go\s+down|went\s+down|gone\s+down|"
                    r"shr[iau]nk|move[d]?|grow|grew|grown|rise|rose|risen|go\s+up|went\s+up)\s+(?:over|during|across|"
                    r"through|with|from)\s+(?:(?:his|her|their|its|the|those|these|all)\s+)?(?:[\w$.,%'-]+\s+){0,4}?"
                    r"(?P<event>sales?|sells?|selling|purchases?|buys?|buying|exercis\w*|vest\w*|settl\w*|grants?|"
                    r"conversions?|gifts?|withh\w*)\b", re.I)


def asks_around(question: str) -> bool:
    """A holding asked right before or after a transaction the question names, the holding said first ("shs held
    right after the 33,171 sale", "musk trust shs right b4 the gift", not "what did he sell after he held the
    options")."""
    found = _around(question)
    return bool(found and _holding_said(question, found.start()) is not None) or bool(
        (changed := CHANGE.search(question)) and _HOLD_WORDS.search(question[:changed.start()]))


def _rows(conn: sqlite3.Connection, filters: Filters, kind: str, direct: bool, share_class: str | None = None
          ) -> list[sqlite3.Row]:
    """The rows of the event, in the order filed: the stock itself (Table I), or any row of the class asked ("Class
    B shares after settling his RSUs": Zynga's Class B is filed in Table II)."""
    event = replace(filters, kinds=(kind,), security=None, min_shares=None, max_shares=None, min_price=None,
                    max_price=None, min_value=None, max_value=None, strict_bounds=False)
    rows = [r for r in query.entries(conn, event, limit=MOST_ROWS, counted=False)
            if r["shares_owned_following"] is not None and r["shares"] is not None
            and (not direct or (r["direct_indirect"] or "D").upper() == "D")
            and (re.search(rf"\bclass\s+{share_class}\b", r["security_title"] or "", re.I) if share_class
                 else not r["is_derivative"])]
    every = replace(event, kinds=())  # the day's rows of every kind, to tell the order of its filings
    ranks = filing_ranks([r for r in query.entries(conn, every, limit=MOST_ROWS, counted=False)
                          if not r["is_derivative"] or share_class])
    return sorted(rows, key=lambda r: filed_order(r, ranks))


_PRICE = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)")


def _chosen(rows: list[sqlite3.Row], question: str, before: bool) -> sqlite3.Row | None:
    prices = {float(p.replace(",", "")) for p in _PRICE.findall(question)}
    priced = [r for r in rows if r["price_per_share"] is not None and float(r["price_per_share"]) in prices]
    rows = priced or rows  # "right after exercising his $8.17 options"
    sizes = {float(s.replace(",", "")) for s in _SIZE.findall(question)}
    sized = [r for r in rows if float(r["shares"]) in sizes]
    if sized:
        return sized[0] if before else sized[-1]
    if not rows:
        return None
    return rows[0] if before else rows[-1]


def around_answer(conn: sqlite3.Connection, filters: Filters, scope: str, question: str) -> Answer | None:
    """The holding right before or after the transaction asked about; None when the question asks no such thing
    or no row of that kind matches (the ordinary holdings answer follows)."""
    if (changed := CHANGE.search(question)) and _HOLD_WORDS.search(question[:changed.start()]):
        return _change(conn, filters, scope, question, _kind(changed["event"]))
    if AFTER_EACH.search(question) and (each := AROUND.search(question)) and _holding_said(question, each.start()):
        return _after_each(conn, filters, scope, question, _kind(each["event"]))
    found = _around(question)
    said = _holding_said(question, found.start()) if found else None
    if found is not None and said is None and (held := _HOLD_WORDS.search(question)):
        said = held.end()  # "Before the IPO purchase, how many shares did the trust hold": the holding said after
    if found is None or said is None or _LEFT.search(question) or _HOW_LONG.search(question) \
            or _AWARD_HELD.search(question[:min(said, found.start())]):
        return None  # (options or RSUs held, what is left of them, how long shares were held: other answers)
    before = not found["side"].lower().startswith("after")
    share_class = _CLASS.search(question)  # "how many class b shares did it hold before the conversion"
    one_class = share_class is not None and len(_CLASS.findall(question)) == 1
    if not (found["right"] or _SIZE.search(question) or _PRICE.search(question) or one_class) and not before:
        return None  # "what did he hold after the sales": his holdings then, over every account
    direct = bool(_DIRECT.search(question))
    rows = _rows(conn, filters, _kind(found["event"]), direct, share_class[1] if share_class else None)
    row = _chosen(_after_anchor(conn, filters, question, found, rows, direct), _clause(question, found), before)
    if row is None:
        return None
    rec = build_records(conn, [row], filters)[0]
    return _render(rec, scope, before)


def _clause(question: str, found: re.Match) -> str:
    """The words that say which row of the event: from the event to the next one asked about, or the whole
    question when it names one event."""
    later = [m.start() for m in AROUND.finditer(question) if m.start() > found.start()]
    earlier = [m for m in AROUND.finditer(question) if m.start() < found.start()]
    return question if not later and not earlier else question[found.start():later[0] if later else len(question)]


def _after_anchor(conn: sqlite3.Connection, filters: Filters, question: str, found: re.Match, rows: list,
                  direct: bool) -> list:
    """"after exercising his options but before the sales": the rows of the second event that follow the first
    event's row; the rows as they are when no earlier event is named."""
    earlier = [m for m in AROUND.finditer(question) if m.start() < found.start() and m["side"].lower() == "after"]
    if not earlier:
        return rows
    anchor = _chosen(_rows(conn, filters, _kind(earlier[-1]["event"]), direct), _clause(question, earlier[-1]),
                     before=False)
    if anchor is None:
        return rows
    ranks = filing_ranks([*rows, anchor])
    return [r for r in rows if filed_order(r, ranks) > filed_order(anchor, ranks)]


def _change(conn: sqlite3.Connection, filters: Filters, scope: str, question: str, kind: str) -> Answer | None:
    """The holding before the first row of the event and after its last, and the change between (one holder's
    rows: directly when asked, else those held as the first row was); None when no row matches."""
    rows = _rows(conn, filters, kind, bool(_DIRECT.search(question)))
    if not rows:
        return None
    records = build_records(conn, rows, filters)
    held_as = _holder(records[0])
    records = [rec for rec in records if _holder(rec) == held_as]  # one owner's rows, held one way
    first, last = records[0], records[-1]
    start = held_before(first.shares_owned_following or 0, first.shares or 0, first.acquired_disposed) or 0.0
    end = float(last.shares_owned_following or 0)
    how = _how(first)
    owner = first.lead_owners[0].display if first.lead_owners else scope
    span = format_date(first.transaction_date) + ("" if first.transaction_date == last.transaction_date
                                                  else f" to {format_date(last.transaction_date)}")
    moved_by = "unchanged" if end == start else f"{'down' if end < start else 'up'} {fmt_shares(abs(start - end))} shares"
    b = Builder("records", f"{owner}'s holding of {first.security_title or 'the stock'} held {how} went from "
                           f"{fmt_shares(start)} before the first of these {len(records)} transactions to "
                           f"{fmt_shares(end)} after the last ({span}): {moved_by}.")
    for rec in records:
        b.add_record(rec)
    return b.answer


def _after_each(conn: sqlite3.Connection, filters: Filters, scope: str, question: str, kind: str) -> Answer | None:
    """"moran wve shs held after each of the 3 exercises on dec 8": what was held after every row of the event,
    in the order filed (the stock itself, or the class asked); None when no row matches."""
    share_class = _CLASS.search(question)
    rows = _rows(conn, filters, kind, bool(_DIRECT.search(question)), share_class[1] if share_class else None)
    if not rows:
        return None
    records = build_records(conn, rows, filters)
    first = records[0]
    owner = first.lead_owners[0].display if first.lead_owners else scope
    b = Builder("records", f"What {owner} held after each of these {len(records)} transactions, as filed:")
    for rec in records:  # each with its filing as the source
        b.add_record(rec, f"after the {fmt_shares(float(rec.shares or 0))}-share transaction (code {rec.transaction_code})"
                          f" on {format_date(rec.transaction_date)}: {fmt_shares(float(rec.shares_owned_following or 0))} "
                          f"{_title(rec)} held {_how(rec)}", details=[])
    return b.answer


def _title(rec: Record) -> str:
    return shares_of(rec.security_title or "the stock")  # ("Ordinary Shares")


def _how(rec: Record) -> str:
    return "directly" if (rec.direct_indirect or "D").upper() == "D" else f"indirectly ({rec.nature_of_ownership or 'as filed'})"


def _holder(rec: Record) -> tuple:
    """Whose holding a row moves: its reporting owners, how it is held and through what (the footnotes that name
    a vehicle when the nature of ownership only says "See Footnote")."""
    return (tuple(o.display for o in rec.lead_owners), (rec.direct_indirect or "D").upper(), rec.nature_of_ownership,
            tuple(f.get("id") for f in rec.footnotes.get("nature_of_ownership", [])))


def _render(rec: Record, scope: str, before: bool) -> Answer:
    after = float(rec.shares_owned_following or 0)
    moved = float(rec.shares or 0)
    acquired = (rec.acquired_disposed or "").upper() == "A"
    held = held_before(after, moved, rec.acquired_disposed) or 0.0
    how = _how(rec)
    title = _title(rec)
    owner = rec.lead_owners[0].display if rec.lead_owners else scope
    event = f"the {fmt_shares(moved)}-share transaction (code {rec.transaction_code}) on {format_date(rec.transaction_date)}"
    if before:
        headline = (f"{owner} held {fmt_shares(held)} {title} {how} right before {event}: the filing gives "
                    f"{fmt_shares(after)} after it, {'less' if acquired else 'plus'} the {fmt_shares(moved)} shares it "
                    f"{'acquired' if acquired else 'disposed of'}.")
    else:
        headline = f"{owner} held {fmt_shares(after)} {title} {how} right after {event}, as the filing states."
    b = Builder("records", headline)
    b.add_record(rec)
    return b.answer

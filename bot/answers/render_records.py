"""One record in words: its sentence (who did what, when, under which code), its detail lines (terms,
footnotes, joint filers, 10b5-1, lateness, amendments) and its source; the list of records as an answer.

Rules: lead with the direct answer; numbers as filed (shares never rounded); codes in words; a grant
(A) or an exercise (M) is never called a purchase; a joint filing names everyone who filed.
"""

from __future__ import annotations

import datetime as dt

from bot.answers.flags import add_business_days, is_plan_note
from bot.answers.records import Fetched, Owner, Record, filing_url
from bot.answers.render import Answer, Line, Source
from bot.domain.codes import code_word, is_open_market
from bot.domain.formats import fmt_money, fmt_price, fmt_shares, format_date
from bot.domain.text import clip, issuer_label
from bot.domain.wording import security_phrase, unit_word, word_trade

INLINE_FOOTNOTE_MAX = 100
FOOTNOTE_MAX = 300


def _note_inline(text: str) -> str | None:
    text = " ".join(text.split()).rstrip(".")
    if not text or len(text) > INLINE_FOOTNOTE_MAX:
        return None
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


def clip_note(text: str, limit: int = FOOTNOTE_MAX) -> str:
    """A footnote on one line, clipped."""
    return clip(" ".join(text.split()), limit)


def ownership_words(direct_indirect: str | None, nature: str | None) -> str:
    if (direct_indirect or "").upper() == "I":
        return f"indirectly ({nature})" if nature else "indirectly"
    if (direct_indirect or "").upper() == "D":
        return "directly"
    return ""


# ---- one record ----------------------------------------------------------------------------------


def _subject(rec: Record) -> tuple[str, bool]:
    """'John Whiting, General Counsel & Secretary of Tecogen Inc. (TGEN),' and whether it is plural."""
    issuer = issuer_label(rec.issuer_name, rec.ticker)
    lead = rec.lead_owners
    if not lead:
        return f"An insider of {issuer}", False
    if len(lead) == 1:
        o = lead[0]
        joint = ", filing jointly," if len(rec.owners) > 1 else ","
        if o.role:
            return f"{o.display}, {o.role} of {issuer}{joint}", False
        return f"{o.display} of {issuer}{joint}", False
    return f"{owner_list(lead, with_roles=True)} of {issuer}, filing jointly,", True


def owner_list(owners: list[Owner], *, with_roles: bool) -> str:
    """'A (10% owner), B (Director) and 2 other reporting owners'."""
    named = [f"{o.display} ({o.role})" if with_roles and o.role else o.display for o in owners[:3]]
    rest = len(owners) - 3
    if rest > 0:
        return f"{', '.join(named)} and {rest} other reporting {'owner' if rest == 1 else 'owners'}"
    if len(named) == 1:
        return named[0]
    return ", ".join(named[:-1]) + f" and {named[-1]}"


def all_owners_detail(rec: Record, shown: set[tuple[str, str]]) -> str | None:
    """Every reporting owner of a joint filing whose sentence names only the first three; once per filing."""
    lead = rec.lead_owners
    if len(lead) <= 3 or (rec.filing_id, "owners") in shown:
        return None
    shown.add((rec.filing_id, "owners"))
    return "Reporting owners, filing jointly: " + ", ".join(
        f"{o.display} ({o.role})" if o.role else o.display for o in lead)


def joint_detail(rec: Record) -> str | None:
    """'Filed jointly with ...' for the owners the lead sentence does not name."""
    others = [o for o in rec.owners if o not in rec.lead_owners]
    if not others:
        return None
    named = ", ".join(f"{o.display} ({o.role})" if o.role else o.display for o in others[:6])
    more = f" and {len(others) - 6} more" if len(others) > 6 else ""
    return f"Filed jointly with {named}{more}"


def underlying_phrase(rec: Record) -> str:
    """A derivative position stated only by its underlying amount: 'stock options (right to buy) over
    383,594 underlying shares of Class B Common Stock', 'Class B Common Stock convertible into 13,031,306
    shares of Class A Common Stock'."""
    of = f" of {rec.underlying_security_title}" if rec.underlying_security_title else ""
    n = fmt_shares(rec.underlying_shares)
    if rec.security_kind in ("option", "warrant", "rsu", "psu") or rec.security_kind is None:
        return f"{security_phrase(rec.security_title, 2, rec.security_kind, True)} over {n} underlying shares{of}"
    return f"{(rec.security_title or 'securities').strip()} convertible into {n} shares{of}"


def _holding(rec: Record, plural: bool) -> str:
    """'holds 400,000 stock options (right to buy)': a reported position, not a trade."""
    amount = rec.shares_owned_following
    verb = "hold" if plural else "holds"
    if amount is None and rec.underlying_shares is not None:
        return f"{verb} {underlying_phrase(rec)}"
    return f"{verb} {fmt_shares(amount)} {security_phrase(rec.security_title, amount, rec.security_kind, rec.is_derivative)}"


def record_sentence(rec: Record) -> str:
    subject, plural = _subject(rec)
    if rec.is_holding:
        how = ownership_words(rec.direct_indirect, rec.nature_of_ownership)
        when = f" as of the {form_label(rec)} of {format_date(rec.period_of_report or rec.filed_at)}"
        return f"{subject} {_holding(rec, plural)}{(' ' + how) if how else ''}{when}."
    return word_trade(rec.trade(subject, plural)) + "."


def form_label(rec: Record) -> str:
    return f"Form {rec.document_type}" if rec.document_type else f"Form {rec.form}"


def record_details(rec: Record, shown: set[tuple[str, str]] | None = None) -> list[str]:
    """Detail lines; footnotes already in ``shown`` ((filing id, footnote id)) are referred to, not repeated."""
    shown = set() if shown is None else shown
    notes = _Inline(rec)
    details = derivative_details(rec, notes) if rec.is_derivative else _stock_details(rec, notes)
    details.extend(_flag_details(rec, shown))
    details.extend(_footnote_details(rec, notes.used, shown))
    return details


class _Inline:
    """Short footnotes said inside a detail line ("(vests 50% per year)"); the ids said are ``used``."""

    def __init__(self, rec: Record):
        self.rec = rec
        self.used: set[str] = set()

    def __call__(self, field_name: str) -> str:
        for note in self.rec.footnotes.get(field_name, []):
            short = _note_inline(note["text"] or "")
            if short:
                self.used.add(note["id"])
                return f" ({short})"
        return ""

    def date(self, field_name: str, value: str | None, word: str, missing: str) -> str | None:
        """'exercisable from Sep 20, 2024 (vests ...)', 'exercisable: vests ...', 'exercisable: see footnote'."""
        if value:
            return f"{word} {format_date(value)}" + self(field_name)
        if not self.rec.footnotes.get(field_name):
            return None
        note = self(field_name)
        head = word.split()[0]
        return f"{missing}: see footnote" if not note else head + note.replace(" (", ": ", 1).rstrip(")")


EXERCISE_CODES = {"M", "X"}


def _worth(shares: float | None, price: float | None, what: str = "in all") -> str:
    """' ($39,590.00 in all)': shares times a price filed for a trade that is not an open-market one (shares
    withheld for taxes, an exercise's cost), so a "$ value" question has its figure."""
    if not shares or not price or price <= 0:
        return ""
    return f" ({fmt_money(shares * price)} in all)" if what == "in all" else f" ({what} {fmt_money(shares * price)})"


def terms_line(rec: Record, notes: _Inline | None = None) -> str | None:
    """'Exercise price $0.88 · exercisable from Sep 20, 2024 (vests 50% per year) · expires Sep 20, 2033'."""
    notes = notes or _Inline(rec)
    parts = []
    label = "Exercise price" if rec.security_kind in ("option", "warrant") else "Conversion or exercise price"
    if rec.conversion_or_exercise_price is not None:
        parts.append(f"{label} {fmt_price(rec.conversion_or_exercise_price)}" + notes("conversion_or_exercise_price"))
    elif rec.footnotes.get("conversion_or_exercise_price"):
        parts.append(f"{label}: see footnote")
    if (rec.transaction_code or "").upper() in EXERCISE_CODES and not rec.is_holding:
        parts[-1:] = [p + _worth(rec.underlying_shares or rec.shares, rec.conversion_or_exercise_price, "exercise cost")
                      for p in parts[-1:]]
    exercisable = notes.date("exercise_date", rec.exercise_date, "exercisable from", "exercisable")
    expires = notes.date("expiration_date", rec.expiration_date, "expires", "expiration")
    parts.extend(p for p in (exercisable, expires) if p)
    return " · ".join(parts) or None


def derivative_details(rec: Record, notes: _Inline | None = None) -> list[str]:
    """The terms, then the underlying shares and what is held afterwards."""
    notes = notes or _Inline(rec)
    details = [line] if (line := terms_line(rec, notes)) else []
    under = []
    if rec.underlying_security_title or rec.underlying_shares is not None:
        under.append(f"Underlying: {fmt_shares(rec.underlying_shares)} "
                     f"{'share' if rec.underlying_shares == 1 else 'shares'} of "
                     f"{rec.underlying_security_title or 'the underlying security'}")
    if rec.shares_owned_following is not None and not rec.is_holding:
        how = ownership_words(rec.direct_indirect, rec.nature_of_ownership)
        under.append(f"{fmt_shares(rec.shares_owned_following)} "
                     f"{unit_word(rec.security_kind, True)} held {how + ' ' if how else ''}afterwards")
    if under:
        details.append(" · ".join(under))
    return details


def _stock_details(rec: Record, notes: _Inline) -> list[str]:
    parts = []
    open_market = is_open_market(rec.transaction_code)
    if rec.price_per_share is not None and not open_market and not rec.is_holding:
        parts.append(f"Price {fmt_price(rec.price_per_share)} per share" + _worth(rec.shares, rec.price_per_share)
                     + notes("price_per_share"))
    if open_market and rec.footnotes.get("price_per_share") and (note := notes("price_per_share")):
        parts.append(f"Price{note}")
    if rec.value is not None:
        parts.append(f"{fmt_money(rec.value)} in total")
    if rec.shares_owned_following is not None and not rec.is_holding:
        how = ownership_words(rec.direct_indirect, rec.nature_of_ownership)
        parts.append(f"{fmt_shares(rec.shares_owned_following)} shares held {how + ' ' if how else ''}afterwards")
    return [" · ".join(parts)] if parts else []


def _flag_details(rec: Record, shown: set[tuple[str, str]]) -> list[str]:
    """Inconsistent coding, joint filers, 10b5-1, lateness and amendment."""
    details = []
    if rec.direction_conflict:
        mark = {"A": "acquired", "D": "disposed of"}[(rec.acquired_disposed or "").upper()]
        details.append(f"As filed: code {rec.transaction_code} ({code_word(rec.transaction_code)}) but marked "
                       f"{rec.acquired_disposed} ({mark}); the filing is inconsistent, so both are shown as filed")
    if joint := joint_detail(rec):
        details.append(joint)
    elif owners := all_owners_detail(rec, shown):
        details.append(owners)
    if rec.plan_10b5_1:
        details.append(f"Under a Rule 10b5-1 trading plan (per {rec.plan_source})")
        if is_plan_note(rec.remarks):  # the remarks often say when the plan was adopted
            details.append(f"Remarks: {clip_note(rec.remarks or '', 300)}")
    if rec.deemed_execution_date:  # column 2A, rarely filled: a Section 16 reader checks it
        details.append(f"Deemed execution date {format_date(rec.deemed_execution_date)}")
    if rec.late:
        base = rec.deemed_execution_date or rec.transaction_date
        filed = rec.filed_at or rec.signed_at
        word = "filed" if rec.filed_at else "signed"
        due = add_business_days(_date(base), 2) if base else None
        details.append(f"Reported late: due {format_date(due) if due else 'within two business days'}, "
                       f"{word} {format_date(filed)}")
    if rec.is_amendment:
        original = f" of {format_date(rec.original_submitted)}" if rec.original_submitted else ""
        stored = "; the original is stored too and is left out, so nothing is counted twice" \
            if rec.original_stored else ""
        details.append(f"Amendment ({rec.document_type}); it replaces the original filing{original}{stored}")
        if rec.remarks and not (rec.plan_10b5_1 and is_plan_note(rec.remarks)) and \
                ("remarks", rec.filing_id) not in shown:  # an amendment's remarks usually say what it corrects
            shown.add(("remarks", rec.filing_id))
            details.append(f"Remarks: {clip_note(rec.remarks, 400)}")
    return details


def _footnote_details(rec: Record, inlined: set[str], shown: set[tuple[str, str]]) -> list[str]:
    """The footnotes not said inline, each once per answer (later rows refer back to them)."""
    details: list[str] = []
    again: list[str] = []
    for name, notes in rec.footnotes.items():
        for note in notes:
            if note["id"] in inlined or not note["text"]:
                continue
            inlined.add(note["id"])
            if (rec.filing_id, note["id"]) in shown:
                again.append(note["id"])
                continue
            shown.add((rec.filing_id, note["id"]))
            details.append(f"Footnote {note['id']} ({name.replace('_', ' ')}): {clip_note(note['text'])}")
    if again:
        details.append(f"See footnote{'s' if len(again) > 1 else ''} {', '.join(again)} above")
    return details


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def source_for(rec: Record) -> Source:
    if rec.filed_at:
        when = f"filed {format_date(rec.filed_at)}"
    elif rec.signed_at:
        when = f"signed {format_date(rec.signed_at)}"
    else:
        when = f"for {format_date(rec.period_of_report)}" if rec.period_of_report else ""
    label = f"{form_label(rec)} {when}".strip()
    return Source(label, rec.url, rec.filing_id)


def filing_row_source(row) -> Source:
    """The source of one row of ``sums.owner_filings``: 'Form 4 filed Jan 10, 2025' (or signed, for a bare file)."""
    when = f"filed {format_date(row['filed_at'])}" if row["filed_at"] else f"signed {format_date(row['signed_at'])}"
    return Source(f"Form {row['form']} {when}", filing_url(row["issuer_cik"], row["accession_number"], row["source"]),
                  row["filing_id"])


# ---- a list of records ---------------------------------------------------------------------------


class Builder:
    """Collects lines, records and de-duplicated sources into an Answer."""

    def __init__(self, kind: str, headline: str = ""):
        self.answer = Answer(kind, headline)
        self.source_ids: dict[str, int] = {}
        self.shown_notes: set[tuple[str, str]] = set()

    def add_record(self, rec: Record, text: str | None = None, details: list[str] | None = None) -> Line:
        src = source_for(rec)
        if src.filing_id not in self.source_ids:
            self.source_ids[src.filing_id] = len(self.answer.sources)
            self.answer.sources.append(src)
        self.answer.records.append(rec.to_dict())
        line = Line(text or record_sentence(rec),
                    record_details(rec, self.shown_notes) if details is None else details,
                    len(self.answer.records) - 1, self.source_ids[src.filing_id])
        self.answer.lines.append(line)
        return line

    def add_line(self, text: str, details: list[str] | None = None) -> Line:
        line = Line(text, details or [])
        self.answer.lines.append(line)
        return line


def group_by_filing(records: list[Record]) -> list[Record]:
    """Newest first: by date, newest first; rows of one date keep their filings together (in the
    query's order of filings) and each filing's rows in document order."""
    order: dict[str, int] = {}
    for rec in records:
        order.setdefault(rec.filing_id, len(order))
    grouped = sorted(records, key=lambda r: (order[r.filing_id], r.is_derivative, int(r.entry_id.rsplit(":", 1)[-1])
                                             if r.entry_id.rsplit(":", 1)[-1].isdigit() else 0))
    return sorted(grouped, key=lambda r: r.as_of or "", reverse=True)


def render_records(fetched: Fetched, aggregation: str, scope: str, searched: str, *,
                   always_count: bool = False, by_size: bool = False, by_price: bool = False,
                   by_shares: bool = False) -> Answer:
    """``always_count``: lead with the count and what was searched even for one record (a bound such as
    "over $1M" must show in the answer); ``by_size``: the records are largest first, not newest first."""
    records = fetched.records
    if aggregation not in ("biggest", "smallest") and not by_size:
        records = group_by_filing(records)
    if len(records) == 1 and fetched.total_matches <= 1 and not always_count and aggregation not in (
            "late", "plan_10b5_1", "not_plan_10b5_1"):
        b = Builder("records")
        line = b.add_record(records[0])
        b.answer.headline = line.text
        return b.answer
    n, shown = fetched.total_matches, len(records)
    noun = ("reported position", "reported positions") if fetched.holdings_only else ("transaction", "transactions")
    count = f"{n:,} {noun[0] if n == 1 else noun[1]}"
    what = f" ({searched})" if searched else ""
    order = "largest" if by_size else "newest"
    newest = f"; showing the {shown} {order}:" if shown < n else f", {order} first:"
    if aggregation in ("latest", "earliest"):
        first, last = records[0], records[-1]
        word = "newest" if aggregation == "latest" else "oldest"
        dates = [format_date(d) for d in sorted((r.transaction_date or r.period_of_report or "") for r in (first, last))]
        span = dates[0] if dates[0] == dates[1] else f"{dates[0]} to {dates[1]}, {word} first"
        rows = f"{shown} {'row' if shown == 1 else 'rows'}" if shown >= n else f"the {shown} {word} of {n:,} rows"
        label = "Latest" if aggregation == "latest" else "Earliest stored"
        headline = f"{label} activity for {scope}{what}: {source_for(first).label}, {rows} ({span}):"
    elif aggregation in ("biggest", "smallest"):
        if by_price or by_shares:
            by = "by price per share" if by_price else "by number of shares or units"
        elif all(is_open_market(r.transaction_code) for r in records):
            by = "by dollar value"
        elif aggregation == "smallest":
            by = "by number of shares or units"
        elif any(is_open_market(r.transaction_code) for r in records):
            by = "open-market trades by dollar value, then the rest by number of shares or units"
        else:
            by = "by number of shares or units (only open-market trades have a dollar value)"
        ranked = ("highest" if aggregation == "biggest" else "lowest") + "-priced" if by_price else aggregation
        headline = f"The {shown} {ranked} of {count} for {scope}{what}, {by}:"
    elif aggregation == "plan_10b5_1":
        headline = f"{count} under a Rule 10b5-1 trading plan for {scope}{what}{newest}"
    elif aggregation == "not_plan_10b5_1":
        headline = f"{count} not marked as made under a 10b5-1 plan for {scope}{what}{newest}"
    elif aggregation == "late":
        headline = f"{count} reported late for {scope}{what}{newest}"
    elif fetched.holdings_only:  # ("has michelle yee reported any transactions": none; what is held)
        headline = f"No transactions are on file for {scope}{what}; {count} instead (what the filings report held){newest}"
    else:
        headline = f"{count} for {scope}{what}{newest}"
    b = Builder("records", headline)
    for rec in records:
        b.add_record(rec)
    return b.answer

"""Records -> an Answer: a structured result (headline, lines with their fields, sources, notes) and the
plain text the terminal prints. Slack builds its blocks from the same structure.

Rules: lead with the direct answer; numbers as filed (shares never rounded); codes in words; a grant
(A) or an exercise (M) is never called a purchase; a joint filing names everyone who filed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field

from bot.answers.dates import format_date
from bot.answers.query import InsiderRow, TotalRow
from bot.answers.records import Fetched, Owner, Record, add_business_days, filing_url
from bot.answers.spec import SECURITY_LABELS, ChatContext
from bot.domain.vocab import code_word, direction_conflicts, display_name, role_text

INLINE_FOOTNOTE_MAX = 100
FOOTNOTE_MAX = 300


@dataclass
class Source:
    label: str
    url: str | None
    filing_id: str


@dataclass
class Line:
    text: str
    details: list[str] = field(default_factory=list)
    record: int | None = None  # index into Answer.records
    source: int | None = None  # index into Answer.sources


@dataclass
class Answer:
    kind: str  # records | summary | holdings | insiders | no_match | ambiguous | help | error
    headline: str
    lines: list[Line] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    query: dict = field(default_factory=dict)
    records: list[dict] = field(default_factory=list)
    candidates: list[dict] = field(default_factory=list)
    context: ChatContext | None = None

    @property
    def text(self) -> str:
        out: list[str] = []
        if self.headline and not (self.lines and self.lines[0].text == self.headline):
            out.append(self.headline)
        for i, line in enumerate(self.lines):
            out.append(line.text)
            out.extend(f"  {d}" for d in line.details)
            following = self.lines[i + 1].source if i + 1 < len(self.lines) else None
            if line.source is not None and line.source != following:
                src = self.sources[line.source]
                out.append(f"Source: {src.label}" + (f" · {src.url}" if src.url else ""))
        out.extend(self.notes)
        return "\n".join(out)

    def to_json(self) -> dict:
        return {
            "answer": self.text,
            "query": self.query,
            "records": self.records,
            "sources": [{"label": s.label, "url": s.url} for s in self.sources],
        }

    def to_dict(self) -> dict:
        """The whole structure (for front ends that build their own layout)."""
        data = asdict(self)
        data["text"] = self.text
        data["context"] = self.context.to_dict() if self.context else None
        return data


# ---- numbers and words ---------------------------------------------------------------------------

def fmt_shares(value: float | None) -> str:
    """As filed: 37500.0 -> '37,500'; 12.3456 -> '12.3456' (never rounded to a whole number)."""
    if value is None:
        return "an unstated number of"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def fmt_price(value: float | None) -> str:
    if value is None:
        return "not stated"
    text = f"{value:,.6f}".rstrip("0")
    whole, _, decimals = text.partition(".")
    return f"${whole}.{decimals.ljust(2, '0')}"


def fmt_money(value: float) -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


def issuer_label(name: str | None, ticker: str | None) -> str:
    name = name or "an unnamed company"
    return f"{name} ({ticker})" if ticker else name


def _lower_title(title: str) -> str:
    words = []
    for w in title.split():
        core = w.strip("()\"'")
        keep = (len(core) >= 2 and core.isupper()) or (len(core) == 1 and core.isupper())
        words.append(w if keep else w.lower())
    return " ".join(words)


def _pluralise(text: str) -> str:
    """'stock option (right to buy)' -> 'stock options (right to buy)'; 'option to buy' -> 'options to buy'."""
    head, paren, tail = text.partition("(")
    head = head.rstrip()
    noun = re.search(r"\b(option|warrant|right|unit)(?=\s+to\s)", head, re.I)
    if noun:
        head = head[: noun.end()] + "s" + head[noun.end():]
        return f"{head} ({tail}" if paren else head
    last = head.split()[-1] if head.split() else ""
    if last and not last.lower().endswith(("s", "stock")):
        head = head[: len(head) - len(last)] + last + "s"
    return f"{head} ({tail}" if paren else head


def security_phrase(title: str | None, amount: float | None, kind: str | None, is_derivative: bool) -> str:
    """'37,500' + 'Stock Option (Right to Buy)' -> 'stock options (right to buy)'; shares of stock stay titled."""
    title = (title or "securities").strip()
    if kind in ("option", "rsu", "psu", "warrant") or (is_derivative and kind is None):
        text = _lower_title(title)
        return text if amount == 1 else _pluralise(text)
    if re.search(r"\bshares?\b", title, re.I):
        return title
    return f"{'share' if amount == 1 else 'shares'} of {title}"


def unit_word(kind: str | None, is_derivative: bool) -> str:
    if kind == "option":
        return "options"
    if kind in ("rsu", "psu"):
        return SECURITY_LABELS[kind]
    if kind == "warrant":
        return "warrants"
    return "shares" if not is_derivative or kind in ("common", "preferred") else "units"


def _note_inline(text: str) -> str | None:
    text = " ".join(text.split()).rstrip(".")
    if not text or len(text) > INLINE_FOOTNOTE_MAX:
        return None
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


def _clip(text: str, limit: int = FOOTNOTE_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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
    return f"{_owner_list(lead, with_roles=True)} of {issuer}, filing jointly,", True


def _owner_list(owners: list[Owner], *, with_roles: bool) -> str:
    """'A (10% owner), B (Director) and 2 other reporting owners'."""
    named = [f"{o.display} ({o.role})" if with_roles and o.role else o.display for o in owners[:3]]
    rest = len(owners) - 3
    if rest > 0:
        return f"{', '.join(named)} and {rest} other reporting {'owner' if rest == 1 else 'owners'}"
    if len(named) == 1:
        return named[0]
    return ", ".join(named[:-1]) + f" and {named[-1]}"


def _all_owners_detail(rec: Record, shown: set[tuple[str, str]]) -> str | None:
    """Every reporting owner of a joint filing whose sentence names only the first three; once per filing."""
    lead = rec.lead_owners
    if len(lead) <= 3 or (rec.filing_id, "owners") in shown:
        return None
    shown.add((rec.filing_id, "owners"))
    return "Reporting owners, filing jointly: " + ", ".join(
        f"{o.display} ({o.role})" if o.role else o.display for o in lead)


def _joint_detail(rec: Record) -> str | None:
    """'Filed jointly with ...' for the owners the lead sentence does not name."""
    others = [o for o in rec.owners if o not in rec.lead_owners]
    if not others:
        return None
    named = ", ".join(f"{o.display} ({o.role})" if o.role else o.display for o in others[:6])
    more = f" and {len(others) - 6} more" if len(others) > 6 else ""
    return f"Filed jointly with {named}{more}"


def _underlying_phrase(rec: Record) -> str:
    """A derivative position stated only by its underlying amount: 'stock options (right to buy) over
    383,594 underlying shares of Class B Common Stock', 'Class B Common Stock convertible into 13,031,306
    shares of Class A Common Stock'."""
    of = f" of {rec.underlying_security_title}" if rec.underlying_security_title else ""
    n = fmt_shares(rec.underlying_shares)
    if rec.security_kind in ("option", "warrant", "rsu", "psu") or rec.security_kind is None:
        return f"{security_phrase(rec.security_title, 2, rec.security_kind, True)} over {n} underlying shares{of}"
    return f"{(rec.security_title or 'securities').strip()} convertible into {n} shares{of}"


def _action(rec: Record, plural: bool) -> str:
    code = (rec.transaction_code or "").upper()
    kind = rec.security_kind
    if rec.is_holding:
        amount = rec.shares_owned_following
        verb = "hold" if plural else "holds"
        if amount is None and rec.underlying_shares is not None:
            return f"{verb} {_underlying_phrase(rec)}"
        return f"{verb} {fmt_shares(amount)} {security_phrase(rec.security_title, amount, kind, rec.is_derivative)}"
    amount = rec.shares
    n = fmt_shares(amount)
    what = security_phrase(rec.security_title, amount, kind, rec.is_derivative)
    disposed = (rec.acquired_disposed or "").upper() == "D"
    was = "were" if plural else "was"
    if code in ("P", "S") and rec.direction_conflict:
        return f"reported {n} {what}"
    if code == "P":
        return f"bought {n} {what}"
    if code == "S":
        return f"sold {n} {what}"
    if code == "A":
        if disposed:
            return f"reported a disposition of {n} {what} coded as a grant"
        return f"{was} granted {n} {what}"
    if code in ("M", "X", "O"):
        if rec.is_derivative:
            if kind in ("rsu", "psu"):
                return f"had {n} {what} vest and convert"
            return f"exercised {n} {what}" if kind in ("option", "warrant") else f"exercised or converted {n} {what}"
        return f"acquired {n} {what} by exercising or converting a derivative security"
    if code == "F":
        return f"had {n} {what} withheld to pay taxes or the exercise price"
    if code == "G":
        return f"received {n} {what} as a gift" if not disposed else f"gave {n} {what} as a gift"
    if code == "C":
        return f"converted {n} {what}" if disposed else f"received {n} {what} on conversion of a derivative security"
    if disposed:
        return f"disposed of {n} {what}"
    return f"acquired {n} {what}"


def record_sentence(rec: Record) -> str:
    subject, plural = _subject(rec)
    action = _action(rec, plural)
    price = ""
    if (rec.transaction_code or "").upper() in ("P", "S") and rec.price_per_share:
        price = f" at {fmt_price(rec.price_per_share)} per share"
    if (rec.transaction_code or "").upper() in ("P", "S") and rec.direction_conflict:
        mark = "disposed of" if (rec.acquired_disposed or "").upper() == "D" else "acquired"
        price += f", coded as a {code_word(rec.transaction_code)} but marked {mark},"
    if rec.is_holding:
        how = ownership_words(rec.direct_indirect, rec.nature_of_ownership)
        when = f" as of the {_form_label(rec)} of {format_date(rec.period_of_report or rec.filed_at)}"
        return f"{subject} {action}{(' ' + how) if how else ''}{when}."
    when = f" on {format_date(rec.transaction_date)}" if rec.transaction_date else ""
    code = rec.transaction_code
    coded = f" (code {code}, {code_word(code)})" if code else ""
    return f"{subject} {action}{price}{when}{coded}."


def _form_label(rec: Record) -> str:
    return f"Form {rec.document_type}" if rec.document_type else f"Form {rec.form}"


def record_details(rec: Record, shown: set[tuple[str, str]] | None = None) -> list[str]:
    """Detail lines; footnotes already in ``shown`` ((filing id, footnote id)) are referred to, not repeated."""
    details: list[str] = []
    inlined: set[str] = set()
    shown = set() if shown is None else shown

    def inline(field_name: str) -> str:
        for note in rec.footnotes.get(field_name, []):
            short = _note_inline(note["text"] or "")
            if short:
                inlined.add(note["id"])
                return f" ({short})"
        return ""

    if rec.is_derivative:
        parts = []
        label = "Exercise price" if rec.security_kind in ("option", "warrant") else "Conversion or exercise price"
        if rec.conversion_or_exercise_price is not None:
            parts.append(f"{label} {fmt_price(rec.conversion_or_exercise_price)}"
                         + inline("conversion_or_exercise_price"))
        elif rec.footnotes.get("conversion_or_exercise_price"):
            parts.append(f"{label}: see footnote")
        if rec.exercise_date:
            parts.append(f"exercisable from {format_date(rec.exercise_date)}" + inline("exercise_date"))
        elif rec.footnotes.get("exercise_date"):
            parts.append("exercisable: see footnote" if not inline("exercise_date")
                         else "exercisable" + inline("exercise_date").replace(" (", ": ", 1).rstrip(")"))
        if rec.expiration_date:
            parts.append(f"expires {format_date(rec.expiration_date)}" + inline("expiration_date"))
        elif rec.footnotes.get("expiration_date"):
            parts.append("expiration: see footnote" if not inline("expiration_date")
                         else "expires" + inline("expiration_date").replace(" (", ": ", 1).rstrip(")"))
        if parts:
            details.append(" · ".join(parts))
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
    else:
        parts = []
        code = (rec.transaction_code or "").upper()
        if rec.price_per_share is not None and code not in ("P", "S") and not rec.is_holding:
            parts.append(f"Price {fmt_price(rec.price_per_share)} per share" + inline("price_per_share"))
        if code in ("P", "S") and rec.footnotes.get("price_per_share"):
            note = inline("price_per_share")
            if note:
                parts.append(f"Price{note}")
        if rec.value is not None:
            parts.append(f"{fmt_money(rec.value)} in total")
        if rec.shares_owned_following is not None and not rec.is_holding:
            how = ownership_words(rec.direct_indirect, rec.nature_of_ownership)
            parts.append(f"{fmt_shares(rec.shares_owned_following)} shares held {how + ' ' if how else ''}afterwards")
        if parts:
            details.append(" · ".join(parts))
    if rec.direction_conflict:
        mark = {"A": "acquired", "D": "disposed of"}[(rec.acquired_disposed or "").upper()]
        details.append(f"As filed: code {rec.transaction_code} ({code_word(rec.transaction_code)}) but marked "
                       f"{rec.acquired_disposed} ({mark}); the filing is inconsistent, so both are shown as filed")
    if joint := _joint_detail(rec):
        details.append(joint)
    elif owners := _all_owners_detail(rec, shown):
        details.append(owners)
    if rec.plan_10b5_1:
        details.append(f"Under a Rule 10b5-1 trading plan (per {rec.plan_source})")
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
            details.append(f"Footnote {note['id']} ({name.replace('_', ' ')}): {_clip(note['text'])}")
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
    label = f"{_form_label(rec)} {when}".strip()
    return Source(label, rec.url, rec.filing_id)


# ---- whole answers -------------------------------------------------------------------------------

class Builder:
    """Collects lines, records and de-duplicated sources into an Answer."""

    def __init__(self, kind: str, headline: str = ""):
        self.answer = Answer(kind, headline)
        self._source_ids: dict[str, int] = {}
        self._shown_notes: set[tuple[str, str]] = set()

    def add_record(self, rec: Record, text: str | None = None, details: list[str] | None = None) -> Line:
        src = source_for(rec)
        if src.filing_id not in self._source_ids:
            self._source_ids[src.filing_id] = len(self.answer.sources)
            self.answer.sources.append(src)
        self.answer.records.append(rec.to_dict())
        line = Line(text or record_sentence(rec),
                    record_details(rec, self._shown_notes) if details is None else details,
                    len(self.answer.records) - 1, self._source_ids[src.filing_id])
        self.answer.lines.append(line)
        return line

    def add_line(self, text: str, details: list[str] | None = None) -> Line:
        line = Line(text, details or [])
        self.answer.lines.append(line)
        return line


def _group_by_filing(records: list[Record]) -> list[Record]:
    """Newest first: by date, newest first; rows of one date keep their filings together (in the
    query's order of filings) and each filing's rows in document order."""
    order: dict[str, int] = {}
    for rec in records:
        order.setdefault(rec.filing_id, len(order))
    grouped = sorted(records, key=lambda r: (order[r.filing_id], r.is_derivative, int(r.entry_id.rsplit(":", 1)[-1])
                                             if r.entry_id.rsplit(":", 1)[-1].isdigit() else 0))
    return sorted(grouped, key=lambda r: r.as_of or "", reverse=True)


def render_records(fetched: Fetched, aggregation: str, scope: str, searched: str, *,
                   always_count: bool = False) -> Answer:
    """``always_count``: lead with the count and what was searched even for one record (a bound such as
    "over $1M" must show in the answer)."""
    records = fetched.records
    if aggregation not in ("biggest", "smallest"):
        records = _group_by_filing(records)
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
    newest = f"; showing the {shown} newest:" if shown < n else ", newest first:"
    if aggregation == "latest":
        first, last = records[0], records[-1]
        newest_date, oldest_date = (format_date(r.transaction_date or r.period_of_report) for r in (first, last))
        span = newest_date if newest_date == oldest_date else f"{oldest_date} to {newest_date}, newest first"
        rows = f"{shown} {'row' if shown == 1 else 'rows'}" if shown >= n else f"the {shown} newest of {n:,} rows"
        headline = f"Latest activity for {scope}{what}: {source_for(first).label}, {rows} ({span}):"
    elif aggregation in ("biggest", "smallest"):
        if all((r.transaction_code or "").upper() in ("P", "S") for r in records):
            by = "by dollar value"
        elif aggregation == "smallest":
            by = "by number of shares or units"
        elif any((r.transaction_code or "").upper() in ("P", "S") for r in records):
            by = "open-market trades by dollar value, then the rest by number of shares or units"
        else:
            by = "by number of shares or units (only open-market trades have a dollar value)"
        headline = f"The {shown} {aggregation} of {count} for {scope}{what}, {by}:"
    elif aggregation == "plan_10b5_1":
        headline = f"{count} under a Rule 10b5-1 trading plan for {scope}{what}{newest}"
    elif aggregation == "not_plan_10b5_1":
        headline = f"{count} not marked as made under a 10b5-1 plan for {scope}{what}{newest}"
    elif aggregation == "late":
        headline = f"{count} reported late for {scope}{what}{newest}"
    else:
        headline = f"{count} for {scope}{what}{newest}"
    b = Builder("records", headline)
    for rec in records:
        b.add_record(rec)
    return b.answer


_CODE_GROUP_NAMES = {"P": "Purchases", "S": "Sales", "A": "Grants and awards", "M": "Exercises and conversions",
                     "X": "Exercises", "F": "Tax withholding", "G": "Gifts", "C": "Conversions"}


def _amount_of(t: TotalRow) -> str:
    """'30,000 shares of common stock', '838,996 options', '1,474,432 RSUs'."""
    unit = unit_word(t.kind, t.kind not in ("common", "preferred"))
    if t.kind in ("common", "preferred"):
        return f"{fmt_shares(t.shares)} {unit} of {SECURITY_LABELS[t.kind]}"
    if t.kind is None:
        return f"{fmt_shares(t.shares)} {unit} of other securities"
    return f"{fmt_shares(t.shares)} {unit}"


def _conflicting(t: TotalRow) -> bool:
    return direction_conflicts(t.code, t.acquired_disposed)


def _total_line(t: TotalRow) -> str:
    name = _CODE_GROUP_NAMES.get((t.code or "").upper(), f"Other transactions ({code_word(t.code)})")
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
    if t.priced and (t.code or "").upper() in ("P", "S"):
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
        headline = _total_headline(totals, scope, searched, fetched.companies)
    b = Builder("summary", headline)
    for t in totals:
        b.add_line(_total_line(t))
    if fetched.records:
        shown = len(fetched.records)
        b.add_line(f"The {shown} newest of these:" if shown < n else "The transactions, newest first:")
        for rec in _group_by_filing(fetched.records):
            b.add_record(rec)
    if counted_note:
        b.answer.notes.append(counted_note)
    return b.answer


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


def preface(answer: Answer, text: str) -> None:
    """Put a caveat before the answer's own headline ("I don't have news; ...")."""
    if answer.lines and answer.lines[0].text == answer.headline:
        answer.headline = text
        return
    own = answer.headline
    if len(own) > 1 and own[0].isupper() and own[1].islower():
        own = own[0].lower() + own[1:]
    answer.headline = f"{text} {own}"


def _companies(totals: list[TotalRow], counted: int | None = None) -> int:
    if counted is not None:
        return counted
    return len(frozenset().union(*(t.companies for t in totals)))


def _by_company_note(totals: list[TotalRow]) -> str:
    return " (shares by company below)" if not any(t.issuers or t.company_count for t in totals) else ""


def _total_headline(totals: list[TotalRow], scope: str, searched: str, counted: int | None = None) -> str:
    what = f" ({searched})" if searched else ""
    companies = _companies(totals, counted)
    if len(totals) == 1 and companies == 1:
        t = totals[0]
        value = f", {fmt_money(t.value)} in total" if t.priced and (t.code or "").upper() in ("P", "S") else ""
        if value and t.priced == t.transactions and t.shares:
            value += f" (an average of {fmt_price(round(t.value / t.shares, 2))} per share)"
        group = _CODE_GROUP_NAMES.get((t.code or '').upper(), 'code ' + str(t.code)).lower()
        return (f"In total for {scope}{what}: {_amount_of(t)} ({group}, code {t.code}) "
                f"in {t.transactions:,} {'transaction' if t.transactions == 1 else 'transactions'}{value}.")
    codes = {(t.code or "").upper() for t in totals}
    if len(codes) == 1 and codes <= {"P", "S"} and companies > 1:
        n = sum(t.transactions for t in totals)
        value = sum(t.value for t in totals)
        return (f"In total for {scope}{what}: {fmt_money(value)} in {n:,} "
                f"{'transaction' if n == 1 else 'transactions'} at {companies:,} companies"
                f"{_by_company_note(totals)}:")
    by = "company, transaction code and security" if companies > 1 else "transaction code and security"
    return f"Totals for {scope}{what}, by {by}:"


def _net_headline(totals: list[TotalRow], scope: str, searched: str) -> str:
    """Net buying from open-market purchases (P) and sales (S). A trade whose code and acquired/disposed
    mark disagree is left out (its direction cannot be told) and the headline says so."""
    odd = [t for t in totals if (t.code or "").upper() in ("P", "S") and _conflicting(t)]
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


def _holder(rec: Record) -> str:
    lead = rec.lead_owners
    if not lead:
        return "An insider"
    if len(lead) == 1:
        return lead[0].display
    return f"{_owner_list(lead, with_roles=False)}, filing jointly,"


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
            what = _underlying_phrase(rec)
        else:
            what = f"{fmt_shares(amount)} {security_phrase(rec.security_title, amount, rec.security_kind, rec.is_derivative)}"
        text = (f"{_holder(rec)} held {what} of {issuer_label(rec.issuer_name, rec.ticker)}"
                f"{' ' + how if how else ''} after the {_form_label(rec)} for {when}.")
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
                if (rec.filing_id, note["id"]) in b._shown_notes:
                    details.append(f"See footnote {note['id']} above")
                else:
                    b._shown_notes.add((rec.filing_id, note["id"]))
                    details.append(f"Footnote {note['id']} ({name.replace('_', ' ')}): {_clip(note['text'])}")
        if joint := _joint_detail(rec):
            details.append(joint)
        elif owners := _all_owners_detail(rec, b._shown_notes):
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
    if zeros:
        b.answer.notes.append(f"{zeros} {'position' if zeros == 1 else 'positions'} reported as 0 after "
                              f"the latest filing {'is' if zeros == 1 else 'are'} not listed.")
    if fetched.expired:
        n = len(fetched.expired)
        b.answer.notes.append(f"{n} option, warrant or other derivative {'position' if n == 1 else 'positions'} "
                              f"past {'its' if n == 1 else 'their'} expiration date {'is' if n == 1 else 'are'} "
                              "not listed.")
    return b.answer


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
    b._source_ids = {src.filing_id: i for i, src in enumerate(answer.sources)}
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


def message(kind: str, headline: str, lines: list[str] | None = None, notes: list[str] | None = None,
            candidates: list[dict] | None = None) -> Answer:
    answer = Answer(kind, headline, [Line(t) for t in (lines or [])], notes=list(notes or []),
                    candidates=list(candidates or []))
    return answer


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NOT_FIGURES = re.compile(r"10b5-1|10b5|form\s+[345](?:/a)?|rule\s+\d+[a-z\d-]*|\bq[1-4]\b", re.I)


def numbers_in(text: str) -> set[float]:
    """Every number in a text, as floats ('$1,234.50' -> 1234.5); rule and form names are not figures."""
    cleaned = _NOT_FIGURES.sub(" ", text)
    out = set()
    for m in _NUMBER.finditer(cleaned):
        token = m.group(0).rstrip(",.")
        try:
            out.add(float(token.replace(",", "")))
        except ValueError:
            continue
    return out


def allowed_numbers(answer: Answer) -> set[float]:
    """Numbers an LLM may use: the structured fields of the records and the template's own sentences.

    Text copied from filings (footnotes, remarks) does not count: a figure that appears only there is
    data a model must not promote into the answer."""
    allowed = numbers_in(" ".join([answer.headline, *(line.text for line in answer.lines)]))

    def walk(value) -> None:
        if isinstance(value, bool) or value is None:
            return
        if isinstance(value, int | float):
            allowed.add(float(value))
            allowed.add(round(float(value), 2))
        elif isinstance(value, str):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
                year, month, day = value[:10].split("-")
                allowed.update({float(year), float(month), float(day)})
        elif isinstance(value, dict):
            for key, v in value.items():
                if key not in ("footnotes", "remarks"):
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(answer.records)
    return allowed


def unsupported_numbers(text: str, answer: Answer) -> set[float]:
    """Numbers in ``text`` that the records do not contain."""
    allowed = allowed_numbers(answer)
    return {n for n in numbers_in(text) if n not in allowed and round(n, 2) not in allowed}

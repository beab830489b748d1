"""What a chart shows: ``chart_data(reader, request) -> ChartData``, plain data built from the same records an
answer would cite for the request's company, insider, role and period (``bot.answers``), so what is drawn can
be checked against the database (``insiderbot chart --json``).

The request's words are read by the answer engine (rules only): a company or insider it cannot resolve gets
the engine's own reply ("did you mean …") as ``ChartData.refusal`` instead of a chart. The kinds of transaction
the words name ("sales", "buying") keep only those; "trades", which an answer reads as open-market trades,
keeps every code in a chart (open-market trades are the large marks, the others small marks on the axis).

Holdings: each top insider's line adds up their positions' amounts held afterwards, starting at what they held
when the period starts (``bot.charts.carried``: a first step on its first day, ``carried``) and counting the
positions their filings list without a trade.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from bot.answers import query, rules
from bot.answers.dates import describe_range
from bot.answers.engine import answer
from bot.answers.records import Record, build_records
from bot.answers.spec import QuerySpec
from bot.charts.carried import Carried, held_before, holding_rows, position_key
from bot.domain.codes import TRANSACTION_KINDS, category_of, code_word
from bot.domain.text import issuer_label
from storage.reader import ReadSource, reader_of

MAX_ROWS = 20_000  # the newest rows drawn; more are left out with a note
AGGREGATE_ABOVE = 5_000  # more points than this are drawn as weekly or monthly totals
TOP_GROUPS = 6  # insiders (or companies) named in the legend; the rest are grey
EDGAR_BROWSE = "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK={cik}&type=4&dateb=&owner=include"
CHART_HELP = "Name a company or an insider to chart, e.g. “chart TSLA”, “chart TSLA 2021”, “chart Elon Musk”."


@dataclass(frozen=True)
class RulesOnly:
    """The engine's settings for reading a chart request: the rules parser, never a language model."""

    answer_mode: str = "rules"
    llm_model: str | None = None
    llm_timeout_seconds: float = 0.0


@dataclass(frozen=True)
class ChartRequest:
    """What to chart: the words ("TSLA", "TSLA 2021", "Elon Musk", "TSLA CEO"), optional dates that replace
    the words' period, the date relative periods are read against, and who reads a refusal."""

    text: str
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    today: dt.date | None = None
    surface: str = "terminal"


@dataclass
class Point:
    """One transaction row as drawn, with the filing it comes from."""

    date: str
    category: str  # buy | sell | grant | exercise | tax | gift | other (bot.domain.codes)
    code: str | None
    code_word: str
    insider: str
    insider_cik: str
    issuer_cik: str
    ticker: str | None
    security_title: str | None
    is_derivative: bool
    acquired_disposed: str | None
    shares: float | None
    price_per_share: float | None
    value: float | None  # dollars, open-market trades only
    holding_after: float | None
    direct_indirect: str | None
    nature_of_ownership: str | None
    filing_id: str
    accession_number: str | None
    filed_at: str | None
    url: str | None
    entry_id: str
    group: str  # the legend entry this point is coloured by


@dataclass
class Group:
    """An insider (or, for one insider's chart over several companies, a company) with its totals."""

    name: str
    bought: float = 0.0
    sold: float = 0.0
    trades: int = 0
    top: bool = False


@dataclass
class Step:
    date: str
    shares: float
    filing_id: str
    carried: bool = False  # the holding carried into the period (the last amounts reported before its start)


@dataclass
class Holding:
    """Shares held after each filing (non-derivative rows, every position of the group added up)."""

    group: str
    steps: list[Step] = field(default_factory=list)


@dataclass
class Bucket:
    """Open-market trades of one group, kind and week or month, added up (charts of many points)."""

    start: str
    group: str
    category: str
    shares: float
    value: float
    trades: int


@dataclass
class ChartData:
    title: str = ""
    subject: str = ""
    mode: str = "company"  # company | insider
    period: str | None = None
    what: str = "transactions"  # the kinds of transaction asked for, in words ("sales", "purchases")
    date_from: str | None = None
    date_to: str | None = None
    points: list[Point] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    holdings: list[Holding] = field(default_factory=list)
    buckets: list[Bucket] = field(default_factory=list)
    bucket: str | None = None  # week | month when the trades are drawn as totals
    total_matches: int = 0
    notes: list[str] = field(default_factory=list)
    source_url: str | None = None
    refusal: str | None = None  # why there is no chart (the engine's "did you mean" and the like)

    @property
    def empty(self) -> bool:
        return not self.points

    def summary(self) -> str:
        """One line: what the chart shows."""
        if self.refusal:
            return self.refusal
        if self.empty:
            return f"{self.subject}: no insider {self.what} {self.period or 'stored'}."
        buys = [p for p in self.points if p.category == "buy"]
        sells = [p for p in self.points if p.category == "sell"]
        others = len(self.points) - len(buys) - len(sells)
        people = len({p.insider_cik for p in self.points})
        parts = [_count(len(buys), "purchase") + _worth(buys), _count(len(sells), "sale") + _worth(sells)]
        line = f"{self.subject}, {self.period or 'all stored filings'}: {' and '.join(parts)}"
        line += f" by {_count(people, 'insider')}" if self.mode == "company" else ""
        if others:
            line += f"; {_count(others, 'other transaction')} (grants, exercises, tax withholding…)"
        return line + "."

    def to_dict(self) -> dict:
        out = asdict(self)
        out["summary"] = self.summary()
        return out


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _worth(points: list[Point]) -> str:
    total = sum(p.value or 0 for p in points)
    return f" worth ${compact(total)}" if total else ""


def compact(value: float) -> str:
    """1234 -> '1.2K', 5_600_000 -> '5.6M', 2.1e9 -> '2.1B'; below 1,000 as a whole number."""
    size = abs(value)
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if size >= limit:
            text = f"{value / limit:.1f}".removesuffix(".0")
            return f"{text}{suffix}"
    return f"{value:,.0f}"


def chart_data(reader: ReadSource, request: ChartRequest) -> ChartData:
    """The chart of ``request`` over the database of ``reader`` (a Reader, a Store or a path)."""
    reader = reader_of(reader)
    text = " ".join((request.text or "").split())
    if not text:
        return ChartData(refusal=CHART_HELP)
    reply = answer(text, reader, today=request.today, settings=RulesOnly(), surface=request.surface)
    understood = reply.query or {}
    company, insider = understood.get("company"), understood.get("insider")
    if reply.kind in ("ambiguous", "help", "error", "unsupported") or not (company or insider):
        words = rules.parse(text, request.today or dt.date.today())
        named = reply.kind == "ambiguous" or (reply.kind != "help" and (words.tickers or words.name_words))
        return ChartData(refusal=reply.text if named else CHART_HELP)
    spec = QuerySpec.model_validate(understood["spec"])
    if spec.kinds == ["open_market"]:  # "insider trades": the chart shows every code, open-market ones marked out
        spec = spec.model_copy(update={"transaction": None})
    if request.date_from or request.date_to:
        spec = spec.model_copy(update={"date_from": request.date_from, "date_to": request.date_to,
                                       "period": describe_range(request.date_from, request.date_to)})
    filters = spec.to_filters(tuple(company["ciks"]) if company else (), tuple(insider["ciks"]) if insider else ())
    data = ChartData(mode="insider" if insider else "company", period=spec.period, what=kind_words(spec.kinds),
                     date_from=spec.date_from.isoformat() if spec.date_from else None,
                     date_to=spec.date_to.isoformat() if spec.date_to else None)
    with query.connect(reader) as conn:
        rows, data.total_matches = query.entries_page(conn, filters, limit=MAX_ROWS)
        records = build_records(conn, rows, filters)
        _describe(data, records, company, insider, spec)
        _fill(data, records)
        arrange(data, _reported(conn, spec.date_from, spec.date_to, lead_only=not insider))
    return data


def kind_words(kinds: list[str]) -> str:
    """["sell"] -> "sales", ["buy", "sell"] -> "purchases and sales"; none (or any) -> "transactions"."""
    labels = [TRANSACTION_KINDS[k].label.split(" (")[0] for k in kinds if k in TRANSACTION_KINDS and k != "any"]
    if not labels:
        return "transactions"
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


Reported = Callable[[list["Point"]], tuple[list[Carried], list[Carried]]]
"""Given a group's points: its positions carried into the period, and those its filings in the period report
without a transaction."""


def _reported(conn: sqlite3.Connection, first: dt.date | None, last: dt.date | None, *, lead_only: bool
              ) -> Reported:
    def reported(points: list[Point]) -> tuple[list[Carried], list[Carried]]:
        owners = sorted({p.insider_cik for p in points if p.insider_cik})
        issuers = sorted({p.issuer_cik for p in points})
        before = held_before(conn, first, owners, issuers, lead_only=lead_only) if first else []
        return before, holding_rows(conn, owners, issuers, first, last, lead_only=lead_only)

    return reported


def _describe(data: ChartData, records: list[Record], company: dict | None, insider: dict | None,
              spec: QuerySpec) -> None:
    """Subject, title and source link."""
    company_words = None
    if company:
        first = next((r for r in records if r.issuer_cik in company["ciks"]), None)
        company_words = issuer_label(first.issuer_name, first.ticker) if first else issuer_label(
            (company["names"] or [company["text"]])[0], (company["tickers"] or [None])[0])
    role = f"the {spec.role.replace('_', ' ')}" if spec.role else None
    if role and spec.role in ("ceo", "cfo", "coo", "cto", "cao"):
        role = f"the {spec.role.upper()}"
    if insider:
        person = (insider["names"] or [insider["text"]])[0]
        lead = next((o.display for r in records for o in r.lead_owners if o.cik in insider["ciks"]), None)
        data.subject = lead or person
        data.title = f"{data.subject}'s insider {_title_words(data)}" + (f" at {company_words}" if company_words else "")
        data.source_url = EDGAR_BROWSE.format(cik=insider["ciks"][0])
    else:
        data.subject = company_words or ""
        data.title = f"Insider {_title_words(data)} at {company_words}" + (f" by {role}" if role else "")
        data.source_url = EDGAR_BROWSE.format(cik=company["ciks"][0])
    data.title += f", {data.period}" if data.period else " (all stored filings)"


def _title_words(data: ChartData) -> str:
    return "trades" if data.what == "transactions" else data.what


def _fill(data: ChartData, records: list[Record]) -> None:
    """The records as points, oldest first (``arrange`` then lays them out for drawing)."""
    by_company = data.mode == "insider" and len({r.issuer_cik for r in records}) > 1
    for r in records:
        owner = r.lead_owners[0] if r.lead_owners else None
        group = (r.ticker or r.issuer_name or r.issuer_cik) if by_company else (owner.display if owner else "?")
        data.points.append(Point(
            date=(r.transaction_date or r.filed_at or "")[:10], category=category_of(r.transaction_code),
            code=r.transaction_code, code_word=code_word(r.transaction_code),
            insider=owner.display if owner else "", insider_cik=owner.cik if owner else "", issuer_cik=r.issuer_cik,
            ticker=r.ticker, security_title=r.security_title, is_derivative=r.is_derivative,
            acquired_disposed=r.acquired_disposed, shares=r.shares, price_per_share=r.price_per_share,
            value=r.value, holding_after=r.shares_owned_following, direct_indirect=r.direct_indirect,
            nature_of_ownership=r.nature_of_ownership, filing_id=r.filing_id,
            accession_number=r.accession_number, filed_at=r.filed_at, url=r.url, entry_id=r.entry_id, group=group))
    data.points.sort(key=lambda p: (p.date, p.filed_at or "", p.filing_id))


def arrange(data: ChartData, reported: Reported | None = None) -> None:
    """From ``data.points`` (oldest first): the groups, the holdings (with the positions ``reported`` says each
    top group held when the period starts or listed without a trade, if given), the notes and, past
    ``AGGREGATE_ABOVE`` points, the weekly or monthly totals that are drawn instead of the points."""
    data.groups = _groups(data.points)
    data.holdings = _holdings(data.points, [g.name for g in data.groups if g.top], reported, data.date_from)
    if data.total_matches > len(data.points):
        data.notes.append(f"Showing the newest {len(data.points):,} of {data.total_matches:,} transactions.")
    if len(data.points) > AGGREGATE_ABOVE:
        data.bucket, data.buckets = _buckets(data.points)
        data.notes.append(f"{len(data.points):,} transactions: purchases and sales are drawn as {data.bucket}ly "
                          "totals; grants and other transactions are left out of the drawing.")
    if data.empty:
        data.notes.append(f"No insider {data.what} {data.period or 'are stored'} for {data.subject}.")


def _groups(points: list[Point]) -> list[Group]:
    groups: dict[str, Group] = {}
    for p in points:
        g = groups.setdefault(p.group, Group(p.group))
        g.trades += 1
        if p.category == "buy":
            g.bought += p.value or 0
        elif p.category == "sell":
            g.sold += p.value or 0
    ranked = sorted(groups.values(), key=lambda g: (-(g.bought + g.sold), -g.trades, g.name))
    for g in ranked[:TOP_GROUPS]:
        g.top = True
    return ranked


def _holdings(points: list[Point], top: list[str], reported: Reported | None, start: str | None) -> list[Holding]:
    """Per top group: after each filing, the shares held in all its non-derivative positions (each position's
    latest amount; a position is the owner, company, security and kind of ownership). With ``reported``: from
    the amounts held when the period starts (a first step on its first day), and with the positions the
    period's filings list without a trade."""
    out = []
    for name in top:
        mine = [p for p in points if p.group == name]
        carried, listed = reported(mine) if reported else ([], [])
        positions = {c.key: c.shares for c in carried}
        steps: dict[str, Step] = {}
        if carried and start:
            newest = max(carried, key=lambda c: (c.date, c.filing_id))
            steps[""] = Step(start, sum(positions.values()), newest.filing_id, carried=True)
        changes = [(c.date, c.key, c.shares, c.filing_id) for c in listed] + [
            (p.date, position_key(p.insider_cik, p.issuer_cik, p.security_title, p.direct_indirect,
                                  p.nature_of_ownership), p.holding_after, p.filing_id)
            for p in mine if not p.is_derivative and p.holding_after is not None]
        for day, key, shares, filing_id in sorted(changes, key=lambda c: c[0]):  # stable: a filing's rows in order
            positions[key] = shares
            steps[filing_id] = Step(day, sum(positions.values()), filing_id)
        if steps:
            out.append(Holding(name, sorted(steps.values(), key=lambda s: (s.date, not s.carried))))
    return out


def _buckets(points: list[Point]) -> tuple[str, list[Bucket]]:
    dated = [p.date for p in points if p.date]
    first, last = dt.date.fromisoformat(dated[0]), dt.date.fromisoformat(dated[-1])
    unit = "week" if (last - first).days <= 2 * 366 else "month"
    sums: dict[tuple, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for p in points:
        if p.category not in ("buy", "sell") or not p.date:
            continue
        day = dt.date.fromisoformat(p.date)
        start = day - dt.timedelta(days=day.weekday()) if unit == "week" else day.replace(day=1)
        s = sums[(start.isoformat(), p.group, p.category)]
        s[0] += p.shares or 0
        s[1] += p.value or 0
        s[2] += 1
    return unit, [Bucket(k[0], k[1], k[2], v[0], v[1], int(v[2])) for k, v in sorted(sums.items())]

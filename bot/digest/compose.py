"""The digest, composed: records -> ``Digest`` (items grouped by company, in a fixed order) -> the text the
terminal prints. Pure functions; no database, no Slack (the Slack front end's ``bot.slack.digest_blocks``
turns a ``Digest`` into Block Kit, with the words defined here).

Within a company: open-market purchases, then sales (largest first, with dollar values), then grants,
exercises and conversions, tax withholding, gifts, other transactions, and filings that report
holdings only. One item is one filing's rows of one kind of transaction in one security (a sale
executed in twenty lots is one line with its price range). Rule 10b5-1 trades, late filings and
amendments are flagged, and every item links to its filing. Then "across the market": the largest
open-market purchases and sales among all filings of the window, and cluster buys (3 or more insiders
of one company buying within 10 days, at least one of them in a new filing).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.answers.records import Owner, Record
from bot.digest.reads import CLUSTER_DAYS, CLUSTER_MIN_INSIDERS, DigestData, FilingInfo, Purchase
from bot.domain.codes import category_of
from bot.domain.formats import fmt_money, format_date
from bot.domain.text import clip, issuer_label, sentence_case
from bot.domain.wording import DIGEST, Trade, word_trade
from storage.watchlists import ChannelFilters

CATEGORY_ORDER = ("buy", "sell", "grant", "exercise", "tax", "gift", "other", "holdings")
OPEN_MARKET = ("buy", "sell")
MAX_ROLE_CHARS = 60
MAX_CLUSTER_LINKS = 3


# --- the structure --------------------------------------------------------------------------------

@dataclass
class Item:
    """One filing's rows of one kind of transaction in one security, or a holdings-only filing."""

    category: str
    filing_id: str
    issuer_cik: str
    issuer: str
    who: str
    plural: bool
    roles: frozenset[str]
    code: str | None
    acquired: bool
    security_title: str | None
    security_kind: str | None
    is_derivative: bool
    shares: float | None = None
    value: float | None = None
    price_low: float | None = None
    price_high: float | None = None
    exercise_price: float | None = None
    first_date: str | None = None
    last_date: str | None = None
    plan_10b5_1: bool = False
    late: bool = False
    amendment: bool = False
    document_type: str = "4"
    url: str | None = None
    effective_at: str = ""

    @property
    def form_label(self) -> str:
        return f"Form {self.document_type}"

    def phrase(self) -> str:
        """What happened, in one sentence without the company: 'Jane Doe (CEO) sold 1,000 shares ...'.
        Worded by ``bot.domain.wording.word_trade``, as answers word a trade."""
        if self.category == "holdings":
            if self.document_type.startswith("3"):
                return f"{self.who} filed an initial statement of holdings ({self.form_label})"
            return f"{self.who} reported holdings only ({self.form_label})"
        return word_trade(Trade(
            self.who, self.code, self.shares, self.security_title, self.security_kind, self.is_derivative,
            "A" if self.acquired else "D", price=self.price_low, price_high=self.price_high, value=self.value,
            exercise_price=self.exercise_price, date=self.first_date, last_date=self.last_date,
            plural=self.plural), DIGEST)

    def flags(self) -> list[str]:
        out = []
        if self.plan_10b5_1:
            out.append("10b5-1 plan")
        if self.late:
            out.append("filed late")
        if self.amendment:
            out.append(f"amendment ({self.document_type})")
        return out


@dataclass
class CompanyGroup:
    issuer_cik: str
    issuer: str
    items: list[Item]

    @property
    def open_market_value(self) -> float:
        return sum(i.value or 0 for i in self.items if i.category in OPEN_MARKET)


@dataclass
class Cluster:
    issuer_cik: str
    issuer: str
    buyers: list[str]
    first_date: str
    last_date: str
    value: float | None
    links: list[tuple[str, str]]  # (label, url) of the purchases' new filings


@dataclass
class Digest:
    channel: str
    digest_date: dt.date
    start: dt.datetime
    end: dt.datetime
    zone: ZoneInfo
    watching: list[str]
    filters: ChannelFilters
    companies: list[CompanyGroup] = field(default_factory=list)
    market_buys: list[Item] = field(default_factory=list)
    market_sales: list[Item] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)

    @property
    def quiet(self) -> bool:
        return not self.companies

    @property
    def filings(self) -> int:
        return len({i.filing_id for g in self.companies for i in g.items})

    @property
    def has_market(self) -> bool:
        return bool(self.market_buys or self.market_sales or self.clusters)


# --- records -> items -----------------------------------------------------------------------------

def who(owners: list[Owner]) -> tuple[str, bool]:
    """'John Whiting (General Counsel & Secretary)', 'A (Director) and B', 'A and 3 others'; plural or not."""
    def one(o: Owner) -> str:
        role = clip(o.role, MAX_ROLE_CHARS) if o.role else ""
        return f"{o.display} ({role})" if role else o.display

    if not owners:
        return "An insider", False
    if len(owners) == 1:
        return one(owners[0]), False
    if len(owners) == 2:
        return f"{one(owners[0])} and {one(owners[1])}", True
    return f"{one(owners[0])} and {len(owners) - 1} others", True


def _lead(owners: list[Owner]) -> list[Owner]:
    matched = [o for o in owners if o.matched]
    return matched or owners


def items_from_records(records: list[Record], filings: dict[str, FilingInfo]) -> list[Item]:
    """Group records into items; a filing with no transaction rows becomes one holdings item."""
    groups: dict[tuple, list[Record]] = {}
    for rec in records:
        if rec.is_holding:
            continue
        code = (rec.transaction_code or "").upper()
        acquired = (rec.acquired_disposed or "").upper() != "D"
        key = (rec.filing_id, code, acquired, rec.is_derivative, (rec.security_title or "").strip().lower())
        groups.setdefault(key, []).append(rec)
    items: list[Item] = []
    for (filing_id, code, acquired, derivative, _), recs in groups.items():
        first = recs[0]
        info = filings.get(filing_id)
        lead = _lead(first.owners)
        name, plural = who(lead)
        shares = [r.shares for r in recs if r.shares is not None]
        # Dollar values for shares only: a derivative's price is its own (an option's), not the stock's.
        priced = [r for r in recs if not r.is_derivative and r.shares is not None and r.price_per_share
                  and r.price_per_share > 0]
        prices = [r.price_per_share for r in priced]
        dates = sorted(r.transaction_date[:10] for r in recs if r.transaction_date)
        exercise = next((r.conversion_or_exercise_price for r in recs if r.conversion_or_exercise_price), None)
        items.append(Item(
            category=category_of(code), filing_id=filing_id, issuer_cik=first.issuer_cik,
            issuer=sentence_case(issuer_label(first.issuer_name, first.ticker)), who=name, plural=plural,
            roles=frozenset(role for o in first.owners for role in o.roles), code=code or None,
            acquired=acquired, security_title=first.security_title, security_kind=first.security_kind,
            is_derivative=derivative, shares=sum(shares) if shares else None,
            value=sum(r.shares * r.price_per_share for r in priced) if priced else None,
            price_low=min(prices) if prices else None, price_high=max(prices) if prices else None,
            exercise_price=exercise, first_date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None, plan_10b5_1=any(r.plan_10b5_1 for r in recs),
            late=any(r.late for r in recs), amendment=first.is_amendment, document_type=first.document_type,
            url=first.url, effective_at=info.effective_at if info else "",
        ))
    items = _drop_exercise_echoes(items)
    with_rows = {i.filing_id for i in items}
    for filing_id, info in filings.items():
        if filing_id in with_rows:
            continue
        name, plural = who(_lead(info.owners))
        items.append(Item(
            category="holdings", filing_id=filing_id, issuer_cik=info.issuer_cik,
            issuer=sentence_case(issuer_label(info.issuer_name, info.ticker)), who=name, plural=plural,
            roles=frozenset(role for o in info.owners for role in o.roles), code=None, acquired=True,
            security_title=None, security_kind=None, is_derivative=False, amendment=info.is_amendment,
            document_type=info.document_type, url=info.url, effective_at=info.effective_at,
        ))
    return items


def _drop_exercise_echoes(items: list[Item]) -> list[Item]:
    """An exercise is filed twice: the derivative given up and the shares received. Keep the derivative
    line of a filing and drop its non-derivative twin."""
    derivative_exercises = {i.filing_id for i in items if i.category == "exercise" and i.is_derivative}
    return [i for i in items if not (i.category == "exercise" and not i.is_derivative
                                     and i.filing_id in derivative_exercises)]


def apply_filters(items: list[Item], filters: ChannelFilters) -> list[Item]:
    out = items
    if filters.open_market_only:
        out = [i for i in out if i.category in OPEN_MARKET]
    if filters.min_value:
        out = [i for i in out if i.value is not None and i.value >= filters.min_value]
    if filters.officers_directors_only:
        out = [i for i in out if i.roles & {"officer", "director"}]
    return out


def _item_order(item: Item) -> tuple:
    rank = CATEGORY_ORDER.index(item.category)
    value = -(item.value or 0) if item.category in OPEN_MARKET else 0
    return rank, value, item.effective_at, item.filing_id, item.security_title or ""


def group_by_company(items: list[Item]) -> list[CompanyGroup]:
    """Companies with the most open-market dollars first, then by name; items in the fixed order."""
    by_issuer: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_issuer[item.issuer_cik].append(item)
    groups = [CompanyGroup(cik, its[0].issuer, sorted(its, key=_item_order)) for cik, its in by_issuer.items()]
    return sorted(groups, key=lambda g: (-g.open_market_value, g.issuer.lower(), g.issuer_cik))


def find_clusters(purchases: list[Purchase], new_filing_ids: set[str], *, min_insiders: int = CLUSTER_MIN_INSIDERS,
                  days: int = CLUSTER_DAYS) -> list[Cluster]:
    """Companies where ``min_insiders`` or more different insiders bought on the open market within
    ``days`` days of each other, at least one of them in a new filing; the span with the most buyers."""
    by_issuer: dict[str, list[Purchase]] = defaultdict(list)
    for p in purchases:
        by_issuer[p.issuer_cik].append(p)
    clusters: list[Cluster] = []
    for cik, buys in by_issuer.items():
        buys.sort(key=lambda p: (p.transaction_date, p.filing_id))
        best: tuple | None = None
        for i, start in enumerate(buys):
            limit = (dt.date.fromisoformat(start.transaction_date) + dt.timedelta(days=days)).isoformat()
            span = [p for p in buys[i:] if p.transaction_date <= limit]
            buyers = list(dict.fromkeys(p.buyer_cik for p in span))
            if len(buyers) < min_insiders or not any(p.filing_id in new_filing_ids for p in span):
                continue
            score = (len(buyers), span[-1].transaction_date)
            if best is None or score > best[0]:
                best = (score, span)
        if best is None:
            continue
        span = best[1]
        names = list(dict.fromkeys(p.buyer for p in span))
        values = [p.value for p in span if p.value is not None]
        links = []
        for p in span:
            if p.filing_id in new_filing_ids and p.url and (p.buyer, p.url) not in links:
                links.append((p.buyer, p.url))
        clusters.append(Cluster(cik, sentence_case(issuer_label(span[0].issuer_name, span[0].ticker)), names,
                                span[0].transaction_date, span[-1].transaction_date,
                                sum(values) if values else None, links[:MAX_CLUSTER_LINKS]))
    return sorted(clusters, key=lambda c: (-len(c.buyers), -(c.value or 0), c.issuer))


def build_digest(data: DigestData, *, channel: str, digest_date: dt.date, start: dt.datetime, end: dt.datetime,
                 zone: ZoneInfo, watching: list[str], filters: ChannelFilters, market_top: int) -> Digest:
    items = apply_filters(items_from_records(data.records, data.filings), filters)
    digest = Digest(channel, digest_date, start, end, zone, watching, filters, group_by_company(items))
    if market_top:
        market = [i for i in items_from_records(data.market_records, data.market_filings)
                  if i.category in OPEN_MARKET and i.value]
        market.sort(key=lambda i: (-(i.value or 0), i.filing_id))
        digest.market_buys = [i for i in market if i.category == "buy"][:market_top]
        digest.market_sales = [i for i in market if i.category == "sell"][:market_top]
        digest.clusters = find_clusters(data.purchases, data.new_filing_ids)[:market_top]
    return digest


# --- words ----------------------------------------------------------------------------------------

def fmt_moment(moment: dt.datetime, zone: ZoneInfo) -> str:
    """'Fri, Mar 8, 2024, 8:00 AM EST' in the digest's time zone."""
    local = moment.astimezone(zone)
    hour = local.hour % 12 or 12
    return f"{local:%a}, {format_date(local.date())}, {hour}:{local:%M} {'AM' if local.hour < 12 else 'PM'} {local:%Z}"


def title(digest: Digest) -> str:
    return f"Insider digest · {digest.digest_date:%a}, {format_date(digest.digest_date)}"


def window_line(digest: Digest) -> str:
    return (f"Filings accepted by EDGAR from {fmt_moment(digest.start, digest.zone)} "
            f"to {fmt_moment(digest.end, digest.zone)}")


def watching_line(digest: Digest) -> str:
    line = f"Watching: {', '.join(digest.watching)}"
    described = digest.filters.describe()
    return f"{line} · Filters: {', '.join(described)}" if described else line


def quiet_line(digest: Digest) -> str:
    count = len(digest.watching)
    names = "name" if count == 1 else "names"
    what = "nothing new" if not digest.filters.describe() else "nothing new that passes this channel's filters"
    return (f"{title(digest)}: {what} from the {count} {names} watched here since "
            f"{fmt_moment(digest.start, digest.zone)}.")


def summary_line(digest: Digest) -> str:
    companies = len(digest.companies)
    return (f"{title(digest)}: {digest.filings} new {'filing' if digest.filings == 1 else 'filings'} "
            f"at {companies} {'company' if companies == 1 else 'companies'} on this channel's watchlist")


def cluster_phrase(cluster: Cluster) -> str:
    value = f" for {fmt_money(cluster.value)}" if cluster.value else ""
    when = (f"on {format_date(cluster.first_date)}" if cluster.first_date == cluster.last_date
            else f"between {format_date(cluster.first_date)} and {format_date(cluster.last_date)}")
    names = ", ".join(cluster.buyers[:6]) + (f" and {len(cluster.buyers) - 6} more" if len(cluster.buyers) > 6 else "")
    return f"{cluster.issuer}: {len(cluster.buyers)} insiders bought{value} {when} ({names})"


CLUSTER_HEADING = f"Cluster buys ({CLUSTER_MIN_INSIDERS} or more insiders of one company buying within {CLUSTER_DAYS} days)"


# --- text -----------------------------------------------------------------------------------------

def _text_item(item: Item, *, with_issuer: bool = False) -> str:
    parts = [f"{item.issuer}: {item.phrase()}" if with_issuer else item.phrase(), *item.flags()]
    link = f"{item.form_label}: {item.url}" if item.url else item.form_label
    return " · ".join([*parts, link])


def digest_text(digest: Digest) -> str:
    """The digest as plain text (``insiderbot digest``)."""
    lines = [quiet_line(digest)] if digest.quiet else [title(digest), window_line(digest), watching_line(digest)]
    for group in digest.companies:
        lines += ["", group.issuer]
        lines += [f"  • {_text_item(i)}" for i in group.items]
    if digest.has_market:
        lines += ["", "Across the market"]
        for heading, items in (("Largest open-market purchases", digest.market_buys),
                               ("Largest open-market sales", digest.market_sales)):
            if items:
                lines.append(f"  {heading}:")
                lines += [f"  • {_text_item(i, with_issuer=True)}" for i in items]
        if digest.clusters:
            lines.append(f"  {CLUSTER_HEADING}:")
            for c in digest.clusters:
                links = " · ".join(url for _, url in c.links)
                lines.append(f"  • {cluster_phrase(c)}" + (f" · {links}" if links else ""))
    return "\n".join(lines)


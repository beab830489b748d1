"""What the part of a question of several parts amounts to: the sums over every row the part's own answer
searched (its spec and its resolved company and insider, summed by ``sums.totals``), for comparisons and
for the tool loop's searches."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, replace

from bot.answers import rules, sums
from bot.answers.held_in_all import positions_by_title, shares_of
from bot.answers.rankings import rank_days
from bot.answers.render import Answer
from bot.answers.spec import QuerySpec
from bot.answers.sums import TotalRow
from bot.domain.formats import fmt_money, fmt_price, fmt_shares, format_date
from bot.domain.wording import unit_word

ANSWERED = ("records", "summary", "holdings", "insiders")


def found_rows(result: Answer) -> bool:
    """The answer found what was asked (not only the closest rows that did happen)."""
    return result.kind in ANSWERED and bool(result.records) and not result.near_miss
MEASURES = {"sell": "sales", "buy": "purchases", "open_market": "open-market trades", "grant": "grants",
            "exercise": "exercises", "tax_withholding": "shares withheld for taxes", "gift": "gifts",
            "conversion": "conversions", "distribution": "distributions"}
PRICED_KINDS = ("sell", "buy", "open_market")
# "in dollars, whose tax withholding was larger": the sides compared by their dollar values, whatever the kind.
IN_DOLLARS = re.compile(r"\b(?:in|by)\s+(?:dollars?|dollar\s+terms|\$|value)(?!\w)", re.I)


@dataclass
class Figure:
    """The sums of one part, all together (``total``), with its kinds of security and how many companies."""

    total: TotalRow
    kinds: frozenset[str | None]
    companies: int

    @property
    def one_kind(self) -> bool:
        return len(self.kinds) <= 1

    def amount(self, by_value: bool) -> float:
        if by_value:
            return self.total.value
        return self.total.shares if self.one_kind else float(self.total.transactions)

    def words(self, by_value: bool) -> str:
        """'$1,269,587.50 for 30,000 shares in 2 transactions', '838,996 options in 1 transaction'."""
        n = self.total.transactions
        count = f"{n:,} {'transaction' if n == 1 else 'transactions'}"
        if self.companies > 1:
            count += f" at {self.companies:,} companies"
        kind = next(iter(self.kinds), None)
        unit = unit_word(kind, kind not in ("common", "preferred"))
        if by_value:
            return f"{fmt_money(self.total.value)} for {fmt_shares(self.total.shares)} {unit} in {count}"
        if self.one_kind:
            return f"{fmt_shares(self.total.shares)} {unit} in {count}"
        return count

    def difference(self, other: Figure, by_value: bool) -> str | None:
        """How much this figure exceeds ``other``: '12,959,159 shares ($330,167,222.00)'; in dollars alone when the
        two count different kinds of security or the side with more dollars has fewer shares; None when neither
        shares nor dollars compare."""
        kind = next(iter(self.kinds), None)
        same_kind = self.one_kind and other.one_kind and self.kinds == other.kinds
        shares = f"{fmt_shares(self.total.shares - other.total.shares)} {unit_word(kind, kind not in ('common', 'preferred'))}"
        dollars = fmt_money(round(self.total.value, 2) - round(other.total.value, 2))  # the difference of the cents shown
        if same_kind and by_value:  # the shares too, when the side with more dollars also has more shares
            return f"{shares} ({dollars})" if self.total.shares > other.total.shares else dollars
        if same_kind:
            return shares
        return dollars if by_value else None

    def average_price(self) -> float | None:
        """Dollars per share over the rows with a price, None when nothing was priced."""
        return round(self.total.value / self.total.shares, 2) if self.total.priced and self.total.shares else None

    def span(self) -> str:
        first, last = format_date(self.total.first_date), format_date(self.total.last_date)
        return first if first == last else f"{first} to {last}"


def figure_from_rows(rows: list[TotalRow]) -> Figure:
    """One figure from the sums per company, code and kind of security."""
    total = TotalRow(None, None, None, 0, 0, 0.0, 0.0, 0, None, None)
    for row in rows:
        total.absorb(row)
    return Figure(total, frozenset(r.kind for r in rows), len({r.issuer_cik for r in rows}))


def part_spec(result: Answer) -> QuerySpec | None:
    """The spec a part's answer searched (from its query)."""
    spec = (result.query or {}).get("spec")
    return QuerySpec.model_validate(spec) if spec else None


def understood(result: Answer) -> bool:
    """The part's names were all understood (or it names none and asks of every company): its answer (records or
    "none found") is about what was asked."""
    q = result.query or {}
    if result.kind in ("ambiguous", "help", "unsupported", "error") or not q.get("spec"):
        return False
    named = q.get("company") or q.get("insider") or q["spec"].get("role")
    if not named:  # "insider selling in 2022 vs 2023": every company's, when a kind of trade was read and no word
        return bool(q["spec"].get("transaction")) and not q.get("ignored_words") and result.kind in ANSWERED and (
            _every_company(q.get("question") or ""))  # was left that may name one ("thiel or block": block)
    return not q.get("ignored_words") and (result.kind in ANSWERED or result.kind == "no_match")


def _every_company(question: str) -> bool:
    """The part asks of every company: it says so, or no word of it may name one."""
    parse = rules.parse(question, dt.date.today())
    return parse.all_companies or not parse.name_words


def _ciks(found: dict | None) -> tuple[str, ...]:
    return tuple((found or {}).get("ciks") or ())


def figure_of(conn: sqlite3.Connection, result: Answer) -> Figure | None:
    """The sums over the rows the part's answer searched; None when the part was not understood."""
    spec = part_spec(result)
    if spec is None or not understood(result):
        return None
    filters = spec.to_filters(_ciks(result.query.get("company")), _ciks(result.query.get("insider")))
    if spec.count_unit == "days" and (top := rank_days(conn, filters, 1, per_insider=False, by_shares=spec.by_shares)):
        day = dt.date.fromisoformat(top[0].day[:10])  # "whose biggest single day": that day's sums
        filters = replace(filters, date_from=day, date_to=day)
    figure = figure_from_rows(sums.totals(conn, filters))
    # Every row is of the security asked ("rsu awards": Snow's RSUs filed as common stock with an RSU footnote).
    return replace(figure, kinds=frozenset({spec.security})) if spec.security and figure.total.transactions else figure


def measure_of(result: Answer) -> str:
    """What a part counts, in words ('sales')."""
    spec = part_spec(result)
    return MEASURES.get(spec.transaction or "", "transactions") if spec else "transactions"


def price_sentence(parts: list) -> str | None:
    """"who got more per share": the sides' average prices per share, the highest first (each part has ``figure``,
    ``first``, ``short`` and ``measure``); None when a side has no priced trade."""
    prices = [(p, p.figure.average_price()) for p in parts if p.figure is not None]
    if len(prices) < 2 or len(prices) != len(parts) or any(price is None for _, price in prices):
        return None
    (top, high), *rest = sorted(prices, key=lambda item: -item[1])
    others = ", and ".join(f"{fmt_price(price)} {p.short}" for p, price in rest)
    return (f"{top.measure.capitalize()} {top.first} were at the higher price: an average of {fmt_price(high)} per "
            f"share ({top.figure.words(True)}), vs {others}.")


def together_sentence(labels: str, figures: list[Figure]) -> str | None:
    """"Together (2021 and 2024): $679,399,220.54 for 27,048,671 shares in 6 transactions." The parts' sums added
    up; of several kinds of security, the units of each as well ("757,756 RSUs and 757,576 options")."""
    together = figure_from_rows([f.total for f in figures])
    if not together.total.transactions:
        return None  # (holdings, not trades: each part says what it holds)
    together = replace(together, kinds=frozenset(k for f in figures for k in f.kinds))
    priced = all(f.total.priced == f.total.transactions and f.total.transactions for f in figures)
    if together.one_kind or not all(f.one_kind for f in figures):
        return f"Together ({labels}): {together.words(priced)}."
    n = together.total.transactions
    each = " and ".join(f.words(False) for f in figures)
    return (f"Together ({labels}): {fmt_shares(together.total.shares)} {labels} in {n:,} "
            f"{'transaction' if n == 1 else 'transactions'} ({each}).")


def held_together(labels: str, results: list[Answer]) -> str | None:
    """"Together (ff-iii, ff-iiie and ff-iiip): 11,060,562 shares of Class A Common Stock in 3 positions." The
    positions the parts list (each once), added up per security title; None unless every part lists positions."""
    by_title: dict[str, list[float]] = {}
    seen: set = set()
    for result in results:
        if not any(r.get("is_holding") is not None and r.get("shares_owned_following") is not None for r in result.records):
            return None
        positions_by_title(result.records, by_title, seen)
    parts = [f"{fmt_shares(sum(v))} {shares_of(title)} in {len(v)} position{'' if len(v) == 1 else 's'}"
             for title, v in by_title.items()]
    return f"Together ({labels}): {'; '.join(parts)}." if parts else None

"""The query spec: what a question asks for, as validated fields. Both parsers (rules and LLM) produce it.

No field is ever pasted into SQL: ``bot.answers.query`` maps each one to an allow-listed column or
predicate with ``?`` parameters. Company and insider are the words of the question; the engine
resolves them against the database (to CIKs) before anything is queried.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.answers import lexicon
from bot.answers.dates import describe_range, period_to_range
from bot.answers.filters import Filters

Role = Literal[
    "general_counsel", "ceo", "cfo", "coo", "cto", "cao", "cro", "cmo", "chro", "president", "chair", "secretary", "treasurer", "director",
    "ten_percent_owner", "officer",
]
SecurityKind = Literal["option", "rsu", "psu", "warrant", "preferred", "common"]
FormType = Literal["3", "4", "5"]
TransactionKind = Literal[
    "buy", "sell", "open_market", "grant", "exercise", "tax_withholding", "gift", "conversion", "distribution", "any",
]
Aggregation = Literal[
    "list", "latest", "earliest", "total", "net", "biggest", "smallest", "count", "holdings", "insiders", "plan_10b5_1",
    "not_plan_10b5_1", "late",
    "role",
]
CountUnit = Literal["transactions", "filings", "companies", "insiders", "days", "months", "quarters", "years", "owners"]
Ask = Literal["terms", "market_value", "no_securities", "kept", "signer", "address"]

BOUND_FIELDS = ("min_value", "max_value", "min_shares", "max_shares", "min_price", "max_price", "strict_bounds")


def bounds_of(source: object) -> dict:
    """The bound fields of a spec or of the rules parser's reading, by name."""
    return {name: getattr(source, name) for name in BOUND_FIELDS}


EARLIEST_DATE = dt.date(1990, 1, 1)
MAX_LIMIT = 50


class QuerySpec(BaseModel):
    """A question about SEC insider filings (Forms 3, 4, 5) as structured filters. Leave a field empty
    (null) when the question does not say it; never guess a company or a person."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    company: str | None = Field(
        default=None, max_length=120,
        description="The company exactly as the question names it: a ticker (TGEN) or a name (Tecogen).",
    )
    insider: str | None = Field(
        default=None, max_length=120,
        description="The person or entity who filed, as the question names them (e.g. 'John Whiting', 'Whiting').",
    )
    role: Role | None = Field(
        default=None,
        description="The insider's role when the question names a role instead of a person "
                    "(GC / general counsel / chief legal officer -> general_counsel; board member -> director).",
    )
    security: SecurityKind | None = Field(
        default=None, description="The kind of security asked about, if any.",
    )
    transaction: TransactionKind | None = Field(
        default=None,
        description="What happened: buy (open-market purchase, code P), sell (S), open_market (P and S), "
                    "grant (got / granted / awarded, A), exercise (M, X; also RSU vesting), "
                    "tax_withholding (F), gift (G), conversion (C), distribution (a fund's distribution in kind and "
                    "other transactions, J), any.",
    )
    form: FormType | None = Field(
        default=None,
        description="The form type when the question names one (Form 3, Form 4, Form 5; an amendment such as "
                    "4/A counts as its form). Null otherwise.",
    )
    period: str | None = Field(
        default=None, max_length=80,
        description="The time words of the question copied as written, e.g. 'last month', 'Q3 2023', "
                    "'since March', 'September 2023'. Null when the question gives no time.",
    )
    date_from: dt.date | None = Field(default=None, description="First day of the range (YYYY-MM-DD), if stated.")
    date_to: dt.date | None = Field(default=None, description="Last day of the range (YYYY-MM-DD), if stated.")
    noted: str | None = Field(
        None, description="A topic the rows' footnotes state: espp, rule_16b3, bonus_plan, "
                          "business_combination, private_placement, reverse_split, stock_split, "
                          "dividend_reinvestment, rule_16a, performance_vesting, merger, split_filing.")
    month_any_year: int | None = Field(
        default=None, ge=1, le=12, description="A month of every year ('in a December, in any year' -> 12), apart "
                                              "from the dates.")
    weekdays: list[int] = Field(
        default_factory=list, description="Days of the week the trades fall on, Monday 0 ... Sunday 6 ('on a "
                                          "weekend' -> [5, 6], 'the monday in march 2025' -> [0], with the dates).")
    months_out: list[int] = Field(
        default_factory=list, description="Months left out of the dates ('in 2025 outside of december' -> [12]).")
    expires_from: dt.date | None = Field(
        default=None, description="For options and warrants: the first expiration day asked ('expiring in 2035' -> "
                                  "2035-01-01, 'expire after 2034' -> 2035-01-01); not a trade date.")
    expires_to: dt.date | None = Field(
        default=None, description="The last expiration day asked ('expiring in 2035' -> 2035-12-31).")
    also_transactions: list[TransactionKind] = Field(
        default_factory=list, max_length=4,
        description="Further kinds of transaction when the question names several ('exercises and sales': "
                    "transaction=exercise, also_transactions=[sell]). Empty otherwise.",
    )
    amendments_only: bool = Field(
        default=False, description="True when the question asks only about amended filings (4/A, 'amendments').",
    )
    min_value: float | None = Field(
        default=None, ge=0, description="Only trades worth at least this many dollars ('over $1M' -> 1000000).",
    )
    max_value: float | None = Field(
        default=None, ge=0, description="Only trades worth at most this many dollars ('under $50,000' -> 50000).",
    )
    min_shares: float | None = Field(
        default=None, ge=0, description="Only transactions of at least this many shares ('more than 10,000 shares').",
    )
    max_shares: float | None = Field(
        default=None, ge=0, description="Only transactions of at most this many shares ('fewer than 500 shares').",
    )
    min_price: float | None = Field(
        default=None, ge=0, description="Only rows whose price per share (or an option's exercise price) is at "
                                        "least this ('exercise price over $10' -> 10).",
    )
    max_price: float | None = Field(
        default=None, ge=0, description="Only rows whose price per share (or an option's exercise price) is at "
                                        "most this ('options with a strike under $5' -> 5).",
    )
    strict_bounds: bool = Field(
        default=False, description="True when the bounds exclude the number itself ('more than', 'over', 'under').",
    )
    aggregation: Aggregation = Field(
        default="list",
        description="list (matching transactions), latest (most recent activity), total (shares and dollar "
                    "value), net (net buying or selling), biggest (largest trades), smallest (smallest trades), "
                    "count, holdings (what is held after the latest filing), insiders (who files for the "
                    "company), plan_10b5_1 (trades under a 10b5-1 plan), not_plan_10b5_1 (trades not marked as "
                    "under a 10b5-1 plan), late (late filings), role (what an insider's role or title is: "
                    "'what is X's role at Y', 'what does X do at Y').",
    )
    per_insider: bool = Field(
        default=False,
        description="For total or count: one figure per insider, largest first, when the question ranks people "
                    "('who sold the most', 'which insiders filed the most').",
    )
    per_company: bool = Field(
        default=False,
        description="For total: one figure per company, largest first, when the question ranks companies "
                    "('which company had the most insider selling', 'where did insiders buy the most').",
    )
    largest_first: bool = Field(
        default=False, description="For holdings: rank positions by size ('who is the largest holder'); for trades under a "
                                     "10b5-1 plan (or not, or late): largest first ('the largest 10b5-1 sale').",
    )
    by_price: bool = Field(
        default=False, description="For biggest/smallest: trades ranked by price per share, not by dollar value "
                                   "('highest sale price on record', 'his cheapest purchase').",
    )
    by_shares: bool = Field(
        default=False, description="For rankings: by number of shares, not dollar value ('who sold the most shares').",
    )
    by_rows: bool = Field(
        default=False, description="For rankings: by number of transactions (rows), not dollar value ('who has the "
                                   "most sale rows', 'most option exercises on file').",
    )
    count_unit: CountUnit = Field(
        default="transactions",
        description="For aggregation count: filings when the question counts filings or forms ('how many "
                    "filings', 'number of Form 4s'), companies ('how many companies are covered'), insiders "
                    "('how many 10% owners are on file'), days for rankings of single days ('the biggest single "
                    "day of selling', 'the day with the most transactions'), else transactions.",
    )
    ask: Ask | None = Field(
        default=None,
        description="An answer the rows alone do not give: terms (vesting schedule, expiry, strike or exercise "
                    "price of options or RSUs: 'how do his options vest', 'when do they expire'), market_value "
                    "(what holdings are worth now, which needs a market price: 'net worth', 'worth now', 'is that "
                    "a lot'), no_securities (filings, Form 3s, that report owning no securities at all: 'which form 3s "
                    "reported owning nothing'), kept (the shares of an award kept once those withheld for taxes "
                    "are taken off: 'how many did she keep after tax', 'settled minus withheld'), signer (who "
                    "signed the filings: 'who signed dodge's form 4'), address (the reporting owners' addresses: "
                    "'where is golden properties based', 'owners based outside the US'). Null otherwise; "
                    "not for the dollar value of trades ('what were his "
                    "sales worth').",
    )
    vehicle: str | None = Field(
        default=None, max_length=80,
        description="For holdings through an indirect holder: the words naming it, lower case ('through the family "
                    "trust' -> 'trust', 'via STS Holdings' -> 'sts holdings', 'for his kid' -> 'child'); "
                    "'indirect' for any indirect holding ('held indirectly'). Null when not asked (and for "
                    "'direct and indirect').",
    )
    limit: int = Field(default=10, ge=1, le=MAX_LIMIT, description="How many rows to show at most.")

    @field_validator("company", "insider", "period", "vehicle")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = " ".join(value.split())
        return value or None

    @model_validator(mode="after")
    def _ordered_dates(self) -> QuerySpec:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            self.date_from, self.date_to = self.date_to, self.date_from
        return self

    @property
    def kinds(self) -> list[str]:
        """Every kind of transaction asked about (the first one, then the others)."""
        kinds = [self.transaction] if self.transaction else []
        return list(dict.fromkeys(kinds + [k for k in self.also_transactions if k]))

    @property
    def bounded(self) -> bool:
        """A bound on the value, the shares or the price is set."""
        return any(getattr(self, name) is not None for name in BOUND_FIELDS[:-1])

    def bounds(self) -> dict:
        """The bound fields (to carry into another spec: a follow-up keeps the question's amounts)."""
        return bounds_of(self)

    def to_filters(self, issuer_ciks: tuple[str, ...] = (), owner_ciks: tuple[str, ...] = ()) -> Filters:
        """The query this spec asks for, with its company and insider resolved to ``issuer_ciks`` and
        ``owner_ciks`` (the only place a spec's fields are copied into filters)."""
        told = self.noted == "espp"  # "espp shares bought in feb 2025": told of in another row's footnote
        any_kind = told or self.noted in ("dividend_reinvestment", "merger")  # "got shs in the merger": any code
        return Filters(
            issuer_ciks=tuple(issuer_ciks), owner_ciks=tuple(owner_ciks), role=self.role, security=self.security,
            kinds=() if any_kind else tuple(self.kinds), form=self.form, date_from=None if told else self.date_from,
            date_to=None if told else self.date_to, date_label=None if told else self.period,
            amendments_only=self.amendments_only, **self.bounds(),
            held_through=self.trades_held_through(), expires_from=self.expires_from, expires_to=self.expires_to,
            noted=self.noted, month_any_year=self.month_any_year, weekdays=tuple(self.weekdays), months_out=tuple(self.months_out),
        )

    def trades_held_through(self) -> str | None:
        """The vehicle a question about trades names, as a filter on them ("sold via rivendell 7", "bought
        directly"); None for holdings (their answer reads the vehicle itself) and for a bare word for the kind
        of entity people's own funds often are ("Thiel's funds", "the Mithril funds": they file themselves)."""
        vehicle = (self.vehicle or "").lower()
        if not vehicle or self.aggregation == "holdings" or vehicle in lexicon.LOOSE_VEHICLES:
            return None
        return vehicle

    def dated(self, today: dt.date) -> QuerySpec:
        """The spec with its dates read: the period words when they parse, else the explicit dates clamped
        to a sane range; the period becomes the dates' label."""
        found = period_to_range(self.period, today)
        if found is not None:
            start, end, label = found.start, found.end, found.label
        else:
            clamped = self.clamp_dates(today)
            start, end = clamped.date_from, clamped.date_to
            label = describe_range(start, end) if (start or end) else None
        return self.model_copy(update={"date_from": start, "date_to": end, "period": label})

    def clamp_dates(self, today: dt.date) -> QuerySpec:
        """Dates outside [1990-01-01, today + 1 year] are dropped or pulled in (LLM output is untrusted)."""
        latest = today + dt.timedelta(days=366)
        start, end = self.date_from, self.date_to
        if start and start > latest:
            start = None
        if end and end < EARLIEST_DATE:
            end = None
        if start and start < EARLIEST_DATE:
            start = EARLIEST_DATE
        if end and end > latest:
            end = latest
        return self.model_copy(update={"date_from": start, "date_to": end})


@dataclass
class ChatContext:
    """What a conversation is about, so a follow-up ("and the CFO?") can reuse it."""

    company_ciks: tuple[str, ...] = ()
    company_label: str | None = None
    insider_ciks: tuple[str, ...] = ()
    insider_label: str | None = None
    spec: QuerySpec | None = None

    def to_dict(self) -> dict:
        return {
            "company_ciks": list(self.company_ciks), "company_label": self.company_label,
            "insider_ciks": list(self.insider_ciks), "insider_label": self.insider_label,
            "spec": self.spec.model_dump(mode="json") if self.spec else None,
        }

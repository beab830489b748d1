"""What a query filters on, as one record (``Filters``) whose conditions each carry their SQL and their
English (``Filter``), as Datasette's filters do: the WHERE clause and the "what was searched" of an answer
are built from the same objects, so they cannot disagree.

``QuerySpec.to_filters`` builds the record (names already resolved to CIKs). No value is ever pasted into
SQL: values travel as ``?`` parameters; the SQL text varies only by choices made here (which conditions,
over which columns written in this module).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.answers.dates import describe_range
from bot.answers.lexicon import SERIES
from bot.answers.noted import TOPICS, noted_sql
from bot.domain.codes import OPEN_MARKET_CODES, SECURITY_FREE_CODES, TRANSACTION_KINDS
from bot.domain.vocab import SECURITY_LABELS
from storage.sql import marks, not_superseded

ENTRY_AS_OF = "coalesce(e.transaction_date, f.period_of_report, f.filed_at)"
FILED_AS_OF = "coalesce(f.period_of_report, f.filed_at)"
# The day a row stands for when dates bound it: a trade's own day; a position is what was held once its filing's
# trades were done (a Form 5's year-end positions after its December gift), else its filing's date.
ENTRY_DATED = ("coalesce(e.transaction_date, (SELECT max(t.transaction_date) FROM entries t "
               "WHERE t.filing_id = e.filing_id), f.period_of_report, f.filed_at)")



# A row's price per share, or for a derivative its exercise or conversion price (what "price" and "strike" mean).
# A row coded A (a grant) but marked D (disposed of) is an exercise filed under the grant code, not a grant; ``t``
# is the table's alias (the rows ``e``, the pre-aggregated days ``d``).
NOT_A_DISPOSAL = "NOT ({t}.transaction_code = 'A' AND {t}.acquired_disposed = 'D')"
PRICE_OR_STRIKE = "(CASE WHEN e.is_derivative = 1 THEN e.conversion_or_exercise_price ELSE e.price_per_share END)"

@dataclass(frozen=True)
class Filter:
    """One condition: a SQL clause over columns written in this module, its parameters, and what it means
    in words (None when the answer says it elsewhere: the company, insider and role are its scope)."""

    sql: str
    params: tuple = ()
    describe: str | None = None


@dataclass(frozen=True)
class Filters:
    """A query with every name resolved to CIKs; built by ``QuerySpec.to_filters``."""

    issuer_ciks: tuple[str, ...] = ()
    owner_ciks: tuple[str, ...] = ()
    excluded_owner_ciks: tuple[str, ...] = ()  # "pltr sales besides thiel": filings none of these filed
    role: str | None = None
    security: str | None = None
    kinds: tuple[str, ...] = ()  # kinds of transaction (``bot.domain.codes.TRANSACTION_KINDS``); "any" or none: all
    form: str | None = None  # '3', '4' or '5' (amendments count as their form)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    date_label: str | None = None  # the dates as the question put them ("last month"), for the description
    plan_only: bool = False
    amendments_only: bool = False
    min_value: float | None = None  # dollars; open-market trades (P, S) with a price only
    max_value: float | None = None
    min_shares: float | None = None
    max_shares: float | None = None
    min_price: float | None = None  # per share, or an option's exercise / conversion price
    max_price: float | None = None
    strict_bounds: bool = False  # the bounds exclude the number itself ("more than", "under")
    noted: str | None = None  # a topic the rows' footnotes state (bot/answers/noted.py: "espp", "rule_16b3")
    month_any_year: int | None = None  # the trade's month, any year ("in a December": 12)
    weekdays: tuple[int, ...] = ()  # the days of the week of the trade (Monday 0 ... Sunday 6): "on a weekend"
    months_out: tuple[int, ...] = ()  # months left out of the dates ("outside of december": 12)
    excluded_issuer_ciks: tuple[str, ...] = ()  # companies left out ("2025 sells ex wve")
    held_through: str | None = None  # trades held through a vehicle its nature of ownership names; "direct"
    expires_from: dt.date | None = None  # an option's or warrant's expiration date, both days included
    expires_to: dt.date | None = None

    @property
    def codes(self) -> tuple[str, ...]:
        if "any" in self.kinds:
            return ()
        return tuple(dict.fromkeys(code for kind in self.kinds for code in TRANSACTION_KINDS[kind].codes))

    @property
    def security_free_codes(self) -> tuple[str, ...]:
        """Codes the security kind does not restrict: tax withholding (shares withheld when an award of RSUs or
        options vests or is exercised are filed as the shares, not as the award)."""
        if self.security in (None, "common") or "tax_withholding" not in self.kinds:
            return ()
        return SECURITY_FREE_CODES

    @property
    def rows_only(self) -> Filters:
        """The filters on a filing's rows (security, kind of transaction, amounts), without the filing's own."""
        return Filters(security=self.security, kinds=self.kinds, min_value=self.min_value, max_value=self.max_value,
                       min_shares=self.min_shares, max_shares=self.max_shares, min_price=self.min_price,
                       max_price=self.max_price, strict_bounds=self.strict_bounds, held_through=self.held_through,
                       noted=self.noted, month_any_year=self.month_any_year, weekdays=self.weekdays, months_out=self.months_out,
                       expires_from=self.expires_from, expires_to=self.expires_to)

    def entry_filters(self, *, holdings: bool | None) -> list[Filter]:
        """The conditions on rows ``e`` (with their filing ``f``): ``holdings`` True = holding rows only, False =
        transactions only (dated by their trade; holding rows by their filing)."""
        out = [Filter(not_superseded("e.filing_id"))]
        if holdings is not None:
            out.append(Filter(f"e.is_holding = {int(holdings)}"))
        if self.issuer_ciks:
            out.append(in_filter("e.issuer_cik", self.issuer_ciks))
        if self.owner_ciks:
            out.append(Filter(owned_by("e.filing_id", self.owner_ciks), self.owner_ciks))
        if self.excluded_owner_ciks:
            out.append(Filter(f"NOT {owned_by('e.filing_id', self.excluded_owner_ciks)}", self.excluded_owner_ciks))
        if self.excluded_issuer_ciks:
            out.append(Filter(f"e.issuer_cik NOT IN ({marks(self.excluded_issuer_ciks)})", self.excluded_issuer_ciks))
        if self.role:
            out.append(Filter(has_role("e.filing_id"), (self.role,)))
        out.extend(self.row_filters())
        out.extend(self._form_filters())
        out.extend(self._date_filters("e.transaction_date" if holdings is False else ENTRY_DATED))
        if self.plan_only:
            out.append(_plan_filter())
        if self.held_through:
            out.append(_held_through_filter(self.held_through))
        if self.noted:
            sql, params = noted_sql(self.noted)
            out.append(Filter(sql, params, TOPICS[self.noted].words))
        if self.month_any_year:
            out.append(self._month_filter("e.transaction_date"))
        out.extend(self._day_filters("e.transaction_date"))
        return out

    def _day_filters(self, date: str) -> list[Filter]:
        """"on a weekend", "the monday in march 2025" (SQLite counts the days from Sunday), and the months left
        out ("outside of december"), of ``date`` (a trade's or a filing's)."""
        out, days = [], [("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")[d] for d in self.weekdays]
        if self.weekdays:
            out.append(Filter(f"CAST(strftime('%w', {date}) AS INTEGER) IN ({marks(self.weekdays)})",
                              tuple((d + 1) % 7 for d in self.weekdays),
                              "on weekends" if self.weekdays == (5, 6) else "on " + " or ".join(days)))
        if self.months_out:
            out.append(Filter(f"CAST(strftime('%m', {date}) AS INTEGER) NOT IN ({marks(self.months_out)})",
                              self.months_out, "outside " + " and ".join(f"{dt.date(2000, m, 1):%B}" for m in self.months_out)))
        return out

    def _month_filter(self, date: str) -> Filter:
        """"in a December, in any year": the month of ``date`` (a trade's or a filing's), whatever the year."""
        return Filter(f"CAST(strftime('%m', {date}) AS INTEGER) = ?", (self.month_any_year,),
                      f"in {dt.date(2000, self.month_any_year or 1, 1):%B} of any year")

    @property
    def grants_only(self) -> bool:
        """Grants asked alone across insiders: a row coded A but marked D (an exercise filed under the grant code) is
        left out; a named insider's own such rows stay (shown as filed: "Moran's $3.14 option grant")."""
        return self.kinds == ("grant",) and not self.owner_ciks

    def row_filters(self) -> list[Filter]:
        """The kind of transaction, the security and the amounts, in the order an answer says them."""
        return self._kind_filters() + self._bound_filters()

    def _kind_filters(self) -> list[Filter]:
        out = []
        codes = self.codes
        if codes:
            labels = [TRANSACTION_KINDS[k].label for k in self.kinds]
            words = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
            out.append(in_filter("e.transaction_code", codes, words))
            if self.grants_only:
                out.append(Filter(NOT_A_DISPOSAL.format(t="e")))
        if self.security:
            words = ("in " if codes else "") + SECURITY_LABELS[self.security]
            kind, params = "security_kind(e.security_title, e.is_derivative) = ?", (self.security,)
            if self.security in NOTED_KINDS:
                kind, params = f"({kind} OR {AWARD_IN_NOTE})", (self.security, self.security)
            free = self.security_free_codes
            if free:
                out.append(Filter(f"({kind} OR e.transaction_code IN ({marks(free)}))", (*params, *free), words))
            else:
                out.append(Filter(kind, params, words))
        return out

    def _bound_filters(self) -> list[Filter]:
        out = self._expiry_filters()
        more, less = ("more than", "less than") if self.strict_bounds else ("at least", "at most")
        if self.min_value is not None or self.max_value is not None:
            valued = f"e.transaction_code IN ({marks(OPEN_MARKET_CODES)}) AND e.price_per_share > 0"
            bound = self._bound("e.shares * e.price_per_share", self.min_value, self.max_value, bound_words(
                self.min_value, self.max_value, _money, "worth between {} and {}", "worth {}", more, less))
            out.append(Filter(f"{valued} AND {bound.sql}", OPEN_MARKET_CODES + bound.params, bound.describe))
        if self.min_shares is not None or self.max_shares is not None:
            out.append(self._bound("e.shares", self.min_shares, self.max_shares, bound_words(
                self.min_shares, self.max_shares, _number, "of between {} and {} shares", "of {} shares", more, less)))
        if self.min_price is not None or self.max_price is not None:
            price = PRICE_OR_STRIKE
            what = "with an exercise price" if self.security in ("option", "warrant") else "at a price"
            out.append(self._bound(price, self.min_price, self.max_price, bound_words(
                self.min_price, self.max_price, _price, what + " between {} and {}", what + " of {}", more, less)))
        return out

    def _expiry_filters(self) -> list[Filter]:
        """"expiring in 2035", "expire after 2034": the expiration date, never the trade's."""
        if not (self.expires_from or self.expires_to):
            return []
        clauses, params = ["e.expiration_date IS NOT NULL"], []
        if self.expires_from:
            clauses.append("e.expiration_date >= ?")
            params.append(self.expires_from.isoformat())
        if self.expires_to:
            clauses.append("e.expiration_date < ?")
            params.append((self.expires_to + dt.timedelta(days=1)).isoformat())
        when = describe_range(self.expires_from, self.expires_to).replace("since ", "from ")
        words = "expiring " + ("in " + when if re.match(r"\d|[A-Z][a-z]+ \d{4}$", when) else when)
        return [Filter(" AND ".join(clauses), tuple(params), words)]

    def filing_filters(self, *extra: str, owners_joined: bool = False) -> list[Filter]:
        """The conditions on filings ``f`` no amendment replaces: ``extra`` clauses (without parameters), the
        companies, the owners, the form and the filing's date (its period of report, else when it was filed).
        ``owners_joined``: the query joins ``filing_owners fo`` and the owners filter picks its rows. Amendments
        only, when asked ("how many 4/As"), for every filing query alike."""
        out = [Filter(not_superseded("f.id")), *(Filter(clause) for clause in extra)]
        if self.issuer_ciks:
            out.append(in_filter("f.issuer_cik", self.issuer_ciks))
        if self.owner_ciks:
            out.append(in_filter("fo.owner_cik", self.owner_ciks) if owners_joined
                       else Filter(owned_by("f.id", self.owner_ciks), self.owner_ciks))
        if self.excluded_owner_ciks:
            out.append(Filter(f"NOT {owned_by('f.id', self.excluded_owner_ciks)}", self.excluded_owner_ciks))
        if self.excluded_issuer_ciks:
            out.append(Filter(f"f.issuer_cik NOT IN ({marks(self.excluded_issuer_ciks)})", self.excluded_issuer_ciks))
        out.extend(Filter(f.sql, f.params) for f in self._form_filters())
        out.extend(self._date_filters(FILED_AS_OF))
        if self.month_any_year:  # "filings in a december, any year": the filing's own date
            out.append(self._month_filter(FILED_AS_OF))
        out.extend(Filter(f.sql, f.params) for f in self._day_filters(FILED_AS_OF))  # "filed on a weekend"
        return out

    def describe(self) -> str:
        """What was searched, in words: 'sales (S) of more than 1,000 shares on Form 4 in 2023' ('' for nothing)."""
        return " ".join(f.describe for f in self.entry_filters(holdings=False) if f.describe)

    def bounds_words(self) -> str | None:
        """The amounts searched for, in words ('worth more than $1,000,000'), or None."""
        return " ".join(f.describe for f in self._bound_filters() if f.describe) or None

    def _form_filters(self) -> list[Filter]:
        out = []
        if self.form:
            out.append(Filter("f.form = ?", (self.form,), f"on Form {self.form}{'/A' if self.amendments_only else ''}"))
        if self.amendments_only:
            out.append(Filter("f.is_amendment = 1", (), None if self.form else "on amended filings"))
        return out

    def _date_filters(self, column: str) -> list[Filter]:
        """``column`` within the dates, both days included; the first one says the dates in words."""
        words = self.date_label or describe_range(self.date_from, self.date_to)
        out = []
        if self.date_from:
            out.append(Filter(f"{column} >= ?", (self.date_from.isoformat(),), words))
        if self.date_to:
            out.append(Filter(f"{column} < ?", ((self.date_to + dt.timedelta(days=1)).isoformat(),),
                              None if self.date_from else words))
        return out

    def _bound(self, column: str, least: float | None, most: float | None, words: str | None) -> Filter:
        """``column`` at least ``least`` and at most ``most`` (either may be None); strict bounds exclude them."""
        clauses, params = [], []
        for bound, op in ((least, ">" if self.strict_bounds else ">="), (most, "<" if self.strict_bounds else "<=")):
            if bound is not None:
                clauses.append(f"{column} {op} ?")
                params.append(bound)
        return Filter(" AND ".join(clauses), tuple(params), words)


def where(filters: Sequence[Filter]) -> tuple[list[str], list]:
    """The clauses and parameters of some filters, for ``WHERE ' AND '.join(clauses)``."""
    return [f.sql for f in filters], [p for f in filters for p in f.params]


def in_filter(column: str, values: Sequence, describe: str | None = None) -> Filter:
    """``column IN (?, ...)`` over ``values`` (``column`` is always an expression written in this module)."""
    return Filter(f"{column} IN ({marks(values)})", tuple(values), describe)


# Awards of RSUs or PSUs filed in Table I as shares, with a footnote on the title or the shares saying what they
# are (``vocab.note_security_kind``): a grant (A) row only, so sales "upon vesting of RSUs" stay shares.
NOTED_KINDS = ("rsu", "psu")
AWARD_IN_NOTE = (
    "(e.is_derivative = 0 AND e.transaction_code = 'A' AND e.footnote_ids <> '{}' AND EXISTS (SELECT 1 FROM "
    "footnotes fn WHERE fn.filing_id = e.filing_id AND instr(coalesce(json_extract(e.footnote_ids, "
    "'$.security_title'), '') || coalesce(json_extract(e.footnote_ids, '$.shares'), ''), "
    "char(34) || fn.footnote_id || char(34)) > 0 AND note_security_kind(fn.text) = ?))"
)


def owned_by(filing_id: str, owner_ciks: Sequence[str]) -> str:
    """The rows whose filing (``filing_id``: its column) one of the owners filed."""
    return f"{filing_id} IN (SELECT filing_id FROM filing_owners WHERE owner_cik IN ({marks(owner_ciks)}))"


def has_role(filing_id: str) -> str:
    """The rows whose filing has an owner in the role (one parameter); needs the filing ``f`` joined."""
    return (f"EXISTS (SELECT 1 FROM filing_owners fo WHERE fo.filing_id = {filing_id} AND "
            "has_role(?, fo.officer_title, fo.other_text, fo.is_director, fo.is_officer, "
            "fo.is_ten_percent_owner, f.remarks))")


def vehicle_matches(vehicle: str, *texts: str | None) -> bool:
    """The position's nature of ownership (or its footnote) names the vehicle ("trust" -> "By Trust")."""
    if not vehicle:
        return True
    text, vehicle = plain_name(" ".join(t for t in texts if t)), plain_name(vehicle)
    if re.search(rf"\b{re.escape(vehicle)}(?!\w)", text):  # "rivendell 2" is not "Rivendell 25"
        return True
    # A number or roman numeral names one vehicle of a series ("Rivendell 7 LLC", not "Rivendell 25 LLC"; "Founders
    # Fund V", not "Founders Fund IV"): a whole word, and the word before it; so is a short name ("FF-IV", not "FF-IVP").
    words = vehicle.split()
    if not all(re.search(rf"\b{re.escape(word)}" + (r"(?![\w-])" if _SERIES_WORD.fullmatch(word) or "-" in word else ""), text)
               for word in words if len(word) > 1 or _SERIES_WORD.fullmatch(word)):
        return False
    return all(re.search(rf"\b{re.escape(before)}\s+{re.escape(word)}\b", text)
               for before, word in zip(words, words[1:], strict=False) if _SERIES_WORD.fullmatch(word))


_SERIES_WORD = re.compile(SERIES)  # "7", "25", "v", "iv", "vi": which one of a series


def plain_name(text: str) -> str:
    """Lower case, punctuation and runs of spaces as one space: "FF Affirm Growth, LLC" is "ff affirm growth llc"."""
    return " ".join(re.sub(r"[,;()\"“”]|\.(?!\d)", " ", text.lower()).split())


def held_through(vehicle: str, direct_indirect: str | None, nature: str | None, notes: str | None,
                 owners: str | None) -> bool:
    """The SQL function ``held_through``: a row held the way ``vehicle`` says ("direct", "indirect", or the
    words naming the holder in its nature of ownership, that field's footnotes or the names of the filing's
    reporting owners: "the Mithril funds" file themselves)."""
    how = (direct_indirect or "").upper()
    if vehicle == "direct":
        return how == "D"
    if vehicle == "indirect":
        return how == "I"
    return vehicle_matches(vehicle, nature, notes, owners)


# The footnotes on a row's nature of ownership (or its direct/indirect box), their texts joined.
_OWNERSHIP_NOTES = (
    "(SELECT group_concat(fn.text, ' ') FROM footnotes fn WHERE fn.filing_id = e.filing_id AND e.footnote_ids <> "
    "'{}' AND instr(coalesce(json_extract(e.footnote_ids, '$.nature_of_ownership'), '') || "
    "coalesce(json_extract(e.footnote_ids, '$.direct_indirect'), ''), char(34) || fn.footnote_id || char(34)) > 0)"
)


def _held_through_filter(vehicle: str) -> Filter:
    words = {"direct": "held directly", "indirect": "held indirectly"}.get(vehicle, f"held through “{vehicle}”")
    owners = "(SELECT group_concat(o.name, ' ') FROM filing_owners o WHERE o.filing_id = e.filing_id)"
    return Filter(f"held_through(?, e.direct_indirect, e.nature_of_ownership, {_OWNERSHIP_NOTES}, {owners})",
                  (vehicle,), words)


def _plan_filter() -> Filter:
    """The rows a 10b5-1 disclosure can cover (``flags.plan_basis`` decides): purchases and sales of a filing
    that discloses a plan anywhere, and any row that cites a footnote about one."""
    return Filter(
        f"((e.transaction_code IN ({marks(OPEN_MARKET_CODES)}) AND (f.aff10b5one = 1 OR f.remarks LIKE '%10b5%' "
        "OR EXISTS (SELECT 1 FROM footnotes fn WHERE fn.filing_id = e.filing_id AND fn.text LIKE '%10b5%'))) "
        "OR EXISTS (SELECT 1 FROM footnotes fn WHERE fn.filing_id = e.filing_id AND fn.text LIKE '%10b5%' "
        "AND instr(e.footnote_ids, '\"' || fn.footnote_id || '\"') > 0))",
        OPEN_MARKET_CODES,
    )


# ---- amounts in words ----------------------------------------------------------------------------

def bound_words(least: float | None, most: float | None, fmt: Callable[[float], str], between: str, one: str,
                more: str, less: str) -> str | None:
    """One pair of bounds in words: ``between`` takes both numbers, ``one`` the single bound with its word (or
    alone, for one exact number: "at a price of $5.96")."""
    if least is not None and least == most:
        return " ".join(one.format(fmt(least)).split())
    if least is not None and most is not None:
        return between.format(fmt(least), fmt(most))
    if least is not None:
        return one.format(f"{more} {fmt(least)}")
    if most is not None:
        return one.format(f"{less} {fmt(most)}")
    return None


def _money(value: float) -> str:
    return f"${value:,.0f}" if float(value).is_integer() else f"${value:,.2f}"


def _price(value: float) -> str:
    return f"${value:,.2f}" if float(value * 100).is_integer() else f"${value:,}"


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"

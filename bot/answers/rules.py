"""The rules parser: a question in users' words -> the parts of a QuerySpec, offline and deterministic.

A pipeline of small stages: ``tokens.normalise`` (plain text) -> ``spans`` recognisers (ticker, scope,
amount, date, form, role, security, verb, aggregation, comparison; each blanks what it reads) -> the
words left, as filler or as candidate names for ``resolve`` -> one ``RulesParse`` whose fields become
a ``QuerySpec`` (``understand``). It never looks at filing text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bot.answers import amounts, lexicon, spans, vehicle_spans
from bot.answers.dates import DateRange
from bot.answers.negation import negation_of
from bot.answers.noted import noted_spans
from bot.answers.out_of_scope import OUT_OF_SCOPE
from bot.answers.rereads import reread_aggregation
from bot.answers.spans import Span
from bot.answers.tokens import WORD, Text, bare_word, correct_spelling, fold, normalise

__all__ = ["CONJUNCTION", "NameWord", "RulesParse", "TickerMention", "fold", "parse"]

BARE_FOLLOWUP_WORDS = 2
_FILINGS_COUNTED = re.compile(r"\b(?:filings|filed|forms?(?:\s*[345](?:\s*/\s*a)?(?:'?s)?)?|amendments|form\s*[345]s"
                              r"|[345]\s*/\s*as?|[345]s)\b", re.I)
CONJUNCTION = re.compile(r"\band\b|\bor\b|&|\+|,|\bplus\b|\bas\s+well\s+as\b|\bvs\.?\b|\bversus\b", re.I)
_FOLLOWUP = re.compile(r"^\s*(?:and|what\s+about|how\s+about|same\s+for|also|now|then)\b", re.I)
_PRONOUN = re.compile(rf"\b(?:{lexicon.PRONOUNS}|this\s+person)\b", re.I)
_SAME_COMPANY = re.compile(r"\b(?:same\s+company|that\s+company|there|this\s+company|it|its)\b", re.I)
_TOTAL_HELD = re.compile(r"\btotal\s+(?:[\w$.'-]+\s+){0,2}(?:stock|shares|holdings?|position|stake|ownership)\b(?!\s*(?:\+|and|&)\s*(?:\$|dollars?|value))", re.I)
_MONEY = re.compile(r"dollar|worth|\$|\baverage\b|\bavg\b|\bmean\b", re.I)
_TOTAL_FILINGS = re.compile(r"\btotal\s+(?:number\s+of\s+)?(?:filings|forms?\b|form\s*[345]s)", re.I)
_COMPANIES_COUNTED = re.compile(r"\bhow\s+many\s+(?:different\s+|diff\s+|distinct\s+)?(?:companies|cos|issuers|firms|tickers)\b"
                                r"|\b(?:number|count)\s+of\s+(?:companies|issuers|tickers)\b", re.I)
_INSIDERS_COUNTED = re.compile(r"\bhow\s+many\s+(?:\S+\s+){0,2}?(?:insiders|people|filers|reporting\s+owners|cfos|ceos|coos|"
                               r"ctos|gcs|directors|officers|execs|executives|presidents|holders|owners)\b", re.I)
_SOURCE_GAP = re.compile(r"\s*(?:(?:the|a|an|their|his|her|its)\s+)?(?:conversions?\s+of\s+(?:the\s+)?)?", re.I)
_IPO = re.compile(r"ipo|listing|went\s+public", re.I)
_PRICE_PAID = re.compile(r"\b(?:avg|average|mean)\b|\bprices?\b|\bpx\b|\bpaid\b|\bper\s+share\b|\ba\s+share\b", re.I)
_GOT = re.compile(r"get|gets|got|gotten", re.I)
# "got", "received": a grant unless the question names how it came ("shares he got from conversions")
_CAME_TO = re.compile(r"get|gets|got|gotten|receiv(?:e|ed|es|ing)|given", re.I)
_NAMED_KINDS = ("conversion", "gift", "exercise", "distribution", "tax_withholding")
_UNDERLIE = re.compile(r"\bunderl(?:ie|ies|ying|ay)\b", re.I)
_FILED = re.compile(r"\bfil(?:ed|es|ing|ings|ers?)\b|\bforms?\b", re.I)


@dataclass
class NameWord:
    """A word that may be part of a company or insider name."""

    text: str
    pos: int
    soft: bool = False
    capitalised: bool = False
    before_role: bool = False  # "the wave cfo": a company's name even when it is a common word

    norm = property(lambda self: self.text.lower())


@dataclass
class TickerMention:
    text: str
    symbol: str
    explicit: bool
    pos: int
    word: str = ""

    @property
    def as_word(self) -> NameWord:
        """The mention as a possible name, as written ("Acme's" -> "Acme")."""
        return NameWord(self.word or self.symbol, self.pos, capitalised=True)


@dataclass
class RulesParse:
    question: str
    role: str | None = None
    role_plural: bool = False
    security: str | None = None
    transaction: str | None = None
    dates: DateRange | None = None
    aggregation: str = "list"
    aggregation_stated: bool = False
    limit: int = 10
    form: str | None = None
    amendments_only: bool = False
    also_transactions: list[str] = field(default_factory=list)
    min_value: float | None = None
    max_value: float | None = None
    min_shares: float | None = None
    max_shares: float | None = None
    strict_bounds: bool = False
    count_unit: str = "transactions"
    min_price: float | None = None
    max_price: float | None = None
    largest_first: bool = False  # holdings ranked by size ("the largest holder")
    by_price: bool = False  # trades ranked by price per share ("highest sale price")
    by_shares: bool = False  # a ranking by shares, not dollars ("who sold the most shares")
    per_insider: bool = False  # "who sold the most": totals (or filing counts) per insider, ranked
    per_company: bool = False  # "which company had the most insider selling": totals per company, ranked
    newest_n: bool = False  # "the last 3", "latest 5": the newest rows, whoever filed them
    negation: str | None = None  # a word that leaves something out, which the filters cannot express
    out_of_scope: str | None = None  # advice | sentiment | pnl | price | news | prediction | why …
    all_companies: bool = False  # a scope phrase: "anywhere", "overall", "in the whole database"
    comparison: bool = False  # "vs", "versus", "compared to"
    ask: str | None = None  # terms | market_value: an answer the rows alone do not give
    vehicle: str | None = None  # the holder of an indirect position ("trust"; "indirect": any)
    noted: str | None = None  # a topic the footnotes state ("espp"): bot/answers/noted.py
    month_any_year: int | None = None  # "in a December, in any year"
    name_words: list[NameWord] = field(default_factory=list)
    tickers: list[TickerMention] = field(default_factory=list)
    followup: bool = False
    pronoun: bool = False
    same_company: bool = False
    spans: list[Span] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing at all was recognised (no filter, no name, no aggregation)."""
        return not (self.role or self.security or self.transaction or self.dates or self.aggregation_stated
                    or self.form or self.amendments_only or self.bounded or self.name_words or self.tickers or self.ask
                    or self.noted)

    @property
    def bounded(self) -> bool:
        return any(v is not None for v in (self.min_value, self.max_value, self.min_shares, self.max_shares,
                                            self.min_price, self.max_price))

    @property
    def understood(self) -> list[str]:
        """What was read, in words ("role=ceo", "form=4", the date label)."""
        return [f"{s.kind}={s.value}" if s.kind != "date" else s.value.label
                for s in self.spans if s.kind not in ("name", "filler", "unknown")]

    def of_kind(self, kind: str) -> list[Span]:
        return [s for s in self.spans if s.kind == kind]

def recognise(question: str, today: dt.date) -> tuple[list[Span], Text]:
    """Every span the recognisers find, in the order they run (which phrase may take which words), and
    the text with those spans blanked."""
    text = Text(question)
    found = spans.explicit_tickers(text) + spans.scope(text) + amounts.amounts(text) + spans.asks(text)
    found += spans.weekdays(text) + spans.months_out(text) + spans.dates(text, today) + vehicle_spans.vehicle(text) + spans.order_by(text) + spans.source(text)
    found += spans.forms(text) + spans.not_plan(text) + spans.limit(text) + noted_spans(text)
    found += spans.role_question(text)
    found += spans.table(text, "role", lexicon.ROLE_PHRASES) + spans.table(text, "security", lexicon.SECURITY_PHRASES)
    found += spans.table(text, "transaction", spans.CODE_PHRASES + lexicon.PHRASAL_VERBS)
    found += spans.aggregations(text, ["plan_10b5_1", "late", "holdings", "net", "count", "total", "biggest",
                                       "smallest", "earliest", "latest"])
    found += spans.have(text, question)
    found += spans.table(text, "transaction", lexicon.TRANSACTION_PHRASES) + spans.comparisons(text)
    found += spans.aggregations(text, ["insiders", "list"])
    return found, text


def parse(question: str, today: dt.date) -> RulesParse:
    """Read a question; names are left as candidate words for ``resolve``."""
    question = correct_spelling(normalise(question), lexicon.KEYWORDS, lexicon.STOPWORDS)
    result = RulesParse(question)
    if not question:
        return result
    result.followup = bool(_FOLLOWUP.search(question))
    result.pronoun = bool(_PRONOUN.search(question))
    result.same_company = bool(_SAME_COMPANY.search(question))
    result.out_of_scope = next((kind for kind, pattern in OUT_OF_SCOPE if pattern.search(question)), None)
    found, text = recognise(question, today)
    result.negation = negation_of(question, text.value)
    result.spans = found
    _read_filters(result, found)
    _read_transactions(result)
    if result.transaction and all(_IPO.fullmatch(s.text) for s in result.of_kind("form")):
        result.form = None  # "bought at the IPO": a trade on the IPO's day, not what the Form 3 held
    _read_aggregation(result)
    _read_ask(result)
    if result.aggregation == "holdings" and result.dates and result.dates.end == today and result.dates.start:
        # "shares left after may 2022", "held since 2021": what is held now, after those dates' trades.
        result.dates = None
    if result.aggregation == "holdings" and result.transaction and lexicon.AFTER_TRADE.search(question):
        # "options left after exercising", "what he held after the sale": what is held, not the trade.
        result.transaction, result.also_transactions = None, []
    result.spans = sorted(found + _names(text, result), key=lambda s: (s.start, s.end))
    _read_followup(result)
    return result


def _read_filters(result: RulesParse, found: list[Span]) -> None:
    """Tickers, scope, bounds, dates, form, limit, role and security from their spans."""
    for span in found:
        if span.kind == "ticker":
            result.tickers.append(TickerMention(span.text, span.value, True, span.start))
        elif span.kind == "amount":
            name, number, strict = span.value
            setattr(result, name, number)
            result.strict_bounds = result.strict_bounds or strict
        elif span.kind == "limit":
            result.limit, result.newest_n = span.value
    result.all_companies = bool(result.of_kind("scope"))
    result.comparison = bool(result.of_kind("comparison"))
    result.dates = next((s.value for s in result.of_kind("date")), None)
    result.form = next((s.value for s in result.of_kind("form")), None)
    result.noted, result.month_any_year = (next((s.value for s in result.of_kind(k)), None) for k in ("noted", "month_any"))
    result.amendments_only = bool(result.of_kind("amendments"))
    roles = result.of_kind("role")
    if roles:
        specific = [s for s in roles if s.value not in ("officer", "director", "ten_percent_owner")]  # "officers ... President"
        result.role = specific[0].value if roles[0].value == "officer" and specific else roles[0].value
        texts = [s.text for s in roles if s.value in (result.role, roles[0].value)]
        result.role_plural = any(t.lower().rstrip().endswith(("s", "mgmt", "management", "c-suite")) for t in texts) or any(
            re.search(rf"\b(?:any|all|every|each)\s+(?:of\s+the\s+)?{re.escape(t)}", result.question, re.I)
            for t in texts)
    result.security = next((s.value for s in result.of_kind("security")), None)
    derivative = [s.value for s in result.of_kind("security") if s.value not in ("common", "preferred")]
    if derivative and _UNDERLIE.search(result.question):
        result.security = derivative[0]  # "shares of common stock underlying his option grant": the options
    source = result.of_kind("source")
    after = [s for s in result.of_kind("security") if source and s.start >= source[0].end]  # not "options ... from Yahoo"
    if result.security and after and _SOURCE_GAP.fullmatch(result.question[source[0].end:after[0].start]):
        # "shares that came from preferred conversions": the shares received, not the security given up.
        result.security = "common"


def _read_transactions(result: RulesParse) -> None:
    """The first kind of transaction named, and the others when the question joins several."""
    verbs = sorted(result.of_kind("transaction"), key=lambda s: s.start)
    kinds = list(dict.fromkeys(s.value for s in verbs))
    if "open_market" in kinds and len({"buy", "sell"} & set(kinds)) == 1 and all(
            re.fullmatch(lexicon.OPEN_MARKET, v.text, re.I) for v in verbs if v.value == "open_market"):
        kinds.remove("open_market")  # "open market purchase", "bought on the open market": the purchase
    transaction = next((k for k in kinds if k != "any"), kinds[0]) if kinds else None  # "all code J transactions"
    if {"buy", "sell"} <= set(kinds):
        transaction = "open_market"
        kinds = ["open_market"] + [k for k in kinds if k not in ("buy", "sell", "open_market")]
    if transaction == "grant" and _PRICE_PAID.search(result.question) and all(
            _GOT.fullmatch(s.text) for s in verbs if s.value == "grant"):
        # "avg price the ceo got": a grant has no price, so "got" is what was paid on a trade.
        kinds = [k for k in kinds if k != "grant"]
        transaction = kinds[0] if kinds else None
    if transaction == "grant" and all(_CAME_TO.fullmatch(s.text) for s in verbs if s.value == "grant") and (
            set(kinds) & set(_NAMED_KINDS) or lexicon.FROM_AWARD.search(result.question)):
        kinds = [k for k in kinds if k != "grant"] or ["exercise"]  # ("received from RSUs": their settlement)
        transaction = kinds[0]
    result.transaction = transaction
    if len(kinds) > 1 and CONJUNCTION.search(result.question):
        # "RSU vesting and the shares withheld for taxes", "exercises and sales": every kind named.
        result.also_transactions = [k for k in kinds if k not in (transaction, "any")]


def _read_aggregation(result: RulesParse) -> None:
    """Which way of looking at the rows the question asks for, and the defaults it implies."""
    named = [s.value for s in result.of_kind("aggregation")]
    if named:
        result.aggregation = min(named, key=lexicon.AGGREGATION_PRIORITY.index)
        result.aggregation_stated = True
        result.largest_first = result.aggregation in ("holdings", "plan_10b5_1", "not_plan_10b5_1", "late") and (
            "biggest" in named)
    question = result.question
    reread_aggregation(result)  # wordings that change which view answers (bot/answers/rereads.py)
    if result.aggregation == "insiders" and (result.transaction or result.security):
        # "who sold", "who got options": the trades themselves answer who.
        result.aggregation = "list"
    if lexicon.PER_COMPANY.search(question) and result.transaction and result.aggregation not in ("holdings", "role"):
        result.per_company, result.aggregation, result.aggregation_stated = True, "total", True
    elif lexicon.PER_COMPANY.search(question) and _FILED.search(question) and not result.security:
        # "which company has the most filings": companies counted by their filings, the most first.
        result.aggregation, result.count_unit, result.aggregation_stated = "count", "companies", True
    elif spans.per_insider(question) and result.aggregation not in ("holdings", "role"):
        _rank_insiders(result)
    if result.aggregation == "total" and result.transaction is None and _TOTAL_HELD.search(question):
        # "what's Musk's total Tesla stock": what he holds, not the sum of his trades.
        result.aggregation = "holdings"
    money = result.aggregation == "total" and _MONEY.search(question)
    if result.transaction is None and (money or result.aggregation in ("net", "not_plan_10b5_1") or (  # options: any kind
            result.aggregation in ("biggest", "smallest") and result.security in (None, "common", "preferred"))):
        result.transaction = "open_market"
    if result.aggregation == "total" and result.transaction is None and _TOTAL_FILINGS.search(question):
        result.aggregation = "count"  # "total filings in here": a count of filings, not a sum of trades
    if result.aggregation == "count" and not result.per_insider and result.count_unit == "transactions":
        result.count_unit = _count_unit(result)
    if (result.role and result.role_plural and result.aggregation == "list" and not (
            result.transaction or result.security or result.dates or result.form or result.bounded)
            and re.search(r"\b(?:list|all|every|show)\b", question, re.I)):
        # "list all CEOs": the people, not their trades.
        result.aggregation = "insiders"


def _read_ask(result: RulesParse) -> None:
    """A value now (needs a market price), or the terms of derivatives; and the vehicle of an indirect holding.
    "worth" alone asks the value of what is held unless trades are asked about ("what were his sales worth")."""
    asked = {s.value for s in result.of_kind("ask")
             if not (s.value == "value_now" and result.transaction and lexicon.TRADE_VALUE.fullmatch(s.text))}
    if asked & {"no_securities", "kept", "signer", "address"}:  # "owning nothing"; "kept after tax"; "who signed"
        result.ask = next(a for a in ("signer", "address", "no_securities", "kept") if a in asked)
    elif "value_now" in asked or (lexicon.WORTH.search(result.question) and result.transaction in (None, "open_market")):
        result.ask = "market_value"
    elif "terms" in asked and not any(s.value == "exercise" and s.text.lower().startswith("exercis")
                                      for s in result.of_kind("transaction")):
        # "which options were exercised, and at what strike": the exercises, each with its price, answer it.
        result.ask = "terms"
    result.vehicle = next((s.value for s in result.of_kind("vehicle")), None)
    if result.of_kind("ownership") and result.transaction is None and result.aggregation in ("list", "total"):
        result.aggregation = "holdings"  # "roe exrb direct + trust total": what is held, both ways
    if result.vehicle is not None and result.transaction is None and (not result.aggregation_stated or (
            result.aggregation == "count" or result.vehicle in ("direct", "indirect") or (
                result.aggregation == "total" and not lexicon.MONEY_WORDS.search(result.question)))):
        result.aggregation = "holdings"  # "thiel's shares in the family trust": what the trust holds


def _count_unit(result: RulesParse) -> str:
    """What a count counts: filings ("how many Form 4s"), companies ("how many companies are covered"),
    insiders ("how many 10% owners are on file"), else transactions."""
    if _COMPANIES_COUNTED.search(result.question):
        return "companies"
    if _INSIDERS_COUNTED.search(result.question) and not (result.transaction or result.security):
        return "insiders"  # "how many cfos have filings here"
    if _FILINGS_COUNTED.search(result.question):
        return "filings"
    if (result.role or _INSIDERS_COUNTED.search(result.question)) and not (result.transaction or result.security):
        return "insiders"
    return "transactions"


def _rank_insiders(result: RulesParse) -> None:
    """"who unloaded the most" -> sales totalled per insider; "which insiders filed the most" -> filings
    counted per insider."""
    result.per_insider = True
    result.aggregation_stated = True
    result.by_shares = bool(lexicon.BY_SHARES.search(result.question))
    if result.transaction is None and _FILED.search(result.question):
        result.aggregation, result.count_unit = "count", "filings"
    else:
        result.aggregation = "total"


def _read_followup(result: RulesParse) -> None:
    stated = bool(result.role or result.security or result.transaction or result.form)
    if (not stated and not result.name_words and not result.tickers and (result.aggregation_stated or result.dates)
            and len(re.findall(r"\w+", result.question)) <= BARE_FOLLOWUP_WORDS):
        # "total?", "net?", "in 2021?": only a new way to look at the previous question.
        result.followup = True
    if (len(result.name_words) == 1 and result.name_words[0].soft and not result.tickers
            and not (result.role or result.security or result.transaction or result.dates
                     or result.aggregation_stated)):
        # The question is just this word ("oscar", "guts"): it can only be a name.
        result.name_words[0].soft = False


def _implicit_ticker(raw: str, word: str) -> str | None:
    """The ticker a word spells: "TGEN", "PLTRs" (a plural or possessive s), "tgen's"; None otherwise."""
    if word.isupper() and word.isalpha() and 2 <= len(word) <= 6 and word not in lexicon.NOT_TICKERS:
        return word
    if (re.fullmatch(r"[A-Z]{2,6}s", word) and word[:-1] not in lexicon.NOT_TICKERS
            and (word[:-1].lower() + word[-1]) not in lexicon.STOPWORDS):
        return word[:-1]
    low = word.lower()
    if (low not in lexicon.STOPWORDS and low.upper() not in lexicon.NOT_TICKERS and low.isalpha() and 2 <= len(low) <= 5
            and raw.lower().endswith("'s")):
        return word.upper()
    return None


def _before_role(result: RulesParse, end: int) -> bool:
    """The word stands right before a role ("the wave cfo", "apple's gc"): it names the company."""
    gap = re.compile(r"(?:'s|s'|')?\s*")
    return any(s.start >= end and gap.fullmatch(result.question[end:s.start]) for s in result.of_kind("role"))


def _names(text: Text, result: RulesParse) -> list[Span]:
    """The words left: tickers, candidate names, or filler (each as a span)."""
    found: list[Span] = []
    for m in WORD.finditer(text.value):
        raw = text.original[m.start():m.end()]
        word = bare_word(raw)
        if not word:
            continue
        if word.isdigit() or re.fullmatch(r"\d[\d,.]*(?:[kK]|m|mm|MM|bn?|th|st|nd|rd)", word):  # ("294k", "6th"; "3M" may be)
            found.append(Span("unknown", word, raw, m.start(), m.end()))
            continue
        symbol = _implicit_ticker(raw, word)
        if symbol:
            result.tickers.append(TickerMention(raw, symbol, False, m.start(), word if word.upper() == symbol else symbol))
            found.append(Span("ticker", symbol, raw, m.start(), m.end()))
            continue
        low = word.lower()
        if low in lexicon.STOPWORDS or len(low) < 2 or word.upper() in lexicon.NOT_TICKERS:
            found.append(Span("filler", low, raw, m.start(), m.end()))
            continue
        capitalised = word[:1].isupper() and (m.start() > 0 or low not in lexicon.QUESTION_OPENERS)
        soft = low in lexicon.SOFT_WORDS and not capitalised
        # "insiders at snow", "oscar shares": after "at" or before "shares" a common word names the company
        at_company = soft and low not in lexicon.AT_IDIOMS and bool(lexicon.COMPANY_AFTER.search(text.original[:m.start()])
                                                                    or lexicon.OF_COMPANY.match(text.original, m.end()))
        result.name_words.append(NameWord(word, m.start(), soft=soft, capitalised=capitalised,
                                          before_role=at_company or _before_role(result, m.end())))
        found.append(Span("name", word, raw, m.start(), m.end()))
    return found

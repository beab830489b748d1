"""The rules parser: a question in users' words -> the parts of a QuerySpec, offline and deterministic.

It recognises roles, security kinds, transaction kinds, dates and aggregations from fixed phrase
tables, and hands the words it does not know to ``resolve`` as possible company or insider names.
It never looks at filing text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from bot.answers.dates import DateRange, find_date_range

# ---- phrase tables (first match wins inside each table; longer phrases first) ---------------------

ROLE_PHRASES: list[tuple[str, str]] = [
    ("general_counsel", r"general\s+counsel|chief\s+legal(?:\s+officers?)?|legal\s+chief|top\s+lawyer|\bclos?\b|\bgcs?\b"),
    ("ceo", r"chief\s+exec(?:utive)?\b(?:\s+officers?)?|\bceos?\b"),
    ("cfo", r"chief\s+financial(?:\s+officers?)?|finance\s+chief|\bcfos?\b"),
    ("coo", r"chief\s+operating(?:\s+officers?)?|\bcoos?\b"),
    ("cto", r"chief\s+tech(?:nology|nical)?(?:\s+officers?)?|\bctos?\b"),
    ("cao", r"chief\s+accounting(?:\s+officers?)?|\bcaos?\b"),
    ("chair", r"\bchair(?:man|woman|person)?s?\b|\bchairmen\b"),
    ("president", r"(?<!vice\s)\bpresidents?\b"),
    ("ten_percent_owner", r"10\s*%\s*(?:owners?|holders?|share\s*holders?|stock\s*holders?)"
                          r"|ten\s+percent\s+(?:owners?|holders?)|10\s+percent\s+(?:owners?|holders?)"
                          r"|(?:major|large|principal|big)\s+(?:share|stock)\s*holders?|beneficial\s+owners?"),
    ("director", r"board\s+members?|members?\s+of\s+the\s+board|\bdirectors?\b|\bthe\s+board\b"),
    ("officer", r"\bofficers?\b|\bexecutives?\b|\bexecs?\b|c-suite"),
]

SECURITY_PHRASES: list[tuple[str, str]] = [
    ("psu", r"performance\s+(?:stock\s+|share\s+|restricted\s+stock\s+)?(?:units?|shares|awards?)|\bpsus?\b"),
    ("rsu", r"restricted\s+(?:stock|share)\s+units?|\brsus?\b|\bstock\s+units?\b"),
    ("option", r"(?:stock\s+|share\s+)?\boptions?\b"),
    ("warrant", r"\bwarrants?\b"),
    ("preferred", r"\bpreferred(?:\s+(?:stock|shares))?\b"),
    ("common", r"\bcommon(?:\s+(?:stock|shares))?\b|\bordinary\s+shares\b"),
]

TRANSACTION_PHRASES: list[tuple[str, str]] = [
    ("tax_withholding", r"tax(?:es)?\s+withh(?:e|o)ld(?:ing)?|withh(?:e|o)ld(?:ing)?(?:\s+for\s+tax(?:es)?)?"
                        r"|for\s+taxes|\btax\b|sell[\s-]to[\s-]cover"),
    ("open_market", r"open[\s-]market(?:\s+(?:trades?|transactions?|trading|purchases?\s+and\s+sales?))?"
                    r"|bought\s+(?:or|and)\s+sold|sold\s+(?:or|and)\s+bought|buy(?:ing)?\s+(?:or|and)\s+sell(?:ing)?"
                    r"|purchases?\s+(?:and|or)\s+sales?|\btrades?\b|\btraded\b|\binsider\s+trading\b"),
    ("buy", r"\bbuy(?:s|ing)?\b|\bbought\b|\bpurchas(?:e|es|ed|ing)\b|\bbuyers?\b"),
    ("sell", r"\bsell(?:s|ing)?\b|\bsold\b|\bsales?\b|\bsellers?\b|\bdump(?:s|ed|ing)?\b|\bunload(?:s|ed|ing)?\b"),
    ("grant", r"\bgrant(?:s|ed)?\b|\baward(?:s|ed)?\b|\bget\b(?!\s+(?:me|us|the|a|an|all|any|info|details)\b)"
              r"|\bgets\b|\bgot\b|\bgotten\b|\breceiv(?:e|ed|es|ing)\b|\bgiven\b"),
    ("exercise", r"\bexercis(?:e|ed|es|ing)\b(?!\s+prices?)|\bvest(?:ed|ing|s)?\b"),
    ("gift", r"\bgift(?:s|ed|ing)?\b|\bdonat(?:e|ed|es|ion|ions)\b|\bgave\s+away\b"),
    ("conversion", r"\bconver(?:t|ted|ts|sion|sions)\b"),
    ("any", r"\bany\s+(?:transactions?|activity)\b|\ball\s+transactions\b|\banything\b"),
]

AGGREGATION_PHRASES: list[tuple[str, str]] = [
    ("plan_10b5_1", r"10b5[\s-]*1|\b10b5\b|rule\s+10b5|trading\s+plans?|pre[\s-]?arranged\s+plans?|\bplans?\b"),
    ("late", r"\blate\b|\bdelinquent\b|\boverdue\b|\btardy\b|\bon\s+time\b"),
    ("holdings", r"\bhold(?:s|ing|ings|ers?)?\b|\bown(?:s|ed|ers?)?\b(?!\s+(?:filings?|forms?))|\bpositions?\b|\bstakes?\b"
                 r"|\bhave\s+left\b"),
    ("net", r"\bnet(?:\s+(?:buying|selling|buyer|seller|buyers|sellers|purchases|sales))?\b"),
    ("count", r"\bhow\s+many\b(?=\s+(?:times|transactions|trades|filings|purchases|sales|grants|gifts|exercises|"
              r"forms?|amendments)\b|\s*\??\s*$)|\bnumber\s+of\b|\bcount\b"),
    ("total", r"\btotal\b|\bsum\b|\baltogether\b|\bin\s+all\b|\bhow\s+much\b|\bhow\s+many\s+shares\b|\bcombined\b"
              r"|\baggregate\b|\bdollar\s+value\b|\bworth\b|\baverage\b|\bavg\b|\bmean\b"),
    ("biggest", r"\bbiggest\b|\blargest\b|\btop\b|\bhighest\b|\bmost\b(?!\s+recent)"),
    ("smallest", r"\bsmallest\b|\blowest\b|\bfewest\b|\btiniest\b|\bleast\b"),
    ("latest", r"\blatest\b|\bmost\s+recent\b|\brecent(?:ly)?\b|\bnewest\b|\blately\b|\bwhat'?s\s+new\b"
               r"|\blast\s+(?:filing|transaction|trade|activity|form|one)\b|\bactivity\b"),
    ("insiders", r"\binsiders\b|\bwho\s+(?:is|are|was|were)\b|\bwho\s+files\b|\bwhich\s+insiders\b"
                 r"|\bhow\s+many\s+insiders\b"),
    ("list", r"\blist\b|\bshow\b|\ball\b|\bevery\b"),
]
# Which aggregation wins when several are named.
AGGREGATION_PRIORITY = ["holdings", "late", "not_plan_10b5_1", "plan_10b5_1", "net", "count", "total", "biggest",
                        "smallest", "latest", "insiders", "list"]

BARE_FOLLOWUP_WORDS = 2
_FORM = re.compile(r"\bforms?\s*([345])(\s*/\s*a)?(?:'?s)?(?!\w)", re.I)
_AMENDMENTS = re.compile(r"\bamend(?:ment|ments|ed|s|ing)?\b|\b[345]\s*/\s*a(?:'?s)?(?!\w)", re.I)
_FILINGS_COUNTED = re.compile(r"\b(?:filings|forms?(?:\s*[345](?:\s*/\s*a)?(?:'?s)?)?|amendments|form\s*[345]s)\b",
                              re.I)
# "not under a 10b5-1 plan", "without a plan", "non-10b5-1": trades a plan is not disclosed for.
_NOT_PLAN = re.compile(
    r"\b(?:not|never|wasn'?t|weren'?t)\s+(?:made\s+|done\s+|effected\s+|sold\s+|bought\s+)?(?:under|pursuant\s+to|"
    r"through|via|in|on|as\s+part\s+of|part\s+of)\s+(?:a\s+|an\s+|any\s+)?(?:rule\s+)?(?:10b5[\s-]*1\s*)?"
    r"(?:trading\s+)?plans?\b|\b(?:without|outside(?:\s+of)?)\s+(?:a\s+|an\s+|any\s+)?(?:rule\s+)?"
    r"(?:10b5[\s-]*1\s*)?(?:trading\s+)?plans?\b|\bnon[\s-]*(?:rule\s+)?10b5(?:[\s-]*1)?(?:\s+(?:trading\s+)?plans?)?\b"
    r"|\bnot\s+(?:under|pursuant\s+to)\s+(?:a\s+|an\s+)?(?:rule\s+)?10b5[\s-]*1\b", re.I)
# Words that leave something out, which the filters cannot express (only "not under a 10b5-1 plan" can).
_NEGATION = re.compile(r"\b(?<!\bor\s)(?:not|never|except|excluding|exclude|excludes|other\s+than|besides|apart\s+from|"
                       r"aside\s+from|without|but\s+not)\b|n't\b", re.I)
# Comparisons: "over $1M", "more than 10,000 shares", "at least $500k", "under $50,000".
_BOUND = re.compile(
    r"(?P<op>more\s+than|greater\s+than|larger\s+than|bigger\s+than|higher\s+than|over|above|exceeding|"
    r"in\s+excess\s+of|at\s+least|no\s+less\s+than|a\s+minimum\s+of|less\s+than|fewer\s+than|smaller\s+than|"
    r"lower\s+than|under|below|at\s+most|no\s+more\s+than|a\s+maximum\s+of|>=|<=|>|<)\s*"
    r"(?P<cur>\$|usd\s*)?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|m|mm|mn|b|bn|thousand|million|billion)?(?![\w.])"
    r"(?:\s*(?P<unit>dollars|dollar|usd|shares|share|units|options|rsus|stock))?"
    r"(?P<per>\s*(?:per|a|/)\s*(?:share|sh)\b)?", re.I)
_AMOUNT = r"(?P<{p}cur>\$|usd\s*)?(?P<{p}>\d[\d,]*(?:\.\d+)?)\s*(?P<{p}mult>k|m|mm|mn|b|bn|thousand|million|billion)?"
_BETWEEN_AMOUNTS = re.compile(
    r"\bbetween\s+" + _AMOUNT.format(p="a") + r"\s*(?:and|to|-)\s*" + _AMOUNT.format(p="b")
    + r"(?![\w.])(?:\s*(?P<unit>dollars|usd|shares|units|options|rsus))?"
    r"(?!\s*(?:and|to|-)\s*\d)(?<!\d{4}\s)", re.I)
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
                "billion": 1e9}
_STRICT_OPS = re.compile(r"more|greater|larger|bigger|higher|over|above|exceeding|excess|less\s+than|fewer|"
                         r"smaller|lower|under|below|^>$|^<$", re.I)
_WORTH = re.compile(r"\b(?:worth|valued?|value\s+of|dollar|dollars|proceeds)\b", re.I)
# Questions the filings cannot answer; the engine says so instead of guessing.
OUT_OF_SCOPE: list[tuple[str, re.Pattern]] = [
    ("advice", re.compile(r"\bshould\s+(?:i|we|you)\b|\bis\s+(?:it|\S+)\s+a\s+good\s+(?:buy|investment|time)\b"
                          r"|\bworth\s+buying\b|\brecommend\w*|\bbuy\s+or\s+sell\b|\bgood\s+investment\b"
                          r"|\binvestment\s+advice\b|\bundervalued\b|\bovervalued\b", re.I)),
    ("pnl", re.compile(r"\bprofits?\b|\bprofitable\b|\blosses\b|\b(?:at\s+a|a)\s+loss\b|\bgains?\b|\bcost\s+basis\b"
                       r"|\b(?:made|lost|make|lose)\s+money\b", re.I)),
    ("price", re.compile(r"\b(?:stock|share|current|market|today'?s|live|latest)\s+prices?\b|\btrading\s+at\b"
                         r"|\bquotes?\b|\bmarket\s+cap(?:italization)?\b|\bprice\s+targets?\b"
                         r"|\bprice\s+(?:of|for)\s+(?:the\s+)?(?:stock|shares?)\b", re.I)),
    ("news", re.compile(r"\bnews\b|\bheadlines?\b|\bpress\s+releases?\b|\bearnings\b|\brumou?rs?\b"
                        r"|\banalysts?\b", re.I)),
    ("prediction", re.compile(r"\bwill\s+(?:\S+\s+){0,4}?(?:sell|buy|go|rise|fall|drop|file|trade|exercise|dump)\b"
                              r"|\bpredict\w*|\bforecast\w*|\bgoing\s+to\s+(?:sell|buy)\b|\bexpected\s+to\b"
                              r"|\bnext\s+(?:week|month|year|quarter)\b|\bupcoming\b|\bin\s+the\s+future\b", re.I)),
    ("why", re.compile(r"^\s*why\b|\bwhy\s+(?:did|does|do|is|are|was|were|would)\b|\breasons?\s+for\b|\bmotive", re.I)),
]
# Capitalised at the start of a question, these are usually just words ("Best trades", "Key insiders").
QUESTION_OPENERS = {"better", "best", "well", "big", "little", "young", "key", "price", "power", "general", "global",
                    "national", "united", "american", "first", "new", "old", "one", "home", "life"}
CONJUNCTION = re.compile(r"\band\b|\bor\b|&|,|\bplus\b|\bas\s+well\s+as\b|\bvs\.?\b|\bversus\b", re.I)
_LIMIT = re.compile(r"\b(?:top|last|first|latest|biggest|largest|recent)\s+(\d{1,2})\b", re.I)
_HAVE = re.compile(r"\b(?:does|do)\b.*\b(have|has)\b", re.I)
_FOLLOWUP = re.compile(r"^\s*(?:and|what\s+about|how\s+about|same\s+for|also|now|then)\b", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|this\s+person)\b", re.I)
_SAME_COMPANY = re.compile(r"\b(?:same\s+company|that\s+company|there|this\s+company|it|its)\b", re.I)

# Words that carry no name: question words, filler, and domain words the tables above do not consume.
STOPWORDS = set("""
a about above after again against all also am an and any anybody anyone anything are around as at be been before
being below between both but by can could did do does doing done down during each either else ever every
everyone few for from further get gets got had has have having he her here hers him his how i if in into is it
its just know let like lot lots made make many me might more most much must my no nor not now of off on once only
or other our out over own per please same say see shall she should show since so some someone something still
such tell than that the their them then there these they this those through thus to too under until up upon us
very via want was we were what whats when where which while who whom whose why will with within would yet you
your give gave list find look looking need needs info information detail details summary data tell recently
recent new news anything happened happen happening going go did fine ok okay thanks thank hi hello hey
insider insiders filing filings filed file files form forms report reports reported reporting transaction
transactions trade trades trading shares share stock stocks security securities company companies firm corp
corporation inc ltd llc plc co holdings group price prices value values worth dollar dollars amount amounts
number numbers total year years month months week weeks day days quarter quarters date dates time times sec
edgar people person persons guy guys folks one ones someone exec execs executive executives officer people
bought sold buy sell much many latest last first top next prior previous period ago today yesterday
plan plans schedule vesting vest exercisable exercise expire expires expiring expiration price strike
happen did does do receive received right rights buy via total
""".split())

# Lower-case words that are also common English; as names they only count when capitalised.
SOFT_WORDS = set("""
better snow bird wave zip guts air block square apple oscar yelp best key well power energy bank health
life home global first one general united american national capital new old big little young king price
""".split())

# Acronyms that are never tickers on their own (a bare "GC" is a role, not a company).
NOT_TICKERS = {
    "GC", "CEO", "CFO", "COO", "CTO", "CAO", "CLO", "RSU", "RSUS", "PSU", "PSUS", "SEC", "EDGAR", "Q1", "Q2", "Q3",
    "Q4", "USD", "I", "A", "AN", "THE", "IPO", "ESPP", "SVP", "EVP", "VP", "LLC", "LP", "INC", "CORP", "CO",
    "LTD", "PLC", "ETF", "YTD", "OK", "US", "USA", "AND", "OR", "OF", "IN", "ON", "AT", "TO", "BY", "FOR",
    "WHO", "WHAT", "HOW", "ANY", "ALL", "DID", "GET", "GOT", "SELL", "BUY", "SOLD", "FORM", "NET", "TOP",
    "FY", "H1", "H2", "RULE", "CEOS", "CFOS", "GCS", "COOS", "CTOS",
}


@dataclass
class NameWord:
    """A word that may be part of a company or insider name."""

    text: str
    pos: int
    soft: bool = False

    @property
    def norm(self) -> str:
        return self.text.lower()


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
        return NameWord(self.word or self.symbol, self.pos)


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
    newest_n: bool = False  # "the last 3", "latest 5": the newest rows, whoever filed them
    negation: str | None = None  # a word that leaves something out, which the filters cannot express
    out_of_scope: str | None = None  # advice | pnl | price | news | prediction | why
    name_words: list[NameWord] = field(default_factory=list)
    tickers: list[TickerMention] = field(default_factory=list)
    followup: bool = False
    pronoun: bool = False
    same_company: bool = False
    understood: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing at all was recognised (no filter, no name, no aggregation)."""
        return not (self.role or self.security or self.transaction or self.dates or self.aggregation_stated
                    or self.form or self.amendments_only or self.bounded or self.name_words or self.tickers)

    @property
    def bounded(self) -> bool:
        return any(v is not None for v in (self.min_value, self.max_value, self.min_shares, self.max_shares,
                                            self.min_price, self.max_price))


class _Text:
    """The question with consumed spans blanked out, so one phrase is read once."""

    def __init__(self, text: str):
        self.original = text
        self.chars = list(text)

    @property
    def value(self) -> str:
        return "".join(self.chars)

    def take(self, pattern: str, flags: int = re.I) -> list[re.Match]:
        found = list(re.finditer(pattern, self.value, flags))
        for m in found:
            self.blank(*m.span())
        return found

    def blank(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.chars[i] = " "


def _first(text: _Text, table: list[tuple[str, str]]) -> tuple[str | None, list[str], list[str]]:
    """The earliest phrase of a table in the text (all matches are consumed), every kind seen, and the
    words of the earliest kind's matches."""
    hits: list[tuple[int, str, str]] = []
    for kind, pattern in table:
        for m in text.take(pattern):
            hits.append((m.start(), kind, m.group(0)))
    hits.sort()
    kinds = list(dict.fromkeys(kind for _, kind, _ in hits))
    first = hits[0][1] if hits else None
    return first, kinds, [t for _, kind, t in hits if kind == first]


def fold(text: str) -> str:
    """Accents dropped ("Müsk" -> "Musk", "Société" -> "Societe") and typographic quotes made plain, so
    names match EDGAR's spelling and the word patterns see whole words."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def parse(question: str, today: dt.date) -> RulesParse:
    """Read a question; names are left as candidate words for ``resolve``."""
    question = fold(" ".join((question or "").split()))
    result = RulesParse(question)
    if not question:
        return result
    text = _Text(question.replace("’", "'"))
    result.followup = bool(_FOLLOWUP.search(question))
    result.pronoun = bool(_PRONOUN.search(question))
    result.same_company = bool(_SAME_COMPANY.search(question))

    # Tickers written as $TGEN first: nothing else may take them.
    for m in re.finditer(r"\$([A-Za-z][A-Za-z.\-]{0,9})\b", text.value):
        result.tickers.append(TickerMention(m.group(0), m.group(1).upper(), True, m.start()))
        text.blank(*m.span())

    for kind, pattern in OUT_OF_SCOPE:
        if pattern.search(question):
            result.out_of_scope = kind
            break
    _bounds(text, result)

    dates = find_date_range(text.value, today)
    if dates:
        result.dates = dates
        text.blank(*dates.span)
        result.understood.append(dates.label)

    if m := _FORM.search(text.value):
        result.form = m.group(1)
        result.amendments_only = bool(m.group(2))
        text.blank(*m.span())
        result.understood.append(f"form={result.form}")
    if text.take(_AMENDMENTS.pattern):
        result.amendments_only = True
    if result.amendments_only:
        result.understood.append("amendments only")
    if text.take(_NOT_PLAN.pattern):
        result.aggregation = "not_plan_10b5_1"
        result.aggregation_stated = True
    if m := _NEGATION.search(text.value):
        result.negation = m.group(0).strip()

    if m := _LIMIT.search(text.value):
        result.limit = max(1, min(int(m.group(1)), 50))
        result.newest_n = m.group(0).split()[0].lower() in ("last", "latest", "recent")
        text.blank(m.start(1), m.end(1))

    before_roles = text.value
    result.role, _, role_texts = _first(text, ROLE_PHRASES)
    result.role_plural = any(t.lower().rstrip().endswith("s") for t in role_texts) or any(
        re.search(rf"\b(?:any|all|every|each)\s+(?:of\s+the\s+)?{re.escape(t)}", before_roles, re.I) for t in role_texts)
    result.security, _, _ = _first(text, SECURITY_PHRASES)

    aggregations = [result.aggregation] if result.aggregation_stated else []
    for kind, pattern in AGGREGATION_PHRASES:
        if kind in ("insiders", "list"):
            continue
        if text.take(pattern):
            aggregations.append(kind)
    if (have := _HAVE.search(text.value)) and "holdings" not in aggregations and not re.search(
            r"\binsiders\b", question, re.I):
        aggregations.append("holdings")
        text.blank(*have.span(1))
    transaction, kinds, _ = _first(text, TRANSACTION_PHRASES)
    if {"buy", "sell"} <= set(kinds):
        transaction = "open_market"
        kinds = ["open_market"] + [k for k in kinds if k not in ("buy", "sell", "open_market")]
    result.transaction = transaction
    if len(kinds) > 1 and CONJUNCTION.search(question):
        # "RSU vesting and the shares withheld for taxes", "exercises and sales": every kind named.
        result.also_transactions = [k for k in kinds if k not in (transaction, "any")]
    for kind in ("insiders", "list"):
        if text.take(dict(AGGREGATION_PHRASES)[kind]):
            aggregations.append(kind)
    if aggregations:
        result.aggregation = min(aggregations, key=AGGREGATION_PRIORITY.index)
        result.aggregation_stated = True
        result.largest_first = result.aggregation == "holdings" and "biggest" in aggregations
    stated = bool(result.role or result.security or result.transaction or result.form)
    if result.aggregation == "insiders" and (result.transaction or result.security):
        # "who sold", "who got options": the trades themselves answer who.
        result.aggregation = "list"
    if result.aggregation in ("net", "biggest") and result.transaction is None:
        result.transaction = "open_market"
    if result.aggregation == "total" and result.transaction is None and re.search(
            r"\btotal\s+(?:[\w$.'-]+\s+){0,2}(?:stock|shares|holdings?|position|stake|ownership)\b", question, re.I):
        # "what's Musk's total Tesla stock": what he holds, not the sum of his trades.
        result.aggregation = "holdings"
    if result.aggregation == "total" and result.transaction is None and re.search(
            r"dollar|worth|\$|\baverage\b|\bavg\b|\bmean\b", question, re.I):
        result.transaction = "open_market"
    if result.aggregation == "smallest" and result.transaction is None:
        result.transaction = "open_market"
    if result.aggregation == "not_plan_10b5_1" and result.transaction is None:
        result.transaction = "open_market"
    if result.aggregation == "count" and _FILINGS_COUNTED.search(question):
        result.count_unit = "filings"
    if (result.role and result.role_plural and result.aggregation == "list" and not (
            result.transaction or result.security or result.dates or result.form or result.bounded)
            and re.search(r"\b(?:list|all|every|show)\b", question, re.I)):
        # "list all CEOs": the people, not their trades.
        result.aggregation = "insiders"

    _collect_names(text, result)
    if (not stated and not result.name_words and not result.tickers and (result.aggregation_stated or result.dates)
            and len(re.findall(r"\w+", question)) <= BARE_FOLLOWUP_WORDS):
        # "total?", "net?", "in 2021?": only a new way to look at the previous question.
        result.followup = True
    if (len(result.name_words) == 1 and result.name_words[0].soft and not result.tickers
            and not (result.role or result.security or result.transaction or result.dates
                     or result.aggregation_stated)):
        # The question is just this word ("oscar", "guts"): it can only be a name.
        result.name_words[0].soft = False
    for label, value in (("role", result.role), ("security", result.security),
                         ("transaction", result.transaction), ("aggregation", result.aggregation)):
        if value and (label != "aggregation" or result.aggregation_stated):
            result.understood.append(f"{label}={value}")
    return result


def _amount(num: str, mult: str | None) -> float | None:
    try:
        return float(num.replace(",", "")) * _MULTIPLIERS.get((mult or "").lower(), 1)
    except ValueError:
        return None


def _set_bound(result: RulesParse, what: str, number: float, lower_bound: bool) -> None:
    name = f"{'min' if lower_bound else 'max'}_{what}"
    setattr(result, name, number)


def _bound_kind(text: str, start: int, cur: str | None, mult: str | None, unit: str | None) -> str:
    """value (dollars traded), price (per share or exercise price) or shares."""
    unit = (unit or "").lower()
    before = text[max(0, start - 30):start]
    if re.search(r"\bprices?\s*(?:of\s+|is\s+|was\s+)?$|\bstrike\s*$|\bper\s+share\s*$", before, re.I):
        return "price"
    if cur or unit in ("dollars", "dollar", "usd") or _WORTH.search(before):
        return "value"
    return "shares" if unit or not mult else "value"


def _looks_like_years(m: re.Match, *numbers: str) -> bool:
    """'between 2021 and 2022', 'over 2023': years, left to the date parser (no $, unit or multiplier)."""
    marked = any(m.groupdict().get(g) for g in ("cur", "acur", "bcur", "mult", "amult", "bmult", "unit"))
    return not marked and all(re.fullmatch(r"(?:19|20)\d\d", n) for n in numbers)


def _bounds(text: _Text, result: RulesParse) -> None:
    """'over $1M' -> min_value 1,000,000; 'at least 10,000 shares' -> min_shares 10,000; 'exercise price under
    $5' -> max_price 5; 'between $1M and $5M' -> both bounds (all consumed)."""
    for m in _BETWEEN_AMOUNTS.finditer(text.value):
        low, high = _amount(m["a"], m["amult"]), _amount(m["b"], m["bmult"])
        if low is None or high is None or _looks_like_years(m, m["a"], m["b"]):
            continue
        what = _bound_kind(text.value, m.start(), m["acur"] or m["bcur"], m["amult"] or m["bmult"], m["unit"])
        _set_bound(result, what, min(low, high), True)
        _set_bound(result, what, max(low, high), False)
        text.blank(*m.span())
        result.understood.append(f"{what} between {low:g} and {high:g}")
    for m in _BOUND.finditer(text.value):
        number = _amount(m["num"], m["mult"])
        if number is None or _looks_like_years(m, m["num"]):
            continue
        what = "price" if m["per"] else _bound_kind(text.value, m.start(), m["cur"], m["mult"], m["unit"])
        lower_bound = not re.match(r"less|fewer|smaller|lower|under|below|at\s+most|no\s+more|a\s+maximum|<", m["op"],
                                   re.I)
        _set_bound(result, what, number, lower_bound)
        result.strict_bounds = bool(_STRICT_OPS.search(m["op"]))
        text.blank(*m.span())
        result.understood.append(f"{what} {m['op'].lower()} {number:g}")


def _collect_names(text: _Text, result: RulesParse) -> None:
    original = text.original
    for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9&.'\-]*", text.value):
        raw = original[m.start():m.end()]
        word = re.sub(r"(?:'s|s'|')$", "", raw.replace("’", "'"), flags=re.I).strip(".-'&")
        if not word:
            continue
        low = word.lower()
        if word.isdigit():
            continue
        is_upper = word.isupper() and word.isalpha() and 1 <= len(word) <= 6
        if is_upper and word not in NOT_TICKERS and len(word) >= 2:
            result.tickers.append(TickerMention(raw, word, False, m.start(), word))
            continue
        if (re.fullmatch(r"[A-Z]{2,6}s", word) and word[:-1] not in NOT_TICKERS
                and (word[:-1].lower() + word[-1]) not in STOPWORDS):
            # "PLTRs 10b5-1 sales": a ticker with a plural or possessive s.
            result.tickers.append(TickerMention(raw, word[:-1], False, m.start(), word[:-1]))
            continue
        if low in STOPWORDS or len(low) < 2:
            continue
        capitalised = word[:1].isupper() and (m.start() > 0 or low not in QUESTION_OPENERS)
        soft = low in SOFT_WORDS and not capitalised
        lower_ticker_candidate = low.isalpha() and 2 <= len(low) <= 5 and raw.lower().endswith("'s")
        if lower_ticker_candidate:
            result.tickers.append(TickerMention(raw, word.upper(), False, m.start(), word))
            continue
        result.name_words.append(NameWord(word, m.start(), soft=soft))

"""The words that ask for a shape of answer rather than rows (``bot.answers.spans.asks`` reads them): the terms of
a derivative (vesting, expiry, strike, installments), Form 3s that report owning nothing, and a value as of now
(which needs a market price the filings do not have)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.relative_dates import WORD_NUMBERS

# The terms of a derivative: "vesting schedule", "how do his options vest", "when do they expire", "the strike".
# The vesting words ask the terms but stay to be read as the vesting itself (code M: "rsu vesting vs ...").
TERMS_VESTING = [
    r"\bvesting\s+(?P<kw>schedule|terms?|dates?)\b", r"\bvest\s+(?P<kw>schedule|terms?|dates?)\b",
    r"\b(?:how|when)\s+(?:do|does|did|will|would)\b.*\b(?P<kw>vest)\b",
    r"\b(?P<kw>vested)\s+or\s+(?:not|unvested)\b",
    r"\b(?P<kw>vesting)\b(?!.*\b(?:and|&)\b.*\b(?:withh|tax))",
    r"\b(?P<kw>vested)\s*\?",
    r"\bare\b.*\b(?P<kw>vested)\b",
    # "when does it vest", "vest how", "how many vest in year one" (not "how many did he have vest": events).
    r"\bwhen\b.*\b(?P<kw>vests?)\b", r"\b(?P<kw>vests?)\s+how\b(?!\s+(?:many|much))", r"\bhow\b(?!.*\bdid\b).*\b(?P<kw>vests?)\b",
    r"\b(?P<kw>vests?)\s+(?:in(?!\s+total)|over|after|each|per|every|annually|monthly|quarterly|ratably|from|on)\b",
    r"\b(?P<kw>vested)\s+(?:already|yet)\b", r"\b(?:already|fully)\s+(?P<kw>vested)\b",
    r"\b\d+\s*%\s+(?P<kw>vest(?:ed|s)?)\b", r"\b(?P<kw>vested)\s+(?:at|on|upon)\s+(?:grants?|issuance)\b",
    r"\b(?P<kw>vest(?:ed|s)?)\s+when\b",  # "options - vested when", "after the first 25% vests"
    # "on what schedule do the RSUs vest", "first tranche vests", "fully vested by"
    r"\bschedule\b.*\b(?P<kw>vest(?:ed|s|ing)?)\b", r"\b(?:first|last|next)\s+tranche\s+(?P<kw>vest(?:ed|s)?)\b",
    r"\bfully\s+(?P<kw>vested)\s+(?:by|on|when)\b",
    # "whats left to vest", "still to vest", "yet to vest", "remaining to vest"
    r"\b(?:left|still|yet|remaining|due)\s+to\s+(?P<kw>vest)\b",
    # "how many will have vested by the end of 2026", "vested as of june 2027": counted to a day
    r"\bwill\s+(?:have\s+)?(?P<kw>vest(?:ed)?)\b",
    r"\b(?P<kw>vest(?:ed)?)\s+(?:by|as\s+of|through|thru|until)\s+(?:the\s+end\s+of\s+|end\s+of\s+)?(?:\d|today|now|this|next|when|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    # "how many have vested so far", "vested so far", "still unvested today", "how many quarterly vests are left"
    r"\b(?:have|has)\s+(?P<kw>vested)\b(?=.*\b(?:today|so\s+far|to\s+date|yet|now)\b)",
    r"\bas\s+of\s+today\b.*\b(?:have|has)\s+(?P<kw>vested)\b", r"\b(?P<kw>vested)\s+(?:so\s+far|to\s+date|by\s+now|yet)\b",
    r"\b(?P<kw>unvested)\s+(?:today|now|as\s+of|yet)\b", r"\bstill\s+(?P<kw>unvested)\s*\??$",
    r"\b(?P<kw>vests)\s+(?:are\s+|is\s+)?(?:left|remaining)\b",
    # "travers 2025 rsu grant - how many per qtr": an installment's size
    r"\b(?:rsus?|options?|opts?|grants?|awards?)\b.*\bper\s+(?P<kw>qtr|quarter|month|year)\b",
]
TERMS_PHRASES = [
    r"\b(?P<kw>expir(?:e|es|y|ation|ations|ing|ed)(?:\s+dates?)?)\b",
    r"\b(?P<kw>strikes?(?:\s+prices?)?)\b",
    r"\b(?P<kw>exercise\s+prices?)\b",
    r"\b(?P<kw>exercisable)\b",
    r"\bwhen\s+can\b.*\b(?P<kw>exercise)\b", r"\b(?P<kw>start\s+exercising)\b",
    r"\blast\s+(?:day|date)\b.*\b(?P<kw>exercis(?:e|ed))\b", r"\b(?:options?|opts?)\b.*\b(?P<kw>px)\b",
    r"\b(?:can|could|may)\s+(?:\w+\s+){0,3}?be\s+(?P<kw>exercised)\b",
    r"\b(?:can|could|may)\s+(?!\S+\s+(?:have|had)\b)(?:\S+\s+){1,4}?(?P<kw>exercise)\b(?!d)",  # "could the gc exercise them"
    r"\b(?P<kw>(?:monthly|quarterly|annual|yearly|equal)\s+installments?|installments?|cliff)\b",
    r"\b(?P<kw>(?:option\s+)?terms)\b", r"\b(?:option\s+)?(?P<kw>term)\s*\??\s*$",
    r"\b(?P<kw>term)\s+of\s+(?:the|his|her|their|its|that|this)\b",
    r"\b(?P<kw>performance\s+(?:period|conditions?|goals?|metrics?|criteria))\b",
]
# Filings (Form 3s) that report owning nothing: "no securities owned", "owns nothing at all".
NO_SECURITIES_PHRASES = [
    r"\b(?P<kw>no\s+securities(?:\s+(?:beneficially\s+)?owned)?)\b",
    r"\b(?P<kw>(?:own(?:s|ed|ing)?|hold(?:s|ing)?|held)\s+(?:no|zero)\s+(?:securities|shares|stock))\b",
    r"\b(?P<kw>(?:own(?:s|ed|ing)?|hold(?:s|ing)?|held)\s+nothing(?:\s+at\s+all)?)\b",
    r"\b(?P<kw>nothing\s+(?:owned|held)(?:\s+at\s+all)?)\b",
]
# What was kept of an award once the shares withheld for taxes are taken off (bot/answers/kept.py).
_TAX = r"\b(?:tax(?:es)?|withh\w*|sell[\s-]+to[\s-]+cover|sold\s+to\s+cover)\b"
_KEEP = r"\b(?P<kw>kept|keep|keeps|keeping|netted|net|left\s+with|end(?:ed|s)?\s+up\s+with|h(?:o|e)ld\s+on\s+to)\b"
KEPT_PHRASES = [
    _KEEP + rf"(?=.*{_TAX})", rf"{_TAX}.*" + _KEEP,
    r"\b(?:settled|vested|delivered|released|received|acquired)\b.*\b(?P<kw>minus|less)\b.*\bwithh\w*",
]
SOLD_TO_COVER = r"\bs(?:ell|old)[\s-]+to[\s-]+cover\b"
# A value as of now, which needs a market price the filings do not have.
VALUE_NOW_PHRASES = [
    r"\b(?P<kw>net\s+worth)\b", r"\b(?P<kw>worth\s+(?:more\s+|less\s+)?(?:now|today|rn|right\s+now|currently))\b",
    r"\b(?P<kw>mark(?:ed|ing)?\s+(?:\S+\s+){0,4}?to\s+market)\b",
    r"\b(?:worth|value)\b.*\b(?P<kw>now|today|rn|currently)\s*\??$", r"\b(?P<kw>(?:current|market)\s+(?:value|price|cap))\b",
    r"\b(?P<kw>value\s+(?:of|today|now))\b", r"\b(?:holdings?|stake|position|shares?)\s+(?P<kw>value)\b",
r"\b(?P<kw>trading\s+at)\b", r"\b(?P<kw>quotes?)\b", r"\b(?P<kw>share\s+price)\b",
    r"\b(?P<kw>(?:sell|go|fetch)\s+for\s+(?:today|now|rn))\b", r"\b(?P<kw>stock\s+price)\b", r"\b(?:at\s+)?(?P<kw>today'?s\s+(?:[\w$.]+\s+)?(?:price|value|prices))\b",
    r"\b(?P<kw>in\s+the\s+money|out\s+of\s+the\s+money|underwater)\b", r"\b(?P<kw>price\s+(?:rn|now|today))\b", r"\b(?P<kw>is\s+that\s+a\s+lot)\b",
    r"\b(?P<kw>a\s+lot\s+for)\b", r"\b(?P<kw>cheap|expensive)\b", r"\b(?P<kw>good\s+price)\b",
    r"\b(?P<kw>(?:above|below)\s+(?:the\s+)?market)\b", r"\b(?:would|could|will|'d|to|can)\s+(?:\S+\s+){0,3}?(?P<kw>make\s+selling)\b", r"\bget\s+if\b",
    r"\bif\s+(?:he|she|they)\s+(?:sold|dumped)\b",
    # a gain now or a move of the price since: "make if he exercised today", "how much has isba gone up since"
    r"\b(?P<kw>(?:make|earn|gain|net|pocket)\s+if)\b", r"\bif\s+(?:he|she|they)\s+(?:exercised|exercise[sd]?)\b",
    r"\b(?P<kw>gone\s+(?:up|down))\b", r"\b(?P<kw>(?:up|down)\s+since)\b",
    r"\b(?P<kw>(?:risen|fallen|rallied|tanked|appreciated|depreciated))\b",
]
# Who signed a filing ("who signed dodge's form 4", "signed by who", "the signature on it") and where its owners are
# ("musk's address on the form 5", "where is golden properties based"): bot/answers/signed.py.
SIGNER_PHRASES = [
    r"\bwho\s+(?:\w+\s+){0,2}?(?P<kw>sign(?:ed|s)?)\b(?!\s+(?:up|on\s+to|off\s+on|on\s+as)\b)(?!.*\b(?:plan|agreement|10b5|contract)\b)",
    r"\b(?P<kw>signed)\s+(?:it\s+|them\s+)?(?:by|for)\s+(?:who|whom)\b", r"\b(?P<kw>signed\s+by)\s*\??$",
    r"\b(?P<kw>signatur(?:e|es)|signatory|signatories|signers?)\b(?!\s+dates?\b)",
    # "signed personally rather than through an attorney-in-fact", "whos the atty signing em"
    r"\b(?P<kw>attorneys?[\s-]+in[\s-]+fact|power\s+of\s+attorney|poa|atty|attorney)\b(?=.*\bsign)|\bsign\w*\b.*\b(?P<kw2>attorneys?[\s-]+in[\s-]+fact|power\s+of\s+attorney|poa)\b",
    r"\b(?P<kw>sign\s+by)(?=\s+(?:who|whom)\b|\s*\??$)",  # "lnkd form 3 sign by who", "yelp levchin form sign by"
    # "on what dates did dodge and garascia sign their form 4s", "when did he sign it": each filing's signature
    r"\b(?:when|what\s+(?:date|dates|day))\s+(?:did|does|do|was|were)\b(?!.*\b(?:plan|agreement|10b5|contract)\b)"
    r".*\b(?P<kw>sign(?:ed)?)\b(?!\s+(?:up|on|off)\b)",
]
# Asked of every filing, how they were signed: "which 2025 form 4s did the insider sign personally rather than
# through an attorney-in-fact", "the signatures on the 2024 form 3s" (not "who signed the most form 4s").
SIGNED_HOW = re.compile(r"\bpersonally\b|\battorney|\bpower\s+of\s+attorney\b|\bsignatures?\b|\bsigned\s+by\b", re.I)
# "the same address on both", "address on the 2021 form vs the 2024 form", "did his address change": every filing's;
# whether they differ is asked only with "same", "different" or "change" (then the question is never split in two).
ADDRESSES_COMPARED = re.compile(r"\baddress(?:es)?\b.*\b(?:vs\.?|versus|same|different|differ|change[sd]?|moved?)\b"
                                r"|\b(?:same|different|changed?)\s+(?:\w+\s+)?address", re.I)
ADDRESSES_SAME_ASKED = re.compile(r"\baddress(?:es)?\b.*\b(?:same|different|differ|change[sd]?|moved?)\b"
                                  r"|\b(?:same|different|changed?)\s+(?:\w+\s+)?address", re.I)
# "based outside the United States", "non-US owners", "foreign filers": owners whose address is abroad.
ABROAD = re.compile(r"\b(?:outside\s+(?:of\s+)?(?:the\s+)?(?:us|u\.s\.?|usa|united\s+states|america)|non[-\s]?u\.?s\.?"
                    r"|foreign|overseas|abroad|international(?:ly)?\s+based)\b", re.I)
# The states of the United States and DC, as an owner's address gives them (a two-letter code).
US_STATES = dict(pair.replace("_", " ").split(":") for pair in (
    "alabama:AL alaska:AK arizona:AZ arkansas:AR california:CA colorado:CO connecticut:CT delaware:DE florida:FL "
    "georgia:GA hawaii:HI idaho:ID illinois:IL indiana:IN iowa:IA kansas:KS kentucky:KY louisiana:LA maine:ME "
    "maryland:MD massachusetts:MA michigan:MI minnesota:MN mississippi:MS missouri:MO montana:MT nebraska:NE "
    "nevada:NV new_hampshire:NH new_jersey:NJ new_mexico:NM new_york:NY north_carolina:NC north_dakota:ND ohio:OH "
    "oklahoma:OK oregon:OR pennsylvania:PA rhode_island:RI south_carolina:SC south_dakota:SD tennessee:TN texas:TX "
    "utah:UT vermont:VT virginia:VA washington:WA west_virginia:WV wisconsin:WI wyoming:WY "
    "district_of_columbia:DC").split())
_STATE = "|".join(sorted(US_STATES, key=len, reverse=True)).replace(" ", r"\s+")
# "which owners give an address in Massachusetts", "filers based in texas", "who lives in california"
IN_STATE = re.compile(rf"\b(?P<kw>(?:address(?:es)?|based|located|domiciled|headquartered|lives?|living|resid\w*)\s+"
                      rf"(?:\w+\s+){{0,2}}?in\s+(?:(?P<city>[a-z][a-z.' -]{{1,30}}?),?\s+)??(?:the\s+state\s+of\s+)?"
                      rf"(?P<state>{_STATE})(?:\s+state)?)\b", re.I)


# "a massachusetts address", "texas-based owners"
STATE_ADDRESS = re.compile(rf"\b(?P<kw>(?P<state>{_STATE})[\s-]+(?:address(?:es)?|based))\b", re.I)


@dataclass(frozen=True)
class Place:
    """Where an address is asked to be: a US state (its name and code), and a city in it when one is named."""

    state: str
    code: str
    city: str = ""

    def __str__(self) -> str:
        return f"{self.city}, {self.state}" if self.city else self.state

    def holds(self, state: str | None, city: str | None) -> bool:
        """An address with this state code (and city, when one is asked) is here."""
        return (state or "").upper() == self.code and (not self.city or (city or "").strip(" ,").lower()
                                                       == self.city.lower())


def state_asked(question: str) -> Place | None:
    """The US state (and city) an address is asked in ("based in Texas", "in Cambridge, Massachusetts"), or None."""
    found = IN_STATE.search(question) or STATE_ADDRESS.search(question)
    if found is None:
        return None
    name = " ".join(found["state"].split()).lower()
    city = found["city"] if "city" in found.re.groupindex else None
    return Place(name.title(), US_STATES[name], " ".join((city or "").split()).title())


ADDRESS_PHRASES = [
    IN_STATE.pattern, STATE_ADDRESS.pattern,
    rf"\baddress(?:es)?\s+(?P<kw>{ABROAD.pattern})",  # "an address outside the United States"
    r"\b(?P<kw>(?:mailing\s+|business\s+|street\s+)?address(?:es)?)\b(?!\s+(?:the|this|that|it)\b)",
    r"\bwhere\s+(?:is|are|was|were)\b.*\b(?P<kw>based|located|headquartered|domiciled)\b",
    # "what city is given for ajay royan on the blacksky form 3", "lrcx form city"
    r"\b(?:what|which)\s+(?P<kw>city|state|zip(?:\s+code)?)\b", r"\bforms?\s*[345]?\s+(?P<kw>city|zip)\b",
    r"\b(?P<kw>ciks?)\b(?:\s*(?:#|number|no\.?))?",  # "roelof botha reporting owner cik #": given with the address
    rf"\b(?P<kw>(?:based|located|domiciled|headquartered)\s+(?:{ABROAD.pattern}|in\s+(?:which|what)\s+(?:city|country|state)))(?!\w)",
    r"\b(?P<kw>non[-\s]?u\.?s\.?)(?=\s+(?:based\s+)?(?:reporting\s+)?(?:owners?|filers?|insiders?|holders?|investors?)\b)",
]

# "which options expire soonest", "the earliest to expire", "next to expire": the positions by expiration date
SOONEST = re.compile(r"\bexpir\w*\s+(?:the\s+)?(?:soonest|first|next|earliest)\b|\b(?:soonest|earliest|first|next)\s+"
                     r"(?:to\s+)?expir\w*", re.I)
# "which option carries the latest expiration date", "expires last", "the longest-dated option": the latest first
LATEST_EXPIRY = re.compile(r"\bexpir\w*\s+(?:the\s+)?(?:last|latest|furthest|farthest)\b|\b(?:last|latest|furthest|farthest"
                           r"|longest)[\s-]+(?:to\s+|dated\s+)?expir\w*|\blongest[\s-]+dated\b", re.I)


# "what % of her stake", "% withheld", "what percentage of", "what share of": never the "10%" of a 10% owner.
ASKS_PERCENT = re.compile(r"\b(?:what|how\s+much|which)\s+(?:%|per\s?cent(?:age)?|pct|(?:share|fraction|portion|proportion)\s+of)(?!\w)"
                          r"|(?<![\d.])\s%\s*(?:of|withh\w*|sold)\b|\bas\s+a\s+(?:percent(?:age)?|share|fraction|proportion)\s+of\b|\b(?:pct|per\s?cent(?:age)?)\s+withh",
                          re.I)


# The days from a filing's transactions to its signature or filing (bot/answers/filing_lag.py).
_DAYS = re.compile(r"\b(?:how\s+(?:many\s+(?:business\s+|calendar\s+)?days|long|late|soon|quickly)|lag|gap|delay|same\s+day"
                   r"|(?:longer|sooner|later|quicker|faster)\s+after"
                   r"|days?\s+(?:between|after|from|later|late|before|until|to))\b", re.I)
_SIGNED = re.compile(r"\b(?:sign(?:ed|ing|ature)?|fil(?:ed|ing)|submitt?(?:ed|ing)|report(?:ed|ing)?)\b", re.I)
_TRADED = re.compile(r"\b(?:trades?|transactions?|transaction\s+dates?|sales?|sold|sell|purchases?|bought|buy|gifts?|"
                     r"grants?|exercis\w*|vest\w*|conversions?|deals?|event)\b", re.I)
LAG_RANKED = re.compile(r"\b(?:longest|biggest|largest|slowest|worst)\b|\bmost\s+days\b", re.I)
_LAG_OVER = re.compile(r"\b(?P<how>more\s+than|over|at\s+least|beyond|longer\s+than)\s+(?P<n>\d{1,4}|an?|one|two|three|four|"
                       r"five|six|seven|eight|nine|ten|twelve)\s+(?:calendar\s+)?(?P<unit>days?|weeks?|months?)\b"
                       r"|\b(?P<m>\d{1,4})\+\s*days\b", re.I)


def lag_over(question: str) -> tuple[int, str, bool] | None:
    """"more than 30 days", "over two months" (a month is 30 days here, a week 7), "at least 2 days": the days, the
    words said, and whether the bound itself counts."""
    m = _LAG_OVER.search(question)
    if m is None:
        return None
    if m["m"]:
        return int(m["m"]), f"{m['m']} days", True
    n = int(m["n"]) if m["n"].isdigit() else WORD_NUMBERS[m["n"].lower()]
    at_least = m["how"].lower().startswith("at")
    return n * {"d": 1, "w": 7, "m": 30}[m["unit"][0].lower()], f"{m['n']} {m['unit']}", at_least


def asks_lag(question: str) -> bool:
    """Days between a filing's transactions and its signature or filing are asked."""
    if re.search(r"\b(?:in|within|during|over)\s+(?:the\s+)?(?:\d+|[a-z]+)\s+days\b|\badopt\w*|\bplans?\b|\bprices?\b|\bpx\b",
                 question, re.I):
        return False  # "what did musk sell within 30 days after filing", "gap between the exercise price and ..."
    return bool((_DAYS.search(question) or _LAG_OVER.search(question)) and _SIGNED.search(question) and _TRADED.search(question)
                and re.search(r"\b(?:between|after|from|before|than|since|lag|gap|delay|late|soon|quickly|same\s+day)\b",
                              question, re.I))

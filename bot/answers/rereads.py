"""Wordings that change which view of the rows answers a question, read after the aggregation words: a trade
that changed a stake ("how much did adams trim her position by"), what a Form 3 reports in total, "activity" in a
window, a security counted with no trade ("series e preferred how many"), "more purchases or sales". Each rule is
one reading a blind question set found wanting; kept apart from ``rules`` so that module stays readable."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import lexicon

if TYPE_CHECKING:
    from bot.answers.rules import RulesParse


_EXCLUDING = re.compile(r"\b(?:not\s+(?:counting|including|incl\.?)|excluding|except(?:\s+for)?|without|but\s+not)\s+"
                        r"(?:the\s+|any\s+)?", re.I)


# "the biggest single day of selling", "most transactions in one day", "busiest day": never "one day late".
# "how many separate days did musk sell on": the days, each with its sums (their number said by the list).
_DAYS_COUNTED = re.compile(r"\bhow\s+many\s+(?:separate\s+|different\s+|distinct\s+|trading\s+)*days\b", re.I)
_DAY_RANKED = re.compile(r"\bin\s+(?:a|one)\s+(?:single\s+)?day\b|\bsingle[\s-]+days?\s+of\b|\b(?:biggest|largest|busiest|best|worst|heaviest|"
                         r"most\s+active|top(?:\s+\d+)?)\s+(?:(?:single|one)[\s-]+)?(?:trading\s+)?days?\b", re.I)
# "the filing with the most reporting owners", "single filing w/ the longest list of reporting persons".
_MOST_OWNERS = re.compile(r"\b(?:most|(?:largest|biggest|highest|greatest)\s+number\s+of|longest\s+list\s+of|by\s+(?:the\s+)?"
                          r"(?:number|count)\s+of)\s+(?:joint\s+)?(?:reporting\s+)?(?:owners|persons|people|filers|signers)\b", re.I)
# "the heaviest calendar year for selling", "which month saw the most buying": sums per year or month, ranked.
_PERIOD_RANKED = re.compile(r"\b(?:biggest|largest|busiest|best|worst|heaviest|most\s+active|top|peak)\s+(?:calendar\s+)?"
                            r"(?P<unit>year|month|quarter|yr|qtr)s?\b|\bwhich\s+(?:calendar\s+)?(?P<unit2>year|month|quarter|yr|qtr)\b"
                            r".*\bmost\b", re.I)
_PERIOD_UNITS = {"yr": "year", "qtr": "quarter"}
_ONE_DAY = re.compile(r"\b(?:single|one|1)[\s-]+days?\b(?!\s+(?:late|early|after|before|ago|later)\b)", re.I)
_RANK_CUE = re.compile(r"\b(?:most|biggest|largest|top|busiest|heaviest|record)\b", re.I)
# "first + last filing dates", "his first filing in the data, and his most recent": the filings, oldest to newest.
_LAST = r"(?:last(?!\s+(?:year|yr|month|week|quarter|qtr|\d|few|several|one|two|three|five|ten|twelve))|latest|newest|most\s+recent)"
_FIRST_AND_LAST = re.compile(rf"\b(?:first|earliest|oldest)\b(?=.*\b(?:filings?|filed|forms?)\b).*\b{_LAST}\b"
                             rf"|\b{_LAST}\b(?=.*\b(?:filings?|filed|forms?)\b).*\b(?:first|earliest|oldest)\b", re.I)
_FILINGS_LISTED = re.compile(r"(?:\b(?:show|list|which|what|pull\s+up|give\s+me)\b[^?]{0,30}|^\s*(?:the\s+|all\s+)?)"
                             r"(?:\bform\s*3s\b|(?<=\bevery\s)form\s*3\b|\bform\s*3\s+(?:initial\s+)?(?:statements|filings|reports)\b|\binitial\s+(?:ownership\s+)?statements\b(?:\s+of\s+(?:beneficial\s+)?ownership)?"
                             r"(?:\s*\(form\s*3\))?(?:\s+(?:were|are))?)"
                             r"(?=\s+(?:filed|on\s+file|in|from|during|since|by|have|has|with|that|are|were|dated)\b|\s*\??$)"
                             r"(?!\s+(?:of|for|by|at)\s+(?:his|her|their))", re.I)
_ACCOUNTS = re.compile(r"\b(?:all\s+(?:his|her|their|the)\s+)?(?:accounts|positions|holdings|vehicles)\b|\bform\s*3\b", re.I)
# "held after each of the 3 exercises", "holding after each rsu settlement row": every row, with what it left
AFTER_EACH = re.compile(r"\b(?:after|following)\s+each\b", re.I)
# "his single biggest lot", "the largest single sale": one row, not a sum ("how much … on his biggest sale")
_ONE_ROW = re.compile(r"\b(?:single\s+(?:biggest|largest)|(?:biggest|largest)\s+single|(?:biggest|largest)\s+(?:\S+\s+){0,2}?"
                      r"(?:lot|row|sale|sell|trade|transaction|purchase|buy))\b(?!s)", re.I)
# "how many insiders sold in 2025", "how many distinct ppl bought": the people who traded, counted
_PEOPLE_COUNTED = re.compile(r"\bhow\s+many\s+(?:distinct\s+|diff\s+|different\s+|unique\s+|separate\s+|individual\s+)?(?:insiders|"
                             r"people|persons|individuals|execs|executives|officers|directors|filers|reporting\s+(?:owners|persons))\b"
                             r"(?!\s+(?:shares|stock|options))", re.I)
_WHO = re.compile(r"\b(?:who|whose|which\s+(?:insiders?|persons?|people|execs?|executives?|officers?|directors?))\b", re.I)


def _excluded_kind(question: str) -> str | None:
    """The kind of transaction "not counting conversions" leaves out, if the words after it name one."""
    found = _EXCLUDING.search(question)
    if found is None:
        return None
    rest = question[found.end():found.end() + 40]
    return next((kind for kind, pattern in lexicon.TRANSACTION_PHRASES if re.match(pattern, rest, re.I)), None)


# "outside his RSUs, how many common shares": a security named only to be left out.
_LEFT_OUT_BEFORE = re.compile(r"\b(?:outside(?:\s+of)?|besides|other\s+than|apart\s+from|aside\s+from|excluding|"
                              r"not\s+counting|except(?:\s+for)?)\s+(?:(?:his|her|their|its|the)\s+)?$", re.I)


def _security_left_out(result: RulesParse) -> None:
    named = result.of_kind("security")
    kept = [s for s in named if not _LEFT_OUT_BEFORE.search(result.question[:s.start])]
    if len(named) > 1 and kept and len(kept) < len(named):
        result.security, result.negation = kept[0].value, None


def reread_aggregation(result: RulesParse) -> None:
    """Adjust ``result.aggregation`` for the wordings above (in place)."""
    question = result.question
    _security_left_out(result)
    if AFTER_EACH.search(question) and result.transaction and result.aggregation in ("holdings", "list", "latest"):
        result.aggregation = "list"  # each row says what was held after it
    if result.aggregation == "total" and _ONE_ROW.search(question) and not result.per_insider:
        result.aggregation = "biggest"
    if result.transaction and _PEOPLE_COUNTED.search(question) and not result.per_insider:
        result.aggregation, result.count_unit, result.aggregation_stated = "count", "insiders", True  # who traded
    if result.negation and result.transaction and (kind := _excluded_kind(question)) and kind != result.transaction:
        # "how many scty shares did musk buy, not counting conversions": purchases never count them anyway
        result.also_transactions = [k for k in result.also_transactions if k != kind]
        result.negation = None
    if result.aggregation == "holdings" and result.transaction in ("buy", "sell") and \
            lexicon.CHANGED_STAKE.search(question):
        # "how much did adams trim her aapl position by": the trades that changed it, not what is left
        result.aggregation = "total" if re.search(r"\bhow\s+(?:much|many)\b", question, re.I) else "list"
    if result.aggregation == "count" and result.transaction and re.search(
            r"\b(?:number\s+of|how\s+many)\s+(?:[\w$.'-]+\s+){0,3}?shares\b", question, re.I):
        result.aggregation = "total"  # "the total number of palantir shares thiel sold", "how many common shares did
        # musk get from converting": shares, not filings or rows
    if result.form == "3" and not result.transaction and result.aggregation in ("total", "count") and (
            result.security or re.search(r"\bshares\b|\bstock\b", question, re.I)):
        result.aggregation = "holdings"  # "how many shares did the Form 3 report in total": what it says is held
    if (by_price := lexicon.BY_PRICE.search(question)) and result.aggregation in ("biggest", "smallest", "list") \
            and not re.search(r"\bhighest\b.*\blowest\b|\blowest\b.*\bhighest\b|\brange\b", question, re.I):
        way = (by_price["way"] or by_price["way2"] or "").lower()
        result.by_price = True  # "highest sale price on record": the trades by price per share
        result.aggregation = "smallest" if way in ("lowest", "worst") or by_price["cheap"] else "biggest"
    if result.aggregation in ("biggest", "smallest") and lexicon.BY_SHARES.search(question):
        result.by_shares = True  # "the top 3 single sales by number of shares"
    if result.aggregation == "latest" and result.dates and not lexicon.NEWEST.search(question):
        result.aggregation = "list"  # "insider activity in Q2 2024": everything in the window, not its last filing
    if result.aggregation == "count" and result.security and not (result.transaction or result.dates or result.form):
        result.aggregation = "holdings"  # "garrett series e preferred how many": the position, not a count of rows
    if result.transaction == "open_market" and not result.per_insider and lexicon.MORE_BUYING_OR_SELLING.search(question):
        result.aggregation = "net"  # "were there more purchases or sales in 2024": both sums and the balance
    if (result.role and result.role_plural and result.aggregation == "list" and not (
            result.transaction or result.security or result.dates or result.bounded)
            and (not result.form or re.search(r"\b(?:w(?:ith|/)|filed|having)\s+(?:an?\s+)?form\b", question, re.I))
            and re.search(r"\b(?:which|what)\b.*\b(?:filed|file|files|filing|on\s+file|are\s+there)\b|\bon\s+file\b"
                          r"|\bin\s+(?:here|there|the\s+(?:data|database|db))\b", question, re.I)):
        result.aggregation = "insiders"  # "which sr vps filed?", "snow dirs in the data?": the people, not their trades
    if result.aggregation == "count" and result.transaction and "total" in {s.value for s in result.of_kind(
            "aggregation")} and lexicon.MONEY_WORDS.search(question):
        result.aggregation = "total"  # "total $ and how many forms": the total says how many filings it sums
    if result.aggregation in ("list", "latest") and _FILINGS_LISTED.search(question) and not (
            result.transaction or result.security or result.role or result.bounded):
        result.count_unit = "filings"  # "show the Form 3s filed in 2020": the filings, one line each (a Form 4's
        # trades are what "Form 4s at TSLA" asks for; a Form 3 lists holdings, and the question is who filed)
    if _FIRST_AND_LAST.search(question) and not (result.transaction or result.security or result.bounded):
        result.aggregation, result.count_unit = "list", "filings"  # "thiel's first filing and his most recent"
    if result.aggregation == "total" and not result.transaction and _ACCOUNTS.search(question):
        result.aggregation = "holdings"  # "across all his accounts combined", "form 3 total": the positions, summed
    if result.aggregation == "count" and not result.transaction and re.search(r"(?<!\bby\s)\bshare\s+count\b", question, re.I):
        result.aggregation = "holdings"  # "ff-vp share count": the shares it holds, not a count of rows
    if result.aggregation in ("earliest", "latest") and (result.form == "3" or (  # "his first filing": a Form 3 too
            result.aggregation == "earliest" and re.search(r"(?:'s|\bhis|\bher|\btheir)\s+(?:first|earliest)\s+filing", question,
                                                           re.I))) and not (
            result.transaction or result.security or result.role or result.bounded):
        result.count_unit = "filings"  # "oldest form 3 in the data": a Form 3 reports holdings, not trades
    if _MOST_OWNERS.search(question) and re.search(r"\bfilings?\b|\bform\b", question, re.I):
        result.count_unit, result.aggregation, result.aggregation_stated = "owners", "count", True
    elif (period := _PERIOD_RANKED.search(question)) and result.aggregation not in ("holdings", "role"):
        unit = (period["unit"] or period["unit2"]).lower()
        result.count_unit, result.aggregation_stated = f"{_PERIOD_UNITS.get(unit, unit)}s", True
        result.aggregation = "total" if result.transaction else "count"
    elif (_DAY_RANKED.search(question) or (_DAYS_COUNTED.search(question) and result.transaction) or (
            _ONE_DAY.search(question) and _RANK_CUE.search(question))) and \
            result.aggregation not in ("holdings", "role"):
        # "the biggest single day of selling", "most rows in one day": sums per day, ranked (per insider for "who")
        result.count_unit, result.aggregation_stated = "days", True
        result.aggregation = "total" if result.transaction else "count"
        result.per_insider = bool(_WHO.search(question))

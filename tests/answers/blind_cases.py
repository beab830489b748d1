"""A blind question set for the answer engine: questions as users type them (plain and Slack-style),
each with the facts a right answer cannot avoid (``must``) and the facts a wrong answer would contain
(``must_not``).

Every expected fact was computed by hand from the filings' XML (the shared corpus, ``bot/samples`` and
``tests/fixtures/tecogen-whiting-4-2023-09-27.xml``), never from the bot's output. The questions were
written without reading the engine's code, lexicon or phrase tables, nor the repository's question suite.

Fact notation (see ``compile_fact``):

- ``"37,500"``: a number, matched as a whole token ("5,000" does not match inside "15,000" or "$5,000");
  trailing zero decimals are allowed ("106,150" matches "106,150.00").
- ``"$0.88"``: money, a whole token; "$17" also matches "$17.00"; a price filed with more than two
  decimals ("$42.1735") also matches its value to the cent ("$42.17").
- ``"d:2033-09-20"``: a date, as "Sep 20, 2033", "September 20, 2033" or "2033-09-20".
- ``"n:John Whiting"``: a person, first name then last name (middle names/initials allowed between),
  or "Whiting, John" / "WHITING JOHN"; case-insensitive.
- ``"re:..."``: a case-insensitive regular expression.
- any other string: case-insensitive text, whole words at its ends.
- a tuple of facts: any one of them.

``db`` is ``corpus`` (the shared corpus + the samples + Tecogen, the ``corpus_db`` fixture) or ``samples``
(the ``samples_db`` fixture). ``style`` is ``slack`` or ``plain``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# An answer that says nothing matched (the exact wording is the engine's; any of these will do).
NONE = (
    r"re:\bno\b[^.\n]{0,80}\b(filings?|records?|transactions?|trades?|sales?|purchases?|buys?|grants?|options?"
    r"|matches|results|activity|insiders?|match|data|one)\b",
    r"re:(could not|couldn'?t|can'?t|can ?not|did not|didn'?t|does not|doesn'?t|unable to|not able to) (find|match|see|locate)",
    r"re:\bno\b[^.\n]{0,80}\b(is|are) (stored|on file)\b",
    r"re:\bnot (found|in the data|stored|covered|among|recognised|recognized|understood)\b",
    r"re:\b(don't|do not) have\b",
    r"re:\bnothing\b",
    r"re:\bnone\b",
)

# Nothing matched, also worded "No RSUs found for X at Y" (a noun the list above lacks); and the strict "no
# open-market sale / purchase" that leads a near miss (sets 4 and 5 share these).
NONE_FOUND = NONE + (r"re:\bno\b[^.\n]{0,80}\bfound\b",)
NO_SALE = NONE_FOUND + (
    r"re:\bno\b[^.\n]{0,60}\b(open[- ]market|code s|s-coded)\b",
    r"re:\b(did not|didn'?t|has not|hasn'?t|never)\b[^.\n]{0,40}\b(sell|sold)\b",
    r"re:\bnot (a|an) (open[- ]market )?(sale|purchase)\b",
)
NO_BUY = NONE_FOUND + (
    r"re:\bno\b[^.\n]{0,60}\b(open[- ]market|code p|p-coded)\b",
    r"re:\b(did not|didn'?t|has not|hasn'?t|never)\b[^.\n]{0,40}\b(buy|bought|purchase)",
    r"re:\bnot (a|an) (open[- ]market )?(sale|purchase)\b",
)
# An answer that says the filings cannot answer this (market prices, predictions, advice, motives).
CANT = (
    r"re:(can'?t|can ?not|could ?n[o']t|couldn't|unable to|not able to|don'?t|do not|doesn'?t|does not|no)\b[^.\n]{0,60}"
    r"\b(price|prices|market|quote|predict|forecast|advice|advise|value|worth|say|tell|know|answer|explain|reason|why)",
    r"re:\b(filings|forms?|data)\b[^.\n]{0,60}\b(do ?n[o']t|does ?n[o']t|don't|cannot|can't|never)\b[^.\n]{0,40}"
    r"\b(say|show|include|contain|give|state|tell|predict)",
    r"re:\bnot (investment|financial) advice\b",
    r"re:\boutside\b[^.\n]{0,40}\b(filings|data)\b",
)
# An answer that asks which company/person a context-free follow-up means, instead of guessing.
ASKS_WHO = (
    r"re:\b(which|what|who)\b[^.\n]{0,40}\b(company|companies|insider|insiders|person|people|ticker|name)\b",
    r"re:\b(specify|name a|tell me (who|which)|not sure (who|which)|need a (company|name))\b",
    r"re:(did not|didn'?t|could not|couldn'?t|can'?t|can ?not|not) (understand|tell|know|sure)",
    r"re:\bno (company|insider|person|earlier question|previous|context)\b",
)


# Shared by the blind sets of the 14 classes (blind13 onwards): nothing matched, also worded "'X' is not a company or
# insider in the database" (imported as NONE there); a scope word read as a name ("no company called 'anywhere'"); what a near miss must name
# for shares withheld and for conversions; the 10% owner and director boxes.
NONE_OR_NOT_KNOWN = (*NONE_FOUND, r"re:\bis not (a|an) (known )?(company|insider|ticker|name)")
NOT_A_NAME = (r"re:\b(company|insider|person|filer|anyone|issuer)\s+(called|named)\b",)
TAX = (r"re:\bF\b", "re:withh(e|o)ld", r"re:\btax", "re:sell[- ]to[- ]cover")
CONV = (r"re:conver", r"re:\bC\b")
TEN = (r"re:10\s?%", "re:ten percent")
DIRECTOR = (r"re:\bdirector\b",)


class AllOf(tuple):
    """A composite fact: every one of its facts must be present (use inside an any-of tuple)."""


def all_of(*facts) -> AllOf:
    return AllOf(facts)


@dataclass(frozen=True)
class Case:
    id: str
    q: str
    topic: str
    style: str  # "slack" or "plain"
    must: tuple = ()
    must_not: tuple = ()
    db: str = "corpus"
    note: str = ""


def _c(id, q, topic, style, must=(), must_not=(), db="corpus", note=""):
    return Case(id, q, topic, style, tuple(must), tuple(must_not), db, note)


S, P = "slack", "plain"

CASES: list[Case] = [
    # ---------------------------------------------------------------- grants and their terms
    _c("grant-tgen-gc", "What options did Tecogen's GC get?", "grant", P,
       ["n:John Whiting", "37,500", "$0.88", "d:2024-09-20", "d:2033-09-20"], ["re:\\bbought\\b"]),
    _c("grant-tgen-strike-slack", "wats the strike on whitings options", "grant", S, ["$0.88"]),
    _c("grant-tgen-expiry-slack", "when do the $tgen options expire?", "grant", S, ["d:2033-09-20"]),
    _c("grant-tgen-vesting", "What is the vesting schedule on John Whiting's option grant?", "grant", P,
       ["re:50\\s?%", "d:2024-09-20"]),
    _c("grant-tgen-sept-slack", "what did the tecogen general counsel get granted in sept 2023", "grant", S,
       ["37,500", "$0.88"]),
    _c("grant-tgen-held-after", "How many stock options does John Whiting hold after the grant?", "grant", P,
       ["400,000"]),
    _c("grant-tgen-twopart-slack", "what did whiting get & when does it vest??", "grant", S,
       ["37,500", "d:2024-09-20", "re:50\\s?%"]),
    _c("grant-scwo-cto", "What stock options did 374Water's CTO receive in April 2025?", "grant", P,
       ["n:Rajesh Melkote", "757,576", "$0.33", "d:2035-04-29"]),
    _c("grant-scwo-rsu-slack", "$scwo melkote rsu award how many", "grant", S, ["757,756"]),
    _c("grant-scwo-vest-slack", "when does melkotes option start vesting", "grant", S,
       ["re:(March|Mar) 31, 2025|2025-03-31", "re:25\\s?%"]),
    _c("grant-tsvt-snow", "What equity awards did Jessica Snow get at 2seventy bio?", "grant", P,
       ["106,150", "70,750", "$2.64", "d:2035-01-06"]),
    _c("grant-tsvt-strike-slack", "tsvt option strike + expiry?", "grant", S, ["$2.64", "d:2035-01-06"]),
    _c("grant-jblu-rsu", "How many RSUs was JetBlue's Chief Digital & Tech Officer granted in March 2025?", "grant", P,
       ["re:Clements", "110,474", "d:2025-03-10"]),
    _c("grant-jblu-vest-slack", "jblu rsus carol clements vesting?", "grant", S,
       ["110,474", "re:three[- ]year|3[- ]year|three anniversaries|three succeeding|each of the succeeding three"]),
    _c("grant-znga-hoffman", "What did Reid Hoffman receive from Zynga in December 2011?", "grant", P,
       ["1,474,432", "d:2011-12-15"]),
    _c("grant-znga-expiry-slack", "hoffman znga rsu expiry", "grant", S, ["d:2017-04-15"]),
    _c("grant-yhoo-levchin", "What stock option did Max Levchin get from Yahoo in lieu of director fees?", "grant", P,
       ["774", "$19.90", "d:2019-12-31"]),
    _c("grant-yhoo-strike-slack", "levchin yhoo options exercise price", "grant", S, ["$19.90"]),
    _c("grant-tsla-2009", "What option grant did Elon Musk receive from Tesla in December 2009?", "grant", P,
       ["838,996", "$6.63", "d:2016-12-03"]),
    _c("grant-msft-hoffman", "What restricted stock units did Microsoft grant Reid Hoffman in January 2022?", "grant", P,
       ["289.408", "d:2022-01-31"]),
    _c("grant-msft-vested-slack", "msft hoffman rsu - vested or not?", "grant", S, ["re:fully vested"]),
    _c("grant-mdb-botha", "What RSUs did MongoDB director Roelof Botha receive in June 2021?", "grant", P,
       ["629", "d:2021-06-29"]),
    _c("grant-mdb-feesinlieu-slack", "botha mdb shares in lieu of cash fees, how many n at what price", "grant", S,
       ["129", "$309.81"]),
    _c("grant-mvis-gc", "What RSU grant did MicroVision's GC receive on June 8, 2026?", "grant", P,
       ["n:Drew Markham", "150,000"]),
    _c("grant-under-1", "Show me option grants with an exercise price under $1.", "grant", P,
       ["$0.88", "$0.33"], ["$2.64", "$19.90", "$6.63"]),
    _c("grant-2025", "Which grants were made in 2025?", "grant", P,
       ["757,576", "70,750", "110,474"], ["37,500", "838,996"]),
    _c("grant-arw-psu", "How many PSU shares vested for Arrow Electronics' CLO in February 2025?", "grant", P,
       ["re:Lamercie", "2,193"]),
    _c("grant-got-slack", "what did the jetblue digital officer get awarded", "grant", S, ["110,474"]),
    _c("grant-was-given-slack", "was jessica snow given options at tsvt? how many", "grant", S, ["70,750"]),
    _c("grant-tgen-underlying", "How many shares of common stock underlie John Whiting's September 2023 option grant?",
       "grant", P, ["37,500"]),

    # ---------------------------------------------------------------- purchases
    _c("buy-exrb-who", "Who bought shares of Example Robotics?", "purchase", P,
       ["n:Richard Roe", "10,000", "$38.50", "$385,000"], ["25,000"]),
    _c("buy-exrb-slack", "did anyone pick up $exrb stock?", "purchase", S, ["re:Roe", "10,000"], ["25,000"]),
    _c("buy-exbt-fund", "How much did Example Ventures Fund II spend buying EXBT stock?", "purchase", P,
       ["200,000", "$20.05", "$4,010,000"]),
    _c("buy-exbt-total-slack", "exbt insider buys - total $$?", "purchase", S, ["$4,010,000"]),
    _c("buy-exbt-joint", "Who filed the Example Biotech purchase on April 10, 2024?", "purchase", P,
       ["re:Example Ventures Fund II", "n:Morgan Lee"]),
    _c("buy-isba", "What did Richard McGuirk buy at Isabella Bank?", "purchase", P,
       ["275.634", "$18.14", "d:2024-04-29"]),
    _c("buy-isba-slack", "isba director purchase april 2024 how many shares", "purchase", S, ["275.634"]),
    _c("buy-arec", "What did Golden Properties buy at American Resources in July 2024?", "purchase", P,
       ["800,000", "$0.67", "d:2024-07-19"]),
    _c("buy-arec-value-slack", "$arec golden properties buy - $ value?", "purchase", S, ["$536,000"],
       ["re:don't have market prices"]),
    _c("buy-adgi", "How many Adagio Therapeutics shares did Mithril buy at the IPO, and at what price?", "purchase", P,
       ["1,997,000", "$17", "$33,949,000"]),
    _c("buy-adgi-slack", "thiel loaded up on adgi? how much $", "purchase", S, ["$33,949,000"]),
    _c("buy-guts", "What did Mithril purchase in the Fractyl Health IPO?", "purchase", P,
       ["333,333", "$15", "$4,999,995"]),
    _c("buy-scty", "How many SolarCity shares did Elon Musk buy in December 2012?", "purchase", P,
       ["1,875,000", "$8", "$15,000,000"], ["20,606,735"]),
    _c("buy-scty-slack", "musk scty ipo buy $ amount", "purchase", S, ["$15,000,000"]),
    _c("buy-roe-june", "Did Richard Roe buy any Example Robotics stock in June 2024?", "purchase", P,
       ["10,000", "d:2024-06-03"]),
    _c("buy-100k-slack", "purchases of at least 100,000 shares", "purchase", S,
       ["1,997,000", "1,875,000", "333,333", "200,000", "800,000"], ["275.634", "$385,000"]),
    _c("buy-over-1m", "List open-market purchases over $1 million.", "purchase", P,
       ["$33,949,000", "$15,000,000", "$4,999,995", "$4,010,000"], ["$385,000", "$536,000"]),
    _c("buy-tsla-none-slack", "any insider buying at $tsla?", "purchase", S, [NONE], ["1,875,000", "$15,000,000"]),
    _c("buy-pltr-none", "Did anyone buy Palantir stock?", "purchase", P, [NONE], ["1,997,000", "$33,949,000"]),
    _c("buy-scooped-slack", "who scooped up shares in 2024", "purchase", S,
       ["200,000", "10,000", "333,333"], ["25,000"]),
    _c("buy-exrb-samples-slack", "any1 buying exrb", "purchase", S, ["10,000"], ["25,000"], db="samples"),
    _c("buy-guts-twopart-slack", "did mithril buy guts at ipo & what price", "purchase", S, ["333,333", "$15"]),

    # ---------------------------------------------------------------- sales
    _c("sell-aapl-adams", "How many shares did Katherine Adams sell on May 4, 2022, and for how much in total?", "sale", P,
       ["25,000", "$4,042,887.94"]),
    _c("sell-aapl-dumped-slack", "apple gc dumped how much in may 2022", "sale", S, ["25,000", "$4,042,887.94"]),
    _c("sell-aapl-avg-slack", "$aapl insider sales avg price", "sale", S, [("$161.72", "$161.7155")]),
    _c("sell-dkng-clo", "What did DraftKings' Chief Legal Officer sell in March 2025?", "sale", P,
       ["re:Dodge", (all_of("105,554", "$4,043,811.93"), all_of("49,252", "3,525", "52,777"))]),
    _c("sell-dkng-317-slack", "dkng clo sales on 3/17/2025?", "sale", S, ["52,777", "$39", "$2,058,303"],
       ["49,252"]),
    _c("sell-dkng-unload-slack", "what did stanton dodge unload on march 14 2025, shares and dollars", "sale", S,
       ["52,777", "$1,985,508.93"], ["$4,043,811.93", "105,554"]),
    _c("sell-air", "What did Jessica Garascia sell at AAR Corp?", "sale", P,
       ["1,500", "$66.903", "d:2025-01-10"]),
    _c("sell-air-value-slack", "aar gc sale jan 2025 $ value", "sale", S, ["$100,354.50"],
       ["re:don't have market prices"]),
    _c("sell-bdx", "What did Michael Feld sell at Becton Dickinson?", "sale", P, ["74", "$196.08", "$14,509.92"]),
    _c("sell-pdex", "How much did Farnam Street Partners sell of Pro-Dex stock in January 2025?", "sale", P,
       ["2,271", "$94,577.84"]),
    _c("sell-pdex-days-slack", "pdex sales jan 23 vs jan 24", "sale", S, ["835", "$42", "1,436", "$41.44"]),
    _c("sell-pltr-2021", "How many Palantir shares did Peter Thiel sell in February 2021 and for how much?", "sale", P,
       ["20,003,915", "$504,783,221.27"], ["7,044,756"]),
    _c("sell-pltr-2024-slack", "thiel pltr sales march 2024 total $", "sale", S,
       ["7,044,756", "$174,615,999.27"], ["20,003,915"]),
    _c("sell-pltr-all-slack", "how much pltr has thiel sold in total?", "sale", S,
       ["27,048,671", "$679,399,220.54"]),
    _c("sell-snow-cfo", "What did Snowflake's CFO sell on December 13, 2022?", "sale", P,
       ["n:Michael Scarpelli",
        (all_of("200,000", "$30,351,309.77"), all_of("73,170", "74,907", "41,986", "5,496", "4,441"))]),
    _c("sell-snow-avg-slack", "scarpelli snow sells avg px", "sale", S, [("$151.76", "$151.7565")]),
    _c("sell-tsla-nov21", "How many Tesla shares did Elon Musk sell on November 8, 2021, in total across both filings?",
       "sale", P, ["934,091", "$1,102,342,478.72", "re:\\b(2|two) filings"]),
    _c("sell-tsla-offload-slack", "how much tsla did musk offload nov 8 2021 shares & $", "sale", S,
       ["934,091", "$1,102,342,478.72"]),
    _c("sell-tsla-2010-slack", "what did musk sell at tesla in 2010", "sale", S, ["1,415,167", "$17", "$24,057,839"]),
    _c("sell-afrm", "What did Keith Rabois sell at Affirm in April 2023?", "sale", P,
       ["17,286", ("$11.15", "$11.1484"), "$192,711.24"]),
    _c("sell-afrm-slack", "rabois afrm sold how much", "sale", S, ["17,286", "$192,711.24"]),
    _c("sell-exrb-doe", "What did Jane Doe sell at Example Robotics in May 2024?", "sale", P,
       ["25,000", "5,000"]),
    _c("sell-exrb-ceo-slack", "exrb ceo sales total $$", "sale", S, ["$1,269,587.50"], db="samples"),
    _c("sell-wve-dec8", "What were Kyle Moran's sales at Wave Life Sciences on December 8, 2025?", "sale", P,
       [(all_of("210,000", "$3,102,000"), all_of("60,000", "50,000", "$13.20", "$15", "$18"))]),
    _c("sell-snow-who-slack", "who sold $snow stock", "sale", S, ["n:Michael Scarpelli"], ["61,386"]),
    _c("sell-buffett-snow", "Did Warren Buffett sell any Snowflake shares?", "sale", P,
       [NONE], ["$30,351,309.77", "73,170"]),
    _c("sell-cashed-out-slack", "who cashed out at dkng", "sale", S, ["re:Dodge"]),
    _c("sell-trimmed-slack", "did the apple gc trim her position in 2022", "sale", S, [("25,000", "9,136")]),
    _c("sell-took-profits-slack", "thiel took profits on pltr in 2024?? how many shares", "sale", S, ["7,044,756"]),
    _c("sell-tsla-10b5-twopart-slack", "did musk sell tsla in nov 2021 and was it under a 10b5-1 plan", "sale", S,
       [("934,091", "1,100"), "re:10b5-1"]),
    _c("sell-exrb-may15", "How many shares did the Example Robotics CEO sell on May 15, 2024, and at what price?",
       "sale", P, ["25,000", ("$42.17", "$42.1735")], ["5,000"], db="samples"),
    _c("sell-2024-all", "Which insiders sold stock in 2024?", "sale", P,
       ["re:Thiel", "n:Jane Doe"], ["re:Scarpelli", "re:Garascia"]),
    _c("sell-after-left-slack", "how many snow shares did scarpelli have left after selling dec 13 2022", "sale", S,
       ["101,097"]),

    # ---------------------------------------------------------------- gifts
    _c("gift-tsla-form5", "What gifts did Elon Musk report on his 2021 Form 5?", "gift", P,
       ["2,234,000", "1,560,000", "500,000", "250,000"]),
    _c("gift-tsla-total-slack", "musk gifted how many tsla shares in nov 2021 total", "gift", S, ["5,044,000"]),
    _c("gift-lrcx", "What did Sohail Ahmed gift at Lam Research?", "gift", P, ["3,690", "d:2024-11-04"]),
    _c("gift-lrcx-slack", "lrcx director gift to family trust?", "gift", S, ["3,690"]),
    _c("gift-snow-mcmahon", "What gift did John McMahon report on his Snowflake Form 5?", "gift", P,
       ["61,386", "d:2021-12-23"]),
    _c("gift-mdb-slack", "botha mdb gifts 2020", "gift", S, ["1,057", "d:2020-07-17"]),
    _c("gift-all", "List all gifts in the database.", "gift", P, ["61,386", "3,690", "1,057", "2,234,000"]),
    _c("gift-biggest-slack", "biggest gift on file", "gift", S, ["2,234,000"]),
    _c("gift-mcmahon-nearmiss-slack", "did mcmahon sell snow or was it a gift", "gift", S, ["61,386", "re:gift"]),
    _c("gift-tsla-charity", "Who received Elon Musk's Tesla gifts in November 2021?", "gift", P, ["re:charit"]),
    _c("gift-lrcx-after", "How many Lam Research shares does Sohail Ahmed hold by trust after the gift?", "gift", P,
       ["30,630"]),

    # ---------------------------------------------------------------- tax withholding
    _c("tax-exbt", "How many shares were withheld for taxes when Alex Smith's RSUs vested?", "tax", P,
       ["1,850", "$21.40"]),
    _c("tax-exbt-value-slack", "exbt cfo tax withholding $ value", "tax", S, ["$39,590"]),
    _c("tax-arw", "How many Arrow Electronics shares did Carine Lamercie have withheld for taxes?", "tax", P,
       ["1,009", "$106.82"]),
    _c("tax-mvis-slack", "mvis sell to cover june 2026", "tax", S, ["77,905", ("$0.36", "$0.3621")]),
    _c("tax-zip", "How many shares did ZipRecruiter withhold from David Travers for taxes in March 2025?", "tax", P,
       ["33,148", "$5.96"]),
    _c("tax-zip-nearmiss-slack", "did the zip president sell any shares in march 2025?", "tax", S,
       ["33,148", "re:\\bno\\b|did ?n[o']t|not"]),
    _c("tax-all", "Which tax-withholding dispositions are there across all companies?", "tax", P,
       ["1,850", "1,009", "77,905", "33,148", "21,728"]),
    _c("tax-biggest-slack", "biggest tax withholding anywhere", "tax", S, ["77,905"]),
    _c("tax-tsla-2010", "Did Elon Musk have shares withheld for taxes at the Tesla IPO in 2010?", "tax", P,
       ["21,728", "$17"]),
    _c("tax-exbt-nearmiss", "Did Example Biotech's CFO sell any shares in March 2024?", "tax", P,
       ["1,850", "re:\\bno\\b|did ?n[o']t|not"], db="samples"),

    # ---------------------------------------------------------------- exercises and vesting
    _c("ex-snow-cfo", "Which options did Snowflake's CFO exercise in December 2022, and at what strike?", "exercise", P,
       ["200,000", "$8.88"]),
    _c("ex-snow-slack", "scarpelli exercised how many options @ what price", "exercise", S, ["200,000", "$8.88"]),
    _c("ex-snow-expiry", "When do the options Michael Scarpelli exercised expire?", "exercise", P, ["d:2029-08-26"]),
    _c("ex-snow-cost", "What was the total exercise cost of Michael Scarpelli's December 2022 option exercise?",
       "exercise", P, ["200,000", "$8.88", "$1,776,000"]),
    _c("ex-tsla-2021", "How many options did Elon Musk exercise on November 8, 2021, and at what exercise price?",
       "exercise", P, ["2,154,572", "$6.24"]),
    _c("ex-tsla-strike-slack", "musk option exercise nov 2021 strike?", "exercise", S, ["$6.24"]),
    _c("ex-tsla-expiry-slack", "when wouldve musks 2021 exercised options expired", "exercise", S, ["d:2022-08-13"]),
    _c("ex-wve", "Which options did Kyle Moran exercise at Wave Life Sciences, and at what strikes?", "exercise", P,
       ["$2.83", "$3.14", "$4.75", "$8.17", "$10.48"]),
    _c("ex-wve-slack", "which options were exercised at $wve and what strike", "exercise", S,
       ["60,000", "$2.83", "$10.48"]),
    _c("ex-wve-sameday-slack", "wve cfo exercise + sell same day dec 8?", "exercise", S, ["$2.83", "$13.20"]),
    _c("ex-zip-rsu", "Which RSUs vested for ZipRecruiter's President in March 2025?", "exercise", P,
       ["6,250", "13,347", "20,691", "20,444"]),
    _c("ex-zip-total-slack", "travers zip rsu vest total", "exercise", S, ["60,732"]),
    _c("ex-mvis", "How many RSUs vested for MicroVision's general counsel in June 2026?", "exercise", P,
       ["268,800"]),
    _c("ex-exbt-slack", "exbt rsus vested march 2024?", "exercise", S, ["5,000", "15,000"], db="samples"),
    _c("ex-tsla-warrant", "Did Elon Musk exercise any warrants at Tesla?", "exercise", P, ["113,908", "d:2010-07-02"]),
    _c("ex-exrb-none", "Did anyone exercise options at Example Robotics?", "exercise", P,
       [NONE], ["5,000", "25,000"], db="samples"),
    _c("ex-zip-vesting-slack", "zip travers rsus vesting schedule?", "exercise", S, ["re:1/16|quarterly"]),
    _c("ex-mvis-schedule", "What is the vesting schedule of Drew Markham's MicroVision RSUs?", "exercise", P,
       ["re:33\\s?%|one-year anniversary|annual anniversary"]),

    # ---------------------------------------------------------------- conversions
    _c("conv-adgi", "What preferred stock converted at the Adagio Therapeutics IPO?", "conversion", P,
       ["1,250,000", "176,304", "422,612"]),
    _c("conv-adgi-slack", "adgi conversions total common recvd", "conversion", S, ["9,244,580"]),
    _c("conv-scty", "How many SolarCity shares did Elon Musk get from preferred conversions at the IPO?",
       "conversion", P, ["10,491,720", "1,550,384"]),
    _c("conv-pltr-slack", "pltr class b -> class a conversions thiel feb 2021 total", "conversion", S,
       ["111,139,130"]),
    _c("conv-betr", "What did SoftBank convert at Better Home & Finance?", "conversion", P,
       ["628,553", "d:2024-12-09"]),
    _c("conv-betr-slack", "betr softbank conversion shares", "conversion", S, ["628,553"]),
    _c("conv-yelp", "What did Max Levchin convert at Yelp's IPO?", "conversion", P,
       ["12,681,798", "3,232,153", "3,911,937"]),
    _c("conv-guts-slack", "guts preferred conversion mithril how many common", "conversion", S,
       [(all_of("5,160,301", "918,567"), all_of("1,875,938", "3,030,193", "254,170", "173,821", "744,746"))]),
    _c("conv-tsla-2010", "How much Tesla common stock did Musk receive from preferred conversions in July 2010?",
       "conversion", P, ["20,655,342", "3,700,575"]),
    _c("conv-not-purchase", "Did Elon Musk buy Tesla stock at the 2010 IPO?", "conversion", P,
       [NONE], ["re:bought 20,655,342"]),

    # ---------------------------------------------------------------- holdings (direct, trusts, LLCs)
    _c("hold-isba-llc", "How many Isabella Bank shares does Richard McGuirk hold through the LLC?", "holding", P,
       ["383,262.5326"]),
    _c("hold-isba-child-slack", "mcguirk isba held by minor child?", "holding", S, ["2,170.3157"]),
    _c("hold-isba-all", "What are Richard McGuirk's holdings at Isabella Bank, directly and indirectly?", "holding", P,
       ["15,711.8844", "2,170.3157", "383,262.5326"]),
    _c("hold-roe-trust", "How many shares does Richard Roe hold through the family trust?", "holding", P, ["120,000"]),
    _c("hold-roe-slack", "roe exrb holdings direct + trust", "holding", S, ["55,000", "120,000"]),
    _c("hold-afrm-rabois", "What does Keith Rabois hold in Affirm through the Founders Fund entities?", "holding", P,
       ["75,000", "1,486,909", "60,429"]),
    _c("hold-snow-trusts", "How many Snowflake shares does Michael Scarpelli hold in trusts?", "holding", P,
       ["577,218", "178,947"]),
    _c("hold-snow-direct-slack", "scarpelli direct holdings after the dec 2022 sales", "holding", S, ["101,097"]),
    _c("hold-msft-trust", "How many Microsoft shares does Reid Hoffman hold through his living trust?", "holding", P,
       ["15,905"]),
    _c("hold-berkshire", "What did Berkshire Hathaway report holding in Snowflake?", "holding", P, ["6,125,376"]),
    _c("hold-buffett-slack", "buffett snow stake?", "holding", S, ["6,125,376"]),
    _c("hold-mcmahon-trusts", "What does John McMahon hold in Snowflake through trusts?", "holding", P,
       ["151,188", "125,737"]),
    _c("hold-pltr-rivendell", "How many Palantir shares does Thiel hold through Rivendell 7 LLC?", "holding", P,
       ["70,806,432"]),
    _c("hold-pltr-holdingsllc-slack", "thiel pltr holdings via PLTR Holdings LLC", "holding", S, ["20,823,993"]),
    _c("hold-oscr-ff4", "How many Oscar Health shares are held by The Founders Fund IV, LP?", "holding", P,
       ["7,778,012"]),
    _c("hold-lnkd", "What did Reid Hoffman report holding in LinkedIn before the IPO?", "holding", P,
       ["17,037,090", "2,028,942"]),
    _c("hold-mvis-slack", "drew markham mvis shares owned after june 2026", "holding", S, ["663,203"]),
    _c("hold-exrb-doe", "How many shares does Jane Doe hold at Example Robotics?", "holding", P, ["305,250"]),
    _c("hold-bdx-slack", "feld bdx how many shares left", "holding", S, ["16,506"]),
    _c("hold-pltr-warrant-strike", "What was the exercise price of the Class B warrants on Thiel's Palantir Form 3?",
       "holding", P, ["$6.13"]),
    _c("hold-garrett-slack", "garrett snow options strike & expiry", "holding", S, ["$3.74", "d:2028-04-14"]),
    _c("hold-sq-botha", "How many Square Class A shares does Roelof Botha hold directly?", "holding", P, ["49,322"]),
    _c("hold-jblu-slack", "jblu carol clements rsus held after grant", "holding", S, ["294,910"]),
    _c("hold-garrett-partnership", "How much does Mark Garrett hold through the family partnership?", "holding", P,
       ["134,018"]),
    _c("hold-isba-slack-llc", "how much isba does mcguirk own thru his llc", "holding", S, ["383,262.5326"]),
    _c("hold-tecogen-slack", "whiting tgen holdings", "holding", S, ["400,000"]),
    _c("hold-aapl-after-slack", "how many aapl shares does katherine adams have left", "holding", S, ["452,334"]),

    # ---------------------------------------------------------------- roles and titles
    _c("role-aapl-adams", "What is Katherine Adams' role at Apple?", "role", P, ["re:SVP, GC and Secretary"]),
    _c("role-air-gc-slack", "whos the gc at aar", "role", S, ["n:Jessica Garascia"]),
    _c("role-tsvt-remarks", "What is Jessica Snow's title at 2seventy bio?", "role", P,
       ["re:Senior Vice President of Quality and Enabling Functions"]),
    _c("role-bdx-slack", "michael feld bdx title?", "role", S, ["re:EVP, CRO (&|&amp;|and) Pres\\. Life Sciences"]),
    _c("role-dkng-clo", "Who is the Chief Legal Officer of DraftKings?", "role", P, ["re:Dodge"]),
    _c("role-arw-clo-slack", "whos arrows clo", "role", S, ["re:Lamercie"]),
    _c("role-jblu", "What is Carol Ann Clements' role at JetBlue?", "role", P, ["re:Chief Digital (&|and) Tech Officer"]),
    _c("role-pltr-thiel-slack", "is peter thiel a director at pltr", "role", S, ["re:director"]),
    _c("role-tsla-2010", "What was Elon Musk's title on his 2010 Tesla Form 3?", "role", P,
       ["re:Pres, Prod Architect (&|and) Chairmn"]),
    _c("role-wve-cfo-slack", "whos the cfo at wave life sciences", "role", S, ["n:Kyle Moran"]),
    _c("role-zip-pres", "Who is the President of ZipRecruiter?", "role", P, ["n:David Travers"]),
    _c("role-snow-insiders-slack", "who are the insiders at snow", "role", S,
       ["re:Scarpelli", "re:McMahon", "re:Garrett", ("re:Berkshire", "re:Buffett")]),
    _c("role-betr-owners", "Who are the reporting owners on the Better Home & Finance Form 4?", "role", P,
       ["re:SoftBank Group", "re:SVF II Beaver"]),
    _c("role-mdb-botha-slack", "is roelof botha a 10% owner at mdb", "role", S, ["re:director"]),
    _c("role-mvis-gc", "Who is the general counsel at MicroVision?", "role", P, ["n:Drew Markham"]),
    _c("role-scwo-cto-slack", "who's the CTO at scwo", "role", S, ["n:Rajesh Melkote"]),
    _c("role-isba", "What is Richard McGuirk's relationship to Isabella Bank?", "role", P, ["re:director"]),
    _c("role-exbt-lee", "What role does Morgan Lee have at Example Biotech?", "role", P,
       ["re:director", "re:10\\s?%|ten percent"]),
    _c("role-teslas-ceo-slack", "who is teslas ceo", "role", S, ["n:Elon Musk"]),
    _c("role-exrb-ceo-slack", "exrb ceo name?", "role", S, ["n:Jane Doe"], db="samples"),
    _c("role-tgen-gc", "Who is Tecogen's general counsel?", "role", P, ["n:John Whiting"]),
    _c("role-pdex-owners", "Who filed the Pro-Dex Form 4 in January 2025?", "role", P,
       ["re:Cabillot", "re:Farnam Street"]),
    _c("role-adgi-owners-slack", "who filed jointly on the adgi form 4", "role", S,
       ["re:Mithril II LP", "re:Thiel"]),

    # ---------------------------------------------------------------- amendments
    _c("amend-any", "Are there any amended filings (4/A) in the database?", "amendment", P,
       [("re:Lam Research", "re:LRCX"), "re:Ahmed"]),
    _c("amend-count-slack", "how many 4/As are in here", "amendment", S, ["re:\\b(1|one)\\b[^\\n]{0,40}4/A"]),
    _c("amend-original-date", "When was the original of the Lam Research 4/A filed?", "amendment", P,
       ["d:2024-11-04"]),
    _c("amend-what-changed-slack", "lrcx amendment - what changed?", "amendment", S, ["re:split"]),
    _c("amend-ahmed", "Show me Form 4/A filings for Sohail Ahmed.", "amendment", P, ["3,690"]),
    _c("amend-list-slack", "show me amendments", "amendment", S, [("re:Lam Research", "re:LRCX")]),

    # ---------------------------------------------------------------- Form 3s
    _c("f3-count", "How many Form 3 filings are stored?", "form3", P, ["re:\\b9\\b|\\bnine\\b"]),
    _c("f3-count-slack", "count of form 3s", "form3", S, ["re:\\b9\\b|\\bnine\\b"]),
    _c("f3-brds", "What did David Sacks report on his Bird Global Form 3?", "form3", P,
       ["re:no securities|owns? none|\\bnone\\b|\\bno (shares|holdings)\\b"]),
    _c("f3-spwr-slack", "hegde spwr form 3 holdings?", "form3", S,
       ["re:no securities|owns? none|\\bnone\\b|\\bno (shares|holdings)\\b"]),
    _c("f3-pltr-direct", "What did Peter Thiel report holding directly on his Palantir Form 3?", "form3", P,
       ["3,257,826"]),
    _c("f3-snow", "Which Form 3s were filed for Snowflake?", "form3", P,
       ["re:Garrett", ("re:Berkshire", "re:Buffett")], ["re:McMahon"]),
    _c("f3-bksy-slack", "bksy form 3 mithril holdings", "form3", S, ["10,386,626", "8,241,400"]),
    _c("f3-tsla-options", "What options did Elon Musk report on his 2010 Tesla Form 3?", "form3", P,
       ["$6.63", "3,355,986"]),
    _c("f3-tsla-seriese-slack", "tsla form 3 2010 series e preferred underlying shares?", "form3", S,
       ["40,825,647"]),
    _c("f3-oscr-slack", "oscr form 3 who filed", "form3", S, ["re:Thiel", "re:Singerman"]),
    _c("f3-lnkd", "Who filed the LinkedIn Form 3?", "form3", P, ["n:Reid Hoffman", "re:Living Trust"]),

    # ---------------------------------------------------------------- Form 5s
    _c("f5-count", "How many Form 5 filings are in the data?", "form5", P, ["re:\\b2\\b|\\btwo\\b"]),
    _c("f5-gifts-slack", "form 5 gifts", "form5", S, ["61,386", "2,234,000"]),
    _c("f5-snow", "Which Form 5s did Snowflake insiders file?", "form5", P, ["re:McMahon"], ["2,234,000"]),
    _c("f5-musk-slack", "musk form 5 2021", "form5", S, ["2,234,000", "250,000"]),
    _c("f5-who-slack", "who filed form 5s", "form5", S, ["re:McMahon", "re:Musk"]),

    # ---------------------------------------------------------------- 10b5-1 plans
    _c("plan-list", "Which sales were made under a 10b5-1 plan?", "10b5-1", P,
       [("re:Rabois", "re:AFRM", "re:Affirm"), ("re:Feld", "re:BDX", "re:Becton"), ("re:Dodge", "re:DKNG"),
        ("re:Doe", "re:EXRB", "re:Example Robotics")]),
    _c("plan-aapl-slack", "was the apple gc sale a 10b5-1 trade?", "10b5-1", S,
       ["re:(Aug(ust)?|Aug\\.) 16, 2021|2021-08-16"]),
    _c("plan-bdx-slack", "bdx feld 10b5-1 adoption date", "10b5-1", S, ["re:Feb(ruary)? 7, 2025|2025-02-07"]),
    _c("plan-doe", "When did Jane Doe adopt her 10b5-1 trading plan?", "10b5-1", P,
       ["re:Dec(ember)? 1, 2023|2023-12-01"]),
    _c("plan-pltr-2024", "Were Peter Thiel's March 2024 Palantir sales under a 10b5-1 plan?", "10b5-1", P,
       ["re:Dec(ember)? 12, 2023|2023-12-12"]),
    _c("plan-dkng-slack", "dkng 10b5-1 plan adopted when", "10b5-1", S, ["re:Dec(ember)? 13, 2024|2024-12-13"]),
    _c("plan-not", "Which sales were not made under a 10b5-1 plan?", "10b5-1", P,
       ["1,500"], ["101,589", "9,136"]),
    _c("plan-tsla-slack", "musk 10b5-1 nov 2021?", "10b5-1", S, ["re:Sep(tember)? 14, 2021|2021-09-14"]),
    _c("plan-wve", "Did Kyle Moran sell under a 10b5-1 plan?", "10b5-1", P, ["re:Mar(ch)? 13, 2025|2025-03-13"]),
    _c("plan-pdex-slack", "pdex 10b5 1 sales?", "10b5-1", S, ["835", "1,436"]),
    _c("plan-air-slack", "was the aar gc sale under a 10b5-1", "10b5-1", S,
       ["re:\\bnot\\b|\\bno\\b"], ["re:adopted on"]),

    # ---------------------------------------------------------------- late filings
    # Corrected: Botha's MongoDB gifts are marked transactionTimeliness "E" (reported early, not late).
    _c("late-list", "Which filings were filed late?", "late", P,
       [("re:SoftBank", "re:BETR", "re:Better Home")], ["re:Botha", "re:MongoDB", "re:MDB"]),
    _c("late-betr-slack", "any late form 4s at betr?", "late", S, ["d:2025-03-07"]),
    _c("late-tsla-2009", "Was Elon Musk's December 2009 option grant reported late?", "late", P,
       ["d:2011-01-25", "re:\\blate\\b"]),
    _c("late-mdb-slack", "mdb botha gifts reported late?", "late", S, ["re:\\blate\\b", "d:2020-07-17"]),
    _c("late-tgen", "Was John Whiting's Form 4 filed on time?", "late", P,
       ["d:2023-09-27", "re:\\blate\\b"], ["re:\\bnot late\\b|\\bon time\\b|\\btimely\\b"]),
    _c("late-tsla-2009-slack", "musk 2009 option grant - when'd it get filed", "late", S, ["d:2011-01-25"]),
    _c("late-aapl-slack", "was katherine adams form 4 late", "late", S, ["re:\\bno late|\\bnot late|\\bon time|\\btimely"],
       ["re:\\bwas late\\b|\\bfiled late\\b"]),

    # ---------------------------------------------------------------- comparisons and multi-part
    _c("cmp-adams-dodge", "Who sold more in dollars: Katherine Adams at Apple or Stanton Dodge at DraftKings?",
       "compare", P, ["$4,042,887.94", "$4,043,811.93", "re:Dodge"]),
    _c("cmp-thiel-years-slack", "thiel pltr sales 2021 vs 2024", "compare", S,
       ["$504,783,221.27", "$174,615,999.27"]),
    _c("cmp-musk-years-slack", "musk tsla sales 2010 vs 2021", "compare", S, ["$24,057,839", "$1,102,342,478.72"]),
    _c("cmp-exrb-exbt", "Compare insider purchases at Example Robotics and Example Biotech.", "compare", P,
       ["$385,000", "$4,010,000"]),
    _c("cmp-scarpelli-adams-slack", "scarpelli or adams — whose sales were bigger?", "compare", S,
       ["$30,351,309.77", "$4,042,887.94"]),
    _c("cmp-while", "Were there insider purchases at Example Robotics while the CEO was selling?", "compare", P,
       ["re:^no\\b|\\bno purchases", "d:2024-05-15"]),
    _c("cmp-dkng-aapl-slack", "dkng vs aapl gc sales shares", "compare", S, ["105,554", "25,000"]),
    _c("cmp-thiel-buys", "Compare Peter Thiel's purchases at Adagio and Fractyl.", "compare", P,
       ["$33,949,000", "$4,999,995"]),
    _c("cmp-strikes-slack", "whiting vs melkote option strike", "compare", S, ["$0.88", "$0.33"]),
    _c("cmp-gifts", "Which was larger: Elon Musk's Tesla gifts in 2021 or John McMahon's Snowflake gift?", "compare", P,
       ["5,044,000", "61,386"]),
    _c("cmp-wve-exrb-slack", "wve cfo sales on dec 8 2025 vs exrb ceo's 2024 sales", "compare", S,
       ["$3,102,000", "$1,269,587.50"]),
    _c("cmp-musk-sell-gift", "How did Elon Musk's Tesla sales in November 2021 compare with his gifts that month?",
       "compare", P, ["934,091", "5,044,000"], ["re:could not compare"]),
    _c("cmp-tax-slack", "tax withholding at zip vs mvis", "compare", S, ["33,148", "77,905"]),
    _c("cmp-rsus", "Who received more RSUs: Carol Ann Clements at JetBlue or Drew Markham at MicroVision?", "compare", P,
       ["110,474", "150,000", "re:Markham"]),
    _c("cmp-hoffman-slack", "hoffman msft vs znga rsus", "compare", S, ["289.408", "1,474,432"]),
    _c("cmp-tsla-pltr-slack", "TSLA & PLTR insider sales in 2021", "compare", S,
       ["$1,102,342,478.72", "$504,783,221.27"]),
    _c("cmp-doe-roe-slack", "roe buys & doe sells in 2024?", "compare", S,
       ["10,000", "30,000"], db="samples"),
    _c("cmp-levchin", "Compare Max Levchin's Yelp and Yahoo filings.", "compare", P, ["774", "3,232,153"]),

    # ---------------------------------------------------------------- market-wide superlatives and counts
    _c("mkt-largest-buy", "What is the largest insider purchase on record?", "market", P, ["$33,949,000"]),
    _c("mkt-top-buys-slack", "top purchases anywhere", "market", S, ["$33,949,000", "$15,000,000"]),
    _c("mkt-largest-sales-slack", "largest sales overall", "market", S, ["re:Thiel", "15,653,541"]),
    _c("mkt-most-dollars", "Who sold the most stock by dollar value?", "market", P, ["n:Elon Musk"]),
    _c("mkt-most-shares-slack", "who unloaded the most shares", "market", S, ["re:Thiel", "27,048,671"]),
    _c("mkt-form4-count", "How many Form 4 filings are there in total?", "market", P, ["re:\\b38\\b"]),
    _c("mkt-filings-count-slack", "how many filings in the whole db", "market", S, ["re:\\b49\\b"]),
    _c("mkt-most-filings", "Which insiders filed the most?", "market", P, ["re:Musk", "re:Thiel"]),
    _c("mkt-company-selling", "Which companies had the most insider selling by dollar value?", "market", P,
       ["re:Tesla", "re:Palantir"]),
    _c("mkt-biggest-option-slack", "biggest option grant ever in here", "market", S, ["838,996"]),
    _c("mkt-companies-count", "How many companies are in the database?", "market", P, ["re:\\b37\\b"]),
    _c("mkt-top3-sales", "List the 3 largest open-market sales by dollar value.", "market", P,
       ["15,653,541", "$392,243,299.67"]),
    _c("mkt-latest-slack", "most recent filing in the db?", "market", S, [("re:Markham", "re:MicroVision", "re:MVIS")]),
    _c("mkt-company-most-filings", "Which company has the most insider filings?", "market", P, ["re:Tesla[^\\n]{0,30}\\b(6|six) filings"]),
    _c("mkt-sales-2025-count", "How many insider sales were there in 2025?", "market", P, ["re:\\b13\\b"]),
    _c("mkt-everyone-buys-slack", "everyone's buys market-wide", "market", S, ["$33,949,000", "$385,000"]),
    _c("mkt-whole-db-gifts-slack", "gifts across the whole database", "market", S, ["2,234,000", "61,386"]),
    _c("mkt-who-bought-most", "Which insider bought the most stock by dollar value?", "market", P,
       [("re:Mithril", "re:Thiel"), "$33,949,000"]),

    # ---------------------------------------------------------------- dates
    _c("date-last-month-slack", "insider sales last month", "dates", S, [NONE],
       ["$1,102,342,478.72", "$14,509.92", "$3,102,000"]),
    _c("date-2026", "What insider activity was reported in 2026?", "dates", P, ["re:Markham"], ["re:Scarpelli"]),
    _c("date-ytd-sales-slack", "sales ytd", "dates", S, [NONE], ["$14,509.92", "74"]),
    _c("date-q1-2025", "What sales happened in Q1 2025?", "dates", P, ["1,500", "835", "1,436", "52,777"],
       ["210,000", "$14,509.92"]),
    _c("date-h2-2025-slack", "h2 2025 insider sales", "dates", S, ["74", "re:Moran"], ["1,500", "52,777"]),
    _c("date-dec-2025", "Who sold stock in December 2025?", "dates", P, ["re:Feld", "re:Moran"], ["re:Dodge"]),
    _c("date-2012-slack", "trades between 2012-01-01 and 2012-12-31", "dates", S,
       [("re:Yelp", "re:YELP"), ("re:SolarCity", "re:SCTY"), ("re:Yahoo", "re:YHOO")]),
    _c("date-q4-2022-slack", "q4 2022 sells", "dates", S, ["re:Scarpelli", ("200,000", all_of("73,170", "4,441"))], ["25,000"]),
    _c("date-fy2021-slack", "fy2021 musk tsla sales", "dates", S, ["934,091"], ["1,415,167"]),
    _c("date-thru-slack", "sales jan 2025 thru mar 2025", "dates", S, ["1,500", "52,777"], ["74"]),
    _c("date-since-slack", "sales since nov 2025", "dates", S, ["74", "re:Moran"], ["52,777"]),

    # ---------------------------------------------------------------- questions the filings cannot answer
    _c("cant-worth-now", "How much are Elon Musk's Tesla shares worth now?", "cannot", P, [CANT]),
    _c("cant-predict-slack", "will pltr go up after thiels selling?", "cannot", S, [CANT]),
    _c("cant-why", "Why did Katherine Adams sell her Apple shares?", "cannot", P, [CANT]),
    _c("cant-price-slack", "whats tsla trading at rn", "cannot", S, [CANT]),
    _c("cant-advice", "Is Tecogen stock a good buy?", "cannot", P, [CANT]),
    _c("cant-option-worth-slack", "how much is whitings option grant worth today", "cannot", S, [CANT]),
    _c("cant-mktcap", "What is Apple's current market cap?", "cannot", P, [CANT]),
    _c("cant-a-lot-slack", "is 25k shares a lot for the apple gc??", "cannot", S, [CANT]),
    _c("cant-next-quarter", "What will Snowflake insiders do next quarter?", "cannot", P, [CANT]),
    _c("cant-profit-slack", "how much profit did scarpelli make on the snow exercise+sale", "cannot", S,
       [("$8.88", CANT[0])]),
    _c("cant-stock-price-today", "What is Palantir's stock price today?", "cannot", P, [CANT]),

    # ---------------------------------------------------------------- people / companies not in the data
    _c("none-jane-roe-acme", "How many shares has Jane Roe sold at ACME?", "nonfiler", P, [NONE],
       ["25,000", "30,000", "$1,269,587.50"]),
    _c("none-tim-cook-slack", "did tim cook sell any aapl", "nonfiler", S, [NONE], ["$4,042,887.94", "9,136"]),
    _c("none-zuck", "What did Mark Zuckerberg sell at Meta?", "nonfiler", P, [NONE],
       ["934,091", "$1,102,342,478.72", "20,003,915"]),
    _c("none-nvda-slack", "nvda insider selling last year", "nonfiler", S, [NONE],
       ["$1,102,342,478.72", "20,003,915", "25,000"]),
    _c("none-huang", "Show me Jensen Huang's trades.", "nonfiler", P, [NONE], ["934,091", "37,500"]),
    _c("none-gme-slack", "any insider buys at $gme", "nonfiler", S, [NONE], ["1,997,000", "10,000", "200,000"]),
    _c("none-amzn-cfo", "What options did Amazon's CFO get?", "nonfiler", P, [NONE], ["37,500", "757,576"]),
    _c("none-altman-slack", "sam altman pltr sales", "nonfiler", S, [NONE], ["20,003,915", "7,044,756"]),
    _c("none-buffett-aapl", "Did Warren Buffett buy Apple stock?", "nonfiler", P, [NONE], ["9,136", "25,000"]),
    _c("none-tsla-cfo-slack", "what did the tesla cfo sell", "nonfiler", S, [NONE],
       ["934,091", "$1,102,342,478.72"]),
    _c("none-snow-ceo", "What did Snowflake's CEO sell?", "nonfiler", P, [NONE], ["$30,351,309.77", "73,170"]),
    _c("none-bezos-slack", "jeff bezos amzn sells 2021", "nonfiler", S, [NONE], ["934,091", "20,003,915"]),
    _c("none-john-smith-tgen", "What did John Smith buy at Tecogen?", "nonfiler", P, [NONE], ["37,500"]),
    _c("none-pltr-cfo-slack", "palantir cfo options", "nonfiler", S, [NONE], ["$6.13", "4,502,447"]),
    _c("none-roe-sales", "How many shares did Richard Roe sell?", "nonfiler", P, [NONE],
       ["25,000", "$1,269,587.50", "30,000"], db="samples"),
    _c("none-msft-ceo-slack", "microsoft ceo stock sales", "nonfiler", S, [NONE], ["15,905", "289.408"]),
    _c("none-thiel-tsla", "Did Peter Thiel sell any Tesla stock?", "nonfiler", P, [NONE], ["934,091", "1,415,167"]),
    _c("none-musk-pltr-slack", "elon musk palantir trades?", "nonfiler", S, [NONE], ["20,003,915", "7,044,756"]),
    _c("none-exrb-cfo", "What did Example Robotics' CFO sell?", "nonfiler", P, [NONE],
       ["25,000", "30,000", "1,850"], db="samples"),
    _c("none-dkng-gc-buy-slack", "what did the gc at dkng buy", "nonfiler", S, [NONE], ["$4,043,811.93"]),
    _c("none-acme-slack", "acme corp insider trades", "nonfiler", S, [NONE], ["37,500", "10,000", "25,000"]),
    _c("none-dimon", "What did Jamie Dimon sell in 2023?", "nonfiler", P, [NONE], ["17,286", "$192,711.24"]),
    _c("none-cathie-slack", "cathie wood buys", "nonfiler", S, [NONE], ["$33,949,000", "200,000"]),
    _c("none-jane-doe-tgen", "What did Jane Doe sell at Tecogen?", "nonfiler", P, [NONE], ["25,000", "37,500"],
       db="samples"),
    _c("none-whiting-sells-slack", "whiting tgen sales", "nonfiler", S, [NONE], ["re:\\bsold 37,500\\b"]),
    _c("none-zzzz-slack", "$ZZZZ insider buys", "nonfiler", S, [NONE], ["1,997,000", "10,000"]),

    # ---------------------------------------------------------------- typos in names and tickers
    _c("typo-whitting-slack", "whitting options", "typo", S, ["37,500", "$0.88"]),
    _c("typo-scarpeli-slack", "scarpeli sales snow", "typo", S, [("200,000", all_of("73,170", "4,441"))]),
    _c("typo-muks", "What did Elon Muks sell at Tesla in November 2021?", "typo", P, ["934,091"]),
    _c("typo-tlsa-slack", "$TLSA insider sales", "typo", S, [("re:Tesla", "re:TSLA")]),
    _c("typo-theil-slack", "peter theil pltr sales 2024", "typo", S, [("7,044,756", all_of("6,914,475", "130,281"))]),
    _c("typo-adamms", "How many shares did Katherine Adamms sell?", "typo", P, ["25,000"]),
    _c("typo-levchn-slack", "levchn yelp conversion", "typo", S, ["3,232,153"]),
    _c("typo-rabios-slack", "rabios afrm sale", "typo", S, ["17,286"]),
    _c("typo-dodje", "What did Stanton Dodje sell at DraftKings?", "typo", P, [("105,554", all_of("52,777", "49,252"))]),
    _c("typo-melkotte-slack", "melkotte scwo options", "typo", S, ["757,576"]),
    _c("typo-pltrr-slack", "$PLTRR thiel holdings", "typo", S, [("re:Palantir", "re:PLTR")]),
    _c("typo-micheal", "What did Micheal Scarpelli exercise?", "typo", P, ["200,000", "$8.88"]),
    _c("typo-hofman-slack", "reid hofman msft rsus", "typo", S, ["289.408"]),
    _c("typo-garasica-slack", "garasica air sale", "typo", S, ["1,500"]),
    _c("typo-draftkngs-slack", "draftkngs clo sales", "typo", S, [("105,554", all_of("52,777", "49,252"))]),
    _c("typo-isabela", "Show Isabela Bank insider purchases.", "typo", P, ["275.634"]),
    _c("typo-snowflak-slack", "snowflak cfo sells", "typo", S, [("200,000", all_of("73,170", "4,441"))]),
    _c("typo-tecogne-slack", "tecogne gc options", "typo", S, ["37,500"]),
    _c("typo-mcmahan", "What did John McMahan gift?", "typo", P, ["61,386"]),
    _c("typo-buffet-slack", "warren buffet snow", "typo", S, ["6,125,376"]),

    # ---------------------------------------------------------------- context-free follow-ups (no earlier turn)
    _c("ctx-his-holdings-slack", "and his holdings?", "context", S, [ASKS_WHO], ["400,000", "170,492,985"]),
    _c("ctx-the-cfo-slack", "what about the cfo?", "context", S, [ASKS_WHO], ["200,000", "1,850"]),
    _c("ctx-what-does-he-hold", "What does he hold now?", "context", P, [ASKS_WHO], ["400,000", "305,250"]),
    _c("ctx-same-for-her-slack", "same for her", "context", S, [ASKS_WHO], ["25,000", "9,136"]),

    # ---------------------------------------------------------------- more Slack-style, mixed topics
    _c("mix-tgen-slack", "tgen insider activity", "grant", S, ["37,500"]),
    _c("mix-tgen-dollar-slack", "$TGEN", "grant", S, ["37,500", "$0.88"]),
    _c("mix-scarpelli-ex-sell-slack", "scarpelli exercised & sold same day? numbers pls", "exercise", S,
       ["200,000", "$8.88", ("$30,351,309.77", all_of("73,170", "74,907", "41,986", "5,496", "4,441"))]),
    _c("mix-adams-10b5-slack", "adams aapl sales 10b5-1 y/n", "10b5-1", S, ["re:10b5-1", ("25,000", "9,136")]),
    _c("mix-thiel-holdings-slack", "thiel rivendell 7 llc pltr shares", "holding", S, ["70,806,432"]),
    _c("mix-pltr-sells-2021-slack", "pltr insider selling feb 2021 💰", "sale", S,
       [("20,003,915", all_of("15,653,541", "4,346,459", "3,315", "600"))]),
    _c("mix-musk-emoji-slack", "🚀 musk tsla sells nov 2021??", "sale", S, ["934,091"]),
    _c("mix-snow-btw-slack", "btw what did snowflakes cfo unload in dec 2022", "sale", S, [("200,000", all_of("73,170", "4,441"))]),
    _c("mix-dkng-offloaded-slack", "dkng clo offloaded how much march 2025", "sale", S, ["105,554"]),
    _c("mix-aapl-sold-lowercase-slack", "katherine adams sold how many aapl", "sale", S, ["25,000"]),
    _c("mix-zip-vs-mvis-slack", "zip president vs mvis gc rsu vesting", "compare", S, ["60,732", "268,800"]),
    _c("mix-afrm-holdings-slack", "rabois afrm holdings thru founders fund", "holding", S, ["1,486,909"]),
    _c("mix-exbt-fund-slack", "who bought exbt & how much", "purchase", S, ["200,000", "$20.05"], db="samples"),
    _c("mix-isba-dividend-slack", "isba mcguirk purchase $ total", "purchase", S, ["$5,000"]),
    _c("mix-wve-options-left-slack", "moran wve options left after exercising", "exercise", S, ["222,700", "75,000"]),
    _c("mix-jblu-expire-slack", "when do carol clements jblu rsus vest", "grant", S,
       ["re:three|3[- ]year|anniversar"]),
    _c("mix-scwo-expire-slack", "melkote option expiry date?", "grant", S, ["d:2035-04-29"]),
    _c("mix-tsvt-title-slack", "jessica snow tsvt role", "role", S,
       ["re:Senior Vice President of Quality and Enabling Functions"]),
    _c("mix-mvis-gc-lower-slack", "mvis gc", "role", S, ["n:Drew Markham"]),
    _c("mix-lrcx-gift-slack", "ahmed lrcx gifted shares nov 2024", "gift", S, ["3,690"]),
    _c("mix-musk-gifts-slack", "did musk give away tsla in 2021", "gift", S,
       [("5,044,000", all_of("2,234,000", "1,560,000", "250,000"))]),
    _c("mix-f3-pltr-slack", "thiel pltr form 3 direct shares", "form3", S, ["3,257,826"]),
    _c("mix-betr-late-slack", "softbank betr filing date vs trade date", "late", S, ["d:2024-12-09", "d:2025-03-07"], ["re:none on file"]),
    _c("mix-buys-2024-slack", "2024 insider buys over $1m", "purchase", S, ["$4,010,000", "$4,999,995"],
       ["$385,000", "$33,949,000"]),
    _c("mix-sales-over-1m-2025-slack", "sales > $1m in 2025", "sale", S, ["$1,001,250", "$2,058,303", "$1,851,382.68"],
       ["$100,354.50"]),
    _c("mix-price-under-5-slack", "options w/ strike under $5", "grant", S, ["$0.88", "$0.33", "$2.64"],
       ["$19.90"]),
    _c("mix-hoffman-all-slack", "reid hoffman filings", "holding", S,
       [("re:LinkedIn", "re:LNKD"), ("re:Microsoft", "re:MSFT"), ("re:Zynga", "re:ZNGA")]),
    _c("mix-levchin-all-slack", "max levchin trades", "conversion", S, ["774", "3,232,153"]),
    _c("mix-botha-all", "What has Roelof Botha filed?", "holding", P, [("re:MongoDB", "re:MDB"), ("re:Square", "re:SQ")]),
    _c("mix-musk-scty-slack", "musk solarcity trades", "purchase", S, ["1,875,000"]),
    _c("mix-thiel-count-slack", "how many filings does thiel have", "market", S, ["re:\\b(7|seven) filings"]),
    _c("mix-tsla-count", "How many Tesla filings are stored?", "market", P, ["re:\\b6\\b|\\bsix\\b"]),
    _c("mix-aapl-each-sale", "List each of Katherine Adams' sales on May 4, 2022.", "sale", P,
       ["9,136", "5,316", "4,006", "900", "1,550", "1,800", "2,292"]),
    _c("mix-garrett-options", "What stock options did Mark Garrett report at Snowflake?", "holding", P,
       ["383,594", "95,898", "$3.74"]),
    _c("mix-exbt-rsu-left", "How many RSUs does Alex Smith have left after the March 2024 vesting?", "exercise", P,
       ["15,000"]),
    _c("mix-mdb-lieu-price", "At what price did Roelof Botha receive MongoDB shares in lieu of cash fees?", "grant", P,
       ["$309.81"]),
    _c("mix-plain-tsla-trust-hold", "How many Tesla shares did Elon Musk hold by trust after his November 2021 gifts?",
       "holding", P, ["172,608,251"]),
    _c("mix-plain-dkng-holdings", "How many DraftKings shares does R. Stanton Dodge hold after his March 2025 sales?",
       "holding", P, ["653,843"]),
    _c("mix-plain-wve-strike-total", "How many Wave Life Sciences options did Kyle Moran exercise in December 2025 in total?",
       "exercise", P, ["296,000"]),
    _c("mix-plain-zip-after", "How many ZipRecruiter shares did David Travers hold after the tax withholding?",
       "holding", P, ["1,138,960"]),
    _c("mix-plain-arw-after", "How many Arrow Electronics shares does Carine Lamercie hold?", "holding", P, ["20,869"]),
    _c("mix-plain-air-after", "How many AAR shares does Jessica Garascia hold after her January 2025 sale?",
       "holding", P, ["37,565"]),
    _c("mix-plain-pdex-after", "How many Pro-Dex shares does Farnam Street Partners hold after the January 2025 sales?",
       "holding", P, ["333,210"]),
    _c("mix-plain-adgi-after", "How many Adagio shares did Mithril II LP hold after the IPO purchase?", "holding", P,
       ["11,241,580"]),
    _c("mix-plain-scty-after", "How many SolarCity shares did Elon Musk's trust hold after the IPO?", "holding", P,
       ["20,724,991"]),
    _c("mix-plain-betr-after", "How many Class B shares of Better Home & Finance does SoftBank hold after the conversion?",
       "holding", P, ["137,545"]),
    _c("mix-plain-yhoo-vest", "When did Max Levchin's Yahoo director options vest?", "grant", P,
       ["re:vest 100\\s?%|100\\s?% on the date of grant|fully vested|vested (immediately|at grant|on the (date of )?grant)"]),
    _c("mix-plain-oscr-count", "How many Oscar Health positions did the Form 3 report?", "form3", P,
       ["re:\\b10\\b|\\bten\\b"]),
    _c("mix-plain-bksy-date", "When did Mithril's BlackSky holdings get reported?", "form3", P,
       [("d:2021-09-09", "d:2021-09-20"), ("10,386,626", "8,241,400")]),
    _c("mix-plain-dkng-prices", "What prices did R. Stanton Dodge sell DraftKings shares at?", "sale", P,
       ["$37.59", "$38.05", "$39"]),
    _c("mix-plain-aapl-range", "What was the price range of Katherine Adams' May 2022 sales?", "sale", P,
       [("$159.42", "$159.94"), ("$166.38", "$165.95")]),
    _c("mix-plain-snow-mcmahon-title", "Is John McMahon an officer or a director of Snowflake?", "role", P,
       ["re:director"]),
    _c("mix-plain-scwo-rsu-vs-opt", "How many RSUs and how many options did Rajesh Melkote get?", "grant", P,
       ["757,756", "757,576"]),
]


# ------------------------------------------------------------------------------------------ matching

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _number_re(tok: str) -> str:
    body = re.escape(tok)
    if "." in tok:
        body += "0*"
    else:
        body += r"(?:\.0+)?"
    return r"(?<![\d.,$])" + body + r"(?![\d]|,\d|\.\d)"


def _money_re(tok: str) -> str:
    raw = tok[1:]
    alts = [re.escape(raw)]
    if "." not in raw:
        alts = [re.escape(raw) + r"(?:\.0+)?"]
    else:
        whole, frac = raw.split(".")
        if len(frac) > 2:
            from decimal import ROUND_HALF_UP, Decimal

            cents = Decimal(raw.replace(",", "")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            alts.append(re.escape(f"{cents:,}"))
        elif frac == "00":
            alts.append(re.escape(whole))
        if len(frac) == 2:
            alts[0] = re.escape(raw) + "0*"
    return r"(?<![\d.,])\$\s?(?:" + "|".join(alts) + r")(?![\d]|,\d|\.\d)"


def _date_re(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    name = _MONTHS[m - 1]
    return (rf"\b(?:{name[:3]}\.?|{name}) 0?{d}(?:st|nd|rd|th)?,? {y}\b|\b{y}-{m:02d}-{d:02d}\b"
            rf"|\b0?{m}/0?{d}/{y}\b")


def _name_re(name: str) -> str:
    parts = name.split()
    first, last = re.escape(parts[0]), re.escape(parts[-1])
    return rf"\b{first}\b[\w.\s'-]{{0,24}}?\b{last}\b|\b{last}\b,?\s+{first}\b"


class _All:
    def __init__(self, patterns):
        self.patterns = patterns
        self.pattern = "(all of)"

    def search(self, text):
        return all(p.search(text) for p in self.patterns)


class _Any:
    def __init__(self, patterns):
        self.patterns = patterns
        self.pattern = "(any of)"

    def search(self, text):
        return any(p.search(text) for p in self.patterns)


def compile_fact(fact):
    """(label, pattern) for one fact: a tuple of facts is any one of them, an ``AllOf`` all of them."""
    if isinstance(fact, AllOf):
        compiled = [compile_fact(f) for f in fact]
        return "all(" + " & ".join(lbl for lbl, _ in compiled) + ")", _All([p for _, p in compiled])
    if isinstance(fact, tuple) and any(isinstance(f, AllOf) for f in fact):
        compiled = [compile_fact(f) for f in fact]
        return " | ".join(lbl for lbl, _ in compiled), _Any([p for _, p in compiled])
    if isinstance(fact, tuple):
        compiled = [compile_fact(f) for f in fact]
        label = " | ".join(lbl for lbl, _ in compiled)
        return label, re.compile("|".join(f"(?:{p.pattern})" for _, p in compiled), re.I)
    if fact.startswith("re:"):
        return fact, re.compile(fact[3:], re.I)
    if fact.startswith("d:"):
        return fact, re.compile(_date_re(fact[2:]), re.I)
    if fact.startswith("n:"):
        return fact, re.compile(_name_re(fact[2:]), re.I)
    if fact.startswith("$"):
        return fact, re.compile(_money_re(fact), re.I)
    if re.fullmatch(r"[\d,]+(\.\d+)?", fact):
        return fact, re.compile(_number_re(fact))
    body = re.escape(fact)
    if fact[:1].isalnum():
        body = r"\b" + body
    if fact[-1:].isalnum():
        body += r"\b"
    return fact, re.compile(body, re.I)


@dataclass
class Verdict:
    ok: bool
    missing: list = field(default_factory=list)
    forbidden: list = field(default_factory=list)


def judge(case: Case, text: str) -> Verdict:
    missing = [lbl for lbl, pat in map(compile_fact, case.must) if not pat.search(text)]
    forbidden = [lbl for lbl, pat in map(compile_fact, case.must_not) if pat.search(text)]
    return Verdict(not missing and not forbidden, missing, forbidden)


# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag. Filled in by measurement.
XFAIL: dict[str, str] = {
    "cmp-tsla-pltr-slack": "company-comparison-not-totalled",
    "cmp-doe-roe-slack": "multi-part-not-split",
    "date-2012-slack": "trades-read-as-open-market-only",
}

"""The recognising stages: a question -> its spans (kind, value), and every word of it accounted for."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.rules import parse
from bot.answers.tokens import WORD, normalise

TODAY = dt.date(2026, 11, 29)


def spans_of(question: str) -> list[tuple]:
    """The spans that carry meaning, in question order (filler left out; a date by its label)."""
    return [("date", s.value.label) if s.kind == "date" else s.pair()
            for s in parse(question, TODAY).spans if s.kind != "filler"]


@pytest.mark.parametrize("question, expected", [
    # scope words are scope, never names
    ("top purchases anywhere", [("aggregation", "biggest"), ("transaction", "buy"), ("scope", "all_companies")]),
    ("largest sales overall", [("aggregation", "biggest"), ("transaction", "sell"), ("scope", "all_companies")]),
    ("how many 4/As are in here", [("aggregation", "count"), ("form", "4"), ("amendments", True),
                                   ("scope", "all_companies")]),
    ("largest purchase on record", [("aggregation", "biggest"), ("transaction", "buy"), ("scope", "all_companies")]),
    ("biggest sales in the whole database", [("aggregation", "biggest"), ("transaction", "sell"),
                                             ("scope", "all_companies")]),
    ("top buys market-wide", [("aggregation", "biggest"), ("transaction", "buy"), ("scope", "all_companies")]),
    ("sales across all companies", [("transaction", "sell"), ("scope", "all_companies")]),
    # casual verbs
    ("what did musk unload on nov 8 2021, shares and dollars",
     [("name", "musk"), ("transaction", "sell"), ("date", "on Nov 8, 2021"), ("aggregation", "total")]),
    ("richard roe added to his exrb position", [("name", "richard"), ("name", "roe"), ("transaction", "buy"),
                                                ("name", "exrb")]),
    ("did thiel take profits on pltr in march 2024", [("name", "thiel"), ("transaction", "sell"), ("name", "pltr"),
                                                      ("date", "in March 2024")]),
    ("btw who picked up GUTS?", [("transaction", "buy"), ("ticker", "GUTS")]),
    ("elon cashed out how much in 2021", [("name", "elon"), ("transaction", "sell"), ("aggregation", "total"),
                                          ("date", "in 2021")]),
    # names, roles, tickers, amounts, comparisons
    ("what is John Whiting's role at Tecogen", [("name", "John"), ("name", "Whiting"), ("aggregation", "role"),
                                                ("name", "Tecogen")]),
    ("$TSLA sales over $1M in 2021", [("ticker", "TSLA"), ("transaction", "sell"),
                                      ("amount", ("min_value", 1_000_000.0, True)), ("date", "in 2021")]),
    ("jane roe vs musk sales", [("name", "jane"), ("name", "roe"), ("comparison", "versus"), ("name", "musk"),
                                ("transaction", "sell")]),
    ("teslas ceo sales thru 2022 🚀!!", [("name", "teslas"), ("role", "ceo"), ("transaction", "sell"),
                                        ("date", "until Dec 31, 2022")]),
    ("top 3 sellers", [("aggregation", "biggest"), ("limit", (3, False)), ("transaction", "sell")]),
    ("count of Form 3s", [("aggregation", "count"), ("form", "3")]),
    ("what did the jetblue tech chief get", [("name", "jetblue"), ("role", "cto"), ("transaction", "grant")]),
    # what shape of answer: terms, a value now, a vehicle; their words are never names
    ("musk 2009 option strike and expiry", [("name", "musk"), ("unknown", "2009"), ("security", "option"),
                                            ("ask", "terms"), ("ask", "terms")]),
    ("musk net worth in tsla", [("name", "musk"), ("ask", "value_now"), ("name", "tsla")]),
    ("how do the wave cfo's options vest", [("name", "wave"), ("role", "cfo"), ("security", "option"),
                                            ("ask", "terms"), ("transaction", "exercise")]),
    # "when do/did ... vest", "vested or not": the terms, not the exercises
    ("when do jblu rsus vest", [("name", "jblu"), ("security", "rsu"), ("ask", "terms"), ("transaction", "exercise")]),
    ("msft rsu - vested or not?", [("name", "msft"), ("security", "rsu"), ("ask", "terms"),
                                   ("transaction", "exercise")]),
    ("how much snow does the cfo hold thru trusts", [("aggregation", "total"), ("name", "snow"), ("role", "cfo"),
                                                     ("aggregation", "holdings"), ("vehicle", "trust")]),
    ("direct vs indirect holdings for mcguirk", [("ownership", "both"), ("aggregation", "holdings"),
                                                 ("name", "mcguirk")]),
    ("biggest sales by dollar value", [("aggregation", "biggest"), ("transaction", "sell"), ("order", "size")]),
    ("how many fractyl shares came from preferred conversions", [
        ("aggregation", "total"), ("name", "fractyl"), ("source", True), ("security", "preferred"),
        ("transaction", "conversion")]),
    # a vehicle named with its vehicle word is the vehicle's name, never a person's
    ("thiel pltr shares through Rivendell 7 LLC", [("name", "thiel"), ("name", "pltr"), ("vehicle", "rivendell 7 llc")]),
    ("Thiel's sales in Rivendell 7 LLC", [("ticker", "THIEL"), ("transaction", "sell"), ("vehicle", "rivendell 7 llc")]),
    # a trust written as a name is read whole; "the Musk Trust" stays his trust; LLCs and LPs file themselves
    ("SNOW shares of the Scarpelli Family Trust", [("ticker", "SNOW"), ("vehicle", "scarpelli family trust")]),
    ("musk shares in the Musk Trust", [("name", "musk"), ("name", "Musk"), ("vehicle", "trust")]),
    ("ADGI shares of Mithril II LP", [("ticker", "ADGI"), ("name", "Mithril"), ("vehicle", "lp")]),
    # a code named by its letter is a kind of transaction; a bare capital only before a word for rows
    ("code F rows at snowflake", [("transaction", "tax_withholding"), ("name", "snowflake")]),
    ("any G rows at tsla", [("transaction", "gift"), ("name", "tsla")]),
    ("the S&P 500 insiders", [("name", "S&P"), ("unknown", "500"), ("aggregation", "insiders")]),
    # "grab me": a request to be shown, not a purchase; "grabbed" still is one
    ("who grabbed tsla shares", [("transaction", "buy"), ("name", "tsla")]),
    ("grab me the tgen option grant", [("name", "tgen"), ("security", "option"), ("transaction", "grant")]),
    # "form 3s ... from 2020": the date is the year's, and the form stays a form
    ("which form 3s are on file from 2020", [("form", "3"), ("scope", "all_companies"), ("date", "in 2020")]),
    # amounts with a plus or in words; a number with cents before options is their strike; "23 + 24" is no bound
    ("sales of 50k+ shares", [("transaction", "sell"), ("amount", ("min_shares", 50_000.0, False))]),
    ("sales over half a million bucks", [("transaction", "sell"), ("amount", ("min_value", 500_000.0, True))]),
    ("the 3.14 wave options", [("amount", ("min_price", 3.14, False)), ("amount", ("max_price", 3.14, False)),
                               ("name", "wave"), ("security", "option")]),
    # a few hundred dollars or less after a bound is a price per share; "at over $1,190" too; "$163 or higher";
    # "shs at $18" (whole dollars after shares and "at")
    ("scarpelli trimmed how much snow above $152", [("name", "scarpelli"), ("transaction", "sell"),
                                                    ("aggregation", "total"), ("name", "snow"),
                                                    ("amount", ("min_price", 152.0, True))]),
    ("musk sales at over $1,190", [("name", "musk"), ("transaction", "sell"), ("amount", ("min_price", 1190.0, True))]),
    ("adams rows at $163 or higher", [("name", "adams"), ("amount", ("min_price", 163.0, False))]),
    ("moran flipped how many wve shs at $18", [("name", "moran"), ("transaction", "sell"), ("aggregation", "total"),
                                               ("name", "wve"),
                                               ("amount", ("min_price", 18.0, False)),
                                               ("amount", ("max_price", 18.0, False))]),
    ("sales over $5,000", [("transaction", "sell"), ("amount", ("min_value", 5000.0, True))]),
    # a month of every year, apart from the dates ("in a December, in any year", "decembers")
    ("who sold in a December, in any year", [("transaction", "sell"), ("month_any", 12)]),
    ("musk sales in decembers", [("name", "musk"), ("transaction", "sell"), ("month_any", 12)]),
    ("sales every march since 2022", [("transaction", "sell"), ("month_any", 3), ("date", "since Jan 1, 2022")]),
    # scope said other ways
    ("insider buys globally in 2024", [("transaction", "buy"), ("scope", "all_companies"), ("date", "in 2024")]),
    ("stock gifts in 2021, whatever the company", [("transaction", "gift"), ("date", "in 2021"),
                                                   ("scope", "all_companies")]),
    ("sitewide: who filed late?", [("scope", "all_companies"), ("aggregation", "late")]),
    ("sellers across all issuers", [("transaction", "sell"), ("scope", "all_companies")]),
    # "incl the trust": the trust's rows added to the rest, not alone
    ("musk sales incl the trust", [("name", "musk"), ("transaction", "sell"), ("ownership", "both")]),
    ("shares musk got from preferred conversions", [("name", "musk"), ("source", True), ("security", "preferred"),
                                                    ("transaction", "conversion")]),
    ("what did musk hold at tesla's ipo", [("name", "musk"), ("aggregation", "holdings"), ("ticker", "TESLA"),
                                           ("form", "3")]),
    # two times: "as of today" is when it is asked, the other time is the filter; two joined are both read (never
    # a month read as a name); a year in the future (an expiry) is not a second time of the trades
    ("As of today, have Markham's June 2025 RSUs vested?", [("name", "Markham"), ("date", "in June 2025"),
                                                            ("security", "rsu"), ("ask", "terms"),
                                                            ("transaction", "exercise")]),
    ("withheld by markham in june 2026 and by smith in march 2024", [  # not compared: what lies between, said so
        ("transaction", "tax_withholding"), ("name", "markham"),
        ("date", "from March 2024 to June 2026 (the two times asked and what lies between)"), ("name", "smith")]),
    ("compare what markham withheld in june 2026 and smith in march 2024", [
        ("comparison", "versus"), ("name", "markham"), ("transaction", "tax_withholding"),
        ("date", "in June 2026 and in March 2024"), ("name", "smith")]),
    ("musk's in november 2021 or scarpelli's in december 2022", [
        ("ticker", "MUSK"), ("date", "in November 2021 and in December 2022"), ("name", "scarpelli")]),
    ("options granted in 2023 that expire in 2033", [("security", "option"), ("transaction", "grant"),
                                                     ("date", "in 2023"), ("ask", "terms"), ("unknown", "2033")]),
    ("sells in q3 or q4 2023", [("transaction", "sell"), ("date", "between Jul 1, 2023 and Dec 31, 2023")]),
])
def test_question_to_spans(question, expected) -> None:
    assert spans_of(question) == expected


@pytest.mark.parametrize("question", [
    "How many shares has Jane Roe sold at ACME?",
    "what did the exbt cfo get in march 2024",
    "teslas ceo dumped how much in 2021 thru dec",
    "top 5 purchases over $1M anywhere in the whole db",
    "which insiders filed the most form 4s since 2020",
    "tecogen gc opitons 😀",
    "musk sales jan thru dec 2021 vs thiel",
    "whats the vesting on his 2023 grant",
    "asdf qwerty zxcv",
])
def test_every_word_is_accounted_for(question) -> None:
    """Each word is read by some stage: a span, a name, filler, or reported as not understood."""
    parsed = parse(question, TODAY)
    covered = [(s.start, s.end) for s in parsed.spans]
    for m in WORD.finditer(parsed.question):
        assert any(start < m.end() and m.start() < end for start, end in covered), m.group(0)


@pytest.mark.parametrize("raw, plain", [
    ("teslas ceo sales thru 2022 🚀!!", "teslas ceo sales through 2022"),
    ("whos filed the most??", "who has filed the most?"),
    ("who's the ceo of tesla", "who is the ceo of tesla"),
    ("Müsk’s gifts…", "Musk's gifts"),
    ("sales w/o a plan", "sales without a plan"),
    ("musk — tsla sales", "musk - tsla sales"),  # an em dash is a dash
    ("  $tsla   sales.  ", "$tsla sales"),
    ("strike under five dollars", "strike under $5"),  # small dollar amounts in words
    ("sales over fifty bucks a share", "sales over $50 a share"),
    ("wats the strike on his opts", "what's the strike on his opts"),
    ("how many shs did he sell", "how many shares did he sell"),
    ("largest code F txn by $ this yr", "largest code F transaction by $ this year"),
    ("lowest per-share px, snow-wise", "lowest per share px, snow"),
    ("buys under a buck a share after the 10-for-1 split", "buys under $1 a share after the split"),
    ("did he dump half a million shares", "did he dump 500,000 shares"),  # share counts in words
    ("two million tsla options", "2,000,000 tsla options"),
    ("over half a million bucks", "over half a million bucks"),  # dollars stay words: amounts.py reads them
])
def test_normalise(raw, plain) -> None:
    assert normalise(raw) == plain

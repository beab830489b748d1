"""The rules parser: users' words -> roles, securities, transaction kinds, aggregations, name words."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.rules import parse

TODAY = dt.date(2024, 6, 12)


@pytest.mark.parametrize("question, role", [
    ("what options did Tecogen's GC get", "general_counsel"),
    ("general counsel sales", "general_counsel"),
    ("chief legal officer purchases", "general_counsel"),
    ("CLO grants", "general_counsel"),
    ("CEO sales", "ceo"), ("chief executive officer", "ceo"),
    ("CFO", "cfo"), ("COO", "coo"), ("CTO", "cto"), ("chief accounting officer", "cao"), ("CAO", "cao"),
    ("president", "president"), ("chairman", "chair"), ("chair", "chair"),
    ("director purchases", "director"), ("board member buys", "director"),
    ("10% owner sales", "ten_percent_owner"), ("ten percent holders", "ten_percent_owner"),
    ("officer grants", "officer"),
])
def test_roles(question, role) -> None:
    assert parse(question, TODAY).role == role


def test_vice_president_is_not_president() -> None:
    assert parse("vice president sales", TODAY).role != "president"


@pytest.mark.parametrize("question, kind", [
    ("options", "option"), ("stock options", "option"), ("RSUs", "rsu"), ("restricted stock units", "rsu"),
    ("PSUs", "psu"), ("performance shares", "psu"), ("warrants", "warrant"), ("preferred stock", "preferred"),
    ("common stock", "common"),
])
def test_securities(question, kind) -> None:
    assert parse(question, TODAY).security == kind


@pytest.mark.parametrize("question, kind", [
    ("who bought", "buy"), ("purchases", "buy"), ("who sold", "sell"), ("sales", "sell"),
    ("what did he get", "grant"), ("granted", "grant"), ("awarded", "grant"), ("receive", "grant"),
    ("exercised", "exercise"), ("vested", "exercise"), ("tax withholding", "tax_withholding"),
    ("withheld for taxes", "tax_withholding"), ("gifted", "gift"), ("gifts", "gift"), ("converted", "conversion"),
    ("bought or sold", "open_market"), ("open-market trades", "open_market"), ("any transactions", "any"),
    # "got"/"received" yield to the kind of transaction named with them
    ("who received his gifts", "gift"), ("shares he got from preferred conversions", "conversion"),
    ("what did he receive from the exercise", "exercise"), ("what option did he get from yahoo", "grant"),
])
def test_transactions(question, kind) -> None:
    assert parse(question, TODAY).transaction == kind


@pytest.mark.parametrize("question, aggregation", [
    ("latest activity at Tesla", "latest"), ("most recent filing", "latest"),
    ("list sales", "list"), ("total sales", "total"), ("how many shares did Musk sell", "total"),
    ("net buying", "net"), ("biggest trades", "biggest"), ("top 5 purchases", "biggest"),
    ("how many transactions", "count"), ("how many shares does Musk hold", "holdings"),
    ("what options does Whiting have", "holdings"), ("who are the insiders at Tesla", "insiders"),
    ("10b5-1 sales", "plan_10b5_1"), ("late filings", "late"),
])
def test_aggregations(question, aggregation) -> None:
    assert parse(question, TODAY).aggregation == aggregation


def test_who_sold_lists_trades_not_insiders() -> None:
    parsed = parse("who sold Tesla stock", TODAY)
    assert parsed.aggregation == "list" and parsed.transaction == "sell"


def test_net_and_biggest_default_to_open_market() -> None:
    assert parse("net buying at Tesla", TODAY).transaction == "open_market"
    assert parse("biggest trades", TODAY).transaction == "open_market"


def test_limit() -> None:
    assert parse("top 5 purchases", TODAY).limit == 5
    assert parse("last 3 trades", TODAY).limit == 3


def test_reference_question() -> None:
    parsed = parse("What did TGEN's general counsel receive in September 2023?", TODAY)
    assert parsed.role == "general_counsel"
    assert parsed.transaction == "grant"
    assert (parsed.dates.start, parsed.dates.end) == (dt.date(2023, 9, 1), dt.date(2023, 9, 30))
    assert [t.symbol for t in parsed.tickers] == ["TGEN"]
    assert parsed.name_words == []


def test_names_are_left_for_resolution() -> None:
    parsed = parse("options granted to John Whiting", TODAY)
    assert [w.text for w in parsed.name_words] == ["John", "Whiting"]
    assert parsed.security == "option" and parsed.transaction == "grant"


def test_dollar_ticker_and_possessive() -> None:
    parsed = parse("$tgen and Tecogen's options", TODAY)
    assert parsed.tickers[0].symbol == "TGEN" and parsed.tickers[0].explicit
    assert [w.text for w in parsed.name_words] == ["Tecogen"]


def test_role_acronyms_are_not_tickers() -> None:
    parsed = parse("What did the CEO and CFO sell?", TODAY)
    assert parsed.tickers == []


def test_followups_and_pronouns() -> None:
    assert parse("and the CFO?", TODAY).followup
    assert parse("what about his options?", TODAY).pronoun
    assert not parse("what options did Tecogen's GC get", TODAY).followup


def test_empty_and_filler() -> None:
    assert parse("", TODAY).empty
    assert parse("hello, what can you tell me?", TODAY).empty
    assert not parse("Tecogen", TODAY).empty


# ---- issue 10: real wording -------------------------------------------------------------------------

FIELDS = ("transaction", "aggregation", "per_insider", "count_unit", "form", "amendments_only", "all_companies",
          "role", "security")


def reading(question: str) -> dict:
    parsed = parse(question, TODAY)
    return {name: getattr(parsed, name) for name in FIELDS}


def expect(**fields) -> dict:
    base = dict(transaction=None, aggregation="list", per_insider=False, count_unit="transactions", form=None,
                amendments_only=False, all_companies=False, role=None, security=None)
    return base | fields


@pytest.mark.parametrize("question, fields", [
    # scope words: every company, no name
    ("top purchases anywhere", expect(transaction="buy", aggregation="biggest", all_companies=True)),
    ("largest sales overall", expect(transaction="sell", aggregation="biggest", all_companies=True)),
    ("how many 4/As are in here", expect(aggregation="count", count_unit="filings", form="4", amendments_only=True,
                                         all_companies=True)),
    ("largest purchase on record", expect(transaction="buy", aggregation="biggest", all_companies=True)),
    ("largest open market purchase ever", expect(transaction="buy", aggregation="biggest", all_companies=True)),
    # market-wide superlatives and counts
    ("who unloaded the most", expect(transaction="sell", aggregation="total", per_insider=True)),
    ("who bought the most in 2024", expect(transaction="buy", aggregation="total", per_insider=True)),
    ("which insiders filed the most", expect(aggregation="count", count_unit="filings", per_insider=True)),
    ("most active filers", expect(aggregation="count", count_unit="filings", per_insider=True)),
    ("top 3 sellers", expect(transaction="sell", aggregation="total", per_insider=True)),
    ("count of Form 3s", expect(aggregation="count", count_unit="filings", form="3")),
    ("how many form 3s r there", expect(aggregation="count", count_unit="filings", form="3")),
    ("who owns the most PLTR", expect(aggregation="holdings")),
    # roles asked about
    ("what is John Whiting's role at Tecogen", expect(aggregation="role")),
    ("what does Kyle Moran do at Wave", expect(aggregation="role")),
    ("morgan lee role at exbt", expect(aggregation="role")),
    ("whats jessica snow's title at 2seventy", expect(aggregation="role")),
    # casual verbs
    ("what did musk unload on nov 8 2021, shares and dollars", expect(transaction="sell", aggregation="total")),
    ("musk sold what on 11/8/2021 - shares & $", expect(transaction="sell", aggregation="total")),
    ("richard roe added to his exrb position", expect(transaction="buy")),
    ("did thiel take profits on pltr in march 2024", expect(transaction="sell")),
    ("what did the exbt cfo get in march 2024", expect(transaction="grant", role="cfo")),
    ("alex smith was given what", expect(transaction="grant")),
    ("jblu digital officer was awarded what", expect(transaction="grant", role="cto")),
    ("who scooped up guts stock", expect(transaction="buy")),
    ("any insiders loading up on $GUTS", expect(transaction="buy")),
    ("who sold off PLTR", expect(transaction="sell")),
    ("thiel trimmed pltr in 2024?", expect(transaction="sell")),
    ("musk bought more tesla", expect(transaction="buy")),
    ("tecogen gc opitons", expect(role="general_counsel", security="option")),
])
def test_real_wording(question, fields) -> None:
    assert reading(question) == fields


@pytest.mark.parametrize("verb, kind", [
    ("dumped", "sell"), ("unloaded", "sell"), ("offloaded", "sell"), ("cashed out", "sell"), ("trimmed", "sell"),
    ("took profits", "sell"), ("sold off", "sell"), ("picked up", "buy"), ("loaded up on", "buy"),
    ("scooped up", "buy"), ("added to", "buy"), ("bought more", "buy"), ("got", "grant"), ("was given", "grant"),
    ("was awarded", "grant"), ("received", "grant"),
])
def test_casual_verbs(verb, kind) -> None:
    parsed = parse(f"what PLTR shares has thiel {verb} in 2021", TODAY)
    assert parsed.transaction == kind
    assert parsed.out_of_scope is None  # "took profits" is a sale, not a question about profit and loss


def test_profits_alone_are_still_out_of_scope() -> None:
    assert parse("did musk make a profit on his sales", TODAY).out_of_scope == "pnl"


@pytest.mark.parametrize("question", ["how many filings overall", "everyones sales in mar 2025",
                                      "biggest insider sales across everyone", "latest filings across everything"])
def test_scope_words_are_not_names(question) -> None:
    parsed = parse(question, TODAY)
    assert parsed.name_words == [] and parsed.tickers == [] and parsed.all_companies


# ---- issue 10, second round: each reading rule -------------------------------------------------------


def read(question: str, *names: str) -> tuple:
    parsed = parse(question, TODAY)
    return tuple(getattr(parsed, name) for name in names)


@pytest.mark.parametrize("question, names, values", [
    # counts of companies and insiders ("have" is not holdings there)
    ("how many companies do u have in here", ("aggregation", "count_unit"), ("count", "companies")),
    ("how many 10% owners are on file", ("aggregation", "count_unit", "role"), ("count", "insiders",
                                                                                 "ten_percent_owner")),
    # companies ranked; the largest trades under a plan
    ("which company had the most insider selling", ("per_company", "aggregation", "transaction"),
     (True, "total", "sell")),
    ("where did insiders dump the most stock", ("per_company", "per_insider"), (True, False)),
    ("who sold the most", ("per_company", "per_insider"), (False, True)),
    ("largest 10b5-1 sale", ("aggregation", "largest_first"), ("plan_10b5_1", True)),
    ("List the 3 largest open-market sales by dollar value", ("aggregation", "transaction"), ("biggest", "sell")),
    # casual words: any1, sold to cover, "got" a price, what's left, late november, at the IPO, came from
    ("yo any1 buying in 2025", ("all_companies", "transaction"), (True, "buy")),
    ("mvis shares sold to cover taxes", ("transaction",), ("tax_withholding",)),
    ("avg price the exrb ceo got", ("transaction", "aggregation"), ("open_market", "total")),
    ("what did the exbt cfo get in march 2024", ("transaction",), ("grant",)),
    ("apple gc shares left after may 2022", ("aggregation", "dates"), ("holdings", None)),
    ("What did Elon Musk hold at Tesla's IPO?", ("form", "aggregation"), ("3", "holdings")),
    ("How many Adagio shares did Mithril buy at the IPO", ("form", "transaction"), (None, "buy")),
    ("how many fractyl shares came from preferred conversions", ("security", "transaction", "aggregation"),
     ("common", "conversion", "total")),
    ("pltr distributions feb 2021", ("transaction",), ("distribution",)),
    ("When did Michael Feld adopt his 10b5-1 plan?", ("aggregation",), ("plan_10b5_1",)),
    # holdings through a vehicle
    ("lam research director trust shares", ("aggregation", "vehicle"), ("holdings", "trust")),
    ("direct vs indirect holdings for mcguirk", ("aggregation", "vehicle", "comparison"), ("holdings", None, False)),
    # a role word after a common word names the company: "the wave cfo"
    ("how do the 2seventy svp's options vest", ("role", "ask", "tickers"), ("officer", "terms", [])),
])
def test_reading_rules(question, names, values) -> None:
    assert read(question, *names) == values


@pytest.mark.parametrize("question, label, start, end", [
    ("did elon dump any tesla in late november 2021", "in late November 2021", dt.date(2021, 11, 16),
     dt.date(2021, 11, 30)),
    ("sales in early march 2024", "in early March 2024", dt.date(2024, 3, 1), dt.date(2024, 3, 15)),
    ("musk sold more tsla in late nov 21 too?", "in late November 2021", dt.date(2021, 11, 16), dt.date(2021, 11, 30)),
    ("mid march 2024 sales", "in mid March 2024", dt.date(2024, 3, 8), dt.date(2024, 3, 22)),
    ("sales in late december", "in late December 2023", dt.date(2023, 12, 16), dt.date(2023, 12, 31)),  # not to come
    ("sales in mid-2021", "in mid 2021 (May 1, 2021 to Aug 31, 2021)", dt.date(2021, 5, 1), dt.date(2021, 8, 31)),
    ("late 2021 sales", "in late 2021 (Sep 1, 2021 to Dec 31, 2021)", dt.date(2021, 9, 1), dt.date(2021, 12, 31)),
    ("got free stock this june i think?", "in June 2024", dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
    ("sales on monday", "on Jun 10, 2024", dt.date(2024, 6, 10), dt.date(2024, 6, 10)),  # the latest monday
    ("sales last friday", "last friday (Jun 7, 2024)", dt.date(2024, 6, 7), dt.date(2024, 6, 7)),
    # bounds with the day itself in, and open ends said after the time
    ("sales on or after january 15, 2024 and before april 1, 2024", "from Jan 15, 2024 to Mar 31, 2024",
     dt.date(2024, 1, 15), dt.date(2024, 3, 31)),
    ("sales on or before march 1 2024", "on or before Mar 1, 2024", None, dt.date(2024, 3, 1)),
    ("sales 2023 or later", "since Jan 1, 2023", dt.date(2023, 1, 1), TODAY),
    ("sales from 2023 onward", "since Jan 1, 2023", dt.date(2023, 1, 1), TODAY),
    ("sales 2022 or earlier", "until Dec 31, 2022", None, dt.date(2022, 12, 31)),
    ("sales after mid-2023", "after mid 2023 (from Sep 1, 2023)", dt.date(2023, 9, 1), TODAY),
])
def test_part_of_a_month_or_year_and_a_day_named(question, label, start, end) -> None:
    parsed = parse(question, TODAY)
    assert (parsed.dates.label, parsed.dates.start, parsed.dates.end, parsed.aggregation) == (label, start, end,
                                                                                              "list")


def test_late_in_a_month_is_still_late_filings() -> None:
    assert parse("who filed late in november 2021", TODAY).aggregation == "late"


def test_a_common_word_before_a_role_names_a_company() -> None:
    words = parse("total options exercised by the wave cfo", TODAY).name_words
    assert [(w.text, w.soft, w.before_role) for w in words] == [("wave", True, True)]


@pytest.mark.parametrize("question, by_shares", [
    ("who unloaded the most shares", True), ("which insiders sold the most options", True),
    ("who sold the most", False), ("who dumped the most stock", False),
])
def test_rankings_by_shares_when_asked(question, by_shares) -> None:
    assert parse(question, TODAY).by_shares is by_shares


@pytest.mark.parametrize("question, kind", [
    ("Is Tecogen stock a good buy?", "advice"), ("is 25k shares a lot for the apple gc??", "advice"),
    ("was the sale significant", "advice"), ("is pltr a good investment", "advice"),
    ("is musk a 10% owner", None), ("were there a lot of sales", None),
])
def test_advice_and_judgments_are_out_of_scope(question, kind) -> None:
    assert parse(question, TODAY).out_of_scope == kind


@pytest.mark.parametrize("question", ["is roelof botha a 10% owner at mdb",
                                      "Is John McMahon an officer or a director of Snowflake?"])
def test_is_x_a_role_asks_the_roles(question) -> None:
    assert parse(question, TODAY).aggregation == "role"


@pytest.mark.parametrize("question, aggregation", [
    ("how many filings does thiel have", "count"), ("how many form 4s does musk have", "count"),
    ("what options does whiting have", "holdings"),
])
def test_does_x_have_counts_filings_when_it_asks_how_many(question, aggregation) -> None:
    assert parse(question, TODAY).aggregation == aggregation


@pytest.mark.parametrize("question", ["Which company has the most insider filings?", "what companies filed the most"])
def test_companies_ranked_by_filings(question) -> None:
    parsed = parse(question, TODAY)
    assert (parsed.aggregation, parsed.count_unit) == ("count", "companies")


@pytest.mark.parametrize("question, security", [
    ("how many shares of common stock underlie his option grant", "option"),
    ("common stock underlying the rsus", "rsu"),
    ("how many shares of common stock did he sell", "common"),
])
def test_the_shares_underlying_a_derivative_ask_about_the_derivative(question, security) -> None:
    assert parse(question, TODAY).security == security


# Readings a review of stop 18 found wrong: a bound word before a price with cents, names that hold an
# everyday word, "management" at the end of a company's name, a question about codes, a count of funds.
READINGS = [
    ("sales over $12.75 a share by Musk", {"min_price": 12.75, "max_price": None}),
    ("buys at less than $9.99 per share", {"max_price": 9.99, "min_price": None}),
    ("travers zip at $5.96", {"min_price": 5.96, "max_price": 5.96}),
    ("the management sales at tsla", {"role": "officer"}),
    ("insider sales at Waste Management", {"role": None}),
    ("holdings of Silver Brick Management", {"role": None}),
    ("what has Musk done since 2020", {"out_of_scope": None}),
    ("How much has Apple stock moved since Katherine Adams sold?", {"out_of_scope": "price_move"}),
    ("is code F a sell?", {"out_of_scope": None}),
    ("is pltr a buy now that thiel sold?", {"out_of_scope": "advice"}),
    ("top 10 funds buying PLTR", {"vehicle": "fund"}),
]


@pytest.mark.parametrize(("question", "expected"), READINGS, ids=[r[0][:40] for r in READINGS])
def test_readings_found_in_review(question: str, expected: dict) -> None:
    parsed = parse(question, dt.date(2026, 12, 7))
    assert {field: getattr(parsed, field) for field in expected} == expected


@pytest.mark.parametrize(("question", "names"), [
    ("insider sales at Serve Robotics", ["Serve", "Robotics"]),
    ("Milestone Pharmaceuticals insider buys", ["Milestone", "Pharmaceuticals"]),
    ("what did Bill Gross buy", ["Bill", "Gross"]),
])
def test_a_capitalised_everyday_word_stays_part_of_a_name(question: str, names: list[str]) -> None:
    parsed = parse(question, dt.date(2026, 12, 7))
    assert [w.text for w in parsed.name_words if not w.soft] == names


@pytest.mark.parametrize("question, days, dated", [
    ("any transactions dated on a weekend", (5, 6), False),
    ("weekend-dated rows anywhere", (5, 6), False),
    ("any trades on saturday or sunday", (5, 6), False),
    ("which sales fell on fridays", (4,), False),
    ("the draftkings lawyer's sale on the monday in march 2025", (0,), True),
    # one day named: the latest such day (a date), or the weekday of a date the question gives (nothing more)
    ("what did musk sell on monday", (), True),
    ("dodge sales on friday march 14 2025", (), True),
    ("dodge sales on friday, 3/14/2025", (), True),
])
def test_days_of_the_week(question, days, dated) -> None:
    parsed = parse(question, TODAY)
    assert (tuple(d for s in parsed.of_kind("weekday") for d in s.value), parsed.dates is not None) == (days, dated)
    assert not [w.text for w in parsed.name_words if w.text.lower().startswith(("mon", "fri", "sat", "sun", "week"))]

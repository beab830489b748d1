"""Splitting a question of several parts into a plan: the parts (each a question of its own, with what they
share given to each), their labels and how they combine; and the questions that are one query."""

from __future__ import annotations

import pytest

from bot.answers.parts import Side, side_of, split_question

# question -> how the parts combine, each part's question, each part's label
SPLITS = [
    # --- comparisons: "vs", "compare", "A or B: whose ...?" ---------------------------------------
    ("TSLA vs PLTR sales in 2021", "compare", ["TSLA sales in 2021", "PLTR sales in 2021"], ["TSLA", "PLTR"]),
    ("$tsla vs $pltr sales thru 2022", "compare", ["$tsla sales thru 2022", "$pltr sales thru 2022"],
     ["$tsla", "$pltr"]),
    ("tsla versus pltr sales", "compare", ["tsla sales", "pltr sales"], ["tsla", "pltr"]),
    # an em dash sets the "whose" clause apart as " - " does
    ("scarpelli or adams — whose sales were bigger?", "compare", ["scarpelli sales", "adams sales"],
     ["scarpelli", "adams"]),
    ("tsla v pltr sales 2021", "compare", ["tsla sales in 2021", "pltr sales in 2021"], ["tsla", "pltr"]),
    ("sales: tsla vs pltr", "compare", ["tsla sales", "pltr sales"], ["tsla", "pltr"]),
    ("exrb: ceo selling vs director buying", "compare", ["exrb ceo selling", "exrb director buying"],
     ["ceo", "director"]),
    ("tsla vs pltr vs aapl sales", "compare", ["tsla sales", "pltr sales", "aapl sales"], ["tsla", "pltr", "aapl"]),
    # a time said inside a side that is not the last, beside a side that names who and what, is that side's own
    ("thiel 2024 pltr sells vs rabois afrm sells", "compare", ["thiel pltr sells in 2024", "rabois afrm sells"],
     ["thiel pltr", "rabois afrm"]),
    ("tsla 2021 sales vs pltr", "compare", ["tsla sales in 2021", "pltr sales in 2021"], ["tsla", "pltr"]),
    # what is compared said first, then bare names: it is said of each
    ("rsu grants clements jblu vs markham mvis", "compare", ["clements jblu rsu grants", "markham mvis rsu grants"],
     ["clements jblu", "markham mvis"]),
    ("gifts musk vs mcmahon", "compare", ["musk gifts", "mcmahon gifts"], ["musk", "mcmahon"]),
    ("avg sell px adams aapl vs garascia air", "compare", ["adams aapl avg sell px", "garascia air avg sell px"],
     ["adams aapl", "garascia air"]),
    # two questions joined by ";" or "and also"
    ("adams aapl sales; dodge dkng sales", "both", ["adams aapl sales", "dodge dkng sales"],
     ["adams aapl sales", "dodge dkng sales"]),
    ("musk tsla: 2009 grant size; 2010 sale size", "both", ["musk tsla 2009 grant size", "musk tsla 2010 sale size"],
     ["2009 grant size", "2010 sale size"]),
    # a date with its year after a comma is one date, not a third side
    ("Who sold more shares: Stanton Dodge in March 2025 or Kyle Moran on December 8, 2025?", "compare",
     ["Stanton Dodge sold shares in March 2025", "Kyle Moran sold shares on December 8, 2025"],
     ["Stanton Dodge", "Kyle Moran"]),
    ("Compare insider sales at Tesla, Palantir and Apple in 2021", "compare",
     ["insider sales at Tesla in 2021", "insider sales at Palantir in 2021", "insider sales at Apple in 2021"],
     ["Tesla", "Palantir", "Apple"]),
    ("reid hoffman rsus at microsoft vs zynga", "compare",
     ["reid hoffman rsus at microsoft", "reid hoffman rsus at zynga"], ["microsoft", "zynga"]),
    ("how do musk's sales compare to thiel's", "compare", ["musk's sales", "thiel's sales"], ["musk", "thiel"]),
    ("moran dec 8 vs dec 9 2025 sales", "compare", ["moran sales on dec 8 2025", "moran sales on dec 9 2025"],
     ["on dec 8 2025", "on dec 9 2025"]),
    ("doe sales 5/15 vs 5/16/2024", "compare", ["doe sales on 5/15/2024", "doe sales on 5/16/2024"],
     ["on 5/15/2024", "on 5/16/2024"]),
    # each side says what it measures after "who got more:"
    ("who got more: clements rsus or melkote rsus", "compare", ["clements rsus", "melkote rsus"],
     ["clements", "melkote"]),
    # one side says what it measures, the other is a name only
    ("Which purchase was bigger in dollars: Golden Properties' AREC buy or Richard Roe's?", "compare",
     ["Golden Properties' AREC buy", "Richard Roe's buy"], ["Golden Properties' AREC", "Richard Roe"]),
    # two times added up: each time asked, then summed (never one window taking in the years between)
    ("thiel pltr sells 2021 + 2024 combined", "sum", ["thiel pltr sells 2021 combined", "thiel pltr sells 2024 combined"],
     ["2021", "2024"]),
    # two times joined by "or"/"and" with no comparison: each, then both (was the first year alone, 2021 dropped)
    ("musk sales in 2010 or 2021", "sum", ["musk sales in 2010", "musk sales 2021"], ["in 2010", "2021"]),
    # two days with no year: neither takes the other's day for a year ("3/17" is no 2017)
    ("dodge 3/14 vs 3/17 sells", "compare", ["dodge sells on 3/14", "dodge sells on 3/17"], ["on 3/14", "on 3/17"]),
    ("pltr sales 2021 & 2024, which was bigger", "compare", ["pltr sales in 2021", "pltr sales in 2024"],
     ["in 2021", "in 2024"]),
    ("what's bigger: musk's 2021 sales or thiel's 2021 sales", "compare",
     ["musk's sales in 2021", "thiel's sales in 2021"], ["musk", "thiel"]),
    ("Scarpelli vs Moran: whose sales were bigger?", "compare", ["Scarpelli sales", "Moran sales"],
     ["Scarpelli", "Moran"]),
    ("which company had more insider selling in 2021, tesla or palantir", "compare",
     ["tesla insider selling in 2021", "palantir insider selling in 2021"], ["tesla insider", "palantir insider"]),
    ("did elon give away more tsla than he sold in november 2021", "compare",
     ["elon gifts tsla in november 2021", "elon sold tsla in november 2021"], ["gifts", "sold"]),
    ("is musk selling more than thiel", "compare", ["musk selling", "thiel selling"], ["musk", "thiel"]),
    ("Musk's 2019 sales vs 2022", "compare", ["Musk's sales in 2019", "Musk's sales in 2022"],
     ["in 2019", "in 2022"]),
    ("musk 2021 vs 2012 sales", "compare", ["musk sales in 2021", "musk sales in 2012"], ["in 2021", "in 2012"]),
    ("Musk's sales in 2021 compared to 2012", "compare", ["Musk's sales in 2021", "Musk's sales in 2012"],
     ["in 2021", "in 2012"]),
    ("sales vs purchases at TSLA", "compare", ["sales at TSLA", "purchases at TSLA"], ["sales", "purchases"]),
    ("compare Musk and Thiel's sales", "compare", ["Musk sales", "Thiel's sales"], ["Musk", "Thiel"]),
    ("Compare TSLA sales in 2021 and 2022", "compare", ["TSLA sales in 2021", "TSLA sales in 2022"],
     ["in 2021", "in 2022"]),
    ("compare musk with thiel sales in 2021", "compare", ["musk sales in 2021", "thiel sales in 2021"],
     ["musk", "thiel"]),
    ("Musk or Thiel: whose sales were bigger?", "compare", ["Musk sales", "Thiel sales"], ["Musk", "Thiel"]),
    ("A or B: whose sales were bigger?", "compare", ["A sales", "B sales"], ["A", "B"]),
    ("who sold more, Musk or Thiel?", "compare", ["Musk sold", "Thiel sold"], ["Musk", "Thiel"]),
    ("who sold more in 2021: musk or thiel", "compare", ["musk sold in 2021", "thiel sold in 2021"],
     ["musk", "thiel"]),
    ("did musk or thiel sell more in 2021", "compare", ["musk sell in 2021", "thiel sell in 2021"],
     ["musk", "thiel"]),
    # --- while: a window from one part, the other part inside it ----------------------------------
    ("were there insider purchases at TSLA during the CEO's selling?", "while",
     ["the CEO sales", "were there insider purchases at TSLA"], ["the CEO's selling", "were there insider purchases at TSLA"]),
    ("any buys at PLTR while thiel was selling", "while", ["thiel sales", "any buys at PLTR"],
     ["thiel's selling", "any buys at PLTR"]),
    ("any tsla buying during elons nov 2021 sales?", "while", ["elons sales in nov 2021", "any tsla buying"],
     ["elons's selling", "any tsla buying"]),
    ("did anyone sell at EXRB while the director was buying", "while",
     ["the director purchases", "did anyone sell at EXRB"], ["the director's buying", "did anyone sell at EXRB"]),
    # --- both: two questions in one; a time said once is said for both -----------------------------
    ("did Musk buy and did Thiel sell in 2024", "both", ["did Musk buy in 2024", "did Thiel sell in 2024"],
     ["did Musk buy in 2024", "did Thiel sell in 2024"]),
    ("how much did Musk sell and how much does he still hold", "both",
     ["how much did Musk sell", "how much does he still hold"],
     ["how much did Musk sell", "how much does he still hold"]),
    ("what did musk sell in 2021 and what did he give away", "both",
     ["what did musk sell in 2021", "what did he gift"], ["what did musk sell in 2021", "what did he gift"]),
    ("who sold and who bought at TSLA", "both", ["who sold at TSLA", "who bought at TSLA"],
     ["who sold at TSLA", "who bought at TSLA"]),
    ("What did the CEO sell in 2021, and what did the CFO buy?", "both",
     ["What did the CEO sell in 2021", "what did the CFO buy"], ["What did the CEO sell in 2021", "what did the CFO buy"]),
]

# One query each: several names, kinds or amounts joined by "and" / "or" are not several questions.
ONE_QUERY = [
    "TSLA and PLTR sales",
    "sales at Tesla or Apple",
    "sales and purchases at TSLA",
    "RSU vesting at MVIS and shares withheld for taxes",
    "Musk sales between 2021 and 2022",
    "compare sales between 2021 and 2022",
    "sales between $1M and $5M at Tesla",
    "Tecogen grants between 2023-09-01 and 2023-09-30",
    "what did Musk sell in 2021",
    "sales during 2021",
    "purchases during Q3 2023",
    "who sold the most at TSLA",
    "which insider sold more shares at TSLA",
    "who bought or sold TSLA",
    "did the CEO or CFO sell",
    "exercises and sales by Musk",
    "options & RSUs granted at TGEN",
    "what options did Tecogen's GC get",
    "how many shares does Reid Hoffman hold in Microsoft",
    "direct vs indirect holdings for mcguirk",
    "class v shares at DELL",
    "has anyone bought more than the ceo",
    "",
]


@pytest.mark.parametrize("question, combine, questions, labels", SPLITS, ids=[s[0] for s in SPLITS])
def test_split(question, combine, questions, labels) -> None:
    plan = split_question(question)
    assert plan is not None, question
    assert plan.combine == combine
    assert [p.question for p in plan.parts] == questions
    assert [p.label for p in plan.parts] == labels


@pytest.mark.parametrize("question", ONE_QUERY)
def test_one_query_is_not_split(question) -> None:
    assert split_question(question) is None


def test_a_pronoun_refers_back_to_the_part_before() -> None:
    plan = split_question("how much did Musk sell and how much does he still hold")
    assert [p.refers_back for p in plan.parts] == [False, True]


def test_a_time_of_the_first_question_is_not_given_to_a_question_about_now() -> None:
    plan = split_question("how much did Musk sell in 2021 and what does he hold")
    assert [p.question for p in plan.parts] == ["how much did Musk sell in 2021", "what does he hold"]


@pytest.mark.parametrize("question, by_shares", [
    ("who sold more shares, musk or thiel", True),
    ("who sold more, musk or thiel", False),
    ("TSLA vs PLTR sales", False),
])
def test_shares_or_dollars(question, by_shares) -> None:
    assert split_question(question).by_shares is by_shares


def test_while_over_a_buying_window() -> None:
    assert split_question("did anyone sell at EXRB while the director was buying").window_buying
    assert not split_question("any buys at PLTR while thiel was selling").window_buying


@pytest.mark.parametrize("text, side", [
    ("Musk's 2019 sales", Side(name="Musk's", measure="sales", period="in 2019")),
    ("PLTR sales in 2021", Side(name="PLTR", measure="sales", period="in 2021")),
    ("sales at TSLA", Side(measure="sales", rest="at TSLA")),
    ("2022", Side(period="in 2022")),
    ("Peter Thiel", Side(name="Peter Thiel")),
    ("Musk sales last year", Side(name="Musk", measure="sales", period="last year")),
    ("TSLA Q3 2023 purchases", Side(name="TSLA", measure="purchases", period="in Q3 2023")),
])
def test_side_slots(text, side) -> None:
    assert side_of(text) == side

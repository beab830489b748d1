"""The answering stages chosen from the spec (``answer_kinds``, ``rankings``, ``sums``, ``fetch``, ``near_miss``):
a question over the shared corpus -> the facts its answer must state and the ones it must not. Each row is one
rule of the answering side; the wording suite asks the same rules in many wordings."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.engine import answer

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize("question, must, must_not", [
    # count_unit companies / insiders: counted, with the ones that file the most
    ("how many companies are in the database", ["37 companies"], ["transactions for all companies"]),
    ("how many 10% owners are on file", ["Warren E. Buffett", "Peter Thiel"], []),
    # companies ranked by a total (each row once, however many owners filed it jointly)
    ("which company had the most insider selling", ["Companies ranked by dollar value", "Tesla",
                                                    "$1,126,400,317.72"], []),
    # trades under a plan, largest first
    ("largest 10b5-1 sale", ["15,653,541", "largest"], []),
    # a purchase marked disposed of is a near miss for a sale, with its code
    ("golden properties sold arec?", ["No open-market sales", "800,000", "code P"], ["sold 800,000 shares"]),
    # a list over several named companies shows each company's rows
    ("tsla & pltr sales 2021", ["Elon Musk", "Peter Thiel", "an equal share each"], []),
    # "reported late?" when nothing is: the transactions asked about, not marked late (MDB's are marked E, early)
    ("mdb botha gifts reported late?", ["No late filings", "not marked late", "Jul 17, 2020"], []),
    # rankings by shares when asked for the most shares
    ("who unloaded the most shares", ["ranked by shares", "27,048,671"], ["ranked by dollar value"]),
    # "is X a 10% owner at Y": the roles the filings state
    ("is roelof botha a 10% owner at mdb", ["Director of MongoDB"], ["No transactions"]),
    # the remarks say when the plan was adopted
    ("When did Michael Feld adopt his 10b5-1 plan?", ["Remarks:", "February 7, 2025"], ["Not understood"]),
    # a Form 3's positions in the order it reports them (the direct holding first)
    ("thiel pltr form 3", ["3,257,826"], []),
    # several kinds listed: each kind's total first
    ("musk 2021: sales & gifts", ["934,091", "5,044,000"], []),
    # holdings through a vehicle; a value now needs a market price
    ("reid hoffman living trust msft", ["15,905", "Living Trust"], []),
    ("musk net worth in tsla", ["don't have market prices", "172,608,251"], ["$1,126,400,317.72"]),
    # terms of an award filed in Table I, from its footnote
    ("jessica snow rsu vesting", ["first installment vesting on January 2, 2026"], []),
])
def test_answer_kinds(question, must, must_not, corpus_db, rules_settings) -> None:
    text = answer(question, corpus_db, today=TODAY, settings=rules_settings).text
    for fact in must:
        assert fact in text, f"{question!r}: missing {fact!r}\n{text}"
    for fact in must_not:
        assert fact not in text, f"{question!r}: should not say {fact!r}\n{text}"

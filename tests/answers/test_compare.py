"""Answers to questions of several parts, end to end over the samples and the shared corpus: the comparison
first, in one sentence with both figures (the sums of each part's own records), then each part's details
and sources; a part with nothing on file or not understood said plainly, never compared as zero."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.engine import answer

TODAY = dt.date(2026, 11, 29)

# question, db, facts the answer must contain, facts it must not
CASES = {
    "one-side-empty": ("EXRB vs TGEN sales", "samples", [
        "Sales at Example Robotics Inc. (EXRB): $1,269,587.50 for 30,000 shares in 2 transactions; at Tecogen Inc. "
        "(TGEN): none on file, so only one side has sales.",
        "— Sales at Example Robotics Inc. (EXRB):", "$1,269,587.50 in total", "— Sales at Tecogen Inc. (TGEN):"],
        ["were bigger", "$0.00"]),
    "either-who-sold-more": ("Jane Doe or Richard Roe: who sold more?", "samples", [
        "Sales by Jane A. Doe: $1,269,587.50 for 30,000 shares in 2 transactions; by Richard Roe: none on file"], []),
    "tie": ("compare EXRB and Example Robotics sales", "samples", [
        "were the same: $1,269,587.50 for 30,000 shares in 2 transactions each."], ["were bigger"]),
    "unknown-name-not-compared": ("Zed Nobody vs Jane Doe sales", "samples", [
        "I could not compare: the part “Zed Nobody sales” could not be answered", "Zed Nobody"],
        ["were bigger", "none on file"]),
    "kinds-of-trade": ("sales vs purchases at EXRB", "samples", [
        "Sales at Example Robotics Inc. (EXRB) were bigger: $1,269,587.50 for 30,000 shares in 2 transactions, vs "
        "$385,000.00 for 10,000 shares in 1 transaction in purchases."], []),
    "roles-at-one-company": ("Compare the EXRB CEO's sales with the director's purchases", "samples", [
        "Sales by the CEO (Jane A. Doe) were bigger: $1,269,587.50", "in purchases by the director (Richard Roe)."],
        []),
    "while-no": ("were there insider purchases at EXRB during the CEO's selling?", "samples", [
        "No: while the CEO (Jane A. Doe) was selling (May 15, 2024 to May 16, 2024; $1,269,587.50 for 30,000 "
        "shares in 2 transactions), no purchases (P) between May 15, 2024 and May 16, 2024 found for Example "
        "Robotics Inc. (EXRB).", "— sales by the CEO (Jane A. Doe):", "sold 25,000 shares of Common Stock at $42.1735",
        "The window runs from the first to the last of these sales by the CEO (Jane A. Doe) on file."], ["Yes:"]),
    "while-yes": ("were there sales at EXRB during the CEO's selling", "samples", [
        "Yes: while the CEO (Jane A. Doe) was selling", "2 transactions for Example Robotics Inc. (EXRB)"],
        ["No:"]),
    "both-did": ("did Richard Roe buy and did Jane Doe sell in 2024", "samples", [
        "Yes: Richard Roe, Director of Example Robotics Inc. (EXRB), bought 10,000 shares of Common Stock at $38.50",
        "Yes: 2 transactions for Jane A. Doe (sales (S) in 2024).", "— did Richard Roe buy in 2024:",
        "— did Jane Doe sell in 2024:"], []),
    "both-did-not": ("did Richard Roe sell and did Jane Doe buy", "samples", [
        "No: no ", "found for Richard Roe.", "found for Jane A. Doe."], ["Yes:"]),
    "both-pronoun": ("how much did Jane Doe sell and how much does she still hold", "samples", [
        "30,000 shares of common stock (sales, code S) in 2 transactions, $1,269,587.50 in total",
        "— how much does Jane A. Doe still hold:", "held 305,250 shares of Common Stock"], []),
    # --- the shared corpus ---------------------------------------------------------------------------
    "tickers-vs": ("TSLA vs PLTR sales in 2021", "corpus", [
        "Sales at Tesla, Inc. (TSLA) were bigger: $1,102,342,478.72 for 934,091 shares in 49 transactions, vs "
        "$504,783,221.27 for 20,003,915 shares in 4 transactions at Palantir Technologies Inc. (PLTR): a difference of "
        "$597,559,257.45.",  # in dollars alone: Tesla's side has fewer shares
        "In total for Tesla, Inc. (TSLA) (sales (S) in 2021)", "In total for Palantir Technologies Inc. (PLTR)"],
        []),
    "slack-tickers-vs": ("$tsla vs $pltr sales in 2021?", "corpus", ["Sales at Tesla, Inc. (TSLA) were bigger"], []),
    "years-vs": ("Musk's 2021 sales vs 2012", "corpus", [
        "Sales by Elon Musk in 2021: $1,102,342,478.72 for 934,091 shares in 49 transactions; in 2012: none on "
        "file, so only one side has sales."], ["were bigger"]),
    "people-whose": ("musk or thiel: whose sales were bigger?", "corpus", [
        "Sales by Elon Musk were bigger: $1,126,400,317.72 for 2,349,258 shares in 50 transactions, vs "
        "$679,399,220.54 for 27,048,671 shares in 6 transactions by Peter Thiel: a difference of $447,001,097.18."], []),
    "how-many-more": ("How many more Palantir shares did Thiel sell in 2021 than in 2024?", "corpus", [
        "Sales by Peter Thiel in 2021 were bigger: $504,783,221.27 for 20,003,915 shares in 4 transactions, vs "
        "$174,615,999.27 for 7,044,756 shares in 2 transactions in 2024: a difference of 12,959,159 shares "
        "($330,167,222.00)."], []),
    "period-first": ("In January 2025, which company saw more insider selling in dollars, AAR or Pro-Dex?", "corpus", [
        "Sales at AAR CORP (AIR) were bigger: $100,354.50 for 1,500 shares in 1 transaction, vs $94,577.84 for 2,271 "
        "shares in 2 transactions at PRO DEX INC (PDEX): a difference of $5,776.66."], []),
    "people-shares": ("who sold more shares, musk or thiel", "corpus", ["Sales by Peter Thiel were bigger: "], []),
    "compare-verb": ("compare Musk and Thiel's sales in 2021", "corpus", ["Sales by Elon Musk were bigger: "
                                                                         "$1,102,342,478.72"], []),
    "while-person": ("did anyone buy tesla while musk was selling in nov 2021", "corpus", [
        "No: while Elon Musk was selling (Nov 8, 2021;", "— sales by Elon Musk:"], ["bought"]),
    "while-unknown-company": ("were there purchases at acmezz during the ceo's selling", "samples", [
        "I could not answer this:"], ["while the CEO", "Jane A. Doe"]),
    "three-way": ("tsla vs pltr vs aapl sales", "corpus", [
        "Sales at Tesla, Inc. (TSLA) were the biggest: $1,126,400,317.72 for 2,349,258 shares in 50 transactions, vs "
        "$679,399,220.54 for 27,048,671 shares in 6 transactions at Palantir Technologies Inc. (PLTR), and "
        "$4,042,887.94 for 25,000 shares in 7 transactions at Apple Inc. (AAPL)."], []),
    "more-than": ("did elon give away more tsla than he sold in november 2021", "corpus", [
        "Gifts by Elon Musk were bigger: 5,044,000 shares in 5 transactions, vs 934,091 shares in 49 transactions "
        "in sales."], ["were the same"]),
    "days": ("moran dec 8 vs dec 9 2025 sales", "corpus", ["$3,102,000.00", "$1,001,979.00"], []),
    "while-corpus": ("were there insider purchases at TSLA during the CEO's selling?", "corpus", [
        "No: while the CEO (Elon Musk) was selling (Nov 8, 2021;", "no open-market purchases (P) between Nov 8, "
        "2021 and Nov 8, 2021 found for Tesla, Inc. (TSLA)"], []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_plan_answer(name, request, rules_settings) -> None:
    question, db, must, must_not = CASES[name]
    result = answer(question, request.getfixturevalue(f"{db}_db"), today=TODAY, settings=rules_settings)
    text = result.text
    for fact in must:
        assert fact in text, f"{fact!r} missing from:\n{text}"
    for fact in must_not:
        assert fact not in text, f"{fact!r} should not be in:\n{text}"


def test_each_line_keeps_its_record_and_source(samples_db, rules_settings) -> None:
    result = answer("did Richard Roe buy and did Jane Doe sell in 2024", samples_db, today=TODAY,
                    settings=rules_settings)
    cited = [line for line in result.lines if line.record is not None]
    assert len(cited) == 3 and len(result.records) == 3
    for line in cited:
        record = result.records[line.record]
        assert f"{record['shares']:,.0f} shares" in line.text
        assert result.sources[line.source].filing_id == record["filing_id"]


def test_the_plan_is_in_the_query(samples_db, rules_settings) -> None:
    result = answer("EXRB vs TGEN sales", samples_db, today=TODAY, settings=rules_settings)
    assert result.query["plan"] == "compare"
    assert [p["company"]["tickers"] for p in result.query["parts"]] == [["EXRB"], ["TGEN"]]
    assert [p["spec"]["aggregation"] for p in result.query["parts"]] == ["total", "total"]


def test_slack_reader_gets_the_slack_notes(samples_db, rules_settings) -> None:
    result = answer("EXRB vs TGEN sales", samples_db, today=TODAY, settings=rules_settings, surface="slack")
    assert not any("`insiderbot " in note for note in result.notes)


def test_a_pronoun_in_a_later_part_means_whom_the_earlier_part_named(corpus_db, rules_settings) -> None:
    text = answer("How did Elon Musk's Tesla sales in November 2021 compare with his gifts that month?", corpus_db,
                  today=dt.date(2026, 11, 29), settings=rules_settings).text
    assert text.startswith("Gifts by Elon Musk were bigger: 5,044,000 shares"), text
    assert "934,091 shares" in text and "could not compare" not in text

"""Readings a review of stop 23's changes found too eager, each kept from answering a different question: a merger
named as a time is not the merger topic, a leaving-out word before something other than the company does not leave
the company out, "ex" before a role is the former holder of it, a plan being signed is not a form's signature, a
percentage or an exercise cost only when asked, "turn around and sell into strength" is a sale; and those a review
of stop 24's changes found (the families after the comment below)."""

from __future__ import annotations

from suite import family, table

CASES = table(
    family("a-merger-as-a-time", [
        "what did musk buy before the solarcity merger",
        "musk scty purchase before the merger",
    ], ["1,875,000", "$8.00"], ["in a merger or reorganization"]),
    family("leaving-out-something-else", [
        "excluding gifts, what did wave insiders file",
        "other than sales, any snowflake trades",
    ], [], ["Leaving out Wave", "Leaving out Snowflake"]),
    family("a-former-role", [
        "what did wave's ex ceo sell",
        "what did the ex cfo of snowflake sell",
    ], [], ["can't leave things out"]),
    family("a-plan-signed-is-not-a-form", [
        "when did dodge sign his 10b5-1 plan",
        "when was dodge's trading plan signed",
    ], ["Dodge"], ["Faisal Hasan"]),
    family("percentages-only-when-asked", [
        "which share class did scarpelli sell",
        "who owns more than 10 percent of snowflake",
    ], [], ["of that stake"]),
    family("exercise-cost-only-when-asked", [
        "what's the notional of scarpelli's 2022 sales",
    ], ["73,170"], ["To exercise the"]),
    family("knowing-anything-is-not-a-motive", [
        "do you know anything about dodge's sales?",
    ], ["52,777"], ["Filings don't say why"]),
    family("turning-around-to-sell", [
        "did thiel turn around and sell into strength in 2024",
    ], ["6,914,475"], ["code C"]),
    family("better-is-not-better-home", [
        "who had better trades in 2024, doe or roe",
    ], ["Jane A. Doe", "Richard Roe"], ["Better Home"]),
    family("filings-in-a-month-of-any-year", [
        "how many filings were made in a december, any year",
    ], ["10 filings for all companies (in December of any year)"]),
    family("expired-options-are-not-summed", [
        "what would it cost musk to exercise the rest of his tsla options",
    ], [], ["In all: $"]),
    # stop 24's review (each reading the stop added, kept from answering another question)
    family("a-role-asked-of-a-trade-list", [
        "sales by a director at pltr?",
        "buys by an officer at tsla?",
    ], [], ["is a director.", "is an officer."]),
    family("a-statement-whose-subject-asks", [
        "guess who is director of snow",
        "remind me who is cfo at snow",
    ], [], ["No filings by Guess", "No filings by Remind"]),
    family("a-company-opening-the-question", [
        "Block: who sold in 2024?",
        "Snap last 5 trades",
    ], [("could not find", "Nothing is stored")], ["for all companies"]),
    family("a-three-letter-ticker-before-sellers", [
        "show the top 5 sap sellers",
        "top 5 gap sellers",
    ], [("could not find", "Nothing is stored")], ["for all companies"]),
    family("surnames-like-verb-forms", [
        "was fielding a director at tesla",
        "has manning sold any stock",
        "show manning's trades",
    ], [("No filings by", "could not find")], ["Elon Musk is a director", "for all companies"]),
    family("two-times-apart-said-so", [
        "what did thiel do in february 2021 and in march 2024",
    ], ["what lies between"]),
    family("options-held-after-an-exercise", [
        "what options did scarpelli hold right after the exercise",
    ], ["2,219,299"], ["301,097 shares of Class A"]),
    family("how-long-shares-were-held", [
        "how long did musk hold his shares before selling",
    ], [], ["right before the"]),
    family("the-next-vest-is-not-a-forecast", [
        "when is the next vest date for clements' rsus",
    ], ["Mar 10, 2027"], ["can't predict"]),
    family("employees-who-sold", [
        "which employees sold stock at tesla",
    ], [], ["headcount"]),
    family("sold-due-to-taxes", [
        "how many shares did musk sell due to tax withholding",
    ], [], ["Filings don't say why"]),
    family("trades-of-owners-based-in-a-state", [
        "did any texas-based insiders buy in 2024",
    ], ["333,333", "based in Texas"], ["The addresses of"]),
    family("companies-ranked-by-rows", [
        "which companies have the most sale rows",
    ], ["ranked by number of transactions", "Tesla"], ["the largest: 120"]),
    family("leaving-out-an-insider-across-the-market", [
        "leaving golden properties out, how many open-market purchases are on file?",
    ], ["Leaving out GOLDEN PROPERTIES"], ["800,000"]),
    family("a-percent-attached-to-a-word", [
        "Where did 10%-plus holders buy stock on the open market, and who were they?",
    ], [], ["could not find a company or insider called"]),
)

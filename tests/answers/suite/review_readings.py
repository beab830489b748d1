"""Readings a review of stop 23's changes found too eager, each kept from answering a different question: a merger
named as a time is not the merger topic, a leaving-out word before something other than the company does not leave
the company out, "ex" before a role is the former holder of it, a plan being signed is not a form's signature, a
percentage or an exercise cost only when asked, "turn around and sell into strength" is a sale."""

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
)

"""Ordinary English words are not names (bot/answers/english.py): an adjective, adverb or verb no stored name
holds ("throughout", "separate", "individual", "coded", "direct") is read past, while a word that can only be a
noun ("acme", "umbrella"), a proper noun, or a word standing where a name stands ("at acme", "did gates sell",
"the acme ceo", "john smith") is still a name nobody stored, never dropped."""

from __future__ import annotations

from suite import NO_SUCH_NAME, family, table

# The gifts of November 2021 (Musk's Form 4 of Nov 29, 2021's five G rows): 5 rows, 5,044,000 shares.
GIFTS_NOV_2021 = [("5 transactions", "5 gifts"), "5,044,000"]
# The corpus's code X exercise (113,908 shares).
CODE_X = ["113,908"]
# RSU vestings (code M of RSUs) across the corpus.
RSU_VESTINGS = ["Markham", "Travers"]
# The 2025 sales ranked by company: Wave Life Sciences first ($4,103,979.00 in 6 transactions).
WAVE_2025 = ["Wave Life Sciences", "$4,103,979.00"]
NOT_STORED = ("could not find a company or insider called", "No filings by")

CASES = table(
    family("separate-gifts", [
        "How many separate gift transactions were reported for November 2021?",
        "how many individual gift transactions in november 2021",
        "how many distinct gifts got reported in nov 2021",
        "total gifts reported separately in nov 2021",
    ], GIFTS_NOV_2021, [NO_SUCH_NAME]),
    family("code-x-anywhere", [
        "any exercises coded X in here?",
        "were there exercises coded X at all",
    ], CODE_X, [NO_SUCH_NAME]),
    family("rsu-vestings-throughout", [
        "rsu vestings throughout the data?",
        "rsu vestings recorded throughout the db",
    ], RSU_VESTINGS, [NO_SUCH_NAME]),
    family("individual-sales-by-ticker", [
        "Which ticker had the most individual sale transactions in 2025?",
        "which ticker saw the most separate sales in 2025",
    ], WAVE_2025, [NO_SUCH_NAME]),
    family("direct-listing", [
        "What was Rivendell 7 LLC's Palantir Class B stake at the 2020 direct listing?",
    ], ["96,116,105"], [NO_SUCH_NAME]),
    # Nouns, proper nouns and words where a name stands stay names nobody stored.
    family("noun-only-company", [
        "how many acme gift transactions",
        "total acme purchases 2024",
        "show me umbrella sales",
    ], [NOT_STORED], ["5,044,000", "$9,935,995.00", "Elon Musk"]),
    family("common-word-as-company-before-a-role", [
        "what did the acme ceo sell",
    ], [NOT_STORED], ["Elon Musk", "Tesla"]),
    family("common-word-after-did", [
        "what did gates sell in 2024",
    ], [NOT_STORED], ["Thiel", "Palantir"]),
    family("surname-beside-a-first-name", [
        "john smith sales at apple",
        "what did john q public sell at pltr",
    ], [("No filings by John Smith", "No filings by John Q. Public", "No filings by John Public")],
       ["sold 9,136 shares", "sold 15,653,541"]),
    # Adjectives and verbs that name a company nobody stored, where a company's name stands: before what it is
    # asked about ("lucid sales", "target stock") or after "for": never read past into an answer about everyone.
    family("company-named-by-an-ordinary-word", [
        "how many progressive buys",
        "show me lucid sales",
        "list target sales in 2024",
        "insider sales for snap",
        "who sold compass shares",
    ], [NOT_STORED], ["for all companies", "Elon Musk"]),
    # Chat abbreviations and memo words are not names: "txn", "yr", "per-share", "snow-wise", "compliance check:",
    # "the 10-for-1 split", "history", "whole universe", "under a buck".
    family("chat-abbreviations", [
        "largest code F txn by $",
        "lowest per-share px on any insider buy - who paid it?",
        "biggest txn this yr?",
    ], [], ["called", "Nothing is stored for"]),
    family("memo-words", [
        "Compliance check: on Feb. 17, 2021, did any of Thiel's Palantir entities sell?",
        "did lams director cash in after the 10-for-1 split?",
        "which co has the deepest filing history here (most forms)?",
        "whats in the scarpelli family trust, snow-wise, per the dec 22 form 4",
    ], [], ["called", "Nothing is stored for", "No filings by", "Which insider do you mean"]),
    family("under-a-buck", [
        "whole universe - any insider buys under a buck a share?",
    ], ["$0.67"], ["$18.14", "$38.50"]),
)


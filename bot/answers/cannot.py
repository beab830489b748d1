"""The replies to questions the filings cannot answer (``bot.answers.out_of_scope`` has the words that ask them):
a short can't-answer with a hint, or, where the filings still show something useful, a preface to it."""

from __future__ import annotations

from bot.answers.messages import HOW_TO_GET_MORE

WHAT_I_KNOW = ("I answer from the insider filings (Forms 3, 4 and 5) stored here: who bought, sold, was granted or "
               "exercised what, when, at what price, and what they held afterwards.")
SENTIMENT = "The filings don't say what insiders think of the stock or what a trade signals."
CANNOT = {
    "price": ("I don't have market prices or quotes.", "For the prices insiders traded at, ask e.g. “latest sales at "
              "TSLA”."),
    "advice": ("I can't give investment advice or say whether to buy or sell.", "I can show what insiders did, e.g. "
               "“net buying at PLTR this year”."),
    "load": ("I can't load or refresh filings when asked: I answer from the insider filings stored here.",
             HOW_TO_GET_MORE),
    "price_move": ("I don't have market prices, so I can't say how the stock has moved.", "For the prices insiders "
                   "traded at, ask e.g. “latest sales at TSLA”."),
    "pnl": ("I can't tell profits or losses: filings don't report what an insider paid for the shares they sell.",
            "I can show the prices of their trades, e.g. “Musk's sales in 2021”."),
}
# Asked of a named company or insider, these say what the filings cannot tell, then what they do show (the trades
# and their prices: "did mcguirk's isba buy make money?", "how much has golden's stake gained since july 2024?").
SHOWN_AFTER = ("pnl", "advice")
PREFACES = {
    "news": "I don't have news; I only know insider filings. What they show:",
    "prediction": "I can't predict future trades or prices; I only know what insiders have filed. What the filings show so far:",
    "today": "I can't tell what is held today: the filings show what was held as of each filing. The latest on file:",
    "policy": "I can't tell a company's trading windows or blackout periods, or whether someone is leaving: the "
              "filings don't say. What the filings show:",
    "company": "I can't tell a company's finances, headcount, shares outstanding (so no one's share of the whole "
               "company) or accounting, or the taxes an insider owes: the "
               "filings don't say. What the filings show:",
    "judgment": "I can't judge how someone does their job: the filings only show their roles, trades and holdings. "
                "What the filings show:",
    "sentiment": f"{SENTIMENT[:-1]}; what they did:",
    "why": "Filings don't say why an insider traded, beyond what their footnotes state (a 10b5-1 plan, taxes, a "
           "gift). What the filings show:",
}
# Said before a no-match when the question also asked what the filings cannot tell ("is thiel bullish on fintech").
SAID_BEFORE_NO_MATCH = {"sentiment": SENTIMENT}

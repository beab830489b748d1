"""Class 11: questions that need a market price get the short can't-answer with what the filings do show
(shares held, the prices of the last trades), never a made-up value."""

from __future__ import annotations

from suite import family, table

NO_PRICE = ("market price", "don't have", "do not have", "can't value", "cannot value", "no price")

CASES = table(
    # Musk after the Form 5 gifts (Nov 29, 2021): 172,608,251 shares of Tesla common by trust.
    family("musk-worth", [
        "how much are musks tesla shares worth now",
        "what's elon's tsla stake worth today",
        "How much is Elon Musk's Tesla stock worth?",
        "value of musks tesla shares rn",
        "musk net worth in tsla",
    ], [NO_PRICE, "172,608,251"], ["$1,126,400,317.72", "$1,102,342,478.72"]),
    # Katherine Adams: 452,334 shares after her last sale at $165.95 (May 4, 2022).
    family("adams-worth", [
        "what's katherine adams's stake worth today",
        "how much is the apple gc's stock worth",
    ], [NO_PRICE, "452,334"], ["$4,042,887.94"]),
    # Thiel at Palantir: 70,806,432 shares (Rivendell 7) after the Mar 12, 2024 sales.
    family("thiel-worth", [
        "how much is thiel's pltr position worth",
        "whats peter thiels palantir stake worth now",
    ], [NO_PRICE, "70,806,432"], ["$679,399,220.54"]),
    family("tsla-price", [
        "what's tsla trading at",
        "$tsla price rn",
        "What is Tesla's share price today?",
        "tsla quote",
    ], [NO_PRICE], ["$1,126,400,317.72"]),
    family("good-price", [
        "is $1,135 a good price for tsla",
        "is tsla cheap right now",
    ], [("can't", "cannot", "don't", "do not")], []),
    family("is-that-a-lot", [
        "musk sold 934,091 tsla shares in 2021, is that a lot",
        "is 25,000 shares a lot for apples gc",
    ], [("can't", "cannot", "don't", "do not", "no market")], []),
    family("buffett-worth", [
        "current value of buffett's snowflake stake",
        "how much is berkshire's snow position worth",
    ], [NO_PRICE, "6,125,376"], []),
    family("scarpelli-worth", [
        "what would scarpelli's snow shares be worth now",
        "snowflake cfo stake value today",
    ], [NO_PRICE, "101,097"], ["$30,351,309.77"]),
    family("sell-everything", [
        "how much money would musk make selling everything today",
        "what would elon get if he dumped all his tsla now",
    ], [NO_PRICE], ["$1,126,400,317.72"]),
    family("pltr-market-cap", [
        "what's palantir's market cap",
        "pltr market value",
    ], [NO_PRICE], ["$679,399,220.54"]),
    family("moran-worth", [
        "how much are kyle morans wave shares worth",
        "wave cfo holdings value",
    ], [NO_PRICE, "90,365"], ["$4,103,979.00"]),
    family("above-market", [
        "did the pltr sales happen above market",
        "was thiel selling below the market price",
    ], [NO_PRICE], []),
    # Samples: Jane Doe held 305,250 after her last sale at $43.05 (May 16, 2024).
    family("doe-worth", [
        "what is jane doe's exrb stake worth",
        "how much is the exrb ceo's stock worth now",
    ], [NO_PRICE, "305,250"], ["$1,269,587.50"], db="samples"),
    family("whiting-worth", [
        "whats whiting's option position worth",
        "how much are the tgen gc's options worth today",
    ], [NO_PRICE, "400,000"], [], db="samples"),
    family("roe-worth", [
        "how much is richard roe's stake worth now",
        "value of richard roes exrb shares",
    ], [NO_PRICE, "55,000"], ["$385,000.00 in value"], db="samples"),
    family("exrb-price", [
        "what's exrb trading at",
        "$EXRB stock price",
    ], [NO_PRICE], [], db="samples"),
    # Stop 17: a gain now or a move of the price since needs a market price too.
    family("gain-or-move-needs-a-price", [
        "How much would John Whiting make if he exercised his Tecogen options today?",
        "how much has tgen gone up since whiting got his options",
    ], ["I don't have market prices"], ["No exercises"], db="samples"),
    # What a trade means ("a bad sign", "bullish") is a judgment the filings cannot give.
    family("judgment-of-a-trade", [
        "is dodge selling a bad sign",
        "is musk selling bearish?",
    ], ["The filings don't say what insiders think of the stock or what a trade signals", "sold"]),
    # Profits asked of a named insider: the can't-answer, then the trades the filings show with their prices.
    family("profit-of-a-named-trade", [
        "did mcguirks isba buy make money?",
        "was richard mcguirk's isabella bank purchase profitable",
    ], ["I can't tell profits or losses", "What the filings show", "$18.14"]),
    family("what-was-behind-a-sale", [
        "What was behind Feld's December 2025 sale at BDX - did he need the cash?",
        "what made feld sell bdx in dec 2025",
    ], ["Filings don't say why", "$196.08"]),
    # Quotes, ratios and where a stock is headed: the can't-answer, never a list of trades as if it answered.
    family("quotes-and-ratios", [
        "whats the bid on dkng rn",
        "What is Arrow Electronics' P/E ratio?",
        "arw pe ratio?",
    ], ["I don't have market prices"], ["code S"]),
    family("where-headed", [
        "where will tsla be next yr",
        "where is pltr headed",
    ], ["I can't predict"]),
    family("worth-at-todays-price-of-a-company", [
        "What would Musk's November 2021 exercised options be worth at today's Tesla price?",
    ], ["I don't have market prices"], ["No filings by Musk November"]),
    family("sell-for-today", [
        "what would musk's tsla shares sell for today",
    ], ["I don't have market prices", "172,608,251"]),
    family("good-long-term-hold", [
        "is tsla a good long term hold",
        "should pltr be in my portfolio",
    ], ["I can't give investment advice"]),
    # Judgments, predictions and prices said new ways get the short can't-answer.
    family("judgments-said-new-ways", [
        "Is Tecogen a takeover target?",
        "Was Lam Research's 10-for-1 split good for shareholders?",
        "insider sentiment on tsla for next quarter?",
    ], ["I can't"]),
    family("predictions-said-new-ways", [
        "When will the next insider purchase at American Resources happen?",
        "when will musk sell again",
    ], ["I can't predict"]),
    family("prices-said-new-ways", [
        "What is Becton Dickinson's stock doing today?",
        "scarpelli nail the top w/ his dec 22 sales?",
        "how much is tsvt up since jessica snows grant",
    ], [("I don't have market prices",)]),
    family("copying-a-trade", [
        "would i have made $ copying thiels march 24 pltr sale",
    ], ["I can't tell profits or losses"]),
    # Prices now, what the stock did, what a position will be worth, judgments of timing and of a company's fate:
    # the short can't-answer ("zip px rn", "bdx 52 wk high", "short interest", "gonna rip", "go bankrupt").
    family("price-said-the-slack-way", [
        "zip px rn?",
        "bdx 52 wk high?",
        "What is MicroVision's short interest?",
        "tsla all-time high?",
    ], [("I don't have market prices",)]),
    family("the-stock-after-a-trade", [
        "How did Palantir's stock perform in the month after Thiel's March 2024 sales?",
        "did markhams sell-to-cover move mvis stock",
        "how did the stock do after adams sold",
    ], ["I don't have market prices, so I can't say how the stock has moved"]),
    family("what-it-will-be-worth-or-do", [
        "What will Rajesh Melkote's options be worth once they fully vest?",
        "wve gonna rip after morans exercise?",
        "Is JetBlue going to go bankrupt?",
    ], ["I can't predict future trades or prices"]),
    family("worried-or-a-smart-time", [
        "Should our IR team be worried that a general counsel's stock sale will spook investors?",
        "Was May 2022 a smart time for Katherine Adams to sell her Apple stock?",
    ], ["I can't give investment advice"], ["ticker IR"]),
    family("had-he-held-til-today", [
        "how much more would scarpelli have if he'd held his 12/13/22 snow shs til today",
    ], ["I can't tell profits or losses"]),
    family("price-impact-and-closing-prices", [
        "did musks nov 21 selling tank tsla?",
        "what did tsla close at on 11/8/21",
        "How many shares of Palantir are outstanding today?",
    ], [("I don't have market prices",)], ["6,914,475"]),
    # Market data and valuation words of an analyst's ping get the can't-answer, said first where the filings still
    # show something (the grant, the trades).
    family("market-data-an-analyst-asks", [
        "can u pull current px for dkng + air, lmk",
        "tsla ev/ebitda rn?",
        "sanity check: dkng beta?",
        "can u pull last 10-k revenue for $wve",
        "lmk the 50-day moving avg on $air",
    ], ["I don't have market prices or quotes"]),
    family("a-valuation-model-of-a-grant", [
        "What is the Black-Scholes value of Rajesh Melkote's option grant?",
    ], ["I don't have market prices or quotes", "757,576"]),
    family("value-now-of-a-vehicle-stake", [
        "What is the current market value of Thiel's Rivendell 7 Palantir stake?",
    ], ["I don't have market prices, so I can't say what they are worth now", "70,806,432"]),
    family("advice-and-policy-a-board-asks", [
        "Should our directors buy company stock before the next earnings release?",
        "Should our board require a longer cooling-off period than the SEC minimum for 10b5-1 plans?",
        "would u go overweight jblu after the clements grant",
    ], ["I can't give investment advice"]),
    # A company's trading windows, blackout periods, whether someone is leaving: the filings don't say; what they
    # show follows.
    family("company-policy", [
        "Is Drew Markham in a blackout period right now?",
        "When does Wave Life Sciences' next trading window open?",
        "Is Jessica Snow leaving 2seventy bio?",
        "is it ok for me to buy $dkng during their blackout",
    ], ["I can't tell a company's trading windows or blackout periods"]),
    # Shares outstanding, market cap, dividends, a profit at today's price, "gonna sell more": not in the filings.
    family("company-figures-not-filed", [
        "how many shs does tgen have outstanding",
        "whats the mkt cap of mvis",
        "What dividend does Example Biotech pay?",
    ], ["I don't have market prices or quotes"], ["No filings by", "Form 4 signed"]),
    family("profits-and-predictions", [
        "How much profit did Kyle Moran make on his December 2025 option exercises at today's share price?",
        "How much money has Warren Buffett made on Snowflake?",
        "dodge gonna sell more dkng in 2027",
    ], [("I can't tell profits or losses", "I can't predict", "I don't have market prices")], ["No filings by", "could not find"]),
    # Meme-stock judgments and predictions: "rug pull incoming", "time to paper hand", "gonna do", "float on",
    # "performed worst since", "he knew smth".
    family("meme-stock-cant", [
        "rug pull incoming at $pdex? the 10% holder is selling",
        "$pltr insiders dumping on us, time to paper hand?",
        "whats $bdx gonna do now that feld sold",
        "whats the float on $arec",
        "Which of the stocks with insider selling in 2025 has performed worst since?",
        "ngl did thiel paper hand pltr bc he knew smth",
    ], [("I can't predict", "I can't give investment advice", "I don't have market prices", "Filings don't say why")],
       ["No filings by", "called"]),
)

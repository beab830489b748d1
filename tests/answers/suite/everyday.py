"""Everyday Slack traffic mixing the classes: what is left after a sale, yes/no questions, periods,
averages, filing dates, and the small talk people wrap around a question."""

from __future__ import annotations

from suite import NOT_BOUGHT, family, table

NO_BUYS = ("no open-market purchases", "no purchases", "did not buy", "didn't buy", "no open market purchases")

CASES = table(
    # What is left after the last sale (shares owned following the last row).
    family("adams-left", [
        "how many shares did katherine adams have left after selling",
        "apple gc shares left after may 2022",
    ], ["452,334"], []),
    family("doe-left", [
        "how many shares does jane doe have left",
        "exrb ceo holdings after the may sales",
    ], ["305,250"], ["310,250 shares held directly afterwards\nSource"], db="samples"),
    family("musk-trust-left", [
        "whats left in musks trust after the gifts",
        "how many tsla shares does elons trust hold now",
    ], ["172,608,251"], []),
    family("dodge-left", [
        "how much dkng does stanton dodge still own",
        "draftkings clo holdings",
    ], ["653,843"], []),
    # Yes/no questions with nothing to find.
    family("no-buys-2025", [
        "any insider buys in 2025",
        "did anyone buy stock in 2025?",
        "yo any1 buying in 2025",
    ], [NO_BUYS], ["bought"]),
    family("no-buys-pltr", [
        "insider buying at pltr?",
        "any1 buying pltr",
        "Did any Palantir insider buy shares?",
    ], [NO_BUYS], ["bought", "sold 15,653,541"]),
    family("no-buys-tsla-2021", [
        "did anyone at tesla buy in 2021",
        "tsla insider purchases 2021",
    ], [NO_BUYS], ["bought"]),
    # Periods.
    family("buys-2021", [
        "who bought in 2021",
        "2021 insider purchases",
    ], ["1,997,000"], ["333,333", "1,875,000"]),
    family("gifts-2020", [
        "gifts in 2020",
        "who gave shares away in 2020",
    ], ["1,057"], ["2,234,000", "sold 1,057"]),
    family("sales-q2-2022", [
        "sales in q2 2022",
        "who sold in Q2 2022?",
    ], ["Katherine L. Adams", "9,136"], ["Michael Scarpelli"]),
    family("sales-h2-2025", [
        "sales in h2 2025",
        "second half of 2025 insider sales",
    ], ["Michael Feld", "Kyle Moran"], ["R. Stanton Dodge", "Jessica A. Garascia"]),
    family("sales-dec-2022", [
        "who sold in dec 2022",
        "december 2022 sells",
    ], ["Michael Scarpelli", "73,170"], ["Katherine L. Adams"]),
    # Averages.
    family("thiel-avg-2024", [
        "avg price thiel sold pltr at in 2024",
        "What was Peter Thiel's average sale price in 2024?",
    ], ["$24.79"], []),
    family("adams-avg", [
        "average price katherine adams sold at",
        "apple gc avg sale price",
    ], ["$161.72"], []),
    family("doe-avg", [
        "jane doe average sale price",
        "avg price the exrb ceo got",
    ], ["$42.32"], [], db="samples"),
    # Filing dates and lateness.
    family("musk-filed-when", [
        "when was musk's nov 8 2021 form 4 filed",
        "when did elon file for the nov 8 2021 sales",
    ], ["Nov 10, 2021"], []),
    family("late-filings", [
        "which filings were late",
        "any late form 4s?",
        "Who filed late?",
    ], ["John Whiting", "Sep 22, 2023"], []),
    family("betr-late", [
        "when did softbank file the betr form 4",
        "was the softbank better home form 4 late",
    ], ["Mar 7, 2025"], []),
    # Who is on file, counted.
    family("snow-insiders", [
        "how many insiders at snowflake",
        "snow insiders?",
    ], ["Michael Scarpelli", "Warren E. Buffett", "Mark Garrett", "John Dennis McMahon"], []),
    family("biggest-seller-snow", [
        "biggest seller at snow",
        "who dumped the most snowflake",
    ], ["Michael Scarpelli"], ["Warren E. Buffett sold"]),
    # Chatty wrappers.
    family("chatty-musk", [
        "hey bot, quick one - how much did musk sell in 2021?",
        "hi! can u tell me what elon dumped in 2021 thx",
        "pls show musk 2021 sells",
    ], [("934,091", "49 transactions")], ["Peter Thiel", "Jane A. Doe"]),
    family("chatty-aapl", [
        "pls show $aapl insider sells",
        "yo what did apples lawyer sell",
        "hey can you pull the apple gc sales from may 2022",
    ], ["Katherine L. Adams", "9,136"], ["Elon Musk"]),
    family("chatty-exrb", [
        "exrb ceo sold how much lol",
        "quick q: how much did jane doe sell?",
    ], ["30,000", "$1,269,587.50"], ["Richard Roe"], db="samples"),
    family("chatty-whiting", [
        "hey, what did tecogens lawyer get?",
        "sup w/ the tgen gc grant",
    ], ["John Whiting", "37,500", "$0.88"], list(NOT_BOUGHT), db="samples"),
    # Two things at once.
    family("musk-sold-and-gave", [
        "what did musk sell in 2021 and what did he give away",
        "musk 2021: sales & gifts",
    ], ["934,091", "5,044,000"], []),
    family("moran-exercised-and-sold", [
        "how much did moran exercise and how much did he sell",
        "wave cfo: exercises vs sales dec 2025",
    ], ["296,000", ("260,036", "$4,103,979.00")], list(NOT_BOUGHT)),
    # Negatives in everyday wording.
    family("jane-roe-exrb-buy", [
        "what did jane roe buy at exrb",
        "did jane roe pick up exrb shares",
    ], [("jane roe",)], ["bought 10,000"], db="samples"),
    family("no-one-at-tsla", [
        "did the tesla cfo dump shares in nov 2021",
        "tsla cfo sells nov 2021",
    ], [("cfo", "chief financial officer")], ["934,091", "sold 1,100 shares", "sold 101,589"]),
    family("arec-what-happened", [
        "what did the 10% owner at arec do",
        "golden properties arec trade",
    ], ["800,000", "$0.67"], ["bought 800,000"]),
    family("sell-to-cover", [
        "sell-to-cover at mvis",
        "mvis shares sold to cover taxes",
    ], ["77,905", "code F"], ["sold 77,905"]),
    family("withheld-arrow", [
        "rsus withheld for taxes at arrow",
        "arrow tax withholding feb 2025",
    ], ["1,009", "code F"], ["sold 1,009"]),
    family("thiel-plan-sales", [
        "10b5-1 sales by thiel",
        "thiel trading plan sales",
    ], ["6,914,475"], ["Elon Musk"]),
    # English words shaped like one ("performance", "settlements") are not read as names.
    family("english-shaped-words", [
        "what does the footnote on markham's june 2026 rsus say about performance",
        "markham june 2026 rsu footnote on performance",
    ], ["150,000"], ["called “Performance”"]),
)

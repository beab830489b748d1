"""Class 10: market-wide superlatives and counts with no company named."""

from __future__ import annotations

from suite import NO_SUCH_NAME, family, table

CASES = table(
    # Adagio, Aug 10, 2021: 1,997,000 at $17.00 = $33,949,000.00 (Mithril II and Peter Thiel, jointly).
    family("largest-purchase", [
        "largest purchase on record",
        "biggest buy on record?",
        "What is the largest insider purchase on file?",
        "whats the single biggest buy",
        "largest open market purchase ever",
    ], ["1,997,000", "$33,949,000.00"], [NO_SUCH_NAME, "“record”"]),
    # Palantir, Feb 18, 2021: 15,653,541 at $25.0578 = $392,243,299.67.
    family("largest-sale", [
        "biggest sale ever",
        "largest sale on record",
        "What is the largest insider sale in the database?",
        "single biggest dump on file",
    ], ["15,653,541", "$392,243,299.67"], [NO_SUCH_NAME, "“record”", "“file”"]),
    # Sellers by dollar total: Musk $1,126,400,317.72, Thiel $679,399,220.54, Scarpelli $30,351,309.77.
    family("who-unloaded-most", [
        "who unloaded the most",
        "who dumped the most stock",
        "Which insider sold the most?",
        "top sellers by dollars",
        "who cashed out the most",
    ], ["Elon Musk", "Peter Thiel", "$1,126,400,317.72"], [NO_SUCH_NAME]),
    family("top-3-sellers", [
        "top 3 sellers",
        "Top three insider sellers by value",
    ], ["Elon Musk", "Peter Thiel", "Michael Scarpelli"], [NO_SUCH_NAME]),
    # Buyers: Thiel (Adagio $33,949,000 + Fractyl $4,999,995) ahead of Musk (SolarCity $15,000,000).
    family("who-bought-most", [
        "who bought the most",
        "who loaded up the most",
        "Which insider bought the most stock by value?",
    ], ["Peter Thiel", "Elon Musk"], [NO_SUCH_NAME]),
    family("count-form3", [
        "count of form 3s",
        "how many form 3s r there",
        "How many Form 3 filings are stored?",
        "number of form 3 filings",
    ], [("9 filings", "9 form 3")], [NO_SUCH_NAME]),
    family("count-form5", [
        "how many form 5s",
        "count of form 5 filings",
    ], [("2 filings", "2 form 5")], [NO_SUCH_NAME]),
    # Filings by reporting person: Musk 7 (Tesla 6, SolarCity 1), Thiel 7 (Palantir 3, Oscar, Adagio, BlackSky, Fractyl).
    family("filed-most", [
        "which insiders filed the most",
        "whos filed the most",
        "Which insiders have the most filings?",
        "most active filers",
    ], ["Elon Musk", "Peter Thiel", ("7 filings",)], [NO_SUCH_NAME]),
    family("most-active-company", [
        "which company has the most filings",
        "most active company",
        "what company has the most insider filings",
    ], ["Tesla"], [NO_SUCH_NAME]),
    family("most-selling-company", [
        "which company had the most insider selling",
        "where did insiders dump the most stock",
    ], ["Tesla", "$1,126,400,317.72"], [NO_SUCH_NAME]),
    family("smallest-purchase", [
        "smallest purchase",
        "tiniest buy on record",
    ], ["275.634"], [NO_SUCH_NAME, "“record”"]),
    family("largest-gift", [
        "largest gift",
        "biggest gift on record",
        "Who gave away the most shares?",
    ], ["2,234,000"], [NO_SUCH_NAME, "“record”", "sold 2,234,000"]),
    family("largest-grant", [
        "largest grant",
        "biggest award on record",
        "who got the biggest grant",
    ], ["1,474,432"], [NO_SUCH_NAME, "“record”", "bought 1,474,432"]),
    family("largest-exercise", [
        "biggest option exercise",
        "largest option exercise on record",
    ], ["2,154,572"], [NO_SUCH_NAME, "“record”", "bought 2,154,572"]),
    family("sales-2021-count", [
        "how many sales in 2021 across everyone",
        "How many insider sales were there in 2021?",
        "number of sells in 2021",
    ], [("53 transactions", "53 sales")], [NO_SUCH_NAME]),
    family("largest-10b5-1", [
        "largest 10b5-1 sale",
        "biggest sale under a trading plan",
    ], ["15,653,541"], [NO_SUCH_NAME]),
    # Shares withheld: MicroVision 77,905 is the most shares; Tesla 2010 (21,728 at $17.00) the most dollars.
    family("largest-withholding", [
        "largest tax withholding",
        "biggest sell-to-cover",
    ], [("77,905", "21,728")], [NO_SUCH_NAME, "sold 77,905"]),
    family("most-10-pct", [
        "how many 10% owners are on file",
        "list the 10% owners",
    ], ["Warren E. Buffett", "Peter Thiel"], [NO_SUCH_NAME]),
    family("all-gcs", [
        "list all general counsels",
        "every gc on file",
        "Who are the general counsels in the database?",
    ], ["Katherine L. Adams", "Drew G. Markham", "John Whiting"], [NO_SUCH_NAME]),
    family("all-cfos", [
        "list all cfos",
        "every cfo on file",
    ], ["Michael Scarpelli", "Kyle Moran", "Alex J. Smith"], [NO_SUCH_NAME]),
    family("largest-purchase-samples", [
        "largest purchase on record",
        "biggest buy ever",
    ], ["200,000", "$4,010,000.00"], [NO_SUCH_NAME, "“record”"], db="samples"),
    family("who-unloaded-samples", [
        "who unloaded the most",
        "who dumped the most stock",
    ], ["Jane A. Doe", "$1,269,587.50"], [NO_SUCH_NAME], db="samples"),
    family("filings-count-samples", [
        "how many filings are stored",
        "count of form 4s",
    ], [("5 filings", "5 form 4")], [NO_SUCH_NAME], db="samples"),
    # Stop 17: an average price across companies, labelled for what it is.
    family("avg-price-across-companies", [
        "avg price across all insider buys",
        "average purchase price of all insider buys",
    ], ["$11.29", "$16.77", "mixes different stocks"]),
    # Single days ranked: Musk's Nov 8, 2021 sales ($1,102,342,478.72 over 2 filings) are the biggest day of
    # selling; Nov 8, 2021 also has the most transactions (51).
    family("biggest-single-day", [
        "Which insider had the biggest single day of selling?",
        "who had the largest one-day selling on file",
        "musk's biggest single day of selling",
    ], ["Nov 8, 2021", "$1,102,342,478.72"], ["The 10 biggest of"]),
    family("busiest-day", [
        "which day had the most transactions in one day",
        "busiest day for insider transactions",
    ], ["Nov 8, 2021", "51 transactions"], []),
    family("biggest-day-compared", [
        "Whose single biggest day of selling was larger in dollars, Elon Musk's or Peter Thiel's?",
    ], ["$1,102,342,478.72", "$504,783,221.27"], ["$1,126,400,317.72"]),
    # Form 3s asked for as such are the filings, one line each (who filed, for which company), not their
    # positions: 2020's are Thiel at Palantir, and Berkshire/Buffett and Garrett at Snowflake.
    family("form-3s-listed", [
        "Show the Form 3s filed by anyone in 2020.",
        "form 3s filed in 2020",
        "list the form 3s from 2020",
    ], ["Peter Thiel at Palantir", "Warren E. Buffett", "Garrett"], ["reported positions"]),
    # "priciest": a superlative first in the question is no name; trades ranked by price per share.
    family("priciest-purchase", [
        "priciest purchase per share on record",
        "what's the priciest buy per share",
    ], ["by price per share", "$38.50"], [NO_SUCH_NAME]),
    # Form 3s report holdings, not trades: the oldest and newest are filings, listed as such.
    family("oldest-form-3", [
        "oldest form 3 in the data",
        "what's the earliest form 3 on file",
    ], ["oldest first", "Form 3 for Jun 28, 2010: Elon Musk"], ["reported owning no securities"]),
    family("filings-owning-nothing", [
        "Which filings report owning no securities at all?",
        "list every filing that reports owning nothing",
    ], ["Vinayak Hegde", "David O. Sacks"], ["Which company or insider do you mean"]),
    # Form 3 by its name, filers ranked, companies counted (blind set 16).
    family("initial-ownership-statements", [
        "Which initial ownership statements (Form 3) were filed in 2021, across all issuers?",
        "initial statements of beneficial ownership filed in 2021",
    ], ["filings for all companies (on Form 3 in 2021)", "Vinayak Hegde"]),
    family("filer-with-the-most-form-3s", [
        "Which filer has the most Form 3s?",
    ], ["Peter Thiel (BKSY, OSCR, PLTR): 3 filings"]),
    family("companies-counted", [
        "how many diff companies do u have filings for",
        "how many distinct companies have filings here",
    ], ["37 companies"]),
    # "rank insiders", "leaderboard", a singular "top seller": a ranking of insiders (2025 sales: Moran first).
    family("rank-insiders", [
        "rank insiders by shares sold in 2025",
        "2025 sellers leaderboard",
        "top seller of 2025?",
    ], ["1. Kyle Moran", ("260,036", "$4,103,979.00")]),
    # "among", "Name the ...", "latest-dated" are not names; "who has the largest total number of shares sold" ranks
    # insiders by the shares they sold (Thiel 27,048,671, then Musk 2,349,258), not one trade or a market total.
    family("among-the-ten-percent-owners", [
        "among 10% owners, top seller by $?",
        "amongst the 10% holders who sold the most $",
    ], ["1. Elon Musk", "$1,126,400,317.72"], ["called"]),
    family("name-the-largest", [
        "Name the three largest gifts of stock in the filings.",
    ], ["2,234,000", "1,560,000", "500,000"], ["called"]),
    family("latest-dated", [
        "latest-dated filing you have?",
    ], ["Markham", "Jun 10, 2026"], ["called"]),
    family("largest-total-number-of-shares", [
        "Who has the largest total number of shares sold?",
        "who has the biggest combined number of shares sold",
    ], ["1. Peter Thiel", "27,048,671"]),
    # Years and months ranked by their sums ("the heaviest year for selling": 2021, $1,607,125,699.99 over PLTR and
    # TSLA; "which month saw the most buying": August 2021, Mithril's $33,949,000.00 at ADGI).
    family("heaviest-year", [
        "heaviest calendar yr for insider selling in $ terms, and roughly how much?",
        "which year had the most insider selling",
    ], ["Years ranked", "1. 2021", "$1,607,125,699.99"]),
    family("busiest-month-of-buying", [
        "which month saw the most insider buying",
    ], ["Months ranked", "1. August 2021", "$33,949,000.00"]),
    # Filings ranked by their number of reporting owners (Better Home & Finance's Dec 2024 Form 4: SoftBank's 8).
    family("filing-with-the-most-reporting-owners", [
        "Which single filing has the largest number of reporting persons on it?",
        "single filing w/ the longest list of reporting persons?",
    ], ["1. Form 4 of Better Home & Finance Holding Co (BETR)", "8 reporting owners", "2. Form 3 of BlackSky"]),
    # Single days ranked market-wide say who filed each day's rows (Feb 18, 2021: Peter Thiel's 20,003,915 shares).
    family("biggest-day-names-its-seller", [
        "What was the biggest one-day insider sale ever, by shares?",
        "largest single-day sale on record, in shares",
    ], ["Feb 18, 2021 (PLTR; Peter Thiel)", "20,003,915"]),
    family("how-many-cos", [
        "how many cos had insider selling in 2025?",
    ], ["5 companies"], ["called"]),
    # "which reporting person has the most Form 3 filings": filers ranked by their filings (was a search for
    # open-market trades on Form 3, which found none).
    family("reporting-person-with-the-most", [
        "Which reporting person has the most Form 3 filings in the data?",
        "which reporting persons filed the most form 3s",
    ], ["Peter Thiel (BKSY, OSCR, PLTR): 3 filings"], ["open-market"]),
)

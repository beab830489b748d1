"""Class 1: scope words (anywhere, overall, everyone, market-wide, the whole database, in here) mean no
company filter, never a company called "anywhere"."""

from __future__ import annotations

from suite import NO_SUCH_NAME, family, table

# Largest open-market purchase stored: adgi-mithril 1,997,000 shares at $17.00 (Aug 10, 2021).
TOP_BUY = ["1,997,000", "$17.00", "Adagio Therapeutics"]
# Largest sale stored: pltr-thiel-4-2021 15,653,541 shares at $25.0578 (Feb 18, 2021).
TOP_SALE = ["15,653,541", "$25.0578", "Peter Thiel"]

CASES = table(
    family("top-buys-anywhere", [
        "top purchases anywhere",
        "biggest buys anywhere?",
        "largest purchases overall",
        "Largest insider purchases across all companies",
        "top buys market-wide",
        "biggest purchases in the whole database",
        "whats the biggest buy in here",
        "largest purchase by anyone",
    ], TOP_BUY, [NO_SUCH_NAME, "“anywhere”", "“overall”", "“here”"]),
    family("top-sales-overall", [
        "largest sales overall",
        "biggest sales anywhere",
        "top sales market wide",
        "Largest sales in the whole database",
        "biggest insider sales across everyone",
        "whats the largest sale across all companies",
        "top sells overall pls",
    ], TOP_SALE, [NO_SUCH_NAME, "“overall”", "“anywhere”", "“everyone”"]),
    family("count-4a-here", [
        "how many 4/As are in here",
        "How many Form 4/A amendments are in the database?",
        "count of 4/a filings overall",
        "how many amendments r in here",
    ], [("1 filing", "1 form 4/a", "1 amendment", "one amendment", "one filing"), ("4/A", "amendment")], [NO_SUCH_NAME, "“here”", "“overall”"]),
    family("count-form3-whole-db", [
        "how many form 3s in the whole db",
        "Count of Form 3 filings across all companies",
        "number of form 3s anywhere",
    ], [("9 filings", "9 form 3")], [NO_SUCH_NAME, "“anywhere”"]),
    family("count-form5-overall", [
        "how many form 5s overall",
        "How many Form 5 filings are stored in total?",
    ], [("2 filings", "2 form 5")], [NO_SUCH_NAME]),
    family("filings-overall", [
        "how many filings overall",
        "How many filings are in the whole database?",
        "total filings in here",
    ], [("49 filings",)], [NO_SUCH_NAME, "“here”"]),
    family("companies-overall", [
        "how many companies are covered overall",
        "How many companies are in the database?",
        "how many companies do u have in here",
    ], [("37 companies",)], [NO_SUCH_NAME]),
    # 2024 purchases: Fractyl 333,333 (Feb 6), Isabella 275.634 (Apr 29), the samples' fund 200,000 (Apr 10)
    # and Richard Roe 10,000 (Jun 3); American Resources' P is marked disposed of.
    family("buys-anywhere-2024", [
        "any purchases anywhere in 2024",
        "Purchases across all companies in 2024",
        "who bought anything in 2024 overall",
    ], ["333,333", "275.634", "200,000", "10,000"], [NO_SUCH_NAME, "“anywhere”", "“overall”"]),
    # 2025 sales: AAR 1, Becton Dickinson 1, DraftKings 3, Pro-Dex 2, Wave 6 = 13 rows.
    family("sales-everywhere-2025", [
        "sales everywhere in 2025",
        "All insider sales across the market in 2025",
        "every sale in 2025 across all companies",
    ], [("13 transactions", "13 sales"), "R. Stanton Dodge", "Kyle Moran", "Michael Feld"], [NO_SUCH_NAME, "“everywhere”"]),
    family("total-selling-2025", [
        "total insider selling across the board in 2025",
        "How much did insiders sell in 2025 overall?",
    ], ["$8,357,233.19"], [NO_SUCH_NAME, "“board”", "“overall”"]),
    # 2021 sales: Musk 49 rows (934,091 shares) and Thiel 4 rows (20,003,915 shares) = 53 rows, $1,607,125,699.99.
    family("total-selling-2021", [
        "how much did insiders sell in 2021 in total, all companies",
        "total sales market-wide in 2021",
        "2021 selling by everyone, total $",
    ], [("$1,607,125,699.99", "$1,607,125,700")], [NO_SUCH_NAME, "“everyone”"]),
    family("ceos-everywhere", [
        "who are all the ceos everywhere",
        "List every CEO in the database",
        "all ceos across all companies",
    ], ["Elon Musk", "Jane A. Doe"], [NO_SUCH_NAME, "“everywhere”"]),
    family("gifts-anywhere-2021", [
        "any gifts at all in 2021",
        "gifts anywhere in 2021",
        "Gifts across all companies in 2021",
    ], ["2,234,000", "61,386"], [NO_SUCH_NAME, "“anywhere”", "sold 2,234,000"]),
    family("march-2025-everyone", [
        "everyone's sales in march 2025",
        "everyones sales in mar 2025",
        "Sales by all insiders in March 2025",
    ], ["R. Stanton Dodge", "49,252"], [NO_SUCH_NAME, "Kyle Moran", "“everyone”"]),
    family("latest-everything", [
        "latest filings across everything",
        "what's the newest filing in the whole database",
        "most recent activity anywhere",
    ], ["Drew G. Markham"], [NO_SUCH_NAME, "“everything”", "“anywhere”"]),
    family("gifts-overall", [
        "all gifts overall",
        "Gifts by anyone, all companies",
    ], ["2,234,000", "1,057", "3,690", "61,386"], [NO_SUCH_NAME, "“overall”", "“anyone”"]),
    family("biggest-grant-anywhere", [
        "biggest grant anywhere",
        "largest award overall",
    ], ["1,474,432"], [NO_SUCH_NAME, "“anywhere”", "“overall”"]),
    # The samples: the fund's 200,000-share purchase is the largest; Jane Doe's 25,000-share sale the largest sale.
    family("samples-top-buys-anywhere", [
        "top purchases anywhere",
        "biggest buys overall",
        "largest purchases across all companies",
    ], ["200,000", "$20.05"], [NO_SUCH_NAME, "“anywhere”", "“overall”"], db="samples"),
    family("samples-top-sales-overall", [
        "largest sales overall",
        "biggest sale anywhere",
    ], ["25,000", "$42.1735", "Jane A. Doe"], [NO_SUCH_NAME, "“overall”", "“anywhere”"], db="samples"),
    family("samples-4a-in-here", [
        "how many 4/As are in here",
        "any amendments in the whole db?",
    ], [("no form 4/a", "no amendments", "0 filings", "no filings", "no 4/a", "0 amendments", "no transactions on amended")], [NO_SUCH_NAME, "“here”"], db="samples"),
    family("samples-grants-everyone", [
        "grants to everyone",
        "all grants anywhere",
    ], ["37,500", "John Whiting"], [NO_SUCH_NAME, "“everyone”", "“anywhere”", "bought 37,500"], db="samples"),
    # Stop 17: words a blind set found read as names.
    family("not-names-stop17", [
        "did any directors buy the dip in 2024",
        "Which equity grants were made in the first quarter of 2025?",
        "Which Form 5 annual reports are on file?",
        "How many Form 3 initial statements are in the database?",
        "any officers buy on the open mkt?",
        "single biggest sale row by shares",
        "How many different insiders sold shares on the open market?",
    ], [], [NO_SUCH_NAME, "No filings by"]),
    family("all-cos-and-add-up", [
        "q1 2025 insider sales, all cos",
        "Who made the largest open-market purchase overall, measured in dollars?",
        "Add up the sales by all Example Robotics insiders.",
    ], [], [NO_SUCH_NAME, "No filings by"]),
    family("company-agnostic-market-level", [
        "market-level: biggest sale on file",
        "company-agnostic: largest purchase",
        "company agnostic - who got gifts",
    ], [], [NO_SUCH_NAME, "No filings by"]),
    # A chat opener is not a name ("sanity check -", "quick q:"); "ppl" is people.
    family("chat-openers-and-ppl", [
        "sanity check - any insider at any co sell above $100/sh last yr?",
        "quick q: anyone sell above $100 a share last year",
    ], ["Feld", "$196.08"], ["called"]),
    family("ppl-is-people", [
        "overall how many shs did ppl sell in feb 2021, every co",
    ], ["20,003,915"], ["No filings by Ppl"]),
    # A month of every year ("in a December, in any year"): never this December, never a name.
    family("a-month-of-any-year", [
        "Which insiders exercised stock options in a December, in any year?",
        "option exercises in december, any year",
    ], ["Scarpelli", "Moran", "in December of any year"], ["called"]),
    # Scope and dates said the trader's way: "throughout the data", "nov or dec 2021", "between $40 and $70 a sh",
    # "db wide ... stk".
    family("scope-said-the-traders-way", [
        "Throughout the data, which insiders reported transactions under code J (other), and at which companies?",
        "any1 across every ticker sell in nov or dec 2021 fr",
        "all tickers all yrs: any sells priced between $40 and $70 a sh?",
        "db wide did any ceo actually sell stk",
    ], [("Thiel", "Musk", "Garascia", "Doe")], ["called", "No filings by"]),
)

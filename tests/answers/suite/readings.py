"""Readings the fifth and sixth blind sets found wanting (stop 18), each a family of wordings: the oldest
rows, nicknames and two-letter typos of a company's filers, everyday words that are not names, roles in
Slack shorthand, vesting asked as a "vest schedule", the closest acquisitions when a purchase was asked
about, an amendment's remarks, trades ranked by price, "'24", holders named with a number or beside the kind
of vehicle, "at wave", comparisons said with "bigger than" or between two years, and "lately"."""

from __future__ import annotations

from suite import family, table

CASES = table(
    # Corpus: the oldest row is Musk's grant of 838,996 options on Dec 4, 2009 (Tesla).
    family("oldest-row", [
        "What is the oldest filing in the database?",
        "earliest insider transaction on file",
        "earliest musk transaction on file",
    ], ["Dec 4, 2009", "838,996"], ["Latest activity"]),
    # Corpus: Drew G. Markham (MVIS GC) had 77,905 shares withheld on Jun 10, 2026.
    family("typo-at-company", [
        "What did Drew Markum file at MicroVision?",
        "drew markam mvis",
    ], ["77,905", "Drew G. Markham"], ["No filings by"]),
    # Corpus: Michael Scarpelli (SNOW CFO) sold 200,000 shares on Dec 13, 2022.
    family("nickname", [
        "How many Snowflake shares did Mike Scarpelli sell?",
        "mike scarpelli snow sales total",
    ], ["200,000", "Michael Scarpelli"], ["No filings by"]),
    family("filler-not-names", [
        "Summarise the derivative grants to 374Water officers.",
        "summarize the option grants to 374water officers",
    ], ["757,576", "$0.33"], ["No filings by"]),
    family("proceeds", [
        "What were the total gross proceeds of the Snowflake CFO's sales in December 2022?",
        "snow cfo proceeds dec 2022",
    ], ["$30,351,309.77"], ["No filings by"]),
    family("exceeded", [
        "Which insider sales exceeded $100 million?",
        "sales that exceed $100M",
    ], ["Peter Thiel", "$171,288,140.49"], ["Katherine L. Adams", "No filings by"]),
    family("company-saw", [
        "Which company saw the most insider selling by dollar value in 2021?",
    ], ["1. Tesla, Inc. (TSLA)"], ["could not find"]),
    family("role-shorthand", [
        "snow dirs in the data?",
        "snowflake directors in here?",
    ], ["Mark Garrett", "John Dennis McMahon"], ["sold 73,170"]),
    family("mgmt", [
        "snow mgmt in here?",
    ], ["Michael Scarpelli"], ["gave 61,386"]),
    # Corpus: Melkote's 757,576 options vest 25% after a year, then monthly over 36 months.
    family("vest-schedule", [
        "melkote option vest schedule?",
        "what's the vest schedule on melkote's options",
    ], ["25%", "36"], ["No exercises"]),
    # Samples: Whiting's only row is a grant of 37,500 options (code A), after the strict "no".
    family("buy-near-miss", [
        "Did Tecogen's GC buy any stock?",
        "has the tecogen general counsel bought shares",
    ], ["No open-market purchases (P)", "37,500", "(code A, grant)", "not an open-market purchase"],
        ["bought 37,500"], db="samples"),
    # Corpus: SoftBank's 628,553 BETR shares came by conversion (code C) on Dec 9, 2024.
    family("buy-near-miss-conversion", [
        "softbank buying betr dec 2024?",
        "Did SoftBank buy Better Home & Finance shares in December 2024?",
    ], ["No open-market purchases (P)", "628,553", "code C"], ["bought 628,553"]),
    # Corpus: the LRCX 4/A's remarks: adjusted for a ten-for-one forward split.
    family("amendment-remarks", [
        "Why was the Lam Research Form 4 amended?",
        "lam 4/a - whats amended?",
        "any 4/A at lrcx? whats different",
    ], ["ten-for-one forward split"], ["Filings don't say why"]),
    # Corpus: Musk's highest sale price was $1,196.236 (Nov 8, 2021).
    family("by-price", [
        "highest sale price on record",
        "highest px musk got on nov 8 2021 tsla sells",
    ], ["$1,196.236", "by price per share"]),
    # Corpus: Thiel sold 7,044,756 PLTR shares in 2024 (27,048,671 over all years).
    family("apostrophe-year", [
        "net insider selling pltr '24?",
        "thiel pltr sales total ’24",
    ], ["7,044,756"], ["27,048,671"]),
    family("numbered-trust", [
        "How many Snowflake shares does the John McMahon 1995 Family Trust hold?",
        "mcmahon 1995 family trust snow shares",
    ], ["125,737"], ["in 1995"]),
    family("numbered-fund", [
        "botha sq via sequoia venture 2010 seed fund",
    ], ["899,976"], ["in 2010"]),
    family("vehicle-with-name", [
        "scarpelli kids trusts (fintail) snow shares total?",
        "how many snow shares are in scarpelli's fintail trusts",
    ], ["9,686", "2,755"], ["Nothing is stored for"]),
    family("at-common-word", [
        "hey bot whats new at wave",
        "anything new at wave?",
    ], ["Kyle Moran"], ["Drew G. Markham"]),
    family("comparative-two-people", [
        "Were Elon Musk's 2021 Tesla sales bigger than Peter Thiel's 2021 Palantir sales in dollar terms?",
        "were musk's 2021 tsla sales larger than thiel's 2021 pltr sales",
    ], ["$1,102,342,478.72", "$504,783,221.27"], ["Nothing is stored"]),
    family("comparative-two-years", [
        "Did Peter Thiel sell more Palantir stock in 2021 or in 2024?",
        "Was Thiel's 2021 Palantir selling larger than his 2024 selling, in shares?",
    ], ["20,003,915", "7,044,756"]),
    family("comparative-two-roles", [
        "At Wave Life Sciences, were the CEO's sales bigger than the CFO's last year?",
    ], ["Kyle Moran", ("none on file", "No sales")]),
    family("lately", [
        "hey bot, did anyone buy lately?",
        "any insider buying recently?",
    ], ["Nothing in the last 90 days"]),
    # Corpus: two Form 3s report owning no securities: David O. Sacks (Bird, BRDS), Vinayak Hegde (SunPower).
    family("no-securities", [
        "which form 3s reported owning nothing at all",
        "Were there any Form 3 filings that reported holding no securities?",
        "form 3s w/ no securities owned",
    ], ["David O. Sacks", "Vinayak Hegde", "reported owning no securities"], ["Mithril", "Nothing"]),
    # Samples: Richard Roe holds 55,000 directly and 120,000 through the Roe Family Trust: 175,000.
    family("direct-plus-vehicle", [
        "roe exrb direct + trust total",
        "how many exrb shares does richard roe hold, direct plus the family trust",
    ], ["55,000", "120,000", "175,000"], ["$385,000.00"], db="samples"),
    # Corpus: Mark Garrett's Form 3: options over 383,594 shares directly and 4 x 95,898 through trusts.
    family("derivatives-together", [
        "How many Snowflake options does Garrett hold in total, directly and through trusts?",
        "garrett snow options total direct + trusts",
    ], ["383,594", "95,898", "Together: 767,186"]),
    # Corpus: the LinkedIn Form 3 reports Series A Convertible Preferred convertible into 2,028,942 shares.
    family("form3-preferred", [
        "How much convertible preferred did the LinkedIn Form 3 report?",
        "lnkd form 3 convertible preferred how many",
    ], ["2,028,942"], ["No preferred stock"]),
    # Corpus: Kyle Moran still holds 75,000 options at $3.14 and 222,700 at $4.75 (after Dec 8, 2025).
    family("exact-strike", [
        "How many of the $3.14 Wave options does Kyle Moran still hold?",
        "moran $3.14 options left",
    ], ["75,000", "with an exercise price of $3.14"], ["222,700", "can't value"]),
    # Corpus: David Travers had 33,148 ZIP shares withheld for taxes at $5.96 on Mar 15, 2025 (code F).
    family("exact-price", [
        "travers zip 33,148 shares at $5.96: was that a sale?",
        "did travers sell zip at $5.96",
    ], ["33,148", "code F", "at a price of $5.96"], ["5.96” in the database"]),
    family("market-move", [
        "How much has Apple stock moved since Katherine Adams sold?",
        "has tsla stock gone up since musk sold",
    ], ["I don't have market prices"], ["code S"]),
    family("return-on-purchase", [
        "What return did Elon Musk make on his SolarCity IPO purchase?",
    ], ["I can't tell profits or losses"]),
    # Corpus: Kyle Moran holds 90,365 WVE shares after Dec 9, 2025.
    family("stake-worth-over", [
        "Is Kyle Moran's remaining Wave stake worth more than $1 million?",
    ], ["I don't have market prices", "90,365"], ["I can't value holdings"]),
    # Corpus: 2021 gifts: Musk 5,044,000 TSLA shares and McMahon 61,386 SNOW shares: 5,105,386 in all.
    family("grand-total-across-companies", [
        "total shares gifted in 2021 across everyone",
        "How many shares were given away as gifts in 2021, all companies together?",
    ], ["5,044,000", "61,386", "in all 5,105,386 shares"]),
    # Corpus: the largest sales by shares: Thiel 15,653,541 and 4,346,459 (Feb 18, 2021), 6,914,475 (Mar 12, 2024).
    family("top-by-shares", [
        "What are the top 3 single sale transactions by number of shares?",
        "top 3 sales by share count",
    ], ["15,653,541", "6,914,475", "4,346,459", "by number of shares"], ["by dollar value"]),
    family("top-exercises-by-shares", [
        "top 3 stock option exercises by share count",
    ], ["2,154,572", "200,000", "100,000", "the 3 largest"]),
    # Samples: Jane A. Doe holds 305,250 EXRB shares directly, Richard Roe 55,000; corpus: Adams (AAPL), Feld (BDX).
    family("two-people-named", [
        "After their trades, how many Example Robotics shares did Jane Doe and Richard Roe each hold directly?",
        "jane doe & richard roe exrb holdings",
    ], ["305,250", "55,000"], ["Nothing is stored for"], db="samples"),
    family("two-people-at-two-companies", [
        "Katherine Adams and Michael Feld 10b5-1 sales",
    ], ["Katherine L. Adams", "Michael Feld"], ["Did you mean"]),
    # Corpus: Musk's 838,996 options of Dec 4, 2009 are the largest option grant stored.
    family("english-words-not-names", [
        "biggest stock option grant db-wide",
        "biggest option grant, everyone included",
        "Yes or no: was there an option grant bigger than 500,000 anywhere?",
    ], ["838,996"], ["could not find", "No filings by"]),
    family("surname-shaped-like-a-verb", [
        "whiting options",
    ], ["John Whiting", "37,500"], db="samples"),
    # A surname nobody stored files under is never dropped as an ordinary word: no one else's sales instead.
    family("unknown-surname-shaped-like-a-verb", [
        "fleming sales",
        "did mohammed sell",
    ], [("Fleming", "Mohammed")], ["Jane A. Doe, President"], db="samples"),
    family("while-said-first", [
        "While Jane Doe was selling, did any other Example Robotics insider buy?",
        "during jane doe's selling, did anyone at exrb buy",
    ], ["while Jane A. Doe was selling", "No"], ["bought 10,000"], db="samples"),
    # Corpus: Levchin's Yahoo director options have the highest exercise price stored, $19.90.
    family("highest-strike", [
        "highest option strike anywhere",
        "which option has the highest exercise price",
    ], ["$19.90", "by price per share"], ["No open-market"]),
    family("casual-grant-and-buy", [
        "How many restricted stock units was Reid Hoffman handed by Zynga?",
    ], ["1,474,432", "code A"]),
    family("judgement-and-timing", [
        "Is 17,286 shares a lot of Affirm stock for Keith Rabois to sell?",
        "did jane doe sell at the top?",
        "where's pltr trading today",
    ], [("I can't give investment advice", "I don't have market prices")]),
    # A request to load data: in Slack, what an admin can do; never a CLI command, never an answer about trades.
    family("load-request-in-slack", [
        "can you pull in the latest apple filings?",
        "refresh the data pls",
        "sync snowflake filings",
    ], ["can be loaded by the bot's admin"], ["`insiderbot", "(code S"], surface="slack"),
    family("update-on-is-a-question", [
        "update on tesla insiders?",
    ], ["Tesla, Inc. (TSLA)"], ["can't load"]),
    # Corpus: Musk bought 1,875,000 SCTY shares at the IPO (P); his conversions (C) are not purchases.
    family("excluding-another-kind", [
        "how many scty shares did musk buy, not counting conversions",
        "musk scty purchases excluding conversions",
    ], ["1,875,000"], ["I can't leave things out"]),
    # Corpus: Kyle Moran sold 210,000 WVE shares on Dec 8, 2025 and 50,036 on Dec 9.
    family("versus-in-shares", [
        "moran sells dec 8 vs dec 9 shares",
    ], ["210,000", "50,036"], ["in transactions"]),
    # Corpus: Levchin's 774 Yahoo director options vest 100% on the date of grant.
    family("vested-at-grant", [
        "yhoo levchin option 100% vested at grant?",
        "were levchin's yahoo options vested on grant",
    ], ["vest 100% on the date of grant"], ["No exercises"]),
    # Corpus: Travers's ZIP RSUs settled (code M) 60,732 units on Mar 15, 2025; Hoffman's ZNGA 1,412,997.
    family("rsus-settled", [
        "how did travers zip rsus settle - code M? how many",
        "rsus settled in 2025, total shares, everyone",
        "hoffman znga rsus settled how many",
    ], [("60,732", "1,412,997"), "code M"], ["No filings by"]),
    # Corpus: Berkshire's Form 3 says the 6,125,376 SNOW shares are held by Columbia Insurance Company (a footnote).
    family("holder-named-with-its-entity-word", [
        "How many Snowflake shares does Columbia Insurance Company own?",
        "columbia insurance company snow shares",
    ], ["6,125,376"], ["No filings by Columbia Insurance"]),
    family("a-person-named-in-a-footnote-is-not-a-holder", [
        "alex karp pltr sales",
    ], ["No filings by Alex Karp"], ["6,914,475"]),
    # Corpus: Thiel's 20,733,625 PLTR shares held by STS Holdings II LLC (Mar 12, 2024); Scarpelli's 2019 GRAT 577,218.
    family("roman-numeral-in-a-holders-name", [
        "What Palantir position did STS Holdings II LLC report on the 2024 Form 4?",
        "sts holdings II llc pltr shares",
    ], ["20,733,625"], ["MITHRIL II LP", "Nothing is stored for"]),
    family("grat", [
        "What does the Michael P. Scarpelli 2019 GRAT hold in Snowflake?",
    ], ["577,218"], ["Nothing is stored for"]),
    family("ticker-as-written", [
        "tsla sales 2021",
        "how much tsla does elon hold",
    ], ["Tesla, Inc. (TSLA)"], ["closest name on file"]),
    # "how many form 4s did $tsla insiders file": a count of filings ("insiders" after a verb does not make it a
    # count of people); "filings from 2011" are 2011's, not everything since.
    family("how-many-forms-by-insiders", [
        "how many form 4s did $tsla insiders file in nov 21",
        "how many form 4s did tsla insiders file in november 2021",
    ], ["2 filings"], ["is the insider on file"]),
    family("filings-from-a-year", [
        "What filings are there from 2011?",
        "filings from 2011",
    ], ["in 2011", "1,474,432"], ["since Jan 1, 2011"]),
    # "from 2018" alone is that year ("from 2025 on" is since); nothing before the first filing is said plainly.
    family("anything-from-a-year", [
        "whole db: anything from 2018?",
        "anything on file from 2018",
    ], ["in 2018", "3,465", "152"], ["Jun 10, 2026"]),
    family("from-a-year-on", [
        "rsu settlements from 2025 on, every ticker",
    ], ["since Jan 1, 2025"]),
    # "an event date in 2021", "form 3 statements": the four Form 3 filings of 2021, not a company called "Event".
    family("form-3-statements-by-event-date", [
        "Across every issuer, which Form 3 initial statements have an event date in 2021?",
        "which form 3 statements are from 2021",
    ], ["4 filings", "OSCR", "BKSY", "BRDS", "SPWR"], ["called"]),
    # "$15" after "shares" or "at" is a price per share, not a sale's dollars (Rabois $11.1484, Moran $13.20).
    family("shares-below-a-price", [
        "universe-wide: anyone sell shares below $15 (code S)?",
        "who sold stock at under $15",
    ], ["Rabois", "$11.1484", "$13.20"], ["$196.08"]),
    # Part of a year named relative to today (Dec 7, 2026): "the first half of last year" is H1 2025.
    family("half-or-quarter-of-last-year", [
        "What did insider sales add up to in the first half of last year, in dollars?",
        "sales total 1st half of last year",
    ], ["H1 2025", "$4,238,744.27"], ["$8,357,233.19"]),
    family("quarter-of-this-year", [
        "sales in q1 of this year",
        "any sales in the first quarter of this year",
    ], ["Q1 2026"]),
    # A few filings counted are listed too, with who filed them ("how many 4/As ... and whose").
    family("few-filings-counted-and-listed", [
        "how many 4/As in the data and whose",
        "count the form 4 amendments, who filed them?",
    ], ["1 filing", "Sohail U. Ahmed", "LRCX"], ["Michael Feld"]),
    # A named insider asked for shares with no kind of trade, who filed holdings only: what the Form 3 reported.
    family("shares-reported-holdings-only", [
        "How many Snowflake shares did Warren Bufett report?",
        "how many snow shares did buffett report",
    ], ["6,125,376", "the filings report holdings only"], ["No transactions found"]),
    # A person's first and latest filings: the filings listed, with the span of their dates.
    family("first-and-last-filing", [
        "When was Peter Thiel's first filing in the data, and his most recent?",
        "thiel first + last filing dates in here",
    ], ["7 filings for Peter Thiel, from Sep 22, 2020 to Mar 12, 2024"]),
    # "dec 09" with nothing filed on a Dec 9 of any year is read as December 2009, and says so (yearless.py);
    # "mar 05" with a filing on a Mar 5 stays a day (readings below).
    family("month-and-zero-padded-year", [
        "musk tsla filings dec 09",
        "what did musk file in dec 09",
    ], ["Dec 4, 2009"], ["Dec 9, 2010"]),
    # Review mends: readings that must not catch ordinary wording. A zero-padded day stays a day ("mar 05" is not
    # March 2005); moving stock to a trust is not a price move; a four-digit dollar bound after "stock" is a value.
    family("zero-padded-day-stays-a-day", [
        "musk sales on mar 05",
    ], ["Mar 5"], ["March 2005"]),
    family("moved-to-a-trust-is-not-a-price-move", [
        "musk moved stock to a trust",
    ], [], ["can't say how the stock has moved"]),
    family("four-digit-dollar-bound-is-a-value", [
        "did anyone buy stock under $5000",
    ], ["worth less than $5,000"], ["at a price of"]),
    # "the first Form 4 of 2025", "thiel's first filing": the earliest (a named person's first filing may be a Form 3,
    # so their filings are listed oldest first); "the first half of 2025" stays a date.
    family("the-first-form-4-of-a-year", [
        "Who filed the first Form 4 of 2025?",
    ], ["Earliest stored activity", "Jessica Snow", "Jan 6, 2025"]),
    family("a-persons-first-filing", [
        "thiel's first filing",
        "what was peter thiel's first filing",
    ], ["oldest first", "Form 3 for Sep 22, 2020"]),
)

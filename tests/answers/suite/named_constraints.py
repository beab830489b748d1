"""Class 2: a named person or company that cannot be matched is never silently dropped: the answer says
nothing is stored for that name, and never shows other insiders' trades as the answer."""

from __future__ import annotations

from suite import family, table

# Musk's 2021 Tesla sales (both Nov 8, 2021 filings): 934,091 shares; the first row 1,100 at $1,135.05.
MUSK_2021 = ["934,091", "sold 1,100 shares", "$1,102,342,478.72"]
# Katherine Adams's Apple sales (May 4, 2022).
ADAMS = ["sold 9,136 shares", "25,000 shares", "$4,042,887.94"]
# Thiel's Palantir sales.
THIEL = ["sold 15,653,541", "20,003,915", "6,914,475"]

CASES = table(
    family("jane-roe-tsla", [
        "how many shares has jane roe sold at tsla",
        "How many shares has Jane Roe sold at Tesla?",
        "jane roe $TSLA sales",
        "did jane roe dump any tesla",
    ], [("jane roe",)], MUSK_2021 + ["Richard Roe"]),
    family("john-smith-apple", [
        "what did john smith sell at apple",
        "John Smith's sales at Apple",
        "john smith aapl sells",
    ], [("john smith",)], ADAMS),
    family("bob-jones-tsla-2021", [
        "bob jones tsla sales 2021",
        "What did Bob Jones sell at Tesla in 2021?",
    ], [("bob jones",)], MUSK_2021),
    family("sarah-connor-pltr", [
        "did sarah connor buy any PLTR",
        "sarah connor palantir trades",
        "Sarah Connor sales at Palantir",
    ], [("sarah connor",)], THIEL),
    family("mary-barra-snow", [
        "Mary Barra's sales at Snowflake",
        "mary barra snow sells",
    ], [("mary barra",)], ["sold 73,170", "200,000 shares", "Michael Scarpelli, Chief"]),
    family("tim-cook", [
        "what has tim cook sold",
        "Tim Cook sales",
        "tim cooks aapl sales",
    ], [("tim cook",)], ADAMS),
    family("jensen-huang", [
        "jensen huang sales",
        "What did Jensen Huang sell?",
    ], [("jensen huang",)], MUSK_2021 + THIEL),
    family("satya-msft", [
        "how much did satya nadella get at microsoft",
        "Satya Nadella RSUs at Microsoft",
    ], [("satya nadella",)], ["289.408"]),
    family("acme", [
        "acme corp ceo sales",
        "What did Acme's CEO sell in 2024?",
        "$ACME sales",
    ], [("acme",)], ["Jane A. Doe, President", "sold 25,000", "934,091"]),
    family("foobar", [
        "what did foobar inc insiders buy",
        "Foobar Inc purchases",
    ], [("foobar",)], ["1,997,000", "333,333", "bought"]),
    family("zorblat-2021", [
        "zorblat sales in 2021",
        "zorblat industries insider selling 2021",
    ], [("zorblat",)], MUSK_2021 + THIEL),
    # A known insider at a company where they never filed.
    family("musk-at-apple", [
        "musk sales at apple",
        "What did Elon Musk sell at Apple?",
        "elon $AAPL sells",
    ], [("apple",)], ADAMS + MUSK_2021),
    family("thiel-at-tesla", [
        "thiel sales at tesla",
        "did peter thiel sell any tsla",
    ], [("thiel",)], MUSK_2021 + THIEL),
    family("buffett-at-tesla", [
        "buffett sales at tsla",
        "Warren Buffett's Tesla trades",
    ], [("buffett",)], MUSK_2021),
    family("adams-at-tesla", [
        "katherine adams sales at tesla",
        "did katherine adams sell tsla",
    ], [("adams",)], MUSK_2021 + ADAMS),
    family("moran-at-apple", [
        "has kyle moran sold any AAPL",
        "kyle moran apple sales",
    ], [("moran",)], ADAMS + ["sold 60,000 Ordinary"]),
    # Roles a company has no filer for: another officer's trades are not the answer.
    family("tesla-cfo", [
        "what did the cfo of tesla sell",
        "teslas cfo sales",
        "TSLA CFO sales in 2021",
    ], [("cfo", "chief financial officer")], MUSK_2021),
    family("palantir-ceo", [
        "palantir ceo sales",
        "What did Palantir's CEO sell?",
    ], [("ceo", "chief executive")], THIEL),
    family("apple-ceo", [
        "apple ceo sales",
        "what did apples ceo dump",
    ], [("ceo", "chief executive")], ADAMS),
    family("tesla-gc", [
        "tsla gc sales",
        "Tesla general counsel sales",
    ], [("general counsel", "gc")], MUSK_2021),
    family("john-q-public-pltr", [
        "sales by john q public at pltr in 2021",
        "john q. public palantir sales 2021",
    ], [("public",)], THIEL),
    # Companies that are not stored.
    family("nvda", [
        "$NVDA sales",
        "nvidia insider sales",
        "What have NVIDIA insiders sold?",
    ], [("nvda", "nvidia")], MUSK_2021 + THIEL + ["sold"]),
    family("amazon", [
        "what did amazon insiders dump",
        "Amazon insider sales in 2021",
    ], [("amazon",)], MUSK_2021 + THIEL),
    family("zuckerburg", [
        "zuckerburg sales",
        "how much has mark zuckerberg sold",
    ], [("zuckerb",)], MUSK_2021 + THIEL + ["sold"]),
    family("bezoz", [
        "bezoz sales",
        "jeff bezos amzn sells",
    ], [("bezo",)], MUSK_2021 + THIEL + ["sold"]),
    family("diamon", [
        "diamon jpm sales",
        "Jamie Dimon's sales at JPMorgan",
    ], [("dimon", "diamon", "jpm")], MUSK_2021 + THIEL + ["sold"]),
    # The samples: a real name at a company where they never filed, and names never filed.
    family("whiting-at-exrb", [
        "whiting sales at EXRB",
        "did john whiting sell example robotics",
    ], [("whiting",)], ["sold 25,000", "Jane A. Doe, President", "$42.1735"], db="samples"),
    family("jane-doe-at-tecogen", [
        "jane doe purchases at tecogen",
        "Jane Doe's trades at TGEN",
    ], [("tecogen", "tgen")], ["37,500", "John Whiting, General"], db="samples"),
    family("roe-at-exbt", [
        "how many shares did richard roe sell at EXBT",
        "richard roe example biotech sales",
    ], [("roe",)], ["1,850", "Alex J. Smith, Chief", "200,000"], db="samples"),
    family("jane-roe-exrb", [
        "how many shares has jane roe sold at exrb",
        "What did Jane Roe sell at Example Robotics?",
    ], [("jane roe",)], ["sold 25,000 shares", "$1,269,587.50"], db="samples"),
    family("john-smith-tgen", [
        "john smith options at tecogen",
        "What options did John Smith get at Tecogen?",
    ], [("john smith",)], ["37,500", "$0.88"], db="samples"),
    # Stop 17: "besides X, who else…" asks for the others (never a refusal, never X's own rows).
    family("who-else-snow", [
        "Besides Michael Scarpelli, who else has filed at Snowflake?",
        "who else files at snow besides scarpelli",
    ], ["McMahon", "Garrett", "Leaving out Michael Scarpelli"], ["can't leave things out"]),
    family("who-else-tsla-none", [
        "Apart from Elon Musk, who else reports Tesla trades here?",
        "anyone other than musk at tsla?",
    ], ["Only Elon Musk has filings stored", "no other insider"], ["can't leave things out"]),
    # A person who files nothing here is never answered with the holdings of a filer whose footnote names him.
    family("karp-not-thiels-holdings", [
        "alex karp pltr sells",
        "what did alex karp sell at palantir",
    ], ["No filings by Alex Karp"], ["Peter Thiel held", "Class F"]),
    # Two people named together, one stored and one not: the stored one's answer, and the other said to have
    # no filings here (Thiel's PLTR sales; Doe's 2 EXRB sales of May 2024).
    family("one-of-two-people-unknown", [
        "What did Peter Thiel and Jeff Bezos sell at Palantir?",
        "thiel and bezos pltr sales",
    ], ["No filings by", "Bezos are stored", "6,914,475"], []),
    family("one-of-two-people-unknown-samples", [
        "did jane doe or john smith sell exrb in may 2024",
    ], ["No filings by John Smith", "5,000"], ["1,850"], db="samples"),
    # A person left out ("besides", "other than", "excluding"): everyone else's trades, never the person's own.
    family("everyone-but-the-person-named", [
        "exrb trades other than jane doe's",
        "what did exrb insiders besides jane doe buy",
        "example robotics trades excluding jane doe",
    ], ["Leaving out Jane A. Doe", "bought 10,000 shares", "$38.50"], ["sold 5,000", "sold 25,000"], db="samples"),
    family("no-one-else-files-there", [
        "besides musk, who sold tsla in 2021",
        "mvis trades excluding markham",
    ], [("Only Elon Musk has filings stored", "Only Drew G. Markham has filings stored")], ["sold 1,100", "77,905"]),
    family("others-have-no-such-trade", [
        "snow sales besides scarpelli",
    ], ["Leaving out Michael Scarpelli", "no open-market sales (S) found"], ["sold 73,170"]),
    # Two names sharing a word ("Example Ventures Fund II" and "Example Biotech"): each takes its own "Example".
    family("two-names-sharing-a-word", [
        "what does example ventures fund ii hold in example biotech",
        "Is Example Ventures Fund II going to sell its Example Biotech shares?",
    ], [("4,200,000", "can't predict")], ["could not find", "No filings by"], db="samples"),
    # A lower-case word no dictionary knows, standing where a name stands, is a name that is not stored: said so,
    # never dropped while another name's rows answer ("levchin paypal sells": not Levchin's YELP conversions;
    # "nadella msft form 4s": not Hoffman's MSFT RSUs).
    family("unheard-of-lowercase-names", [
        "levchin paypal sells",
        "nadella msft form 4s in here?",
        "satya nadella msft sales",
    ], [("Nothing is stored for", "No filings by")], ["3,232,153", "289.408", "Not understood and ignored"]),
    # ... but the stored company's own ticker beside its name is not another name ("ff affirm growth ... afrm").
    family("ticker-beside-the-name", [
        "ff affirm growth llc - rabois afrm shares held there?",
    ], ["75,000"], ["Nothing is stored for"]),
    # "confirm that X never sold": whether X sold (no filings by Tim Cook), never a refusal to leave things out;
    # "who never sold" still cannot be listed.
    family("confirm-never-sold", [
        "Confirm that Tim Cook never sold Apple stock according to these filings.",
        "tim cook never sold aapl right?",
    ], ["No filings by Tim Cook"], ["leave things out", "25,000"]),
    family("who-never-sold-cannot-be-listed", [
        "which insiders never sold",
    ], ["I can't leave things out"]),
    # "did X buy or sell any Y shares" is a question about trades, not a request for advice.
    family("buy-or-sell-any", [
        "Did Kyle Moran buy or sell any Snowflake shares?",
        "did moran buy or sell any snow stock",
    ], ["No open-market purchases and sales (P, S) found for Kyle Moran"], ["investment advice"]),
    # Two unknown lowercase words before "at <company>" are a person, never ignored while the company's trades are
    # listed ("bob markems at snowflake" was Snowflake's eight rows and "Not understood and ignored: bob, markems").
    family("unknown-person-at-a-company", [
        "bob markems at snowflake",
        "drew markems at snowflake",
    ], [("No filings by Bob Markems", "No filings by Drew Markems")], ["Not understood and ignored", "73,170", "61,386"]),
    # A common word before "shares" or "trades" beside a person names the company, never dropped ("roelof botha snow
    # trades" was all of Botha's trades at MongoDB and Square); "jessica snow shares" stays her name.
    family("company-word-beside-a-person", [
        "roelof botha snow trades",
        "roelof botha snow shares",
    ], [("No ", "Snowflake")], ["was granted 629", "3,465"]),
    family("surname-that-is-a-company-word", [
        "jessica snow shares",
    ], ["Jessica Snow", "253,329"], ["Snowflake"]),
    # A company left out ("ex wve", "leaving Wave aside"): every other company's rows, said first; never Wave's.
    family("a-company-left-out", [
        "2025 insider sells ex wve - total $",
        "insider sales in 2025 excluding wave life sciences, total $",
    ], ["Leaving out Wave Life Sciences Ltd. (WVE)", "$4,253,254.19"], ["Kyle Moran", "can't leave things out"]),
)

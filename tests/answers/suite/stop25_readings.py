"""Readings added in stop 25: verbs where only a verb stands ("anyone take stock", "form 3s state that", "a title
that includes Secretary") and, asked of every company, dictionary words that name no one; the chief revenue,
marketing and people officers; a market-wide figure compared across years; the median price; "bucks" as dollars a
share; a gift handed to charity; the shares of a day ranked by dollars; Section 16 exemption rules cited in
footnotes, and a footnote topic asked alone."""

from __future__ import annotations

from suite import family, table

NOT_A_NAME = ["could not find a company or insider called", "Nothing is stored for", "No filings by"]

CASES = table(
    family("verbs-where-a-verb-stands", [
        "Across every issuer, which officers hold a title that includes Secretary?",
        "anywhere in db somebody give share to charity",
        "did anyone anywhere take stock instead of cash director fees",
    ], [], NOT_A_NAME),
    family("secretaries-by-title", [
        "which officers anywhere have a title that includes secretary",
    ], ["Katherine L. Adams", "Jessica A. Garascia", "John Whiting"], NOT_A_NAME),
    family("no-securities-form-3s", [
        "Across the whole data set, which Form 3s state that the reporting person owns no securities of the issuer?",
    ], ["Vinayak Hegde", "David O. Sacks"], ["Berkshire"]),
    family("dictionary-words-asked-of-every-company", [
        "Across all issuers, which directors received equity as director compensation?",
    ], ["Max R. Levchin"], NOT_A_NAME),
    family("chief-revenue-officer", [
        "whos the cro in here",
        "who is the chief revenue officer at bdx",
    ], ["Michael Feld", "chief revenue officer"], ["market prices"]),
    family("chief-revenue-officer-trades", [
        "BDX CRO?",
    ], ["Michael Feld", "sold 74 shares"], ["market prices"]),
    family("chief-people-officer-none", [
        "who is the chief people officer",
        "any chro sales",
    ], ["No "], ["Michael Feld"]),
    family("market-wide-years-compared", [
        "yoy insider selling $ 2022 vs 2023",
        "total insider sales in 2022 vs 2023, in dollars",
    ], ["Sales in 2022 were bigger", "$34,394,197.71", "$192,711.24"], ["could not compare"]),
    family("median-sale-price", [
        "median sale px last yr, whole db, every ticker",
        "what was the median sale price across all companies in 2025",
    ], ["Median price: $37.59 over 13 priced transactions", "the middle share traded at $18.00"], NOT_A_NAME),
    family("median-of-one-insider", [
        "median sale price for scarpelli",
    ], ["Median price: $152.655 over 5 priced transactions"]),
    family("bucks-a-share", [
        "apple gc unloaded how many shs below 161 bucks",
        "adams sold how many shares under 161 bucks",
    ], ["14,452 shares", "less than $161.00"], ["of less than 161 shares"]),
    family("handed-to-charity", [
        "musk handed how many tsla shs to charity on nov 19 2021",
        "how many shares did elon hand over to charity on november 19, 2021",
    ], ["2,234,000 shares", "code G"], ["grants and awards"]),
    family("a-day-ranked-by-dollars-with-its-shares", [
        "did elon really unload like a billion of tsla in one day",
        "musk's biggest single day of tsla sales by dollars",
    ], ["Nov 8, 2021", "$1,102,342,478.72 for 934,091 shares"]),
    family("exemption-rules-cited", [
        "Across all filers, which filings cite a specific SEC exemption rule (such as Rule 16a-9, 16a-13 or 16b-3) in "
        "their footnotes?",
        "any filings citing rule 16b-3 or 16a-13",
    ], ["citing a Section 16 exemption rule", "David Travers", "Peter Thiel"], NOT_A_NAME),
    family("a-footnote-topic-alone", [
        "any reverse splits",
        "any 16b-3 exemptions",
    ], [], ["I could not tell what you are asking"]),
    family("sentiment-then-what-insiders-did", [
        "insider sentiment at $dkng",
        "is dodge bullish on draftkings",
    ], ["The filings don't say what insiders think of the stock or what a trade signals", "R. Stanton Dodge",
        "sold 52,777 shares"], ["I can't give investment advice"]),
    family("sentiment-of-a-name-not-stored", [
        "is thiel bullish on fintech or nah",
    ], ["The filings don't say what insiders think", "Nothing is stored for “fintech”"]),
    family("ex-as-exercise", [
        "wve cfo ex strikes?",
        "moran ex prices",
    ], ["$2.83", "$3.14", "$4.75", "$8.17", "$10.48"], ["I can't leave things out"]),
    family("a-vehicle-named-after-its-owner", [
        "What is the total number of Snowflake shares held by Scarpelli's six Fintail trusts?",
        "snow shares held by scarpelli's fintail trusts, total",
    ], ["37,323 shares of Class A Common Stock", "in 6 positions (all indirect)"], ["John Dennis McMahon", "Berkshire"]),
    family("signed-personally-or-by-attorney", [
        "Across all issuers, which Form 4s from 2025 on did the insider sign personally rather than through an "
        "attorney-in-fact?",
        "thiel pltr form 4s whos the atty signing em",
    ], ["as each signature block reads"], NOT_A_NAME),
    family("addresses-outside-the-us", [
        "which reporting owners have an address outside the United States",
    ], ["SOFTBANK GROUP CORP.", "GOLDEN PROPERTIES LTD.", "Vancouver"], NOT_A_NAME),
    family("pres-is-president", [
        "zip pres bought shs mar 25?",
    ], ["No open-market purchases (P)", "David Travers", "code M"], NOT_A_NAME),
    family("a-strike-before-opts-and-wouldve", [
        "moran 2.83 opts when wouldve they expired",
    ], ["60,000 share options", "Jul 25, 2032"], NOT_A_NAME),
    family("chat-spelt-verbs", [
        "who dumpd most shs 2022",
    ], ["1. Michael Scarpelli (SNOW): 200,000 shares"], NOT_A_NAME),
    family("motives-and-price-targets-said-in-passing", [
        "did musk sell tsla in nov 21 bc he thought it topped",
        "Did Kyle Moran know something negative about Wave when he sold in December 2025?",
    ], ["Filings don't say why an insider traded"]),
    family("market-prices-said-as-px-or-pt", [
        "dkng pt after dodge sells",
        "tgen stock px the day whiting got his opts",
    ], ["I don't have market prices or quotes."]),
    # (read as the stored one only when the SEC's ticker table is loaded: tests/answers/test_ticker_typos.py)
    family("a-dollar-ticker-one-keystroke-off-without-the-ticker-table", [
        "$DKGN clo sells",
        "$PLNTR thiel 2024 sells",
    ], ["Did you mean"], ["one keystroke away"]),
    family("held-between-two-events", [
        "travers zip shs after rsu vest b4 tax",
        "How many Arrow Electronics shares did Carine Lamercie hold after the PSU shares were credited but before the "
        "tax withholding?",
    ], ["right before the", "(code F)"]),
    family("shares-held-right-before-a-gift", [
        "musk trust tsla shs right b4 the nov 19 21 gift",
    ], ["177,652,251 shares of Common Stock indirectly (By Trust) right before the 2,234,000-share transaction"]),
    family("a-holding-changed-over-several-rows", [
        "By how much did Stanton Dodge's direct DraftKings holding fall over his March 2025 sales, and where did it end up?",
        "how did musk's trust holding fall over his nov 2021 gifts",
    ], ["went from", "before the first of these", "after the last", "down"]),
    family("what-is-left", [
        "whats jane doe got left in exrb",
    ], ["305,250 shares"], ["grants and awards"], db="samples"),
    family("options-soonest-to-expire", [
        "which opts on file expire soonest from today",
        "Which stock options still held are the next to expire?",
    ], ["Mark Garrett held stock options", "expires Apr 14, 2028"], ["found for all companies"]),
    family("awards-of-one-security-compared", [
        "Which received the larger RSU award, Rajesh Melkote or Jessica Snow, and by how many units?",
        "melkote or jessica snow: whose rsu award was bigger",
    ], ["757,756 RSUs", "106,150 RSUs", "a difference of 651,606 RSUs"]),
    family("near-miss-outside-the-time-asked", [
        "did mcmahon sell snow in 2022",
        "any john mcmahon snowflake sales in 2022?",
    ], ["No open-market sales (S) in 2022", "and outside the time asked", "61,386 shares", "Dec 23, 2021"]),
    family("holdings-between-two-named-rows", [
        "how many tsla shares did musk hold after exercising his options but before the sales",
    ], ["2,154,572 shares of Common Stock directly right before"]),
    family("holdings-change-over-two-filings-of-a-day", [
        "how did musk's tsla holding change over the 2021 sales",
    ], ["went from 2,154,572", "to 1,220,481", "down 934,091 shares"]),
    family("relatives-trusts-are-vehicles", [
        "what does musk hold through his daughter's trust",
        "tsla shares held by the children's trusts",
    ], [], NOT_A_NAME),
    family("median-size", [
        "what's the median sale size at tsla",
    ], ["Median size:"], ["Median price"]),
    family("signal-of-a-code-is-no-sentiment", [
        "what does code F signal on a form 4",
        "any red flags at dkng",
    ], [], NOT_A_NAME + ["what a trade signals; what they did: 5 transactions"]),
    family("pt-that-is-no-price-target", [
        "pt 2: who are the snowflake insiders",
    ], ["Snowflake"], ["I don't have market prices"]),
    family("ex-before-what-is-leaving-out", [
        "tsla insider sales ex what musk sold",
    ], ["I can't leave things out"], ["sold 1,100 shares"]),
    family("signing-a-plan-is-no-signature", [
        "who signed a 10b5-1 plan in 2024",
        "who signed the most form 4s",
    ], [], ["as each signature block reads"]),
    family("three-people-named-together", [
        "whiting + melkote + jessica snow options total",
        "john whiting, rajesh melkote and jessica snow: total options granted",
    ], ["3 reporting owners", "865,826 options"], ["In total for Jessica Snow (options)"]),
    family("two-companies-officers-added-up", [
        "zip pres + mvis gc rsu vests combined shs",
        "the dkng clo and the aapl gc sales combined",
    ], ["Together ("], ["for the presidents of ZIPRECRUITER, INC. (ZIP) / MICROVISION"]),
    family("when-a-plan-was-adopted", [
        "when did doe adopt her plan",
        "wen did jane doe set up her exrb 10b5-1",
    ], ["Rule 10b5-1 plan adoption dates the filings state: Dec 1, 2023 (Jane A. Doe, EXRB; footnote F1"],
        NOT_A_NAME, db="samples"),
    family("plans-adopted-in-a-year", [
        "Across the entire database, which Rule 10b5-1 trading plans were adopted during 2024, and by whom?",
    ], ["Sep 20, 2024 (Raymond E. Cabillot, PDEX", "Dec 13, 2024 (R. Stanton Dodge, DKNG"], ["Dec 1, 2023"]),
    family("proceeds-said-as-make", [
        "how much did dodge make selling dkng in march 25",
    ], ["$4,043,811.93"], ["I don't have market prices"]),
    family("people-who-traded-counted", [
        "how many insiders sold in 2025",
        "how many distinct ppl sold in 2025",
    ], ["6 insiders with filings stored (sales (S) in 2025)", "R. Stanton Dodge"], ["In all:"]),
    family("every-form-3-listed", [
        "list every form 3",
    ], ["9 filings for all companies (on Form 3)"], ["reported positions"]),
    family("a-code-named-among-all", [
        "list all code J transactions",
    ], ["4 transactions for all companies (distributions and other transactions (J))"]),
    family("a-common-word-company-before-its-form", [
        "who is the reporting person on the oscar form 3",
    ], ["2 insiders have filed for Oscar Health, Inc. (OSCR)"], ["Vinayak Hegde"]),
    family("top-companies-ranked", [
        "top 3 companies by insider selling $",
    ], ["Companies ranked by dollar value", "1. Tesla, Inc. (TSLA)"]),
    family("held-after-each-row", [
        "moran wve shs held after each of the 3 exercises on dec 8",
        "What was Drew Markham's direct MicroVision holding after each of his two RSU settlements on June 8, 2026?",
    ], ["held after each of these", "(code M)", "Source: Form 4"], ["after the latest filing for each security"]),
    family("proceeds-of-one-named-sale", [
        "how much $ did the bdx exec get for his dec 2025 sale",
    ], ["$14,509.92"], ["grants and awards"]),
    family("a-single-biggest-row-not-a-sum", [
        "how much did musk rake in from his single biggest tsla lot on 11/8/21",
    ], ["biggest", "101,589 shares", "$120,563,691.83"]),
    family("ciks-with-the-addresses", [
        "roleof botha reporting owner cik #",
        "whats reid hoffman's cik",
    ], ["(CIK "], NOT_A_NAME),
    family("a-company-cik", [
        "whats tesla's cik",
    ], ["The company's CIK: Tesla, Inc. 1318605"]),
    family("judgments-and-returns-said-new-ways", [
        "would thiel have done better holding pltr instead of selling in 2024",
        "is isba a good dividend play",
        "expected return if i copy mcguirks isba buy",
    ], ["I can't"]),
    family("plan-as-a-verb", [
        "did the softbank guys convert betr bc they plan to sell",
    ], ["Filings don't say why an insider traded"], ["under a 10b5-1 plan (conversions"]),
    family("an-insider-left-out-at-the-end", [
        "biggest gift leaving musk out",
        "biggest gift not by musk",
    ], ["Leaving out Elon Musk, as asked", "John Dennis McMahon"], ["gave 2,234,000 shares"]),
    family("sales-not-by-an-insider", [
        "sales not by Musk",
    ], ["Leaving out Elon Musk, as asked", "34 transactions"], ["I can't leave things out"]),
    family("no-transactions-only-holdings", [
        "Has Michelle Yee reported any transactions in the data?",
    ], ["No transactions are on file for Reid Hoffman & Michelle Yee Living Trust", "17,037,090"]),
    family("reporting-persons-counted", [
        "Across the entire database, how many distinct reporting persons had shares withheld under transaction code F, "
        "and who are they?",
    ], ["5 insiders with filings stored (tax withholding (F))", "David Travers"]),
    family("r-for-are", [
        "which snow insiders r officers",
    ], ["Michael Scarpelli"], NOT_A_NAME),
    family("insiders-ranked-by-their-average-price", [
        "Which seller has the lowest average sale price across all of their sales?",
        "which insider sold at the lowest avg price",
    ], ["Insiders ranked by average price per share", "1. Keith Rabois (AFRM): $11.15 a share"]),
    family("sellers-averaging-over-a-price", [
        "which sellers avg'd over $100 a sh",
    ], ["1. Elon Musk (TSLA)", "Michael Feld"], ["Keith Rabois"]),
    family("funds-by-short-name-added-up", [
        "ff-iii + ff-iiie + ff-iiip pltr class a on the 2020 form 3 summed",
        "On Thiel's 2020 Palantir Form 3, how many Class A shares did FF-III, FF-IIIE and FF-IIIP hold together?",
    ], ["Together (", "11,060,562 shares of Class A Common Stock in 3 positions"]),
)

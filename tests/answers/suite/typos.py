"""Class 12: typos in names resolve to the close name with a note, or a did-you-mean; never "not
understood and ignored" while answering anyway."""

from __future__ import annotations

from suite import NOT_BOUGHT, family, table

IGNORED = "Not understood and ignored"

CASES = table(
    family("muks", [
        "elon muks sales 2021",
        "elon msuk sales in 2021",
        "Elon Muks's 2021 sales",
    ], ["Elon Musk", ("934,091", "49 transactions")], [IGNORED, "Peter Thiel"]),
    family("theil", [
        "peter theil pltr sales",
        "theil palantir sells",
        "Peter Theil sales",
    ], ["Peter Thiel", "15,653,541"], [IGNORED, "Elon Musk"]),
    family("katherin", [
        "katherin adams sales",
        "katherine adems sales",
    ], ["Katherine L. Adams", "9,136"], [IGNORED]),
    family("scarpeli", [
        "scarpeli exercises",
        "michael scarpeli option exercise",
    ], ["Michael Scarpelli", "200,000", "$8.88"], [IGNORED] + list(NOT_BOUGHT)),
    family("whitting", [
        "whitting options",
        "john whitting grant",
        "jon whiting options",
        "what did whitting get",
    ], ["John Whiting", "37,500", "$0.88"], [IGNORED] + list(NOT_BOUGHT), db="samples"),
    family("bufett", [
        "warren bufett holdings",
        "buffet snowflake",
        "what does warren buffet own",
    ], ["6,125,376"], [IGNORED]),
    family("hofman", [
        "reid hofman zynga",
        "reid hoffmann zynga rsus",
    ], ["1,474,432"], [IGNORED]),
    family("levchn", [
        "max levchn yahoo options",
        "max lechin yhoo options",
    ], ["774", "$19.90"], [IGNORED]),
    family("moren", [
        "kyle moren sales",
        "kyle morann sells dec 2025",
    ], ["Kyle Moran", "60,000"], [IGNORED]),
    family("markam", [
        "drew markam rsus",
        "drew markhem rsu grant",
    ], ["Drew G. Markham", "150,000"], [IGNORED]),
    family("dodg", [
        "stanton dodg sales",
        "r stanton dodgee sells",
    ], ["R. Stanton Dodge", "49,252"], [IGNORED]),
    family("garasica", [
        "jessica garasica sales",
        "jessica garascia sells",
    ], ["Jessica A. Garascia", "1,500", "$66.903"], [IGNORED]),
    family("clemments", [
        "carol clemments rsus",
        "carol ann clemens rsu grant",
    ], ["Carol Ann Clements", "110,474"], [IGNORED]),
    family("melkot", [
        "rajesh melkot options",
        "rajesh melkotte option grant",
    ], ["757,576"], [IGNORED]),
    family("bota", [
        "roelof bota gifts",
        "roelof botah mdb gifts",
    ], ["1,057"], [IGNORED, "sold 1,057"]),
    family("mcguirck", [
        "mcguirck purchases",
        "richard mcguirk isba buys",
    ], ["275.634"], [IGNORED]),
    family("company-typos", [
        "palantr sales",
        "palantir sales",
        "pallantir sells",
    ], ["15,653,541"], [IGNORED]),
    family("draftkngs", [
        "draftkngs sales",
        "draft kings sales",
    ], ["49,252"], [IGNORED]),
    family("microvison", [
        "microvison gc",
        "micro vision gc rsus",
    ], ["Drew G. Markham"], [IGNORED]),
    family("snowflke", [
        "snowflke cfo",
        "snowflak cfo sales",
    ], ["Michael Scarpelli"], [IGNORED]),
    family("teslla", [
        "teslla ceo sales 2021",
        "telsa ceo sales in 2021",
    ], ["Elon Musk", ("934,091", "49 transactions")], [IGNORED]),
    family("jane-do", [
        "jane do sales",
        "jane doh sells",
    ], ["Jane A. Doe", "25,000"], [IGNORED, "Richard Roe"], db="samples"),
    family("richard-roo", [
        "richard roo purchases",
        "richrd roe buys",
    ], ["Richard Roe", "10,000"], [IGNORED, "Jane A. Doe, President"], db="samples"),
    family("alex-smth", [
        "alex smth rsus",
        "alex smit rsu vesting",
    ], ["Alex J. Smith", "5,000"], [IGNORED], db="samples"),
    family("tecogen-typos", [
        "tecogen gc opitons",
        "tecgen gc options",
        "tecogenn gc grant",
    ], ["John Whiting", "37,500"], [IGNORED] + list(NOT_BOUGHT), db="samples"),
    family("exmaple", [
        "exmaple robotics ceo sales",
        "example robitics ceo sales",
    ], ["Jane A. Doe", "25,000"], [IGNORED], db="samples"),
    # Stop 17: a company name written apart, with a token that is no name word on its own.
    family("split-company-names", [
        "mongo db rsus botha",
        "374 water cto options",
        "two seventy bio snow grants",
    ], [("MongoDB", "374Water", "2seventy")], ["could not find a company"]),
    # "end up with": what was held afterwards; the name's typo read as the close name.
    family("ended-up-with", [
        "How many Yelp Class B shares did Max Levchine end up with in March 2012?",
        "what did levchin end up with at yelp",
    ], ["3,911,937"], ["No filings by"]),
    # A mistyped name beside the company the person files for: the company's one filer close in every typed word
    # (Buffett's 6,125,376 SNOW, Clements at JBLU, Botha's 129 shares in lieu of fees), with a note; never a
    # different person ("jane roe at exrb": Richard Roe and Jane Doe file there, Jane Roe does not).
    family("typo-beside-the-company", [
        "buffit's snowflake position size",
        "warren buffet snow holdings",
    ], ["6,125,376", "Read “"], ["No filings by"]),
    family("typo-with-extra-words", [
        "How many MongoDB shares did Roelof Boetha take in lieu of cash fees?",
    ], ["129", "Roelof Botha"], ["No filings by"]),
    family("close-but-another-person", [
        "jane roe exrb sales",
        "How many shares has Jane Roe sold at Example Robotics?",
    ], ["No filings by Jane Roe"], ["sold 25,000", "bought 10,000", "Read “"], db="samples"),
    # A first letter misheard beside the company ("karine lamercie" at ARW: Carine Lamercie Jean-Claude).
    family("first-letter-misheard-beside-its-company", [
        "karine lamercie arw shs after withholding",
    ], ["Carine Lamercie Jean-Claude", "20,869"], ["No filings by Karine"]),
    # With no company beside it: the one insider on file holding a typed word exactly and close to every other
    # ("markems" starts as Markham does; "jesicca" is two edits from Jessica, "snow" beside it is her name).
    family("typo-with-no-company", [
        "whats drew markems title",
        "drew markam's title?",
    ], ["Drew G. Markham", "GC", "Read “"], ["No filings by"]),
    family("typo-first-name-beside-a-soft-word", [
        "jesicca snow options",
        "show me jesicca snows options",
    ], ["Jessica Snow", "70,750", "$2.64"], ["No filings by", "Snowflake"]),
    family("no-close-person-market-wide", [
        "what did bob markems sell",
        "jane roe sales",
    ], ["No filings by"], ["Read “", "Markham", "Richard Roe"]),
)

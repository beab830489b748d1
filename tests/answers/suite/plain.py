"""Plain questions and their Slack twins over every filing: the facts of each filing a right answer holds."""

from __future__ import annotations

from suite import NOT_BOUGHT, family, table

CASES = table(
    family("aapl-adams", [
        "What did Katherine Adams sell at Apple in May 2022?",
        "aapl gc sales may 2022",
        "$AAPL insider sales",
    ], ["Katherine L. Adams", "9,136", "$159.94", "May 4, 2022"], ["Elon Musk"]),
    family("aapl-plan", [
        "Were Apple's GC's sales under a 10b5-1 plan?",
        "was the apple gc selling on a 10b5-1",
    ], [("10b5-1",), "Katherine L. Adams"], []),
    family("air-garascia", [
        "What did AAR's general counsel sell in January 2025?",
        "aar gc sales jan 2025",
        "$AIR insider sales",
    ], ["Jessica A. Garascia", "1,500", "$66.903", "Jan 10, 2025"], []),
    family("arw-clo-received", [
        "What did Arrow's chief legal officer receive in February 2025?",
        "arrow clo got what feb 2025",
    ], ["2,193", "Feb 12, 2025"], list(NOT_BOUGHT)),
    family("arw-clo", [
        "arw clo feb 2025",
        "Arrow Electronics CLO transactions in February 2025",
    ], ["2,193", "1,009"], list(NOT_BOUGHT)),
    family("bdx-feld", [
        "What did Michael Feld sell at Becton Dickinson?",
        "bdx evp sales dec 2025",
        "$BDX insider sales",
    ], ["Michael Feld", "74", "$196.08", "Dec 26, 2025"], []),
    family("bdx-plan", [
        "When did Michael Feld adopt his 10b5-1 plan?",
        "feld 10b5-1 plan adopted when",
    ], [("February 7, 2025", "Feb 7, 2025")], []),
    family("betr-conversion", [
        "What did SoftBank convert at Better Home & Finance in December 2024?",
        "softbank betr conversions dec 2024",
    ], ["628,553"], list(NOT_BOUGHT)),
    family("brds-sacks", [
        "What does David Sacks own at Bird?",
        "david sacks brds holdings",
    ], ["David O. Sacks", ("no securities", "owning no")], []),
    family("spwr-hegde", [
        "What does Vinayak Hegde own at SunPower?",
        "hegde spwr holdings",
    ], ["Vinayak Hegde", ("no securities", "owning no")], []),
    family("dkng-dodge", [
        "What did DraftKings' Chief Legal Officer sell in March 2025?",
        "draftkings clo sales mar 2025",
        "$DKNG insider sales",
    ], ["R. Stanton Dodge", "49,252", "$37.59", "52,777", "$39.00"], []),
    family("guts-purchase", [
        "Who bought Fractyl Health stock at the IPO?",
        "fractyl ipo buys",
    ], ["333,333", "$15.00", "Feb 6, 2024"], []),
    family("adgi-purchase", [
        "What did Mithril buy at Adagio in August 2021?",
        "mithril adagio purchase",
    ], ["1,997,000", "$17.00", "Aug 10, 2021"], []),
    family("isba-purchase", [
        "What did the Isabella Bank director buy in April 2024?",
        "isba director buys apr 2024",
    ], ["Richard L. McGuirk", "275.634", "$18.14"], []),
    family("jblu-grant", [
        "What did JetBlue's Chief Digital & Tech Officer get in March 2025?",
        "jblu rsu grant mar 2025",
    ], ["Carol Ann Clements", "110,474", "Mar 10, 2025"], list(NOT_BOUGHT)),
    family("lnkd-form3", [
        "What did Reid Hoffman hold at LinkedIn at the IPO?",
        "reid hoffman lnkd holdings",
    ], ["17,037,090", "2,028,942"], []),
    family("lrcx-gift", [
        "What did the Lam Research director give away in November 2024?",
        "lrcx gifts nov 2024",
    ], ["Sohail U. Ahmed", "3,690", "Nov 4, 2024"], ["sold 3,690"] + list(NOT_BOUGHT)),
    family("mdb-botha", [
        "What did Roelof Botha do at MongoDB?",
        "roelof botha mongodb transactions",
    ], ["1,057", "629", "129"], []),
    family("mdb-cash-fees", [
        "Which MongoDB shares were taken in lieu of cash fees?",
        "mdb director stock instead of cash",
    ], ["129", "$309.81"], []),
    family("msft-hoffman", [
        "What did Reid Hoffman receive at Microsoft in January 2022?",
        "msft director rsus jan 2022",
    ], ["289.408", "12,126.682"], list(NOT_BOUGHT)),
    family("mvis-markham-rsus", [
        "What happened with the MicroVision GC's RSUs in June 2026?",
        "mvis gc rsus june 2026",
    ], ["150,000", "118,800"], list(NOT_BOUGHT)),
    family("mvis-markham", [
        "mvis gc june 2026",
        "MicroVision general counsel transactions in June 2026",
    ], ["150,000", "118,800", "77,905"], ["sold 77,905"] + list(NOT_BOUGHT)),
    family("oscr-thiel", [
        "What does Peter Thiel hold at Oscar Health?",
        "thiel oscar holdings",
    ], ["7,778,012", "3,755,954"], []),
    family("pdex-sales", [
        "What did Pro-Dex insiders sell in January 2025?",
        "pdex sales jan 2025",
        "$PDEX insider sales",
    ], ["835", "$42.00", "1,436", "$41.44"], []),
    family("pltr-form3", [
        "What did Peter Thiel report on his Palantir Form 3?",
        "thiel pltr form 3",
    ], ["3,257,826"], []),
    family("pltr-2021-sales", [
        "What did Peter Thiel sell at Palantir in February 2021?",
        "thiel pltr sales feb 2021",
    ], ["15,653,541", "$25.0578", "4,346,459", "$25.8696"], ["Elon Musk"]),
    family("pltr-2024-sales", [
        "What did Peter Thiel sell at Palantir in March 2024?",
        "thiel pltr sells mar 2024",
        "$PLTR insider sales 2024",
    ], ["6,914,475", "$24.7724", "130,281", "$25.5437"], ["15,653,541"]),
    family("pltr-distributions", [
        "Which Palantir shares were distributed in February 2021?",
        "pltr distributions feb 2021",
    ], ["596,466", "294,208"], ["sold 596,466"]),
    family("scty-musk", [
        "What did Elon Musk buy at SolarCity's IPO?",
        "musk scty ipo purchase",
    ], ["1,875,000", "$8.00", "Dec 18, 2012"], []),
    family("scwo-melkote", [
        "What did 374Water's CTO receive in April 2025?",
        "scwo cto apr 2025 grants",
    ], ["757,756", "757,576", "$0.33"], list(NOT_BOUGHT)),
    family("snow-berkshire", [
        "What did Berkshire Hathaway report at Snowflake?",
        "berkshire snow form 3",
    ], ["6,125,376", "BERKSHIRE HATHAWAY INC"], []),
    family("snow-mcmahon", [
        "What did John McMahon report on his Snowflake Form 5?",
        "mcmahon snow form 5",
    ], ["61,386", ("code G", "gift")], ["sold 61,386"]),
    family("snow-scarpelli-sales", [
        "What did Snowflake's CFO sell in December 2022?",
        "snow cfo sales dec 2022",
        "$SNOW insider sales",
    ], ["73,170", "$150.841", "74,907", "$151.814"], []),
    family("sq-botha", [
        "What did Sequoia receive at Square in November 2018?",
        "sq sequoia shares nov 2018",
    ], ["3,465", "152"], ["sold 3,465"]),
    family("tsla-form3", [
        "What did Elon Musk hold at Tesla's IPO?",
        "musk tsla form 3 holdings",
    ], ["2,666,666"], []),
    family("tsla-2010", [
        "What did Elon Musk sell at Tesla in July 2010?",
        "musk tsla sales jul 2010",
    ], ["1,415,167", "$17.00", "Jul 2, 2010"], ["Nov 8, 2021"]),
    family("tsla-2010-conversions", [
        "What preferred stock did Musk convert at the Tesla IPO?",
        "musk tesla preferred conversions 2010",
    ], [("20,655,342", "4,880,343"), ("3,700,575", "10,572,687")], list(NOT_BOUGHT)),
    family("tsla-biggest-row", [
        "What was Musk's biggest single sale in November 2021?",
        "musk largest tsla sale nov 2021",
    ], ["101,589", "$1,186.779"], []),
    family("tsvt-grants", [
        "What did 2seventy bio grant in January 2025?",
        "tsvt grants jan 2025",
    ], ["106,150", "70,750"], list(NOT_BOUGHT)),
    family("wve-sales", [
        "What did Wave's CFO sell in December 2025?",
        "wave cfo sales dec 2025",
        "$WVE insider sales",
    ], ["Kyle Moran", "60,000", "$13.20", "$15.00", "$18.00"], []),
    family("wve-plan", [
        "When did Kyle Moran adopt his 10b5-1 plan?",
        "moran 10b5-1 plan date",
    ], [("March 13, 2025", "Mar 13, 2025")], []),
    family("yelp-levchin", [
        "What did Max Levchin convert at Yelp in March 2012?",
        "levchin yelp conversions",
    ], ["3,232,153", "3,911,937"], list(NOT_BOUGHT)),
    family("zip-travers", [
        "What happened with the ZipRecruiter President's RSUs in March 2025?",
        "zip president rsus mar 2025",
    ], ["6,250", "13,347", "20,691", "20,444"], ["sold 33,148"] + list(NOT_BOUGHT)),
    family("afrm-rabois", [
        "What did Keith Rabois sell at Affirm in April 2023?",
        "rabois afrm sales",
        "$AFRM insider sales",
    ], ["17,286", "$11.1484", "Apr 3, 2023"], []),
    family("exbt-withholding", [
        "How many Example Biotech shares were withheld for taxes?",
        "exbt tax withholding mar 2024",
    ], ["1,850", "$21.40", "46,350"], ["sold 1,850"], db="samples"),
    family("exrb-director-buy", [
        "What did Example Robotics' director buy in June 2024?",
        "exrb director buys jun 2024",
    ], ["Richard Roe", "10,000", "$38.50", "55,000"], ["Jane A. Doe, President"], db="samples"),
    family("exrb-ceo-plan", [
        "When did Jane Doe adopt her 10b5-1 plan?",
        "jane doe 10b5-1 plan adopted",
    ], [("December 1, 2023", "Dec 1, 2023")], [], db="samples"),
    family("exrb-price-range", [
        "What price range did Jane Doe's May 15, 2024 sale cover?",
        "jane doe may 15 2024 sale price range",
    ], ["$41.90", "$42.40"], [], db="samples"),
    family("tecogen-reference", [
        "What options did Tecogen's GC get?",
        "tgen gc options",
        "$TGEN grants",
    ], ["John Whiting", "37,500", "$0.88", "Sep 20, 2033", "400,000"], list(NOT_BOUGHT), db="samples"),
    family("tecogen-late", [
        "Was the Tecogen GC's Form 4 filed late?",
        "was whitings form 4 late",
    ], [("late",), "Sep 22, 2023"], [], db="samples"),
)

"""Class 3: casual verbs and phrasings. Sell: dumped, unloaded, offloaded, cashed out, trimmed, took
profits. Buy: picked up, loaded up, scooped up, added to. Grant: got, was given, was awarded. Plus "thru",
"btw", "&", missing apostrophes and all-lowercase names."""

from __future__ import annotations

from suite import NOT_BOUGHT, family, table

# Samples: Jane A. Doe (EXRB CEO) sold 25,000 at $42.1735 on May 15, 2024 and 5,000 at $43.05 on May 16.
DOE_SALE = ["Jane A. Doe", "25,000", "$42.1735", "May 15, 2024"]
# Samples: Richard Roe (EXRB director) bought 10,000 at $38.50 on Jun 3, 2024.
ROE_BUY = ["Richard Roe", "10,000", "$38.50", "Jun 3, 2024"]
# Tecogen fixture: 37,500 options at $0.88 granted Sep 20, 2023, expiring Sep 20, 2033.
WHITING = ["John Whiting", "37,500", "$0.88", "Sep 20, 2023"]

CASES = table(
    family("doe-sold", [
        "did jane doe dump any exrb",
        "what did the exrb ceo unload in may 2024",
        "exrb ceo offloaded shares?",
        "jane doe cashed out how much",
        "did jane doe trim her stake",
        "jane doe took profits?",
        "did the ceo of example robotics dump stock",
        "$EXRB ceo unloading?",
        "jane doe dumped shares in may 2024",
    ], DOE_SALE, ["Richard Roe", "bought"], db="samples"),
    family("doe-total-dumped", [
        "how much did jane doe dump in total, shares and dollars",
        "what did jane doe unload in may 2024, shares & $",
        "total jane doe cashed out",
    ], ["30,000", "$1,269,587.50"], ["Richard Roe"], db="samples"),
    family("doe-unload-date", [
        "what did jane doe unload on may 15 2024, shares and dollars",
        "jane doe sold what on 5/15/2024",
    ], ["25,000", "$1,054,337.50"], ["May 16, 2024", "Richard Roe"], db="samples"),
    family("roe-bought", [
        "who picked up exrb shares",
        "did richard roe load up",
        "exrb director scooped up shares?",
        "richard roe added to his exrb position",
        "who loaded up on example robotics",
        "any exrb insiders scooping up stock",
        "$EXRB director picked up how many",
    ], ROE_BUY, ["Jane A. Doe, President", "sold 25,000"], db="samples"),
    family("whiting-got", [
        "what did whiting get",
        "what was whiting given",
        "what was john whiting awarded",
        "what did tecogens gc receive",
        "whiting got options?",
        "what was the tgen gc handed in sept 2023",
    ], WHITING, NOT_BOUGHT, db="samples"),
    family("fund-scooped", [
        "did example ventures scoop up exbt",
        "who loaded up on example biotech",
        "morgan lee picked up shares?",
    ], ["200,000", "$20.05", "Apr 10, 2024"], ["Alex J. Smith, Chief", "sold 200,000"], db="samples"),
    # Musk's Nov 8, 2021 sales: 49 rows over two filings, 934,091 shares, $1,102,342,478.72.
    family("musk-dumped-2021", [
        "how much tsla did musk dump in 2021",
        "elon unloaded how much tesla in 2021",
        "musk offloaded how many shares in 2021",
        "how much did elon cash out in 2021",
        "how much did elon musk sell in 2021",
    ], ["934,091"], ["Peter Thiel", "bought"]),
    family("musk-trimmed-2021", [
        "what did musk trim in 2021",
        "musk took profits in 2021?",
        "did elon dump tsla in 2021",
    ], [("934,091", "49 transactions"), "Nov 8, 2021"], ["Peter Thiel", "bought"]),
    family("musk-unload-date", [
        "what did musk unload on nov 8 2021, shares and dollars",
        "what did musk dump on nov 8 2021, shares and dollars",
        "musk sold what on 11/8/2021 - shares & $",
        "elon offloaded how much on november 8th 2021",
    ], ["934,091", "$1,102,342,478.72"], ["Peter Thiel"]),
    # Thiel's Palantir sales: 2021 (Feb 18) 20,003,915 shares, $504,783,221.27; 2024 (Mar 12) 7,044,756, $174,615,999.27.
    family("thiel-cashed-2021", [
        "how much did thiel cash out of pltr in 2021",
        "thiel dumped how much palantir in 2021",
    ], ["20,003,915", "$504,783,221.27"], ["Elon Musk", "6,914,475"]),
    family("thiel-unloaded-feb-2021", [
        "peter thiel unloaded pltr in feb 2021?",
        "did thiel offload any palantir in february 2021",
    ], ["15,653,541", ("20,003,915", "4 transactions")], ["Elon Musk", "6,914,475"]),
    family("thiel-trimmed-2024", [
        "did thiel take profits on pltr in march 2024",
        "thiel trimmed pltr in 2024?",
        "peter thiel offloaded palantir in 2024",
    ], ["6,914,475", "130,281"], ["Elon Musk", "15,653,541"]),
    family("adams-offloaded", [
        "apple gc offloaded how many shares in may 2022",
        "how much did katherine adams dump, shares and $",
        "apples gc cashed out how much",
    ], ["25,000", "$4,042,887.94"], ["Elon Musk"]),
    family("dodge-dumped", [
        "dkng clo dumped shares in march 2025",
        "stanton dodge unloaded how much draftkings",
        "draftkings legal chief offloaded how many shares",
    ], ["R. Stanton Dodge", ("105,554", "3 transactions")], ["Kyle Moran"]),
    family("scarpelli-cashed", [
        "scarpelli cashed out how much snow",
        "how much did the snowflake cfo dump in dec 2022",
        "snow cfo unloaded how many shares",
    ], ["200,000", "$30,351,309.77"], ["Warren E. Buffett", "bought"]),
    family("fractyl-picked", [
        "who picked up shares at fractyl",
        "who scooped up guts stock",
        "any insiders loading up on $GUTS",
    ], ["333,333", "$15.00"], ["sold 333,333"]),
    family("thiel-loaded-adagio", [
        "did thiel load up on adagio",
        "peter thiel scooped up adgi shares?",
        "who picked up adagio in aug 2021",
    ], ["1,997,000", "$17.00"], ["sold 1,997,000"]),
    family("musk-scooped-solarcity", [
        "musk scooped up solarcity shares?",
        "did elon load up on scty",
        "elon musk picked up how much solarcity",
    ], ["1,875,000", "$8.00"], ["sold 1,875,000"]),
    family("mcguirk-picked", [
        "mcguirk picked up isba shares",
        "who added to their position at isabella bank",
        "did the isabella bank director load up",
    ], ["275.634", "$18.14"], ["sold 275.634"]),
    family("clements-got", [
        "what did the jetblue tech chief get",
        "carol ann clements got how many rsus",
        "jblu digital officer was awarded what",
    ], ["110,474"], NOT_BOUGHT),
    family("melkote-given", [
        "what was the 374water cto given",
        "rajesh melkote got options?",
        "what was scwo's cto awarded in april 2025",
    ], ["757,576", "$0.33"], NOT_BOUGHT),
    family("snow-tsvt-got", [
        "what did jessica snow get at 2seventy",
        "jessica snow was awarded what",
    ], ["106,150", "70,750", "$2.64"], NOT_BOUGHT),
    family("hoffman-zynga-got", [
        "reid hoffman got how many zynga rsus",
        "what was hoffman awarded at znga",
    ], ["1,474,432"], NOT_BOUGHT),
    family("levchin-got", [
        "levchin got yahoo options?",
        "what was max levchin given at yhoo",
    ], ["774", "$19.90"], NOT_BOUGHT),
    family("arrow-clo-got", [
        "arrow clo got what in feb 2025",
        "what was carine jean-claude awarded",
    ], ["2,193"], NOT_BOUGHT),
    family("botha-mdb-got", [
        "roelof botha got rsus at mongodb?",
        "what was the mdb director given in june 2021",
    ], ["629"], NOT_BOUGHT),
    # thru, btw, &, missing apostrophes, lowercase names.
    family("thru", [
        "musk sales jan thru dec 2021",
        "tsla sales nov 1 thru nov 30 2021",
        "elon sales 2021 thru 2021",
    ], [("934,091", "49 transactions")], ["Peter Thiel", "gave 2,234,000"]),
    family("pltr-thru", [
        "pltr sales 2021 thru 2024",
        "palantir sells jan 2021 thru dec 2024",
    ], ["15,653,541", "6,914,475"], ["Elon Musk"]),
    family("btw", [
        "btw did musk sell any tsla in 2021?",
        "btw how much did thiel sell in 2024",
    ], [("Elon Musk", "Peter Thiel")], ["Jane A. Doe"]),
    family("ampersand", [
        "musk & thiel sales in 2021",
        "tsla & pltr sales 2021",
    ], ["Elon Musk", "Peter Thiel"], ["Katherine L. Adams"]),
    family("no-apostrophe-tesla", [
        "teslas ceo sales in 2021",
        "teslas ceo dumped how much in 2021",
    ], [("934,091", "49 transactions")], ["Peter Thiel"]),
    family("no-apostrophe-apple", [
        "apples gc sales",
        "apples general counsel sells",
    ], ["9,136", "Katherine L. Adams"], ["Elon Musk"]),
    family("no-apostrophe-snow", [
        "snowflakes cfo exercises",
        "snowflakes cfo option exercise",
    ], ["200,000", "$8.88"], NOT_BOUGHT),
    family("no-apostrophe-wave", [
        "waves cfo sales in dec 2025",
        "wave lifes cfo sells",
    ], ["Kyle Moran", "60,000"], ["Michael Scarpelli"]),
    family("lowercase-names", [
        "elon musk gifts",
        "elon musks gifts in nov 2021",
    ], ["2,234,000", ("code G", "gift")], ["sold 2,234,000"] + list(NOT_BOUGHT)),
    family("lowercase-thiel-2024", [
        "peter thiel sales 2024",
        "peter thiel sells in march 2024",
    ], ["6,914,475"], ["Elon Musk", "15,653,541"]),
    family("lowercase-adams", [
        "katherine adams sales",
        "katherine l adams sells",
    ], ["9,136", "$159.94"], ["Elon Musk"]),
    # Stop 17: a trade that changed a stake is asked about as the trade.
    family("trim-position-by", [
        "how much did adams trim her aapl position by",
    ], ["25,000", "$4,042,887.94"], ["452,334 shares of Common Stock of Apple Inc. (AAPL) directly after"]),
    family("add-to-stake", [
        "How much did Richard Roe add to his Example Robotics stake?",
    ], ["10,000", "$385,000.00"], [], db="samples"),
    # Paying for shares is buying ("paid up for", "put his own money into", "forked out for"); "his own" is no
    # holding; "which holder" asks who. Mithril II LP's Fractyl IPO purchase: 333,333 shares at $15.00.
    family("paid-for-shares", [
        "At Fractyl's IPO, which holder paid up for shares, how many, and at what price?",
        "who forked out for fractyl shares at the ipo",
    ], ["333,333", "$15.00", "code P"]),
    family("own-money-on-the-open-market", [
        "At Tesla's IPO, did Elon Musk put his own money into shares on the open market?",
        "did musk put his own cash into tsla stock on the open market",
    ], ["No open-market purchases (P) found for Elon Musk"], ["sold 1,100"]),
    # "pared back" is selling; "lawyer" is the general counsel (AIR: Garascia sold 1,500 on Jan 10, 2025);
    # shares "received from RSUs" are their settlement, code M (Travers, Mar 15, 2025: 60,732).
    family("lawyer-pared-back", [
        "aars lawyer pared back how much stock in jan 2025",
        "how much did the aar lawyer pare down in january 2025",
    ], ["1,500", "Garascia"]),
    family("received-from-rsus", [
        "How many ZipRecruiter shares did David Travers receive from RSUs in March 2025, in total?",
        "zip: total shares travers got from his rsus in march 2025",
    ], ["60,732"], ["No grants"]),
    # "went big on", "backed up the truck": a purchase (Golden Properties' 800,000 AREC shares at $0.67).
    family("went-big-on", [
        "golden properties went big on arec - share count?",
        "did golden properties back up the truck on arec",
    ], ["800,000"]),
    # "bailed on" is a sale (Rabois: 17,286 AFRM at $11.1484, Apr 3, 2023); "snagged", "nabbed" are purchases
    # (Musk's 1,875,000 SCTY at $8.00 in the Dec 2012 IPO; Golden Properties' 800,000 AREC).
    family("bailed-on", [
        "did rabois bail on any affirm stock",
        "keith rabois bailed out of afrm how much",
    ], ["17,286", "$11.1484", "Apr 3, 2023"], ["held directly after the Form"]),
    family("snagged-nabbed", [
        "did musk snag any scty at the ipo",
        "how much solarcity did elon musk nab",
    ], ["1,875,000", "$8.00", "code P"]),
    # "gave ... to charity" is a gift (Musk's Form 5: 5 gifts, 5,044,000 shares, the largest 2,234,000).
    family("gave-to-charity", [
        "how much did musk give to charity",
        "tsla shares musk gave away to charity?",
    ], ["2,234,000", "250,000", "code G"], ["company called"]),
    # "held back for taxes", "to pay X's taxes": shares withheld, code F (Lamercie 1,009; Travers 33,148).
    family("held-back-for-taxes", [
        "lamercie — how many shares did arw hold back for taxes",
        "how many shares were held back to pay lamercie's taxes",
    ], ["1,009", "code F"], ["20,869 shares of Common Stock of ARROW ELECTRONICS, INC. (ARW) directly after"]),
    # "pony up for", "double down on": purchases (Mithril's 1,997,000 ADGI at $17.00; the fund's 200,000 EXBT).
    family("pony-up-double-down", [
        "What did Mithril pony up for Adagio shares at the IPO?",
        "did mithril double down on adgi at the ipo",
    ], ["1,997,000", "$17.00"]),
    # Shares moved into a holder's vehicles ("transfer to estate planning vehicles", "park in the family trust"):
    # the gift, code G (Botha: 1,057 shares on Jul 17, 2020), not the 241,734 held there afterwards.
    family("transferred-or-parked-in-vehicles", [
        "How many MongoDB shares did Roelof Botha transfer to estate planning vehicles?",
        "how many mdb shs did botha park in estate planning vehicles",
        "botha moved how many mdb shares into his estate planning vehicles",
    ], ["1,057", "code G"]),
    # "lighten up" is selling, "at $18 a share" a price (Moran: 50,000 at $18.00 on Dec 8, 2025); "flipped into"
    # converted; "paid out ... before the tax haircut" what settled before the withholding (Travers: 60,732).
    family("lighten-up-at-a-price", [
        "At $18 a share, how many Wave ordinary shares did Kyle Moran lighten up by, and on what day?",
        "moran lightened up at $18 per share - how many?",
    ], ["50,000", "$18.00", "Dec 8, 2025"], ["260,036"]),
    family("paid-out-before-the-tax", [
        "how many zip shs did travers get paid out on 3/15/25 before the tax haircut",
    ], ["60,732"]),
    family("flipped-into-common", [
        "How many Adagio common shares did Mithril end up with when its preferred stock flipped into common at the IPO?",
    ], ["9,244,580"]),
    family("handed-back-for-taxes", [
        "can u pull what markham handed back for taxes in jun 26",
    ], ["77,905", "code F"], ["was granted"]),
    # "liquidate her position" is selling it (the sales, not what she held afterwards).
    family("liquidate-a-position", [
        "Did Katherine Adams liquidate her Apple position in May 2022?",
        "did adams liquidate aapl in may 22",
    ], ["sold 9,136 shares", "May 4, 2022"], ["held 452,334"]),
    # Meme-stock verbs: ape'd into, scooped, paper handed, rug pulled (sales); chat asides (ngl, fr) carry nothing.
    family("meme-stock-verbs", [
        "musk aped into scty at the ipo?? shs + px",
        "thiel paper handed how many pltr shs in mar 24 fr",
        "ngl mithril scooped how many guts shs at the ipo + px",
    ], [("1,875,000", "7,044,756", "333,333")], ["called", "No filings by", "Form 3"]),
)

"""Class 13: indirect holdings, answered from the nature-of-ownership text (and its footnote) of the
indirect positions."""

from __future__ import annotations

from suite import family, table

CASES = table(
    family("roe-family-trust", [
        "how much does richard roe hold through the family trust",
        "richard roe trust holdings",
        "How many shares does Richard Roe hold indirectly?",
        "roes shares in the roe family trust",
    ], ["120,000", "Roe Family Trust"], ["55,000 shares of Common Stock indirectly"], db="samples"),
    family("morgan-lee-fund", [
        "how much does morgan lee hold through the fund",
        "morgan lee indirect holdings",
        "How many EXBT shares are held by Example Ventures Fund II?",
    ], ["4,200,000", "Example Ventures Fund II"], [], db="samples"),
    family("musk-trust", [
        "how much does musk hold through his trust at tesla",
        "elons tsla shares held by trust",
        "How many Tesla shares does Elon Musk hold indirectly?",
    ], ["172,608,251"], []),
    family("mcguirk-minor-child", [
        "mcguirk holdings held by minor child",
        "how much does mcguirk hold for his kid",
    ], ["2,170.3157", "minor child"], []),
    family("mcguirk-llc", [
        "mcguirk llc holdings",
        "how many isba shares does mcguirk hold through the llc",
    ], ["383,262.5326"], []),
    family("mcguirk-direct-indirect", [
        "direct vs indirect holdings for mcguirk",
        "Richard McGuirk holdings, direct and indirect",
    ], ["15,711.8844", "2,170.3157", "383,262.5326"], []),
    family("scarpelli-trusts", [
        "scarpelli trust holdings",
        "how much snow does the cfo hold thru trusts",
        "Michael Scarpelli's indirect holdings",
    ], ["577,218", "178,947"], []),
    family("mcmahon-trusts", [
        "how much does mcmahon hold thru trusts",
        "john mcmahon snowflake trust holdings",
    ], ["151,188", "125,737"], []),
    family("hoffman-msft-trust", [
        "reid hoffman living trust msft",
        "how much microsoft does hoffman hold through the living trust",
    ], ["15,905", "Living Trust"], []),
    family("rabois-funds", [
        "rabois founders fund holdings afrm",
        "how much affirm does keith rabois hold through founders fund",
        "Keith Rabois's indirect holdings in Affirm",
    ], ["1,486,909", "75,000", "60,429"], []),
    family("ahmed-trust", [
        "lam research director trust shares",
        "how much lrcx does sohail ahmed hold by trust",
    ], ["30,630"], []),
    family("botha-estate", [
        "botha estate planning vehicles mdb",
        "how much mongodb does roelof botha hold indirectly",
    ], ["241,734"], []),
    family("cabillot-farnam", [
        "cabillot holdings through farnam street",
        "how much pdex does farnam street partners hold",
    ], ["333,210"], []),
    # Palantir, after Mar 12, 2024: Rivendell 7 LLC 70,806,432; PLTR Holdings LLC 20,823,993;
    # Rivendell 25 LLC 53,487; STS Holdings II LLC 20,733,625.
    family("thiel-rivendell-7", [
        "thiel holdings through rivendell 7",
        "how much pltr does rivendell 7 hold",
    ], ["70,806,432"], ["20,733,625 shares of Class A Common Stock held of record by Rivendell 7"]),
    family("thiel-sts", [
        "how much palantir does thiel hold via sts holdings",
        "thiel sts holdings ii pltr shares",
    ], ["20,733,625"], []),
    family("botha-sequoia", [
        "botha sequoia holdings sq",
        "how much square stock do the sequoia funds hold",
    ], ["899,976", "858,081", "35,657"], []),
    family("hoffman-lnkd-trust", [
        "hoffman living trust lnkd",
        "how many linkedin shares does reid hoffman's trust hold",
    ], ["17,037,090"], []),
    family("softbank-beaver", [
        "softbank holdings via svf ii beaver",
        "how much betr does svf ii beaver hold",
    ], ["628,553"], []),
    family("buffett-indirect", [
        "buffett indirect snowflake",
        "how does berkshire hold its snow shares",
    ], ["6,125,376"], []),
    family("musk-scty-trust", [
        "musk solarcity trust holdings",
        "how much scty did elon hold by trust",
    ], ["20,724,991"], []),
    family("levchin-yelp", [
        "levchin yelp indirect",
        "max levchins indirect yelp holdings",
    ], ["3,911,937"], []),
    family("oscar-founders-fund", [
        "how much oscar does founders fund iv hold",
        "thiel oscar holdings through funds",
    ], ["7,778,012"], []),
    # Stop 17: "direct" picks the positions held in the insider's own name; several positions of one stock are
    # added up ("Together: ...").
    family("thiel-direct-pltr", [
        "thiel pltr direct shares feb 2021",
        "how many palantir shares does thiel hold directly",
    ], ["3,844,639"], ["20,733,625"]),
    family("rabois-indirect-total", [
        "rabois afrm indirect total",
        "keith rabois affirm shares held indirectly in total",
    ], ["75,000", "1,486,909", "60,429", "Together: 1,622,338"]),
    family("roe-direct-and-trust-together", [
        "how much does richard roe hold at exrb",
    ], ["Together: 175,000"], db="samples"),
    # A holder the question names that is no reporting owner: looked for in the nature of ownership of the
    # named company's or insider's positions ("Fintail trusts", "Garrett Family Investment Partnership").
    family("fintail-trusts", [
        "What do the Fintail trusts hold in Snowflake according to Scarpelli's filing?",
    ], ["Fintail", "9,686", "2,755"], ["Nothing is stored for"]),
    family("garrett-family-partnership", [
        "What does the Garrett Family Investment Partnership hold in Snowflake?",
    ], ["Garrett Family Investment Partnership"], ["Nothing is stored for"]),
    family("mcguirk-minor-child", [
        "How many Isabella Bank shares are held by Richard McGuirk's minor child?",
    ], ["2,170.3157"], ["Counted transactions"]),
    # "through all his trusts combined": the trusts' positions added up, the direct one left out.
    family("scarpelli-trusts-combined", [
        "How many Snowflake shares does Scarpelli hold through all his trusts combined?",
    ], ["Together: 793,488"], ["894,585"]),
    # "indirect holding ... trust" after a day's sales: the trust's position filed with them (170,492,985).
    family("trust-holding-after-the-sales", [
        "What indirect holding did Musk's trust report after the November 8, 2021 sales, per the second Form 4?",
        "musk trust tsla shs held after the nov 8 2021 sales",
    ], ["170,492,985"], ["called “Indirect”"]),
    # Form words of a Section 16 reader ("column 5 of Table I", "direct or indirect ownership") are not names.
    family("column-5-of-table-i", [
        "Per column 5 of Table I, how many shares did the Scarpelli Family Trust own, and is that direct or indirect ownership?",
    ], ["178,947", "indirectly"], ["called"]),
    # A bare kind of vehicle across the market names no one holder: every insider holding through a trust, not the
    # one whose nature of ownership is the bare word "by trust" (was Ahmed's 30,630 alone).
    family("trusts-across-the-market", [
        "Which insiders, at any company, hold shares through a family trust?",
        "who holds stock thru a trust",
    ], ["Sohail U. Ahmed", "Richard Roe", "Michael Scarpelli", "John Dennis McMahon"], ["called"]),
)

"""Holders named only in the filings (stop 19): a fund or LLC that is no reporting owner, found where the
footnotes say it holds the shares of record ("FF Pathfinder VI", "rivendell 25"), a trust written with its name
("the Scarpelli Family Trust"), a filer elsewhere named as the holder of a company's warrant ("held by
Mithril"), and trades asked through a vehicle ("sold via rivendell 7") totalled over the rows held through it
only, while "incl the trust" adds the trust's rows to the rest."""

from __future__ import annotations

from suite import family, table

CASES = table(
    # Corpus: PLTR Form 4 of Feb 18, 2021: FF Pathfinder VI, LLC (footnote F13) sold 3,315 + 600 = 3,915.
    family("pathfinder-sales", [
        "How many Palantir shares did FF Pathfinder VI sell in February 2021?",
    ], ["3,915", "held through"], ["20,003,915", "No filings by"]),
    family("pathfinder-sales-list", [
        "ff pathfinder vi pltr sales feb 2021",
    ], ["3,315", "600", "held through"], ["15,653,541", "No filings by"]),
    # Rivendell 7 LLC sold 15,653,541 + 4,346,459 = 20,000,000 on Feb 18, 2021.
    family("rivendell7-sales", [
        "how much did thiel sell via rivendell 7 in feb 2021",
        "Thiel's sales through Rivendell 7 LLC in February 2021, in total",
        "rivendell 7 llc pltr sells feb 2021 total",
    ], ["20,000,000"], ["20,003,915"]),
    # Rivendell 25 LLC held 53,487 shares (Form 4 of Mar 12, 2024).
    family("rivendell25-held", [
        "rivendell 25 pltr shares",
        "How many Palantir shares does Rivendell 25 hold?",
        "palantir shares held by rivendell 25 llc",
    ], ["53,487"], ["70,806,432", "Not understood and ignored: rivendell"]),
    # Snowflake, Scarpelli: the Scarpelli Family Trust 178,947; his 2019 GRAT 577,218.
    family("titled-trust", [
        "How many Snowflake shares does the Scarpelli Family Trust hold?",
        "Scarpelli Family Trust holdings at SNOW",
    ], ["178,947"], ["577,218"]),
    family("titled-trust-two-names", [
        "How many Snowflake shares does the John McMahon Software Irrevocable Trust hold?",
    ], ["151,188"], ["125,737", "No filings by"]),
    # AFRM, Rabois: FF Affirm Growth, LLC 75,000 (footnote F3 lists every fund; the nature names one).
    family("one-llc-of-several", [
        "how many afrm shares does rabois hold via the ff affirm growth llc",
    ], ["75,000"], ["1,486,909"]),
    # PLTR Form 3: the warrant held by Mithril (footnote F21), $6.13, expiring Nov 20, 2022.
    family("filer-elsewhere-as-holder", [
        "When does the Palantir warrant held by Mithril expire, and at what price?",
        "mithril's pltr warrant strike and expiry",
    ], ["$6.13", "Nov 20, 2022"], ["No warrants found"]),
    # TSLA, Musk, Nov 8, 2021: "incl the trust" is every sale (934,091 over two filings), not the trust's alone.
    family("including-the-trust", [
        "total musk tsla sales nov 8 2021 incl the trust",
        "musk's nov 8 2021 sales including the trust",
    ], ["934,091"], ["held through"]),
    # A vehicle named beside its kind ("thiel capital llc": Thiel Capital LLC held 3,506,771 PLTR shares, Feb 2021);
    # after a possessive, the owner's vehicle ("Scarpelli's Fintail trusts": 9,686 and 2,755); a filer elsewhere
    # with the words that say which vehicle ("mithril pal-spv 1": 14,530,420 on the Feb 2021 Form 4). "jane roe"
    # is never shortened to "roe".
    family("vehicle-beside-its-kind", [
        "thiel capital llc pltr shares?",
        "how many palantir shares does thiel capital llc hold",
    ], ["3,506,771"], ["20,733,625"]),
    family("owner-possessive-vehicle", [
        "How many Snowflake shares does each of Scarpelli's Fintail trusts hold?",
    ], ["9,686", "2,755"], ["No filings by"]),
    family("filer-elsewhere-which-vehicle", [
        "mithril pal-spv 1 pltr holdings on the feb 2021 form 4",
    ], ["14,530,420"], ["No holdings"]),
    # What was held once a time's trades were done: "after march 2024 sales" is the position the March 2024 Form 4
    # reports (Rivendell 7: 70,806,432), "pdex shares after jan 24 2025" Farnam's 333,210.
    family("held-after-the-trades", [
        "rivendell 7 pltr shares after march 2024 sales",
        "rivendell 7 pltr left after mar 2024 sells",
    ], ["70,806,432"], ["No sales"]),
    family("held-after-a-day", [
        "farnam street pdex shares after jan 24 2025",
    ], ["333,210"], ["No transactions after"]),
    # A fund of a series named in full ("The Founders Fund V, LP": not IV, not "V Principals"), or by the short name
    # its footnote defines ('("FF-IVP")'). OSCR Form 3: FF-V 4,476,970; FF-IV 7,778,012; PLTR Form 3: FF-IVP's Class
    # B convertible into 4,224,690.
    family("fund-of-a-series-by-its-full-name", [
        "How many Oscar Health shares does The Founders Fund V, LP hold?",
        "oscr shares held by founders fund v lp",
    ], ["4,476,970"], ["7,778,012", "1,204,304"]),
    family("fund-by-the-short-name-its-footnote-defines", [
        "ff-ivp pltr class b on the 2020 form 3",
        "what did FF-IVP hold in palantir on its 2020 form 3",
    ], ["4,224,690"], ["3,257,826"]),
    # A common word before "shares" names the company ("oscar shares"), so a fund's short name reads against it.
    family("short-name-with-the-company-as-a-word", [
        "how many oscar shares does ff-v hold",
    ], ["4,476,970"], ["7,778,012"]),
    # A company's name as a topic ("oscar: ...") and a fund's short name with a hyphen that is no role ("ff-vp"):
    # FF-VP's OSCR position, 1,204,304 shares; "share count" asks what it holds.
    family("topic-company-and-a-fund-short-name", [
        "oscar: ff-vp share count",
    ], ["1,204,304"], ["called"]),
    # Tranches of one derivative whose dates are only in footnotes are positions of their own (Travers's four RSU
    # grants after the Mar 2025 settlement: 12,500 + 93,427 + 227,595 + 306,656 = 640,178), never the last row alone.
    family("tranches-told-apart-by-footnotes", [
        "how many rsus does travers still hold",
        "zip: travers unvested rsus left in each tranche",
    ], ["12,500", "93,427", "227,595", "306,656", "640,178"]),
    # "after the <trades>, how many shares did he hold": what was held once they were done, every account added
    # (Scarpelli after the Dec 2022 sales: 101,097 direct + seven trusts = 894,585), not the sale rows.
    family("after-the-trades-first", [
        "After the December 2022 sales, how many Snowflake shares did Scarpelli hold in all, directly and through his trusts?",
        "after his dec 2022 sales how many snow shares did scarpelli hold, direct + trusts",
    ], ["894,585", "101,097", "577,218"]),
    # A security named only to be left out ("outside his RSUs, how many common shares"): the other one (Hoffman's
    # 15,905 MSFT shares through his living trust, not his 12,126.682 RSUs).
    family("security-left-out", [
        "Outside his RSUs, how many Microsoft common shares does Reid Hoffman hold, and in what form?",
        "besides his rsus, what msft common does hoffman hold",
    ], ["15,905", "Living Trust"], ["12,126.682"]),
    # "which securities": every title of the positions in scope, not only the rows shown (Thiel's 2020 PLTR Form 3:
    # Class A, Class B, the Class B warrants and Class F).
    family("which-securities-on-a-form-3", [
        "Which securities did Thiel report on his 2020 Palantir Form 3?",
        "thiel pltr form 3: what classes of securities?",
    ], ["Securities reported: Class A Common Stock (17 positions)", "Class F Common Stock (1 position)",
        "Warrant"]),
)

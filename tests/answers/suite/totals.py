"""Class 8: totals across filings. One person's trades on one day are often split over two filings (Musk's
two Nov 8, 2021 Form 4s): a total sums every filing in the window and says how many filings it came from."""

from __future__ import annotations

from suite import family, table

TWO_FILINGS = ("2 filings", "two filings")

CASES = table(
    # First filing: 29 sales, 257,279 shares; second: 20 sales, 676,812 shares; together 934,091, $1,102,342,478.72.
    family("musk-nov8-total", [
        "how much did musk sell on nov 8 2021 in total",
        "total musk tsla sales nov 2021 incl the trust",
        "musk total shares sold 11/8/2021",
        "sum of elon's sales across both nov 8 2021 filings",
        "How many shares did Elon Musk sell on November 8, 2021, in total?",
        "what did musk sell in total on 2021-11-08",
    ], ["934,091", "$1,102,342,478.72", TWO_FILINGS], ["257,279 shares in total", "676,812 shares in total"]),
    family("musk-nov8-count", [
        "how many sales did musk report on nov 8 2021",
        "number of tsla sales on 11/8/21",
    ], [("49 transactions", "49 sales"), TWO_FILINGS], []),
    family("musk-nov8-avg", [
        "musk's average sale price on nov 8 2021",
        "avg price elon sold at in nov 2021",
    ], ["$1,180.12"], []),
    # Palantir, Thiel: 2021 20,003,915 ($504,783,221.27) + 2024 7,044,756 ($174,615,999.27).
    family("thiel-pltr-total", [
        "total pltr sales by thiel",
        "how much palantir has thiel sold in total",
        "Peter Thiel's total Palantir sales",
    ], ["27,048,671", "$679,399,220.54", TWO_FILINGS], []),
    family("thiel-2021-total", [
        "thiel's total sales in 2021",
        "how much did peter thiel sell in 2021, shares and dollars",
    ], ["20,003,915", "$504,783,221.27"], ["6,914,475"]),
    family("thiel-2024-total", [
        "thiel total sales 2024",
        "How much did Thiel sell in March 2024?",
    ], ["7,044,756", "$174,615,999.27"], ["15,653,541"]),
    family("musk-gifts-total", [
        "total gifts by musk in 2021",
        "how many shares did musk give away in nov 2021",
        "elon gifted how much tsla in total",
    ], ["5,044,000"], ["sold 5,044,000", "bought"]),
    # Wave CFO Dec 2025 sales: 6 rows, $4,103,979.00 (one row of 36 shares as filed).
    family("wave-total", [
        "wave cfo total sales in dec 2025",
        "how much did kyle moran sell in total",
    ], ["$4,103,979.00"], []),
    family("wave-dec8-total", [
        "how much did moran sell on dec 8 2025",
        "kyle moran sales 12/8/2025 total",
    ], ["210,000", "$3,102,000.00"], []),
    family("dkng-total", [
        "dkng total sales march 2025",
        "how much did the draftkings clo sell in total",
        "Total DraftKings insider sales in March 2025",
    ], ["105,554", "$4,043,811.93"], []),
    family("apple-total", [
        "apple gc total sales may 4 2022",
        "how much did katherine adams sell in total",
        "Total Apple insider sales in May 2022",
    ], ["25,000", "$4,042,887.94"], []),
    family("snow-total", [
        "snow cfo total sold dec 13 2022",
        "how much did scarpelli sell in total",
    ], ["200,000", "$30,351,309.77"], []),
    family("pdex-total", [
        "pdex total sales",
        "how much did farnam street sell in total",
        "Total Pro-Dex insider sales in January 2025",
    ], ["2,271", "$94,577.84"], []),
    family("musk-all-time", [
        "musk sales total all time",
        "how much tesla has elon sold ever",
        "Elon Musk's total sales on record",
    ], ["2,349,258", "$1,126,400,317.72", ("3 filings",)], []),
    family("zip-vested-total", [
        "zip rsus vested total",
        "how many rsus vested for david travers in total",
    ], ["60,732"], ["bought"]),
    family("mvis-vested-total", [
        "mvis rsus vested total",
        "how many rsus did markham have vest in total",
    ], ["268,800"], ["bought"]),
    family("fractyl-conversions-total", [
        "how many fractyl shares came from preferred conversions",
        "guts conversions total",
    ], [("6,078,868",)], []),
    # Samples: Jane Doe 25,000 + 5,000 = 30,000 shares, $1,269,587.50, in 1 filing.
    family("doe-total", [
        "total sales by jane doe",
        "how much did jane doe dump in total",
        "jane doe total sold, shares & dollars",
        "What did the EXRB CEO sell in total?",
    ], ["30,000", "$1,269,587.50"], ["Richard Roe"], db="samples"),
    family("exbt-total-purchases", [
        "how much was bought at exbt in total",
        "total purchases at example biotech",
    ], ["200,000", "$4,010,000.00"], ["Alex J. Smith, Chief"], db="samples"),
    family("samples-total-buys", [
        "total purchases across all companies",
        "how much did insiders buy in total in 2024",
    ], ["10,000", "200,000", "$4,395,000.00"], [], db="samples"),
    # Stop 17: two days of one month joined ("+", "and") are one window, both days summed.
    family("two-days-summed", [
        "pdex total sold jan 23 + 24",
        "pdex sales on jan 23 and 24, 2025 in total",
    ], ["2,271", "$94,577.84"]),
    family("moran-two-days-of-exercises", [
        "How many options did Kyle Moran exercise on December 8 and 9, 2025 combined?",
    ], ["296,000"]),
    # A fund family named by its common word ("mithril") is every fund of it, filing jointly.
    family("mithril-family-buys", [
        "mithril total bought adgi + guts",
        "how much did mithril pay for its ipo shares in total",
    ], ["$33,949,000.00", "$4,999,995.00"]),
    # "the total number of … shares … sold": a sum of shares, even with "filings" in the question.
    family("number-of-shares-sold", [
        "What is the total number of Palantir shares Peter Thiel sold across all his filings?",
    ], ["27,048,671"], ["2 filings for Peter Thiel"]),
    # Two times added up (Thiel, PLTR): 2021 20,003,915 + 2024 7,044,756 = 27,048,671 shares, $679,399,220.54.
    family("two-years-combined", [
        "Peter Thiel's Palantir sales in 2021 and 2024 combined: how many shares?",
        "thiel pltr sells 2021 + 2024 combined, shares & $",
        "thiel's 2021 and 2024 pltr sales together",
    ], ["27,048,671", "$679,399,220.54"], []),
    # A sum of one kind of security over several kinds of trade, or both ways over several companies (blind set 13):
    # Musk's Tesla sale and withholding of Jul 2, 2010 (1,415,167 + 21,728); every gift given away (Musk 5,044,000,
    # McMahon 61,386, Ahmed 3,690, Botha 1,057).
    family("sold-and-withheld-together", [
        "How many Tesla shares did Musk dispose of on July 2, 2010, sold and withheld together?",
        "musk jul 2 2010: sold + withheld shares in all",
    ], ["1,436,895", "1,415,167", "21,728"]),
    family("gifts-given-all-time", [
        "What is the total number of shares given away as gifts, all time, across all companies?",
        "all gifts ever: total shares given away",
    ], ["5,110,133"]),
    # Shares withheld for taxes valued at the price the filing gives (corpus and samples: four F rows and EXBT's 1,850).
    family("dollars-withheld", [
        "total $ withheld for taxes across all filings",
        "how many dollars of stock were withheld for taxes overall",
    ], ["$742,518.86", "$107,781.38", "$369,376.00"]),
    # Two kinds of security added up (Melkote's Apr 30, 2025 grants: 757,756 RSUs and 757,576 options).
    family("two-securities-combined", [
        "RSUs and options combined for melkote",
        "melkote rsus + options granted, total",
    ], ["1,515,332", "757,756 RSUs", "757,576 options"]),
    # Positions added up, per security ("all his accounts": McGuirk's ISBA common 401,144.7327 over 3 positions;
    # Thiel's PLTR Form 3 Class A 59,190,992), said once (the "Together:" line, no second "In all:" beside it).
    family("positions-in-all", [
        "how many isba shares does mcguirk hold in total",
        "mcguirk isba shares across all his accounts combined",
    ], ["Together: 401,144.7327"], ["In all: 401,144.7327"]),
    # Direct and a vehicle's positions added up ("direct + all 4 trusts", "add the pensco trust to his direct").
    family("direct-plus-vehicle-added", [
        "garrett snow options direct + all 4 trusts, total",
        "mark garrett options: his direct ones plus the trusts",
    ], ["767,186", "5 positions"]),
    family("direct-plus-named-vehicle-added", [
        "levchin yelp class b: add the pensco trust shs to his direct ones",
        "levchin yelp class b direct and pensco trust together",
    ], ["7,144,090"], ["Not understood"]),
    # A Form 5's year-end positions are what was held after its December gift (McMahon: 54,666 + 151,188 + 125,737).
    family("held-after-a-form-5-event", [
        "In total, how many Snowflake shares did John McMahon hold after the December 2021 gift, counting his trusts?",
        "mcmahon snow: shares held after the dec 2021 gift incl trusts",
    ], ["331,591"]),
    family("form-3-positions-in-all", [
        "thiel pltr form 3 class a total all accounts",
    ], ["59,190,992"], ["No transactions"]),
    # What was kept of an award after the shares withheld for taxes (bot/answers/kept.py): received minus F.
    # Travers (ZIP, Mar 15, 2025): 60,732 settled (M) - 33,148 withheld = 27,584; Lamercie (ARW, Feb 12, 2025):
    # 2,193 (A) - 1,009 = 1,184; Markham (MVIS, Jun 2026): 268,800 (M) - 77,905 (F, Jun 10) = 190,895.
    family("kept-after-tax-travers", [
        "travers: rsu shares settled minus shares withheld = ?",
        "how many shares did travers net after tax withholding in march 2025",
        "after taxes how many zip shares did david travers keep",
    ], ["27,584", "60,732", "33,148"], ["No net change"]),
    family("kept-after-tax-lamercie", [
        "lamercie kept how many shs from the psu after tax",
        "How many Arrow shares did Carine Lamercie Jean-Claude keep once shares were withheld for taxes?",
    ], ["1,184", "2,193", "1,009"]),
    family("kept-after-sell-to-cover", [
        "of the 268,800 mvis shares that settled, how many did markham keep after the sell-to-cover",
        "markham net shares after tax withholding, june 2026",
    ], ["190,895", "77,905"]),
    # A total over several vehicle rows ("rivendell 7 ... total": 15,653,541 + 4,346,459 = 20,000,000).
    family("vehicle-trades-together", [
        "how much did rivendell 7 sell in feb 2021 (pltr), total",
    ], ["20,000,000"], ["20,003,915"]),
    # "tally up" totals; "how many common shares" is a sum of shares, not a count of rows.
    family("tally-up-conversions", [
        "Tally up the common shares that SolarCity's preferred-stock conversions gave Musk's trust when it listed.",
    ], ["18,731,735"]),
    family("how-many-common-shares-converted", [
        "How many common shares in total did Elon Musk get from converting preferred stock at the Tesla IPO?",
    ], ["24,355,917"]),
    # two years joined with "+": each year asked, then added up (2021: 20,003,915; 2024: 7,044,756).
    family("years-joined-by-plus", [
        "thiel pltr sales 2021+2024 total shares",
    ], ["27,048,671"]),
    # "the week of" a day is Monday to Sunday (Musk's gifts Nov 22-24, 2021: 1,560,000 + 500,000 + 500,000).
    family("week-of", [
        "How many Tesla shares did Musk give away during the week of November 22, 2021?",
        "musk gifts the week of 11/22/21, total",
    ], ["2,560,000"]),
    # A dollar floor no single trade reaches, asked of a named person: the total that does ("did musk really sell over
    # a billion $ of tsla on 11/8/21": no single sale, $1,102,342,478.72 together); under it, the plain no.
    family("together-over-the-amount", [
        "did musk really sell over a billion $ of tsla on 11/8/21?",
        "did musk sell more than $1 billion of tsla on nov 8 2021",
    ], ["No single transaction was over $1,000,000,000.00", "$1,102,342,478.72"]),
    family("not-even-together", [
        "did scarpelli sell over $50M in dec 2022",
    ], ["No open-market sales (S) worth more than $50,000,000"], ["together they were"]),
    # "how many separate days did X sell on": the days, each with its sums (Musk: Jul 2, 2010 and Nov 8, 2021).
    family("days-counted", [
        "how many separate days did musk sell tsla on, per the filings",
        "on how many different days did musk sell",
    ], ["the top 2", "Nov 8, 2021", "Jul 2, 2010"], ["3 filings"]),
)

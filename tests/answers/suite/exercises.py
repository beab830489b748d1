"""Class 5: option exercises the way they are really filed: code M (or X) rows of common stock in Table I,
the matching Table II rows sometimes miscoded (Wave: code A marked D). The Table I price is the exercise
price; the answer says how the filing reported it. An exercise is never a purchase."""

from __future__ import annotations

from suite import NOT_BOUGHT, family, table

# Wave CFO Kyle Moran, Table I code M: 60,000 @ $2.83, 100,000 @ $3.14, 50,000 @ $4.75 (Dec 8, 2025);
# 36,000 @ $8.17, 50,000 @ $10.48 (Dec 9, 2025). Table II rows coded A but marked D.
WAVE_STRIKES = ["$2.83", "$3.14", "$4.75", "$8.17", "$10.48"]

CASES = table(
    family("wave-which-strike", [
        "which options did kyle moran exercise, and at what strike",
        "Which options did the Wave CFO exercise, and at what exercise price?",
        "what strikes did moran exercise at",
        "$WVE cfo option exercises & strikes",
        "wave cfo exercised what thru dec 9 2025",
    ], WAVE_STRIKES + ["60,000", "100,000"], ["was granted 60,000"] + list(NOT_BOUGHT)),
    family("wave-dec-8", [
        "wave cfo exercises dec 8 2025",
        "what did moran exercise on 12/8/2025",
        "Kyle Moran exercises on December 8, 2025",
    ], ["60,000", "$2.83", "100,000", "$3.14", "50,000", "$4.75"], ["$8.17", "$10.48"] + list(NOT_BOUGHT)),
    family("wave-dec-9", [
        "what strike did moran exercise at on dec 9 2025",
        "moran exercises dec 9 2025",
    ], ["36,000", "$8.17", "$10.48"], ["$2.83", "$3.14"] + list(NOT_BOUGHT)),
    family("wave-total-exercised", [
        "how many options did kyle moran exercise in total",
        "total options exercised by the wave cfo",
        "how many shares did moran get from exercising",
    ], ["296,000"], list(NOT_BOUGHT)),
    family("wave-how-reported", [
        "how did wave report moran's exercises",
        "How were the Wave CFO's option exercises filed?",
    ], ["code M", ("code A", "coded A", "as filed")], list(NOT_BOUGHT)),
    family("wave-exercise-and-sell", [
        "did moran exercise & sell on dec 8 2025",
        "wave cfo exercise and sale dec 2025",
    ], ["$2.83", "60,000", "$13.20"], list(NOT_BOUGHT)),
    # Tesla, Nov 8, 2021: M 2,154,572 at $6.24 (Table I), options expiring Aug 13, 2022.
    family("musk-2021-exercise", [
        "musk option exercise nov 2021 strike",
        "what did teslas ceo exercise in nov 2021",
        "Elon Musk's option exercises in 2021 and the exercise price",
        "elon exercised how many options in 2021",
        "musk exercised at what price",
    ], ["2,154,572", "$6.24"], ["838,996", "$6.63"] + list(NOT_BOUGHT)),
    # Snowflake CFO: M 200,000 at $8.88 on Dec 13, 2022.
    family("snow-cfo-exercise", [
        "snow cfo exercised how many options at what price",
        "scarpelli exercise strike",
        "What options did Michael Scarpelli exercise in December 2022?",
        "$SNOW cfo exercises",
    ], ["200,000", "$8.88", "Dec 13, 2022"], list(NOT_BOUGHT)),
    # Tesla, Jul 2, 2010: warrants net exercised (X): 113,908 shares of common for 325,441 warrants.
    family("musk-warrant-exercise", [
        "musk warrant exercise 2010",
        "exercises at tesla in 2010",
        "did elon exercise any warrants",
    ], [("113,908", "325,441"), "code X"], list(NOT_BOUGHT)),
    # ZipRecruiter President: four RSU tranches converted (M): 6,250 13,347 20,691 20,444 = 60,732.
    family("zip-conversions", [
        "what did the zip president exercise",
        "david travers rsu conversions",
        "ZipRecruiter RSU settlements in March 2025",
    ], ["6,250", "13,347", "20,691", "20,444"], list(NOT_BOUGHT)),
    # MicroVision GC: two RSU conversions (M), 150,000 and 118,800, on Jun 8, 2026.
    family("mvis-conversions", [
        "mvis rsu conversions",
        "markham rsus that converted in june 2026",
    ], ["150,000", "118,800"], list(NOT_BOUGHT)),
    # Zynga: RSU to Class B conversion (M) 1,412,997 on Dec 15, 2011.
    family("zynga-conversion", [
        "hoffman zynga rsu conversion",
        "what did reid hoffman convert at znga",
    ], ["1,412,997"], list(NOT_BOUGHT)),
    # Market-wide option exercises in 2025: Wave (and the ZIP RSU settlements are code M too).
    family("exercises-2025", [
        "option exercises anywhere in 2025",
        "Which insiders exercised options in 2025?",
        "who exercised options in dec 2025",
    ], ["Kyle Moran", "$2.83"], list(NOT_BOUGHT)),
    family("exercise-price-by-company", [
        "exercise price of the snowflake cfo's options",
        "whats the strike on scarpellis options",
    ], ["$8.88"], []),
    # Samples: the EXBT CFO's RSU vesting is an M conversion of 5,000 units.
    family("exbt-conversion", [
        "exbt cfo rsu exercise",
        "what did alex smith convert in march 2024",
        "Example Biotech RSU conversions",
    ], ["5,000", "Mar 1, 2024"], list(NOT_BOUGHT), db="samples"),
    family("tecogen-not-exercised", [
        "did whiting exercise any options",
        "tgen gc option exercises",
    ], [("no exercises", "not exercised", "no option exercises")], ["exercised 37,500"], db="samples"),
    # Stop 17: "through option exercises" is how, not who held them; a list of exercises gives their cost.
    family("moran-acquired-through-exercises", [
        "How many Wave Life Sciences shares did Kyle Moran acquire through option exercises in December 2025?",
    ], ["296,000", "$1,539,420.00"]),
    family("moran-cost-dec-8", [
        "what did it cost moran to exercise on dec 8",
    ], ["$721,300.00"], ["$818,120"]),
    # A bound on the strike said in words ("under five dollars"): Moran's $2.83, $3.14 and $4.75, never $10.48.
    family("strike-under-five-dollars", [
        "List every option exercise on file with a strike under five dollars.",
        "option exercises w/ strikes below five bucks",
    ], ["$2.83", "$3.14", "$4.75"], ["$10.48"]),
    # Shares earned when PSUs vest are filed as an award of stock, code A: said so, with the row (Lamercie: 2,193).
    family("psu-vesting-filed-as-a-grant", [
        "How many PSU shares vested for Carine Lamercie at Arrow?",
        "did lamercie's psus vest",
    ], ["filed as code A", "2,193"]),
    # Several exercise prices: the total cost and the average weighted by shares ($1,539,420 / 296,000 = $5.2007).
    family("average-exercise-price", [
        "moran avg strike across all his dec 25 exercises, weighted by shs",
        "what did kyle moran pay on average per share to exercise in december 2025",
    ], ["$1,539,420.00", "an average exercise price of $5.2007"]),
    # Options left after an exercise ("still outstanding after he exercised"): the position, not the exercise.
    family("outstanding-after-exercising", [
        "how many of morans $3.14 options were still outstanding after he exercised",
        "moran $3.14 options still outstanding after exercising?",
    ], ["75,000"]),
    # Column 2A: a deemed execution date, when filed, is said with the row.
    family("deemed-execution-date", [
        "For our Section 16 review: does Musk's July 2, 2010 Form 4 report a deemed execution date for the warrant exercise, and if so what is it?",
        "musk jul 2 2010 warrant exercise deemed execution date?",
    ], ["Deemed execution date Jul 2, 2010"], ["called"]),
    # Each exercise says what it cost (shares times the strike); "the 36k options" are those of that size.
    family("what-an-exercise-cost", [
        "what did moran pay to exercise the 36k options",
        "kyle moran cost to exercise the 36,000 options",
    ], ["$294,120.00 to exercise"], ["$524,000.00", "Not understood"]),
    # What exercising the options still held would cost at their strikes (a hypothetical, not an exercise that
    # happened): per position and in all; options since expired say so; "ex notional", "option ex" are exercises.
    family("what-exercising-would-cost", [
        "At the $3.74 strike, what would it cost Mark Garrett to exercise all of his Snowflake options, direct and in trust?",
        "garrett snow options - cost to exercise the whole lot",
    ], ["In all: $2,869,275.64 to exercise every one still held."]),
    family("what-exercising-would-have-cost", [
        "What would Max Levchin have paid to exercise all of his Yahoo director options?",
    ], ["$15,402.60 (they have since expired)"]),
)

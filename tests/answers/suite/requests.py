"""Requests typed as orders and codes named by letter (stop 19): "pull up", "grab me", "gimme" ask to be
shown, never to load filings or to buy; "the Form 4 from Jan 23, 2025" is that day's filing, not everything
since; "code F", "the G rows" are kinds of transaction; shares bought at several companies are added up
too, each company's own stock, with the companies listed; "shares n $" and "summed" ask a total; taxes,
beating the market and "is that a lot" get the short can't-answer."""

from __future__ import annotations

from suite import family, table

CASES = table(
    # Corpus: seven open-market purchases (P) in all; Mithril's 1,997,000 at ADGI the largest.
    family("pull-up-everything", [
        "Pull up every open-market purchase in the whole database.",
        "pull up every open-market purchase",
    ], ["7 transactions", "1,997,000"], ["I can't load", "called “Pull”"]),
    # Snowflake's CFO, Scarpelli: sales of Dec 13, 2022 (73,170 at $150.841).
    family("pull-up-a-role", [
        "pull up snowflake's cfo sales",
        "pull up the snow cfo's sales",
    ], ["73,170", "$150.841"], ["I can't load"]),
    family("grab-me-is-no-purchase", [
        "grab me the tecogen gc option grant",
        "gimme the tecogen gc's option grant",
    ], ["37,500", "$0.88"], ["No open-market purchases", "I can't load"]),
    # Pro-Dex, Jan 23, 2025: 835 shares sold at $42.00 (Cabillot / Farnam Street Partners).
    family("filing-from-a-day", [
        "Show me the Form 4 from January 23, 2025.",
        "the filing from jan 23 2025",
        "pull up the form 4 from jan 23 2025",
    ], ["835", "$42.00"], ["since Jan 23, 2025"]),
    # Code F across the corpus: Markham's 77,905 (MVIS) the newest.
    family("code-by-letter", [
        "list the code F rows for everyone",
        "code F transactions, all companies",
        "every F transaction on file",
    ], ["77,905", "tax withholding"], ["Which company or insider do you mean"]),
    # Thiel / Mithril: 333,333 at GUTS + 1,997,000 at ADGI = 2,330,333 shares for $38,948,995.00.
    family("shares-across-companies", [
        "how many shares did mithril buy in ipos total, and $",
        "how many shares did thiel buy across all companies",
        "mithril ipo buys total shares",
    ], ["2,330,333", "$38,948,995.00", "each company's own"], []),
    # "shares n $", "summed": a total (Scarpelli, Dec 13, 2022: 200,000 shares, $30,351,309.77; Musk, Nov 8,
    # 2021: 934,091 over 2 filings).
    family("shares-n-dollars", [
        "what did scarpelli offload on dec 13 2022, shares n $",
        "scarpelli dec 13 2022 sells shares n $",
    ], ["200,000", "$30,351,309.77"], []),
    family("summed-over-filings", [
        "give me musk's nov 8 2021 sales summed over every filing",
        "musk nov 8 2021 sales summed",
    ], ["934,091", "2 filings"], []),
    # Taxes, beating the market, "is that a lot": the short can't-answer (with the holdings for "a lot").
    family("after-taxes", [
        "How much money did Musk take home after taxes from the November 2021 sales?",
        "what did musk net after tax on his nov 2021 sales",
    ], ["I can't"], ["In total for Elon Musk"]),
    family("beat-the-market", [
        "did insiders beat the market at $aapl",
        "did tsla insiders outperform the market",
    ], ["I don't have market prices"], ["is the insider on file"]),
    family("is-that-a-lot", [
        "Feld sold 74 BDX shares. Is that a lot?",
    ], ["I don't have market prices", "16,506"], ["investment advice"]),
)

"""The question suite: real questions, the exact facts each answer must contain, and what it must not.

Each case runs the whole rules path (parse -> resolve -> SQL -> render) over a database built by the
real parser and writer: ``samples`` (bot/samples plus the Tecogen fixture) or ``corpus`` (the shared
corpus of real filings, skipped when absent). ``today`` fixes the clock for relative dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from bot.answers.engine import answer

TODAY = dt.date(2026, 11, 29)

TECOGEN_GRANT = [
    "John Whiting, General Counsel & Secretary of Tecogen Inc. (TGEN), was granted 37,500 stock options "
    "(right to buy) on Sep 20, 2023 (code A, grant).",
    "Exercise price $0.88 · exercisable from Sep 20, 2024 (vests 50% per year) · expires Sep 20, 2033",
    "Underlying: 37,500 shares of Common Stock · 400,000 options held directly afterwards",
    "Source: Form 4 signed Sep 27, 2023",
]
NOT_A_PURCHASE = ["bought", "code P,", "purchased"]
EDGAR = "https://www.sec.gov/Archives/edgar/data/"


@dataclass
class Case:
    question: str
    must: list[str]
    must_not: list[str] = field(default_factory=list)
    db: str = "samples"
    kind: str | None = None
    today: dt.date = TODAY


CASES: dict[str, Case] = {
    # --- the reference question and its variants -------------------------------------------------
    "reference": Case("what options did Tecogen's GC get", TECOGEN_GRANT, NOT_A_PURCHASE, kind="records"),
    "reference-receive-sept": Case("What did TGEN's general counsel receive in September 2023?", TECOGEN_GRANT,
                                   NOT_A_PURCHASE),
    "reference-by-name": Case("options granted to John Whiting", TECOGEN_GRANT, NOT_A_PURCHASE),
    "reference-dollar-ticker": Case("$TGEN options", TECOGEN_GRANT),
    "reference-lower-ticker": Case("tgen options?", TECOGEN_GRANT),
    "reference-company-suffix": Case("tecogen inc options", TECOGEN_GRANT),
    "reference-possessive-role": Case("Tecogen's GC", TECOGEN_GRANT),
    "reference-last-first": Case("whiting john", TECOGEN_GRANT),
    "reference-last-name": Case("What did Whiting get?", TECOGEN_GRANT),
    "reference-typo": Case("John Whitting options", TECOGEN_GRANT),
    "reference-company-typo": Case("Tecogn options", TECOGEN_GRANT),
    "reference-clo-q3": Case("What did the chief legal officer of Tecogen get in Q3 2023?", TECOGEN_GRANT),
    "reference-awarded": Case("stock options awarded to Tecogen's general counsel in 2023", TECOGEN_GRANT),
    "reference-between": Case("Tecogen grants between 2023-09-01 and 2023-09-30", TECOGEN_GRANT),
    "reference-wrong-year": Case("Tecogen GC options in 2022", ["No options in 2022 found",
                                                                "Stored for Tecogen Inc. (TGEN): 1 filing",
                                                                "insiderbot sync"], ["37,500"], kind="no_match"),
    # The strict "no" first; his option grant after it, labelled as what did happen and not a purchase.
    "reference-not-bought": Case("Did Tecogen's GC buy any stock?", [
        "No open-market purchases (P) found for the general counsel",
        "The closest acquisition that did happen (it is not an open-market purchase):",
        "was granted 37,500 stock options (right to buy) on Sep 20, 2023 (code A, grant)"], ["bought 37,500"]),
    "reference-not-exercised": Case("Tecogen options exercised", ["No exercises and conversions"], ["37,500"],
                                    kind="no_match"),
    "reference-who-is-gc": Case("Who is Tecogen's general counsel?",
                                ["John Whiting is the general counsel / chief legal officer on file for "
                                 "Tecogen Inc. (TGEN)", "General Counsel & Secretary"], kind="insiders"),
    "reference-holdings": Case("How many options does John Whiting hold?",
                               ["John Whiting held 400,000 stock options (right to buy) of Tecogen Inc. (TGEN) "
                                "directly"], kind="holdings"),
    "reference-cfo-none": Case("What did Tecogen's CFO get?", ["No grants and awards (A) found for the CFO of "
                                                               "Tecogen Inc. (TGEN)"], ["John Whiting,"]),
    # --- samples: a CEO's 10b5-1 sale -------------------------------------------------------------
    "ceo-sales": Case("EXRB CEO sales", [
        "Jane A. Doe, President and CEO, Director of Example Robotics Inc. (EXRB), sold 25,000 shares of Common "
        "Stock at $42.1735 per share on May 15, 2024 (code S, sale).",
        "$1,054,337.50 in total · 310,250 shares held directly afterwards",
        "Under a Rule 10b5-1 trading plan (per the filing's Rule 10b5-1 checkbox)",
        "sold 5,000 shares of Common Stock at $43.05 per share on May 16, 2024"], ["Richard Roe"]),
    "plan-sales": Case("Who sold Example Robotics stock under a 10b5-1 plan?",
                       ["2 transactions under a Rule 10b5-1 trading plan", "Jane A. Doe"], ["Richard Roe"]),
    "plan-none-for-director": Case("10b5-1 trades by Richard Roe", ["No trades under a 10b5-1 plan"],
                                   ["Jane A. Doe"], kind="no_match"),
    "ceo-total": Case("total sales by the CEO of Example Robotics",
                      ["30,000 shares of common stock", "in 2 transactions", "$1,269,587.50 in total"],
                      kind="summary"),
    "how-much-may": Case("How much did Jane Doe sell in May 2024?", ["30,000 shares", "$1,269,587.50"]),
    "ceo-by-first-name": Case("Jane sales", ["Jane A. Doe", "sold 25,000 shares"]),
    # --- samples: a director's purchase ----------------------------------------------------------
    "director-purchase": Case("Director purchases at Example Robotics", [
        "Richard Roe, Director of Example Robotics Inc. (EXRB), bought 10,000 shares of Common Stock at $38.50 "
        "per share on Jun 3, 2024 (code P, purchase).", "$385,000.00 in total · 55,000 shares held directly"],
        ["Jane A. Doe"]),
    "board-member-buys": Case("what did board members of EXRB buy", ["Richard Roe", "bought 10,000 shares"],
                              ["Jane A. Doe, President"]),
    "net-exrb": Case("net buying at EXRB", ["Net selling for Example Robotics Inc. (EXRB)",
                                            "bought 10,000 shares for $385,000.00",
                                            "sold 30,000 shares for $1,269,587.50",
                                            "net 20,000 shares sold"], kind="summary"),
    "roe-holdings": Case("Richard Roe holdings", ["55,000 shares of Common Stock", "directly",
                                                  "120,000 shares of Common Stock", "indirectly (By Roe Family Trust)"],
                         kind="holdings"),
    "roe-no-sales": Case("Richard Roe sales", ["No sales (S) found for Richard Roe"], ["25,000"], kind="no_match"),
    "latest-exrb": Case("latest activity at Example Robotics", ["Richard Roe", "Jun 3, 2024"], ["Jane A. Doe"]),
    # --- samples: RSU vest and tax withholding ---------------------------------------------------
    "rsu-vest": Case("RSUs vested at EXBT", [
        "Alex J. Smith, Chief Financial Officer of Example Biotech Inc. (EXBT), had 5,000 restricted stock units "
        "vest and convert on Mar 1, 2024 (code M, exercise or conversion).",
        "15,000 RSUs held directly afterwards",
        "exercisable: the RSUs vest in four equal annual installments beginning March 1, 2023"],
        NOT_A_PURCHASE + ["sold"]),
    "tax-withholding": Case("tax withholding at Example Biotech", [
        "had 1,850 shares of Common Stock withheld to pay taxes or the exercise price on Mar 1, 2024 "
        "(code F, tax withholding)", "Price $21.40 per share", "46,350 shares held directly afterwards"],
        ["sold", "bought"]),
    # No grant: said first; what he did get (RSUs that vested, code M) follows, said not to be a grant.
    "cfo-exbt-got-none": Case("What did the CFO of EXBT get?", ["No grants and awards (A) found for the CFO of "
                                                               "Example Biotech Inc. (EXBT)", "they are not grants",
                                                               "code M"], ["was granted"]),
    "cfo-exbt-all": Case("Alex Smith transactions", ["3 transactions for Alex J. Smith", "code M", "code F"],
                         ["Morgan Lee"]),
    # --- samples: a two-owner filing -------------------------------------------------------------
    "joint-purchase": Case("Example Biotech purchases", [
        "Example Ventures Fund II, L.P. (10% owner) and Morgan Lee (Director, 10% owner) of Example Biotech Inc. "
        "(EXBT), filing jointly, bought 200,000 shares of Common Stock at $20.05 per share on Apr 10, 2024",
        "4,200,000 shares held indirectly (By Example Ventures Fund II, L.P.) afterwards"], ["Alex J. Smith"]),
    "joint-by-person": Case("Morgan Lee purchases", [
        "Morgan Lee, Director, 10% owner of Example Biotech Inc. (EXBT), filing jointly, bought 200,000 shares",
        "Filed jointly with Example Ventures Fund II, L.P. (10% owner)"], ["Richard Roe"]),
    "joint-director-role": Case("director purchases at Example Biotech", [
        "Morgan Lee, Director, 10% owner of Example Biotech Inc. (EXBT), filing jointly",
        "Filed jointly with Example Ventures Fund II, L.P. (10% owner)"],
        ["Example Ventures Fund II, L.P., 10% owner of"]),
    "joint-ten-percent": Case("What did the 10% owners of EXBT buy?",
                              ["Example Ventures Fund II, L.P. (10% owner) and Morgan Lee", "200,000 shares"]),
    "joint-fund-name": Case("Example Ventures purchases", ["Example Ventures Fund II, L.P., 10% owner of Example "
                                                           "Biotech Inc. (EXBT), filing jointly, bought 200,000",
                                                           "Filed jointly with Morgan Lee (Director, 10% owner)"]),
    # --- samples: dates relative to an injected clock --------------------------------------------
    "purchases-june": Case("purchases in June 2024", ["Richard Roe", "bought 10,000"], ["200,000"]),
    "sales-last-month": Case("sales last month", ["Jane A. Doe", "May 15, 2024"], ["Richard Roe"],
                             today=dt.date(2024, 6, 10)),
    "bought-yesterday": Case("who bought yesterday?", ["Richard Roe", "Jun 3, 2024"], ["200,000"],
                             today=dt.date(2024, 6, 4)),
    "bought-today-none": Case("who bought today?", ["No purchases (P) today (Jun 5, 2024) found"], ["Richard Roe"],
                              today=dt.date(2024, 6, 5), kind="no_match"),
    "purchases-this-year": Case("purchases this year", ["2 transactions", "Richard Roe", "200,000 shares"],
                                today=dt.date(2024, 12, 1)),
    "sales-since-march": Case("sales since March", ["Jane A. Doe"], ["Richard Roe"], today=dt.date(2024, 6, 30)),
    "purchases-april": Case("purchases between 2024-04-01 and 2024-04-30", ["200,000 shares"], ["Richard Roe"]),
    "last-week": Case("any trades last week?", ["Jane A. Doe", "May 15, 2024"], ["Richard Roe"],
                      today=dt.date(2024, 5, 22)),
    "q1-2024": Case("transactions in Q1 2024", ["Alex J. Smith"], ["Jane A. Doe", "Richard Roe"]),
    # --- samples: aggregations -------------------------------------------------------------------
    "biggest-purchases": Case("biggest purchases", ["The 2 biggest of 2 transactions", "$4,010,000.00 in total"]),
    "count-exbt": Case("How many transactions at Example Biotech?", ["4 transactions for Example Biotech Inc. (EXBT)", "Tax withholding, code F",
                                                                    "Purchases, code P, common stock: 1 transaction"],
                       kind="summary"),
    "insiders-exbt": Case("Who are the insiders at Example Biotech?", ["3 insiders have filed for Example Biotech",
                                                                       "Alex J. Smith, Chief Financial Officer",
                                                                       "Morgan Lee, Director, 10% owner"],
                          ["Richard Roe"], kind="insiders"),
    "late-samples": Case("late filings", ["reported late", "John Whiting", "due Sep 22, 2023"], ["Jane A. Doe"]),
    "no-gifts": Case("Did any insider gift shares?", ["No gifts (G) found"], kind="no_match"),
    # --- samples: ambiguity, no match, help ------------------------------------------------------
    "ambiguous-company": Case("Example sales", ["Which company do you mean by “Example”?",
                                                "Example Robotics Inc. (EXRB)", "Example Biotech Inc. (EXBT)"],
                              kind="ambiguous"),
    "unknown-ticker": Case("$XYZQ sales", ["No company with the ticker XYZQ is stored."], ["Jane"],
                           kind="no_match"),
    "unknown-company": Case("what did Acme's CEO sell?", ["could not find a company or insider called “Acme”"],
                            ["Jane A. Doe"], kind="no_match"),
    "nonsense": Case("asdf qwerty zxcv", ["“asdf qwerty zxcv” is not a company or insider",
                                          "What options did Tecogen's GC get?"], kind="help"),
    "empty": Case("", ["Ask me about insider filings", "What options did Tecogen's GC get?"], kind="help"),
    "help": Case("help", ["For example", "Stored companies include"], kind="help"),
    "greeting": Case("hello", ["Ask me about insider filings"], kind="help"),
    "no-warrants": Case("EXRB warrants", ["No warrants found for Example Robotics Inc. (EXRB)",
                                          "Stored for Example Robotics Inc. (EXRB): 2 filings"], kind="no_match"),
    # --- the shared corpus of real filings -------------------------------------------------------
    "apple-gc": Case("What did Apple's general counsel sell?", [
        "7 transactions", "Katherine L. Adams, SVP, GC and Secretary of Apple Inc. (AAPL), sold 9,136 shares of "
        "Common Stock at $159.94 per share on May 4, 2022 (code S, sale).",
        "Under a Rule 10b5-1 trading plan (per a footnote)"], db="corpus"),
    "apple-lowercase": Case("what did apple's gc sell", ["Katherine L. Adams", "sold 9,136 shares"], db="corpus"),
    "apple-gc-may": Case("Katherine Adams sales in May 2022", ["7 transactions for Katherine L. Adams"], db="corpus"),
    "aar-cao": Case("AAR chief accounting officer", [
        "Jessica A. Garascia, Senior VP, GC, CAO & Secretary of AAR CORP (AIR), sold 1,500 shares of Common Stock "
        "at $66.903 per share on Jan 10, 2025 (code S, sale).",
        "Source: Form 4 filed Jan 10, 2025 · " + EDGAR + "1750/000112760225001055/0001127602-25-001055-index.htm"],
        db="corpus"),
    "aar-who-cao": Case("Who is the CAO of AAR?", ["Jessica A. Garascia is the chief accounting officer on file"],
                        db="corpus", kind="insiders"),
    "arrow-clo": Case("Arrow CLO", [
        "Carine Lamercie Jean-Claude, SVP, CLO & Secretary of ARROW ELECTRONICS, INC. (ARW), was granted 2,193 "
        "shares of Common Stock on Feb 12, 2025 (code A, grant).",
        "had 1,009 shares of Common Stock withheld to pay taxes or the exercise price",
        EDGAR + "7536/000112760225004598/0001127602-25-004598-index.htm"], NOT_A_PURCHASE, db="corpus"),
    "jetblue-cto": Case("JetBlue CTO RSUs", ["Carol Ann Clements, Chief Digital & Tech Officer of JETBLUE AIRWAYS "
                                            "CORP (JBLU), was granted 110,474 restricted stock units"], db="corpus"),
    "snow-cfo-exercise": Case("Snowflake CFO option exercises", [
        "Michael Scarpelli, Chief Financial Officer of Snowflake Inc. (SNOW), exercised 200,000 stock options "
        "(right to buy) on Dec 13, 2022 (code M, exercise or conversion).", "Exercise price $8.88"],
        NOT_A_PURCHASE, db="corpus"),
    "snow-insiders": Case("Who are the insiders at Snowflake?", ["5 insiders have filed for Snowflake Inc. (SNOW)",
                                                                 "Warren E. Buffett", "BERKSHIRE HATHAWAY INC",
                                                                 "Michael Scarpelli"], db="corpus", kind="insiders"),
    "buffett-position": Case("Buffett", ["Warren E. Buffett, 10% owner of Snowflake Inc. (SNOW), filing jointly, "
                                         "holds 6,125,376 shares of Class A Common Stock",
                                         "Filed jointly with BERKSHIRE HATHAWAY INC (10% owner)"], db="corpus"),
    # No purchase, and what his Form 3 reported holding instead (the near miss of a named insider).
    "buffett-no-purchases": Case("Warren Buffett purchases", ["No open-market purchases (P) found for Warren E. Buffett",
                                                              "What the filings report holding instead",
                                                              "6,125,376"], db="corpus", kind="records"),
    "musk-2009-options": Case("Musk options 2009", [
        "was granted 838,996 non-qualified stock options (right to buy) on Dec 4, 2009 (code A, grant)",
        "Exercise price $6.63", "expires Dec 3, 2016"], NOT_A_PURCHASE, db="corpus"),
    "musk-solarcity": Case("SolarCity purchases by Musk", [
        "Elon Musk, Director, 10% owner of SOLARCITY CORP (SCTY), bought 1,875,000 shares of Common Stock at $8.00 "
        "per share on Dec 18, 2012 (code P, purchase).", "$15,000,000.00 in total"], db="corpus"),
    "musk-total-2021": Case("total sales by Musk in 2021", ["934,091 shares of common stock", "49 transactions",
                                                            "$1,102,342,478.72"], db="corpus", kind="summary"),
    "tesla-biggest": Case("biggest sales at Tesla", ["sold 101,589 shares of Common Stock at $1,186.779"],
                          db="corpus"),
    "tesla-nov-2021": Case("who sold TSLA in November 2021", ["49 transactions for Tesla, Inc. (TSLA)"], db="corpus"),
    "tesla-gifts": Case("Musk gifts", ["gave 2,234,000 shares of Common Stock as a gift", "code G, gift"],
                        NOT_A_PURCHASE, db="corpus"),
    "yahoo-options": Case("Levchin Yahoo options", ["Max R. Levchin, Director of YAHOO INC (YHOO), was granted 774 "
                                                    "director stock options (right to buy)", "Exercise price $19.90"],
                          db="corpus"),
    "zynga-rsus": Case("Reid Hoffman Zynga RSUs", ["was granted 1,474,432 restricted stock units"], db="corpus"),
    "msft-holdings": Case("How many shares does Reid Hoffman hold in Microsoft?", [
        "Reid Hoffman held 15,905 shares of Common Stock of MICROSOFT CORP (MSFT) indirectly (By Living Trust)",
        "12,126.682 restricted stock units"], db="corpus", kind="holdings"),
    "msft-fractional": Case("Microsoft director RSUs", ["was granted 289.408 restricted stock units"], db="corpus"),
    "mongodb-gifts": Case("MongoDB gifts", ["gave 1,057 shares of Class A Common Stock as a gift"], NOT_A_PURCHASE,
                          db="corpus"),
    "lam-amendment": Case("Lam Research gifts", ["3,690 shares", "Amendment (4/A)"], db="corpus"),
    "isabella-fractional": Case("Isabella Bank director purchases", ["bought 275.634 shares of common at $18.14"],
                                db="corpus"),
    "mcguirk-holdings": Case("McGuirk holdings", ["383,262.5326", "Held by minor child"], db="corpus",
                             kind="holdings"),
    "dkng-clo-march": Case("DraftKings CLO sales in March 2025", ["3 transactions", "R. Stanton Dodge",
                                                                  "sold 49,252 shares"], db="corpus"),
    "dkng-plan": Case("Which sales were under a 10b5-1 plan at DraftKings?",
                      ["3 transactions under a Rule 10b5-1 trading plan"], db="corpus"),
    "pdex-director": Case("Pro-Dex director sales", [
        "Raymond E. Cabillot, Director, 10% owner of PRO DEX INC (PDEX), filing jointly, sold 835 shares",
        "Filed jointly with FARNAM STREET PARTNERS LP /MN (10% owner)"],
        ["FARNAM STREET PARTNERS LP /MN, 10% owner of PRO DEX INC (PDEX), filing jointly"], db="corpus"),
    "pdex-fund": Case("Farnam sales", ["FARNAM STREET PARTNERS LP /MN, 10% owner of PRO DEX INC (PDEX), filing "
                                       "jointly, sold 835 shares", "Filed jointly with Raymond E. Cabillot"],
                      db="corpus"),
    "pdex-net": Case("net buying by directors of PDEX", ["Net selling", "sold 2,271 shares for $94,577.84"],
                     db="corpus"),
    "bdx-plan": Case("Becton Dickinson 10b5-1", ["Michael Feld", "sold 74 shares"], db="corpus"),
    "wave-cfo": Case("What did the CFO of Wave sell?", ["Kyle Moran, Chief Financial Officer of Wave Life Sciences "
                                                        "Ltd. (WVE), sold 60,000 Ordinary Shares at $13.20"],
                     db="corpus"),
    "mvis-tax": Case("MVIS tax withholding", ["had 77,905 shares of Common Stock withheld", "code F"],
                     ["sold 77,905"], db="corpus"),
    "mvis-gc-rsus": Case("MicroVision GC RSU grant", ["Drew G. Markham, GC of MICROVISION, INC. (MVIS), was "
                                                      "granted 150,000 restricted stock units"], db="corpus"),
    "scwo-cto": Case("374Water CTO options", ["was granted 757,576 stock options (right to buy)",
                                              "Exercise price $0.33"], db="corpus"),
    "zip-president": Case("ZipRecruiter president RSUs vested", ["David Travers, President of ZIPRECRUITER, INC. "
                                                                 "(ZIP), had", "restricted stock units vest and convert"],
                          NOT_A_PURCHASE, db="corpus"),
    "tsvt-see-remarks": Case("Jessica Snow options", ["See Remarks (Title: Senior Vice President of Quality and "
                                                      "Enabling Functions)", "70,750 stock options"], db="corpus"),
    "betr-softbank": Case("SoftBank conversions", ["628,553", "Filed jointly with SB Global Advisers Ltd"],
                          db="corpus"),
    # The filing codes the trade P (purchase) but marks it D (disposed): say what was filed, not "bought".
    "arec-purchase": Case("American Resources purchases", [
        "GOLDEN PROPERTIES LTD., 10% owner of American Resources Corp (AREC), reported 800,000 shares of Class A "
        "Common Stock at $0.67 per share, coded as a purchase but marked disposed of, on Jul 19, 2024 (code P, purchase).",
        "As filed: code P (purchase) but marked D (disposed of)"], ["bought 800,000"], db="corpus"),
    "oscar-insiders": Case("Oscar Health insiders", ["Peter Thiel", "Brian Aaron Singerman"], db="corpus",
                           kind="insiders"),
    # Four indirect positions told apart only by footnotes (Rivendell 7, PLTR Holdings, Rivendell 25, STS
    # Holdings II) are four positions, not one; positions sold down to 0 are counted in a note.
    "pltr-holdings": Case("Peter Thiel's holdings in Palantir", [
        "(7 positions)", "20,733,625 shares of Class A Common Stock", "70,806,432 shares of Class A Common Stock",
        "20,823,993 shares", "53,487 shares", "3,844,639 shares of Class A Common Stock of Palantir Technologies Inc. "
        "(PLTR) directly", "held of record by Rivendell 7 LLC",
        "10 positions reported as 0 after the latest filing are not listed."], ["held 0 shares"],
        db="corpus", kind="holdings"),
    "pltr-warrants": Case("warrants at Palantir", ["reported positions", "warrants (right to buy)"],
                          db="corpus"),
    "rabois": Case("Keith Rabois", ["sold 17,286 shares of Class A Common Stock at $11.1484",
                                    "Under a Rule 10b5-1 trading plan"], db="corpus"),
    # --- found in QA: lists newest first, holdings, joint filings, totals, amendments, input --------
    "latest-newest-first": Case("latest activity at TSLA", [
        "Latest activity for Tesla, Inc. (TSLA): Form 5 signed Feb 14, 2022, 5 rows (Nov 19, 2021 to Nov 29, 2021, "
        "newest first):\nElon Musk, CEO, Director, 10% owner of Tesla, Inc. (TSLA), gave 250,000 shares of Common "
        "Stock as a gift on Nov 29, 2021"], db="corpus"),
    "list-newest-first": Case("/insider TSLA", [
        "68 transactions for Tesla, Inc. (TSLA); showing the 10 newest:\nElon Musk, CEO, Director, 10% owner of "
        "Tesla, Inc. (TSLA), gave 250,000 shares of Common Stock as a gift on Nov 29, 2021"], db="corpus"),
    "wave-sales-newest-first": Case("Kyle Moran sales in December 2025", [
        "newest first:\nKyle Moran, Chief Financial Officer of Wave Life Sciences Ltd. (WVE), sold 36 Ordinary "
        "Shares at $20.25 per share on Dec 9, 2025"], db="corpus"),
    "mvis-newest-first": Case("Drew Markham", [
        "6 transactions for Drew G. Markham, newest first:\nDrew G. Markham, GC of MICROVISION, INC. (MVIS), had "
        "77,905 shares of Common Stock withheld"], db="corpus"),
    "oscar-form3-positions": Case("Form 3 holdings at Oscar", [
        "(10 positions)", "Peter Thiel and Brian Aaron Singerman, filing jointly, held 7,778,012 shares",
        "51,567 shares", "799,525 shares", "held by The Founders Fund IV, LP"], db="corpus", kind="holdings"),
    "bksy-form3-positions": Case("bksy holdings", [
        "(2 positions)", "10,386,626 shares of Class A Common Stock", "8,241,400 shares of Class A Common Stock",
        "Mithril GP LP, Mithril LP, Mithril II UGP LLC and 4 other reporting owners, filing jointly, held",
        "Reporting owners, filing jointly: Mithril GP LP (10% owner), Mithril LP (10% owner)", "Peter Thiel (10% owner)"],
        db="corpus", kind="holdings"),
    "buffett-holdings-joint": Case("what does Buffett own", [
        "Warren E. Buffett held 6,125,376 shares of Class A Common Stock of Snowflake Inc. (SNOW)",
        "Filed jointly with BERKSHIRE HATHAWAY INC (10% owner)", "Columbia Insurance Company"], db="corpus"),
    "adgi-one-other-owner": Case("Adagio", ["and 1 other reporting owner of Adagio Therapeutics, Inc. (ADGI), filing "
                                            "jointly", "Reporting owners, filing jointly: MITHRIL II LP (10% owner), "
                                            "Mithril II GP LP (10% owner), Mithril II UGP LLC (10% owner), Peter Thiel"],
                                 ["1 other reporting owners"], db="corpus"),
    "arec-net-caveat": Case("net buying at AREC", [
        "Net buying or selling for American Resources Corp (AREC) (open-market purchases and sales (P, S)) cannot be "
        "told from the filings: 1 trade (800,000 shares, $536,000.00) coded P or S but marked the other way",
        "(as filed: the code and the acquired/disposed mark disagree)"], ["bought 800,000", "Net buying for"],
        db="corpus"),
    "thiel-purchases-by-company": Case("how much did Thiel buy", [
        "In total for Peter Thiel (purchases (P)): $38,948,995.00 for 2,330,333 shares of common stock (each company's "
        "own) in 2 transactions at 2 companies (each company below)",
        "Purchases, code P, common stock at Fractyl Health, Inc. (GUTS): 1 transaction in 1 filing, 333,333 shares",
        "Purchases, code P, common stock at Adagio Therapeutics, Inc. (ADGI): 1 transaction in 1 filing, 1,997,000"],
        ["shares by company below"], db="corpus", kind="summary"),
    "musk-totals-by-company": Case("Musk total", [
        "by company, transaction code and security",
        "Conversions, code C, preferred stock at Tesla, Inc. (TSLA): 5 transactions in 1 filing, 72,538,721 shares",
        "Conversions, code C, preferred stock at SOLARCITY CORP (SCTY): 6 transactions in 1 filing, 17,808,571"],
        ["90,347,292"], db="corpus", kind="summary"),
    "net-across-companies": Case("net buying by 10% owners", [
        "Net selling for the 10% owners (open-market purchases and sales (P, S)) across 7 companies, by dollar "
        "value: bought $57,958,995.00, sold $1,631,278,116.83; net $1,573,319,121.83 sold (shares by company below). "
        "Left out: 1 trade (800,000 shares, $536,000.00) coded P or S but marked the other way"],
        db="corpus", kind="summary"),
    "grant-total-units": Case("total grants to Musk", ["In total for Elon Musk (grants and awards (A)): 838,996 "
                                                      "options (grants and awards, code A) in 1 transaction."],
                              ["options of options"], db="corpus", kind="summary"),
    "biggest-grants-not-dollars": Case("biggest grants", [
        "by number of shares or units (only open-market trades have a dollar value):\nReid Hoffman, Director of "
        "ZYNGA INC (ZNGA), was granted 1,474,432 restricted stock units"], ["by dollar value:"], db="corpus"),
    # Old Form 3 derivative rows state only the underlying amount (no "owned following").
    "form3-underlying-only": Case("Mark Garrett holdings", [
        "Mark Garrett held stock options (right to buy) over 383,594 underlying shares of Class B Common Stock of "
        "Snowflake Inc. (SNOW) directly after the Form 3 for Sep 15, 2020.", "Mark Garrett 2011 Irrevocable Trust",
        "Series E Preferred Stock convertible into 134,018 shares"], ["No holdings found"], db="corpus",
        kind="holdings"),
    "expired-options-not-current": Case("how many options does Musk have", [
        "No current holdings of Elon Musk: all 4 positions on file have passed their expiration date:",
        "expired Dec 3, 2016"], db="corpus", kind="holdings"),
    "expired-options-left-out": Case("Musk holdings at Tesla", [
        "172,608,251 shares of Common Stock", "4 option, warrant or other derivative positions past their expiration "
        "date are not listed."], ["838,996 non-qualified stock options"], db="corpus", kind="holdings"),
    "ceo-chief-exec": Case("chief exec gifts", ["5 transactions for the CEOs (gifts (G))"], db="corpus"),
    # "Form 5" was ignored: the answer listed every transaction under a Form 5 question.
    "form5-gifts": Case("Form 5 gifts", ["6 transactions for all companies (gifts (G) on Form 5)", "John Dennis "
                                         "McMahon"], ["Roelof Botha", "Sohail U. Ahmed"], db="corpus"),
    "form4-plural": Case("form 4s filed by Musk in 2021", ["51 transactions for Elon Musk (on Form 4 in 2021)"],
                         ["as a gift"], db="corpus"),
    "form5-none": Case("Form 5 filings at Apple", ["No transactions on Form 5 found for Apple Inc. (AAPL)."],
                       db="corpus", kind="no_match"),
    "what-is-form-4": Case("what is form 4", ["Form 4 reports a change (due within two business days)"],
                           db="corpus", kind="help"),
    "no-securities-form3": Case("what does Hegde own at SunPower", [
        "Vinayak Hegde, Director, reported owning no securities of SUNPOWER CORP (SPWR) in the Form 3 for Dec 31, "
        "2021.", "Source: Form 3 signed Jan 7, 2022"], ["No holdings found"], db="corpus", kind="holdings"),
    "no-securities-company": Case("Bird Global", ["David O. Sacks, Director, reported owning no securities of Bird "
                                                  "Global, Inc. (BRDS) in the Form 3 for Nov 4, 2021."],
                                  ["No transactions found"], db="corpus", kind="holdings"),
    "insiders-role-headline": Case("who are the 10% owners at Snowflake", [
        "2 insiders with the role 10% owner have filed for Snowflake Inc. (SNOW):"], ["10% owner insiders"],
        db="corpus", kind="insiders"),
    "one-word-company": Case("Oscar", ["No transactions are on file for Oscar Health, Inc. (OSCR); 10 reported positions instead"], db="corpus"),
    "one-word-lower-ticker": Case("guts", ["8 transactions for Fractyl Health, Inc. (GUTS)"], db="corpus"),
    "accented-name": Case("Müsk gifts", ["5 transactions for Elon Musk (gifts (G))"], ["“sk”"], db="corpus"),
    "typographic-year": Case("Tesla — CEO’s sales in ‘21", ["49 transactions for the CEO of Tesla, Inc. (TSLA) "
                                                            "(sales (S) in 2021)"], db="corpus"),
    "iso-month": Case("grants in 2025-03", ["Carol Ann Clements", "Mar 10, 2025"], ["Carine Lamercie"], db="corpus"),
    "very-long-question": Case("tesla sales " * 300, ["50 transactions for Tesla, Inc. (TSLA) (sales (S))",
                                                      "Note: the question is long; only its first"], db="corpus"),
    "amendment-not-double-counted": Case("how many transactions at LRCX", [
        "2 transactions for LAM RESEARCH CORP (LRCX).",
        "Amendment (4/A); it replaces the original filing of Nov 4, 2024; the original is stored too and is left "
        "out, so nothing is counted twice"], ["4 transactions", "Form 4 signed Nov 4, 2024"], db="amended"),
    "amendment-stored-summary": Case("LRCX options", [
        "Stored for LAM RESEARCH CORP (LRCX): 1 filing from Nov 4, 2024 to Nov 4, 2024 (2 transactions, 1 insider)."],
        ["2 filings", "4 transactions"], db="amended", kind="no_match"),
    # --- QA round 2: 10b5-1 per row, names, counts, dates ----------------------------------------
    # The filing's 10b5-1 checkbox covers its purchases and sales, not the option rows beside them.
    "plan-checkbox-sales-only": Case("10b5-1 trades at Wave", [
        "6 transactions under a Rule 10b5-1 trading plan for Wave Life Sciences Ltd. (WVE)"], ["coded as a grant"],
        db="corpus"),
    "plan-not-on-option-rows": Case("Kyle Moran option grants", ["reported a disposition of 60,000 share options"],
                                    ["Under a Rule 10b5-1"], db="corpus"),
    # F1 says "the sales reported ... were effected pursuant to a 10b5-1 plan"; the exercises cite it too.
    "plan-sales-footnote-not-exercises": Case("Kyle Moran exercises", [
        "acquired 60,000 Ordinary Shares by exercising"], ["Under a Rule 10b5-1"], db="corpus"),
    "plan-footnote-all-transactions": Case("Musk option exercises", [
        "exercised 2,154,572", "Under a Rule 10b5-1 trading plan (per a footnote)"], db="corpus"),
    "soft-name-first-word": Case("Oscar holdings", ["of Oscar Health, Inc. (OSCR)"], db="corpus", kind="holdings"),
    "soft-ticker-first-word": Case("Guts insiders", ["insiders have filed for Fractyl Health, Inc. (GUTS)"],
                                   db="corpus", kind="insiders"),
    "soft-name-with-date": Case("Wave sales last quarter", [
        "No sales (S) last quarter (Q3 2026) found for Wave Life Sciences Ltd. (WVE)."], db="corpus",
        kind="no_match"),
    "count-filings": Case("count of PLTR filings", [
        "3 filings for Palantir Technologies Inc. (PLTR): 1 Form 3, 2 Form 4.",
        "Counted filings, not transactions: they report 28 transactions."], ["28 transactions for"],
        db="corpus", kind="summary"),
    "count-filings-forms": Case("how many filings at Tesla", [
        "6 filings for Tesla, Inc. (TSLA): 1 Form 3, 4 Form 4, 1 Form 5."], db="corpus", kind="summary"),
    "count-form4s": Case("number of Form 4s for PLTR", ["2 filings for Palantir Technologies Inc. (PLTR) (on Form 4)"],
                         db="corpus", kind="summary"),
    "count-transactions-says-so": Case("how many transactions at PLTR", [
        "28 transactions for Palantir Technologies Inc. (PLTR).",
        "Counted transactions (rows of the filings), not filings: they are in 2 filings."], db="corpus"),
    "count-sales-keeps-the-kind": Case("how many sales at Tesla in 2021", [
        "49 transactions for Tesla, Inc. (TSLA) (sales (S) in 2021).", "they are in 2 filings"], ["gift"],
        db="corpus", kind="summary"),
    "count-filings-amended": Case("how many filings at LRCX", [
        "1 filing for LAM RESEARCH CORP (LRCX): 1 Form 4/A.",
        "An amendment replaces the filing it amends; the replaced filing is not counted."], db="amended"),
    "date-h1": Case("sales in H1 2025", ["6 transactions for all companies (sales (S) in H1 2025)", "R. Stanton Dodge",
                                         "Jessica A. Garascia"], ["Kyle Moran"], db="corpus"),
    "date-first-half": Case("DraftKings sales in the first half of 2025", ["3 transactions", "(sales (S) in H1 2025)"],
                            db="corpus"),
    "date-fiscal-year": Case("fy2025 sales at Wave", [
        "in fiscal 2025, read as calendar 2025 (fiscal years differ by company)", "Kyle Moran"], db="corpus"),
    "date-ytd": Case("MVIS transactions ytd", ["had 77,905 shares of Common Stock withheld",
                                               "(year to date (Jan 1, 2026 to Nov 29, 2026))"], db="corpus"),
    "date-past-90-days": Case("transactions in the past 90 days", [
        "No transactions in the past 90 days (Sep 1, 2026 to Nov 29, 2026) found"], db="corpus", kind="no_match"),
    "date-this-quarter": Case("what was filed this quarter", ["this quarter (Oct 1, 2026 to Nov 29, 2026)"],
                              db="corpus"),
    "date-last-30-days-directors": Case("did any director sell in the last 30 days at SNOW", [
        "No sales (S) in the last 30 days (Oct 31, 2026 to Nov 29, 2026) found for the directors of Snowflake Inc. "
        "(SNOW)."], db="corpus", kind="no_match"),
    # --- QA round 2: what a compliance or IR user asks in Slack ---------------------------------
    "typo-ticker": Case("TLSA sales", ["No company with the ticker TLSA is stored. Did you mean:",
                                       "1. Tesla, Inc. (TSLA)"], ["sold"], db="corpus", kind="ambiguous"),
    "typo-ticker-snow": Case("SNWO insiders", ["Did you mean:", "Snowflake Inc. (SNOW)"], db="corpus",
                             kind="ambiguous"),
    "fuzzy-name-noted": Case("APPL insiders", ["Katherine L. Adams", "Read “APPL” as Apple Inc. (AAPL)"],
                             db="corpus"),
    "plural-ticker": Case("PLTRs 10b5-1 sales", ["for Palantir Technologies Inc. (PLTR)"], db="corpus"),
    "two-tickers": Case("TSLA and PLTR sales", ["56 transactions for Tesla, Inc. (TSLA) / Palantir Technologies "
                                                "Inc. (PLTR) (sales (S))"], db="corpus"),
    "two-company-names": Case("sales at Tesla or Apple", ["57 transactions for Apple Inc. (AAPL) / Tesla, Inc. "
                                                          "(TSLA) (sales (S))"], ["Which company"], db="corpus"),
    "value-over": Case("sales of more than $1 million at Tesla", [
        # The 46 include the Jul 2, 2010 IPO sale (1,415,167 shares at $17.00): the cut list's summary names its date.
        "46 transactions for Tesla, Inc. (TSLA) (sales (S) worth more than $1,000,000)",
        "2,346,858 shares of common stock disposed of"], ["sold 400 shares"],
        db="corpus"),
    "value-over-short": Case("tsla sales over $1M", ["46 transactions", "worth more than $1,000,000"], db="corpus"),
    "shares-over": Case("who sold more than 1,000,000 shares", [
        "4 transactions for all companies (sales (S) of more than 1,000,000 shares)", "sold 1,415,167 shares"],
        db="corpus"),
    "value-under": Case("insider sales under $50,000", ["4 transactions for all companies (sales (S) worth less "
                                                        "than $50,000)"], db="corpus"),
    "shares-at-least": Case("purchases of at least 10,000 shares", [
        "6 transactions for all companies (purchases (P) of at least 10,000 shares)"], db="corpus"),
    "not-under-plan": Case("Musk sales not under a 10b5-1 plan", [
        "sold 1,415,167 shares of Common Stock at $17.00 per share on Jul 2, 2010",
        "not marked as made under a 10b5-1 plan"], ["Nov 8, 2021"], db="corpus"),
    "non-plan-sales": Case("non-10b5-1 sales at Tesla", ["sold 1,415,167 shares"], ["Nov 8, 2021"], db="corpus"),
    "negation-unsupported": Case("sales not in common stock", ["I can't leave things out of an answer"],
                                 ["No transactions"], db="corpus", kind="unsupported"),
    # (an insider left out is answered: "sales not by Musk" is everyone else's, stop25_readings)
    "price-today": Case("what is TSLA trading at today", ["I don't have market prices"], ["No transactions"],
                        db="corpus", kind="unsupported"),
    "stock-price": Case("what's the stock price of Apple", ["I don't have market prices"], ["Katherine"], db="corpus",
                        kind="unsupported"),
    # advice is refused, then what the filings show of the company named (its insiders' trades, not the asker's)
    "advice": Case("should I buy PLTR", ["I can't give investment advice", "What the filings show",
                                         "Palantir Technologies Inc. (PLTR)"], ["No purchases", "no open-market purchases"],
                   db="corpus"),
    "news": Case("latest news on Tesla", ["I don't have news; I only know insider filings. What they show: latest "
                                          "activity for Tesla, Inc. (TSLA)"],
                 db="corpus"),
    "prediction": Case("will Musk sell more Tesla stock", ["I can't predict future trades",
                                                           "50 transactions for Elon Musk at Tesla, Inc. (TSLA)"],
                       db="corpus"),
    "profit-loss": Case("who sold at a loss", ["I can't tell profits or losses"], db="corpus", kind="unsupported"),
    "why": Case("why did Musk sell", ["Filings don't say why", "50 transactions for Elon Musk"], db="corpus"),
    "amendments": Case("show amendments", ["Amendment (4/A)", "LAM RESEARCH CORP (LRCX)"], ["Elon Musk"], db="corpus"),
    "amended-filings": Case("which filings were amended", ["Amendment (4/A)"], ["Elon Musk"], db="corpus"),
    "form-4a": Case("show me Form 4/A filings", ["(on Form 4/A)", "Amendment (4/A)"], ["Drew G. Markham"],
                    db="corpus"),
    "form3-in-year": Case("Form 3s filed in 2021", ["Peter Thiel", "Oscar Health, Inc. (OSCR)", "BlackSky",
                                                    "Vinayak Hegde", "David O. Sacks"], db="corpus"),
    "smallest": Case("smallest sale at Tesla", [
        "The 10 smallest of 50 transactions for Tesla, Inc. (TSLA) (sales (S)), by dollar value:\nElon Musk, CEO, "
        "Director, 10% owner of Tesla, Inc. (TSLA), sold 400 shares of Common Stock at $1,142.05 per share on Nov 8, "
        "2021"], ["ignored"], db="corpus"),
    "exercise-price-not-exercise": Case("exercise price of Musk's options", ["838,996", "2,154,572", "$6.63"],
                                        db="corpus"),
    "vest-and-withholding": Case("RSU vesting at MVIS and shares withheld for taxes", [
        "had 150,000 restricted stock units vest", "had 118,800 restricted stock units vest",
        "had 77,905 shares of Common Stock withheld"], ["was granted"], db="corpus"),
    "value-between": Case("sales between $1M and $5M at Tesla", [
        "9 transactions for Tesla, Inc. (TSLA) (sales (S) worth between $1,000,000 and $5,000,000)"], db="corpus"),
    "years-are-not-amounts": Case("Musk sales between 2021 and 2022", [
        "49 transactions for Elon Musk (sales (S) between Jan 1, 2021 and Dec 31, 2022)"], ["2,021"], db="corpus"),
    "price-bound": Case("options with exercise price under $5", [
        "6 transactions for all companies (options with an exercise price of less than $5.00)", "Exercise price $0.33",
        "Exercise price $0.88"], ["Exercise price $8.88"], db="corpus"),
    "bound-shown-for-one-record": Case("Tesla sales > 1000000", [
        "1 transaction for Tesla, Inc. (TSLA) (sales (S) of more than 1,000,000 shares)",
        "sold 1,415,167 shares of Common Stock at $17.00"], db="corpus"),
    "largest-holder": Case("who is the largest holder at Snowflake", [
        "positions, largest first (shares or units)):\nBERKSHIRE HATHAWAY INC and Warren E. Buffett, filing jointly, "
        "held 6,125,376 shares of Class A Common Stock"], ["sold"], db="corpus", kind="holdings"),
    "how-many-insiders": Case("How many insiders does Palantir have?", [
        "Peter Thiel is the insider on file for Palantir Technologies Inc. (PLTR)"], db="corpus", kind="insiders"),
    "last-n-rows": Case("show me the last 3 filings", ["showing the 3 newest:\nDrew G. Markham"], db="corpus"),
    # Options of one title granted at different prices are different positions, not one.
    "option-positions-by-grant": Case("Kyle Moran option holdings", [
        "(2 positions)", "held 222,700 share options (right to buy)", "Exercise price $4.75 · expires Feb 17, 2033",
        "held 75,000 share options (right to buy)", "Exercise price $3.14 · expires Jan 1, 2032",
        "3 positions reported as 0 after the latest filing are not listed."], ["held 0 share options"],
        db="corpus", kind="holdings"),
    "price-per-share": Case("did the CEO of Tesla sell above $1,150 per share", [
        "40 transactions for the CEO of Tesla, Inc. (TSLA) (sales (S) at a price of more than $1,150.00)"],
        ["sold 1,100 shares"], db="corpus"),
    "holdings-bound-is-the-position": Case("insiders at Oscar with positions over 1,000,000 shares", [
        "Holdings of Oscar Health, Inc. (OSCR) of more than 1,000,000 shares after the latest filing for each "
        "security (5 positions):", "held 3,755,954 shares"], ["51,567"], db="corpus", kind="holdings"),
    # The short can't-value, then what is held (a value bound needs a market price the filings do not have).
    "holdings-value-unsupported": Case("holdings worth over $1M at PLTR", [
        "I don't have market prices, so I can't say what they are worth now", "70,806,432"], db="corpus",
        kind="holdings"),
    "total-stock-is-holdings": Case("what's Musk's total Tesla stock", ["172,608,251 shares of Common Stock"],
                                    ["Sales, code S"], db="corpus", kind="holdings"),
    "list-role-is-insiders": Case("list all CEOs", ["Elon Musk", "Jane A. Doe"], ["sold"], db="corpus",
                                  kind="insiders"),
    "average-price": Case("Musk's average sale price in 2021", ["$1,102,342,478.72 in total",
                                                               "an average of $1,180.12 per share"], db="corpus"),
    # --- issue 10, answering side: a named constraint is never dropped (class 2) ---------------------
    "named-person-never-filed": Case("How many shares has Jane Roe sold at Tesla?", [
        "No filings by Jane Roe are stored", "Who does file for Tesla, Inc. (TSLA) (for reference, not an answer",
        "Elon Musk (CEO, Director, 10% owner)"], ["934,091", "sold 1,100", "Richard Roe"], db="corpus",
        kind="no_match"),
    "named-person-lowercase": Case("how many shares has jane roe sold at exrb", ["No filings by Jane Roe are stored"],
                                   ["sold 25,000", "$1,269,587.50"], kind="no_match"),
    "named-company-not-stored": Case("what did musk sell at acme", ["“Acme”"], ["934,091", "sold 1,100"],
                                     db="corpus", kind="no_match"),
    # --- near misses (class 4): the strict "no" first, then what did happen with its code --------------
    "near-miss-withheld": Case("did the gc of mvis sell in june 2026", [
        "No open-market sales (S) in June 2026 found for", "The closest transactions that did happen (they are "
        "not open-market sales):", "had 77,905 shares of Common Stock withheld",
        "Code F: shares withheld or delivered to pay the exercise price or taxes"], ["sold 77,905"], db="corpus"),
    "near-miss-gift": Case("did john mcmahon sell snowflake stock in 2021", [
        "No open-market sales (S)", "61,386", "Code G: bona fide gift"], ["sold 61,386"], db="corpus"),
    "near-miss-not-a-purchase": Case("Richard Roe sales", ["No sales (S) found for Richard Roe"],
                                     ["closest", "10,000"], kind="no_match"),
    "conversions-filed-as-m": Case("mvis rsu conversions", [
        "No conversions (C) in RSUs found", "They are filed as code M (exercise or conversion of a derivative "
        "security): 2 transactions", "had 150,000 restricted stock units vest"], db="corpus"),
    # --- exercises as filed (class 5): Table I M rows, Table II miscoded A-marked-D --------------------
    "exercise-miscoded-strike": Case("which options did the Wave CFO exercise, and at what strike", [
        "5 option exercises for the CFO of Wave Life Sciences Ltd. (WVE)",
        "exercised share options (right to buy) for 60,000 Ordinary Shares at an exercise price of $2.83 ($169,800.00 "
        "to exercise) on Dec 8, 2025 (code M, exercise or conversion).",
        "the matching Table II row is coded A (grant) but marked D (disposed of): read as this exercise, with the "
        "Table I row's price as the exercise price", "$3.14", "$4.75", "$8.17", "$10.48"],
        NOT_A_PURCHASE + ["was granted"], db="corpus"),
    "exercise-total": Case("how many options did kyle moran exercise in total", [
        "options exercised for 296,000 shares in 5 exercises from 1 filing"], db="corpus"),
    "exercise-as-filed-both-tables": Case("options exercised by Musk", [
        "exercised 2,154,572 non-qualifed stock options (right to buy) on Nov 8, 2021",
        "Table II reports the options given up (code M)"], ["113,908"], db="corpus"),
    # --- vesting and terms (class 6) -----------------------------------------------------------------
    "terms-vesting": Case("whats the vesting schedule on whitings grant", [
        "John Whiting's 37,500 stock options (right to buy) of Tecogen Inc. (TGEN) (granted Sep 20, 2023",
        "Exercise price $0.88 · exercisable from Sep 20, 2024 (vests 50% per year) · expires Sep 20, 2033"],
        NOT_A_PURCHASE),
    "terms-footnote-vesting": Case("how do scarpellis options vest", ["48 equal monthly installments",
                                                                      "expires Aug 26, 2029"], db="corpus"),
    "terms-expiry": Case("when do morans options expire", ["Jul 25, 2032", "Jan 1, 2032", "Feb 17, 2033"],
                         db="corpus"),
    # --- roles (class 7) -----------------------------------------------------------------------------
    "role-from-remarks": Case("what is jessica snows role", [
        "Senior Vice President of Quality and Enabling Functions", "as of the Form 4 for Jan 6, 2025"],
        db="corpus", kind="insiders"),
    "role-as-of-filing": Case("what is elon musk's role at tesla", ["CEO", "Director", "10% owner",
                                                                    "as of the Form"], db="corpus"),
    # --- totals across filings (class 8) -------------------------------------------------------------
    "total-two-filings": Case("how much did Musk sell on Nov 8 2021 in total", [
        "934,091 shares of common stock (sales, code S) in 49 transactions from 2 filings, $1,102,342,478.72"],
        db="corpus"),
    # --- market-wide rankings (class 10) -------------------------------------------------------------
    "rank-sellers": Case("who unloaded the most", [
        "Insiders ranked by dollar value for all companies (sales (S))",
        "1. Elon Musk (TSLA): $1,126,400,317.72 for 2,349,258 shares in 50 transactions from 3 filings",
        "2. Peter Thiel (PLTR): $679,399,220.54"], db="corpus", kind="summary"),
    "rank-filers": Case("which insiders filed the most", [
        "Insiders ranked by number of filings", "Elon Musk (SCTY, TSLA): 7 filings"], db="corpus"),
    # --- a value needs a market price (class 11) -----------------------------------------------------
    "worth-now": Case("how much are musks tesla shares worth now", [
        "I don't have market prices", "172,608,251", "The last 3 trades with a price",
        "sold 1,100 shares of Common Stock at $1,135.05"], ["$1,126,400,317.72"], db="corpus"),
    "worth-samples": Case("what is jane doe's exrb stake worth", ["I don't have market prices", "305,250"],
                          ["$1,269,587.50"]),
    # --- indirect holdings (class 13) ----------------------------------------------------------------
    "held-through-trust": Case("how much does richard roe hold through the family trust", [
        "Richard Roe held 120,000 shares of Common Stock of Example Robotics Inc. (EXRB) indirectly (By Roe Family "
        "Trust)"], ["55,000 shares"]),
    "held-through-llc": Case("how much pltr does rivendell 7 hold", ["70,806,432", "Rivendell 7 LLC"],
                             ["20,733,625"], db="corpus", kind="holdings"),
    "held-indirectly": Case("How many Tesla shares does Elon Musk hold indirectly?", ["172,608,251"],
                            ["1,897,293"], db="corpus"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_question(name: str, request, rules_settings) -> None:
    case = CASES[name]
    db = request.getfixturevalue(f"{case.db}_db")
    result = answer(case.question, db, today=case.today, settings=rules_settings)
    text = result.text
    for fact in case.must:
        assert fact in text, f"{fact!r} missing from:\n{text}"
    for wrong in case.must_not:
        assert wrong not in text, f"{wrong!r} should not be in:\n{text}"
    if case.kind:
        assert result.kind == case.kind, text


def test_suite_size() -> None:
    assert len(CASES) >= 100

"""The thirty-fifth blind question set (tests/answers/blind35_cases.py): a fund compliance officer checking insiders'
trading around events (weeks and months, Rule 10b5-1 plans and their adoption, late filings and the days from
trade to signature, gifts and transfers to trusts, amendments) and a hedge fund intern's fast Slack shorthand
(tickers, "avg px", "shs", "opts", typos, follow-on fragments, comparisons), spread over the 14 failure classes of
issue #10, written by a tester who did not read the engine, each answer checked for the facts a right answer
cannot avoid and those a wrong one would show.

Measured once, in stop 27, on the engine as it then was (6a7848d, after this stop's readers of set 34's misses,
before any of this set's questions were read): first run 157/267 = 58.8% (fully held out). A second tester
re-checked every failing case against the XML: every figure is true; four expectations were too narrow and were
widened ("since 2021" may include 2021, "converted, not sold" is a plain no, "roughly 442,000", "same-day" with a
hyphen); two of them pass on the first-run engine, so the first run after the corrections is 159/267 = 59.6%. Its
compliance officer asked for days from trade to signature, weekday and holiday windows and plan adoptions compared;
its intern for abbreviations and single lots of a filing ("the fattest lot", "the last n priciest lot").

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind35_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b35-scope-xmas-to-new-year-any-year-slack": "words-read-as-name ('Xmas')",
    "b35-scope-days-original-to-amendment-plain": "wrong-filter-or-order",
    "b35-scope-form4s-several-dates-plain": "wrong-filter-or-order",
    "b35-scope-entity-buyers-plain": "wrong-filter-or-order",
    "b35-scope-within-3-days-dec10-plain": "wrong-filter-or-order",
    "b35-scope-sales-no-plan-disclosed-everyone-slack": "wrong-filter-or-order",
    "b35-verb-musk-fattest-lot-slack": "wrong-filter-or-order",
    "b35-verb-moran-475-flip-net-slack": "wrong-filter-or-order",
    "b35-verb-musk-ms-filing-biggest-lot-plain": "wrong-filter-or-order",
    "b35-verb-musk-trust-top-price-lot-slack": "wrong-filter-or-order",
    "b35-verb-markham-gave-up-pct-plain": "wrong-filter-or-order",
    "b35-verb-adams-middle-lots-plain": "wrong-filter-or-order",
    "b35-verb-musk-thanksgiving-monday-slack": "wrong-filter-or-order",
    "b35-verb-scarpelli-shed-pct-plain": "wrong-filter-or-order",
    "b35-verb-levchin-swapped-preferred-slack": "wrong-filter-or-order",
    "b35-near-rivendell25-sold-2024-slack": "near-miss-not-shown",
    "b35-near-mithril-lp-paid-cash-guts-plain": "near-miss-not-shown",
    "b35-near-travers-sold-espp-shares-plain": "near-miss-not-shown",
    "b35-near-musk-sold-to-pay-warrant-tax-plain": "near-miss-not-shown",
    "b35-near-adams-exercised-before-selling-plain": "near-miss-not-shown",
    "b35-near-isba-llc-bought-slack": "near-miss-not-shown",
    "b35-near-cabillot-own-name-sale-plain": "near-miss-not-shown",
    "b35-near-moran-espp-december-plain": "near-miss-not-shown",
    "b35-ex-moran-314-vested-at-exercise-plain": "figure-not-computed",
    "b35-ex-scarpelli-plan-or-not-slack": "figure-not-computed",
    "b35-ex-moran-dec9-cost-share-plain": "figure-not-computed",
    "b35-ex-moran-fattest-spread-dec8-slack": "figure-not-computed",
    "b35-ex-2025-outside-december-slack": "words-read-as-name ('December')",
    "b35-ex-this-year-slack": "figure-not-computed",
    "b35-ex-musk-share-of-grant-used-plain": "figure-not-computed",
    "b35-ex-warrant-automatic-plain": "figure-not-computed",
    "b35-ex-strike-closest-to-sale-px-plain": "figure-not-computed",
    "b35-ex-warrant-only-x-row-plain": "words-read-as-name ('Derivative')",
    "b35-vest-longest-schedule-slack": "vesting-figure-not-derived",
    "b35-vest-immediately-exercisable-plain": "vesting-figure-not-derived",
    "b35-vest-melkote-rsus-unvested-end-2027-plain": "vesting-figure-not-derived",
    "b35-vest-musk-2012-tranches-vested-slack": "vesting-figure-not-derived",
    "b35-vest-hoffman-znga-48ths-slack": "vesting-figure-not-derived",
    "b35-vest-travers-dec-15-2026-tranches-plain": "vesting-figure-not-derived",
    "b35-vest-musk-2012-milestone-conditions-plain": "vesting-figure-not-derived",
    "b35-vest-melkote-vs-snow-monthly-plain": "vesting-figure-not-derived",
    "b35-vest-markham-dates-to-come-slack": "vesting-figure-not-derived",
    "b35-vest-all-award-types-in-performance-slack": "leaving-out-refused",
    "b35-role-plan-sellers-titles-plain": "role-not-answered",
    "b35-role-mgmt-sellers-2025-slack": "role-not-answered",
    "b35-role-royan-adgi-board-and-signature-slack": "role-not-answered",
    "b35-role-form3-ten-pct-only-plain": "leaving-out-refused",
    "b35-role-buffett-capacity-plain": "role-not-answered",
    "b35-sum-travers-tranches-at-withholding-px-plain": "figure-not-computed",
    "b35-sum-2024-buys-ex-arec-plain": "words-read-as-name ('Leaving are stored (for Americ')",
    "b35-sum-pltr-sole-llcs-class-b-2020-plain": "figure-not-computed",
    "b35-sum-moran-1320-and-15-rows-plain": "figure-not-computed",
    "b35-sum-adams-under-163-slack": "figure-not-computed",
    "b35-sum-ptv-thiel-capital-2021-slack": "words-read-as-name ('Pt Ventures are stored: this a')",
    "b35-sum-pltr-all-time-slack": "figure-not-computed",
    "b35-sum-bksy-ex-private-placement-plain": "figure-not-computed",
    "b35-sum-gifts-to-charity-vs-family-plain": "figure-not-computed",
    "b35-sum-q1-2025-plan-sales-plain": "figure-not-computed",
    "b35-sum-musk-2010-out-at-17-slack": "figure-not-computed",
    "b35-cmp-betr-vs-lrcx-lag-plain": "comparison-part-not-answered",
    "b35-cmp-rabois-vs-adams-plan-days-slack": "comparison-part-not-answered",
    "b35-cmp-doe-vs-pdex-plan-days-plain": "comparison-part-not-answered",
    "b35-cmp-zip-vs-mvis-withheld-gap-slack": "comparison-part-not-answered",
    "b35-cmp-thiel-yy-drop-slack": "words-read-as-name ('Drop')",
    "b35-cmp-whiting-vs-levchin-term-plain": "comparison-part-not-answered",
    "b35-cmp-moran-vs-dodge-plan-days-slack": "comparison-part-not-answered",
    "b35-cmp-adams-vs-dodge-lot-size-slack": "comparison-part-not-answered",
    "b35-cmp-doe-vs-thiel-adoption-plain": "comparison-part-not-answered",
    "b35-cmp-form5-sign-speed-plain": "comparison-part-not-answered",
    "b35-mkt-longest-lag-besides-tsla-2009-plain": "figure-not-computed",
    "b35-mkt-year-most-issuers-selling-plain": "figure-not-computed",
    "b35-mkt-most-addresses-plain": "figure-not-computed",
    "b35-mkt-most-shares-one-week-slack": "figure-not-computed",
    "b35-mkt-most-unvested-rsus-today-plain": "figure-not-computed",
    "b35-mkt-signed-own-filings-most-slack": "words-read-as-name ('Attorney')",
    "b35-cant-moran-mnpi-slack": "words-read-as-name ('mnpi')",
    "b35-cant-ahmed-estate-tax-plain": "cant-not-said",
    "b35-cant-snow-stay-to-vest-slack": "cant-not-said",
    "b35-cant-copy-roe-exrb-buy-slack": "words-read-as-name ('Expected Return are stored (fo')",
    "b35-typo-374-watter-rsus-half-slack": "words-read-as-name ('Watter')",
    "b35-typo-finanse-class-b-left-pct-plain": "typo-or-fact-not-matched",
    "b35-typo-tesler-form5-lag-slack": "words-read-as-name ('tesler')",
    "b35-typo-sequioa-growth-iv-before-slack": "words-read-as-name ('sequioa growth fund')",
    "b35-typo-proodex-pct-sold-slack": "words-read-as-name ('proodex')",
    "b35-typo-mvsi-gc-street-slack": "typo-or-fact-not-matched",
    "b35-hold-rivendell7-share-2024-slack": "holding-at-a-point-or-vehicle",
    "b35-hold-bksy-mithril-lp-share-plain": "holding-at-a-point-or-vehicle",
    "b35-hold-rabois-direct-vs-indirect-plain": "holding-at-a-point-or-vehicle",
    "b35-hold-lnkd-preferred-share-slack": "holding-at-a-point-or-vehicle",
    "b35-hold-smith-indirect-slack": "holding-at-a-point-or-vehicle",
    "b35-hold-rabois-power-over-ff-plain": "holding-at-a-point-or-vehicle",
    "b35-hold-farnam-after-each-day-slack": "holding-at-a-point-or-vehicle",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b35-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=240,
                                                slack_share=(0.5, 0.6), per_class=16))

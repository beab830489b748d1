"""The thirty-third blind question set (tests/answers/blind33_cases.py): a corporate paralegal's procedural
questions on Section 16 filings (footnotes, joint filers, who signed and when, attorney-in-fact signatures,
amendments, transaction against signature dates, nature of ownership, relationship boxes) and a retired investor's
long, chatty Slack questions with loose terms and misremembered names (and some needing advice or a prediction),
spread over the 14 failure classes of issue #10, written by a tester who did not read the engine, each answer
checked for the facts a right answer cannot avoid and those a wrong one would show.

Measured once, in stop 26, on the engine as it then was (5ecf60c, after most of this stop's readers, before any of
its questions were read): first run 151/267 = 56.6% (fully held out). A second tester re-checked every failing
case against the XML and corrected three expectations (two asked whether Dodge exercised and what Travers settled,
not the totals the cases required; a 2025 RSU total's second reading was not true of the filings); on the
first-run engine two of those pass, so the first run after the corrections is 153/267 = 57.3%. Its paralegal
asked of fields and shapes no earlier set had (Exhibit 24 remarks, signature blocks counted, addresses compared
across filings, filings ranked by their rows or owners, plan-to-sale gaps), hence the lowest first run since
stop 23.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind33_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b33-scope-other-box-whole-db-plain": "wrong-filter-or-order",
    "b33-scope-self-signers-everyone-slack": "words-read-as-name ('Slack Thing are stored, and no')",
    "b33-scope-michigan-anybody-slack": "words-read-as-name ('Near Mt Pleasant are stored, a')",
    "b33-scope-signed-same-day-every-issuer-plain": "wrong-filter-or-order",
    "b33-scope-ticked-10b5-box-everybody-slack": "wrong-filter-or-order",
    "b33-scope-multi-signature-filings-slack": "wrong-filter-or-order",
    "b33-neg-sacks-bird-form3-plain": "negative-not-said",
    "b33-verb-rivendell7-smaller-mar24-lot-slack": "wrong-filter-or-order",
    "b33-verb-moran-flipped-first-exercise-slack": "wrong-filter-or-order",
    "b33-verb-scarpelli-last-batch-slack": "wrong-filter-or-order",
    "b33-verb-mvis-lawyer-got-free-stock-slack": "words-read-as-name ('June Think are stored (for MIC')",
    "b33-verb-musk-coughed-up-warrant-slack": "wrong-filter-or-order",
    "b33-verb-ffiiie-handed-lps-pecuniary-plain": "words-read-as-name ('FF-IIIE hand')",
    "b33-verb-botha-shoveled-into-vehicles-slack": "wrong-filter-or-order",
    "b33-verb-musk-grabbed-and-kept-slack": "wrong-filter-or-order",
    "b33-verb-pdex-unloaded-himself-slack": "wrong-filter-or-order",
    "b33-near-musk-sold-to-charities-slack": "near-miss-not-shown",
    "b33-near-mithril-ii-bought-918567-slack": "near-miss-not-shown",
    "b33-near-sequoia-disposed-square-plain": "near-miss-not-shown",
    "b33-near-musk-sold-series-c-warrants-plain": "near-miss-not-shown",
    "b33-near-musk-21728-2010-plain": "near-miss-not-shown",
    "b33-ex-moran-1048-spread-plain": "figure-not-computed",
    "b33-ex-scarpelli-spread-slack": "figure-not-computed",
    "b33-ex-no-cash-paid-whose-slack": "figure-not-computed",
    "b33-ex-moran-475-vested-at-exercise-slack": "words-read-as-name ('Enough are stored')",
    "b33-ex-moran-direct-before-first-exercise-plain": "figure-not-computed",
    "b33-ex-warrants-besides-tsla-slack": "figure-not-computed",
    "b33-vest-whiting-exercisable-at-grant-slack": "vesting-figure-not-derived",
    "b33-vest-moran-475-dates-2026-slack": "vesting-figure-not-derived",
    "b33-vest-garrett-class-b-final-conversion-plain": "vesting-figure-not-derived",
    "b33-vest-smith-third-installment-slack": "vesting-figure-not-derived",
    "b33-vest-musk-2012-tranche-size-slack": "vesting-figure-not-derived",
    "b33-role-levchin-yelp-vs-yahoo-boxes-plain": "leaving-out-refused",
    "b33-role-bksy-owner-count-individuals-plain": "role-not-answered",
    "b33-role-mcguirk-box-signer-slack": "role-not-answered",
    "b33-role-royan-not-on-guts-plain": "leaving-out-refused",
    "b33-sum-thiel-feb21-holding-rows-slack": "figure-not-computed",
    "b33-sum-thiel-four-llcs-2021-plain": "words-read-as-name ('FF4 Investment')",
    "b33-sum-moran-15-and-18-rows-plain": "figure-not-computed",
    "b33-sum-mcguirk-indirect-only-slack": "figure-not-computed",
    "b33-sum-musk-unfootnoted-lots-slack": "figure-not-computed",
    "b33-sum-rsu-grants-2025-plain": "figure-not-computed",
    "b33-sum-scty-series-a-b-plain": "figure-not-computed",
    "b33-sum-pltr-warrants-underlying-plain": "figure-not-computed",
    "b33-sum-tsla-2010-preferred-count-slack": "figure-not-computed",
    "b33-sum-garrett-direct-plus-pref-slack": "figure-not-computed",
    "b33-cmp-pal-spv-2020-vs-2021-plain": "comparison-part-not-answered",
    "b33-cmp-sts-holdings-2021-vs-2024-plain": "words-read-as-name ('called STS')",
    "b33-cmp-musk-two-filings-shares-diff-slack": "comparison-part-not-answered",
    "b33-cmp-musk-2009-vs-2021-strike-plain": "comparison-part-not-answered",
    "b33-mkt-longest-signing-lag-plain": "figure-not-computed",
    "b33-mkt-c-rows-table1-plain": "figure-not-computed",
    "b33-mkt-company-most-insiders-slack": "figure-not-computed",
    "b33-mkt-weekend-transactions-plain": "figure-not-computed",
    "b33-mkt-most-trusts-one-form-slack": "figure-not-computed",
    "b33-cant-buy-tesla-fixed-income-slack": "cant-not-said",
    "b33-typo-tslaa-gifts-slack": "typo-or-fact-not-matched",
    "b33-typo-zipp-espp-slack": "typo-or-fact-not-matched",
    "b33-typo-dkngg-clo-address-slack": "typo-or-fact-not-matched",
    "b33-typo-lamb-research-director-address-slack": "words-read-as-name ('Lamb Research are stored')",
    "b33-typo-black-sky-holdings-slack": "typo-or-fact-not-matched",
    "b33-typo-linked-in-pref-ratio-slack": "typo-or-fact-not-matched",
    "b33-hold-mcguirk-minor-child-in-direct-slack": "holding-at-a-point-or-vehicle",
    "b33-hold-botha-ttgp-role-slack": "holding-at-a-point-or-vehicle",
    "b33-hold-musk-form3-direct-vs-trust-plain": "holding-at-a-point-or-vehicle",
    "b33-hold-ahmed-still-beneficial-owner-plain": "holding-at-a-point-or-vehicle",
    "b33-hold-mithril-pal-spv-form3-slack": "words-read-as-name ('Thiel')",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b33-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=240,
                                                slack_share=(0.5, 0.6), per_class=16))

"""The twentieth blind question set (tests/answers/blind20_cases.py): a sell-side equity research associate's quick
Slack pings to a colleague and a board secretary / corporate governance officer's formal questions about directors,
Form 3 initial holdings, Form 5 annual statements, late filings and amendments, spread over the 14 failure classes of
issue #10, written by a tester who did not read the engine, each answer checked for the facts a right answer cannot
avoid and those a wrong one would show.

Measured once, in stop 22, on the engine as it then was (54bec26, before any of its questions were read): first
run 205/284 = 72.2% (fully held out: the tester wrote it without reading the engine, and it was not read before
its run). The tester then re-checked every failing case against the XML and corrected three expectations (a
must_not that forbade a figure a right answer quotes; "biggest seller/buyer" read by shares or by dollars); with
those, the first run's answers pass 208/284 = 73.2%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind20_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b20-scope-into-trusts-any-co-slack": "wrong-filter-or-order (estate planning vehicles missed)",
    "b20-scope-trust-reporting-persons-plain": "words-read-as-name ('themselves individuals')",
    "b20-verb-levchin-trade-in-plain": "words-read-as-name ('PENSCO account')",
    "b20-verb-scarpelli-clear-plain": "total-not-computed (net of the exercise cost)",
    "b20-verb-adams-liquidate-plain": "total-not-computed ('liquidate' not a sale)",
    "b20-ex-expiring-2032-plain": "wrong-filter-or-order (exercise rows coded A in Table II)",
    "b20-ex-smith-table2-slack": "footnote-signature-or-address-fact (Table II code M not stated)",
    "b20-ex-moran-first-128-plain": "holding-at-a-point-in-time (149,218 after one row)",
    "b20-ex-markham-balance-plain": "wrong-filter-or-order (RSU conversions searched as C/P)",
    "b20-vest-markham-comp-committee-plain": "words-read-as-name ('Compensation Committee approve')",
    "b20-vest-yelp-class-b-auto-plain": "footnote-signature-or-address-fact (footnote cut before 'seven years')",
    "b20-vest-melkote-same-schedule-slack": "footnote-signature-or-address-fact (two schedules not compared)",
    "b20-vest-garrett-series-e-slack": "footnote-signature-or-address-fact (conversion ratio)",
    "b20-vest-tsla-warrant-fate-plain": "footnote-signature-or-address-fact (net exercise / expire)",
    "b20-sum-garrett-underlying-slack": "total-not-computed (options + Series E not summed)",
    "b20-sum-musk-after-nov8-plain": "holding-at-a-point-in-time (direct from the first of two Form 4s)",
    "b20-sum-snow-package-plain": "total-not-computed (options left out)",
    "b20-sum-oscar-ff4-slack": "holder-name-not-resolved (ff-iv + ff-iv principals)",
    "b20-sum-botha-sq-all-in-plain": "words-read-as-name ('Weebly deal')",
    "b20-sum-thiel-llcs-2021-plain": "holder-name-not-resolved ('Thiel Capital')",
    "b20-sum-thiel-direct-rivendell-slack": "holder-name-not-resolved (rivendell ignored)",
    "b20-sum-tsla-2010-disposed-slack": "total-not-computed (F + S not summed)",
    "b20-cmp-plan-dates-adams-musk-plain": "wrong-filter-or-order (plan adoption dates in footnotes)",
    "b20-mkt-late-form4s-plain": "wrong-filter-or-order ('Excluding' refused)",
    "b20-mkt-form3-signed-early-plain": "wrong-filter-or-order (signature vs event date)",
    "b20-typo-carole-clement-ratio-slack": "footnote-signature-or-address-fact (one share per RSU)",
    "b20-typo-kyle-moraan-15-range-plain": "words-read-as-name ('behind Kyle Moraan')",
    "b20-typo-suhail-ahmed-direct-slack": "holding-at-a-point-in-time (direct 0 after the transfer)",
    "b20-hold-oscar-ffvip-slack": "holder-name-not-resolved (ff-vi principals)",
    "b20-hold-oscar-ffve-slack": "holder-name-not-resolved (ff-v entrepreneurs)",
    "b20-hold-mithril-lp-guts-slack": "holder-name-not-resolved (Mithril LP, not II)",
    "b20-hold-ff4p-warrant-slack": "holder-name-not-resolved (ff-iv principals warrant)",
    "b20-hold-musk-trust-name-plain": "footnote-signature-or-address-fact (the trust's name and date)",
    "b20-hold-thiel-2024-vehicle-plain": "words-read-as-name (read as a follow-up)",
    "b20-surf-betr-signers-slack": "footnote-signature-or-address-fact (signatures not stored)",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b20-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

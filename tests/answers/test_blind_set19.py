"""The nineteenth blind question set (tests/answers/blind19_cases.py): a retail-investor newsletter writer's
Discord-like Slack and a law-firm paralegal's Section 16 compliance checks, spread over the 14 failure classes of
issue #10, written by a tester who did not read the engine, each answer checked for the facts a right answer cannot
avoid and those a wrong one would show.

Measured once, in stop 22, on the engine as it then was (6918c32, before any of its questions were read): first
run 226/288 = 78.5% (fully held out: the tester wrote it without reading the engine, and it was not read before
its run). The tester then re-checked every failing case against the XML and corrected two expectations (an officer
box named by its title; a 2024 total also accepted as its two rows); with those, the first run's answers pass
227/288 = 78.8%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind19_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b19-scope-form3-2020-everyone-plain": "positions-not-filers (the 10 newest of 45 positions; Berkshire and Garrett missing)",
    "b19-scope-2021-plan-adopters-slack": "plan-adoption-date (footnote adoption dates not searched; 'iirc couple' read as names)",
    "b19-verb-moran-pocketed-dec8-slack": "two-part-sum (Dec 8 proceeds $3,102,000 missing)",
    "b19-near-musk-sold-dec21-plain": "near-miss-window (Nov 2021 sales not shown for December)",
    "b19-ex-musk-direct-after-slack": "words-read-as-name ('End'; 1,220,481 missing)",
    "b19-ex-smith-settlement-slack": "rsu-price-zero ('see footnote' for a $0 price)",
    "b19-ex-moran-2030-option-slack": "expiry-filter-on-exercise (the $8.17 option expiring 2030 not found)",
    "b19-ex-same-day-exercise-sell-plain": "same-day-exercise-and-sale (Moran missing)",
    "b19-vest-musk-2012-vested-slack": "footnote-figures (vested vs unvested in F27)",
    "b19-role-musk-titles-slack": "date-misread ('dec 09' as Dec 9, 2010)",
    "b19-role-betr-owners-plain": "owners-counted-wrong (8 reporting persons; SVF II Beaver missing)",
    "b19-sum-moran-net-cash-slack": "net-of-proceeds-and-cost (exercise cost and net missing)",
    "b19-cmp-thiel-direct-2020-2021-slack": "date-misread ('feb 21' as Feb 21, 2020)",
    "b19-cmp-rabois-guts-dates-slack": "which-came-first (Rabois's sale date missing)",
    "b19-cmp-hoffman-lnkd-slack": "form3-compare (Series A underlying 2,028,942 missing)",
    "b19-cmp-melkote-opts-vs-rsus-plain": "difference-not-given (180)",
    "b19-mkt-biggest-single-filing-dollars-slack": "filings-ranked-by-value (rows ranked instead)",
    "b19-typo-warren-bufett-plain": "typo-with-a-second-holder ('Berkshire' resolved, 'Warren Bufett' left)",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b19-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

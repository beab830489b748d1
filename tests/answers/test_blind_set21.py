"""The twenty-first blind question set (tests/answers/blind21_cases.py): a compliance officer at an asset manager
checking insiders' trades before the firm trades a name, and a retail traders' Slack channel, spread over the 14
failure classes of issue #10, written by a tester who did not read the engine, each answer checked for the facts a
right answer cannot avoid and those a wrong one would show.

Measured once, in stop 23, on the engine as it then was (e5c4e47, before any of its questions were read): first run
188/263 = 71.5% (fully held out). The tester then re-checked every failing case against the XML and corrected two
expectations (a list of Adams's seven sale rows answers "recent insider sales at Apple" without their sum; "sold 0
shares" says no open-market selling); with those, the first run's answers pass 190/263 = 72.2%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind21_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b21-scope-irrevocable-trusts-slack": "wrong-filter-or-order",
    "b21-verb-rabois-whole-bag-plain": "wrong-filter-or-order",
    "b21-verb-moran-1048-netted-slack": "wrong-filter-or-order",
    "b21-verb-mithril-c2-plain": "words-read-as-name ('C-2')",
    "b21-verb-musk-series-e-2010-slack": "wrong-filter-or-order",
    "b21-near-garascia-exercised-plain": "near-miss-not-shown",
    "b21-ex-scarpelli-no-plan-plain": "leaving-out-refused",
    "b21-ex-musk-show-plain": "figure-not-computed",
    "b21-ex-moran-283-pair-plain": "figure-not-computed",
    "b21-ex-moran-475-then-18-slack": "figure-not-computed",
    "b21-vest-whiting-first-tranche-slack": "vesting-figure-not-derived",
    "b21-vest-snow-class-b-auto-plain": "vesting-figure-not-derived",
    "b21-vest-znga-class-b-auto-slack": "vesting-figure-not-derived",
    "b21-vest-scty-a-f-ratio-slack": "vesting-figure-not-derived",
    "b21-vest-yhoo-plan-choices-slack": "vesting-figure-not-derived",
    "b21-role-betr-ten-count-plain": "role-not-answered",
    "b21-sum-guts-pref-slack": "leaving-out-refused",
    "b21-sum-musk-sale-rows-slack": "figure-not-computed",
    "b21-sum-mithril-trades-2021-slack": "figure-not-computed",
    "b21-sum-ff4-conversions-slack": "words-read-as-name ('Ff-Iv Principals')",
    "b21-sum-sequoia-funds-sq-plain": "leaving-out-refused",
    "b21-cmp-berkshire-mithril-form3-plain": "words-read-as-name ('Berkshire')",
    "b21-cmp-rabois-thiel-plans-slack": "figure-not-computed",
    "b21-cmp-levchin-musk-strikes-plain": "figure-not-computed",
    "b21-cmp-hoffman-msft-trust-rsus-slack": "figure-not-computed",
    "b21-cmp-signing-lag-plain": "figure-not-computed",
    "b21-cmp-ff2-ff3-conversions-slack": "words-read-as-name ('Ff-Iii')",
    "b21-cmp-musk-hoffman-form3-slack": "figure-not-computed",
    "b21-mkt-officer-top-seller-plain": "leaving-out-refused",
    "b21-typo-katherine-addams-first-row-plain": "typo-or-fact-not-matched",
    "b21-surf-snow-last-row-range-slack": "wrong-filter-or-order",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b21-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

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
    "b21-scope-irrevocable-trusts-slack": "first-run failure",
    "b21-verb-rabois-whole-bag-plain": "first-run failure",
    "b21-verb-moran-1048-netted-slack": "first-run failure",
    "b21-verb-mithril-c2-plain": "first-run failure",
    "b21-verb-musk-series-e-2010-slack": "first-run failure",
    "b21-near-garascia-exercised-plain": "first-run failure",
    "b21-ex-scarpelli-no-plan-plain": "first-run failure",
    "b21-ex-musk-show-plain": "first-run failure",
    "b21-ex-all-exercised-total-plain": "first-run failure",
    "b21-ex-moran-283-pair-plain": "first-run failure",
    "b21-ex-moran-475-then-18-slack": "first-run failure",
    "b21-vest-whiting-first-tranche-slack": "first-run failure",
    "b21-vest-snow-class-b-auto-plain": "first-run failure",
    "b21-vest-znga-class-b-auto-slack": "first-run failure",
    "b21-vest-scty-a-f-ratio-slack": "first-run failure",
    "b21-vest-yhoo-plan-choices-slack": "first-run failure",
    "b21-role-betr-ten-count-plain": "first-run failure",
    "b21-sum-oscr-ffvi-family-slack": "first-run failure",
    "b21-sum-guts-pref-slack": "first-run failure",
    "b21-sum-musk-sale-rows-slack": "first-run failure",
    "b21-sum-mithril-trades-2021-slack": "first-run failure",
    "b21-sum-ff4-conversions-slack": "first-run failure",
    "b21-sum-sequoia-funds-sq-plain": "first-run failure",
    "b21-cmp-berkshire-mithril-form3-plain": "first-run failure",
    "b21-cmp-rabois-thiel-plans-slack": "first-run failure",
    "b21-cmp-markham-smith-withheld-plain": "first-run failure",
    "b21-cmp-levchin-musk-strikes-plain": "first-run failure",
    "b21-cmp-hoffman-msft-trust-rsus-slack": "first-run failure",
    "b21-cmp-signing-lag-plain": "first-run failure",
    "b21-cmp-ff2-ff3-conversions-slack": "first-run failure",
    "b21-cmp-musk-hoffman-form3-slack": "first-run failure",
    "b21-mkt-most-sale-rows-plain": "first-run failure",
    "b21-mkt-officer-top-seller-plain": "first-run failure",
    "b21-mkt-soonest-after-plan-plain": "first-run failure",
    "b21-typo-katherine-addams-first-row-plain": "first-run failure",
    "b21-typo-peter-theil-oscar-remarks-plain": "first-run failure",
    "b21-surf-snow-last-row-range-slack": "first-run failure",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b21-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

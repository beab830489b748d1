"""The twenty-sixth blind question set (tests/answers/blind26_cases.py): a business-news producer's one-line questions and a non-native English speaker
in Slack, spread over the 14 failure classes of issue #10, written by a
tester who did not read the engine, each answer checked for the facts a right answer cannot avoid and those a wrong
one would show.

Measured once, in stop 24, on the engine as it then was (e8ebaee, before any of its questions were read): first run
203/259 = 78.4% (fully held out). The tester then re-checked every failing case against the XML and
corrected sixteen expectations (a miscounted row total, must_nots a right answer may state, refusals worded other
ways, a near miss read another fair way); on the first-run engine five of those pass, so the first run after the
corrections is 208/259 = 80.3%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind26_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    "b26-scope-ipo-sell-all-co-slack": "wrong-filter-or-order",
    "b26-verb-thiel-unload-money-2024-slack": "wrong-filter-or-order",
    "b26-verb-mithril-series-c-adgi-plain": "wrong-filter-or-order",
    "b26-verb-musk-series-b-swap-slack": "wrong-filter-or-order",
    "b26-verb-scarpelli-let-go-153-slack": "words-read-as-name ('153.872')",
    "b26-near-thiel-bought-oscr-slack": "near-miss-not-shown",
    "b26-ex-moran-128-in-out-plain": "figure-not-computed",
    "b26-ex-smith-m-vs-f-slack": "figure-not-computed",
    "b26-vest-guts-ratio-slack": "vesting-figure-not-derived",
    "b26-vest-adgi-pref-slack": "vesting-figure-not-derived",
    "b26-role-thiel-ten-2024-plain": "role-not-answered",
    "b26-sum-musk-second-form-slack": "figure-not-computed",
    "b26-sum-pltr-2024-listed-holdings-plain": "leaving-out-refused",
    "b26-sum-botha-mdb-june21-plain": "figure-not-computed",
    "b26-sum-sequoia-gf4-pair-plain": "words-read-as-name ('Weebly')",
    "b26-sum-levchin-series-a-slack": "figure-not-computed",
    "b26-sum-musk-first-form-slack": "figure-not-computed",
    "b26-sum-scarpelli-under-152-dollars-slack": "figure-not-computed",
    "b26-sum-guts-mithril-lp-pref-plain": "figure-not-computed",
    "b26-sum-guts-mithril2-pref-slack": "figure-not-computed",
    "b26-cmp-tsla-f3-common-series-e-slack": "comparison-part-not-answered",
    "b26-cmp-scty-guts-ipo-plain": "words-read-as-name ('Musk')",
    "b26-cmp-rivendell-vs-2024-plain": "figure-not-computed",
    "b26-cmp-feld-scarpelli-top-plain": "figure-not-computed",
    "b26-cant-which-up-slack": "cant-not-said",
    "b26-cant-dkng-earnings-slack": "cant-not-said",
    "b26-surf-arm-form4-slack": "wrong-filter-or-order",
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b26-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

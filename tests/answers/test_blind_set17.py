"""The seventeenth blind question set (tests/answers/blind17_cases.py): a fund compliance officer's memo questions
and a trading desk's Slack channel, spread over the 14 failure classes of issue #10, written by a tester who did
not read the engine, each answer checked for the facts a right answer cannot avoid and those a wrong one would show.

Measured once, near the end of stop 21, on the engine as it then was: first run 193/251 = 76.9% (fully held out:
the tester wrote it without reading the engine, and it was not read before its run). The tester then re-checked
every failing case against the XML and corrected four expectations (two totals a cent off, the heaviest year's
exact dollars, Melkote's filed option count); with those, the first run's answers pass 195/251 = 77.7%.

Cases that failed when the set was measured are marked xfail (not strict) with a short reason tag, so this file
passes while the engine is worked on and a case that starts passing shows up as XPASS."""

from __future__ import annotations

import datetime as dt

from blind17_cases import CASES, SURFACE_CASES
from blind_runner import BlindSet, blind_set_tests

TODAY = dt.date(2026, 12, 7)

# Cases that failed when the set was first measured (Dec 2026): id -> short reason tag.
XFAIL: dict[str, str] = {
    # 1. scope
    "b17-scope-whole-corpus-gifts-to-trusts-plain": "words-read-as-name ('Throughout', 'Planning Vehicle')",
    # 2. a named person/company with no match
    # 3. casual wording
    # 4. near misses
    "b17-near-travers-buy-feb-25-slack": "date-misread ('feb 25' as Feb 25, 2026, not February 2025)",
    "b17-near-lam-director-cash-in-after-split-slack": "words-read-as-name ('10-For-1 Split')",
    # 5. exercises
    "b17-ex-under-plan-slack": "plan-flag-of-exercises (Moran's plan-footnoted exercises missed)",
    "b17-ex-exbt-cfo-delivered-vs-withheld-slack": "compare-split-wrong ('mar 1 24' read as 2026; 5,000 vs 1,850 missing)",
    # 6. vesting and terms
    "b17-vest-znga-conditions-slack": "terms-read-as-exercises (liquidity/service conditions of the footnote missing)",
    "b17-vest-pltr-class-f-plain": "terms-read-as-conversions ('no expiration' missing)",
    "b17-vest-lnkd-series-a-terms-slack": "form3-terms-missed (1:1 conversion, 2,028,942 missing)",
    # 7. roles
    # 8. totals across filings
    "b17-sum-tsla-ipo-conversions-plus-warrant-slack": "kinds-not-summed (conversions only; + warrant 113,908 missing)",
    "b17-sum-hoffman-lnkd-common-plus-pref-slack": "form3-positions-not-summed (19,066,032 missing)",
    "b17-sum-musk-form3-options-both-slack": "form3-read-as-grants (6,691,972 of options held missing)",
    # 9. comparisons
    "b17-cmp-lamercie-smith-withheld-plain": "name-read-as-unknown ('Lamercie' beside 'at Arrow')",
    "b17-cmp-exrb-buys-near-ceo-sales-plain": "window-not-widened ('within a month'; Roe's Jun 3 purchase missing)",
    # 10. market-wide
    # 11. market price, advice, predictions
    # 12. typos
    "b17-typo-clemmons-slack": "grant-or-holding (holding 294,910 shown; grant 110,474 missing)",
    # 13. indirect holdings
    "b17-hold-svf-beaver-betr-slack": "holder-short-name ('svf ii beaver' not matched; 628,553 missing)",
    # 14. each surface speaks to its reader
}

(test_ids_are_unique, test_set_shape, test_every_class_is_covered, test_blind_question,
 test_slack_surface) = blind_set_tests(BlindSet("b17-", CASES, SURFACE_CASES, XFAIL, TODAY, at_least=230,
                                                slack_share=(0.5, 0.6), per_class=16))

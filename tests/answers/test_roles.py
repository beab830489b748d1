"""A yes/no question about a role is answered first, from the roles the filings state (newest first)."""

from __future__ import annotations

import pytest

from bot.answers.roles import Held, Relationship, role_verdict


def _rel(*roles: str) -> Relationship:
    """One insider at one company with ``roles`` as filed, newest first (each on its own Form 4)."""
    days = ["2024-03-12", "2021-02-17", "2020-09-22"]
    return Relationship("1", "THIEL PETER", "2", "Palantir Technologies Inc. (PLTR)",
                        [Held(text, days[i], days[i], "4") for i, text in enumerate(roles)])


@pytest.mark.parametrize("question, roles, verdict", [
    ("is thiel a director at pltr", ["Director"], "Peter Thiel is a director."),
    ("thiel an officer at pltr or just board", ["Director"],
     "Peter Thiel is not an officer (no stored filing says so) and is a director."),
    ("does thiel sit on the board", ["CEO"], "Peter Thiel is not a director (no stored filing says so)."),
    ("thiel still a 10% holder at pltr?", ["Director", "Director, 10% owner"],
     "Peter Thiel is no longer a 10% owner in the newest filing (the Form 4 for Feb 17, 2021 said so)."),
    ("is thiel an exec there", ["Chief Executive Officer"], "Peter Thiel is an officer."),
    # not a yes/no question about a role: no verdict
    ("what is thiel's role at pltr", ["Director"], None),
    ("which directors filed at pltr", ["Director"], None),
])
def test_a_yes_no_role_question_is_answered_first(question, roles, verdict) -> None:
    found = role_verdict(_rel(*roles), question)
    assert (found.split(", ", 1)[1] if found else None) == verdict

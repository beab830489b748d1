"""Which rows of a filing a Rule 10b5-1 disclosure covers (the checkbox, a footnote, the remarks)."""

from __future__ import annotations

import pytest

from bot.answers.flags import plan_basis

PLAN_NOTE = "The transactions reported on this Form 4 were effected pursuant to a Rule 10b5-1 trading plan."
SALES_NOTE = "The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan."


@pytest.mark.parametrize("code, expected", [("S", True), ("P", True), ("A", None), ("M", None), ("F", None)])
def test_checkbox_covers_purchases_and_sales_only(code, expected) -> None:
    flag, source = plan_basis(code, 1, None, [], [])
    assert flag is expected
    assert source == ("the filing's Rule 10b5-1 checkbox" if expected else None)


def test_unchecked_box_says_no_for_sales_only() -> None:
    assert plan_basis("S", 0, None, [], []) == (False, None)
    assert plan_basis("A", 0, None, [], []) == (None, None)


def test_footnote_on_the_row_covers_that_row() -> None:
    assert plan_basis("M", 0, None, [PLAN_NOTE], []) == (True, "a footnote")
    assert plan_basis("C", None, None, ["Conversion effected in compliance with a preexisting Rule 10b5-1 plan."],
                      []) == (True, "a footnote")


def test_footnote_about_sales_does_not_cover_an_exercise() -> None:
    assert plan_basis("M", 1, None, [SALES_NOTE], []) == (None, None)
    assert plan_basis("S", None, None, [SALES_NOTE], []) == (True, "a footnote")


def test_footnote_no_row_cites_covers_the_purchases_and_sales() -> None:
    assert plan_basis("S", None, None, [], [PLAN_NOTE]) == (True, "a footnote")
    assert plan_basis("A", None, None, [], [PLAN_NOTE]) == (None, None)


def test_remarks_cover_purchases_and_sales() -> None:
    remarks = "This reported transaction was made pursuant to a Rule 10b5-1 plan adopted on May 1, 2025."
    assert plan_basis("S", None, remarks, [], []) == (True, "the remarks")
    assert plan_basis("G", None, remarks, [], []) == (None, None)


def test_a_negated_mention_is_not_a_plan() -> None:
    note = "The sale was not made pursuant to a Rule 10b5-1 trading plan."
    assert plan_basis("S", None, None, [note], []) == (None, None)

"""The commitments fact: an action table's row gives its action a date and an owner."""

from __future__ import annotations

from strategylint.engine import Engine
from tests.helpers import make_document

ACTION = "We will seek to coordinate support for innovative projects in schools."


def commitment_of(specs: list[tuple[str, str]]) -> tuple[bool, bool]:
    doc = Engine(as_of=2015).analyse(make_document(specs))
    (commitment,) = [c for c in doc.facts.commitments if c.sentence.text == ACTION]
    return commitment.measurable, commitment.owned


def test_the_cells_after_an_action_in_its_row_are_its_date_and_owner() -> None:
    assert commitment_of([("h", "Actions"), ("li", ACTION), ("p", "2015-2020"),
                          ("p", "ICT Policy Unit (DES) and PDST-TIE")]) == (True, True)
    assert commitment_of([("h", "Actions"), ("li", ACTION), ("p", "Ongoing")]) == (True, False)


def test_an_action_followed_by_prose_has_no_row() -> None:
    assert commitment_of([("h", "Actions"), ("li", ACTION),
                          ("p", "Schools across the country have asked for this support for many years now.")]) \
        == (False, False)


def test_a_heading_ends_the_row() -> None:
    assert commitment_of([("h", "Actions"), ("li", ACTION), ("h", "2016-2018"), ("p", "DES")]) == (False, False)

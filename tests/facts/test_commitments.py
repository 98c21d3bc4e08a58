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


def _commitments(text: str) -> list[str]:
    doc = Engine(as_of=2024).analyse(make_document(text))
    return [c.sentence.text for c in doc.facts.commitments]


def test_an_instruction_under_an_actions_heading_is_a_commitment() -> None:
    text = ("# Priority capabilities\n\nCustomer identity\n\n"
            "Establish one trusted record of customers and patients.\n\n"
            "Invest £20 million in the application of AI in the services sector.\n\n"
            "Support AI innovation to raise productivity:\n")
    assert _commitments(text) == ["Establish one trusted record of customers and patients.",
                                  "Invest £20 million in the application of AI in the services sector."]


def test_an_instruction_elsewhere_is_not() -> None:
    text = "# Background\n\nEstablish one trusted record of customers and patients, the report said in 2019.\n"
    assert _commitments(text) == []

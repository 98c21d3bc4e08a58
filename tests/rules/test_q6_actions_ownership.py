"""q6-actions-ownership (SL306): tangible actions with dates and named owners."""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q6-actions-ownership"
OWNED = ("The Chief Digital Officer will launch the patient portal by March 2025.\n\n"
         "The Head of IT will replace all laptops by June 2025.\n\n"
         "The Data Team will publish the dashboard by April 2025.\n")


def status(text: str) -> str:
    return lint(text, rules=[RULE], as_of=2024).board[RULE].status


def test_owned_and_dated_actions_are_addressed() -> None:
    assert status(OWNED) == "addressed"


def test_dated_actions_without_owners_are_partial() -> None:
    text = ("We will launch the patient portal by March 2025.\n\nWe will replace all laptops by June 2025.\n\n"
            "We will publish the dashboard by April 2025.\n")
    result = lint(text, rules=[RULE], as_of=2024)
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert "Who owns each action?" in finding.message
    assert finding.data["owned_and_dated"] == 0 and finding.data["measurable"] == 3


def test_vague_promises_are_missing() -> None:
    text = ("We will embrace digital.\n\nWe will explore new ways to improve services.\n\n"
            "We will foster innovation across the council.\n")
    result = lint(text, rules=[RULE], as_of=2024)
    assert result.board[RULE].status == "missing"
    assert findings_of(result, RULE)[0].decisive


def test_too_few_commitments_are_missing() -> None:
    assert status("The Chief Digital Officer will launch the portal by March 2025.") == "missing"


def test_min_owned_option() -> None:
    result = lint(OWNED, rules=[RULE], as_of=2024, options={RULE: {"min-owned": 4}})
    assert result.board[RULE].status == "partial"

"""q9-org-change (SL309): governance, funding, skills and ways of working."""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q9-org-change"


def status(text: str) -> str:
    return lint(text, rules=[RULE]).board[RULE].status


def test_three_aspects_are_addressed() -> None:
    text = ("A digital steering group will oversee delivery.\n\nFunding moves to multi-year budgets.\n\n"
            "Every team will be trained in agile ways of working.\n")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"


def test_one_aspect_is_partial() -> None:
    result = lint("Staff will get digital skills training.", rules=[RULE])
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert "Only skills is covered" in finding.message
    assert finding.data["aspects"] == ["skills"]


def test_nothing_is_missing() -> None:
    result = lint("New technology will be rolled out across the estate.", rules=[RULE])
    assert result.board[RULE].status == "missing"
    assert findings_of(result, RULE)[0].message.startswith("How will your organisation change")


def test_min_aspects_option() -> None:
    text = "A digital steering group will oversee delivery. Funding moves to multi-year budgets."
    assert lint(text, rules=[RULE], options={RULE: {"min-aspects": 2}}).board[RULE].status == "addressed"
    assert status(text) == "partial"

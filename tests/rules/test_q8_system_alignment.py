"""q8-system-alignment (SL308): partners and the wider system."""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q8-system-alignment"


def status(text: str) -> str:
    return lint(text, rules=[RULE]).board[RULE].status


def test_partners_and_joint_initiatives_are_addressed() -> None:
    text = ("We will work with system partners on the shared care record.\n\n"
            "The integrated care board funds our joint initiatives.\n\n"
            "Our plan is aligned with the national digital strategy.\n")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    assert len(result.board[RULE].evidence) == 3


def test_a_section_on_partnership_is_addressed() -> None:
    text = ("## Working with our partners\n\nWe share platforms with local authorities.\n\n"
            "Our partner organisations use the same identity service.\n")
    assert status(text) == "addressed"


def test_a_passing_mention_is_partial() -> None:
    result = lint("We will talk to our partners about it.", rules=[RULE])
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert "only in passing" in finding.message and not finding.decisive


def test_nothing_beyond_the_organisation_is_missing() -> None:
    result = lint("Our digital team will build everything we need ourselves.", rules=[RULE])
    assert result.board[RULE].status == "missing"
    assert "aligns with your system strategy" in findings_of(result, RULE)[0].message

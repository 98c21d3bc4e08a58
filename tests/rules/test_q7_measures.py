"""q7-measures (SL307): indicators with targets, or a review cycle."""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q7-measures"


def status(text: str) -> str:
    return lint(text, rules=[RULE], as_of=2024).board[RULE].status


def test_indicators_with_targets_are_addressed() -> None:
    text = ("Indicator 1: the share of transactions online rises from 40% to 80% by 2026.\n\n"
            "Indicator 2: user satisfaction above 90% by 2025, against a baseline of 70%.\n")
    assert status(text) == "addressed"


def test_indicators_with_a_review_cycle_are_addressed() -> None:
    assert status("We will track a small set of KPIs. The board reviews this strategy every April.") == "addressed"


def test_a_generic_mention_is_partial() -> None:
    result = lint("We will develop metrics to track how well we are doing.", rules=[RULE], as_of=2024)
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert finding.message.startswith("How will you know if your digital strategy is working?")
    assert not finding.decisive


def test_a_review_cycle_alone_is_partial() -> None:
    assert status("The board reviews this strategy every April.") == "partial"


def test_nothing_is_missing() -> None:
    result = lint("We are confident this strategy will make a real difference.", rules=[RULE], as_of=2024)
    assert result.board[RULE].status == "missing"
    assert findings_of(result, RULE)[0].decisive


def test_a_glossary_entry_is_not_an_indicator() -> None:
    assert status("# Strategy\n\nWe will do good work.\n\n# Glossary\n\nKPI: key performance indicator.") == "missing"

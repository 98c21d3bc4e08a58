"""q5-not-prioritising (SL305): what are you not prioritising in your digital strategy?"""

from __future__ import annotations

import pytest

from tests.helpers import findings_of, lint

RULE = "q5-not-prioritising"


def status(text: str) -> str:
    return lint(text, rules=[RULE]).board["q5-not-prioritising"].status


def test_addressed_with_specific_statements() -> None:
    result = lint("We will stop building bespoke apps. We will defer the intranet rebuild to 2026.", rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.board["q5-not-prioritising"].status == "addressed"


@pytest.mark.parametrize(
    "text",
    [
        "This strategy does not cover schools or hospitals. We will decommission the old data centre.",
        "We will retire the legacy payroll system. Mobile apps will be considered in a later phase.",
        "We will not automatically move all specialist content to GOV.UK. We must close the paper channels.",
    ],
)
def test_addressed_with_scope_exclusions_stops_and_deferrals(text: str) -> None:
    assert status(text) == "addressed"


def partial_note(text: str) -> dict[str, object]:
    """The partial answer's first note: a partial answer is a scorecard entry, with the gap as its note."""
    answer = lint(text, rules=[RULE]).board["q5-not-prioritising"]
    assert answer.status == "partial"
    note: dict[str, object] = answer.evidence[0]
    return note


def test_partial_with_one_statement() -> None:
    note = partial_note("We will stop building bespoke apps. We will improve our website.")
    assert note["quote"] == "We will stop building bespoke apps."
    assert "One statement says what will not be done" in str(note["note"])


def test_a_statement_repeated_counts_once() -> None:
    text = ("This strategy does not cover schools or hospitals in the county.\n\n"
            "This strategy does not cover schools or hospitals in the county, as agreed.\n")
    assert status(text) == "partial"


def test_partial_with_only_a_preference() -> None:
    note = partial_note("We will buy commodity software rather than build bespoke systems.")
    assert "says which way it prefers, but not what it will stop" in str(note["note"])


def test_partial_with_only_a_selection() -> None:
    note = partial_note("We will transform four exemplar services by 2026. We will improve our website.")
    assert "names what it singles out, but not what is left out" in str(note["note"])
    assert note["quote"] == "We will transform four exemplar services by 2026."


def test_missing_with_none_and_platitudes_do_not_count() -> None:
    result = lint("All twelve of our priorities matter. We will not leave anyone behind.", rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and findings[0].decisive
    assert "What are you not prioritising in your digital strategy?" in findings[0].message
    assert findings[0].topic == "nothing-deprioritised"
    assert result.board["q5-not-prioritising"].status == "missing"


def test_others_scope_and_the_world_do_not_count() -> None:
    text = ("The Data Act does not cover cloud hosting. Without investment, the old model will no longer be "
            "sufficient. Analysts predict most data centres will be closed by 2030.")
    assert status(text) == "missing"


def test_min_statements_option() -> None:
    result = lint("We will stop building bespoke apps.", rules=[RULE], options={RULE: {"min-statements": 1}})
    assert result.board["q5-not-prioritising"].status == "addressed"

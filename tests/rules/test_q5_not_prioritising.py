"""q5-not-prioritising (SL305): what are you not prioritising in your digital strategy?"""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q5-not-prioritising"


def test_addressed_with_specific_statements() -> None:
    result = lint("We will stop building bespoke apps. We will defer the intranet rebuild to 2026.", rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.board["q5-not-prioritising"].status == "addressed"


def test_partial_with_one_statement() -> None:
    result = lint("We will stop building bespoke apps. We will improve our website.", rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and not findings[0].decisive
    assert findings[0].quote == "We will stop building bespoke apps."
    assert result.board["q5-not-prioritising"].status == "partial"


def test_missing_with_none_and_platitudes_do_not_count() -> None:
    result = lint("All twelve of our priorities matter. We will not leave anyone behind.", rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and findings[0].decisive
    assert "What are you not prioritising in your digital strategy?" in findings[0].message
    assert result.board["q5-not-prioritising"].status == "missing"


def test_min_statements_option() -> None:
    result = lint("We will stop building bespoke apps.", rules=[RULE], options={RULE: {"min-statements": 1}})
    assert result.board["q5-not-prioritising"].status == "addressed"

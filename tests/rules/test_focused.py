"""focused (SL206): selective, with explicit trade-offs."""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "focused"
THREE = "# Plan\n\n## Our priorities\n\n- Online services\n- Better data\n- Skills\n\n"
NINE = "# Plan\n\n## Our priorities\n\n" + "".join(f"- Priority theme number {n}\n" for n in range(1, 10)) + "\n"
CHOICE = "We will stop building bespoke apps and defer the intranet rebuild to 2026."


def test_a_trade_off_with_few_priorities_is_focused() -> None:
    result = lint(THREE + CHOICE, rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.signs["focused"].present is True
    assert result.signs["focused"].evidence[0]["quote"] == CHOICE


def test_no_trade_off_is_not_focused() -> None:
    result = lint(THREE + "We will pursue every opportunity that digital offers.", rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and findings[0].decisive
    assert "nothing says what will not be done" in findings[0].message
    assert result.signs["focused"].present is False


def test_too_many_priorities_are_not_focused_even_with_a_trade_off() -> None:
    findings = findings_of(lint(NINE + CHOICE, rules=[RULE]), RULE)
    assert len(findings) == 1 and "9 top-level priorities, more than 7" in findings[0].message
    assert findings[0].data == {"deprioritisation_statements": 1, "priority_count": 9}


def test_max_priorities_option() -> None:
    assert findings_of(lint(NINE + CHOICE, rules=[RULE], options={RULE: {"max-priorities": 9}}), RULE) == []


def test_platitudes_are_not_trade_offs() -> None:
    assert len(findings_of(lint(THREE + "We will not leave anyone behind.", rules=[RULE]), RULE)) == 1

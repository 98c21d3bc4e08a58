"""focused (SL206): selective, with explicit trade-offs where a reader will see them."""

from __future__ import annotations

import pytest

from tests.helpers import findings_of, lint

RULE = "focused"
THREE = "# Plan\n\n## Our priorities\n\n- Online services\n- Better data\n- Skills\n\n"
NINE = "# Plan\n\n## Our priorities\n\n" + "".join(f"- Priority theme number {n}\n" for n in range(1, 10)) + "\n"
CHOICE = "We will stop building bespoke apps and defer the intranet rebuild to 2026."


def long_middle(n: int) -> str:
    return "".join(
        f"## Chapter {i}\n\nThis chapter describes how residents, businesses and partners use service {i} today, what "
        "they told us in our research, and how the service is funded, staffed, measured and governed across the "
        "county and its districts.\n\n"
        for i in range(1, n + 1)
    )


def test_a_trade_off_with_few_priorities_is_focused() -> None:
    result = lint(THREE + CHOICE, rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.signs["focused"].present is True
    assert result.signs["focused"].evidence[0]["quote"] == CHOICE


@pytest.mark.parametrize(
    "text",
    [
        "### Protocols Over Products\n\nUse open standards between systems.",
        "We prefer shared capability over duplicated product-specific solutions.",
        "Teams should build on the shared platform rather than recreate logging themselves.",
        "This strategy does not cover schools or the health service.",
        "We must not be tempted to spread our resources too thinly: we will focus on four sectors.",
        "SaaS and low-code platforms are preferred over custom development.",
        "We will free up staff time by managing as little IT infrastructure as possible.",
        "We will decommission legacy servers as contracts end.",
        "We chose Elementary over Great Expectations.",
        "We recommend Elementary rather than Great Expectations.",
    ],
)
def test_preferences_and_exclusions_are_trade_offs(text: str) -> None:
    result = lint(THREE + text, rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.signs["focused"].present is True


def test_no_trade_off_is_not_focused() -> None:
    result = lint(THREE + "We will pursue every opportunity that digital offers.", rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and findings[0].decisive
    assert "nothing says what will not be done" in findings[0].message
    assert findings[0].topic == "nothing-deprioritised"
    assert result.signs["focused"].present is False


def test_a_selection_that_drops_nothing_is_not_a_trade_off() -> None:
    result = lint(THREE + "We will transform four exemplar services first.", rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1
    assert "it names what it singles out (l.9) but never what it will not do" in findings[0].message


def test_a_tool_picked_among_options_is_not_a_trade_off() -> None:
    result = lint(THREE + "For our situation, Elementary is the clear winner.", rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1
    assert "it names what it singles out (l.9) but never what it will not do" in findings[0].message


def test_an_aside_deep_in_the_document_is_not_focus() -> None:
    findings = findings_of(lint(THREE + long_middle(120) + CHOICE, rules=[RULE]), RULE)
    assert len(findings) == 1
    assert "its only trade-off is an aside at l." in findings[0].message
    assert findings_of(lint(THREE + CHOICE + "\n\n" + long_middle(120), rules=[RULE]), RULE) == []


def test_a_big_plan_needs_more_than_one_trade_off() -> None:
    commitments = "\n\n".join(f"We will improve service number {n} for residents." for n in range(1, 171))
    findings = findings_of(lint(f"# Plan\n\nWe will retire the old portal.\n\n{commitments}\n", rules=[RULE]), RULE)
    assert len(findings) == 1
    assert "1 explicit trade-off for 171 commitments is too few" in findings[0].message


def test_goals_ranked_equally_are_not_focused() -> None:
    text = THREE + CHOICE + " The goals are each of equal ranking."
    findings = findings_of(lint(text, rules=[RULE]), RULE)
    assert len(findings) == 1 and "it ranks its goals equally" in findings[0].message


def test_nine_priorities_with_a_trade_off_are_focused_by_default() -> None:
    assert findings_of(lint(NINE + CHOICE, rules=[RULE]), RULE) == []


def test_max_priorities_option() -> None:
    findings = findings_of(lint(NINE + CHOICE, rules=[RULE], options={RULE: {"max-priorities": 7}}), RULE)
    assert len(findings) == 1
    assert "9 top-level priorities (items under 'Our priorities', l.3), more than 7" in findings[0].message
    assert findings[0].data == {"deprioritisation_statements": 1, "priority_count": 9}
    assert findings[0].topic == "too-many-priorities"
    assert findings_of(lint(NINE + CHOICE, rules=[RULE], options={RULE: {"max-priorities": 9}}), RULE) == []


def test_platitudes_are_not_trade_offs() -> None:
    assert len(findings_of(lint(THREE + "We will not leave anyone behind.", rules=[RULE]), RULE)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Resources are spread too thinly across the region.",
        "The migration should happen with as little disruption as possible.",
        "China is the clear winner in the race for AI talent.",
        "Increased focus on outcomes over advanced planning activities",  # an outcome listed, not a choice
    ],
)
def test_descriptions_in_trade_off_words_are_not_trade_offs(text: str) -> None:
    result = lint(THREE + text, rules=[RULE])
    assert len(findings_of(result, RULE)) == 1
    assert result.signs["focused"].present is False


def test_a_deferral_that_lists_what_it_defers_is_quoted_before_one_that_names_nothing() -> None:
    text = ("# Scope\n\nFuture phases of the strategy will focus on further digital opportunities.\n\n"
            "Issues for the next phase of our strategy will include:-\n\n- Trust and confidence, and eSignatures.\n")
    evidence = lint(text, rules=["focused"]).signs["focused"].evidence
    assert evidence[0]["quote"].startswith("Issues for the next phase of our strategy will include:- Trust")

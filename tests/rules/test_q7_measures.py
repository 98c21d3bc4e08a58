"""q7-measures (SL307): indicators that run through the strategy."""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q7-measures"


def status(text: str) -> str:
    return lint(text, rules=[RULE], as_of=2024).board[RULE].status


INDICATORS = ("Indicator 1: the share of transactions online rises from 40% to 80% by 2026.\n\n"
              "Indicator 2: user satisfaction above 90% by 2025, against a baseline of 70%.\n\n"
              "Indicator 3: the milestone for closing the old data centre is March 2025.\n")
FILLER = "\n\n".join(f"We will upgrade system number {n} this year." for n in range(1, 500))


def test_indicators_that_run_through_the_strategy_are_addressed() -> None:
    assert status(INDICATORS) == "addressed"


def test_a_few_indicators_in_a_long_strategy_are_partial() -> None:
    result = lint(FILLER + "\n\n" + INDICATORS, rules=[RULE], as_of=2024)
    assert result.board[RULE].status == "partial"
    assert "only 3 sentences naming an indicator" in findings_of(result, RULE)[0].message


def test_indicators_with_a_review_cycle_need_more_than_one_kpi() -> None:
    assert status("We will track a small set of KPIs. The board reviews this strategy every April.") == "partial"


def test_the_thresholds_are_options() -> None:
    text = "We will track a small set of KPIs. The board reviews this strategy every April."
    result = lint(text, rules=[RULE], as_of=2024, options={RULE: {"min-indicators": 1}})
    assert result.board[RULE].status == "addressed"


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


def test_expected_uptake_is_an_indicator_in_view() -> None:
    result = lint("The service is expected to reach 80% digital uptake once it becomes digital by default.",
                  rules=[RULE], as_of=2024)
    assert result.board[RULE].status == "partial"


def test_a_hedge_about_the_milestones_comes_after_a_milestone_with_its_date() -> None:
    text = ("Agencies may only begin working toward the Plan's milestones before the end of 2021.\n\n"
            "Milestone: each agency publishes its data inventory by December 2021.\n")
    evidence = lint(text, rules=[RULE], as_of=2021).board[RULE].evidence
    assert evidence[0]["quote"].startswith("Milestone: each agency publishes")


def test_an_indicator_stated_as_such_is_quoted_before_a_mention_that_there_are_some() -> None:
    text = ("Each policy area has a plan, including outcomes, outputs, output indicators and a budget for 2024.\n\n"
            "Output: a skilled workforce. Indicator: Number of professionals trained in data skills each year.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert "Indicator: Number of professionals trained" in evidence[0]["quote"]

"""The review cycle fact: how the strategy itself is reviewed, refreshed or reported on."""

from __future__ import annotations

import pytest

from tests.helpers import lint

PLAN = "# Digital strategy\n\nWe will move every form online by 2026.\n\n"


def _states_review(sentence: str) -> bool:
    result = lint(PLAN + sentence, rules=["too-long-term"])
    return bool(result.facts["states_review_cycle"]["value"])


@pytest.mark.parametrize("sentence", [
    "This strategy will be reviewed annually by the board.",
    "It is a living document.",
    "We will monitor and evaluate the actions in this plan every quarter.",
    "Progress against the strategy's targets will be monitored and evaluated by the digital board.",
    "The strategy will be developed further as the programme matures.",
])
def test_a_review_of_the_strategy_counts(sentence: str) -> None:
    assert _states_review(sentence)


@pytest.mark.parametrize("sentence", [
    # monitoring something else is not reviewing the strategy
    "We will establish urban laboratories to sense, capture, monitor and evaluate new infrastructure in towns.",
    "ICT solutions that could be developed further are information tools for shops.",
    "We bought new laptops for every school.",
    # a review said to be missing
    "The old plan had no numbers, owners or review cycle.",
    "It was written without an annual review.",
])
def test_monitoring_something_else_does_not(sentence: str) -> None:
    assert not _states_review(sentence)


def test_a_stated_cadence_quotes_its_words() -> None:
    result = lint(PLAN + "The Cabinet reviews this strategy every April.", rules=["too-long-term"])
    (evidence,) = result.facts["states_review_cycle"]["evidence"]
    assert evidence["note"] == "says 'reviews this strategy every April'"

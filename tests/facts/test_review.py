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
    "This roadmap will be continuously updated as our plans develop.",
    # a decision point: the end of a period, with performance or progress assessed
    "Towards the end of the two year period, based upon assessment of both performance to date and the changing "
    "opportunities, a decision will be taken on how best to continue.",
    # a cadence after the verb, and a review point for the plan's implementation
    "Therefore, the government will monitor developments and evaluate the strategy annually.",
    "The Steering Group will review the effectiveness of the implementation structures after 18 months.",
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
    # the end of a period with nothing assessed, or an assessment of something else
    "At the end of the year, the old data centre will close.",
    "By the end of the school year, teachers will assess each pupil's reading.",
    # another plan's review, by its name, and a review of something else after some months
    "Denmark will work for a framework for sharing data in the annual review of the EU Plan on Artificial "
    "Intelligence.",
    "Pupils' reading will be assessed after six months in the new school.",
    # "IT" is not the pronoun that stands for the plan
    "An analysis of skills demanded by the IT industry to be updated, reviewed, and published annually.",
])
def test_monitoring_something_else_does_not(sentence: str) -> None:
    assert not _states_review(sentence)


def test_a_stated_cadence_quotes_its_words() -> None:
    result = lint(PLAN + "The Cabinet reviews this strategy every April.", rules=["too-long-term"])
    (evidence,) = result.facts["states_review_cycle"]["evidence"]
    assert evidence["note"] == "says 'reviews this strategy every April'"


def test_a_review_of_the_plan_named_on_the_cover_is_this_plans() -> None:
    text = ("# Digital Strategy for Schools\n\nWe will move every form online by 2026.\n\n"
            "The annual review of the Digital Strategy for Schools will report to the Minister.")
    result = lint(text, rules=["too-long-term"])
    assert result.facts["states_review_cycle"]["value"]


def test_the_review_of_a_law_is_not_this_strategys() -> None:
    text = PLAN + ("The next review of the directive on the re-use of public sector information, which has been "
                   "announced by the European Commission, should be an opportunity.")
    result = lint(text, rules=["too-long-term"])
    assert not result.facts["states_review_cycle"]["value"]

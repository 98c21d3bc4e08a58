"""The shared patterns: what counts as a measure."""

from __future__ import annotations

import pytest

from strategylint.facts.patterns import has_measure


@pytest.mark.parametrize(
    "sentence",
    [
        # time limits
        "Incidents should be detected and contained within the first 10 minutes of intrusion.",
        "Incidents will be contained within ten minutes.",
        "We will answer complaints within 5 working days.",
        "Outages will be reported within an hour.",
        # frequencies
        "The SIEM is to be tested quarterly, and the security awareness exercise is to be conducted biannually",
        "The strategy will be reviewed annually.",
        "Awareness training will be run twice a year.",
        "We will review the risk register every 6 months.",
        "Risks are reviewed monthly by the board.",
        "We will hold quarterly reviews with suppliers.",
        # money and timelines
        "An estimated budget of $375,000 would be required.",
        "We will invest USD 2 million in the platform.",
        "The programme will cost EUR 40,000.",
        "The programme will cost 40,000 euros.",
        "We will deliver the strategy over a six-month timeline.",
        "We will run a three-year programme of change.",
    ],
)
def test_time_limits_frequencies_money_and_timelines_are_measures(sentence: str) -> None:
    assert has_measure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We will improve the resident experience.",
        "We will publish a monthly newsletter.",
        "Our annual report describes our progress.",
        "We will work with partners every day.",
        "We will respond to incidents within minutes.",
        "We will deliver the strategy on a realistic timeline.",
        "We will make the most of every pound we spend.",
        "1. We will modernise our systems.",
        "As set out in section 4, we will modernise our systems.",
    ],
)
def test_words_near_a_measure_are_not_measures(sentence: str) -> None:
    assert not has_measure(sentence)

"""no-deprioritisation (SL106): nothing says what will not be done; too many priorities."""

from __future__ import annotations

from typing import Any

import pytest

from strategylint.engine import DocumentResult
from strategylint.findings import Reported
from tests.helpers import findings_of, lint

RULE = "no-deprioritisation"
NOTHING_SAYS = "Nothing says what will not be done"
TOO_MANY = "top-level priorities, more than"

FIVE_PRIORITIES = """# Digital Strategy

## Our priorities

- Online services for residents
- Better use of data
- Modern workplace tools
- Digital skills for staff
- Secure infrastructure

"""

NINE_PRIORITIES = "# Digital Strategy\n\n## Our priorities\n\n" + "".join(
    f"- Priority theme number {n}\n" for n in range(1, 10)
)


def deprioritisation(source: str, **kwargs: Any) -> tuple[DocumentResult, list[Reported]]:
    result = lint(source, rules=[RULE], as_of=2024, **kwargs)
    return result, findings_of(result, RULE)


@pytest.mark.parametrize(
    "sentence",
    [
        "To free up the team, we will stop building bespoke apps and defer the intranet rebuild to 2026.",
        "We will not build our own apps.",
        "Replacing the finance system is out of scope for this strategy.",
        "We have decided not to renew the data centre lease.",
        "We won't fund new projects that do not meet our principles.",
        "Social media is not a priority for the next two years.",
        "We will no longer print paper forms.",
        "The strategy does not cover schools.",
    ],
)
def test_a_stated_choice_silences_the_wish_list_finding(sentence: str) -> None:
    result, findings = deprioritisation(FIVE_PRIORITIES + sentence)
    assert findings == []
    assert result.facts["states_deprioritisation"]["value"] is True
    assert result.facts["states_deprioritisation"]["evidence"][0]["quote"] == sentence
    assert result.signs["wish-list"].present is False


@pytest.mark.parametrize(
    "sentence",
    [
        "We will not leave anyone behind.",
        "We will not compromise on safety.",
        "We will not hesitate to act.",
        "We will not stand still.",
        "We will not be complacent about security.",
        "Nobody will be left behind.",
        "We do not tolerate discrimination.",
        "We will not accept poor service.",
        "We will not stop until every resident is online.",
        "Without investment, services will not improve.",
    ],
)
def test_platitudes_and_other_negations_are_not_choices(sentence: str) -> None:
    result, findings = deprioritisation(FIVE_PRIORITIES + sentence)
    assert result.facts["states_deprioritisation"]["value"] is False
    assert len(findings) == 1
    assert NOTHING_SAYS in findings[0].message


def test_the_wish_list_finding_is_document_level_with_data() -> None:
    result, findings = deprioritisation(FIVE_PRIORITIES + "We will put residents first.")
    assert len(findings) == 1
    finding = findings[0]
    assert finding.code == "SL106" and finding.severity == "warning"
    assert finding.sign == "wish-list" and finding.question is None  # q5 has a rule of its own
    assert finding.location.as_dict() == {}, (
        "a finding about the whole document has the document as its place"
    )
    assert finding.quote is None
    assert "(5 priorities, none ranked against the others)" in finding.message
    assert "equally what isn't" in finding.message
    assert "What we will not do" in finding.suggestion
    assert finding.data == {"priority_count": 5, "commitments": result.facts["commitments"]}
    assert result.facts["priority_count"]["value"] == 5
    assert result.signs["wish-list"].present is True


def test_quiet_when_there_is_little_to_choose_from() -> None:
    text = "# Digital Strategy\n\n## Our priorities\n\n- Online services\n- Better data\n- Skills\n"
    _, findings = deprioritisation(text)
    assert findings == []


def test_many_commitments_without_a_choice_fire() -> None:
    commitments = "\n\n".join(f"We will improve service number {n} for residents." for n in range(1, 16))
    result, findings = deprioritisation(f"# Plan\n\n{commitments}\n")
    assert result.facts["commitments"] == 15
    assert len(findings) == 1
    assert NOTHING_SAYS in findings[0].message
    assert findings[0].data["commitments"] == 15
    assert "priorities" not in findings[0].message.split(".")[0], "no priority count to quote"


def test_min_commitments_option() -> None:
    commitments = "\n\n".join(f"We will improve service number {n} for residents." for n in range(1, 7))
    _, default = deprioritisation(f"# Plan\n\n{commitments}\n")
    _, lowered = deprioritisation(f"# Plan\n\n{commitments}\n", options={RULE: {"min-commitments": 6}})
    assert default == []
    assert len(lowered) == 1


# --- too many priorities ----------------------------------------------------------------------------------


def test_fires_on_more_priorities_than_max_priorities() -> None:
    result, findings = deprioritisation(NINE_PRIORITIES + "\nWe will stop printing the staff magazine.\n")
    assert result.facts["states_deprioritisation"]["value"] is True
    assert len(findings) == 1, "a stated choice does not excuse nine priorities"
    finding = findings[0]
    assert TOO_MANY in finding.message and finding.message.startswith("9 ")
    assert finding.quote == "Our priorities"
    assert finding.location.line == 3
    assert finding.data == {"priority_count": 9}
    assert "keep the top 7" in finding.suggestion


def test_max_priorities_option() -> None:
    text = NINE_PRIORITIES + "\nWe will stop printing the staff magazine.\n"
    _, relaxed = deprioritisation(text, options={RULE: {"max-priorities": 9}})
    _, strict = deprioritisation(
        FIVE_PRIORITIES + "We will stop printing the staff magazine.", options={RULE: {"max-priorities": 4}}
    )
    assert relaxed == []
    assert len(strict) == 1 and "keep the top 4" in strict[0].suggestion


def test_counted_priorities_in_prose() -> None:
    _, findings = deprioritisation(
        "Our twelve priorities are equally important, and we will pursue them all."
    )
    messages = [f.message for f in findings]
    assert len(findings) == 2
    assert any(NOTHING_SAYS in m and "12 priorities" in m for m in messages)
    assert any(m.startswith("12 top-level priorities") for m in messages)


def test_evidence_of_a_choice_is_kept_for_the_sign() -> None:
    result, _ = deprioritisation(FIVE_PRIORITIES + "We will not build our own apps.")
    evidence = result.signs["wish-list"].evidence
    assert evidence and evidence[0]["quote"] == "We will not build our own apps."


# --- known misses (see the report) ------------------------------------------------------------------------


def test_stop_at_nothing_is_a_platitude() -> None:
    _, findings = deprioritisation(
        FIVE_PRIORITIES + "We will stop at nothing to give residents the best service."
    )
    assert len(findings) == 1


def test_deferring_to_judgement_is_not_deferring_work() -> None:
    _, findings = deprioritisation(FIVE_PRIORITIES + "We will always defer to clinical judgement.")
    assert len(findings) == 1


def test_past_goals_met_are_not_current_priorities() -> None:
    result, _ = deprioritisation("We have met 8 of the 10 goals set in our 2019 strategy.")
    assert result.facts["priority_count"]["value"] == 0


def test_the_number_next_to_priorities_is_the_count() -> None:
    result, _ = deprioritisation("The plan is built on 5 principles and 9 strategic priorities.")
    assert result.facts["priority_count"]["value"] == 9

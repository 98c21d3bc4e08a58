"""no-deprioritisation (SL106): nothing says what will not be done; goals ranked equally; too many priorities."""

from __future__ import annotations

from typing import Any

import pytest

from strategylint.engine import DocumentResult
from strategylint.findings import Reported
from tests.helpers import findings_of, lint

RULE = "no-deprioritisation"
NOTHING_SAYS = "Nothing says what will not be done"

FIVE_PRIORITIES = """# Digital Strategy

## Our priorities

- Online services for residents
- Better use of data
- Modern workplace tools
- Digital skills for staff
- Secure infrastructure

"""

EIGHT_PRIORITIES = "# Digital Strategy\n\n## Our priorities\n\n" + "".join(
    f"- Priority theme number {n}\n" for n in range(1, 9)
)


def chapters(n: int) -> str:
    """A long middle: n chapters of about forty words each, nothing chosen or dropped."""
    return "".join(
        f"## Chapter {i}\n\nThis chapter describes how residents, businesses and partners use service {i} today, what "
        "they told us in our research, and how the service is funded, staffed, measured and governed across the "
        "county and its districts.\n\n"
        for i in range(1, n + 1)
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
        "This strategy is not about getting more people online.",
        "We will not automatically move all specialist content to the new website.",
        "We will retire the legacy housing system and decommission one data centre.",
        "The council will phase out cheque payments.",
        "We prefer shared capability over duplicated product-specific solutions.",
        "We will buy commodity software rather than build bespoke systems.",
        "We will transform four exemplar services first.",
        "Our task force recommends avoiding spreading efforts too thinly, but rather focus on four key sectors.",
        "SaaS and low-code platforms are preferred over custom development.",
        "We will free up staff time by managing as little IT infrastructure as possible.",
        "Begin tracking the decommissioning of legacy applications corporately.",
        "For our situation, Elementary is the clear winner.",
    ],
)
def test_a_stated_choice_silences_the_wish_list_finding(sentence: str) -> None:
    result, findings = deprioritisation(FIVE_PRIORITIES + sentence)
    assert findings == []
    assert result.signs["wish-list"].present is False
    assert result.signs["wish-list"].evidence[0]["quote"] == sentence


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
        "The old telephony platform will no longer be sufficient.",
        "Our partners' legislation does not cover cloud hosting.",
        "The migration should happen with as little disruption as possible.",
        "Ministries build new applications without decommissioning legacy infrastructure.",
        "China is the clear winner in the race for AI talent.",
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
    assert finding.code == "SL106" and finding.severity == "warning" and finding.decisive
    assert finding.sign == "wish-list" and finding.question is None  # q5 has a rule of its own
    assert finding.location.as_dict() == {}, "a finding about the whole document has the document as its place"
    assert finding.quote is None
    assert "across 5 top-level priorities (items under 'Our priorities', l.3)" in finding.message
    assert "equally what isn't" in finding.message
    assert "What we will not do" in finding.suggestion
    assert finding.data == {"priority_count": 5, "commitments": result.facts["commitments"], "statements": 0,
                            "prominent_statements": 0}
    assert finding.topic == "nothing-deprioritised"
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


# --- where the choice stands, and how many a plan needs -------------------------------------------------------


def test_an_aside_deep_in_a_long_plan_does_not_make_it_selective() -> None:
    choice = "We will retire the old booking portal.\n"
    _, late = deprioritisation(FIVE_PRIORITIES + chapters(120) + choice)
    assert len(late) == 1
    assert "the only such statement is an aside at l." in late[0].message
    _, early = deprioritisation(FIVE_PRIORITIES + choice + "\n" + chapters(120))
    assert early == []


def test_a_choice_under_a_scope_heading_counts_wherever_it_stands() -> None:
    scope = "## Scope\n\nThis strategy does not cover schools.\n"
    _, findings = deprioritisation(FIVE_PRIORITIES + chapters(120) + scope)
    assert findings == []


def test_a_bigger_plan_needs_more_than_one_choice() -> None:
    commitments = "\n\n".join(f"We will improve service number {n} for residents." for n in range(1, 171))
    text = f"# Plan\n\nWe will retire the old booking portal.\n\n{commitments}\n"
    _, one = deprioritisation(text)
    assert len(one) == 1 and "1 statement for 171 commitments" in one[0].message
    _, two = deprioritisation(text.replace("portal.", "portal. We will defer the intranet rebuild to 2027."))
    assert two == []


def test_goals_ranked_equally_fire_even_with_a_choice() -> None:
    ranked = "The plan sets itself the following goals, each of which is of equal ranking."
    result, findings = deprioritisation(FIVE_PRIORITIES + ranked + " We will not build our own apps.")
    assert len(findings) == 1
    assert findings[0].message.startswith("The plan ranks its goals equally, across 5 top-level priorities")
    assert findings[0].quote == ranked
    assert findings[0].location.line == 11
    assert result.signs["wish-list"].present is True
    # the choice it does make is named beside the equal ranking
    assert "It does single some things out ('We will not build our own apps.', l.11)" in findings[0].message
    assert "never what it will stop or defer" not in findings[0].message  # it rules something out


def test_goals_ranked_equally_without_a_choice_are_not_told_of_one() -> None:
    ranked = "The plan sets itself the following goals, each of which is of equal ranking."
    _, findings = deprioritisation(FIVE_PRIORITIES + ranked)
    assert "single some things out" not in findings[0].message


# --- many priorities ---------------------------------------------------------------------------------------


def test_eight_priorities_with_a_stated_choice_are_not_a_wish_list_by_default() -> None:
    result, findings = deprioritisation(EIGHT_PRIORITIES + "\nWe will stop printing the staff magazine.\n")
    assert result.facts["priority_count"]["value"] == 8
    assert findings == []


def test_max_priorities_option_is_a_hard_limit_when_set() -> None:
    text = EIGHT_PRIORITIES + "\nWe will stop printing the staff magazine.\n"
    _, findings = deprioritisation(text, options={RULE: {"max-priorities": 7}})
    assert len(findings) == 1, "a stated choice does not excuse more priorities than the project allows"
    finding = findings[0]
    assert finding.message.startswith(
        "8 top-level priorities (items under 'Our priorities', l.3), more than the 7 this project allows")
    assert finding.quote == "Our priorities" and finding.location.line == 3
    assert finding.data == {"priority_count": 8}
    assert finding.topic == "too-many-priorities"
    assert "keep the top 7" in finding.suggestion
    _, relaxed = deprioritisation(text, options={RULE: {"max-priorities": 8}})
    assert relaxed == []


def test_counted_priorities_in_prose() -> None:
    _, findings = deprioritisation("Our twelve priorities are equally important, and we will pursue them all.")
    assert len(findings) == 1
    assert "ranks its goals equally, across 12 top-level priorities (the document counts 'twelve priorities'" \
        in findings[0].message


def test_evidence_of_a_choice_is_kept_for_the_sign() -> None:
    result, _ = deprioritisation(FIVE_PRIORITIES + "We will transform four exemplar services. We will not build apps.")
    evidence = result.signs["wish-list"].evidence
    assert [e["quote"] for e in evidence] == ["We will not build apps.", "We will transform four exemplar services."]


# --- known misses (see the report) ------------------------------------------------------------------------


def test_stop_at_nothing_is_a_platitude() -> None:
    _, findings = deprioritisation(FIVE_PRIORITIES + "We will stop at nothing to give residents the best service.")
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


def test_a_hint_alone_is_not_called_a_statement_of_what_will_not_be_done() -> None:
    commitments = "\n\n".join(f"We will improve service number {n} for residents." for n in range(1, 171))
    text = f"# Plan\n\nOur four exemplar services come first.\n\n{commitments}\n"
    _, findings = deprioritisation(text)
    assert len(findings) == 1
    assert "Only 1 hint of a choice, none saying what will not be done" in findings[0].message

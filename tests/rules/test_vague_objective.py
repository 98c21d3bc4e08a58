"""vague-objective (SL104): commitments nobody could measure."""

from __future__ import annotations

from typing import Any

import pytest

from strategylint.engine import DocumentResult
from strategylint.findings import Reported
from tests.helpers import findings_of, lint

RULE = "vague-objective"


def vague(source: str, **kwargs: Any) -> tuple[DocumentResult, list[Reported]]:
    result = lint(source, rules=[RULE], as_of=2024, **kwargs)
    return result, findings_of(result, RULE)


# --- single sentences: buzzword-laden effort with no measure ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "We will explore innovative, world-class digital solutions to foster a seamless experience.",
            {"explore", "foster", "world-class", "seamless"},
        ),
        (
            "We will harness cutting-edge technology to deliver transformational, joined-up services.",
            {"harness", "cutting-edge", "transformational"},
        ),
        (
            "Our ambition is to foster a holistic, joined-up digital economy.",
            {"foster", "holistic", "joined-up"},
        ),
        ("We will promote a holistic, seamless experience for every resident.", {"promote", "holistic"}),
        ("We will leverage agile, cutting-edge platforms.", {"leverage", "cutting-edge"}),
        ("Priority 2: we will foster innovative, seamless services for residents.", {"foster", "seamless"}),
    ],
)
def test_fires_on_a_vague_commitment(sentence: str, words: set[str]) -> None:
    _, findings = vague(sentence)
    assert len(findings) == 1, findings
    finding = findings[0]
    assert finding.quote == sentence
    for word in words:
        assert f"'{word}'" in finding.message
    assert finding.decisive is False, "one vague sentence illustrates the sign, it does not decide it"
    assert finding.suggestion


@pytest.mark.parametrize(
    "sentence",
    [
        # measurable commitments: the 'what', 'how' and 'when'
        "By March 2026 we will answer 90% of calls within 60 seconds; the Head of Customer Service owns it.",
        "By March 2026 we will answer 90% of calls within 60 seconds.",
        "We will move 80% of transactions online by 2026.",
        # an owner named
        "We will explore innovative ways to reach residents, led by the Director of Digital.",
        # buzzwords, but not a commitment
        "Innovation and excellence are at the heart of everything we do.",
        "Residents told us they want a seamless, joined-up experience.",
        "The local tech sector is innovative, dynamic and vibrant.",
        "In 2022 we explored innovative, world-class ideas with partners.",
        # a commitment, but plain words
        "We will work with partners to support residents.",
        # a number makes it checkable
        "We will explore whether 5 innovative, world-class pilots are affordable.",
    ],
)
def test_quiet_on_measurable_owned_or_plain_sentences(sentence: str) -> None:
    _, findings = vague(sentence)
    assert findings == []


def test_max_sentence_findings_caps_the_sentence_findings() -> None:
    sentences = [
        "We will explore innovative, world-class solutions.",
        "We will foster seamless, joined-up services.",
        "We will harness cutting-edge, transformational platforms.",
        "We will promote holistic, best-in-class experiences.",
    ]
    text = "\n\n".join(sentences)
    _, default = vague(text)
    _, capped = vague(text, options={RULE: {"max-sentence-findings": 2}})
    assert [f.quote for f in default if not f.decisive] == sentences
    assert [f.quote for f in capped if not f.decisive] == sentences[:2]


def test_in_a_plan_whose_objectives_are_measurable_only_its_listed_objectives_are_flagged_alone() -> None:
    recap = "We will foster innovative, seamless services that leverage world-class data."
    _, findings = vague(MEASURED_OBJECTIVES + "\n## The road ahead\n\n" + recap + "\n")
    assert findings == []
    listed = MEASURED_OBJECTIVES + "- Foster a seamless, world-class culture of digital excellence.\n"
    assert [f.quote for f in vague(listed)[1]] == ["Foster a seamless, world-class culture of digital excellence."]
    _, vague_plan = vague(VAGUE_OBJECTIVES + "\n## The road ahead\n\n" + recap + "\n")
    assert [f.quote for f in vague_plan if not f.decisive] == [recap]
    # a chapter's opening list, which its text then dates, is a recap too
    opening = "\n## Data\n\nTo achieve this, we will:\n\n- encourage innovative, world-class uses of data\n"
    assert vague(MEASURED_OBJECTIVES + opening)[1] == []


# --- the document-level finding: too few measurable commitments ------------------------------------------

VAGUE_OBJECTIVES = """# Digital Strategy

## Our objectives

- We will improve the resident experience.
- We will modernise our systems.
- We will make better use of data.
- We will develop the skills of our staff.
- We will work closely with partners.
"""

MEASURED_OBJECTIVES = """# Digital Strategy

## Our objectives

- We will move 80% of transactions online by March 2026.
- We will cut call waiting times to under 2 minutes.
- We will replace the housing system by December 2025.
- We will develop the skills of our staff.
- We will work closely with partners.
"""


def test_fires_once_for_a_document_of_unmeasurable_objectives() -> None:
    result, findings = vague(VAGUE_OBJECTIVES)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.decisive is True
    assert {k: finding.data[k] for k in ("commitments", "measurable")} == {"commitments": 5, "measurable": 0}
    assert finding.location.line is None and finding.data["example_location"]["line"] is not None
    assert "0 of 5 commitments are measurable" in finding.message
    assert finding.quote is None  # a verdict on the document, located at the document
    assert 'For example, l.5: "We will improve the resident experience."' in finding.message
    assert finding.location.line is None
    assert finding.data["example_location"] == {"line": 5, "column": 1, "section": "Our objectives"}
    assert "by March 2026" in finding.suggestion
    assert result.signs["vague"].present is True
    assert result.facts["measurable_share"] == "none"


def test_quiet_when_enough_objectives_are_measurable() -> None:
    result, findings = vague(MEASURED_OBJECTIVES)
    assert findings == []
    assert result.facts["measurable_commitments"] == 3
    assert result.signs["vague"].present is False
    assert result.signs["vague"].evidence, "measurable commitments are kept as evidence"


def test_objective_items_count_under_an_objectives_heading_without_we_will() -> None:
    text = (
        "# Plan\n\n## Our objectives\n\n- Better online services for every resident\n"
        "- Modern and reliable technology for staff\n- Smarter use of our information\n"
    )
    result, findings = vague(text)
    assert result.facts["commitments"] == 3
    assert len(findings) == 1


def test_quiet_with_fewer_than_three_commitments() -> None:
    _, findings = vague("We will improve the resident experience.\n\nWe will modernise our systems.")
    assert findings == []


def test_min_measurable_option() -> None:
    # 3 measurable of 5 passes by default; requiring 4 makes it fire
    _, default = vague(MEASURED_OBJECTIVES)
    _, strict = vague(MEASURED_OBJECTIVES, options={RULE: {"min-measurable": 4}})
    assert default == []
    assert len(strict) == 1 and strict[0].data["measurable"] == 3 and strict[0].data["commitments"] == 5


def test_min_share_option() -> None:
    _, default = vague(MEASURED_OBJECTIVES)
    _, strict = vague(MEASURED_OBJECTIVES, options={RULE: {"min-share": 0.8}})
    assert default == []
    assert len(strict) == 1


def test_relaxed_options_silence_the_document_finding() -> None:
    _, relaxed = vague(VAGUE_OBJECTIVES, options={RULE: {"min-measurable": 0, "min-share": 0}})
    assert relaxed == []


# --- known misses (see the report) ------------------------------------------------------------------------


def test_a_refusal_is_not_a_vague_commitment() -> None:
    _, findings = vague("We will not pursue cutting-edge, innovative projects until the basics are fixed.")
    assert findings == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The council will strive to be a world-class, digital-first organisation.",
        "The department will foster innovative, seamless and joined-up services.",
    ],
)
def test_the_organisation_as_subject_is_not_a_named_owner(sentence: str) -> None:
    _, findings = vague(sentence)
    assert len(findings) == 1


def test_a_named_board_is_an_owner() -> None:
    _, findings = vague("The Digital Board will champion innovative, seamless services.")
    assert findings == []


SECURITY_OBJECTIVES = """# Security strategy

## Our objectives

- Incidents will be detected and contained within the first ten minutes of intrusion.
- The SIEM will be tested quarterly, and awareness training will be run twice a year.
- We will complete this strategy for USD 375,000 over a six-month timeline.
- We will strengthen our security culture.
- We will work closely with partners.
"""


def test_time_limits_frequencies_and_budgets_make_objectives_measurable() -> None:
    result, findings = vague(SECURITY_OBJECTIVES)
    assert findings == []
    assert result.facts["measurable_commitments"] == 3
    assert result.signs["vague"].present is False


def test_a_newsletter_and_an_annual_report_are_not_measures() -> None:
    text = VAGUE_OBJECTIVES.replace("- We will work closely with partners.\n",
                                    "- We will publish a monthly newsletter.\n- We will write an annual report.\n")
    _, findings = vague(text)
    assert len(findings) == 1 and findings[0].data["measurable"] == 0


def test_a_document_with_few_commitments_is_told_so_not_given_a_ratio() -> None:
    text = ("# Principles\n\n" + " ".join(["Data is a shared asset that serves the public."] * 30)
            + "\n\nWe will publish our data on the web.")
    _, findings = vague(text)
    (finding,) = findings
    assert "Few objectives or commitments are stated (1), and none of them carry a number" in finding.message
    assert "of 1 commitments" not in finding.message


def test_an_action_whose_table_row_gives_a_timeframe_or_lead_bodies_is_not_flagged_alone() -> None:
    action = "We will seek to foster innovative, world-class projects in schools."
    alone = lint([("h", "Objectives and actions"), ("li", action), ("p", "Schools will benefit.")],
                 rules=[RULE], as_of=2024)
    assert [f for f in findings_of(alone, RULE) if not f.decisive]
    in_a_row = lint([("h", "Objectives and actions"), ("li", action), ("p", "2015-2020"),
                     ("p", "ICT Policy Unit (DES) and PDST-TIE")], rules=[RULE], as_of=2024)
    assert not [f for f in findings_of(in_a_row, RULE) if not f.decisive]


def test_the_example_is_the_vaguest_promise_not_a_concrete_task() -> None:
    text = ("# Plan\n\nWe will update our Airflow jobs with a new step that runs the data tests.\n\n"
            "We will explore innovative, world-class ways to foster a seamless data culture.\n\n"
            "We will move the reports to the new warehouse.\n")
    (finding,) = [f for f in findings_of(lint(text, rules=[RULE]), RULE) if f.location.line is None]
    assert 'For example, l.5: "We will explore innovative, world-class ways' in finding.message


def test_the_example_is_the_document_s_own_promise_not_a_case_study_s() -> None:
    text = ("# Plan\n\nIt aims to improve and optimise world-class clinical capacity at significant scale.\n\n"
            "We will encourage developers to follow the guide.\n\nWe will publish the guide.\n")
    (finding,) = [f for f in findings_of(lint(text, rules=[RULE]), RULE) if f.location.line is None]
    assert 'For example, l.5: "We will encourage developers' in finding.message


def test_the_example_is_a_promise_the_organisation_makes_before_a_thing_said_to_come() -> None:
    text = ("# Plan\n\nAs our analysis shows, negotiating the trade-offs of AI will be a key challenge facing "
            "policy makers.\n\nWe will explore innovative ways to foster collaboration.\n\nWe will publish a guide.\n")
    (finding,) = [f for f in findings_of(lint(text, rules=[RULE]), RULE) if f.location.line is None]
    assert 'For example, l.5: "We will explore innovative ways' in finding.message
    # with no promise of the organisation's, an action it lists
    actions = ("# Recommendations\n\nAs our analysis shows, the trade-offs of AI will be a key challenge facing policy "
               "makers.\n\n## Actions\n\n- Government should act as a champion of innovation.\n"
               "- Publish the data catalogue.\n- Train the data teams.\n")
    (finding,) = [f for f in findings_of(lint(actions, rules=[RULE]), RULE) if f.location.line is None]
    assert 'For example, l.7: "Government should act as a champion' in finding.message


def test_no_example_rather_than_someone_else_s_promise() -> None:
    # (under a "Case studies" heading nothing is a commitment at all; here a partner's story stands in the plan)
    text = ("# Imaging partners\n\nIn 2018 EMRAD formed a partnership with two companies. It aims to improve and "
            "optimise world-class clinical capacity at significant scale.\n\nThey plan to extend the pilot.\n\n"
            "It will foster innovative, seamless imaging services.\n")
    (finding,) = [f for f in findings_of(lint(text, rules=[RULE]), RULE) if f.location.line is None]
    assert "For example" not in finding.message


def test_a_case_study_s_vague_aim_is_not_flagged_as_the_document_s() -> None:
    _, findings = vague("In 2018 EMRAD formed a partnership. It will foster innovative, seamless imaging services.")
    assert not [f for f in findings if not f.decisive]


@pytest.mark.parametrize("paragraph", [
    # a lead-in that the paragraph goes on to explain
    "We will also look at connectivity in a more holistic way. There are a range of technologies that can connect "
    "people. But for most people, it is the quality of connection that matters, not the means of delivery.",
    # a lead-in whose paragraph then makes a measurable commitment
    "We will look at ways to deliver services in innovative ways. We will make sure that by 2020 patients can "
    "consult a doctor online.",
])
def test_a_vague_lead_in_that_its_paragraph_explains_is_not_flagged(paragraph: str) -> None:
    _, findings = vague(paragraph)
    assert not [f for f in findings if not f.decisive]
    # the same vague sentence on its own is flagged
    _, alone = vague(paragraph.split(". ")[0] + ".")
    assert [f for f in alone if not f.decisive]

"""unproven-tech (SL103): hyped technology leads the strategy while the basics wait."""

from __future__ import annotations

from typing import Any

import pytest

from strategylint.engine import DocumentResult
from strategylint.findings import Reported
from tests.helpers import findings_of, lint

RULE = "unproven-tech"


def unproven(source: str, **kwargs: Any) -> tuple[DocumentResult, list[Reported]]:
    result = lint(source, rules=[RULE], as_of=2024, **kwargs)
    return result, findings_of(result, RULE)


AI_FIRST_COUNCIL = """# Our AI-first future

Our vision: an AI-first council, with generative AI in every service by 2026.

We will use AI to answer every resident query, and machine learning to predict demand.

A chatbot will handle all calls, and blockchain will secure our payments.

The metaverse offers new ways to meet residents.
"""

METAVERSE_VISION = """# Digital Strategy

## Introduction

We serve 300,000 residents across the borough.

## Our vision

Our vision is a metaverse borough, where residents meet us in virtual reality and augmented reality.

## Plans

Blockchain will record every transaction, and a digital twin of the town will guide planning.

Drones and robotics will inspect roads, and IoT sensors will watch every bin.

Cyber security matters too.
"""

# hype leads in a level-2 heading and the opening; every basic is named, but hype outweighs them
HYPE_OUTWEIGHS = """# Digital Strategy

AI will help every team. We will trial AI in planning, AI in licensing and AI in social care.

Machine learning and generative AI each have a place, and AI agents may follow.

We will publish an AI playbook, and train staff in AI.

Every AI pilot needs sound network infrastructure, data quality checks, cyber security reviews,
laptops for staff, good case management and digital skills.
"""

AI_STRATEGY_WITHOUT_BASICS = """# National AI Strategy

Our vision is to be a global AI superpower.

We will invest in AI research, AI start-ups and AI adoption.

Machine learning and generative AI will transform public services.

Large language model tools and AI agents will support every civil servant.
"""

AI_STRATEGY_WITH_BASICS = """# National Artificial Intelligence Strategy 2024-2027

## Our vision

Our vision is a country where AI improves public services for everyone.

## Foundations first

AI depends on the basics. We will upgrade network infrastructure and broadband in every region.

We will replace old laptops and devices in schools.

We will improve data quality and data governance across government.

We will strengthen cyber security, with every department meeting Cyber Essentials.

We will fund digital skills training for 20,000 civil servants.

We will digitise paper records and modernise records management.

## Using AI well

We will trial AI in three services, and scale machine learning only where the trials show benefit.

Generative AI and large language model tools will be assessed before use.
"""

# the same hype-heavy text as HYPE_OUTWEIGHS, but its title names AI: the subject is the technology itself. It
# names every basic, but only as what AI needs, and never warns against the hype or puts the basics first
AI_SUBJECT_WITH_BASICS = HYPE_OUTWEIGHS.replace("# Digital Strategy", "# Artificial Intelligence Strategy")

SUBJECT_MESSAGE = "this document's subject"
OPEN = {RULE: {"subject-must-be-open": True}}


@pytest.mark.parametrize(
    "text",
    [AI_FIRST_COUNCIL, METAVERSE_VISION, HYPE_OUTWEIGHS, AI_STRATEGY_WITHOUT_BASICS],
    ids=["ai-first-council", "metaverse-vision", "hype-outweighs-basics", "ai-strategy-without-basics"],
)
def test_fires_when_hype_leads_and_outweighs_the_basics(text: str) -> None:
    _, findings = unproven(text)
    assert len(findings) == 1, findings
    finding = findings[0]
    assert finding.quote
    assert finding.location.line is not None
    assert "fix the basics first" in finding.message
    assert "basics come first" in finding.suggestion
    assert finding.data["hype_mentions"] >= 5


def test_finding_quotes_where_the_hype_leads_and_names_missing_basics() -> None:
    result, findings = unproven(AI_FIRST_COUNCIL)
    finding = findings[0]
    assert finding.quote == "Our AI-first future"
    assert finding.location.line == 1
    assert "a top-level heading" in finding.message
    assert finding.data["missing_basics"] == [
        "infrastructure",
        "devices",
        "records",
        "data-quality",
        "cyber-security",
        "skills",
    ]
    for name in (
        "infrastructure or connectivity",
        "devices",
        "records",
        "data quality",
        "cyber security",
        "skills",
    ):
        assert name in finding.message
    assert finding.code == "SL103" and finding.severity == "warning"
    assert result.signs["unproven-tech"].present is True


@pytest.mark.parametrize(
    "text",
    [
        AI_STRATEGY_WITH_BASICS,
        AI_SUBJECT_WITH_BASICS,
        "First we replace the unsupported case system and fix Wi-Fi in every office; then we will trial AI.",
        # a vision with AI, but only three mentions in all
        "# Digital Strategy\n\nOur vision: an AI-first council.\n\nWe will trial AI and a chatbot in 2025.\n",
    ],
    ids=["ai-strategy-puts-basics-first", "ai-strategy-names-basics", "basics-first", "few-mentions"],
)
def test_quiet_when_basics_come_first_or_hype_is_rare(text: str) -> None:
    result, findings = unproven(text)
    assert findings == []
    assert result.signs["unproven-tech"].present is False


def test_quiet_when_hype_appears_only_late_in_the_document() -> None:
    opening = "\n\n".join(
        f"We will improve service number {n} for residents this year." for n in range(1, 40)
    )
    late = (
        "## Annex: emerging technology\n\n"
        "AI, machine learning, blockchain, the metaverse and quantum computing are watched by the team."
    )
    result, findings = unproven(f"# Digital Strategy\n\n{opening}\n\n{late}\n")
    assert result.facts["hype_mentions"] >= 5
    assert findings == []


def test_subject_decides_between_the_two_tests() -> None:
    """Same text: a general strategy fires because the hype outweighs the basics; an AI strategy that names the
    basics does not, unless the user asks it to be open about them, whatever the count."""
    _, general = unproven(HYPE_OUTWEIGHS)
    _, subject = unproven(AI_SUBJECT_WITH_BASICS)
    _, strict = unproven(AI_SUBJECT_WITH_BASICS, options=OPEN)
    assert len(general) == 1 and SUBJECT_MESSAGE not in general[0].message
    assert "outweighs the basics" in general[0].message
    assert subject == []
    assert len(strict) == 1 and SUBJECT_MESSAGE in strict[0].message
    assert "outweighs" not in strict[0].message


def test_the_option_changes_nothing_for_a_general_strategy() -> None:
    _, general = unproven(HYPE_OUTWEIGHS)
    _, strict = unproven(HYPE_OUTWEIGHS, options=OPEN)
    assert [f.message for f in general] == [f.message for f in strict]


def test_a_hype_term_in_the_metadata_title_makes_it_the_subject() -> None:
    _, general = unproven(HYPE_OUTWEIGHS)
    _, titled = unproven(HYPE_OUTWEIGHS, title="Machine learning strategy for the council")
    _, strict = unproven(HYPE_OUTWEIGHS, title="Machine learning strategy for the council", options=OPEN)
    assert len(general) == 1
    assert titled == []
    assert SUBJECT_MESSAGE in strict[0].message


@pytest.mark.parametrize("title", ["AI Strategy for the council", "Artificial Intelligence Strategy"])
def test_ai_in_the_metadata_title_makes_it_the_subject(title: str) -> None:
    _, titled = unproven(HYPE_OUTWEIGHS, title=title)
    assert titled == []


CANDID = [
    "And while we're clear-eyed about the promise of AI we can't let ourselves be blinded by the hype.",
    "Public bodies must start from one point: AI is not always a panacea and does not suit every challenge.",
    "We should be critical of the more fantastical future visions and threat scenarios.",
    "We will accelerate adoption of proven AI technologies such as image recognition.",
    "Before anything else we need a strong focus on fixing the basic infrastructure.",
    "We will scale machine learning only where the trials show benefit to residents.",
]


@pytest.mark.parametrize("sentence", CANDID)
def test_an_ai_strategy_open_about_the_hype_or_the_basics_is_quiet(sentence: str) -> None:
    result, findings = unproven(f"{AI_SUBJECT_WITH_BASICS}\n{sentence}\n", options=OPEN)
    assert findings == []
    assert result.signs["unproven-tech"].present is False
    assert [e["quote"] for e in result.signs["unproven-tech"].evidence] == [sentence]


@pytest.mark.parametrize("sentence", [
    "Data is the prerequisite for artificial intelligence.",
    "High-quality data is an essential precondition for widespread AI implementation.",
    "Denmark is to be a front-runner in responsible use of AI, and the potential of AI is undeniable.",
    "There is a proven need on the job market for AI engineers.",
    "Learners will pick up the basics of machine learning in a week.",
])
def test_basics_as_what_ai_needs_or_praise_is_not_candour(sentence: str) -> None:
    _, findings = unproven(f"{AI_SUBJECT_WITH_BASICS}\n{sentence}\n", options=OPEN)
    assert len(findings) == 1 and SUBJECT_MESSAGE in findings[0].message


def test_candour_does_not_excuse_missing_basics() -> None:
    _, findings = unproven(f"{AI_STRATEGY_WITHOUT_BASICS}\n{CANDID[0]}\n")
    assert len(findings) == 1
    assert "Never mentioned" in findings[0].message


def test_candour_quiets_a_general_strategy_that_names_the_basics() -> None:
    _, loud = unproven(HYPE_OUTWEIGHS)
    _, candid = unproven(f"{HYPE_OUTWEIGHS}\n{CANDID[4]}\n")
    assert len(loud) == 1 and candid == []


def test_min_hype_mentions_option() -> None:
    result, default = unproven(AI_FIRST_COUNCIL)
    mentions = result.facts["hype_mentions"]
    _, raised = unproven(AI_FIRST_COUNCIL, options={RULE: {"min-hype-mentions": mentions + 1}})
    _, at_count = unproven(AI_FIRST_COUNCIL, options={RULE: {"min-hype-mentions": mentions}})
    assert len(default) == 1
    assert raised == []
    assert len(at_count) == 1


def test_ratio_option() -> None:
    result, default = unproven(HYPE_OUTWEIGHS)
    ratio = result.facts["hype_mentions"] / sum(result.facts["basics_mentions"].values())
    _, relaxed = unproven(HYPE_OUTWEIGHS, options={RULE: {"ratio": ratio + 0.5}})
    assert len(default) == 1
    assert relaxed == []


def test_message_when_no_basic_is_missing_reads_cleanly() -> None:
    _, findings = unproven(HYPE_OUTWEIGHS)
    assert findings[0].data["missing_basics"] == []
    assert "Never mentioned: none of them, but." not in findings[0].message


def test_a_term_is_counted_once() -> None:
    result, _ = unproven("We will strengthen cyber security and trial generative AI.")
    assert result.facts["basics_mentions"]["cyber-security"] == 1
    assert result.facts["hype_mentions"] == 1


def test_computer_vision_is_not_a_device() -> None:
    result, _ = unproven("We will trial computer vision in road inspections.")
    assert result.facts["basics_mentions"]["devices"] == 0


def test_a_cover_line_naming_the_technology_makes_it_the_subject() -> None:
    """PDFs often have no title in their metadata: the short lines of the cover say what the document is."""
    cover = "Finland's Age of Artificial Intelligence\n\nTurning Finland into a leading country\n\n"
    _, findings = unproven(cover + HYPE_OUTWEIGHS.replace("# Digital Strategy\n\n", ""))
    assert findings == []


def test_a_cover_flattened_into_a_paragraph_still_names_the_subject() -> None:
    cover = "Ministry of ICT and Innovation The National AI Policy To leverage AI to power economic growth\n\n"
    _, findings = unproven(cover + HYPE_OUTWEIGHS.replace("# Digital Strategy\n\n", ""))
    assert findings == []


def test_the_message_counts_a_term_once_whatever_its_capitals() -> None:
    text = ("# Artificial Intelligence Strategy\n\nArtificial Intelligence will change the state. Artificial "
            "intelligence will serve citizens. artificial intelligence will serve firms. We will fund blockchain.\n")
    _, findings = unproven(text, options={RULE: {"min-hype-mentions": 3}})
    message = findings[0].message
    assert message.lower().count("artificial intelligence") == 2, message  # the subject, and the list of terms
    assert "of artificial intelligence, blockchain against" in message.lower()

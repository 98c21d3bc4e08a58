"""it-driven (SL101): technology and IT outweigh the people and outcomes the strategy is for."""

from __future__ import annotations

from typing import Any

import pytest

from strategylint.config import Config
from strategylint.engine import DocumentResult, Engine
from strategylint.facts.framing import DOMAIN_NOUN, SYSTEM_SUBJECT
from strategylint.findings import Reported
from tests.conftest import corpus_file
from tests.helpers import findings_of, lint

RULE = "it-driven"


def it_driven(source: Any, **kwargs: Any) -> tuple[DocumentResult, list[Reported]]:
    result = lint(source, rules=[RULE], as_of=2024, **kwargs)
    return result, findings_of(result, RULE)


def corpus_findings(name: str) -> list[Reported]:
    return findings_of(Engine(Config(select=[RULE])).lint_path(corpus_file(name)), RULE)


# An IT department's plan: servers, hosting, licences and the CIO; people hardly appear.
IT_PLAN = """# Technology Strategy 2024-2027

## Our estate

Our infrastructure is old: 140 servers in two data centres, an unsupported ERP and a CRM out of licence.

The new platform will consolidate the servers and move hosting to the cloud.

The integration layer will expose APIs for every line-of-business system, with middleware to the database.

We will upgrade the network, the storage and the firewall, and retire the mainframe.

## Delivery

The CIO owns the programme, and the IT department leads each deployment.

Enterprise architecture sets the standards for software, hardware and SaaS licensing.

Every application will move to the cloud platform, and the data warehouse will feed a data lake.

Vendor contracts will be renegotiated for hosting, storage and software licences.

The go-live for the platform is March 2026, after the infrastructure upgrade and the DevOps pipeline.

A small team of users will test the new platform before the deployment.
"""

# The same estate, described through the people it serves.
USER_PLAN = """# Digital Strategy 2024-2027

## What residents and staff told us

Residents told us that booking a repair takes three phone calls. Staff told us they retype every request.

Our user research with 140 residents, carers and families found that access to services is hardest for
older people and for people with disabilities.

## What will change

By March 2026 residents will book a repair online in five minutes, and staff will see it at once.

Carers will report a change of circumstances once, and every service will know.

Waiting times for housing repairs will fall from 28 days to 10 days.

We will measure satisfaction every quarter, publish the feedback, and say what we changed: you said, we did.

The chief executive owns these outcomes; service leads own each one, and the IT team supports them.

A new platform replaces the old case system, so that staff spend less time on forms.
"""


def test_fires_when_technology_clearly_outweighs_people_and_outcomes() -> None:
    result, findings = it_driven(IT_PLAN)
    assert len(findings) == 1, findings
    finding = findings[0]
    assert finding.code == "SL101" and finding.severity == "warning" and finding.decisive
    assert finding.quote and finding.location.line is not None
    assert "chief executives, not chief information officers" in finding.message
    assert "outcomes for patients and staff than technical changes" in finding.message
    assert "name an executive or service lead as the owner" in finding.suggestion
    framing = finding.data["framing"]
    assert framing["tech_mentions"] >= 30
    assert framing["tech_mentions"] > 1.5 * framing["user_mentions"]
    assert f"{framing['tech_mentions']} mentions of technology" in finding.message
    assert result.signs["it-driven"].present is True


def test_quotes_a_goal_whose_subject_is_a_system() -> None:
    _, findings = it_driven(IT_PLAN)
    finding = findings[0]
    assert finding.quote is not None and finding.quote.startswith(("The new platform will", "The integration layer",
                                                                   "Every application will"))
    assert "a system, not a person, is the subject" in finding.message


def test_names_it_ownership() -> None:
    _, findings = it_driven(IT_PLAN)
    assert "Ownership sits with IT" in findings[0].message
    assert findings[0].data["framing"]["it_owner_mentions"] > findings[0].data["framing"]["business_owner_mentions"]


def test_quiet_when_people_and_outcomes_lead() -> None:
    result, findings = it_driven(USER_PLAN)
    assert findings == []
    assert result.signs["it-driven"].present is False
    # the executive who owns the outcomes is the evidence shown for the sign
    assert any("chief executive" in e["quote"] for e in result.signs["it-driven"].evidence)


def test_quiet_on_a_short_note_however_technical() -> None:
    """Below `min-tech-mentions` there is too little to weigh."""
    _, findings = it_driven("We will move the servers to the cloud and upgrade the network and the firewall.")
    assert findings == []


def test_lowercase_it_is_not_information_technology() -> None:
    text = ("It is what it is. " * 20) + "\n\nIt matters to residents, and it will help staff."
    result, _ = it_driven(text)
    assert result.facts["framing"]["tech_mentions"] == 0


def test_lines_in_capitals_are_not_counted() -> None:
    result, _ = it_driven("WHAT IT MEANS FOR OUR PLATFORM AND OUR SERVERS\n\nIT will support the service desk.\n")
    assert result.facts["framing"]["top_tech_terms"] == ["IT"]
    assert result.facts["framing"]["tech_mentions"] == 1


@pytest.mark.parametrize("phrase", ["the ICT sector", "IT graduates", "software skills", "ICT education",
                                    "the ICT industry", "software developers"])
def test_technology_as_an_industry_or_subject_is_not_technical_change(phrase: str) -> None:
    result, _ = it_driven(f"We will grow {phrase} across the region.")
    assert result.facts["framing"]["tech_mentions"] == 0
    assert DOMAIN_NOUN.match(" " + phrase.split()[-1])


def test_an_ict_skills_plan_is_not_it_driven() -> None:
    text = "# ICT Skills Action Plan\n\n" + "\n\n".join(
        f"We will fund {n} more places on ICT courses, so that ICT graduates fill jobs in the ICT sector." for n in
        range(10, 50))
    result, findings = it_driven(text)
    assert result.facts["framing"]["tech_mentions"] == 0
    assert findings == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The new platform will replace the paper forms.",
        "Our cloud infrastructure will host every service.",
        "Goal 1: The case management system shall cut processing time.",
        "Technology will transform the way we work.",
        "The new intranet should be the single place for policies.",
        "1. The data warehouse will feed every report.",
    ],
)
def test_system_subjects(sentence: str) -> None:
    result, _ = it_driven(sentence)
    assert result.facts["framing"]["system_subject_sentences"] == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The platform team will build the booking service.",
        "The education system will need to plan for change.",
        "Companies developing new technology will be able to bid.",
        "Users of the new system will get training.",
        "The old system will be replaced in 2025.",
        "We will replace the platform by 2026.",
        "technologies will be compliant with the standard.",
        "The system will not store personal data.",
    ],
)
def test_not_system_subjects(sentence: str) -> None:
    result, _ = it_driven(sentence)
    assert result.facts["framing"]["system_subject_sentences"] == 0
    assert not SYSTEM_SUBJECT.search(sentence)


def test_ratio_option() -> None:
    result, default = it_driven(IT_PLAN)
    ratio = result.facts["framing"]["ratio"]
    _, relaxed = it_driven(IT_PLAN, options={RULE: {"ratio": ratio + 0.5}})
    assert len(default) == 1
    assert relaxed == []
    _, strict = it_driven(USER_PLAN, options={RULE: {"ratio": 0.01, "min-tech-mentions": 1}})
    assert len(strict) == 1


def test_min_tech_mentions_option() -> None:
    result, _ = it_driven(IT_PLAN)
    mentions = result.facts["framing"]["tech_mentions"]
    _, raised = it_driven(IT_PLAN, options={RULE: {"min-tech-mentions": mentions + 1}})
    _, at_count = it_driven(IT_PLAN, options={RULE: {"min-tech-mentions": mentions}})
    assert raised == []
    assert len(at_count) == 1


def test_the_framing_fact_is_reported_with_evidence() -> None:
    result, _ = it_driven(IT_PLAN)
    framing = result.facts["framing"]
    assert set(framing) >= {"tech_mentions", "user_mentions", "ratio", "top_tech_terms", "top_user_terms",
                            "system_subject_sentences", "it_owner_mentions", "business_owner_mentions", "evidence"}
    assert framing["evidence"] and all("quote" in e and "location" in e for e in framing["evidence"])
    assert "servers" in framing["top_tech_terms"] or "platform" in framing["top_tech_terms"]


# --- the shared corpus ------------------------------------------------------------------------------------


def test_corpus_ocio_hosting_strategy_fires() -> None:
    """British Columbia's hosting and application development strategy, from the Office of the CIO."""
    assert len(corpus_findings("ca-bc-hosting-and-application-development-strategy-2020.pdf")) == 1


@pytest.mark.parametrize(
    "name",
    [
        "uk-moj-digital-strategy-2012.pdf",
        "uk-gds-government-digital-strategy-2012.md",
        "dk-digital-strategy-2016-2020.pdf",
        "oxford-city-council-digital-strategy-2016.html",
        "ie-ict-skills-action-plan-2014-2018.pdf",
        "nl-digital-agenda-2016.pdf",
    ],
)
def test_corpus_user_led_and_economic_strategies_stay_quiet(name: str) -> None:
    assert corpus_findings(name) == []


def test_min_per_1000_words_option() -> None:
    _, findings = it_driven(IT_PLAN)
    density = findings[0].data["tech_per_1000_words"]
    _, raised = it_driven(IT_PLAN, options={RULE: {"min-per-1000-words": density + 1}})
    assert raised == []


def test_technology_words_spread_thinly_through_a_long_plan_are_not_it_driven() -> None:
    filler = " ".join(f"Residents in ward {n} will see their repairs fixed within a week." for n in range(300))
    _, findings = it_driven(IT_PLAN + "\n\n" + filler)
    assert findings == []


def test_ict_as_the_word_for_digital_is_not_technology_talk() -> None:
    text = " ".join(["ICT in schools helps pupils learn."] * 40)
    result, findings = it_driven(text)
    assert findings == [] and result.facts["framing"]["tech_mentions"] == 0


@pytest.mark.parametrize(("sentence", "counted"), [
    ("We publish biological diversity data for researchers.", False),
    ("We will put equality and diversity at the heart of recruitment.", True),
])
def test_diversity_counts_as_a_people_term_only_of_people(sentence: str, counted: bool) -> None:
    result = lint(sentence, rules=[RULE])
    assert (result.facts["framing"]["user_mentions"] > 0) is counted

"""integrated (SL201): digital tied to the organisation's own plan."""

from __future__ import annotations

import pytest

from strategylint.engine import Engine
from strategylint.facts import integration
from strategylint.parsers import read_document
from tests.conftest import corpus_file
from tests.helpers import findings_of, lint, make_document

RULE = "integrated"


@pytest.mark.parametrize("text", [
    "This strategy supports our Corporate Plan and its six themes.",
    "Every project is aligned with the council's priorities for housing and care.",
    "Digital will help deliver the clinical strategy by freeing up time to care.",
    "It is part of the government's programme for public service reform.",
    "The business plan sets three aims; this strategy shows how technology enables each.",
    "Enable ministries to grow, maintain, and modernize solutions that meet their business needs.",  # its own parts
])
def test_a_named_plan_silences_the_rule(text: str) -> None:
    result = lint(text, rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.signs["integrated"].present is True
    assert result.signs["integrated"].evidence


@pytest.mark.parametrize("text", [
    "Our digital team will build new apps and move our servers to the cloud.",
    "This digital strategy sets out our digital priorities.",  # the plan itself is not the plan it serves
    "We will replace the data centre by 2026.",
    # whose business: the firms', not the organisation's
    "Skilled staff allow companies that open a facility here to grow in their business.",
    "The clusters will enable players in the sector to realise their own particular business goals.",
    # the body that wrote the report, speaking
    "Which is why our mission recommends to set up innovation sandboxes to support AI.",
    # a technology plan, whatever its word order
    "The new Administration develops and publishes an AI National Policy to support growth.",
    "A central department owns the National Strategy for AI, supporting implementation.",
    # other countries' plans
    "To achieve these objectives we must address issues found in the government plans of developed countries.",
])
def test_fires_when_no_plan_is_named(text: str) -> None:
    result = lint(text, rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1
    assert findings[0].severity == "info" and findings[0].decisive
    assert findings[0].location.as_dict() == {}
    assert "integral to system and trust-level strategies" in findings[0].message
    assert result.signs["integrated"].present is False


def test_a_digital_strategy_naming_the_governments_digital_strategies_names_its_own_kind_of_plan() -> None:
    text = ("# Digital Strategy 2016-2020\n\nThe government Digital Strategies concern the authorities at all levels "
            "of government, and support them.\n")
    assert lint(text, rules=[RULE]).signs["integrated"].present is False
    ai = "# National AI Strategy\n\nThe government Digital Strategies concern the authorities, and support them.\n"
    assert lint(ai, rules=[RULE]).signs["integrated"].present is True  # an AI plan may serve a digital one


def test_link_and_mention_are_told_apart() -> None:
    text = "This strategy supports the Corporate Plan.\n\nSee the business plan for budgets."
    doc = Engine().analyse(make_document(text))
    found = doc.facts.get(integration.extract)
    assert len(found.links) == 1 and len(found.mentions) == 1
    assert "corporate plan" in found.plans


def test_corpus_gds_assisted_digital_is_integrated() -> None:
    path = corpus_file("uk-gds-assisted-digital-approach-2013.md")
    doc = Engine().analyse(read_document(path, Engine().limits))
    assert doc.facts.get(integration.extract).links


def test_a_section_headed_how_this_supports_the_strategy_silences_the_rule() -> None:
    text = "## How this supports the group strategy\n\nEach platform choice is tested against it.\n"
    result = lint(text, rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.signs["integrated"].present is True


def test_a_proper_name_is_a_plan_only_when_called_one() -> None:
    named = "The Horizon programme sets our direction.\n\nThis roadmap delivers Horizon."
    assert lint(named, rules=[RULE]).signs["integrated"].present is True
    unnamed = "Our data centre moves to the cloud.\n\nThis roadmap delivers Horizon."
    assert lint(unnamed, rules=[RULE]).signs["integrated"].present is False


def test_the_document_named_on_its_cover_is_not_the_plan_it_serves() -> None:
    # no metadata title: the cover line names the document, so "this ... Strategy" later is itself
    cover = ("# Hosting and Application Development Strategy\n\nDigital Delivery Unit June 2020\n\n"
             "## Introduction\n\nThis Hosting and Application Development Strategy is part of the broader Hosting "
             "and Application Development Framework.\n")
    result = lint(cover, rules=[RULE])
    assert result.signs["integrated"].present is False
    other = cover.replace("This Hosting and Application Development Strategy is part of",
                          "This strategy supports the Ministry Service Plan and is part of")
    assert lint(other, rules=[RULE]).signs["integrated"].present is True


def _integration(text: str) -> integration.Integration:
    return Engine().analyse(make_document(text)).facts.get(integration.extract)


def test_support_as_a_noun_is_not_how_digital_serves_a_plan() -> None:
    found = _integration("The study follows on initiatives of the Matrix Programme, and seminars there indicated "
                         "significant support for a proactive approach.")
    assert not found.links and len(found.mentions) == 1
    assert _integration("This strategy supports the Corporate Plan's six themes.").links


def test_an_artificial_intelligence_development_plan_is_a_technology_plan() -> None:
    found = _integration("The State Council issued a seminal document, entitled A Next Generation Artificial "
                         "Intelligence Development Plan, which supports growth.")
    assert not found.present


def test_another_body_s_named_plan_is_not_the_organisation_s() -> None:
    assert not _integration("Nuevo Leon's Special Programme for Science supports research in the region.").present
    assert _integration("This plan supports the Government's Research Prioritisation Action Plan.").links


def test_goals_said_to_serve_the_organisations_own_success_tie_the_plan_to_its_business() -> None:
    text = ("# MMTTC digital strategy\n\nGoal: Grow enrollment in the diploma course within the next year.\n\n"
            "Relevant: Higher enrollment rates directly impact the success and growth of MMTTC.\n")
    result = lint(text, rules=[RULE])
    assert findings_of(result, RULE) == [] and result.signs["integrated"].present is True
    assert result.signs["integrated"].evidence[0]["quote"].startswith("Relevant: Higher enrollment rates")
    # another's success is not the organisation's business
    other = text.replace("the success and growth of MMTTC", "the success and growth of the wider economy")
    assert findings_of(lint(other, rules=[RULE]), RULE)


def test_a_programme_the_organisation_names_as_its_own_is_a_plan_it_serves() -> None:
    found = _integration("This will focus on those priority projects that will support our Transforming Justice "
                         "programme.")
    assert found.links and found.plans == ("our transforming justice programme",)
    assert not _integration("Our digital plan will change how we work, and it will support our staff.").present


def test_the_organisation_as_a_place_is_not_its_business_plan() -> None:
    found = _integration("The Roadmap is based on contributions from across our business, and the teams in it.")
    assert not found.present
    assert _integration("Digital will help to deliver our business, its targets and its services.").present

"""The horizon fact: which sentences set the furthest year the document plans for, and whose target it is."""

from __future__ import annotations

import pytest

from strategylint.engine import Engine
from strategylint.facts.horizon import Horizon
from tests.helpers import make_document

AS_OF = 2024


def horizon(text: str, as_of: int | None = AS_OF, title: str | None = None) -> Horizon | None:
    doc = Engine(as_of=as_of).analyse(make_document(text, title=title))
    return doc.facts.horizon


# --- sentences that set the horizon ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "end", "owner"),
    [
        ("By 2030 we will have replaced every paper form with an online service.", 2030, "'we will'"),
        ("This three-year strategy sets out how the council modernises its services.", 2027,
         "'This three-year strategy'"),
        ("Over the next four years we will move every service online.", 2028, "we will"),
        ("This strategy covers 2024-2027 and the services it will change.", 2027, "'This strategy'"),
        # a one-year period the plan gives itself
        ("The measures in this agenda focus on the short term (2024 – 2025).", 2025, "'this agenda'"),
        ("This annual action plan lists what the service desk delivers next.", 2025, "'This annual action plan'"),
        # months: a marketing plan's goals
        ("Goal: Increase online bookings by 30% within six months.", 2025, "a goal it lists ('Goal:')"),
        # a goal stated impersonally
        ("The goal of broadband policy is for every home to have gigabit broadband by 2029.", 2029,
         "a goal it states"),
        # a passive target with no named body as its subject
        ("This means that 90 per cent of homes should have access to gigabit broadband by 2031.", 2031,
         "a target it sets ('should')"),
        ("Up to and including 2029, the council intends to provide £3 million for the implementation of the "
         "strategy.", 2029, "'the strategy'"),
    ],
)
def test_sentences_that_set_the_horizon(text: str, end: int, owner: str) -> None:
    found = horizon(text)
    assert found is not None, text
    assert (found.start, found.end) == (AS_OF, end)
    assert found.evidence.quote == text
    assert owner in found.owner, found.owner
    assert found.owner.startswith("the document's own")


def test_the_owner_quotes_the_first_person_cue() -> None:
    found = horizon("By 2030 we will have replaced every paper form with an online service.")
    assert found is not None
    assert found.owner == "the document's own ('we will')"


def test_a_vision_section_speaks_for_the_document() -> None:
    text = "# Our vision\n\nIn five years time, every resident will be able to book any service online."
    found = horizon(text)
    assert found is not None and found.end == 2029
    assert found.owner == "the document's own, in its section 'Our vision'"


def test_the_same_sentence_outside_a_vision_section_is_a_prediction() -> None:
    text = "# Context\n\nIn five years time, every resident will be able to book any service online."
    assert horizon(text) is None


def test_the_strategy_named_in_the_title_is_the_document_itself() -> None:
    found = horizon("The Digital Strategy for Schools runs until 2028.", title="Digital Strategy for Schools")
    assert found is not None and found.end == 2028
    assert "'The Digital Strategy for Schools'" in found.owner


def test_the_horizon_reports_whose_target_it_is() -> None:
    found = horizon("The Government has a target that every home has gigabit broadband by 2028.")
    assert found is not None and found.end == 2028
    assert found.owner == "the Government's, as the document states it"
    assert found.as_dict()["owner"] == found.owner


# --- sentences that do not -------------------------------------------------------------------------------

HOME = "Finland has strong universities. Finnish companies use data widely. Finland invests in skills. "


@pytest.mark.parametrize(
    "text",
    [
        # another country's targets, quoted in the plan
        HOME + "By 2030 China will be the world's leading AI innovation hub.",
        HOME + "The objective of this plan is to propel China to world leadership in AI by 2030.",
        # a prediction with the generic "we"
        "The AI products that will be most popular in the next 20 years, those that we will all use, have not "
        "yet been invented.",
        # a forecast, with a generic "our"
        "Furthermore, by 2040 the energy required for computation will have exceeded world energy production; "
        "our energy needs may also rocket.",
        # other strategies and plans named in the text
        "The National Strategy for Higher Education to 2030 sets out key priorities for universities.",
        "The Three-Year Plan for IT in Public Administration defines the objectives to be reached by 2031.",
        "Publish and implement the new schools strategy, which will set a direction for the next 8 years.",
        "We will support the National Strategy for Higher Education to 2035 in our own courses.",
        "The Government's National Strategy for Higher Education to 2035 sets the priorities for universities.",
        # a funding period
        "The Government proposes £120 million for broadband over the period 2025–2032.",
        # a named body's own deadline
        "Northwind Mapping Agency is to complete the national map by 2031.",
        # a condition inside the sentence, a conditional scenario and a question
        "The programme will be essential if the service is to reach every home within the next 8 years.",
        "If we fall behind, by 2030 our growth will be only 0.8% a year.",
        "What must be in place over the next 10 years for the plan to succeed?",
        # a forecast, and a statistic quoted from another body
        "Analysts estimate the global AI market will reach $1tn by 2035.",
        "According to the ONS, one in four residents will be over 65 by 2040.",
    ],
)
def test_sentences_that_do_not_set_the_horizon(text: str) -> None:
    assert horizon(text) is None, text


def test_other_countries_targets_in_an_international_section_are_theirs() -> None:
    text = ("# Our plan\n\nWe will move 80% of services online by 2026.\n\n"
            "## AI around the world\n\nThe national plan aims to lead the world in AI research by 2030.")
    found = horizon(text)
    assert found is not None and found.end == 2026


def test_a_title_period_that_began_long_before_publication_is_a_programme_banner() -> None:
    text = ("# Operational Programme Governance 2014-2020\n\nPublished March 2018\n\n"
            "This white paper discusses how public services may use artificial intelligence.")
    assert horizon(text, as_of=None) is None


def test_a_title_period_starting_at_publication_is_the_plan() -> None:
    text = "# Digital Strategy 2018-2022\n\nPublished March 2018\n\nWe will put residents first."
    found = horizon(text, as_of=None)
    assert found is not None and (found.start, found.end) == (2018, 2022)
    assert found.basis == "the title period"
    assert found.owner == "the document's own, in its title"


def test_history_does_not_set_the_horizon() -> None:
    text = "In 2017 the three-year plan for information technology was approved, with actions and deadlines."
    assert horizon(text, as_of=2016) is None


def test_the_plans_own_period_is_not_stretched_by_quoted_targets() -> None:
    text = ("This strategy covers 2024-2027.\n\n"
            "The Government's goal is for every home to have full fibre by 2033.")
    found = horizon(text)
    assert found is not None and found.end == 2027
    assert found.basis == "the plan's own period"


def test_a_stated_length_beyond_the_own_period_still_counts() -> None:
    text = "# Digital Strategy 2024-2027\n\nIt is the first step of our ten-year vision for the borough."
    found = horizon(text)
    assert found is not None and found.end == 2034


def test_targets_beside_another_plans_year_keep_ours() -> None:
    text = ("The National Strategy for Higher Education to 2030 sets the context. "
            "We will move every course booking online by 2027.")
    found = horizon(text)
    assert found is not None and found.end == 2027


def test_a_sentence_led_by_another_plans_name_gives_that_plans_goal() -> None:
    assert horizon("In Teknologipagten, the government has set a goal that in 10 years there are 10,000 more "
                   "engineers.") is None


def test_a_sentence_led_by_a_phase_of_this_plan_is_still_ours() -> None:
    found = horizon("In Phase 2, the council will move every remaining service online by 2031.")
    assert found is not None and found.end == 2031


def test_a_prediction_in_the_vision_section_is_not_a_target() -> None:
    text = "# Our vision\n\nBy 2040 the energy used by computing will have exceeded world energy production."
    assert horizon(text) is None


def test_a_period_in_a_sentence_about_the_past_is_not_a_horizon() -> None:
    assert horizon("Last spring the council adopted a new strategy for disability policy 2024-2031.") is None


def test_an_acronym_of_the_title_names_the_document() -> None:
    text = "The ministry will provide £30 million for implementing the AI strategy in the period from 2024 to 2031."
    found = horizon(text, title="Artificial Intelligence Strategy")
    assert found is not None and found.end == 2031
    assert found.basis == "the plan's own period"
    assert "'the AI strategy'" in found.owner
    assert horizon(text, title="Data Strategy") is None, "another strategy's funding period is not ours"

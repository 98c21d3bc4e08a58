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
        # months: a marketing plan's goals, done within the year it is published
        ("Goal: Increase online bookings by 30% within six months.", 2024, "a goal it lists ('Goal:')"),
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


def test_the_strategys_funding_beyond_its_stated_period_sets_the_horizon() -> None:
    # the money is planned to 2027: the plan runs that far, and the shorter period it names is kept beside it
    text = ("The strategy contains 24 initiatives. The government has earmarked DKK 60 million for 2019-2027. "
            "New projects will be launched in the strategy period for 2019-2022.")
    found = horizon(text, title="National Strategy for Artificial Intelligence", as_of=2019)
    assert found is not None and found.end == 2027 and found.basis == "the strategy's funding period"
    assert found.own_period is not None and found.own_period.end == 2022


def test_a_target_year_it_sets_beyond_its_timeline_sets_the_horizon() -> None:
    text = ("# Vision\n\nDigitising every aspect of the justice system possible by 2020.\n\n"
            "## Roadmap\n\n| 2013 | 2014 | 2015 |\n|---|---|---|\n| Exemplars | Redesign | Close paper |\n")
    found = horizon(text, as_of=2012)
    assert found is not None and found.end == 2020 and found.basis == "a target year"
    assert found.own_period is not None and found.own_period.basis == "its implementation timeline"
    assert found.own_period.end == 2015


def test_the_date_of_the_plans_review_does_not_stretch_its_period() -> None:
    found = horizon("# Digital Strategy 2024-2026\n\nWe will review this strategy by March 2028.", as_of=None)
    assert found is not None and found.end == 2026 and found.own_period is None


def test_an_acronym_of_the_title_names_the_document() -> None:
    text = "The ministry will provide £30 million for implementing the AI strategy in the period from 2024 to 2031."
    found = horizon(text, title="Artificial Intelligence Strategy")
    assert found is not None and found.end == 2031
    assert "'the AI strategy'" in found.owner
    assert horizon(text, title="Data Strategy") is None, "another strategy's funding period is not ours"


# --- time frames the document lays out: headings, lists, timelines, deadlines ----------------------------

# a cover and an opening paragraph of running text, so that what follows is the body, not the title
COVER = ("# Digital plan\n\nThe council serves a growing city, and residents expect to reach its services online "
         "at any time, on any device, without having to call or visit an office.\n\n")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (COVER + "## Long Term Vision - 2030\n\nEvery service is online.", 2030),
        (COVER + "## Our 2030 vision\n\nEvery service is online.", 2030),
        (COVER + "## Vision 2030\n\nEvery service is online.", 2030),
        (COVER + "## Information technology vision\n\n- Medium Term Vision - 2026\n- Roadmap to 2027\n\n"
         "Every service is online.", 2027),
    ],
)
def test_a_heading_or_list_item_naming_the_plans_vision_year(text: str, end: int) -> None:
    found = horizon(text)
    assert found is not None and found.end == end, text
    assert found.basis in ("the vision year it names", "a named target year")
    assert found.owner.startswith("the document's own")


@pytest.mark.parametrize(
    "text",
    [
        # another country's vision, and another named plan's
        COVER + HOME + "\n\n## Saudi Vision 2030\n\nThe kingdom has set out its plans.",
        COVER + "## Industrial Vision 2035\n\nThe ministry's plan sets the context.",
        # a vision year in an international section
        COVER + "## AI around the world\n\n- Vision 2030",
    ],
)
def test_someone_elses_vision_heading_is_not_the_horizon(text: str) -> None:
    assert horizon(text) is None, text


def test_a_list_of_time_frames_gives_the_longest() -> None:
    text = (COVER + "## Expected results\n\n- Short term (1-2 years)\n- Medium term (3-5 years)\n"
            "- Long term (>10 years)\n\nThe team builds the culture step by step.")
    found = horizon(text)
    assert found is not None and found.end == AS_OF + 10
    assert found.basis == "a time frame it lists"
    assert found.evidence.quote == "Long term (>10 years)"


def test_a_time_frame_with_a_date() -> None:
    text = (COVER + "## List of actions\n\nShort term (by 31 December 2024)\n\nMedium term (30 June 2026)\n\n"
            "Train the teachers.")
    found = horizon(text)
    assert found is not None and found.end == 2026


@pytest.mark.parametrize(
    "text",
    [
        # a timeline flattened into a paragraph, as PDF extraction leaves it
        COVER + "## Implementation plan\n\nNo Activity FY 24/25 FY 25/26 FY 26/27 FY 27/28 FY 28/29 Responsible (Lead "
        "Institution) 1 Conduct a skills gap assessment MINEDUC",
        # the same timeline as a table
        COVER + "## Implementation plan\n\n| Activity | 2024/25 | 2025/26 | 2026/27 | 2027/28 | 2028/29 |\n"
        "| --- | --- | --- | --- | --- | --- |\n| Skills audit | x | | | | |",
    ],
)
def test_the_last_column_of_the_plans_timeline_is_its_end(text: str) -> None:
    found = horizon(text)
    assert found is not None and found.end == 2029
    assert found.basis == "its implementation timeline"


@pytest.mark.parametrize(
    "text",
    [
        # a statistics table: predictions, not the plan's own columns
        COVER + "## Supply of graduates\n\nPredicted completions on computing courses 2024/25 - 2027/28\n\n"
        "Subject 2024/25 2025/26 2026/27 2027/28 Computer Science 120 130 140 150",
        # past years
        COVER + "## Implementation so far\n\nActivity 2019/20 2020/21 2021/22 2022/23 Responsible",
        # fiscal years with no plan around them
        COVER + "## Student numbers\n\nApplicants 2024/25 2025/26 2026/27 2027/28 by university",
        # a chart's axis
        COVER + "## Growth of the sector\n\nFigure 3: firms in the sector\n\n2025 2026 2027 2028 2029 2030",
    ],
)
def test_year_columns_that_are_not_the_plans_timeline(text: str) -> None:
    assert horizon(text) is None, text


def test_a_roadmaps_year_columns_are_its_timeline() -> None:
    text = ("# Digital roadmap\n\nOur digital roadmap:\n\nThis roadmap will be updated as our plans develop.\n\n"
            "2025 2026 2027")
    found = horizon(text)
    assert found is not None and found.end == 2027
    assert found.basis == "its implementation timeline"


def test_it_after_the_strategy_speaks_for_the_strategy() -> None:
    text = ("This strategy is intended to give clear direction on the future of IT. It focuses on hosting, and "
            "thereby sets the foundations for modern service delivery for the next 10 years and beyond.")
    found = horizon(text)
    assert found is not None and found.end == AS_OF + 10
    assert found.evidence.quote.startswith("It focuses")
    assert "'This strategy'" in found.owner and "sentence before" in found.owner


def test_the_strategy_as_subject_over_the_coming_decade() -> None:
    found = horizon("The strategy sets the direction for council services over the coming decade.")
    assert found is not None and found.end == AS_OF + 10


@pytest.mark.parametrize(
    "text",
    [
        # "it" is not the strategy
        "The market for cloud services is growing. It will double over the next 10 years.",
        # the sentence before names another plan
        "The national broadband plan is ambitious. It sets the foundations for the next 10 years.",
    ],
)
def test_it_after_something_else_is_not_the_strategy(text: str) -> None:
    assert horizon(text) is None, text


def test_within_six_months_is_a_horizon_within_the_year() -> None:
    found = horizon("We will move every booking online within six months.")
    assert found is not None and (found.start, found.end, found.years) == (AS_OF, AS_OF, 0)


@pytest.mark.parametrize(
    "text",
    [
        "The government has earmarked DKK 60 million for the strategy for 2024-2032.",
        "The strategy contains 24 initiatives. The government has earmarked DKK 60 million (EUR 9.2 million) "
        "for 2024-2032.",
    ],
)
def test_the_strategys_funding_period(text: str) -> None:
    found = horizon(text)
    assert found is not None and found.end == 2032
    assert found.basis == "the strategy's funding period"


@pytest.mark.parametrize(
    "text",
    [
        # money for something else, after the strategy is named
        "The strategy contains 24 initiatives. The Government proposes £120 million for broadband over the "
        "period 2025–2032.",
        # money for a period, but the sentence before is not about the strategy
        "Broadband is a priority. The government has earmarked DKK 60 million for 2024-2032.",
        # another body's money
        HOME + "\n\nThe strategy contains 24 initiatives. The EU has earmarked EUR 9 billion for 2024-2032.",
    ],
)
def test_other_funding_periods_are_not_the_strategys(text: str) -> None:
    assert horizon(text) is None, text


def test_the_latest_deadline_among_an_action_plans_actions() -> None:
    text = ("# ICT Action Plan\n\n## Actions\n\n| Action | Lead | Deadline |\n| --- | --- | --- |\n"
            "| Publish the skills survey | DEL | by Q4 2025 |\n| Launch the campaign | Board | Dec 2026 |\n\n"
            "Employers told us that skills are scarce.")
    found = horizon(text)
    assert found is not None and found.end == 2026
    assert found.basis == "the latest deadline among its actions"


@pytest.mark.parametrize(
    "text",
    [
        # dates outside the plan's actions
        "# Digital strategy\n\n## Background\n\n- The survey closes in December 2026",
        # history and starts in the action list
        "# Digital strategy\n\n## Actions\n\n- The pilot launched in April 2026\n- Service managers in place "
        "from April 2026",
    ],
)
def test_dates_that_are_not_action_deadlines(text: str) -> None:
    assert horizon(text) is None, text


def test_a_stated_period_outranks_the_action_deadlines() -> None:
    text = ("# Action Plan 2024-2026\n\n## Actions\n\n- Publish the survey by Q4 2025\n- Review the plan by "
            "March 2028")
    found = horizon(text, as_of=None)
    assert found is not None and found.end == 2026
    assert found.basis == "the title period"


def test_a_year_after_the_plans_name_in_the_title() -> None:
    found = horizon("# Digital Northern Ireland 2030\n\nPublished March 2024\n\nWe will connect every business.",
                    as_of=None)
    assert found is not None and (found.start, found.end) == (2024, 2030)
    assert found.basis == "the year in its title"


@pytest.mark.parametrize("title", ["# Digital Strategy\n\nStatus June 2026", "# Annual Report 2026"])
def test_a_date_in_the_title_is_not_a_vision_year(title: str) -> None:
    assert horizon(f"{title}\n\nPublished March 2024\n\nWe care about residents.", as_of=None) is None


def test_the_deadlines_in_a_list_of_what_we_will_do() -> None:
    text = (COVER + "## Developing a service standard\n\nThe Digital Service will:\n\n"
            "- publish the standard by April 2025\n- develop final proposals by the end of 2026\n\n"
            "Users will need a way to find help.")
    found = horizon(text)
    assert found is not None and found.end == 2026
    assert found.basis == "the latest deadline among its actions"
    assert "The Digital Service will:" in found.owner


def test_a_list_that_is_not_a_list_of_actions_gives_no_deadline() -> None:
    text = COVER + "## What users told us\n\nUsers said:\n\n- the survey closes in December 2026"
    assert horizon(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # the plan of the past
        "The strategy was adopted in 2015. It ran for the next five years and beyond.",
        # a report describes; it does not plan
        "This report sets out what we found. It describes the sector over the next 10 years.",
        # money already spent after the strategy is named
        "This strategy builds on our work. We have been given £5m over 2023-2026, which was spent on devices.",
    ],
)
def test_it_and_funding_that_are_not_the_plans_horizon(text: str) -> None:
    assert horizon(text) is None, text


@pytest.mark.parametrize("text", [
    "Raise total research and development (R&D) investment to 2.4% of GDP by 2035.",
    "The Government's goal is to raise overall R&D intensity to 2.4% by 2035.",
    "Total R&D spending across public and private sectors should reach 2.4% by 2035.",
])
def test_a_target_for_the_whole_economy_is_not_the_plans_horizon(text: str) -> None:
    assert horizon(text) is None, text
    assert horizon("We will move 80% of transactions online by 2027.") is not None


@pytest.mark.parametrize("text", [
    "To achieve this, we are committing to work with the private sector to boost R&D spending to 2.4% by 2035.",
    "We will raise total R&D investment to 2.4% of GDP by 2035.",
])
def test_a_whole_economy_target_the_document_commits_to_is_its_own(text: str) -> None:
    found = horizon(text)
    assert found is not None and found.end == 2035, text


def test_a_target_for_the_documents_own_country_is_its_target() -> None:
    home = "Belgium needs fast networks. Every firm in Belgium will be online, and every school in Belgium.\n\n"
    text = "By 2029 at least half of the connections in Belgium must achieve speeds of 1 Gbps."
    found = horizon(home + text, title="Digital Belgium")
    assert found is not None and found.end == 2029
    assert horizon(home + text.replace("in Belgium", "in France"), title="Digital Belgium") is None, \
        "another country's target"


def test_a_length_in_months_stated_for_this_plan_is_its_horizon() -> None:
    found = horizon("An estimated budget of $375,000 would be required to complete this strategy over a "
                    "6-month timeline.")
    assert found is not None and (found.end, found.basis) == (AS_OF, "a 6-month plan")
    found = horizon("We will deliver this 18-month plan with the service teams.")
    assert found is not None and found.end == AS_OF + 1


def test_an_estimate_sets_no_target_year_even_for_this_plan() -> None:
    assert horizon("This strategy estimates that the market would grow to £2bn by 2030.") is None
    assert horizon("An estimated 6-month timeline would be needed by other councils.") is None

"""The commitments fact: an action table's row gives its action a date and an owner."""

from __future__ import annotations

from strategylint.engine import Engine
from tests.helpers import make_document

ACTION = "We will seek to coordinate support for innovative projects in schools."


def commitment_of(specs: list[tuple[str, str]]) -> tuple[bool, bool]:
    doc = Engine(as_of=2015).analyse(make_document(specs))
    (commitment,) = [c for c in doc.facts.commitments if c.sentence.text == ACTION]
    return commitment.measurable, commitment.owned


def test_the_cells_after_an_action_in_its_row_are_its_date_and_owner() -> None:
    assert commitment_of([("h", "Actions"), ("li", ACTION), ("p", "2015-2020"),
                          ("p", "ICT Policy Unit (DES) and PDST-TIE")]) == (True, True)
    assert commitment_of([("h", "Actions"), ("li", ACTION), ("p", "Ongoing")]) == (True, False)


def test_a_cell_whose_only_acronym_is_a_technology_s_names_no_lead_body() -> None:
    # the next row's company ("Element AI") or a title ("Publication of the AI Review") is no owner
    for cell in ("Element AI", "Publication of the AI Review", "ICT Sector"):
        assert commitment_of([("h", "Actions"), ("li", ACTION), ("p", "2015-2020"), ("p", cell)]) == (True, False)
    for cell in ("ICT Policy Unit", "IT Employers and Educators Forum", "DES and the AI Council"):
        assert commitment_of([("h", "Actions"), ("li", ACTION), ("p", "2015-2020"), ("p", cell)]) == (True, True)


def test_the_evidence_of_an_action_in_a_table_carries_its_row() -> None:
    doc = Engine(as_of=2015).analyse(make_document([("h", "Actions"), ("li", ACTION), ("p", "2015-2020"),
                                                    ("p", "ICT Policy Unit (DES) and PDST-TIE")]))
    (commitment,) = [c for c in doc.facts.commitments if c.sentence.text == ACTION]
    assert commitment.evidence.quote == f"{ACTION} | 2015-2020 | ICT Policy Unit (DES) and PDST-TIE"
    assert commitment.evidence.note == "with its row's timeline and lead"


def test_an_action_followed_by_prose_has_no_row() -> None:
    assert commitment_of([("h", "Actions"), ("li", ACTION),
                          ("p", "Schools across the country have asked for this support for many years now.")]) \
        == (False, False)


def test_a_heading_ends_the_row() -> None:
    assert commitment_of([("h", "Actions"), ("li", ACTION), ("h", "2016-2018"), ("p", "DES")]) == (False, False)


def _commitments(text: str) -> list[str]:
    doc = Engine(as_of=2024).analyse(make_document(text))
    return [c.sentence.text for c in doc.facts.commitments]


def test_an_instruction_under_an_actions_heading_is_a_commitment() -> None:
    text = ("# Priority capabilities\n\nCustomer identity\n\n"
            "Establish one trusted record of customers and patients.\n\n"
            "Invest £20 million in the application of AI in the services sector.\n\n"
            "Support AI innovation to raise productivity:\n")
    assert _commitments(text) == ["Establish one trusted record of customers and patients.",
                                  "Invest £20 million in the application of AI in the services sector."]


def test_an_instruction_elsewhere_is_not() -> None:
    text = "# Background\n\nEstablish one trusted record of customers and patients, the report said in 2019.\n"
    assert _commitments(text) == []


def _facts(text: str) -> dict[str, tuple[bool, bool, bool]]:
    """Each commitment's (measurable, owned, in own voice), by its text."""
    doc = Engine(as_of=2024).analyse(make_document(text))
    return {c.sentence.text: (c.measurable, c.owned, c.in_own_voice) for c in doc.facts.commitments}


def test_actions_on_a_schedule_are_dated_by_its_scale() -> None:
    chart = ("# Year 1 actions\n\n- Identify data needs to answer priority questions\n"
             "- Publish and update the data inventories\n\n0–3 Months 4–6 Months 7–9 Months 10–12 Months\n")
    assert _facts(chart)["Identify data needs to answer priority questions"][0] is True
    no_scale = chart.replace("0–3 Months 4–6 Months 7–9 Months 10–12 Months", "Legend and notes on this chart")
    assert _facts(no_scale)["Identify data needs to answer priority questions"][0] is False
    # a row of calendar years is as often the header of a table of figures
    years = chart.replace("0–3 Months 4–6 Months 7–9 Months 10–12 Months\n", "").replace(
        "# Year 1 actions\n\n", "# Year 1 actions\n\n2019 2020 2021 2022\n\n")
    assert _facts(years)["Identify data needs to answer priority questions"][0] is False


def test_a_body_the_action_creates_is_not_its_owner() -> None:
    facts = _facts("# Actions\n\n- Create an OMB Federal Data Policy Committee\n"
                   "- Launch a Federal Chief Data Officer Council\n- The Data Policy Committee will publish guidance\n")
    assert facts["Create an OMB Federal Data Policy Committee"][1] is False
    assert facts["Launch a Federal Chief Data Officer Council"][1] is False
    assert facts["The Data Policy Committee will publish guidance"][1] is True


def test_a_plan_is_not_a_body_that_owns_a_promise() -> None:
    facts = _facts("These annual Action Plans will identify the steps for a given year.\n\n"
                   "The Digital Service will identify the steps for a given year.")
    assert facts["These annual Action Plans will identify the steps for a given year."][1] is False
    assert facts["The Digital Service will identify the steps for a given year."][1] is True


def test_a_forecast_is_not_a_promise() -> None:
    assert _commitments("Unchanged, Northern Ireland will inevitably under realise its potential.\n\n"
                        "AI will undoubtedly accelerate progress in imaging.") == []
    assert _commitments("Northern Ireland will open three digital hubs.") != []


def test_the_document_s_own_voice_is_told_from_a_case_study_s() -> None:
    facts = _facts("# Akvaplan-niva data strategy\n\n"
                   "We will publish every dataset with a licence and an identifier for the public.\n\n"
                   "The Department aims to make its data findable by anyone who needs it.\n\n"
                   "Once this strategy is implemented, Akvaplan-niva will have taken a step towards transparency.\n\n"
                   "In 2018 EMRAD formed a partnership with two companies. It aims to improve service capacity.\n\n"
                   "The largest impacts in Akvaplan-niva will be on the field stations and their staff.")
    own = {text: voice for text, (_, _, voice) in facts.items()}
    assert own["We will publish every dataset with a licence and an identifier for the public."] is True
    assert own["The Department aims to make its data findable by anyone who needs it."] is True
    assert own["Once this strategy is implemented, Akvaplan-niva will have taken a step towards transparency."] is True
    assert own["It aims to improve service capacity."] is False
    assert own["The largest impacts in Akvaplan-niva will be on the field stations and their staff."] is False


def test_a_dated_statement_of_what_will_be_done_is_a_measurable_commitment() -> None:
    doc = Engine(as_of=2016).analyse(make_document(
        "In 2019, all relevant upper-secondary written exams will be digital.\n\n"
        "At the end of 2016, a total of 16 projects will have been launched to test welfare solutions.\n\n"
        "A Data Framework was published in July 2016 that sets out principles that will guide the NHS.\n\n"
        "By 2020, analysts predict that half of all jobs will change.\n\n"
        "In 2035 every home will have gigabit broadband."))
    dated = {c.sentence.text: c.measurable for c in doc.facts.commitments if c.basis == "dated"}
    assert dated == {"In 2019, all relevant upper-secondary written exams will be digital.": True,
                     "At the end of 2016, a total of 16 projects will have been launched to test welfare solutions.":
                         True}


def test_a_recommendation_with_its_owner_at_its_head_is_owned() -> None:
    facts = _facts("# Recommendations\n\n- Department for the Economy to work with industry on graduate routes\n"
                   "- Educational institutions and industry to work with each other on skill sets\n"
                   "- Seek potential for Government support for new courses\n"
                   "- A model to be developed of the future workforce\n")
    assert facts["Department for the Economy to work with industry on graduate routes"][1] is True
    assert facts["Educational institutions and industry to work with each other on skill sets"][1] is True
    assert facts["Seek potential for Government support for new courses"][1] is False
    assert facts["A model to be developed of the future workforce"][1] is False


def test_a_case_study_and_a_question_hold_no_commitment_of_the_plan() -> None:
    doc = Engine(as_of=2019).analyse(make_document(
        "# Our plan\n\nWe will open the AI Lab in 2020.\n\n"
        "## Appendix: Case Studies\n\n### Breast screening\n\n"
        "For example, we will be training and testing a capacity planner.\n\n"
        "# Data protection\n\nWho will be processing it (will it be shared).\n\nHow will it be stored?\n"))
    assert [c.sentence.text for c in doc.facts.commitments] == ["We will open the AI Lab in 2020."]


def test_the_items_after_we_will_colon_are_each_a_promise() -> None:
    doc = Engine(as_of=2019).analyse(make_document(
        "# Data\n\nTo achieve this, we will:\n\n- publish the data by March 2020\n- support councils\n\n"
        "The standards will include:\n\n- over 40 security standards\n\nA closing paragraph on data sharing here.\n"))
    found = [(c.sentence.text, c.basis, c.measurable, c.actor) for c in doc.facts.commitments]
    assert found == [("publish the data by March 2020", "promised item", True, "we"),
                     ("support councils", "promised item", False, "we")]


SWEDEN = ("Sweden has a strong position in AI research. Sweden needs to develop partnerships on the use of AI with "
          "other countries. Sweden invests in universities, and Sweden trains engineers.")


def _promised(text: str) -> list[str]:
    doc = Engine(as_of=2018).analyse(make_document([("h", "Introduction"), ("p", text)]))
    return [c.sentence.text for c in doc.facts.commitments]


def test_what_the_organisation_or_its_country_needs_to_do_is_the_plan() -> None:
    assert _promised(SWEDEN) == ["Sweden needs to develop partnerships on the use of AI with other countries."]
    assert _promised("We need to provide mechanisms to reach cloud computing services.") == [
        "We need to provide mechanisms to reach cloud computing services."]
    assert _promised("The Government needs to review the procurement rules for AI.") != []


def test_what_others_need_to_do_is_no_promise() -> None:
    assert _promised("Users need to log in to the portal before they can book a visit.") == []
    assert _promised(SWEDEN + " Denmark needs to build a data centre for its research institutes.") == [
        "Sweden needs to develop partnerships on the use of AI with other countries."]


def _dated_lines(lines: list[str]) -> list[tuple[str, bool]]:
    doc = Engine(as_of=2012).analyse(make_document([("h", "Exemplars"), *(("p", line) for line in lines)]))
    return [(c.sentence.text, c.measurable) for c in doc.facts.commitments]


def test_a_short_dated_line_of_a_roadmap_is_a_measurable_commitment() -> None:
    assert _dated_lines(["Lasting Power of Attorney - online application by April 2013",
                         "Deputyships by June 2014", "Single Intranet"]) == [
        ("Lasting Power of Attorney - online application by April 2013", True), ("Deputyships by June 2014", True)]


def test_a_dated_line_that_is_done_far_off_forecast_or_long_is_not_a_roadmap_item() -> None:
    assert _dated_lines([
        "The pilot was completed by April 2012.",  # done
        "Broadband demand could double by 2015.",  # a forecast
        "Every home connected by 2030",  # beyond the plan's near term
        "The department has limited aggregated data on its services, which it expects to improve greatly by 2014.",
    ]) == []

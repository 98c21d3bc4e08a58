"""q2-mission (SL302): a succinct mission or vision, or a headline ambition."""

from __future__ import annotations

import pytest

from strategylint.parsers import read_document
from tests.conftest import corpus_file
from tests.helpers import findings_of, lint

RULE = "q2-mission"


def status(text: str) -> str:
    return lint(text, rules=[RULE]).board[RULE].status


def test_a_succinct_repeated_mission_is_addressed() -> None:
    text = ("# Digital strategy\n\n## Our mission\n\nTo be the work from anywhere trust.\n\n## Devices\n\n"
            "Laptops for every nurse make us the work from anywhere trust.\n")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    assert findings_of(result, RULE) == []
    assert result.board[RULE].evidence[0]["quote"] == "To be the work from anywhere trust."


def test_a_stated_mission_sentence_counts() -> None:
    assert status("Our mission is to make every council service simple online. "
                  "By 2026 we make every council service simple online.") == "addressed"


def test_a_mission_stated_once_is_addressed_and_repetition_is_shown_when_present() -> None:
    once = lint("Our vision is a healthier county where care is joined up.\n\nWe will buy laptops.", rules=[RULE])
    assert once.board[RULE].status == "addressed"
    twice = lint("Our vision is a healthier county where care is joined up.\n\n"
                 "Laptops help make a healthier county where care is joined up.", rules=[RULE])
    notes = [e.get("note") for e in twice.board[RULE].evidence]
    assert "repeats the mission" in notes


def test_a_narrow_aim_in_passing_is_partial() -> None:
    result = lint("# Wi-Fi\n\nThe aim is to improve information security in the area.", rules=[RULE])
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert "narrower purpose or aim" in finding.message and not finding.decisive


def test_an_owned_vision_introduced_with_a_colon_takes_the_next_sentence() -> None:
    text = ("The Department's vision for ICT integration in Irish schools is to:\n\n"
            "Realise the potential of digital technologies to enhance teaching, learning and assessment.")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    assert result.board[RULE].evidence[0]["quote"].startswith("The Department's vision")


def test_a_headline_ambition_of_the_country_the_plan_is_about_counts() -> None:
    text = ("Finland will be a safe and democratic society that produces the world's best services. "
            "Finland invests in skills. Finland opens its data. "
            "China will be the world's leading AI innovation hub by 2030.")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    assert result.board[RULE].evidence[0]["quote"].startswith("Finland will be")


def test_another_countrys_ambition_is_not_this_plans_mission() -> None:
    among_many = " ".join(f"Schools in region {n} get new laptops." for n in range(40))
    assert status(among_many + " China will be the world's leading AI innovation hub by 2030.") == "missing"


def test_another_plans_aim_is_not_this_strategys_mission() -> None:
    ireland = " ".join(f"Ireland connects {n} more schools." for n in range(10))
    text = ireland + " The 2013 Action Plan for Jobs aims to position Ireland as a global leader in data."
    assert status(text) == "missing"
    ours = ireland + " Our goal is a society in which everyone can use the internet."
    assert status(ours) == "addressed"
    part = ireland + " The goal of this agenda is to increase the supply of ICT professionals."
    assert status(part) == "partial"


def test_the_vision_for_one_mechanism_is_not_the_mission() -> None:
    text = ("# Infrastructure\n\nFor example, the vision for Data Trusts is that they will allow two parties to "
            "share data.")
    assert status(text) == "missing"


def test_our_ambition_after_a_lead_in_is_a_headline_ambition() -> None:
    text = ("As important as the growth of these clusters is, our ambition is for AI to be adopted by businesses "
            "across the country.")
    assert status(text) == "addressed"


def test_the_aim_of_the_project_a_report_is_about_is_partial() -> None:
    results = " ".join(f"The FATIH project gave tablets to {n} schools in region {n}." for n in range(40))
    text = (f"# Results\n\n{results}\n\n"
            "# FATIH Project\n\nIt aims to provide equal opportunities for schools to use information technologies.")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "partial"
    assert result.board[RULE].evidence[0]["quote"].startswith("It aims to provide")
    assert status(text.replace("# FATIH Project", "# Background")) == "missing"


def test_diagram_labels_under_a_mission_heading_are_not_a_statement() -> None:
    assert status("## Mission\n\nPrinciples Practices Action Steps\n\n## Devices\n\nWe buy laptops.") == "missing"


def test_a_long_mission_is_partial() -> None:
    long = ("Our vision is that " + " ".join(["patients and carers and staff"] * 12) + " benefit. "
            "Patients, carers and staff deserve it.")
    result = lint(long, rules=[RULE])
    assert result.board[RULE].status == "partial"
    assert "words, more than 30" in findings_of(result, RULE)[0].message


def test_no_mission_is_missing() -> None:
    result = lint("# Plan\n\nWe will buy laptops and fix the Wi-Fi.", rules=[RULE])
    assert result.board[RULE].status == "missing"
    assert findings_of(result, RULE)[0].message.startswith("Does your digital strategy have a succinct mission")


def test_a_mission_in_the_contents_or_glossary_does_not_count() -> None:
    text = "# Contents\n\nOur vision is to lead. Our vision is to lead.\n\n# Glossary\n\nVision: where we want to be.\n"
    assert status(text) == "missing"


def test_other_words_for_vision_do_not_make_a_mission() -> None:
    assert status("The television service is popular. We will review its visibility.") == "missing"


def test_corpus_denmark_states_its_vision() -> None:
    result = lint(read_document(corpus_file("dk-digital-strategy-2016-2020.pdf")), rules=[RULE])
    assert result.board[RULE].status in ("addressed", "partial")


def test_the_purpose_of_the_named_strategy_is_a_headline_statement() -> None:
    text = ("The Federal Data Strategy (FDS) guides agencies. The FDS sets practices. Agencies report on the FDS. "
            "Plans advance the purpose of FDS: to leverage the full value of federal data for the public good.")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    assert result.board[RULE].evidence[0]["quote"].startswith("Plans advance the purpose of FDS")


def test_the_objective_of_the_strategy_is_a_headline_statement() -> None:
    assert status("The main objective of this strategy is to make every service simple online.") == "addressed"


def test_with_the_objective_to_make_the_country_counts() -> None:
    text = ("Belgium's Federal Government launched Digital Belgium in April 2015, with the objective to make\n\n"
            "Belgium a digital front-runner in Europe.\n\nBelgium invests in skills. Belgium opens its data.")
    assert status(text) == "addressed"
    assert status("Digital Belgium aims to make Belgium a digital front-runner in Europe. "
                  "Belgium invests in skills.") == "addressed"


@pytest.mark.parametrize("text", [
    "The objective of the meeting is to agree the budget for new laptops.",
    "The purpose of the workshop: to gather views from every ward on the new rota.",
    "Among many schools in the region, one project has the objective to make Paris a digital capital city.",
])
def test_an_objective_of_something_else_is_not_a_mission(text: str) -> None:
    assert status(text) == "missing"


def test_vision_and_mission_labels_flattened_from_a_table_count() -> None:
    text = ("The policy is oriented around the following vision and mission statements. Vision Mission "
            "To become a global center for AI To leverage AI to power economic growth, research and innovation "
            "improve quality of life.")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    labelled = "Our plan. Vision: To be the healthiest county in the region. Mission: To join up care."
    assert status(labelled) == "addressed"


def test_vision_as_a_name_is_not_a_flattened_label() -> None:
    assert status("Rwanda will achieve the objectives in Vision 2050 through many projects.") == "missing"


def test_making_the_country_the_worlds_leader_is_a_headline_objective() -> None:
    text = ("By 2030 China's AI theories and technologies should achieve world-leading levels, making China the "
            "world's primary AI innovation center. China invests in research. China trains engineers.")
    assert status(text) == "addressed"
    council = " ".join(f"Our council fixes pothole number {n}." for n in range(60))
    other = council + " By 2030 AI should lead, making China the world's primary AI innovation center."
    assert status(other) == "missing"  # another country's aim quoted in passing


def test_a_defined_slogan_repeated_through_the_text_is_the_mission() -> None:
    text = ("By digital by default, we mean digital services so straightforward that all who can use them choose "
            "to. Services will become digital by default. Each department plans to be digital by default. "
            "Digital by default saves money.")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    assert result.board[RULE].evidence[0]["quote"].startswith("By digital by default, we mean")
    once = "By digital by default, we mean digital services so straightforward that all who can use them choose to."
    assert status(once) == "missing"  # defined once and never used again: a definition, not a mission


def test_without_a_mission_the_aim_it_opens_with_is_a_partial_answer() -> None:
    text = ("# Introduction\n\nAkvaplan-niva's data must be published on the web to become easy to find and use.\n\n"
            "# Pipelines\n\nWe build pipelines with open source tools.")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "partial"
    assert result.board[RULE].evidence[0]["quote"].startswith("Akvaplan-niva's data must be published")


def test_a_template_instruction_is_not_an_aim() -> None:
    text = ("# Goals\n\n[Give an overview of the goals the client will reach.]\n\nEach goal should be listed as a "
            "bullet.\n\n<CLIENT NAME> will grow. <DATE> is when. [Insert budget] here.")
    assert lint(text, rules=[RULE]).board[RULE].status == "missing"


def test_an_aim_far_into_the_document_is_not_its_opening() -> None:
    filler = "\n\n".join(["The team met the suppliers and reviewed the contracts in detail."] * 200)
    text = filler + "\n\nThe council must publish its data on the web for everyone."
    assert lint(text, rules=[RULE]).board[RULE].status == "missing"


def test_one_field_s_goal_is_not_the_headline_mission() -> None:
    text = ("# The environment\n\nOur goal is to initiate 50 flagship applications in this field.\n\n"
            "# Summary\n\nGermany is to become a leading centre for AI, through the transfer of research to "
            "applications.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert evidence[0]["quote"].startswith("Germany is to become a leading centre")


def test_a_part_of_a_mission_or_a_mission_that_is_a_task_force_is_not_a_mission_statement() -> None:
    assert status("Moreover, one of the main points of our mission is to consider these high standards as "
                  "strategic opportunities.") == "missing"
    assert status("Our mission is aware of these reservations, which are all the more relevant now.") == "missing"
    assert status("Our mission is to consider these high standards as strategic opportunities.") != "missing"


def test_a_mission_heading_over_the_members_biographies_states_no_mission() -> None:
    text = ("# The mission\n\nCédric Villani Mathematician and Member of the National Assembly\n\n"
            "Cédric Villani is a French mathematician and a former student of the École normale supérieure. "
            "He received a doctorate in mathematics and he won the Fields Medal in 2010.\n")
    assert status(text) == "missing"
    assert status("# Our mission\n\nWe make every council service simple enough to use online first time.\n") \
        != "missing"


def test_another_named_body_s_vision_is_not_the_document_s_mission() -> None:
    profiles = ("# Mexico's AI opportunity\n\nMexico should invest in AI now, and Mexico should train more data "
                "scientists.\n\n## State profiles\n\nPuebla's vision is to articulate policies to increase the "
                "competitiveness of strategic sectors.\n")
    assert status(profiles) != "addressed"
    own = "The Department's vision for ICT in schools is to realise the potential of digital technologies for learning."
    assert status(own) == "addressed"
    subject = ("# Oxford City Council digital strategy\n\nOxford City Council's vision is to deliver world class "
               "digital services to our customers.\n\nOxford City Council serves 150,000 residents.\n")
    assert status(subject) == "addressed"


def test_an_aim_named_in_the_sentence_after_it_is_the_documents_mission() -> None:
    text = ("# Introduction\n\nNow more than ever, we have to give a meaning to the AI revolution. This is the aim of "
            "this report.\n\n## Research\n\nWe will fund four institutes.\n")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    assert result.board[RULE].evidence[0]["quote"] == (
        "Now more than ever, we have to give a meaning to the AI revolution.")
    # the aim of something else, or a sentence that is no statement, is not
    other = "# Services\n\nWhich offering fits best? This is the purpose of solution architecture."
    assert status(other) != "addressed"


def test_a_programmes_objective_in_a_section_on_another_country_is_not_the_mission() -> None:
    text = ("# France's AI strategy\n\nFrance will train more people in AI. France will fund research in France.\n\n"
            "## The Coding Boot Camps in Israel\n\nThe overarching objective of this programme is to encourage "
            "private initiatives for the vocational training of seniors.\n")
    result = lint(text, rules=[RULE])
    assert not any("vocational" in (e["quote"] or "") for e in result.board[RULE].evidence)


def test_the_purpose_of_another_body_s_report_is_not_the_mission() -> None:
    text = ("# ICT Action Plan\n\nWe will train more people in software.\n\n"
            "## Oxford Economics - ‘Research Study on High-Level Skill Needs’\n\nIts purpose is to ascertain the "
            "current staffing levels of IT companies and to assess their recruitment demands.\n")
    result = lint(text, rules=[RULE])
    assert not any("ascertain" in (e["quote"] or "") for e in result.board[RULE].evidence)
    # a phrase in quotes is no report: "Promoting ‘Channel Shift’", "Theme 2 – ‘Digital by default’"
    for heading in ("Promoting ‘Channel Shift’", "Theme 2 – ‘Digital by default’"):
        own = text.replace("Oxford Economics - ‘Research Study on High-Level Skill Needs’", heading)
        assert any("ascertain" in (e["quote"] or "") for e in lint(own, rules=[RULE]).board[RULE].evidence)


def test_the_aim_named_before_its_statement_is_the_documents_mission() -> None:
    text = ("# Digital strategy\n\nAt its core, that is the ambition of this Strategy - to create a world-leading "
            "digital economy that works for everyone.\n\nWe will fund broadband.\n")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    assert result.board[RULE].evidence[0]["quote"].startswith("At its core, that is the ambition of this Strategy")


def test_a_slogan_of_function_words_is_no_slogan() -> None:
    means = "And it means building a country in which future generations do better than their parents."
    text = "\n\n".join([means] + ["And it is time. And it will work. And it matters to us all."] * 3)
    assert all("slogan" not in (e.get("note") or "") for e in lint(text, rules=[RULE]).board[RULE].evidence)

"""What the analysis gives every fact: the body sentences, and the folded lower-case text that facts test
for plain substrings before their patterns."""

from __future__ import annotations

import re
import string

import pytest

from strategylint.analysis import fold
from strategylint.engine import Engine
from tests.helpers import make_document


def body(source: str) -> list[str]:
    """The text of each body sentence of a document built from `source`."""
    return [s.text for s in Engine().analyse(make_document(source)).body_sentences]


def test_body_sentences_leave_out_contents_glossaries_and_references() -> None:
    source = ("# Table of Contents\n\n- Alignment with the Corporate Plan\n- Users\n\n"
              "# Our plan\n\nWe asked 300 residents what they need.\n\n"
              "# Glossary\n\nAPI: application programming interface.\n\n"
              "# References\n\nUser research with residents, Council report, 2019.")
    assert body(source) == ["We asked 300 residents what they need."]


def test_body_sentences_leave_out_a_template_s_bracketed_instructions() -> None:
    source = ("# Marketing goals\n\n[ Identify the results that you are suggesting to focus on. Use the SMART goal "
              "format. ]\n\nWe will double online bookings by 2026.\n\n[1] Footnotes keep their text.")
    assert body(source) == ["We will double online bookings by 2026.",
                                                    "[1] Footnotes keep their text."]


def test_body_sentences_leave_out_sources_citations_and_acknowledgements() -> None:
    source = ("# Starting point\n\nSource: The OECD and the European Commission, 2018\n\n"
              "Sources: Statistics Denmark 2018.\n\n"
              "‘Research Study on High Level Skill Needs in Northern Ireland ICT Sector’, Oxford Economics (2009)\n\n"
              "Acknowledgements: The authors are grateful to the National Digital Strategy Office.\n\n"
              "Translator’s note: This refers to the Medium and Long-term Plan for S&T Development.\n\n"
              "The source of our data is the national register.\n\n# Acknowledgements\n\nWe thank our partners.")
    assert body(source) == ["The source of our data is the national register."]


def test_body_sentences_leave_out_a_list_of_works_cited_but_keep_cited_claims() -> None:
    source = ("# Context\n\nThe strategy draws on:\n\n"
              "- The National Strategy to improve Literacy and Numeracy (2011-2020), (Department of Education and "
              "Skills, 2011).\n- School Self-Evaluation (Department of Education and Skills, 2012).\n\n"
              "(MoNE, 2023)\n\n"
              "As many as 60% of Danish businesses were unable to find IT specialists in 2017 (Statistics Denmark, "
              "2018).")
    assert body(source) == ["The strategy draws on:",
                            "As many as 60% of Danish businesses were unable to find IT specialists in 2017 "
                            "(Statistics Denmark, 2018)."]


def test_an_instruction_in_brackets_may_run_over_a_few_paragraphs() -> None:
    source = ("# Proposed strategy\n\n[ We use the Flywheel approach to build an inbound marketing strategy.\n\n"
              "Provide a summary of the overall strategy and the tactics you suggest.\n\n"
              "You also need to identify the KPIs you plan on tracking. ]\n\nWe will double online bookings by 2026."
              "\n\n[ An aside that never closes.\n\nThe council will publish its data.")
    assert body(source) == ["We will double online bookings by 2026.",
                                                    "[ An aside that never closes.",
                                                    "The council will publish its data."]


def test_body_sentences_leave_out_a_passage_the_document_quotes_from_another() -> None:
    source = ("# Exports\n\nAccording to information published by the Ministry of Defense:\n\n"
              "The committee assesses the risk of misuse by unauthorised end users.\n\n"
              "We will set up an observatory.\n\n"
              "The Minister said:\n\n“Government must become a digital organisation.\n\n"
              "The best services are digital.”\n\n"
              "We will publish our data.\n\nWe will:\n\nOpen our code.")
    assert body(source) == ["According to information published by the Ministry of Defense:",
                            "We will set up an observatory.", "The Minister said:", "We will publish our data.",
                            "We will:", "Open our code."]
    # the organisation's own plan or people quoted are its own words
    own = ("# Plan\n\nAs our Chief Executive said:\n\nWe will be digital by default.\n\n"
           "According to our Corporate Plan:\n\nResidents come first.")
    assert body(own)[-3:] == ["We will be digital by default.", "According to our Corporate Plan:",
                              "Residents come first."]


@pytest.mark.parametrize(("text", "folded"), [
    ("Our PRINCIPLES", "our principles"),
    ("Miſſion", "mission"),  # the long s
    ("PRİNCİPLES", "principles"),  # the dotted capital I, which lower() makes an i and a combining dot
    ("prıncıples", "principles"),  # the dotless i
    ("Digital – ‘services’", "digital – ‘services’"),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_keeps_every_letter_an_ignorecase_pattern_takes_for_an_ascii_letter() -> None:
    for code in (*range(0x80, 0x250), 0x130, 0x131, 0x17F, 0x212A, 0x1E9E, *range(0xFB00, 0xFB07)):
        char = chr(code)
        for letter in string.ascii_lowercase:
            if re.fullmatch(letter, char, re.IGNORECASE):
                assert fold(char) == letter, (hex(code), letter)


def test_a_section_is_quoted_by_its_first_sentence_with_its_heading_in_the_note() -> None:
    doc = Engine().analyse(make_document(
        "# Plan\n\nIntro.\n\n## Lessons Learned\n\n| Lesson | Action |\n|---|---|\n"
        "| Some milestone dates were unachievable. | Align the dates with published guidance. |\n\n"
        "## Empty\n\n## Next\n"))
    lessons = next(s for s in doc.sentences if s.text == "Lessons Learned")
    evidence = doc.section_evidence("q10_risks", lessons, "a section on the topic")
    # a sentence, not the table's column header
    assert evidence.quote == "Some milestone dates were unachievable."
    assert evidence.note == "a section on the topic: 'Lessons Learned'"
    assert evidence.location.section == "Lessons Learned"
    empty = next(s for s in doc.sentences if s.text == "Empty")
    assert doc.section_evidence("x", empty, "a section on the topic").quote == "Empty"  # nothing under it


def test_a_section_is_quoted_by_the_sentence_that_answers_when_there_is_one() -> None:
    doc = Engine().analyse(make_document(
        "## Lessons Learned\n\nMany lessons were learned during the first plan.\n\n"
        "Some milestone dates were unachievable without published guidance.\n"))
    lessons = next(s for s in doc.sentences if s.text == "Lessons Learned")
    answer = next(s for s in doc.sentences if s.text.startswith("Some milestone"))
    evidence = doc.section_evidence("q10_risks", lessons, "a section on the topic", frozenset({answer.index}))
    assert evidence.quote == answer.text


def test_a_section_is_quoted_by_a_sentence_that_answers_even_far_past_its_heading() -> None:
    facts = "".join(f"- Fact {n} about the applicant's background and age.\n" for n in range(20))
    doc = Engine().analyse(make_document(f"# Target customers\n\n{facts}- Limited money for further education.\n"))
    heading = next(s for s in doc.sentences if s.text == "Target customers")
    answer = next(s for s in doc.sentences if s.text.startswith("Limited money"))
    evidence = doc.section_evidence("users", heading, "a section given to users", frozenset({answer.index}))
    assert evidence.quote == "Limited money for further education."
    assert doc.section_evidence("users", heading, "a section given to users").quote.startswith("Fact 0")


def test_a_section_quoted_by_a_lead_in_shows_what_it_leads_to() -> None:
    doc = Engine().analyse(make_document(
        "# Inclusion\n\nWe have taken steps this year to be more inclusive:\n\n"
        "- Our website reads pages aloud for visitors with visual impairments.\n- Staff training.\n"))
    heading = next(s for s in doc.sentences if s.text == "Inclusion")
    evidence = doc.section_evidence("users", heading, "a section given to users")
    assert doc.completed(evidence.quote, evidence.location) == (
        "We have taken steps this year to be more inclusive: Our website reads pages aloud for visitors with visual "
        "impairments.")


def test_a_lead_in_is_completed_past_a_bare_item_number_and_a_nested_lead_in() -> None:
    doc = Engine().analyse(make_document(
        "# Plan\n\nWe will take 20 actions, grouped under four themes:\n\n"
        "Delivering services that meet user needs, through:\n\n1.\n\nRedesigning the ten biggest services.\n\n"
        "Building capability.\n"))
    lead_in = next(s for s in doc.sentences if s.text.startswith("We will take"))
    assert doc.completed(lead_in.text, lead_in.location) == (
        "We will take 20 actions, grouped under four themes: Delivering services that meet user needs, through: 1. "
        "Redesigning the ten biggest services.")


def test_a_lead_in_is_not_completed_from_the_next_section_or_at_another_place() -> None:
    doc = Engine().analyse(make_document("# Vision\n\nOur vision is to:\n\n# Budget\n\nWe spend 2 million.\n"))
    lead_in = next(s for s in doc.sentences if s.text == "Our vision is to:")
    assert doc.completed(lead_in.text, lead_in.location) == "Our vision is to:"
    assert doc.completed("A sentence.", lead_in.location) == "A sentence."


def test_a_lead_in_ending_in_a_colon_and_dash_is_completed_too() -> None:
    doc = Engine().analyse(make_document(
        "# Next phase\n\nIssues for the next phase will include:-\n\n- Trust and confidence, including eSignatures.\n"))
    lead_in = next(s for s in doc.sentences if s.text.startswith("Issues"))
    assert doc.completed(lead_in.text, lead_in.location) == (
        "Issues for the next phase will include:- Trust and confidence, including eSignatures.")

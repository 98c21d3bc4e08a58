"""Running text: what counts as the strategy's own prose, and what is a reference, contents or glossary list."""

from __future__ import annotations

from strategylint.engine import Engine
from strategylint.facts.topics import running_text
from tests.helpers import make_document


def running(specs: list[tuple[str, str, int]]) -> list[str]:
    doc = Engine().analyse(make_document(specs))
    return [s.text for s in doc.facts.get(running_text)]


def test_chapters_set_smaller_than_a_contents_heading_are_not_inside_it() -> None:
    # A PDF's "Table of contents" in a larger font than the chapters makes the chapters its children.
    text = running([("h", "Table of contents", 1), ("p", "1 Vision ........ 3", 0), ("h", "A vision for Finland", 2),
                    ("p", "Finland will be a safe and democratic society.", 0)])
    assert text == ["Finland will be a safe and democratic society."]


def test_lists_and_references_are_not_running_text() -> None:
    text = running([("h", "Plan", 1), ("p", "We fix the Wi-Fi.", 0), ("h", "Glossary", 2),
                    ("p", "Vision: where we want to be.", 0), ("h", "References", 1), ("h", "Books", 2),
                    ("p", "Smith, J. Digital by default. 2012.", 0)])
    assert text == ["We fix the Wi-Fi."]


def test_a_term_inside_a_company_name_is_not_the_term() -> None:
    from strategylint.facts import system_alignment

    doc = Engine().analyse(make_document([("p", "Payroll is run by Equiniti ICS Ltd under contract.", 0)]))
    assert doc.facts.get(system_alignment.extract).sentences == 0
    doc = Engine().analyse(make_document([("p", "We will work with the ICS on shared care records.", 0)]))
    assert doc.facts.get(system_alignment.extract).sentences == 1


def test_a_caption_for_a_video_is_not_running_text() -> None:
    text = running([("p", "Watch Tim O'Reilly talk about the importance of focusing on user needs.", 0),
                    ("p", "We watch our services' performance every week.", 0)])
    assert text == ["We watch our services' performance every week."]


def test_a_document_control_line_is_not_running_text() -> None:
    text = running([("p", "Date: 09/05/26 Status: Review draft Owner: IT Services", 0),
                    ("p", "Status: we will review the plan every April.", 0)])
    assert text == ["Status: we will review the plan every April."]


def test_the_organisations_own_sentences_on_a_topic_come_first() -> None:
    from strategylint.facts.topics import find_topic

    doc = Engine().analyse(make_document(
        "The European Commission presented a plan with its partners in 2018.\n\n"
        "Set up a programme board with our partners.\n\n"
        "In collaboration with businesses, the government will identify datasets.\n"))
    topic = find_topic(doc, "links_system_partners", ["system-partners"])
    quotes = [e.quote for e in topic.evidence]
    assert quotes[-1].startswith("The European Commission")
    assert set(quotes[:2]) == {"Set up a programme board with our partners.",
                               "In collaboration with businesses, the government will identify datasets."}


def test_the_plan_speaking_of_itself_is_its_own_voice() -> None:
    from strategylint.facts.topics import find_topic

    doc = Engine().analyse(make_document(
        "Engage with industry bodies to develop a framework with partners.\n\n"
        "The European Commission works with its partners.\n\n"
        "The Strategy aligns with, and supports the ICT Skills Action Plan and its partners.\n"))
    quotes = [e.quote for e in find_topic(doc, "links_system_partners", ["system-partners"]).evidence]
    assert quotes[-1].startswith("The European Commission")


def test_sentences_in_a_section_on_other_countries_come_last_even_in_their_own_voice() -> None:
    from strategylint.facts.topics import find_topic

    doc = Engine().analyse(make_document(
        "# Mexico's plan\n\n"
        "## What are other countries doing?\n\n"
        "We see that India's government will work with its partners on a national programme.\n\n"
        "## Our recommendations\n\n"
        "The government should work with partners in each state.\n"))
    quotes = [e.quote for e in find_topic(doc, "links_system_partners", ["system-partners"]).evidence]
    assert quotes == ["The government should work with partners in each state.",
                      "We see that India's government will work with its partners on a national programme."]


def test_a_heading_on_the_world_abroad_is_others_and_the_organisations_work_abroad_is_not() -> None:
    from strategylint.facts.places import in_foreign_section

    doc = make_document("# Plan\n\n## Artificial intelligence around the world\n\nText.\n\n## The Internet globally\n\n"
                        "Text.\n\n## International cooperation\n\nText.\n\n## Our work worldwide\n\nText.\n")
    paragraphs = [b for b in doc.blocks if b.kind.value == "paragraph"]
    assert [in_foreign_section(b, frozenset()) for b in paragraphs] == [True, True, False, False]

"""q1-integration (SL301): how integrated are your digital and business strategies?"""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q1-integration"


def status(text: str) -> str:
    return lint(text, rules=[RULE]).board[RULE].status


def test_addressed_with_specific_links() -> None:
    result = lint("This strategy supports the Corporate Plan. Each project is aligned with the council's "
                  "priorities.", rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.board["q1-integration"].status == "addressed"


def test_partial_with_a_generic_mention() -> None:
    result = lint("The business plan is published separately.", rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and not findings[0].decisive
    assert findings[0].message.startswith("The board will ask: 'How integrated are your digital and business")
    assert findings[0].quote == "The business plan is published separately."
    assert result.board["q1-integration"].status == "partial"


def test_missing_without_a_plan() -> None:
    result = lint("We will buy new laptops and upgrade the network.", rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and findings[0].decisive
    assert result.board["q1-integration"].status == "missing"


def test_min_links_option() -> None:
    result = lint("This strategy supports the Corporate Plan.", rules=[RULE], options={RULE: {"min-links": 1}})
    assert result.board["q1-integration"].status == "addressed"
    assert lint("This strategy supports the Corporate Plan.", rules=[RULE]).board["q1-integration"].status == "partial"


def test_another_plan_named_as_such_counts() -> None:
    text = ("This skills plan is intended to meet the ambition set out in the Action Plan for Jobs. "
            "It contributes towards the High-Tech Strategy 2025.")
    result = lint(text, rules=[RULE])
    assert result.board["q1-integration"].status == "addressed"
    quotes = [e["quote"] for e in result.board["q1-integration"].evidence]
    assert any("Action Plan for Jobs" in q for q in quotes)


def test_the_documents_own_title_generic_names_and_labels_are_not_another_plan() -> None:
    text = ("The Digital Strategy for Schools supports teachers. Annual Action Plans will implement it. "
            "Content Strategy: post every week.")
    result = lint(text, rules=[RULE], title="Digital Strategy for Schools 2015-2020")
    assert result.board["q1-integration"].status == "missing"


def test_a_phrase_between_an_owner_and_a_plan_word_is_not_a_plan() -> None:
    assert status("The work is to be based on the strategic areas formulated by the Government in the agenda.") \
        == "missing"
    assert status("The Government works to expand the Information Technology Agreement.") == "missing"
    # a body's name with "of" in it still owns the plan it names
    assert status("This strategy supports the Ministry of Justice's priorities.") == "partial"


def test_a_plan_named_in_an_analogy_is_not_served() -> None:
    analogy = ("Public administration must become an innovation gym: just as, thanks to the Industry Plan 4.0, "
               "companies know they have to invest in skills, so must the administration.")
    assert status(analogy) == "missing"
    assert status("Thanks to the Industry Plan 4.0, we will support companies that invest in skills.") != "missing"


def test_the_documents_own_strategic_priorities_are_not_the_organisations_plan() -> None:
    result = lint("Our ten strategic priorities are equally important and together they will deliver our vision.",
                  rules=[RULE])
    assert result.board["q1-integration"].status == "missing"


def test_a_section_linking_to_the_existing_strategy_and_a_named_ambition_are_links() -> None:
    text = ("# Context-Ready Enterprise\n\n"
            "## 1. Purpose\n\nTeams make better technology decisions in service of the CEO's As One ambition.\n\n"
            "## 8. Link to Existing Strategy\n\nThis proposal should not replace Savannah 27 or C3.\n")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    quotes = [e["quote"] for e in result.board[RULE].evidence]
    assert any(q.startswith("8. Link to Existing Strategy: This proposal") for q in quotes)


def test_a_heading_on_a_technology_plan_or_without_text_and_an_unnamed_ambition_are_not_links() -> None:
    text = ("## Alignment with the National Digital Strategy\n\nWe will move to the cloud.\n\n"
            "## Links to other plans\n\n"
            "## Delivery\n\nThe new platform supports Azure and serves Teams.\n\n"
            "Our ambition is to serve Customers better.\n")
    assert lint(text, rules=[RULE]).board[RULE].status == "missing"


def test_the_document_relating_itself_to_the_plan_is_quoted_first() -> None:
    text = ("The Skills Strategy supports the vision of the Economic Strategy.\n\n"
            "This ICT Action Plan forms part of the Government's delivery of the Economic Strategy.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert evidence[0]["quote"].startswith("This ICT Action Plan forms part of")


def test_another_countrys_plans_are_not_the_organisations() -> None:
    finland = ("Finland will lead in AI. Finnish firms and Finland's universities will work together, and Finland's "
               "schools will teach AI across Finland. ")
    text = (f"# Finland\n\n{finland}\n\n# Japan is to become Society 5.0\n\n"
            "It is based on the 5th Science and Technology Basic Plan of the Japanese Council for Science.\n")
    assert lint(text, rules=[RULE]).board[RULE].status == "missing"


def test_other_countries_strategies_and_plans_still_to_be_written_are_not_served() -> None:
    assert status("We studied the key elements of national artificial intelligence strategies.") == "missing"
    assert status("The Government intends to formulate a national strategy for digitising the cultural heritage.") \
        == "missing"


def test_the_document_naming_itself_is_not_the_plan_it_serves() -> None:
    text = ("# National Digital Strategy\n\n"
            "This National Digital Strategy (NDS) is a foundation step in helping Ireland to reap the rewards.\n")
    assert status(text) == "missing"


def test_a_business_or_policy_plan_is_quoted_before_a_parent_digital_strategy() -> None:
    text = ("This document fulfils Action 9 of the Government Digital Strategy.\n\n"
            "It supports the reforms to service delivery outlined in the Civil Service Reform Plan.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert evidence[0]["quote"].startswith("It supports the reforms")

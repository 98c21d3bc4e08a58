"""q9-org-change (SL309): governance, funding, skills and ways of working."""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q9-org-change"


def status(text: str) -> str:
    return lint(text, rules=[RULE]).board[RULE].status


GOVERNED = ("A digital steering group will oversee delivery.\n\nThe programme board meets every month.\n\n"
            "Programme governance sits with the chief executive.\n\n")


def test_three_aspects_with_governance_are_addressed() -> None:
    text = GOVERNED + "Funding moves to multi-year budgets.\n\nEvery team will be trained in agile ways of working.\n"
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"


def test_aspects_without_saying_who_governs_the_change_are_partial() -> None:
    text = ("Funding moves to multi-year budgets.\n\nEvery team will be trained in agile ways of working.\n\n"
            "We will recruit data scientists.\n")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "partial"
    assert "little says who governs the change" in findings_of(result, RULE)[0].message


def test_one_aspect_is_partial() -> None:
    result = lint("Staff will get digital skills training.", rules=[RULE])
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert "Only skills is covered" in finding.message
    assert finding.data["aspects"] == ["skills"]


def test_nothing_is_missing() -> None:
    result = lint("New technology will be rolled out across the estate.", rules=[RULE])
    assert result.board[RULE].status == "missing"
    assert findings_of(result, RULE)[0].message.startswith("How will your organisation change")


def test_min_aspects_option() -> None:
    text = GOVERNED + "Funding moves to multi-year budgets."
    assert lint(text, rules=[RULE], options={RULE: {"min-aspects": 2}}).board[RULE].status == "addressed"
    assert status(text) == "partial"
    one = "A digital steering group will oversee delivery. Funding moves to budgets. We will recruit data scientists."
    assert lint(one, rules=[RULE], options={RULE: {"min-governance-sentences": 1}}).board[RULE].status == "addressed"


def test_education_and_training_and_lifelong_learning_are_skills() -> None:
    result = lint("Education and training will be expanded. Lifelong learning must be available to all.",
                  rules=[RULE])
    assert result.board[RULE].status == "partial"
    assert "skills" in findings_of(result, RULE)[0].data["aspects"]


BROAD = ["Funding moves to multi-year budgets for product teams.",
         "We will recruit data scientists and train every manager in digital skills.",
         "Teams will work in agile ways, in short cycles with users.",
         "We will change our culture and our operating model, with new leadership roles."]


def test_broad_change_in_many_sentences_is_addressed_without_a_steering_group() -> None:
    text = "\n\n".join(BROAD * 4)
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed", findings_of(result, RULE)


def test_broad_change_in_a_few_sentences_is_partial() -> None:
    result = lint("\n\n".join(BROAD), rules=[RULE])
    assert result.board[RULE].status == "partial"
    assert "little says who governs the change" in findings_of(result, RULE)[0].message


CHANGE = "Funding moves to multi-year budgets.\n\nEvery team will be trained in agile ways of working.\n\n"


def test_the_bodies_set_up_to_govern_the_change_are_governance() -> None:
    bodies = ("Establish an AI Plan Implementation Office.\n\nEstablish an AI Strategy Advisory Committee.\n\n"
              "The government will set up an inter-ministerial working group.\n")
    result = lint(CHANGE + bodies, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    assert any(e["note"] == "says 'Establish an AI Plan Implementation Office'" for e in result.board[RULE].evidence)


def test_the_governance_of_a_society_is_not_the_organisations() -> None:
    wider = ("AI will improve social governance.\n\nAI helps global governance.\n\n"
             "The internet governance forum meets yearly.\n")
    assert status(CHANGE + wider) == "partial"


def test_the_bodies_that_govern_the_change_are_quoted_first() -> None:
    text = ("The focus is on theories of incentive mechanisms for the organisation of crowds.\n\n" + CHANGE
            + "Establish an AI Plan Implementation Office.\n\nEstablish an AI Strategy Advisory Committee.\n\n"
              "Set up a programme board.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert evidence[0]["quote"] == "Establish an AI Plan Implementation Office."


def test_appointing_a_council_or_board_is_governance_quoted_first() -> None:
    text = ("It is to propose guidelines, from a competition law angle, for a new data governance.\n\n" + CHANGE
            + "We will immediately appoint an advisory council that will evaluate the centres.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert evidence[0]["quote"].startswith("We will immediately appoint an advisory council")


def test_writing_the_strategy_is_not_changing_the_organisation() -> None:
    drafting = "ICT Steering Group November 2014: this group provided feedback on the draft recommendations.\n\n"
    found = lint(drafting + CHANGE, rules=[RULE]).board[RULE].evidence
    assert all("draft" not in e["quote"] for e in found)


def test_the_group_appointed_to_write_the_report_is_not_a_change_of_the_organisation() -> None:
    writers = ("At the end of May 2017, the Minister appointed a working group tasked with answering this question.\n\n"
               "We received vital content from the steering group appointed for this work.\n\n")
    found = lint(writers + CHANGE, rules=[RULE]).board[RULE].evidence
    assert found and not any("appointed" in e["quote"] for e in found)


def test_an_implementation_group_is_a_governing_body_and_an_aside_comes_last() -> None:
    text = ("Completion: to be determined, dependent on executive governance.\n\n" + CHANGE
            + "Establish an Implementation Group of representatives from each section.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert evidence[0]["quote"].startswith("Establish an Implementation Group")
    assert not any(e["quote"].startswith("Completion") for e in evidence[:2])



def test_a_body_led_from_outside_is_not_the_organisations_governance() -> None:
    text = CHANGE + "We announced £13 million funding to create a private sector-led Productivity Council.\n"
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert not any(e.get("note", "").startswith("says 'create a private") for e in evidence)


def test_others_access_to_finance_is_not_the_organisation_s_funding() -> None:
    text = "A key challenge for the start-up community is access to business resources and financing."
    assert lint(text, rules=[RULE]).board[RULE].status == "missing"
    assert lint("We will change how we fund projects: each gets a budget for a year.",
                rules=[RULE]).board[RULE].status != "missing"


def test_money_for_firms_is_not_the_organisation_s_funding() -> None:
    for text in ("The Government will also support the financing by building upon the Seed Investment Fund to "
                 "co-invest alongside specialist funds to invest in AI companies.",
                 "A budget of 2 million will provide grants to start-ups in the region."):
        assert lint(text, rules=[RULE]).board[RULE].status == "missing"
    assert lint("We will invest in our own digital team and give it a budget for three years.",
                rules=[RULE]).board[RULE].status != "missing"

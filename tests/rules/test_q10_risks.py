"""q10-risks (SL310): what could go wrong, and how risks are managed."""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q10-risks"


def status(text: str) -> str:
    return lint(text, rules=[RULE]).board[RULE].status


def test_managed_risks_are_addressed() -> None:
    text = ("The main risks are cyber attacks and outages, and we mitigate each with tested disaster recovery"
            " plans.\n\n"
            "We keep a risk register that the board reviews every quarter.\n")
    assert status(text) == "addressed"


def test_a_risk_section_is_addressed() -> None:
    assert status("## Risks\n\nA ransomware attack could take the patient record offline.\n") == "addressed"


def test_named_risks_without_management_are_partial() -> None:
    result = lint("Cyber threats are growing.", rules=[RULE])
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert finding.message.startswith("What could go wrong") and not finding.decisive


def test_nothing_is_missing() -> None:
    result = lint("Every project in this strategy will succeed and deliver its benefits on time.", rules=[RULE])
    assert result.board[RULE].status == "missing"
    assert findings_of(result, RULE)[0].decisive


def test_a_risk_heading_in_the_contents_does_not_count() -> None:
    assert status("# Contents\n\nRisks 12\n\n# Plan\n\nWe will build a portal.\n") == "missing"


def test_mitigating_climate_change_is_not_managing_the_strategys_risks() -> None:
    text = ("AI research will help in mitigating climate change and its risks.\n\n"
            "The mitigation of climate change is a risk-laden field.\n")
    assert status(text) == "partial"


def test_a_reduced_risk_as_a_benefit_is_not_risk_management() -> None:
    benefit = ("e-Procurement may lead to reduced bidding expenses and a reduced risk of errors in tenders. "
               "It also gives a reduced risk of fraud.")
    assert status(benefit) == "partial"
    assert status("We reduced the risk of outages by moving to two data centres. "
                  "We reduced the threat of phishing by training every member of staff.") == "addressed"


def test_a_managed_risk_that_names_what_could_go_wrong_is_quoted_first() -> None:
    text = ("We will manage the risks through the programme's register.\n\n"
            "We mitigate outages and cyber attacks with tested disaster recovery plans.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert evidence[0]["quote"].startswith("We mitigate outages")


def test_a_long_enumeration_that_names_risk_assessment_is_quoted_last() -> None:
    listing = ("Establish supercomputing centres, education platforms, driving brains, data platforms, platforms "
               "for risk assessment, control platforms and security platforms.\n\n")
    text = listing + "We will assess the risks to each service and minimise risk.\n"
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert evidence[0]["quote"].startswith("We will assess the risks")


def test_a_few_words_from_a_list_come_after_a_sentence_that_names_the_risk() -> None:
    text = ("# About us\n\n- Our missions: improving patient safety;\n- Reducing waiting times.\n\n"
            "# Challenges\n\nOur complex governance framework is slowing innovation and potentially risking patient "
            "safety.\n\nWe keep a risk register. The board will manage the risks through the register.\n")
    answer = lint(text, rules=[RULE]).board[RULE]
    assert answer.status == "addressed"
    assert answer.evidence[0]["quote"].startswith("Our complex governance framework")


def test_how_risk_is_handled_names_no_risk_and_comes_after_a_named_one() -> None:
    text = ("We will also factor in lessons learned from the Prototype Fund.\n\n"
            "We will reduce the risk of outages with a second data centre.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert evidence[0]["quote"].startswith("We will reduce the risk of outages")


def test_what_could_go_wrong_is_quoted_before_managing_the_risks_in_general() -> None:
    text = ("The countries that realise the benefits of AI while managing the risks will gain an advantage.\n\n"
            "There may be unintended consequences of biased or manipulated data, misuse or cyber attacks.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert evidence[0]["quote"].startswith("There may be unintended consequences")


def test_words_that_name_a_risk_only_in_some_senses_do_not_come_first() -> None:
    text = ("We will manage the risks of the programme through its board.\n\n"
            "Table 1 gives a breakdown of the ranking, and the failure to keep up with the digital age.\n\n"
            "The Civil Contingencies Agency and the threats section of the SWOT follow.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert evidence[0]["quote"].startswith("We will manage the risks")


def test_a_name_that_holds_a_risk_word_is_not_a_section_on_risk() -> None:
    body = "A ransomware attack could take the patient record offline.\n"
    assert status("## Self-Assurance Portal\n\n" + body) == "partial"
    assert status("## Assurance and controls\n\n" + body) == "addressed"

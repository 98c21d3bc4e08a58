"""The engine: one finding per topic when several rules see the same thing, each rule's verdict kept."""

from __future__ import annotations

import pytest

from strategylint.config import Config
from strategylint.engine import Engine
from strategylint.registry import RuleError
from tests.helpers import lint

WISH_LIST = "# Our plan\n\n" + "\n\n".join(
    f"We will improve service {n} for residents and we will expand it." for n in range(20))


def test_rules_that_see_the_same_absence_report_it_once() -> None:
    result = lint(WISH_LIST, rules=["no-deprioritisation", "focused", "q5-not-prioritising"])
    same = [f for f in result.findings if f.topic == "nothing-deprioritised"]
    assert [f.code for f in same] == ["SL106"]  # the warning outranks the two info findings
    assert same[0].also == ["SL206", "SL305"]
    assert same[0].as_dict()["also"] == ["SL206", "SL305"]
    # every rule's verdict still counts
    assert result.signs["wish-list"].present is True
    assert result.signs["focused"].present is False
    assert result.board["q5-not-prioritising"].status == "missing"


def test_a_topic_reported_by_one_rule_alone_names_no_others() -> None:
    result = lint(WISH_LIST, rules=["q5-not-prioritising"])
    (finding,) = result.findings
    assert finding.code == "SL305" and finding.also == []
    assert "also" not in finding.as_dict()


def test_a_partial_board_answer_is_a_scorecard_entry_not_a_finding() -> None:
    result = lint("We are committed to being user-centred.", rules=["q3-users"])
    assert result.findings == []
    answer = result.board["q3-users"]
    assert answer.status == "partial"
    assert "Do you understand your users" in answer.evidence[0]["note"]


def test_a_missing_board_answer_is_a_finding() -> None:
    result = lint("We will upgrade the data centre and renew our software licences.", rules=["q3-users"])
    assert [f.code for f in result.findings] == ["SL303"]
    assert result.board["q3-users"].status == "missing"


def test_the_scorecard_shows_what_a_partial_answer_lacks() -> None:
    import io

    from strategylint.reporters.text import render

    result = lint("We are committed to being user-centred.", rules=["q3-users"])
    out = io.StringIO()
    render([result], out, color=False)
    assert "but not what they need most" in " ".join(out.getvalue().split())


def test_no_plan_named_is_reported_once_by_the_sign_and_the_board_question() -> None:
    result = lint("We will buy new laptops and upgrade the network.", rules=["integrated", "q1-integration"])
    (finding,) = result.findings
    assert finding.code == "SL201" and finding.also == ["SL301"]
    assert result.board["q1-integration"].status == "missing" and result.signs["integrated"].present is False


TEMPLATE = ("# Digital Strategy <CLIENT NAME>\n\n<DATE>\n\n# Goals\n\n[Give an overview of the goals.]\n\n"
            "[Insert the budget here.]\n\n# Users\n\n[Describe the target audience.]\n")


def test_an_unfilled_template_is_one_finding_and_its_absences_stay_in_the_scorecard() -> None:
    rules = ["cookie-cutter", "useful-to-teams", "q10-risks", "realistic"]
    result = lint(TEMPLATE, rules=rules)
    assert [f.rule for f in result.findings] == ["cookie-cutter"]
    assert {f.rule for f in result.in_scorecard} == {"useful-to-teams", "q10-risks", "realistic"}
    # the verdicts are unchanged: the scorecard still says what is missing
    assert result.signs["useful-to-teams"].present is False
    assert result.board["q10-risks"].status == "missing"


def test_a_filled_in_document_lists_its_absences() -> None:
    result = lint("# Plan\n\nWe will fix the Wi-Fi in every library by March 2026.", rules=["q10-risks"])
    assert [f.rule for f in result.findings] == ["q10-risks"]


def test_the_scorecard_shows_sentences_before_labels_and_each_quote_once() -> None:
    text = ("# Initiatives\n\n- More cohesive user journeys\n\n# Users\n\n"
            "User journeys through our services will be easier and clearer from start to end.\n\n"
            "Residents told us they want to report a missed bin online.\n")
    quotes = [e["quote"] for e in lint(text, rules=["q3-users"]).board["q3-users"].evidence]
    assert quotes[-1] == "More cohesive user journeys" and len(set(quotes)) == len(quotes)


def test_the_scorecard_shows_a_sentence_cut_by_a_page_break_after_whole_ones() -> None:
    text = ("of the changes singled out, employee participation would help to reduce this risk.\n\n"
            "We will reduce the risk of outages with a second data centre.\n\n"
            "e-skills UK will assess the risks to the programme.\n")
    quotes = [e["quote"] for e in lint(text, rules=["q10-risks"]).board["q10-risks"].evidence]
    assert quotes[0].startswith("We will reduce") and quotes[-1].startswith("of the changes")
    assert "e-skills UK will assess the risks to the programme." in quotes[:2]  # a name, not a cut sentence


def test_the_scorecard_keeps_the_rules_order_when_it_drops_a_second_copy() -> None:
    # q10 quotes the managed risks first and then every risk sentence: the copy comes second, the order stays
    text = "We will mitigate outages with a second data centre.\n\nWe will manage the risks through our register.\n"
    quotes = [e["quote"] for e in lint(text, rules=["q10-risks"]).board["q10-risks"].evidence]
    assert quotes[0] == "We will mitigate outages with a second data centre."
    assert len(set(quotes)) == len(quotes)



def test_a_heading_or_contents_line_counts_as_a_fragment_in_the_scorecard() -> None:
    from strategylint.findings import Evidence
    from strategylint.scorecard import _fragment

    assert _fragment(Evidence("q9", "Creating the Workforce of the Future"))
    assert _fragment(Evidence("q9", "of the fact that organizational changes have been singled out as a factor"))
    assert not _fragment(Evidence("q9", "Creating the Workforce of the Future is our first priority."))
    assert not _fragment(Evidence("q9", "e-skills UK to continue to deliver Computer Clubs 4 Girls"))


def test_a_quoted_lead_in_is_reported_with_what_it_leads_to() -> None:
    result = lint("# Our vision\n\nOur vision for the council is to:\n\n"
                  "- Give every resident one account for all council services by 2026.\n- Close the paper forms.\n")
    quotes = [e["quote"] for e in result.board["q2-mission"].evidence]
    assert "Our vision for the council is to: Give every resident one account for all council services by 2026." \
        in quotes


@pytest.mark.parametrize(("options", "error"), [
    ({"unproven-tech": {"no-such-option": 1}}, "has no option 'no-such-option'"),
    ({"unproven-tech": {"ratio": "high"}}, "must be a number"),
    ({"SL103": {"subject-must-be-open": 1}}, "must be true or false"),
    ({"unproven-tech": {"subject-must-be-open": "yes"}}, "must be true or false"),
])
def test_a_rule_option_of_the_wrong_name_or_type_is_refused(options: dict[str, dict[str, object]], error: str) -> None:
    with pytest.raises(RuleError, match=error):
        Engine(Config(options=options))


def test_a_rule_option_of_the_right_type_is_passed_to_the_rule() -> None:
    engine = Engine(Config(options={"unproven-tech": {"subject-must-be-open": True, "ratio": 2}}))
    assert engine.options["unproven-tech"]["subject-must-be-open"] is True
    assert engine.options["unproven-tech"]["ratio"] == 2

"""q3-users (SL303): do you understand your users and their biggest needs?"""

from __future__ import annotations

from strategylint.engine import Engine
from strategylint.facts import users
from tests.helpers import findings_of, lint, make_document

RULE = "q3-users"


def test_addressed_with_research_and_needs() -> None:
    result = lint("Our survey of 2,000 patients found that they need to book appointments online. "
                  "Residents need faster repairs.", rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.board["q3-users"].status == "addressed"
    assert result.board["q3-users"].evidence


def test_partial_with_users_mentioned_generically() -> None:
    result = lint("We are committed to being user-centred.", rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and not findings[0].decisive
    assert "Do you understand your users and their biggest needs?" in findings[0].message
    assert result.board["q3-users"].status == "partial"


def test_missing_without_users() -> None:
    result = lint("We will upgrade the data centre and renew our software licences.", rules=[RULE])
    assert findings_of(result, RULE)[0].decisive
    assert result.board["q3-users"].status == "missing"


def test_users_needs_in_passing_in_a_long_plan_are_partial() -> None:
    filler = " ".join(f"We will upgrade system number {n} this year." for n in range(1, 700))
    result = lint(filler + " Our survey of 2,000 patients found that they need to book appointments online.",
                  rules=[RULE])
    (finding,) = findings_of(result, RULE)
    assert "only in passing" in finding.message
    assert result.board["q3-users"].status == "partial"


def test_a_consultation_on_the_strategy_is_not_research_into_users_needs() -> None:
    result = lint("The strategy was revised after a public consultation. Patients need faster repairs.", rules=[RULE])
    assert result.board["q3-users"].status == "partial"
    assert "how you found out" in findings_of(result, RULE)[0].message


def test_a_strategy_built_around_excluded_users_is_addressed() -> None:
    text = ("Residents need assisted digital support when they are offline. Disabled people need accessible "
            "forms. Older people need help to get online. We will make every service accessible and inclusive.")
    assert lint(text, rules=[RULE]).board["q3-users"].status == "addressed"


def test_a_study_of_employers_skill_needs_is_research_into_users_needs() -> None:
    text = ("The plan rests on a Research Study on High Level Skill Needs in the ICT sector. "
            "Employers need more graduates with programming skills.")
    assert lint(text, rules=[RULE]).board["q3-users"].status == "addressed"


def test_people_who_have_never_been_online_are_users_in_view() -> None:
    from strategylint.engine import Engine
    from strategylint.facts import users
    from tests.helpers import make_document

    doc = Engine().analyse(make_document("We will halve the number of non-liners. 577,200 adults have never used "
                                         "the internet."))
    assert len(doc.facts.get(users.extract).inclusion) == 2


def test_a_standards_focus_group_or_service_design_is_not_research_with_users() -> None:
    text = ("The government chairs the ISO focus group on AI standards. Guidance draws on service design "
            "approaches. Patients need to book appointments online.")
    assert lint(text, rules=[RULE]).board[RULE].status == "partial"
    held = text + " We held focus groups with patients to find out what they need."
    assert lint(held, rules=[RULE]).board[RULE].status == "addressed"


def test_users_named_often_are_in_view_though_their_needs_are_not_said() -> None:
    text = "Every customer has one account. Customers see one record. A customer calls once."
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert "not who they are, what they need most, or how you know" in finding.message
    assert lint("Every account is on one platform.", rules=[RULE]).board[RULE].status == "missing"


def test_the_skills_needs_a_skills_plan_starts_from_are_users_needs() -> None:
    doc = Engine().analyse(make_document("The plan starts from the skills needs of the industry.\n\n"
                                         "We will upgrade the data centre."))
    found = doc.facts.get(users.extract)
    assert [e.phrase for e in found.needs] == ["skills needs"]


def test_research_only_planned_is_quoted_after_what_is_known() -> None:
    text = ("We will gather feedback from residents on every new service.\n\n"
            "Residents need to report a missed bin collection online, as our survey of 800 residents found.\n\n"
            "Tenants need repairs booked in one call.\n")
    evidence = lint(text, rules=[RULE]).board[RULE].evidence
    assert not evidence[0]["quote"].startswith("We will gather feedback")
    assert evidence[-1]["quote"].startswith("We will gather feedback")


def test_needs_in_a_body_s_name_count_but_are_quoted_last() -> None:
    text = ("This Plan is informed by the work of the Expert Group on Future Skills Needs.\n\n"
            "Employers need 2,000 more software developers each year, as our survey of 300 firms found.\n")
    doc = Engine().analyse(make_document(text))
    found = doc.facts.get(users.extract)
    assert len(found.needs) == 2
    assert found.ranked()[-1].quote.startswith("This Plan is informed")


def test_issues_raised_by_users_are_feedback_from_them() -> None:
    doc = Engine().analyse(make_document(
        "A range of issues have been raised by employers and other stakeholders who report skills shortages."))
    assert len(doc.facts.get(users.extract).research) == 1
    raised = Engine().analyse(make_document("Questions were raised by the committee about the budget."))
    assert not raised.facts.get(users.extract).research

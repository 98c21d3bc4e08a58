"""user-centred (SL202): users' needs, research, feedback."""

from __future__ import annotations

import pytest

from strategylint.engine import Engine
from strategylint.facts import users
from tests.conftest import corpus_file
from tests.helpers import findings_of, lint, make_document

RULE = "user-centred"
# 700 words of a technology plan: one sentence about users in it is 1.4 per 1,000 words, in passing
FILLER = "\n\n".join(f"We will upgrade system number {n} this year." for n in range(1, 101))


@pytest.mark.parametrize("text", [
    "User research with 200 residents showed what they need. Feedback from staff told us the same.",
    "Our survey found that patients need online booking. We tested the new forms with users.",
    "Residents told us they want to report a missed bin online. Resident satisfaction has risen to 80%.",
])
def test_research_and_needs_silence_the_rule(text: str) -> None:
    result = lint(FILLER + "\n\n" + text, rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.signs["user-centred"].present is True


def test_working_with_the_customer_on_what_they_ask_for_is_feedback_from_users() -> None:
    loop = ("Each week our team meets with the customer to review the requested rules. The customer logs new rules, "
            "asks questions and reports issues in the registry. The customer and your team review the reports. "
            "These review sessions with the customer keep the checks tied to business needs.")
    doc = Engine().analyse(make_document(loop))
    assert len(doc.facts.get(users.extract).research) == 4
    # meetings and reviews without the users are not feedback from them
    others = "The Minister met with officials. The board reviews progress with the auditors. The team reports issues."
    assert Engine().analyse(make_document(others)).facts.get(users.extract).research == []


@pytest.mark.parametrize("text", [
    "We will modernise our infrastructure and migrate every server to the cloud.",
    "We are committed to being user-focused.",  # one mention in a longer plan is not enough
])
def test_fires_without_users_needs(text: str) -> None:
    result = lint(FILLER + "\n\n" + text, rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and findings[0].decisive and findings[0].severity == "info"
    assert "most important needs of patients, service users and staff" in findings[0].message
    assert set(findings[0].data) == {"research", "needs", "inclusion", "per_1000_words", "users_named"}


def test_users_in_a_short_text_are_not_in_passing() -> None:
    assert findings_of(lint("We are committed to being user-focused. We will buy laptops.", rules=[RULE]), RULE) == []


def test_min_per_1000_words_option() -> None:
    text = FILLER + "\n\nWe will act on feedback from staff."
    (finding,) = findings_of(lint(text, rules=[RULE]), RULE)
    assert "in only 1 sentence of" in finding.message
    # the research it does report is quoted, with its place, rather than implied absent
    assert "It does mention research or feedback ('We will act on feedback from staff.', l.201)" in finding.message
    assert findings_of(lint(text, rules=[RULE], options={RULE: {"min-per-1000-words": 1.0}}), RULE) == []


def test_needs_named_in_passing_without_research() -> None:
    (finding,) = findings_of(lint(FILLER + "\n\nThe public needs simpler forms.", rules=[RULE]), RULE)
    assert "in 1 sentence of" in finding.message and "in passing" in finding.message
    assert "mention research" not in finding.message


def test_a_consultation_on_the_strategy_is_quoted_not_ignored() -> None:
    text = (FILLER + "\n\nThe plan was shaped by a public consultation with 300 respondents.\n\n"
            "The public needs simpler forms.")
    (finding,) = findings_of(lint(text, rules=[RULE]), RULE)
    assert finding.message.startswith("It reports consulting on the strategy ('The plan was shaped by a public "
                                      "consultation with 300 respondents.', l.201)")
    assert "in passing" not in finding.message
    # a consultation still to come is not one it reports
    planned = text.replace("The plan was shaped by", "The plan will be shaped by")
    (later,) = findings_of(lint(planned, rules=[RULE]), RULE)
    assert "reports consulting" not in later.message


def test_a_rate_just_short_of_the_threshold_is_not_called_in_passing() -> None:
    text = FILLER + "\n\nThe public needs simpler forms."  # 1.4 per 1,000 words
    (finding,) = findings_of(lint(text, rules=[RULE], options={RULE: {"min-per-1000-words": 1.5}}), RULE)
    assert "a little short of the 1.5 per 1,000 words of a strategy that starts from its users" in finding.message
    assert "in passing" not in finding.message


def test_inclusion_is_extracted() -> None:
    doc = Engine().analyse(make_document("We will make every service accessible and tackle digital exclusion."))
    assert len(doc.facts.get(users.extract).inclusion) == 1


@pytest.mark.parametrize(("text", "needs", "inclusion"), [
    # a need stated from the user's side
    ("Human users should be able to find our data through a regular internet search.", 1, 0),
    ("As a resident, I want to report a pothole from my phone.", 1, 0),
    ("A range of issues have been raised by employers and other stakeholders who report that:", 1, 0),
    ("Many of the issues raised by the use of algorithms are a blind spot of the law.", 0, 0),
    # an outcome promised to a group is not its need
    ("Researchers will be able to predict whether a yeast has the right quality.", 0, 0),
    # diversity of people, not of species or suppliers
    ("For biological diversity data, GBIF's landing pages may act as a paradigm.", 0, 0),
    ("We buy from a diversity of suppliers.", 0, 0),
    # "needs to" after a plural group is the verb, not the group's needs
    ("As large a share as possible of the population and businesses needs to be digitally involved.", 0, 0),
    ("We will meet businesses' needs for faster broadband.", 1, 0),
    ("We will publish our equality and diversity data.", 0, 1),
    # accessible to people, not data that is accessible
    ("Validate that data are appropriate, accurate, accessible, useful and timely.", 0, 0),
    ("Websites must be accessible and usable so that everyone can actually use them.", 0, 1),
    ("Design new data collections with the end uses and users in mind.", 1, 0),
    # a need as the group's second verb
    ("Nearly all of our users find themselves in a stressful situation, want simple information and quick access.",
     1, 0),
    ("Our users find the website hard, and we need a new one.", 0, 0),
    # stakeholders are a data strategy's users
    ("Identify and engage stakeholders throughout the data lifecycle to identify stakeholder needs.", 1, 0),
    # a video's caption beside the text
    ("Watch Tim O'Reilly talk about the importance of focusing on user needs and inclusion.", 0, 0),
])
def test_needs_and_inclusion_in_the_users_own_terms(text: str, needs: int, inclusion: int) -> None:
    found = Engine().analyse(make_document(text)).facts.get(users.extract)
    assert (len(found.needs), len(found.inclusion)) == (needs, inclusion)


def test_corpus_dk_strategy_knows_its_users() -> None:
    from strategylint.parsers import read_document

    engine = Engine()
    doc = engine.analyse(read_document(corpus_file("dk-digital-strategy-2016-2020.pdf"), engine.limits))
    assert doc.facts.get(users.extract).mentions_users_needs


def test_a_section_given_to_users_shows_the_sign_whatever_the_rate() -> None:
    inclusion = ("We will close the gender gap in AI courses. Women make up 30% of students, and equality of access "
                 "matters. Accessibility is built into every tool. People with disabilities test each service.")
    filler = "\n\n".join(["The compute programme funds new supercomputers and research chairs."] * 150)
    result = lint(f"# Research\n\n{filler}\n\n# Part 6 — Inclusive and Diverse AI\n\n{inclusion}", rules=[RULE])
    assert result.signs["user-centred"].present is True
    (first, *_) = result.signs["user-centred"].evidence
    # the section, quoted by its first sentence on users, with its heading in the note
    assert first["quote"] == "Women make up 30% of students, and equality of access matters."
    assert first["note"] == "a section given to users: 'Part 6 — Inclusive and Diverse AI'"


COMPUTE_PLAN = "\n\n".join(["The compute programme funds new supercomputers and research chairs."] * 150)


@pytest.mark.parametrize("research", [
    "Forty-three software firms responded to the extensive survey on their digital skills needs.",
    "The CBI conducted a survey from March to April 2019 to understand the demand for specific digital skills.",
    "We held focus groups with tenants to find out their needs before we designed the new repairs service.",
    "In 2009 the Department commissioned Oxford Economics to conduct research into the higher level skills needs of "
    "the ICT sector.",
])
def test_research_done_into_needs_shows_the_sign_whatever_the_rate(research: str) -> None:
    result = lint(f"# Skills\n\n{COMPUTE_PLAN}\n\n{research}", rules=[RULE])
    assert result.signs["user-centred"].present is True
    assert result.signs["user-centred"].evidence[0]["quote"] == research


@pytest.mark.parametrize("not_research", [
    "In 2016, a survey will be conducted of the broadband coverage and the requirements of the welfare services.",
    "We carried out a survey and asked members about their approaches to regulating AI.",  # no needs
    "Our survey of staff needs will be conducted next year.",  # planned, not done
    "The Department commissioned research into the future of computing.",  # into no one's needs
])
def test_research_planned_or_not_into_needs_does_not(not_research: str) -> None:
    result = lint(f"# Skills\n\n{COMPUTE_PLAN}\n\n{not_research}", rules=[RULE])
    assert result.signs["user-centred"].present is False


def test_a_heading_on_users_with_little_under_it_is_not_enough() -> None:
    filler = "\n\n".join(["The compute programme funds new supercomputers and research chairs."] * 150)
    result = lint(f"# Research\n\n{filler}\n\n# Users\n\nAccessibility is built in.", rules=[RULE])
    assert result.signs["user-centred"].present is False


def test_users_named_often_but_without_their_needs_are_described_as_such() -> None:
    customers = "\n\n".join(f"Every customer account {n} sits on one customer platform." for n in range(30))
    result = lint(FILLER + "\n\n" + customers, rules=[RULE])
    (finding,) = findings_of(result, RULE)
    assert finding.message.startswith("It names its users often ('customers' 60 times), but says little of what "
                                      "they need")
    assert "in passing" not in finding.message
    assert finding.data["users_named"] == 60


def test_a_personas_challenges_are_its_needs_and_a_competitors_students_are_not_ours() -> None:
    text = ("# Target customers\n\n1.\n\nCareer changer\n\n- Age: 25-35\n- Goals:\n- Gain a diploma\n"
            "- Challenges:\n- Limited money for further education\n- Balancing work and study\n- Motivations:\n"
            "- Helping children\n\n"
            "# Competitive analysis\n\n## Competitor 2: Teachers College\n\n"
            "Comprehensive support services improve student satisfaction and success.\n")
    found = Engine().analyse(make_document(text)).facts.get(users.extract)
    assert [e.quote for e in found.needs] == ["Limited money for further education", "Balancing work and study"]
    assert [e.note for e in found.needs] == ["a persona's challenges"] * 2
    assert found.research == []  # the competitor's student satisfaction is theirs

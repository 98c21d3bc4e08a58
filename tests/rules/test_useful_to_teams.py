"""useful-to-teams (SL203): a list of guiding principles."""

from __future__ import annotations

import pytest

from strategylint.engine import Engine
from strategylint.facts import principles
from strategylint.parsers import read_document
from tests.conftest import corpus_file
from tests.helpers import findings_of, lint, make_document

RULE = "useful-to-teams"

HEADED = """# Digital strategy

## Our design principles

- Design with users, not for them
- Fix the basics first
- Reuse before we build
"""

INTRODUCED = """# Digital strategy

Every team follows these principles:

- Start with user needs
- Make things open
"""


@pytest.mark.parametrize("text", [
    HEADED,
    INTRODUCED,
    "Six principles guide all our digital work.",
    "The strategy is underpinned by five key principles.",
])
def test_principles_silence_the_rule(text: str) -> None:
    result = lint(text, rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.signs["useful-to-teams"].present is True


@pytest.mark.parametrize("text", [
    "This strategy lists the 40 projects we will deliver over the next three years.",
    "We act on principle.",
    "# Principles\n\nWe have principles.\n",  # a heading with nothing listed under it
])
def test_fires_without_a_list_of_principles(text: str) -> None:
    result = lint(text, rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and findings[0].decisive
    assert "guiding principles" in findings[0].message
    assert result.signs["useful-to-teams"].present is False


FOLLOWING = """# Principles for using data

The following principles are intended to guide every agency's data strategy.

# Ethical governance

- Uphold Ethics: assess the implications of data practices for the public.
- Promote Transparency: say what data is used for.

# Conscious design

- Ensure Relevance: protect the quality of the data.
"""


def test_the_named_items_after_the_following_principles_are_counted() -> None:
    found = Engine().analyse(make_document(FOLLOWING)).facts.get(principles.extract)
    assert found is not None and found.count == 3
    assert found.items[1].startswith("Promote Transparency:")
    unnamed = FOLLOWING.replace("Uphold Ethics:", "We uphold").replace("Promote Transparency:", "We promote")
    assert Engine().analyse(make_document(unnamed)).facts.get(principles.extract) is None


def test_the_items_under_the_heading_are_counted() -> None:
    found = Engine().analyse(make_document(HEADED)).facts.get(principles.extract)
    assert found is not None and found.count == 3
    assert found.items[0] == "Design with users, not for them"


def test_principles_named_at_the_head_of_their_paragraphs_under_a_numbered_heading() -> None:
    text = ("## (2) The Basic Principles\n\nTechnology-Led. Grasp the trend of AI and deploy research early.\n\n"
            "Systems Layout. Plan research, industry and platforms as one system.\n\n"
            "Market-Dominant. Follow the rules of the market and companies' choices.\n")
    found = Engine().analyse(make_document(text)).facts.get(principles.extract)
    assert found is not None and found.count == 3
    assert found.items[0].startswith("Technology-Led.")
    prose = text.replace("Technology-Led. Grasp", "We will grasp").replace("Systems Layout. Plan", "We plan") \
        .replace("Market-Dominant. Follow", "We follow")
    assert Engine().analyse(make_document(prose)).facts.get(principles.extract) is None


def test_corpus_federal_data_strategy_framework_has_ten_principles() -> None:
    engine = Engine()
    path = corpus_file("us-federal-data-strategy-framework-2019.pdf")
    found = engine.analyse(read_document(path, engine.limits)).facts.get(principles.extract)
    assert found is not None and found.count == 10


COUNTED_HEADING = """# Strategy for AI

## Six principles for artificial intelligence

1. Self-determination
2. Dignity
3. Responsibility
"""

COUNTED_HEADING_NAMED = """# Strategy for AI

## Three ethical principles for data

Self-determination: people decide for themselves.

Dignity: data must respect human dignity.

Responsibility: every level answers for its use of data.
"""


@pytest.mark.parametrize("text", [COUNTED_HEADING, COUNTED_HEADING_NAMED])
def test_a_heading_that_counts_principles_for_a_scope_gives_the_items(text: str) -> None:
    found = Engine().analyse(make_document(text)).facts.get(principles.extract)
    assert found is not None and found.count == 3
    # the heading, then the principles under it, which a reader checks
    heading, named = found.evidence.quote.split(": ", 1)
    assert heading.endswith(("intelligence", "data")) and named.startswith("Self-determination")


def test_a_counted_heading_with_nothing_under_it_is_not_principles() -> None:
    assert Engine().analyse(make_document("# Six principles for AI\n\nWe like AI.\n")).facts.get(
        principles.extract) is None


@pytest.mark.parametrize("text", [
    "The government has prepared six ethical principles to set a common framework for the use of AI.",
    "This work will take its outset in the six ethical principles for artificial intelligence.",
])
def test_a_count_of_ethical_principles_counts(text: str) -> None:
    found = Engine().analyse(make_document(text)).facts.get(principles.extract)
    assert found is not None and found.count == 6


def test_someone_elses_counted_principles_do_not_count() -> None:
    assert Engine().analyse(make_document("We note the OECD's five ethical principles for AI.")).facts.get(
        principles.extract) is None


def test_two_stated_principles_are_weaker_evidence_named_in_the_finding() -> None:
    text = ("We will pay attention to ethical aspects (ethics by design). "
            "Systems follow the principle of security by design. "
            "Diversity will be a guiding principle for all our thinking.")
    analysed = Engine().analyse(make_document(text))
    found = analysed.facts.get(principles.stated)
    assert found is not None and found.count == 3 and "stated in the text" in found.basis
    assert analysed.facts.get(principles.extract) is None
    (finding,) = findings_of(lint(text, rules=[RULE]), RULE)
    assert "stated in passing ('ethics by design'" in finding.message


@pytest.mark.parametrize("text", [
    "Systems follow the principle of security by design. We secure them by design.",  # one principle, twice
    "We act on principle. In principle we agree.",
])
def test_one_stated_principle_is_not_enough(text: str) -> None:
    assert Engine().analyse(make_document(text)).facts.get(principles.stated) is None


def test_corpus_denmark_ai_strategy_has_six_principles() -> None:
    engine = Engine()
    path = corpus_file("dk-national-strategy-for-ai-2019.pdf")
    found = engine.analyse(read_document(path, engine.limits)).facts.get(principles.extract)
    assert found is not None and found.count == 6


def test_a_heading_with_a_possessive_names_principles() -> None:
    text = ("# IT strategy\n\n## Team's Guiding Principles\n\n- Work collaboratively\n- Continuous learning\n"
            "- Working in the open\n")
    result = lint(text, rules=[RULE])
    assert findings_of(result, RULE) == [] and result.signs["useful-to-teams"].present is True


def test_a_named_set_of_principles_it_follows_is_the_teams_set() -> None:
    # an annual action plan under a strategy whose principles are published there: its teams have them
    text = "We will upgrade our systems.\n\nThe framework provided a Mission Statement, Principles, and Practices."
    result = lint(text, rules=[RULE])
    assert findings_of(result, RULE) == [] and result.signs["useful-to-teams"].present is True
    (evidence,) = result.signs["useful-to-teams"].evidence
    assert evidence["quote"].startswith("The framework provided") and "published elsewhere" in evidence["note"]
    topics = "We will upgrade our systems.\n\nCourses cover Big data, UX Design Principles and Cloud Computing."
    (plain,) = findings_of(lint(topics, rules=[RULE]), RULE)  # a course's topic is not a set the plan follows
    assert plain.decisive


def test_a_named_bodys_principles_the_work_is_bound_to_are_the_teams_set() -> None:
    required = ("We will publish our data.\n\nThe Research Council requires that research data is managed in "
                "accordance with the FAIR principles.\n\nOur data publishing should incorporate the guidelines and "
                "principles from W3C on the web platform.")
    result = lint(required, rules=[RULE])
    assert findings_of(result, RULE) == [] and result.signs["useful-to-teams"].present is True
    (evidence,) = result.signs["useful-to-teams"].evidence
    assert evidence["quote"].startswith("Our data publishing should incorporate")  # its own rule before another's
    # foreseen, not bound: "will comply" says what will happen, not what teams must do
    forecast = "We will publish our data.\n\nMore and more research data will comply with FAIR principles."
    assert findings_of(lint(forecast, rules=[RULE]), RULE)


def test_only_the_first_list_under_a_principles_heading_counts() -> None:
    text = ("# Vision and principles\n\nThe strategy articulates three key principles:\n\n"
            "1. Strengthen technical capabilities\n2. Avoid being too big to fail\n"
            "3. Adopt fit-for-purpose solutions\n\n"
            "These principles support a vision that focuses on:\n\n1. Working better together\n2. Technical diligence\n"
            "3. Service model fit\n4. Cost optimization\n")
    found = Engine().analyse(make_document(text)).facts.get(principles.extract)
    assert found is not None and found.count == 3
    assert found.evidence.quote == ("Vision and principles: Strengthen technical capabilities; Avoid being too big to "
                                    "fail; Adopt fit-for-purpose solutions")


def test_principles_counted_for_another_text_are_not_the_strategys() -> None:
    issued = ("In May 2012, social media guidelines were issued to civil servants based on six principles that "
              "encourage consultation.")
    assert Engine().analyse(make_document(issued)).facts.get(principles.extract) is None
    law = ("# Legal context\n\nArticle 5 of the GDPR summarizes these principles and states that data must be:\n\n"
           "- processed lawfully\n- collected for specified purposes\n- adequate and relevant\n- accurate\n")
    assert Engine().analyse(make_document(law)).facts.get(principles.extract) is None
    ours = "Our code of practice rests on five principles that every team applies."
    found = Engine().analyse(make_document(ours)).facts.get(principles.extract)
    assert found is not None and found.count == 5


def test_defaults_and_exceptions_that_run_through_the_text_guide_teams() -> None:
    text = ("# Our approach\n\nAs the default, support will be provided through libraries and the private sector.\n\n"
            "In exceptional circumstances, a department may seek an exemption from this requirement.\n\n"
            "We will take a digital-first approach when improving or providing new services.\n")
    result = lint(text, rules=[RULE])
    assert result.signs[RULE].present and findings_of(result, RULE) == []
    assert result.signs[RULE].evidence[0]["quote"].startswith("As the default")


def test_one_slogan_or_one_default_is_not_yet_guidance() -> None:
    slogan = ("Government will become digital by default.\n\nDigital by default is our aim.\n\n"
              "We will be digital by default by 2015.\n")
    assert not lint(slogan, rules=[RULE]).signs[RULE].present
    two = "Data is open by default.\n\nSystems are secure by default.\n"
    assert not lint(two, rules=[RULE]).signs[RULE].present


def test_a_list_of_principles_after_a_lead_in_is_quoted_with_its_first_items() -> None:
    text = ("The following principles are intended to guide the development of our data strategy.\n\n"
            "- Uphold Ethics: Monitor the implications of data practices.\n"
            "- Exercise Responsibility: Practise effective data stewardship.\n"
            "- Promote Transparency: Articulate the purposes of data use.\n")
    quote = lint(text, rules=[RULE]).signs[RULE].evidence[0]["quote"]
    assert quote.startswith("The following principles are intended to guide the development of our data strategy. "
                            "Uphold Ethics: Monitor the implications")

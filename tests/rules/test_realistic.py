"""realistic (SL205): a track record of what has been delivered."""

from __future__ import annotations

import pytest

from strategylint.engine import Engine
from strategylint.facts import track_record
from strategylint.findings import Evidence
from strategylint.parsers import read_document
from tests.conftest import corpus_file
from tests.helpers import findings_of, lint, make_document

RULE = "realistic"
DENMARK = "Denmark wants Danish firms in Denmark to lead Danish industry. "  # the country the strategy is about


@pytest.mark.parametrize("text", [
    "Since 2019 we have moved 40 services online and saved £2m a year.",
    "Last year we launched the Report It app.",
    "We have already reduced call waiting times by 30%.",
    "In 2020, 500 staff were trained in data skills.",
    "This strategy builds on the progress made under the 2018 strategy.",
    "Our existing Airflow DAGs will be updated with a new step that runs the dbt tests.",  # what it already runs
    # the country's own, after a clause that names another; a nation of the union the strategy is about
    "Belgium leads. Following the Grand Coalition on ICT jobs at European level, Belgium has set up "
    "DigitalChampions.be.",
    "The UK leads. In South Wales, communities such as Welsh ICE have put the region on the map since 2015.",
    # an earlier plan that worked
    "Statistical evidence suggests that the policies pursued by this Action Plan worked, boosting the number of "
    "students accepting places in Computer Science in 2013.",
])
def test_a_track_record_silences_the_rule(text: str) -> None:
    result = lint(text, rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.signs["realistic"].present is True


@pytest.mark.parametrize("text", [
    "We will become a world-leading digital organisation.",
    "We have developed this strategy with 2 partners.",  # writing the strategy is not a delivery
    "By 2026 we will have moved 40 services online.",  # a promise, not a record
    "We have ambitions for our residents.",
    "We will need to change our existing approaches to scoping ICT solutions.",  # a way of working, not a thing run
    # others' deliveries, in a strategy about Denmark
    DENMARK + "The US and China, but also Finland and Israel have developed ambitious plans since 2017.",
    DENMARK + "The American company IBM has launched the QRadar program.",
    DENMARK + "In the UK, the National Grid and DeepMind have developed a solution that saves 10%.",
    DENMARK + "As many as 55% of firms expect to have implemented the technology by 2021.",  # a forecast
    # writing or publishing a plan is not delivering it
    "The Plan has been developed as a collaboration between 2 departments and 5 agencies.",
    "In January 2017 the government published its Industrial Strategy green paper.",
    "This approach has been developed with 12 departments and with input from Age UK.",
    "We made this commitment in 2010 in response to the review of Government Online.",
    "Global AI policymaking has already begun, with 40 countries publishing strategies.",  # the world's, not ours
    "Artificial intelligence has been developed and used since the 1950s.",  # the field's history
    "In 2018 France has put forward a proposal on autonomous weapons.",  # a proposal, not a delivery
    "In 2016 the NISINE programme has developed a proposal for funding support.",  # nor one drawn up
    # a trend no one is said to have delivered, even in the place the strategy is about
    DENMARK + "The number of ICT firms registered in Denmark has increased since 2000, with over 1,000 today.",
    "The share of people using online government services has steadily increased from 39% in 2005 to 57% in 2011.",
])
def test_fires_without_a_track_record(text: str) -> None:
    result = lint(text, rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and findings[0].decisive and findings[0].severity == "info"
    assert "Talk about what you've already delivered" in findings[0].message


def test_min_deliveries_option() -> None:
    text = "Last year we launched the Report It app."
    assert len(findings_of(lint(text, rules=[RULE], options={RULE: {"min-deliveries": 2}}), RULE)) == 1


def test_corpus_uk_digital_strategy_describes_deliveries() -> None:
    engine = Engine()
    path = corpus_file("uk-dcms-uk-digital-strategy-2017.docx")
    found = engine.analyse(read_document(path, engine.limits)).facts.get(track_record.extract)
    assert len(found.deliveries) >= 5


def test_the_organisations_own_delivery_is_quoted_first() -> None:
    text = ("Since the 1990s, tools for computing have developed exponentially, with 10 times more power.\n\n"
            "Since 2019 we have moved 40 services online and saved £2m a year.\n")
    evidence = lint(text, rules=[RULE]).signs["realistic"].evidence
    assert evidence[0]["quote"].startswith("Since 2019 we have moved 40 services")


def test_a_place_in_another_bodys_name_is_no_doer_and_a_case_studys_we_comes_later() -> None:
    text = ("The UK leads.\n\nThe UK Health Data Research Alliance was formally launched on 7 February 2019.\n\n"
            "## Case studies\n\nOur systems have helped 12 trusts cut waiting times from 2 weeks to 2 days.\n\n"
            "## Progress\n\nWe have published 3 versions of the Code of Conduct since 2018.\n")
    quotes = [e.quote for e in lint_facts(text, "# AI in health and care\n\n")]
    assert quotes[0].startswith("We have published 3 versions")


def test_the_doer_of_the_delivery_decides_its_rank() -> None:
    text = ("These plans will build on the progress made by the CDO Council since 2019.\n\n"
            "The DNI programme will reuse the approaches they have developed with the e-skills council since 2015.\n\n"
            "Now a scale-up story, QuantumBlack has grown from 3 founders to 350 experts.\n\n"
            "It reports how the Swedish book market has developed since 2010.\n\n"
            "The Digital Belgium Skills Fund has been launched in April 2017.\n\n"
            "Belgium has set up 24 pilot applications in 5 medical fields.\n")
    quotes = [e.quote for e in lint_facts(text, "# Digital Belgium\n\n")]
    assert quotes[:2] == ["The Digital Belgium Skills Fund has been launched in April 2017.",
                          "Belgium has set up 24 pilot applications in 5 medical fields."]
    assert quotes[-1].startswith("These plans will build on the progress")


def test_an_infinitive_perfect_is_not_a_delivery() -> None:
    assert lint_facts("A point we hope to have made clear in 2018 is that pay scales matter.\n") == []


def lint_facts(text: str, cover: str = "") -> list[Evidence]:
    doc = Engine().analyse(make_document(cover + text))
    return doc.facts.get(track_record.extract).deliveries


def test_a_delivery_is_quoted_before_what_the_organisation_already_runs() -> None:
    text = ("We will further develop our existing data platforms for 12 services and add new ones.\n\n"
            "Since 2019 the council has launched 12 online services.\n")
    evidence = lint(text, rules=["realistic"]).signs["realistic"].evidence
    assert evidence[0]["quote"].startswith("Since 2019 the council has launched")


CHINA = "China leads. China invests. "


@pytest.mark.parametrize("text", [
    CHINA + "After many years, China has achieved important progress in the field of AI, with its papers ranked "
    "second in the world.",
    CHINA + "Intelligent social construction with AI has made positive progress.",
    CHINA + "Some progress has been made in the field of AI.",
])
def test_progress_claimed_in_general_is_no_delivery(text: str) -> None:
    result = lint(text, rules=[RULE], as_of=2017)
    (finding,) = findings_of(result, RULE)
    assert finding.message.startswith("Nothing specific says what has already been delivered: progress is claimed")
    assert finding.quote is not None and "progress" in finding.quote
    assert finding.data["progress_claims"] == 1


def test_progress_that_names_what_was_done_is_a_delivery() -> None:
    text = ("We have already made some good progress in designing digital services, for example with information "
            "about the justice system on GOV.UK.")
    assert findings_of(lint(text, rules=[RULE], as_of=2012), RULE) == []


def test_what_a_target_says_will_have_happened_is_no_delivery() -> None:
    text = (CHINA + "Second, by 2025, China will achieve major breakthroughs in basic theories for AI, while "
            "intelligent social construction has made positive progress in 20 cities.")
    result = lint(text, rules=[RULE], as_of=2017)
    assert result.signs[RULE].present is False
    (finding,) = findings_of(result, RULE)
    assert finding.message.startswith("Nothing says what has already been delivered.")
    # a year before the document came out is history, not a target
    history = CHINA + "By 2015, China had launched 20 AI pilot zones in its cities."
    assert lint(history, rules=[RULE], as_of=2017).signs[RULE].present is True

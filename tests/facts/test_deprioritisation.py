"""Statements of what the plan will not do, stops, defers or puts second; hints; how prominent they are."""

from __future__ import annotations

import pytest

from strategylint.engine import Engine
from strategylint.facts.deprioritisation import Selectivity, Statement, assess, distinct, statements
from tests.helpers import make_document

PLAN = "# Digital strategy\n\n## Our approach\n\n"


def found(text: str) -> list[Statement]:
    doc = Engine().analyse(make_document(text))
    return doc.facts.get(statements)


def kinds(text: str) -> list[str]:
    return [s.kind for s in found(PLAN + text)]


def selectivity(text: str) -> Selectivity:
    return Engine().analyse(make_document(text)).facts.get(assess)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # scope left out, work ruled out
        ("This strategy does not cover local government, the NHS or digital skills.", "excludes"),
        ("This strategy is not about encouraging more people to go online.", "excludes"),
        ("We will not automatically move all specialist content to the new website.", "excludes"),
        ("We are not going to build our own data centre.", "excludes"),
        ("Replacing the payroll system is out of scope.", "excludes"),
        ("Market research is outside the scope of this strategy.", "excludes"),
        ("We have decided not to renew the print contract.", "excludes"),
        ("Social media is not a priority for the next two years.", "excludes"),
        ("Given the sector's economics, a public initiative would not necessarily appear to be a priority.",
         "excludes"),
        ("A new intranet will not be an immediate priority.", "excludes"),
        # work stopped, retired, switched off
        ("We will retire the legacy case management system by 2026.", "stops"),
        ("The council will decommission two data centres.", "stops"),
        ("We will phase out paper forms.", "stops"),
        ("We must close existing alternative channels as demand falls.", "stops"),
        ("Old intranet pages will be switched off next spring.", "stops"),
        ("We will no longer print the staff magazine.", "stops"),
        # work put off
        ("We will defer the intranet rebuild to 2026.", "defers"),
        ("Mobile apps will be considered in a later phase.", "defers"),
        ("Future phases of the strategy will focus on data sharing with partners.", "defers"),
        ("Annual action plans move from: foundational governance (~2020-2022), to enterprise standards and budgeting "
         "(~2023-2025), to self-service analytics (~2026-2028).", "defers"),
        # one way over another
        ("The organisation should prefer shared capability over duplicated product-specific solutions.", "prefers"),
        ("We will buy commodity software rather than build bespoke systems.", "prefers"),
        ("Platform teams should provide logging rather than each team recreating it.", "prefers"),
        ("The point is not that we should use AI everywhere.", "prefers"),
        ("The goal is not to replace staff but to free their time for residents.", "prefers"),
        ("We should move away from point-to-point integrations.", "prefers"),
        # hints: a selection that does not say what is dropped
        ("The focus of the new plan is to build the supply of graduates.", "selects"),
        ("We must make bold investments in certain selected areas.", "selects"),
        ("We will transform four exemplar services by March 2026.", "selects"),
        ("We cannot do everything at once.", "selects"),
        ("For our situation, Elementary is the clear winner.", "selects"),  # a tool picked
        # trade-offs not worded "will not / stop / defer"
        ("We must not spread our resources too thinly.", "prefers"),
        ("We must not be tempted to spread our resources too thinly.", "prefers"),
        ("Our task force recommends avoiding spreading efforts too thinly.", "prefers"),
        ("We must resist the temptation to fund everything, but rather focus on four key sectors.", "prefers"),
        ("Resources are spread too thinly across the region.", "selects"),  # a hint, not a way refused
        ("SaaS and low-code platforms are preferred over custom development.", "prefers"),
        ("We will free up staff time by managing as little IT infrastructure as possible.", "prefers"),
        ("Begin tracking the decommissioning of legacy applications corporately.", "stops"),
        ("We will decommission legacy servers as contracts end.", "stops"),
        ("We chose Elementary over Great Expectations.", "prefers"),
        ("We recommend Elementary rather than Great Expectations.", "prefers"),
    ],
)
def test_each_kind_of_statement_is_recognised(sentence: str, kind: str) -> None:
    assert kinds(sentence) == [kind]


@pytest.mark.parametrize("heading", ["What we will not do", "Out of scope", "3. What we are stopping", "Not doing"])
def test_a_section_for_what_is_dropped_is_itself_a_statement(heading: str) -> None:
    text = PLAN + f"## {heading}\n\n- Bespoke apps\n"
    quote = heading.split(". ")[-1]  # a section number is a sentence of its own
    assert [(s.kind, s.evidence.quote, s.prominent) for s in found(text)] == [("excludes", quote, True)]


def test_a_principle_heading_that_names_what_loses_is_a_preference() -> None:
    text = PLAN + "## Decision principles\n\n### Protocols Over Products\n\nUse open standards.\n"
    assert [(s.kind, s.evidence.quote) for s in found(text)] == [("prefers", "Protocols Over Products")]


@pytest.mark.parametrize(
    "sentence",
    [
        # platitudes and refusals that choose nothing
        "We will not leave anyone behind.",
        "We will not compromise on safety.",
        "We will not stop until every resident is online.",
        "We will stop at nothing to help residents.",
        "We will always defer to clinical judgement.",
        "We will not do this alone.",
        "We will stop fraud and the spread of misinformation.",
        "The council will stop criminals from exploiting residents.",
        # someone else's scope, not the plan's
        "The Electronic Communications Act does not cover all robustness measures.",
        "The figure does not cover internal investments.",
        "Robotics was outside the scope of the national review.",
        "Data falls outside the scope of competition law.",
        "Many people choose not to work in the sector.",
        # stages already past are history, not work put off
        "The programme moved from pilots (2015-2016) to national roll-out (2017-2018).",
        "Businesses report the low priority afforded to digital transformation.",
        "Many firms do not consider cyber security to be a priority.",
        "Until 2015 the intranet had not been a priority.",
        # the world, not the plan
        "The old model will no longer be sufficient.",
        "If we do not invest, we will no longer be able to compete.",
        "By 2025, analysts predict that most data centres will be closed.",
        "This will close down digital coldspots across the region.",
        "It does not provide a final figure for the number of students.",
        # descriptions, not choices
        "Services were designed around paper forms rather than users.",
        "Control over data matters to citizens.",
        "Prices rose sharply over the past five years.",
        "We have used only a small number of services.",
        "Job losses are a risk in certain sectors.",
        "The point is not to question this approach, as it works well.",
        # the new trade-off wordings, where they choose nothing or describe the world
        "This should not be an exhaustive list, rather focus on key metrics that are most useful.",
        "In 2015 paper forms were preferred over online ones.",
        "The migration should happen with as little disruption as possible.",
        "Ministries build new applications without decommissioning legacy infrastructure.",
        "In 2019 the department was decommissioning legacy systems.",
        "China is the clear winner in the race for AI talent.",
        "Analysts expect that Elementary will be the clear winner.",
        "We recommend that partners review the guidance over the next year.",
        # a report's scope handed on, not work ruled out
        "Several important areas were outside the scope of this report but should be included in a future National "
        "Strategy.",
        "Cyber security is beyond the scope of this strategy, but it must be addressed by the security plan.",
        # a focus that does not narrow
        "This strategy focuses on the schools sector.",
        "The white paper focuses on tools for public administration.",
    ],
)
def test_platitudes_descriptions_and_others_scope_do_not_count(sentence: str) -> None:
    assert kinds(sentence) == []


def test_statements_far_into_a_long_document_are_not_prominent() -> None:
    filler = "".join(f"## Chapter {n}\n\nWe will improve service {n} for residents with partners.\n\n" * 1
                     for n in range(1, 400))
    text = PLAN + "We will defer the intranet rebuild to 2026.\n\n" + filler + "We will retire the old portal.\n"
    statements_found = found(text)
    assert [(s.kind, s.prominent) for s in statements_found] == [("defers", True), ("stops", False)]


def test_a_statement_under_a_scope_heading_is_prominent_wherever_it_stands() -> None:
    filler = "".join(f"## Chapter {n}\n\nWe will improve service {n} for residents with partners.\n\n"
                     for n in range(1, 400))
    text = PLAN + filler + "## Scope\n\nThis strategy does not cover schools.\n"
    assert [(s.kind, s.prominent) for s in found(text)] == [("excludes", True)]


def test_repeats_are_counted_once() -> None:
    text = PLAN + ("This strategy does not cover schools or hospitals in the county.\n\n"
                   "Later on: this strategy does not cover schools or hospitals in the county at all.\n\n"
                   "This strategy does not cover schools or hospitals in the county, as said.\n")
    assert len(found(text)) == 3
    assert len(distinct(found(text))) == 2


def test_a_bigger_plan_needs_more_statements() -> None:
    small = selectivity(PLAN + "We will retire the old portal.\n")
    commitments = "\n\n".join(f"We will improve service number {n} for residents." for n in range(1, 171))
    big = selectivity(PLAN + "We will retire the old portal.\n\n" + commitments + "\n")
    assert small.needed == 1 and small.selective and small.makes_trade_offs
    assert big.needed == 2 and not big.selective and not big.makes_trade_offs


def test_hints_make_a_plan_selective_but_are_not_trade_offs() -> None:
    hinted = selectivity(PLAN + "We will transform four exemplar services by March 2026.\n")
    assert hinted.selective and not hinted.makes_trade_offs
    assert hinted.explicit == [] and hinted.drops == []


def test_ranking_goals_equally_is_not_selective() -> None:
    ranked = selectivity(PLAN + "We will retire the old portal. The following goals are each of equal ranking.\n")
    assert len(ranked.equal_ranking) == 1
    assert not ranked.selective and not ranked.makes_trade_offs
    unrelated = selectivity(PLAN + "It is equally important to anticipate the cost of access.\n")
    assert unrelated.equal_ranking == ()


def test_the_fact_is_the_explicit_statements_only() -> None:
    doc = Engine().analyse(make_document(PLAN + "We will transform four exemplar services. We will phase out fax.\n"))
    assert [e.quote for e in doc.facts.deprioritisation] == ["We will phase out fax."]
    assert doc.facts.as_dict()["states_deprioritisation"]["value"] is True


def test_an_option_chosen_in_a_tool_selection_section_is_a_selection() -> None:
    text = PLAN + "## Tool selection\n\nElementary is the clear winner.\n"
    assert [(s.kind, s.prominent) for s in found(text)] == [("selects", True)]


def test_a_clear_winner_outside_any_choice_is_not_a_preference() -> None:
    assert kinds("## Market\n\nEurope is the clear winner.\n") == []


def test_priorities_that_deserve_the_same_attention_are_ranked_equally() -> None:
    ranked = selectivity(PLAN + "We will retire the old portal. All these priorities deserve the same amount of "
                         "attention!\n")
    assert len(ranked.equal_ranking) == 1
    assert not ranked.makes_trade_offs
    assert selectivity(PLAN + "Each school gets the same amount of attention from inspectors.\n").equal_ranking == ()


@pytest.mark.parametrize("text", [
    "We will prioritise the development of new digital services for those where there is the highest demand.",
    "Seven policies can be pursued immediately.",
    "It has also been used to identify our four proposed exemplar services.",
    "The areas have been selected as the preconditions for using artificial intelligence are good.",
])
def test_a_selection_by_criterion_or_a_first_step_is_a_hint(text: str) -> None:
    assert kinds(text) == ["selects"]


@pytest.mark.parametrize("text", [
    "Residents can book appointments where there is the highest demand for them.",
    "Seven policies were reviewed last year.",
    "The exemplar project won an award.",
])
def test_near_misses_are_not_hints(text: str) -> None:
    assert kinds(text) == []

"""partial-document (SL002): an annex or a statement of principles, judged alone."""

from __future__ import annotations

import pytest

from strategylint.engine import Engine
from strategylint.parsers import read_document
from tests.conftest import corpus_file
from tests.helpers import findings_of, lint

RULE = "partial-document"
ABSENCE_RULES = ["q2-mission", "q10-risks", "realistic"]

ANNEX = """# Ministry of Digital Strategy

## ANNEX 1

## Digital roadmap

- The roadmap gives an overview of all our current projects with a digital element.
- Online booking of prison visits goes live in 2013.
- We will leverage the new case system in 2014.
"""

PRINCIPLES = """# Our design principles

These principles guide every digital decision we make:

1. Start with needs: design for the people who use the service.
2. Do less: reuse what others have built.
3. Make things open: it makes things better.
"""


@pytest.mark.parametrize("opening", [
    "# ANNEX 1\n\nThe roadmap lists our projects.",
    "# Appendix B: Action plan\n\nThe actions are listed below.",
    "# Annexe II - Roadmap\n\nThe roadmap lists our projects.",
    "# Digital Strategy 2024\n\nDecember 2024\n\n## Annex 3\n\nThe roadmap lists our projects.",
])
def test_fires_on_a_document_that_opens_as_an_annex(opening: str) -> None:
    (finding,) = findings_of(lint(opening, rules=[RULE]), RULE)
    assert finding.message.startswith("Judged on its own: this is a part of a larger document")
    assert finding.quote is not None and finding.quote.split()[0].lower().startswith(("annex", "appendix"))
    assert finding.severity == "info" and finding.location.line is not None


@pytest.mark.parametrize("text", [
    # an annex mentioned later, or in a sentence, is not the document being one
    "# Digital Strategy\n\nIntro.\n\n## Goals\n\nGoal one.\n\n## Users\n\nUsers.\n\n## Risks\n\nRisks.\n\n"
    "## Annex 1\n\nThe roadmap.",
    "# Digital Strategy\n\nAnnex 1 sets out the roadmap in detail for every team.",
    "# Contents\n\nAppendix A ........ 23\n\n## Foreword\n\nText.",
    "# Digital Strategy 2024-2027\n\nOur mission is to make every council service easy to use online.",
])
def test_stays_silent_on_a_whole_document(text: str) -> None:
    assert findings_of(lint(text, rules=[RULE]), RULE) == []


def test_the_next_heading_names_the_annex() -> None:
    (finding,) = findings_of(lint(ANNEX, rules=[RULE]), RULE)
    assert finding.quote == "ANNEX 1 Digital roadmap"
    assert finding.location.line == 3


def test_an_annex_keeps_its_absences_in_the_scorecard_and_lists_located_findings() -> None:
    result = lint(ANNEX, rules=[RULE, *ABSENCE_RULES, "mainstream"])
    listed = [f.rule for f in result.findings]
    assert RULE in listed
    assert not set(ABSENCE_RULES) & set(listed)
    assert set(ABSENCE_RULES) <= {f.rule for f in result.in_scorecard}
    # a word to avoid sits at a place in the text: it is still listed
    assert any(f.rule == "mainstream" and f.location.line for f in result.findings)
    # the verdicts do not change
    assert result.board["q2-mission"].status == "missing" and result.board["q10-risks"].status == "missing"
    assert result.signs["realistic"].present is False


def test_ignoring_the_rule_lists_the_absences_again() -> None:
    result = lint(ANNEX, rules=ABSENCE_RULES)
    assert set(ABSENCE_RULES) <= {f.rule for f in result.findings}


def test_fires_on_a_short_statement_of_principles() -> None:
    (finding,) = findings_of(lint(PRINCIPLES, rules=[RULE]), RULE)
    assert "statement of principles ('Our design principles'" in finding.message
    assert finding.data["principles"] == 3 and finding.location.line == 1


def test_a_principles_title_without_a_list_or_with_a_long_text_is_a_whole_document() -> None:
    unlisted = "# Our design principles\n\nWe think principles matter and will write them down next year."
    assert findings_of(lint(unlisted, rules=[RULE]), RULE) == []
    long_text = PRINCIPLES + "\n" + "The council runs many services for its residents every day. " * 200
    assert findings_of(lint(long_text, rules=[RULE]), RULE) == []
    shorter_limit = lint(PRINCIPLES, rules=[RULE], options={RULE: {"max-principles-words": 20}})
    assert findings_of(shorter_limit, RULE) == []


@pytest.mark.parametrize(("opening", "quote"), [
    ("# Digital Belgium\n\nStatus June 2017\n\nBelgium launched Digital Belgium in 2015.\n\n"
     "This document outlines some of the key achievements of Digital Belgium", "This document outlines"),
    ("# Progress report 2023\n\nThe strategy's second year.", "Progress report 2023"),
    ("# Digital strategy\n\n## Annual update on the digital strategy\n\nWe did a lot.", "Annual update on"),
    ("# Our strategy\n\nThis report sets out the progress made since 2021 against our five missions.",
     "This report sets out the progress"),
])
def test_fires_on_a_progress_report(opening: str, quote: str) -> None:
    (finding,) = findings_of(lint(opening, rules=[RULE]), RULE)
    assert finding.data["part"] == "progress report"
    assert finding.quote is not None and finding.quote.startswith(quote)
    assert "report on progress" in finding.message and "the strategy it reports on" in finding.message


@pytest.mark.parametrize("text", [
    "# Digital strategy 2024-2027\n\nThis strategy sets out our progress so far and our plans.",  # a strategy
    "# Digital strategy\n\nWe will publish a progress report every April.",
    "# Digital strategy\n\nThis document outlines our plan for the next three years.",
])
def test_a_strategy_that_speaks_of_progress_is_not_a_progress_report(text: str) -> None:
    assert findings_of(lint(text, rules=[RULE]), RULE) == []


@pytest.mark.parametrize(("name", "part"), [
    ("be-digital-belgium-status-2017.pdf", "progress report"),
    ("uk-moj-digital-roadmap-annex1-2012.pdf", "annex"),
    ("us-federal-data-strategy-principles-2018.pdf", "principles"),
    ("uk-moj-digital-strategy-2012.pdf", None),
    ("us-federal-data-strategy-framework-2019.pdf", None),
])
def test_real_documents(name: str, part: str | None) -> None:
    engine = Engine()
    result = engine.lint_document(read_document(corpus_file(name), engine.limits), name)
    found = [f.data["part"] for f in result.findings if f.rule == RULE]
    assert found == ([part] if part else [])


OVERVIEW = """# Financial Data Transformation Strategy Overview

## Goal

Improve the quality of federal financial data.

## Strategies

- Open: publish the data.
- Connect: link the systems.
"""


def test_a_short_overview_of_a_strategy_is_judged_as_a_part() -> None:
    result = lint(OVERVIEW, rules=[RULE, *ABSENCE_RULES])
    (finding,) = findings_of(result, RULE)
    assert finding.message.startswith("Judged on its own: this is an overview ('Financial Data Transformation "
                                      "Strategy Overview'")
    assert "q10-risks" not in {f.rule for f in result.findings}
    assert "q10-risks" in {f.rule for f in result.in_scorecard} and result.board["q10-risks"].status == "missing"


@pytest.mark.parametrize("title", ["Executive Summary", "Summary", "Digital Strategy 2024-2027"])
def test_a_strategys_own_summary_heading_is_not_an_overview(title: str) -> None:
    text = OVERVIEW.replace("Financial Data Transformation Strategy Overview", title)
    assert findings_of(lint(text, rules=[RULE]), RULE) == []

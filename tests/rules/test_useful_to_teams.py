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


def test_corpus_federal_data_strategy_framework_has_ten_principles() -> None:
    engine = Engine()
    path = corpus_file("us-federal-data-strategy-framework-2019.pdf")
    found = engine.analyse(read_document(path, engine.limits)).facts.get(principles.extract)
    assert found is not None and found.count == 10

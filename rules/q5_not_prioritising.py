"""Board question 5: whether the strategy says what it is not prioritising.

The guidance's board question "What are you not prioritising in your digital strategy?": "Board members
will want assurance that the strategy's ambitions are achievable and understand what has been
de-prioritised to free up capacity to deliver on its priorities."

The answer reads the document's statements of what it will not do, stop or defer (the same statements
`no-deprioritisation` reads; platitudes such as "we will not leave anyone behind" do not count). It is
*addressed* with at least ``min-statements`` (default 2) different statements that name work ruled out,
stopped or deferred ("this strategy does not cover local government"; "we will close the paper
channels"); *partial* when the document only hints: one such statement, a preference of one way over
another with nothing dropped, or a selection that does not say what is left out ("four exemplar
services", "the focus of the new plan is skills"); and *missing* with none.

Options: ``min-statements`` (default 2).

Bad: "All twelve of our priorities matter equally."

Good: "We will stop building bespoke apps. We will defer the intranet rebuild to 2026."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts.deprioritisation import assess
from strategylint.findings import Evidence, Finding

CODE = "SL305"
NAME = "q5-not-prioritising"
QUESTION = "q5-not-prioritising"
SEVERITY = "info"
OPTIONS = {"min-statements": 2}
ASK = "What are you not prioritising in your digital strategy?"


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    selectivity = doc.facts.get(assess)
    drops = selectivity.drops
    yield from selectivity.shown()
    if len(drops) >= int(options["min-statements"]):
        return
    if selectivity.statements:
        first = drops[0] if drops else selectivity.statements[0]
        if drops:
            said = "One statement says what will not be done, stopped or deferred"
        elif first.explicit:
            said = "The document says which way it prefers, but not what it will stop, defer or not do"
        else:
            said = "The document names what it singles out, but not what is left out"
        yield Finding(
            message=(f"The board will ask: '{ASK}' {said}; the board will want to see what has been de-prioritised "
                     "to free up capacity."),
            suggestion="List the work you will stop, defer or decline, and what each frees up.",
            location=first.evidence.location,
            quote=first.evidence.quote,
            decisive=False,
            data={"statements": len(selectivity.statements), "dropping_statements": len(drops)},
        )
        return
    yield Finding(
        message=f"The board will ask: '{ASK}' Nothing says what will not be done, will stop or is deferred.",
        suggestion="Add a short 'What we will not do' section: the work you will stop, defer or decline, and why.",
        data={"statements": 0},
        topic="nothing-deprioritised",
    )

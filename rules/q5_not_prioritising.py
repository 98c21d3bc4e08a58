"""Board question 5: whether the strategy says what it is not prioritising.

The guidance's board question "What are you not prioritising in your digital strategy?": "Board members
will want assurance that the strategy's ambitions are achievable and understand what has been
de-prioritised to free up capacity to deliver on its priorities."

The answer reads the document's statements of what it will not do, stop or defer (the same statements
`no-deprioritisation` reads; platitudes such as "we will not leave anyone behind" do not count). It is
*addressed* with at least ``min-statements`` (default 2) of them, *partial* with fewer, and *missing*
with none.

Options: ``min-statements`` (default 2).

Bad: "All twelve of our priorities matter equally."

Good: "We will stop building bespoke apps. We will defer the intranet rebuild to 2026."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.findings import Evidence, Finding

CODE = "SL305"
NAME = "q5-not-prioritising"
QUESTION = "q5-not-prioritising"
SEVERITY = "info"
OPTIONS = {"min-statements": 2}
ASK = "What are you not prioritising in your digital strategy?"


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    statements = doc.facts.deprioritisation
    yield from statements[:3]
    if len(statements) >= int(options["min-statements"]):
        return
    if statements:
        yield Finding(
            message=(f"The board will ask: '{ASK}' One statement says what will not be done; the board will want "
                     "to see what has been de-prioritised to free up capacity."),
            suggestion="List the work you will stop, defer or decline, and what each frees up.",
            location=statements[0].location,
            quote=statements[0].quote,
            decisive=False,
            data={"statements": len(statements)},
        )
        return
    yield Finding(
        message=f"The board will ask: '{ASK}' Nothing says what will not be done, will stop or is deferred.",
        suggestion="Add a short 'What we will not do' section: the work you will stop, defer or decline, and why.",
        data={"statements": 0},
        topic="nothing-deprioritised",
    )

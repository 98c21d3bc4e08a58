"""The strategy is not selective: no explicit trade-offs, or too many priorities.

The guidance's sign *Focused*: "A good digital strategy is selective. Making trade-offs is difficult but
essential to free up the bandwidth required for digital transformation."

The sign is present when the document says what it will not do, stop or defer (the same statements
`no-deprioritisation` reads) and keeps its top-level priorities to ``max-priorities`` or fewer. The rule
fires once, for the document, otherwise.

Options: ``max-priorities`` (default 7).

Bad: "We will pursue every opportunity that digital offers."

Good: "We will stop building bespoke apps so that the team can focus on the three services residents use most."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.findings import Evidence, Finding

CODE = "SL206"
NAME = "focused"
SIGN = "focused"
SEVERITY = "info"
OPTIONS = {"max-priorities": 7}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    statements = doc.facts.deprioritisation
    priorities = doc.facts.priorities
    count = priorities.count if priorities else 0
    limit = int(options["max-priorities"])
    yield from statements[:3]
    if statements and count <= limit:
        return
    why = ("nothing says what will not be done, stopped or deferred" if not statements
           else f"{count} top-level priorities, more than {limit}")
    yield Finding(
        message=(f"Not selective: {why}. The guidance: 'A good digital strategy is selective. Making trade-offs "
                 "is difficult but essential.'"),
        suggestion=(f"Keep {limit} or fewer priorities and say what you will stop or defer to free up the capacity "
                    "they need."),
        data={"deprioritisation_statements": len(statements), "priority_count": count},
        topic="too-many-priorities" if statements else "nothing-deprioritised",
    )

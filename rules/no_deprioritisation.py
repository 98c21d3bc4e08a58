"""Nothing says what will not be done: the strategy reads like a wish list.

The guidance's sign *Reads like a wish list*: "Good digital strategy acknowledges that it won't fix
everything at once ... It should be clear what is being prioritised, and equally what isn't." Board
question 5 asks: "What are you *not* prioritising in your digital strategy?"

The rule fires for a plan with enough in it to choose from (at least ``min-commitments`` commitments,
or more than three priorities) that never says what it will not do, will stop, or defers. Platitudes
such as "we will not leave anyone behind" do not count as choices. It also fires when the document
sets more top-level priorities than ``max-priorities``: when everything is a priority, nothing is.

Options: ``max-priorities`` (default 7), ``min-commitments`` (default 15).

Bad: "Our twelve priorities are equally important, and we will pursue them all."

Good: "To free up the team, we will stop building bespoke apps and defer the intranet rebuild to 2026."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.findings import Evidence, Finding

CODE = "SL106"
NAME = "no-deprioritisation"
SIGN = "wish-list"
SEVERITY = "warning"
OPTIONS = {"max-priorities": 7, "min-commitments": 15}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    statements = doc.facts.deprioritisation
    priorities = doc.facts.priorities
    count = priorities.count if priorities else 0
    yield from statements[:3]
    enough = len(doc.facts.commitments) >= int(options["min-commitments"]) or count > 3
    if not statements and enough:
        counted = f" ({count} priorities, none ranked against the others)" if count else ""
        yield Finding(
            message=(f"Nothing says what will not be done, will stop, or is deferred{counted}. The guidance: "
                     "'It should be clear what is being prioritised, and equally what isn't.'"),
            suggestion=("Add a short 'What we will not do' section: the work you will stop, defer or decline "
                        "to free up capacity for the priorities."),
            data={"priority_count": count, "commitments": len(doc.facts.commitments)},
            topic="nothing-deprioritised",
        )
    max_priorities = int(options["max-priorities"])
    if priorities and count > max_priorities:
        yield Finding(
            message=(f"{count} top-level priorities, more than {max_priorities}: when everything is a priority, "
                     "nothing is. The guidance: 'A good digital strategy is selective.'"),
            suggestion=f"Rank the priorities and keep the top {max_priorities} or fewer; move the rest to later.",
            location=priorities.evidence.location,
            quote=priorities.evidence.quote,
            data={"priority_count": count},
            topic="too-many-priorities",
        )

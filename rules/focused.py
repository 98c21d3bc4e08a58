"""The strategy is not selective: no explicit trade-offs where a reader will see them.

The guidance's sign *Focused*: "A good digital strategy is selective. Making trade-offs is difficult but
essential to free up the bandwidth required for digital transformation."

The sign is present when the document makes explicit trade-offs where a reader will see them (in the
first fifth, or in a summary, scope, focus, priorities or principles section, or as a principle heading):
it says what it will not do, will stop or defers, or which way it takes over another ("prefer shared
capability over duplicated solutions", "Protocols Over Products", "buy rather than build"). A bigger
plan needs more of them: one, and one more for every 150 commitments. Hints that only name what is
chosen ("four exemplar services", "the focus of the new plan is skills") are not trade-offs: they do not
say what loses. A plan that ranks its goals equally is not selective. The rule fires once, for the
document, otherwise, and says why.

Options: ``max-priorities`` (default 0), where 0 turns it off: set it to also require that many or fewer
top-level priorities.

Bad: "We will pursue every opportunity that digital offers."

Good: "We will stop building bespoke apps so that the team can focus on the three services residents use most."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts.deprioritisation import Selectivity, assess
from strategylint.facts.priorities import describe
from strategylint.findings import Evidence, Finding, counted

CODE = "SL206"
NAME = "focused"
SIGN = "focused"
SEVERITY = "info"
OPTIONS = {"max-priorities": 0}


def _why(selectivity: Selectivity, commitments: int) -> str:
    explicit = selectivity.explicit
    if selectivity.equal_ranking:
        return "it ranks its goals equally"
    if not explicit:
        if selectivity.statements:
            hint = selectivity.statements[0].evidence
            return (f"it names what it singles out ({hint.location.describe()}) but never what it will not do, "
                    "stop or defer")
        return "nothing says what will not be done, stopped or deferred"
    prominent = selectivity.prominent_explicit
    if not prominent:
        return (f"its only trade-off is an aside at {explicit[0].evidence.location.describe()}, not where a reader "
                "takes in the strategy")
    trade_offs = counted(len(prominent), "explicit trade-off")
    return f"{trade_offs} for {commitments} commitments is too few to make it selective"


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    selectivity = doc.facts.get(assess)
    priorities = doc.facts.priorities
    count = priorities.count if priorities else 0
    limit = int(options["max-priorities"])
    too_many = bool(priorities and limit and count > limit)
    yield from selectivity.shown()
    if selectivity.makes_trade_offs and not too_many:
        return
    commitments = len(doc.facts.commitments)
    why = _why(selectivity, commitments)
    if selectivity.makes_trade_offs and priorities:
        why = f"{describe(priorities)}, more than {limit}"
    yield Finding(
        message=(f"Not selective: {why}. The guidance: 'A good digital strategy is selective. Making trade-offs "
                 "is difficult but essential.'"),
        suggestion=("Say near the front what you will stop, defer or not do, and which way you take over another, "
                    "to free up the capacity the priorities need."),
        data={"deprioritisation_statements": len(selectivity.explicit), "priority_count": count},
        topic="too-many-priorities" if selectivity.makes_trade_offs else "nothing-deprioritised",
    )

"""Nothing says what will not be done: the strategy reads like a wish list.

The guidance's sign *Reads like a wish list*: "Good digital strategy acknowledges that it won't fix
everything at once ... It should be clear what is being prioritised, and equally what isn't." Board
question 5 asks: "What are you *not* prioritising in your digital strategy?"

The rule fires for a plan with enough in it to choose from (at least ``min-commitments`` commitments,
or more than three top-level priorities) that does not show, where a reader will see it, what it will
not do, will stop, defers or puts second, or at least which few things it singles out. Where it stands
matters: the first fifth of the document, a summary, scope, focus, priorities or principles section, or
a principle heading such as "Protocols Over Products". One aside deep in a late chapter does not make a
long plan selective, and a bigger plan needs more: one statement, and one more for every 150
commitments. Platitudes such as "we will not leave anyone behind" do not count as choices. It also
fires, whatever else the plan says, when it ranks its goals equally ("the following goals, each of equal
ranking"). The message says how many top-level priorities were counted, from what, and where.

The number of priorities alone does not make a wish list: eight well-chosen actions can be selective.
Set ``max-priorities`` to also flag any plan with more top-level priorities than that.

Options: ``max-priorities`` (default 0), where 0 turns that check off; ``min-commitments`` (default 15).

Bad: "Our twelve priorities are equally important, and we will pursue them all."

Good: "To free up the team, we will stop building bespoke apps and defer the intranet rebuild to 2026."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts.deprioritisation import Selectivity, assess
from strategylint.facts.priorities import Priorities, describe
from strategylint.findings import Evidence, Finding, counted, shorten

CODE = "SL106"
NAME = "no-deprioritisation"
SIGN = "wish-list"
SEVERITY = "warning"
OPTIONS = {"max-priorities": 0, "min-commitments": 15}
GUIDANCE = "The guidance: 'It should be clear what is being prioritised, and equally what isn't.'"


CHOICE_QUOTE = 140  # characters of the choice quoted beside an equal ranking


def _why(selectivity: Selectivity, commitments: int) -> str:
    if not selectivity.statements:
        return "Nothing says what will not be done, will stop, or is deferred"
    if not selectivity.prominent:
        where = ("the only such statement is an aside at" if selectivity.explicit
                 else "the only hint of a choice is far into the document, at")
        first = (selectivity.explicit or list(selectivity.statements))[0]
        return ("Nothing where a reader will see it says what will not be done, will stop, or is deferred "
                f"({where} {first.evidence.location.describe()})")
    if not selectivity.prominent_explicit:
        hints = len(selectivity.prominent)
        return (f"Only {hints} hint{'s' if hints != 1 else ''} of a choice, none saying what will not be done, will "
                f"stop, or is deferred, for a plan of {commitments} commitments")
    return ("Too little says what will not be done, will stop, or is deferred for a plan this size: "
            f"{counted(len(selectivity.prominent_explicit), 'statement')} for {commitments} commitments")


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    selectivity = doc.facts.get(assess)
    priorities: Priorities | None = doc.facts.priorities
    count = priorities.count if priorities else 0
    commitments = len(doc.facts.commitments)
    yield from selectivity.shown()
    counted = f", across {describe(priorities)}" if priorities else ""
    data = {"priority_count": count, "commitments": commitments,
            "statements": len(selectivity.statements), "prominent_statements": len(selectivity.prominent)}
    if selectivity.equal_ranking:
        ranked = selectivity.equal_ranking[0]
        # a plan that also singles some things out is told so: the finding is about what it puts level
        chosen = selectivity.prominent[0].evidence if selectivity.prominent else None
        also = (f" It does single some things out ('{shorten(chosen.quote, CHOICE_QUOTE)}', "
                f"{chosen.location.describe()}), but says the rest deserve equal weight"
                + ("" if selectivity.drops else " and never what it will stop or defer") + "." if chosen else "")
        yield Finding(
            message=(f"The plan ranks its goals equally{counted}: when everything is a priority, nothing is.{also} "
                     f"{GUIDANCE}"),
            suggestion=("Rank the priorities, and say which come first and what you will stop or defer to free up "
                        "capacity for them."),
            location=ranked.location,
            quote=ranked.quote,
            data=data,
            topic="nothing-deprioritised",
        )
    elif not selectivity.selective and (commitments >= int(options["min-commitments"]) or count > 3):
        yield Finding(
            message=f"{_why(selectivity, commitments)}{counted}. {GUIDANCE}",
            suggestion=("Add a short 'What we will not do' section near the front: the work you will stop, defer "
                        "or decline to free up capacity for the priorities."),
            data=data,
            topic="nothing-deprioritised",
        )
    max_priorities = int(options["max-priorities"])
    if priorities and max_priorities and count > max_priorities:
        yield Finding(
            message=(f"{describe(priorities)}, more than the {max_priorities} this project allows: when "
                     "everything is a priority, nothing is. The guidance: 'A good digital strategy is selective.'"),
            suggestion=f"Rank the priorities and keep the top {max_priorities} or fewer; move the rest to later.",
            location=priorities.evidence.location,
            quote=priorities.evidence.quote,
            data={"priority_count": count},
            topic="too-many-priorities",
        )

"""Board question 9: does the strategy say how the organisation will change to enable digital.

Board question 9 asks: "How will your organisation change to enable digital transformation?" The
guidance: "Think about how your planning cycles, incentives, finance and governance processes may need
to change to enable a more agile way of working."

The answer is addressed when the document covers at least ``min-aspects`` (default 3) of: governance,
funding, planning, incentives, skills, ways of working, and structure and leadership, and says how
delivery is governed in at least ``min-governance-sentences`` sentences (default 3): a steering group,
board or authority that owns the change. A plan that covers one aspect more than that (four by default)
in at least ``min-broad-sentences`` sentences (default 15) addresses it as well: such breadth is itself
an account of how the organisation will change. A plan that lists skills and funding but never says who
steers the change gives a partial answer, as does one that covers fewer aspects; missing when it covers
none. The governance of a society or a market ("social governance") and the groups that commented on the
draft are not the organisation's change. The bodies it sets up or appoints to govern the change ("Establish
an Implementation Group", "we will appoint an advisory council") are quoted first, and a table's field
("Completion: ... dependent on executive governance") last.

Bad: "New technology will be rolled out across the estate."

Good: "A digital steering group will oversee delivery. The programme board meets monthly and owns the
benefits. The governance of each project sits with its service director. Funding moves to a product model
with multi-year budgets. Every team will be trained in agile ways of working."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import org_change
from strategylint.findings import Evidence, Finding, counted

CODE = "SL309"
NAME = "q9-org-change"
QUESTION = "q9-org-change"
SIGN = None
SEVERITY = "info"
OPTIONS = {"min-aspects": 3, "min-governance-sentences": 3, "min-broad-sentences": 15}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(org_change.extract)
    yield from found.evidence[:3]
    covered = list(found.aspects)
    data = {"aspects": covered, "sentences": found.topic.sentences}
    if not covered:
        yield Finding(
            message=("How will your organisation change to enable digital transformation? Nothing is said about "
                     "governance, funding, planning, incentives, skills or ways of working."),
            suggestion=("Say how governance, funding and planning cycles, skills and ways of working will change "
                        "to deliver the strategy."),
            data=data,
        )
        return
    governed = len(found.aspects.get("governance", [])) >= int(options["min-governance-sentences"])
    broad = len(covered) > int(options["min-aspects"]) and found.topic.sentences >= int(options["min-broad-sentences"])
    if (len(covered) >= int(options["min-aspects"]) and governed) or broad:
        return
    others = [a for a in org_change.ASPECTS if a not in covered]
    if len(covered) >= int(options["min-aspects"]):
        gap = (f"{', '.join(covered)} are covered, but little says who governs the change "
               f"({counted(len(found.aspects.get('governance', [])), 'sentence')} on governance)")
    else:
        verb = "is" if len(covered) == 1 else "are"
        gap = f"only {', '.join(covered)} {verb} covered; nothing on {', '.join(others)}"
    first = found.evidence[0]
    yield Finding(
        message=f"How will your organisation change to enable digital transformation? {gap[0].upper()}{gap[1:]}.",
        suggestion="Say how governance, funding and planning cycles, skills and ways of working will change.",
        location=first.location,
        quote=first.quote,
        decisive=False,
        data=data,
    )

"""Board question 10: does the strategy say what could go wrong and how the risks are managed.

Board question 10 asks: "What could go wrong?" The guidance: "From project failure to cyber security
incidents and outages, it is inevitable that some things will go wrong. Board leaders should make sure
the right systems are in place to reduce these risks and promote a culture of learning, not blame."

The answer is addressed when the document has a section on risk, or says how risks are managed
(assessment, mitigation, contingency, business continuity, lessons learned) in at least ``min-managed``
sentences (default 2); partial when it names risks, threats or failures without saying how they are
managed; missing when it names none.

Bad: "Every project in this strategy will succeed and deliver its benefits on time."

Good: "The main risks are cyber attacks and outages, and we mitigate each with tested disaster recovery plans.
We keep a risk register that the board reviews every quarter."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import risks
from strategylint.findings import Evidence, Finding, counted

CODE = "SL310"
NAME = "q10-risks"
QUESTION = "q10-risks"
SIGN = None
SEVERITY = "info"
OPTIONS = {"min-managed": 2}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(risks.extract)
    yield from found.evidence[:3]
    data = {"sentences": found.topic.sentences, "managed": len(found.managed), "headings": len(found.topic.headings)}
    if not found.topic.evidence:
        yield Finding(
            message=("What could go wrong? No risks, threats, failures, outages or cyber security incidents are "
                     "named."),
            suggestion=("Name the main risks to delivery and to services (project failure, cyber incidents, "
                        "outages) and how you will reduce them and learn from what goes wrong."),
            data=data,
        )
        return
    if found.topic.headings or len(found.managed) >= int(options["min-managed"]):
        return
    first = found.evidence[0]
    yield Finding(
        message=("What could go wrong, and what is in place to reduce the risks? Risks are named "
                 f"({counted(found.topic.sentences, 'sentence')}), but not how they are managed."),
        suggestion="Say how each main risk is assessed, mitigated and reviewed, and how you learn from incidents.",
        location=first.location,
        quote=first.quote,
        decisive=False,
        data=data,
    )

"""Digital is not tied to the organisation's own corporate, business or policy plan.

The guidance's sign *Integrated*: "To succeed, digital transformation can't just be a bolt-on. Digital
should be integral to system and trust-level strategies and business plans. It is an enabler for wider
improvement."

The rule looks for the plan digital serves: a corporate, business, clinical or council plan, the
government's programme or policy, the organisation's mission or strategic objectives. It fires once, for
the document, when the text names no such plan at all. A plan named together with how digital serves it
("supports", "aligned with", "enables") is evidence of the sign, and so are the plan's goals said to serve the
organisation's own success or growth ("Higher enrollment rates directly impact the success and growth of MMTTC",
in MMTTC's marketing strategy). Another's plan is not the organisation's:
the document itself, other countries' strategies, a technology plan however it is worded ("an AI National
Policy", "the National Strategy for AI"), and "their business" where "their" is firms' or investors'
("companies ... grow in their business"), not its own ministries' or teams'.

Bad: "Our digital team will build new apps and move our servers to the cloud."

Good: "This strategy supports the Corporate Plan's six themes, starting with faster housing repairs."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import integration
from strategylint.findings import Evidence, Finding

CODE = "SL201"
NAME = "integrated"
SIGN = "integrated"
SEVERITY = "info"
OPTIONS: dict[str, Any] = {}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(integration.extract)
    yield from (found.links + found.mentions)[:3]
    if found.present:
        return
    yield Finding(
        message=("No plan of the organisation's own (a corporate, business, clinical or policy plan) is named for "
                 "digital to serve. The guidance: 'Digital should be integral to system and trust-level strategies and "
                 "business plans.'"),
        suggestion=("Name the plan this strategy serves and say how: which of its objectives digital will help "
                    "to meet, and how."),
        data={"links": 0, "mentions": 0},
        topic="no-plan-named",
    )

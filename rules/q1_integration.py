"""Board question 1: how integrated digital is with the business strategy.

The guidance's board question "How integrated are your digital and business strategies?": "You should
have a clear vision for how digital will help to realise your clinical and operational objectives."

The answer is *addressed* when at least ``min-links`` (default 2) sentences name the organisation's plan
(corporate, business, clinical, policy) and say how digital serves it ("supports", "aligned with",
"enables"); *partial* when the plan is only named, or linked once; *missing* when no such plan is named.

Options: ``min-links`` (default 2).

Bad: "We will buy new laptops and upgrade the network."

Good: "This strategy supports the Corporate Plan. Each project is aligned with one of the council's priorities."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import integration
from strategylint.findings import Evidence, Finding

CODE = "SL301"
NAME = "q1-integration"
QUESTION = "q1-integration"
SEVERITY = "info"
OPTIONS = {"min-links": 2}
ASK = "How integrated are your digital and business strategies?"


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(integration.extract)
    yield from found.links[:3]
    data = {"links": len(found.links), "mentions": len(found.mentions), "plans": list(found.plans[:5])}
    if len(found.links) >= int(options["min-links"]):
        return
    if found.present:
        example = (found.links + found.mentions)[0]
        yield Finding(
            message=(f"The board will ask: '{ASK}' The document names the organisation's plan, but says little "
                     "about how digital will help to realise its objectives."),
            suggestion=("For each objective of the business plan, say what digital will do for it and how you "
                        "will know."),
            location=example.location,
            quote=example.quote,
            decisive=False,
            data=data,
        )
        return
    yield Finding(
        message=(f"The board will ask: '{ASK}' The document names no corporate, business, clinical or policy plan "
                 "that digital serves."),
        suggestion="Name the organisation's plan and show how digital will help to realise its objectives.",
        data=data,
        topic="no-plan-named",
    )

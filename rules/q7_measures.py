"""Board question 7: how will the organisation know its digital strategy is working.

Board question 7 asks: "How will you know if your digital strategy is working?" The guidance: "It will
be important to set up the right checkpoints and identify some indicators that will help you understand
whether your strategy is working, and where you need to change course."

The answer is addressed when the document names indicators (KPIs, measures, baselines, targets,
milestones) and either at least ``min-targets`` of them (default 2) carry a figure or date, or it states
a review cycle for the strategy; partial when it only mentions measuring or only states a review cycle;
missing when it says neither.

Bad: "We are confident this strategy will make a real difference."

Good: "Our indicators are 80% of transactions online by 2026 and user satisfaction above 90%, and the board
reviews this strategy every quarter."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import indicators
from strategylint.findings import Evidence, Finding

CODE = "SL307"
NAME = "q7-measures"
QUESTION = "q7-measures"
SIGN = None
SEVERITY = "info"
OPTIONS = {"min-targets": 2}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(indicators.extract)
    yield from found.evidence[:3]
    mentioned = found.topic.sentences > 0
    named = bool(found.named)
    review = bool(found.review_cycle)
    data = {"indicator_sentences": found.topic.sentences, "named": len(found.named),
            "with_targets": len(found.with_targets),
            "review_cycle": review}
    if not mentioned and not review:
        yield Finding(
            message=("How will you know if your digital strategy is working? No indicators, targets, "
                     "checkpoints or review cycle are stated."),
            suggestion="Name a few indicators with a baseline and a target, and say when the board reviews progress.",
            data=data,
        )
        return
    if named and (len(found.with_targets) >= int(options["min-targets"]) or review):
        return
    missing = "no review cycle and too few indicators with targets" if mentioned else "no indicators to track"
    first = found.evidence[0]
    yield Finding(
        message=f"How will you know if your digital strategy is working? Measuring is mentioned, but with {missing}.",
        suggestion="Name a few indicators with a baseline and a target, and say when the board reviews progress.",
        location=first.location,
        quote=first.quote,
        decisive=False,
        data=data,
    )

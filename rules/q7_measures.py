"""Board question 7: how will the organisation know its digital strategy is working.

Board question 7 asks: "How will you know if your digital strategy is working?" The guidance: "It will
be important to set up the right checkpoints and identify some indicators that will help you understand
whether your strategy is working, and where you need to change course."

The answer is addressed when indicators run through the document: at least ``min-indicators``
sentences (default 3) name a KPI, measure, baseline, target, milestone or checkpoint, and they come up
at least ``min-per-1000-words`` times per 1,000 words (default 1.0), as in a plan whose every objective
has its measure. A long strategy that mentions a target now and then, or only promises to monitor
progress or review the strategy, gives a partial answer; one that says none of this, a missing one.

Bad: "We are confident this strategy will make a real difference."

Good: "Indicator 1: 80% of transactions online by 2026. Indicator 2: user satisfaction above 90% by 2025.
Milestone: the old data centre closes in March 2025."
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
OPTIONS = {"min-indicators": 3, "min-per-1000-words": 1.0}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(indicators.extract)
    yield from found.evidence[:3]
    mentioned = found.topic.sentences > 0
    named = bool(found.named)
    review = bool(found.review_cycle)
    data: dict[str, Any] = {"indicator_sentences": found.topic.sentences, "named": len(found.named),
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
    rate = len(found.named) * 1000 / max(doc.words, 1)
    data["named_per_1000_words"] = round(rate, 2)
    if len(found.named) >= int(options["min-indicators"]) and rate >= float(options["min-per-1000-words"]):
        return
    if not named:
        missing = "no indicators to track"
    else:
        missing = (f"only {len(found.named)} sentence{'s' if len(found.named) != 1 else ''} naming an indicator "
                   f"in {doc.words:,} words")
    first = found.evidence[0]
    yield Finding(
        message=f"How will you know if your digital strategy is working? Measuring is mentioned, but with {missing}.",
        suggestion="Name a few indicators with a baseline and a target, and say when the board reviews progress.",
        location=first.location,
        quote=first.quote,
        decisive=False,
        data=data,
    )

"""The review cycle: when and how the strategy itself is reviewed, refreshed or reported on.

Phrases in the `review-cycle` word list ("reviewed annually", "living document", "annual action plan")
count alone. Looser ones in `review-verbs` ("will be reviewed", "will be updated") count only when the
sentence is about the strategy, plan, targets or actions, not about some other thing being reviewed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from strategylint.findings import Evidence

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

ABOUT_THE_PLAN = re.compile(
    r"\b(?:strategy|plan|agenda|roadmap|targets?|measures|actions|objectives|document|programme|priorities|it)\b",
    re.IGNORECASE)


def extract(doc: AnalysedDocument) -> list[Evidence]:
    found: list[Evidence] = []
    seen: set[int] = set()
    for mention in doc.mentions("review-cycle"):
        if mention.sentence not in seen:
            seen.add(mention.sentence)
            found.append(doc.evidence("states_review_cycle", doc.sentence(mention.sentence), f"says {mention.text!r}"))
    for mention in doc.mentions("review-verbs"):
        sentence = doc.sentence(mention.sentence)
        if mention.sentence not in seen and ABOUT_THE_PLAN.search(sentence.text):
            seen.add(mention.sentence)
            found.append(doc.evidence("states_review_cycle", sentence, f"says {mention.text!r}"))
    found.sort(key=lambda e: (e.location.page or 0, e.location.paragraph or 0, e.location.line or 0))
    return found

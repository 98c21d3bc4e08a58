"""Facts: what the document says, extracted once, with evidence, before any rule judges it.

Each fact is computed on first use and cached, so rules that share a fact share the work. Names in
`as_dict` follow the `[facts]` table of the corpus labels where they match, so that each extractor can
be measured on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from strategylint.facts import commitments as commitment_facts
from strategylint.facts import deprioritisation as deprioritisation_facts
from strategylint.facts import framing as framing_facts
from strategylint.facts import horizon as horizon_facts
from strategylint.facts import priorities as priority_facts
from strategylint.facts import publication as publication_facts
from strategylint.facts import review as review_facts
from strategylint.facts import technology as technology_facts
from strategylint.facts import template as template_facts
from strategylint.facts.commitments import Commitment
from strategylint.facts.framing import Framing
from strategylint.facts.horizon import Horizon
from strategylint.facts.priorities import Priorities
from strategylint.facts.publication import Publication
from strategylint.facts.technology import TechnologyMentions
from strategylint.facts.template import TemplateSigns
from strategylint.findings import Evidence

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

EVIDENCE_IN_JSON = 3
T = TypeVar("T")


def measurable_share_label(measurable: int, total: int) -> str:
    """The labels' words for a share: none, few, some, most."""
    if total == 0 or measurable == 0:
        return "none"
    share = measurable / total
    if share < 0.2:
        return "few"
    if share < 0.5:
        return "some"
    return "most"


class Facts:
    def __init__(self, doc: AnalysedDocument) -> None:
        self._doc = doc
        self._extracted: dict[Callable[[AnalysedDocument], Any], Any] = {}

    def get(self, extractor: Callable[[AnalysedDocument], T]) -> T:
        """The fact `extractor` finds in this document, computed once and shared by every rule that asks.

        New fact modules need no property here: a rule calls ``doc.facts.get(users.extract)``."""
        if extractor not in self._extracted:
            self._extracted[extractor] = extractor(self._doc)
        result: T = self._extracted[extractor]
        return result

    @cached_property
    def publication(self) -> Publication | None:
        return publication_facts.extract(self._doc)

    @cached_property
    def horizon(self) -> Horizon | None:
        return horizon_facts.extract(self._doc)

    @cached_property
    def review_cycle(self) -> list[Evidence]:
        return review_facts.extract(self._doc)

    @cached_property
    def commitments(self) -> list[Commitment]:
        return commitment_facts.extract(self._doc)

    @cached_property
    def priorities(self) -> Priorities | None:
        return priority_facts.extract(self._doc)

    @cached_property
    def deprioritisation(self) -> list[Evidence]:
        return deprioritisation_facts.extract(self._doc)

    @cached_property
    def technology(self) -> TechnologyMentions:
        return technology_facts.extract(self._doc)

    @cached_property
    def framing(self) -> Framing:
        return framing_facts.extract(self._doc)

    @cached_property
    def template(self) -> TemplateSigns:
        return template_facts.extract(self._doc)

    @property
    def measurable_commitments(self) -> list[Commitment]:
        return [c for c in self.commitments if c.measurable]

    def as_dict(self) -> dict[str, Any]:
        def with_evidence(value: Any, evidence: list[Evidence]) -> dict[str, Any]:
            return {"value": value, "evidence": [e.as_dict() for e in evidence[:EVIDENCE_IN_JSON]]}

        tech = self.technology
        measurable = self.measurable_commitments
        owned = [c for c in self.commitments if c.owned]
        prio = self.priorities
        return {
            "published": None if self.publication is None else {
                "year": self.publication.year, "basis": self.publication.basis,
                "evidence": self.publication.evidence.as_dict()},
            "horizon": None if self.horizon is None else self.horizon.as_dict(),
            "states_deprioritisation": with_evidence(bool(self.deprioritisation), self.deprioritisation),
            "states_review_cycle": with_evidence(bool(self.review_cycle), self.review_cycle),
            "commitments": len(self.commitments),
            "measurable_commitments": len(measurable),
            "has_measurable_objectives": with_evidence(len(measurable) >= 3, [c.evidence for c in measurable]),
            "measurable_share": measurable_share_label(len(measurable), len(self.commitments)),
            "has_named_owners": with_evidence(len(owned) >= 3, [c.evidence for c in owned]),
            "mentions_hype_tech": with_evidence(tech.hype_total > 0, [tech.first_hype] if tech.first_hype else []),
            "hype_tech_in_headline": with_evidence(bool(tech.headline), tech.headline),
            "hype_mentions": tech.hype_total,
            "basics_mentions": dict(tech.basics),
            "mentions_basics": tech.basics_total > 0,
            "priority_count": with_evidence(prio.count if prio else 0, [prio.evidence] if prio else []),
            "framing": self.framing.as_dict(),
            "template": self.template.as_dict(),
        }

"""Indicators: how the strategy will know it is working.

Board question 7: "set up the right checkpoints and identify some indicators that will help you
understand whether your strategy is working". The fact is every sentence of running text that names an
indicator, measure, baseline, target, milestone or checkpoint (word list `indicators`); those among them
that carry a figure or deadline (a named indicator with a target); sections headed on measuring
success; and the review cycle (`doc.facts.review_cycle`), the checkpoint at which the board looks again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from strategylint.facts.patterns import has_measure
from strategylint.facts.topics import Topic, find_topic
from strategylint.findings import Evidence

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

HEADING = re.compile(
    r"\b(?:KPIs?|(?:key )?performance indicators?|indicators?(?: of success)?|measur\w+ (?:of )?(?:success|progress"
    r"|impact|performance)|success (?:measures|metrics|criteria)|how (?:we|will we) (?:will )?(?:know|measure)"
    r"|metrics|targets|monitoring(?: and evaluation)?|evaluation|scorecard|milestones)\b",
    re.IGNORECASE)

# a named indicator, not a passing "targets of espionage" or "evaluation of the Chamber"
NAMED = re.compile(
    r"\b(?:KPIs?|OKRs?|(?:key )?(?:performance )?indicators?|metrics?|measures? of (?:success|progress)|success"
    r" (?:measures?|metrics?|criteria)|headline measures?|baselines?|target(?:s)? (?:of|is|are|for)|targets?\s*:"
    r"|milestones?|checkpoints?|scorecard|dashboard)\b",
    re.IGNORECASE)


HEDGE = re.compile(r"\b(?:may only|may not|might|could|it is possible that|given the timing)\b", re.IGNORECASE)


# an indicator set out under its label: "Indicator: Number of professionals trained in data and AI-related skills"
STATED = re.compile(r"\b(?:indicator|KPI|metric|measure of success)s?\s*:\s*(?:the\s+)?(?:number|percentage|proportion"
                    r"|share|rate|level|time|average|ratio|count|amount|total|\d|%)", re.IGNORECASE)


@dataclass(slots=True)
class Indicators:
    topic: Topic
    named: list[Evidence] = field(default_factory=list)
    with_targets: list[Evidence] = field(default_factory=list)
    review_cycle: list[Evidence] = field(default_factory=list)

    @property
    def evidence(self) -> list[Evidence]:
        """An indicator stated as such ("Indicator: Number of professionals trained ...") first, since it shows
        one, where "a plan ... including outputs, output indicators" only says there are some; then those with a
        target, a review cycle, a section on measures and the rest."""
        stated = [e for e in self.topic.evidence if STATED.search(e.quote)][:1]
        rest = [e for e in self.topic.evidence if e not in self.with_targets and e not in stated]
        return [*stated, *(e for e in self.with_targets if e not in stated), *self.review_cycle[:1],
                *self.topic.headings, *rest]


def extract(doc: AnalysedDocument) -> Indicators:
    topic = find_topic(doc, "has_indicators", ["indicators"], HEADING)
    publication = doc.facts.publication
    latest = publication.year + 5 if publication else None
    named = [e for e in topic.evidence if NAMED.search(e.quote)]
    # a hedge about the milestones ("agencies may only begin working toward the Plan's milestones before the end of
    # 2021") after an indicator with its target
    with_targets = sorted((e for e in named if has_measure(e.quote, latest)), key=lambda e: bool(HEDGE.search(e.quote)))
    return Indicators(topic, named, with_targets, list(doc.facts.review_cycle))

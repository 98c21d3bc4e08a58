"""Risks: what could go wrong, and how it is managed.

Board question 10 asks "What could go wrong?": project failure, cyber security incidents, outages, and
the systems in place to reduce these risks and learn from them. The fact is every sentence of running
text that names a risk (word list `risks`), the sentences among them that say how risk is managed
(assessment, mitigation, contingency, continuity, lessons learned), and sections headed on risk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from strategylint.facts.topics import Topic, find_topic
from strategylint.findings import Evidence

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

HEADING = re.compile(
    r"\b(?:risks?|what could go wrong|threats?|resilience|business continuity|assurance|dependencies"
    r"|lessons learn[et]d?)\b",
    re.IGNORECASE)
MANAGED = re.compile(
    r"\b(?:risk (?:management|register|appetite|assessments?|owners?|log)|manag\w+ (?:the |these |this |our )?risks?"
    # mitigation, but not of climate change (a field of research, not a risk to the plan)
    r"|mitigat\w+(?! (?:of )?(?:the )?(?:effects of )?climate change)"
    r"|contingency|business continuity|disaster recovery|lessons (?:learned|learnt)|culture of learning"
    r"|no-blame|learn(?:ing)? from (?:failure|mistakes|incidents)|incident (?:response|management)"
    r"|(?:reduc(?:e|es|ing)|minimi[sz]e\w*|address\w*|manage\w*|assess\w*) (?:the |these |this |such |any )?(?:\w+ )?"
    r"(?:risks?|threats?)"
    # "reduced" only as a verb: "we reduced the risk of outages", not a benefit ("a reduced risk of errors in tenders")
    r"|reduced (?:the |these |this |such |any )(?:\w+ )?(?:risks?|threats?))\b",
    re.IGNORECASE)


@dataclass(slots=True)
class Risks:
    topic: Topic
    managed: list[Evidence] = field(default_factory=list)

    @property
    def evidence(self) -> list[Evidence]:
        return [*self.topic.headings, *self.managed, *self.topic.evidence]


def extract(doc: AnalysedDocument) -> Risks:
    topic = find_topic(doc, "mentions_risks", ["risks"], HEADING)
    terms = {e.quote: t for e, t in zip(topic.evidence, topic.sentence_terms, strict=True)}
    # those that name what could go wrong ("outages", "cyber attacks") before those that say only "risk", and a
    # long enumeration last ("Establish AI supercomputing centers, ..., platforms for ... risk assessment, ...": one
    # platform's function, not a risk to the plan)
    managed = sorted((e for e in topic.evidence if MANAGED.search(e.quote)),
                     key=lambda e: (set(terms.get(e.quote, ())) <= _BARE_RISK, _enumeration(e.quote)))
    return Risks(topic, managed)


# the word risk alone, or how risk is handled, names nothing that could go wrong ("We will also factor in lessons
# learned e.g. from the Prototype Fund" is about funding research)
_BARE_RISK = {"risk", "risks", "risk management", "risk register", "risk appetite", "risk assessment",
              "risk assessments", "risks and issues", "mitigation", "mitigations", "mitigate", "mitigating",
              "lessons learned", "lessons learnt", "culture of learning", "no-blame", "resilience", "resilient",
              "business continuity", "disaster recovery", "contingency", "contingency plans", "safeguards"}
ENUMERATION_SEPARATORS = 5  # commas and semicolons in a sentence that lists many things


def _enumeration(text: str) -> bool:
    return text.count(",") + text.count(";") >= ENUMERATION_SEPARATORS

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

# the word heads the heading's phrase ("Risks", "Risk management", "Assurance and controls"), not a name that
# ends in something else ("Self-Assurance Portal", "Resilience Fund")
HEADING = re.compile(
    r"\b(?:risks?|what could go wrong|threats?|resilience|business continuity|assurance|dependencies"
    r"|lessons learn[et]d?)\b"
    r"(?=\s*(?:$|[:.,;()–—-]|(?:and|&|of|for|in|to|on|management|register|plans?|framework|approach|log"
    r"|assessments?|mitigation|appetite|owners?|matrix|controls?|monitoring|reduction|learned|learnt)\b))",
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
    named: list[Evidence] = field(default_factory=list)  # sentences that name what could go wrong

    @property
    def evidence(self) -> list[Evidence]:
        """A section on risk first; then what could go wrong, said with how it is handled and then alone ("new types
        of intelligent cyber-attacks or manipulated data"), which answers the board's question as "managing the
        risks" does not; then the rest, in the text's order."""
        named = {id(e) for e in self.named}
        managed = {id(e) for e in self.managed}
        ranked = sorted(self.topic.evidence, key=lambda e: (id(e) not in named, id(e) not in managed,
                                                           _enumeration(e.quote) or _fragment(e.quote)))
        return [*self.topic.headings, *ranked]


def extract(doc: AnalysedDocument) -> Risks:
    topic = find_topic(doc, "mentions_risks", ["risks"], HEADING)
    # a long enumeration names nothing ("Establish AI supercomputing centers, ..., platforms for ... risk assessment,
    # ...": one platform's function, not a risk to the plan)
    named = [e for e, terms in zip(topic.evidence, topic.sentence_terms, strict=True)
             if not all(_generic(term) for term in terms) and not _enumeration(e.quote)]
    named_ids = {id(e) for e in named}
    managed = sorted((e for e in topic.evidence if MANAGED.search(e.quote)),
                     key=lambda e: (id(e) not in named_ids, _enumeration(e.quote)))
    return Risks(topic, managed, named)


# the word risk alone, or how risk is handled, names nothing that could go wrong ("We will also factor in lessons
# learned e.g. from the Prototype Fund" is about funding research)
_BARE_RISK = {"risk", "risks", "risk management", "risk register", "risk appetite", "risk assessment",
              "risk assessments", "risks and issues", "mitigation", "mitigations", "mitigate", "mitigating",
              "lessons learned", "lessons learnt", "culture of learning", "no-blame", "resilience", "resilient",
              "business continuity", "disaster recovery", "contingency", "contingency plans", "safeguards"}
# words that name what could go wrong only in some senses: "a breakdown of Mexico's ranking", "their failure to keep
# up with the digital age", a SWOT's "threats"
_GENERIC_RISK = _BARE_RISK | {"threat", "threats", "failure", "failures", "fail", "breakdown", "dependency",
                              "dependencies"}
ENUMERATION_SEPARATORS = 5  # commas and semicolons in a sentence that lists many things
FRAGMENT_WORDS = 8


def _generic(term: str) -> bool:
    """Whether a matched term, in any of its forms ("fails", "Contingencies"), is only the word risk, how risk is
    handled, or a word that names what could go wrong in some senses only."""
    term = term.lower()
    singular = term[:-3] + "y" if term.endswith("ies") else term.removesuffix("s")
    return term in _GENERIC_RISK or singular in _GENERIC_RISK


def _enumeration(text: str) -> bool:
    return text.count(",") + text.count(";") >= ENUMERATION_SEPARATORS


def _fragment(text: str) -> bool:
    """A few words from a list ("Improving patient safety across the NHS;"): a heading's item, not a statement of
    what could go wrong."""
    return len(text.split()) < FRAGMENT_WORDS

"""Organisational change: how the organisation changes to enable digital transformation.

Board question 9: "Think about how your planning cycles, incentives, finance and governance processes
may need to change to enable a more agile way of working." The fact is every sentence of running text
that names such a change (word list `org-change`), sorted into the aspects the guidance names:
governance, funding, planning, incentives, skills, ways of working, and structure and leadership.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from strategylint.facts.patterns import has_any
from strategylint.facts.places import WORLD_AT_LARGE
from strategylint.facts.topics import Topic, find_topic
from strategylint.findings import Evidence

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Mention, Sentence

ASPECTS = {
    "governance": re.compile(r"governance|steering|board|authority|oversight", re.IGNORECASE),
    "funding": re.compile(r"fund|budget|business case|financ|investment|spend", re.IGNORECASE),
    "planning": re.compile(r"planning", re.IGNORECASE),
    "incentives": re.compile(r"incentive", re.IGNORECASE),
    "skills": re.compile(r"skill|capabilit|train|recruit|career|professional|workforce", re.IGNORECASE),
    "ways of working": re.compile(r"work|agile|multi|cross-functional", re.IGNORECASE),
    "structure and leadership": re.compile(r"operating model|organi[sz]ational|culture|change management|leadership"
                                           r"|chief|^c[dit]i?o$", re.IGNORECASE),
}


@dataclass(slots=True)
class OrgChange:
    topic: Topic
    aspects: dict[str, list[Evidence]] = field(default_factory=dict)

    @property
    def evidence(self) -> list[Evidence]:
        """One sentence per aspect first, governance first (the guidance's question is who steers the change) and
        asides last, then the rest."""
        first = sorted((self.aspects[aspect][0] for aspect in ASPECTS if aspect in self.aspects),
                       key=lambda e: _aside(e.quote))
        return [*first, *(e for e in self.topic.evidence if e not in first)]


def aspect_of(term: str) -> str | None:
    for aspect, pattern in ASPECTS.items():
        if pattern.search(term):
            return aspect
    return None


GOVERNING_BODY = re.compile(
    r"\b(?:establish\w*|set(?:s|ting)? up|creat\w*|form(?:s|ing)?|appoint\w*)\s+(?:a|an|the)\s+(?:new\s+)?"
    r"(?:[\w-]+\s+){0,5}?"
    r"(?:office|committee|council|board|unit|steering group|working group|task ?force|delivery body|programme board"
    r"|(?:implementation|advisory|oversight|programme|project|reference) group|authority)\b", re.IGNORECASE)
# a body outside the organisation: "£13 million funding to create a private sector-led Productivity Council"
LED_OUTSIDE = re.compile(r"\b(?:private[- ]sector|industry|business|employer)[- ]led\b|\bindependent\b", re.IGNORECASE)
_SET_UP_WORDS = ("establish", "set up", "sets up", "setting up", "creat", "form", "appoint")

# governance of a society or a field, not the organisation's own: "AI ... will improve social governance"
WIDER_GOVERNANCE = re.compile(r"\b(?:social|societal|global|international|internet|world)\s+$", re.IGNORECASE)


_LABEL = re.compile(r"^\W*[A-Z]\w*(?:\s+\w+)?\s*:")  # "Completion: to be determined ..."


def _aside(text: str) -> bool:
    """A field of a table or a note ("Completion: to be determined, dependent on ... executive governance"), or
    other countries' change ("Governments around the world are embracing digital tools ... their workforce")."""
    return bool(_LABEL.match(text) or WORLD_AT_LARGE.search(text))


# writing the strategy, not changing the organisation: "ICT Steering Group November 2014 This group provided feedback
# on the draft recommendations", "the Minister appointed a working group tasked with answering this question", "the
# steering group appointed for this work"
DRAFTING = re.compile(r"\b(?:feedback|comments?|input|views)\s+(?:on|to|in(?:to)?)\s+(?:the|a|this)\s+draft\b"
                      r"|\bthe draft (?:strategy|plan|recommendations|report|framework)\b"
                      r"|\btasked\s+with\s+(?:answering|preparing|drafting|writing|producing|drawing\s+up)\b"
                      r"|\bto\s+(?:prepare|draft|write|produce|draw\s+up)\s+(?:this|the)\s+(?:report|strategy|plan"
                      r"|proposals?|recommendations)\b|\b(?:appointed|set\s+up|established|convened)\s+for\s+this"
                      r"\s+(?:work|report)\b", re.IGNORECASE)


# others' money: "A key challenge for the start-up community is access to business resources and financing"
ACCESS_TO = re.compile(r"\baccess\s+to\s+(?:[\w-]+\s+){0,3}?(?:and\s+)?$", re.IGNORECASE)


# money for firms: "support the financing by building upon the Seed Investment Fund to co-invest alongside specialist
# funds to invest in AI companies", "grants to start-ups": an economic programme, not the organisation's own finance
FOR_FIRMS = re.compile(
    r"\b(?:co-?invest\w*|invest(?:s|ed|ing|ment)?\s+in|(?:funding|finance|financing|grants?|loans?)\s+(?:for|to))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:companies|firms|businesses|start-?ups|SMEs|enterprises|entrepreneurs|scale-?ups)\b"
    r"|\bco-?invest\w*\b", re.IGNORECASE)


def _not_the_organisations(sentence: Sentence, mention: Mention) -> bool:
    if DRAFTING.search(sentence.text):
        return True
    if aspect_of(mention.text) == "funding" and (ACCESS_TO.search(sentence.text[:mention.start - sentence.start])
                                                 or FOR_FIRMS.search(sentence.text)):
        return True
    return mention.text.lower().startswith("governance") \
        and bool(WIDER_GOVERNANCE.search(sentence.text[:mention.start - sentence.start]))


def extract(doc: AnalysedDocument) -> OrgChange:
    topic = find_topic(doc, "mentions_org_change", ["org-change"], skip=_not_the_organisations)
    aspects: dict[str, list[Evidence]] = {}
    for evidence, terms in zip(topic.evidence, topic.sentence_terms, strict=True):
        for aspect in dict.fromkeys(a for a in map(aspect_of, terms) if a):
            aspects.setdefault(aspect, []).append(evidence)
    # in each aspect, the text's own account before an aside
    for found in aspects.values():
        found.sort(key=lambda e: _aside(e.quote))
    # the bodies set up to govern the change: "Establish an AI Plan Implementation Office", "establish a new AI
    # Council ... and a new delivery body within the government", "we will immediately appoint an advisory council"
    seen = {e.quote for e in aspects.get("governance", [])}
    bodies: list[Evidence] = []
    for sentence in doc.body_sentences:
        if sentence.text not in seen and has_any(doc.lowered[sentence.index], _SET_UP_WORDS) \
                and (body := GOVERNING_BODY.search(sentence.text)) and not LED_OUTSIDE.search(body.group(0)) \
                and not DRAFTING.search(sentence.text):  # the group that wrote the report
            bodies.append(doc.said("mentions_org_change", sentence, body.group(0)))
    if bodies:  # the clearest evidence of who steers the change comes first
        aspects["governance"] = [*bodies, *aspects.get("governance", [])]
    return OrgChange(topic, aspects)

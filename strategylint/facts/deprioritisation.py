"""Statements of what the document will not do, will stop, or defers: the guidance's trade-offs.

Three kinds of evidence. Phrases from the `deprioritisation` word list ("not a priority", "out of
scope", "we will stop") count wherever they stand. Those in `deprioritisation-contextual` ("defer",
"trade-offs", "no longer") count only when the plan speaks of itself ("we will defer"), not of the past
or of others. A bare refusal ("we will not", "won't") counts only when a choice about work follows it
("we will not build", "won't fund"), and never when it is one of
the platitudes in `deprioritisation-platitudes` ("we will not leave anyone behind").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from strategylint.facts.patterns import has_any
from strategylint.findings import Evidence

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Sentence

REFUSAL = re.compile(
    r"\b(?:we|i|the\s+\w+|this\s+(?:strategy|plan|document|programme))\s+(?:will|shall|do|does|are|is|should)\s+not"
    r"\s+(?:\w+ly\s+)?(?:be\s+)?(\w+)|\b(?:we|the\s+\w+)\s+(?:won't|don't|doesn't)\s+(\w+)",
    re.IGNORECASE,
)
CHOICE_VERBS = frozenset(
    [
        "build",
        "buy",
        "fund",
        "invest",
        "procure",
        "pursue",
        "prioritise",
        "prioritize",
        "prioritised",
        "prioritized",
        "focus",
        "focused",
        "deliver",
        "develop",
        "replace",
        "create",
        "implement",
        "cover",
        "covered",
        "attempt",
        "try",
        "seek",
        "spend",
        "support",
        "maintain",
        "extend",
        "renew",
        "continue",
        "start",
        "offer",
        "provide",
        "introduce",
        "expand",
        "develop",
        "include",
        "included",
        "address",
        "addressed",
        "tackle",
        "do",
        "treat",
        "treated",
        "host",
        "run",
        "mandate",
        "centralise",
        "centralize",
    ]
)


FIRST_PERSON = re.compile(
    r"\b(?:we|our|us|this\s+(?:strategy|plan)|the\s+(?:strategy|plan)|will|shall)\b", re.IGNORECASE
)
LOOKS_BACK = re.compile(r"\b(?:has|have|had)\s+been\b|\b(?:was|were)\b", re.IGNORECASE)
GENERAL = re.compile(r"\b(?:every|any|all)\s+strateg(?:y|ies)\b", re.IGNORECASE)


_MAY_REFUSE = re.compile(r"\bnot\b|n't\b", re.IGNORECASE)  # a cheap test before REFUSAL


def _platitude(doc: AnalysedDocument, sentence: Sentence) -> bool:
    return any(m.lexicon == "deprioritisation-platitudes" for m in doc.mentions_in(sentence))


def extract(doc: AnalysedDocument) -> list[Evidence]:
    found: list[Evidence] = []
    seen: set[int] = set()
    for mention in doc.mentions("deprioritisation"):
        sentence = doc.sentence(mention.sentence)
        if sentence.index not in seen and not _platitude(doc, sentence):
            seen.add(sentence.index)
            found.append(doc.evidence("states_deprioritisation", sentence, f"says {mention.text!r}"))
    for mention in doc.mentions("deprioritisation-contextual"):
        sentence = doc.sentence(mention.sentence)
        if (
            sentence.index in seen
            or _platitude(doc, sentence)
            or not FIRST_PERSON.search(sentence.text)
            or LOOKS_BACK.search(sentence.text)
            or GENERAL.search(sentence.text)
        ):
            continue
        seen.add(sentence.index)
        found.append(doc.evidence("states_deprioritisation", sentence, f"says {mention.text!r}"))
    for sentence in doc.body_sentences:
        if (sentence.index in seen or not has_any(doc.lowered[sentence.index], ("not", "n't"))
                or not _MAY_REFUSE.search(sentence.text) or _platitude(doc, sentence)):
            continue
        for match in REFUSAL.finditer(sentence.text):
            verb = (match.group(1) or match.group(2) or "").lower()
            if verb in CHOICE_VERBS:
                seen.add(sentence.index)
                found.append(doc.evidence("states_deprioritisation", sentence, f"a choice not to {verb}"))
                break
    found.sort(key=lambda e: (e.location.page or 0, e.location.paragraph or 0, e.location.line or 0))
    return found

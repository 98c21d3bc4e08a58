"""The mission: one succinct statement of what the strategy is for, and whether it is repeated.

Board question 2 asks for "a succinct mission that is understood across the trust", "a simple, clear
and consistent message" that is "repeated throughout their work". The statement is either a sentence
that says so ("Our mission is to ...", "Vision: ...") or the first sentence under a heading that names
a mission, vision or purpose. It is succinct at ``SUCCINCT_WORDS`` words or fewer, and repeated when a
phrase of it (three words, at least two of them not stop words) recurs in another sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from strategylint.facts.patterns import has_any
from strategylint.facts.topics import in_reference_section, running_text
from strategylint.findings import Evidence
from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Sentence

SUCCINCT_WORDS = 30
MISSION_WORD = r"(?:mission|vision|purpose|ambition)"
HEADING = re.compile(
    rf"^\s*(?:[\dIVX]+(?:\.\d+)*[.)]?\s+)?(?:our\s+|the\s+)?(?:(?:digital|overall|shared|strategic|long-term)\s+)?"
    rf"{MISSION_WORD}(?:\s+statement)?(?:\s+(?:and|&)\s+(?:\w+\s+)?\w+)?\s*:?\s*$",
    re.IGNORECASE)
STATED = re.compile(
    rf"^\s*(?:the\s+)?{MISSION_WORD}\s*:\s*(?P<a>.+)"
    rf"|\b(?:our|the|this strategy's|its)\s+(?:(?:digital|overall|shared|strategic|long-term|central)\s+)?"
    rf"{MISSION_WORD}(?:\s+statement)?(?:\s+(?:for|of)\s+(?:this|the|our)\s+\w+(?:\s+strategy)?)?"
    rf"\s+(?:is|will be|remains)\s*:?\s+(?P<b>.+)",
    re.IGNORECASE)
STOP = frozenset(re.findall(
    r"\w+", "a an the and or of to in on for with by at from as is are be will our we us this that these it its all"
             " every into through their they more most can"))
_MISSION_WORDS = ("mission", "vision", "purpose", "ambition")  # a cheap test before STATED
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class Mission:
    sentence: Sentence
    statement: str
    words: int
    repeated_in: tuple[Evidence, ...]
    basis: str

    @property
    def succinct(self) -> bool:
        return self.words <= SUCCINCT_WORDS

    @property
    def evidence(self) -> Evidence:
        return Evidence("states_mission", self.sentence.text, self.sentence.location, self.basis)


def key_phrases(text: str) -> set[tuple[str, ...]]:
    """Three-word runs of the statement with at least two words that are not stop words."""
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)
            if sum(w not in STOP for w in words[i:i + 3]) >= 2}


def _shares_a_phrase(phrases: set[tuple[str, ...]], text: str) -> bool:
    """Whether `text` holds one of the key `phrases`: ``phrases & key_phrases(text)``, without building the set."""
    words = _WORD.findall(text.lower())
    return not phrases.isdisjoint(zip(words, words[1:], words[2:], strict=False))


def _candidates(doc: AnalysedDocument) -> list[tuple[Sentence, str, str]]:
    out: list[tuple[Sentence, str, str]] = []
    running = doc.facts.get(running_text)
    for sentence in running:
        if not has_any(doc.lowered[sentence.index], _MISSION_WORDS):
            continue
        match = STATED.search(sentence.text)
        if match:
            out.append((sentence, match.group("a") or match.group("b") or "", "states a mission"))
    under_heading: set[str] = set()
    for sentence in running:
        section = sentence.block.section
        if section and section not in under_heading and HEADING.match(section) and sentence.block.section_path[-1:]:
            under_heading.add(section)
            out.append((sentence, sentence.text, f"first sentence under {section!r}"))
    return out


def extract(doc: AnalysedDocument) -> Mission | None:
    candidates = _candidates(doc)
    if not candidates:
        return None
    # prefer a succinct statement, then the earliest
    sentence, statement, basis = min(
        candidates, key=lambda c: (len(c[1].split()) > SUCCINCT_WORDS, c[0].index))
    phrases = key_phrases(statement)
    repeated: list[Evidence] = []
    for other in doc.sentences:
        if other.index == sentence.index or in_reference_section(other):
            continue
        if other.kind is BlockKind.HEADING and HEADING.match(other.text):
            continue
        if _shares_a_phrase(phrases, other.text):
            repeated.append(doc.evidence("states_mission", other, "repeats the mission"))
    return Mission(sentence, statement.strip(), len(statement.split()), tuple(repeated), basis)

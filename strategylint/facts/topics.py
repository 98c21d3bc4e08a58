"""Running text and topic mentions, shared by the board-question facts (q2, q4, q7-q10).

`running_text` is the strategy's own prose: body sentences (no headings, no contents lines) outside
reference lists, bibliographies, contents pages, glossaries and lists of abbreviations, which name
risks, partners and indicators without the strategy saying anything about them.

`find_topic` gathers the sentences of running text that mention any term of some word lists, the
distinct terms seen, and the headings that open a section on the topic (with text under them).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from strategylint.findings import Evidence
from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Sentence

REFERENCE_SECTION = re.compile(
    r"^\s*(?:[\dIVX]+(?:\.\d+)*[.)]?\s+)?(?:references?|bibliography|sources(?: and notes)?|works cited|further reading"
    r"|(?:table of )?contents|glossary(?: of terms)?|abbreviations|acronyms|list of (?:abbreviations|acronyms|figures"
    r"|tables)|endnotes|footnotes|notes|index|definitions?|terminology)\s*:?\s*$",
    re.IGNORECASE)


def in_reference_section(sentence: Sentence) -> bool:
    return _is_reference_path(sentence.block.section_path)


@lru_cache(maxsize=4096)  # a document's sentences share a few hundred section paths
def _is_reference_path(section_path: tuple[str, ...]) -> bool:
    return any(REFERENCE_SECTION.match(title) for title in section_path)


def running_text(doc: AnalysedDocument) -> list[Sentence]:
    """Body sentences outside references, contents, glossaries and abbreviation lists."""
    return [s for s in doc.body_sentences if not in_reference_section(s)]


def running_indexes(doc: AnalysedDocument) -> frozenset[int]:
    return frozenset(s.index for s in doc.facts.get(running_text))


@dataclass(slots=True)
class Topic:
    """What the document says on one topic: sentences with their terms, and headings that open it."""

    about: str
    evidence: list[Evidence] = field(default_factory=list)
    terms: Counter[str] = field(default_factory=Counter)
    sentence_terms: list[tuple[str, ...]] = field(default_factory=list)  # the terms of each evidence sentence
    headings: list[Evidence] = field(default_factory=list)

    @property
    def sentences(self) -> int:
        return len(self.evidence)

    @property
    def distinct_terms(self) -> int:
        return len(self.terms)


def find_topic(doc: AnalysedDocument, about: str, lexicons: Sequence[str], heading: re.Pattern[str] | None = None,
               ) -> Topic:
    topic = Topic(about)
    running = doc.facts.get(running_indexes)
    seen: dict[int, list[str]] = {}
    for lexicon in lexicons:
        for mention in doc.mentions(lexicon):
            if mention.sentence in running:
                seen.setdefault(mention.sentence, []).append(mention.text.lower())
    for index in sorted(seen):
        terms = sorted(set(seen[index]))
        topic.terms.update(terms)
        topic.sentence_terms.append(tuple(terms))
        topic.evidence.append(doc.evidence(about, doc.sentence(index), "mentions " + ", ".join(repr(t) for t in terms)))
    if heading is not None:
        sections_with_text = {s.block.section for s in doc.facts.get(running_text)}
        for sentence in doc.sentences:
            if (sentence.kind is BlockKind.HEADING and heading.search(sentence.text)
                    and sentence.block.section in sections_with_text and not in_reference_section(sentence)
                    and len(sentence.text.split()) <= 10):
                topic.headings.append(doc.evidence(about, sentence, "a section on the topic"))
    return topic

"""Running text and topic mentions, shared by the board-question facts (q2, q4, q7-q10).

`running_text` is the strategy's own prose: body sentences (no headings, no contents lines) outside
reference lists, bibliographies, contents pages, glossaries and lists of abbreviations, which name
risks, partners and indicators without the strategy saying anything about them; and not a caption for a
video beside the text ("Watch Tim O'Reilly ... talk about the importance of focusing on user needs").

`find_topic` gathers the sentences of running text that mention any term of some word lists, the
distinct terms seen, and the headings that open a section on the topic (with text under them).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from strategylint.facts.patterns import FIRST_PERSON, IMPERATIVE, ORGANISATION
from strategylint.facts.places import about_others, home
from strategylint.findings import Evidence
from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Mention, Sentence

_NUMBERED = r"^\s*(?:[\dIVX]+(?:\.\d+)*[.)]?\s+)?"
# Sections that hold sub-sections of their own ("References" > "Books").
REFERENCE_SECTION = re.compile(
    _NUMBERED + r"(?:references?|bibliography|sources(?: and notes)?|works cited|further reading|endnotes|footnotes"
    r"|notes|acknowledge?ments?)\s*:?\s*$",
    re.IGNORECASE)
# Flat lists: a heading that follows one is not inside it, however the layout sized the two. A PDF's
# "Table of contents" set larger than the chapter titles would otherwise swallow the whole document.
LIST_SECTION = re.compile(
    _NUMBERED + r"(?:(?:table of )?contents|glossary(?: of terms)?|abbreviations|acronyms|list of (?:abbreviations"
    r"|acronyms|figures|tables)|index|definitions?|terminology)\s*:?\s*$",
    re.IGNORECASE)


# the words that head supporting material, shared with partial-document, which reads a whole annex line at the opening
APPENDIX_WORDS = r"annexe?|appendix|appendices|addendum|supplement"
APPENDIX_SECTION = re.compile(rf"^\s*(?:{APPENDIX_WORDS})\b", re.IGNORECASE)


def in_appendix(sentence: Sentence) -> bool:
    """Under an "Appendix" or "Annex" heading: supporting material (interviewee tables, data), not the
    strategy's own text."""
    return _is_appendix_path(sentence.block.section_path)


@lru_cache(maxsize=4096)
def _is_appendix_path(path: tuple[str, ...]) -> bool:
    return any(APPENDIX_SECTION.match(title) for title in path)


def in_reference_section(sentence: Sentence) -> bool:
    return _is_reference_path(sentence.block.section_path)


@lru_cache(maxsize=4096)  # a document's sentences share a few hundred section paths
def _is_reference_path(path: tuple[str, ...]) -> bool:
    return bool(path) and (LIST_SECTION.match(path[-1]) is not None
                           or any(REFERENCE_SECTION.match(title) for title in path))


# a caption for a video or recording beside the text: "Watch Tim O'Reilly, the founder and CEO of O'Reilly Media, talk
# about the importance of focusing on user needs", "Watch a British Sign Language version of this summary"
MEDIA_CAPTION = re.compile(r"^\W*(?:watch|listen\s+to|video|audio|podcast)\b", re.IGNORECASE)


def running_text(doc: AnalysedDocument) -> list[Sentence]:
    """Body sentences outside references, contents, glossaries and abbreviation lists, less captions for media."""
    return [s for s in doc.body_sentences if not in_reference_section(s) and not MEDIA_CAPTION.match(s.text)]


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


# a term inside a company's name ("Equiniti ICS Ltd") is not the term
_COMPANY_SUFFIX = re.compile(r"^\s+(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH|AG|S\.?A\.?|B\.?V\.?)\b")


_PLAN_SPEAKS = re.compile(r"\s*(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:strategy|plan|programme|framework|agenda"
                          r"|roadmap)\b", re.IGNORECASE)


def _own_voice(text: str) -> bool:
    """"We", "our", "the council", the plan itself ("The Strategy aligns with ..."), or an action written as an
    instruction ("Set up a programme board")."""
    if FIRST_PERSON.search(text) or ORGANISATION.search(text) or _PLAN_SPEAKS.match(text):
        return True
    first_letter = next((c for c in text if c.isalpha()), "")
    return first_letter.isupper() and IMPERATIVE.match(text) is not None


def find_topic(doc: AnalysedDocument, about: str, lexicons: Sequence[str], heading: re.Pattern[str] | None = None,
               skip: Callable[[Sentence, Mention], bool] | None = None) -> Topic:
    """The topic's sentences of running text (those with a term of `lexicons`, less the mentions `skip` rules
    out) and the headings matching `heading`."""
    topic = Topic(about)
    running = doc.facts.get(running_indexes)
    seen: dict[int, list[str]] = {}
    for lexicon in lexicons:
        for mention in doc.mentions(lexicon):
            if mention.sentence not in running:
                continue
            sentence = doc.sentence(mention.sentence)
            if _COMPANY_SUFFIX.match(sentence.text[mention.end - sentence.start:]):
                continue
            if skip is not None and skip(sentence, mention):
                continue
            seen.setdefault(mention.sentence, []).append(mention.text.lower())
    # the organisation's own sentences first ("we", "our", "the council"), then the rest, each in the text's order,
    # and last those in sections on other countries or competitors: a reader checks the claim on what the
    # organisation says it does, not on what others do
    own_places = doc.facts.get(home)

    def rank(index: int) -> tuple[bool, bool, int]:
        sentence = doc.sentence(index)
        return about_others(sentence.block, own_places), not _own_voice(sentence.text), index

    for index in sorted(seen, key=rank):
        terms = sorted(set(seen[index]))
        topic.terms.update(terms)
        topic.sentence_terms.append(tuple(terms))
        sentence = doc.sentence(index)
        lowered = sentence.text.lower()
        first = min(terms, key=lambda t: (lowered.find(t) < 0, lowered.find(t)))  # kept in view in a long quote
        topic.evidence.append(Evidence(about, sentence.text, sentence.location,
                                       "mentions " + ", ".join(repr(t) for t in terms), phrase=first))
    if heading is not None:
        answers = frozenset(seen)
        topic.headings = [doc.section_evidence(about, h, "a section on the topic", answers)
                          for h in headings_on(doc, heading)]
    return topic


def _sections_with_text(doc: AnalysedDocument) -> frozenset[str | None]:
    return frozenset(s.block.section for s in doc.facts.get(running_text))


def _headings_with_text(doc: AnalysedDocument) -> list[tuple[Sentence, int]]:
    """Headings with running text under them, outside contents pages and reference lists, with their word counts:
    found once for every topic's `headings_on`."""
    with_text = doc.facts.get(_sections_with_text)
    return [(s, len(s.text.split())) for s in doc.sentences
            if s.kind is BlockKind.HEADING and s.block.section in with_text and not in_reference_section(s)]


def headings_on(doc: AnalysedDocument, pattern: re.Pattern[str], max_words: int = 10) -> list[Sentence]:
    """Headings that match `pattern`, short enough to be titles, with running text under them, outside
    contents pages and reference lists: the sections a document gives to a subject."""
    return [s for s, words in doc.facts.get(_headings_with_text) if words <= max_words and pattern.search(s.text)]

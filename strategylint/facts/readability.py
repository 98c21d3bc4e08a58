"""How plain the document reads: length, Flesch reading ease, long sentences, undefined acronyms.

The measures are GOV.UK's and the Plain English Campaign's (research/domain-lexicons.md section 2): a
25-word sentence limit, and the Flesch reading ease, 206.835 - 1.015 x (words per sentence) - 84.6 x
(syllables per word), where 60-70 is plain English and 0-30 very difficult. Syllables are counted by a
small rule of thumb (vowel groups, less a silent final e), which is within a syllable for most words and
good enough for a document average. Only running text counts: headings, tables of contents and table
cells are not sentences a reader reads as prose.

An acronym is undefined when it is used at least twice and never introduced as "Full Name (FN)" or
"FN (Full Name)"; the first use of each is kept as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from strategylint.findings import Evidence
from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

LONG_SENTENCE_WORDS = 25
MIN_SENTENCE_WORDS = 3  # shorter pieces are captions, labels or list stubs, not sentences
WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z0-9&]{1,6}s?\b")  # \b[A-Z]..., in a form re scans faster
DEFINED_AFTER = re.compile(r"\(\s*(?:the\s+)?([A-Z][A-Za-z0-9&]{1,7}?)s?\s*\)")
DEFINED_BEFORE = re.compile(r"\b([A-Z][A-Z0-9&]{1,6})s?\s*\(([A-Za-z][^()]{4,80})\)")
# acronyms every reader knows, or that are names rather than abbreviations
COMMON_ACRONYMS = frozenset({
    "UK", "US", "USA", "EU", "UN", "NHS", "GOV", "IT", "AI", "OK", "TV", "PC", "ID", "PDF", "FAQ", "CEO",
    "CFO", "HR", "PR", "GDP", "VAT", "BBC", "WWW", "URL", "HTML", "PIN", "SMS", "GP", "II", "III", "IV", "VI",
    "VII", "VIII", "IX", "XI", "XII", "IS", "OR", "AND", "THE", "OF", "TO", "IN", "ON", "A", "AM", "PM", "Q1",
    "Q2", "Q3", "Q4", "EN", "DE", "FR", "NL"
})


@dataclass(frozen=True, slots=True)
class Readability:
    words: int
    sentences: int
    mean_sentence_words: float
    long_sentence_share: float
    reading_ease: float | None
    undefined_acronyms: tuple[str, ...] = ()
    evidence: list[Evidence] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "words": self.words,
            "sentences": self.sentences,
            "mean_sentence_words": self.mean_sentence_words,
            "long_sentence_share": self.long_sentence_share,
            "reading_ease": self.reading_ease,
            "undefined_acronyms": list(self.undefined_acronyms),
        }


_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_SILENT_END = re.compile(r"(?:[^laeiouy]es|[^aeiouy]ed|[^laeiouy]e)$")
_VOWEL_GROUP = re.compile(r"[aeiouy]{1,2}")
_HIATUS = re.compile(r"(?<![tcsg])i[ao]")


@lru_cache(maxsize=65536)  # and each spelling once, before lower() and strip()
def syllables(word: str) -> int:
    """Syllables in an English word, by vowel groups: 'strategy' 3, 'digital' 3, 'make' 1, 'people' 2."""
    return _syllables(word.lower().strip("'’-"))


@lru_cache(maxsize=65536)  # documents repeat their words: count each once
def _syllables(word: str) -> int:
    if len(word) <= 3:
        return 1
    word = _SILENT_END.sub(lambda m: m.group(0)[0], word)
    word = word[1:] if word.startswith("y") else word
    count = len(_VOWEL_GROUP.findall(word)) + len(_HIATUS.findall(word))
    return max(1, count)


def reading_ease(words: int, sentences: int, syllable_count: int) -> float | None:
    if not words or not sentences:
        return None
    return round(206.835 - 1.015 * (words / sentences) - 84.6 * (syllable_count / words), 1)


def _acronyms(doc: AnalysedDocument) -> tuple[tuple[str, ...], list[Evidence]]:
    defined: set[str] = set()
    first_use: dict[str, Evidence] = {}
    uses: dict[str, int] = {}
    for sentence in doc.sentences:
        text = sentence.text
        if not _TWO_CAPITALS.search(text):
            continue
        defined.update(m.group(1).upper() for m in DEFINED_AFTER.finditer(text))
        if "(" in text:  # a cheap test: DEFINED_BEFORE can only match where a bracket opens
            defined.update(m.group(1) for m in DEFINED_BEFORE.finditer(text))
        if text.isupper():
            continue  # a shouted heading or a title in capitals, not acronyms
        for match in ACRONYM.finditer(text):
            term = match.group(0)
            term = term[:-1] if term.endswith("s") and term[:-1].isupper() else term
            if term in COMMON_ACRONYMS or not any(c.isalpha() for c in term):
                continue
            uses[term] = uses.get(term, 0) + 1
            if term not in first_use:
                first_use[term] = doc.evidence("undefined_acronym", sentence, f"{term} is never spelled out")
    undefined = tuple(sorted(t for t, n in uses.items() if n >= 2 and t not in defined))
    return undefined, [first_use[t] for t in undefined]


def extract(doc: AnalysedDocument) -> Readability:
    lengths: list[int] = []
    syllable_count = 0
    for sentence in doc.body_sentences:
        if sentence.kind is BlockKind.TABLE_CELL:
            continue
        words = WORD.findall(sentence.text)
        if len(words) < MIN_SENTENCE_WORDS:
            continue
        lengths.append(len(words))
        syllable_count += sum(map(syllables, words))
    total = sum(lengths)
    undefined, evidence = _acronyms(doc)
    return Readability(
        words=doc.words,
        sentences=len(lengths),
        mean_sentence_words=round(total / len(lengths), 1) if lengths else 0.0,
        long_sentence_share=round(sum(n > LONG_SENTENCE_WORDS for n in lengths) / len(lengths), 3) if lengths else 0.0,
        reading_ease=reading_ease(total, len(lengths), syllable_count),
        undefined_acronyms=undefined,
        evidence=evidence,
    )

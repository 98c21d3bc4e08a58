"""One spaCy pass per document: sentences, tokens and word-list matches that every rule shares.

The pipeline is blank English (spaCy's rule-based tokenizer); no model is downloaded. It is built once
per process, and spaCy is imported only when the first document is analysed (the import alone costs
about half a second). Word lists become two PhraseMatchers: capitalised terms match by exact case
(ORTH), the rest by lower case (LOWER).

Sentences are split by `split_sentences`, which applies the rule of spaCy's sentencizer (a sentence
ends at . ! ? or … when the next word starts a new one) to the text with one regular expression, plus
a guard for abbreviations. On the corpus PDFs spaCy's sentencizer component cost 2 s of a 5 s NLP pass,
almost all of it in building a Python object per token; the regular expression does the same job in a
tenth of that.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from strategylint.lexicons import is_case_sensitive
from strategylint.model import Block, BlockKind, Document, Location

if TYPE_CHECKING:
    from spacy.language import Language

_PIPELINES: dict[tuple[tuple[str, tuple[str, ...]], ...], tuple[Language, Any, Any]] = {}
MAX_BLOCK_CHARS = 200_000  # spaCy refuses texts over nlp.max_length; blocks this long are split
# spaCy's tokenizer caches how it split each space-separated chunk, but only the first 10,000 chunks it meets.
# The 28 corpus PDFs hold 34,000 distinct chunks in 390,000, so past the first few documents nearly every chunk
# was split again with the prefix, suffix and infix regexes. A cached chunk is split exactly as it was the first
# time (spaCy's own guarantee). An entry costs about 220 bytes, so the cache adds at most about 22 MB (the
# vocabulary itself grows by some 350 bytes a new word).
TOKENIZER_CACHE_CHUNKS = 100_000


@dataclass(slots=True)
class Sentence:
    """A sentence inside one block; offsets are into the block's text."""

    text: str
    index: int
    block: Block
    block_index: int
    start: int
    end: int

    @property
    def location(self) -> Location:
        return self.block.location_at(self.start)

    @property
    def kind(self) -> BlockKind:
        return self.block.kind

    @property
    def section(self) -> str | None:
        return self.block.section


@dataclass(frozen=True, slots=True)
class Mention:
    """A word-list term found in a sentence."""

    lexicon: str
    text: str
    sentence: int
    start: int
    end: int


@dataclass(slots=True)
class TextAnalysis:
    sentences: list[Sentence]
    mentions: list[Mention]
    by_lexicon: dict[str, list[Mention]] = field(default_factory=dict)
    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        lexicon_index: dict[str, list[Mention]] = defaultdict(list)
        sentence_index: dict[int, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            lexicon_index[mention.lexicon].append(mention)
            sentence_index[mention.sentence].append(mention)
        self.by_lexicon = dict(lexicon_index)
        self.by_sentence = dict(sentence_index)


def _plural(term: str) -> str | None:
    words = term.split(" ")
    last = words[-1]
    if not last.isalpha() or last.endswith("s") or len(last) < 3:
        return None
    words[-1] = last[:-1] + "ies" if last.endswith("y") and last[-2] not in "aeiou" else last + "s"
    return " ".join(words)


def pipeline(lexicons: Mapping[str, Sequence[str]]) -> tuple[Language, Any, Any]:
    """The process's spaCy pipeline and matchers for these word lists, built on first use."""
    key = tuple(sorted((name, tuple(terms)) for name, terms in lexicons.items()))
    cached = _PIPELINES.get(key)
    if cached is not None:
        return cached
    import spacy
    from spacy.attrs import LOWER
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    nlp.max_length = MAX_BLOCK_CHARS + 1
    tokenizer: Any = nlp.tokenizer  # (spaCy's stubs leave max_cache_size out)
    tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS
    # the matchers read a word's ORTH and LOWER only: the other attributes spaCy computes for every new word (norm,
    # shape, like_num, stop-word and punctuation flags) cost a quarter of the NLP pass on the corpus PDFs
    vocab: Any = nlp.vocab  # (spaCy's stubs leave lex_attr_getters out)
    vocab.lex_attr_getters = {LOWER: vocab.lex_attr_getters[LOWER]}
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    for name, terms in sorted(lexicons.items()):
        exact_terms = [t for t in terms if is_case_sensitive(t)]
        folded_terms = [t for t in terms if not is_case_sensitive(t)]
        folded_terms += [p for p in map(_plural, folded_terms) if p]
        if exact_terms:
            exact.add(name, [nlp.make_doc(t) for t in exact_terms])
        if folded_terms:
            folded.add(name, [nlp.make_doc(t) for t in dict.fromkeys(folded_terms)])
    _PIPELINES.clear()
    _PIPELINES[key] = (nlp, exact, folded)
    return nlp, exact, folded


def _chunks(text: str) -> list[tuple[int, str]]:
    if len(text) <= MAX_BLOCK_CHARS:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + MAX_BLOCK_CHARS, len(text))
        if end < len(text):
            cut = text.rfind(" ", start, end)
            end = cut if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


def _longest_per_lexicon(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Drop a match inside a longer match of the same list: "cyber security" is one mention, not two."""
    kept: list[tuple[int, int, int]] = []
    for match_id, start, end in sorted(matches, key=lambda m: (m[0], m[1], -m[2])):
        if kept and kept[-1][0] == match_id and start < kept[-1][2]:
            continue
        kept.append((match_id, start, end))
    return kept


_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9•])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|mr|mrs|ms|dr|prof|st|no|nos|vs|cf|fig|figs|p|pp|vol|inc|ltd|co|jr|sr|approx|dept|para|sec"
    r"|ch|art|op|al|u\.s|u\.k|e\.u)|\b[A-Z])\.$",
    re.IGNORECASE)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in `text`, leading and trailing spaces excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        head = text[max(start, match.start() - 8) : match.start() + 1]
        if match.group(0)[0] == "." and _ABBREVIATION.search(head):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for begin, end in spans:
        piece = text[begin:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            out.append((begin + lead, begin + lead + len(stripped)))
    return out


def analyse_text(document: Document, lexicons: Mapping[str, Sequence[str]]) -> TextAnalysis:
    """Split every block into sentences and find every word-list term, in one pass."""
    nlp, exact, folded = pipeline(lexicons)
    vocab_strings = nlp.vocab.strings
    pieces = [(i, offset, text) for i, block in enumerate(document.blocks) for offset, text in _chunks(block.text)]
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    tokenizer: Any = nlp.tokenizer
    for (block_index, offset, text), doc in zip(pieces, tokenizer.pipe(t for _, _, t in pieces), strict=True):
        block = document.blocks[block_index]
        first = len(sentences)
        for begin, end in split_sentences(text):
            sentences.append(
                Sentence(text[begin:end], len(sentences), block, block_index, offset + begin, offset + end))
        if len(sentences) == first:
            continue
        starts = [s.start - offset for s in sentences[first:]]
        for match_id, start, end in _longest_per_lexicon([*exact(doc), *folded(doc)]):
            # the span's offsets from its first and last tokens: building a spaCy Span per match cost more than the
            # matching (the tokenizer keeps the text, so the span's text is the text between the offsets)
            last = doc[end - 1]
            start_char, end_char = doc[start].idx, last.idx + len(last)
            lexicon = vocab_strings[match_id]
            key = (block_index, offset + start_char, lexicon)
            if key in seen:
                continue
            seen.add(key)
            number = first + max(0, bisect.bisect_right(starts, start_char) - 1)
            mentions.append(Mention(lexicon, text[start_char:end_char], number, offset + start_char, offset + end_char))
    mentions.sort(key=lambda m: (m.sentence, m.start, m.lexicon))
    return TextAnalysis(sentences, mentions)

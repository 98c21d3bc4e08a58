"""Guess a document's language from its commonest function words.

Strategies are long, so function-word counting is reliable for the languages the corpus holds, and it
needs no model. The rules' word lists are English: for any other language the engine says so and
skips the judgements rather than give false verdicts.
"""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "with",
            "are",
            "be",
            "this",
            "will",
            "we",
            "our",
            "on",
            "as",
            "by",
            "it",
            "from",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "nicht",
            "ein",
            "eine",
            "zu",
            "den",
            "von",
            "mit",
            "sich",
            "des",
            "auf",
            "für",
            "im",
            "dem",
            "wir",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "est",
            "une",
            "un",
            "du",
            "que",
            "pour",
            "dans",
            "en",
            "qui",
            "sur",
            "nous",
            "pas",
            "au",
            "avec",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "de",
            "que",
            "en",
            "un",
            "una",
            "es",
            "por",
            "con",
            "para",
            "del",
            "se",
            "al",
            "como",
            "su",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "di",
            "che",
            "la",
            "e",
            "per",
            "un",
            "una",
            "sono",
            "del",
            "della",
            "con",
            "non",
            "le",
            "gli",
            "dei",
            "nel",
            "alla",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "dat",
            "is",
            "op",
            "te",
            "voor",
            "niet",
            "met",
            "zijn",
            "ook",
            "wordt",
            "aan",
            "als",
        ]
    ),
    "sv": frozenset(
        [
            "och",
            "att",
            "det",
            "som",
            "för",
            "av",
            "på",
            "är",
            "med",
            "en",
            "ett",
            "till",
            "har",
            "den",
            "om",
            "inte",
            "vi",
        ]
    ),
    "da": frozenset(
        [
            "og",
            "at",
            "det",
            "som",
            "for",
            "af",
            "på",
            "er",
            "med",
            "en",
            "til",
            "har",
            "den",
            "ikke",
            "vi",
            "de",
            "skal",
            "kan",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "e",
            "de",
            "que",
            "em",
            "um",
            "uma",
            "para",
            "com",
            "não",
            "do",
            "da",
            "dos",
            "das",
            "por",
            "se",
        ]
    ),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SAMPLE_WORDS = 20_000


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code, or None when there are too few words to tell."""
    words = [w.lower() for w in _WORD.findall(text[: SAMPLE_WORDS * 8])]
    if len(words) < 20:
        return None
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < len(words) * 0.05:
        return None
    return best

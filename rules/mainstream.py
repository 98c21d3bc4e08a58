"""The strategy is too long or too hard to read to be widely understood.

The guidance's sign *Mainstream*: "The best strategies are widely understood and widely adopted.
Successful digital transformation in healthcare depends on close alignment across many teams, not just
the IT department." Its example: "the Ministry of Justice published their digital strategy in the form
of a blogpost."

The rule measures the running text: words, the Flesch reading ease (206.835 - 1.015 x words per
sentence - 84.6 x syllables per word; 60-70 is plain English, below 30 "very difficult"), the share of
sentences over 25 words (GOV.UK's limit), and acronyms used without being spelled out. It fires once,
decisively, when the document is clearly not plain: longer than ``max-words`` (default 15000), or, over at
least 20 sentences, a reading ease below ``min-reading-ease`` (default 30), or more than
``max-long-sentence-share`` (default 0.35) of its sentences over 25 words. The metrics are in the
finding's data. It also points out, without deciding the sign, up to ``max-word-findings`` (default 5)
of GOV.UK's words to avoid, each with its plain replacement.

Options: ``max-words`` (default 15000), ``min-reading-ease`` (default 30), ``max-long-sentence-share``
(default 0.35), ``max-word-findings`` (default 5).

Bad: "We will leverage robust platforms to streamline services going forward."

Good: "We will use simple tools to fix the forms people use most."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from importlib.resources import files
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import readability
from strategylint.findings import Evidence, Finding

CODE = "SL204"
NAME = "mainstream"
SIGN = "mainstream"
SEVERITY = "info"
OPTIONS = {"max-words": 15000, "min-reading-ease": 30, "max-long-sentence-share": 0.35, "max-word-findings": 5}
MIN_SENTENCES = 20  # fewer, and the averages say little


@cache
def replacements() -> dict[str, str]:
    """Word to avoid -> plain replacement, from the comment beside each term in words-to-avoid.txt."""
    out: dict[str, str] = {}
    text = files("strategylint.rules").joinpath("lexicons", "words-to-avoid.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        term, _, note = line.partition("#")
        if term.strip():
            out[term.strip().lower()] = note.strip()
    return out


def _unplain(metrics: readability.Readability, options: Mapping[str, Any]) -> list[str]:
    reasons = []
    if metrics.words > int(options["max-words"]):
        reasons.append(f"{metrics.words:,} words, more than {int(options['max-words']):,}")
    if metrics.sentences >= MIN_SENTENCES:
        ease = metrics.reading_ease
        if ease is not None and ease < float(options["min-reading-ease"]):
            reasons.append(f"a Flesch reading ease of {ease:.0f} (below {options['min-reading-ease']}: very difficult)")
        if metrics.long_sentence_share > float(options["max-long-sentence-share"]):
            reasons.append(f"{metrics.long_sentence_share:.0%} of sentences over "
                           f"{readability.LONG_SENTENCE_WORDS} words")
    return reasons


def _words_to_avoid(doc: AnalysedDocument, limit: int) -> Iterator[Finding]:
    first: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for mention in doc.mentions("words-to-avoid"):
        key = mention.text.lower()
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, mention)
    table = replacements()
    for key in sorted(counts, key=lambda k: (-counts[k], first[k].sentence))[:limit]:
        mention = first[key]
        sentence = doc.sentence(mention.sentence)
        plain = table.get(key) or table.get(key.rstrip("s")) or "a plainer word"
        times = f" ({counts[key]} times)" if counts[key] > 1 else ""
        yield Finding(
            message=f"'{mention.text}'{times} is on GOV.UK's list of words to avoid: it hides what you will do.",
            suggestion=f"Say what you will actually do: {plain}.",
            location=doc.location_of(mention),
            quote=sentence.text,
            decisive=False,
            data={"word": key, "count": counts[key], "replacement": plain},
        )


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    metrics = doc.facts.get(readability.extract)
    reasons = _unplain(metrics, options)
    yield from _words_to_avoid(doc, int(options["max-word-findings"]))
    if not reasons:
        yield Evidence("mainstream", f"{metrics.words} words, reading ease {metrics.reading_ease}",
                       note="plain enough to be widely read")
        return
    acronyms = metrics.undefined_acronyms
    spelled = f"; {len(acronyms)} acronyms are never spelled out ({', '.join(acronyms[:5])})" if acronyms else ""
    yield Finding(
        message=(f"Hard to read widely: {'; '.join(reasons)}{spelled}. The guidance: 'The best strategies are "
                 "widely understood and widely adopted.'"),
        suggestion=("Publish a short, plain version (a blog post's length): sentences under 25 words, everyday "
                    "words, acronyms spelled out; keep the detail in annexes."),
        data=metrics.as_dict(),
    )

"""The strategy is too long or too hard to read to be widely understood.

The guidance's sign *Mainstream*: "The best strategies are widely understood and widely adopted.
Successful digital transformation in healthcare depends on close alignment across many teams, not just
the IT department." Its example: "the Ministry of Justice published their digital strategy in the form
of a blogpost."

The rule measures the whole document's length in words and, over its running text (not headings, contents
pages, reference lists or glossaries), the Flesch reading ease (206.835 - 1.015 x words per sentence - 84.6 x
syllables per word; 60-70 is plain English, below 30 "very difficult"), the share of sentences over 25 words
(GOV.UK's limit), and acronyms used without being spelled out (one listed in a glossary, defined "hereinafter
referred to as", or explained where it stands, "KYSO is an agritech startup", is spelled out; a document code,
"COM (2011) 315", "Directive 2003/98/EC", is no acronym). It fires once, decisively, when the document is
clearly not plain: longer than ``max-words`` (default 15000), or, over at least 20 sentences, a reading ease
below ``min-reading-ease`` (default 30), or more than ``max-long-sentence-share`` (default 0.35) of its
sentences over 25 words, or more than ``max-undefined-acronyms`` (default 5) acronyms used at least twice and
never spelled out (well-known ones such as UK, EU, NHS, GDP, R&D, currency codes and company names aside; one
whose words the text writes out elsewhere without tying them to it, "Northern Ireland" and NI, still counts,
and is named after those a reader cannot work out at all). The metrics are in the finding's data. Its advice
for a long document is a short, plain version; for one with an executive summary (or a "Summary", "Overview"
or "At a glance" section), to make that summary the plain version.

It also points out, without deciding the sign, the words on GOV.UK's list of words to avoid, with the
plain words GOV.UK gives for them (``rules/lexicons/words-to-avoid.txt``). By default it is one finding
a document, at the first use in prose of the most used word, saying how often it is used in all its
forms ("leverage", "leveraging") and naming the other words with their counts: style advice, kept to one
line so that it does not crowd out the findings on substance (two audits judged word lists correct but
minor), and only when they come up at least ``min-word-uses-per-1000`` times (default 1) per 1,000
words: four uses in a 14,000-word strategy do not change how it reads. With ``max-word-findings`` above
1, each of the most used words gets its own finding at its first use, and the last one sums up the rest.
Only sentences of running text count: not headings, contents entries, labels, the cover or title, lines
in capitals, reference lists or glossaries, and not quotations of someone else's words. Literal senses
that GOV.UK allows are left alone (``rules/lexicons/words-to-avoid-literal.txt``): "robust and resilient
cloud services", "foster care", "the leverage effect", "Bupa needs leverage" (a noun), "systems
interacting with people through dialogue".

Options: ``max-words`` (default 15000), ``min-reading-ease`` (default 30), ``max-long-sentence-share``
(default 0.35), ``max-undefined-acronyms`` (default 5), ``max-word-findings`` (default 1),
``min-word-uses-per-1000`` (default 1.0), where 0 shows every use.

Bad: "We will leverage robust platforms to streamline services going forward."

Good: "We will use simple tools to fix the forms people use most."
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import readability
from strategylint.facts.readability import AvoidedWord
from strategylint.facts.topics import headings_on
from strategylint.findings import Evidence, Finding

CODE = "SL204"
NAME = "mainstream"
SIGN = "mainstream"
SEVERITY = "info"
OPTIONS = {"max-words": 15000, "min-reading-ease": 30, "max-long-sentence-share": 0.35, "max-undefined-acronyms": 5,
           "max-word-findings": 1, "min-word-uses-per-1000": 1.0}
LONG_MEAN_SENTENCE = 20  # words: above GOV.UK's advice of 15-20, the sentences drive a low score; below, the words
MIN_SENTENCES = 20  # fewer, and the averages say little
BLOG_POST_WORDS = 2000  # a document this short is already a blog post's length: it needs plainer words, not fewer
SUMMARY_NAMES = 6  # words named in the summary's message; all of them are in its data
LEAVE_OUT = "leave it out"

# Why GOV.UK avoids each kind of word (words-to-avoid.txt gives each word its kind).
WHY = {
    "vague": "it does not say what you will actually do",
    "buzzword": "it sounds strong but says nothing specific",
    "jargon": "an everyday word says the same to more readers",
    "metaphor": "a metaphor does not say what you actually mean, and slows the reader down",
    "filler": "the extra words add nothing",
}
WHY_CONFIGURED = "a plainer word says the same to more readers"


def _unplain(metrics: readability.Readability, options: Mapping[str, Any]) -> list[str]:
    reasons = []
    if metrics.words > int(options["max-words"]):
        reasons.append(f"{metrics.words:,} words, more than {int(options['max-words']):,}")
    if metrics.sentences >= MIN_SENTENCES:
        # compared as shown, to one decimal: 29.96 is "30.0", not below 30
        ease = round(metrics.reading_ease, 1) if metrics.reading_ease is not None else None
        if ease is not None and ease < float(options["min-reading-ease"]):
            driver = "long sentences" if metrics.mean_sentence_words >= LONG_MEAN_SENTENCE else "long words"
            reasons.append(f"a Flesch reading ease of {ease:.1f} (below {options['min-reading-ease']}: very difficult; "
                           f"sentences average {metrics.mean_sentence_words:.1f} words, so {driver} weigh most)")
        if metrics.long_sentence_share > float(options["max-long-sentence-share"]):
            reasons.append(f"{metrics.long_sentence_share:.0%} of sentences over "
                           f"{readability.LONG_SENTENCE_WORDS} words")
    if len(metrics.undefined_acronyms) > int(options["max-undefined-acronyms"]):
        reasons.append(_acronym_note(metrics.undefined_acronyms, metrics.unlinked_acronyms))
    return reasons


def _acronym_note(acronyms: Sequence[str], unlinked: Sequence[str] = ()) -> str:
    are = "acronym is" if len(acronyms) == 1 else "acronyms are"
    if not unlinked:
        return f"{len(acronyms)} {are} never spelled out ({', '.join(acronyms[:5])})"
    unexplained = [a for a in acronyms if a not in unlinked]
    named = ", ".join(unexplained[:5])
    tied = ", ".join(unlinked[:3]) + (", ..." if len(unlinked) > 3 else "")
    return (f"{len(acronyms)} {are} never spelled out where they are used ({named}{'; ' if named else ''}"
            f"{tied} written out elsewhere but never tied to {'its' if len(unlinked) == 1 else 'their'} "
            f"acronym{'' if len(unlinked) == 1 else 's'})")


def _quoted_list(words: Sequence[str], conjunction: str = "or") -> str:
    quoted = [f"'{w}'" for w in words]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} {conjunction} {quoted[-1]}"


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"


def message(word: AvoidedWord) -> str:
    """What the word is and why to avoid it: 'leverage' 7 times (also as 'leveraging'); first here. ..."""
    noun = "phrases" if " " in word.headword else "words"
    listed = f"on GOV.UK's list of {noun} to avoid" if word.kind else f"on the list of {noun} to avoid"
    why = WHY.get(word.kind or "", WHY_CONFIGURED)
    if word.count == 1:
        return f"'{word.form}' is {listed}: {why}."
    others = [f for f in word.forms if f != word.form]
    also = f" (also as {_quoted_list(others, 'and')})" if others else ""
    return f"'{word.form}' {_times(word.count)} in the running text{also}; first here. It is {listed}: {why}."


def suggestion(word: AvoidedWord) -> str:
    """GOV.UK's plain words for it, with its advice for the kind of word: Use 'use' or 'influence' ..."""
    term = word.entry.term
    plain = [r for r in word.entry.replacements if r != LEAVE_OUT]
    leave_out = LEAVE_OUT in word.entry.replacements
    if not plain:
        text = f"Leave out '{term}'" if leave_out else f"Use a plainer word instead of '{term}'"
    else:
        text = f"Use {_quoted_list(plain)} instead of '{term}'"
        if leave_out:
            text += ", or leave it out"
    # A vague verb or a buzzword is best replaced by the specific thing it stands for; GOV.UK's plain word is
    # the fallback, and put first it reads as a drop-in ("well thought out competition" for "robust").
    if word.kind == "vague":
        return f"Say exactly what you will do, or {text[0].lower()}{text[1:]}."
    if word.kind == "buzzword" and not leave_out:
        return f"Say what makes it so, or {text[0].lower()}{text[1:]}."
    if word.kind == "metaphor":  # "one-stop shop" may be a website or an office: the plain words come second
        return f"Say plainly what you mean, or {text[0].lower()}{text[1:]}."
    return text + "."


def _word_finding(doc: AnalysedDocument, word: AvoidedWord, others: Sequence[AvoidedWord] = ()) -> Finding:
    """A word's finding at its first use; with `others`, it names the rest of the words too."""
    data: dict[str, Any] = {
        "word": word.headword, "form": word.form, "count": word.count, "forms": dict(word.forms), "kind": word.kind,
        "replacements": list(word.entry.replacements), "literal": word.literal, "quoted": word.quoted}
    also = advice = ""
    if others:
        data["others"] = {w.headword: w.count for w in others}
        also = f" Also on {_list_of(others)} of words to avoid: {_named(others)}."
        advice = f" For the others, GOV.UK's plain words: {swaps}." if (swaps := _swaps(others)) else ""
    return Finding(
        message=message(word) + also,
        suggestion=suggestion(word) + advice,
        location=doc.location_of(word.first),
        quote=doc.sentence(word.first.sentence).text,
        decisive=False,
        data=data,
    )


def _list_of(words: Sequence[AvoidedWord]) -> str:
    return "GOV.UK's list" if all(w.kind for w in words) else "the list"


def _named(words: Sequence[AvoidedWord]) -> str:
    """The most used of `words` with their counts: "'facilitate' 6 times, 'robust' 3 times, and 4 more (20 uses)"."""
    named = ", ".join(f"'{w.form}' {_times(w.count)}" for w in words[:SUMMARY_NAMES])
    uses = sum(w.count for w in words)
    return named + (f", and {len(words) - SUMMARY_NAMES} more ({uses} uses in all)" if len(words) > SUMMARY_NAMES
                    else "")


def _swaps(words: Sequence[AvoidedWord]) -> str:
    """GOV.UK's plain words for each, all of them: "'stop', 'solve' or 'deal with' for 'tackle'" (one alone
    can change the meaning: "tackle areas" is not "stop areas")."""
    swaps = []
    for word in words[:SUMMARY_NAMES]:
        plain = [r for r in word.entry.replacements if r != LEAVE_OUT]
        if plain:
            swaps.append(f"{_quoted_list(plain)} for '{word.entry.term}'")
    return "; ".join(swaps)


def _summary(rest: list[AvoidedWord]) -> Finding:
    """One finding for the words past the cap, the most used named; every word and its count is in the data."""
    swaps = _swaps(rest)
    return Finding(
        message=f"Also on {_list_of(rest)} of words to avoid: {_named(rest)}. Plain words keep a strategy widely "
                "understood.",
        suggestion=(f"Use the plain words GOV.UK gives: {swaps}." if swaps else
                    "Use the plain words GOV.UK gives for each."),
        decisive=False,
        data={"words": {w.headword: w.count for w in rest}, "uses": sum(w.count for w in rest)},
    )


def _words_to_avoid(doc: AnalysedDocument, limit: int, min_per_1000: float) -> Iterator[Finding]:
    if limit <= 0:
        return
    words = doc.facts.get(readability.words_to_avoid)
    if sum(w.count for w in words) * 1000 < min_per_1000 * max(doc.words, 1):
        return  # used less often than that, they do not change how the document reads
    if limit == 1 and len(words) > 1:  # one finding: the most used word where it is first used, naming the rest
        yield _word_finding(doc, words[0], words[1:])
        return
    shown, rest = (words, []) if len(words) <= limit else (words[:limit - 1], words[limit - 1:])
    for word in shown:
        yield _word_finding(doc, word)
    if rest:
        yield _summary(rest)


PLAIN = "sentences under 25 words, everyday words, acronyms spelled out"
# the document's own short version: "Executive summary", "Summary", "At a glance"
SUMMARY_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:executive\s+summary|summary|at\s+a\s+glance|in\s+brief"
                             r"|overview)\s*:?\s*$", re.IGNORECASE)


def _plainer(doc: AnalysedDocument, words: int) -> str:
    if words <= BLOG_POST_WORDS:
        return f"Keep it this short, but plainer: {PLAIN}."
    summary = headings_on(doc, SUMMARY_HEADING, max_words=6)
    if summary:
        title = " ".join(summary[0].text.split()).rstrip(" :")
        return (f"Make its '{title}' the short, plain version a reader takes away (a blog post's length): {PLAIN}; "
                "keep the detail in the body and annexes.")
    return f"Publish a short, plain version (a blog post's length): {PLAIN}; keep the detail in annexes."


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    metrics = doc.facts.get(readability.extract)
    reasons = _unplain(metrics, options)
    yield from _words_to_avoid(doc, int(options["max-word-findings"]), float(options["min-word-uses-per-1000"]))
    if not reasons:
        yield Evidence("mainstream", f"{metrics.words} words, reading ease {metrics.reading_ease}",
                       note="plain enough to be widely read")
        return
    acronyms = metrics.undefined_acronyms
    note = _acronym_note(acronyms, metrics.unlinked_acronyms)
    spelled = f"; {note}" if acronyms and note not in reasons else ""
    yield Finding(
        message=(f"Hard to read widely: {'; '.join(reasons)}{spelled}. The guidance: 'The best strategies are "
                 "widely understood and widely adopted.'"),
        suggestion=_plainer(doc, metrics.words),
        data=metrics.as_dict(),
    )

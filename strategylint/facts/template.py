"""Signs that a document is a template, or was filled in from one: what could be any organisation's.

Four measures, each with its evidence:

* placeholders left unfilled: ``<CLIENT NAME>``, ``[Insert date]``, ``[Organisation]``, ``{{ company }}``,
  ``{Title}``, "Lorem ipsum", "XXX", "20XX", Word's "Click here to enter text". Site-generator markup
  that some Markdown sources carry (``{include case-study.md}``, ``{: .class}``, ``{{ site.baseurl }}``)
  is not a placeholder, nor is a citation ("[12]") or an editor's insertion ("[the Department]");
* stock phrases from the `boilerplate` word list ("in today's fast-paced digital world", "harness the
  power of", "customer-centric"), per 1,000 words of running text;
* specifics per 1,000 words: numbers (not list numbering) and names (runs of capitalised words that do
  not open a sentence, in sentences that are not set in title case or capitals);
* bare template headings: sections headed just "Vision", "Mission", "Values", "Goals" (and the like)
  with little under them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from strategylint.facts.framing import shouting
from strategylint.facts.patterns import LEADING_NUMBERING, has_any
from strategylint.findings import Evidence
from strategylint.model import BlockKind, count_words

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Sentence


_INSTRUCTION = (r"(?:insert|enter|add|type|give|provide|describe|outline|list|summari[sz]e|identify|identifying"
                r"|include|explain|state|specify|write|fill\s+in|replace|discuss|highlight|detail|select|choose"
                r"|delete|remove|update|name|put|paste)")
_PLACEHOLDER_NOUN = (r"(?:organi[sz]ation|company|client|business|trust|council|department|agency|brand|product"
                     r"|project|school|college|team|author|contact|person|owner|customer|partner|service|city|region"
                     r"|country)")
_PLACEHOLDER_FIELD = r"(?:name|names|date|title|logo|year|address|e-?mail|phone|number|here|details|url|website)"
_PLACEHOLDER_WORDS = (rf"(?:(?:your|insert|client|company|organi[sz]ation)\s+)?(?:{_PLACEHOLDER_NOUN}"
                      rf"(?:['’]s)?(?:\s+{_PLACEHOLDER_FIELD})?|{_PLACEHOLDER_FIELD})")
_DIRECTIVE = r"(?:include|div|/div|toc|endif|if|for|endfor|else|raw|endraw|block|endblock|extends|import)\b"
PLACEHOLDER = re.compile(
    # <CLIENT NAME>, <DATE>, <Insert logo>
    rf"<\s*(?:(?-i:[A-Z][A-Z0-9 _&/'’-]{{1,40}})|(?:{_INSTRUCTION}|your|{_PLACEHOLDER_NOUN})\b[^<>]{{0,60}})\s*>"
    # [Insert date], [Give an overview of ...], [Organisation], [CLIENT NAME], [Your company name]
    rf"|\[\s*(?:{_INSTRUCTION}\s+[^\[\]]{{2,400}}?|(?=(?-i:[A-Z])){_PLACEHOLDER_WORDS}"
    rf"|(?-i:[A-Z][A-Z0-9&/-]*(?:[ _][A-Z0-9&/-]+){{1,5}})"
    rf"|(?-i:[Yy]our\s+)[^\[\]]{{2,40}}|(?-i:X{{2,4}}))\s*\](?!\()"
    # {{ company }}, {% if %} is markup; {Title}, {company_name}, ${name}
    rf"|\{{\{{\s*(?!{_DIRECTIVE})[A-Za-z_][\w ]{{0,40}}\s*\}}\}}|\$\{{[A-Za-z_]\w{{0,30}}\}}"
    rf"|(?<![{{\w])\{{\s*(?!{_DIRECTIVE})(?-i:[A-Za-z])[A-Za-z_ ]{{1,30}}\}}(?!\}})"
    # Lorem ipsum, Word's content-control prompts
    rf"|\blorem\s+ipsum\b|\bdolor\s+sit\s+amet\b|\bclick\s+(?:or\s+tap\s+)?here\s+to\s+(?:enter|add|type)\s+"
    rf"(?:text|a\s+date)\b"
    # XXX, xxx, 20XX, £XXm, XX%
    rf"|(?-i:\bX{{3,}}\b|\bx{{3,}}\b|\b(?:19|20)XX\b|[£$€]\s?X{{1,3}}(?:[mkb]n?)?\b|\bXX?\s?%)",
    re.IGNORECASE)
_MARKERS = ("<", "[", "{", "X", "xxx")  # a cheap test before PLACEHOLDER, with _WORDS_IN_LOWER_CASE
_WORDS_IN_LOWER_CASE = ("lorem", "dolor", "click")
PLACEHOLDER_NOTE = 60
UNFILLED_PLACEHOLDERS = 3  # cookie-cutter's default min-placeholders: the same judgement
TEMPLATE_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:our\s+|the\s+|core\s+|strategic\s+|key\s+)*(?:vision|mission|values|goals|objectives"
    r"|purpose|aims|pillars|ambition|ambitions|priorities|mission statement|vision statement|strategy|strategies"
    r"|vision and mission|mission and vision|vision,?\s+mission(?:\s+and\s+values)?)\s*:?$",
    re.IGNORECASE)
_NUMBER = re.compile(r"\d(?<![\w.]\d)[\d,.:/%–-]*")  # (?<![\w.])\d[\d,.:/%–-]*, the look-behind after the digit
_DIGIT = re.compile(r"\d")
_CAPITAL_WORD = re.compile(r"[A-Z](?<!\w[A-Z])")  # a capital that opens a word: \b[A-Z], in a form re scans faster
# a run of capitalised words that does not open the sentence or follow a colon or a full stop
# (the space first, and the look-behind after it, lets re scan for the space: two to three times faster)
_NAME_RUN = re.compile(r" (?<=[^\s.:?!] )[\"'“‘(]?([A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*)*)")
# capitalised words that do not name anything particular
COMMON_CAPITALS = frozenset((
    "I", "A", "An", "The", "This", "That", "These", "Those", "We", "Our", "Us", "It", "Its", "In", "On", "Of", "For",
    "To", "And", "Or", "But", "With", "By", "As", "At", "From", "If", "When", "Where", "How", "What", "Why", "Who",
    "Which", "Each", "Every", "All", "Any", "Some", "Many", "Most", "More", "Such", "Also", "However", "Therefore",
    "Finally", "First", "Second", "Third", "Next", "Then", "Yes", "No", "Not", "Digital", "Strategy", "Data",
    "Technology", "Vision", "Mission", "Values", "Goals", "Objectives", "Priorities",
))
SHORT_FRAGMENT = 4  # in a list item of fewer words ("Press Coverage"), capitals name nothing
BARE_WORDS = 40  # a template heading with fewer words than this under it is bare
GENERIC_WORDS = 12  # a sentence this long with no number or name in it is a generic one
MIN_WORDS_FOR_RATE = 150  # below this, a rate per 1,000 words means little
MAX_EVIDENCE = 25


@dataclass(slots=True)
class TemplateSigns:
    """Placeholders, boilerplate phrases, specifics per 1,000 words and bare template headings."""

    placeholders: list[Evidence] = field(default_factory=list)
    placeholder_count: int = 0
    boilerplate: list[Evidence] = field(default_factory=list)
    boilerplate_mentions: int = 0
    boilerplate_phrases: Counter[str] = field(default_factory=Counter)
    words: int = 0
    specifics: int = 0
    template_headings: list[Evidence] = field(default_factory=list)
    bare_headings: list[Evidence] = field(default_factory=list)
    generic_example: Evidence | None = None  # a long sentence that names nothing in particular
    specific_example: Evidence | None = None  # the sentence with the most specifics

    @property
    def unfilled(self) -> bool:
        """An unfilled template: enough placeholders that its text is instructions, not a strategy."""
        return self.placeholder_count >= UNFILLED_PLACEHOLDERS

    @property
    def boilerplate_per_1000(self) -> float:
        return 1000 * self.boilerplate_mentions / max(self.words, 1)

    @property
    def specifics_per_1000(self) -> float | None:
        """Specifics per 1,000 words of running text; None when there is too little text to say."""
        if self.words < MIN_WORDS_FOR_RATE:
            return None
        return 1000 * self.specifics / self.words

    def as_dict(self) -> dict[str, object]:
        rate = self.specifics_per_1000
        return {
            "placeholders": self.placeholder_count,
            "boilerplate_mentions": self.boilerplate_mentions,
            "boilerplate_per_1000_words": round(self.boilerplate_per_1000, 2),
            "specifics_per_1000_words": None if rate is None else round(rate, 1),
            "template_headings": len(self.template_headings),
            "bare_template_headings": len(self.bare_headings),
            "evidence": [e.as_dict() for e in (self.placeholders or self.boilerplate)[:3]],
        }


# how to cite the document: metadata about it, which a draft often leaves to be filled in at publication
CITATION_LINE = re.compile(
    r"^\s*(?:\W\s*)?(?:citation|cite as|how to cite(?: this(?: document)?)?|suggested citation)\s*:", re.IGNORECASE)


def _placeholders(doc: AnalysedDocument, found: TemplateSigns) -> None:
    """Placeholders in every block, headings included; a bracketed instruction may run over sentences."""
    sentences: dict[int, list[Sentence]] | None = None
    for index, block in enumerate(doc.blocks):
        text = block.text
        if not has_any(text, _MARKERS) and not has_any(text.lower(), _WORDS_IN_LOWER_CASE):
            continue
        if CITATION_LINE.match(text):
            continue  # "Citation: Akvaplan-niva (2020). {Title}. {DOI}.": the repository's metadata, not the strategy
        for match in PLACEHOLDER.finditer(text):
            found.placeholder_count += 1
            if len(found.placeholders) >= MAX_EVIDENCE:
                continue
            if sentences is None:
                sentences = {}
                for sentence in doc.sentences:
                    sentences.setdefault(sentence.block_index, []).append(sentence)
            inside = [s for s in sentences.get(index, []) if s.start <= match.start()]
            quote = inside[-1].text if inside else text
            found_text = " ".join(match.group(0).split())
            note = (found_text if len(found_text) <= PLACEHOLDER_NOTE
                    else found_text[: PLACEHOLDER_NOTE - 1].rstrip() + "…")
            found.placeholders.append(Evidence("placeholder", quote, block.location_at(match.start()), note=note))


def _boilerplate(doc: AnalysedDocument, found: TemplateSigns, counted: set[int]) -> None:
    seen: set[int] = set()
    for mention in doc.mentions("boilerplate"):
        if mention.sentence not in counted:
            continue
        found.boilerplate_mentions += 1
        found.boilerplate_phrases[mention.text.lower().replace("’", "'")] += 1
        if mention.sentence not in seen and len(found.boilerplate) < MAX_EVIDENCE:
            seen.add(mention.sentence)
            found.boilerplate.append(doc.said("boilerplate", doc.sentence(mention.sentence), mention.text))


def specifics_in(text: str, words: int | None = None) -> int:
    """Numbers and runs of capitalised names in one sentence, not counting the word that opens it.

    `words` is the sentence's word count, when the caller has it already."""
    body = LEADING_NUMBERING.sub("", text)
    numbers = len(_NUMBER.findall(body)) if _DIGIT.search(body) else 0
    words = len(body.split()) if words is None else words
    title_case = words >= 3 and len(_CAPITAL_WORD.findall(body)) > 0.6 * words
    if title_case or words < SHORT_FRAGMENT:
        return numbers
    names = sum(1 for run in _NAME_RUN.findall(body) if any(word not in COMMON_CAPITALS for word in run.split()))
    return numbers + names


def _specifics(sentences: list[Sentence], found: TemplateSigns) -> None:
    most = 0
    for sentence in sentences:
        words = len(sentence.text.split())
        specifics = specifics_in(sentence.text, words)
        found.words += words
        found.specifics += specifics
        if specifics > most:
            most = specifics
            found.specific_example = Evidence("specifics", sentence.text, sentence.location, f"{specifics} specifics")
        if found.generic_example is None and specifics == 0 and words >= GENERIC_WORDS:
            found.generic_example = Evidence("no_specifics", sentence.text, sentence.location, "names nothing")


def _headings(doc: AnalysedDocument, found: TemplateSigns) -> None:
    for heading in doc.document.headings:
        if not TEMPLATE_HEADING.match(heading.text.strip()):
            continue
        under = sum(count_words(b.text) for b in doc.document.section_blocks(heading))
        evidence = Evidence("template_heading", heading.text, heading.location_at(0), note=f"{under} words under it")
        found.template_headings.append(evidence)
        if under < BARE_WORDS:
            found.bare_headings.append(evidence)


def extract(doc: AnalysedDocument) -> TemplateSigns:
    found = TemplateSigns()
    running = [s for s in doc.body_sentences if s.kind is not BlockKind.HEADING and not shouting(s.text)]
    _placeholders(doc, found)
    _boilerplate(doc, found, {s.index for s in running})
    _specifics(running, found)
    _headings(doc, found)
    return found

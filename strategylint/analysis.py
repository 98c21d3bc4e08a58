"""The analysed document that rules read: the parsed blocks, one NLP pass, and the facts drawn from it.

Nothing here judges. Facts are extracted lazily, once, the first time any rule asks for them, so a
run that selects one rule pays only for the facts that rule reads.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from strategylint.findings import Evidence
from strategylint.language import detect_language
from strategylint.model import Block, BlockKind, Document, Location
from strategylint.nlp import Mention, Sentence, TextAnalysis, analyse_text

if TYPE_CHECKING:
    from strategylint.facts import Facts


@dataclass(slots=True)
class AnalysisOptions:
    as_of: int | None = None
    lexicon_extensions: Mapping[str, Sequence[str]] = field(default_factory=dict)


class AnalysedDocument:
    """A document with its sentences, word-list mentions and facts."""

    def __init__(self, document: Document, text: TextAnalysis, lexicons: Mapping[str, Sequence[str]],
                 options: AnalysisOptions) -> None:
        self.document = document
        self.text = text
        self.lexicons = lexicons
        self.options = options

    @property
    def blocks(self) -> list[Block]:
        return self.document.blocks

    @property
    def sentences(self) -> list[Sentence]:
        return self.text.sentences

    @cached_property
    def words(self) -> int:
        return self.document.words

    @cached_property
    def language(self) -> str | None:
        return detect_language(" ".join(b.text for b in self.document.blocks[:400]))

    def mentions(self, lexicon: str) -> list[Mention]:
        return self.text.by_lexicon.get(lexicon, [])

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        return self.text.by_sentence.get(sentence.index, [])

    def sentence(self, index: int) -> Sentence:
        return self.text.sentences[index]

    def evidence(self, about: str, sentence: Sentence, note: str = "") -> Evidence:
        return Evidence(about=about, quote=sentence.text, location=sentence.location, note=note)

    def said(self, about: str, sentence: Sentence, phrase: str) -> Evidence:
        """Evidence that the sentence says `phrase` ("updated annually"), noted as such and kept as the phrase."""
        return Evidence(about=about, quote=sentence.text, location=sentence.location, note=f"says {phrase!r}",
                        phrase=phrase)

    def section_evidence(self, about: str, heading: Sentence, note: str,
                         answers: frozenset[int] = frozenset()) -> Evidence:
        """Evidence that the document gives a section to a subject, quoted by the section's first sentence of running
        text that `answers` holds (the sentences found on the subject), or else its first sentence, as a reader
        checks it ("Lessons Learned" alone shows nothing), with the heading in the note; the heading itself when
        nothing stands under it."""
        path = heading.block.section_path
        under = []
        for sentence in self._body_after(heading.index, SECTION_ANSWER_REACH):
            if sentence.block.section_path[:len(path)] != path:
                break
            under.append(sentence)
        # the sentence that answers, not a lead-in ("Many lessons learned ... have informed the 2021 Action Plan"), even
        # past a persona's age and background; else a sentence near the heading, not a table's column header
        # ("Lesson") or a label
        opening = under[:SECTION_LOOK_AHEAD]
        first = next((s for s in under if s.index in answers), None) \
            or next((s for s in opening if len(s.text.split()) >= SECTION_QUOTE_WORDS),
                    opening[0] if opening else None)
        if first is None:
            return Evidence(about=about, quote=heading.text, location=heading.location, note=note)
        return Evidence(about=about, quote=first.text, location=first.location,
                        note=f"{note}: {_quoted_heading(heading.text)}")

    def completed(self, quote: str, location: Location) -> str:
        """A quoted lead-in with what it leads to ("The Department's vision ... is to: <its first item>"), since it
        shows nothing alone; any other quote as it is. The engine applies it to every quote a rule gives."""
        if not is_lead_in(quote):
            return quote
        lead_in = next((s for s in self._lead_ins.get(quote, ()) if s.location == location), None)
        if lead_in is None:
            return quote
        path = lead_in.block.section_path
        parts = [quote]
        # past an item's bare number ("1.") and a lead-in that leads to another ("four themes: Delivering services
        # that meet user needs, through:")
        for sentence in self._body_after(lead_in.index, LEAD_IN_REACH):
            if sentence.block.section_path[:len(path)] != path:
                break
            parts.append(sentence.text)
            if len(sentence.text.split()) >= 2 and not is_lead_in(sentence.text):
                break
        return " ".join(parts)

    @cached_property
    def _lead_ins(self) -> dict[str, list[Sentence]]:
        found: dict[str, list[Sentence]] = {}
        for sentence in self.body_sentences:
            if is_lead_in(sentence.text):
                found.setdefault(sentence.text, []).append(sentence)
        return found

    def _body_after(self, index: int, reach: int) -> list[Sentence]:
        at = bisect.bisect_right(self._body_indexes, index)
        return self.body_sentences[at:at + reach]

    @cached_property
    def _body_indexes(self) -> list[int]:
        return [s.index for s in self.body_sentences]

    def location_of(self, mention: Mention) -> Location:
        sentence = self.text.sentences[mention.sentence]
        return sentence.block.location_at(mention.start)

    @cached_property
    def body_sentences(self) -> list[Sentence]:
        """Sentences of running text: not headings, table-of-contents lines, document control lines, a figure's
        source line ("Source: Statistics Denmark 2018."), a translator's note, a footnote's citation,
        acknowledgements, or a template's bracketed instructions ("[Give an overview of the organisation's
        background]"), and nothing in a contents page, glossary, list of abbreviations, acknowledgements or reference
        list (a plan named in one is a title in a list, not evidence), nor a passage the document quotes from another
        ("According to ... the Ministry of Defense:", "Francis Maude said:"): its words are not the document's own."""
        from strategylint.facts.topics import in_reference_section

        bracketed = _bracketed_blocks(self.document.blocks) | _attributed_quotes(self.document.blocks)
        return [s for s in self.text.sentences
                if s.kind is not BlockKind.HEADING and not _is_toc_line(s.text) and not _is_control_line(s.text)
                and not _SOURCE_LINE.match(s.text) and not _CITATION_LINE.match(s.text) and not _is_reference_item(s)
                and s.block_index not in bracketed and not in_reference_section(s)]

    @cached_property
    def lowered(self) -> list[str]:
        """Each sentence's text folded to lower case, indexed like `sentences`: for plain substring tests
        (``"principle" in doc.lowered[sentence.index]``) that rule sentences out before a costly pattern."""
        return [fold(s.text) for s in self.text.sentences]

    @cached_property
    def facts(self) -> Facts:
        from strategylint.facts import Facts

        return Facts(self)


SECTION_LOOK_AHEAD = 8  # body sentences after a heading in which its section's first sentence is sought
SECTION_ANSWER_REACH = 60  # body sentences after a heading in which a sentence that answers is sought
SECTION_QUOTE_WORDS = 5  # the fewest words of a sentence that quotes a section
LEAD_IN_REACH = 3  # sentences after a quoted lead-in that may be needed to reach its first item
HEADING_IN_NOTE = 60  # characters of a heading named in a note


_LEAD_IN_END = re.compile(r":\s*[-–—]?\s*$")


def is_lead_in(text: str) -> bool:
    """A sentence that leads to what follows it: it ends in a colon ("will include:", "will include:-")."""
    return bool(_LEAD_IN_END.search(text))


def _quoted_heading(text: str) -> str:
    label = " ".join(text.split())
    return repr(label if len(label) <= HEADING_IN_NOTE else label[:HEADING_IN_NOTE - 1].rstrip() + "…")


# "Source: The OECD and the European Commission, 2018", "Acknowledgements: The authors are grateful to ...",
# "Translator's note: This refers to ...": a figure's attribution, the authors' thanks or a note by someone else, not
# what the text says
_SOURCE_LINE = re.compile(r"\s*(?:Sources?|Data sources?|Acknowledge?ments?|(?:Translator|Editor)['’]s notes?)\s*:",
                          re.IGNORECASE)
# "‘Research Study on High Level Skill Needs in Northern Ireland ICT Sector’, Oxford Economics (2009)": a footnote's
# citation, a title in quotes with its publisher and year
_CITATION_LINE = re.compile(r"\s*\d{0,3}\s*[‘'\"“][^’'\"”]{10,}[’'\"”],?\s+[^.]{2,80}?\(?(?:19|20)\d\d\)?\.?\s*$")
# "(Department of Education and Skills, 2011)" at the end: a work cited with its author and year
_CITED_WORK = re.compile(r"\((?:[A-Z][^()]{2,80}),\s*(?:19|20)\d\d\)\.?\s*$")


def _is_reference_item(sentence: Sentence) -> bool:
    """A list item that names a work with its author and year ("School Self-Evaluation (Department of Education and
    Skills, 2012)."), or a line that is only such a reference ("(MoNE, 2023)"): a list of reading, not a claim."""
    text = sentence.text.strip()
    cited = _CITED_WORK.search(text)
    return cited is not None and (sentence.kind is BlockKind.LIST_ITEM or cited.start() == 0)


# "Date: 09/05/26 Status: Review draft Owner: ...": the document's control block, not what it says
_CONTROL_FIELD = re.compile(
    r"(?:^|\s)(?:date|status|version|author|owner|classification|review date|document (?:owner|status|reference)"
    r"|approved by|prepared by|ref(?:erence)?)\s*:", re.IGNORECASE)


def _is_control_line(text: str) -> bool:
    return ":" in text and len(_CONTROL_FIELD.findall(text)) >= 2


MAX_BRACKETED_BLOCKS = 12  # an instruction in brackets runs over a few paragraphs at most


def _bracketed_blocks(blocks: Sequence[Block]) -> frozenset[int]:
    """The blocks inside square brackets, of a few words or more: a template's instructions to its author, not
    the document's text ("[ Identify the results that you are suggesting to focus on. ... ]"), in one block or
    running over a few ("[ We use the Flywheel approach ..." to "... and campaigns. ]")."""
    inside: set[int] = set()
    opened: int | None = None
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if opened is None:
            if text.startswith("[") and "]" not in text[1:-1]:
                if text.endswith("]"):
                    if text.count(" ") >= 2:
                        inside.add(index)
                else:
                    opened = index
        elif "[" in text or index - opened >= MAX_BRACKETED_BLOCKS:
            opened = None  # not one instruction after all
        elif text.endswith("]"):
            inside.update(range(opened, index + 1))
            opened = None
    return frozenset(inside)


# a lead-in that gives what follows to someone else: "According to information published by the Ministry of Defense:",
# "In the words of the Chief Executive:", "Minister for the Cabinet Office Francis Maude said:"; not "We will:", nor
# the organisation's own plan quoted ("Our Corporate Plan states:", "According to our business plan:")
_ATTRIBUTION = re.compile(r"(?:\b(?:according to|in the words of)\b[^.!?:]*|\b(?:said|says|wrote|writes|puts? it"
                          r"|explained|explains|noted|notes))\s*:\s*$", re.IGNORECASE)
_OWN_WORDS = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Tt]his (?:strategy|plan|document))\b")
_OPENING_QUOTE, _CLOSING_QUOTE = "“\"‘'", "”\"’'"
MAX_QUOTED_BLOCKS = 6  # a quotation runs over a few paragraphs at most


def _attributed_quotes(blocks: Sequence[Block]) -> frozenset[int]:
    """The paragraphs a lead-in gives to someone else: the one right after it, or, when that one opens a quotation
    mark it does not close, those up to the one that closes it."""
    quoted: set[int] = set()
    for index, block in enumerate(blocks[:-1]):
        if block.kind is BlockKind.HEADING or not _ATTRIBUTION.search(block.text) \
                or _OWN_WORDS.search(re.split(r"[.!?]\s", block.text)[-1]):  # the lead-in's own sentence
            continue
        first = blocks[index + 1].text.strip()
        end = index + 1
        if first[:1] in _OPENING_QUOTE and not _closes_quote(first):
            end = next((at for at in range(index + 2, min(index + 1 + MAX_QUOTED_BLOCKS, len(blocks)))
                        if _closes_quote(blocks[at].text)), index + 1)
        quoted.update(at for at in range(index + 1, end + 1) if blocks[at].kind is not BlockKind.HEADING)
    return frozenset(quoted)


def _closes_quote(text: str) -> bool:
    return text.rstrip().rstrip(".,;)").endswith(tuple(_CLOSING_QUOTE))


def fold(text: str) -> str:
    """`text` in lower case, with every letter that an IGNORECASE pattern takes for an ASCII letter as that
    letter: the long s "ſ" as "s", the dotless "ı" and the dotted "İ" as "i". A word that such a pattern
    matches is then always a plain substring of the folded text."""
    if not text.isascii() and ("ſ" in text or "ı" in text or "İ" in text):
        text = text.replace("ſ", "s").replace("ı", "i").replace("İ", "i")
    return text.lower()


def _is_toc_line(text: str) -> bool:
    return "....." in text or "…" * 3 in text or ". . . ." in text


def analyse(document: Document, lexicons: Mapping[str, Sequence[str]],
            options: AnalysisOptions | None = None) -> AnalysedDocument:
    return AnalysedDocument(document, analyse_text(document, lexicons), lexicons, options or AnalysisOptions())

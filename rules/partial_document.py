"""The document is a part of a strategy or a report on one: an annex, principles, a progress report.

The guidance's board questions ask about a whole strategy: "Does your digital strategy have a succinct
mission", "Do you understand your users", "What could go wrong?". An annex of a strategy, or the one
page of principles a strategy is built on, rightly leaves most of that to the main document. Listing
"no mission", "no users", "no risks" for it is true to the letter and useless to its reader, and a
linter that cries wolf gets switched off. The guidance itself separates the parts: "focus on providing
guiding principles to help people make the right decisions" is a part a strategy may publish on its own.

The rule says when the document presents itself as a part, from its own opening, never from its file
name:

- **an annex**: one of its first ``opening-blocks`` blocks (default 8) is a short line such as "ANNEX 1",
  "Appendix B: Action plan" or "Annexe 2 - Roadmap";
- **a statement of principles**: its title (the first heading, or the file's title) names principles,
  it is at most ``max-principles-words`` long (default 1500) and it lists its principles;
- **a progress report**: its opening says so, in a short line ("Progress report 2023", "Status June
  2017") or a sentence ("This document outlines some of the key achievements of Digital Belgium"). It
  reports on a strategy; what a strategy must say is in the strategy it reports on;
- **an overview**: its title names an overview, summary, outline or "at a glance" ("Financial Data
  Transformation Strategy Overview", four slides), and it is at most ``max-overview-words`` long (default
  1500). It summarises a strategy; the detail a board asks for is in the strategy.

It then gives one finding at the line that says so, and marks it as explaining the document's absences:
the engine keeps the other rules' findings about the whole document (no mission, no risks, no measures)
in the scorecard, with their verdicts unchanged, instead of listing them. Findings at a place in the text
(a vague sentence, a word to avoid) are listed as usual. To judge a part as if it were a whole strategy,
ignore this rule (``--ignore partial-document``): the absences are listed again.

Bad: a document that opens "MINISTRY OF JUSTICE DIGITAL STRATEGY / ANNEX 1 / MoJ Digital Roadmap", linted
alone: it lacks a mission, users and risks, which the main strategy states.

Good: a whole strategy that opens "Digital Strategy 2024-2027": every absence in it is worth listing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import principles, topics
from strategylint.findings import Evidence, Finding
from strategylint.model import Block, BlockKind, Location

CODE = "SL002"
NAME = "partial-document"
SIGN = None
SEVERITY = "info"
OPTIONS = {"opening-blocks": 8, "max-principles-words": 1500, "max-overview-words": 1500}

# "ANNEX 1", "Appendix B: Action plan", "Annexe II - Roadmap", "Supplement"
PART_LINE = re.compile(
    rf"^(?P<part>{topics.APPENDIX_WORDS})"
    r"(?:\s+(?P<number>[A-Z]|\d{1,2}|[IVX]{1,4}|one|two|three|four|five|six))?"
    r"(?:\s*[:.–—-]\s*(?P<title>[^.]{1,80}))?\s*$",
    re.IGNORECASE)
MAX_PART_LINE_WORDS = 12
# "Progress report 2023", "Status June 2017", "Annual update on the digital strategy"
PROGRESS_LINE = re.compile(
    r"^(?:(?:annual\s+)?(?:progress|status|implementation)\s+(?:report|update)\b|status\s+(?:[A-Za-z]+\s+)?\d{4}\s*$"
    r"|annual\s+(?:progress\s+)?(?:report|update)\s+on\b)", re.IGNORECASE)
# "This document outlines some of the key achievements of ...", "This report sets out the progress made"
PROGRESS_SENTENCE = re.compile(
    r"^this\s+(?:document|report|update|publication)\s+(?:outlines|sets\s+out|presents|summari[sz]es|describes"
    r"|reports(?:\s+on)?|looks\s+back\s+(?:at|on))\s+(?:\w+\s+){0,4}?(?:achievements|progress|results)\b",
    re.IGNORECASE)
PRINCIPLES_TITLE = re.compile(r"\bprinciples\b", re.IGNORECASE)
# "Financial Data Transformation Strategy Overview", "Digital strategy at a glance", "Summary of the strategy"
# (not a strategy's own "Executive summary" heading)
OVERVIEW_TITLE = re.compile(
    r"\b(?:strateg\w*|plan|agenda|roadmap|programme)\b.{0,40}?"
    r"\b(?:overview|at a glance|(?<!executive )summary|outline)\b"
    r"|\b(?:overview|summary|outline)\s+of\s+(?:the|our|this)\b", re.IGNORECASE)
CONTENTS_ENTRY = re.compile(r"(?:\.{3,}|…)\s*\d+\s*$")


def _annex_line(blocks: list[Block]) -> Block | None:
    for block in blocks:
        text = block.text.strip()
        if len(text.split()) <= MAX_PART_LINE_WORDS and not CONTENTS_ENTRY.search(text) and PART_LINE.match(text):
            return block
    return None


def _title(doc: AnalysedDocument, blocks: list[Block]) -> tuple[str, Location] | None:
    """The document's own title: its first heading among the opening blocks, else the file's title."""
    for block in blocks:
        if block.kind == BlockKind.HEADING:
            return block.text.strip(), block.location_at(0)
    title = doc.document.meta.title
    return (title.strip(), Location(page=1) if doc.document.meta.pages else Location()) if title else None


def _heading_after(blocks: list[Block], part: Block) -> str:
    """The part's own name when it stands on the next line ("ANNEX 1" then "MoJ Digital Roadmap")."""
    following = blocks[blocks.index(part) + 1:blocks.index(part) + 2]
    if following and following[0].kind == BlockKind.HEADING and len(following[0].text.split()) <= MAX_PART_LINE_WORDS:
        return f" {following[0].text.strip()}"
    return ""




def _judged_alone(what: str, where: str, quote: str, location: Location, data: dict[str, Any]) -> Finding:
    return Finding(
        message=(f"Judged on its own: this is {what}, so what a whole strategy would also say (a mission, users, "
                 f"measures, risks) may well be in {where}. Those absences stay in the scorecard instead of being "
                 "listed here."),
        suggestion=(f"Lint it with {where} and read their scorecards together; to judge it as a whole strategy, "
                    "ignore partial-document (SL002)."),
        location=location,
        quote=quote,
        data=data,
        explains_absences=True,
    )


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    opening = [b for b in doc.blocks if b.text.strip()][:int(options["opening-blocks"])]
    annex = _annex_line(opening)
    if annex is not None:
        name = f"{annex.text.strip()}{_heading_after(opening, annex)}"
        yield _judged_alone(f"a part of a larger document ('{name}')", "the main document", name,
                            annex.location_at(0), {"part": "annex"})
        return
    # the sentence that says what the document is, else the short line that labels it
    report = (next((b for b in opening if PROGRESS_SENTENCE.match(b.text.strip())), None)
              or next((b for b in opening if len(b.text.split()) <= MAX_PART_LINE_WORDS
                       and PROGRESS_LINE.match(b.text.strip())), None))
    if report is not None:
        said = report.text.strip()
        yield _judged_alone(f"a report on progress ('{said}'), not the strategy itself", "the strategy it reports on",
                            said, report.location_at(0), {"part": "progress report"})
        return
    title = _title(doc, opening)
    if title is None:
        return
    if OVERVIEW_TITLE.search(title[0]) and doc.words <= int(options["max-overview-words"]):
        yield _judged_alone(f"an overview ('{title[0]}', {doc.words:,} words), not the whole strategy",
                            "the strategy it summarises", title[0], title[1], {"part": "overview"})
        return
    if not PRINCIPLES_TITLE.search(title[0]) or doc.words > int(options["max-principles-words"]):
        return
    listed = doc.facts.get(principles.extract)
    if listed is None:
        return
    yield _judged_alone(f"a statement of principles ('{title[0]}', {doc.words:,} words, {listed.count} principles), "
                        "not a whole strategy", "the strategy it serves", title[0], title[1],
                        {"part": "principles", "principles": listed.count})

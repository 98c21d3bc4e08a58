"""The document's top-level priorities, as it presents them.

They are the sub-headings or list items directly under a heading that names priorities, objectives,
themes or pillars; failing that, the count the document states ("three goals", "seven strands", "12
fields of action"). The heading comes first because a stated count is often someone else's ("the
corporate plan's three aims").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from strategylint.facts.patterns import NUMBER_WORDS, has_any, number_value
from strategylint.findings import Evidence
from strategylint.model import Block, BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

_N = r"(\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
PRIORITY_NOUN = (r"(?:strategic\s+|key\s+|main\s+|core\s+|overarching\s+|ambitious\s+|digital\s+|broad\s+|big\s+)*"
                 r"(priorities|goals|objectives|themes|pillars|strands|missions|ambitions|outcomes|focus areas"
                 r"|areas of focus|strategic areas|lines of action|action lines|fields of action|key actions"
                 r"|workstreams|shifts|priority areas|aims|commitments)")
COUNTED = re.compile(rf"(?<!of )(?<!of the )\b{_N}\s+(?:(?!and\b|or\b)[a-z-]+,?\s+){{0,2}}?{PRIORITY_NOUN}\b",
                     re.IGNORECASE)
# a cheap test before COUNTED: each of its nouns holds one of these
_PRIORITY_WORDS = ("priorities", "goals", "objectives", "themes", "pillars", "strands", "missions", "ambitions",
                   "outcomes", "areas", "action", "workstreams", "shifts", "aims", "commitments")
LOOKS_BACK = re.compile(r"\b(?:met|achieved|delivered|completed|was|were|had|previous|last|set in)\b", re.IGNORECASE)
COUNT_CONTEXT = re.compile(r"\b(?:this|the|our)\s+(?:\w+\s+){0,3}(?:strategy|plan|agenda|report|document)\b"
                           r"|\b(?:sets?|has|have|are|following|around|of|into|on|identifies|identified|focus)\b",
                           re.IGNORECASE)
PRIORITY_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:our\s+|strategic\s+|key\s+)*(priorities|objectives|goals|themes|pillars"
    r"|strategic aims|focus areas|missions|ambitions|workstreams|priority areas|strategic outcomes)\b", re.IGNORECASE)
MAX_PRIORITIES = 40


@dataclass(frozen=True, slots=True)
class Priorities:
    count: int
    basis: str
    evidence: Evidence
    items: tuple[str, ...] = ()


def _counted(doc: AnalysedDocument) -> Priorities | None:
    for sentence in doc.body_sentences:
        if not has_any(doc.lowered[sentence.index], _PRIORITY_WORDS):
            continue
        for match in COUNTED.finditer(sentence.text):
            count = number_value(match.group(1))
            if (count and 2 <= count <= MAX_PRIORITIES and COUNT_CONTEXT.search(sentence.text)
                    and not LOOKS_BACK.search(sentence.text)):
                return Priorities(count, f"the document counts {match.group(0)!r}",
                                  Evidence("priority_count", sentence.text, sentence.location))
    return None


def _children(doc: AnalysedDocument, heading: Block) -> list[Block]:
    under = doc.document.section_blocks(heading)
    sub = [b for b in under if b.kind is BlockKind.HEADING]
    if sub:
        top = min(b.level for b in sub)
        return [b for b in sub if b.level == top]
    items = [b for b in under if b.kind is BlockKind.LIST_ITEM]
    if items:
        top = min(b.level for b in items)
        return [b for b in items if b.level == top]
    return []


def _structural(doc: AnalysedDocument) -> Priorities | None:
    for heading in doc.document.headings:
        if not PRIORITY_HEADING.search(heading.text.strip()):
            continue
        children = _children(doc, heading)
        if 2 <= len(children) <= MAX_PRIORITIES:
            return Priorities(len(children), f"items under {heading.text.strip()!r}",
                              Evidence("priority_count", heading.text, heading.location_at(0)),
                              tuple(c.text for c in children))
    return None


def extract(doc: AnalysedDocument) -> Priorities | None:
    """The list under a priorities heading when there is one; else the count the text states."""
    return _structural(doc) or _counted(doc)

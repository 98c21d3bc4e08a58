"""The document's guiding principles: the short list that helps teams make the right decisions.

Found either as the items under a heading that names principles ("Our principles", "Design
principles", "Guiding principles"), as the list a sentence introduces ("The principles are:", or
"The following principles are intended to guide ..." and the named items after it, "1. Uphold Ethics:
..."), or as a stated count in the text ("six principles guide our work", "the following 10 design
principles"). The heading comes first, because it gives the items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from strategylint.facts.patterns import NUMBER_WORDS, number_value
from strategylint.findings import Evidence
from strategylint.model import Block, BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

_N = r"(\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:[A-Za-z-]+\s+){0,3}principles\s*:?$", re.IGNORECASE)
INTRODUCED = re.compile(r"\b(?:following|these|our|the)\s+(?:\w+\s+)?principles\b[^.]*:\s*$", re.IGNORECASE)
COUNTED = re.compile(
    rf"\b{_N}\s+(?:(?:guiding|design|digital|core|key|overarching|strategic|operating|architecture|technology"
    rf"|data|simple|clear)\s+){{0,2}}principles\b", re.IGNORECASE)
FOLLOWING = re.compile(r"\bthe following (?:\w+\s+)?principles\b", re.IGNORECASE)
# "1. Uphold Ethics: Monitor and assess ..."
NAMED_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}\s*:\s+\S")
MIN_ITEMS, MAX_ITEMS = 2, 20
LOOK_AHEAD = 40  # blocks after "the following principles" in which the named items may stand


@dataclass(frozen=True, slots=True)
class Principles:
    count: int
    basis: str
    evidence: Evidence
    items: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {"count": self.count, "basis": self.basis, "items": list(self.items[:MAX_ITEMS])}


def _items(doc: AnalysedDocument, heading: Block) -> list[Block]:
    under = doc.document.section_blocks(heading)
    for kind in (BlockKind.HEADING, BlockKind.LIST_ITEM):
        found = [b for b in under if b.kind is kind]
        if found:
            top = min(b.level for b in found)
            return [b for b in found if b.level == top]
    return []


def _structural(doc: AnalysedDocument) -> Principles | None:
    for heading in doc.document.headings:
        if not HEADING.search(heading.text.strip()):
            continue
        items = _items(doc, heading)
        if MIN_ITEMS <= len(items) <= MAX_ITEMS:
            return Principles(len(items), f"items under {heading.text.strip()!r}",
                              Evidence("states_principles", heading.text, heading.location_at(0)),
                              tuple(b.text for b in items))
    return None


def _counted(doc: AnalysedDocument) -> Principles | None:
    for sentence in doc.body_sentences:
        if "principles" not in doc.lowered[sentence.index]:  # a cheap test: COUNTED can only match where it stands
            continue
        match = COUNTED.search(sentence.text)
        if match:
            count = number_value(match.group(1))
            if count and MIN_ITEMS <= count <= MAX_ITEMS:
                return Principles(count, f"the document counts {match.group(0)!r}",
                                  doc.evidence("states_principles", sentence, match.group(0)))
    return None


def _introduced(doc: AnalysedDocument) -> Principles | None:
    """"The principles are:" followed by a list."""
    blocks = doc.blocks
    for sentence in doc.body_sentences:
        if "principles" not in doc.lowered[sentence.index] or not INTRODUCED.search(sentence.text):
            continue
        items = []
        for block in blocks[sentence.block_index + 1:]:
            if block.kind is not BlockKind.LIST_ITEM:
                break
            items.append(block.text)
        if MIN_ITEMS <= len(items) <= MAX_ITEMS:
            return Principles(len(items), "the list after " + repr(sentence.text[:60]),
                              doc.evidence("states_principles", sentence, f"{len(items)} items"), tuple(items))
    return None


def _following(doc: AnalysedDocument) -> Principles | None:
    """"The following principles guide ..." and, after it, list items that each name a principle."""
    blocks = doc.blocks
    for sentence in doc.body_sentences:
        if not FOLLOWING.search(sentence.text):
            continue
        items = [b.text for b in blocks[sentence.block_index + 1:sentence.block_index + 1 + LOOK_AHEAD]
                 if b.kind is BlockKind.LIST_ITEM and NAMED_ITEM.match(b.text)]
        if MIN_ITEMS <= len(items) <= MAX_ITEMS:
            return Principles(len(items), "the named items after " + repr(sentence.text[:60]),
                              doc.evidence("states_principles", sentence, f"{len(items)} items"), tuple(items))
    return None


def extract(doc: AnalysedDocument) -> Principles | None:
    return _structural(doc) or _introduced(doc) or _following(doc) or _counted(doc)

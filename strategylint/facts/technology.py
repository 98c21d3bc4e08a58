"""Mentions of hyped technology and of the basics, and whether the hype leads the document.

Hype terms come from `hype-tech`; the basics from six lists, one per foundation the guidance asks to
fix first: `basics-infrastructure`, `basics-devices`, `basics-records`, `basics-data-quality`,
`basics-cyber-security`, `basics-skills`. The hype leads when it stands in the title, a heading at the
top two levels, the mission or vision, or the opening tenth of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from strategylint.findings import Evidence
from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

BASICS = ("infrastructure", "devices", "records", "data-quality", "cyber-security", "skills")
MISSION = re.compile(r"\b(?:our|the)\s+(?:vision|mission|ambition|purpose)\b|\bmission statement\b", re.IGNORECASE)
OPENING_SHARE = 0.1


@dataclass(slots=True)
class TechnologyMentions:
    hype: Counter[str] = field(default_factory=Counter)
    hype_total: int = 0
    basics: dict[str, int] = field(default_factory=dict)
    headline: list[Evidence] = field(default_factory=list)
    subject: bool = False
    first_hype: Evidence | None = None

    @property
    def basics_total(self) -> int:
        return sum(self.basics.values())

    @property
    def missing_basics(self) -> list[str]:
        return [name for name in BASICS if not self.basics.get(name)]


def _where_it_leads(doc: AnalysedDocument, sentence_index: int) -> str | None:
    sentence = doc.sentence(sentence_index)
    if sentence.kind is BlockKind.HEADING and sentence.block.level <= 2:
        return "a top-level heading"
    if MISSION.search(sentence.text):
        return "the mission or vision"
    if sentence_index < max(5, int(len(doc.sentences) * OPENING_SHARE)):
        return "the opening"
    return None


def extract(doc: AnalysedDocument) -> TechnologyMentions:
    found = TechnologyMentions()
    hype = [m for m in doc.mentions("hype-tech")]
    found.hype = Counter(m.text.lower() for m in hype)
    found.hype_total = len(hype)
    found.basics = {name: len(doc.mentions(f"basics-{name}")) for name in BASICS}
    title = doc.document.meta.title or ""
    title_terms = [m for m in hype if doc.sentence(m.sentence).block is (doc.blocks[0] if doc.blocks else None)]
    found.subject = bool(title_terms) or any(term.lower() in title.lower() for term in found.hype if len(term) > 2)
    seen: set[int] = set()
    for mention in hype:
        if mention.sentence in seen:
            continue
        seen.add(mention.sentence)
        where = _where_it_leads(doc, mention.sentence)
        if where:
            found.headline.append(doc.evidence("hype_tech_in_headline", doc.sentence(mention.sentence),
                                               f"{mention.text} in {where}"))
    if hype:
        found.first_hype = doc.evidence("mentions_hype_tech", doc.sentence(hype[0].sentence), hype[0].text)
    return found

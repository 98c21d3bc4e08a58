"""Mentions of hyped technology and of the basics, and whether the hype leads the document.

Hype terms come from `hype-tech`; the basics from six lists, one per foundation the guidance asks to
fix first: `basics-infrastructure`, `basics-devices`, `basics-records`, `basics-data-quality`,
`basics-cyber-security`, `basics-skills`. The hype leads when it stands in the title, a heading at the
top two levels, the mission or vision, or the opening tenth of the text.

The guidance asks a strategy to "be open about this": the first sentence that warns against the hype, keeps to
proven uses, or puts the basics first is kept as the document's candour.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from strategylint.findings import Evidence
from strategylint.lexicons import is_case_sensitive
from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Mention

BASICS = ("infrastructure", "devices", "records", "data-quality", "cyber-security", "skills")
MISSION = re.compile(r"\b(?:our|the)\s+(?:vision|mission|ambition|purpose)\b|\bmission statement\b", re.IGNORECASE)
OPENING_SHARE = 0.1
# "we can't let ourselves be blinded by the hype", "critical of the more fantastical future visions", "AI is not
# always a panacea", "adoption of proven AI technologies", "fixing the basic infrastructure", "foundations first",
# "scale machine learning only where the trials show benefit". A sentence that names data or skills as a
# prerequisite for AI is not candour: it makes the basics the technology's servants, not its predecessors.
CANDOUR = re.compile(
    r"\bhype\b|\bover-?hyped\b|\bfantastical\b|\b(?:silver|magic) bullet\b|\bpanacea\b|\binflated expectations\b"
    r"|\bproven\s+(?:\w+\s+)?(?:technolog\w*|solutions?|tools?|applications?|products?|uses?)\b"
    r"|\bfix(?:es|ing)?\s+(?:the\s+)?basic|\b(?:basics|foundations?)\s+first\b|\bget(?:s|ting)?\s+the\s+basics\s+right\b"
    r"|\bonly\s+(?:where|when|once|if)\s+(?:the\s+)?(?:trials?|pilots?|evidence|evaluations?)\b",
    re.IGNORECASE)


@dataclass(slots=True)
class TechnologyMentions:
    hype: Counter[str] = field(default_factory=Counter)
    hype_total: int = 0
    basics: dict[str, int] = field(default_factory=dict)
    headline: list[Evidence] = field(default_factory=list)
    subject: bool = False
    first_hype: Evidence | None = None
    candour: Evidence | None = None

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


def _inside(mention: Mention, spans: dict[int, list[tuple[int, int]]]) -> bool:
    return any(s <= mention.start and mention.end <= e for s, e in spans.get(mention.sentence, ()))


COVER_LINE_WORDS = 12
# at least three words in title case at the start of a block, small words allowed between them
_TITLE_RUN = re.compile(r"^(?:(?:[A-Z][\w&'’-]*|of|and|for|the|on|in|to)\s+){2,}[A-Z][\w&'’-]*")


def _is_subject(doc: AnalysedDocument, hype_terms: tuple[str, ...]) -> bool:
    """The technology is the document's subject when its title, its cover or first headings name it.

    Many PDFs carry no title in their metadata, so the first few headings and the short lines of the cover
    (the first blocks of at most ``COVER_LINE_WORDS`` words, with no full stop) count; a sentence that opens
    the text does not."""
    titles = [doc.document.meta.title or ""]
    titles += [b.text for b in doc.document.headings[:3]]
    titles += [b.text for b in doc.document.blocks[:5]
               if len(b.text.split()) <= COVER_LINE_WORDS and not b.text.rstrip().endswith((".", "!", "?"))]
    # a cover flattened into a paragraph: "Ministry of ICT and Innovation The National AI Policy To leverage ..."
    titles += [run.group(0) for b in doc.document.blocks[:5] if (run := _TITLE_RUN.match(b.text))]
    for term in hype_terms:
        flags = 0 if is_case_sensitive(term) else re.IGNORECASE
        pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", flags)
        if any(pattern.search(title) for title in titles):
            return True
    return False


def extract(doc: AnalysedDocument) -> TechnologyMentions:
    found = TechnologyMentions()
    hype = doc.mentions("hype-tech")
    found.hype = Counter(m.text for m in hype)
    found.hype_total = len(hype)
    hype_spans: dict[int, list[tuple[int, int]]] = {}
    for m in hype:
        hype_spans.setdefault(m.sentence, []).append((m.start, m.end))
    found.basics = {name: sum(1 for m in doc.mentions(f"basics-{name}") if not _inside(m, hype_spans))
                    for name in BASICS}
    found.subject = _is_subject(doc, tuple(doc.lexicons.get("hype-tech", ())))
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
        found.candour = next((doc.evidence("unproven-tech", sentence, f"says {match.group(0)!r}")
                              for sentence in doc.body_sentences if (match := CANDOUR.search(sentence.text))), None)
    return found

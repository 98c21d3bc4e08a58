"""Unproven technology leads the strategy while the basics wait.

The guidance's sign *Focuses on unproven tech*: "Cutting edge technology like artificial intelligence
has huge potential ... But organisations should first prioritise fixing the basics, and a good digital
strategy should be open about this."

The rule fires when hyped technology (AI, generative AI, blockchain, metaverse, quantum and the like,
from the ``hype-tech`` word list) leads the document, in its title, a top-level heading, its mission or
vision, or its opening, and outweighs the basics: infrastructure, devices, records, data quality, cyber
security and skills (the ``basics-*`` word lists). A document whose subject is the technology itself
(a national AI strategy) is judged only on the second half: it fires when those basics are mostly
absent. The finding quotes where the technology leads and names the basics never mentioned.

Options: ``min-hype-mentions`` (default 5), ``ratio`` (default 1.0): hype mentions per basics mention
above which the hype outweighs the basics.

Bad: "Our vision: an AI-first council, with generative AI in every service by 2026."

Good: "First we replace the unsupported case system and fix Wi-Fi in every office; then we will trial AI."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.findings import Evidence, Finding

CODE = "SL103"
NAME = "unproven-tech"
SIGN = "unproven-tech"
SEVERITY = "warning"
OPTIONS = {"min-hype-mentions": 5, "ratio": 1.0}
BASIC_NAMES = {
    "infrastructure": "infrastructure or connectivity",
    "devices": "devices",
    "records": "records",
    "data-quality": "data quality",
    "cyber-security": "cyber security",
    "skills": "skills",
}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    tech = doc.facts.technology
    if tech.hype_total < int(options["min-hype-mentions"]) or not tech.headline:
        return
    missing = tech.missing_basics
    outweighs = tech.hype_total > float(options["ratio"]) * max(tech.basics_total, 1)
    neglects = len(missing) >= 3
    if tech.subject and not neglects:
        return
    if not (outweighs and (neglects or not tech.subject)):
        return
    lead = tech.headline[0]
    top = ", ".join(term for term, _ in tech.hype.most_common(3))
    missing_text = (f" Never mentioned: {', '.join(BASIC_NAMES[m] for m in missing)}." if missing else "")
    yield Finding(
        message=(f"Unproven technology leads ({lead.note}) and outweighs the basics: {tech.hype_total} mentions "
                 f"of {top} against {tech.basics_total} of the basics.{missing_text} The guidance asks "
                 "organisations to fix the basics first, and to say so."),
        suggestion=("Say which basics come first (infrastructure, devices, records, data quality, cyber security, "
                    "skills) and what the technology depends on; present AI and the like as trials that follow."),
        location=lead.location,
        quote=lead.quote,
        data={"hype_mentions": tech.hype_total, "basics_mentions": dict(tech.basics), "missing_basics": missing},
    )

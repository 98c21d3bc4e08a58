"""Unproven technology leads the strategy while the basics wait.

The guidance's sign *Focuses on unproven tech*: "Cutting edge technology like artificial intelligence
has huge potential ... But organisations should first prioritise fixing the basics, and a good digital
strategy should be open about this."

The rule fires when hyped technology (AI, generative AI, blockchain, metaverse, quantum and the like,
from the ``hype-tech`` word list) leads the document, in its title, a top-level heading, its mission or
vision, or its opening, and outweighs the basics: infrastructure, devices, records, data quality, cyber
security and skills (the ``basics-*`` word lists). A document that is open about the basics coming first
does not fire if it names them: a sentence that warns against the hype ("blinded by the hype", "not always a
panacea"), keeps to proven uses ("adoption of proven AI technologies") or puts the basics first ("fixing the
basic infrastructure"). The finding quotes where the technology leads and names the basics never mentioned.

A document whose subject is the technology itself (a national AI strategy) leads with it by design, and is
judged by default only on whether the basics are mostly absent. Careful readers part here: some call every
such strategy that never says the basics come first a case of the sign, where others (and every reviewer who
has audited such findings) read its chapters on data, infrastructure and skills as the openness asked for.
``subject-must-be-open`` takes the first reading: such a document then fires unless it is open in the way
above, and naming data or skills only as prerequisites for AI is not enough.

Options: ``min-hype-mentions`` (default 5), ``ratio`` (default 1.0): hype mentions per basics mention
above which the hype outweighs the basics; ``subject-must-be-open`` (default False).

Bad: "Our vision: an AI-first council, with generative AI in every service by 2026."

Good: "First we replace the unsupported case system and fix Wi-Fi in every office; then we will trial AI."
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.findings import Evidence, Finding

CODE = "SL103"
NAME = "unproven-tech"
SIGN = "unproven-tech"
SEVERITY = "warning"
OPTIONS = {"min-hype-mentions": 5, "ratio": 1.0, "subject-must-be-open": False}
BASIC_NAMES = {
    "infrastructure": "infrastructure or connectivity",
    "devices": "devices",
    "records": "records",
    "data-quality": "data quality",
    "cyber-security": "cyber security",
    "skills": "skills",
}


def _most_mentioned(hype: Counter[str]) -> list[str]:
    """The hyped terms by number of mentions, each in its commonest spelling: "artificial intelligence" and
    "Artificial Intelligence" are one term."""
    by_term: dict[str, Counter[str]] = {}
    for spelling, count in hype.items():
        by_term.setdefault(spelling.casefold(), Counter())[spelling] += count
    ranked = sorted(by_term.values(), key=lambda spellings: -sum(spellings.values()))
    return [spellings.most_common(1)[0][0] for spellings in ranked]


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    tech = doc.facts.technology
    if tech.hype_total < int(options["min-hype-mentions"]) or not tech.headline:
        return
    missing = tech.missing_basics
    neglects = len(missing) >= 3
    if tech.candour and not neglects:
        yield tech.candour
        return
    if tech.subject and not neglects and not options["subject-must-be-open"]:
        return
    outweighs = tech.hype_total > float(options["ratio"]) * max(tech.basics_total, 1)
    if not tech.subject and not outweighs:
        return
    lead = tech.headline[0]
    terms = _most_mentioned(tech.hype)
    counts = f"{tech.hype_total} mentions of {', '.join(terms[:3])} against {tech.basics_total} of the basics"
    if tech.subject and not neglects:
        subject = terms[0][:1].upper() + terms[0][1:]
        summary = (f"{subject} is this document's subject ({lead.note}), and nowhere does it warn against the "
                   f"hype, keep to proven uses or put the basics first: {counts}.")
    else:
        missing_text = f" Never mentioned: {', '.join(BASIC_NAMES[m] for m in missing)}." if missing else ""
        summary = f"Unproven technology leads ({lead.note}) and outweighs the basics: {counts}.{missing_text}"
    yield Finding(
        message=f"{summary} The guidance asks organisations to fix the basics first, and to say so.",
        suggestion=("Say which basics come first (infrastructure, devices, records, data quality, cyber security, "
                    "skills) and what the technology depends on; present AI and the like as trials that follow, "
                    "and say where it falls short."),
        location=lead.location,
        quote=lead.quote,
        data={"hype_mentions": tech.hype_total, "basics_mentions": dict(tech.basics), "missing_basics": missing},
    )

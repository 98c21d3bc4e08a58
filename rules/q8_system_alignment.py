"""Board question 8: does the strategy explain how it aligns with partners and the wider system.

Board question 8 asks: "Can you explain how your organisation's digital strategy aligns with your system
strategy?" The guidance: "Each trust board will need to collaborate with system partners to set a shared
vision for digital and agree how to deliver joint initiatives like the shared care record that will help
drive the best outcomes for the population."

The answer is addressed when at least ``min-sentences`` sentences (default 3) name partners or the wider
system (other departments, the ICS or ICB, regional and national partners, sector bodies, shared
platforms, joint initiatives) using at least ``min-terms`` distinct terms (default 3), or a section is
headed on partnership or collaboration; partial when they are mentioned only in passing, or when the
document names partners only in general terms (partners, partnerships, an alliance or ecosystem, work "in
conjunction with" others, named universities, departments or agencies worked with); missing when the
document never looks beyond the organisation.

Bad: "Our digital team will build everything we need ourselves."

Good: "We will work with system partners on the shared care record. The integrated care board funds our joint
initiatives. Our plan is aligned with the national digital strategy."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import system_alignment
from strategylint.findings import Evidence, Finding, counted

CODE = "SL308"
NAME = "q8-system-alignment"
QUESTION = "q8-system-alignment"
SIGN = None
SEVERITY = "info"
OPTIONS = {"min-sentences": 3, "min-terms": 3}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    topic = doc.facts.get(system_alignment.extract)
    passing = doc.facts.get(system_alignment.passing)
    shown = [*topic.evidence, *passing][:3]
    yield from [*topic.headings[:1], *shown]
    data = {"sentences": topic.sentences, "terms": sorted(topic.terms)[:10], "headings": len(topic.headings),
            "passing": len(passing)}
    if not shown:
        yield Finding(
            message=("Can you explain how your organisation's digital strategy aligns with your system strategy? "
                     "No partners, wider system or joint initiatives are named."),
            suggestion=("Say which partners you work with, how this strategy fits theirs and the national one, and "
                        "which initiatives and platforms you share."),
            data=data,
        )
        return
    broad = topic.sentences >= int(options["min-sentences"]) and topic.distinct_terms >= int(options["min-terms"])
    if broad or (topic.headings and topic.sentences >= 2):
        return
    first = shown[0]
    yield Finding(
        message=("How does the strategy align with your system partners? They are mentioned only in passing "
                 f"({counted(topic.sentences + len(passing), 'sentence')}), with no shared vision or joint "
                 "initiatives set out."),
        suggestion="Set out the shared vision with system partners and the joint initiatives you will deliver.",
        location=first.location,
        quote=first.quote,
        decisive=False,
        data=data,
    )

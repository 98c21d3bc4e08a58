"""The horizon: the furthest year the document plans for, counted from its publication year.

Sources, strongest first: the title period ("Digital Strategy 2016-2020"); a stated length ("our
10-year vision", "over the next ten years"); target years in sentences that commit to something ("by
2030 we will..."); periods in sentences about the plan ("from 2018 to 2025"). Only sentences in which
the plan speaks of itself count (we, our, this strategy, the Government): other bodies' targets ("China
will lead the world by 2030") do not. Nor do forecasts ("the market could reach $1tn by 2030"),
conditionals ("If we fall behind..."), history, or reference lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from strategylint.facts.patterns import (
    FORECAST,
    N_YEAR_PLAN,
    NAMED_YEAR,
    NEXT_DECADE,
    NEXT_YEARS,
    PERIOD,
    PLAN_CUE,
    TARGET_YEAR,
    normalise_end,
    number_value,
)
from strategylint.facts.publication import title_period
from strategylint.findings import Evidence
from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Sentence

MAX_YEARS_AHEAD = 30
_MAY_SET_HORIZON = re.compile(r"\d|year|decade", re.IGNORECASE)  # a cheap test before the costly patterns
_DIGIT = re.compile(r"\d")  # with "year" and "decade" in the lower-cased text, a cheaper test before that one
PAST_WINDOW = 40  # characters before a year in which "was", "since" or "achieved" make it history
REFERENCE_SECTION = re.compile(r"\b(references|bibliography|endnotes|notes|sources|glossary|acknowledg)", re.I)
# the plan speaks of itself: other bodies' targets ("China will lead by 2030") are not its horizon
SELF = re.compile(r"\b(?:we|our|us|this\s+(?:\w+\s+)?(?:strategy|plan|agenda|document|report|programme|vision|roadmap)"
                  r"|the\s+(?:[\w-]+\s+){0,2}(?:strategy|plan|agenda)|the\s+(?:government|department|council|trust"
                  r"|board))\b",
                  re.IGNORECASE)
CONDITIONAL = re.compile(r"^\s*(?:if|unless|should)\b", re.IGNORECASE)
PAST_CUE = re.compile(r"\b(?:was|were|had|has been|have been|achieved|completed|delivered|launched|since)\b", re.I)


@dataclass(frozen=True, slots=True)
class HorizonCandidate:
    end: int
    strength: int
    basis: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Horizon:
    start: int
    end: int
    basis: str
    evidence: Evidence

    @property
    def years(self) -> int:
        return self.end - self.start

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "years": self.years, "basis": self.basis,
                "evidence": self.evidence.as_dict()}


@lru_cache(maxsize=4096)
def _is_reference_path(section_path: tuple[str, ...]) -> bool:
    return any(REFERENCE_SECTION.search(title) for title in section_path)


def _in_references(sentence: Sentence) -> bool:
    return _is_reference_path(sentence.block.section_path)


def _sentence_candidates(sentence: Sentence, published: int, lowered: str) -> list[HorizonCandidate]:
    text = sentence.text
    found: list[HorizonCandidate] = []
    if not ("year" in lowered or "decade" in lowered or _DIGIT.search(text)) or not _MAY_SET_HORIZON.search(text):
        return found

    def add(end: int, strength: int, basis: str) -> None:
        if published < end <= published + MAX_YEARS_AHEAD:
            found.append(HorizonCandidate(end, strength, basis, Evidence("horizon", text, sentence.location)))

    if not SELF.search(text) or CONDITIONAL.search(text):
        return found
    forecast = bool(FORECAST.search(text))
    plan = bool(PLAN_CUE.search(text))
    for match in N_YEAR_PLAN.finditer(text):
        years = number_value(match.group(1))
        if years and 1 <= years <= MAX_YEARS_AHEAD and not forecast:
            add(published + years, 3, f"a {years}-year plan")
    for match in NEXT_YEARS.finditer(text):
        years = number_value(match.group(1))
        if years and plan and not forecast:
            add(published + years, 3, f"the next {years} years")
    if NEXT_DECADE.search(text) and plan and not forecast and not N_YEAR_PLAN.search(text):
        add(published + 10, 3, "the next decade")
    if forecast:
        return found

    def looks_back(start: int) -> bool:
        return bool(PAST_CUE.search(text[max(0, start - PAST_WINDOW):start]))

    for match in TARGET_YEAR.finditer(text):
        if not looks_back(match.start()):
            add(int(match.group(1)), 2 if plan else 1, "a target year")
    for match in NAMED_YEAR.finditer(text):
        if not looks_back(match.start()):
            add(int(match.group(1) or match.group(2)), 2, "a named target year")
    for match in PERIOD.finditer(text):
        if looks_back(match.start()):
            continue
        start = int(match.group(1))
        end = normalise_end(start, match.group(2))
        if end is not None and start >= published - 2 and plan and end - start > 1:
            add(end, 2, "a plan period")
    return found


def candidates(doc: AnalysedDocument, published: int) -> list[HorizonCandidate]:
    found: list[HorizonCandidate] = []
    period = title_period(doc)
    if period and period[1] > published:
        found.append(HorizonCandidate(period[1], 4, "the title period", period[2]))
    for sentence in doc.sentences:
        if sentence.kind is BlockKind.TABLE_CELL or _in_references(sentence):
            continue
        found.extend(_sentence_candidates(sentence, published, doc.lowered[sentence.index]))
    return found


def extract(doc: AnalysedDocument) -> Horizon | None:
    publication = doc.facts.publication
    if publication is None:
        return None
    published = publication.year
    found = [c for c in candidates(doc, published) if c.strength >= 2]
    if not found:
        return None
    titled = [c for c in found if c.basis == "the title period"]
    if titled:
        # the title period is the plan's own statement of its horizon; only a stated length beyond it
        # ("our 10-year vision") outranks it, not target years quoted from other plans
        found = [*titled, *(c for c in found if c.strength == 3)]
    best = max(found, key=lambda c: (c.end, c.strength))
    period = title_period(doc)
    start = period[0] if period and best.basis == "the title period" else published
    return Horizon(start=min(start, published), end=best.end, basis=best.basis, evidence=best.evidence)

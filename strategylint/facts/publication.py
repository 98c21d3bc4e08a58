"""The year a document was published: what the horizon is counted from.

In order of trust: the user's ``--as-of``; a date on the title page ("December 2012", "© 2016"); the
start of the title period ("Digital Strategy 2016-2020"); the file's own creation date; a date
anywhere in the opening pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from strategylint.facts.patterns import MONTHS, PERIOD, YEAR, normalise_end
from strategylint.findings import Evidence
from strategylint.model import DOCUMENT_LOCATION

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

DATED = re.compile(
    rf"\b{MONTHS}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?({YEAR})\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\s+({YEAR})\b"
    rf"|\b({YEAR})-[01]\d-[0-3]\d\b|©\s*(?:\w+\s+){{0,3}}?({YEAR})\b|\b(?:copyright|published|publication date|date)"
    rf"\s*:?\s+(?:\w+\s+){{0,3}}?({YEAR})\b",
    re.IGNORECASE)
TITLE_PAGE_BLOCKS = 25
TITLE_PAGE_WORDS = 25
OPENING_WORDS = 1500


@dataclass(frozen=True, slots=True)
class Publication:
    year: int
    basis: str
    evidence: Evidence


def _latest_plausible() -> int:
    return date.today().year + 1


def _dated_year(text: str) -> int | None:
    for match in DATED.finditer(text):
        year = int(next(g for g in match.groups() if g))
        if 1960 <= year <= _latest_plausible():
            return year
    return None


def title_period(doc: AnalysedDocument) -> tuple[int, int, Evidence] | None:
    """The period in the title or the first headings, such as 2016-2020."""
    texts = [(block.text, Evidence("title", block.text, block.location_at(0)))
             for block in doc.blocks[:TITLE_PAGE_BLOCKS] if len(block.text.split()) <= 20]
    if doc.document.meta.title:  # after the blocks, which carry a location
        texts.append((doc.document.meta.title, Evidence("title", doc.document.meta.title, DOCUMENT_LOCATION)))
    for text, evidence in texts:
        for match in PERIOD.finditer(text):
            start = int(match.group(1))
            end = normalise_end(start, match.group(2))
            if end is not None and end - start <= 15:
                return start, end, evidence
    return None


def extract(doc: AnalysedDocument) -> Publication | None:
    if doc.options.as_of:
        return Publication(doc.options.as_of, "--as-of", Evidence("published", f"--as-of {doc.options.as_of}"))
    for block in doc.blocks[:TITLE_PAGE_BLOCKS]:
        if len(block.text.split()) <= TITLE_PAGE_WORDS:
            year = _dated_year(block.text)
            if year:
                return Publication(year, "title page date", Evidence("published", block.text, block.location_at(0)))
    period = title_period(doc)
    if period and period[0] <= _latest_plausible():
        return Publication(period[0], "title period", period[2])
    meta = doc.document.meta
    for stamp, basis in ((meta.created, "file creation date"), (meta.modified, "file modification date")):
        if stamp and 1990 <= stamp.year <= _latest_plausible():
            return Publication(stamp.year, basis, Evidence("published", f"{basis} {stamp.date().isoformat()}"))
    words = 0
    for block in doc.blocks:
        year = _dated_year(block.text)
        if year:
            evidence = Evidence("published", block.text, block.location_at(0))
            return Publication(year, "date in the opening pages", evidence)
        words += len(block.text.split())
        if words > OPENING_WORDS:
            break
    return None

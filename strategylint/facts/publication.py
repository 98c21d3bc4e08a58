"""The year a document was published: what the horizon is counted from.

In order of trust: the user's ``--as-of``; a date on the title page ("December 2012", "© 2016", "Date:
09/05/26", a year standing alone on the cover); the start of the title period ("Digital Strategy
2016-2020"); the file's own creation date; a date anywhere in the opening pages; a sign-off at the very
end ("MINICT - 2022"); and last, a single year in the file's name ("esdc-it-strategy-2019.md"), as people
who collect published strategies often name them.

A date the cover marks as an update ("Updated 21 May 2019", as GOV.UK prints a revised page) is when the page
was last changed; when the text still speaks of an earlier year as to come ("will open a new R&D centre in
London in 2018"), it was written by then, and that earlier year is the publication year.

A date the text gives as a deadline or a starting point ("digital by default by March 2015", "from April
2014", "no later than June 2013") is a target, not the day the document came out, wherever it stands.
The cover comes before the file's metadata: a file is often created, converted or re-saved long after
(or before) the document it holds was published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from strategylint.facts.patterns import MONTHS, PERIOD, YEAR, normalise_end
from strategylint.findings import Evidence
from strategylint.model import DOCUMENT_LOCATION

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.model import Block
    from strategylint.nlp import Sentence

# a date the document labels as its own: "© Crown copyright 2016", "Published: 14 March 2019", "Date: 09/05/26"
_LABELLED = (rf"©\s*(?:\w+\s+){{0,3}}?({YEAR})\b|\b(?:copyright|published|publication date|date)"
             rf"\s*:?\s+(?:\w+\s+){{0,3}}?({YEAR})\b"
             rf"|\bdate\b[\w ]{{0,20}}:\s*\d{{1,2}}[/.]\d{{1,2}}[/.]((?:19|20)?\d\d)\b")
DATED = re.compile(
    rf"\b{MONTHS}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?({YEAR})\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\s+({YEAR})\b"
    rf"|\b({YEAR})-[01]\d-[0-3]\d\b|{_LABELLED}",
    re.IGNORECASE)
# a date that follows one of these is a deadline or a start, not the publication date
TARGET_LEAD = re.compile(
    r"\b(?:by|until|till|before|from|after|no later than|not later than|up to|through|starting|due|deadline)\s*:?"
    r"\s+(?:the\s+)?(?:(?:end|start|beginning|middle|close)\s+of\s+)?$",
    re.IGNORECASE)
# a year standing alone on the cover: "2023", "© 2016"
COVER_YEAR = re.compile(rf"^\W*(?:©\s*)?({YEAR})\W*$")
# a sign-off at the end of the document: "MINICT - 2022", "Ministry of Health, 2019"
SIGN_OFF = re.compile(rf"^\s*[A-Z][\w&.'’]*(?:\s+[\w&.'’]+){{0,5}}?\s*[-–—,|]\s*({YEAR})\s*\.?\s*$")
DOCUMENT_WORDS = re.compile(r"\b(?:strateg\w*|plan|vision|roadmap|agenda|programme|horizon|target|goals?)\b",
                            re.IGNORECASE)
UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|revised|amended)\b", re.IGNORECASE)
# the text speaking of a year as still to come: "will open a new R&D centre in London in 2018"
STILL_TO_COME = re.compile(
    rf"\b(?:will|is\s+(?:due\s+)?to|are\s+(?:due\s+)?to|(?:is|are)\s+opening|(?:is|are)\s+planning|plans?\s+to)\b"
    rf"[^.;:]{{0,80}}?\b(?:in|during|later\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTHS}\s+)?({YEAR})\b",
    re.IGNORECASE)
UPDATE_LOOKBACK = 5  # years before an update date in which the first edition is looked for
CONTENTS = re.compile(r"^\s*(?:table of\s+)?contents?\b", re.IGNORECASE)
TITLE_PAGE_BLOCKS = 25
COVER_LINE_WORDS = 12  # a longer block is running text: the cover has ended
TITLE_PAGE_WORDS = 25
OPENING_WORDS = 1500
CLOSING_BLOCKS = 3
SIGN_OFF_WORDS = 8


@dataclass(frozen=True, slots=True)
class Publication:
    year: int
    basis: str
    evidence: Evidence


def _latest_plausible() -> int:
    return date.today().year + 1


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _dated_year(text: str) -> int | None:
    """The first date in `text` that is not a deadline or a starting point."""
    for match in DATED.finditer(text):
        if TARGET_LEAD.search(text[max(0, match.start() - 40):match.start()]):
            continue  # "by March 2015", "from April 2014": a target
        year = _full_year(next(g for g in match.groups() if g))
        if 1960 <= year <= _latest_plausible():
            return year
    return None


def _cover_year(text: str) -> int | None:
    """A year standing alone on a cover line ("2023"), where a title would give a date."""
    match = COVER_YEAR.match(text)
    if match and 1960 <= (year := int(match.group(1))) <= _latest_plausible():
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


def _title_page_date(blocks: list[Block], latest_stamp: int | None) -> Publication | None:
    on_cover = True  # until the first line of running text or the contents: where a bare year is a date
    for block in blocks[:TITLE_PAGE_BLOCKS]:
        words = len(block.text.split())
        if words > COVER_LINE_WORDS or CONTENTS.search(block.text):
            on_cover = False
        if words > TITLE_PAGE_WORDS:
            continue  # a paragraph: its dates are what it tells about, not when it was published
        year = _dated_year(block.text)
        bare = _cover_year(block.text) if on_cover else None
        if not year and bare and (latest_stamp is None or bare <= latest_stamp):
            year = bare  # a bare year after the file was last saved is a target on the cover, not a date
        if year:
            return Publication(year, "title page date", Evidence("published", block.text, block.location_at(0)))
    return None


def _written_before(doc: AnalysedDocument, updated: int) -> Publication | None:
    """The earliest year before an update date that the text still speaks of as to come: when it was written."""
    earliest: tuple[int, Sentence] | None = None
    for sentence in doc.sentences:
        for match in STILL_TO_COME.finditer(sentence.text):
            year = int(match.group(1))
            if updated - UPDATE_LOOKBACK <= year < updated and (earliest is None or year < earliest[0]):
                earliest = (year, sentence)
    if earliest is None:
        return None
    year, sentence = earliest
    return Publication(year, f"updated {updated}, but written by {year}, which it speaks of as still to come",
                       doc.evidence("published", sentence))


def _sign_off(blocks: list[Block]) -> Publication | None:
    """A closing line that names the author and a year ("MINICT - 2022"), the last resort."""
    for block in reversed(blocks[-CLOSING_BLOCKS:]):
        text = block.text
        if len(text.split()) > SIGN_OFF_WORDS or DOCUMENT_WORDS.search(text):
            continue
        match = SIGN_OFF.match(text)
        if match and 1960 <= (year := int(match.group(1))) <= _latest_plausible():
            return Publication(year, "sign-off date", Evidence("published", text, block.location_at(0)))
    return None


def extract(doc: AnalysedDocument) -> Publication | None:
    if doc.options.as_of:
        return Publication(doc.options.as_of, "--as-of", Evidence("published", f"--as-of {doc.options.as_of}"))
    meta = doc.document.meta
    stamps = [stamp.year for stamp in (meta.created, meta.modified) if stamp]
    found = _title_page_date(doc.blocks, max(stamps) if stamps else None)
    if found and UPDATED.match(found.evidence.quote):
        return _written_before(doc, found.year) or found
    if found:
        return found
    period = title_period(doc)
    if period and period[0] <= _latest_plausible():
        return Publication(period[0], "title period", period[2])
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
    return _sign_off(doc.blocks) or _file_name_year(doc.document.path)


_NAME_YEAR = re.compile(r"(?<![\d])((?:19|20)\d\d)(?![\d])")


def _file_name_year(path: str) -> Publication | None:
    """The one plausible year in the file's name: none when the name has two ("strategy-2016-2020")."""
    name = Path(path).name
    years = [int(y) for y in _NAME_YEAR.findall(Path(path).stem)]
    if len(years) != 1 or not 1990 <= years[0] <= date.today().year:
        return None
    return Publication(years[0], "the year in the file name", Evidence("published", f"file name {name}"))

"""Pages with no text layer: scanned or image-only, so nothing on them can be checked.

A linter that stays silent on a scanned PDF would let a strategy pass unread. This rule says which
pages carry no text, so that the author can run OCR (for example ``ocrmypdf in.pdf out.pdf``) or
export the PDF again from its source. It serves every sign and every board question: the guidance
asks board members to "assure that the strategy is on track", and what cannot be read cannot be
judged.

A document with no text at all always gets the finding. One whose text is only partly missing gets it
when the blank pages are more than ``min-share`` of the pages (default 0.25), since most published
strategies have a picture cover or two.

Bad: a strategy scanned from paper, with every page an image.

Good: a PDF exported from the word processor, so that every page carries its text.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.findings import Evidence, Finding
from strategylint.model import Location

CODE = "SL001"
NAME = "no-text-layer"
SIGN = None
SEVERITY = "warning"
OPTIONS = {"min-share": 0.25}
NEEDS_TEXT = False


def _ranges(pages: list[int]) -> str:
    spans: list[str] = []
    start = prev = pages[0]
    for page in [*pages[1:], None]:
        if page is not None and page == prev + 1:
            prev = page
            continue
        spans.append(f"{start}" if start == prev else f"{start}-{prev}")
        if page is not None:
            start = prev = page
    return ", ".join(spans)


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    meta = doc.document.meta
    blank = sorted(meta.pages_without_text)
    pages = meta.pages or len(blank)
    if doc.words == 0 and blank:
        yield Finding(
            message=f"No page of the {pages} has a text layer: scanned? Nothing in it could be checked.",
            suggestion="Run OCR first (for example `ocrmypdf in.pdf out.pdf`), or export the PDF from its source.",
            location=Location(page=1),
        )
        return
    if not blank or len(blank) / pages <= float(options["min-share"]):
        return
    yield Finding(
        message=(f"{len(blank)} of {pages} pages have no text layer (p. {_ranges(blank)}): text shown there "
                 "as images was not checked."),
        suggestion="If those pages hold strategy text, run OCR or export them with their text.",
        location=Location(page=blank[0]),
        decisive=False,
    )

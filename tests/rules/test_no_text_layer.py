"""no-text-layer (SL001): pages with no text layer, so nothing on them can be checked.

Documents are built with `meta.pages` and `meta.pages_without_text` set directly, as a PDF parser would.
"""

from __future__ import annotations

from typing import Any

import pytest

from strategylint.engine import DocumentResult
from strategylint.findings import Reported
from tests.helpers import findings_of, lint

RULE = "no-text-layer"
TEXT = (
    "# Digital Strategy 2024-2027\n\n"
    "We will move 80% of transactions online by March 2026, and the board reviews this plan every April.\n"
)


def text_layer(source: str | list[Any], **kwargs: Any) -> tuple[DocumentResult, list[Reported]]:
    result = lint(source, rules=[RULE], **kwargs)
    return result, findings_of(result, RULE)


@pytest.mark.parametrize("pages", [1, 3, 40])
def test_fires_on_a_document_with_no_text_at_all(pages: int) -> None:
    result, findings = text_layer([], pages=pages, pages_without_text=list(range(1, pages + 1)))
    assert len(findings) == 1
    finding = findings[0]
    assert finding.message.startswith(f"No page of the {pages} has a text layer")
    assert "ocrmypdf" in finding.suggestion
    assert finding.location.page == 1
    assert finding.decisive is True
    assert finding.code == "SL001" and finding.severity == "warning"
    assert result.words == 0


def test_fires_on_a_scanned_document_and_no_other_rule_judges_it() -> None:
    result = lint([], pages=12, pages_without_text=list(range(1, 13)))  # every rule selected
    assert [f.rule for f in result.findings] == [RULE]
    assert result.signs == {}, "nothing can be judged in a document with no text"


@pytest.mark.parametrize(
    ("blank", "pages", "ranges", "first"),
    [
        ([1, 2, 3, 5, 6, 9], 10, "p. 1-3, 5-6, 9", 1),
        ([2, 3, 4, 5], 10, "p. 2-5", 2),
        ([7, 3, 5], 8, "p. 3, 5, 7", 3),  # unsorted input is sorted
        ([2, 4], 4, "p. 2, 4", 2),
    ],
)
def test_fires_when_many_pages_have_no_text(blank: list[int], pages: int, ranges: str, first: int) -> None:
    _, findings = text_layer(TEXT, pages=pages, pages_without_text=blank)
    assert len(findings) == 1
    finding = findings[0]
    assert f"{len(blank)} of {pages} pages have no text layer ({ranges})" in finding.message
    assert finding.location.page == first
    assert finding.decisive is False, "a partly scanned document is not unreadable"
    assert "OCR" in finding.suggestion


@pytest.mark.parametrize(
    ("pages", "blank"),
    [
        (10, []),  # every page has text
        (10, [1, 10]),  # picture cover and back page
        (4, [1]),  # exactly the default share (0.25) passes
        (None, []),  # a format without pages
        (20, [1, 2, 20]),  # a few picture pages in a long document
    ],
)
def test_quiet_when_few_or_no_pages_lack_text(pages: int | None, blank: list[int]) -> None:
    _, findings = text_layer(TEXT, pages=pages, pages_without_text=blank)
    assert findings == []


def test_quiet_on_a_text_document_without_pages() -> None:
    _, findings = text_layer(TEXT)
    assert findings == []


def test_min_share_option() -> None:
    _, default = text_layer(TEXT, pages=10, pages_without_text=[1, 2])
    _, lowered = text_layer(TEXT, pages=10, pages_without_text=[1, 2], options={RULE: {"min-share": 0.1}})
    _, raised = text_layer(
        TEXT, pages=10, pages_without_text=[1, 2, 3, 4], options={RULE: {"min-share": 0.5}}
    )
    assert default == []
    assert len(lowered) == 1 and "2 of 10 pages" in lowered[0].message
    assert raised == []


def test_runs_whatever_the_language() -> None:
    german = (
        "Diese Strategie beschreibt, wie die Verwaltung bis 2027 ihre Dienste digitalisiert. "
        "Wir werden alle Anträge online anbieten und die Mitarbeitenden schulen. " * 4
    )
    result, findings = text_layer(german, pages=10, pages_without_text=[2, 3, 4, 5, 6])
    assert result.language == "de", "the English-only rules are skipped for this text"
    assert len(findings) == 1


def test_no_text_at_all_always_fires_whatever_min_share() -> None:
    _, findings = text_layer(
        [], pages=5, pages_without_text=[1, 2, 3, 4, 5], options={RULE: {"min-share": 1.0}}
    )
    assert len(findings) == 1

"""The bundled examples do what examples/README.md says they do."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategylint.engine import DocumentResult, Engine
from strategylint.findings import BAD_SIGNS, GOOD_SIGNS
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"


def lint(name: str) -> DocumentResult:
    return Engine().lint_path(Path(EXAMPLES / name))


def bad_signs(result: DocumentResult) -> set[str]:
    return {k for k, s in result.signs.items() if k in BAD_SIGNS and s.present}


def missing_good_signs(result: DocumentResult) -> set[str]:
    return {k for k, s in result.signs.items() if k in GOOD_SIGNS and not s.present}


def test_the_good_strategy_has_no_findings_and_every_good_sign() -> None:
    result = lint("good-council-digital-strategy.md")
    assert result.findings == []
    assert bad_signs(result) == set() and missing_good_signs(result) == set()
    assert all(a.status in ("addressed", "partial") for a in result.board.values())


def test_the_bad_trust_vision_shows_five_bad_signs() -> None:
    result = lint("bad-trust-digital-vision.md")
    assert bad_signs(result) == {"cookie-cutter", "unproven-tech", "vague", "too-long-term", "wish-list"}


@pytest.mark.parametrize("name", ["bad-agency-data-strategy.pdf"])
def test_the_bad_agency_strategy_is_long_term_vague_and_a_wish_list(name: str) -> None:
    result = lint(name)
    assert bad_signs(result) == {"vague", "too-long-term", "wish-list"}
    assert result.horizon is not None and result.horizon["years"] == 10


def test_the_mixed_college_strategy_is_mixed() -> None:
    result = lint("mixed-college-it-strategy.docx")
    assert bad_signs(result) == set()
    assert "focused" in missing_good_signs(result)
    codes = [f.code for f in result.findings]
    assert "SL104" in codes and "SL105" not in codes and "SL103" not in codes

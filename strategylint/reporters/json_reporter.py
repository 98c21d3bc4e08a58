"""JSON output: the versioned shape of DESIGN.md, byte-identical for the same input and config."""

from __future__ import annotations

from strategylint.engine import DocumentResult, report_dict
from strategylint.reporters.safe import to_json


def render(results: list[DocumentResult]) -> str:
    return to_json(report_dict(results))

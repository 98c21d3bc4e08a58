"""JSON output: the versioned shape of DESIGN.md, byte-identical for the same input and config."""

from __future__ import annotations

import json
from typing import Any

from strategylint.engine import DocumentResult, report_dict
from strategylint.reporters.safe import clean


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean(str(k)): _cleaned(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_cleaned(v) for v in value]
    return value


def render(results: list[DocumentResult]) -> str:
    return json.dumps(_cleaned(report_dict(results)), indent=2, ensure_ascii=False, sort_keys=False) + "\n"

"""The JSON report matches its published schema, for the bundled examples and the whole corpus."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from strategylint.cli import main
from tests.conftest import CORPUS_DOCS, ROOT

SCHEMA: dict[str, Any] = json.loads(files("strategylint").joinpath("schema", "report-1.0.json").read_text("utf-8"))


def _report(*paths: Path) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["check", "--isolated", "--jobs", "1", "--format", "json",
                                       *map(str, paths)])
    assert result.exit_code in (0, 1, 2), result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_schema_is_itself_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_examples_report_matches_the_schema() -> None:
    report = _report(ROOT / "examples")
    jsonschema.validate(report, SCHEMA)
    assert len(report["documents"]) >= 4


def test_an_unreadable_file_still_matches_the_schema(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n garbage")
    report = _report(bad)
    jsonschema.validate(report, SCHEMA)
    assert report["documents"][0]["error"]


def test_a_schema_violation_is_caught() -> None:
    report = _report(ROOT / "examples" / "bad-trust-digital-vision.md")
    report["documents"][0]["findings"][0]["severity"] = "catastrophic"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, SCHEMA)


@pytest.mark.slow
def test_corpus_report_matches_the_schema_with_located_findings() -> None:
    if not CORPUS_DOCS.is_dir():
        pytest.skip(f"needs the shared corpus at {CORPUS_DOCS} (not present here)")
    result = CliRunner().invoke(main, ["check", "--isolated", "--jobs", "2", "--format", "json", str(CORPUS_DOCS)])
    report = json.loads(result.stdout)
    jsonschema.validate(report, SCHEMA)
    documents = report["documents"]
    assert len(documents) == len([p for p in CORPUS_DOCS.iterdir() if not p.name.startswith(".")])
    assert all(d["error"] is None for d in documents)
    findings = [f for d in documents for f in d["findings"]]
    assert findings
    # a finding that quotes a passage says where it is; only document-level findings have no place
    assert all(f["location"] for f in findings if f["quote"])
    assert all(f["quote"] is None for f in findings if not f["location"])
